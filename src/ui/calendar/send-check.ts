// Which findings make Save / Send on an invitation ask first: the policy's Send check (any finding at or
// above its threshold, or a warning in one of its categories), as long as confirmBeforeSend is on.
import { SEVERITY_RANK, type Finding } from '../../engine/types';
import type { Policy } from '../../policy/schema';

export function blocksSave(finding: Pick<Finding, 'severity' | 'category'>, policy: Policy): boolean {
  if (!policy.confirmBeforeSend) return false;
  const { threshold, categories } = policy.sendCheck;
  if (threshold !== 'off' && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[threshold]) return true;
  return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.warning && categories.includes(finding.category);
}
