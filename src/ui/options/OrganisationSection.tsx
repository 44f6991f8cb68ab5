// Who "we" are (弊社 side) and who the clients are (貴社 side, aliases, mail domains).
import { newClient, type ClientForm } from './form';
import type { SectionProps } from './Options';
import { Section } from './Section';

export function OrganisationSection({ form, update, locks, t }: SectionProps) {
  const locked = locks.keys.has('organisation');
  return (
    <Section id="organisation" title={t('organisation')} help={t('organisationHelp')} locked={locked} t={t} class="nw-section--split-body">
      <div class="nw-two">
        <label class="nw-field">
          <span>{t('orgNames')}</span>
          <textarea rows={3} data-testid="org-names" disabled={locked} placeholder={t('placeholderOrgNames')} value={form.organisationNames} onInput={(e) => update({ organisationNames: e.currentTarget.value })} />
        </label>
        <label class="nw-field">
          <span>{t('orgBrands')}</span>
          <textarea rows={3} data-testid="org-brands" disabled={locked} placeholder={t('placeholderOrgBrands')} value={form.organisationBrands} onInput={(e) => update({ organisationBrands: e.currentTarget.value })} />
        </label>
      </div>
    </Section>
  );
}

export function ClientsSection({ form, update, locks, t }: SectionProps) {
  const locked = locks.keys.has('clients');
  const setClient = (index: number, patch: Partial<ClientForm>) =>
    update({ clients: form.clients.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  return (
    <Section id="clients" title={t('clients')} help={t('clientsHelp')} locked={locked} t={t}>
      {form.clients.length === 0 ? <p class="nw-muted">{t('noClients')}</p> : null}
      {form.clients.map((client, i) => (
        <fieldset class="nw-client" key={i} disabled={locked} data-testid={`client-${i}`}>
          <label class="nw-field">
            <span>{t('clientName')}</span>
            <input value={client.name} placeholder={t('placeholderClientName')} onInput={(e) => setClient(i, { name: e.currentTarget.value })} />
          </label>
          <label class="nw-field nw-grow">
            <span>{t('clientAliases')}</span>
            <input value={client.aliases} placeholder={t('placeholderClientAliases')} onInput={(e) => setClient(i, { aliases: e.currentTarget.value })} />
          </label>
          <label class="nw-field nw-grow">
            <span>{t('clientDomains')}</span>
            <input class="nw-mono" value={client.domains} placeholder={t('placeholderClientDomains')} onInput={(e) => setClient(i, { domains: e.currentTarget.value })} />
          </label>
          <button type="button" onClick={() => update({ clients: form.clients.filter((_, j) => j !== i) })}>{t('removeClient')}</button>
        </fieldset>
      ))}
      <button type="button" disabled={locked} data-testid="add-client" onClick={() => update({ clients: [...form.clients, newClient()] })}>
        + {t('addClient')}
      </button>
    </Section>
  );
}
