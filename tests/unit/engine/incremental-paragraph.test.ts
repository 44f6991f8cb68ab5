// Sentence rules are cached on their sentence and the one before it. The refusal rules also ask whether the
// paragraph above the sentence names a request of the client's (src/rules/ja/lib/request-context.ts: ご依頼の件、
// …。…。旧価格での販売は継続できません is a refusal, not bad news): they read it through ctx.paragraphBefore, and
// the engine keeps the sentence's reports only while that paragraph text is the same. Before, the rule sliced
// ctx.text itself and an edit two sentences above (typing ご依頼) left the warm engine's answer stale.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine, paragraphBefore } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { FieldParser } from '../../../src/engine/parse';
import { defineRule } from '../../../src/engine/rule';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import { RULES } from '../../../src/rules';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

const context = { recipient: 'client' as const, firstContact: false, now: '2025-12-01' };
const mail = (opening: string) =>
  `佐藤様\n\nいつもお世話になっております。\n\n${opening}、承知しました。\n社内で検討いたしました。\n旧価格での販売は継続できません。\n\nよろしくお願いいたします。`;

describe('a sentence rule reading the paragraph above its sentence', () => {
  it('is run again when an edit above the sentence changes that paragraph (typing ご依頼 two sentences up)', () => {
    for (const [from, to] of [['先日の件', 'ご依頼の件'], ['ご依頼の件', '先日の件']]) {
      const warm = new Engine({ rules: RULES, tokenizer });
      warm.analyze({ body: mail(from!), context });
      const draft = { body: mail(to!), context };
      const fresh = new Engine({ rules: RULES, tokenizer }).analyze(draft);
      expect(warm.analyze(draft)).toEqual(fresh);
    }
    // The two readings differ, so the comparison above can fail: a refusal when they asked, bad news when not.
    const ids = (opening: string) => new Engine({ rules: RULES, tokenizer }).analyze({ body: mail(opening), context }).map((f) => f.ruleId);
    expect(ids('ご依頼の件')).toContain('ja.blunt-refusal.unsoftened-refusal');
    expect(ids('先日の件')).not.toContain('ja.blunt-refusal.unsoftened-refusal');
  });

  it('a warm engine after random edits around requests, news and blank lines = a fresh engine', () => {
    const piece = fc.constantFrom('ご依頼の件、承知しました。', '先日の件、承知しました。', '旧価格での販売は継続できません。', '来月から当該品の出荷は不可となります。',
      '社内で検討いたしました。', '', '　', 'ご要望', 'の', '\r');
    const start = mail('先日の件').split('\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 12 }), piece, fc.boolean()), { minLength: 1, maxLength: 8 }), (edits) => {
        const warm = new Engine({ rules: RULES, tokenizer });
        const lines = [...start];
        warm.analyze({ body: lines.join('\n'), context });
        for (const [at, text, insertLine] of edits) {
          const i = Math.min(at, lines.length);
          if (insertLine || i === lines.length) lines.splice(i, 0, text);
          else lines[i] = text + lines[i]!;
          const draft = { body: lines.join('\n'), context };
          expect(warm.analyze(draft)).toEqual(new Engine({ rules: RULES, tokenizer }).analyze(draft));
        }
      }),
      { numRuns: 40, seed: 14 },
    );
  }, 240_000);

  it('may ask for its own sentence only, and a line rule may not ask', () => {
    const other = defineRule({
      id: 'ja.register.test-paragraph', lang: 'ja', category: 'register', severity: 'info',
      title: { en: 't', ja: 't' }, rationale: { en: 't', ja: 't' }, examples: { valid: [], invalid: [] },
      sentence(s, ctx) {
        const first = ctx.sentences[0]!;
        if (first !== s) ctx.paragraphBefore(first);
      },
    });
    // A rule that breaks the contract fails (reported, its findings left out), like any rule that throws.
    const failed = (rules: typeof RULES, body: string) => new Engine({ rules, tokenizer }).analyzeWithStatus({ body, context }).failedRules;
    expect(failed([other], '一文目です。二文目です。')[0]!.error).toMatch(/own sentence/);
    const line = defineRule({
      id: 'ja.register.test-paragraph-line', lang: 'ja', category: 'register', severity: 'info',
      title: { en: 't', ja: 't' }, rationale: { en: 't', ja: 't' }, examples: { valid: [], invalid: [] },
      line(_line, sentences, ctx) {
        ctx.paragraphBefore(sentences[0]!);
      },
    });
    expect(failed([line], '一文目です。')[0]!.error).toMatch(/line rule/);
  });
});

describe('paragraphBefore', () => {
  /** What request-context.ts sliced before: the text up to the sentence from after the last /\n[ \t\u3000]*\n/. */
  function sliced(text: string, at: number): string {
    const head = text.slice(0, at);
    let from = 0;
    for (const m of head.matchAll(/\n[ \t\u3000]*\n/g)) from = m.index + m[0].length;
    return head.slice(from);
  }

  it('is the old slice up to white space at its start (all a pattern without white space can tell)', () => {
    const bit = fc.constantFrom('ご依頼。', 'a. ', '\n', '\r\n', ' ', '\t', '　', '\u00a0', 'x', '\n\n', '\n \n');
    fc.assert(
      fc.property(fc.array(bit, { maxLength: 24 }), (bits) => {
        const text = bits.join('');
        const parsed = new FieldParser(null).parse(text);
        for (const s of parsed.sentences) {
          expect(paragraphBefore(parsed, s).replace(/^\s+/, '')).toBe(sliced(text, s.start).replace(/^\s+/, ''));
        }
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});
