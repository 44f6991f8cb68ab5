// Refusals whose subject the writer left out, chat style (r4 en-075 "Nope, can't do net 60 on this one"): a
// negated "can" or "will" and its verb at the head of a clause is the writer speaking. Near misses: eager
// negatives, the writer's own difficulty, questions, and a dropped subject with a cushion and an alternative.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };

const DROPPED: Case[] = [
  ['blunt-refusal', C, "Thanks for the redline. Can't do net 60 on this one."],
  ['blunt-refusal', C, "Can't offer more than 5% on this order."],
  ['blunt-refusal', C, "Won't extend the warranty to five years."],
  ['blunt-refusal', C, 'Cannot ship the samples before the audit.'],
  ['blunt-refusal', C, "About the extra training day: can't fit it into this quarter."],
  ['blunt-refusal', C, "Won't be able to send an engineer to Sendai next week."],
  ['blunt-refusal', C, "As for the blue housing, can't produce it in that volume."],
  ['blunt-refusal', C, "Can't accept returns on opened cartons."],
  ['', C, "Can't wait to see the new line in operation!"],
  ['', C, "Can't open the PDF you sent; could you resend it?"],
  ['', C, "Can't find the invoice in our system, so I will check with accounting."],
  ['', C, "Can't you ship on Friday?"],
  ['', C, "Wouldn't change a thing in your redline."],
  ['', C, "I'm afraid we can't do net 60, but we could offer net 45 if that helps."],
];

categoryTables([['refusals with the subject left out', DROPPED]]);
