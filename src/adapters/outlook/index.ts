// Outlook on the web (work, Microsoft 365 and personal accounts): compose windows.
import { defineClient } from '../client';
import { outlookAdapter } from './adapter';

export { outlookAdapter };

/** Outlook's three hosts; its calendar (src/adapters/outlook-calendar) lives on the same ones. */
export const OUTLOOK_MATCHES = ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'] as const;

export const outlook = defineClient({
  id: 'outlook',
  label: { en: 'Outlook', ja: 'Outlook' },
  matches: OUTLOOK_MATCHES,
  adapter: outlookAdapter,
});
