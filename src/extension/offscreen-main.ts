// Chrome's offscreen document: the one Engine of the browser, with kuromoji's dictionary. Only the
// service worker talks to it (messages with target 'offscreen'); content scripts go through the worker.
import { browser } from 'wxt/browser';
import { extensionDictionaryReader } from './dictionary-loader';
import { EngineHost } from './engine-host';
import { EngineMessageSchema } from './protocol';

export function startOffscreenEngine(): EngineHost {
  const host = new EngineHost({
    readDictionary: extensionDictionaryReader((path) => browser.runtime.getURL(path as '/')),
    onSettled: () => void browser.runtime.sendMessage({ target: 'background', type: 'engine-settled' }).catch(() => undefined),
  });
  void host.start();
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    // Everything else (content scripts' requests, the popup's) is the service worker's to answer.
    if ((message as { target?: unknown } | null)?.target !== 'offscreen') return false;
    const parsed = EngineMessageSchema.safeParse(message);
    if (!parsed.success) return false;
    try {
      sendResponse(parsed.data.type === 'engine-analyze' ? host.analyze(parsed.data.request, parsed.data.policy) : host.status());
    } catch (error) {
      sendResponse({ error: error instanceof Error ? error.message : String(error) });
    }
    return false;
  });
  return host;
}
