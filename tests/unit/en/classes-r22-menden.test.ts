// Round 22 (r22-menden): four classes from set Y's misses, read as structure, with our own wordings (written before
// the code) and near misses that share the words. R1 a verdict widened by a clause pointing back to it ("…, and this
// applies to every account") or a proposal of theirs judged not acceptable to us (en-verdict.ts); R2 a cost refused a
// place under the deal already agreed ("cannot absorb this under the existing fixed bid": a refusal, not price news,
// en-news.ts); B1 a price announced as revised from a date with no figure; B2 the people on the account cut from A to B
// (en-news.ts, en-news-figures.ts); P1 a deadline with an act of ours after "else/otherwise"; P2 others said to decide
// within days (en-threat.ts); S a problem reported fixed, circulated or known is no bad news (en-news-resolved.ts).
// Categories exactly ('' = none).
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-09-14' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-09-14' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-09-14' };

const mail = (body: string) => `Dear Mr. Tanaka,\n\nThank you for your email.\n${body}\n\nBest regards,\nDaniel Brooks`;
const order = (body: string) => `Dear Mr. Tanaka,\n\nthank you for the signed order.\n\n${body}\n\nBest regards,\nDaniel Brooks`;
const memo = (body: string) => `Dear Mr. Tanaka,\n\n${body}\n\nBest regards,\nDaniel Brooks`;
const team = (body: string) => `Team,\n\n${body}\n\nDaniel`;

const REFUSAL: Case[] = [
  ["blunt-refusal", C, mail("Our terms are 30 days net, and this applies to every account in Japan.")],
  ["blunt-refusal", C, mail("The deposit is 30% of the order value, and this applies to all our customers.")],
  ["blunt-refusal", C, mail("The minimum order is 500 units, and that applies to every distributor.")],
  ["blunt-refusal", C, mail("The unit price is USD 12, and this applies to every account worldwide.")],
  ["blunt-refusal", C, mail("Our warranty is 12 months, which applies to all our clients.")],
  ["blunt-refusal", C, mail("The cancellation fee is 20%, and it applies to every customer.")],
  ["blunt-refusal", C, mail("The 90-day payment term is not acceptable for us.")],
  ["blunt-refusal", C, mail("Sixty days end of month is not workable for our side.")],
  ["blunt-refusal", C, mail("The proposed liability cap is not acceptable to us.")],
  ["blunt-refusal", C, mail("Payment at the end of the following month is not acceptable for our company.")],
  ["blunt-refusal", C, mail("We cannot absorb this under the existing fixed bid.")],
  ["blunt-refusal", C, mail("We are unable to absorb this under the agreed SOW.")],
  ["blunt-refusal", C, mail("We can't absorb it within the maintenance retainer.")],
  ["blunt-refusal", C, memo("As discussed, CR-027 is a chargeable change. Effort is 46 person days, estimate attached. We cannot absorb this under the existing fixed bid.")],
];

const REFUSAL_NEAR: Case[] = [
  ["", C, order("Our terms are 30 days net, and this applies to every account; however, I will ask my manager whether we can make an exception for this order.")],
  ["", C, order("Our terms are 30 days net, and we will send the first invoice after the design review.")],
  ["", C, mail("Your team said that 60 days is not acceptable for them.")],
  ["", I, mail("The 90-day payment term is not acceptable for us.")],
  ["", I, team("Sixty days end of month is not workable for our side.")],
  ["", C, mail("We have absorbed these costs within the current contract since 2024.")],
  ["", C, mail("Good news: we can absorb this under the existing fixed bid.")],
  ["", C, mail("The proposal is acceptable for us, and we will sign next week.")],
  ["", C, mail("I'm afraid we cannot absorb this under the existing fixed bid, but we could split the effort across two phases at no extra cost; shall we discuss it on a call?")],
  ["", C, memo("Please find attached our quote for the FY27 licences. Net 30 applies to all our accounts.")],
];

const BAD_NEWS: Case[] = [
  ["bad-news", C, memo("Please note revised rate card effective 1st April 2027.")],
  ["bad-news", C, memo("Please note the revised price list effective 1 April.")],
  ["bad-news", C, memo("The updated price list applies from next quarter.")],
  ["bad-news", C, memo("Please note the updated rate card, effective 1 January 2027.")],
  ["bad-news", C, memo("Kindly note the amended fee schedule effective 1st July.")],
  ["bad-news", C, memo("The revised fee schedule applies from 1 October.")],
  ["bad-news", C, memo("Team size also reducing from 9 to 7 from November.")],
  ["bad-news", C, memo("The team size will be reduced from 9 to 7 from November.")],
  ["bad-news", C, memo("Onsite engineers: 4 → 2 from April.")],
  ["bad-news", C, memo("From January, the offshore headcount goes from 12 to 8.")],
  ["bad-news", C, memo("Support staff on your account will drop from 5 to 3 next quarter.")],
  ["bad-news", C, memo("Dedicated testers reduced from 6 to 4 from Sprint 14.")],
];

