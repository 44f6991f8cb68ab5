// Round 33 (clean33, issue 9: r32's unread dc-023): a deadline on the reader WORKED BACK from a date of their own — "You
// mentioned that the office opens on 1 October… Working back from that date, … we would need your order confirmation by
// 30 July" — serves their schedule and is no ultimatum. The reader of structure (analysis/en-worked-back.ts) asks whose
// the later date is (a clause of the reader's: "your" thing, "you" as subject stating or having told us their plan, or a
// clause reported under it), in the sentence or the one before it in the paragraph, and whether the asked date falls
// before it. Written before the code, in wordings of our own: many nouns (office, board, shutdown, fair, audit,
// ceremony, clinic, tender…), told before or in the sentence, by "your", "you mentioned/told us/said", "since/as/because".
// Positives that must still flag: our own date (a price rise, our closure), another's date, their date BEFORE the asked
// one, their past date (an enquiry), a threat, a loss or an incentive tied to the deadline, a clock no committee can meet
// (tomorrow), their date set aside by "but". On main (b8366eb): near misses flagged 21 of 32, positives missed 0 of 32;
// on this branch 0 and 0.
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-09-01' };
const F: DraftContext = { recipient: 'client', firstContact: true, now: '2026-09-01' };

const mail = (body: string) => `Dear Ms. Tominaga,\n\nThank you for sending the project plan.\n${body}\n\nKind regards,\nMarta Kowalczyk`;

// Their date, ours worked back from it: told in the sentence before or in the same sentence, by many wordings.
const WORKED_BACK: Case[] = [
  ['', P, mail('You mentioned that your new office opens on 1 December and that the furniture must be in place by 16 November. Working back from that date, our factory would need to start production by 10 October, which means we would need your order confirmation by 30 September.')],
  ['', P, mail('So that you receive the samples before your board meeting on 20 October, could you confirm the sizes by 12 October?')],
  ['', P, mail('Your plant shutdown starts on 14 November. For the retrofit to be finished before it, we would need your signed order by 15 October.')],
  ['', P, mail('You told us the trade fair opens on 4 November. To ship the display units in time, we would need the artwork by 5 October.')],
  ['', P, mail('Since your store opens on 1 December, we would need your final layout by 20 October so the shelving can be built.')],
  ['', P, mail('As your audit is scheduled for 10 November, we would need the signed data sheets back by 20 October.')],
  ['', P, mail('Your team said the line goes live on 15 January. Counting back our eight-week lead time, we would need your purchase order by 15 November.')],
  ['', P, mail('You mentioned the ceremony is on 12 December. To engrave the plaques in time, we need your final wording by 20 November.')],
  ['', P, mail('Because you need the chairs installed by 30 November, please confirm the fabric colour by 15 October.')],
  ['', P, mail('Your inspectors visit the site on 25 November, so we would need your approval of the drawings by 28 October to finish the installation first.')],
  ['', P, mail('You are opening the Sendai branch on 1 February. Working back, we would need your confirmation of the counter layout by 20 November.')],
  ['', P, mail('Your exhibition stand has to be ready by 2 March, which means we would need your go-ahead by 31 January.')],
  ['', P, mail('You said the tender is submitted on 30 November. For our certificates to be attached, we need your signed NDA by 13 November.')],
  ['', P, mail('Your customer expects the first delivery on 15 December; to make that, we would need your PO by 1 November.')],
  ['', P, mail('Your new line starts trial production on 10 January. Given our six-week build time, please confirm the order by 20 November.')],
  ['', P, mail('Your team mentioned that the launch event is on 5 December. We would need your approval of the final design by 6 November so that the printing can be completed.')],
  ['', P, mail('You plan to open the clinic on 1 March; to deliver and calibrate the units before then, we would need your decision by 15 January.')],
  ['', P, mail('Since you want the signage installed before the grand opening on 3 December, could you send us the approved proof by 5 November?')],
  ['', P, mail('Your auditors arrive on 8 December. For the new manuals to be printed before that, we need your comments by 10 November.')],
  ['', P, mail('You need the samples at your Osaka lab by 25 October, so we would need your order confirmation by 5 October.')],
  ['', P, mail("Your shareholders' meeting is on 26 November. Working back from that, we need your sign-off on the report layout by 30 October.")],
  ['', P, mail('Your stores start selling the winter range on 1 November, which means we would need your order by 15 September.')],
  ['', P, mail('You told us the kitchen opens on 15 January. To install and test the ovens beforehand, we would need your order by 30 November.')],
  ['', P, mail('Your new plant begins operation on 1 April. Allowing for shipping, we would need your purchase order by 10 January.')],
  ['', P, mail('You mentioned the tender closes on 30 October, so if you would like our quotation included, could you send the specifications by 16 October?')],
  ['', P, mail('Your conference is on 20 November. For the badges to arrive in time, could you send us your decision on the design by 6 November?')],
  ['', P, mail('- Your showroom opens on 1 December.\n- To deliver by then, we would need your order confirmation by 20 October.')],
  ['', F, mail('You mentioned that the hospital wing opens on 1 February. Working back from that date, we would need your decision on the beds by 1 December.')],
  ['', P, mail('Your production trial is planned for 12 January, which means we would need your approval of the tooling by 1 December.')],
  ['', P, mail('As you explained, the new terminal opens on 1 March. Counting back the shipping time, we would need your order by 15 December.')],
  ['', P, mail('Your relocation is on 20 January. We would need your signed order by 1 December so the racks arrive before it.')],
  ['', P, mail('You wrote that the campus opens on 1 April, so could you send us your decision on the lecture-hall seating by 15 January?')],
];

