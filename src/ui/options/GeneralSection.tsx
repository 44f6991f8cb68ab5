import type { Policy } from '../../policy/schema';
import { Locked } from './Locked';
import type { SectionProps } from './Options';

export function GeneralSection({ form, update, locks, t }: SectionProps) {
  const langLocked = locks.keys.has('uiLanguage');
  const confirmLocked = locks.keys.has('confirmBeforeSend');
  return (
    <section class="nw-section">
      <h2>{t('general')}</h2>
      <label class="nw-field">
        <span>{t('uiLanguage')} <Locked locked={langLocked} t={t} /></span>
        <select
          value={form.uiLanguage}
          disabled={langLocked}
          onChange={(e) => update({ uiLanguage: e.currentTarget.value as Policy['uiLanguage'] })}
        >
          <option value="auto">{t('langAuto')}</option>
          <option value="en">{t('langEn')}</option>
          <option value="ja">{t('langJa')}</option>
        </select>
      </label>
      <label class="nw-check">
        <input
          type="checkbox"
          checked={form.confirmBeforeSend}
          disabled={confirmLocked}
          onChange={(e) => update({ confirmBeforeSend: e.currentTarget.checked })}
        />
        <span>{t('confirmBeforeSend')} <Locked locked={confirmLocked} t={t} /></span>
      </label>
    </section>
  );
}
