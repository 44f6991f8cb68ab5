// Re-analysis after edits is answered largely from caches (lines keep their sentences, tokens move only when
// read, sentence rules are looked up per sentence). Whatever the edits, a warm engine must report exactly
// what a fresh engine reports on the same text, and tokens must carry absolute offsets after lines move.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDraft } from '../../../bench/texts';
import { applySuggestion } from '../../../src/engine/apply';
import { Engine, unchangedEnds } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { defineRule } from '../../../src/engine/rule';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import { RULES } from '../../../src/rules';
import { applyEdit, editArbitrary } from './random-edits';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

const context = { recipient: 'client' as const, firstContact: false, now: '2025-12-01' };

/** Reports every particle token by its absolute offsets, from a document rule (reads tokens after moves). */
const particles = defineRule({
  id: 'ja.register.test-particles', lang: 'ja', category: 'register', severity: 'info', requiresTokens: true,
  title: { en: 't', ja: 't' }, rationale: { en: 't', ja: 't' }, examples: { valid: [], invalid: [] },
  document(ctx) {
    for (const s of ctx.sentences) {
      for (const t of s.tokens ?? []) if (t.pos === '助詞') ctx.report({ start: t.start, end: t.end, message: t.surface, suggestions: [] });
    }
  },
});

/** Reads the previous sentence (declares readsPrevious): must run again whenever the sentence before it changed. */
const afterPrevious = defineRule({
  id: 'ja.register.test-previous', lang: 'any', category: 'register', severity: 'info', readsPrevious: true,
  title: { en: 't', ja: 't' }, rationale: { en: 't', ja: 't' }, examples: { valid: [], invalid: [] },
  sentence(s, ctx, previous) {
    if (previous && previous.text.length % 3 === 0) ctx.report({ start: s.start, end: s.start + 1, message: previous.text, suggestions: [] });
  },
});

const edit = editArbitrary(['insert', 'delete', 'newline', 'paste', 'drop-line'], 2500,
  ['御社', '了解しました。', 'No, that is out of scope. ', 'あ', '、', 'x', '5月4日（月）にお伺いします。', 'いつもお世話になっております。']);

