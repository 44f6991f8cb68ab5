// Round 43: classes of English the fresh set VA–VF showed unread, each written as its kind with near misses. Read by
// classes-r43-en.test.ts; a flagged case names the sentence that carries the problem, a clean one must raise none of it.
//   bad news: goods "finished" where a learner means sold out (for a season, at a place, "we don't have more"); a minimum
//     order given anew from a start with its figure; "stop (the) supply of …" (the noun for the gerund); goods due in one
//     month said to "be in" a later one;
//   refusals (false alarms): "the only point I would ask you to check" (what we ask of the reader); in a reply, "no change
//     to our process since last year's audit" (the thread named after the kept thing is not the term kept);
//   pressure: places counted out and said to be given out or allocated by a near date;
//   cold outreach: an invitation to our booth is no earlier visit of theirs.
import { at, enArai, enOkada, type MailCase } from '../mail-wrappers';

export const FINISHED_FLAGGED: MailCase[] = [
  at(enArai, 'The 30/40 count is finished for this season. The next crop arrives in March.', 'The 30/40 count is finished for this season.'),
  at(enArai, 'Charcoal grey yarn is finished at the mill, so your order will be knitted in slate grey.', 'Charcoal grey yarn is finished at the mill, so your order will be knitted in slate grey.'),
  at(enArai, 'The 5 kg tins are gone for this year.'),
  at(enArai, 'Also the XL size is finished, we don\'t have more.'),
  at(enArai, 'Our Grade A kernels are already used up for the year.'),
];
export const FINISHED_CLEAN: MailCase[] = [
  enArai('The test report is finished and attached.'),
  enArai('The harvest is finished for this season, and the new crop looks excellent.'),
  enArai('Your order is finished and will leave the plant on Monday.'),
  enArai('Sample production is finished at the factory.'),
  enArai('Packing of lot 27-114 is finished for today; loading continues tomorrow.'),
];

export const MINIMUM_FLAGGED: MailCase[] = [
  at(enArai, 'From 1 October the minimum order quantity for every colour will be 3,000 metres.'),
  at(enArai, 'With effect from January, our MOQ is 20 cartons per item.'),
  at(enArai, 'Please be informed that from next month the minimum order will be 2 pallets per SKU.'),
];
export const MINIMUM_CLEAN: MailCase[] = [
  enArai('Our minimum order quantity is 500 pcs, as in our price list.'),
  enArai('From January the MOQ is lowered to 10 cartons per item.'),
  // With an apology, the same news is told properly.
  enArai('We are sorry to tell you that from 1 October the minimum order quantity will be 3,000 metres per colour.'),
];

export const STOP_SUPPLY_FLAGGED: MailCase[] = [
  at(enArai, 'From April we stop supply of the 250 g retail packs.'),
  at(enArai, 'We will cease the sale of organic chia seeds from the end of June.'),
  at(enArai, 'From September we stop the production of the blue glaze.'),
];
export const STOP_SUPPLY_CLEAN: MailCase[] = [
  enArai('Please stop the delivery of the samples until we confirm the address.'),
  enArai('We stopped the sale of the old model in 2019, as you know.'),
];

export const MONTH_LATER_FLAGGED: MailCase[] = [
  at(enArai, 'The March consignment (20 pallets, PO 4471) will be in April.'),
  at(enArai, 'The September shipment is in October.'),
];
export const MONTH_LATER_CLEAN: MailCase[] = [
  enArai('The June delivery will be in May, earlier than planned.'),
  enArai('The June meeting will be in July.'),
  enArai('The June price will be in the July invoice.'),
];

export const NOT_REFUSAL_CLEAN: MailCase[] = [
  enOkada('The only point I would ask you to check is the consignee address on the draft invoice, as the bank cannot change it later.'),
  enOkada('The only thing we need from you is the signed delivery note.'),
];
export const SOLE_FLAGGED: MailCase[] = [
  at(enOkada, 'The only port we use is Mombasa.'),
];

export const PLACES_FLAGGED: MailCase[] = [
  'We only take on three new distributors in Japan each year, and all three places for 2028 will be given out by the end of April.',
  'We only accept two new OEM partners per season, and both slots will be allocated by the end of this month.',
];
export const PLACES_CLEAN: MailCase[] = [
  'We only take on three new distributors in Japan each year, so we choose them carefully.',
  'Samples will be given out at our booth on Friday.',
];

export const BOOTH_FLAGGED: MailCase[] = [
  'Dear Ms. Hirano,\n\nMy name is Pablo Ruiz from Andes Olive Oil, Chile. We press extra virgin oil from our own groves near Ovalle.\nI believe our oils would suit your restaurant group very well.\nWe are exhibiting at the Supermarket Trade Show next week. Could you come to our stand on Tuesday?\n\nBest regards,\nPablo Ruiz',
];
export const BOOTH_CLEAN: MailCase[] = [
  'Dear Ms. Hirano,\n\nThank you for stopping by our stand at the Supermarket Trade Show last week. As promised, I attach our price list for the extra virgin oils you tasted.\nCould we visit you in Osaka to present the range to your buyers?\n\nBest regards,\nPablo Ruiz',
];

