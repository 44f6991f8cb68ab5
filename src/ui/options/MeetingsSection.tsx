// Business hours and time zones for meeting checks; the Send check's threshold and categories.
import { CATEGORIES, type Category } from '../../engine/types';
import { SEND_THRESHOLDS, type Policy } from '../../policy/schema';
import { label } from '../i18n';
import type { PolicyForm } from './form';
import type { SectionProps } from './Options';
import { Section } from './Section';

/** IANA zones the browser knows, for the time zone fields' suggestions. */
const ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Asia/Tokyo'];

export function MeetingsSection({ form, update, locks, t }: SectionProps) {
  const locked = locks.keys.has('meetings');
  const m = form.meetings;
  const set = (patch: Partial<PolicyForm['meetings']>) => update({ meetings: { ...m, ...patch } });
  const time = (key: keyof PolicyForm['meetings'], label: string) => (
    <input type="time" aria-label={label} value={m[key] as string} onInput={(e) => set({ [key]: e.currentTarget.value })} />
  );
  return (
    <Section id="meetings" title={t('meetings')} help={t('meetingsHelp')} locked={locked} t={t}>
      <fieldset class="nw-plain" disabled={locked}>
        <datalist id="nw-zones">{ZONES.map((z) => <option key={z} value={z} />)}</datalist>
        <div class="nw-two">
          <label class="nw-field">
            <span>{t('timeZone')}</span>
            <input class="nw-mono" list="nw-zones" data-testid="time-zone" value={m.timeZone} onInput={(e) => set({ timeZone: e.currentTarget.value })} />
          </label>
          <label class="nw-field">
            <span>{t('writerTimeZone')}</span>
            <input class="nw-mono" list="nw-zones" value={m.writerTimeZone} placeholder={t('placeholderTimeZone')} onInput={(e) => set({ writerTimeZone: e.currentTarget.value })} />
          </label>
        </div>
        <div class="nw-row nw-wrap">
          <span class="nw-timegroup">
            <span class="nw-label">{t('businessHours')}</span> {t('timeFrom')} {time('businessStart', `${t('businessHours')} ${t('timeFrom')}`)} {t('timeTo')} {time('businessEnd', `${t('businessHours')} ${t('timeTo')}`)}
          </span>
          <span class="nw-timegroup">
            <span class="nw-label">{t('lunch')}</span> {t('timeFrom')} {time('lunchStart', `${t('lunch')} ${t('timeFrom')}`)} {t('timeTo')} {time('lunchEnd', `${t('lunch')} ${t('timeTo')}`)}
          </span>
        </div>
        <label class="nw-check">
          <input type="checkbox" checked={m.clientLarger} onChange={(e) => set({ clientLarger: e.currentTarget.checked })} />
          <span>{t('clientLarger')}</span>
        </label>
      </fieldset>
    </Section>
  );
}

export function SendCheckSection({ form, update, locks, lang, t }: SectionProps) {
  const locked = locks.keys.has('sendCheck');
  const confirmLocked = locks.keys.has('confirmBeforeSend');
  const s = form.sendCheck;
  const toggle = (c: Category, on: boolean) =>
    update({ sendCheck: { ...s, categories: on ? [...s.categories, c] : s.categories.filter((x) => x !== c) } });
  return (
    <Section id="send" title={t('sendCheck')} help={t('sendCheckHelp')} locked={locked} t={t}>
      <label class="nw-check">
        <input type="checkbox" checked={form.confirmBeforeSend} disabled={confirmLocked} onChange={(e) => update({ confirmBeforeSend: e.currentTarget.checked })} />
        <span>{t('confirmBeforeSend')}</span>
      </label>
      <fieldset class="nw-plain" disabled={locked}>
        <label class="nw-field nw-inline">
          <span>{t('sendThreshold')}</span>
          <select data-testid="send-threshold" value={s.threshold} onChange={(e) => update({ sendCheck: { ...s, threshold: e.currentTarget.value as Policy['sendCheck']['threshold'] } })}>
            {SEND_THRESHOLDS.map((l) => <option key={l} value={l}>{label(lang, `level.${l}`)}</option>)}
          </select>
        </label>
        <span class="nw-label">{t('sendCategories')}</span>
        <div class="nw-chips">
          {CATEGORIES.map((c) => (
            <label key={c} class="nw-check nw-chip">
              <input type="checkbox" checked={s.categories.includes(c)} onChange={(e) => toggle(c, e.currentTarget.checked)} />
              <span>{label(lang, `category.${c}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </Section>
  );
}
