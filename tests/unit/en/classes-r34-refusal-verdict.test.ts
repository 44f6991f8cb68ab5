// Round 34 (refx34): an English blunt refusal that is no negated "can" of ours — an institution's decision or a no in the
// passive ("Your application for extended credit was refused", "… has been vetoed by our logistics director", "did not get
// approval from headquarters", "Head office did not approve …": en-acts.ts approvalNotObtained / institutionWithheld), a
// verdict word as the answer ("2) Split shipment: not possible.", "Regarding the penalty clause: unacceptable."), a refusal
// in a fixed phrase ("We are unwilling to …", "not up for discussion", "… is not something we will do") — with their near
// misses: the reader's own decision ("your board declined": readerDecided), a third party's thing ("Our competitor's
// application was refused by the JPO"), praise ("not possible to be happier": praiseBeyond), a list of what a package or a
// product has (lib/listing.ts), a promise to consult ("discuss it with my manager"), "decline" as a noun. Cases:
// classes-r34-refusal-verdict-cases.ts. On main (95579d01): 11 of 70 refusals missed and 8 of 65 near misses flagged (in
// the first three tables 7 of 48 and 6 of 49, in the other wordings 4 of 22 and 2 of 16); on this branch none.
import { describe } from 'vitest';
import { nodeEngine } from '../node-engine';
import { quotedRefusals, type QuotedRefusal } from '../refusal-quotes';
import {
  DECIDED_EN_CLEAN_R34, DECIDED_EN_R34, MORE_EN_CLEAN_R34, MORE_EN_R34, PHRASE_EN_CLEAN_R34, PHRASE_EN_R34, VERDICT_EN_CLEAN_R34, VERDICT_EN_R34,
} from './classes-r34-refusal-verdict-cases';

const { table } = quotedRefusals(nodeEngine());
const name = (c: QuotedRefusal) => c[1].split('\n\n')[1]!.replace(/\n/g, ' ⏎ ') + (c[3] ? ` (${c[3]})` : '');

describe('round 34: a body of ours decided against their ask', () => table(DECIDED_EN_R34, DECIDED_EN_CLEAN_R34, name));
describe('round 34: a verdict word as the answer', () => table(VERDICT_EN_R34, VERDICT_EN_CLEAN_R34, name));
describe('round 34: a refusal in a fixed phrase', () => table(PHRASE_EN_R34, PHRASE_EN_CLEAN_R34, name));
describe('round 34: the classes in other wordings', () => table(MORE_EN_R34, MORE_EN_CLEAN_R34, name));
