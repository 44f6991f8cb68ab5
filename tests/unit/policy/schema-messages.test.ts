import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/engine/types';
import { FORMAT_CATALOGUE, formatIssue, ISSUE_CATALOGUE, ISSUE_CODES, type PolicyIssue } from '../../../src/policy/messages';
import { migratePolicy, parsePolicy, parsePolicyJson } from '../../../src/policy/parse';
import { RULE_IDS, validatePolicy, validatePolicyJson } from '../../../src/policy/registry';
import { DEFAULT_POLICY, POLICY_VERSION } from '../../../src/policy/schema';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const rule = (extra: Record<string, unknown>) => ({ customRules: [{ id: 'org.x', kind: 'existence', message: 'm', phrases: ['p'], ...extra }] });

function issuesOf(raw: unknown): PolicyIssue[] {
  const r = validatePolicy(raw);
  if (r.ok) throw new Error(`accepted ${JSON.stringify(raw)}`);
  return r.issues;
}

/**
 * One bad value per field of the policy, at every depth: the field the message must name, and the allowed
 * values it must list (in both languages) where the field has a closed set.
 */
const CASES: Array<[string, unknown, string, string[]]> = [
  ['root not an object', [1, 2], '(policy)', []],
  ['unknown top-level key', { surprise: true }, 'surprise', ['internalDomains', 'customRules', 'meetings']],
  ['version from the future', { version: 9 }, 'version', [String(POLICY_VERSION)]],
  ['internal domain', { internalDomains: ['not a domain'] }, 'internalDomains.0', ['example.co.jp']],
  ['internal domains not a list', { internalDomains: 'example.co.jp' }, 'internalDomains', []],
  ['rule level', { rules: { 'ja.honorific.gosha-in-writing': 'loud' } }, 'rules.ja.honorific.gosha-in-writing', ['off', 'info', 'warning', 'error']],
  ['unknown category', { categories: { rudeness: 'off' } }, 'categories.rudeness', [...CATEGORIES]],
  ['category level', { categories: { pressure: 'mute' } }, 'categories.pressure', ['off', 'info', 'warning', 'error']],
  ['empty allowed phrase', { allow: [''] }, 'allow.0', []],
  ['custom rule kind', { customRules: [{ id: 'x', kind: 'swap', message: 'm' }] }, 'customRules.0.kind', ['existence', 'substitution', 'pattern']],
  ['custom rule id format', rule({ id: 'Org X' }), 'customRules.0.id', ['org.no-asap']],
  ['custom rule without message', rule({ message: undefined }), 'customRules.0.message', []],
  ['custom rule level', rule({ level: 'off' }), 'customRules.0.level', ['error', 'warning', 'info']],
  ['custom rule audience', rule({ audience: ['boss'] }), 'customRules.0.audience.0', ['client', 'prospect', 'internal']],
  ['custom rule unknown key', rule({ phrase: ['p'] }), 'customRules.0.phrase', ['phrases', 'suggestion', 'ignoreCase']],
  ['custom rule empty phrases', rule({ phrases: [] }), 'customRules.0.phrases', []],
  ['custom rule ignoreCase type', rule({ ignoreCase: 'yes' }), 'customRules.0.ignoreCase', []],
  ['substitution swap type', { customRules: [{ id: 'x', kind: 'substitution', message: 'm', swap: ['a'] }] }, 'customRules.0.swap', []],
  ['pattern too long', { customRules: [{ id: 'x', kind: 'pattern', message: 'm', pattern: 'a'.repeat(501) }] }, 'customRules.0.pattern', ['500']],
  ['pattern backreference', { customRules: [{ id: 'x', kind: 'pattern', message: 'm', pattern: '(\\w+) \\1' }] }, 'customRules.0.pattern', ['\\1']],
  ['pattern lookahead', { customRules: [{ id: 'x', kind: 'pattern', message: 'm', pattern: 'ASAP(?!\\))' }] }, 'customRules.0.pattern', ['(?=']],
  ['pattern syntax', { customRules: [{ id: 'x', kind: 'pattern', message: 'm', pattern: '[abc' }] }, 'customRules.0.pattern', []],
  ['duplicate custom rule id', { customRules: [rule({}).customRules[0], rule({}).customRules[0]] }, 'customRules.1.id', []],
  ['unknown rule id', { rules: { 'no.such.rule': 'error' } }, 'rules.no.such.rule', []],
  ['confirmBeforeSend type', { confirmBeforeSend: 'yes' }, 'confirmBeforeSend', []],
  ['send threshold', { sendCheck: { threshold: 'always' } }, 'sendCheck.threshold', ['error', 'warning', 'info', 'off']],
  ['send categories', { sendCheck: { categories: ['nope'] } }, 'sendCheck.categories.0', [...CATEGORIES]],
  ['sendCheck unknown key', { sendCheck: { level: 'error' } }, 'sendCheck.level', ['threshold', 'categories']],
  ['organisation names', { organisation: { names: 'ACME' } }, 'organisation.names', []],
  ['organisation unknown key', { organisation: { brand: ['X'] } }, 'organisation.brand', ['names', 'brands']],
  ['client without name', { clients: [{ aliases: ['Sakura'] }] }, 'clients.0.name', []],
  ['client domain', { clients: [{ name: 'Sakura', domains: ['sakura'] }] }, 'clients.0.domains.0', ['example.co.jp']],
  ['client unknown key', { clients: [{ name: 'Sakura', alias: ['S'] }] }, 'clients.0.alias', ['name', 'aliases', 'domains']],
  ['meeting time zone', { meetings: { timeZone: 'Tokyo' } }, 'meetings.timeZone', ['Asia/Tokyo']],
  ['writer time zone', { meetings: { writerTimeZone: 'Mars/Olympus' } }, 'meetings.writerTimeZone', ['Asia/Tokyo']],
  ['business hours format', { meetings: { businessHours: { start: '9am', end: '18:00' } } }, 'meetings.businessHours.start', ['09:00']],
  ['business hours order', { meetings: { businessHours: { start: '18:00', end: '09:00' } } }, 'meetings.businessHours.end', []],
  ['lunch unknown key', { meetings: { lunch: { start: '12:00', end: '13:00', length: 60 } } }, 'meetings.lunch.length', ['start', 'end']],
  ['clientLarger type', { meetings: { clientLarger: 1 } }, 'meetings.clientLarger', []],
  ['meetings unknown key', { meetings: { timezone: 'Asia/Tokyo' } }, 'meetings.timezone', ['timeZone', 'businessHours', 'lunch']],
  ['interface language', { uiLanguage: 'fr' }, 'uiLanguage', ['auto', 'en', 'ja']],
];

