// Gmail (mail.google.com): compose windows, their fields and their Send button.
import type { ComposeWindow, MailClientAdapter, Recipients } from '../adapter';
import { addressesIn, cleanName, closestWithin, isReplySubject, isShown, nearestAncestorWith, unique } from '../dom-helpers';
import {
  GMAIL_BODY, GMAIL_BODY_READ, GMAIL_CHIP, GMAIL_FORM_SUBJECT, GMAIL_QUOTE, GMAIL_RECIPIENT_FIELD, GMAIL_RECIPIENT_FORM,
  GMAIL_SEND, GMAIL_SUBJECT,
} from './selectors';

const KINDS = ['to', 'cc', 'bcc'] as const;

function fieldRecipients(root: Element, kind: (typeof KINDS)[number]): { addresses: string[]; names: string[]; list: NonNullable<Recipients['list']> } {
  const addresses: string[] = [];
  const names: string[] = [];
  const list: NonNullable<Recipients['list']> = [];
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(GMAIL_RECIPIENT_FIELD(kind))) {
    // Typed but not yet turned into a chip.
    addresses.push(...addressesIn(field.value));
    const well = field.parentElement;
    for (const chip of well ? well.querySelectorAll(GMAIL_CHIP) : []) {
      const address = chip.getAttribute('email') ?? chip.getAttribute('data-hovercard-id');
      addresses.push(...addressesIn(address));
      const name = cleanName(chip.getAttribute('name') ?? chip.textContent);
      if (name) names.push(name);
      const [first] = addressesIn(address);
      if (first) list.push({ ...(name ? { name } : {}), address: first, ...(kind === 'cc' ? { cc: true } : {}) });
    }
  }
  for (const hidden of root.querySelectorAll<HTMLInputElement>(GMAIL_RECIPIENT_FORM(kind))) {
    addresses.push(...addressesIn(hidden.value));
  }
  return { addresses, names, list };
}

export const gmailAdapter: MailClientAdapter = {
  client: 'gmail',
  readOptions: GMAIL_BODY_READ,

  findBodies(doc) {
    return [...doc.querySelectorAll<HTMLElement>(GMAIL_BODY)];
  },

  composeWindow(body) {
    const root = nearestAncestorWith(body, GMAIL_SEND, [GMAIL_BODY]);
    return root ? { root, body } : null;
  },

  subjectInput(win) {
    const input = win.root.querySelector<HTMLInputElement>(GMAIL_SUBJECT);
    return input && isShown(input) && !input.readOnly && !input.disabled ? input : null;
  },

  threadSubject(win) {
    const visible = this.subjectInput(win);
    if (visible) return visible.value;
    return win.root.querySelector<HTMLInputElement>(GMAIL_FORM_SUBJECT)?.value ?? '';
  },

  recipients(win): Recipients {
    const all: string[] = [];
    let toNames: string[] = [];
    const list: NonNullable<Recipients['list']> = [];
    for (const kind of KINDS) {
      const r = fieldRecipients(win.root, kind);
      all.push(...r.addresses);
      if (kind === 'to') toNames = r.names;
      if (kind !== 'bcc') list.push(...r.list);
    }
    return { addresses: unique(all), toNames: unique(toNames), list };
  },

  isReply(win) {
    if (win.body.querySelector(GMAIL_QUOTE)) return true;
    if (isReplySubject(this.threadSubject(win))) return true;
    // An inline reply inside a thread has no subject field of its own.
    return this.subjectInput(win) === null;
  },

  sendButtonOf(win, target) {
    return closestWithin(win.root, target, GMAIL_SEND);
  },

  sendButton(win) {
    return win.root.querySelector(GMAIL_SEND);
  },
};
