// Organisation rules as data (Vale-style): flag phrases, or swap them for the house wording.
import type { CustomRule } from '../../policy/schema';
import { customRuleInput, newCustomRule, type CustomRuleForm } from './form';
import { Locked } from './Locked';
import type { SectionProps } from './Options';
import { label } from '../i18n';
import { issueMessage } from '../../policy/messages';
import { checkPattern } from '../../policy/pattern';
import { CustomRuleSchema, MAX_PATTERN_LENGTH } from '../../policy/schema';
import { customRuleRunError } from '../../engine/custom-rules';
import type { UiLang } from '../i18n';

/** Why a pattern is refused, as the admin types it (the same words as on save). */
function patternProblem(rule: CustomRuleForm, lang: UiLang): string | null {
  if (!rule.pattern) return null;
  const check = checkPattern(rule.pattern, rule.ignoreCase);
  if (check.ok) return null;
  return issueMessage(check.construct
    ? { code: 'patternUnsupported', path: [], params: { construct: check.construct } }
    : { code: 'patternInvalid', path: [], params: { detail: check.detail } }, lang);
}

/**
 * Why a rule that is otherwise valid cannot run in this browser (a phrase past the browser's RegExp size):
 * saved, it would be skipped on every draft, so the admin is told here, by the rule.
 */
function runProblem(rule: CustomRuleForm, index: number): string | null {
  const parsed = CustomRuleSchema.safeParse(customRuleInput(rule, index).value);
  return parsed.success ? customRuleRunError(parsed.data) : null;
}

function CannotRun({ rule, index, t }: { rule: CustomRuleForm; index: number; t: SectionProps['t'] }) {
  const problem = runProblem(rule, index);
  if (!problem) return null;
  return (
    <p class="nw-error-text" role="alert" data-testid={`custom-rule-cannot-run-${index}`}>
      {t('customRuleCannotRun', { detail: problem })}
    </p>
  );
}

export function CustomRulesSection({ form, update, locks, lang, t }: SectionProps) {
  const locked = locks.keys.has('customRules');
  const setRule = (index: number, patch: Partial<CustomRuleForm>) =>
    update({ customRules: form.customRules.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  return (
    <section class="nw-section" id="nw-custom" data-section="custom">
      <h2>
        {t('custom')} <Locked locked={locked} t={t} />
      </h2>
      <p class="nw-muted nw-help">{t('customHelp')}</p>
      {form.customRules.length === 0 ? <p class="nw-muted">{t('noCustomRules')}</p> : null}
      {form.customRules.map((rule, i) => (
        <fieldset class="nw-custom-rule" key={i} disabled={locked} data-testid={`custom-rule-${i}`}>
          <div class="nw-custom-rule__row">
            <label class="nw-field">
              <span>{t('kind')}</span>
              <select value={rule.kind} onChange={(e) => setRule(i, { kind: e.currentTarget.value as CustomRule['kind'] })}>
                <option value="existence">{t('kindExistence')}</option>
                <option value="substitution">{t('kindSubstitution')}</option>
                <option value="pattern">{t('kindPattern')}</option>
              </select>
            </label>
            <label class="nw-field">
              <span>{t('ruleId')}</span>
              <input class="nw-mono" value={rule.id} onInput={(e) => setRule(i, { id: e.currentTarget.value })} />
            </label>
            <label class="nw-field">
              <span>{t('level')}</span>
              <select value={rule.level} onChange={(e) => setRule(i, { level: e.currentTarget.value as CustomRule['level'] })}>
                {(['info', 'warning', 'error'] as const).map((l) => (
                  <option key={l} value={l}>{label(lang, `level.${l}`)}</option>
                ))}
              </select>
            </label>
            <label class="nw-check">
              <input type="checkbox" checked={rule.ignoreCase} onChange={(e) => setRule(i, { ignoreCase: e.currentTarget.checked })} />
              <span>{t('ignoreCase')}</span>
            </label>
            <button type="button" onClick={() => update({ customRules: form.customRules.filter((_, j) => j !== i) })}>
              {t('removeRule')}
            </button>
          </div>
          <div class="nw-custom-rule__row">
            <label class="nw-field nw-grow">
              <span>{t('message')}</span>
              <input value={rule.message} onInput={(e) => setRule(i, { message: e.currentTarget.value })} />
            </label>
            <label class="nw-field nw-grow">
              <span>{t('messageJa')}</span>
              <input value={rule.messageJa} onInput={(e) => setRule(i, { messageJa: e.currentTarget.value })} />
            </label>
          </div>
          <CannotRun rule={rule} index={i} t={t} />
          {rule.kind === 'pattern' ? (
            <div class="nw-custom-rule__row">
              <label class="nw-field nw-grow">
                <span>{t('pattern')}</span>
                <input class="nw-mono" data-testid={`pattern-${i}`} spellcheck={false} maxLength={MAX_PATTERN_LENGTH} value={rule.pattern} placeholder={t('placeholderPattern')} onInput={(e) => setRule(i, { pattern: e.currentTarget.value })} />
                <span class="nw-muted nw-help">{t('patternHelp')}</span>
                {patternProblem(rule, lang) ? <span class="nw-error-text" role="alert" data-testid={`pattern-error-${i}`}>{patternProblem(rule, lang)}</span> : null}
              </label>
              <label class="nw-field nw-grow">
                <span>{t('suggestion')}</span>
                <input value={rule.suggestion} onInput={(e) => setRule(i, { suggestion: e.currentTarget.value })} />
              </label>
            </div>
          ) : rule.kind === 'existence' ? (
            <div class="nw-custom-rule__row">
              <label class="nw-field nw-grow">
                <span>{t('phrases')}</span>
                <textarea rows={3} value={rule.phrases} onInput={(e) => setRule(i, { phrases: e.currentTarget.value })} />
              </label>
              <label class="nw-field nw-grow">
                <span>{t('suggestion')}</span>
                <input value={rule.suggestion} onInput={(e) => setRule(i, { suggestion: e.currentTarget.value })} />
              </label>
            </div>
          ) : (
            <label class="nw-field">
              <span>{t('swap')}</span>
              <textarea rows={3} value={rule.swap} placeholder={t('placeholderSwap')} onInput={(e) => setRule(i, { swap: e.currentTarget.value })} />
            </label>
          )}
        </fieldset>
      ))}
      <button type="button" disabled={locked} data-testid="add-rule" onClick={() => update({ customRules: [...form.customRules, newCustomRule(form.customRules.length)] })}>
        + {t('addRule')}
      </button>
    </section>
  );
}
