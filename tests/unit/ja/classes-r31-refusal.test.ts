// Round 31 (refusal31ja): a Japanese refusal read from structure (classes-r31-refusal-cases.ts): our side's negated act in
// any verb — habitual (手がけておりません, 刷っていません), in a list item or key–value line, a shortage as its reason
// (在庫がございませんので承れません) — in a thread that asks, with no cushion before and no remedy after; near misses
// (specifications of a thing pointed at, advice, what we can do, conditions, questions, the client's own no quoted, a no
// cushioned with an alternative, reports of what has not happened yet) stay clean.
// On main: 7 of 43 refusals missed and 4 of 45 near misses flagged; on this branch: 0 and 0 (open cases: main and branch
// both miss 3 refusals (2 in the subject line) and flag 7 process/property near misses; see the cases file).
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import { nodeEngine } from '../node-engine';
import { quotedRefusals } from '../refusal-quotes';
import { CLEAN_R31, REFUSALS_R31 } from './classes-r31-refusal-cases';

const engine = nodeEngine();
const { refusals, table } = quotedRefusals(engine);

describe('round 31: a Japanese refusal read from structure', () => {
  table(REFUSALS_R31, CLEAN_R31);
  it('rewrites a habitual no in its own verb, after a cushion, changing only its span', () => {
    const body = 'ご依頼の件ですが、名刺サイズの印刷は、うちでは刷っていません。';
    const f = refusals('Re: 名刺', body).find((x) => x.ruleId === 'ja.blunt-refusal.negated-act')!;
    expect(body.slice(f.start, f.end)).toBe('刷っていません');
    expect(f.suggestions[0]!.edits).toBeDefined();
    expect(applySuggestion(body, f, 0)).toBe('申し訳ございませんが、ご依頼の件ですが、名刺サイズの印刷は、うちでは刷りかねます。');
  });
  it('keeps a list item\'s bullet before the cushion (弊社ではやりません: では + やる, not はやる)', () => {
    const body = 'ご要望の件、以下のとおり回答いたします。\n・穴あけ加工は、弊社ではやりません。\n・面取りは、対応いたします。';
    const f = refusals('Re: 追加加工', body).find((x) => x.ruleId === 'ja.blunt-refusal.negated-act')!;
    expect(body.slice(f.start, f.end)).toBe('やりません');
    expect(f.suggestions[0]!.edits).toBeDefined();
    expect(applySuggestion(body, f, 0)).toBe('ご要望の件、以下のとおり回答いたします。\n・申し訳ございませんが、穴あけ加工は、弊社ではいたしかねます。\n・面取りは、対応いたします。');
  });
  it('gives a shortage refused to its refusal rule, the bad-news rule giving way by declaration', () => {
    const body = 'ご注文いただいたSサイズ20着の件、在庫がございませんので承れません。';
    const all = engine.analyze({ subject: 'Re: 追加注文', body, context: { recipient: 'client', firstContact: false, now: '2026-05-01' } });
    expect(all.map((f) => f.ruleId)).toContain('ja.blunt-refusal.refused-for-want');
    expect(all.map((f) => f.ruleId)).not.toContain('ja.bad-news.blunt-bad-news');
  });
});
