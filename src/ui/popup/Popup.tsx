// The reviewer's view: the analyzer's state, the findings of the focused compose window (with a chooser
// when several are open, in any tab) that can be shown, applied or ignored in the draft, a box that checks
// any pasted text, and "Copy review" as Markdown. Every state says what to do next.
import { useEffect, useState } from 'preact/hooks';
import { clientLabel } from '../../adapters/registry';
import { browser } from 'wxt/browser';
import type { AllDrafts, FailedRule, PolicyResponse, Status } from '../../extension/protocol';
import { failedRulesNotice } from '../common/failed-rules';
import { tabFindingsItem } from '../../extension/storage';
import { translator, type Translate, type UiLang } from '../i18n';
import { Notice } from '../common/Notice';
import { requestAllDrafts, requestPolicy, requestStatus, sendComposeAction } from '../common/request';
import { uiLangFor } from '../common/ui-lang';
import { FindingList, type FindingAction, type FlaggedFinding } from './DraftFindings';
import { FailedRulesNote } from './FailedRules';

import { PasteBox } from './PasteBox';
import { reviewMarkdown } from './review';
import { orderDrafts, targetTab, type TargetTab } from './target';

export type PopupT = Translate<'popup'>;
type Draft = AllDrafts['drafts'][number];

/** What the main area shows; also on the root as data-state (tests, and a stable hook for styling). */
export type PopupState = 'engine-error' | 'unsupported' | 'no-compose' | 'draft' | 'starting';

interface Data {
  status: Status | null;
  statusError: string | null;
  policy: PolicyResponse | null;
  target: TargetTab | null;
  drafts: Draft[] | null;
}


