// Round 15 (r15-en-news): English bad news given as figures, lists, tables and results (/work/CLASSES-r15.md,
// en-news), in our own wordings of clearly different shapes, each class with near misses that share its words. The
// categories raised must be exactly the expected ('' = none).
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { englishRules } from '../../../src/rules/en';
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';
import { enHirata as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };

// N1: a worse change shown as figures — list lines, labels, tables; the direction read from the figures and what they
// measure (a price or a lead time up, a quantity down, a date later), not from a verb.
const N1_FIGURES: Case[] = [
  ['bad-news', C, mail('Please find the updated terms below.\n\n- Handling fee: USD 25 → USD 40 per order\n- Payment terms: unchanged')],
  ['bad-news', C, mail('Effective with the March invoices:\n\nFuel surcharge: 9% → 15% of the freight charge')],
  ['bad-news', C, mail('Here is the revised plan for the C-20 brackets:\n\nWeek 12: 4,000 pcs → 1,500 pcs\nWeek 13: 4,000 pcs → 4,000 pcs')],
  ['bad-news', C, mail('Confirmation of PO 5521:\n\nItem AX-7: 10,000 pcs ordered / 6,000 pcs confirmed')],
  ['bad-news', C, mail('For your records:\nnew price of the TC-4 sensor from 1 May: EUR 12.40 (was 11.20)')],
  ['bad-news', C, mail('Standard delivery time for the pumps: 4 weeks -> 9 weeks.')],
  ['bad-news', C, mail('Please see the confirmation of your June orders.\n\n| PO | Item | Ordered | Confirmed |\n|---|---|---|---|\n| 8812 | Shaft S-3 | 5,000 | 2,800 |\n| 8813 | Shaft S-4 | 3,000 | 3,000 |')],
  ['bad-news', C, mail('Prices applicable from 1 July:\n\n| Grade | Old price (USD/t) | New price (USD/t) |\n|---|---|---|\n| HDPE H-2 | 1,420 | 1,610 |\n| LDPE L-5 | 1,380 | 1,500 |')],
  ['bad-news', C, mail('Updated lead times:\n\n| Part | Current | New |\n|---|---|---|\n| Valve V-10 | 5 weeks | 12 weeks |')],
  ['bad-news', C, mail('The shipping plan has been updated.\n\nDespatch: KW 14 → KW 19')],
  ['bad-news', C, mail('Our revised conditions from October:\nMinimum order: 2,000 m (previously 1,000 m)')],
  ['bad-news,register', C, mail('pls note new rates for Osaka route\n20ft container  USD 980 -> USD 1,240\n40ft container  USD 1,650 -> USD 2,050')],
  ['bad-news', C, mail('Your allocation for Q3:\nController MX-2: 1,200 units requested, 700 units allocated')],
  ['bad-news', C, mail('Material | Price now | Price from April | Change\nPVC compound | 310 | 352 | +13.5%')],
  // Near misses: a decrease, no change, confirmed in full, a spec or quotation table asked for, the same with an apology,
  // a reason or an offer to talk.
  ['', C, mail('Good news from our new line:\n\nLead time: 8 weeks → 4 weeks')],
  ['', C, mail('Here is the confirmation of PO 5521:\n\nItem AX-7: 10,000 pcs ordered / 10,000 pcs confirmed')],
  ['', C, mail('Updated prices from 1 May:\n\n- Filter F-2: ¥2,400 → ¥2,150\n- Filter F-3: ¥3,100 → ¥2,900')],
  ['', C, mail('Please see the confirmation below.\n\n| PO | Item | Ordered | Confirmed |\n|---|---|---|---|\n| 8812 | Shaft S-3 | 5,000 | 5,000 |')],
  ['', C, mail('Thank you for your request for a quotation. Our prices for the grades you asked about:\n\n| Grade | Price (USD/t) |\n|---|---|\n| HDPE H-2 | 1,610 |\n| LDPE L-5 | 1,500 |')],
  ['', C, mail('As you asked, the technical data of the film:\n\n| Property | Value |\n|---|---|\n| Thickness | 40 µm |\n| Tensile strength | 48 MPa |')],
  ['', C, mail('I am very sorry to tell you that our resin prices must rise from 1 July.\n\n| Grade | Old price (USD/t) | New price (USD/t) |\n|---|---|---|\n| HDPE H-2 | 1,420 | 1,610 |\n\nMy manager and I would like to visit you to explain.')],
  ['', C, mail('Because our energy costs have doubled since last year, the fuel surcharge will change as follows:\n\nFuel surcharge: 9% → 15%')],
  ['', C, mail('Despatch: KW 19 → KW 14, as you asked.')],
  ['', C, mail('Our summary of the 2026 volumes: Week 12: 4,000 pcs, Week 13: 4,000 pcs.')],
  ['', C, mail('Faster turnaround from May:\n\nUp to 2,000 words: 5 business days → 3 business days')],
  ['bad-news', C, mail('Turnaround from May:\n\n* Up to 2,000 words: 3 working days now 5 working days')],
  ['bad-news', C, mail('PO 3310 status:\n\n| Line | Part | Qty | Promised | New date |\n|---|---|---|---|---|\n| 1 | Shaft | 2,000 | 15 May | 26 June |')],
];

