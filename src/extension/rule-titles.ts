// The human name of a rule that could not run, for the notice that says so: a built-in rule's title, or an
// organisation rule's own message (the words its findings would have carried). The content script has no rule
// registry of its own, so the engine's host names the rules before the answer leaves it.
import type { RuleFailure } from '../engine/engine';
import { briefError } from '../engine/error-text';
import type { Policy } from '../policy/schema';
import { RULES } from '../rules';
import type { FailedRule } from './protocol';

const TITLES = new Map(RULES.map((rule) => [rule.id, rule.title]));

export function ruleTitle(ruleId: string, policy: Policy): FailedRule['title'] {
  const builtIn = TITLES.get(ruleId);
  if (builtIn) return { en: builtIn.en, ja: builtIn.ja };
  const custom = ruleId.startsWith('policy.') ? policy.customRules.find((r) => `policy.${r.id}` === ruleId) : undefined;
  return custom ? { en: custom.message, ja: custom.messageJa || custom.message } : undefined;
}

/**
 * The engine's failures with their names (a rule no longer known keeps only its id), and their errors brief:
 * the answer goes to the tab and the popup's store on every check, and no interface shows the error.
 */
export function namedFailures(failures: readonly RuleFailure[], policy: Policy): FailedRule[] {
  return failures.map((f) => {
    const title = ruleTitle(f.ruleId, policy);
    const named = { ...f, error: briefError(f.error) };
    return title ? { ...named, title } : named;
  });
}
