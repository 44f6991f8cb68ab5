// The options form as plain data, and its conversions to and from a policy. Pure, so it is unit-tested;
// the policy itself is validated by zod (parsePolicy) on save, which names the bad field.
import { CATEGORIES, type Category } from '../../engine/types';
import { parsePolicy, type PolicyResult } from '../../policy/parse';
import type { CustomRule, Level, Policy } from '../../policy/schema';

export interface CustomRuleForm {
  kind: CustomRule['kind'];
  id: string;
  message: string;
  messageJa: string;
  level: CustomRule['level'];
  /** existence: one phrase a line. */
  phrases: string;
  suggestion: string;
  /** substitution: one `phrase => replacement` a line. */
  swap: string;
  ignoreCase: boolean;
  /** Kept as loaded; not edited in the form. */
  audience?: CustomRule['audience'];
}

export interface PolicyForm {
  internalDomains: string;
  allow: string;
  categories: Partial<Record<Category, Level>>;
  rules: Record<string, Level>;
  customRules: CustomRuleForm[];
  confirmBeforeSend: boolean;
  uiLanguage: Policy['uiLanguage'];
}

/** What the enterprise-managed policy fixes: whole fields, and single rules or categories. */
export interface Locks {
  keys: ReadonlySet<string>;
  rules: ReadonlySet<string>;
  categories: ReadonlySet<string>;
}

export const NO_LOCKS: Locks = { keys: new Set(), rules: new Set(), categories: new Set() };

export function locksFrom(managed: Record<string, unknown> | undefined, managedKeys: readonly string[]): Locks {
  const keysOf = (v: unknown) => new Set(v && typeof v === 'object' ? Object.keys(v) : []);
  return {
    keys: new Set(managedKeys.filter((k) => k !== 'rules' && k !== 'categories')),
    rules: managedKeys.includes('rules') ? keysOf(managed?.rules) : new Set(),
    categories: managedKeys.includes('categories') ? keysOf(managed?.categories) : new Set(),
  };
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const SWAP_ARROW = /\s*(?:=>|→)\s*/;

export function newCustomRule(index: number): CustomRuleForm {
  return {
    kind: 'existence', id: `org.rule-${index + 1}`, message: '', messageJa: '', level: 'warning',
    phrases: '', suggestion: '', swap: '', ignoreCase: true,
  };
}

export function policyToForm(policy: Policy): PolicyForm {
  return {
    internalDomains: policy.internalDomains.join('\n'),
    allow: policy.allow.join('\n'),
    categories: { ...policy.categories },
    rules: { ...policy.rules },
    customRules: policy.customRules.map((r) => ({
      kind: r.kind,
      id: r.id,
      message: r.message,
      messageJa: r.messageJa ?? '',
      level: r.level,
      phrases: r.kind === 'existence' ? r.phrases.join('\n') : '',
      suggestion: r.kind === 'existence' ? r.suggestion ?? '' : '',
      swap: r.kind === 'substitution' ? Object.entries(r.swap).map(([a, b]) => `${a} => ${b}`).join('\n') : '',
      ignoreCase: r.ignoreCase,
      ...(r.audience ? { audience: r.audience } : {}),
    })),
    confirmBeforeSend: policy.confirmBeforeSend,
    uiLanguage: policy.uiLanguage,
  };
}

function customRuleInput(rule: CustomRuleForm, index: number): { value?: unknown; error?: string } {
  const base = {
    id: rule.id.trim(),
    message: rule.message.trim(),
    ...(rule.messageJa.trim() ? { messageJa: rule.messageJa.trim() } : {}),
    level: rule.level,
    ignoreCase: rule.ignoreCase,
    ...(rule.audience ? { audience: rule.audience } : {}),
  };
  if (rule.kind === 'existence') {
    return { value: { ...base, kind: 'existence', phrases: lines(rule.phrases), ...(rule.suggestion.trim() ? { suggestion: rule.suggestion.trim() } : {}) } };
  }
  const swap: Record<string, string> = {};
  for (const [n, line] of lines(rule.swap).entries()) {
    const [from, ...rest] = line.split(SWAP_ARROW);
    if (!from || rest.length === 0) return { error: `customRules.${index}.swap: line ${n + 1} needs "phrase => replacement"` };
    swap[from] = rest.join(' => ');
  }
  return { value: { ...base, kind: 'substitution', swap } };
}

/**
 * The user's policy from the form. Fields the managed policy fixes keep the user's own stored values (the
 * managed ones apply on top anyway), so removing the managed policy later restores the user's choices.
 */
export function formToPolicy(form: PolicyForm, stored: Policy, locks: Locks = NO_LOCKS): PolicyResult {
  const customRules: unknown[] = [];
  for (const [i, rule] of form.customRules.entries()) {
    const { value, error } = customRuleInput(rule, i);
    if (error) return { ok: false, field: `customRules.${i}.swap`, error };
    customRules.push(value);
  }
  const keep = <K extends keyof Policy>(key: K, value: unknown) => (locks.keys.has(key) ? stored[key] : value);
  const rules = Object.fromEntries(Object.entries(form.rules).filter(([id]) => !locks.rules.has(id)));
  for (const id of locks.rules) if (stored.rules[id]) rules[id] = stored.rules[id];
  const categories: Partial<Record<Category, Level>> = {};
  for (const c of CATEGORIES) {
    const value = locks.categories.has(c) ? stored.categories[c] : form.categories[c];
    if (value) categories[c] = value;
  }
  return parsePolicy({
    version: stored.version,
    internalDomains: keep('internalDomains', lines(form.internalDomains).map((d) => d.toLowerCase())),
    allow: keep('allow', lines(form.allow)),
    rules,
    categories,
    customRules: keep('customRules', customRules),
    confirmBeforeSend: keep('confirmBeforeSend', form.confirmBeforeSend),
    uiLanguage: keep('uiLanguage', form.uiLanguage),
  });
}
