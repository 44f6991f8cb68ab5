// The default policy with every rule that is off by default switched on at its own severity: the harnesses
// that run every rule's examples (and their precedence) need each rule running.
import { DEFAULT_POLICY, type Policy } from '../../src/policy/schema';
import { RULES } from '../../src/rules';

export const ALL_RULES_ON: Policy = {
  ...DEFAULT_POLICY,
  rules: { ...DEFAULT_POLICY.rules, ...Object.fromEntries(RULES.filter((r) => r.offByDefault).map((r) => [r.id, r.severity])) },
};
