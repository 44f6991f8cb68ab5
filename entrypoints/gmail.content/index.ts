// Gmail: the compose UI on mail.google.com (main window and pop-out compose windows).
import { gmail, gmailAdapter } from '../../src/adapters/gmail';
import { startComposeUi } from '../../src/ui/compose/start';

export default defineContentScript({
  matches: [...gmail.matches],
  runAt: 'document_idle',
  main(ctx) {
    startComposeUi(ctx, gmailAdapter);
  },
});
