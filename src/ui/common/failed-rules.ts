// Rules that could not run on a draft, said in words: the rules' human names (a rule the host could not
// name keeps its id), in the interface's language. Only names: never the error (which may quote what the
// rule was reading) and never the draft.
import type { FailedRule } from '../../extension/protocol';
import { fill, label, type UiLang } from '../i18n';

/** Names beyond this many are counted ("and 2 more"), so a notice stays a line or two. */
export const MAX_NAMED = 3;

export function failedRuleName(rule: FailedRule, lang: UiLang): string {
  return rule.title?.[lang] || rule.ruleId;
}

/** “A”, “B” and 2 more / 「A」、「B」ほか 2 件 (one entry per rule, whatever the count). */
export function failedRuleNames(rules: readonly FailedRule[], lang: UiLang): string {
  const names = [...new Set(rules.map((r) => failedRuleName(r, lang)))];
  const shown = names.slice(0, MAX_NAMED).map((name) => fill(label(lang, 'list.quoted'), { name })).join(label(lang, 'list.separator'));
  return names.length > MAX_NAMED ? fill(label(lang, 'list.more'), { names: shown, n: names.length - MAX_NAMED }) : shown;
}

/** The notice's sentence for a surface whose catalogue has failedRulesOne / failedRulesMany; null when all ran. */
export function failedRulesNotice(
  rules: readonly FailedRule[] | undefined,
  lang: UiLang,
  t: (key: 'failedRulesOne' | 'failedRulesMany', vars: Record<string, string | number>) => string,
): string | null {
  if (!rules?.length) return null;
  const n = new Set(rules.map((r) => r.ruleId)).size;
  return t(n === 1 ? 'failedRulesOne' : 'failedRulesMany', { n, names: failedRuleNames(rules, lang) });
}
