// Google Calendar (calendar.google.com): the event page and the quick-create dialog.
import { createCalendarAdapter } from '../calendar';
import { defineClient } from '../client';
import { GCAL_CLIENT } from './client';
import { GCAL_SELECTORS } from './selectors';

export const gcalAdapter = createCalendarAdapter('gcal', GCAL_SELECTORS);

export const gcal = defineClient({ ...GCAL_CLIENT, adapter: gcalAdapter });
