// Round 22 (r22-press): pressure on a prospect's decision in ordinary wordings, read as structure
// (src/engine/analysis/en-commit-push.ts) with word classes from WordNet (dictionaries/en/press-class.json, built by
// scripts/build-en-press-class.mjs): A1 advice whose content is a commitment before a date; A2 others already taking
// the same scarce thing (social proof and scarcity); A3 the reader's own thing kept only by acting by a date; A4 a
// presumptive close (we act whatever they answer, refusing is left to them). Our own wordings, written before the code; near misses share the words. Categories exactly ('' = none).
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';
import { enTanaka as mail } from '../mail-wrappers';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-08-20' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-08-20' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-08-20' };

const A1: Case[] = [
  ["pressure", P, mail("Let me give you one piece of advice, as a friend: sign before 15 September.")],
  ["pressure", P, mail("My honest advice: get the purchase order to us before the end of the month.")],
  ["pressure", P, mail("If I were you, I would sign the agreement before Friday.")],
  ["pressure", P, mail("A word of advice between us: place the order before 30 September. After that the installation team is full until April.")],
  ["pressure", P, mail("My recommendation is simple: subscribe before the 15th.")],
];

const A2: Case[] = [
  ["pressure", P, mail("Two other tea companies in Shizuoka are already in line for the same slots, so it is really now or next year.")],
  ["pressure", P, mail("We are only onboarding three more Japanese banks this year, and two of those places are already in negotiation.")],
  ["pressure", P, mail("We take on four new distributors a year, and three of them have already signed for 2027.")],
  ["pressure", P, mail("Several of your competitors have already reserved units from the same batch, so it is now or next season.")],
  ["pressure", P, mail("We can only accept two more partners this quarter, and one of those seats is already spoken for.")],
  ["pressure", P, mail("Two other importers are already in line for the same allocation.")],
];

const A3: Case[] = [
  ["pressure", P, mail("When the trial expires the workspace is deleted, with all 12 dashboards your team built. To keep them you need to convert before Friday 5pm PT.")],
  ["pressure", P, mail("To keep your configuration, you will need to subscribe before 31 August.")],
  ["pressure", P, mail("If your team wants to keep the test data, you must sign up before Monday.")],
];

const A4: Case[] = [
  ["cold-outreach,pressure", P, mail("Our CEO Daniel Tan would like to meet you when he is in Tokyo. I'll send the invite anyway, you can always decline.")],
  ["cold-outreach", P, mail("I went ahead and booked the demo for Tuesday at 10:00 JST; just cancel it if it does not suit.")],
  ["pressure", P, "Dear Mr. Tanaka,\n\nThank you for your message.\nI went ahead and prepared the purchase order in your name; just reject it if you do not want to proceed.\n\nBest regards,\nDaniel Brooks"],
  ["pressure", P, mail("I have already put your team down for the October cohort, so just tell me if you want out.")],
  ["pressure", P, mail("I will send the order form for signature anyway; you can always say no.")],
];

const NEAR: Case[] = [
  // A reply asked by a date for our own planning is logistics (round 19's near misses), to a prospect as well.
  ["", P, mail("Please confirm by this Friday so that I can finalise his itinerary.")],
  ["", P, mail("As you asked, we will send the signed contract back to you by 15 September.")],
  ["", P, mail("You asked about timing: our installation team is booked until April, so the earliest start would be May.")],
  ["", P, mail("Your trial ends on Friday; if your team needs more time, I am happy to extend it by two weeks.")],
  ["", P, mail("If I were you, I would take the time to compare both offers with your team.")],
  ["", P, mail("As agreed on the phone, I will send the invite for Tuesday 10:00 JST.")],
  ["", I, "Team,\n\nPush them to sign before the 15th; two other tea companies are in line for the same slots.\n\nDaniel"],
  ["", P, mail("Several of our customers in Osaka already use the system, and I would be glad to introduce you to one of them.")],
  ["", P, mail("Two of our five engineers are already on site in Nagoya this week.")],
  ["", P, mail("If the proposed time does not suit you, please feel free to decline the invitation and suggest another.")],
  ["", C, mail("Please confirm by this Friday so that we can book the meeting room for your visit.")],
  ["", P, mail("To keep the configuration you built during the trial, simply export it from the settings page at any time.")],
  ["", P, mail("We recommend the Pro plan for your team, since it keeps all dashboards.")],
  ["", P, mail("We will send the revised quote by Friday so that you can review it before your board meeting.")],
  ["", P, mail("Please let us know by Friday which date suits you, so that your team can prepare the plant tour.")],
  ["", P, mail("I know your board meets in October; my suggestion is to review the proposal with them first.")],
  ["", P, mail("Three of our customers in Kyushu have already signed the same maintenance agreement, and I would be glad to introduce you.")],
  ["", P, mail("To keep the trial data after Friday, you need to export it; if you need more time, I will gladly extend the trial.")],
  ["", P, mail("I would recommend ordering by 10 February to meet your production start in April.")],
  ["", P, mail("We suggest that we send you the draft contract by Friday, so that your legal team has it before the holidays.")],
  ["", P, mail("You need to sign the NDA before our engineers can share the drawings, whenever it suits your team.")],
  ["", P, "> We will sign before 15 September; two other companies are already in line for the same slots.\n\nDear Mr. Tanaka,\n\nThank you for the update.\n\nBest regards,\nDaniel"],
];

categoryTables([
  ["A1 advice whose content is a commitment before a date", A1],
  ["A2 others already taking the same scarce thing", A2],
  ["A3 the reader's own thing kept only by acting by a date", A3],
  ["A4 a presumptive close", A4],
  ["Near misses", NEAR],
]);
