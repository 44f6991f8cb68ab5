// Days written out for messages and button labels, in both UI languages.
import { weekday, type Day } from '../../../engine/analysis/dates-day';
import { EN_MONTHS, EN_WEEKDAYS } from '../../../engine/analysis/dates';
import type { ClosedReason } from './closed-days';
import type { Suggestion } from '../../../engine/types';

const JA_WEEKDAYS = '日月火水木金土';

export function dayEn(day: Day): string {
  return `${EN_WEEKDAYS[weekday(day)]}, ${EN_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
}

export function dayJa(day: Day): string {
  return `${day.y}年${day.m}月${day.d}日（${JA_WEEKDAYS[weekday(day)]}）`;
}

/** Without the weekday, for saying what the weekday really is: "March 20, 2026" / "2026年3月20日". */
export function dateEn(day: Day): string {
  return `${EN_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
}

export function dateJa(day: Day): string {
  return `${day.y}年${day.m}月${day.d}日`;
}

/** Short label form: "Thu, Mar 19" / "3月19日（木）". */
export function shortEn(day: Day): string {
  return `${EN_WEEKDAYS[weekday(day)]!.slice(0, 3)}, ${EN_MONTHS[day.m - 1]!.slice(0, 3)} ${day.d}`;
}

export function shortJa(day: Day): string {
  return `${day.m}月${day.d}日（${JA_WEEKDAYS[weekday(day)]}）`;
}

/** Why the day is closed, as a clause: "a public holiday in Japan (Vernal Equinox Day)". */
export function reasonEn(r: ClosedReason): string {
  switch (r.kind) {
    case 'holiday':
      return `a public holiday in Japan (${r.name.en})`;
    case 'closure':
      return `in ${r.closure.name.en}: ${r.closure.why.en}`;
    case 'weekend':
      return `a ${r.weekday === 0 ? 'Sunday' : 'Saturday'}, when Japanese companies are closed`;
  }
}

export function reasonJa(r: ClosedReason): string {
  switch (r.kind) {
    case 'holiday':
      return `祝日（${r.name.ja}）です。多くの企業が休業日です`;
    case 'closure':
      return `${r.closure.name.ja}の期間です。${r.closure.why.ja}`;
    case 'weekend':
      return `${r.weekday === 0 ? '日曜日' : '土曜日'}です。多くの企業が休業日です`;
  }
}

/** One "move the meeting" suggestion per nearby working day. */
export function moveSuggestions(days: Day[], render: (d: Day) => string): Suggestion[] {
  return days.map((d) => ({
    text: render(d),
    label: `Move to ${shortEn(d)} (a working day)`,
    labelJa: `営業日の${shortJa(d)}に変更`,
  }));
}
