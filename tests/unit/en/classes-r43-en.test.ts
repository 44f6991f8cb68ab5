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
  refusal('r43 en a gerund subject after its modifier, or with "until" inside it', R.GERUND_FLAGGED, R.GERUND_CLEAN),
  newsTable('r43 en a person of ours who stops serving; an aside in brackets inside the subject', R.PERSON_STOPS_FLAGGED, R.PERSON_STOPS_CLEAN),
  refusal('r43 en the reader\'s own wish as the reason of the no', R.KEPT_AGAINST_ASK_FLAGGED, [...R.REASON_THEIRS_CLEAN, ...R.KEPT_BESIDE_RISE_CLEAN]),
  pressure('r43 en another customer\'s order as the other load of a container', R.RIVAL_FLAGGED, R.OTHER_LOAD_CLEAN),
  newsTable('r43 en a later date when both name their year', R.YEAR_LATER_FLAGGED, R.YEAR_LATER_CLEAN),
  newsTable('r43 en payment moved before the goods from a start (after the held-out score)', R.UP_FRONT_FLAGGED, R.UP_FRONT_CLEAN),
  refusal('r43 en an answer opening with "Yes" grants (after the held-out score)', R.ONLY_TERMS_FLAGGED, R.YES_TERMS_CLEAN),
]);

describe('r43 en a salutation to a surname IPADIC files mostly as a given name; a company\'s form in capitals', () => {
  const engine = nodeEngine();
  const found = (body: string) => engine.analyze({ body, context: { recipient: 'client', firstContact: false, now: '2026-06-01' } })
    .filter((f) => f.category === 'honorific' || f.category === 'register').map((f) => f.ruleId);
  it.each(['Dear Mr. Miyoshi,\n\nThank you for your order.\n\nBest regards,\nNuwan\nSales Manager, Lielupe Plywood SIA'])('clean: %s', (body) => expect(found(body)).toEqual([]));
  it.each(['Dear Mr. Kenji,\n\nThank you for your order.', 'Dear Ms. Natsumi,\n\nThank you for your order.', 'OK, we will send it lah.'])('flagged: %s', (body) => expect(found(body).length).toBeGreaterThan(0));
});

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
