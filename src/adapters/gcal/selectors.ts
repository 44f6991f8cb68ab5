// Google Calendar's event editors (calendar.google.com), in one place: the full event page
// (`/r/eventedit`, `body[data-viewfamily="EVENT_EDIT"]`) and the quick-create dialog (`div[role="dialog"]`).
// The full page's fields carry stable ids (xTiIn title, xStDaIn/xStTiIn/xEnDaIn/xEnTiIn start/end date and
// time, xAlDaCbx all day, xSaveBu Save, xRmLst rooms); the date inputs carry `data-date="YYYYMMDD"`. The
// quick-create dialog has no ids: its fields are found by their aria-labels, in English and Japanese.
import type { CalendarSelectors } from '../calendar';

const either = (...list: string[]) => list.join(', ');

export const GCAL_SELECTORS: CalendarSelectors = {
  description: [
    'div[contenteditable="true"][aria-label="Description"]',
    'div[contenteditable="true"][aria-label="説明"]',
    'div[contenteditable="true"][aria-label="Add description"]',
    'div[contenteditable="true"][aria-label="説明を追加"]',
  ],
  save: either('#xSaveBu', 'button[aria-label="Save"]', 'button[aria-label="保存"]', '[role="button"][aria-label="Save"]', '[role="button"][aria-label="保存"]'),
  title: either('#xTiIn', 'input[aria-label="Title"]', 'input[aria-label="タイトル"]', 'input[aria-label="Add title"]', 'input[aria-label="タイトルを追加"]'),
  startDate: either('#xStDaIn', 'input[aria-label="Start date"]', 'input[aria-label="開始日"]'),
  startTime: either('#xStTiIn', 'input[aria-label="Start time"]', 'input[aria-label="開始時間"]'),
  endDate: either('#xEnDaIn', 'input[aria-label="End date"]', 'input[aria-label="終了日"]'),
  endTime: either('#xEnTiIn', 'input[aria-label="End time"]', 'input[aria-label="終了時間"]'),
  allDay: either('#xAlDaCbx', 'input[type="checkbox"][aria-label="All day"]', 'input[type="checkbox"][aria-label="終日"]'),
  timeZone: either('[aria-label^="Time zone"]', '[aria-label^="タイムゾーン"]'),
  // Guests are `data-email` list items; the rooms list (xRmLst) uses the same attribute for rooms.
  guest: '[data-email]:not(#xRmLst [data-email])',
  guestInput: either('input[aria-label="Guests"]', 'input[aria-label="ゲスト"]', 'input[placeholder="Add guests"]', 'input[placeholder="ゲストを追加"]'),
  readOptions: {},
};