describe('a warm engine after edits = a fresh engine', () => {
  it.each(['ja', 'mixed', 'en'] as const)('%s draft, random edits', (mix) => {
    const start = makeDraft(mix, 2, 11);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const warm = new Engine({ rules: [...RULES, particles, afterPrevious], tokenizer });
        let text = start;
        warm.analyze({ body: text, context });
        for (const e of edits) {
          text = applyEdit(text, e);
          const draft = { body: text, context };
          expect(warm.analyze(draft)).toEqual(new Engine({ rules: [...RULES, particles, afterPrevious], tokenizer }).analyze(draft));
        }
      }),
      { numRuns: 15, seed: 42 },
    );
  }, 240_000); // dozens of cold full analyses: generous on a loaded 2-core machine

  it('one character typed at random places of a long draft, again and again', () => {
    const rules = [...RULES, particles, afterPrevious];
    const warm = new Engine({ rules, tokenizer });
    let text = makeDraft('mixed', 10, 7);
    warm.analyze({ body: text, context });
    const keys = 'あ、。御社x .\n';
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 40; i++) {
      const at = Math.floor(next() * (text.length + 1));
      text = text.slice(0, at) + keys[Math.floor(next() * keys.length)] + text.slice(at);
      const draft = { body: text, context };
      expect(warm.analyze(draft)).toEqual(new Engine({ rules, tokenizer }).analyze(draft));
    }
  }, 240_000);

  it('only the rules that declare readsPrevious run again on the sentence after an edit', () => {
    const runs: string[] = [];
    const rule = (id: string, readsPrevious: boolean) => defineRule({
      id: `ja.register.test-${id}`, lang: 'ja', category: 'register', severity: 'info', readsPrevious,
      title: { en: 't', ja: 't' }, rationale: { en: 't', ja: 't' }, examples: { valid: [], invalid: [] },
      sentence: readsPrevious
        ? (s, ctx, previous) => {
          runs.push(`${id}:${s.text}`);
          ctx.report({ start: s.start, end: s.start + 1, message: previous?.text ?? '', suggestions: [] });
        }
        : (s, ctx) => {
          runs.push(`${id}:${s.text}`);
          ctx.report({ start: s.start, end: s.end, message: s.text, suggestions: [] });
        },
    });
    const rules = [rule('own', false), rule('previous', true)];
    const engine = new Engine({ rules, tokenizer });
    engine.analyze({ body: '資料をお送りします。見積書を添付いたします。', context });
    runs.length = 0;
    const edited = { body: '書類をお送りします。見積書を添付いたします。', context };
    const found = engine.analyze(edited);
    expect(runs).toEqual(['own:書類をお送りします。', 'previous:書類をお送りします。', 'previous:見積書を添付いたします。']);
    expect(found).toEqual(new Engine({ rules, tokenizer }).analyze(edited));
    expect(found.find((f) => f.ruleId === 'ja.register.test-previous' && f.start > 0)!.message).toBe('書類をお送りします。');
  });

  it('the sentences before and after an edit are taken from the last run only with the same previous text', () => {
    const of = (texts: string[]) => texts.map((text, i) => ({ text, start: i, end: i + 1, lang: 'ja' as const, line: 0 }));
    expect(unchangedEnds(['A', 'B', 'C', 'D'], of(['A', 'B', 'x', 'C', 'D']))).toEqual({ head: 2, tail: 1 }); // C follows x now
    expect(unchangedEnds(['A', 'B', 'C', 'D'], of(['A', 'Bx', 'C', 'D']))).toEqual({ head: 1, tail: 1 });
    expect(unchangedEnds(['A', 'A', 'A'], of(['A', 'A']))).toEqual({ head: 2, tail: 0 });
    expect(unchangedEnds(['A', 'B'], of(['B']))).toEqual({ head: 0, tail: 0 }); // B followed A, now starts the field
    expect(unchangedEnds([], of(['A']))).toEqual({ head: 0, tail: 0 });
    expect(unchangedEnds(['A', 'B', 'C'], of(['A', 'B', 'C']))).toEqual({ head: 3, tail: 0 });
  });

  it('a cached multi-edit suggestion moves with its sentence (its edits, not only the finding)', () => {
    const engine = new Engine({ rules: RULES, tokenizer });
    // The sentence and the one before it are unchanged: the rule's reports come from the cache.
    const body = 'ご連絡ありがとうございます。\n当社は個人のお客様とは取引しません。';
    engine.analyze({ body, context });
    const moved = `佐藤様\n\n${body}`;
    const warm = engine.analyze({ body: moved, context });
    expect(warm).toEqual(new Engine({ rules: RULES, tokenizer }).analyze({ body: moved, context }));
    const f = warm.find((x) => x.ruleId === 'ja.blunt-refusal.negated-act')!;
    expect(f.suggestions[0]!.edits!.length).toBeGreaterThan(1);
    expect(applySuggestion(moved, f)).toBe('佐藤様\n\nご連絡ありがとうございます。\n申し訳ございませんが、当社は個人のお客様とはお取引いたしかねます。');
  });

  it('tokens read after their line moved have the moved offsets', () => {
    const engine = new Engine({ rules: [particles], tokenizer });
    const body = '資料をお送りします。\n見積書を添付いたします。';
    engine.analyze({ body, context });
    const moved = `追記です。\n${body}`;
    const found = engine.analyze({ body: moved, context });
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(moved.slice(f.start, f.end)).toBe(f.message);
  });

  it('a cached sentence report moves with its sentence, suggestion edits included', () => {
    // Reports the sentence's last character and offers an edit at the sentence's start: both are offsets
    // into the field, so a sentence answered from the cache after a line above it changed must move both.
    const edge = defineRule({
      id: 'ja.register.test-edge', lang: 'ja', category: 'register', severity: 'info',
      title: { en: 't', ja: 't' }, rationale: { en: 't', ja: 't' }, examples: { valid: [], invalid: [] },
      sentence(s, ctx) {
        ctx.report({
          start: s.end - 1, end: s.end, message: s.text,
          suggestions: [{ text: '', label: 't', edits: [{ start: s.start, end: s.start, text: '※' }, { start: s.end - 1, end: s.end, text: '' }] }],
        });
      },
    });
    const engine = new Engine({ rules: [edge], tokenizer });
    const body = '資料をお送りします。\n見積書を添付いたします。';
    engine.analyze({ body, context });
    for (const moved of [`追記です。\n${body}`, `追\n${body}`, body.slice(1)]) {
      const draft = { body: moved, context };
      const warm = engine.analyze(draft);
      expect(warm).toEqual(new Engine({ rules: [edge], tokenizer }).analyze(draft));
      for (const f of warm) expect(moved.slice(f.suggestions[0]!.edits![0]!.start, f.end)).toBe(f.message);
    }
  });

  it('a line rule runs again only on the line that changed, and its cached reports move with the line', () => {
    const seen: string[] = [];
    const lineEnd = defineRule({
      id: 'ja.register.test-line', lang: 'ja', category: 'register', severity: 'info',
      title: { en: 't', ja: 't' }, rationale: { en: 't', ja: 't' }, examples: { valid: [], invalid: [] },
      line(line, sentences, ctx) {
        seen.push(line.text);
        const last = sentences[sentences.length - 1]!;
        ctx.report({ start: last.end - 1, end: last.end, message: line.text, suggestions: [] });
      },
    });
    const engine = new Engine({ rules: [lineEnd], tokenizer });
    const body = '資料をお送りします。\n見積書を添付いたします。ご確認ください。\n\n> 引用です。';
    engine.analyze({ body, context });
    expect(seen).toEqual(['資料をお送りします。', '見積書を添付いたします。ご確認ください。']);
    seen.length = 0;
    const edited = `追記です。\n${body.replace('資料', '書類')}`;
    const found = engine.analyze({ body: edited, context });
    expect(seen).toEqual(['追記です。', '書類をお送りします。']);
    expect(found).toEqual(new Engine({ rules: [lineEnd], tokenizer }).analyze({ body: edited, context }));
    for (const f of found) expect(edited.slice(f.start, f.end)).toBe('。');
  });
});
