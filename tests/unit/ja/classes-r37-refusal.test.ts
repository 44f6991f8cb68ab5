// Round 37 (refja37): Japanese blunt refusals of the kinds the round's class corpus showed with no reader — a rule of ours told
// as the answer (a prohibition, a rule forbidding it, a limit, once only, no option, closed, the terms as contracted) and the
// flat no right after their ask, a question too, named to open the sentence — with their near misses
// (classes-r37-refusal-cases.ts).
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import { nodeEngine } from '../node-engine';
import {
  QUESTION_ANSWERED_CLEAN_R37, QUESTION_ANSWERED_R37, RULE_TOLD_CLEAN_R37, RULE_TOLD_R37, type Case,
} from './classes-r37-refusal-cases';

const mail = (middle: string) =>
  `株式会社ミドリ精工\n購買部 石川様\n\nいつもお世話になっております。\n東栄産業の村上です。\n\n${middle}\n\n何卒よろしくお願いいたします。\n\n東栄産業株式会社　村上`;

const engine = nodeEngine();
const input = ([subject, middle]: Case) =>
  ({ subject, body: mail(middle), context: { recipient: 'client' as const, firstContact: false, now: '2026-05-01' } });
const refusals = (c: Case) => engine.analyze(input(c)).filter((f) => f.category === 'blunt-refusal');
const name = (c: Case) => `${c[0]} | ${c[1].replace(/\n/g, ' ⏎ ')}`;

function flags(c: Case) {
  const body = mail(c[1]);
  const at = body.lastIndexOf(c[2]!);
  expect(at).toBeGreaterThanOrEqual(0);
  const found = refusals(c);
  const over = found.filter((f) => f.field === 'body' && f.start < at + c[2]!.length && at < f.end);
  expect(over.length, found.map((f) => `${f.ruleId}: ${body.slice(f.start, f.end)}`).join('\n')).toBeGreaterThan(0);
}
function leaves(c: Case) {
  const body = mail(c[1]);
  expect(refusals(c).map((f) => `${f.ruleId}: ${body.slice(f.start, f.end)}`)).toEqual([]);
}
/** The body after applying the first suggestion of the refusal overlapping the quote. */
function rewritten(c: Case): string {
  const body = mail(c[1]);
  const at = body.lastIndexOf(c[2]!);
  const f = refusals(c).find((x) => x.start < at + c[2]!.length && at < x.end)!;
  return applySuggestion(body, f, 0);
}
const find = (cases: Case[], quote: string, from = 0) => cases.filter((c) => c[2] === quote)[from]!;

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
