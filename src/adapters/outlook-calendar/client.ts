// Outlook's calendar: what it is, apart from its DOM adapter (src/adapters/client.ts).
import { describeClient } from '../client';
import { OUTLOOK_MATCHES } from '../outlook/client';

export const OUTLOOK_CALENDAR_CLIENT = describeClient({
  id: 'outlook-calendar',
  label: { en: 'Outlook Calendar', ja: 'Outlook 予定表' },
  matches: OUTLOOK_MATCHES,
});
