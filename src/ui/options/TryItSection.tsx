// "Try it": the engine on sample text with the policy as edited, saved or not. The options page runs its own
// analyzer (src/extension/page-analyzer.ts, the one the offscreen document uses): English and organisation
// rules answer at once on the page; the Worker loads the Japanese dictionary and takes over when ready. The
// background's engine cannot be used: it only ever applies the saved policy. Nothing leaves the browser.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Recipient } from '../../engine/types';
import { createPageAnalyzer } from '../../extension/page-analyzer';
import type { FailedRule } from '../../extension/protocol';
import { failedRuleNames } from '../common/failed-rules';
import type { Analyzer } from '../../extension/tiered-engine';
import { formatIssue } from '../../policy/messages';
import { mergePolicies, parsePolicy } from '../../policy/parse';
import type { Policy } from '../../policy/schema';
import { SeverityBadge } from '../common/SeverityBadge';
import { formToRaw, type Locks, type PolicyForm } from './form';
import type { SectionProps } from './Options';
import { Section } from './Section';

const SAMPLE = '佐藤様\n\n御社のご提案を拝見しました。了解しました。\n\nHi Kenji, that is out of scope. Please confirm ASAP.';

interface Result {
  findings: Finding[];
  japaneseReady: boolean;
  dictionaryError: string | null;
  failedRules?: FailedRule[];
}

/** The policy the try-it box applies: the form (unsaved), with the managed policy on top, as in a compose window. */
export function editedPolicy(form: PolicyForm, stored: Policy, locks: Locks, managed: Record<string, unknown> | undefined) {
  const { raw, issue } = formToRaw(form, stored, locks);
  if (issue) return { issue };
  const parsed = parsePolicy(raw);
  if (!parsed.ok) return { issue: parsed.issues[0]! };
  return { policy: mergePolicies(parsed.policy, managed) };
}

export function TryItSection(props: SectionProps & { stored: Policy; managed: Record<string, unknown> | undefined }) {
  const { form, locks, lang, t, stored, managed } = props;
  const [text, setText] = useState(SAMPLE);
  const [recipient, setRecipient] = useState<Recipient>('client');
  const [result, setResult] = useState<Result | null>(null);
  const [settled, setSettled] = useState(0);
  const analyzer = useRef<Analyzer | null>(null);
  const revision = useRef(0);
  const edited = editedPolicy(form, stored, locks, managed);
  const policyKey = JSON.stringify(edited);

  useEffect(() => {
    if (!edited.policy) return;
    const policy = edited.policy;
    const mine = ++revision.current;
    // A short pause while typing, as in a compose window.
    const timer = setTimeout(() => {
      analyzer.current ??= createPageAnalyzer(() => setSettled((n) => n + 1));
      void analyzer.current
        .analyze({ type: 'analyze', composeId: 'try-it', client: 'gmail', revision: mine, draft: { subject: '', body: text, kind: 'email', context: { recipient } } }, policy)
        .then((r) => mine === revision.current && setResult({ findings: r.findings, japaneseReady: r.japaneseReady, dictionaryError: r.dictionaryError, failedRules: r.failedRules }))
        .catch(() => undefined);
    }, 200);
    return () => clearTimeout(timer);
  }, [text, recipient, policyKey, settled]);

  const findings = edited.policy ? result?.findings ?? [] : [];
  return (
    <Section id="try" title={t('tryIt')} help={t('tryItHelp')} t={t}>
      <div class="nw-row">
        <label class="nw-field nw-inline">
          <span>{t('tryItRecipient')}</span>
          <select value={recipient} data-testid="try-recipient" onChange={(e) => setRecipient(e.currentTarget.value as Recipient)}>
            <option value="client">{t('recipientClient')}</option>
            <option value="prospect">{t('recipientProspect')}</option>
            <option value="internal">{t('recipientInternal')}</option>
          </select>
        </label>
      </div>
      <textarea rows={6} aria-label={t('tryItSample')} data-testid="try-text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {edited.issue ? (
        <p class="nw-error-text" role="alert" data-testid="try-invalid">{t('tryItInvalid', { error: formatIssue(edited.issue, lang) })}</p>
      ) : result && !result.japaneseReady ? (
        <p class="nw-muted nw-help" data-testid="try-ja-pending">
          {result.dictionaryError ? t('tryItJaFailed', { error: result.dictionaryError }) : t('tryItLoadingJa')}
        </p>
      ) : null}
      {edited.policy && result ? (
        <div class="nw-try-results" data-testid="try-results" aria-live="polite">
          {result.failedRules?.length ? (
            <p class="nw-error-text" role="status" data-testid="try-failed" data-failed-rules={result.failedRules.map((r) => r.ruleId).join(' ')}>
              {t('tryItFailedRules', { names: failedRuleNames(result.failedRules, lang) })}{' '}
              <span class="nw-mono nw-muted">{result.failedRules.map((r) => r.ruleId).join(' ')}</span>
            </p>
          ) : null}
          <p class="nw-muted">{findings.length ? t('tryItCount', { n: findings.length }) : t('tryItNone')}</p>
          <ul>
            {findings.map((f, i) => (
              <li key={i} data-rule={f.ruleId} class="nw-try-finding">
                <SeverityBadge level={f.severity} lang={lang} /> <mark class={`nw-flag nw-flag--${f.severity}`}>{text.slice(f.start, f.end)}</mark>{' '}
                {lang === 'ja' ? f.messageJa ?? f.message : f.message}
                {f.suggestions[0] ? <span class="nw-try-suggestion"> → {f.suggestions[0].text}</span> : null}{' '}
                <span class="nw-mono nw-muted">{f.ruleId}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}
