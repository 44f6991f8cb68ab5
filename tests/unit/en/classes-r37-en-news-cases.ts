// Round 37 (newsen37): four classes of English bad news the blind writers' class corpus (KNEa) showed unread, written as
// their kinds rather than their wordings. Read by classes-r37-en-news.test.ts; a flagged case names the sentence that
// carries the news (the finding must land on it), a clean one must raise no bad-news finding.
//   1 the rest of an order sent later, or a part of it on a carrier (en-news-rest.ts, en-news-portion.ts); near misses: the
//     rest already delivered, all on one carrier, a whole shared out, papers that follow;
//   2 goods measured against the figure of a document (stated in our specification, in the agreed data sheet, the contract
//     specifies ±…) on the wrong side (spec-deviation.ts); near misses: on the right side, inside a ± range;
//   3 what came free with the goods now charged for (en-news-unbundled.ts); near misses: the reverse, what stays included;
//   4 a figure against the client told in a form unread before: goods "are up N%", an allowance cut, a supply set against
//     the client's forecast, a long object before "back", updates that end on a date, a product not offered next season;
//     near misses: orders or costs up, the client's own act, a date moved to match, a third party's stock-out.
import { at, en, type MailCase } from '../mail-wrappers';

/** the rest of an order sent later */
export const REST_FLAGGED: MailCase[] = [
  at(en, 'The other 25 actuators follow in February.'),
  at(en, 'We are loading 8 of the pallets today; the remaining 4 are on the next available flight.'),
  at(en, 'The rest of the cartons will go on the next sailing in September.'),
  at(en, 'The balance of 18,000 pcs ships in the week of 12 October.'),
  at(en, 'The remaining 300 kg will follow on the next truck.'),
  at(en, 'Of the 90 hams, 60 are on the vessel.'),
  at(en, 'Of the 40 drums, 28 are loaded for Monday\'s departure.'),
  at(en, 'The other two pumps will ship in March.'),
  at(en, 'The remaining six cases come with the following shipment.'),
  at(en, 'Of the 12 crates, 9 are on the flight to Narita tonight.'),
  at(en, 'The remaining 4 containers are booked on the next vessel.'),
];

export const REST_CLEAN: MailCase[] = [
  en('The other 25 actuators were delivered yesterday.'),
  en('All 12 pallets are on flight AC 3 tonight.'),
  en('Of the 90 hams, 60 go to Osaka and 30 to Nagoya next week.'),
  en('Of the 12 engineers, 4 flew in on the same flight.'),
  en('The remaining questions will follow in my next mail.'),
  en('On the other hand, the vessel leaves next week as planned.'),
  en('The other 25 actuators follow on the same truck.'),
];

/** goods against their document */
export const SPEC_FLAGGED: MailCase[] = [
  at(en, 'Germination tested at 81%, below the 90% stated in our specification.'),
  at(en, 'The coating averages 38 g/m², which is lower than the 45 g/m² in the agreed data sheet.'),
  at(en, 'Repeatability came out at ±0.12 mm; the contract specifies ±0.05 mm.'),
  at(en, 'Flatness measured ±0.4 mm, and your drawing requires ±0.2 mm.'),
  at(en, 'Purity on lot 77 came in at 97.1%, below the 99% given in our specification.'),
  at(en, 'Adhesion measured 3.2 N, lower than the 4.0 N in the current data sheet.'),
];

export const SPEC_CLEAN: MailCase[] = [
  en('Germination tested at 94%, above the 90% stated in our specification.'),
  en('The coating averages 48 g/m², which is higher than the 45 g/m² in the agreed data sheet.'),
  en('Repeatability came out at ±0.03 mm; the contract specifies ±0.05 mm.'),
  en('Moisture tested at 11%, below the 13% maximum stated in our specification.'),
  en('Purity on lot 77 came in at 99.4%, above the 99% given in our specification.'),
];

/** free now charged */
export const PAID_FLAGGED: MailCase[] = [
  at(en, 'Operator training, formerly part of every robot purchase, is now sold separately at USD 2,900 per participant.'),
  at(en, 'The standard vision package becomes an optional item, list price USD 14,500, from 1 January.'),
  at(en, 'Remote monitoring, previously bundled, will be an extra from 1 July.'),
  at(en, 'The standard calibration certificate will move to the optional services list from May.'),
  at(en, 'Spare filters, previously included with every unit, will be charged at EUR 40 per set.'),
  at(en, 'Installation, formerly part of the price, is now billed separately.'),
];

export const PAID_CLEAN: MailCase[] = [
  en('Formerly an optional item, the vision package is now standard.'),
  en('The standard vision package remains included at no extra cost.'),
  en('Our standard warranty is 2 years; an extended warranty is optional.'),
  en('The standard configuration now includes an optional stand.'),
  en('Operator training, formerly part of every purchase, is now included again.'),
  en('The standard package costs USD 14,500.'),
];

/** figures, cuts and ends in new forms */
export const MOVE_FLAGGED: MailCase[] = [
  at(en, 'All spare parts for the NV-300 series are up 12% as of today.'),
  at(en, 'Our list prices are up 4% from 1 May.'),
  at(en, 'Your storage allowance will be cut to 200 GB per workspace at renewal.'),
  at(en, 'Your free call-out entitlement will be reduced to 2 visits per year.'),
  at(en, 'Capacity for your account in Q2 is 30 containers per month, against the 45 in your forecast.'),
  at(en, 'We can supply 400 cases a month against the 600 on your order.'),
  at(en, 'We have pushed the delivery of your second palletising robot back by six weeks.'),
  at(en, 'We have moved the installation of your two new packing lines back to October.'),
  at(en, 'Firmware updates for LX-3 controllers end on 30 June 2027.'),
  at(en, 'Security patches for the V2 gateways end in March.'),
  at(en, 'Variety Dourado F1 has been dropped and will not be offered next year.'),
  at(en, 'The 2019 reserve won\'t be sold next season.'),
];

export const MOVE_CLEAN: MailCase[] = [
  en('Orders from Japan are up 12% this year.'),
  en('Energy costs are up 12% this year.'),
  en('Prices of the spare parts were up 12% last year.'),
  en('Deliveries are up 12% this month.'),
  en('You will cut your order to 200 units.'),
  en('Capacity for your account in Q2 is 50 containers per month, against the 45 in your forecast.'),
  en('We moved the meeting with your second engineering team back to the office.'),
  en('Our support hours end at 6 pm.'),
  en('Support calls for older models end with a short survey.'),
  en('Variety Dourado F1 was not offered last year.'),
  en('We will simply move your licence start date to match, so no days are lost.'),
  en('Their 25-year reserva has sold out and will not be bottled again; our own range is not affected.'),
];
