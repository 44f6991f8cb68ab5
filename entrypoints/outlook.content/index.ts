// Outlook on the web: the compose UI on Outlook's three hosts (work, Microsoft 365, personal accounts).
import { outlookAdapter } from '../../src/adapters/outlook';
import { startComposeUi } from '../../src/ui/compose/start';

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startComposeUi(ctx, outlookAdapter);
  },
});
