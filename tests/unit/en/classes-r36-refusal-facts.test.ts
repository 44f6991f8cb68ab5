// Round 36 (refen36, issue 10): an English blunt refusal read from the parsed sentence as a fact about us or our thing —
// five classes written before reading the published misses (classes-r36-refusal-cases.ts): a no stated as a fact in any
// verb, a decision in the passive or reported, a sole way on our provision, terms kept against the wish, list answers —
// each with near misses (a spec, a reassurance, a third party, a question, an eager negative, the client's own words, a
// decision in the client's favour, a cushion with an alternative) that must stay clean.
import { describe } from 'vitest';
import { nodeEngine } from '../node-engine';
import { quotedRefusals, type QuotedRefusal } from '../refusal-quotes';
import {
  DECIDED_CLEAN_R36, DECIDED_R36, FACT_NO_CLEAN_R36, FACT_NO_R36, KEPT_CLEAN_R36, KEPT_R36, LIST_CLEAN_R36, LIST_R36, SOLE_WAY_CLEAN_R36, SOLE_WAY_R36,
} from './classes-r36-refusal-cases';

const { table } = quotedRefusals(nodeEngine());
const name = (c: QuotedRefusal) => c[1].split('\n\n')[1]!.replace(/\n/g, ' ⏎ ');

describe('round 36 class 1: a no stated as a fact about us or our thing', () => table(FACT_NO_R36, FACT_NO_CLEAN_R36, name));
describe('round 36 class 2: a decision in the passive or reported', () => table(DECIDED_R36, DECIDED_CLEAN_R36, name));
describe('round 36 class 3: a sole way on our provision', () => table(SOLE_WAY_R36, SOLE_WAY_CLEAN_R36, name));
describe('round 36 class 4: terms kept against the wish', () => table(KEPT_R36, KEPT_CLEAN_R36, name));
describe('round 36 class 5: list answers', () => table(LIST_R36, LIST_CLEAN_R36, name));
