import { DEFAULT_POLICY, PolicySchema, POLICY_VERSION, type Policy } from './schema';

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; error: string; field: string };

/** Older stored shapes, upgraded step by step to the current version. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // version 0 (unversioned drafts of the format) named internal domains `domains`.
  0: ({ domains, ...rest }) => ({ ...rest, internalDomains: rest.internalDomains ?? domains, version: 1 }),
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

/** Validates a policy (an import, storage, a managed policy); the error names the first bad field. */
export function parsePolicy(raw: unknown): PolicyResult {
  const result = PolicySchema.safeParse(migratePolicy(raw));
  if (result.success) return { ok: true, policy: result.data };
  const issue = result.error.issues[0]!;
  // An unknown key is reported at its parent; name the key itself, which is what the admin must fix.
  const keys = 'keys' in issue && Array.isArray(issue.keys) ? issue.keys.slice(0, 1).map(String) : [];
  const path = [...issue.path.map(String), ...keys];
  const field = path.length ? path.join('.') : '(policy)';
  return { ok: false, field, error: `${field}: ${issue.message}` };
}

/** Parses JSON text first, so a syntax error is reported the same way. */
export function parsePolicyJson(text: string): PolicyResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, field: '(json)', error: `not valid JSON: ${(e as Error).message}` };
  }
  return parsePolicy(raw);
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
  for (const key of Object.keys(managedRaw) as Array<keyof Policy>) {
    if (key in managed) merged[key] = managed[key];
  }
  merged.rules = { ...user.rules, ...(managedRaw.rules ? managed.rules : {}) };
  merged.categories = { ...user.categories, ...(managedRaw.categories ? managed.categories : {}) };
  return merged as Policy;
}

export { DEFAULT_POLICY };
