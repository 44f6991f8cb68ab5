// Round 32 (refusal32ja): a Japanese refusal trailed off (〜は、ちょっと… / 〜は難しいかと… / 〜は厳しいですね, read from the
// sentence's end: lib/trailed-no.ts, rule ja.blunt-refusal.trailed-refusal) and a refusal as the answer to the client's item
// (a Q&A's A. under their Q., a verdict verb after the item's separator: 先行出荷：見送ります / 共有 → いたしません), with the
// near misses (classes-r32-refusal-cases.ts). On main: 24 of 42 trailed refusals missed and 5 of 42 near misses flagged, 6 of
// 44 item answers missed and 4 of 43 near misses flagged (39 of 171); on this branch: 0 (7 open cases listed, wrong on both).
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';
import { quotedRefusals } from '../refusal-quotes';
import { ITEM_CLEAN_R32, ITEM_R32, TRAILED_CLEAN_R32, TRAILED_R32 } from './classes-r32-refusal-cases';
import { trailedNo } from '../../../src/rules/ja/lib/trailed-no';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';

const { refusals, table } = quotedRefusals(nodeEngine());

describe('round 32: a Japanese refusal trailed off', () => {
  table(TRAILED_R32, TRAILED_CLEAN_R32);
  it('reads the shape, not the words: an adverb left hanging, a hedged difficulty, never a negated or past one', async () => {
    const tokenizer = await sharedNodeTokenizer();
    const read = (text: string) => trailedNo({ text, start: 0, tokens: tokenizer.tokenize(text, 0) });
    expect(read('ご依頼の週末納品は、ちょっと…。')?.kind).toBe('elided');
    expect(read('短縮の件は、どうにも。')?.kind).toBe('elided');
    expect(read('前倒しは困難かと存じます。')?.kind).toBe('difficulty');
    expect(read('前倒しは難しくありません。')).toBeUndefined();
    expect(read('前倒しは難しかったです。')).toBeUndefined();
    expect(read('今後とも何卒…')).toBeUndefined();
  });
  it('rewrites the trailing no with a cushion, changing only its span', () => {
    const body = 'ご希望の2月の開催は、弊社の技術者が動けないため、ちょっと…';
    const f = refusals('Re: 開催時期', body).find((x) => x.ruleId === 'ja.blunt-refusal.trailed-refusal')!;
    expect(body.slice(f.start, f.end)).toBe('ちょっと…');
    let out = body;
    for (const e of [...f.suggestions[0]!.edits!].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    expect(out).toBe('大変申し訳ございませんが、ご希望の2月の開催は、弊社の技術者が動けないため、お受けいたしかねます');
  });
  it('concedes a difficulty and does it anyway: no refusal (スケジュールが少し厳しいですが、予定どおり出荷いたします)', () => {
    expect(refusals('出荷', 'スケジュールが少し厳しいですが、予定どおり出荷いたします。')).toEqual([]);
    // An alternative on a condition, with no cushion, is still the no with its alternative (findings.md).
    expect(refusals('Re: 日程', '土曜日は難しいですが、平日でしたら伺えます。').length).toBeGreaterThan(0);
  });
});

describe('round 32: a refusal as the answer to the client\'s item', () => table(ITEM_R32, ITEM_CLEAN_R32));
