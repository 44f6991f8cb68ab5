// Outlook on the web's calendar: the invitation checks in the event form (same hosts as Outlook's mail).
import { outlookCalendar } from '../../src/adapters/outlook-calendar';
import { startCalendarUi } from '../../src/ui/calendar/start';

export default defineContentScript({
  matches: [...outlookCalendar.matches],
  runAt: 'document_idle',
  main(ctx) {
    startCalendarUi(ctx, outlookCalendar.adapter);
  },
});
