// Round 44: the English classes of classes-r44-en-cases.ts, each a whole mail read by every rule.
import { describe, expect, it } from 'vitest';
import { classTables, newsTable, type Class, type Flagged } from '../ja/refusal-honorific-table';
import { nodeEngine } from '../node-engine';
import * as R from './classes-r44-en-cases';

const refusal = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'blunt-refusal', flagged, clean });
const pressure = (name: string, flagged: Flagged[], clean: Flagged[]): Class =>
  ({ name, category: 'pressure', context: { recipient: 'prospect', firstContact: false, now: '2026-06-08' }, flagged, clean });

classTables([
  newsTable('r44 en goods not offered for a coming period named by its year', R.PERIOD_FLAGGED, R.PERIOD_CLEAN),
  refusal('r44 en a term of ours withheld for a season stays a refusal', R.TERM_SEASON_REFUSED, []),
  newsTable('r44 en a later week after a place\'s "from … in"', R.WEEK_FROM_PLACE_FLAGGED, R.RANGE_FROM_CLEAN),
  newsTable('r44 en our goods that go up by a share', R.GOODS_SHARE_FLAGGED, R.GOODS_SHARE_CLEAN),
  refusal('r44 en a charge not waivable, a deposit not refundable', R.NOT_WAIVABLE_FLAGGED, []),
  newsTable('r44 en only part loaded, counted in "MT"', R.ONLY_MT_FLAGGED, R.ONLY_MT_CLEAN),
  refusal('r44 en a thing fronted before our negated verb', R.FRONTED_FLAGGED, R.FRONTED_CLEAN),
  refusal('r44 en no concession granted, in the passive', R.NONE_GRANTED_FLAGGED, R.NONE_GRANTED_CLEAN),
  newsTable('r44 en a price of ours no longer valid', R.PRICE_GONE_FLAGGED, R.PRICE_GONE_CLEAN),
  newsTable('r44 en goods that go on the next sailing', R.NEXT_SAILING_FLAGGED, R.NEXT_SAILING_CLEAN),
  newsTable('r44 en a product no longer produced, told in answer to their inquiry', R.ENDED_IN_ANSWER_FLAGGED, []),
  newsTable('r44 en a price beside its old one in any currency code (after the held-out score)', R.CODE_PRICE_FLAGGED, []),
  pressure('r44 en stock let go to another buyer after a deadline', R.LET_GO_FLAGGED, R.LET_GO_CLEAN),
  newsTable('r44 en a part lot offered on a condition of theirs (an "only" still cuts)', R.PART_OFFERED_NEAR, R.PART_OFFERED_CLEAN),
]);

describe('r44 en following up on the reader\'s own question chases nothing', () => {
  const engine = nodeEngine();
  const body = 'Dear Ms. Nishida,\n\nFollowing up on your question about the colour (ICUMSA) of the new golden caster grade, our head of QA, Ms. Nadia Bhujun, would be glad to explain the test method directly.\n\nBest regards,\nAnjali';
  const outreach = (text: string) => engine.analyze({ body: text, kind: 'email', context: { recipient: 'client', firstContact: false, now: '2027-03-01' } })
    .filter((f) => f.category === 'cold-outreach');
  it('leaves the answer to their question', () => expect(outreach(body)).toEqual([]));
  it('still flags a chase of our own mail', () =>
    expect(outreach(body.replace('Following up on your question about', 'Just following up on my previous email about')).length).toBeGreaterThan(0));
});
