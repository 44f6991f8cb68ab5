// Outlook on the web: compose windows, their fields and their Send button.
import type { ComposeWindow, MailClientAdapter, Recipients } from '../adapter';
import { addressesIn, cleanName, closestWithin, isReplySubject, isShown, nearestAncestorWith, queryAllOf, unique } from '../dom-helpers';
import { OUTLOOK_BODY, OUTLOOK_BODY_READ, OUTLOOK_EVENT_FORM, OUTLOOK_HISTORY_START, OUTLOOK_PILL, OUTLOOK_SEND, OUTLOOK_SUBJECT, OUTLOOK_WELL } from './selectors';

const ADDRESS_ATTRIBUTES = ['data-recipient-address', 'title', 'aria-label'];

function wellRecipients(well: Element): { addresses: string[]; names: string[]; list: NonNullable<Recipients['list']> } {
  const addresses: string[] = [];
  const names: string[] = [];
  const list: NonNullable<Recipients['list']> = [];
  for (const pill of well.querySelectorAll(OUTLOOK_PILL)) {
    const own = ADDRESS_ATTRIBUTES.flatMap((attr) => addressesIn(pill.getAttribute(attr)));
    addresses.push(...own);
    const name = cleanName(pill.textContent);
    if (name) names.push(name);
    if (own[0]) list.push({ ...(name ? { name } : {}), address: own[0] });
  }
  // Addresses typed into the well and not yet resolved into a pill.
  addresses.push(...addressesIn(well.textContent));
  return { addresses, names, list };
}


export const outlookAdapter: MailClientAdapter = {
  client: 'outlook',
  readOptions: OUTLOOK_BODY_READ,

  findBodies(doc) {
    return queryAllOf<HTMLElement>(doc, OUTLOOK_BODY);
  },

  composeWindow(body) {
    const root = nearestAncestorWith(body, OUTLOOK_SEND, OUTLOOK_BODY);
    // The calendar's event form (same hosts, a Send button too) belongs to the calendar client.
    return root && !root.querySelector(OUTLOOK_EVENT_FORM) ? { root, body } : null;
  },

  subjectInput(win) {
    const input = win.root.querySelector<HTMLInputElement>(OUTLOOK_SUBJECT);
    return input && isShown(input) && !input.readOnly && !input.disabled ? input : null;
  },

  threadSubject(win) {
    return this.subjectInput(win)?.value ?? '';
  },

  recipients(win): Recipients {
    const all: string[] = [];
    let toNames: string[] = [];
    const list: NonNullable<Recipients['list']> = [];
    for (const kind of ['to', 'cc', 'bcc'] as const) {
      for (const well of win.root.querySelectorAll(OUTLOOK_WELL[kind])) {
        const r = wellRecipients(well);
        all.push(...r.addresses);
        if (kind === 'to') toNames.push(...r.names);
        if (kind !== 'bcc') list.push(...r.list.map((x) => (kind === 'cc' ? { ...x, cc: true } : x)));
      }
    }
    toNames = unique(toNames);
    return { addresses: unique(all), toNames, list };
  },

  isReply(win) {
    if (win.body.querySelector(OUTLOOK_HISTORY_START)) return true;
    if (isReplySubject(this.threadSubject(win))) return true;
    // A reply in the reading pane shows no subject field.
    return this.subjectInput(win) === null;
  },

  sendButtonOf(win, target) {
    return closestWithin(win.root, target, OUTLOOK_SEND);
  },

  sendButton(win) {
    return win.root.querySelector(OUTLOOK_SEND);
  },
};
