// What the calendar UI needs to know about an event editor's DOM (Google Calendar, Outlook's calendar).
// An event editor is read like a compose window (title = subject, description = body, Save/Send = send)
// plus the date/time fields, which travel as the draft's `when` text and are written back through the
// editor's own input path. Each client keeps its selectors in its own folder; the logic here is shared.
import type { ComposeWindow, MailClientAdapter, Recipients } from './adapter';
import {
  addDaysYmd, formatDate, formatTime, formatWhen, parseDate, parseTime, parseWhen, zoneFromLabel, type HM, type When, type YMD,
} from './calendar-fields';
import { addressesIn, cleanName, closestWithin, isShown, nearestAncestorWith, queryAllOf, unique } from './dom-helpers';
import type { ReadOptions } from './text-map';

export interface CalendarSelectors {
  /** The description editor (contenteditable): the draft's body. */
  description: readonly string[];
  /** The button that saves or sends the invitation. */
  save: string;
  title: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  /** A checkbox (`checked`) or switch (`aria-checked`). */
  allDay: string;
  /** An element whose text or value names the event's time zone. */
  timeZone: string;
  /** A guest: address in `data-email` / `data-recipient-address` / title / aria-label, name as text. */
  guest: string;
  /** Addresses typed into the guest field but not yet turned into a guest. */
  guestInput: string;
  readOptions: ReadOptions;
}

/** The date/time inputs of one editor. */
export interface WhenInputs {
  startDate: HTMLInputElement;
  startTime: HTMLInputElement | null;
  endDate: HTMLInputElement | null;
  endTime: HTMLInputElement | null;
  allDay: boolean;
}

export interface CalendarAdapter extends MailClientAdapter {
  readonly kind: 'calendar';
  whenInputs(win: ComposeWindow): WhenInputs | null;
  /** The invitation's date and time in WHEN_FORMAT, or null when the fields cannot be read. */
  readWhen(win: ComposeWindow, today: YMD): string | null;
  /**
   * Writes a WHEN_FORMAT text into the date/time inputs as a person would type it (select, insertText,
   * change). Returns the values it replaced (for Undo), or null when nothing could be written.
   */
  writeWhen(win: ComposeWindow, when: string, today: YMD): FieldValues | null;
  /** Puts back values returned by writeWhen (Undo). */
  restore(values: FieldValues): void;
  guests(win: ComposeWindow): { name?: string; address: string }[];
}

export type FieldValues = Array<{ input: HTMLInputElement; value: string }>;

function isChecked(el: Element | null): boolean {
  if (!el) return false;
  if (el.tagName === 'INPUT' && /^(checkbox|radio)$/.test((el as HTMLInputElement).type)) return (el as HTMLInputElement).checked;
  return el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-pressed') === 'true';
}

function shownInput(root: Element, selector: string): HTMLInputElement | null {
  for (const el of root.querySelectorAll<HTMLInputElement>(selector)) if (el.tagName === 'INPUT' && isShown(el)) return el;
  return null;
}

