// Round 22 (r22-enref): English refusals that answer an ask the thread implies but the mail does not name — a verdict of
// ours on a thing (src/engine/analysis/en-verdict.ts) read in a reply (src/rules/en/lib/verdict.ts):
// - withheld: a thing, a negated "is/are" and a predicate of providing, being available or being part of (WordNet's
//   classes, dictionaries/en/verdict-class.json): "Technician visit is not included", "not part of our lifecycle policy";
//   or an answer line "point → not offered";
// - duty: the thing put on the reader or denied as ours: "is your side", "not our responsibility";
// - scope: a cost or term of ours the same for every customer: "Net 30 applies to all our distributors";
// - fixed: a cost declared unchangeable in a coordination: "… was set in January and is fixed for the rest of the year";
// - no: "point → No, …" among the verdicts of an answer sheet.
// A reply is read from its subject ("Re:"), quoted history, their ask named before, their mail thanked for, or an answer
// sheet. Our own wordings, written before the code, in shapes and words the instances do not use. Near misses: the same
// words of our own accord (a first quote, a price list), with a cushion, a reason and an alternative, a prospect, a
// specification answering a question, a thing included, our own duty, quoted history only, a meeting hold.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-04' };
const engine = new Engine({ rules: englishRules });
const mail = (body: string) => `Dear Mr. Kondo,\n\n${body}\n\nBest regards,\nAnna Lindqvist\nNordvik Instruments AB`;

type Case = [expected: string, subject: string, body: string, quote?: string];

const POSITIVE: Case[] = [
  ['blunt-refusal', 'Re: Payment terms', mail('Net 45 applies to every distributor in Asia.'), 'Net 45 applies to every distributor in Asia.'],
  ['blunt-refusal', 'Re: Volume discount', mail('Our volume discount is the same for all partners, no exceptions.'), 'Our volume discount'],
  ['blunt-refusal', 'Re: Request to lower the FY27 price', mail('Thank you for your email.\n\nThe FY27 price list was approved in March and is fixed for the whole year.'), 'is fixed for the whole year'],
  ['blunt-refusal', 'Renewal – your points', mail('Summary of the points you raised:\n\n• Free shipping to Osaka → not offered\n• Extra training day → included\n• Invoices in Japanese → yes, from April'), 'Free shipping to Osaka → not offered'],
  ['blunt-refusal', 'Renewal – your points', mail('On the points you raised:\n\n- Weekend hotline: No, the hotline runs on weekdays only\n- Training in Osaka: included, 1 day'), 'Weekend hotline: No'],
  ['blunt-refusal', 'Re: Replacement of faulty units', mail('We will ship 12 replacement units next week. On-site installation of the replacement units is not included.'), 'On-site installation'],
  ['blunt-refusal', 'Re: Extended warranty', mail('A warranty beyond 24 months is not part of our standard terms.'), 'not part of our standard terms'],
  ['blunt-refusal', 'Re: Custom reports', mail('Custom report development is not covered by our support policy.'), 'not covered by our support policy'],
  ['blunt-refusal', 'Re: MOQ', mail('The MOQ of 500 units applies across the board.'), 'applies across the board'],
  ['blunt-refusal', 'Re: Support hours', mail('Regarding support hours: a Japanese-speaking engineer at night is not part of our service.'), 'not part of our service'],
  ['blunt-refusal', 'Re: Renewal', mail('About the 3-year price lock: this is not available for this renewal cycle.'), 'not available for this renewal cycle'],
  ['blunt-refusal', 'Re: Probe readings', mail('The probes are fine; the soil calibration is your side, not our responsability.'), 'your side'],
  ['blunt-refusal', 'Re: Drift', mail('Recalibrating the loggers on site is your job, not our duty.'), 'your job'],
  ['blunt-refusal', 'Sample kit', mail('The sample kit fee applies to all importers worldwide.\n\nOn 2 Dec 2026, Taro Kondo wrote:\n> Could you waive the sample kit fee for us?'), 'applies to all importers'],
  ['blunt-refusal', 'Re: Battery failure', mail('We will send 12 new probes free of charge. Technician visit for the replacement is not included, your team can swap them in 5 minutes.'), 'Technician visit'],
  ['blunt-refusal', 'Re: LEG support', mail('Extended support for LEG beyond the EOL date is not part of our lifecycle policy.'), 'not part of our lifecycle policy'],
];

const NEAR: Case[] = [
  ['', 'Quote for FY27 licences', mail('Please find attached our quote for the FY27 licences. Net 30 applies to all our accounts, and prices are fixed for the year.')],
  ['', 'Re: Payment terms', mail('Thank you for asking. I\'m afraid Net 30 applies to all our distributors, as our finance team sets it globally; however, we could split the invoice into two payments if that helps.')],
  ['', 'Re: Replacement', mail('Unfortunately the technician visit is not included, but let me check with my manager whether we can cover it this time.')],
  ['', 'Re: Replacement', mail('Technician visit for the replacement is included at no cost.')],
  ['', 'Re: Renewal', mail('Good news: the loyalty discount is available for this renewal cycle too.')],
  ['', 'Re: Installation', mail('The site preparation is our responsibility, not yours; our team will handle it.')],
  ['', 'Re: Warranty', mail('We are sorry, but a warranty beyond 24 months is not part of our standard terms, because our supplier covers only two years. We could offer a maintenance plan instead.')],
  ['', 'Re: Onboarding', mail('The onboarding workshop is part of our standard package, so there is no extra charge.')],
  ['', 'Re: Furigana', mail('Thanks for your questions.\n\n- Furigana display is not available in the current version; it is on our roadmap for 2027.\n- CSV export: included')],
  ['', 'Re: Terms', mail('Thank you, we have noted your comment and will come back to you next week.\n\nOn Mon, Anna wrote:\n> Net 30 applies to all our distributors.\n> Technician visit is not included.')],
  ['', 'Meeting', mail('To make it easy, I put a tentative hold on your calendar — just accept or decline.')],
  ['', 'Re: Price', mail('Our price list is not yet available for 2028; we will send it in January.')],
  // Not a refusal: a loss reported (bad news since r22-ennews's part-of-a-whole reader), never a no to their ask.
  ['bad-news', 'Probe data', mail('Bad part: the logs from 4 of your 30 sensors between 2 and 5 June are lost, we cannot restore.')],
  ['', 'Meeting', mail('I have sent a calendar invitation for Thursday 10:00 JST; please approve or reject it as convenient.')],
  ['', 'Re: Spec questions', mail('Thanks for the questions.\n\n1. Operating range: -20 to 60 °C\n2. IP rating: IP67')],
];

function run(cases: Case[]) {
  it.each(cases)('[%s] %s %#', (expected, subject, body, quote) => {
    const findings = engine.analyze({ subject, body, context: C });
    const got = [...new Set(findings.map((f) => f.category))].sort().join(',');
    const detail = `${body}\n${findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')}`;
    expect(got, detail).toBe(expected);
    if (quote) expect(findings.some((f) => f.category === expected && body.slice(f.start, f.end).includes(quote)), detail).toBe(true);
  });
}

describe('round 22: a verdict of ours answering an ask the thread implies', () => {
  describe('refusals', () => run(POSITIVE));
  describe('near misses', () => run(NEAR));
});
