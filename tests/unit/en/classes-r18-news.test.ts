// Round 18 (r18-news): English bad news read from what the sentence does (/work/CLASSES.md, news) — E an event of ours
// that will not happen, told by a negated or idiomatic predicate ("will not take place", "is off", "we're pulling");
// R a recall told as an instruction on a lot of ours ("Stop using this lot"); S stock used up ("is all finish already");
// L a lead time stated anew with "now"; D a date slipping told as "mid-June rather than end of April"; and the clean
// drafts that must stay so (a price list they asked for beside unchanged prices, a third party's act counted "for the
// third time", a call offered paragraphs later on another topic). Our own wordings, in different shapes. The
// categories raised must be exactly the expected ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';
import { enNakamura as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-05-11' };
const P: DraftContext = { ...C, recipient: 'prospect' };

// E: an event of ours that will not happen — negated "take place / go ahead / happen / be held", "is off", "we're pulling".
const E_EVENT_OFF: Case[] = [
  ['bad-news', C, mail('The on-site demo planned for 14 July will not take place.')],
  ['bad-news', C, mail('The Osaka seminar won\'t go ahead.')],
  ['bad-news', C, mail('Please note: the product workshop on 6/3 is off.')],
  ['bad-news', C, mail('We are pulling the webinar on 3 June.')],
  ['bad-news', C, mail('Please note that the dealer training on 5 May will not be held.')],
  ['bad-news', C, mail('Friday\'s factory tour is off.')],
  ['bad-news', C, mail('We have decided to drop the Nagoya roadshow.')],
  ['bad-news', C, mail('The kickoff meeting we planned for next Tuesday is not going to happen.')],
  ['bad-news', C, mail('The customer event in Yokohama will not go forward this year.')],
  ['bad-news', C, mail('The follow-up session on the new firmware will not take place next week.')],
  ['bad-news', C, mail('Unfortunately the launch event in Tokyo won\'t happen.')],
  ['bad-news', C, mail('We\'re scrapping the joint presentation at the expo.')],
  ['bad-news', C, mail('The in-person briefing scheduled for Monday will not proceed.')],
  // Near misses: a move to another slot or form, a past event, a promise, a condition, a question, the event noun as a
  // modifier, the same with an apology and an offer, the reader's own report, a negated cancellation.
  ['', C, mail('The demo will not take place on Monday but on Tuesday at the same time.')],
  ['', C, mail('The seminar will not take place in Osaka; it will be held online instead.')],
  ['', C, mail('The meeting did not take place last year because of the typhoon.')],
  ['', C, mail('This will not happen again.')],
  ['', C, mail('If the webinar does not go ahead, we will refund the fee in full.')],
  ['', C, mail('Is the workshop on Friday still on?')],
  ['', C, mail('The demo unit is off at the moment; we will switch it on before your visit.')],
  ['', C, mail('The power in the demo room is off until noon.')],
  ['', C, mail('I am very sorry, but the on-site demo on 14 July will not take place because our engineer is ill. May I call you tomorrow to find a new date?')],
  ['', C, mail('Thank you for letting us know that your visit will not go ahead.')],
  ['', C, mail('The seminar has not been cancelled; it goes ahead as planned.')],
  ['', C, mail('The kickoff won\'t go ahead without your approval, so please take your time.')],
  ['', C, mail('We dropped the samples at your office this morning.')],
];

// R: a recall or safety notice told as an instruction on a lot, batch or shipment of ours.
const R_RECALL: Case[] = [
  ['bad-news', C, mail('Lot 26-0118 of FlowLine FL-10 sets has a risk of leakage at the Y-connector. Stop using this lot and put all boxes in quarantine.')],
  ['bad-news', C, mail('Please do not use batch 2291 until further notice.')],
  ['bad-news', C, mail('Quarantine the affected lot and send us the box count.')],
  ['bad-news', C, mail('Kindly stop selling the lots listed below.')],
  ['bad-news', C, mail('Stop installing the valves from shipment 4471.')],
  ['bad-news', C, mail('Please stop using the batch delivered on 2 May.')],
  ['bad-news', C, mail('Do not use the consignment that arrived on Monday.')],
  ['bad-news', C, mail('Please isolate the batches with serials 1200 to 1350.')],
  ['bad-news', C, mail('Stop processing lot 7 of the resin immediately.')],
  ['bad-news', C, mail('Please cease distributing the lots shipped in April.')],
  ['bad-news', C, mail('Do not fit the seals from this delivery.')],
  ['bad-news', C, mail('Please withdraw the affected batch from your shelves.')],
  // Near misses: care advice, a service, a field of a form, a possessive, the reader's own lot, the same with an apology.
  ['', C, mail('Do not use solvents on the coating.')],
  ['', C, mail('Please do not use this lot number for new orders; the system assigns one.')],
  ['', C, mail('Do not use this shipment\'s packing list for customs; the corrected one is attached.')],
  ['', C, mail('Please use the new lot from Monday.')],
  ['', C, mail('You can stop using the old label template once the new one is live.')],
  ['', C, mail('Please stop by our booth at the expo.')],
  ['', C, mail('We are very sorry: lot 26-0118 has a risk of leakage. Please stop using this lot; replacement sets ship this week, and our quality manager would like to visit you to explain.')],
  ['', C, mail('The lot you quarantined last month has been released after retesting.')],
];

// S: stock used up, told with a word of being gone; L: a lead time stated anew with "now"; D: a date slipping "rather than".
const S_L_D: Case[] = [
  ['bad-news', C, mail('The STM32G071 stock is all finish already, next batch only in Sept.')],
  ['bad-news', C, mail('Our stock of the 5 mm gaskets is gone.')],
  ['bad-news', C, mail('Inventory for the blue housings is exhausted.')],
  ['bad-news', C, mail('The stock has been used up.')],
  ['bad-news', C, mail('The lead time for AON6512 and AOD4184 is now 26 weeks from the maker.')],
  ['bad-news', C, mail('Lead time for the HX valves is now 18 weeks.')],
  ['bad-news', C, mail('Bit of a hiccup with the DN300 knife gates: they are now looking like mid-June rather than end of April.')],
  ['bad-news', C, mail('The sensors are now expected early-August rather than July 10.')],
  // Near misses: the reader's stock, a stock count, a shorter lead time, a lead time stated with its better old value,
  // an earlier date, a move they asked for.
  ['', C, mail('Your stock is finished, so please send us a new order when you are ready.')],
  ['', C, mail('The stock is now 400 units.')],
  ['', C, mail('The lead time is now only 4 weeks.')],
  ['', C, mail('Good news: lead time is down to 6 weeks now.')],
  ['', C, mail('The installation is now planned for mid-May rather than end of June.')],
  ['', C, mail('As you requested, delivery will be mid-June rather than end of April.')],
  ['', C, mail('Is the lead time still 8 weeks?')],
  ['', C, mail('If stock is gone by Friday, we will tell you at once.')],
];

// F: clean drafts the round's scope makes clean — a price list they asked for, a third party's act counted, a call offered
// in a later paragraph on another topic is no offer about the news (flagged), one next to it is (clean).
const F_FALSE_POSITIVES: Case[] = [
  ['', C, mail('Please find attached the updated price list you asked for. Prices for the M-series are unchanged; the L-series is 3% lower from April 1.')],
  ['', C, mail('Here is the rate card you asked for. The rates for Kyushu remain the same.')],
  ['', C, mail('I am sorry to bring unwelcome news. Our supplier has put up the nickel surcharge for the third time this year, and we can no longer absorb it, so prices rise by 6.5% from 1 November. May I visit you to explain?')],
  ['', C, mail('I am sorry to say the resin price has gone up several times this year, and our price rises 4% from July. I would be glad to call you to explain.')],
  ['cold-outreach', P, mail('This is the third time I am writing to you about our sensors.')],
  ['bad-news', C, mail('Please note that the list prices go up 12% from 1 July.\n\nOn another matter, the pilot plan is attached.\n\nWould Tuesday suit you for a call to go over the pilot?')],
  ['', C, mail('The list prices go up 12% from 1 July, because our maker raised its prices.\n\nMy manager and I would be glad to visit you next week.')],
];

categoryTables([
  ['E: an event of ours that will not take place', E_EVENT_OFF],
  ['R: a recall told as an instruction on a lot', R_RECALL],
  ['S/L/D: stock gone, a lead time now, a date later "rather than"', S_L_D],
  ['F: clean drafts of the round', F_FALSE_POSITIVES],
]);
