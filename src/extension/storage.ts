// Every storage item of the extension, declared once. The policy is validated by zod whenever it is read:
// an invalid stored policy falls back to the defaults with a visible notice, never a crash.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_POLICY } from '../policy/parse';
import { POLICY_VERSION } from '../policy/schema';
import { effectivePolicy, type EffectivePolicy } from './effective-policy';

export { effectivePolicy, type EffectivePolicy };

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

export async function loadEffectivePolicy(): Promise<EffectivePolicy> {
  const [stored, managed] = await Promise.all([policyItem.getValue(), readManagedPolicy()]);
  return effectivePolicy(stored, managed);
}
