// Flagged phrases grouped by category, most severe category first. With `onAct` (a compose window's
// findings), each one can be shown in the draft, applied or ignored; without it (a pasted text), read only.
import type { Category, Finding, Severity } from '../../engine/types';
import { SEVERITY_RANK } from '../../engine/types';
import type { UiLang } from '../i18n';
import { SEVERITY_ORDER } from '../common/labels';
import { label } from '../i18n';
import { ruleById } from '../common/rule-info';
import { SeverityBadge } from '../common/SeverityBadge';
import type { PopupT } from './Popup';

export type FlaggedFinding = Finding & { flagged: string };
export type FindingAction = 'apply' | 'ignore' | 'reveal';

function groupByCategory(findings: FlaggedFinding[]): Array<[Category, FlaggedFinding[]]> {
  const groups = new Map<Category, FlaggedFinding[]>();
  for (const f of findings) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  const worst = (list: FlaggedFinding[]) => Math.max(...list.map((f) => SEVERITY_RANK[f.severity]));
  return [...groups].sort(([, a], [, b]) => worst(b) - worst(a) || b.length - a.length);
}

function counts(findings: FlaggedFinding[]): Array<[Severity, number]> {
  return SEVERITY_ORDER.map((s): [Severity, number] => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0);
}

export const findingKey = (f: Pick<Finding, 'field' | 'start' | 'end' | 'ruleId'>) => `${f.field}:${f.start}:${f.end}:${f.ruleId}`;

export interface FindingListProps {
  findings: FlaggedFinding[];
  lang: UiLang;
  t: PopupT;
  clean: string;
  onAct?: (finding: FlaggedFinding, action: FindingAction, suggestion?: number) => void;
}

export function FindingList({ findings, lang, t, clean, onAct }: FindingListProps) {
  if (findings.length === 0) return <p class="nw-muted nw-draft__clean">{clean}</p>;
  return (
    <>
      <p class="nw-draft__counts">
        {counts(findings).map(([severity, n]) => <SeverityBadge key={severity} level={severity} lang={lang} count={n} />)}
      </p>
      {groupByCategory(findings).map(([category, list]) => (
        <div class="nw-category" key={category}>
          <h3>{label(lang, `category.${category}`)}</h3>
          <ul>
            {list.map((f) => <FindingItem key={findingKey(f)} finding={f} lang={lang} t={t} onAct={onAct} />)}
          </ul>
        </div>
      ))}
    </>
  );
}

function FindingItem({ finding: f, lang, t, onAct }: { finding: FlaggedFinding; lang: UiLang; t: PopupT; onAct?: FindingListProps['onAct'] }) {
  const rule = ruleById(f.ruleId);
  const message = lang === 'ja' ? f.messageJa ?? f.message : f.message;
  const rationale = lang === 'ja' ? f.rationaleJa ?? f.rationale : f.rationale;
  return (
    <li class={`nw-finding nw-finding--${f.severity}`} data-rule={f.ruleId} data-key={findingKey(f)}>
      <div class="nw-finding__top">
        <SeverityBadge level={f.severity} lang={lang} />
        {onAct ? (
          <button type="button" class="nw-finding__show" title={t('show')} onClick={() => onAct(f, 'reveal')}>
            <q class="nw-finding__phrase">{f.flagged}</q>
          </button>
        ) : (
          <q class="nw-finding__phrase">{f.flagged}</q>
        )}
        {f.field === 'subject' ? <span class="nw-muted">{t('subjectField')}</span> : null}
      </div>
      <p class="nw-finding__message">{message}</p>
      {f.suggestions.length > 0 ? (
        onAct ? (
          <div class="nw-finding__actions">
            {f.suggestions.map((s, i) => (
              <button type="button" class="nw-suggestion" data-suggestion={i} key={i} title={`${t('applyTo')}: ${s.text}`} onClick={() => onAct(f, 'apply', i)}>
                <span class="nw-suggestion__label">{t('applyTo')} · {(lang === 'ja' && s.labelJa) || s.label}</span>
                <span class="nw-suggestion__text">{s.text || '∅'}</span>
              </button>
            ))}
          </div>
        ) : (
          <p class="nw-finding__suggestions">
            <span class="nw-muted">{t('suggestion')}:</span>{' '}
            {f.suggestions.map((s, i) => (
              <span key={i}>
                {i > 0 ? ' / ' : ''}
                <mark>{s.text || '∅'}</mark>
              </span>
            ))}
          </p>
        )
      ) : null}
      <div class="nw-finding__foot">
        <details>
          <summary>
            {t('why')} · {rule ? rule.title[lang] : f.ruleId}
          </summary>
          <p>{rationale}</p>
          <p class="nw-mono nw-muted">{f.ruleId}</p>
        </details>
        {onAct ? (
          <button type="button" class="nw-finding__ignore" onClick={() => onAct(f, 'ignore')}>
            {t('ignore')}
          </button>
        ) : null}
      </div>
    </li>
  );
}
