// Validation against the rule registry, for the places an admin writes a policy (the options page, imports):
// a misspelled rule id is refused with the nearest real id. Kept apart from parse.ts so that reading storage
// in the background does not pull every rule into its bundle.
import { RULES } from '../rules';
import { parsePolicy, parsePolicyJson, type PolicyResult } from './parse';

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function validatePolicy(raw: unknown): PolicyResult {
  return parsePolicy(raw, { ruleIds: RULE_IDS });
}

export function validatePolicyJson(text: string): PolicyResult {
  return parsePolicyJson(text, { ruleIds: RULE_IDS });
}
