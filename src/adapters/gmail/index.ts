// Gmail (mail.google.com): compose windows.
import { defineClient } from '../client';
import { GMAIL_CLIENT } from './client';
import { gmailAdapter } from './adapter';

export { gmailAdapter };

export const gmail = defineClient({ ...GMAIL_CLIENT, adapter: gmailAdapter });
