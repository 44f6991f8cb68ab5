// Terms that worsen for a client: something the contract used to include that it no longer does, and a
// price that is "now" higher. Bad news, not a refusal: nobody asked, the supplier announces. Our own wordings,
// with near misses that share their words.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };

const NO_LONGER_INCLUDED: Case[] = [
  ['bad-news', C, 'On-site calibration is no longer included in the service plan from January.'],
  ['bad-news', C, 'From April, the annual inspection will no longer be covered by the warranty.'],
  ['bad-news', C, 'Freight to Okinawa is no longer included in the unit price.'],
  ['bad-news', C, 'Remote monitoring will no longer be included in the Basic tier after June 30.'],
  ['bad-news', C, 'Our standard licence no longer covers the mobile app.'],
  ['bad-news', C, 'Printed manuals are no longer included with each unit; a set now costs JPY 4,000.'],
  ['', C, 'The issue no longer occurs after the firmware update.'],
  ['', C, 'On-site calibration is included in the service plan.'],
  ['', C, 'The warranty covers the annual inspection.'],
  ['', C, 'Thank you, the spare filters are no longer needed.'],
];

const NOW_COSTS: Case[] = [
  ['bad-news', C, 'Weekend deliveries now cost an extra USD 90 per pallet.'],
  ['bad-news', C, 'Each additional user licence now costs EUR 45 a month.'],
  ['bad-news', C, 'Express handling is now charged at JPY 5,000 per order.'],
  ['bad-news', C, 'Rush orders now carry a surcharge of 15%.'],
  ['bad-news', C, 'The unit price of the M6 bolt is now JPY 14.'],
  ['bad-news', C, 'Sample kits now cost USD 120 each.'],
  ['', C, 'Express delivery costs an extra USD 90 per drop.'],
  ['', C, 'The unit price of the M6 bolt is JPY 14.'],
  ['', C, 'Your price stays at JPY 14 now and through next year.'],
  ['', C, 'We have now shipped the 400 units you ordered.'],
];

categoryTables([
  ['what the contract no longer includes', NO_LONGER_INCLUDED],
  ['a price that now costs', NOW_COSTS],
]);
