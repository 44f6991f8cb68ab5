// Round 44: classes of English the fresh set OA–OF showed unread, each written as its kind with near misses. Read by
// classes-r44-en.test.ts.
//   bad news: goods not offered for a coming period named by its year ("for the 2027/28 harvest"); a later week after a
//     place's "from … in" ("dispatched from Split in week 27, not week 22"); our goods that go up by a share ("our seal
//     kits go up by 7.5%", the start fronted after "Please note:");
//   refusal: a charge "not waivable", a deposit "not refundable" (a negated -able of a concession);
//   clean: a term of ours withheld for a season is no goods' end; sales or output that go up; a part lot offered on a
//     condition of theirs ("If …, we can ship a first partial lot by air"); "following up on your question".
import { at, enHirata, type MailCase } from '../mail-wrappers';

export const PERIOD_FLAGGED: MailCase[] = [
  at(enHirata, 'We will not offer the Geisha Honey from Finca La Montañita for the 2027/28 harvest.'),
  at(enHirata, 'We will not offer the W180 grade for the 2027 season.'),
];
export const PERIOD_CLEAN: MailCase[] = [
  enHirata('We will offer the Geisha Honey again for the 2027/28 harvest.'),
];
export const TERM_SEASON_REFUSED: MailCase[] = [
  at(enHirata, 'We will not offer a discount for the 2027 season.'),
];

export const WEEK_FROM_PLACE_FLAGGED: MailCase[] = [
  at(enHirata, 'Please be informed that the 4 flange couplings DN-420 for hull no. S-1187 will now be dispatched from Split in week 27, not week 22.', 'will now be dispatched from Split in week 27, not week 22'),
  at(enHirata, 'The cartons will now leave from Rotterdam in week 30, not week 26.'),
];
export const RANGE_FROM_CLEAN: MailCase[] = [
  enHirata('From 1 July 2026, the price of Metformin HCl API for your account falls from USD 6.80/kg to USD 6.10/kg.'),
  enHirata('The couplings will now be dispatched from Split in week 20, not week 22.'),
];

export const GOODS_SHARE_FLAGGED: MailCase[] = [
  at(enHirata, 'Please note: from 1 May 2027 all our stern tube seal kits (ST-280, ST-350, ST-420) go up 7.5%. This applies to all orders confirmed after that date.', 'go up 7.5%'),
  at(enHirata, 'From 1 May our seal kits go up by 7.5%.'),
];
export const GOODS_SHARE_CLEAN: MailCase[] = [
  enHirata('From 1 May our sales go up by 7.5%.'),
  enHirata('From 1 May our output goes up by 20% with the new line.'),
];

export const NOT_WAIVABLE_FLAGGED: MailCase[] = [
  at(enHirata, 'Thank you for your email about the demurrage charges.\nThe delay was caused by the missing phytosanitary certificate from your supplier, so the charges are not waivable.', 'the charges are not waivable'),
  at(enHirata, 'Thank you for asking. The deposit is not refundable.', 'The deposit is not refundable'),
];

export const PART_OFFERED_CLEAN: MailCase[] = [
  enHirata('If your menu tests run late, just tell us — we can ship a first partial lot by air so that the launch is not at risk.'),
];
export const PART_OFFERED_NEAR: MailCase[] = [
  at(enHirata, 'If you need them urgently, we can only ship a partial lot of 200 units this month.', 'we can only ship a partial lot of 200 units this month'),
];

/** Stock handed to another buyer by "let them go to …" after a deadline on the prospect. */
export const LET_GO_FLAGGED: MailCase[] = [
  at(enHirata, 'If I don\'t have your confirmation by this Friday, I\'ll have to let them go to Korea.'),
  at(enHirata, 'If we have no answer by 20 June, we will let the last pallets go to the Seoul importer.'),
];
export const LET_GO_CLEAN: MailCase[] = [
  enHirata('We will let the samples go to your Osaka office on Monday.'),
];

/** Only part loaded, counted in metric tonnes written "MT" (a goods counter like tonnes), or in bottles. */
export const ONLY_MT_FLAGGED: MailCase[] = [
  at(enHirata, 'Only 2,200 MT will be loaded.'),
  at(enHirata, 'We can allocate only 2 MT of the 5 MT you requested for Q3.'),
];
export const ONLY_MT_CLEAN: MailCase[] = [
  enHirata('The MT-200 valve ships in May.'),
];

/** A thing of theirs fronted before our negated verb ("Your 'X' we will not sign"), or ours with a time after the verb. */
export const FRONTED_FLAGGED: MailCase[] = [
  at(enHirata, 'Thank you for the documents.\nYour \'Supplier Sustainability Declaration\' we will not sign. We have MSC certificates.', 'we will not sign'),
  at(enHirata, 'Thanks for your mail.\nThe 5cl miniatures we cannot supply this year. Our bottling line is fully booked until February.', 'The 5cl miniatures we cannot supply this year.'),
];
export const FRONTED_CLEAN: MailCase[] = [
  enHirata('Your order we will ship this week.'),
];

/** A price of ours said no longer valid; goods put on the next sailing; a product's end told in answer to their inquiry. */
export const PRICE_GONE_FLAGGED: MailCase[] = [
  at(enHirata, 'Our offer for Humera whitish sesame is now USD 1,985/MT FOB Djibouti.\nThe USD 1,760 we quoted in December is no longer valid for new contracts.', 'The USD 1,760 we quoted in December is no longer valid'),
  at(enHirata, 'The price we quoted in December is no longer valid.'),
];
export const PRICE_GONE_CLEAN: MailCase[] = [
  enHirata('The old certificate is no longer valid; the new one is attached.'),
  enHirata('If the quotation is no longer valid, please tell us.'),
];
export const NEXT_SAILING_FLAGGED: MailCase[] = [
  at(enHirata, 'MV Nordic Tern did not load on 27 November. Your 300 MT goes on the next sailing, ETD 14 December.', 'Your 300 MT goes on the next sailing'),
];
export const NEXT_SAILING_CLEAN: MailCase[] = [
  enHirata('Our engineer will go on the next flight to Osaka.'),
];
export const ENDED_IN_ANSWER_FLAGGED: MailCase[] = [
  at(enHirata, 'Regarding your inquiry for 50 DK-60 delimbing knives: DK-60 is no longer produced. The last batch was made in January.', 'DK-60 is no longer produced'),
];

/** "no" before a concession noun as the subject of a passive of granting. */
export const NONE_GRANTED_FLAGGED: MailCase[] = [
  at(enHirata, 'Thank you for your questions.\n- Extra 5 % discount for the 2027 order: As per our pricing policy, no additional discounts are given.', 'no additional discounts are given'),
  at(enHirata, 'Thank you for your request.\nNo further extension will be granted.', 'No further extension will be granted'),
];
export const NONE_GRANTED_CLEAN: MailCase[] = [
  enHirata('No complaints were given by the customers.'),
];

/** After the held-out score (ZA–ZF, read): a price with its old one beside it in any ISO code (CAD, NOK). */
export const CODE_PRICE_FLAGGED: MailCase[] = [
  at(enHirata, 'IQF wild blueberries, 10 kg cases: CAD 4.85/kg FOB Montréal (2025 crop: CAD 3.90/kg).'),
];
