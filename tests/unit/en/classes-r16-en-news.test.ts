// Round 16 (r16-en-news): English bad news (/work/CLASSES-r16.md, en-news) — B1 figures beside one value, B2
// incidents stated as facts, B3 a service reduced or withdrawn without a "discontinue" verb, and H the near-miss false
// alarms (a change neutral or good for the client is no bad news). Our own wordings in clearly different shapes, each
// class with near misses that share its words. The categories raised must be exactly the expected ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';
import { enHirata as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };

// B1: a price or a quantity with its change written beside one value (a signed percentage, "up N%", a rise noun), two
// figures tied to periods, or an ordered and a confirmed quantity on separate lines.
const B1_FIGURES: Case[] = [
  ['bad-news', C, mail('Your renewal for next year:\n\nFY2027 annual fee: JPY 5,520,000 (+15%)')],
  ['bad-news', C, mail('Unit price from May: USD 4.20 (up 8%)')],
  ['bad-news', C, mail('Fuel surcharge: 11.0% (Feb: 6.5%)')],
  ['bad-news', C, mail('The energy surcharge for March: 6.5% (Feb) / 11.0% (Mar).')],
  ['bad-news', C, mail('Confirmation for PO 7731:\nOrdered: 120,000 pcs\nConfirmed: 45,000 pcs')],
  ['bad-news', C, mail('PO 4471\nQuantity ordered: 8,000 units\nQuantity we can ship in May: 3,500 units')],
  ['bad-news', C, mail('Product: Unsalted butter\nContracted volume: 24 t\nConfirmed allocation: 14 t\nShipment: ETD 28 July')],
  ['bad-news', C, mail('A 9% uplift applies at renewal.')],
  ['bad-news', C, mail('The renewal comes in at USD 12,600, a rise of 5%.')],
  ['bad-news', C, mail('Licence fee 2027: EUR 48,000 (+10% vs 2026)')],
  ['bad-news', C, mail('Freight rate (Tokyo): USD 1,850 per container (+22% YoY)')],
  ['bad-news', C, mail('Handling fee: FY2026: 4% / FY2027: 6%')],
  ['bad-news', C, mail('Price increase of 12% on all SKUs from the April invoice.')],
  // Near misses: a fall, a gain for the client, full confirmation, a period pair that falls, the same with an apology,
  // a KPI table on or above target (a table of targets missed is left for a later round).
  ['', C, mail('The February summary of your helpdesk:\n\nMetric | Target | February actual\nService level (80/20) | 80% | 86%\nAverage handle time | 360 sec | 300 sec')],
  ['', C, mail('| KPI | Target | Actual |\n|---|---|---|\n| On-time delivery | 98% | 99% |\n| Defect rate | 0.5% | 0.4% |')],
  ['', C, mail('Unit price from May: USD 4.20 (down 8%)')],
  ['', C, mail('Throughput of the new line: 1,200 units per hour (+15%)')],
  ['', C, mail('Confirmation for PO 7731:\nOrdered: 120,000 pcs\nConfirmed: 120,000 pcs')],
  ['', C, mail('The energy surcharge for March: 11.0% (Feb) / 6.5% (Mar).')],
  ['', C, mail('Volume discount: 6% (Feb) / 11% (Mar)')],
  ['', C, mail('We are sorry to tell you that the licence fee for 2027 is EUR 48,000 (+10% vs 2026). May I call you to explain the reasons?')],
  ['', C, mail('Your savings this year: JPY 1,200,000 (+18%)')],
];

// B2: an incident told as a fact — an outage window, goods out of calibration, problems found, a result and the limit
// it breaks in two sentences, data lost.
const B2_INCIDENTS: Case[] = [
  ['bad-news', C, mail('Between 02:10 and 06:45 JST on 3 March the scheduling platform was unavailable for all tenants in the APAC region.')],
  ['bad-news', C, mail('This is to inform you that the licence server was unavailable from 02:10 to 09:45 JST on 14 April.')],
  ['bad-news', C, mail('Our EDI gateway was down for about three hours on Monday morning.')],
  ['bad-news', C, mail('We had a network outage at our Osaka data centre that lasted 40 minutes.')],
  ['bad-news', C, mail('22 wrenches are currently out of calibration.')],
  ['bad-news', C, mail('Our penetration test identified three critical vulnerabilities and nine high-severity issues in the portal.')],
  ['bad-news', C, mail('We have detected that the spindle bearings in the GT-600 machines can fail before 2,000 operating hours.')],
  ['bad-news', C, mail('The bacteria count in the rinse water sample from your site was 180 CFU/ml. The limit in the agreement is 100 CFU/ml.')],
  ['bad-news', C, mail('The moisture content of the timber delivered to your Chiba site measured 19%. Your specification requires 15% or lower.')],
  ['bad-news', C, mail('The coating thickness on lot 88 came in at 38 µm. The minimum in the drawing is 45 µm.')],
  ['bad-news', C, mail('During the migration, some of your order records were deleted.')],
  ['bad-news', C, mail('Our audit found several nonconformities in the welding of the March lot.')],
  // Near misses: planned maintenance ahead, a person unavailable, nothing found, results within the limit, the reader's
  // own result, no data lost, the same incident with an apology.
  ['', C, mail('The portal will be unavailable for maintenance on Sunday from 01:00 to 03:00 JST.')],
  ['', C, mail('Mr. Sato was unavailable on Monday, so we will call him again tomorrow.')],
  ['', C, mail('Our final inspection found no defects in the March lot.')],
  ['', C, mail('The bacteria count was 60 CFU/ml. The limit in the agreement is 100 CFU/ml.')],
  ['', C, mail('The moisture content measured 12%. Your specification requires 15% or lower.')],
  ['', C, mail('Service has been fully restored and no data was lost.')],
  ['', C, mail('We are very sorry: between 02:10 and 06:45 JST the scheduling platform was unavailable. May we call you to explain what happened?')],
];

