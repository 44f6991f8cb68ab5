// Gmail (mail.google.com): compose windows.
import { defineClient } from '../client';
import { gmailAdapter } from './adapter';

export { gmailAdapter };

export const gmail = defineClient({
  id: 'gmail',
  label: { en: 'Gmail', ja: 'Gmail' },
  matches: ['https://mail.google.com/*'],
  adapter: gmailAdapter,
});
