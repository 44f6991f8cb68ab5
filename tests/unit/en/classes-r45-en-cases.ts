// Round 45: English classes written as their kind with near misses, from the misses of ZA–ZF and KA–KF read after their
// scores and from variants of our own. Read by classes-r45-en.test.ts.
//   refusal: a grant to no one ("we won't give anybody exclusivity") is no promise to keep their things from outsiders;
//   pressure: their reply wanted by a date, a thing of ours held for them against it ("I would need to hear back from you
//     by Friday to keep volume aside for you");
//   bad news: a measured value set against the document's ("20.6 micron, against 19.4 micron in the sale catalogue");
//     the two dates a change marker joins when a third stands before them ("(wk 14) … the 30 April instead of 21 April");
//     the value before and the value now told in two sentences ("Your PO was for 20 tonnes. We can load 14 tonnes …");
//   clean: a day of a month is no count of goods ("arrive on 18 April instead of 21 April" comes earlier).
import { at, enHirata, type MailCase } from '../mail-wrappers';

export const NO_ONE_GRANTED_FLAGGED: MailCase[] = [
  at(enHirata, "we won't be giving anyone exclusivity for Kansai. We already ship to two other importers in Osaka and Kobe.", "we won't be giving anyone exclusivity for Kansai."),
  at(enHirata, "We won't give anybody exclusivity."),
  at(enHirata, "We don't give discounts to anyone."),
];
export const KEPT_FROM_OUTSIDERS_CLEAN: MailCase[] = [
  enHirata('We never sell your details to anyone.'),
  enHirata('We do not share customer data with third parties.'),
  enHirata('We will not pass it on to anyone outside the project.'),
  enHirata('We will not show the drawings to anyone else.'),
];

export const REPLY_HELD_FLAGGED: MailCase[] = [
  at(enHirata, 'Thanks for the call. I would need to hear back from you by Friday to keep volume aside for you.', 'I would need to hear back from you by Friday to keep volume aside for you.'),
  at(enHirata, 'We need to hear from you by the 10th to reserve the two containers for you.'),
];
export const REPLY_HELD_CLEAN: MailCase[] = [
  enHirata("We'd love to hear from you by Friday if the samples worked."),
  enHirata('I need to hear from you by Friday whether the date works for your team, so I can book the room.'),
];

export const AGAINST_DOCUMENT_FLAGGED: MailCase[] = [
  at(enHirata, 'The AWTA retest for lot 2231 (bales 14–22) came back at 20.6 micron, against 19.4 micron in the sale catalogue.', 'came back at 20.6 micron, against 19.4 micron in the sale catalogue'),
  at(enHirata, 'Moisture measured 14.2%, versus 12.5% on the certificate.'),
  at(enHirata, 'The fat content tested 78.1%, compared with 80.0% on the certificate of analysis.'),
];
export const AGAINST_DOCUMENT_CLEAN: MailCase[] = [
  enHirata('Moisture measured 12.5%, the same as the 12.5% on the certificate.'),
  enHirata('This year we offer 18.5 micron wool against 19.0 micron last year.'),
  // A limit named by the specification is read by its side: under it is no news (classes-r20-enbad C1).
  enHirata('Batch C-77 tested at 0.9 ppm against the 1.5 ppm spec.'),
];

export const MARKED_DATES_FLAGGED: MailCase[] = [
  at(enHirata, 'The container MNBU 339201-7 (wk 14, 20 pallets Hass 48s) will arrive to Tokyo port the 30 April instead of 21 April.', 'will arrive to Tokyo port the 30 April instead of 21 April'),
  at(enHirata, 'The container (week 14 shipment) will arrive on 30 April instead of 21 April.'),
];
export const EARLIER_DAY_CLEAN: MailCase[] = [
  enHirata('The container will now arrive on 18 April instead of 21 April.'),
  enHirata('The week 14 container will now arrive on 18 April instead of 21 April.'),
];

export const TOLD_PAIR_FLAGGED: MailCase[] = [
  at(enHirata, 'Your PO was for 20 tonnes. We can load 14 tonnes on the June vessel.', 'We can load 14 tonnes on the June vessel.'),
  at(enHirata, 'ETA was 12 May. Now it is 26 May.', 'Now it is 26 May.'),
  at(enHirata, 'The delivery was planned for 3 June. The new date is 17 June.', 'The new date is 17 June.'),
  at(enHirata, 'You ordered 500 cartons.\n320 will ship this week.', '320 will ship this week.'),
];
export const TOLD_PAIR_CLEAN: MailCase[] = [
  enHirata('You ordered 500 cartons. We will ship 500 cartons on Monday.'),
  enHirata('You ordered 500 cartons. 200 will ship Monday and the other 300 on Friday.'),
  enHirata('We shipped on 5 May. It will arrive on 28 May.'),
  enHirata('The delivery was planned for 3 June. The new date is 28 May.'),
];