describe('policy validation messages', () => {
  it.each(CASES)('%s: names the field, lists the allowed values, in English and Japanese', (_name, raw, field, allowed) => {
    const [issue] = issuesOf(raw);
    const en = formatIssue(issue!, 'en');
    const ja = formatIssue(issue!, 'ja');
    expect(en.startsWith(`${field}: `), en).toBe(true);
    expect(ja.startsWith(field === '(policy)' ? '(ポリシー): ' : `${field}: `), ja).toBe(true);
    for (const value of allowed) {
      expect(en, en).toContain(value);
      expect(ja, ja).toContain(value);
    }
    expect(ja).toMatch(JAPANESE);
    expect(ja).not.toEqual(en);
    expect(en).not.toMatch(/Invalid input|\{\w+\}/);
    expect(ja).not.toMatch(/\{\w+\}/);
  });

  it('refuses a misspelled rule id and suggests the nearest real one', () => {
    const [issue] = issuesOf({ rules: { 'ja.honorific.gosha-in-writting': 'error' } });
    expect(formatIssue(issue!, 'en')).toContain('did you mean “ja.honorific.gosha-in-writing”');
    expect(formatIssue(issue!, 'ja')).toContain('もしかして「ja.honorific.gosha-in-writing」');
  });

  it('accepts policy.<id> for an organisation rule of the same policy, and every registry id', () => {
    const rules = Object.fromEntries([...RULE_IDS, 'policy.org.x'].map((id) => [id, 'info']));
    expect(validatePolicy({ ...rule({}), rules }).ok).toBe(true);
    expect(validatePolicy({ rules: { 'policy.org.x': 'info' } }).ok).toBe(false);
  });

  it('reads a stored policy with a rule id the registry no longer has (only imports and saves check)', () => {
    expect(parsePolicy({ rules: { 'ja.retired.rule': 'off' } }).ok).toBe(true);
  });

  it('suggests a key for a misspelled setting and a zone for a city', () => {
    expect(formatIssue(issuesOf({ internalDomain: [] })[0]!)).toContain('did you mean “internalDomains”');
    expect(formatIssue(issuesOf({ meetings: { timeZone: 'Tokyo' } })[0]!)).toContain('did you mean “Asia/Tokyo”');
  });

  it('reports every unknown key, not only the first', () => {
    const issues = issuesOf({ customRules: [{ id: 'x', kind: 'existence', message: 'm', phrases: ['p'], a: 1, b: 2 }] });
    expect(issues.map((i) => i.path.join('.'))).toEqual(['customRules.0.a', 'customRules.0.b']);
  });

  it('explains a pattern RE2 refuses by the construct it used', () => {
    const back = formatIssue(issuesOf({ customRules: [{ id: 'x', kind: 'pattern', message: 'm', pattern: '(a)\\1' }] })[0]!);
    expect(back).toMatch(/backreference.*linear-time/);
    const look = formatIssue(issuesOf({ customRules: [{ id: 'x', kind: 'pattern', message: 'm', pattern: '(?<=US)D' }] })[0]!, 'ja');
    expect(look).toMatch(/先読み・後読み/);
  });

  it('reports text that is not JSON, in both languages', () => {
    const r = validatePolicyJson('{"rules": {');
    expect(r).toMatchObject({ ok: false, field: '(json)' });
    if (!r.ok) {
      expect(formatIssue(r.issues[0]!, 'ja')).toMatch(/^\(json\): JSON として正しくありません/);
      expect(r.error).toMatch(/^\(json\): not valid JSON/);
    }
    expect(parsePolicyJson('[]').ok).toBe(false);
  });

  it('has every message and every format in both languages', () => {
    for (const code of ISSUE_CODES) {
      expect(ISSUE_CATALOGUE.en[code], code).toBeTruthy();
      expect(ISSUE_CATALOGUE.ja[code], code).toMatch(JAPANESE);
    }
    expect(Object.keys(ISSUE_CATALOGUE.ja).sort()).toEqual(Object.keys(ISSUE_CATALOGUE.en).sort());
    expect(Object.keys(FORMAT_CATALOGUE.ja).sort()).toEqual(Object.keys(FORMAT_CATALOGUE.en).sort());
  });
});

