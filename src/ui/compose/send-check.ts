// Which findings hold a send for a question ("Review" / "Send anyway"), from the policy's Send check:
// any finding at or above `threshold`, or a warning (or worse) in one of `categories`. Mail to internal
// recipients is never held: client etiquette does not apply to colleagues.
import { SEVERITY_RANK, type Finding, type Recipient } from '../../engine/types';
import type { Policy } from '../../policy/schema';

export type SendCheckPolicy = Pick<Policy, 'confirmBeforeSend' | 'sendCheck'>;

/** True when this finding alone would make Send ask first (recipient aside). */
export function holdsSend(finding: Pick<Finding, 'severity' | 'category'>, policy: SendCheckPolicy): boolean {
  const { threshold, categories } = policy.sendCheck;
  if (!policy.confirmBeforeSend || threshold === 'off') return false;
  if (SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[threshold]) return true;
  return categories.includes(finding.category) && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.warning;
}

/** The findings that make Send ask first for mail to `recipient`, in the order given (none for internal mail). */
export function findingsHoldingSend<T extends Pick<Finding, 'severity' | 'category'>>(
  findings: readonly T[],
  policy: SendCheckPolicy,
  recipient: Recipient,
): T[] {
  if (recipient === 'internal') return [];
  return findings.filter((f) => holdsSend(f, policy));
}
