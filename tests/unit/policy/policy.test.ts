import { describe, expect, it } from 'vitest';
import { mergePolicies, migratePolicy, parsePolicy, parsePolicyJson } from '../../../src/policy/parse';
import { DEFAULT_POLICY } from '../../../src/policy/schema';

describe('parsePolicy', () => {
  it('fills defaults for an empty policy', () => {
    expect(parsePolicy({})).toEqual({ ok: true, policy: DEFAULT_POLICY });
    expect(DEFAULT_POLICY.confirmBeforeSend).toBe(true);
  });

  it.each([
    [{ internalDomains: ['not a domain'] }, 'internalDomains.0'],
    [{ rules: { 'ja.honorific.gosha-in-writing': 'loud' } }, 'rules.ja.honorific.gosha-in-writing'],
    [{ categories: { rudeness: 'off' } }, 'categories.rudeness'],
    [{ customRules: [{ id: 'x', kind: 'existence', phrases: [], message: 'm' }] }, 'customRules.0.phrases'],
    [{ customRules: [{ id: 'x', kind: 'swap', message: 'm' }] }, 'customRules.0.kind'],
    [{ confirmBeforeSend: 'yes' }, 'confirmBeforeSend'],
    [{ surprise: true }, 'surprise'],
    [[1, 2], '(policy)'],
  ])('names the bad field of %j', (raw, field) => {
    const r = parsePolicy(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe(field);
      expect(r.error.startsWith(field)).toBe(true);
    }
  });

  it('reports broken JSON as such', () => {
    const r = parsePolicyJson('{"internalDomains": [');
    expect(r).toMatchObject({ ok: false, field: '(json)' });
  });

  it('migrates an unversioned policy', () => {
    expect(migratePolicy({ domains: ['example.co.jp'] })).toEqual({ internalDomains: ['example.co.jp'], version: 2 });
    const r = parsePolicy({ domains: ['example.co.jp'] });
    expect(r.ok && r.policy.internalDomains).toEqual(['example.co.jp']);
  });
});

describe('mergePolicies', () => {
  const user = parsePolicy({ internalDomains: ['user.example'], rules: { a: 'info', b: 'off' }, confirmBeforeSend: false });
  if (!user.ok) throw new Error('fixture');

  it('lets the managed policy win for every key it sets, merging rule maps key by key', () => {
    const merged = mergePolicies(user.policy, { rules: { b: 'error' }, confirmBeforeSend: true });
    expect(merged.rules).toEqual({ a: 'info', b: 'error' });
    expect(merged.confirmBeforeSend).toBe(true);
    expect(merged.internalDomains).toEqual(['user.example']);
  });

  it('ignores an invalid managed policy rather than breaking the user’s', () => {
    expect(mergePolicies(user.policy, { rules: { b: 'loud' } })).toEqual(user.policy);
  });
});
