// Round 25 (quiet): clean English sentences that sat right next to a refusal, read for what they do —
// a company's legal notice under the signature (src/engine/analysis/quotes.ts: no finding inside it), advice against a
// choice that stays the reader's ("so we do not recommend it": src/rules/en/lib/refusal.ts advisesAgainst), our
// negated handling of stored information ("We do not copy customer data outside Japan": handlesNoInformation), and a
// payment made against a document ("30% against our invoice": the `decline` cue reads "against our" + a norm, or a
// predicate "is / goes against our …"). Positives: the same shapes that do turn an ask down stay flagged.
import { describe } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { refusalCases, type RefusalCase } from '../refusal-cases';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-05' };
const engine = new Engine({ rules: englishRules });
const mail = (body: string, tail = '') => `Dear Ms. Arai,\n\n${body}\n\nKind regards,\nTom Becker\nBecker Hydraulics GmbH${tail}`;

const NOTICE = [
  '\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it. Any unauthorised use, disclosure or copying is not permitted.',
  '\n\nCONFIDENTIALITY NOTICE: This message is intended only for the named recipient.\nIf you received this message by mistake, you must not read, copy or forward it.',
  '\n\nThe information in this email is intended for the addressee only. If you have received this email in error, please delete it; disclosure to third parties is not allowed.',
];

const CLEAN: RefusalCase[] = [
  ['Production update', mail('The boxes are on schedule for 30 September.', NOTICE[0])],
  ['Samples', mail('The samples left our warehouse today.', NOTICE[1])],
  ['Re: Drawing', mail('Here is the revised drawing.', `${NOTICE[2]}\n\nP.S. Thank you again for the visit.`)],
  ['Re: Foil options', mail('On glossy laminated board the foil does not adhere reliably, so we do not recommend it.')],
  ['Re: Operating range', mail('The pump runs up to 80 °C, but we would not advise running it above 60 °C for long periods.')],
  ['Re: Cleaning agents', mail('Chlorine-based cleaners attack the seal, so we do not suggest using them on this model.')],
  ['Re: Data location', mail('Yes. All your data is stored in our Tokyo region. We do not copy customer data outside Japan.')],
  ['Re: Security questions', mail('Our engineers never access your files without a ticket you have opened.')],
  ['Re: Card payments', mail('We do not keep card details on our servers; the payment provider holds them.')],
  ['Re: Payment terms', mail('May I propose this split:\n- 30% on order (against our invoice)\n- 70% against our shipping documents')],
  ['Re: Deposit', mail('The deposit is payable against our proforma invoice, and the balance 30 days after delivery.')],
];

const REFUSALS: RefusalCase[] = [
  ['Re: Discount', mail('A further discount is against our pricing policy.'), 'against our pricing policy'],
  ['Re: Split invoices', mail('Splitting the invoice goes against our accounting rules.'), 'goes against our accounting rules'],
  ['Re: Data export', mail('We cannot move the data to your new server.'), 'We cannot move the data'],
  ['Re: Extension', mail('We will not extend the warranty beyond 24 months.'), 'We will not extend the warranty'],
  ['Re: Drawings', mail('Copies of our drawings are not permitted.', NOTICE[0]), 'Copies of our drawings are not permitted.'],
  ['Re: Storage', mail('We do not store your pallets beyond 14 days.'), 'We do not store your pallets'],
  ['Re: Log retention', mail('We cannot keep the log files longer than 30 days.'), 'We cannot keep the log files'],
  ['Re: Glossy board', mail('Regarding your request for foil on glossy board: we will not print it, and we do not recommend it.'), 'we will not print it'],
  ['Re: Returns', mail('Unauthorised returns are not permitted.', NOTICE[0]!.replace(/If you have received this e-mail in error, please notify the sender and delete it\. /, '').replace(/ and intended solely for the addressee/, '')), 'Unauthorised returns are not permitted.'],
];

describe('round 25 (quiet): a legal notice, advice, data handling, payment against a document stay clean', () => {
  describe('near misses', () => refusalCases(engine, C, CLEAN, false));
  describe('refusals', () => refusalCases(engine, C, REFUSALS, true));
});
