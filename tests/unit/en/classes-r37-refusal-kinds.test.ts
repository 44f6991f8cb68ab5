// Round 37 (refen37, issue 10): English blunt refusals of the kinds the blind writers' class corpus (KREa) showed that no
// reader had — a verdict or an impossibility stated, a limit of ours, our act denied in the passive or left out of our
// area — in our own wordings (classes-r37-refusal-kinds-cases.ts), each class with near misses that must stay clean.
import { describe } from 'vitest';
import { nodeEngine } from '../node-engine';
import { quotedRefusals, type QuotedRefusal } from '../refusal-quotes';
import { LEFT_OUT_CLEAN_R37, LEFT_OUT_R37, LIMIT_CLEAN_R37, LIMIT_R37, VERDICT_CLEAN_R37, VERDICT_R37 } from './classes-r37-refusal-kinds-cases';

const { table } = quotedRefusals(nodeEngine());
const name = (c: QuotedRefusal) => c[1].split('\n\n')[1]!.replace(/\n/g, ' ⏎ ');

describe('round 37 class 1: an impossibility or a verdict stated', () => table(VERDICT_R37, VERDICT_CLEAN_R37, name));
describe('round 37 class 2: a limit of ours', () => table(LIMIT_R37, LIMIT_CLEAN_R37, name));
describe('round 37 class 3: our act denied in the passive, left out of our area or list', () => table(LEFT_OUT_R37, LEFT_OUT_CLEAN_R37, name));
