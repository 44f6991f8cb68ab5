// Typed messaging over the maps of protocol.ts: `ask(BACKGROUND, { type: 'status' })` resolves to a Status,
// validated; `answer(BACKGROUND, handlers)` requires a handler for every type and validates each request.
// Works in Chrome (sendResponse + `return true`) and Firefox. Every extension page receives every runtime
// message, so a receiver answers only its own map's types and leaves the rest to another context.
import { browser } from 'wxt/browser';
import type { MessageType, Protocol, ReceivedOf, ReplyOf, RequestOf } from './protocol';

/** What handlers read of a message's sender: the tab a content script runs in. */
export type Sender = { tab?: { id?: number } };
export type MessageHandler = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

export type Handlers<P extends Protocol> = {
  [T in MessageType<P>]: (request: ReceivedOf<P, T>, sender: Sender) => Promise<ReplyOf<P, T>> | ReplyOf<P, T>;
};

/** The error a receiver sent back instead of a reply ({ error }), if any. */
function errorOf(reply: unknown): string | null {
  const error = (reply as { error?: unknown } | null | undefined)?.error;
  return typeof error === 'string' ? error : null;
}

/** Sends one message of `protocol` and returns its reply, validated; throws when there is no valid one. */
export async function ask<P extends Protocol, T extends MessageType<P>>(
  protocol: P,
  message: RequestOf<P, T>,
  transport: (message: unknown) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
): Promise<ReplyOf<P, T>> {
  const reply = await transport(message);
  const parsed = protocol[message.type]!.reply.safeParse(reply ?? null);
  if (parsed.success) return parsed.data as ReplyOf<P, T>;
  throw new Error(errorOf(reply) ?? `No valid reply to "${message.type}".`);
}

/** The same, to the content script of one tab. */
export function askTab<P extends Protocol, T extends MessageType<P>>(protocol: P, tabId: number, message: RequestOf<P, T>): Promise<ReplyOf<P, T>> {
  return ask(protocol, message, (m) => browser.tabs.sendMessage(tabId, m));
}

/** A notification: sent, never awaited, failures ignored (nobody listening is fine). */
export function tell<P extends Protocol, T extends MessageType<P>>(_protocol: P, message: RequestOf<P, T>): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * The receiving end of `protocol`: a validated request goes to its handler; anything else (another map's
 * message, a malformed one) gets undefined, i.e. "not mine".
 */
export function dispatcher<P extends Protocol>(protocol: P, handlers: Handlers<P>): MessageHandler {
  return (message, sender) => {
    const type = (message as { type?: unknown } | null | undefined)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) return undefined;
    const parsed = protocol[type]!.request.safeParse(message);
    if (!parsed.success) return undefined;
    const handle = handlers[type as MessageType<P>] as (request: unknown, sender: Sender) => unknown;
    return Promise.resolve().then(() => handle(parsed.data, sender));
  };
}

/** Answers runtime messages with `handler` (undefined: not this context's to answer). */
export function answerMessages(handler: MessageHandler): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const reply = handler(message, sender);
    if (!reply) return false;
    reply.then((r) => sendResponse(r ?? null), (error: unknown) =>
      sendResponse({ error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
}