// The same shapes pressing: our date or another's, their date earlier or past, or the deadline with a threat, a loss or an incentive.
const STILL_PRESSING: Case[] = [
  ['pressure', P, mail('Our prices rise on 1 December, so we would need your order confirmation by 30 September.')],
  ['pressure', P, mail('We need your order confirmation by 30 September.')],
  ['pressure', P, mail('Your board meets on 20 October, but we need your decision by 25 October.')],
  ['pressure', P, mail('You asked for our quotation on 3 August. We need your decision by 30 September.')],
  ['pressure', P, mail('Your store opens on 1 December. We need your order by 15 October, or the slot goes to another customer.')],
  ['pressure', P, mail('Your store opens on 1 December; please sign by 15 October to keep the 10% launch discount.')],
  ['pressure', P, mail('Your board meets on 20 October, so we need your decision by tomorrow.')],
  ['pressure', P, mail('Your launch is on 1 December, but please decide by Friday or we will release the allocation.')],
  ['pressure', P, mail('You mentioned your office opens on 1 December. Last chance: the offer expires on 20 September.')],
  ['pressure', P, mail('Your board meets on 20 October. The discount ends on 30 September, so please decide by then.')],
  ['pressure', P, mail('Another customer is opening a plant on 1 December, so we need your decision by 15 October.')],
  ['pressure', P, mail('You mentioned the tender closes on 30 October. Only two production slots are left, so please confirm by 10 October.')],
  ['pressure', P, mail('Your team visited us on 20 August. We need your signed order by 15 September.')],
  ['pressure', P, mail('Your plant shutdown starts on 14 November. After 15 October we cannot hold the price, so please sign by then.')],
  ['pressure', P, mail('Your audit is on 10 November. The introductory rate lapses on 30 September, after which the list price applies.')],
  ['pressure', P, mail('You told us the fair opens on 4 November. We need your decision by 10 November.')],
  ['pressure', P, mail('Since your store opens on 1 December, please sign today so that we can reserve the production slot.')],
  ['pressure', P, mail('We need your decision by 15 October, otherwise the price goes up.')],
  ['pressure', P, mail('Please confirm the order by 15 October, or we will give your production slot to another client.')],
  ['pressure', P, mail('We need your signed order by 20 November. The introductory rate cannot be held beyond that date.')],
  ['pressure', P, mail('If you sign before 15 October, we can give you an extra 5% discount.')],
  ['pressure', P, mail('Our factory closes for the holidays on 20 December, so we need your decision by 15 November at the latest, or the price goes up.')],
  ['pressure', P, mail('Your conference is on 20 November, but we need your order by the end of this week.')],
  ['pressure', P, mail('Your new line starts on 10 January. This price is only good until Friday.')],
  ['pressure', P, mail('Your showroom opens on 1 December. Two other retailers are already in line for the same allocation, so please decide by 1 October.')],
  ['pressure', P, mail('Your launch is on 1 December. We need your decision within 24 hours.')],
  ['pressure', P, mail('Your board meets on 20 October, and our offer expires on 30 September.')],
  ['pressure', P, mail('You mentioned the clinic opens on 1 March. Sign by 30 September or lose the launch price.')],
  ['pressure', P, mail('Your stores open on 1 November. My honest advice: sign before 15 September.')],
  ['pressure', P, mail('Your relocation is on 20 January. Unless we have your order by 1 October, the racks will go to another buyer.')],
  ['pressure', P, mail("Your shareholders' meeting is on 26 November. Please decide by 30 September; the early-bird price will not be repeated.")],
  ['pressure', F, mail('Our price list changes on 1 November, so we need your order by 20 October.')],
];

categoryTables([
  ['r33 a deadline worked back from the reader\'s own date stays clean', WORKED_BACK],
  ['r33 our date, an earlier or past date of theirs, a threat, a loss or an incentive still press', STILL_PRESSING],
]);
