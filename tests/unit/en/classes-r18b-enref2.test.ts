// Round 18b (r18-enref2): a refusal behind a requirement put to the other side. "Unless …" or "if … not …" names
// what the client must do (an order size, a level, a booking, a signature); the main clause is still our side
// refusing, and the condition softens nothing ("unless the order is at least 4 sets we won't quote them").
// Near misses: our own shortfall as the condition ("if we cannot ship by Friday, …" — a promise about a risk), the
// reader's wish ("unless you need it", "if you don't mind"), a condition with no negation ("if the weather is bad"),
// a cost spared, questions, and a no in the condition only.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-11-16' };

const SIGNATURE = 'Best regards,\nJohan Berg\nKey Account Manager Japan\nHalcyon Systems AB';
const mail = (body: string) => `Dear Mr. Nakamura,\n\nThank you for your message of Friday.\n\n${body}\n\n${SIGNATURE}`;

const CONDITION_ON_READER: Case[] = [
  ['blunt-refusal', C, mail("Unless the order is at least 4 sets we won't quote them.")],
  ['blunt-refusal', C, mail('If Sanwa does not reach Gold level before end of the year, we cannot give your engineers access to the 8.2 beta.')],
  ['blunt-refusal', C, mail('Unless bookings are confirmed at least 72 hours before collection, Halcyon will not accept them.')],
  ['blunt-refusal', C, mail('We will not release the drawings unless the NDA is signed.')],
  ['blunt-refusal', C, mail('If the PO does not arrive by Friday, we cannot reserve the slot.')],
  ['blunt-refusal', C, mail('Unless your team completes the safety course, we will not allow them on site.')],
  ['blunt-refusal', C, mail('If the samples are not returned within 30 days, we will not issue a credit note.')],
  ['blunt-refusal', C, mail('Unless payment is received in advance, Halcyon cannot ship the spare parts.')],
  ['blunt-refusal', C, mail('If your volume does not exceed 500 units, we will not offer the partner discount.')],
  ['blunt-refusal', C, mail('We cannot extend the licence unless the outstanding invoices are settled.')],
  ['blunt-refusal', C, mail('Unless the drawings are final, we will not start the tooling.')],
  ['blunt-refusal', C, mail('If the site is not ready by 3 March, Halcyon will not send the installation crew.')],
  // Near misses.
  ['', C, mail('If we cannot ship by Friday, I will let you know at once.')],
  ['', C, mail('If we cannot ship by Friday, we will not charge the express fee.')],
  ['', C, mail('Unless you need the printed manual, we will not send it.')],
  ['', C, mail("If you don't mind, we will not print the manuals.")],
  ['', C, mail('If the weather is bad, we cannot visit the site.')],
  ['', C, mail('Unless something changes, we will not need another visit.')],
  ['', C, mail('If the PO does not arrive by Friday, could we still reserve the slot?')],
  ['', C, mail('If the order is at least 4 sets, we can quote a better price.')],
  ['', C, mail("If the carrier does not collect on Monday, please let me know and I'll arrange another pickup.")],
  ['', C, mail('Unless you tell us otherwise, we will ship on Friday as planned.')],
  ['', C, mail('If you cannot attend on Friday, we cannot hold the meeting room.')],
];

// Our department with no owner as the one who refuses ("finance will not approve a third time"): in a mail from us,
// finance, legal, HQ are ours. Near misses: the reader's department, a department as a thing affected, a condition.
const OUR_DEPARTMENT: Case[] = [
  ['blunt-refusal', C, mail('No more extension for this one. We already extended twice this year, finance will not approve a third time.')],
  ['blunt-refusal', C, mail('Finance will not approve a third time.')],
  ['blunt-refusal', C, mail('Legal cannot sign the revised NDA.')],
  ['blunt-refusal', C, mail('HQ will not allow a fourth free training day.')],
  ['blunt-refusal', C, mail('Procurement will not accept a price above the framework rate.')],
  ['blunt-refusal', C, mail('Compliance cannot release the test files to customers.')],
  ['blunt-refusal', C, mail('Headquarters will not grant another discount this year.')],
  ['blunt-refusal', C, mail('Regarding the payment terms: accounting cannot extend them to 90 days.')],
  ['blunt-refusal', C, mail('Legal will not change the liability clause.')],
  ['blunt-refusal', C, mail('Finance cannot waive the late fee.')],
  ['blunt-refusal', C, mail('HQ cannot approve free shipping for this order.')],
  ['blunt-refusal', C, mail('Finance will not issue a credit note for the second batch.')],
  // Near misses.
  ['', C, mail('Your finance team will not approve the budget.')],
  ['', C, mail('Finance will not be affected by the change.')],
  ['', C, mail('If finance does not approve it, I will let you know.')],
  ['', C, mail('Their legal team cannot sign before March.')],
  ['', C, mail('Finance will approve the extension this week.')],
  ['', C, mail('Could legal not sign the NDA earlier?')],
  ['', C, mail('Unfortunately finance cannot approve a third extension; however, we could offer a payment plan instead.')],
  ['', C, mail('The legal review will not take long.')],
];

