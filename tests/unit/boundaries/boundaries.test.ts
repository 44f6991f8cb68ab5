import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applySuggestion } from '../../../src/engine/apply';
import { Boundaries, onGraphemes } from '../../../src/engine/boundaries';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { defineRule } from '../../../src/engine/rule';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import type { Finding } from '../../../src/engine/types';
import { PolicySchema } from '../../../src/policy/schema';
import { RULES } from '../../../src/rules';

/** Pieces of hard Unicode: emoji ZWJ sequences, skin tones, flags, combining marks, RTL, lone surrogates, NUL. */
const HARD = [
  '😀', '👩‍👩‍👧', '👨🏻‍💻', '👍🏽', '🇯🇵', '🇺🇸', '🏳️‍🌈', '❤️', '1️⃣', 'e\u0301', 'a\u0308\u0323', 'か\u3099', 'ｶﾞ',
  'שלום', 'مرحبا', '\u200f', '\u202e', '\ud800', '\udfff', '\ud83d', '\u0000', '\r\n', '\n', ' ', '\u00a0', '　',
  '𠮷', '葛\udb40\udd00', '。', '、', '!', 'lol', 'thx', 'Hi Kenji,', 'ASAP', '了解です', 'できません', 'Mr. ',
];
const piece = fc.oneof(fc.constantFrom(...HARD), fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 }));
const unicodeText = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

/** Every grapheme boundary of a text, from Intl.Segmenter over the whole text. */
function boundarySet(text: string): Set<number> {
  const set = new Set<number>([text.length]);
  for (const g of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) set.add(g.index);
  return set;
}

function expectOnBoundaries(text: string, f: Pick<Finding, 'start' | 'end' | 'suggestions'>): void {
  const ok = boundarySet(text);
  expect(ok.has(f.start), `start ${f.start} in ${JSON.stringify(text)}`).toBe(true);
  expect(ok.has(f.end), `end ${f.end} in ${JSON.stringify(text)}`).toBe(true);
  for (const s of f.suggestions) {
    for (const e of s.edits ?? []) {
      expect(ok.has(e.start) && ok.has(e.end), `edit ${e.start}..${e.end} in ${JSON.stringify(text)}`).toBe(true);
    }
  }
}

