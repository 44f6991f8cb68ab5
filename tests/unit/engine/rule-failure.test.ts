// A rule that throws (a bug in it, or in facts it reads) costs only its own findings: the engine catches it per
// rule — sentence, line and document rules, and an organisation's own rules — leaves out everything that rule
// reported in the run, keeps every other rule's findings, and reports the failure (rule, count, first message)
// in Analysis.failedRules, which the extension's response and the CLI's stderr carry. The failure is kept with
// the memo of the sentence or line it happened on, so a warm engine reports the same as a cold one.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { defineRule, type Rule } from '../../../src/engine/rule';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import type { DraftInput } from '../../../src/engine/types';
import { DEFAULT_POLICY } from '../../../src/policy/schema';
import { RULES } from '../../../src/rules';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

const context = { recipient: 'client' as const, firstContact: false, now: '2025-12-01' };
const shape = {
  category: 'register' as const, severity: 'info' as const, lang: 'any' as const,
  title: { en: 't', ja: 't' }, rationale: { en: 't', ja: 't' }, examples: { valid: [], invalid: [] },
};

/** Reports every sentence, and throws on a sentence holding 「爆発」 or "explode". */
const sentenceBomb = defineRule({
  ...shape,
  id: 'test.sentence-bomb',
  sentence(s, ctx) {
    if (/爆発|explode/.test(s.text)) throw new Error('sentence bomb');
    ctx.report({ start: s.start, end: s.end, message: 'seen', suggestions: [] });
  },
});

const lineBomb = defineRule({
  ...shape,
  id: 'test.line-bomb',
  line(line) {
    if (line.text.includes('爆発')) throw new Error('line bomb');
  },
});

const documentBomb = defineRule({
  ...shape,
  id: 'test.document-bomb',
  document(ctx) {
    ctx.report({ start: 0, end: 1, message: 'first', suggestions: [] });
    if (ctx.text.includes('爆発')) throw new TypeError('document bomb');
  },
});

const draft = (body: string): DraftInput => ({ body, context });
const BODY = [
  '田中様',
  '',
  'お世話になっております。',
  'ご依頼の件ですが、その価格ではできません。',
  '在庫が爆発的に減っています。',
  '納期は来月末になります。',
].join('\n');

function withRules(extra: Rule[]): Engine {
  return new Engine({ rules: [...RULES, ...extra], tokenizer });
}

describe('a rule that throws', () => {
  it('loses only its own findings, in the whole run, and is reported with a count', () => {
    const clean = new Engine({ rules: RULES, tokenizer }).analyze(draft(BODY));
    expect(clean.length).toBeGreaterThan(0);
    const analysis = withRules([sentenceBomb]).analyzeWithStatus(draft(BODY));
    expect(analysis.findings).toEqual(clean);
    expect(analysis.failedRules).toEqual([{ ruleId: 'test.sentence-bomb', count: 1, error: 'sentence bomb' }]);
  });

  it('counts every sentence it threw on', () => {
    const body = 'It will explode. Fine. It will explode again.';
    const analysis = new Engine({ rules: [sentenceBomb], tokenizer }).analyzeWithStatus(draft(body));
    expect(analysis.findings).toEqual([]);
    expect(analysis.failedRules).toEqual([{ ruleId: 'test.sentence-bomb', count: 2, error: 'sentence bomb' }]);
  });

  it('is isolated in line and document rules too, and each failing rule is named once', () => {
    const clean = new Engine({ rules: RULES, tokenizer }).analyze(draft(BODY));
    const analysis = withRules([lineBomb, documentBomb, sentenceBomb]).analyzeWithStatus(draft(BODY));
    expect(analysis.findings).toEqual(clean);
    expect(analysis.failedRules.map((f) => f.ruleId).sort()).toEqual(['test.document-bomb', 'test.line-bomb', 'test.sentence-bomb']);
    expect(analysis.failedRules.find((f) => f.ruleId === 'test.document-bomb')!.error).toBe('document bomb');
  });

  it('keeps failing from the memo while the text is there, and stops when it is gone', () => {
    const engine = withRules([sentenceBomb, lineBomb]);
    const cold = withRules([sentenceBomb, lineBomb]);
    const first = engine.analyzeWithStatus(draft(BODY));
    expect(first.failedRules).toHaveLength(2);
    // Same draft again, then an edit of the sentence before (the failing sentence's memo is reused).
    expect(engine.analyzeWithStatus(draft(BODY))).toEqual(first);
    const edited = BODY.replace('その価格では', 'このお値段では');
    expect(engine.analyzeWithStatus(draft(edited))).toEqual(cold.analyzeWithStatus(draft(edited)));
    expect(engine.analyzeWithStatus(draft(edited)).failedRules.map((f) => f.ruleId).sort()).toEqual(['test.line-bomb', 'test.sentence-bomb']);
    const healed = BODY.replace('爆発的に', '急速に');
    const after = engine.analyzeWithStatus(draft(healed));
    expect(after.failedRules).toEqual([]);
    expect(after.findings.filter((f) => f.ruleId === 'test.sentence-bomb').length).toBeGreaterThan(0);
    expect(after).toEqual(new Engine({ rules: [...RULES, sentenceBomb, lineBomb], tokenizer }).analyzeWithStatus(draft(healed)));
  });

  it('is not reported when nothing throws', () => {
    const analysis = withRules([sentenceBomb]).analyzeWithStatus(draft('お世話になっております。'));
    expect(analysis.failedRules).toEqual([]);
  });

  it('costs an organisation rule only its own findings', () => {
    const policy = {
      ...DEFAULT_POLICY,
      customRules: [
        { id: 'ok', kind: 'existence' as const, phrases: ['ASAP'], message: 'ok', level: 'warning' as const, ignoreCase: false },
        // A rule object the schema would not have let through: its phrases are not strings, so matching throws.
        { id: 'broken', kind: 'existence' as const, phrases: [null as unknown as string], message: 'x', level: 'warning' as const, ignoreCase: false },
      ],
    };
    const analysis = new Engine({ rules: [], tokenizer }).analyzeWithStatus({ body: 'Please reply ASAP.', context }, policy);
    expect(analysis.findings.map((f) => f.ruleId)).toEqual(['policy.ok']);
    expect(analysis.failedRules.map((f) => f.ruleId)).toEqual(['policy.broken']);
  });
});
