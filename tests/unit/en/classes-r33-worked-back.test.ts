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

/** A table's rows: the body of the mail, to a prospect (P) unless a row names its context; every row expects `expected`. */
const rows = (expected: string, table: Array<string | [DraftContext, string]>): Case[] =>
  table.map((r) => (typeof r === 'string' ? [expected, P, mail(r)] : [expected, r[0], mail(r[1])]));

// Their date, ours worked back from it: told in the sentence before or in the same sentence, by many wordings.
const WORKED_BACK = rows('', [
  'You mentioned that your new office opens on 1 December and that the furniture must be in place by 16 November. Working back from that date, our factory would need to start production by 10 October, which means we would need your order confirmation by 30 September.',
  'So that you receive the samples before your board meeting on 20 October, could you confirm the sizes by 12 October?',
  'Your plant shutdown starts on 14 November. For the retrofit to be finished before it, we would need your signed order by 15 October.',
  'You told us the trade fair opens on 4 November. To ship the display units in time, we would need the artwork by 5 October.',
  'Since your store opens on 1 December, we would need your final layout by 20 October so the shelving can be built.',
  'As your audit is scheduled for 10 November, we would need the signed data sheets back by 20 October.',
  'Your team said the line goes live on 15 January. Counting back our eight-week lead time, we would need your purchase order by 15 November.',
  'You mentioned the ceremony is on 12 December. To engrave the plaques in time, we need your final wording by 20 November.',
  'Because you need the chairs installed by 30 November, please confirm the fabric colour by 15 October.',
  'Your inspectors visit the site on 25 November, so we would need your approval of the drawings by 28 October to finish the installation first.',
  'You are opening the Sendai branch on 1 February. Working back, we would need your confirmation of the counter layout by 20 November.',
  'Your exhibition stand has to be ready by 2 March, which means we would need your go-ahead by 31 January.',
  'You said the tender is submitted on 30 November. For our certificates to be attached, we need your signed NDA by 13 November.',
  'Your customer expects the first delivery on 15 December; to make that, we would need your PO by 1 November.',
  'Your new line starts trial production on 10 January. Given our six-week build time, please confirm the order by 20 November.',
  'Your team mentioned that the launch event is on 5 December. We would need your approval of the final design by 6 November so that the printing can be completed.',
  'You plan to open the clinic on 1 March; to deliver and calibrate the units before then, we would need your decision by 15 January.',
  'Since you want the signage installed before the grand opening on 3 December, could you send us the approved proof by 5 November?',
  'Your auditors arrive on 8 December. For the new manuals to be printed before that, we need your comments by 10 November.',
  'You need the samples at your Osaka lab by 25 October, so we would need your order confirmation by 5 October.',
  "Your shareholders' meeting is on 26 November. Working back from that, we need your sign-off on the report layout by 30 October.",
  'Your stores start selling the winter range on 1 November, which means we would need your order by 15 September.',
  'You told us the kitchen opens on 15 January. To install and test the ovens beforehand, we would need your order by 30 November.',
  'Your new plant begins operation on 1 April. Allowing for shipping, we would need your purchase order by 10 January.',
  'You mentioned the tender closes on 30 October, so if you would like our quotation included, could you send the specifications by 16 October?',
  'Your conference is on 20 November. For the badges to arrive in time, could you send us your decision on the design by 6 November?',
  '- Your showroom opens on 1 December.\n- To deliver by then, we would need your order confirmation by 20 October.',
  [F, 'You mentioned that the hospital wing opens on 1 February. Working back from that date, we would need your decision on the beds by 1 December.'],
  'Your production trial is planned for 12 January, which means we would need your approval of the tooling by 1 December.',
  'As you explained, the new terminal opens on 1 March. Counting back the shipping time, we would need your order by 15 December.',
  'Your relocation is on 20 January. We would need your signed order by 1 December so the racks arrive before it.',
  'You wrote that the campus opens on 1 April, so could you send us your decision on the lecture-hall seating by 15 January?',
]);

// The same shapes pressing: our date or another's, their date earlier or past, or the deadline with a threat, a loss or an incentive.
const STILL_PRESSING = rows('pressure', [
  'Our prices rise on 1 December, so we would need your order confirmation by 30 September.',
  'We need your order confirmation by 30 September.',
  'Your board meets on 20 October, but we need your decision by 25 October.',
  'You asked for our quotation on 3 August. We need your decision by 30 September.',
  'Your store opens on 1 December. We need your order by 15 October, or the slot goes to another customer.',
  'Your store opens on 1 December; please sign by 15 October to keep the 10% launch discount.',
  'Your board meets on 20 October, so we need your decision by tomorrow.',
  'Your launch is on 1 December, but please decide by Friday or we will release the allocation.',
  'You mentioned your office opens on 1 December. Last chance: the offer expires on 20 September.',
  'Your board meets on 20 October. The discount ends on 30 September, so please decide by then.',
  'Another customer is opening a plant on 1 December, so we need your decision by 15 October.',
  'You mentioned the tender closes on 30 October. Only two production slots are left, so please confirm by 10 October.',
  'Your team visited us on 20 August. We need your signed order by 15 September.',
  'Your plant shutdown starts on 14 November. After 15 October we cannot hold the price, so please sign by then.',
  'Your audit is on 10 November. The introductory rate lapses on 30 September, after which the list price applies.',
  'You told us the fair opens on 4 November. We need your decision by 10 November.',
  'Since your store opens on 1 December, please sign today so that we can reserve the production slot.',
  'We need your decision by 15 October, otherwise the price goes up.',
  'Please confirm the order by 15 October, or we will give your production slot to another client.',
  'We need your signed order by 20 November. The introductory rate cannot be held beyond that date.',
  'If you sign before 15 October, we can give you an extra 5% discount.',
  'Our factory closes for the holidays on 20 December, so we need your decision by 15 November at the latest, or the price goes up.',
  'Your conference is on 20 November, but we need your order by the end of this week.',
  'Your new line starts on 10 January. This price is only good until Friday.',
  'Your showroom opens on 1 December. Two other retailers are already in line for the same allocation, so please decide by 1 October.',
  'Your launch is on 1 December. We need your decision within 24 hours.',
  'Your board meets on 20 October, and our offer expires on 30 September.',
  'You mentioned the clinic opens on 1 March. Sign by 30 September or lose the launch price.',
  'Your stores open on 1 November. My honest advice: sign before 15 September.',
  'Your relocation is on 20 January. Unless we have your order by 1 October, the racks will go to another buyer.',
  "Your shareholders' meeting is on 26 November. Please decide by 30 September; the early-bird price will not be repeated.",
  [F, 'Our price list changes on 1 November, so we need your order by 20 October.'],
]);

categoryTables([
  ['r33 a deadline worked back from the reader\'s own date stays clean', WORKED_BACK],
  ['r33 our date, an earlier or past date of theirs, a threat, a loss or an incentive still press', STILL_PRESSING],
]);