describe('Boundaries', () => {
  it('agrees with Intl.Segmenter over the whole text at every position', () => {
    fc.assert(
      fc.property(unicodeText, (text) => {
        const ok = boundarySet(text);
        const b = new Boundaries(text);
        for (let i = 0; i <= text.length; i++) {
          const floor = Math.max(...[...ok].filter((x) => x <= i));
          const ceil = Math.min(...[...ok].filter((x) => x >= i));
          expect(b.floor(i)).toBe(floor);
          expect(b.ceil(i)).toBe(ceil);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays right deep inside a long run of flags (pairs counted from the run start)', () => {
    const text = 'x' + '🇯🇵'.repeat(100);
    const b = new Boundaries(text);
    expect(b.floor(1 + 4 * 60 + 2)).toBe(1 + 4 * 60);
    expect(b.ceil(1 + 4 * 60 + 2)).toBe(1 + 4 * 61);
  });
});

describe('onGraphemes', () => {
  it('puts every range and edit of arbitrary reports on grapheme boundaries, and changes nothing on boundaries', () => {
    fc.assert(
      fc.property(unicodeText.filter((t) => t.length > 0), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.boolean()), { minLength: 1, maxLength: 4 }), (text, raw) => {
        const reports = raw.map(([a, b, repl, multi]) => {
          const start = a % text.length;
          const end = start + 1 + (b % (text.length - start));
          const suggestions = multi
            ? [{ text: repl, label: 'x', edits: [{ start, end: start, text: '[' }, { start: end, end, text: ']' }] }]
            : [{ text: repl, label: 'x' }];
          return { start, end, suggestions };
        });
        const ok = boundarySet(text);
        const aligned = onGraphemes(reports, text);
        expect(aligned).toHaveLength(reports.length);
        aligned.forEach((f, i) => {
          expectOnBoundaries(text, f);
          const was = reports[i]!;
          // The highlight covers at least what the rule flagged.
          expect(f.start <= was.start && was.end <= f.end).toBe(true);
          const after = applySuggestion(text, f);
          // Applying never leaves half a surrogate pair that the draft did not have.
          if (text.isWellFormed()) expect(after.isWellFormed()).toBe(true);
          const onBoundaries = ok.has(was.start) && ok.has(was.end);
          if (onBoundaries) expect(after).toBe(applySuggestion(text, was));
        });
      }),
      { numRuns: 400 },
    );
  });

  it('removing a word whose match ran into an emoji keeps the emoji whole', () => {
    const text = 'lol😀 see you';
    // A rule matching /lol./ without the u flag takes the first half of the emoji.
    const [f] = onGraphemes([{ start: 0, end: 4, suggestions: [{ text: '', label: 'remove' }] }], text);
    expect(text.slice(f!.start, f!.end)).toBe('lol😀');
    expect(applySuggestion(text, f!)).toBe('😀 see you');
  });

  it('strict: a match starting or ending inside a surrogate pair is no match', () => {
    const text = 'ok 😀 ok';
    expect(onGraphemes([{ start: 3, end: 4, suggestions: [] }], text, { strict: true })).toEqual([]);
    expect(onGraphemes([{ start: 4, end: 5, suggestions: [] }], text, { strict: true })).toEqual([]);
  });
});

describe('engine findings over arbitrary Unicode', () => {
  let tokenizer: JapaneseTokenizer;
  beforeAll(async () => {
    tokenizer = await sharedNodeTokenizer();
  });

  /** A careless rule: flags every code unit after an "o" and removes it, whatever it is half of. */
  const careless = defineRule({
    id: 'en.register.test-careless',
    lang: 'any',
    category: 'register',
    severity: 'info',
    title: { en: 't', ja: 't' },
    rationale: { en: 't', ja: 't' },
    examples: { valid: [], invalid: [] },
    document(ctx) {
      for (let i = ctx.text.indexOf('o'); i >= 0 && i + 2 <= ctx.text.length; i = ctx.text.indexOf('o', i + 1)) {
        ctx.report({ start: i + 1, end: i + 2, message: 'x', suggestions: [{ text: '', label: 'remove' }, { text: 'y', label: 'y', edits: [{ start: i, end: i + 2, text: 'y' }] }] });
      }
    },
  });

  it('every finding of every rule, custom rule and allow-list lies on grapheme boundaries', () => {
    const policy = PolicySchema.parse({
      allow: ['\ud83d'],
      customRules: [
        { id: 'lone', kind: 'existence', message: 'lone surrogate', phrases: ['\ud83d', '\ude00', '\u200d'], suggestion: '' },
        { id: 'swap', kind: 'substitution', message: 'swap', swap: { 'e': 'E', '\u0301': '' } },
      ],
    });
    const engine = new Engine({ rules: [...RULES, careless], tokenizer });
    fc.assert(
      fc.property(unicodeText, unicodeText, (subject, bodyPart) => {
        const body = `Hi Kenji,\n${bodyPart} lol😀 できません\no${bodyPart}`;
        const findings = engine.analyze({ subject, body, context: { recipient: 'client', firstContact: false, now: '2026-02-02' } }, policy);
        for (const f of findings) {
          const text = f.field === 'subject' ? subject : body;
          expectOnBoundaries(text, f);
          for (let i = 0; i < f.suggestions.length; i++) {
            const after = applySuggestion(text, f, i);
            if (text.isWellFormed()) expect(after.isWellFormed(), `${f.ruleId} on ${JSON.stringify(text)}`).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a policy phrase made of a lone surrogate never flags half of an emoji', () => {
    const policy = PolicySchema.parse({
      customRules: [{ id: 'lone', kind: 'existence', message: 'lone', phrases: ['\ud83d'] }],
    });
    const engine = new Engine({ rules: [], tokenizer });
    const findings = engine.analyze({ body: 'Thanks 😀😃 see you \ud83d.', context: { recipient: 'client' } }, policy);
    // Only the real lone surrogate at the end is a match.
    expect(findings.map((f) => [f.start, f.end])).toEqual([[20, 21]]);
  });
});
