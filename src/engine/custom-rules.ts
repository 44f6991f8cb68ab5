import type { CustomRule, Policy } from '../policy/schema';
import type { Field, Finding, Recipient } from './types';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word boundaries for Latin phrases; Japanese has no spaces, so it matches anywhere. */
function pattern(phrase: string): string {
  const e = escape(phrase);
  return /^[A-Za-z0-9]/.test(phrase) && /[A-Za-z0-9]$/.test(phrase) ? `\\b${e}\\b` : e;
}

/** Runs an organisation's own `existence` / `substitution` rules (category `policy`) over one field. */
export function runCustomRules(policy: Policy, field: Field, text: string, recipient: Recipient): Finding[] {
  const out: Finding[] = [];
  for (const rule of policy.customRules) {
    if (rule.audience && !rule.audience.includes(recipient)) continue;
    if (policy.rules[`policy.${rule.id}`] === 'off') continue;
    const severity = policy.rules[`policy.${rule.id}`] ?? rule.level;
    if (severity === 'off') continue;
    for (const [phrase, replacement] of entries(rule)) {
      const re = new RegExp(pattern(phrase), rule.ignoreCase ? 'gi' : 'g');
      for (const m of text.matchAll(re)) {
        out.push({
          ruleId: `policy.${rule.id}`,
          category: 'policy',
          severity,
          field,
          start: m.index,
          end: m.index + m[0].length,
          message: rule.message,
          ...(rule.messageJa ? { messageJa: rule.messageJa } : {}),
          rationale: 'A rule your organisation added.',
          rationaleJa: '組織の管理者が追加したルールです。',
          suggestions: replacement === undefined ? [] : [{ text: replacement, label: `Use “${replacement}”`, labelJa: `「${replacement}」にする` }],
        });
      }
    }
  }
  return out;
}

function entries(rule: CustomRule): Array<[string, string | undefined]> {
  return rule.kind === 'substitution'
    ? Object.entries(rule.swap)
    : rule.phrases.map((p) => [p, rule.suggestion] as [string, string | undefined]);
}