// Second batch (read from the fresh set YA–YF and the round-42 sets after their scores):
//   refusals: a gerund subject after its modifier ("Private labelling for your stores is not possible"), an "until" inside a
//     gerund subject ("Reserving the lot until your tasting in December is not possible": no promise that the no ends);
//   bad news: a named person of ours who stops serving ("stops representing", "will stop working for us"); an aside in
//     brackets inside the subject ("Your allocation for the spring season (April–June landings) is reduced …");
//   false alarms: "replacing the terminals" (a thing, not a person); the reader's own wish as the reason of the no ("not
//     included, since you mentioned …"); the rest of the goods kept at their price beside our own rise; another customer's
//     order named as a container's other load; "Dear Mr. Miyoshi" (三好, a surname); "… Plywood SIA" (a company's form).
export const GERUND_FLAGGED: MailCase[] = [
  at(enOkada, 'Private labelling for your stores is not possible.'),
  at(enOkada, 'Japanese labelling at our plant is not something we do.'),
  at(enOkada, 'Reserving the microlot until your tasting in December is not possible.'),
  at(enOkada, 'Holding the lot until your team approves it is not possible.'),
];
export const GERUND_CLEAN: MailCase[] = [
  enOkada('Japanese labelling at our plant is not a problem.'),
  enOkada('We will not start production until you approve the sample.'),
  enOkada('Reserving the lot after your visit is possible, of course.'),
];

export const PERSON_STOPS_FLAGGED: MailCase[] = [
  at(enArai, 'Our Japan liaison, Ms. Yuko Arai, stops representing Maloti Highlands on 31 March. We are not replacing her.', 'Our Japan liaison, Ms. Yuko Arai, stops representing Maloti Highlands on 31 March.'),
  at(enArai, 'Mr. Daniel Kariuki will stop working for us at the end of June.'),
  at(enArai, 'Your allocation for the spring season (April–June landings) is reduced from 60 MT to 35 MT.'),
];
export const PERSON_STOPS_CLEAN: MailCase[] = [
  enArai('Ms. Arai will stop working on the report on Friday and send it to you on Monday.'),
  enArai('We will go through the October figures and the plan for replacing the old handheld terminals.'),
  enArai('Your allocation for the spring season (April–June landings) is increased from 35 MT to 60 MT.'),
];

export const REASON_THEIRS_CLEAN: MailCase[] = [
  enOkada('Our price list is not included, since you mentioned you would first like to check the flavour; we will send it whenever you need it.'),
  enOkada('We will not ship on Saturday, as you asked.'),
];
export const KEPT_BESIDE_RISE_CLEAN: MailCase[] = [
  // No apology here: the mail's mitigation would leave it clean whatever the guard (a case that could not fail).
  enArai('As a result, we will need to revise the price of IQF raspberries from EUR 3.80/kg to EUR 4.35/kg for loadings from August. Blackcurrants and sour cherries will stay at the current prices.'),
];
export const KEPT_AGAINST_ASK_FLAGGED: MailCase[] = [
  at(enOkada, 'Thank you for your request to waive the handling fee.\nThe fee stays.', 'The fee stays.'),
  // Their ask named before the no is what is refused, not a reason.
  at(enOkada, 'Keeping the surcharge at 9% for your bookings in September, as you asked, is not possible.'),
];

export const OTHER_LOAD_CLEAN: MailCase[] = [
  'If the results are good, a first shipment could travel in the same container as another customer\'s order to Osaka to keep the cost down.',
];
export const RIVAL_FLAGGED: MailCase[] = [
  'Another customer wants to order the same lot, so please confirm by Friday.',
];

// Third batch: a date later than the one it replaces when both name their year ("now scheduled for Q1 2028, not October 2027").
export const YEAR_LATER_FLAGGED: MailCase[] = [
  at(enArai, 'The e-invoice module is now scheduled for Q1 2028, not October 2027 as in our roadmap.'),
  at(enArai, 'The new line will start in February 2028 instead of November 2027.'),
];
export const YEAR_LATER_CLEAN: MailCase[] = [
  enArai('The new line will start in October 2027 instead of Q1 2028.'),
];

// After the held-out score (WA–WF, read then): payment moved before the goods from a start.
export const UP_FRONT_FLAGGED: MailCase[] = [
  at(enArai, 'From 1 January 2027, all orders are payable by irrevocable L/C at sight.'),
  at(enArai, 'From the next contract, payment is 100% in advance.'),
];
export const UP_FRONT_CLEAN: MailCase[] = [
  enArai('If you pay in advance from next month, we can give 2% off.'),
  enArai('Payment by L/C at sight is fine for us too.'),
];

// After the held-out score: an answer that opens with "Yes" grants what was asked; the terms after it say how.
export const YES_TERMS_CLEAN: MailCase[] = [
  'Dear Mr. Hirano,\n\nYou asked whether we can supply small quantities.\nYes — for restaurants we pack negin saffron in 5 g and 10 g tins, and the minimum order is just 20 tins.\n\nBest regards,\nFarid',
];
export const ONLY_TERMS_FLAGGED: MailCase[] = [
  ['Dear Mr. Hirano,\n\nYou asked whether we can supply small quantities.\nWe only pack in 1 kg tins, and the minimum order is 50 tins.\n\nBest regards,\nFarid', 'We only pack in 1 kg tins, and the minimum order is 50 tins.'],
];
