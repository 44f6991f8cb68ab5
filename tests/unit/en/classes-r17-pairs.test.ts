// Round 17 (r17-pairs), English: bad news given as a before/after pair of values (/work/CLASSES-r17.md, r17-pairs), in
// wordings of our own — an old and a new labelled value on two lines ("Original ETD: 1 June" / "New ETD: 28 June"), or
// on one ("Ordered: 5,000 pcs / Confirmed: 3,000 pcs"), a table with old and new columns set out with wide spaces or
// tabs as well as pipes, the old value in brackets after the new ("28 June (earlier 1 June)"), arrows and from…to. Near
// misses: the new value better for the client (a price down, an earlier day), a KPI target/actual table, a quotation's
// line items, a version changelog, a schedule agreed, the same pair with an apology. The categories raised must be
// exactly the expected ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-05-01' };
const mail = (body: string) => `Dear Mr. Tanaka,\n\n${body}\n\nBest regards,\nJohn Smith`;

const PAIRS: Case[] = [
  ['bad-news', C, mail('Regarding PO-5531:\nOriginal ETD: 1 June\nNew ETD: 28 June')],
  ['bad-news', C, mail('Pricing for HX valves from July:\nOld price: USD 4.20 / pc\nNew price: USD 4.90 / pc')],
  ['bad-news', C, mail('HX valve: old price USD 4.20, new price USD 4.90 from 1 July.')],
  ['bad-news', C, mail('Delivery dates for your open orders:\n\nPO\tOriginal date\tRevised date\n5531\t1 June\t28 June\n5532\t5 June\t2 July')],
  ['bad-news', C, mail('Please find the pricing for the next quarter below.\n\nItem      Old price    New price\nPX-10     USD 4.20     USD 4.90\nPX-20     USD 6.00     USD 6.80')],
  ['bad-news', C, mail('Shipment will now leave on June 28 (earlier June 1).')],
  ['bad-news', C, mail('Your order PO-5531 will now ship on 28 June (earlier 1 June).')],
  ['bad-news', C, mail('Delivery for the order: wk27 → wk35.')],
  ['bad-news', C, mail('The price of resin PX-10 goes from 4.2 to 4.9 EUR/kg for shipments from July.')],
  ['bad-news', C, mail('From April the unit price of the HX valve will be ¥1,450 (previously ¥1,200).')],
  ['bad-news', C, mail('Here is the allocation for June.\n\n| Item | Ordered | Confirmed |\n|---|---|---|\n| PX-10 | 5,000 | 3,000 |')],
  ['bad-news', C, mail('Allocation for PO 7710: Ordered: 5,000 pcs / Confirmed: 3,000 pcs')],
  ['bad-news', C, mail('Lead times for the pumps:\nCurrent lead time: 4 weeks\nNew lead time: 9 weeks')],
  ['bad-news', C, mail('Part        Current price    New price\nVK-2        EUR 18.50        EUR 21.00')],
  // Near misses.
  ['', C, mail('Good news on pricing from July:\nOld price: USD 4.90 / pc\nNew price: USD 4.20 / pc')],
  ['', C, mail('We can bring your order forward:\nOriginal ETD: 28 June\nNew ETD: 1 June')],
  ['', C, mail('Here is last month\'s service report.\n\nMetric          Target    Actual\nOn-time rate    95%       97%\nClaims          5         2')],
  ['', C, mail('The firmware on your units was updated last night.\n\nVersion: 2.3.1 → 2.4.0')],
  ['', C, mail('Thank you for your enquiry. Our quotation is below.\n\n| Item | Qty | Unit price | Total |\n|---|---|---|---|\n| PX-10 | 100 | USD 4.20 | USD 420 |')],
  ['', C, mail('Good news: the price of resin PX-10 goes from 4.9 to 4.2 EUR/kg for shipments from July.')],
  ['', C, mail('As agreed in our meeting, here is the delivery schedule.\n\n| Lot | Date | Qty |\n|---|---|---|\n| 1 | 10 June | 2,000 |\n| 2 | 20 June | 2,000 |')],
  ['', C, mail('Item      Old price    New price\nPX-10     USD 4.90     USD 4.20')],
  ['', C, mail('We are very sorry for the delay, which is due to a shortage of castings.\nOriginal ETD: 1 June\nNew ETD: 28 June\nMy manager and I would like to visit you to explain.')],
  ['', C, mail('Allocation for PO 7710: Ordered: 5,000 pcs / Confirmed: 5,000 pcs')],
];

categoryTables([['P-en a worse value beside the old one', PAIRS]]);
