// The admin's options page: loads the stored and managed policies, edits a form, validates with zod on save.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { effectivePolicy } from '../../extension/effective-policy';
import { policyItem, readManagedPolicy } from '../../extension/storage';
import { parsePolicy, parsePolicyJson } from '../../policy/parse';
import { DEFAULT_POLICY, type Policy } from '../../policy/schema';
import { translator, type UiLang } from '../i18n';
import { Notice } from '../common/Notice';
import { uiLangFor } from '../common/ui-lang';
import { CustomRulesSection } from './CustomRulesSection';
import { formToPolicy, locksFrom, NO_LOCKS, policyToForm, type Locks, type PolicyForm } from './form';
import { GeneralSection } from './GeneralSection';
import { ImportExportSection } from './ImportExportSection';
import { LevelsSection } from './LevelsSection';
import { OPTIONS_MESSAGES, type OptionsKey } from './messages';
import { PhrasesSection } from './PhrasesSection';

export type OptionsT = ReturnType<typeof translator<OptionsKey>>;
export interface SectionProps {
  form: PolicyForm;
  update(patch: Partial<PolicyForm>): void;
  locks: Locks;
  lang: UiLang;
  t: OptionsT;
}

interface Loaded {
  /** The user's own stored policy (defaults if missing or invalid). */
  stored: Policy;
  /** What is in force: stored + managed. The form shows this. */
  effective: Policy;
  locks: Locks;
  storedNotice: string | null;
}

type Feedback = { kind: 'success' | 'error'; text: string } | null;

async function load(): Promise<Loaded> {
  const [raw, managed] = await Promise.all([policyItem.getValue(), readManagedPolicy()]);
  const stored = parsePolicy(raw);
  const effective = effectivePolicy(raw, managed);
  return {
    stored: stored.ok ? stored.policy : DEFAULT_POLICY,
    effective: effective.policy,
    locks: locksFrom(managed, effective.managedKeys),
    storedNotice: effective.notice,
  };
}

export function Options({ initialLang }: { initialLang: UiLang }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [form, setForm] = useState<PolicyForm | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);

  const reload = async () => {
    const next = await load();
    setLoaded(next);
    setForm(policyToForm(next.effective));
  };
  useEffect(() => void reload(), []);

  const lang = loaded ? uiLangFor(loaded.effective) : initialLang;
  const t = translator(OPTIONS_MESSAGES, lang);
  useEffect(() => void (document.title = t('pageTitle')), [lang]);
  const dirty = useMemo(
    () => !!loaded && !!form && JSON.stringify(form) !== JSON.stringify(policyToForm(loaded.effective)),
    [loaded, form],
  );

  if (!loaded || !form) return <p class="nw-options">{t('loading')}</p>;
  const locks = loaded.locks ?? NO_LOCKS;
  const update = (patch: Partial<PolicyForm>) => {
    setForm({ ...form, ...patch });
    setFeedback(null);
  };

  async function store(policy: Policy, success: string): Promise<void> {
    try {
      await policyItem.setValue(policy);
      await reload();
      setFeedback({ kind: 'success', text: success });
    } catch (error) {
      // e.g. sync storage's 8 KB per-item quota for a very large policy.
      setFeedback({ kind: 'error', text: t('saveFailed', { error: (error as Error).message }) });
    }
  }

  async function save(): Promise<void> {
    const result = formToPolicy(form!, loaded!.stored, locks);
    if (!result.ok) return setFeedback({ kind: 'error', text: t('invalid', { error: result.error }) });
    await store(result.policy, t('saved'));
  }

  async function importJson(text: string): Promise<boolean> {
    const result = parsePolicyJson(text);
    if (!result.ok) {
      setFeedback({ kind: 'error', text: t('importInvalid', { error: result.error }) });
      return false;
    }
    await store(result.policy, t('imported'));
    return true;
  }

  const props: SectionProps = { form, update, locks, lang, t };
  return (
    <div class="nw-options" lang={lang}>
      <header class="nw-options__header">
        <h1>{t('pageTitle')}</h1>
        <p class="nw-muted">{t('intro')}</p>
        {loaded.storedNotice ? <Notice kind="warning">{t('storedInvalid', { notice: loaded.storedNotice })}</Notice> : null}
        {locks.keys.size + locks.rules.size + locks.categories.size > 0 ? <Notice kind="info">🔒 {t('managedIntro')}</Notice> : null}
      </header>
      <GeneralSection {...props} />
      <PhrasesSection {...props} />
      <LevelsSection {...props} />
      <CustomRulesSection {...props} />
      <ImportExportSection {...props} onImport={importJson} exportPolicy={() => formToPolicy(form, loaded.stored, NO_LOCKS)} />
      <footer class="nw-options__bar" aria-live="polite">
        {feedback ? <Notice kind={feedback.kind}>{feedback.text}</Notice> : dirty ? <span class="nw-muted">{t('unsaved')}</span> : <span />}
        <div class="nw-options__actions">
          <button type="button" disabled={!dirty} onClick={() => { setForm(policyToForm(loaded.effective)); setFeedback(null); }}>
            {t('revert')}
          </button>
          <button type="button" class="nw-primary" data-testid="save" onClick={() => void save()}>
            {t('save')}
          </button>
        </div>
      </footer>
    </div>
  );
}
