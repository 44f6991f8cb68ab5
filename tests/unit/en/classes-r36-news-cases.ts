// Round 36 (news36): three classes of bad news, read by their facts rather than by wordings, in English and in mixed
// mails (a Japanese greeting around an English body). Written before reading the published misses. Read by
// classes-r36-news.test.ts. A flagged case names the sentence that carries the news: the finding must land on it.
//   1 a figure that moves against the client (a price, fee, margin, surcharge, minimum or lead time "from X to Y", an
//     arrow, a current/new pair); near misses: a move for the client, the client's own figures, a new quote, a complete
//     apology with its reason and an offer to meet;
//   2 part of what was ordered or promised ("of the six, four …", "only 60%", a rollout partly done); near misses: all
//     delivered, a split the client asked for, a plan stated before any order;
//   3 our service below what we committed, or goods measured out of spec; near misses: within spec, a test plan, a
//     figure that beat its target.
import { at, en, mx, type MailCase } from '../mail-wrappers';

/** Class 1: a figure that moves against the client. */
export const MOVE_FLAGGED: MailCase[] = [
  at(en, 'From 1 April 2027, the margin on cross-border FX conversions for your account rises from 0.8% to 1.1%.'),
  at(en, 'The handling charge per pallet goes from EUR 14 to EUR 19 on all orders shipped after 1 May.'),
  at(en, 'Standard lead time for the XR-40 valves moves from 6 weeks to 10 weeks.'),
  at(en, 'The commission on marketplace sales increases from 12% to 15% from the next billing cycle.'),
  at(en, 'The spread applied to your JPY conversions widens from 0.5% to 0.9% next month.'),
  at(en, 'Storage at our Kobe warehouse will be charged at JPY 1,800 per pallet-week, up from JPY 1,200.'),
  at(en, 'The fuel surcharge will be 14.5% from March (currently 9%).'),
  at(en, 'Delivery of spare parts will now take 15 working days rather than 5.'),
  at(en, 'The premium on express shipments goes up from 25% to 40%.'),
  at(en, 'Your per-seat licence will be billed at $38 instead of $32 from the renewal date.'),
  at(en, 'Please note the new terms below.\n\nCurrent price: USD 4.10/kg\nNew price from 1 July: USD 4.55/kg', 'New price from 1 July: USD 4.55/kg'),
  at(en, 'The processing fee on card payments will be raised from 2.2% to 2.9% as of 1 October.'),
  at(en, 'Our hourly rate for on-site engineers is changing from EUR 95 to EUR 110.'),
  at(mx, 'Unit price for the M8 bolts: JPY 42 → JPY 47 from the April shipment.'),
  at(mx, 'From the July billing run, the platform fee on your account goes from 1.5% to 2.0% of gross volume.'),
  at(mx, 'Minimum order per SKU will be 1,000 pcs from May, compared with 500 pcs today.'),
];

export const MOVE_CLEAN: MailCase[] = [
  en('The price of the XR-40 valves falls from USD 52 to USD 47 from 1 April.'),
  en('Standard lead time for the XR-40 valves shortens from 10 weeks to 6 weeks.'),
  en('Your allocation for Q3 rises from 400 to 550 units.'),
  en('The discount on your annual plan goes up from 10% to 15%.'),
  en('Payment terms on your account improve from 30 days to 60 days.'),
  en('As you told us on Monday, your monthly volume goes from 400 to 550 units from July; we have updated our plan.'),
  en('For your new enquiry, we can offer the coated grade at EUR 4.20/kg with a lead time of 6 weeks.'),
  en('The unit price for the new XR-50 valve is USD 58, valid until 30 June.'),
  en('Our throughput rose from 1,200 to 1,500 units per shift after the line upgrade.'),
  en('We are very sorry to tell you that, because resin costs have risen by 30% this year, the price of the PP granulate will go from USD 4.10 to USD 4.55 per kg from 1 July. We would welcome the chance to visit you next week to explain the change and discuss how we can support you.'),
  en('Your team reduced the open PO from 800 to 600 units last week, and we have confirmed the new quantity.'),
  en('The margin on your FX conversions falls from 1.1% to 0.8% from 1 April.'),
  en('The handling charge per pallet goes down from EUR 19 to EUR 14.'),
  mx('Your rebate rises from 2% to 3% once annual volume passes 10,000 units.'),
  mx('Delivery of spare parts will now take 5 working days rather than 15.'),
  mx('Your sales in our marketplace grew from USD 120,000 to USD 150,000 last quarter.'),
];

/** Class 2: part of what was ordered or promised. */
export const PART_FLAGGED: MailCase[] = [
  at(en, 'Of the six palletising cells in order NR-2291, four leave Gothenburg on 3 March.'),
  at(en, 'Our resin supplier has cut its output this month.\n\nWe will only ship 60% of your June order.', 'We will only ship 60% of your June order.'),
  at(en, 'Two of the five pumps on PO 7712 will go out this week; the other three follow in May.'),
  at(en, 'We can deliver 3,200 of the 5,000 labels by Friday.'),
  at(en, 'Out of the 40 licences you ordered, 25 are active today; the remaining 15 will be activated next month.'),
  at(en, 'The rollout has reached 8 of your 12 sites; the rest will be done in the next phase.'),
  at(en, 'The March shipment will cover 70 percent of the quantity you ordered.'),
  at(en, 'Half of the 200 cartons you ordered will arrive on Tuesday; the other half is still in production.'),
  at(en, 'So far 850,000 of about 1.3 million records have been migrated, and the rest will move in the next window.'),
  at(mx, 'This week we are sending 12 of the 20 pallets; the balance will ship once the line restarts.'),
  at(mx, 'Only 300 of the 500 controllers you ordered passed our final test and will ship on Monday.'),
  at(en, 'Of the 24 training sessions in your contract, we can hold 16 this quarter.'),
  at(mx, 'The June delivery comes to 45 tonnes against the 60 tonnes on your order.'),
  at(en, 'We have installed the software on 140 of the 220 workstations; the other 80 will be done after the holidays.'),
  at(en, 'Just three of the eight crates left the plant on Friday.'),
];

