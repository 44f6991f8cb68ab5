// Round 45: the English classes of classes-r45-en-cases.ts, each a whole mail read by every rule.
import { describe, expect, it } from 'vitest';
import { classTables, newsTable, type Class, type Flagged } from '../ja/refusal-honorific-table';
import { nodeEngine } from '../node-engine';
import * as R from './classes-r45-en-cases';

const refusal = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'blunt-refusal', flagged, clean });
const pressure = (name: string, flagged: Flagged[], clean: Flagged[]): Class =>
  ({ name, category: 'pressure', context: { recipient: 'prospect', firstContact: false, now: '2026-06-08' }, flagged, clean });

classTables([
  refusal('r45 en a grant to no one is a refusal, their things kept from outsiders a promise', R.NO_ONE_GRANTED_FLAGGED, R.KEPT_FROM_OUTSIDERS_CLEAN),
  pressure('r45 en their reply wanted by a date, a thing held for them against it', R.REPLY_HELD_FLAGGED, R.REPLY_HELD_CLEAN),
  newsTable('r45 en a measured value set against the document\'s', R.AGAINST_DOCUMENT_FLAGGED, R.AGAINST_DOCUMENT_CLEAN),
  newsTable('r45 en the two dates a change marker joins, a week before them', R.MARKED_DATES_FLAGGED, R.EARLIER_DAY_CLEAN),
  newsTable('r45 en the value before and the value now, told in two sentences', R.TOLD_PAIR_FLAGGED, R.TOLD_PAIR_CLEAN),
]);

const register = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'register', flagged, clean });
classTables([
  register('r45 en chat register: kisses, msg, a Singlish "can?", "where it\'s at", "it don\'t"', R.CHAT_REGISTER_FLAGGED, R.CHAT_REGISTER_CLEAN),
  newsTable('r45 en a reading within a "-18°C or below" spec, a count of points, their closure as a range', R.NEGATIVE_BEYOND_FLAGGED, R.NEGATIVE_WITHIN_CLEAN),
  refusal('r45 en a bare "No." to a question of fact answers it; to one asking us, it refuses', R.ASKED_OF_US_NO_FLAGGED, R.FACT_QUESTION_NO_CLEAN),
]);

describe('r45 en a list label and a colour are no clocks', () => {
  const engine = nodeEngine();
  const calendar = (body: string) => engine.analyze({ body, kind: 'email', context: { recipient: 'client', firstContact: false, now: '2026-06-01' } })
    .filter((f) => f.category === 'calendar');
  it('leaves 案1： in a list of proposals', () =>
    expect(calendar('荒井様\n\nいつもお世話になっております。\n\n以下の二案をご提案させていただけますでしょうか。\n\n・案1：ブリッジは既存の仕上げのまま\n・案2：次回ロットの際に刻印\n\nよろしくお願いいたします。')).toEqual([]));
  it('leaves "XXL in Midnight"', () =>
    expect(calendar('Dear Ms. Matsui,\n\nWe have all sizes in stock except XXL in Midnight, which will be available from 7 June.\n\nKind regards,\nJess')).toEqual([]));
  it('still reads a proposed slot at 1:00 as a clock', () =>
    expect(calendar('荒井様\n\nいつもお世話になっております。\n\n以下の日程をご提案いたします。\n\n・6月3日（水）1:00〜2:00\n\nよろしくお願いいたします。').length).toBeGreaterThan(0));
});
classTables([newsTable('r45 en a price list\'s shorthand: a signed share for orders from a date, a share over their price', R.PRICE_SHORTHAND_FLAGGED, R.PRICE_SHORTHAND_CLEAN)]);
classTables([{ name: 'r45 en several of our mails counted loosely, to a prospect', category: 'cold-outreach', context: { recipient: 'prospect', firstContact: false, now: '2026-11-18' }, flagged: R.SENT_SEVERAL_FLAGGED, clean: R.SENT_SEVERAL_CLEAN }]);
classTables([newsTable('r45 en goods sold out at the reader\'s stores are their success', R.SOLD_OUT_OURS_FLAGGED, R.SOLD_OUT_THEIRS_CLEAN)]);
classTables([newsTable('r45 en a value beside a past period\'s or the contracted whole, in a bracket', R.BRACKET_PERIOD_FLAGGED, R.BRACKET_PERIOD_CLEAN)]);
classTables([refusal('r45 en what we can keep for them is a concession; what we will keep against their ask refuses', R.WILL_KEEP_FLAGGED, R.CAN_KEEP_CLEAN)]);
classTables([newsTable('r45 en a share beside a past year\'s is no price', [], R.BRACKET_PERIOD_NEAR_CLEAN)]);
