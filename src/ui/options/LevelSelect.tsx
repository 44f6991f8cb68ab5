import type { Level } from '../../policy/schema';
import type { UiLang } from '../i18n';
import { label as sharedLabel } from '../i18n';
import type { OptionsT } from './Options';

const LEVELS: Level[] = ['off', 'info', 'warning', 'error'];

/** A level picker whose empty value means "no override" (the default is named when known). */
export function LevelSelect(props: {
  value: Level | undefined;
  defaultLevel?: Level;
  disabled?: boolean;
  label: string;
  lang: UiLang;
  t: OptionsT;
  onChange(level: Level | undefined): void;
}) {
  const { value, defaultLevel, disabled, label, lang, t, onChange } = props;
  return (
    <select
      aria-label={label}
      class={`nw-level nw-level--${value ?? 'default'}`}
      value={value ?? ''}
      disabled={disabled}
      onChange={(e) => onChange((e.currentTarget.value || undefined) as Level | undefined)}
    >
      <option value="">{defaultLevel ? t('levelDefaultIs', { level: sharedLabel(lang, `level.${defaultLevel}`) }) : t('levelDefault')}</option>
      {LEVELS.map((level) => (
        <option key={level} value={level}>
          {sharedLabel(lang, `level.${level}`)}
        </option>
      ))}
    </select>
  );
}
