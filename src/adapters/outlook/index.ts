// Outlook on the web (work, Microsoft 365 and personal accounts): compose windows.
import { defineClient } from '../client';
import { OUTLOOK_CLIENT } from './client';
import { outlookAdapter } from './adapter';

export { outlookAdapter };

export { OUTLOOK_MATCHES } from './client';

export const outlook = defineClient({ ...OUTLOOK_CLIENT, adapter: outlookAdapter });
