// Round 39 (newsen39): classes of English bad news a blind writer's class corpus (classes-r39 NEa) showed unread, written
// as their kinds rather than their wordings. Read by classes-r39-en-news.test.ts; a flagged case names the sentence that
// carries the news, a clean one must raise no bad-news finding.
//   1 a service, system or line of ours out of use for a stretch, its purpose unsaid (en-news-outage.ts); near misses: its
//     purpose given (maintenance, holidays), the reader's line, a person away, a possibility;
//   2 goods unlike the sample, proof or standard the client approved (en-news-reference.ts); near misses: a match, a
//     departure denied or within tolerance, a reference that is no approval;
//   3 a date put later with no word of delay (en-news-later.ts, en-news.ts delay): at the earliest, more time needed, a
//     start only after, the next vessel, a date we will not make; an order shipped without part of it; near misses: "at
//     the earliest" meaning soon, a possibility, time the reader gave, without delay or charge;
//   4 the reader's own contact leaving, a benefit that stops, a price that goes down (not news), a courtesy opener.
import { at, en, type MailCase } from '../mail-wrappers';

export const OUTAGE_FLAGGED: MailCase[] = [
  at(en, 'The client portal will be unavailable for 10 hours this Saturday.'),
  at(en, 'The ordering system will be down from 22:00 Friday to 06:00 Monday.'),
  at(en, 'Our web shop and order line will be offline throughout February.'),
  at(en, 'Line 3, which makes your 3.5 g gloves, will be shut down for six weeks from 1 September.'),
  at(en, 'Automated threat scanning for your accounts is paused from today until 30 April.'),
  at(en, 'The API gateway will be inaccessible on 14 March between 01:00 and 05:00 JST.'),
  at(en, 'Our Osaka depot will be closed to pick-ups for two weeks in July, and the hotline will be suspended from 1 to 14 July.'),
];
export const OUTAGE_CLEAN: MailCase[] = [
  en('The portal will be unavailable for maintenance on Sunday from 01:00 to 03:00 JST.'),
  en('The plant shuts down for the Christmas holidays from 24 December to 3 January.'),
  en('Thank you for letting us know that your line will be down in August.'),
  en('I will be offline next week, and Ms. Ito will answer your questions.'),
  en('If the portal is unavailable on Saturday, please call our hotline.'),
  en('Our warehouse will be closed from 29 December to 3 January for the New Year holidays.'),
  en('Our hotline will be unavailable during Golden Week, from 29 April to 5 May.'),
  en('The portal will not be unavailable at any point during the migration on Sunday.'),
];

export const REFERENCE_FLAGGED: MailCase[] = [
  at(en, 'The surface finish on the latest batch does not match the approved sample.'),
  at(en, 'The printed colour came out noticeably darker than the proof.'),
  at(en, 'The colour of the new batch will differ slightly from the approved sample.'),
  at(en, 'The production samples are a darker blue than the approved standard.'),
  at(en, 'Most of the bulbs measure 14/16 rather than the 16/18 of the sample.'),
  at(en, 'The embossing on the first run is shallower than on the signed-off proof.'),
];
export const REFERENCE_CLEAN: MailCase[] = [
  en('The surface finish matches the approved sample perfectly.'),
  en('The colour is no darker than the approved sample.'),
  en('The print is slightly darker than the proof, within the agreed tolerance.'),
  en('Our new model is lighter than the previous one.'),
  en('Could you tell us whether the colour should be darker than the sample?'),
  en('Your sample is lighter than the drawing, so we will follow the drawing.'),
];

export const LATER_FLAGGED: MailCase[] = [
  at(en, 'We will not make the 15 March go-live date.'),
  at(en, "We won't hit the end-of-month deadline for the firmware release."),
  at(en, 'The second phase will only start after the summer.'),
  at(en, 'The samples will reach you around the 20th at the earliest.'),
  at(en, 'We need another three weeks to finish the tooling.'),
  at(en, 'It will take two more weeks to complete the calibration.'),
  at(en, 'Containers 3 and 4 have been rolled to the next vessel, which sails on 9 July.'),
  at(en, 'Your pallets were bumped to the following flight.'),
  at(en, 'Your spare-parts order will be shipped without the two ball screws, which will follow separately.'),
];
export const LATER_CLEAN: MailCase[] = [
  en('Our quotation is valid for 3 days only, so please revert at the earliest.'),
  en('We might need another day for the certificates, and I will confirm tomorrow.'),
  en('Thank you for giving us two more weeks for the tooling.'),
  en('Your order will be shipped without delay.'),
  en('We deliver without extra charge to your Osaka plant.'),
  en('As you asked, the order ships without the printed manuals.'),
  en('Containers 1 and 2 are on board the vessel as planned.'),
  en('If you need more weeks to decide, just let us know.'),
];

export const MORE_FLAGGED: MailCase[] = [
  at(en, 'Mr. Jonas Weber, your dedicated application engineer, is no longer assigned to your account as of this week.'),
  at(en, 'Your account manager, Tom, leaves us at the end of the month.'),
  at(en, 'Volume discounts no longer apply from the next contract year.'),
  at(en, 'The free tier will be removed for existing accounts in February.'),
  at(en, 'The Japan hosting option will end on 30 June 2027.'),
  at(en, 'Support for version 3 ends on 31 December.'),
];
export const MORE_CLEAN: MailCase[] = [
  en('Prices for all frozen products go down by 5% from 1 April.'),
  en('Good news: the price of our hyacinth bulbs goes down to EUR 0.42 per bulb from this season.\nThe new price list is attached.'),
  en('The minimum order no longer applies.'),
  en('The fuel surcharge will be removed from April.'),
  en('Your project manager is leaving on Friday, I understand.'),
  en('Your account manager will continue to support you from our Tokyo office.'),
  en('Delivery of the grinding machine has moved forward to the end of July.'),
];
