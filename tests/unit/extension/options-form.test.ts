import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/policy/parse';
import { DEFAULT_POLICY, type Policy } from '../../../src/policy/schema';
import { formToPolicy, locksFrom, newCustomRule, policyToForm } from '../../../src/ui/options/form';

function mustParse(raw: unknown): Policy {
  const result = parsePolicy(raw);
  if (!result.ok) throw new Error(result.error);
  return result.policy;
}

const RICH = mustParse({
  internalDomains: ['example.co.jp'],
  allow: ['ACME Cloud'],
  rules: { 'ja.honorific.gosha-in-writing': 'off' },
  categories: { pressure: 'info' },
  customRules: [
    { kind: 'existence', id: 'org.no-guarantee', message: 'Do not guarantee dates.', phrases: ['guarantee delivery'], suggestion: 'aim to deliver' },
    { kind: 'substitution', id: 'org.asap', message: 'House wording', messageJa: '社内表記', level: 'info', swap: { ASAP: 'at your earliest convenience' } },
  ],
  confirmBeforeSend: false,
  uiLanguage: 'ja',
});

describe('options form', () => {
  it('round-trips a policy through the form unchanged', () => {
    expect(RICH).not.toEqual(DEFAULT_POLICY);
    const result = formToPolicy(policyToForm(RICH), DEFAULT_POLICY);
    expect(result).toEqual({ ok: true, policy: RICH });
  });

  it('names the invalid field instead of saving', () => {
    const form = { ...policyToForm(DEFAULT_POLICY), internalDomains: 'example.co.jp\nnot a domain' };
    const result = formToPolicy(form, DEFAULT_POLICY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.field).toBe('internalDomains.1');
  });

  it('rejects a replacement line without an arrow, naming the rule', () => {
    const rule = { ...newCustomRule(0), kind: 'substitution' as const, message: 'm', swap: 'ASAP => soon\njust a phrase' };
    const result = formToPolicy({ ...policyToForm(DEFAULT_POLICY), customRules: [rule] }, DEFAULT_POLICY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/customRules\.0\.swap: line 2/);
  });

  it('rejects a new custom rule until it has a message and phrases', () => {
    const result = formToPolicy({ ...policyToForm(DEFAULT_POLICY), customRules: [newCustomRule(0)] }, DEFAULT_POLICY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.field).toMatch(/^customRules\.0\./);
  });

  it('keeps the user’s own values for what the managed policy fixes', () => {
    const managed = { confirmBeforeSend: true, rules: { 'ja.honorific.gosha-in-writing': 'error' } };
    const locks = locksFrom(managed, ['confirmBeforeSend', 'rules']);
    expect([...locks.keys]).toEqual(['confirmBeforeSend']);
    expect([...locks.rules]).toEqual(['ja.honorific.gosha-in-writing']);
    // The form shows the effective (managed) values; the user edits something else.
    const form = { ...policyToForm(RICH), confirmBeforeSend: true, rules: { 'ja.honorific.gosha-in-writing': 'error' as const, 'en.blunt-refusal.flat-no': 'info' as const }, allow: 'ACME Cloud\nNemawashi' };
    const result = formToPolicy(form, RICH, locks);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.policy.confirmBeforeSend).toBe(false);
    expect(result.policy.rules).toEqual({ 'en.blunt-refusal.flat-no': 'info', 'ja.honorific.gosha-in-writing': 'off' });
    expect(result.policy.allow).toEqual(['ACME Cloud', 'Nemawashi']);
  });
});
