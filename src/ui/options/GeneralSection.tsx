import type { Policy } from '../../policy/schema';
import type { SectionProps } from './Options';
import { Section } from './Section';

export function GeneralSection({ form, update, locks, t }: SectionProps) {
  const langLocked = locks.keys.has('uiLanguage');
  return (
    <Section id="general" title={t('general')} locked={langLocked} t={t}>
      <label class="nw-field nw-inline">
        <span>{t('uiLanguage')}</span>
        <select
          value={form.uiLanguage}
          data-testid="ui-language"
          disabled={langLocked}
          onChange={(e) => update({ uiLanguage: e.currentTarget.value as Policy['uiLanguage'] })}
        >
          <option value="auto">{t('langAuto')}</option>
          <option value="en">{t('langEn')}</option>
          <option value="ja">{t('langJa')}</option>
        </select>
      </label>
    </Section>
  );
}
