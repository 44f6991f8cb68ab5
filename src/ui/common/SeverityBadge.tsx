import type { Severity } from '../../engine/types';
import type { Level } from '../../policy/schema';
import type { UiLang } from '../i18n';
import { LEVEL_LABELS } from './labels';

/** A small coloured label: never colour alone, the word is always there (colour-blind readers). */
export function SeverityBadge({ level, lang, count }: { level: Severity | Level; lang: UiLang; count?: number }) {
  return (
    <span class={`nw-badge nw-badge--${level}`}>
      {LEVEL_LABELS[lang][level]}
      {count !== undefined ? ` ${count}` : ''}
    </span>
  );
}
