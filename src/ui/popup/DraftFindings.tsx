// One compose window's flagged phrases, grouped by category, most severe category first.
import type { TabFindings } from '../../extension/protocol';
import type { Category, Severity } from '../../engine/types';
import { SEVERITY_RANK } from '../../engine/types';
import type { UiLang } from '../i18n';
import { CATEGORY_LABELS, SEVERITY_ORDER } from '../common/labels';
import { ruleById } from '../common/rule-info';
import { SeverityBadge } from '../common/SeverityBadge';
import { clientLabel } from '../../adapters/registry';
import type { PopupT } from './Popup';

type Draft = TabFindings['drafts'][number];
type FlaggedFinding = Draft['findings'][number];

function groupByCategory(findings: FlaggedFinding[]): Array<[Category, FlaggedFinding[]]> {
  const groups = new Map<Category, FlaggedFinding[]>();
  for (const f of findings) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  const worst = (list: FlaggedFinding[]) => Math.max(...list.map((f) => SEVERITY_RANK[f.severity]));
  return [...groups].sort(([, a], [, b]) => worst(b) - worst(a) || b.length - a.length);
}

function counts(findings: FlaggedFinding[]): Array<[Severity, number]> {
  return SEVERITY_ORDER.map((s): [Severity, number] => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0);
}

export function DraftFindingsView({ draft, lang, t }: { draft: Draft; lang: UiLang; t: PopupT }) {
  return (
    <section class="nw-draft">
      <header class="nw-draft__header">
        <h2 title={draft.subject}>{draft.subject.trim() || t('noSubject')}</h2>
        <span class="nw-draft__client">{clientLabel(draft.client, lang)}</span>
      </header>
      {draft.findings.length === 0 ? (
        <p class="nw-muted nw-draft__clean">{t('clean')}</p>
      ) : (
        <>
          <p class="nw-draft__counts">
            {counts(draft.findings).map(([severity, n]) => <SeverityBadge key={severity} level={severity} lang={lang} count={n} />)}
          </p>
          {groupByCategory(draft.findings).map(([category, findings]) => (
            <div class="nw-category" key={category}>
              <h3>{CATEGORY_LABELS[lang][category]}</h3>
              <ul>
                {findings.map((f) => <FindingItem key={`${f.field}:${f.start}:${f.ruleId}`} finding={f} lang={lang} t={t} />)}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

function FindingItem({ finding: f, lang, t }: { finding: FlaggedFinding; lang: UiLang; t: PopupT }) {
  const rule = ruleById(f.ruleId);
  const message = lang === 'ja' ? f.messageJa ?? f.message : f.message;
  const rationale = lang === 'ja' ? f.rationaleJa ?? f.rationale : f.rationale;
  return (
    <li class={`nw-finding nw-finding--${f.severity}`}>
      <div class="nw-finding__top">
        <SeverityBadge level={f.severity} lang={lang} />
        <q class="nw-finding__phrase">{f.flagged}</q>
        {f.field === 'subject' ? <span class="nw-muted">{t('subjectField')}</span> : null}
      </div>
      <p class="nw-finding__message">{message}</p>
      {f.suggestions.length > 0 ? (
        <p class="nw-finding__suggestions">
          <span class="nw-muted">{t('suggestion')}:</span>{' '}
          {f.suggestions.map((s, i) => (
            <span key={i}>
              {i > 0 ? ' / ' : ''}
              <mark>{s.text || '∅'}</mark>
            </span>
          ))}
        </p>
      ) : null}
      <details>
        <summary>
          {t('rule')}: {rule ? rule.title[lang] : f.ruleId}
        </summary>
        <p>{rationale}</p>
        <p class="nw-mono nw-muted">{f.ruleId}</p>
      </details>
    </li>
  );
}
