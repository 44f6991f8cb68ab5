// The suggestion card: what is wrong, why it matters in Japanese business culture, and phrasings that fix
// it. Apply replaces exactly the flagged words; Ignore quiets this finding for this compose window.
import type { Finding } from '../../engine/types';
import type { UiLang } from '../i18n';
import type { Translate } from '../i18n';

export interface CardProps {
  finding: Finding;
  flagged: string;
  lang: UiLang;
  t: Translate<'card'>;
  position: { left: number; top: number };
  index: number;
  total: number;
  notice: string | null;
  onApply(suggestionIndex: number): void;
  onIgnore(): void;
  onStep(delta: number): void;
  onClose(): void;
  onHover(inside: boolean): void;
}

const SHORT = 80;

export function Card(props: CardProps) {
  const { finding, lang, t } = props;
  const message = lang === 'ja' && finding.messageJa ? finding.messageJa : finding.message;
  const rationale = lang === 'ja' && finding.rationaleJa ? finding.rationaleJa : finding.rationale;
  // Keep the editor's focus and selection: the card's buttons act on the draft, they are not a place to type.
  const keepFocus = (e: MouseEvent) => e.preventDefault();
  return (
    <div
      class={`card sev-${finding.severity}`}
      role="dialog"
      aria-label={message}
      data-rule={finding.ruleId}
      style={{ left: `${props.position.left}px`, top: `${props.position.top}px` }}
      onMouseEnter={() => props.onHover(true)}
      onMouseLeave={() => props.onHover(false)}
      onMouseDown={keepFocus}
    >
      <header>
        <span class="sev">{t(`level.${finding.severity}`)}</span>
        <span>· {t(`category.${finding.category}`)}</span>
        {finding.field === 'subject' && <span>· {t('subject')}</span>}
        <span class="spacer" />
        {props.total > 1 && (
          <>
            <span class="position">{t('position', { n: props.index + 1, total: props.total })}</span>
            <button type="button" aria-label={t('previous')} title={t('previous')} onClick={() => props.onStep(-1)}>‹</button>
            <button type="button" aria-label={t('next')} title={t('next')} onClick={() => props.onStep(1)}>›</button>
          </>
        )}
        <button type="button" aria-label={t('close')} title={t('close')} onClick={props.onClose}>×</button>
      </header>
      <div class="message">{message}</div>
      <div class="flagged">
        <s>{props.flagged.length > SHORT ? `${props.flagged.slice(0, SHORT)}…` : props.flagged}</s>
      </div>
      <div class="suggestions">
        {finding.suggestions.map((s, i) => (
          <button type="button" class="suggestion" data-suggestion={i} title={`${t('apply')}: ${s.text}`} onClick={() => props.onApply(i)}>
            <span class="label">{(lang === 'ja' && s.labelJa) || s.label}</span>
            <span class="text">{s.text.length > SHORT * 2 ? `${s.text.slice(0, SHORT * 2)}…` : s.text}</span>
          </button>
        ))}
      </div>
      <details>
        <summary>{t('why')}</summary>
        <p>{rationale}</p>
      </details>
      {props.notice && <div class="notice-line">{props.notice}</div>}
      <footer>
        <button type="button" class="ignore" onClick={props.onIgnore}>{t('ignore')}</button>
      </footer>
    </div>
  );
}
