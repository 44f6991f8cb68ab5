// Every storage item of the extension, declared once. The policy is validated by zod whenever it is read:
// an invalid stored policy falls back to the defaults with a visible notice, never a crash.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_POLICY, mergePolicies, parsePolicy } from '../policy/parse';
import { POLICY_VERSION, type Policy } from '../policy/schema';

/**
 * The user's (or admin's, from the options page) policy. Synced across the user's browsers. Stored as the
 * raw object and validated on read, since sync storage can hold anything another version wrote.
 */
export const policyItem = storage.defineItem<unknown>('sync:policy', {
  fallback: DEFAULT_POLICY,
  version: POLICY_VERSION,
  // Shape changes are migrated by parsePolicy (src/policy/parse.ts) on every read, so old values stay readable
  // even when written by a newer or older install; WXT's own migrations have nothing to add yet.
  migrations: {},
});

/** Latest findings per tab, kept in session storage so a restarted service worker still answers the popup. */
export const tabFindingsItem = storage.defineItem<unknown>('session:tabFindings', { fallback: {} });

export interface EffectivePolicy {
  policy: Policy;
  /** Top-level keys the enterprise-managed policy sets: the options page shows them locked. */
  managedKeys: string[];
  /** Why a stored or managed policy was ignored, for a visible notice; null when all is well. */
  notice: string | null;
}

/** Reads the enterprise-managed policy (chrome policy / Firefox policies.json); undefined when none. */
export async function readManagedPolicy(): Promise<Record<string, unknown> | undefined> {
  try {
    // Firefox throws when no managed storage manifest exists; Chrome returns {}.
    const managed = (await browser.storage.managed.get(null)) as Record<string, unknown>;
    return Object.keys(managed).length > 0 ? managed : undefined;
  } catch {
    return undefined;
  }
}

/** The user's policy validated, with the managed policy merged on top (managed wins). */
export function effectivePolicy(storedRaw: unknown, managedRaw: Record<string, unknown> | undefined): EffectivePolicy {
  const notices: string[] = [];
  const stored = parsePolicy(storedRaw ?? DEFAULT_POLICY);
  if (!stored.ok) notices.push(`The saved policy is invalid (${stored.error}); the defaults are in use.`);
  const user = stored.ok ? stored.policy : DEFAULT_POLICY;
  if (!managedRaw) return { policy: user, managedKeys: [], notice: notices[0] ?? null };
  const managed = parsePolicy(managedRaw);
  if (!managed.ok) {
    notices.push(`The policy set by your administrator is invalid (${managed.error}) and was ignored.`);
    return { policy: user, managedKeys: [], notice: notices.join(' ') };
  }
  const managedKeys = Object.keys(managedRaw).filter((key) => key !== 'version');
  return { policy: mergePolicies(user, managedRaw), managedKeys, notice: notices[0] ?? null };
}

export async function loadEffectivePolicy(): Promise<EffectivePolicy> {
  const [stored, managed] = await Promise.all([policyItem.getValue(), readManagedPolicy()]);
  return effectivePolicy(stored, managed);
}
