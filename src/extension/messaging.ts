// One way to answer runtime messages that works in Chrome (sendResponse + `return true`, since promise-returning
// listeners are recent there) and Firefox. Every extension page receives every runtime message, so a handler
// returns undefined for what is not its business and another context answers.
import { browser } from 'wxt/browser';

/** What handlers read of a message's sender: the tab a content script runs in. */
export type Sender = { tab?: { id?: number } };
export type MessageHandler = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

export function answerMessages(handler: MessageHandler): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const reply = handler(message, sender);
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) =>
      sendResponse({ error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
}
