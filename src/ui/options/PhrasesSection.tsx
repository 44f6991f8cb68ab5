import { Locked } from './Locked';
import type { SectionProps } from './Options';

/** Internal domains and allowed phrases: both lists of one item a line. */
export function PhrasesSection({ form, update, locks, t }: SectionProps) {
  const domainsLocked = locks.keys.has('internalDomains');
  const allowLocked = locks.keys.has('allow');
  return (
    <section class="nw-section nw-section--split" id="nw-phrases" data-section="phrases">
      <label class="nw-field">
        <span class="nw-field__title">{t('domains')} <Locked locked={domainsLocked} t={t} /></span>
        <span class="nw-muted nw-help">{t('domainsHelp')}</span>
        <textarea
          rows={5}
          spellcheck={false}
          data-testid="internal-domains"
          placeholder={t('placeholderDomains')}
          value={form.internalDomains}
          disabled={domainsLocked}
          onInput={(e) => update({ internalDomains: e.currentTarget.value })}
        />
      </label>
      <label class="nw-field">
        <span class="nw-field__title">{t('allow')} <Locked locked={allowLocked} t={t} /></span>
        <span class="nw-muted nw-help">{t('allowHelp')}</span>
        <textarea
          rows={5}
          data-testid="allow"
          value={form.allow}
          disabled={allowLocked}
          onInput={(e) => update({ allow: e.currentTarget.value })}
        />
      </label>
    </section>
  );
}
