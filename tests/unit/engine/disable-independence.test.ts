// Disabling any rule in the policy never removes a finding of another rule: rules give way only to enabled
// rules (`yieldsTo`, resolved by the engine), never by reading each other's helpers. Checked over every
// registered rule (ja, en, any), on every rule's invalid examples: each rule that reported something there is
// switched off in turn, and every other rule's findings must still be there.
import { describe, expect, it } from 'vitest';
import type { Rule, RuleExample } from '../../../src/engine/rule';
import type { Finding } from '../../../src/engine/types';
import { DEFAULT_POLICY, type Policy } from '../../../src/policy/schema';
import { RULES } from '../../../src/rules';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();

function draft(rule: Rule, ex: RuleExample) {
  const field = rule.fields && !rule.fields.includes('body') ? 'subject' : 'body';
  return {
    body: field === 'body' ? ex.text : '',
    subject: field === 'subject' ? ex.text : ex.subject ?? '',
    kind: ex.kind ?? 'email',
    context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01', ...ex.context },
  };
}
const key = (f: Finding) => `${f.ruleId}@${f.field}:${f.start}-${f.end}`;
const off = (id: string): Policy => ({ ...DEFAULT_POLICY, rules: { ...DEFAULT_POLICY.rules, [id]: 'off' } });

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('switching off any rule that fired on its invalid examples leaves the other rules\' findings in place', () => {
    let checked = 0;
    for (const ex of rule.examples.invalid) {
      const d = draft(rule, ex);
      const all = engine.analyze(d);
      for (const q of new Set(all.map((f) => f.ruleId))) {
        const without = new Set(engine.analyze(d, off(q)).map(key));
        const lost = all.filter((f) => f.ruleId !== q && !without.has(key(f))).map(key);
        expect(lost, `switching off ${q} on «${ex.text.slice(0, 60)}»`).toEqual([]);
        checked++;
      }
    }
    // The rule's own invalid examples fire at least the rule itself (the check above ran).
    expect(checked).toBeGreaterThan(0);
  });
});

it('a rule that yields to another reappears when that rule is switched off (the test can fail)', () => {
  const body = 'データはもう見てるので、了解っす。';
  const on = engine.analyze({ body, context: { recipient: 'client' } }).map((f) => f.ruleId);
  const offCasual = engine.analyze({ body, context: { recipient: 'client' } }, off('ja.register.casual-to-client')).map((f) => f.ruleId);
  expect(on).toContain('ja.register.casual-to-client');
  expect(offCasual).toContain('ja.register.plain-sentence');
  expect(offCasual.filter((id) => id === 'ja.register.plain-sentence').length).toBeGreaterThan(
    on.filter((id) => id === 'ja.register.plain-sentence').length,
  );
});
