// Outlook on the web's DOM (outlook.office.com, outlook.office365.com, outlook.live.com), in one place.
// Language-independent attributes first (role, contenteditable, ids Outlook writes into every reply);
// localised labels are matched in English and Japanese; generated class names are never used alone.
import type { ReadOptions } from '../text-map';

/**
 * The compose body: `<div role="textbox" contenteditable="true" aria-label="Message body, press Alt+F10 to
 * exit">`, its paragraphs `<div class="elementToProof">`. New mail, reply in the reading pane, pop-out.
 */
export const OUTLOOK_BODY = [
  'div[role="textbox"][contenteditable="true"][aria-label^="Message body"]',
  'div[role="textbox"][contenteditable="true"][aria-label^="メッセージ本文"]',
  // Language-independent fallback: the multi-line editable that holds Outlook's own paragraph class.
  'div[role="textbox"][contenteditable="true"][aria-multiline="true"]:has(> .elementToProof)',
] as const;

/** The Send button (toolbar of a new mail, reading-pane reply, pop-out). */
export const OUTLOOK_SEND = [
  'button[aria-label="Send"]',
  'button[title^="Send"]',
  'button[aria-label="送信"]',
  'button[title^="送信"]',
].join(',');

/** The subject field (new mail and pop-out; a reading-pane reply shows none). */
export const OUTLOOK_SUBJECT = [
  'input[aria-label="Add a subject"]',
  'input[aria-label="Subject"]',
  'input[aria-label="件名を追加"]',
  'input[aria-label="件名"]',
].join(',');

/** The To / Cc / Bcc wells: editable boxes holding recipient pills. */
export const OUTLOOK_WELL = {
  to: 'div[role="textbox"][aria-label="To"], div[role="textbox"][aria-label="宛先"]',
  cc: 'div[role="textbox"][aria-label="Cc"], div[role="textbox"][aria-label="CC"]',
  bcc: 'div[role="textbox"][aria-label="Bcc"], div[role="textbox"][aria-label="BCC"]',
} as const;

/** A recipient pill; its address is in one of its attributes, its display name is its text. */
export const OUTLOOK_PILL = '[data-recipient-address], [title*="@"], [aria-label*="@"]';

/**
 * Where the new text ends: Outlook inserts `<div id="appendonsend"></div>`, an <hr> and
 * `<div id="divRplyFwdMsg">` before the quoted message; everything from there on is history.
 */
export const OUTLOOK_HISTORY_START = '#appendonsend, #divRplyFwdMsg, [id^="x_divRplyFwdMsg"]';
export const OUTLOOK_SIGNATURE = '#Signature, #signature, [id^="Signature_"]';

export const OUTLOOK_BODY_READ: ReadOptions = { stopAt: OUTLOOK_HISTORY_START, skip: OUTLOOK_SIGNATURE };

/** A field only the calendar's event form has: a compose window holding it is an invitation, not a mail. */
export const OUTLOOK_EVENT_FORM = 'input[aria-label="Start date"], input[aria-label="開始日"]';
