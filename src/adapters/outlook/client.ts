// Outlook on the web: what it is, apart from its DOM adapter (src/adapters/client.ts).
import { describeClient } from '../client';

/** Outlook's three hosts; its calendar (src/adapters/outlook-calendar) lives on the same ones. */
export const OUTLOOK_MATCHES = ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'] as const;

export const OUTLOOK_CLIENT = describeClient({
  id: 'outlook',
  label: { en: 'Outlook', ja: 'Outlook' },
  matches: OUTLOOK_MATCHES,
});
