// Outlook on the web's event form (the calendar's "New event" page and pop-out, on Outlook's hosts), in one
// place. Its fields are found by their aria-labels in English and Japanese: "Add a title", "Invite required
// attendees", "Start date" / "Start time" (comboboxes), "End date" / "End time", the "All day" switch, the
// "Time zone" dropdown ("(UTC+09:00) Osaka, Sapporo, Tokyo"), the body editor, and Save / Send.
import type { CalendarSelectors } from '../calendar';
import { OUTLOOK_BODY_READ, OUTLOOK_PILL } from '../outlook/selectors';

const either = (...list: string[]) => list.join(', ');

export const OUTLOOK_CAL_SELECTORS: CalendarSelectors = {
  description: [
    'div[role="textbox"][contenteditable="true"][aria-label^="Event body"]',
    'div[role="textbox"][contenteditable="true"][aria-label^="Add a description"]',
    'div[role="textbox"][contenteditable="true"][aria-label^="イベント本文"]',
    'div[role="textbox"][contenteditable="true"][aria-label^="説明を追加"]',
  ],
  save: either('button[aria-label="Send"]', 'button[aria-label="Save"]', 'button[title^="Send"]', 'button[title^="Save"]', 'button[aria-label="送信"]', 'button[aria-label="保存"]'),
  title: either('input[aria-label="Add a title"]', 'input[placeholder="Add a title"]', 'input[aria-label="タイトルを追加"]'),
  startDate: either('input[aria-label="Start date"]', 'input[aria-label="開始日"]'),
  startTime: either('input[aria-label="Start time"]', 'input[aria-label="開始時刻"]'),
  endDate: either('input[aria-label="End date"]', 'input[aria-label="終了日"]'),
  endTime: either('input[aria-label="End time"]', 'input[aria-label="終了時刻"]'),
  allDay: either('[role="switch"][aria-label="All day"]', 'input[type="checkbox"][aria-label="All day"]', '[role="switch"][aria-label="終日"]', 'input[type="checkbox"][aria-label="終日"]'),
  timeZone: either('[aria-label="Time zone"]', '[aria-label="タイムゾーン"]'),
  guest: either(...['Invite required attendees', 'Invite optional attendees', '必須出席者を招待', '任意出席者を招待'].map((l) => `[aria-label="${l}"] :is(${OUTLOOK_PILL})`)),
  guestInput: either('input[aria-label="Invite required attendees"]', 'input[aria-label="Invite optional attendees"]', 'input[aria-label="必須出席者を招待"]'),
  readOptions: OUTLOOK_BODY_READ,
};
