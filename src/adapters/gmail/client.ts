// Gmail (mail.google.com): what it is, apart from its DOM adapter (src/adapters/client.ts).
import { describeClient } from '../client';

export const GMAIL_CLIENT = describeClient({
  id: 'gmail',
  label: { en: 'Gmail', ja: 'Gmail' },
  matches: ['https://mail.google.com/*'],
});
