// Issue 14, round 36: every cache belongs to the engine instance. A new Engine must be truly cold — the bench's
// "truly cold" rows and the worker's first analysis measure nothing else — so the analysis helpers' memos (a word's
// lexicon classes, whether a noun names a price) live in the Engine's FactStore (FactStore.memo), not in a module.
// Before round 36 they were module-level Maps: a second Engine found them filled by the first and worked out
// nothing (memoized 0), which this test catches. Counted work, no timing.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import { RULES } from '../../../src/rules';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

const context = { recipient: 'client' as const, firstContact: false, now: '2025-12-01' };
const body = [
  'Dear Ms. Sato,',
  'Unfortunately the price of the HM motors will go up by 8% from next month, and delivery slips to 14 weeks.',
  'We cannot extend the warranty beyond one year.',
  '佐藤様',
  '来月より保管料と出張費を改定いたします。',
  '申し訳ございませんが、納期の短縮はできません。',
].join('\n');
const draft = { subject: 'Re: 価格改定の件', body, context };

describe('a new Engine is truly cold (round 36)', () => {
  it('works out every memo again that an earlier Engine worked out', () => {
    const first = new Engine({ rules: RULES, tokenizer });
    const findingsFirst = first.analyze(draft);
    expect(first.memoized).toBeGreaterThan(0);
    const second = new Engine({ rules: RULES, tokenizer });
    const findingsSecond = second.analyze(draft);
    expect(second.memoized).toBe(first.memoized);
    expect(second.work.facts).toBe(first.work.facts);
    expect(findingsSecond).toEqual(findingsFirst);
  });

  it('keeps its memos between its own analyses (warm) and drops them when the tokenizer is plugged in', () => {
    const engine = new Engine({ rules: RULES, tokenizer });
    engine.analyze(draft);
    const cold = engine.memoized;
    engine.analyze({ ...draft, body: body + '\nThank you.' });
    expect(engine.memoized - cold).toBeLessThan(cold / 4);
    engine.setTokenizer(tokenizer);
    const before = engine.memoized;
    engine.analyze(draft);
    expect(engine.memoized - before).toBe(cold);
  });
});
