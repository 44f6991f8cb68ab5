// Chrome's offscreen document: the one Engine of the browser, with kuromoji's dictionary. Only the
// service worker talks to it (messages with target 'offscreen'); content scripts go through the worker.
import { createPageAnalyzer } from './page-analyzer';
import { answerMessages, dispatcher, tell } from './messaging';
import { ENGINE_EVENTS, OFFSCREEN } from './protocol';

export function startOffscreenEngine(): void {
  const analyzer = createPageAnalyzer(() => tell(ENGINE_EVENTS, { target: 'background', type: 'engine-settled' }));
  analyzer.start();
  // Everything else (content scripts' requests, the popup's) is the service worker's to answer.
  const route = dispatcher(OFFSCREEN, {
    'engine-analyze': (message) => analyzer.analyze(message.request, message.policy),
    'engine-status': () => analyzer.status(),
  });
  answerMessages((message, sender) => ((message as { target?: unknown } | null)?.target === 'offscreen' ? route(message, sender) : undefined));
}
