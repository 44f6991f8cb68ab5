// Calendar editors: the date/time fields as the editors show them, read into the `when` text and written
// back in the field's own shape; the adapters against the saved editor fixtures (the end-to-end DOM).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatDate, formatTime, formatWhen, parseDate, parseTime, parseWhen, zoneFromLabel,
} from '../../../src/adapters/calendar-fields';
import { gcalAdapter } from '../../../src/adapters/gcal';
import { outlookAdapter } from '../../../src/adapters/outlook';
import { outlookCalendarAdapter } from '../../../src/adapters/outlook-calendar';
import { WHEN_FORMAT } from '../../../src/engine/types';
import { htmlDocument } from './dom';

const TODAY = { y: 2026, m: 12, d: 2 };

describe('date fields', () => {
  it.each([
    ['May 4, 2026', '2026-05-04'],
    ['Feb 11, 2027', '2027-02-11'],
    ['Wednesday, December 2', '2026-12-02'],
    ['Tuesday, February 9', '2027-02-09'], // no year: the nearest such day from today on
    ['Thu 6/10/2027', '2027-06-10'],
    ['6/10/2027', '2027-06-10'],
    ['25/12/2026', '2026-12-25'], // day first when the first number cannot be a month
    ['2026/12/02 (水)', '2026-12-02'],
    ['2026年 12月 2日', '2026-12-02'],
    ['2027年2月11日（木）', '2027-02-11'],
    ['2月11日', '2027-02-11'],
    ['11 February 2027', '2027-02-11'],
    ['2027-02-11', '2027-02-11'],
  ])('%s → %s', (shown, iso) => {
    const d = parseDate(shown, TODAY);
    expect(d && `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`).toBe(iso);
  });

  it('prefers Google Calendar’s data-date and rejects what is not a date', () => {
    expect(parseDate('whatever', TODAY, '20270211')).toEqual({ y: 2027, m: 2, d: 11 });
    for (const bad of ['', 'soon', 'Feb 30, 2027', '13/13/2027', '2027年2月30日']) expect(parseDate(bad, TODAY)).toBeNull();
  });

  it.each([
    ['Feb 11, 2027', { y: 2027, m: 2, d: 12 }, 'Feb 12, 2027'],
    ['Wednesday, December 2', { y: 2027, m: 2, d: 9 }, 'Tuesday, February 9'],
    ['Thu 6/10/2027', { y: 2027, m: 6, d: 11 }, 'Fri 6/11/2027'],
    ['2026/12/02 (水)', { y: 2026, m: 12, d: 3 }, '2026/12/03 (木)'],
    ['2026年 12月 2日', { y: 2027, m: 1, d: 5 }, '2027年 1月 5日'],
    ['2026年12月2日', { y: 2027, m: 1, d: 5 }, '2027年1月5日'],
  ])('writes %s’s shape: %o → %s', (like, day, out) => {
    expect(formatDate(day, like)).toBe(out);
    expect(parseDate(out, TODAY)).toEqual(day);
  });
});

describe('time fields', () => {
  it.each([
    ['2:00pm', '14:00'], ['8:00 PM', '20:00'], ['12:30am', '00:30'], ['12:00 PM', '12:00'], ['14:00', '14:00'], ['9:05', '09:05'],
    ['午後2:00', '14:00'], ['午前9:30', '09:30'], ['14時30分', '14:30'], ['3pm', '15:00'],
  ])('%s → %s', (shown, hm) => {
    const t = parseTime(shown);
    expect(t && `${String(t.h).padStart(2, '0')}:${String(t.min).padStart(2, '0')}`).toBe(hm);
  });

  it('rejects what is not a time', () => {
    for (const bad of ['', 'noon-ish', '25:00', '13:00pm', '9:75']) expect(parseTime(bad)).toBeNull();
  });

  it.each([
    ['2:00pm', { h: 10, min: 0 }, '10:00am'],
    ['8:00 PM', { h: 10, min: 30 }, '10:30 AM'],
    ['14:00', { h: 9, min: 0 }, '9:00'],
    ['09:00', { h: 14, min: 0 }, '14:00'],
    ['午後8:00', { h: 10, min: 0 }, '午前10:00'],
  ])('writes %s’s shape: %o → %s', (like, t, out) => {
    expect(formatTime(t, like)).toBe(out);
    expect(parseTime(out)).toEqual(t);
  });
});

describe('time-zone controls', () => {
  it.each([
    ['(GMT+09:00) Japan Standard Time - Tokyo', 'Asia/Tokyo'],
    ['(UTC+09:00) Osaka, Sapporo, Tokyo', 'Asia/Tokyo'],
    ['(UTC-08:00) Pacific Time (US & Canada)', 'America/Los_Angeles'],
    ['(UTC+08:00) Kuala Lumpur, Singapore', 'Asia/Kuala_Lumpur'],
    ['(GMT-07:00) Pacific Time - Los Angeles', 'America/Los_Angeles'],
    ['America/New_York', 'America/New_York'],
  ])('%s → %s', (label, zone) => {
    expect(zoneFromLabel(label)).toBe(zone);
  });

  it('knows no zone from a bare button', () => {
    expect(zoneFromLabel('Time zone')).toBeNull();
    expect(zoneFromLabel('(UTC+04:30) somewhere')).toBeNull();
    expect(zoneFromLabel('')).toBeNull();
  });
});

