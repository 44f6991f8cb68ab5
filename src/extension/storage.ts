// Every storage item of the extension, declared once. The policy is validated by zod whenever it is read:
// an invalid stored policy falls back to the defaults with a visible notice, never a crash.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_POLICY } from '../policy/parse';
import { isPolicyKey, PolicyStore, type SaveOutcome, type StorageAreaLike } from '../policy/policy-store';
import { effectivePolicy, type EffectivePolicy } from './effective-policy';

export { effectivePolicy, type EffectivePolicy };

/** The user's policy in chrome.storage.sync, split into chunks when large (src/policy/policy-store.ts). */
export const policyStore = new PolicyStore(browser.storage.sync as unknown as StorageAreaLike, browser.storage.local as unknown as StorageAreaLike);

/**
 * The user's (or admin's, from the options page) policy. Synced across the user's browsers. Stored as the
 * raw object and validated on read (parsePolicy migrates older versions), since sync storage can hold
 * anything another version wrote.
 */
export const policyItem = {
  async getValue(): Promise<unknown> {
    return (await policyStore.read()).raw ?? DEFAULT_POLICY;
  },
  setValue(policy: unknown): Promise<SaveOutcome> {
    return policyStore.write(policy);
  },
  /** Calls back when any part of the stored policy changes (its header, a chunk, the local copy). */
  watch(callback: () => void): () => void {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if ((area === 'sync' || area === 'local') && Object.keys(changes).some(isPolicyKey)) callback();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

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
