// Outlook on the web's calendar: the event form, on the same hosts as Outlook's mail.
import { createCalendarAdapter } from '../calendar';
import { defineClient } from '../client';
import { OUTLOOK_CALENDAR_CLIENT } from './client';
import { OUTLOOK_CAL_SELECTORS } from './selectors';

export const outlookCalendarAdapter = createCalendarAdapter('outlook-calendar', OUTLOOK_CAL_SELECTORS);

export const outlookCalendar = defineClient({ ...OUTLOOK_CALENDAR_CLIENT, adapter: outlookCalendarAdapter });
