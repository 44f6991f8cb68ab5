// Rewrites a date phrase for another day in the writer's own format: 2026年3月20日（金） becomes
// 2026年3月19日（木）, "Friday, August 14, 2026" becomes "Wednesday, August 12, 2026".
import { weekday, type Day } from '../../../engine/analysis/dates-day';
import { EN_MONTHS, EN_WEEKDAYS, type DateMention, type Part } from '../../../engine/analysis/dates';
import { fullWidthDigits } from '../../../engine/analysis/figures';

const JA_WEEKDAYS = '日月火水木金土';

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function digits(n: number, padded: boolean, fullwidth: boolean): string {
  const s = padded ? String(n).padStart(2, '0') : String(n);
  return fullwidth ? fullWidthDigits(s) : s;
}

/** The weekday name in the style the writer used (金 / Friday / Fri). */
export function weekdayName(wd: number, style: 'ja' | 'en-long' | 'en-short'): string {
  if (style === 'ja') return JA_WEEKDAYS[wd]!;
  const long = EN_WEEKDAYS[wd]!;
  return style === 'en-long' ? long : long.slice(0, 3);
}

/** `mention`'s text rewritten for `day`, every other character kept. */
export function renderDate(mention: DateMention, day: Day): string {
  // 来週火曜日 / next Tuesday / 10日（水）: no month written, so the new day is written out in full.
  if (!mention.month || !mention.dayPart) return absoluteDate(mention, day);
  const edits: Array<Part & { text: string }> = [];
  if (mention.year) {
    const text = mention.year.style === 'era'
      ? (day.y - 2018 === 1 ? '元' : digits(day.y - 2018, false, mention.fullwidth))
      : digits(day.y, false, mention.fullwidth);
    edits.push({ ...mention.year, text });
  }
  const month = mention.month;
  const monthText = month.style === 'number'
    ? digits(day.m, month.padded, mention.fullwidth)
    : month.style === 'long' ? EN_MONTHS[day.m - 1]! : EN_MONTHS[day.m - 1]!.slice(0, 3);
  edits.push({ ...month, text: monthText });
  const dp = mention.dayPart;
  edits.push({ ...dp, text: digits(day.d, dp.padded, mention.fullwidth) + (dp.ordinal ? ordinal(day.d) : '') });
  if (mention.weekday) edits.push({ ...mention.weekday, text: weekdayName(weekday(day), mention.weekday.style) });
  // 今週土曜日（11月14日） moved to a Monday: the bracketed date places it, and 今週 may no longer be true.
  if (mention.lead) edits.push({ ...mention.lead, text: '' });

  let out = mention.text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** A full date in the writer's language: 12月9日（火） / Tuesday, December 9. */
export function absoluteDate(mention: Pick<DateMention, 'lang' | 'fullwidth'>, day: Day): string {
  if (mention.lang === 'ja') {
    return `${digits(day.m, false, mention.fullwidth)}月${digits(day.d, false, mention.fullwidth)}日（${JA_WEEKDAYS[weekday(day)]}）`;
  }
  return `${EN_WEEKDAYS[weekday(day)]}, ${EN_MONTHS[day.m - 1]} ${day.d}`;
}
