import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/policy/parse';
import { DEFAULT_POLICY, type Policy } from '../../../src/policy/schema';
import { formToPolicy, locksFrom, newClient, newCustomRule, policyToForm } from '../../../src/ui/options/form';
import { editedPolicy } from '../../../src/ui/options/TryItSection';

function mustParse(raw: unknown): Policy {
  const result = parsePolicy(raw);
  if (!result.ok) throw new Error(result.error);
  return result.policy;
}

const FULL = mustParse({
  organisation: { names: ['株式会社ネマワシ', 'Nemawashi K.K.'], brands: ['NemaCloud'] },
  clients: [{ name: '桜商事株式会社', aliases: ['桜商事', 'Sakura Trading'], domains: ['sakura-trading.co.jp'] }],
  meetings: { timeZone: 'Asia/Tokyo', writerTimeZone: 'Europe/London', businessHours: { start: '09:30', end: '17:30' }, clientLarger: true },
  sendCheck: { threshold: 'warning', categories: ['honorific'] },
  customRules: [{ id: 'org.asap', kind: 'pattern', message: 'No ASAP', pattern: ' \\bASAP\\b', suggestion: 'soon', ignoreCase: false }],
  rules: { 'policy.org.asap': 'error' },
});

describe('options form, version 2 fields', () => {
  it('round-trips organisation, clients, meetings, Send check and pattern rules unchanged', () => {
    expect(FULL).not.toEqual(DEFAULT_POLICY);
    expect(formToPolicy(policyToForm(FULL), DEFAULT_POLICY)).toEqual({ ok: true, policy: FULL });
  });

  it('reads client aliases and domains separated by commas or 、, and drops empty client rows', () => {
    const form = policyToForm(DEFAULT_POLICY);
    form.clients = [{ name: ' 桜商事 ', aliases: 'Sakura, サクラ、桜', domains: 'Sakura-Trading.co.jp' }, newClient()];
    const r = formToPolicy(form, DEFAULT_POLICY);
    expect(r.ok && r.policy.clients).toEqual([{ name: '桜商事', aliases: ['Sakura', 'サクラ', '桜'], domains: ['sakura-trading.co.jp'] }]);
  });

  it('names a client row without a name and a bad time zone, in the form’s terms', () => {
    const form = policyToForm(DEFAULT_POLICY);
    form.clients = [{ name: '', aliases: 'Sakura', domains: '' }];
    expect(formToPolicy(form, DEFAULT_POLICY)).toMatchObject({ ok: false, field: 'clients.0.name' });
    const tz = policyToForm(DEFAULT_POLICY);
    tz.meetings.timeZone = 'Tokyo';
    const r = formToPolicy(tz, DEFAULT_POLICY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/meetings\.timeZone.*Asia\/Tokyo/);
  });

  it('refuses a misspelled rule id on save, with the nearest id', () => {
    const form = { ...policyToForm(DEFAULT_POLICY), rules: { 'ja.honorific.gosha-in-writting': 'error' as const } };
    const r = formToPolicy(form, DEFAULT_POLICY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('did you mean “ja.honorific.gosha-in-writing”');
  });

  it('keeps the stored organisation when the managed policy fixes it', () => {
    const locks = locksFrom({ organisation: { names: ['Managed K.K.'] } }, ['organisation']);
    const form = { ...policyToForm(FULL), organisationNames: 'Managed K.K.' };
    const r = formToPolicy(form, FULL, locks);
    expect(r.ok && r.policy.organisation).toEqual(FULL.organisation);
  });
});

describe('the try-it box’s policy', () => {
  it('is the unsaved form with the managed policy on top', () => {
    const form = policyToForm(DEFAULT_POLICY);
    form.customRules = [{ ...newCustomRule(0), kind: 'pattern', message: 'Code name', pattern: 'Project Falcon' }];
    form.rules = { 'en.blunt-refusal.flat-no': 'off' };
    const managed = { rules: { 'ja.honorific.gosha-in-writing': 'error' } };
    const { policy, issue } = editedPolicy(form, DEFAULT_POLICY, locksFrom(managed, ['rules']), managed);
    expect(issue).toBeUndefined();
    expect(policy!.customRules[0]).toMatchObject({ kind: 'pattern', pattern: 'Project Falcon' });
    expect(policy!.rules).toEqual({ 'en.blunt-refusal.flat-no': 'off', 'ja.honorific.gosha-in-writing': 'error' });
  });

  it('says what is wrong instead of running a broken policy', () => {
    const form = policyToForm(DEFAULT_POLICY);
    form.customRules = [{ ...newCustomRule(0), kind: 'pattern', message: 'm', pattern: '(?=x)' }];
    const { policy, issue } = editedPolicy(form, DEFAULT_POLICY, locksFrom(undefined, []), undefined);
    expect(policy).toBeUndefined();
    expect(issue).toMatchObject({ code: 'patternUnsupported', path: ['customRules', 0, 'pattern'] });
  });
});
