// Gmail's DOM, in one place. Language-independent attributes come first (g_editable, role, name); a
// generated class name is never used on its own, only together with a role. Each selector says where it
// must match: new message, reply, inline reply, full screen and pop-out windows all share this structure.
import type { ReadOptions } from '../text-map';

/** The compose body: `<div g_editable="true" role="textbox" contenteditable="true" aria-label="Message Body">`. */
export const GMAIL_BODY = 'div[g_editable="true"][role="textbox"][contenteditable="true"]';

/**
 * The Send button of a compose window (all windows). The tooltip/label is localised ("Send ‪(Ctrl-Enter)‬",
 * 「送信 ‪(Ctrl-Enter)‬」); `.aoO` with role=button is Gmail's long-standing send-button class, the fallback.
 */
export const GMAIL_SEND = [
  'div[role="button"][data-tooltip^="Send"]',
  'div[role="button"][aria-label^="Send"]',
  'div[role="button"][data-tooltip^="送信"]',
  'div[role="button"][aria-label^="送信"]',
  'div[role="button"].aoO',
].join(',');

/** The subject field of new messages, full screen and pop-out (inline replies hide it). */
export const GMAIL_SUBJECT = 'input[name="subjectbox"]';

/** The thread's subject as the compose form submits it (present, hidden, in inline replies too). */
export const GMAIL_FORM_SUBJECT = 'input[name="subject"]';

/** Recipient fields: where addresses are typed, one per kind. Their parent holds that field's chips. */
export const GMAIL_RECIPIENT_FIELD = (kind: 'to' | 'cc' | 'bcc') => `textarea[name="${kind}"], input[name="${kind}"]:not([type="hidden"])`;

/** Hidden form fields Gmail keeps in sync with the chips ("Sato Kenji <kenji@example.co.jp>, …"). */
export const GMAIL_RECIPIENT_FORM = (kind: 'to' | 'cc' | 'bcc') => `input[type="hidden"][name="${kind}"]`;

/** A recipient chip: the address in an `email` attribute (or a hover-card id), the name as text. */
export const GMAIL_CHIP = '[email], [data-hovercard-id*="@"]';

/** Quoted history and the signature: never the seller's new text. */
export const GMAIL_QUOTE = '.gmail_quote, .gmail_quote_container, blockquote.gmail_quote, .gmail_extra';
export const GMAIL_SIGNATURE = '.gmail_signature, .gmail_signature_prefix, [data-smartmail="gmail_signature"]';

export const GMAIL_BODY_READ: ReadOptions = { skip: `${GMAIL_QUOTE}, ${GMAIL_SIGNATURE}` };
