import { describe, expect, it } from 'vitest';
import { MANAGED_SCHEMA, type ChromeSchema } from '../../../src/extension/managed-schema';
import { validatePolicy } from '../../../src/policy/registry';
import { CUSTOM_RULE_KINDS, MeetingsSchema, PolicySchema } from '../../../src/policy/schema';

/** Chrome's validation of a policy value against its schema subset: what Chrome would drop. */
function conforms(schema: ChromeSchema, value: unknown, path = ''): string[] {
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const ok = schema.type === type || (schema.type === 'integer' && Number.isInteger(value)) || (schema.type === 'number' && type === 'number');
  if (!ok) return [`${path}: ${type} is not ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value as string)) return [`${path}: ${String(value)} not in enum`];
  const errors: string[] = [];
  if (schema.type === 'array') (value as unknown[]).forEach((v, i) => errors.push(...conforms(schema.items!, v, `${path}.${i}`)));
  if (schema.type === 'object') {
    for (const [k, v] of Object.entries(value as object)) {
      const sub = schema.properties?.[k] ?? schema.additionalProperties;
      if (!sub) errors.push(`${path}.${k}: not in the schema`);
      else errors.push(...conforms(sub, v, `${path}.${k}`));
    }
  }
  return errors;
}

const FULL = {
  version: 2,
  internalDomains: ['nemawashi.example'],
  rules: { 'ja.honorific.gosha-in-writing': 'error', 'policy.org.asap': 'info' },
  categories: { pressure: 'off', calendar: 'warning' },
  allow: ['NemaCloud'],
  customRules: [
    { kind: 'existence', id: 'org.guarantee', message: 'No guarantees', phrases: ['guarantee'], suggestion: 'aim to', audience: ['client'] },
    { kind: 'substitution', id: 'org.swap', message: 'House wording', messageJa: '社内表記', swap: { ASAP: 'at your earliest convenience' }, level: 'info', ignoreCase: false },
    { kind: 'pattern', id: 'org.asap', message: 'No ASAP', pattern: '\\bASAP\\b', suggestion: 'soon' },
  ],
  confirmBeforeSend: true,
  sendCheck: { threshold: 'warning', categories: ['honorific', 'calendar'] },
  organisation: { names: ['株式会社ネマワシ'], brands: ['NemaCloud'] },
  clients: [{ name: '桜商事株式会社', aliases: ['桜商事'], domains: ['sakura-trading.co.jp'] }],
  meetings: { timeZone: 'Asia/Tokyo', writerTimeZone: 'Europe/London', businessHours: { start: '09:00', end: '18:00' }, lunch: { start: '12:00', end: '13:00' }, clientLarger: true },
  uiLanguage: 'ja',
};

describe("Chrome's managed storage schema, derived from the zod schema", () => {
  it('declares every policy field with its description', () => {
    expect(Object.keys(MANAGED_SCHEMA.properties).sort()).toEqual(Object.keys(PolicySchema.shape).sort());
    for (const [key, node] of Object.entries(MANAGED_SCHEMA.properties)) expect(node.description, key).toBeTruthy();
    expect(Object.keys(MANAGED_SCHEMA.properties.meetings!.properties!).sort()).toEqual(Object.keys(MeetingsSchema.shape).sort());
  });

  it('gives every node exactly one type and only keywords Chrome knows', () => {
    const allowed = new Set(['type', 'properties', 'items', 'additionalProperties', 'enum', 'description']);
    const walk = (node: ChromeSchema, path: string): void => {
      expect(typeof node.type, path).toBe('string');
      for (const key of Object.keys(node)) expect(allowed.has(key), `${path}.${key}`).toBe(true);
      Object.entries(node.properties ?? {}).forEach(([k, v]) => walk(v, `${path}.${k}`));
      if (node.items) walk(node.items, `${path}[]`);
      if (node.additionalProperties) walk(node.additionalProperties, `${path}.*`);
    };
    walk(MANAGED_SCHEMA, '');
    expect('additionalProperties' in MANAGED_SCHEMA).toBe(false);
  });

  it('merges the custom rule kinds into one object with every field and every kind', () => {
    const item = MANAGED_SCHEMA.properties.customRules!.items!;
    expect(item.properties!.kind!.enum).toEqual([...CUSTOM_RULE_KINDS]);
    for (const field of ['phrases', 'swap', 'pattern', 'suggestion', 'audience', 'messageJa']) expect(item.properties![field], field).toBeTruthy();
  });

  it('lets a full valid policy through (Chrome would drop a value the schema refuses)', () => {
    expect(validatePolicy(FULL).ok).toBe(true);
    expect(conforms(MANAGED_SCHEMA, FULL)).toEqual([]);
    expect(conforms(MANAGED_SCHEMA, { version: 1, confirmBeforeSend: false })).toEqual([]);
  });

  it('keeps the closed sets of values, so Chrome refuses a bad level too', () => {
    expect(conforms(MANAGED_SCHEMA, { rules: { x: 'loud' } })).toHaveLength(1);
    expect(conforms(MANAGED_SCHEMA, { uiLanguage: 'fr' })).toHaveLength(1);
    expect(conforms(MANAGED_SCHEMA, { sendCheck: { threshold: 'always' } })).toHaveLength(1);
  });
});