// Second batch, from XA–XG (read after their start score): chat register — one kiss after a name (greeting-and-sign-off), "msg", "Insta", "can?" as a
// Singlish tag, "where it's at", "it don't"; clean — a negative reading within its "-18°C or below" spec, a list label's
// "1：" is no clock, "Midnight" as a colour, "only one point to note", a closure of theirs as a range, "No." to a question
// of fact.
export const CHAT_REGISTER_FLAGGED: MailCase[] = [
  at(enHirata, 'Thanks for the photos.\nTalk soon xx', 'Talk soon'),
  at(enHirata, 'We had a wonderful dinner, thank you.\nNiamh x', 'x'),
  at(enHirata, 'Thanks for the msg. We will ship on Monday.', 'msg'),
  at(enHirata, 'The rate holds till Friday, so better confirm by Thurs can?', 'can?'),
  at(enHirata, "That's just where it's at, not a whole lot I can do from here.", "where it's at"),
  at(enHirata, "Custom trim under 50 units, it just don't pencil out.", "it just don't"),
];
export const CHAT_REGISTER_CLEAN: MailCase[] = [
  enHirata('The carton measures 40 x 60 x 30 cm.'),
  enHirata('Thanks for the message. Parts that don\'t fit are replaced free of charge.'),
  enHirata('Please let me know what we can.'),
];
export const NEGATIVE_WITHIN_CLEAN: MailCase[] = [
  enHirata('All readings were between -21.4°C and -19.2°C, within your spec of -18°C or below.'),
  enHirata('Only one point to note: the extra 4 MT will come from the early new-crop intake, so the kernels may be very slightly darker, though still within W320 spec.'),
  enHirata('We understand your offices close from December 29 through January 3, so we have asked our forwarder not to schedule any deliveries to your warehouse during that week.'),
];
export const NEGATIVE_BEYOND_FLAGGED: MailCase[] = [
  at(enHirata, 'The logger read -15.2°C at the transfer, against your spec of -18°C or below.'),
  at(enHirata, 'Germination tested at 88%, against your spec of 95% or more.'),
  at(enHirata, 'The lot contains 340 parts with an undersized bore: Ø22.94 mm against the drawing tolerance of Ø23.00 −0.02 mm.'),
];
export const FACT_QUESTION_NO_CLEAN: MailCase[] = [
  enHirata('Thank you for your questions.\n3. Is a price increase planned for 2026?\n   No. The prices we quoted in November remain unchanged.'),
];
export const ASKED_OF_US_NO_FLAGGED: MailCase[] = [
  at(enHirata, 'Thank you for your questions.\n3. Is it possible to reduce the MOQ to 50?\n   No.', 'No.'),
  at(enHirata, 'Thank you for your questions.\n3. Are smaller lots available?\n   No.', 'No.'),
];
export const PRICE_SHORTHAND_FLAGGED: MailCase[] = [
  at(enHirata, 'New price list attached. All pressed beads +9 % for orders from 1 April 2026.', 'All pressed beads +9 % for orders from 1 April 2026.'),
  at(enHirata, 'These are about 35% above your regular standing-order price.'),
];
export const PRICE_SHORTHAND_CLEAN: MailCase[] = [
  enHirata('Orders from Japan +12% from last year.'),
  enHirata('Sales are 35% above your forecast.'),
  enHirata('Fire-polished beads -5 % for orders from 1 April.'),
];
export const SENT_SEVERAL_FLAGGED: MailCase[] = [
  at(enHirata, "Third time lucky, I hope! I've sent you a couple of notes since October about stocking our whisky.", "I've sent you a couple of notes since October about stocking our whisky."),
  at(enHirata, 'We have emailed you several messages about the trial since March.'),
];
export const SENT_SEVERAL_CLEAN: MailCase[] = [
  enHirata('We have sent you several samples since October.'),
  enHirata('I have attached a couple of notes from our tasting.'),
];
export const SOLD_OUT_THEIRS_CLEAN: MailCase[] = [
  enHirata("Thank you for your kind words about this season's hyacinths — it is lovely to hear that 'Delft Blue' sold out in your Saitama stores."),
];
export const SOLD_OUT_OURS_FLAGGED: MailCase[] = [
  at(enHirata, "The 'Delft Blue' bulbs have sold out at our warehouse."),
];

// Third batch, from UA–UF read after their end score (development, no longer held out): a price beside a past period's in a
// bracket (chuck roll 9.80 (Q1: 8.90)); a part beside the contracted whole (250 t (contract 400 t)).
export const BRACKET_PERIOD_FLAGGED: MailCase[] = [
  at(enHirata, 'Prices for Q2, USD/kg FOB:\nchuck roll 9.80 (Q1: 8.90)', 'chuck roll 9.80 (Q1: 8.90)'),
  at(enHirata, 'Shipments:\n- February: 250 t (contract 400 t)', '- February: 250 t (contract 400 t)'),
];
export const BRACKET_PERIOD_CLEAN: MailCase[] = [
  enHirata('Prices for Q2, USD/kg FOB:\nchuck roll 8.50 (Q1: 8.90)'),
  enHirata('Shipments:\n- February: 400 t (contract 400 t)'),
];
export const CAN_KEEP_CLEAN: MailCase[] = [
  enHirata('Thank you for asking about the price. I discussed with our director, and we can keep the old price for all orders received until 30 June. I would be glad to visit you to explain the new price list.'),
];
export const WILL_KEEP_FLAGGED: MailCase[] = [
  at(enHirata, 'Thank you for your request to waive the setup fee. We will keep the setup fee.', 'We will keep the setup fee.'),
];
// Near misses of the bracket's period: a share beside a past year's; a count then a price beside the last one's (the first
// figure of the line is no price).
export const BRACKET_PERIOD_NEAR_CLEAN: MailCase[] = [
  enHirata('Crop report:\n• Screen size 17/18: about 65% of the crop (2025: 61%)'),
];