// N2: a heading sentence announcing a list of bad news (the heading is the notice, or heads one).
const N2_HEADING: Case[] = [
  ['bad-news', C, mail('Lead times for the following parts will be extended, effective immediately:\n\n- HB-2210\n- SC-400')],
  ['bad-news', C, mail('The items below are discontinued:\n\n- Gasket G-12\n- Gasket G-14')],
  ['bad-news', C, mail('Please note the following changes to your terms from 1 June:\n\n- Pallet fee: ¥1,200 → ¥1,800')],
  ['bad-news', C, mail('The following parts will no longer be available after March:\n\nPT-100, PT-200')],
  ['bad-news', C, mail('We will stop producing the models listed below at the end of the year:\n\nRX-1, RX-2')],
  ['bad-news', C, mail('As follows, the delivery dates of your open orders have changed:\n\nPO 771: 12 May → 2 June')],
  ['bad-news', C, mail('The products in the table below will no longer be produced after June:\n\n| Code | Name |\n|---|---|\n| X-1 | Clamp |')],
  ['bad-news', C, mail('Please note that the following surcharges will increase from 1 April:\n\n- Fuel: 8% → 12%')],
  ['bad-news', C, mail('Revised delivery dates for your open orders:\n\nPO 771: 12 May → 2 June\nPO 772: 20 May → 9 June')],
  ['bad-news', C, mail('new prices valid from 1 april as follow:\n- Item A: USD 10 → USD 12\n- Item B: USD 14 → USD 17')],
  ['bad-news', C, mail('The following services will be discontinued at the end of March:\n\n- On-site training\n- Phone hotline')],
  ['bad-news', C, mail('These SKUs are being phased out from July:\n\n- SKU 22\n- SKU 23')],
  ['', C, mail('The following parts are in stock and ready to ship:\n\n- HB-2210\n- SC-400')],
  ['', C, mail('Please note the following public holidays in our office:\n\n- 29 April\n- 3 May')],
  ['', C, mail('The items below were delivered today:\n\n- Gasket G-12\n- Gasket G-14')],
  ['', C, mail('Please find the following documents attached:\n\n- Invoice 4411\n- Packing list')],
  ['', C, mail('I am sorry to say that the following parts will no longer be available after March, as the maker has closed its plant:\n\nPT-100, PT-200')],
  ['', C, mail('Please note the following update for your records:\n\nLead time: 6 weeks → 3 weeks')],
];

