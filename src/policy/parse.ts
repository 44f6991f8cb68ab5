// Reading a policy from anywhere (an import, storage, the managed policy, the CLI): migrate older versions,
// validate the shape with zod, then what the shape cannot say (patterns RE2 accepts, unique custom rule ids,
// rule ids the registry knows). Every problem becomes a PolicyIssue with its path and allowed values, rendered
// in English or Japanese by src/policy/messages.ts.
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { fieldOf, formatIssue, type FormatName, FORMATS, type PolicyIssue, type TypeName, TYPE_NAMES } from './messages';
import { checkPattern } from './pattern';
import { DEFAULT_POLICY, PolicySchema, POLICY_VERSION, type Policy } from './schema';

export type PolicyResult =
  | { ok: true; policy: Policy }
  | { ok: false; error: string; field: string; issues: PolicyIssue[] };

export interface ParseOptions {
  /**
   * The rule registry's ids: when given, every key of `rules` must be one of them (or `policy.<id>` of one
   * of the policy's own custom rules). The options page and imports pass them; reading storage does not, so
   * a rule removed in a later version never invalidates a saved policy.
   */
  ruleIds?: Iterable<string>;
}

/** Older stored shapes, upgraded step by step to the current version. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // version 0 (unversioned drafts of the format) named internal domains `domains`.
  0: ({ domains, ...rest }) => ({ ...rest, ...(domains !== undefined && rest.internalDomains === undefined ? { internalDomains: domains } : {}), version: 1 }),
  // version 2 added sendCheck: a version-1 policy that never asked before Send keeps never asking.
  1: (old) => ({
    ...old,
    ...(old.confirmBeforeSend === false && old.sendCheck === undefined ? { sendCheck: { threshold: 'off', categories: [] } } : {}),
    version: 2,
  }),
};

export function migratePolicy(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  let obj = raw as Record<string, unknown>;
  let version = typeof obj.version === 'number' ? obj.version : 0;
  while (version < POLICY_VERSION && MIGRATIONS[version]) {
    obj = MIGRATIONS[version]!(obj);
    version = typeof obj.version === 'number' ? obj.version : version + 1;
  }
  return obj;
}

/** The nearest of `candidates` to `value`, when it is near enough to be a likely typo. */
export function nearest(value: string, candidates: readonly string[], always = false): string | undefined {
  if (!candidates.length || !value) return undefined;
  const best = closest(value, candidates as string[]);
  return always || distance(value, best) <= Math.max(2, Math.ceil(value.length / 3)) ? best : undefined;
}

let zones: string[] | null = null;
function timeZones(): string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Asia/Tokyo', 'UTC'];
  return zones;
}
/** "Tokyo" → "Asia/Tokyo": by the whole name, else by the city. */
function nearestZone(value: string): string | undefined {
  const byCity = timeZones().find((z) => z.split('/').pop()!.toLowerCase() === value.toLowerCase().replace(/\s+/g, '_'));
  return byCity ?? nearest(value, timeZones());
}

type AnySchema = z.core.$ZodType;
function defOf(schema: AnySchema): Record<string, unknown> & { type: string } {
  return (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
}

/** The schema at `path`, following the input to pick a custom rule's kind. */
function schemaAt(path: ReadonlyArray<PropertyKey>, input: unknown): AnySchema | undefined {
  let schema: AnySchema | undefined = PolicySchema;
  let value = input;
  for (const key of [...path, null]) {
    // Unwrap defaults, optionals and pipes before looking inside.
    for (;;) {
      const def: ReturnType<typeof defOf> | undefined = schema && defOf(schema);
      if (def && (def.type === 'default' || def.type === 'optional' || def.type === 'nullable')) schema = def.innerType as AnySchema;
      else if (def && def.type === 'pipe') schema = def.in as AnySchema;
      else if (def && def.type === 'union' && Array.isArray(def.options)) {
        const kind = value && typeof value === 'object' ? (value as Record<string, unknown>).kind : undefined;
        const options = def.options as AnySchema[];
        schema = options.find((o) => {
          const shape = (defOf(o).shape ?? {}) as Record<string, AnySchema>;
          const values = shape.kind ? (defOf(shape.kind).values as unknown[] | undefined) : undefined;
          return values?.includes(kind);
        }) ?? options[0];
      } else break;
    }
    if (key === null || !schema) return schema;
    const def = defOf(schema);
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    if (def.type === 'object') schema = (def.shape as Record<string, AnySchema>)[String(key)];
    else if (def.type === 'array') schema = def.element as AnySchema;
    else if (def.type === 'record') schema = def.valueType as AnySchema;
    else return undefined;
  }
  return schema;
}

/** Keys an object at `path` accepts: its fields, or a record's enum keys. */
function allowedKeysAt(path: ReadonlyArray<PropertyKey>, input: unknown): string[] {
  const schema = schemaAt(path, input);
  if (!schema) return [];
  const def = defOf(schema);
  if (def.type === 'object') return Object.keys(def.shape as object);
  if (def.type === 'record') {
    const keyDef = defOf(def.keyType as AnySchema);
    if (keyDef.type === 'enum') return Object.values(keyDef.entries as Record<string, string>);
  }
  return [];
}

function valueAt(path: ReadonlyArray<PropertyKey>, input: unknown): unknown {
  let value = input;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v));
const isType = (t: unknown): t is TypeName => TYPE_NAMES.includes(t as TypeName);
const isFormat = (f: string): f is FormatName => FORMATS.includes(f as FormatName);

