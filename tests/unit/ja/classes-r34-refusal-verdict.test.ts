// Round 34 (refx34): a Japanese blunt refusal that is no negated potential of ours — an institution's decision or a no in the
// passive (稟議が通りませんでした, 本社の決裁が下りませんでした, 社内の承認が得られませんでした, 役員会で認められませんでした,
// 不可と判断されました, NGとなりました: refusal-verbs.ts decidedAgainst / approvalWithheld; a matter named as the topic or a
// reply: unsoftened-refusal.ts decisionOnTheirMatter; ご要望の + a news word before the no: request-context.ts) and a verdict
// word as the answer (・納期短縮：不可, 分納 → NG, それは無理です, 対応不可です), with their near misses
// (classes-r34-refusal-verdict-cases.ts; a 不可 of use on a label: flat-refusal.ts usageBarred). On main (95579d01): 7 of 16
// decisions missed, 1 of 16 verdicts missed and 1 of 16 verdict near misses flagged; of the second wordings 6 of 11 missed
// (14 of 43 refusals missed, 1 of 44 near misses flagged); on this branch none.
import { describe } from 'vitest';
import { nodeEngine } from '../node-engine';
import { quotedRefusals, type QuotedRefusal } from '../refusal-quotes';
import { DECIDED_CLEAN_R34, DECIDED_R34, MORE_CLEAN_R34, MORE_R34, VERDICT_CLEAN_R34, VERDICT_R34 } from './classes-r34-refusal-verdict-cases';

const { table } = quotedRefusals(nodeEngine());
const name = (c: QuotedRefusal) => c[1].split('\n\n')[2]!.replace(/\n/g, ' ⏎ ') + (c[3] ? ` (${c[3]})` : '');

describe('round 34: an institution decided against their ask', () => table(DECIDED_R34, DECIDED_CLEAN_R34, name));
describe('round 34: a verdict word as the answer', () => table(VERDICT_R34, VERDICT_CLEAN_R34, name));
describe('round 34: both classes in other wordings', () => table(MORE_R34, MORE_CLEAN_R34, name));
