// Google Calendar: what it is, apart from its DOM adapter (src/adapters/client.ts).
import { describeClient } from '../client';

export const GCAL_CLIENT = describeClient({
  id: 'gcal',
  label: { en: 'Google Calendar', ja: 'Google カレンダー' },
  matches: ['https://calendar.google.com/*'],
});
