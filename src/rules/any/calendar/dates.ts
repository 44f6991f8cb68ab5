// Finds written dates in Japanese and English mail and resolves each to a calendar day. Every part of
// the phrase (year, month, day, weekday) keeps its span and style so that a suggestion can rewrite the
// date in exactly the writer's format (see render.ts).
import {
  isValidDay, nextOccurrence, previousOccurrence, serial, weekday, type Day,
} from './day';

export type YearStyle = 'western' | 'era';
export type MonthStyle = 'number' | 'long' | 'short';
export type WeekdayStyle = 'ja' | 'en-long' | 'en-short';

export interface Part {
  /** Offsets relative to the mention's start. */
  start: number;
  end: number;
}

export interface DateMention {
  /** Offsets into the field. */
  start: number;
  end: number;
  text: string;
  day: Day;
  yearStated: boolean;
  /** The weekday the writer wrote, 0 = Sunday, when there is one. */
  statedWeekday?: number;
  /** Before the day the draft is written (an explicit past year, or a weekday that fits only last year). */
  past: boolean;
  year?: Part & { style: YearStyle };
  month: Part & { style: MonthStyle; padded: boolean };
  dayPart: Part & { ordinal: boolean; padded: boolean };
  weekday?: Part & { style: WeekdayStyle };
  fullwidth: boolean;
  /** A bare month/day like 3/20, trusted only with a weekday or a time after it. */
  bareSlash: boolean;
}

const JA_WEEKDAYS = '日月火水木金土';
export const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

const N = '[0-9０-９]';
const EN_WD = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun';
const EN_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** （金） (金曜日) （金・祝） or an English (Fri) after a numeric date. */
const PAREN_WEEKDAY = `\\s*[（(]\\s*(?:(?<wdJa>[${JA_WEEKDAYS}])(?:曜日?)?(?:\\s*[・･/／]\\s*(?:祝|祭|休)日?)?|(?<wdParen>${EN_WD})\\.?)\\s*[）)]`;

const PATTERNS: Array<{ re: RegExp; bareSlash?: boolean }> = [
  {
    // 2026年3月20日（金） / 令和8年3月20日 / 3月20日 / 3月20日金曜日
    re: new RegExp(
      `(?<!${N})(?:(?<year>${N}{4})\\s*年\\s*|令和\\s*(?<era>元|${N}{1,2})\\s*年\\s*)?(?<month>${N}{1,2})\\s*月\\s*(?<day>${N}{1,2})\\s*日` +
        `(?:${PAREN_WEEKDAY}|\\s*(?<wdBare>[${JA_WEEKDAYS}])曜日?)?`,
      'dgu',
    ),
  },
  {
    // 2026/3/20（金） / 2026-08-14
    re: new RegExp(
      `(?<![\\w/.:\\-０-９])(?<year>${N}{4})(?<sep>[/／.\\-])(?<month>${N}{1,2})\\k<sep>(?<day>${N}{1,2})(?![\\w/／０-９])(?:${PAREN_WEEKDAY})?`,
      'dgu',
    ),
  },
  {
    // 3/20（金）
    re: new RegExp(`(?<![\\w/.:\\-０-９])(?<month>${N}{1,2})[/／](?<day>${N}{1,2})(?![\\w/／０-９])(?:${PAREN_WEEKDAY})?`, 'dgu'),
    bareSlash: true,
  },
  {
    // Friday, August 14, 2026 / Aug. 14th / August 14 (Fri)
    re: new RegExp(
      `\\b(?:(?<wdBefore>${EN_WD})\\.?,?\\s+)?(?<monthName>${EN_MONTH})\\b\\.?\\s+(?<day>\\d{1,2})(?<ord>st|nd|rd|th)?\\b(?![:.]\\d)` +
        `(?:,?\\s+(?<year>\\d{4})\\b)?(?:${PAREN_WEEKDAY})?`,
      'dg',
    ),
  },
  {
    // 14 August 2026 / Friday 14 August / the 14th of August
    re: new RegExp(
      `\\b(?:(?<wdBefore>${EN_WD})\\.?,?\\s+)?(?:the\\s+)?(?<day>\\d{1,2})(?<ord>st|nd|rd|th)?\\s+(?:of\\s+)?(?<monthName>${EN_MONTH})\\b\\.?(?:,?\\s+(?<year>\\d{4})\\b)?`,
      'dg',
    ),
  },
];

