import type { Severity } from '../../engine/types';
import type { Level } from '../../policy/schema';
import type { UiLang } from '../i18n';
import { label } from '../i18n';

/** A small coloured label: never colour alone, the word is always there (colour-blind readers). */
export function SeverityBadge({ level, lang, count }: { level: Severity | Level; lang: UiLang; count?: number }) {
  return (
    <span class={`nw-badge nw-badge--${level}`}>
      {label(lang, `level.${level}`)}
      {count !== undefined ? ` ${count}` : ''}
    </span>
  );
}