// N3: a result beyond its limit — figures against a spec or limit, a FAIL/NG verdict, goods rejected, a finding of a
// raised level; not a result within its limit, a passed test, the client's own result quoted back, or the same told
// with an apology or a containment plan.
const N3_RESULTS: Case[] = [
  ['bad-news', C, mail('Test results for lot K-12:\n- Hardness: 62 HRC (spec: 55–60 HRC) — FAIL\n- Flatness: 0.02 mm — OK')],
  ['bad-news', C, mail('Elevated cadmium levels were found in three of the ten samples.')],
  ['bad-news', C, mail('Outgoing inspection rejected 240 housings from the May run because of sink marks.')],
  ['bad-news', C, mail('The gloss of batch 77 measured 68 GU; the limit in your drawing is 80 GU minimum.')],
  ['bad-news', C, mail('Colour check on lot 0912: ΔE 2.8; the limit in your specification is 1.0.')],
  ['bad-news', C, mail('Salt spray result: NG (rust after 72 h, requirement 240 h).')],
  ['bad-news', C, mail('Leak test: 4 of 50 valves NG.')],
  ['bad-news', C, mail('Lot 3301 is non-conforming: the moisture content is 0.35% against a maximum of 0.20%.')],
  ['bad-news', C, mail('Particle count in the cleanroom bags came out at 1,400 per litre, while the specification allows 1,000.')],
  ['bad-news', C, mail('We have to inform you that 18 pieces from the last shipment were rejected at our final audit.')],
  ['bad-news', C, mail('The coating on the April lot is out of spec.')],
  ['bad-news', C, mail('Abnormal sodium content was detected in the retained sample of batch 5.')],
  ['', C, mail('Test results for lot K-12:\n- Hardness: 58 HRC (spec: 55–60 HRC) — OK\n- Flatness: 0.02 mm — OK')],
  ['', C, mail('No cadmium was found in any of the ten samples.')],
  ['', C, mail('Colour check on lot 0912: ΔE 0.6; the limit in your specification is 1.0.')],
  ['', C, mail('All 50 valves passed the leak test.')],
  ['', C, mail('As you asked, the haze results:\n• Haze: 4.1% (your requirement: ≤ 6%)')],
  ['', C, mail('Thank you for your incoming inspection report showing 18 pieces rejected; we will check our retained samples.')],
  ['', C, mail('We are very sorry: outgoing inspection rejected 240 housings from the May run. We have replaced the mould insert and would like to visit you to explain.')],
  ['', C, mail('Final inspection passed all 240 housings from the May run.')],
  ['', C, mail('The gloss of batch 77 measured 86 GU; the limit in your drawing is 80 GU minimum.')],
];

// N4: a service withdrawn or reduced in other words — an end, a narrower service from a date, a share of the contract,
// a change of what the client receives.
const N4_REDUCED: Case[] = [
  ['bad-news,register', C, mail("Heads up: we're gonna sunset the old supplier portal on 31 March.")],
  ['bad-news', C, mail('Our Sendai depot will stop accepting returns from next month.')],
  ['bad-news', C, mail('From 1 October, phone support for Japan will be available only from 10:00 to 15:00 JST.')],
  ['bad-news', C, mail('From May the housing material will change from PBT to PA66.')],
  ['bad-news', C, mail('For the 2027 season we will deliver only 60% of the contracted volume.')],
  ['bad-news', C, mail('Starting next quarter, on-site visits will be limited to two per year.')],
  ['bad-news', C, mail('The Kobe warehouse is going to stop taking same-day orders after 31 January.')],
  ['bad-news', C, mail('With effect from April, the sealing compound in the GX pumps will be switched from EPDM to NBR.')],
  ['bad-news', C, mail('Our chat support will only be offered in English from next year.')],
  ['bad-news', C, mail('Free delivery will apply only to orders above ¥50,000 from 1 June.')],
  ['bad-news', C, mail('We are winding down the repair service for the M-series at the end of this year.')],
  ['bad-news', C, mail('From July, spare parts for the V-series will only be stocked in Singapore.')],
  ['', C, mail('Phone support for Japan is available from 9:00 to 18:00 JST, Monday to Friday.')],
  ['', C, mail('As you requested, from May the housing material will change from PBT to PA66.')],
  ['', C, mail('Our Sendai depot will start accepting returns from next month.')],
  ['', C, mail('From 1 October, phone support for Japan will also be available on Saturdays.')],
  ['', C, mail('We will deliver 100% of the contracted volume on time.')],
  ['', C, mail('I am sorry to tell you that we must sunset the old supplier portal on 31 March; may I call you to walk you through the new one?')],
  ['', C, mail('The housing material changed from PBT to PA66 in 2019, which you approved at the time.')],
];

categoryTables([
  ['N1 a worse change shown as figures', N1_FIGURES],
  ['N2 a heading announcing a list of bad news', N2_HEADING],
  ['N3 a result beyond its limit', N3_RESULTS],
  ['N4 a service withdrawn or reduced in other words', N4_REDUCED],
]);
