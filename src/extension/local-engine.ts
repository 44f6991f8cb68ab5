// Firefox: no offscreen documents, so the background page holds the engine itself.
import { browser } from 'wxt/browser';
import { extensionDictionaryReader } from './dictionary-loader';
import { EngineHost } from './engine-host';
import type { EngineClient } from './router';

export function createLocalEngine(onSettled: () => void): EngineClient {
  const host = new EngineHost({
    readDictionary: extensionDictionaryReader((path) => browser.runtime.getURL(path as '/')),
    onSettled,
  });
  return {
    analyze: async (request, policy) => {
      void host.start();
      return host.analyze(request, policy);
    },
    status: async () => {
      void host.start();
      return host.status();
    },
    warmUp: async () => {
      void host.start();
    },
  };
}