/** The browser's own zone: what the editors use when they show no time-zone control. */
export function browserZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** Types `text` into an input the way a person would: select all, insertText (the editor's Undo sees it), change. */
export function typeInto(input: HTMLInputElement, text: string): void {
  const doc = input.ownerDocument;
  input.focus({ preventScroll: true });
  input.select();
  let typed = false;
  try {
    typed = doc.execCommand('insertText', false, text) && input.value === text;
  } catch {
    typed = false;
  }
  if (!typed) {
    // The native setter, so frameworks that track the value (React) see the change.
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    if (setter) setter.call(input, text);
    else input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  }
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function createCalendarAdapter(client: MailClientAdapter['client'], sel: CalendarSelectors): CalendarAdapter {
  const adapter: CalendarAdapter = {
    kind: 'calendar',
    client,
    readOptions: sel.readOptions,

    findBodies(doc) {
      return queryAllOf<HTMLElement>(doc, sel.description);
    },

    composeWindow(body) {
      const root = nearestAncestorWith(body, sel.save, sel.description);
      // An editor without date fields is not an event editor we know.
      return root && root.querySelector(sel.startDate) ? { root, body } : null;
    },

    subjectInput(win) {
      const input = shownInput(win.root, sel.title);
      return input && !input.readOnly && !input.disabled ? input : null;
    },

    threadSubject(win) {
      return this.subjectInput(win)?.value ?? '';
    },

    recipients(win): Recipients {
      const guests = this.guests(win);
      return { addresses: unique(guests.map((g) => g.address)), toNames: unique(guests.flatMap((g) => (g.name ? [g.name] : []))) };
    },

    guests(win) {
      const out: { name?: string; address: string }[] = [];
      const seen = new Set<string>();
      const add = (address: string, name?: string | null) => {
        if (seen.has(address)) return;
        seen.add(address);
        out.push(name ? { name, address } : { address });
      };
      for (const guest of win.root.querySelectorAll(sel.guest)) {
        const attrs = ['data-email', 'data-recipient-address', 'title', 'aria-label'].map((a) => guest.getAttribute(a));
        const address = attrs.flatMap((a) => addressesIn(a))[0];
        if (address) add(address, cleanName(guest.textContent));
      }
      for (const input of win.root.querySelectorAll<HTMLInputElement>(sel.guestInput)) {
        for (const address of addressesIn(input.value ?? input.textContent)) add(address);
      }
      return out;
    },

    // An invitation is a new message to its guests: never a reply.
    isReply() {
      return false;
    },

    sendButtonOf(win, target) {
      return closestWithin(win.root, target, sel.save);
    },

    sendButton(win) {
      return win.root.querySelector(sel.save);
    },

    whenInputs(win) {
      const startDate = shownInput(win.root, sel.startDate);
      if (!startDate) return null;
      const allDay = isChecked(win.root.querySelector(sel.allDay));
      return {
        startDate,
        startTime: allDay ? null : shownInput(win.root, sel.startTime),
        endDate: shownInput(win.root, sel.endDate),
        endTime: allDay ? null : shownInput(win.root, sel.endTime),
        allDay,
      };
    },

    readWhen(win, today) {
      const inputs = this.whenInputs(win);
      if (!inputs) return null;
      const start = parseDate(inputs.startDate.value, today, inputs.startDate.getAttribute('data-date'));
      if (!start) return null;
      const end = inputs.endDate ? parseDate(inputs.endDate.value, today, inputs.endDate.getAttribute('data-date')) : start;
      if (!end) return null;
      if (inputs.allDay || !inputs.startTime) return formatWhen({ start, end: addDaysYmd(end, 1) });
      const startTime = parseTime(inputs.startTime.value);
      const endTime = inputs.endTime ? parseTime(inputs.endTime.value) : null;
      if (!startTime) return null;
      const zoneEl = win.root.querySelector<HTMLElement>(sel.timeZone);
      const zoneText = zoneEl ? (zoneEl.tagName === 'INPUT' ? (zoneEl as HTMLInputElement).value : zoneEl.textContent) : null;
      const zone = zoneFromLabel(zoneText) ?? browserZone();
      return formatWhen({ start, end, startTime, endTime: endTime ?? startTime, zone });
    },

    writeWhen(win, text, today) {
      const target = parseWhen(text);
      const inputs = this.whenInputs(win);
      if (!target || !inputs) return null;
      const current = this.readWhen(win, today);
      const now = current ? parseWhen(current) : null;
      if (!now || !target.startTime !== !now.startTime) return null; // all-day ↔ timed: not ours to switch
      const writes: Array<[HTMLInputElement | null, string | null]> = [];
      const dateText = (input: HTMLInputElement | null, day: YMD, was: YMD) =>
        input && (day.y !== was.y || day.m !== was.m || day.d !== was.d) ? formatDate(day, input.value) : null;
      const timeText = (input: HTMLInputElement | null, t: HM | undefined, was: HM | undefined) =>
        input && t && (!was || t.h !== was.h || t.min !== was.min) ? formatTime(t, input.value) : null;
      const inclusiveEnd = (w: When) => (w.startTime ? w.end : addDaysYmd(w.end, -1));
      writes.push([inputs.startDate, dateText(inputs.startDate, target.start, now.start)]);
      writes.push([inputs.startTime, timeText(inputs.startTime, target.startTime, now.startTime)]);
      writes.push([inputs.endDate, dateText(inputs.endDate, inclusiveEnd(target), inclusiveEnd(now))]);
      writes.push([inputs.endTime, timeText(inputs.endTime, target.endTime, now.endTime)]);
      // What the fields show now, all read before the first write (the editor moves the end with the start).
      const todo = writes.filter((w): w is [HTMLInputElement, string] => !!w[0] && w[1] !== null);
      const before: FieldValues = todo.map(([input]) => ({ input, value: input.value }));
      for (const [input, value] of todo) typeInto(input, value);
      if (before.length === 0) return null;
      (before[before.length - 1]!.input as HTMLElement).blur();
      return before;
    },

    restore(values) {
      for (const { input, value } of values) if (input.isConnected) typeInto(input, value);
      values[values.length - 1]?.input.blur();
    },
  };
  return adapter;
}