describe('policy versions', () => {
  it('migrates version 1 that never asked before Send to a Send check that is off', () => {
    const v1 = { version: 1, confirmBeforeSend: false, internalDomains: ['example.co.jp'] };
    expect(migratePolicy(v1)).toMatchObject({ version: 2, sendCheck: { threshold: 'off', categories: [] } });
    const r = parsePolicy(v1);
    expect(r.ok && r.policy.sendCheck).toEqual({ threshold: 'off', categories: [] });
    expect(r.ok && r.policy.internalDomains).toEqual(['example.co.jp']);
  });

  it('keeps version 1 defaults as version 2 defaults', () => {
    expect(parsePolicy({ version: 1 })).toEqual({ ok: true, policy: DEFAULT_POLICY });
    expect(DEFAULT_POLICY.version).toBe(2);
  });

  it('keeps an explicit Send check when migrating', () => {
    const r = parsePolicy({ version: 1, confirmBeforeSend: false, sendCheck: { threshold: 'error' } });
    expect(r.ok && r.policy.sendCheck.threshold).toBe('error');
  });

  it('accepts a full version-2 policy with the new fields', () => {
    const r = validatePolicy({
      version: 2,
      organisation: { names: ['株式会社ネマワシ', 'Nemawashi K.K.'], brands: ['NemaCloud'] },
      clients: [{ name: '桜商事株式会社', aliases: ['桜商事', 'Sakura Trading'], domains: ['sakura-trading.co.jp'] }],
      meetings: { timeZone: 'Asia/Tokyo', writerTimeZone: 'Europe/London', businessHours: { start: '09:30', end: '17:30' }, clientLarger: true },
      sendCheck: { threshold: 'warning', categories: ['honorific'] },
      customRules: [{ id: 'org.asap', kind: 'pattern', message: 'No ASAP', pattern: '\\bASAP\\b', suggestion: 'at your earliest convenience' }],
      rules: { 'policy.org.asap': 'error' },
    });
    expect(r.ok).toBe(true);
    expect(r.ok && r.policy.meetings.lunch).toEqual({ start: '12:00', end: '13:00' });
  });
});
