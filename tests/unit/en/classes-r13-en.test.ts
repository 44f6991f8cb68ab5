// Round 13: the English classes K1, K3, F1, F2, F3 and F6 of /work/CLASSES-r13.md (from held-out set I), in our own
// wordings, each with near misses that share its words. The categories raised must be exactly the expected ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-12-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-01' };

const mail = (body: string) => `Dear Mr. Aoki,\n\n${body}\n\nKind regards,\nJack Thornton`;

// K1: a charge, fee or rate rising, stated as figures, with no apology, no reason and no offer to meet or explain —
// including a mail whose only call is proposed about something else, in another item or paragraph.
const K1_RISE_AS_FIGURES: Case[] = [
  ['bad-news', C, mail('Two points from our side:\n\n1. Could we have a video call on Tuesday, December 8 to look back on the year?\n\n2. From 1 February, the handling fee per pallet will rise from ¥1,200 to ¥1,450.')],
  ['bad-news', C, mail('Would Thursday suit for a short web meeting about the Q1 forecast?\n\nSeparately, the storage charge moves to USD 38 per pallet per week from January (currently USD 31).')],
  ['bad-news', C, mail('Quick agenda for next week: a) a call on Wednesday to plan the spring launch, b) the licence fee goes up by 12% from 1 March.')],
  ['bad-news', C, mail('New tariff from 1 April:\n- Standard pallet: ¥2,100 → ¥2,400 per month\n- Chilled pallet: ¥3,800 → ¥4,350 per month')],
  ['bad-news', C, mail('From the March invoice, the hourly rate for field engineers will be EUR 110 instead of EUR 95.\nEverything else stays as it is.')],
  ['bad-news', C, mail('Please note that the freight rate on the Busan lane will be adjusted from USD 1,850 to USD 2,150 per container from January.')],
  ['bad-news', C, mail('The fuel surcharge will increase from 9% to 14% effective 1 January.\n\nI would also like to visit you in February to introduce our new warehouse manager, Ms. Lee.')],
  ['bad-news', C, mail('Starting next quarter the annual maintenance charge becomes ¥480,000, up from ¥420,000.')],
  ['bad-news', C, mail('We are no longer able to keep the current handling fee. From February it is ¥1,450 per order.')],
  ['', C, mail('From 1 February, the handling fee will rise from ¥1,200 to ¥1,450. I am very sorry for this; the cost of fuel and labour has risen sharply, and I would be glad to call you to explain.')],
  ['', C, mail('From 1 February, the handling fee will rise from ¥1,200 to ¥1,450.\n\nI would be grateful for the chance to visit you next week to explain the background.')],
  ['', C, mail('I am pleased to tell you that from January the storage rate per pallet moves from ¥110 to ¥95.')],
  ['', C, mail('As requested, here is our quotation: ¥1,450 per pallet for storage and ¥300 for handling.')],
  ['', C, mail('Thank you for confirming your target price of ¥1,200 per unit; we will check it with our factory.')],
  ['', I, 'From 1 February, the handling fee will rise from ¥1,200 to ¥1,450.'],
  ['', C, mail('Would Thursday suit for a short call to explain the new rates?\nFrom 1 February, the handling fee will rise from ¥1,200 to ¥1,450.')],
];

// K3: our capacity counted out for new buyers, tied to a near deadline for the prospect's decision.
const K3_SCARCE_CAPACITY: Case[] = [
  ['pressure', P, "We're only taking on three pilot customers this quarter, so I'd need to hear back from you by Friday to hold a spot."],
  ['pressure', P, 'We have capacity for just two more customers in January, so please confirm by the 15th if you want one of them.'],
  ['pressure', P, 'Our install team can take one more project before March. If you want it, let me know by Wednesday.'],
  ['pressure', P, 'We are only onboarding two new clients in Q1, and I will need your decision by 10 December.'],
  ['pressure', P, 'We can onboard just one more distributor this year; your answer by next Tuesday would let us keep it for you.'],
  ['pressure', P, 'Only two implementation slots remain for April. Please let me know by Friday.'],
  ['pressure', P, 'To secure the last pilot place, the agreement would need to be signed by January 20.'],
  ['pressure', P, 'We can reserve one production line for you only if we receive your purchase order within five business days.'],
  ['', P, 'We only have three pilot slots this quarter.'],
  ['', P, "We're only taking on three pilot customers this quarter. No rush at all, please take the time you need."],
  ['', P, 'We took on three pilot customers last quarter and will share their results by Friday.'],
  ['', P, 'We only have three pilot slots this quarter. We will confirm your booking by Friday.'],
  ['', C, 'Our plant closes from December 26 to January 5, so orders for January delivery need to reach us by December 18.'],
  ['', P, 'We will hold the meeting room for you until Friday.'],
];

// F1: a negated wish or feeling of the writer, not a refusal; the same wish about what the reader asked stays one.
const F1_NEGATED_WISH: Case[] = [
  ['', C, 'I am writing with news I would much rather not have to deliver.'],
  ['', C, 'We would rather not have to send this update.'],
  ['', C, "I'd rather not be writing this, but we owe you a clear account."],
  ['', C, "I'd rather not keep you waiting, so here is the first draft."],
  ['', C, "We don't want to keep you waiting, so here is our answer."],
  ['', C, "I'd rather not guess at the cause from here, so our engineer will come and look at the unit."],
  ['', C, "We don't want you to be caught short over the holidays."],
  ['', C, 'We would rather not take up your weekend with this.'],
  ['blunt-refusal', C, "Thank you for your request. We'd rather not change the spec at this stage."],
  ['blunt-refusal', C, "I'd rather not share our cost breakdown with your team."],
  ['blunt-refusal', C, "Thank you for your proposal to add the spare parts.\nWe don't want to reopen the contract for this."],
  ['blunt-refusal', C, 'We would prefer not to offer a discount on this order.'],
];

