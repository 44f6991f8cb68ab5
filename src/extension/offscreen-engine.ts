// Chrome: the engine lives in an offscreen document, which keeps kuromoji's dictionary loaded when the
// service worker is shut down after 30 s idle (see docs/architecture.md for the measurements).
import { browser } from 'wxt/browser';
import { ask } from './messaging';
import { OFFSCREEN, type AnalyzeRequest, type MessageType, type ReplyOf, type RequestOf } from './protocol';
import type { EngineClient } from './router';
import type { Policy } from '../policy/schema';

const OFFSCREEN_PATH = '/offscreen.html';

export function createOffscreenEngine(): EngineClient {
  /** True once this worker has seen the document exist; reset when a message finds nobody there. */
  let known = false;
  let creating: Promise<void> | null = null;

  async function exists(): Promise<boolean> {
    const url = browser.runtime.getURL(OFFSCREEN_PATH);
    const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    return contexts.length > 0;
  }

  async function ensure(): Promise<void> {
    if (known) return;
    // A document being created is listed by getContexts before its script listens: wait for the creation.
    if (creating) await creating;
    else if (!(await exists())) {
      creating ??= browser.offscreen
        .createDocument({
          url: OFFSCREEN_PATH,
          reasons: ['WORKERS'],
          justification: 'Holds the Japanese dictionary (kuromoji) once per browser, beyond the service worker idle shutdown.',
        })
        .catch(async (error: unknown) => {
          // Two callers racing across a worker restart: the other one created it.
          if (!(await exists())) throw error;
        })
        .finally(() => {
          creating = null;
        });
      await creating;
    }
    known = true;
  }

  async function send<T extends MessageType<typeof OFFSCREEN>>(message: RequestOf<typeof OFFSCREEN, T>): Promise<ReplyOf<typeof OFFSCREEN, T>> {
    for (let attempt = 0; ; attempt++) {
      await ensure();
      try {
        return await ask(OFFSCREEN, message);
      } catch {
        // The document was closed, crashed, or is still starting: look again, recreate if gone.
        known = false;
        if (attempt >= 2) throw new Error('The analyzer (offscreen document) did not answer.');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  return {
    analyze: (request: AnalyzeRequest, policy: Policy) =>
      send({ target: 'offscreen', type: 'engine-analyze', request, policy }),
    status: () => send({ target: 'offscreen', type: 'engine-status' }),
    warmUp: () => ensure(),
  };
}
