// Round 37 (refja37): Japanese blunt refusals of the kinds the round's class corpus showed with no reader — a rule of ours told
// as the answer (a prohibition, a rule forbidding it, a limit, once only, no option, closed, the terms as contracted) and the
// flat no right after their ask, a question too, named to open the sentence — with their near misses
// (classes-r37-refusal-cases.ts).
import { describe, expect, it } from 'vitest';
import {
  QUESTION_ANSWERED_CLEAN_R37, QUESTION_ANSWERED_R37, RULE_TOLD_CLEAN_R37, RULE_TOLD_R37, type Case,
} from './classes-r37-refusal-cases';
import { find, flags, leaves, name, rewritten } from './reply-refusal-table';


describe('round 37, class 1: a rule of ours told as the answer to their ask', () => {
  it.each(RULE_TOLD_R37.map((c) => [name(c), c] as const))('flags %s', (_n, c) => flags(c));
  it.each(RULE_TOLD_CLEAN_R37.map((c) => [name(c), c] as const))('leaves %s', (_n, c) => leaves(c));
  it('keeps the thing refused and the figure in the rewrite', () => {
    expect(rewritten(find(RULE_TOLD_R37, '禁止されています'))).toContain('ご依頼の臨床データの個別提供は、あいにく社内規定によりいたしかねます。');
    expect(rewritten(find(RULE_TOLD_R37, '上限です'))).toContain('翌月末払いが上限となっております。');
    expect(rewritten(find(RULE_TOLD_R37, '選択肢はありません'))).toContain('延長の選択肢はございません。');
  });
});

describe('round 37, class 2: the flat no right after their ask, a question too, named to open the sentence', () => {
  it.each(QUESTION_ANSWERED_R37.map((c) => [name(c), c] as const))('flags %s', (_n, c) => flags(c));
  it.each(QUESTION_ANSWERED_CLEAN_R37.map((c) => [name(c), c] as const))('leaves %s', (_n, c) => leaves(c));
  it('reads 〜はやっていません after a bracket as は＋やる, and keeps the act in the rewrite', () => {
    expect(rewritten(find(QUESTION_ANSWERED_R37, 'やっていません'))).toContain('申し訳ございませんが、');
    expect(rewritten(find(QUESTION_ANSWERED_R37, 'やっていません'))).toContain('（60kg未満）は');
  });
});