// F2: a negation in a purpose or result clause that protects the client; our own "can't" after "so" still refuses.
const F2_PROTECTIVE_RESULT: Case[] = [
  ['', C, 'We will send the documents by Friday, so the committee is not rushed over the holidays.'],
  ['', C, 'We will pre-fill the form, so your team does not have to enter the data again.'],
  ['', C, 'We check every label twice to make sure nothing is missed.'],
  ['', C, 'Please order by 10 December so you won\'t be caught out by the holidays.'],
  ['', C, 'We will work at night in order not to disturb your line.'],
  ['', C, 'We start loading at 6 am so you won\'t miss the noon cut-off.'],
  ['', C, 'Your office is closed for Obon that week, so we will not disturb you until the 17th.'],
  ['', C, 'We split the delivery so the warehouse is not overloaded.'],
  ['blunt-refusal', C, "We lock the design on Friday, so we can't accept changes after that."],
  ['blunt-refusal', C, 'The drawing is frozen, so the change cannot be made.'],
  ['blunt-refusal', C, 'Our line is fully booked, so your request won\'t be accepted.'],
  ['blunt-refusal', C, 'We close the books on the 25th, so we will not issue credit notes after that.'],
];

// F3: an inability that is the reason for an announced change, inside an apologising notice; flat, it is bad news,
// and in answer to the reader's ask to keep the price, a refusal.
const F3_INABILITY_IN_NOTICE: Case[] = [
  ['', C, mail('I am very sorry to bring you difficult news. Resin costs have risen by 25% this year. We have carried this ourselves for two quarters, but it is not possible anymore to keep the current price.\nWe would therefore ask for your understanding of a 6% revision from 1 March, and I would be glad to visit you to explain.')],
  ['', C, mail('We sincerely apologise: because energy costs have doubled, we can no longer absorb the cost, and the unit price will rise by 5% from April.')],
  ['', C, mail('We are sorry to tell you that, with the new port fees, we are unable to maintain our current rates beyond March. My manager and I would like to call on you to discuss this.')],
  ['', C, mail('I am sorry to say that support for version 7 ends on 31 March 2027, when its database reaches end of life, and we will not be able to provide updates after that. We would like to visit you to plan the move.')],
  ['', C, mail('Release 4.2 will be two weeks late, to November 16. We found a defect in the label module. We decided not to release until it is fully corrected. We are very sorry, and I would like to call you to explain.')],
  ['', C, mail('Thank you for your email. As requested, we will move the shipping date from April 9 to April 16.\nThe new ETA at the port of Tokyo is April 21.')],
  ['', C, mail('Following our agreement in December, here are the invitations.\nThe February meeting will focus on the cutover plan and the go/no-go criteria.')],
  ['', C, 'Met vriendelijke groet / Kind regards,\nPieter'],
  ['bad-news', C, mail('It is not possible anymore to keep the current price.')],
  ['bad-news', C, mail('We can no longer absorb the cost of freight.')],
  ['blunt-refusal', C, mail('Thank you for your letter asking us to keep the current price for 2027.\nWe cannot keep the price.')],
  ['blunt-refusal', C, mail('Thanks for your email.\nWe can\'t hold the 2026 price for your March order.')],
  ['blunt-refusal', C, mail('Thank you for your message.\nKeeping the surcharge at 9% for your April bookings, as you asked, is not possible.')],
];

// F6: the client's own ceremony, event or deadline restated is no pressure; a deadline we set on their decision is.
const F6_THEIR_DATE: Case[] = [
  ['', P, 'Since your opening ceremony is on the 20th, we will deliver the signage by the 15th.'],
  ['', P, 'Your board meets on 12 March, so we will send the final proposal by 5 March.'],
  ['', P, 'As your plant starts production in April, we would need the drawings by February 10 to meet that date.'],
  ['', P, 'You mentioned the budget closes on 31 January, so we will send the quotation by 20 January.'],
  ['', P, 'Since your steering committee meets on July 9, we will keep the demo environment open until then.'],
  ['', P, 'Because your trade show opens on 3 June, we will ship the samples to arrive by 27 May.'],
  ['', C, 'Since your anniversary ceremony is on 8 October, the engraved plaques will reach you by 1 October.'],
  ['', P, 'To fit your fiscal year-end on 31 March, we can start the pilot in mid-January.'],
  ['pressure', P, 'Please give us your decision by Friday.'],
  ['pressure', P, 'I will need your signed agreement by 20 December to keep this price.'],
  ['pressure', P, 'This offer expires on Friday, so please sign before then.'],
  ['pressure', P, "We're only taking two more customers this year, so I need your answer by Monday."],
];

categoryTables([
  ['K1 a charge rising, stated as figures, with no apology, reason or offer to explain it', K1_RISE_AS_FIGURES],
  ['K3 capacity counted out and tied to a near deadline for a decision', K3_SCARCE_CAPACITY],
  ['F1 a negated wish or feeling of the writer', F1_NEGATED_WISH],
  ['F2 a negation in a result or purpose clause that protects the client', F2_PROTECTIVE_RESULT],
  ['F3 an inability that is the reason for an announced change, in an apologising notice', F3_INABILITY_IN_NOTICE],
  ['F6 the client\'s own date restated', F6_THEIR_DATE],
]);
