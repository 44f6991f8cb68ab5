// One harness for every rule's own examples (LanguageTool / textlint style): each invalid example must be
// flagged at exactly its phrase, each suggestion must produce exactly the expected text, and each valid
// example must raise nothing from that rule.
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../src/engine/apply';
import type { Rule, RuleExample } from '../../src/engine/rule';
import type { Finding } from '../../src/engine/types';
import { RULES } from '../../src/rules';
import { draftOf, nth } from '../../scripts/lib/example-draft';
import { nodeEngine } from './node-engine';

const engine = nodeEngine();

function run(rule: Rule, ex: RuleExample): { findings: Finding[]; text: string } {
  const field = rule.fields && !rule.fields.includes('body') ? 'subject' : 'body';
  const draft = {
    body: field === 'body' ? ex.text : '',
    subject: field === 'subject' ? ex.text : ex.subject ?? '',
    kind: ex.kind ?? 'email',
    context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01', ...ex.context },
  };
  const findings = engine.analyze(draft).filter((f) => f.ruleId === rule.id && f.field === field);
  return { findings, text: ex.text };
}

/**
 * Examples of rules owned elsewhere whose fixed text still raises another rule's finding, reported to their
 * owners: the weekday fix lands on a public holiday (any.calendar.weekday-mismatch), and the shorthand fix
 * leaves a casual よろしく！ (en.register.shorthand-in-japanese). Asserted as they are, so the entry must go
 * when the example is corrected.
 */
const KNOWN_NEW_FINDINGS: Record<string, string> = {
  '3月20日（金）15時に貴社へお伺いいたします。': 'any.calendar.meeting-on-holiday',
};

/** Every rule's findings on an example (all rules enabled), in the example's field. */
function all(rule: Rule, ex: RuleExample): Finding[] {
  const { field, draft } = draftOf(rule, ex);
  return engine.analyze(draft).filter((f) => f.field === field);
}

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('documents itself: titles and rationale in English and Japanese, a valid and an invalid example', () => {
    expect(rule.id).toMatch(new RegExp(`^(ja|en|any)\\.${rule.category}\\.[a-z0-9-]+$`));
    for (const t of [rule.title.en, rule.title.ja, rule.rationale.en, rule.rationale.ja]) expect(t.length).toBeGreaterThan(3);
    expect(rule.rationale.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.valid.map((ex, i) => [i, ex] as const))('valid example %i raises nothing', (_i, ex) => {
    expect(run(rule, ex).findings).toEqual([]);
  });

  it.each(rule.examples.invalid.map((ex, i) => [i, ex] as const))('invalid example %i is flagged and fixed', (_i, ex) => {
    const { findings, text } = run(rule, ex);
    const start = nth(text, ex.flagged, ex.occurrence);
    expect(start, `"${ex.flagged}" must occur in the example`).toBeGreaterThanOrEqual(0);
    const f = findings.find((x) => x.start === start && x.end === start + ex.flagged.length);
    expect(f, `a finding on exactly «${ex.flagged}»; got ${JSON.stringify(findings.map((x) => text.slice(x.start, x.end)))}`).toBeDefined();
    expect(f!.message.length).toBeGreaterThan(0);
    expect(f!.suggestions.length).toBe(ex.outputs.length);
    expect(f!.suggestions.map((_, i) => applySuggestion(text, f!, i))).toEqual(ex.outputs);
  });

  it.each(rule.examples.invalid.map((ex, i) => [i, ex] as const))('invalid example %i, fixed, raises nothing new', (_i, ex) => {
    const field = rule.fields && !rule.fields.includes('body') ? 'subject' : 'body';
    // A rule reports no more findings on the fixed text than on the original (the fixed rule, fewer).
    const count = (fs: Finding[]) => fs.reduce((m, f) => m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1), new Map<string, number>());
    const before = count(all(rule, ex));
    for (const output of ex.outputs) {
      const after = count(all(rule, { ...ex, text: output }));
      const fresh = [...after].filter(([id, n]) => n > (before.get(id) ?? 0)).map(([id]) => id);
      const known = KNOWN_NEW_FINDINGS[output];
      expect(fresh, `after applying: «${output}»`).toEqual(known ? [known] : []);
    }
  });
});

it('rule ids are unique', () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});
