// Round 27 (decline): English refusals and bad news that round 26's unread sets showed missed, read as structure
// (/work/BRIEF27.md). Our own wordings, in different shapes:
// - S: an act refused as "not possible / not supported" whose long subject holds a verb of its own ("… with your team's
//   existing tool", "… to match your system's format") or names the reader's thing past its eighth word: the negated
//   auxiliary starts the verb group (src/engine/analysis/en.ts negatedAuxAfterNounPhrase), and "your" anywhere in the
//   subject keeps it from being a product's specification (en-sentence-act.ts thingSubject).
// - F: a figure set against the one it replaces by ", not (the) N" — "360 cases, not the 600 on your March order", "USD
//   4.60, not the USD 4.10 in our quote": the figure after "not" is the expected one (en-news-figures.ts correctionNot);
//   a number that names an order ("order 4471") is no measure.
// - N: a verb of change or end used as a noun inside a noun phrase ("by wire transfer", "a bulk-reschedule button", "a
//   one-click reschedule option") is no news (en-news.ts verbInNounPhrase).
// Near misses: a product's spec (in a table too), a price corrected downwards, more than expected, the same news with an apology, a reason
// and an offer, a payment method, a suggestion passed on; and the same verbs as predicates, which stay news.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { englishRules } from '../../../src/rules/en';
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';
import { enArai as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-05' };

const S_LONG_SUBJECT: Case[] = [
  ['blunt-refusal', C, mail("Thank you for the workbook.\nCustomisation of the standard costing module as per your plant's own allocation formula is not possible in the current version.")],
  ['blunt-refusal', C, mail("Thank you for the workbook.\nIntegration of the reporting dashboard with your team's existing in-house ticketing tool is not possible in the current release.")],
  ['blunt-refusal', C, mail("Thank you for the sample labels.\nA change of the standard label layout to match your warehouse system's own barcode format is not supported in this version.")],
  ['', C, mail('Here is the specification you asked about.\nOperation of the standard sensor module below minus 20 degrees is not possible in the current version.')],
  ['', C, mail('Please find the HX-200 specification below.\n- Range: 0-50 m\n- The sensor does not support Bluetooth; it connects by USB-C.')],
];

const F_CORRECTED_FIGURE: Case[] = [
  ['bad-news', C, mail('Your 2026 Sauvignon Blanc allocation is 360 cases, not the 600 on your March order.\nShipping 360 on the June container.')],
  ['bad-news', C, mail('We can ship 360 cases of order 4471, not the 600 you ordered.\nThey will leave on the June container.')],
  ['bad-news', C, mail('The unit price for the new batch is USD 4.60, not the USD 4.10 in our quote.')],
  ['bad-news', C, mail('Lead time for the spare pumps will be 9 weeks, not the 6 weeks we quoted.')],
  ['', C, mail('Good news: the unit price is USD 4.10, not USD 4.60 as in the draft.')],
  ['', C, mail('We can ship all 600 cases, not just the 360 we expected.')],
  ['', C, mail("I'm sorry to tell you that your allocation is 360 cases, not the 600 on your order, because frost cut our harvest. Could we call tomorrow to discuss options?")],
];

const N_VERB_AS_NOUN: Case[] = [
  ['', C, mail('From July, invoices will be issued by our US head office.\nPayment terms remain net 60 days from the invoice date, by wire transfer to our account at U.S. Bank, Minneapolis.')],
  ['', C, mail('Invoices are paid by bank transfer to our account at Mizuho Bank.')],
  ['', C, mail('Thank you for your feedback.\nI have also shared your suggestion for a bulk-reschedule button with our product team, and will let you know their response.')],
  ['', C, mail('Your request for a one-click reschedule option has been passed to our developers.')],
  ['bad-news', C, mail('The delivery will be rescheduled to 24 June.')],
  ['bad-news', C, mail('Our Osaka warehouse will close on 30 June and orders will transfer to our Kobe site.')],
];

// R (integration): a participle of rejecting right after its noun tells what befell the goods ("the 300 housings rejected
// at incoming inspection"), not a no of ours, even with "we" as the clause's subject (en-acts.ts reportedRejection);
// our own rejecting as the verb stays a refusal.
const R_REJECTED_GOODS: Case[] = [
  ['', C, mail('We received your NCR for the 300 housings rejected at incoming inspection. Our quality team is on it and will report by Friday.')],
  ['', C, mail('We reviewed the 12 lots returned by your plant and the parts rejected at your inspection, and we are sorry for the trouble.')],
  ['blunt-refusal', C, mail('Thank you for your message.\nWe have rejected your request for a further discount.')],
  ['blunt-refusal', C, mail('Thank you for your message.\nWe have reviewed your proposal and rejected it.')],
];

categoryTables([
  ['S an act refused with a long subject', S_LONG_SUBJECT],
  ['R a rejection told of the goods', R_REJECTED_GOODS],
  ['F a figure set against the one it replaces', F_CORRECTED_FIGURE],
  ['N a verb of change used as a noun', N_VERB_AS_NOUN],
]);

// V: a reply's answer table whose verdict cell is a bare "No." (with the kept term after it), its point holding an arrow of
// its own; a product's feature table with "No" in a notice of our own accord answers nobody (src/rules/en/lib/verdict.ts,
// src/engine/analysis/en-verdict.ts labelVerdict).
const engine = new Engine({ rules: englishRules });
const answers = (rows: string) => `Thanks for the list from your team meeting. Answers below.\n\n| Request | Answer |\n|---|---|\n${rows}`;
const V_TABLE_NO: [subject: string, body: string, refusal: boolean][] = [
  ['Re: Your requests', mail(answers('| Japanese back labels | Yes, from the June shipment |\n| Payment terms 60 → 90 days | No. 60 days stays. |')), true],
  ['Re: Your requests', mail(answers('| Warranty 12 → 24 months | No. |\n| Mixed pallets | Yes |')), true],
  ['New model', mail("Please find the new model's features below.\n\n| Feature | Supported |\n|---|---|\n| Bluetooth | No |\n| USB-C | Yes |"), false],
];
describe('V a bare No in a reply\'s answer table', () => {
  it.each(V_TABLE_NO)('%s %#', (subject, body, refusal) => {
    const findings = engine.analyze({ subject, body, context: C });
    const detail = `${body}\n${findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')}`;
    expect(findings.some((f) => f.category === 'blunt-refusal'), detail).toBe(refusal);
  });
});
