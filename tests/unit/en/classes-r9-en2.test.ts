// Round 9, second pass (en2): bad news and refusals as classes, in wordings written for these tests and
// listed nowhere in the data or the corpora; beside each class the near misses that must stay clean.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-10-02' };
const D = 'Dear Mr. Kondo,\n\n';
const END = '\n\nBest regards,\nLena Fischer\nProject Manager';

// A date moved later across the new year: "from December 7 to January 18" is a slip, not a move forward.
const SLIP_ACROSS_YEAR: Case[] = [
  ['bad-news', C, D + 'The launch of the reporting module slips from December 7 to January 18.' + END],
  ['bad-news', C, D + 'Go-live has moved from November 20 to February 3.' + END],
  ['bad-news', C, 'Commissioning is pushed from 15 December to 10 January.'],
  ['bad-news', C, D + 'Thanks for the drawings.\nThe handover shifts from late October to mid-January.' + END],
  // near misses: earlier across the year, a closure range, a move apologised for
  ['', C, D + 'The kickoff was brought forward from January 18 to December 7.' + END],
  ['', C, D + 'Our office is closed from December 29 to January 3.' + END],
  ['', C, D + 'The training moves from February 3 to January 20.' + END],
  ['', C, D + 'I am very sorry: the launch slips from December 7 to January 18. May I call you tomorrow to explain?' + END],
];

// A start put off to a date: "will not start until April 2027".
const START_NOT_UNTIL: Case[] = [
  ['bad-news', C, D + 'Phase 2 of the warehouse extension will not start until April 2027. The revised plan is attached.' + END],
  ['bad-news', C, 'Construction won’t begin until March.'],
  ['bad-news', C, D + 'The second wave of the rollout will not commence until Q3.' + END],
  ['bad-news', C, D + 'Installation at your Kobe site cannot start until mid-February.' + END],
  // near misses: waiting on the reader, an opening hour, a start that is confirmed
  ['', C, D + 'We will not start production until you approve the drawing.' + END],
  ['', C, D + 'Installation starts on April 3 as planned.' + END],
  ['', C, D + 'Phase 2 will not start until April 2027, as the permit was delayed by the city. I would like to visit you to explain.' + END],
];

// A refusal's reason explains the refusal, not the separate notice beside it.
const REASON_OF_REFUSAL: Case[] = [
  ['blunt-refusal,bad-news', C, D + 'We will not refund the setup fee, as the onboarding was completed in October.\nSeparately, the dedicated support line closes on 31 January.' + END],
  ['blunt-refusal,bad-news', C, D + 'We cannot waive the fee, since the contract is already signed.\nAlso, Model TX-40 will be discontinued in September.' + END],
  // near misses: an apology next to the notice speaks for it too; a notice with its own reason
  ['', C, D + 'I am sorry, we cannot waive the fee.\nModel TX-40 will be discontinued in September.' + END],
  ['blunt-refusal', C, D + 'We reviewed the claim for the cracked unit.\nThe damage was caused by misuse, so we will not cover the repair.' + END],
  ['blunt-refusal', C, D + 'We cannot waive the fee, as the contract is already signed.\nModel TX-40 will be discontinued in September because its chip is no longer made.' + END],
];

// A refusal in the passive whose subject is the reader's request, with a gerund or a hyphenated word in it.
const PASSIVE_REFUSAL_OF_REQUEST: Case[] = [
  ['blunt-refusal', C, D + 'Request for keeping the Q2 price for your July orders cannot be accepted.' + END],
  ['blunt-refusal', C, D + 'Your proposal of extending the warranty to five years cannot be accepted.' + END],
  ['blunt-refusal', C, D + 'Your request about moving the audit to May cannot be accepted.' + END],
  // near misses: the same request granted, or refused with an apology and an alternative
  ['', C, D + 'Your request for on-site support during the upgrade is approved; our engineer will be there on Monday.' + END],
  ['', C, D + 'Thank you for keeping us informed about the audit.' + END],
];

categoryTables([
  ['bad news: a date slipped across the new year', SLIP_ACROSS_YEAR],
  ['bad news: a start put off to a date', START_NOT_UNTIL],
  ['bad news: the reason of a refusal is not the notice’s', REASON_OF_REFUSAL],
  ['refusal: the passive against the reader’s request', PASSIVE_REFUSAL_OF_REQUEST],
]);

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-10-02' };

// Pressure: the offer made for the last time, and places counted as already gone.
const PRESSURE_LAST_TIME_AND_PLACES_GONE: Case[] = [
  ['pressure', P, D + 'To be honest, this is the last time we can offer free installation.' + END],
  ['pressure', P, D + 'It is the last time I am able to hold this price for you.' + END],
  ['pressure', P, D + 'We accept eight partners a year, and five spots are already taken.' + END],
  ['pressure', P, D + 'Two of the four slots are already booked, so do let me know.' + END],
  // near misses: "last time" as a past meeting, goods gone, slots booked by the reader
  ['', P, D + 'Last time we met, you asked whether we can offer training.' + END],
  ['', P, D + 'We can offer the same rate as last time.' + END],
  ['', C, D + 'Two slots were already booked by your assistant.' + END],
];

categoryTables([['pressure: last time offered, places already gone', PRESSURE_LAST_TIME_AND_PLACES_GONE]]);
