// Round 41 (newsen41): classes of English bad news a blind writer's class corpus (DBN, round 41) and the published held-out
// sets showed unread, written as their kinds rather than their wordings. Read by classes-r41-en-news.test.ts; a flagged
// case names the sentence that carries the news, a clean one must raise no bad-news finding.
//   1 goods or work of ours that will not leave, arrive or be ready when due (en-news-missed.ts plannedNotKept); near misses:
//     a kind of goods (a standing rule), the reader's own act, a person, not yet with the plan standing, held for their act;
//   2 a date later than given, a time of our service longer (laterOrLonger); near misses: no later than, no longer, a possibility;
//   3 a place, channel or feature of ours closed for good (closedForGood); near misses: a closure with an end or an occasion,
//     the reader's office, a daily closing time;
//   4 a new requirement on the reader's orders from a time on (requirementFrom); near misses: as before, no time it starts;
//   5 a hyphenated participle that is no verb (en-parse.ts compoundParticiples): the clause's verb is read after it.
import { at, en, type MailCase } from '../mail-wrappers';

export const MISSED_FLAGGED: MailCase[] = [
  at(en, 'The pumps for PO 5521 did not leave Rotterdam on 12 May.'),
  at(en, 'The second batch of valves will not be ready in March as planned.'),
  at(en, 'Your 40 pallets were not loaded on the 9 July sailing.'),
  at(en, 'For the August shipment, the 500 ml bottles will not be available.'),
  at(en, 'The firmware update will not be complete by the end of June as promised.'),
  at(en, 'Version 4.1, with the Japanese label module, will not be ready in May; the target is now August.'),
];
export const MISSED_CLEAN: MailCase[] = [
  en('Orders placed after 15:00 will not ship the same day.'),
  en('Your payment did not arrive by 30 June, so we have sent a reminder.'),
  en('Your order has not been shipped yet; it leaves our warehouse on Thursday as planned.'),
  en('The samples will not leave our plant until you approve the drawings.'),
  en('Sunday deliveries are not available in Hokkaido.'),
  en('The meeting room will not be available on Monday, so we will meet in the lobby.'),
];

export const LATER_FLAGGED: MailCase[] = [
  at(en, 'The cabinets will arrive three weeks later than the date in our confirmation.'),
  at(en, 'Delivery of the spare kits will be later than planned.'),
  at(en, 'From April, turnaround times for repairs will be longer.'),
  at(en, 'The September consignment will be delivered in November.'),
];
export const LATER_CLEAN: MailCase[] = [
  en('Please send the signed form no later than 5 May.'),
  en('Thanks to the new line, lead times will no longer be an issue.'),
  en('If the port is congested, transit could take longer.'),
  en('The new cables will be longer, 3 m instead of 2 m.'),
  en('The September consignment will be delivered in September as agreed.'),
];

export const CLOSED_FLAGGED: MailCase[] = [
  at(en, 'Our Kobe sales office closes at the end of March, and from April all orders go through Singapore.'),
  at(en, 'The customer portal will be shut down permanently on 31 October.'),
  at(en, 'The Japanese invoice template is being removed in the May release.'),
];
export const CLOSED_CLEAN: MailCase[] = [
  en('Our office will be closed from 29 December to 3 January.'),
  en('Please note that our Madrid office will be closed on 12 October for the National Day.'),
  en('We understand your office closes from December 29.'),
  en('Our warehouse is closed on Saturdays.'),
];

export const TERMS_FLAGGED: MailCase[] = [
  at(en, 'From the spring season, each order must be at least two full pallets.'),
  at(en, 'Starting with the July orders, all payments must be made in advance by wire transfer.'),
];
export const TERMS_CLEAN: MailCase[] = [
  en('From April, orders must still be placed by the 20th of each month, as before.'),
  en('All payments must be made within 30 days of the invoice date.'),
];

export const PARTICIPLE_FLAGGED: MailCase[] = [
  at(en, 'Your order for 300 kg of sun-dried tomatoes has been cancelled on our side.'),
  at(en, 'Prices for all wheat-based snacks go up by 6% from 1 June.'),
];
export const PARTICIPLE_CLEAN: MailCase[] = [
  en('Your order for 300 kg of sun-dried tomatoes has been shipped today.'),
  en('Prices for all wheat-based snacks stay the same this year.'),
];
