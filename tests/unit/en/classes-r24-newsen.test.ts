// Round 24 (newsen): English bad news sent bare, read as structure (/work/BRIEF24.md). A cost laid on the client from
// now on — a verb of billing (WordNet's CHARGE verbs: charge, bill, invoice, levy, surcharge) said of what the client
// receives, at a rate, separately, or past a threshold, from a start or for the future; a cost moved to the client's side
// ("is on your side", "at your expense", "borne by you"); a price list announced new from a date, or the old prices said
// to apply no longer (en-news-charge.ts). A later date read with a date of another clause beside it (a semicolon joins two
// statements: their dates are no old/new pair). A stock table whose header line the segmenter cut at "Part no.". Our own
// wordings first, in different shapes; then the near misses that must stay clean: the same news with an apology, a reason
// and an offer; good news; a quote the client asked for; a term as agreed; the reader's own payment; internal mail.
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';
import { enTanakaSan as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-06-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-06-01' };

// B: a charge laid on the client from now on, by a verb of billing.
const B_BILLED: Case[] = [
  ['bad-news', C, mail('From next month, storage beyond 14 days will be billed at JPY 450 per pallet per day.')],
  ['bad-news', C, mail('Samples above 3 per year will be invoiced 80 EUR each.')],
  ['bad-news', C, mail('From the next order, shipping will be charged separately at actual cost.')],
  ['bad-news', C, mail('Starting in July, we will charge you USD 15 for every change to a confirmed order.')],
  ['bad-news', C, mail('Going forward, rush orders are subject to a surcharge and will be invoiced at 120% of list price.')],
  ['bad-news', C, mail('Effective 1 April, pallets will be invoiced at EUR 12 each.')],
  ['bad-news', C, mail('As of January, calibration certificates will be billed separately.')],
  ['bad-news', C, mail('Any extra on-site day beyond the two included will now be charged at the daily rate of JPY 160,000.')],
  ['bad-news', C, mail('From Q3 we are going to bill technical drawings at USD 200 per sheet.')],
  ['bad-news', C, mail('Please note that from 2027 all invoices will be issued in USD instead of JPY.')],
  // Near misses: a quote asked for; a term as agreed; a charge waived; the reader's question; a refund; a past invoice.
  ['', C, mail('Thank you for your request. Storage: 14 days free, then JPY 450 per pallet per day.')],
  ['', C, mail('Yes, the handling fee on invoice 60412 is correct; it is calculated per carton as agreed in the quotation.')],
  ['', C, mail('From next month, samples will no longer be charged.')],
  ['', C, mail('Will the extra pallets be invoiced separately?')],
  ['', C, mail('The overcharge of JPY 880 will be credited on your next invoice.')],
  ['', C, mail('Your March order was invoiced on 2 April.')],
  ['', C, mail('We will invoice the full order on shipment, as usual.')],
  ['', C, mail('If you need storage beyond 14 days, it would be billed at JPY 450 per pallet per day; please let me know and I will confirm.')],
  ['', C, mail('I am sorry to tell you that from next month storage beyond 14 days will be billed at JPY 450 per pallet per day, because our warehouse rent has doubled. May I call you this week to explain?')],
  ['', I, 'Hi Ken,\n\nFrom next month, storage beyond 14 days will be billed at JPY 450 per pallet per day. Please update the rate sheet.\n\nThanks,\nJohn'],
];

// Y: a cost moved to the client's side.
const Y_YOUR_SIDE: Case[] = [
  ['bad-news', C, mail('From next month, delivery to your Saitama DC is on your side.')],
  ['bad-news', C, mail('FYI: from the April invoice, bank transfer fees are on your side.')],
  ['bad-news', C, mail('From 1 July, customs clearance in Japan will be at your own expense.')],
  ['bad-news', C, mail('Going forward, return freight will be borne by you.')],
  ['bad-news', C, mail('Starting with the next shipment, insurance is for your account.')],
  ['bad-news', C, mail('From 2027, you will have to pay the import duties yourselves.')],
  // Near misses: borne by us; a term of the quote; the reader's question; a correction in the client's favour.
  ['', C, mail('You are right: under our agreement, the bank transfer fees are borne by us.')],
  ['', C, mail('The dismantling of the old cabinet is included; from next week the disposal of the old oil will be handled by your maintenance team, as you proposed.')],
  ['', C, mail('Your forwarder will need to arrange clearance directly with the airline\'s agent.')],
  ['', C, mail('Return freight is at your expense, as stated in our general terms.')],
  ['', C, mail('Import duties are for the buyer\'s account under DAP Tokyo, as in the quotation.')],
  ['', C, mail('Is the delivery to your Saitama DC on your side or ours?')],
  ['', C, mail('From next month, delivery to your Saitama DC will be on our side, at no cost to you.')],
  ['', C, mail('Please arrange the delivery to your DC on your side, as you proposed.')],
];

// R: a price list announced new from a date, with no figure; the old prices said to apply no longer.
const R_NEW_RATES: Case[] = [
  ['bad-news', C, mail('Please note it is based on our new rate card effective 1 April 2027.')],
  ['bad-news', C, mail('The FY2026 rates no longer apply.')],
  ['bad-news', C, mail('Our new price list takes effect on 1 October.')],
  ['bad-news', C, mail('The current tariff will no longer be valid after 31 March.')],
  // Near misses: a surcharge that no longer applies; a new price list asked for, lower; a discount kept.
  ['', C, mail('The fuel surcharge no longer applies from next month.')],
  ['', C, mail('As you asked, our new price list is attached; all prices are lower than last year.')],
  ['', C, mail('Your volume discount still applies in 2027.')],
];

// D: a date moved later, with a date of another statement beside it; a stock table whose header holds "Part no.".
const D_DATES_TABLES: Case[] = [
  ['bad-news', C, mail('Thanks for checking in. Go-live has slipped to 14 December; UAT will now run 16–27 November.')],
  ['bad-news', C, mail('The handover has been pushed to 24 September; training will take place on 2 September as planned.')],
  ['bad-news', C, mail('Stock status for your open orders:\n\nPart no.          | Ordered | Available | Note\nDR-11 derailleur  | 300     | 300       | ship 4/10\nCS-9 cassette     | 500     | 0         | next production not scheduled')],
  // Near misses: a date brought forward with another beside it; a table with everything available.
  ['', C, mail('Go-live has moved up to 14 November; UAT will now run 16–27 October.')],
  ['', C, mail('Stock status for your open orders:\n\nPart no.          | Ordered | Available | Note\nDR-11 derailleur  | 300     | 300       | ship 4/10\nCS-9 cassette     | 500     | 500       | ship 4/12')],
];

// F: what the client had at no cost, no longer so; goods that missed a named ship.
const F_FREE_ENDED: Case[] = [
  ['bad-news', C, mail('Samples are no longer free of charge from April.')],
  ['bad-news', C, mail('Installation will no longer be included in the price from 2027.')],
  ['bad-news', C, mail('Delivery to Okinawa is not free anymore.')],
  ['bad-news', C, mail('Your shipment missed the MSC Aurora and will go on the next vessel, ETA 18 July.')],
  // Near misses: a charge no longer paid; a ban of a substance; a person who missed an event; free as before.
  ['', C, mail('The fuel surcharge is no longer included in our invoices.')],
  ['', C, mail('Our coating is free of PFAS and no longer contains lead.')],
  ['', C, mail('Mr. Sato missed the Tokyo Expo, so we will send him the brochure.')],
  ['', C, mail('Samples remain free of charge in 2027.')],
];

// T: a term laid on the client from a start — a fee or a minimum incurred or applying, a service given one way only, a
// task made the reader's responsibility.
const T_TERMS_LAID: Case[] = [
  ['bad-news', C, mail('Orders under 50 kg will incur a small-order fee of EUR 40.')],
  ['bad-news', C, mail('Effective immediately, a minimum order of 10 cartons applies.')],
  ['bad-news', C, mail('Going forward, technical support is available by email only.')],
  ['bad-news', C, mail('Customs clearance will be your responsibility from 1 January.')],
  ['bad-news', C, mail('From the next contract year, training sessions will be invoiced separately.')],
  ['bad-news', C, mail('From 2027, packaging costs will be passed on to you at cost.')],
  // Near misses: no minimum; a minimum as it stands; no fee; a service added to; a named tier ended is still news.
  ['', C, mail('There is no minimum order for samples.')],
  ['', C, mail('The minimum order is 10 cartons.')],
  ['', C, mail('Orders over JPY 50,000 will incur no delivery fee from April.')],
  ['', C, mail('From April, our showroom is open on weekdays and, for the first time, on Saturdays only by appointment.')],
  ['bad-news', C, mail('As of April 1, Premium Phone Support will no longer be available.')],
];

categoryTables([
  ['B a charge laid on the client by a verb of billing', B_BILLED],
  ['Y a cost moved to the client\'s side', Y_YOUR_SIDE],
  ['R a new price list from a date, old prices ended', R_NEW_RATES],
  ['D a later date beside another; a table headed "Part no."', D_DATES_TABLES],
  ['F what was free no longer so; a named ship missed', F_FREE_ENDED],
  ['T a term laid on the client from a start', T_TERMS_LAID],
]);
