// For the reviewer: the checks that could not run on this draft (or pasted text), by name, and that every
// other check ran — so "nothing to flag" is never read as "fully checked" when it was not.
import type { FailedRule } from '../../extension/protocol';
import { failedRulesNotice } from '../common/failed-rules';
import { Notice } from '../common/Notice';
import type { UiLang } from '../i18n';
import type { PopupT } from './Popup';

export function FailedRulesNote({ rules, lang, t }: { rules: readonly FailedRule[] | undefined; lang: UiLang; t: PopupT }) {
  const text = failedRulesNotice(rules, lang, t);
  if (!text) return null;
  return (
    <div class="nw-failed-rules" data-failed-rules={rules!.map((r) => r.ruleId).join(' ')}>
      <Notice kind="warning">{text}</Notice>
    </div>
  );
}
