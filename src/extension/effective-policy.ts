// The policy the analyzer applies: the user's (validated) with the enterprise-managed one merged on top.
// Browser-free, so the background, the options page and tests share it.
import { DEFAULT_POLICY, managedKeysOf, mergePolicies, parsePolicy } from '../policy/parse';
import type { Policy } from '../policy/schema';

export interface EffectivePolicy {
  policy: Policy;
  /** Top-level keys the enterprise-managed policy sets: the options page shows them locked. */
  managedKeys: string[];
  /** Why a stored or managed policy was ignored, for a visible notice; null when all is well. */
  notice: string | null;
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
  const managedKeys = managedKeysOf(managedRaw);
  return { policy: mergePolicies(user, managedRaw), managedKeys, notice: notices[0] ?? null };
}

