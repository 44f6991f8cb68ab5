// Round 11: classes of G's blind-en misses and false alarms in bad news and blunt refusals, in our own wordings,
// each with near misses that share its words and must stay clean. The categories raised must be exactly the
// expected ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-12-01' };

// A service or product ended with a verb the parser does not know ("sunset"): in every inflection.
const SUNSET: Case[] = [
  ['bad-news', C, 'We are sunsetting the legacy reporting portal on June 30.'],
  ["bad-news", C, "We're sunsetting the Basic plan at the end of the quarter."],
  ['bad-news', C, 'The SOAP endpoint will be sunsetted in April 2027.'],
  ['bad-news', C, 'The old mobile app sunsets on 31 January.'],
  ['bad-news', C, 'We sunset the on-premise edition on March 1.'],
  ['bad-news', C, 'Dear Mr. Ono,\n\nAfter ten years we are sunsetting our fax ordering service. From May, orders are accepted only through the web portal.\n\nBest regards,\nTom'],
  ['bad-news', C, 'Please note: the v2 dashboard will be sunset next month.'],
  ['', C, 'Beautiful sunsets are one reason our team loves the Okinawa office.'],
  ['', C, 'Our office has great sunsets over the bay.'],
  ['', C, 'We are sunsetting the v2 dashboard in May because its charting library is no longer maintained; I am sorry for the extra work, and I would be glad to call you to plan the move.'],
  ['', C, 'The sunset clause in the contract protects both sides.'],
];

// A promise to pass a date on once it is known is not the news of a new date.
const PROMISED_DATE: Case[] = [
  ['', C, 'Thank you for your order. We will send the new ETA once the carrier confirms it.'],
  ['', C, "Thank you for your patience. I'll let you know the new delivery date as soon as I have it."],
  ['', C, 'Thank you for the forecast. Our planner will confirm the new ship date by Friday.'],
  ['', C, 'Thank you for the update. We will share the revised ETA with you next week.'],
  ['', C, 'Thank you for checking. We will advise the new shipping date when the vessel is booked.'],
  ['', C, 'Thank you for asking. We will inform you of the new ETA within two days.'],
  ['bad-news', C, 'The new ETA is 14 March.'],
  ['bad-news', C, 'We confirm the new ETA of 14 March.'],
  ['bad-news', C, 'Please note the new delivery date: 3 April.'],
  ['bad-news', C, 'Shipment of lot 3318 is cancelled.\nThe next lot ships in about a month. We will send the new ETA once confirmed.'],
];

// Who serves the reader's account, or where, changes: said flatly with a date or a contrast.
const SERVED_ELSEWHERE: Case[] = [
  ['bad-news', C, 'From April 1, your account will be handled remotely by our Manila office.'],
  ['bad-news', C, 'Starting next month, your orders will be managed by our Shanghai team instead of Osaka.'],
  ['bad-news', C, 'Your account will now be served by our Sydney branch.'],
  ['bad-news', C, 'As of July, your support tickets will be handled by our partner in Seoul.'],
  ['bad-news', C, 'Dear Ms. Hara,\n\nEffective January 5, your region will be covered by our Bangkok office.\nThe phone number stays the same.\n\nRegards,\nLee'],
  ['bad-news', C, 'From the next quarter your maintenance contract will be supported directly by our Singapore hub.'],
  ['', C, 'Your account is handled by our Tokyo office.'],
  ['', C, 'If you prefer, your account can be handled by our Osaka office from April.'],
  ['', C, 'Your account was handled by our Singapore office until 2024.'],
  ['', C, 'From April 1, your account will continue to be handled by Ms. Sato.'],
  ['', C, 'From March, your invoices will be handled by the same team as before.'],
  ['', C, 'Your order will be shipped by our Kobe warehouse on Monday.'],
  ['', C, 'From June, your account will be managed by our new Osaka office, a short walk from your headquarters.'],
];

// "off the table" said as it stands now is a no, not a lapse of an offer; with a time or a future it presses.
const OFF_THE_TABLE: Case[] = [
  ['blunt-refusal', P, 'A discount on the pilot is off the table; we price all pilots the same way.'],
  ['blunt-refusal', P, 'Thanks for the call. A lower rate for the first year is off the table.'],
  ['blunt-refusal', C, 'Free installation is off the table for orders under 50 units.'],
  ['blunt-refusal', P, 'Waiving the setup fee is off the table.'],
  ['blunt-refusal', P, 'Exclusive pricing for your region is off the table.'],
  ['blunt-refusal', C, 'A rebate on the March order is off the table.'],
  ['pressure', P, 'This deal is off the table after Friday.'],
  ['pressure', P, 'The launch price comes off the table at midnight.'],
  ['', P, 'Nothing is off the table yet; we are happy to discuss any option with your team.'],
];

// A casual owning-up ("my bad", "our mistake") is an apology: the notice is not bare (its register is another matter).
const OWNED_UP: Case[] = [
  ['register', C, 'Dear Mr. Ueda,\n\nYeah, the delivery note we sent had the wrong lot number, my bad.\nA corrected one is attached.\n\nBest regards,\nSam'],
  ['', C, 'The invoice from Monday showed the wrong tax rate, our mistake. The corrected invoice is attached.'],
  ['', C, 'My mistake: the quote listed the wrong unit price. The corrected quote is attached.'],
  ['', C, 'Two cartons went to your Osaka site instead of Kobe, our bad. They will be collected tomorrow.'],
  ['', C, 'Our mistake, the samples shipped without the test report; it follows by courier today.'],
  ['', C, 'The label on batch 7 was printed in the wrong language, my mistake. New labels are on their way.'],
  ['bad-news', C, 'The wrong valves were shipped to your Kobe plant.'],
  ['bad-news', C, 'Two cartons were damaged in transit and will be replaced next month.'],
  ['bad-news', C, 'The mistake in batch 7 means the lot will ship two weeks late.'],
];

categoryTables([
  ['a casual owning-up is an apology', OWNED_UP],
  ['a service or product that is sunset, in any inflection', SUNSET],
  ['a promise to pass on a new date is not a new date', PROMISED_DATE],
  ["the reader's account served by other people or elsewhere", SERVED_ELSEWHERE],
  ['"off the table" as a no, not a lapse', OFF_THE_TABLE],
]);
