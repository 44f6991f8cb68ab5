// Chrome's offscreen document: the one Engine of the browser, with kuromoji's dictionary. Only the
// service worker talks to it (messages with target 'offscreen'); content scripts go through the worker.
import { browser } from 'wxt/browser';
import { createPageAnalyzer } from './page-analyzer';
import { EngineMessageSchema } from './protocol';

export function startOffscreenEngine(): void {
  const analyzer = createPageAnalyzer(
    () => void browser.runtime.sendMessage({ target: 'background', type: 'engine-settled' }).catch(() => undefined),
  );
  analyzer.start();
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    // Everything else (content scripts' requests, the popup's) is the service worker's to answer.
    if ((message as { target?: unknown } | null)?.target !== 'offscreen') return false;
    const parsed = EngineMessageSchema.safeParse(message);
    if (!parsed.success) return false;
    const data = parsed.data;
    const reply = data.type === 'engine-analyze' ? analyzer.analyze(data.request, data.policy) : Promise.resolve(analyzer.status());
    reply.then(sendResponse, (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }));
    return true;
  });
}
