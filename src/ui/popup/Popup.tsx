// The reviewer's view: the analyzer's state and the flagged phrases of the current tab's compose windows.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PolicyResponse, Status, TabFindings } from '../../extension/protocol';
import { tabFindingsItem } from '../../extension/storage';
import { translator, type UiLang } from '../i18n';
import { Notice } from '../common/Notice';
import { requestPolicy, requestStatus, requestTabFindings } from '../common/request';
import { uiLangFor } from '../common/ui-lang';
import { DraftFindingsView } from './DraftFindings';
import { POPUP_MESSAGES, type PopupKey } from './messages';

export type PopupT = ReturnType<typeof translator<PopupKey>>;

interface PopupState {
  status: Status | null;
  statusError: string | null;
  policy: PolicyResponse | null;
  tab: TabFindings | null;
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function Popup({ initialLang }: { initialLang: UiLang }) {
  const [state, setState] = useState<PopupState>({ status: null, statusError: null, policy: null, tab: null });
  const lang = state.policy ? uiLangFor(state.policy.policy) : initialLang;
  const t = translator(POPUP_MESSAGES, lang);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refreshFindings = async () => {
      const tabId = await activeTabId();
      const tab = tabId === undefined ? { drafts: [] } : await requestTabFindings(tabId);
      if (!stopped) setState((s) => ({ ...s, tab }));
    };
    // Status is polled only while the dictionary loads; findings follow the background's saved snapshot.
    const pollStatus = async () => {
      try {
        const status = await requestStatus();
        if (stopped) return;
        setState((s) => ({ ...s, status, statusError: null }));
        if (!status.japaneseReady && !status.dictionaryError) timer = setTimeout(pollStatus, 400);
      } catch (error) {
        if (!stopped) setState((s) => ({ ...s, statusError: (error as Error).message }));
      }
    };
    void requestPolicy().then((policy) => !stopped && setState((s) => ({ ...s, policy })), () => undefined);
    void pollStatus();
    void refreshFindings().catch(() => undefined);
    const unwatch = tabFindingsItem.watch(() => void refreshFindings().catch(() => undefined));
    return () => {
      stopped = true;
      clearTimeout(timer);
      unwatch();
    };
  }, []);

  return (
    <div class="nw-popup" lang={lang}>
      <header class="nw-popup__header">
        <div>
          <h1>{t('title')}</h1>
          <p class="nw-muted">{t('subtitle')}</p>
        </div>
        <a href="#" class="nw-popup__options" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>
          {t('options')}
        </a>
      </header>
      <AnalyzerStatus status={state.status} error={state.statusError} t={t} />
      {state.policy?.notice ? <Notice kind="warning">{t('policyNotice', { notice: state.policy.notice })}</Notice> : null}
      {state.tab === null ? null : state.tab.drafts.length === 0 ? (
        <section class="nw-popup__empty">
          <h2>{t('emptyTitle')}</h2>
          <p class="nw-muted">{t('emptyBody')}</p>
        </section>
      ) : (
        state.tab.drafts.map((draft) => <DraftFindingsView key={draft.composeId} draft={draft} lang={lang} t={t} />)
      )}
    </div>
  );
}

function AnalyzerStatus({ status, error, t }: { status: Status | null; error: string | null; t: PopupT }) {
  if (error) return <Notice kind="error">{t('unreachable', { error })}</Notice>;
  if (!status) return null;
  if (status.dictionaryError) return <Notice kind="error">{t('failed', { error: status.dictionaryError })}</Notice>;
  if (!status.japaneseReady) return <Notice kind="info">{t('loading')}</Notice>;
  return (
    <p class="nw-popup__ready">
      <span class="nw-dot" aria-hidden="true" />
      {status.dictionaryLoadMs !== null ? t('readyIn', { ms: status.dictionaryLoadMs }) : t('ready')}
    </p>
  );
}
