// The admin's options page: loads the stored and managed policies, edits a form, validates with zod on save.
// Sections with a table of contents and one filter keep it navigable; every save and import says what changed.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { effectivePolicy } from '../../extension/effective-policy';
import { policyItem, policyStore, readManagedPolicy } from '../../extension/storage';
import { diffPolicies, type PolicyChange } from '../../policy/diff';
import { formatIssue, type PolicyIssue } from '../../policy/messages';
import { parsePolicy, type PolicyResult } from '../../policy/parse';
import type { SaveOutcome } from '../../policy/policy-store';
import { validatePolicyJson } from '../../policy/registry';
import { DEFAULT_POLICY, type Policy } from '../../policy/schema';
import { RULES } from '../../rules';
import { translator, type Translate, type UiLang } from '../i18n';
import { Notice } from '../common/Notice';
import { LockIcon } from './Locked';
import { uiLangFor } from '../common/ui-lang';
import { CustomRulesSection } from './CustomRulesSection';
import { formToPolicy, hasLocks, locksFrom, NO_LOCKS, policyToForm, type Locks, type PolicyForm } from './form';
import { GeneralSection } from './GeneralSection';
import { ImportExportSection } from './ImportExportSection';
import { LevelsSection, ruleMatches } from './LevelsSection';
import { MeetingsSection, SendCheckSection } from './MeetingsSection';
import { CATALOGUES, type KeyOf } from '../i18n';
type OptionsKey = KeyOf<'options'>;
import { ClientsSection, OrganisationSection } from './OrganisationSection';
import { PhrasesSection } from './PhrasesSection';
import { TryItSection } from './TryItSection';

export type OptionsT = Translate<'options'>;
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
  managed: Record<string, unknown> | undefined;
  locks: Locks;
  /** Why the saved or the managed policy was not used, in the catalogue's terms (shown in the UI language). */
  storedIssue: PolicyIssue | null;
  managedIssue: PolicyIssue | null;
  storageProblem: 'incomplete' | 'elsewhere' | null;
}

/** Feedback is kept as what to say, not as said: switching the page's language re-renders it in the new language. */
type Say = (t: OptionsT, lang: UiLang) => string;
type Feedback =
  | { kind: 'success' | 'error' | 'info'; text: Say; issues?: PolicyIssue[]; changes?: PolicyChange[]; note?: Say }
  | null;

async function load(): Promise<Loaded> {
  const [{ raw, problem }, managed] = await Promise.all([policyStore.read(), readManagedPolicy()]);
  const stored = parsePolicy(raw ?? DEFAULT_POLICY);
  const effective = effectivePolicy(raw, managed);
  const managedParsed = managed ? parsePolicy(managed) : null;
  return {
    stored: stored.ok ? stored.policy : DEFAULT_POLICY,
    effective: effective.policy,
    managed,
    locks: locksFrom(managed, effective.managedKeys),
    storedIssue: stored.ok ? null : stored.issues[0] ?? null,
    managedIssue: managedParsed && !managedParsed.ok ? managedParsed.issues[0] ?? null : null,
    storageProblem: problem,
  };
}

/** Section ids in page order, with the words the filter finds them by (both languages' labels, field names). */
const SECTIONS: Array<{ id: string; title: OptionsKey; terms: OptionsKey[]; fields: string[] }> = [
  { id: 'general', title: 'general', terms: ['uiLanguage', 'langEn', 'langJa'], fields: ['uiLanguage'] },
  { id: 'send', title: 'sendCheck', terms: ['confirmBeforeSend', 'sendThreshold', 'sendCategories'], fields: ['sendCheck', 'confirmBeforeSend', 'threshold'] },
  { id: 'organisation', title: 'organisation', terms: ['orgNames', 'orgBrands', 'organisationHelp'], fields: ['organisation', 'names', 'brands', '弊社'] },
  { id: 'clients', title: 'clients', terms: ['clientName', 'clientAliases', 'clientDomains', 'clientsHelp'], fields: ['clients', 'aliases', 'domains', '貴社', '御社'] },
  { id: 'meetings', title: 'meetings', terms: ['timeZone', 'writerTimeZone', 'businessHours', 'lunch', 'clientLarger'], fields: ['meetings', 'timeZone', 'businessHours'] },
  { id: 'phrases', title: 'domains', terms: ['allow', 'domainsHelp', 'allowHelp'], fields: ['internalDomains', 'allow'] },
  { id: 'levels', title: 'levels', terms: ['category', 'level'], fields: ['rules', 'categories'] },
  { id: 'custom', title: 'custom', terms: ['kindExistence', 'kindSubstitution', 'kindPattern', 'pattern', 'phrases', 'swap'], fields: ['customRules', 'pattern', 'regex'] },
  { id: 'try', title: 'tryIt', terms: ['tryItSample', 'tryItHelp'], fields: ['try'] },
  { id: 'import', title: 'importExport', terms: ['import', 'export'], fields: ['json'] },
];

