// Outlook on the web: the compose UI on Outlook's three hosts (work, Microsoft 365, personal accounts).
import { outlook, outlookAdapter } from '../../src/adapters/outlook';
import { startComposeUi } from '../../src/ui/compose/start';

export default defineContentScript({
  matches: [...outlook.matches],
  runAt: 'document_idle',
  main(ctx) {
    startComposeUi(ctx, outlookAdapter);
  },
});