/** One zod issue as a catalogue issue (several for unknown keys). */
function fromZod(issue: z.core.$ZodIssue, input: unknown): PolicyIssue[] {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const value = 'input' in issue ? issue.input : valueAt(path, input);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(path, input);
      return issue.keys.map((key) => ({
        code: 'unknownKey' as const,
        path: [...path, key],
        params: { value: key, allowed, suggestion: nearest(key, allowed) },
      }));
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return [{ code: 'notAllowed', path, params: { value: show(value), allowed, suggestion: typeof value === 'string' ? nearest(value, allowed) : undefined } }];
    }
    case 'invalid_union': {
      const allowed = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
      if (allowed.length) {
        return [{ code: 'notAllowed', path, params: { value: show(value), allowed, suggestion: typeof value === 'string' ? nearest(value, allowed) : undefined } }];
      }
      return [{ code: 'other', path, params: { detail: issue.message } }];
    }
    case 'invalid_type': {
      const expected = isType(issue.expected) ? issue.expected : undefined;
      if (!path.length) return [{ code: 'notObject', path, params: {} }];
      return [{ code: value === undefined ? 'required' : 'wrongType', path, params: { expected: expected ?? 'string' } }];
    }
    case 'too_small':
      return [issue.origin === 'array'
        ? { code: 'tooFew', path, params: { min: Number(issue.minimum) } }
        : { code: 'empty', path, params: {} }];
    case 'too_big':
      return [{ code: 'tooLong', path, params: { max: Number(issue.maximum) } }];
    default: {
      const format = issue.message.startsWith('fmt:') ? issue.message.slice(4) : '';
      if (isFormat(format)) {
        const suggestion = format === 'timeZone' && typeof value === 'string' ? nearestZone(value) : undefined;
        return [{ code: 'format', path, params: { format, value: show(value), suggestion } }];
      }
      return [{ code: 'other', path, params: { detail: issue.message } }];
    }
  }
}

/** What the shape cannot check: unique ids, patterns RE2 accepts, rule ids the registry knows. */
function semanticIssues(policy: Policy, ruleIds: Iterable<string> | undefined): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const seen = new Set<string>();
  policy.customRules.forEach((rule, i) => {
    if (seen.has(rule.id)) issues.push({ code: 'duplicateId', path: ['customRules', i, 'id'], params: { value: rule.id } });
    seen.add(rule.id);
    if (rule.kind !== 'pattern') return;
    const check = checkPattern(rule.pattern, rule.ignoreCase);
    if (check.ok) return;
    issues.push(check.construct
      ? { code: 'patternUnsupported', path: ['customRules', i, 'pattern'], params: { construct: check.construct, detail: check.detail } }
      : { code: 'patternInvalid', path: ['customRules', i, 'pattern'], params: { detail: check.detail } });
  });
  if (ruleIds) {
    const known = [...ruleIds, ...policy.customRules.map((r) => `policy.${r.id}`)];
    const set = new Set(known);
    for (const id of Object.keys(policy.rules)) {
      if (!set.has(id)) issues.push({ code: 'unknownRule', path: ['rules', id], params: { value: id, suggestion: nearest(id, known, true) } });
    }
  }
  return issues;
}

function failure(issues: PolicyIssue[]): PolicyResult {
  const first = issues[0]!;
  return { ok: false, issues, field: fieldOf(first), error: formatIssue(first) };
}

/** Validates a policy (an import, storage, a managed policy); the error names the first bad field. */
export function parsePolicy(raw: unknown, options: ParseOptions = {}): PolicyResult {
  const migrated = migratePolicy(raw);
  const result = PolicySchema.safeParse(migrated);
  if (!result.success) return failure(result.error.issues.flatMap((issue) => fromZod(issue, migrated)));
  const issues = semanticIssues(result.data, options.ruleIds);
  return issues.length ? failure(issues) : { ok: true, policy: result.data };
}

/** Parses JSON text first, so a syntax error is reported the same way. */
export function parsePolicyJson(text: string, options: ParseOptions = {}): PolicyResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return failure([{ code: 'json', path: [], params: { detail: (e as Error).message } }]);
  }
  return parsePolicy(raw, options);
}

/**
 * The enterprise-managed policy wins over the user's for every key it sets; per-rule and per-category
 * maps merge key by key. The managed object must already have passed `parsePolicy`.
 */
export function mergePolicies(user: Policy, managedRaw: Record<string, unknown> | undefined): Policy {
  if (!managedRaw) return user;
  const parsed = parsePolicy(managedRaw);
  if (!parsed.ok) return user;
  const managed = parsed.policy;
  const merged: Record<string, unknown> = { ...user };
  for (const key of managedKeysOf(managedRaw) as Array<keyof Policy>) {
    if (key in managed) merged[key] = managed[key];
  }
  merged.rules = { ...user.rules, ...(managedRaw.rules ? managed.rules : {}) };
  merged.categories = { ...user.categories, ...(managedRaw.categories ? managed.categories : {}) };
  return merged as Policy;
}

/** Top-level keys a managed policy sets (after migration: an old key sets its new home too). */
export function managedKeysOf(managedRaw: Record<string, unknown>): string[] {
  const migrated = migratePolicy(managedRaw) as Record<string, unknown>;
  return Object.keys(migrated).filter((key) => key !== 'version' && migrated[key] !== undefined);
}

export { DEFAULT_POLICY };
