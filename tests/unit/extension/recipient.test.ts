import { describe, expect, it } from 'vitest';
import { resolveRecipient } from '../../../src/extension/recipient';
import { DEFAULT_POLICY } from '../../../src/policy/schema';

const policy = { ...DEFAULT_POLICY, internalDomains: ['example.co.jp'] };
const draft = (recipient?: 'client' | 'internal') => ({
  subject: '', body: '', kind: 'email' as const, context: recipient ? { recipient } : {},
});

describe('recipient from addresses', () => {
  it('calls a mail internal only when every address is in an internal domain (subdomains included)', () => {
    expect(resolveRecipient({ draft: draft(), recipients: ['a@example.co.jp', 'Sato <b@osaka.example.co.jp>'] }, policy)).toBe('internal');
    expect(resolveRecipient({ draft: draft(), recipients: ['a@example.co.jp', 'c@client.jp'] }, policy)).toBeUndefined();
    expect(resolveRecipient({ draft: draft(), recipients: ['a@notexample.co.jp'] }, policy)).toBeUndefined();
    expect(resolveRecipient({ draft: draft(), recipients: ['no address'] }, policy)).toBeUndefined();
  });

  it("keeps the content script's own answer and the default when nothing is known", () => {
    expect(resolveRecipient({ draft: draft('client'), recipients: ['a@example.co.jp'] }, policy)).toBe('client');
    expect(resolveRecipient({ draft: draft() }, policy)).toBeUndefined();
    expect(resolveRecipient({ draft: draft(), recipients: ['a@example.co.jp'] }, DEFAULT_POLICY)).toBeUndefined();
  });
});
