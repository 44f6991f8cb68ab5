// Bad news in the classes the round-4 blind writers used and the rules missed (src/engine/analysis/en-news.ts):
// part of an order as a percentage or a quantity with its unit, an end of life or a withdrawn service, a date
// that slips as week or quarter numbers or is stated as the new one, a price or a charge from a date. Each class
// has our own wordings and the clean near misses that share its words. The categories raised must be exactly the expected.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };

const PARTIAL: Case[] = [
  ['bad-news', C, 'We will only be able to ship 400 of the 1,000 valves this month.'],
  ['bad-news', C, 'For March we can supply 70% of your contracted volume.'],
  ['bad-news', C, 'This quarter you will receive 12 t of the 20 t you ordered.'],
  ['bad-news', C, 'We will deliver only 60% of the ordered quantity in April.'],
  ['bad-news', C, 'Only 250 kg of the 800 kg will be ready for the first shipment.'],
  ['bad-news', C, 'We are able to fill 3 out of 5 lines on your purchase order.'],
  ['bad-news', C, "Shipments in the second half will be limited to 50% of last year's volume."],
  ['bad-news', C, 'The remaining 40% of the order is cancelled.'],
  ['bad-news', C, 'In June we can provide 1,300 litres of the 2,000 litres on your forecast.'],
  ['', C, 'We shipped 60% of your order yesterday, and the rest leaves on Friday as planned.'],
  ['', C, 'We can supply 120% of your forecast volume this quarter.'],
  ['', C, 'We inspect 5% of every lot before it leaves the plant.'],
  ['', C, 'About 70% of our customers order the stainless version.'],
  ['', C, 'All 1,000 valves will ship this month, 400 of them from our Osaka stock.'],
  ['', C, 'Thank you for your note.\n\n> We will only be able to accept 400 of the 1,000 valves this month.'],
];

const SUNSET: Case[] = [
  ['bad-news', C, 'The RX-2 sensor reaches end-of-life on 30 June 2027.'],
  ['bad-news', C, 'Spare parts for the RX-2 will no longer be available after December.'],
  ['bad-news', C, 'Our legacy ordering portal will be retired on May 31.'],
  ['bad-news', C, 'From July, the on-premise edition will stop receiving updates.'],
  ['bad-news', C, 'No further firmware updates will be released for the Z-series.'],
  ['bad-news', C, 'End of sale for the HX-3 is September 30.'],
  ['bad-news', C, 'The V2 API is being sunset at the end of the year.'],
  ['bad-news', C, 'Support for version 4 will end on March 31.'],
  ['bad-news', C, 'The HX-3 goes end-of-support next spring.'],
  ['bad-news', C, 'Repairs will no longer be handled in Nagoya from April; please send units to our Singapore hub.'],
  ['bad-news', C, 'No security patches will be released after that date.'],
  ['bad-news', C, 'Orders placed through the old portal after June 30 will not be processed.'],
  ['', C, 'The RX-2 sensor remains available and fully supported.'],
  ['', C, 'After March, each carton of the RX-2 will hold no more than 5 units.'],
  ['', C, 'We will share the abrasion and slip-resistance results with you by the end of next week.'],
  ['', C, 'Since the RX-2 reached end-of-life in 2021, we recommend the RX-5 for your new line.'],
  ['', C, 'Your current portal will keep working as before.'],
  ['', C, 'We are sorry to tell you that the RX-2 reaches end-of-life on 30 June 2027.\nI would like to visit you to explain the options.'],
];

const SLIPPED_DATE: Case[] = [
  ['bad-news', C, 'Delivery of the 12 servo motors is pushed from week 28 to week 34.'],
  ['bad-news', C, 'Your shipment moves from CW 12 to CW 15.'],
  ['bad-news', C, 'Your order will now ship in week 34 instead of week 28.'],
  ['bad-news', C, 'Commissioning has shifted from Q2 to Q3.'],
  ['bad-news', C, 'The new delivery date for your order is 14 July.'],
  ['bad-news', C, 'Your order will now ship on March 4.'],
  ['', C, 'Your order PO 3318 will now ship on March 4 instead of February 18.\nI am very sorry; may I call you tomorrow?\nThe updated ETA at Osaka port is March 15.'],
  ['bad-news', C, 'Go-live is now planned for 1 October rather than 1 September.'],
  ['bad-news', C, 'The installation date has been changed from 9 March to 20 April.'],
  ['', C, 'Delivery of the 12 servo motors is confirmed for week 28.'],
  ['', C, 'Your order is on track to ship in week 28 as planned.'],
  ['', C, 'As you requested, we moved delivery from week 28 to week 30.'],
  ['', C, 'Commissioning has been brought forward from Q3 to Q2.'],
  ['', C, 'Thank you for confirming your deadline of 14 July for the drawings.'],
  ['', C, 'The delivery date for your order is 14 July.'],
];

const PRICE: Case[] = [
  ['bad-news', C, 'Effective April 1, the unit price of the HX valve will be ¥4,300.'],
  ['bad-news', C, 'Going forward we will charge a handling fee of USD 35 per order.'],
  ['bad-news', C, 'A fuel surcharge of 6% will apply to all shipments from March.'],
  ['bad-news', C, 'From next quarter, freight is billed at EUR 120 per pallet (currently EUR 95).'],
  ['bad-news', C, 'The new list price of the X-200 is USD 1,450, effective 1 January.'],
  ['bad-news', C, 'Starting May, orders under 50 units carry a small-lot fee of ¥8,000.'],
  ['bad-news', C, 'With effect from April 1, 2027 the prices for our EH-200 series will be increased by 9.5%.'],
  ['bad-news', C, 'We will be introducing a packaging charge of 2% on all invoices from June.'],
  ['', C, 'The unit price of the HX valve is ¥4,300, as in your current contract.'],
  ['', C, 'Effective April 1, the unit price of the HX valve will drop to ¥3,900.'],
  ['', C, 'Our quote of USD 1,450 is valid until 31 January.'],
  ['', C, 'There is no handling fee on orders above 50 units.'],
  ['', C, 'Our prices stay unchanged for next year.'],
];

categoryTables([
  ['part of an order as a percentage or a quantity with a unit', PARTIAL],
  ['a service, product or site that ends or moves', SUNSET],
  ['a date that slips as weeks or quarters, or is stated as the new one', SLIPPED_DATE],
  ['a price given as figures from a date, a new charge', PRICE],
]);