export const PART_CLEAN: MailCase[] = [
  en('All six palletising cells in order NR-2291 leave Gothenburg on 3 March.'),
  en('As you asked, we will split the order: 300 units this week and 200 next week.'),
  en('We shipped all 500 units of your June order today.'),
  en('For the proposed rollout, we suggest starting with 4 of your 12 sites in the first phase, before you place the order.'),
  en('Of the 12 sites, 4 have asked us for training in May, so we have booked our trainers for them.'),
  en('The migration of all 1.3 million records is complete.'),
  en('60% of our customers choose the annual plan.'),
  en('Thank you for your order of 500 controllers; all of them will ship on Monday as planned.'),
  en('Four of the six cells were installed last week and the last two yesterday, so your line is complete.'),
  mx('As requested in your mail, we will deliver half of the 200 cartons on Tuesday and the other half on Friday.'),
  mx('Of the 20 pallets, 12 go to your Osaka warehouse and 8 to Nagoya, all on Friday\'s truck.'),
  mx('If you order before 30 June, we can ship 60% in July and the rest in August.'),
  en('Our plan for the migration: about 1.3 million records in two windows, 850,000 in the first and the rest in the second.'),
  en('You mentioned that only 60% of your June order is needed now; we will hold the rest until you call it off.'),
  en('Two of the five pumps you asked about are in stock; we can quote the others on request.'),
];

/** Class 3: our service below what we committed, or goods measured out of specification. */
export const SPEC_FLAGGED: MailCase[] = [
  at(en, 'Uptime for the payouts endpoint was 99.1% last month, below the 99.9% committed in our SLA.'),
  at(en, 'Lot 44 contains 340 parts with an undersized bore: Ø22.94 mm against the drawing tolerance of Ø23.00 −0.02 mm.'),
  at(en, 'Average first-response time in May was 9 hours, against the 4 hours our SLA commits to.'),
  at(en, 'The tensile strength of batch 2207 measured 410 MPa, under the 450 MPa minimum in your specification.'),
  at(en, 'Availability of the EU cluster came in at 98.7% for Q2 against a committed 99.5%.'),
  at(en, 'In delivery 3381, 12 sensors read 2 °C high, outside the ±0.5 °C accuracy we specify.'),
  at(en, 'Our retest confirms your finding: lot 18 holds 0.35% moisture, above the 0.2% limit, so please keep it on hold.'),
  at(en, 'Support tickets were resolved in 6.5 days on average in October, well beyond our committed 3 days.'),
  at(mx, 'The API error rate reached 2.4% on 12 May, above the 0.5% ceiling in our service agreement.'),
  at(mx, 'The coating thickness on the June lot averaged 18 µm, short of the 25 µm required by your drawing.'),
  at(en, 'Batch 7 of the adhesive cured to a peel strength of 3.1 N/mm, below the 4.0 N/mm in our data sheet.'),
  at(en, 'On-time delivery for your account was 82% in Q3, short of the 95% in our service agreement.'),
  at(mx, 'Measured flatness on the 40 plates is 0.12 mm, over the 0.05 mm tolerance on drawing D-118.'),
  at(en, 'The monthly report shows 97.2% order accuracy in September, below the 99.5% we committed to in the contract.'),
  at(en, 'Checks on the returned motors show a noise level of 68 dB, outside the 62 dB maximum we guarantee.'),
];

export const SPEC_CLEAN: MailCase[] = [
  en('Uptime for the payouts endpoint was 99.97% last month, above the 99.9% committed in our SLA.'),
  en('All parts in lot 44 measured within the drawing tolerance of Ø23.00 −0.02 mm.'),
  en('Our test plan for lot 45 measures the bore on 32 parts against Ø23.00 −0.02 mm.'),
  en('Average first-response time in May was 2 hours, well within the 4 hours in our SLA.'),
  en('The tensile strength of batch 2207 measured 480 MPa, above the 450 MPa minimum.'),
  en('Availability of the EU cluster came in at 99.8% for Q2 against a committed 99.5%.'),
  en('Next week we will measure the coating thickness on 20 plates from each lot against the 25 µm in your drawing.'),
  en('The SLA commits us to 99.9% uptime and a first response within 4 hours.'),
  en('On-time delivery for your account was 98% in Q3, beating the 95% in our service agreement.'),
  mx('The API error rate stayed at 0.1% in May, well under the 0.5% ceiling in our service agreement.'),
  mx('Your drawing allows a flatness of 0.05 mm; our process holds 0.02 mm.'),
  mx('Please find attached the inspection report for lot 18: moisture 0.12%, limit 0.2%, result pass.'),
  en('Support tickets were resolved in 1.5 days on average in October, well ahead of our committed 3 days.'),
  en('Could you tell us the tolerance you need on the bore before we quote?'),
  en('The noise level of the returned motors is 58 dB, inside the 62 dB maximum we guarantee.'),
];