describe('the when text', () => {
  it('round-trips timed and all-day invitations in WHEN_FORMAT', () => {
    for (const text of ['2027-02-11T14:00/2027-02-11T15:00 Asia/Tokyo', '2027-02-11/2027-02-12', '2027-06-10T20:00/2027-06-10T21:00 America/Los_Angeles']) {
      expect(text).toMatch(WHEN_FORMAT);
      expect(formatWhen(parseWhen(text)!)).toBe(text);
    }
    for (const bad of ['2027-02-30/2027-03-01', '2027-02-11T14:00/2027-02-11', 'tomorrow', '2027-02-11T25:00/2027-02-11T26:00']) expect(parseWhen(bad)).toBeNull();
  });
});

const fixture = (client: string) => readFileSync(new URL(`../../e2e/fixtures/${client}/index.html`, import.meta.url), 'utf8');
function page(client: string, template?: string): Document {
  const body = fixture(client).replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '').replace(/<script[\s\S]*?<\/script>/g, '');
  if (!template) return htmlDocument(body);
  const source = htmlDocument(body);
  return htmlDocument(`<div id="app">${(source.getElementById(template) as HTMLTemplateElement).innerHTML}</div>`);
}
const set = (doc: Document, selector: string, value: string) => ((doc.querySelector(selector) as HTMLInputElement).value = value);

describe('Google Calendar adapter (fixture)', () => {
  it('reads the event page: title, description, guests (not rooms) and the when text from data-date and the time fields', () => {
    const doc = page('gcal', 'tpl-eventedit');
    set(doc, '#xTiIn', 'お打ち合わせ');
    set(doc, '#xStDaIn', 'Feb 11, 2027');
    doc.querySelector('#xStDaIn')!.setAttribute('data-date', '20270211');
    set(doc, '#xEnDaIn', 'Feb 11, 2027');
    set(doc, '#xStTiIn', '2:00pm');
    set(doc, '#xEnTiIn', '3:00pm');
    doc.querySelector('#xGstLst')!.innerHTML = '<div role="listitem" data-email="kenji.sato@sakura-trading.co.jp"><span class="name">佐藤 健二</span></div>';
    const [body] = gcalAdapter.findBodies(doc);
    const win = gcalAdapter.composeWindow(body!)!;
    expect(win).not.toBeNull();
    expect(gcalAdapter.subjectInput(win)?.value).toBe('お打ち合わせ');
    expect(gcalAdapter.guests(win)).toEqual([{ name: '佐藤 健二', address: 'kenji.sato@sakura-trading.co.jp' }]);
    expect(gcalAdapter.sendButton(win)?.id).toBe('xSaveBu');
    expect(gcalAdapter.readWhen(win, TODAY)).toBe('2027-02-11T14:00/2027-02-11T15:00 Asia/Tokyo');
    // All day: dates only, the end exclusive.
    (doc.querySelector('#xAlDaCbx') as HTMLInputElement).checked = true;
    expect(gcalAdapter.readWhen(win, TODAY)).toBe('2027-02-11/2027-02-12');
  });

  it('reads the quick-create dialog (no ids, a year-less date)', () => {
    const doc = page('gcal', 'tpl-quick');
    set(doc, 'input[aria-label="Start date"]', 'Tuesday, February 9');
    set(doc, 'input[aria-label="End date"]', 'Tuesday, February 9');
    set(doc, 'input[aria-label="Start time"]', '10:00am');
    set(doc, 'input[aria-label="End time"]', '11:00am');
    const [body] = gcalAdapter.findBodies(doc);
    const win = gcalAdapter.composeWindow(body!)!;
    expect(win.root.getAttribute('role')).toBe('dialog');
    expect(gcalAdapter.readWhen(win, TODAY)).toMatch(/^2027-02-09T10:00\/2027-02-09T11:00 /);
  });

  it('is a no-op on DOM it does not know', () => {
    const doc = htmlDocument('<div contenteditable="true" aria-label="Description"></div><button aria-label="Save">Save</button>');
    const [body] = gcalAdapter.findBodies(doc);
    expect(gcalAdapter.composeWindow(body!)).toBeNull();
  });
});

describe('Outlook calendar adapter (fixture)', () => {
  it('reads the event form, and the mail adapter leaves it alone', () => {
    const doc = page('outlook-calendar');
    set(doc, 'input[aria-label="Start date"]', 'Thu 6/10/2027');
    set(doc, 'input[aria-label="End date"]', 'Thu 6/10/2027');
    set(doc, 'input[aria-label="Start time"]', '8:00 PM');
    set(doc, 'input[aria-label="End time"]', '9:00 PM');
    doc.querySelector('[aria-label="Invite required attendees"]')!.innerHTML =
      '<span class="_pill" title="kenji.sato@sakura-trading.co.jp" data-recipient-address="kenji.sato@sakura-trading.co.jp"><span class="textContainer">佐藤 健二</span></span>';
    const [body] = outlookCalendarAdapter.findBodies(doc);
    const win = outlookCalendarAdapter.composeWindow(body!)!;
    expect(win).not.toBeNull();
    expect(outlookCalendarAdapter.readWhen(win, TODAY)).toBe('2027-06-10T20:00/2027-06-10T21:00 Asia/Tokyo');
    expect(outlookCalendarAdapter.guests(win)).toEqual([{ name: '佐藤 健二', address: 'kenji.sato@sakura-trading.co.jp' }]);
    expect(outlookCalendarAdapter.sendButton(win)?.getAttribute('aria-label')).toBe('Send');
    // Outlook's mail adapter does not take the event form for a compose window.
    body!.innerHTML = '<div class="elementToProof">x</div>';
    body!.setAttribute('aria-label', 'Message body');
    for (const b of outlookAdapter.findBodies(doc)) expect(outlookAdapter.composeWindow(b)).toBeNull();
  });
});
