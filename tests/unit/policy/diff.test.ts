import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../../src/policy/diff';
import { parsePolicy } from '../../../src/policy/parse';
import { DEFAULT_POLICY, type Policy } from '../../../src/policy/schema';

const p = (raw: unknown): Policy => {
  const r = parsePolicy(raw);
  if (!r.ok) throw new Error(r.error);
  return r.policy;
};

describe('what an admin action changed', () => {
  it('is nothing for the same policy', () => {
    expect(diffPolicies(DEFAULT_POLICY, p({}))).toEqual([]);
  });

  it('names rule levels, list items, nested settings and custom rules by id', () => {
    const before = p({ allow: ['ACME'], rules: { 'ja.honorific.gosha-in-writing': 'warning' }, customRules: [{ id: 'org.a', kind: 'existence', message: 'm', phrases: ['x'] }] });
    const after = p({
      allow: ['ACME', 'NemaCloud'],
      rules: { 'ja.honorific.gosha-in-writing': 'off' },
      meetings: { timeZone: 'Europe/London' },
      customRules: [{ id: 'org.b', kind: 'pattern', message: 'm', pattern: 'NDA' }],
      clients: [{ name: '桜商事' }],
    });
    expect(diffPolicies(before, after)).toEqual([
      { path: 'rules.ja.honorific.gosha-in-writing', kind: 'changed', before: 'warning', after: 'off' },
      { path: 'allow', kind: 'added', after: 'NemaCloud' },
      { path: 'customRules.org.b', kind: 'added', after: JSON.stringify(after.customRules[0]) },
      { path: 'customRules.org.a', kind: 'removed', before: JSON.stringify(before.customRules[0]) },
      { path: 'clients.桜商事', kind: 'added', after: JSON.stringify(after.clients[0]) },
      { path: 'meetings.timeZone', kind: 'changed', before: 'Asia/Tokyo', after: 'Europe/London' },
    ]);
  });

  it('reports a removed list item and a reordered list', () => {
    expect(diffPolicies(p({ allow: ['a', 'b'] }), p({ allow: ['b'] }))).toEqual([{ path: 'allow', kind: 'removed', before: 'a' }]);
    expect(diffPolicies(p({ allow: ['a', 'b'] }), p({ allow: ['b', 'a'] }))).toEqual([{ path: 'allow', kind: 'changed', before: 'a, b', after: 'b, a' }]);
  });
});
