// Round 34 (refx34): a Japanese blunt refusal that is no negated potential of ours — an institution's decision or a no in the
// passive (稟議が通りませんでした, 本社の決裁が下りませんでした, 社内の承認が得られませんでした, 役員会で認められませんでした,
// 不可と判断されました, NGとなりました: refusal-verbs.ts decidedAgainst / approvalWithheld; a matter named as the topic or a
// reply: unsoftened-refusal.ts decisionOnTheirMatter; ご要望の + a news word before the no: request-context.ts) and a verdict
// word as the answer (・納期短縮：不可, 分納 → NG, それは無理です, 対応不可です), with their near misses
// (classes-r34-refusal-verdict-cases.ts; a 不可 of use on a label: flat-refusal.ts usageBarred). On main (95579d01): 7 of 16
// decisions missed, 1 of 16 verdicts missed and 1 of 16 verdict near misses flagged; of the second wordings 6 of 11 missed
// (14 of 43 refusals missed, 1 of 44 near misses flagged); on this branch none.
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';
import { DECIDED_CLEAN_R34, DECIDED_R34, MORE_CLEAN_R34, MORE_R34, VERDICT_CLEAN_R34, VERDICT_R34, type Case } from './classes-r34-refusal-verdict-cases';

const engine = nodeEngine();
const refusals = ([subject, body, , recipient]: Case) =>
  engine.analyze({ subject, body, context: { recipient: recipient ?? 'client', firstContact: false, now: '2026-05-01' } })
    .filter((f) => f.category === 'blunt-refusal');

function flags(c: Case) {
  const [, body, quote] = c;
  const at = body.indexOf(quote!);
  expect(at).toBeGreaterThanOrEqual(0);
  const found = refusals(c);
  const over = found.filter((f) => f.field === 'body' && f.start < at + quote!.length && at < f.end);
  expect(over.length, found.map((f) => `${f.ruleId}: ${body.slice(f.start, f.end)}`).join('\n')).toBeGreaterThan(0);
}
function leaves(c: Case) {
  expect(refusals(c).map((f) => `${f.ruleId}: ${c[1].slice(f.start, f.end)}`)).toEqual([]);
}
const name = (c: Case) => c[1].split('\n\n')[2]!.replace(/\n/g, ' ⏎ ') + (c[3] ? ` (${c[3]})` : '');

describe('round 34: an institution decided against their ask', () => {
  it.each(DECIDED_R34.map((c) => [name(c), c] as const))('flags %s', (_n, c) => flags(c));
  it.each(DECIDED_CLEAN_R34.map((c) => [name(c), c] as const))('leaves %s', (_n, c) => leaves(c));
});

describe('round 34: a verdict word as the answer', () => {
  it.each(VERDICT_R34.map((c) => [name(c), c] as const))('flags %s', (_n, c) => flags(c));
  it.each(VERDICT_CLEAN_R34.map((c) => [name(c), c] as const))('leaves %s', (_n, c) => leaves(c));
});

describe('round 34: both classes in other wordings', () => {
  it.each(MORE_R34.map((c) => [name(c), c] as const))('flags %s', (_n, c) => flags(c));
  it.each(MORE_CLEAN_R34.map((c) => [name(c), c] as const))('leaves %s', (_n, c) => leaves(c));
});
