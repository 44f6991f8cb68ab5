// Round 17 (r17-en-press): English pressure read through the deadline fact (analysis/en-deadline.ts), in our own
// wordings (never a corpus's), each class with near misses that share its words. The categories raised must be
// exactly the expected ('' = none).
// D1 an offer approved only for acts by a date, and what changes after it, said back ("by that date", "after that");
// D2 the reader's inaction by a date handed to another buyer ("we will sell … to …"); D3 capacity for new
// partners counted out with a reply asked by a date, and stock almost booked with advice to confirm; D4 what
// changes from a date: the normal rates quoted from then on, nothing guaranteed after it.
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-09-16' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-09-16' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-09-16' };

const mail = (body: string) => `Dear Ms. Hayashi,\n\nThank you for your time last week.\n${body}\n\nBest regards,\nDaniel Frost`;

const D1_DATED_OFFERS: Case[] = [
  ['pressure', P, mail('Our quarter closes on October 31, and the 15% launch discount is approved only for contracts signed by that date.')],
  ['pressure', P, mail('The extended warranty comes free with agreements countersigned by that date. After that, pricing goes back to list.')],
  ['', P, mail('After that date the standard rate of USD 45 applies, as in our price list.')],
  ['pressure', P, mail('Our fiscal year ends on 30 November, and after that the rate reverts to the standard tariff.')],
  ['pressure', P, mail('The bundle price applies to orders placed by the 20th only; from the 21st the regular price applies.')],
  ['pressure', P, mail('Prices are locked only until the end of March.')],
  ['pressure', P, mail('We can hold the 12% rebate through June 30. After that date the list price applies.')],
  ['pressure', P, mail('The application window for the partner programme closes next Friday, and we will not reopen it this year.')],
  // a quote's validity, a date the client set, an internal plan, a price already agreed
  ['', P, mail('This quote is valid for 30 days.')],
  ['', P, mail('This quotation is valid until 31 October, after which we will be happy to re-quote at the prevailing rates.')],
  ['', P, mail('As you mentioned, your budget committee meets on October 3, so we will send the final proposal by September 30.')],
  ['', I, 'Team,\n\nLet us push them to countersign by the 30th; after that, pricing goes back to list.\n\nDaniel'],
  ['', P, mail('Prices are fixed until the end of the contract term, so there will be no increases for three years.')],
  ['', P, mail('Registration for the seminar closes on May 10.')],
];

const D2_SOLD_TO_ANOTHER: Case[] = [
  ['pressure', P, mail("If we don't have your signed contract until tomorrow, we will sell the remaining pallets to a buyer in Busan.")],
  ['pressure', P, mail('Unless your PO reaches us by Friday, we will sell this lot to another importer.')],
  ['pressure', P, mail('If we do not hear from you by Monday, we will sell the reserved tonnage to our next customer.')],
  ['pressure', P, mail('Without your confirmation by the 15th, the allocation goes to the next distributor on our list.')],
  ['pressure', P, mail('Others are interested in this allocation, so I would need your answer by Monday.')],
  // our own act by a date, a sale the client agreed, a job input by a date
  ['', P, mail('We will send the signed contract back to you by tomorrow.')],
  ['', C, mail('As agreed in our meeting, we will sell the remaining containers to your Shanghai subsidiary by tomorrow.')],
  ['', P, mail("If we don't have your drawings until Friday, we will not be able to start the samples next week, so please let me know if another date is easier.")],
  ['', P, mail('Last season we sold the same grade to a roaster in Busan by the end of June, and they were very satisfied.')],
];

const D3_CAPACITY_WITH_A_CLOCK: Case[] = [
  ['pressure', P, mail("We're only onboarding four design partners in Japan this year, so please let me know by March 2 if you'd like to be one.")],
  ['pressure', P, mail('We are only taking on three pilot sites this autumn, so I would need to hear back from you by Friday.')],
  ['pressure', P, mail('There are only two design-partner seats left for 2027.')],
  ['pressure', P, mail('Our installation slots for Q3 are almost fully booked, so my advice is to confirm this week.')],
  ['pressure', P, mail('My advice is to confirm this week — after that I cannot guarantee we can start before summer.')],
  ['pressure', P, mail('Please decide by Thursday; after that I cannot promise the current lead time.')],
  // capacity as information, a reply asked for a meeting, staff onboarded, a booking already done
  ['', P, mail('We are onboarding five new engineers in our Tokyo office this year, so support response times will improve.')],
  ['', P, mail("Please let me know by February 19 if you'd like to join the user group session.")],
  ['', P, mail('The training rooms were almost fully booked last year, so we have added a second venue.')],
  ['', P, mail('After that, we will send you the minutes of the meeting.')],
];

const D4_FROM_THE_DATE: Case[] = [
  ['pressure', P, mail('The pilot terms stand through Friday. From Monday, we will quote at our normal rates.')],
  ['pressure', P, mail('From November 1 we will invoice new orders at standard pricing, so signing this month makes sense.')],
  ['pressure', P, mail('Our board approved this price for orders confirmed by 31 October; orders after that will be invoiced at the 2027 rate.')],
  ['', P, mail('From Monday, our office hours will be 9:00 to 18:00 JST.')],
  ['', P, mail('Our normal rates are listed in the attached sheet, valid from January 1.')],
  ['', C, mail('From November 1 we will invoice your orders at the standard pricing we agreed in the framework contract.')],
];

categoryTables([
  ['D1 an offer approved only for acts by a date, and what changes after it', D1_DATED_OFFERS],
  ['D2 the reader\'s inaction handed to another buyer', D2_SOLD_TO_ANOTHER],
  ['D3 capacity counted out, or almost booked, with a clock', D3_CAPACITY_WITH_A_CLOCK],
  ['D4 what changes from the date', D4_FROM_THE_DATE],
]);
