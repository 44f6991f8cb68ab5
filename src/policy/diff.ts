// What an admin action changed, field by field: shown after every save and import so nothing changes
// unseen. Lists of text are compared as sets (added / removed items); custom rules and clients by their id
// or name; everything else value by value.
import type { Policy } from './schema';

export interface PolicyChange {
  /** "rules.ja.honorific.gosha-in-writing", "customRules.org.asap", "allow". */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: string;
  after?: string;
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
const isPlain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function keyed(list: unknown[]): Map<string, unknown> | null {
  const out = new Map<string, unknown>();
  for (const item of list) {
    if (!isPlain(item)) return null;
    const key = typeof item.id === 'string' ? item.id : typeof item.name === 'string' ? item.name : null;
    if (key === null || out.has(key)) return null;
    out.set(key, item);
  }
  return out;
}

function walk(path: string, a: unknown, b: unknown, out: PolicyChange[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (a === undefined) return void out.push({ path, kind: 'added', after: show(b) });
  if (b === undefined) return void out.push({ path, kind: 'removed', before: show(a) });
  if (Array.isArray(a) && Array.isArray(b)) {
    if ([...a, ...b].every((x) => typeof x === 'string')) {
      const before = new Set(a as string[]);
      const after = new Set(b as string[]);
      for (const x of b as string[]) if (!before.has(x)) out.push({ path, kind: 'added', after: x });
      for (const x of a as string[]) if (!after.has(x)) out.push({ path, kind: 'removed', before: x });
      // Same items in another order: say so rather than nothing.
      if (out.every((c) => c.path !== path)) out.push({ path, kind: 'changed', before: a.join(', '), after: b.join(', ') });
      return;
    }
    const ka = keyed(a);
    const kb = keyed(b);
    if (ka && kb) {
      for (const [k, v] of kb) walk(`${path}.${k}`, ka.get(k), v, out);
      for (const [k, v] of ka) if (!kb.has(k)) walk(`${path}.${k}`, v, undefined, out);
      return;
    }
  }
  if (isPlain(a) && isPlain(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(path ? `${path}.${k}` : k, a[k], b[k], out);
    return;
  }
  out.push({ path, kind: 'changed', before: show(a), after: show(b) });
}

export function diffPolicies(before: Policy, after: Policy): PolicyChange[] {
  const out: PolicyChange[] = [];
  walk('', before, after, out);
  return out;
}
