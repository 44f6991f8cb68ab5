// The options form as plain data, and its conversions to and from a policy. Pure, so it is unit-tested;
// the policy itself is validated by zod (parsePolicy) on save, which names the bad field.
import { CATEGORIES, type Category } from '../../engine/types';
import { formatIssue, type PolicyIssue } from '../../policy/messages';
import { parsePolicy, type PolicyResult } from '../../policy/parse';
import { RULE_IDS } from '../../policy/registry';
import type { CustomRule, Level, Policy } from '../../policy/schema';

export interface CustomRuleForm {
  kind: CustomRule['kind'];
  id: string;
  message: string;
  messageJa: string;
  level: CustomRule['level'];
  /** existence: one phrase a line. */
  phrases: string;
  /** existence and pattern: the wording offered instead. */
  suggestion: string;
  /** substitution: one `phrase => replacement` a line. */
  swap: string;
  /** pattern: RE2 syntax. */
  pattern: string;
  ignoreCase: boolean;
  /** Kept as loaded; not edited in the form. */
  audience?: CustomRule['audience'];
}

export interface ClientForm {
  name: string;
  /** Comma- or line-separated. */
  aliases: string;
  domains: string;
}

export interface PolicyForm {
  internalDomains: string;
  allow: string;
  categories: Partial<Record<Category, Level>>;
  rules: Record<string, Level>;
  customRules: CustomRuleForm[];
  confirmBeforeSend: boolean;
  uiLanguage: Policy['uiLanguage'];
  organisationNames: string;
  organisationBrands: string;
  clients: ClientForm[];
  meetings: {
    timeZone: string;
    writerTimeZone: string;
    businessStart: string;
    businessEnd: string;
    lunchStart: string;
    lunchEnd: string;
    clientLarger: boolean;
  };
  sendCheck: Policy['sendCheck'];
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

export function hasLocks(locks: Locks): boolean {
  return locks.keys.size + locks.rules.size + locks.categories.size > 0;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const items = (text: string) => text.split(/[\n,、]/).map((l) => l.trim()).filter(Boolean);
const SWAP_ARROW = /\s*(?:=>|→)\s*/;

export function newCustomRule(index: number): CustomRuleForm {
  return {
    kind: 'existence', id: `org.rule-${index + 1}`, message: '', messageJa: '', level: 'warning',
    phrases: '', suggestion: '', swap: '', pattern: '', ignoreCase: true,
  };
}

export function newClient(): ClientForm {
  return { name: '', aliases: '', domains: '' };
}

export function policyToForm(policy: Policy): PolicyForm {
  const m = policy.meetings;
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
      suggestion: r.kind !== 'substitution' ? r.suggestion ?? '' : '',
      swap: r.kind === 'substitution' ? Object.entries(r.swap).map(([a, b]) => `${a} => ${b}`).join('\n') : '',
      pattern: r.kind === 'pattern' ? r.pattern : '',
      ignoreCase: r.ignoreCase,
      ...(r.audience ? { audience: r.audience } : {}),
    })),
    confirmBeforeSend: policy.confirmBeforeSend,
    uiLanguage: policy.uiLanguage,
    organisationNames: policy.organisation.names.join('\n'),
    organisationBrands: policy.organisation.brands.join('\n'),
    clients: policy.clients.map((c) => ({ name: c.name, aliases: c.aliases.join(', '), domains: c.domains.join(', ') })),
    meetings: {
      timeZone: m.timeZone,
      writerTimeZone: m.writerTimeZone ?? '',
      businessStart: m.businessHours.start,
      businessEnd: m.businessHours.end,
      lunchStart: m.lunch.start,
      lunchEnd: m.lunch.end,
      clientLarger: m.clientLarger,
    },
    sendCheck: { threshold: policy.sendCheck.threshold, categories: [...policy.sendCheck.categories] },
  };
}

export function customRuleInput(rule: CustomRuleForm, index: number): { value?: unknown; issue?: PolicyIssue } {
  const base = {
    id: rule.id.trim(),
    message: rule.message.trim(),
    ...(rule.messageJa.trim() ? { messageJa: rule.messageJa.trim() } : {}),
    level: rule.level,
    ignoreCase: rule.ignoreCase,
    ...(rule.audience ? { audience: rule.audience } : {}),
  };
  const suggestion = rule.suggestion.trim() ? { suggestion: rule.suggestion.trim() } : {};
  if (rule.kind === 'existence') return { value: { ...base, kind: 'existence', phrases: lines(rule.phrases), ...suggestion } };
  // A pattern is kept exactly as typed: spaces may be part of it.
  if (rule.kind === 'pattern') return { value: { ...base, kind: 'pattern', pattern: rule.pattern, ...suggestion } };
  const swap: Record<string, string> = {};
  for (const [n, line] of lines(rule.swap).entries()) {
    const [from, ...rest] = line.split(SWAP_ARROW);
    if (!from || rest.length === 0) return { issue: { code: 'swapLine', path: ['customRules', index, 'swap'], params: { line: n + 1 } } };
    swap[from] = rest.join(' => ');
  }
  return { value: { ...base, kind: 'substitution', swap } };
}

/** The policy the form describes, before validation (also what the try-it box runs, once valid). */
export function formToRaw(form: PolicyForm, stored: Policy, locks: Locks = NO_LOCKS): { raw?: Record<string, unknown>; issue?: PolicyIssue } {
  const customRules: unknown[] = [];
  for (const [i, rule] of form.customRules.entries()) {
    const { value, issue } = customRuleInput(rule, i);
    if (issue) return { issue };
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
  const m = form.meetings;
  return {
    raw: {
      version: stored.version,
      internalDomains: keep('internalDomains', lines(form.internalDomains).map((d) => d.toLowerCase())),
      allow: keep('allow', lines(form.allow)),
      rules,
      categories,
      customRules: keep('customRules', customRules),
      confirmBeforeSend: keep('confirmBeforeSend', form.confirmBeforeSend),
      sendCheck: keep('sendCheck', form.sendCheck),
      organisation: keep('organisation', { names: lines(form.organisationNames), brands: lines(form.organisationBrands) }),
      clients: keep('clients', form.clients
        .filter((c) => c.name.trim() || c.aliases.trim() || c.domains.trim())
        .map((c) => ({ name: c.name.trim(), aliases: items(c.aliases), domains: items(c.domains).map((d) => d.toLowerCase()) }))),
      meetings: keep('meetings', {
        timeZone: m.timeZone.trim(),
        ...(m.writerTimeZone.trim() ? { writerTimeZone: m.writerTimeZone.trim() } : {}),
        businessHours: { start: m.businessStart, end: m.businessEnd },
        lunch: { start: m.lunchStart, end: m.lunchEnd },
        clientLarger: m.clientLarger,
      }),
      uiLanguage: keep('uiLanguage', form.uiLanguage),
    },
  };
}

/**
 * The user's policy from the form, validated (rule ids against the registry). Fields the managed policy
 * fixes keep the user's own stored values (the managed ones apply on top anyway), so removing the managed
 * policy later restores the user's choices.
 */
export function formToPolicy(form: PolicyForm, stored: Policy, locks: Locks = NO_LOCKS, ruleIds: Iterable<string> = RULE_IDS): PolicyResult {
  const { raw, issue } = formToRaw(form, stored, locks);
  if (issue) return parsePolicyIssue(issue);
  return parsePolicy(raw, { ruleIds });
}

function parsePolicyIssue(issue: PolicyIssue): PolicyResult {
  const field = issue.path.map(String).join('.');
  return { ok: false, field, issues: [issue], error: formatIssue(issue) };
}