const BAD_NEWS_NEAR: Case[] = [
  ["", C, memo("The revised price list effective 1 April lowers all prices by 5%.")],
  ["", C, memo("Thank you for sending your revised quote effective 1 April.")],
  ["", C, memo("The revised delivery schedule is effective from Monday.")],
  ["", C, memo("Team size increases from 7 to 9 from November.")],
  ["", C, memo("We will grow the team from 7 to 9 engineers.")],
  ["", C, memo("As agreed in our meeting, the team size will go from 9 to 7 from November.")],
  ["", I, team("Team size reducing from 9 to 7 from November.")],
  ["", C, memo("I am sorry to tell you that the team size will be reduced from 9 to 7 from November, because the migration phase ends; I would like to visit you next week to explain how we will keep the same service level.")],
  ["", C, memo("Please note our new office address effective 1 April.")],
];

const PRESSURE: Case[] = [
  ["pressure", P, memo("Please confirm a slot by tomorrow, else I will call your office directly.")],
  ["pressure", P, memo("Kindly send the signed NDA by Friday, otherwise we will release your slot to another company.")],
  ["pressure", P, memo("Please reply by Wednesday, or I will escalate this to your general manager.")],
  ["pressure", P, memo("Confirm the booking by 30 September, otherwise I'll have to offer the demo unit to the next customer in line.")],
  ["pressure", P, memo("Sign the order form by the end of the week, or else we will cancel the reservation.")],
  ["pressure", P, memo("Please let me know by Monday; otherwise we will withdraw the special price.")],
  ["pressure", P, memo("Get back to me by tomorrow, else I will contact your purchasing director myself.")],
  ["pressure", P, memo("Please decide by this Thursday, otherwise we will give the installation window to another plant.")],
  ["pressure", P, memo("Most customers decide within one week, so I am sure you understand.")],
  ["pressure", P, memo("Other buyers in Osaka usually confirm within a few days.")],
  ["pressure", P, memo("Many distributors commit immediately once they see the margins.")],
  ["pressure", P, memo("Most of our customers decide in the first meeting.")],
  ["pressure", P, memo("Most plants in Aichi decide within two weeks of the trial.")],
];

const PRESSURE_NEAR: Case[] = [
  // A follow-up call, or our own room for a meeting, after "or" threatens nothing (round 6's near misses).
  ["", P, memo("Please reply by Monday or we will call you on Tuesday.")],
  ["", P, memo("Please confirm the meeting by Friday or we will release the room.")],
  ["", P, memo("Please let me know by Wednesday if the date suits you; otherwise we will keep the current schedule.")],
  ["", P, memo("Please confirm the address by tomorrow, or we will ship to the head office as before.")],
  ["", P, memo("Most customers take two or three months to decide, so please take your time.")],
  ["", P, memo("Most customers receive the parts within one week.")],
  ["", P, memo("Many of our clients order twice a year.")],
  ["", P, memo("Most customers choose the Pro plan.")],
  ["", P, memo("If you prefer, we can call your office directly instead.")],
  ["", P, memo("Our engineers usually reply within one day.")],
  ["", P, memo("Most customers decide within three months, after a pilot.")],
  ["", I, team("Please confirm a slot by tomorrow, else I will call their office directly.")],
  ["", P, memo("Otherwise, I will be happy to visit you in Nagoya next month.")],
];

// A problem reported settled: no bad news (the register finding of "No worries" is its own).
const SETTLED: Case[] = [
  ["", C, memo("Defect list v3 is updated and shared in Box folder.")],
  ["", C, memo("Batch delay issue is fixed now.")],
  ["register", C, memo("No worries, that's a known issue.")],
  ["", C, memo("The login error has been resolved since this morning.")],
  ["", C, memo("The pump failure was corrected during the visit on Monday.")],
  ["", C, memo("The bug report is updated on the portal.")],
  ["", C, memo("The defect tracker has been shared with your QA team.")],
  ["", C, memo("This is a known limitation of the current firmware.")],
  ["", C, memo("The shipment delay issue is now solved.")],
  ["", C, memo("The crash on the claim screen is fixed in build 4.2.")],
  ["", C, memo("The printing problem has been repaired by our technician.")],
  ["", C, memo("The error log is uploaded to the shared folder.")],
];

// Near misses of S: the fault still open, a value "fixed at", a fix beside news of its own.
const SETTLED_NEAR: Case[] = [
  ["bad-news", C, memo("We found a defect in lot 12, and it is not fixed yet.")],
  ["bad-news", C, memo("The delay is fixed at three weeks, so delivery moves to 20 October.")],
  ["bad-news", C, memo("The login error has been resolved, but the nightly batch will be delayed by two days.")],
  ["bad-news", C, memo("Unfortunately we have found a defect in the last lot of valves.")],
  ["bad-news", C, memo("Delivery of your order will be delayed by two weeks.")],
  ["bad-news", C, memo("The defect rate rose from 0.5% to 2% this month.")],
  ["bad-news", C, memo("The known bug will now delay the release by a month.")],
  ["bad-news", C, memo("The known issue in the firmware will delay your shipment by a week.")],
];

categoryTables([
  ['R refusals', REFUSAL],
  ['R near misses', REFUSAL_NEAR],
  ['B bad news', BAD_NEWS],
  ['B near misses', BAD_NEWS_NEAR],
  ['P pressure', PRESSURE],
  ['P near misses', PRESSURE_NEAR],
  ['S settled problems', SETTLED],
  ['S near misses', SETTLED_NEAR],
]);
