// Round 43: the English classes of classes-r43-en-cases.ts, each a whole mail read by every rule.
import { describe, expect, it } from 'vitest';
import { classTables, newsTable, type Class, type Flagged } from '../ja/refusal-honorific-table';
import { nodeEngine } from '../node-engine';
import * as R from './classes-r43-en-cases';

const refusal = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'blunt-refusal', flagged, clean });
const pressure = (name: string, flagged: Flagged[], clean: Flagged[]): Class =>
  ({ name, category: 'pressure', context: { recipient: 'prospect', firstContact: true, now: '2027-03-09' }, flagged, clean });
const outreach = (name: string, flagged: Flagged[], clean: Flagged[]): Class =>
  ({ name, category: 'cold-outreach', context: { recipient: 'prospect', firstContact: true, now: '2027-03-09' }, flagged, clean });

classTables([
  newsTable('r43 en goods "finished" for a season, at a place, or with none left', R.FINISHED_FLAGGED, R.FINISHED_CLEAN),
  newsTable('r43 en a minimum order given anew from a start', R.MINIMUM_FLAGGED, R.MINIMUM_CLEAN),
  newsTable('r43 en "stop (the) supply of" as the end of supplying', R.STOP_SUPPLY_FLAGGED, R.STOP_SUPPLY_CLEAN),
  newsTable('r43 en goods of one month said to be in a later one', R.MONTH_LATER_FLAGGED, R.MONTH_LATER_CLEAN),
  refusal('r43 en "the only …" that asks the reader is no limit of ours', R.SOLE_FLAGGED, R.NOT_REFUSAL_CLEAN),
  pressure('r43 en places counted out and given out by a near date', R.PLACES_FLAGGED, R.PLACES_CLEAN),
  outreach('r43 en an invitation to our booth is no earlier visit of theirs', R.BOOTH_FLAGGED, R.BOOTH_CLEAN),
]);

// In a reply (a "Re:" subject), "no change" refuses only the term the thread names: a thread named after the kept thing
// (a time, a reason) is not that term.
describe('r43 en a kept thing in a reply, judged by its own words', () => {
  const engine = nodeEngine();
  const reply = (subject: string, line: string) => engine.analyze({
    subject,
    body: `Dear Mr. Hirata,\n\nThank you for the list of documents.\n${line}\n\nBest regards,\nLucía`,
    context: { recipient: 'client', firstContact: false, now: '2027-08-02' },
  }).filter((f) => f.category === 'blunt-refusal').map((f) => f.ruleId);
  it.each([
    ['Re: Documents for your supplier audit', 'There is no change to our process since last year\'s audit.'],
    ['Re: Container documents', 'The only point I would ask you to check is the consignee address, as the shipping line can\'t amend it after the original is released.'],
  ])('clean: %s / %s', (subject, line) => expect(reply(subject, line)).toEqual([]));
  it('flagged: the term the thread names kept', () =>
    expect(reply('Re: audit fee reduction', 'There is no change to the audit fee.')).toEqual(['en.blunt-refusal.flat-no']));
});