// A validity with a hard edge, to a prospect: a term held until a date, then a short verbless tail shutting any give
// past it. Near misses: the plain validity (spec: clean), a corrected date, a tail that is no edge, the edge offered.
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-11-16' };
const HARD_EDGE: Case[] = [
  ['pressure', P, mail('As mentioned, the price on the attached jaw liner quote holds till 30 April, not a day longer.')],
  ['pressure', P, mail('The price on the attached quote holds till 30 April, not a day longer.')],
  ['pressure', P, mail('This offer is valid until 30 April, no extensions.')],
  ['pressure', P, mail('The discount is good until Friday — not one day more.')],
  ['pressure', P, mail('The rate stands until the end of the month and not a day later.')],
  ['pressure', P, mail('These terms apply until 15 December, no exceptions.')],
  ['pressure', P, mail('The trial pricing runs through March; no extensions.')],
  ['pressure', P, mail('Our launch price is valid till Friday, not a minute longer!')],
  ['pressure', P, mail('The bundle price holds until 31 January and no longer.')],
  ['pressure', P, mail('The quotation is valid until 12 May, not one day longer.')],
  ['pressure', P, mail('The early-bird rate lasts until Sunday, no exception.')],
  ['pressure', P, mail('Pricing holds until the 20th — no extension.')],
  // Near misses.
  ['', P, mail('The quote is valid until 30 April.')],
  ['', P, mail('The quote is valid until 30 April, not 31 March as I wrote earlier.')],
  ['', P, mail('The warranty runs until 2028, no extra cost.')],
  ['', P, mail('The price holds until 30 April, and if you need more time, just let me know.')],
  ['', P, mail('The quote is valid until 30 April, not including freight.')],
  ['', P, mail('Our office is open until 6 pm, no appointment needed.')],
  ['', P, mail('The offer is valid until 30 April; there is no obligation.')],
  ['', P, mail('Is the price valid until 30 April, or no longer?')],
];

// Idioms and particles of other Englishes written to a client (Australian, American Southern, British, Singlish).
const REGIONAL: Case[] = [
  ['register', C, mail("First in, best dressed! I'll need your PO by this Friday.")],
  ['register', C, mail("Askin' us to eat three days of crew time — that dog won't hunt.")],
  ['register', C, mail("After Golden Week it's a whole new ball game.")],
  ['register', C, mail("I'm in Japan over Christmas and New Year with the missus.")],
  ['register', C, mail('Friday 3pm for the call, ok anot?')],
  ['register', C, mail('Our prices confirm better than your current supplier.')],
  ['register', C, mail("Once the tariff changes it's a whole nother ballgame.")],
  ['register', C, mail("Slots are first in best dressed, so let me know.")],
  ['register', C, mail('This dog won’t hunt with our finance team.')],
  ['register', C, mail('Can anot? We need the drawings by Monday.')],
  ['register', C, mail('The new model is confirm cheaper to run.')],
  ['register', C, mail('My wife and I — well, me and the missus — will visit Kyoto.')],
  // Near misses.
  ['', C, mail('Please confirm the quantity by Friday.')],
  ['', C, mail('Could you confirm whether Friday is better for you?')],
  ['', C, mail('Is it OK to send another sample?')],
  ['', C, mail("We confirm that this year's price is better than last year's.")],
  ['', C, mail('The first unit in the batch is best for testing.')],
  ['', C, mail('The new ball valve range is in stock.')],
  ['', C, mail('Orders are handled first in, first out.')],
  ['', C, mail('The whole new line-up is in the attached catalogue.')],
];

categoryTables([
  ['r18b regional idioms and particles', REGIONAL],
  ['r18b a validity with a hard edge', HARD_EDGE],
  ['r18b our department refusing', OUR_DEPARTMENT],
  ['r18b a refusal behind a requirement put to the reader', CONDITION_ON_READER],
]);
