// Checks any pasted text as a mail to a chosen recipient: the reviewer's way to look at a draft that is not
// open in a compose window (a chat message, a colleague's text). Nothing is stored.
import { useState } from 'preact/hooks';
import type { AnalyzeResponse, FailedRule } from '../../extension/protocol';
import type { Recipient } from '../../engine/types';
import type { UiLang } from '../i18n';
import { requestCheckText } from '../common/request';
import { FindingList, type FlaggedFinding } from './DraftFindings';
import { FailedRulesNote } from './FailedRules';
import type { PopupT } from './Popup';

const RECIPIENTS: Recipient[] = ['client', 'prospect', 'internal'];

export function PasteBox({ lang, t, onCopy }: { lang: UiLang; t: PopupT; onCopy(findings: FlaggedFinding[], failedRules?: FailedRule[]): void }) {
  const [text, setText] = useState('');
  const [recipient, setRecipient] = useState<Recipient>('client');
  const [firstContact, setFirstContact] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ findings: FlaggedFinding[]; failedRules?: FailedRule[] } | { error: string } | null>(null);

  const check = async () => {
    setBusy(true);
    try {
      const response: AnalyzeResponse = await requestCheckText({ subject: '', body: text, recipient, firstContact });
      setResult({ findings: response.findings.map((f) => ({ ...f, flagged: text.slice(f.start, f.end) })), failedRules: response.failedRules });
    } catch (error) {
      setResult({ error: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="nw-paste" aria-labelledby="nw-paste-title">
      <h2 id="nw-paste-title">{t('pasteTitle')}</h2>
      <label class="nw-visually-hidden" for="nw-paste-text">{t('pasteLabel')}</label>
      <textarea
        id="nw-paste-text"
        rows={4}
        placeholder={t('pastePlaceholder')}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.isComposing && text.trim()) void check();
        }}
      />
      <div class="nw-paste__row">
        <label>
          {t('recipient')}{' '}
          <select value={recipient} onChange={(e) => setRecipient((e.target as HTMLSelectElement).value as Recipient)}>
            {RECIPIENTS.map((r) => <option value={r} key={r}>{t(`recipient.${r}`)}</option>)}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={firstContact} onChange={(e) => setFirstContact((e.target as HTMLInputElement).checked)} /> {t('firstContact')}
        </label>
        <span class="nw-spacer" />
        <button type="button" class="nw-primary nw-paste__check" disabled={busy || !text.trim()} onClick={() => void check()}>
          {busy ? t('checking') : t('check')}
        </button>
      </div>
      {result && 'error' in result ? <p class="nw-notice nw-notice--error" role="alert">{t('pasteFailed', { error: result.error })}</p> : null}
      {result && 'findings' in result ? (
        <div class="nw-paste__result" data-count={result.findings.length}>
          <FailedRulesNote rules={result.failedRules} lang={lang} t={t} />
          <FindingList findings={result.findings} lang={lang} t={t} clean={t('pasteClean')} />
          {result.findings.length > 0 ? (
            <button type="button" class="nw-copy" onClick={() => onCopy(result.findings, result.failedRules)}>{t('copyReview')}</button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
