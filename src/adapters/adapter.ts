// What the compose UI needs to know about a mail client's DOM. One implementation per client
// (gmail.ts, outlook.ts); each keeps its fragile selectors in its own *-selectors.ts.
import type { MailClient } from '../extension/protocol';
import type { ReadOptions } from './text-map';

export interface Recipients {
  /** Every To/Cc/Bcc address the window shows. */
  addresses: string[];
  /** Display names of the To: recipients ("Sato Kenji"), without addresses. */
  toNames: string[];
  /** To and Cc chips as shown, each name with its address (draft.context.recipients; Bcc left out). */
  list?: { name?: string; address: string; cc?: boolean }[];
}

export interface ComposeWindow {
  /** The compose window: the nearest ancestor of the body that also holds its Send button. */
  root: Element;
  body: HTMLElement;
}

export interface MailClientAdapter {
  client: MailClient;
  /** Every compose body in the document, in document order. */
  findBodies(doc: Document): HTMLElement[];
  /** The compose window around a body, or null when the DOM is not one we know (then we do nothing). */
  composeWindow(body: HTMLElement): ComposeWindow | null;
  /** How to read the body: what is quoted history or signature. */
  readOptions: ReadOptions;
  /** The subject field the person can edit, when this window shows one. */
  subjectInput(win: ComposeWindow): HTMLInputElement | null;
  /** The subject as the thread knows it (also for inline replies, whose subject field is hidden). */
  threadSubject(win: ComposeWindow): string;
  recipients(win: ComposeWindow): Recipients;
  /** True for a reply or forward: quoted history, a "Re:" subject, or a reply inside a thread. */
  isReply(win: ComposeWindow): boolean;
  /** The Send button a DOM event target belongs to, within this window; null otherwise. */
  sendButtonOf(win: ComposeWindow, target: EventTarget | null): Element | null;
  /** The window's Send button, to replay a send the person confirmed. */
  sendButton(win: ComposeWindow): Element | null;
}
