// Titles and rationales of the built-in rules by id, for the popup and the options page.
import { RULES } from '../../rules';
import type { Rule } from '../../engine/rule';

const BY_ID = new Map<string, Rule>(RULES.map((rule) => [rule.id, rule]));

/** The built-in rule with this id; undefined for an organisation's custom rule. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
