// Pressure as a price that runs out soon with a reply asked for (r4 en-005 "this pricing won't last beyond the
// 15th of this month, so please revert at the earliest with your PO"), to a prospect. A validity stated
// plainly, a price that stays, or a client (no prospect) stay clean.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-12-01' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };

const RUNS_OUT: Case[] = [
  ['pressure', P, "Kindly note this pricing won't last beyond the 15th of this month, so please revert at the earliest with your PO."],
  ['pressure', P, 'This price will not hold past Friday, so please send your order soon.'],
  ['pressure', P, "These rates won't stay this low after this month; let me know by Monday."],
  ['pressure', P, 'Our introductory price cannot be kept beyond December 20, so kindly confirm this week.'],
  ['pressure', P, "The discount won't last past Friday, so please place the order today."],
  ['pressure', P, 'Our price will not remain at this level beyond March, so I would suggest ordering this month.'],
  ['pressure', P, 'The launch rate cannot be held after December 15; please send the signed quote by then.'],
  ['pressure,register', P, "Heads-up: this pricing isn't going to last past the end of the month, please confirm soon."],
  ['', P, 'Please note that the quotation is valid until 15 December.'],
  ['', P, 'The price will not change this month; please review the quote at your convenience.'],
  // An offer that lapses on a near date is pressure on a prospect by itself ("offer expires Friday"), reply asked
  // or not: en-levers.ts reads it as a lever with a clock.
  ['pressure', P, "This price won't last beyond the 15th."],
  ['', P, 'Prices do not stay fixed forever, but please take the time your team needs.'],
  ['', C, 'This price will not hold past Friday, so please send your order soon.'],
];

categoryTables([['a price that runs out soon, with a reply asked for', RUNS_OUT]]);
