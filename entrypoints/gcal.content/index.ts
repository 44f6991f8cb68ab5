// Google Calendar: the invitation checks in the event page and the quick-create dialog.
import { gcal } from '../../src/adapters/gcal';
import { startCalendarUi } from '../../src/ui/calendar/start';

export default defineContentScript({
  matches: [...gcal.matches],
  runAt: 'document_idle',
  main(ctx) {
    startCalendarUi(ctx, gcal.adapter);
  },
});
