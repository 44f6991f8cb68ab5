// The badge on a compose window: how many findings wait, coloured by the most severe one; beside it, what
// did not run on this draft (the Japanese dictionary, a rule that failed), so a clean badge never overstates.
import type { Severity } from '../../engine/types';
import type { FailedRule } from '../../extension/protocol';
import { failedRulesNotice } from '../common/failed-rules';
import type { Translate, UiLang } from '../i18n';

export interface BadgeProps {
  composeId: string;
  left: number;
  top: number;
  count: number;
  severity: Severity | null;
  state: 'loading' | 'clean' | 'issues';
  checks: number;
  japaneseReady: boolean;
  dictionaryError: string | null;
  /** Rules that could not run on the last check: named beside the badge. */
  failedRules: readonly FailedRule[];
  lang: UiLang;
  t: Translate<'card'>;
  onOpen(): void;
}

/** The badge row's height and a little air: the notice sits above it. */
const NOTICE_GAP = 32;

export function Badge(props: BadgeProps) {
  const { t } = props;
  const failed = failedRulesNotice(props.failedRules, props.lang, t);
  const title =
    props.state === 'issues' ? t('badgeTitle', { n: props.count }) : props.state === 'loading' ? t('badgeLoading') : t('badgeClean');
  return (
    <>
      <button
        type="button"
        class={`badge ${props.state}${props.severity ? ` sev-${props.severity}` : ''}`}
        style={{ left: `${props.left}px`, top: `${props.top}px` }}
        title={title}
        aria-label={title}
        data-compose-id={props.composeId}
        data-count={props.count}
        data-checks={props.checks}
        data-japanese-ready={String(props.japaneseReady)}
        onMouseDown={(e) => e.preventDefault()}
        onClick={props.onOpen}
      >
        <span class="dot" />
        <span class="mark">{props.state === 'issues' ? props.count : props.state === 'loading' ? '…' : '✓'}</span>
      </button>
      {(props.dictionaryError || failed) && (
        <div
          class="notice"
          role="status"
          // Above the row of the badge and the recipient control, right edges aligned; wide enough to read (a fixed
          // box near the window's edge would otherwise shrink to the room left of it), and clicks pass through.
          style={{ left: `${props.left}px`, top: `${props.top - NOTICE_GAP}px` }}
          data-notice-for={props.composeId}
          data-failed-rules={props.failedRules.map((r) => r.ruleId).join(' ') || undefined}
        >
          {props.dictionaryError && <div class="notice-dictionary">{t('dictionaryError')}</div>}
          {failed && <div class="notice-failed">{failed}</div>}
        </div>
      )}
    </>
  );
}