// B3: a service reduced or withdrawn without a verb of ending — "not … anymore", "is finished from", a frequency cut,
// the account handed to a central team.
const B3_WITHDRAWN: Case[] = [
  ['bad-news', C, mail('Please note that our free samples service is finished from September.')],
  ['bad-news', C, mail('From April, your account will be looked after by our central service team instead of a dedicated account manager.')],
  ['bad-news', C, mail('Deliveries to your Sendai branch are going from three times a week to once a week from November.')],
  ['bad-news', C, mail('Please note: our engineers will not travel to Hokkaido anymore for routine maintenance.')],
  ['bad-news', C, mail('We no longer stock the 12 mm fittings.')],
  ['bad-news', C, mail('Support for version 4 ends on 31 March.')],
  ['bad-news', C, mail('The Standard plan you are on is being retired.')],
  ['bad-news', C, mail("We won't be offering free returns any longer.")],
  ['bad-news', C, mail('Weekend pick-up is over as of next month.')],
  ['bad-news', C, mail('Site visits will be monthly instead of weekly.')],
  ['bad-news', C, mail('From January our technician visits go from every week to every two weeks.')],
  ['bad-news', C, mail('Our couriers will not collect from the Osaka depot anymore.')],
  // Near misses: a fault that stops, the reader spared a task, more often, a cut the reader asked for, a service kept,
  // work finished.
  ['', C, mail('This error will not occur anymore.')],
  ['', C, mail('You will not need to send the paper form anymore.')],
  ['', C, mail('Deliveries to your Sendai branch are going from once a week to three times a week from November.')],
  ['', C, mail('As you asked, deliveries will go from three times a week to once a week.')],
  ['', C, mail('Our engineers will continue to travel to Hokkaido for routine maintenance.')],
  ['', C, mail('The repair of your unit is finished and it will ship tomorrow.')],
];

// H: a change neutral or good for the client is no bad news (the clean en-h drafts as a class), and the still-flagged
// side of each.
const H_NEUTRAL: Case[] = [
  ['', C, mail('Thank you for accepting the split shipment.\nThe first 300 units left our Busan warehouse this morning, and the remaining 200 will follow on 21 August as we agreed.')],
  ['', C, mail('Thank you for the defect list.\nOur team has already fixed 14 of the 18 items.\nThe remaining four items are cosmetic.')],
  ['', C, mail('We appreciate you flagging the discrepancy.\nYou are right: the freight charge was applied twice.\nA corrected invoice is attached.')],
  ['', C, mail('We are moving our Nagoya office to a larger space near Nagoya Station from 1 September.\nThe new contact details are below.\n\nPhone: 052-555-0188')],
  ['', C, mail('I will be moving to our Singapore office in July, and my colleague Ms. Hana Lee will take over your account.\nHer contact details are below.')],
  ['', C, mail('Our ordering portal will move to a new address on 1 May.\nYour login details stay the same.')],
  ['', C, mail('As you pointed out, the invoice showed the wrong tax rate; the corrected one is attached.')],
  ['', C, mail('Our Kobe warehouse will relocate to a new, bigger site closer to your plant in June.')],
  ['', C, mail('Our team has resolved 9 of the 12 tickets you raised, and the rest are in testing.')],
  ['', C, mail('As discussed, the second lot will follow on 3 March.')],
  // Still flagged: a move that takes something away, a part withheld, an error we announce, a contact change with no reason.
  ['bad-news', C, mail('Our Nagoya service centre will close and move to Osaka from 1 September.')],
  ['bad-news', C, mail('Only 300 of the 800 cartons will leave Rotterdam this week.')],
  ['bad-news', C, mail('From next month, Ms. Linda Park will be your new contact.')],
  ['bad-news', C, mail('The remaining 200 units will ship in late September instead of August.')],
];

categoryTables([
  ['B1 figures beside one value', B1_FIGURES],
  ['B2 incidents stated as facts', B2_INCIDENTS],
  ['B3 a service reduced or withdrawn without a discontinue verb', B3_WITHDRAWN],
  ['H a change neutral or good for the client', H_NEUTRAL],
]);