export function Popup({ initialLang }: { initialLang: UiLang }) {
  const [data, setData] = useState<Data>({ status: null, statusError: null, policy: null, target: null, drafts: null });
  const [chosen, setChosen] = useState<string | null>(null);
  const [note, setNote] = useState<{ kind: 'error' | 'success' | 'warning'; text: string } | null>(null);
  const lang = data.policy ? uiLangFor(data.policy.policy) : initialLang;
  const t = translator(lang, 'popup');

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Storage changes come in bursts and each asks again; answers can arrive out of order, so only the
    // latest request's answer is kept (an older one landing last would pin a stale list on screen).
    let latest = 0;
    const refreshDrafts = async () => {
      const asked = ++latest;
      const [target, all] = await Promise.all([targetTab(), requestAllDrafts()]);
      if (!stopped && asked === latest) setData((s) => ({ ...s, target, drafts: all.drafts }));
    };
    // Status is polled only while the dictionary loads; findings follow the background's saved snapshot.
    const pollStatus = async () => {
      try {
        const status = await requestStatus();
        if (stopped) return;
        setData((s) => ({ ...s, status, statusError: null }));
        if (!status.japaneseReady && !status.dictionaryError) timer = setTimeout(pollStatus, 400);
      } catch (error) {
        if (!stopped) setData((s) => ({ ...s, statusError: (error as Error).message }));
      }
    };
    void requestPolicy().then((policy) => !stopped && setData((s) => ({ ...s, policy })), () => undefined);
    void pollStatus();
    const refresh = () =>
      void refreshDrafts().catch((error: unknown) => !stopped && setData((s) => ({ ...s, statusError: (error as Error).message })));
    refresh();
    const unwatch = tabFindingsItem.watch(refresh);
    return () => {
      stopped = true;
      clearTimeout(timer);
      unwatch();
    };
  }, []);

  const { here, elsewhere } = orderDrafts(data.drafts ?? [], data.target?.tabId);
  const all = [...here, ...elsewhere];
  const draft = all.find((d) => d.composeId === chosen) ?? here[0] ?? null;
  const state: PopupState = data.statusError
    ? 'engine-error'
    : data.target === null || data.drafts === null
      ? 'starting'
      : draft
        ? 'draft'
        : data.target.supported
          ? 'no-compose'
          : 'unsupported';

  const act = async (d: Draft, finding: FlaggedFinding, action: FindingAction, suggestion?: number) => {
    setNote(null);
    try {
      const result = await sendComposeAction(d.tabId, {
        composeId: d.composeId,
        finding: { field: finding.field, start: finding.start, end: finding.end, ruleId: finding.ruleId },
        action,
        ...(suggestion !== undefined ? { suggestion } : {}),
      });
      if (!result.ok) setNote({ kind: 'warning', text: result.reason === 'failed' ? t('actionFailed') : t('actionGone') });
    } catch {
      setNote({ kind: 'error', text: t('actionFailed') });
    }
  };

  const copy = async (findings: FlaggedFinding[], heading: string, failedRules?: readonly FailedRule[]) => {
    const markdown = reviewMarkdown(findings, lang, {
      title: t('reviewTitle'), heading, count: t('reviewFindings', { n: findings.length }), clean: t('reviewClean'),
      suggestion: t('suggestion'), why: t('why'), subject: t('subjectField'),
    }, failedRulesNotice(failedRules, lang, t));
    try {
      await navigator.clipboard.writeText(markdown);
      setNote({ kind: 'success', text: t('copied') });
    } catch (error) {
      setNote({ kind: 'error', text: t('copyFailed', { error: (error as Error).message }) });
    }
  };

  return (
    <div class="nw-popup" lang={lang} data-state={state} onKeyDown={moveBetweenFindings}>
      <header class="nw-popup__header">
        <div>
          <h1>{t('title')}</h1>
          <p class="nw-muted">{t('subtitle')}</p>
        </div>
        <a href="#" class="nw-popup__options" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>
          {t('options')}
        </a>
      </header>
      {state === 'engine-error' ? null : <AnalyzerStatus status={data.status} t={t} />}
      {data.policy?.notice ? <Notice kind="warning">{t('policyNotice', { notice: data.policy.notice })}</Notice> : null}
      {note ? <Notice kind={note.kind}>{note.text}</Notice> : null}

      {state === 'engine-error' ? (
        <StateBox id="engine-error" title={t('engineErrorTitle')} body={t('engineErrorBody', { error: data.statusError ?? '' })} />
      ) : null}
      {state === 'unsupported' ? <StateBox id="unsupported" title={t('unsupportedTitle')} body={t('unsupportedBody')} /> : null}
      {state === 'no-compose' ? <StateBox id="no-compose" title={t('emptyTitle')} body={t('emptyBody')} /> : null}

      {all.length > 1 || (!draft && all.length > 0) ? (
        <label class="nw-chooser">
          <span>{draft ? t('chooser') : t('chooserOther')}</span>
          <select value={draft?.composeId ?? ''} onChange={(e) => setChosen((e.target as HTMLSelectElement).value || null)}>
            {!draft ? <option value="">{t('chooseOne')}</option> : null}
            {all.map((d, i) => (
              <option value={d.composeId} key={d.composeId}>
                {`${clientLabel(d.client, lang)} · ${d.subject.trim() || t('noSubject')} · ${d.tabId === data.target?.tabId ? t('thisTab') : t('otherTab', { n: i + 1 })}`}
              </option>
            ))}
          </select>
        </label>
      ) : null}

      {draft ? (
        <section class="nw-draft" data-compose-id={draft.composeId}>
          <header class="nw-draft__header">
            <h2 title={draft.subject}>{draft.subject.trim() || t('noSubject')}</h2>
            <span class="nw-draft__client">{clientLabel(draft.client, lang)}</span>
          </header>
          <FailedRulesNote rules={draft.failedRules} lang={lang} t={t} />
          <FindingList findings={draft.findings} lang={lang} t={t} clean={t('clean')} onAct={(f, a, i) => void act(draft, f, a, i)} />
          {draft.findings.length > 0 ? (
            <button type="button" class="nw-copy" onClick={() => void copy(draft.findings, draft.subject.trim() || t('noSubject'), draft.failedRules)}>
              {t('copyReview')}
            </button>
          ) : null}
        </section>
      ) : null}

      <PasteBox lang={lang} t={t} onCopy={(findings, failedRules) => void copy(findings, t('reviewPasted'), failedRules)} />
    </div>
  );
}

function StateBox({ id, title, body }: { id: PopupState; title: string; body: string }) {
  return (
    <section class="nw-popup__empty" data-state-box={id} role={id === 'engine-error' ? 'alert' : 'status'}>
      <h2>{title}</h2>
      <p class="nw-muted">{body}</p>
    </section>
  );
}

function AnalyzerStatus({ status, t }: { status: Status | null; t: PopupT }) {
  if (!status) return null;
  if (status.dictionaryError) {
    return (
      <div data-status="failed">
        <Notice kind="error">{`${t('failed', { error: status.dictionaryError })} ${t('failedHint')}`}</Notice>
      </div>
    );
  }
  if (!status.japaneseReady) {
    return (
      <div data-status="loading">
        <Notice kind="info">{`${t('loading')} ${t('loadingHint')}`}</Notice>
      </div>
    );
  }
  return (
    <p class="nw-popup__ready" data-status="ready">
      <span class="nw-dot" aria-hidden="true" />
      {status.dictionaryLoadMs !== null ? t('readyIn', { ms: status.dictionaryLoadMs }) : t('ready')}
    </p>
  );
}

/** ↑/↓ move between the findings' "show in draft" buttons (Tab reaches their Apply and Ignore buttons). */
function moveBetweenFindings(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const current = (event.target as Element | null)?.closest?.('.nw-finding');
  if (!current) return;
  const root = event.currentTarget as HTMLElement;
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.nw-finding .nw-finding__show')];
  const here = buttons.findIndex((b) => current.contains(b));
  const next = buttons[here + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}
