import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Engine } from '../../../src/engine/engine';
import { defineRule } from '../../../src/engine/rule';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import { PolicySchema } from '../../../src/policy/schema';
import { RULES } from '../../../src/rules';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

const client = { recipient: 'client' as const, firstContact: false, now: '2025-12-01' };

/** A rule that needs morphology: flags every verb token. */
const verbs = defineRule({
  id: 'ja.register.test-verbs',
  lang: 'ja',
  category: 'register',
  severity: 'info',
  requiresTokens: true,
  title: { en: 't', ja: 't' },
  rationale: { en: 't', ja: 't' },
  examples: { valid: [], invalid: [] },
  sentence(s, ctx) {
    for (const t of s.tokens ?? []) if (t.pos === '動詞') ctx.report({ start: t.start, end: t.end, message: t.surface, suggestions: [] });
  },
});

describe('Engine', () => {
  it('gives kuromoji tokens absolute offsets into the field', () => {
    const engine = new Engine({ rules: [verbs], tokenizer });
    const body = 'Dear Mr. Sato,\n資料を送ります。確認してください。';
    const findings = engine.analyze({ body, context: client });
    // The rule reports each verb token's surface as its message: the field's slice must be that surface.
    expect(findings.map((f) => body.slice(f.start, f.end))).toEqual(findings.map((f) => f.message));
    expect(findings.map((f) => [f.start, f.message])).toContainEqual([body.indexOf('送り'), '送り']);
    expect(findings.map((f) => [f.start, f.message])).toContainEqual([body.indexOf('ください'), 'ください']);
  });

  it('skips rules that need the dictionary while it is missing, and says so', () => {
    const engine = new Engine({ rules: [verbs], tokenizer: null });
    const a = engine.analyzeWithStatus({ body: '資料をお送りします。', context: client });
    expect(a.findings).toEqual([]);
    expect(a.japaneseReady).toBe(false);
    expect(a.skippedRules).toEqual(['ja.register.test-verbs']);
    engine.setTokenizer(tokenizer);
    expect(engine.analyzeWithStatus({ body: '資料をお送りします。', context: client }).findings.length).toBeGreaterThan(0);
  });

  it('exempts internal mail from client etiquette by default', () => {
    const engine = new Engine({ rules: RULES, tokenizer });
    expect(engine.analyze({ body: '了解しました。', context: { ...client, recipient: 'internal' } })).toEqual([]);
    expect(engine.analyze({ body: '了解しました。', context: client }).length).toBeGreaterThan(0);
  });

  it('applies policy levels: a rule override wins over its category, off removes it', () => {
    const engine = new Engine({ rules: RULES, tokenizer });
    const draft = { body: '御社のご依頼、了解しました。', context: client };
    const off = PolicySchema.parse({ rules: { 'ja.honorific.gosha-in-writing': 'off' }, categories: { honorific: 'error' } });
    const fs = engine.analyze(draft, off);
    expect(fs.map((f) => f.ruleId)).not.toContain('ja.honorific.gosha-in-writing');
    expect(fs.find((f) => f.ruleId === 'ja.honorific.ryokai-to-client')?.severity).toBe('error');
  });

  it('drops findings covered by an allow-listed phrase', () => {
    const engine = new Engine({ rules: RULES, tokenizer });
    const policy = PolicySchema.parse({ allow: ['御社ブランド'] });
    const body = '御社ブランドの件と、御社の件です。';
    const fs = engine.analyze({ body, context: client }, policy).filter((f) => f.ruleId === 'ja.honorific.gosha-in-writing');
    expect(fs.map((f) => f.start)).toEqual([body.lastIndexOf('御社')]);
  });

  it('runs an organisation’s custom rules as category policy, on subject and body', () => {
    const engine = new Engine({ rules: [], tokenizer });
    const policy = PolicySchema.parse({
      customRules: [
        { id: 'no-cheap', kind: 'substitution', swap: { cheap: 'cost-effective' }, message: 'Say cost-effective.' },
        { id: 'no-guarantee', kind: 'existence', phrases: ['絶対'], message: '断定を避けます。', level: 'error' },
      ],
    });
    const fs = engine.analyze({ subject: 'A cheap option', body: 'Cheap, and 絶対に安全です。cheapest', context: client }, policy);
    expect(fs.map((f) => [f.field, f.ruleId, f.start, f.end, f.severity, f.suggestions[0]?.text])).toEqual([
      ['subject', 'policy.no-cheap', 2, 7, 'warning', 'cost-effective'],
      ['body', 'policy.no-cheap', 0, 5, 'warning', 'cost-effective'],
      ['body', 'policy.no-guarantee', 11, 13, 'error', undefined],
    ]);
    expect(fs.every((f) => f.category === 'policy')).toBe(true);
  });

  it('sorts findings by field and position and keeps one per range and category', () => {
    const dup = (id: string, severity: 'info' | 'error') =>
      defineRule({
        id, lang: 'en', category: 'register', severity, title: { en: 't', ja: 't' }, rationale: { en: 't', ja: 't' },
        examples: { valid: [], invalid: [] },
        sentence(s, ctx) {
          ctx.report({ start: s.start, end: s.start + 2, message: id, suggestions: [] });
        },
      });
    const engine = new Engine({ rules: [dup('en.register.a', 'info'), dup('en.register.b', 'error')], tokenizer });
    const fs = engine.analyze({ body: 'Hello there. Bye now.', context: client });
    expect(fs.map((f) => [f.start, f.ruleId])).toEqual([[0, 'en.register.b'], [13, 'en.register.b']]);
  });

  it('gives the same findings after edits (cached) as a fresh engine does', () => {
    const pieces = ['御社のご依頼、了解しました。', 'No, that is out of scope.', 'お世話になっております。', '\n', 'Thank you. ', '御社', '了解しました', '。'];
    const warm = new Engine({ rules: RULES, tokenizer });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom('client', 'internal', 'prospect'), (parts, recipient) => {
        const draft = { body: parts.join(''), context: { ...client, recipient: recipient as 'client' } };
        expect(warm.analyze(draft)).toEqual(new Engine({ rules: RULES, tokenizer }).analyze(draft));
      }),
      { numRuns: 60 },
    );
  });
});