function sectionMatches(section: (typeof SECTIONS)[number], query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const words = [
    ...[section.title, ...section.terms].flatMap((key) => [CATALOGUES.en.options[key as keyof typeof CATALOGUES.en.options], CATALOGUES.ja.options[key as keyof typeof CATALOGUES.en.options]]),
    ...section.fields,
  ];
  if (words.some((w) => w.toLowerCase().includes(q))) return true;
  return section.id === 'levels' && RULES.some((r) => ruleMatches(r, q));
}

export function Options({ initialLang }: { initialLang: UiLang }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [form, setForm] = useState<PolicyForm | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [query, setQuery] = useState('');

  const reload = async () => {
    const next = await load();
    setLoaded(next);
    setForm(policyToForm(next.effective));
    return next;
  };
  useEffect(() => {
    void reload();
    // A managed policy (or another window's save) changing meanwhile: show what is now in force.
    return policyItem.watch(() => void reload());
  }, []);

  const lang = loaded ? uiLangFor(loaded.effective) : initialLang;
  const t = translator(lang, 'options');
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

  function outcomeNote(outcome: SaveOutcome, t: OptionsT): string | undefined {
    const kb = (n: number) => (n / 1024).toFixed(1);
    if (outcome.where === 'local') return t('savedLocal', { kb: kb(outcome.bytes), limit: kb(outcome.limit) });
    return outcome.chunks > 1 ? t('savedChunks', { kb: kb(outcome.bytes), n: outcome.chunks }) : undefined;
  }

  async function store(policy: Policy, message: 'savedChanges' | 'importedChanges'): Promise<void> {
    const before = loaded!.stored;
    try {
      const outcome = await policyItem.setValue(policy);
      await reload();
      const changes = diffPolicies(before, policy);
      setFeedback({ kind: outcome.where === 'local' ? 'info' : 'success', text: (t) => t(message, { n: changes.length }), changes, note: (t) => outcomeNote(outcome, t) ?? '' });
    } catch (error) {
      // e.g. a sync write quota (too many saves a minute) or the local quota.
      setFeedback({ kind: 'error', text: (t) => t('saveFailed', { error: (error as Error).message }) });
    }
  }

  function refuse(result: Extract<PolicyResult, { ok: false }>, key: 'invalid' | 'importInvalid'): void {
    const [first, ...rest] = result.issues;
    setFeedback({ kind: 'error', text: (t, lang) => t(key, { error: first ? formatIssue(first, lang) : result.error }), issues: rest });
  }

  async function save(): Promise<void> {
    const result = formToPolicy(form!, loaded!.stored, locks);
    if (!result.ok) return refuse(result, 'invalid');
    await store(result.policy, 'savedChanges');
  }

  async function importJson(text: string): Promise<boolean> {
    const result = validatePolicyJson(text);
    if (!result.ok) {
      refuse(result, 'importInvalid');
      return false;
    }
    await store(result.policy, 'importedChanges');
    return true;
  }

  const props: SectionProps = { form, update, locks, lang, t };
  const visible = SECTIONS.filter((s) => s.id === 'try' || sectionMatches(s, query));
  const shown = (id: string) => visible.some((s) => s.id === id);
  return (
    <div class="nw-options" lang={lang}>
      <header class="nw-options__header">
        <h1>{t('pageTitle')}</h1>
        <p class="nw-muted">{t('intro')}</p>
        {loaded.storedIssue ? <Notice kind="warning">{t('storedInvalid', { notice: formatIssue(loaded.storedIssue, lang) })}</Notice> : null}
        {loaded.managedIssue ? <Notice kind="warning">{t('managedInvalid', { notice: formatIssue(loaded.managedIssue, lang) })}</Notice> : null}
        {loaded.storageProblem ? <Notice kind="warning">{t(loaded.storageProblem === 'elsewhere' ? 'storedElsewhere' : 'storedIncomplete')}</Notice> : null}
        {hasLocks(locks) ? <div data-testid="managed-intro"><Notice kind="info"><LockIcon /> {t('managedIntro')}</Notice></div> : null}
      </header>
      <div class="nw-options__layout">
        <nav class="nw-toc" aria-label={t('toc')}>
          <label class="nw-field">
            <span>{t('filterAll')}</span>
            <input type="search" data-testid="filter" value={query} placeholder={t('filterAllPlaceholder')} onInput={(e) => setQuery(e.currentTarget.value)} />
          </label>
          <p class="nw-toc__title">{t('toc')}</p>
          <ol>
            {visible.map((s) => (
              <li key={s.id}><a href={`#nw-${s.id}`}>{t(s.title)}</a></li>
            ))}
          </ol>
        </nav>
        <main class="nw-options__main">
          {visible.length === 1 ? <p class="nw-muted">{t('noSectionMatch', { query })}</p> : null}
          {shown('general') ? <GeneralSection {...props} /> : null}
          {shown('send') ? <SendCheckSection {...props} /> : null}
          {shown('organisation') ? <OrganisationSection {...props} /> : null}
          {shown('clients') ? <ClientsSection {...props} /> : null}
          {shown('meetings') ? <MeetingsSection {...props} /> : null}
          {shown('phrases') ? <PhrasesSection {...props} /> : null}
          {shown('levels') ? <LevelsSection {...props} query={query} /> : null}
          {shown('custom') ? <CustomRulesSection {...props} /> : null}
          {shown('import') ? <ImportExportSection {...props} onImport={importJson} exportPolicy={() => formToPolicy(form, loaded.stored, NO_LOCKS)} /> : null}
        </main>
        {/* Always at hand, whatever the filter: the admin edits on the left and sees the effect here. */}
        <aside class="nw-try-aside">
          <TryItSection {...props} stored={loaded.stored} managed={loaded.managed} />
        </aside>
      </div>
      <footer class="nw-options__bar" aria-live="polite" data-testid="feedback">
        {feedback ? <FeedbackView feedback={feedback} lang={lang} t={t} /> : dirty ? <span class="nw-muted">{t('unsaved')}</span> : <span />}
        <div class="nw-options__actions">
          <button type="button" disabled={!dirty} onClick={() => { setForm(policyToForm(loaded.effective)); setFeedback({ kind: 'info', text: (t) => t('discarded') }); }}>
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

function changeLine(c: PolicyChange, t: OptionsT): string {
  const clip = (s: string | undefined) => (s && s.length > 80 ? `${s.slice(0, 77)}…` : s ?? '');
  if (c.kind === 'added') return `${c.path}: ${t('changeAdded')} ${clip(c.after)}`;
  if (c.kind === 'removed') return `${c.path}: ${t('changeRemoved')} ${clip(c.before)}`;
  return `${c.path}: ${clip(c.before)} → ${clip(c.after)}`;
}

function FeedbackView({ feedback, lang, t }: { feedback: NonNullable<Feedback>; lang: UiLang; t: OptionsT }) {
  const issues = feedback.issues ?? [];
  const changes = feedback.changes ?? [];
  return (
    <div class="nw-feedback">
      <Notice kind={feedback.kind}>
        {feedback.text(t, lang)}
        {issues.length ? (
          <ul class="nw-issues">
            {issues.slice(0, 4).map((issue, i) => <li key={i}>{formatIssue(issue, lang)}</li>)}
            {issues.length > 4 ? <li>{t('moreIssues', { n: issues.length - 4 })}</li> : null}
          </ul>
        ) : null}
        {feedback.changes ? (
          <details class="nw-changes" open={changes.length <= 6} data-testid="changes">
            <summary>{t('changes')}</summary>
            {changes.length ? (
              <ul>{changes.slice(0, 20).map((c, i) => <li key={i} class="nw-mono">{changeLine(c, t)}</li>)}</ul>
            ) : <p>{t('noChanges')}</p>}
          </details>
        ) : null}
        {feedback.note?.(t, lang) ? <p class="nw-note">{feedback.note(t, lang)}</p> : null}
      </Notice>
    </div>
  );
}