/** Fullwidth digits (３月２０日) count like ASCII ones. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function enWeekday(name: string): number {
  return EN_WEEKDAYS.findIndex((w) => w.startsWith(name.slice(0, 3)));
}

function enMonth(name: string): number {
  return EN_MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;
}

/**
 * Every date in `text` (a sentence), offsets plus `offset`. `today` resolves dates written without a
 * year: their next occurrence on or after today, unless the stated weekday fits only the previous one
 * (a past meeting mentioned in passing).
 */
export function findDates(text: string, offset: number, today: Day): DateMention[] {
  const found: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const { re, bareSlash } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const mention = toMention(m, offset, today, bareSlash ?? false);
      if (!mention) continue;
      taken.push([s, e]);
      found.push(mention);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function toMention(m: RegExpMatchArray, offset: number, today: Day, bareSlash: boolean): DateMention | null {
  const g = m.groups!;
  const idx = m.indices!.groups!;
  const rel = (name: string): Part => ({ start: idx[name]![0] - m.index!, end: idx[name]![1] - m.index! });
  const ascii = (name: string) => toAsciiDigits(g[name]!);

  const month = g.monthName ? enMonth(g.monthName) : Number(ascii('month'));
  const d = Number(ascii('day'));
  let year: DateMention['year'];
  let y: number | undefined;
  if (g.year) {
    y = Number(ascii('year'));
    year = { ...rel('year'), style: 'western' };
  } else if (g.era) {
    y = 2018 + (g.era === '元' ? 1 : Number(ascii('era')));
    year = { ...rel('era'), style: 'era' };
  }

  let statedWeekday: number | undefined;
  let weekdayPart: DateMention['weekday'];
  const wdJa = g.wdJa ?? g.wdBare;
  const wdEn = g.wdBefore ?? g.wdParen;
  if (wdJa) {
    statedWeekday = JA_WEEKDAYS.indexOf(wdJa);
    weekdayPart = { ...rel(g.wdJa ? 'wdJa' : 'wdBare'), style: 'ja' };
  } else if (wdEn) {
    statedWeekday = enWeekday(wdEn);
    weekdayPart = { ...rel(g.wdBefore ? 'wdBefore' : 'wdParen'), style: EN_WEEKDAYS.includes(wdEn) ? 'en-long' : 'en-short' };
  }

  let day: Day | null;
  let past = false;
  if (y !== undefined) {
    day = isValidDay(y, month, d) ? { y, m: month, d } : null;
    if (day) past = serial(day) < serial(today);
  } else {
    day = nextOccurrence(month, d, today);
    if (day && statedWeekday !== undefined && weekday(day) !== statedWeekday) {
      const before = previousOccurrence(month, d, today);
      // Only recent past: "先日3月2日（月）" written a few months later, not a date a year away.
      if (before && weekday(before) === statedWeekday && serial(today) - serial(before) <= 200) {
        day = before;
        past = true;
      }
    }
  }
  if (!day) return null;

  const monthText = g.monthName ?? g.month!;
  const dayText = g.day!;
  // 2026/03/09: one zero-padded number means the writer pads both.
  const padded = /^[0０]/.test(dayText) || (!g.monthName && /^[0０]/.test(monthText));
  return {
    start: offset + m.index!,
    end: offset + m.index! + m[0].length,
    text: m[0],
    day,
    yearStated: y !== undefined,
    ...(statedWeekday !== undefined ? { statedWeekday } : {}),
    past,
    ...(year ? { year } : {}),
    month: {
      ...rel(g.monthName ? 'monthName' : 'month'),
      style: g.monthName ? (EN_MONTHS.includes(g.monthName) ? 'long' : 'short') : 'number',
      padded,
    },
    dayPart: { ...rel('day'), ...(g.ord ? { end: idx.ord![1] - m.index! } : {}), ordinal: Boolean(g.ord), padded },
    ...(weekdayPart ? { weekday: weekdayPart } : {}),
    fullwidth: /[０-９]/.test(dayText),
    bareSlash: bareSlash && !g.year,
  };
}
