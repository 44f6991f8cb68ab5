// Round 25 (precise): which act an English sentence performs toward the client decides its category (/work/ENG-PRECISE.txt).
// Bad news of ours that also denies an option outright — the possibility of the thing negated ("A partial delivery is not
// possible", "An earlier date is impossible") — performs two acts:
// the notice reports the news (bad-news) and the refusal rules the no (blunt-refusal); the refusal no longer gives way to
// the notice's finding by overlap (that finding runs over several sentences and swallowed the no). News whose negation
// reports a state ("isn't done", "not confirmed"), a loss as a change of state ("no longer", "any more") or a delay or a
// shortage by our modal ("we can't fill your order") is the notice's alone (en-sentence-act.ts outrightNo). Our own wordings in different shapes, then the near misses.
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';
import { enTanakaSan as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-06-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-06-01' };

const TWO_ACTS: Case[] = [
  ['bad-news,blunt-refusal', C, mail('Delivery of your order moves from week 14 to week 19.\nA partial delivery of the first 20 units is not possible.')],
  ['bad-news,blunt-refusal', C, mail('Your shipment is delayed to 20 May. Splitting it into two deliveries is not possible.')],
  ['bad-news,blunt-refusal', C, mail('Your go-live moves to 10 May. An earlier date is impossible.')],
  ['bad-news,blunt-refusal', C, mail('Shipment slips to week 9. Air freight at our cost is not feasible.')],
  ['bad-news,blunt-refusal', C, mail("The installation moves from 3 March to 24 March. We won't be able to send a team before that.")],
  ['bad-news,blunt-refusal', C, mail('Shipment moves from week 9 to week 12. Splitting the order is not feasible.')],
  ['bad-news,blunt-refusal', C, mail('Your order of 800 sets ships in two lots, 500 in May and 300 in July. A single shipment is not possible.')],
  ['bad-news,blunt-refusal', C, mail('The lead time is now 16 weeks instead of 10. A shorter lead time is impossible.')],
  ['bad-news,blunt-refusal', C, mail('Only 300 of the 500 units ship this month. Air freight for the rest is not feasible.')],
  ['bad-news,blunt-refusal', C, mail('The price rises from EUR 40 to EUR 46 in April. Keeping the old price for open orders is not possible.')],
  ['bad-news,blunt-refusal', C, mail('Your training moves from 3 June to 24 June. An earlier session is not possible.')],
  ['bad-news,blunt-refusal', C, mail('Delivery of the pumps moves from week 22 to week 30. A partial delivery before that is not possible.')],
];

const NOTICE_ALONE: Case[] = [
  // A delay or a shortage told by our modal is the notice's.
  ['bad-news', C, mail("We can't deliver the 2,000 m of cable in March; only 1,200 m will ship.")],
  ['bad-news', C, mail('We will not meet the delivery date of 3 May.')],
  ['bad-news', C, mail('As of January, I will no longer handle your account.')],
  ['bad-news', C, mail('On-site calibration will no longer be included in the maintenance contract from April.')],
  ['bad-news', C, mail("Go-live is pushed to May 10, the data migration isn't done.")],
  ['bad-news', C, mail('July 1 is no longer realistic.')],
  ['bad-news', C, mail('Remaining volumes are not confirmed.')],
  ['bad-news', C, mail('The free training session is no longer included in the contract from April.')],
  ['bad-news', C, mail('The 8th is no longer possible.')],
  ['bad-news', C, mail('From May, the 5 kg bags will not be stocked any more.')],
  ['bad-news', C, mail('The second batch has not been released by QA yet, so delivery moves to 14 June.')],
  // The refusal alone (no news); the news and the no softened; internal mail.
  ['blunt-refusal', C, mail('We will not be able to attend the trade show in May.')],
  ['', C, mail("I am very sorry: because of the port strike, delivery moves from week 14 to week 19. I'm afraid a partial delivery is not possible, but may I call you tomorrow to discuss the options?")],
  ['', I, 'Hi Ken,\n\nDelivery moves from week 14 to week 19. A partial delivery is not possible.\n\nThanks,\nJohn'],
];

categoryTables([
  ['r25 news that also says no outright: two acts', TWO_ACTS],
  ['r25 news whose negation is a state or a change: the notice alone', NOTICE_ALONE],
]);
