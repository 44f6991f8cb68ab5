// Dates and times of a sentence, read by chrono-node (English and Japanese, plus the small parsers of
// dates-chrono.ts) and resolved against the day the draft is written. Every date keeps the spans of its
// parts (year, month, day, weekday) and every time its style and zone, so that a suggestion can rewrite a
// slot in exactly the writer's format. Offsets are relative to the sentence (see facts.ts).
import type { ParsedResult, ParsingComponents } from 'chrono-node';
import type { Annotator, FactStore } from './facts';
import { ANAPHOR, createParsers, VAGUE } from './dates-chrono';
import { mayNameDay, mayNameRunDay, NAMED, spanOf } from './dates-named';
import { readsFromToday, relationOf, resolveRelation, type Relation } from './dates-anaphora';
import { isoDay, isValidDay, nextOccurrence, parseIsoDay, previousOccurrence, serial, weekday, type Day } from './dates-day';
import { cityInBracketAfter, foreignZoneAfter, placeOpeningBracket, unknownPlaceAfter, unknownPlaceBefore, zoneAtEnd, zoneBefore, zoneAfter, zoneFromLabel, zoneLeadPattern, type ZoneRef } from './dates-zones';
import { matchAll } from '../match-all';
import { asciiDigits } from './figures';

export type { Day } from './dates-day';

export type YearStyle = 'western' | 'era';
export type MonthStyle = 'number' | 'long' | 'short';
export type WeekdayStyle = 'ja' | 'en-long' | 'en-short';

export interface Part {
  /** Offsets relative to the mention's start. */
  start: number;
  end: number;
}

export interface DateMention {
  /** Offsets (relative to the sentence in facts; rules place them in the field). */
  start: number;
  end: number;
  text: string;
  day: Day;
  yearStated: boolean;
  /** The weekday the writer wrote next to a date, 0 = Sunday. */
  statedWeekday?: number;
  /**
   * A relative word before a weekday that the bracketed date after it pins down (今週 in 今週土曜日（11月14日）,
   * "next " in "next Sunday (Nov 22)"): dropped when the date is rewritten, since the new day may lie in another week.
   */
  lead?: Part;
  /** Before the day the draft is written. */
  past: boolean;
  /** No month and day written (来週火曜日, next Tuesday, 明後日): rendered as a full date when rewritten. */
  relative: boolean;
  /** A period rather than a day (月末, 年明け, next week). */
  vague: boolean;
  /** One end of a date range (8月13日〜16日, from May 1 to May 8). */
  rangeEnd: boolean;
  lang: 'ja' | 'en';
  year?: Part & { style: YearStyle };
  month?: Part & { style: MonthStyle; padded: boolean };
  dayPart?: Part & { ordinal: boolean; padded: boolean };
  weekday?: Part & { style: WeekdayStyle };
  fullwidth: boolean;
  /**
   * Given by reference to another date of the mail (同日, 翌日, 翌週の火曜, "that day", "the Monday after"): the day
   * is counted from that date (dates-anaphora.ts) — the one before it in the sentence, else the anchor the
   * sentence is read with (the last date of the sentences before it).
   */
  anaphor?: Relation;
  /** The date of the same sentence it was counted from, relative to this mention's start (so negative). */
  from?: Part;
  /**
   * Named by words, not digits (秋分の日, New Year's Eve, こどもの日の前日, 秋分の日（9月23日）): the name is the date
   * itself, not a closure the writer speaks of around it (dates-named.ts).
   */
  named?: true;
  /** A period's days (正月三が日, the week of Obon, mid-August), first and last: the mention is vague and starts on the first. */
  span?: { from: Day; to: Day };
}

export interface Clock {
  h: number;
  min: number;
}

export interface TimeStyle {
  /** 14時 / 午後2時 / 14:00 / 2pm. */
  kind: 'ja' | 'ja-meridiem' | 'colon' | 'ampm';
  /** As the writer wrote am/pm: "pm", "p.m.", "PM". */
  ampm?: string;
  /** A space before am/pm. */
  space?: boolean;
  /** Minutes written even when zero: "3:00 PM" (not "3 PM"). */
  minutes?: boolean;
  padded?: boolean;
  fullwidth?: boolean;
}

export interface TimeMention {
  start: number;
  end: number;
  text: string;
  from: Clock;
  to?: Clock;
  zone?: ZoneRef;
  style: TimeStyle;
}

/** A date, a time, or both, as one chrono result. */
export interface Slot {
  start: number;
  end: number;
  date?: DateMention;
  time?: TimeMention;
  /**
   * The slot next to it said again in another zone ("6pm CET (2am JST)", 「日本時間…（米国太平洋時間…）」,
   * "10:00 JST / 2:00 CET"): one meeting, judged once, on the other slot.
   */
  restates?: true;
  /**
   * The same day written again in the other language inside the slot, between its date and its time ("Wednesday,
   * June 9 / 2027年6月9日（水） 7:00 JST"): a move of the slot rewrites it too, or the two would name two days.
   */
  twin?: DateMention;
}

export interface DateFacts {
  slots: Slot[];
  /**
   * A date given by reference to another (当日, "the day after") had nothing before it in the sentence to count
   * from, and was left out: read the sentence again with the last date of the mail before it as its anchor.
   */
  open?: true;
}

const JA_WEEKDAYS = '日月火水木金土';
export const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
/** The month and weekday names in lower case, as the English parse's tokens carry them. */
export const EN_MONTH_WORDS: ReadonlySet<string> = new Set(EN_MONTHS.map((m) => m.toLowerCase()));
export const EN_WEEKDAY_WORDS: ReadonlySet<string> = new Set(EN_WEEKDAYS.map((d) => d.toLowerCase()));

/** Cheap test before chrono runs: every date or time phrase has a digit or one of these words. */
const PREFILTER =
  /[0-9０-９]|当日|同日|同じ日|その日|前日|前の日|次の日|翌|\bday\b|following|[一二三四五六七八九十]\s*日|旬|月\s*(?:の\s*)?頭|half past|quarter (?:past|to)|\bmid[-\s]|\bearly\s|\blate\s|今日|本日|明日|明後日|あさって|しあさって|今週|来週|再来週|翌週|次週|先週|週明け|月末|末日|年明け|曜|正午|today|tomorrow|tonight|noon|midnight|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i;

/** Where a time starts inside a chrono result ("Dec 28 at 2pm", "3月20日（金）15時"). */
// Round 41: an hour in kanji numerals (午後二時, 十時) starts the time as one in digits does.
const TIME_START =
  /(?<![0-9])[0-9]{1,2}(?::[0-9]{2})?(?:\s?[-–—]\s?|\s(?:to|till|until)\s)[0-9]{1,2}(?::[0-9]{2})?\s?(?:[ap]\.?m\b|[AP]\.?M\b)|\b(?:half past|quarter (?:past|to)|half(?=\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))\s|(?:午前|午後)\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}時)|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}時(?!間)|(?:日本時間|東京時間)\s*(?:の)?\s*[0-9０-９]|[0-9０-９]{1,2}\s*(?:[:：]\s*[0-9０-９]{2}|\.[0-9]{2}(?=\s*[ap]\.?m)|時|\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)(?![a-z]))|\bnoon\b|\bmidnight\b|正午|\b\d{1,2}h(?:[0-5]\d)?\b|\b\d{4}\s?(?:hrs?|h)\b|\b(?:at|@)\s+\d{1,2}\b/;
/** Round 48: a clock written with a dot ("5 August, 16.30"), where TIME_START finds none in a result chrono read an hour in. */
const DOTTED_CLOCK_START = /(?<![0-9.])(?:[01]?[0-9]|2[0-3])\.[0-5][0-9](?![0-9.])/;
const PAREN_WEEKDAY = /^\s*[（(【［\[〔]\s*(?:(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)[a-z]*\.?|[日月火水木金土](?:曜日?)?(?:\s*[・･/／]\s*(?:祝|祭|休)日?)?)\s*[）)】］\]〕]/i;
/** 8月13日〜16日, August 13–16: the second day of a range that chrono leaves out. */
const RANGE_AFTER = /^\s*(?:[〜～~\-–—]|から|to\b|through\b|thru\b|until\b|till\b)\s*(?:[0-9０-９]{1,2}\s*日|\d{1,2}(?:st|nd|rd|th)?\b(?!\s*[:：.]\s*\d))/i;
/** The text between two dates that joins them into a range. */
const RANGE_GAP = /^\s*(?:[〜～~\-–—]|から|to|through|thru|until|till|and)\s*$/i;
const BETWEEN = /\b(?:between|from)\s+(?:the\s+)?$/i;
/** A time phrase at the start of a result: 6pm, 10:00–11:00, 9:30 a.m. */
const TIME_FIRST = /^(?:(?:午前|午後)?\s*[0-9０-９]{1,2}\s*(?:[:：]\s*[0-9０-９]{2})?\s*(?:時(?:\s*[0-9０-９]{1,2}\s*分|半)?|[ap]\.?m\.?|[AP]\.?M\.?)?)(?:\s*[-–〜~]\s*[0-9０-９]{1,2}(?:\s*[:：]\s*[0-9０-９]{2})?\s*(?:時|[ap]\.?m\.?|[AP]\.?M\.?)?)?/;
const RANGE_SEP = /\s*(?:[〜～~\-–—]|から|to\b|through\b|thru\b|until\b|till\b)\s*/i;

/** A result's date part that is only a bracketed weekday: （月）, (Mon). */
const PAREN_ONLY = /^[（(【［\[〔]\s*[^\s）)】］\]〕]{1,9}\s*[）)】］\]〕]$/;
/**
 * What may stand between a date and its time: "Jan 12 (Mon) at 10:00", 「12日（月）、10時」, "Tuesday 8 June, between
 * 10:00 and 12:00" (not 明日の夜7時, a relative day chrono reads apart).
 */
/**
 * "Wed 10 Sep, 3-4 pm", "10 Sep (Wed) 10–11 am": a clock range with its meridiem after a day-first date. chrono
 * reads the month and the range's first hour as a day ("Sep, 3-4": September 3 to 4) or the range as a year
 * ("Sep, 10-11" → 2010); the space before the range is blanked (same length) so that the date and the time are
 * read apart, and joined again as one slot (DATE_TIME_GAP).
 */
// Round 43: the blank first, then the look-ahead (a digit after it), the look-behind last — the same matches as the look-behind
// written first (it now ends with the blank), which V8 tried at every position of every sentence (0.6 % of an English analysis).
const CLOCK_RANGE_AFTER_MONTH = /\s(?=\d{1,2}(?::\d{2})?\s?[-–—]\s?\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\b|[AP]\.?M\b))(?<=\b\d{1,2}(?:st|nd|rd|th)?\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?(?:\s?\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?\))?,?\s)/gi;
// Round 43 (vd-060): an invitation's date and clock set apart by a middle dot, a bullet or a dash ("Mon 22/03 · 10:00–10:30 JST").
const DATE_TIME_GAP = /^(?:[,、|｜·•・∙\-–—]|at|@|,?\s?between)?$/i;
/** What may stand between a time and the day after it: "9am São Paulo time on Oct 7", 「10時、12日（月）」 is not one. */
const TIME_DATE_GAP = /^(?:on|,\s*on|,)$/i;

/** A day of the month written after its month, then a part of the day: "Aug 14 in the afternoon". */
const DAY_THEN_PART = /(\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2})( in the (?:morning|afternoon|evening))/gi;

/** Words before a 時 time that put it after noon, or (深夜, 夜中) in the small hours. */
const EVENING = /(?:夕方|(深夜|夜中|夜更け)|夜|晩)の?$/;
/** The last hour after midnight that 夜 names as itself (夜1時 is 01:00, 夜5時 17:00). */
const NIGHT_LAST_HOUR = 3;
/** The last hour after midnight that 深夜 or 夜中 names as itself (深夜5時 is 05:00, 深夜11時 23:00). */
const SMALL_HOURS_LAST = 6;

function locateDate(text: string, day: Day): Omit<DateMention, 'start' | 'end' | 'text' | 'day' | 'yearStated' | 'past' | 'relative' | 'vague' | 'rangeEnd' | 'lang' | 'statedWeekday'> & { wd?: number } {
  const a = asciiDigits(text);
  const out: ReturnType<typeof locateDate> = { fullwidth: /[０-９]/.test(text) };
  const part = (m: RegExpExecArray, group: number): Part => ({ start: m.indices![group]![0], end: m.indices![group]![1] });
  const era = /令和\s*(元|\d{1,2})\s*年/d.exec(a);
  const year = /(?<!\d)(\d{4})(?=\s*年|[/.\-]\d)|\b(\d{4})\b/d.exec(a);
  if (era) out.year = { ...part(era, 1), style: 'era' };
  else if (year) {
    const g = year[1] ? 1 : 2;
    out.year = { ...part(year, g), style: 'western' };
  }
  const slash = /(?:(?<!\d)\d{4}[/.\-]|(?<![\d/.\-]))(\d{1,2})[/／.\-](\d{1,2})(?!\d)/d.exec(a);
  const kanji = /(?<![\d一二三四五六七八九十])(\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}月(?!曜)/d.exec(a);
  const name = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b/i.exec(a);
  if (kanji || (slash && !name)) {
    const mm = kanji ?? slash!;
    const padded = /^0/.test(mm[1]!);
    out.month = { ...part(mm, 1), style: 'number', padded };
    const dd = kanji ? /(?<![\d一二三四五六七八九十])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/d.exec(a) : slash;
    if (dd) {
      const g = kanji ? 1 : 2;
      out.dayPart = { ...part(dd, g), ordinal: false, padded: padded || /^0/.test(dd[g]!) };
      if (!kanji && out.month) out.month.padded = out.dayPart.padded;
    }
  } else if (name) {
    const long = EN_MONTHS.some((m) => m.toLowerCase() === name[1]!.toLowerCase());
    out.month = { start: name.index, end: name.index + name[1]!.length, style: long ? 'long' : 'short', padded: false };
    const re = /\b(\d{1,2})(st|nd|rd|th)?\b(?!\s*[:.]\d|\s*(?:am|pm|a\.m|p\.m))/gi;
    for (const m of matchAll(a, re)) {
      if (out.year && m.index! >= out.year.start && m.index! < out.year.end) continue;
      if (Number(m[1]) !== day.d) continue;
      out.dayPart = { start: m.index!, end: m.index! + m[0].length, ordinal: Boolean(m[2]), padded: false };
      break;
    }
  } else {
    // 10日（水）, "Monday the 20th": a day of the month with no month.
    const dd = /(?<![\d一二三四五六七八九十])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/d.exec(a);
    const nth = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/d.exec(a);
    if (dd) out.dayPart = { ...part(dd, 1), ordinal: false, padded: /^0/.test(dd[1]!) };
    else if (nth && Number(nth[1]) === day.d) out.dayPart = { ...part(nth, 1), end: nth.indices![0]![1], ordinal: true, padded: false };
  }
  const jaWd = /[（(【［\[〔]\s*([日月火水木金土])(?:曜日?)?(?:\s*[・･/／]\s*(?:祝|祭|休)日?)?\s*[）)】］\]〕]|([日月火水木金土])曜/.exec(a);
  const enWd = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Weds|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?/i.exec(a);
  if (jaWd) {
    const g = jaWd[1] ? 1 : 2;
    const s = a.indexOf(jaWd[g]!, jaWd.index);
    out.weekday = { start: s, end: s + 1, style: 'ja' };
    out.wd = JA_WEEKDAYS.indexOf(jaWd[g]!);
  } else if (enWd) {
    const w = enWd[1]!;
    out.weekday = { start: enWd.index, end: enWd.index + w.length, style: w.length > 4 && EN_WEEKDAYS.some((x) => x.toLowerCase() === w.toLowerCase()) ? 'en-long' : 'en-short' };
    out.wd = EN_WEEKDAYS.findIndex((x) => x.toLowerCase().startsWith(w.toLowerCase().slice(0, 3)));
  }
  return out;
}

function timeStyle(text: string): TimeStyle {
  const fullwidth = /[０-９]/.test(text);
  if (/午前|午後/.test(text)) return { kind: 'ja-meridiem', fullwidth };
  const ap = /(\s*)([ap]\.?m\.?|[AP]\.?M\.?)(?![a-z])/.exec(text);
  if (ap) return { kind: 'ampm', ampm: ap[2]!.replace(/^[ap]/i, ''), space: ap[1]!.length > 0, padded: false, minutes: /\d[:：.]\d\d/.test(text) };
  if (/時/.test(text)) return { kind: 'ja', fullwidth };
  return { kind: 'colon', padded: /(?<!\d)0\d\s*[:：]/.test(asciiDigits(text)), fullwidth };
}

/** Moves `start` past "on ", "at " and trailing "の", ", at", so that a span covers the phrase itself. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  const lead = /^(?:on|at|for)\s+/i.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  // "(Saturday, August 8, 9:00 JST)": a bracket the phrase opens but does not close is not part of it.
  const open = /^[（(]\s*/.exec(text.slice(s, e));
  if (open && !/[）)]/.test(text.slice(s, e))) s += open[0].length;
  const trail = /(?:\s|[,、]|の|\bat\b|\bfrom\b|@)+$/i.exec(text.slice(s, e));
  if (trail) e -= trail[0].length;
  // "Wed, 5 Aug – 4:00 PM": the spaced dash between a date and its time belongs to neither.
  if (e - s > 2 && /[–—-]/.test(text[e - 1]!) && /\s/.test(text[e - 2]!)) {
    e -= 1;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
  }
  return [s, e];
}

function dateMention(
  r: ParsedResult, comp: ParsedResult['start'], text: string, start: number, end: number, today: Day, lang: 'ja' | 'en', rangeEnd: boolean,
): DateMention | undefined {
  const known = (c: 'day' | 'month' | 'weekday' | 'year') => comp.isCertain(c);
  if (!known('day') && !known('weekday') && !known('month')) return undefined;
  let day: Day = { y: comp.get('year')!, m: comp.get('month')!, d: comp.get('day')! };
  if (!isValidDay(day.y, day.m, day.d)) return undefined;
  const phrase = text.slice(start, end);
  const parts = locateDate(phrase, day);
  const relative = !parts.month || !parts.dayPart;
  // 10日（水）: a day with its weekday, the month implied, is checked like a full date.
  const statedWeekday = parts.dayPart && parts.wd !== undefined && parts.wd >= 0 ? parts.wd : undefined;
  const yearStated = comp.isCertain('year') && Boolean(parts.year);
  let past = serial(day) < serial(today);
  // "Thursday, 6.5.2027", "Do 06.05.2027": a numeric date with its year written last. When the weekday stated fits
  // only the day-first reading (6 May, not June 5), that reading is the writer's; and a date written with dots and
  // the year last is day-first wherever it is written so (d.m.y), unless its weekday fits only month-first.
  const dayFirst = yearStated ? dayFirstReading(day, parts, phrase, statedWeekday) : null;
  if (dayFirst) {
    day = dayFirst;
    past = serial(day) < serial(today);
    swapMonthAndDay(parts);
  }
  if (!yearStated && statedWeekday !== undefined && weekday(day) !== statedWeekday) {
    // The weekday the writer gives decides between readings of a date that does not fit it.
    // Round 35: "next Tuesday the 16th", 来週16日（水）: a word that points ahead names a day to come, so a weekday that
    // does not fit is a mistake, never a hint at a day already past.
    const ahead = AHEAD_WORD.test(phrase) || AHEAD_BEFORE.test(text.slice(Math.max(0, start - 16), start));
    const fitting = ahead ? null : readingThatFits(day, statedWeekday, today, parts, !relative, phrase);
    if (fitting) {
      day = fitting.day;
      past = serial(day) < serial(today);
      // Read day/month: the first number is the day, and a rewritten date must put the day there.
      if (fitting.swapped) swapMonthAndDay(parts);
    }
  }
  // Round 44: chrono's tags() copies its sets on every call; read once here, not five times.
  const tags = r.tags();
  // Round 44: the parts (all of locateDate's but wd) and the optional fields set one by one, not spread: `{ ...rest }`
  // of an object made by rest destructuring, then spreads between the properties, took V8's slow path (~9 µs a
  // mention against ~0.04 µs, measured alone; 1.5 % of a cold ja analysis). The same fields; only their order differs.
  const mention: DateMention = {
    start, end, text: phrase, day, yearStated, past, relative,
    vague: tags.has(VAGUE) || (relative && !known('weekday') && !known('day')) || (!tags.has(NAMED) && namesPeriod(phrase, parts)),
    rangeEnd, lang, fullwidth: parts.fullwidth,
  };
  if (parts.year) mention.year = parts.year;
  if (parts.month) mention.month = parts.month;
  if (parts.dayPart) mention.dayPart = parts.dayPart;
  if (parts.weekday) mention.weekday = parts.weekday;
  if (statedWeekday !== undefined) mention.statedWeekday = statedWeekday;
  const rel = tags.has(ANAPHOR) ? relationOf(phrase) : null;
  if (rel) mention.anaphor = rel;
  if (tags.has(NAMED)) mention.named = true;
  const span = spanOf(tags);
  if (span) mention.span = span;
  return mention;
}

/** Words that point to a day ahead, in the date's phrase (来週16日, "next Tuesday, 16 June") or right before it ("next Tuesday the 16th"). */
const AHEAD_WORD = /^(?:今週|来週|再来週|next\b|this\s+coming\b|coming\b)/i;
const AHEAD_BEFORE = /(?:\b(?:next|this\s+coming|coming|upcoming)\s+|(?:今週|来週|再来週)の?)$/i;

/** The month and the day of a numeric date read the other way round: their spans change places. */
function swapMonthAndDay(parts: ReturnType<typeof locateDate>): void {
  if (!parts.month || !parts.dayPart) return;
  const { start: ms, end: me } = parts.month;
  parts.month = { ...parts.month, start: parts.dayPart.start, end: parts.dayPart.end };
  parts.dayPart = { ...parts.dayPart, start: ms, end: me };
}

/** Two numbers then the year, joined by dots, slashes or hyphens: 6.5.2027, 06/05/2027. Groups: the joiner. */
const NUMERIC_YEAR_LAST = /^\D{0,24}?(?<![\d.\/\-])\d{1,2}([./\-])\d{1,2}\1\d{4}(?![\d.\/\-]\d)/;

/**
 * The day-first reading of a numeric date with its year last that chrono read month-first (6.5.2027 as June 5),
 * when it is the writer's: the weekday stated fits it and not chrono's, or no weekday decides and the date is
 * written with dots (the d.m.y of Europe and beyond; no one writes m.d.y with dots). Null otherwise.
 */
function dayFirstReading(day: Day, parts: ReturnType<typeof locateDate>, phrase: string, wd: number | undefined): Day | null {
  const { month, dayPart } = parts;
  if (!month || !dayPart || month.style !== 'number' || month.start > dayPart.start || day.d > 12 || day.d === day.m) return null;
  const m = NUMERIC_YEAR_LAST.exec(asciiDigits(phrase));
  if (!m || !isValidDay(day.y, day.d, day.m)) return null;
  const swapped = { y: day.y, m: day.d, d: day.m };
  if (wd !== undefined && weekday(day) === wd) return null;
  if (wd !== undefined && weekday(swapped) === wd) return swapped;
  return m[1] === '.' ? swapped : null;
}

/** A week, a month or a year named with no day in it ("next week", "the end of the month", 来月末): a period, not a slot. */
const PERIOD = /\b(?:week|month|year|quarter)\b|週|月|年|旬/i;

function namesPeriod(phrase: string, parts: ReturnType<typeof locateDate>): boolean {
  // 週明け is the Monday that opens the week (dates-chrono.ts), a day.
  // "end of April", "early May", "mid-June": a month named by its name with no day in it is a period too.
  const monthNamed = parts.month !== undefined && parts.month.style !== 'number';
  return !parts.dayPart && parts.wd === undefined && (PERIOD.test(phrase) || monthNamed) && !/\bday\b|日|週明け/i.test(phrase);
}

/**
 * Another reading of a date whose stated weekday does not fit the first one, when exactly that reading fits:
 * - a slash date read day/month ("Tue 10/3" from a British writer is 10 March, a Tuesday, when 3 October is
 *   not), if the swapped day comes next within the year;
 * - the last occurrence of a full date ("先日3月2日（月）" written a few months later: ≤ 200 days back);
 * - the last occurrence of a day of the month alone ("先日3日（火）", "on Tuesday the 3rd we met": this
 *   month's or last month's, ≤ 62 days back).
 * Otherwise the weekday is simply wrong, and any.calendar.weekday-mismatch says so.
 */
function readingThatFits(
  day: Day, wd: number, today: Day, parts: ReturnType<typeof locateDate>, full: boolean, phrase: string,
): { day: Day; swapped?: true } | null {
  const { month, dayPart } = parts;
  const slash = month?.style === 'number' && dayPart && month.end <= dayPart.start && /^[/／.\-]$/.test(phrase.slice(month.end, dayPart.start).trim());
  if (full && slash && !parts.year && day.d <= 12) {
    const swapped = nextOccurrence(day.d, day.m, today);
    if (swapped && weekday(swapped) === wd) return { day: swapped, swapped: true };
  }
  if (full) {
    const before = previousOccurrence(day.m, day.d, today);
    return before && weekday(before) === wd && serial(today) - serial(before) <= 200 ? { day: before } : null;
  }
  // 来月3日（火）: the month is named, relatively — the writer means that month, and a weekday that does not fit
  // it is a mistake to point out, not a hint at a day already past.
  if (!parts.dayPart || parts.month || /(?:先月|今月|来月|再来月)/.test(phrase)) return null;
  for (let back = 0; back <= 2; back++) {
    const m0 = today.m - back;
    const y = m0 >= 1 ? today.y : today.y - 1;
    const m = m0 >= 1 ? m0 : m0 + 12;
    if (!isValidDay(y, m, day.d)) continue;
    const before = { y, m, d: day.d };
    if (serial(before) < serial(today) && serial(today) - serial(before) <= 62 && weekday(before) === wd) return { day: before };
  }
  return null;
}

/** An opening bracket then a zone label, at the end of a text ("… (PT", "…（米国太平洋時間 "). */
const OPEN_LABEL_END = /[（(]\s*[^（()）]{1,16}$/;
/** A zone abbreviation chrono read in mixed case ("Mt", "Et"), the end of its match. */
const MIXED_CASE_TAIL = /\b([A-Z][a-z]{1,3})$/;
const NAME_GOES_ON = /^\.?[ \t]+\p{Lu}\p{Ll}/u;
/**
 * Round 42: "11:00–12:00 Mt Hagen (PNG) time": an abbreviation chrono took for a zone ("Mt", Mountain Time) written in
 * mixed case with a capitalised word after it is the start of a place's name, not a zone.
 */
function placeNameGoesOn(matched: string, after: string): boolean {
  return MIXED_CASE_TAIL.test(matched) && NAME_GOES_ON.test(after);
}
/** What starts a restated slot after a label: a number, a month or a weekday. */
const SLOT_AHEAD = /^[\s:：]*(?:[0-9０-９]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)/i;

/**
 * A zone label opened by a bracket after a time, with a time or a date right after it: it labels the slot it
 * opens ("10:00 (PT 17:00 Feb 16)", 「10:00〜11:00（米国太平洋時間 2月16日…）」), not the time before it.
 */
function labelsWhatFollows(matched: string, after: string): boolean {
  return /[（(]/.test(matched) && !/[）)]/.test(matched) && SLOT_AHEAD.test(after);
}

/**
 * A zone label as matched after a time, without a closing bracket it did not open: in "6pm CET (2am JST) on …"
 * the bracket after JST closes the one before 2am.
 */
function ownLabel(matched: string): string {
  if (/[（(]/.test(matched) || !/[）)]$/.test(matched)) return matched;
  return matched.slice(0, -1).trimEnd();
}

/** An hours mark after a clock: "17:00 hrs", "14.30 h", "09:00 hours". */
const HOURS_MARK = /^\s?(?:hrs|hours|hr|h)\b\.?/i;
/** The last word of a time phrase, where a zone name chrono cut short would start: " East", " (Central". */
const LAST_WORD = /\s[（(]?\p{Lu}\p{L}*$/u;

/** A word that puts a time after it: "at", "by", "until", "before", "after", "from", "around", "to". */
const TIME_PREPOSITION = /\b(?:at|by|until|till|before|after|from|around|to|past|about)\s+$/i;
/** A number and a colon, nothing more: the shape of a list label's end ("案1：", "1:"). */
const LABEL_COLON = /^[0-9０-９]{1,2}\s*[:：]$/;
function timeMention(r: ParsedResult, text: string, start: number, end: number, slotStart = start): TimeMention {
  let s = start;
  let e = end;
  let zoneLabel: string | undefined;
  zoneLabel = zoneAtEnd(text.slice(s, e)) ?? undefined;
  if (zoneLabel) {
    // The label chrono took into the time phrase opens the next slot: the time ends before its bracket.
    const open = OPEN_LABEL_END.exec(text.slice(s, e));
    if (open && labelsWhatFollows(open[0], text.slice(e))) {
      zoneLabel = undefined;
      e = s + open.index;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
    }
  }
  // "17:00 hrs (Santiago time)": the hours mark of a clock belongs to the time; the zone comes after it.
  if (!zoneLabel && /\d[:.]\d{2}$/.test(text.slice(s, e))) {
    const hrs = HOURS_MARK.exec(text.slice(e));
    if (hrs) e += hrs[0].length;
  }
  // "5.30 a.m. East Africa Time": chrono took the first word of a longer zone name as a zone of its own ("East");
  // the whole name read from that word wins.
  const lastWord = !zoneLabel ? LAST_WORD.exec(text.slice(s, e)) : null;
  if (lastWord) {
    const whole = zoneAfter(text.slice(s + lastWord.index));
    if (whole && s + lastWord.index + whole[0].length > e && zoneFromLabel(whole[1]!)) {
      zoneLabel = whole[1];
      e = s + lastWord.index + ownLabel(whole[0]).trimEnd().length;
    }
  }
  if (!zoneLabel) {
    const after = zoneAfter(text.slice(e));
    if (after && !labelsWhatFollows(after[0], text.slice(e + after[0].length))) {
      zoneLabel = after[1];
      // A closing bracket with no opening one closes an earlier bracket ("6pm CET (2am JST) on …"): not ours.
      e += ownLabel(after[0]).trimEnd().length;
    }
  }
  // "4:00 PM Atlantic (Halifax)", "9 am Central (Winnipeg)", "10:00 (Halifax)": a city in brackets after the zone's
  // or region's name, or right after the time, is the clock — the city's zone, the whole taken as the label.
  let city: ReturnType<typeof cityInBracketAfter> = null;
  if (!zoneLabel || zoneLabel === text.slice(s, e).slice(-zoneLabel.length)) {
    city = cityInBracketAfter(text.slice(e));
    if (city && city.region && zoneLabel) city = null;
    if (city) e += city.length;
  }
  // "19:30 (giờ Việt Nam)", "10:00 北京时间", "14h heure de Paris": a zone named in any language.
  if (!zoneLabel && !city) {
    const foreign = foreignZoneAfter(text.slice(e));
    if (foreign) {
      zoneLabel = foreign.label;
      e += foreign.length;
    }
  }
  // A label before the slot governs it: 日本時間の14時, "Tokyo time 10:00", and across the slot's own date,
  // 「日本時間2月17日（水）10:00」 (the time's span stays the time).
  const beforeTime = zoneBefore(text.slice(0, s));
  const beforeSlot = !beforeTime && slotStart < s ? zoneBefore(text.slice(0, slotStart)) : null;
  if (!zoneLabel && beforeTime) {
    zoneLabel = beforeTime.label;
    s = beforeTime.index;
  } else if (!zoneLabel && beforeSlot) {
    zoneLabel = beforeSlot.label;
  } else if (!zoneLabel) {
    const lead = zoneLeadPattern().exec(text.slice(s, e));
    if (lead) zoneLabel = lead[1];
  }
  // "from Tel Aviv (09:00 IST)": the place named right before the bracket is the time's clock.
  const place = placeOpeningBracket(text.slice(Math.max(0, s - 32), s));
  if (place) zoneLabel = place;
  let zone = city ? city.zone : zoneLabel ? zoneFromLabel(zoneLabel) ?? undefined : undefined;
  // "20:00 Leipzig time", "19:00–20:30 in Celaya", 「グアダラハラ時間の前日20:00」: a place the tables do not know is
  // still another place's clock — not Tokyo's, and not judged.
  if (!zone && !zoneLabel) {
    const unknownAfter = unknownPlaceAfter(text.slice(e));
    const unknownBefore = unknownAfter ? null : unknownPlaceBefore(text.slice(0, s)) ?? (slotStart < s ? unknownPlaceBefore(text.slice(0, slotStart)) : null);
    if (unknownAfter) e += unknownAfter.length;
    const label = unknownAfter?.label ?? unknownBefore;
    if (label) zone = { kind: 'elsewhere', label };
  }
  // chrono reads a zone of its own only from what follows the time; one that opens the next slot is not it.
  const chronoZone = r.start.isCertain('timezoneOffset') && !OPEN_LABEL_END.test(text.slice(0, r.index + r.text.length).trimEnd()) &&
    !placeNameGoesOn(r.text, text.slice(r.index + r.text.length));
  if (!zone && chronoZone) {
    zone = { kind: 'offset', minutes: r.start.get('timezoneOffset')!, label: '' };
  }
  const from = { h: r.start.get('hour')!, min: r.start.get('minute') ?? 0 };
  const to = r.end?.isCertain('hour') ? { h: r.end.get('hour')!, min: r.end.get('minute') ?? 0 } : undefined;
  // 夕方6時, 夜7時: a time of day that chrono reads as the morning hour.
  const evening = EVENING.exec(text.slice(Math.max(0, s - 4), s));
  if (evening && from.h >= 1 && from.h < 12 && /時/.test(text.slice(s, e))) {
    // 深夜2時, 夜中の3時, 夜1時: the small hours stay the morning's clock (a night-time window, 02:00); 深夜11時 is 23:00.
    if (from.h > (evening[1] ? SMALL_HOURS_LAST : NIGHT_LAST_HOUR)) {
      from.h += 12;
      if (to && to.h < 12) to.h += 12;
    }
    s -= evening[0].length;
  }
  // "2:30-3:30 pm": a range with its meridiem written once, after the end, is all in the afternoon when the
  // start fits there before the end (not "11-1 pm" or "9-5 pm", which start in the morning).
  if (to && from.h < 12 && to.h >= 12 && from.h * 60 + from.min + 720 <= to.h * 60 + to.min && SHARED_PM.test(text.slice(s, e))) from.h += 12;
  const phrase = text.slice(s, e);
  // Round 44: to and zone set after the literal, not spread before its last property (V8's slow path, as dateMention).
  const mention: TimeMention = { start: s, end: e, text: phrase, from, style: timeStyle(phrase) };
  if (to) mention.to = to;
  if (zone) mention.zone = zone;
  return mention;
}

/** A clock range whose first clock has no meridiem and whose second is pm: "2:30-3:30 pm", "2 to 3pm". */
const SHARED_PM = /^\d{1,2}(?::\d{2})?(?:\s?[-–—]\s?|\s(?:to|till|until)\s)\d{1,2}(?::\d{2})?\s?[pP]\.?[mM]\b/;

/** The end of a code's number chrono read as an hour before a date: "5-22 on Thursday", "E-12, Thursday". */
const CODE_NUMBER_LEAD = /^[0-9０-９]{1,4}\s?(?:on\s|,\s?)?/i;
/** A clock written with a mark of its own: 14:00, 14時, 2pm, noon, half past, o'clock. */
const CLOCK_MARK = /[:：時]|\d\s*[ap]\.?m\b|\dh(?:[0-5]\d)?\b|\d{4}\s?(?:hrs?|h)\b|\b(?:noon|midnight|half|quarter|o'clock)\b|正午/i;
/** What follows a number that counts something: a unit, a plural noun, a percent, Japanese text. */
const COUNTED = /^\s*(?:%|percent\b|kg\b|t\b|pcs\b|tonnes?\b|tons?\b|units?\b|[a-z]{2,}s\b(?<!\bis|\bwas|\bhas|\bdoes|\bthis|\bus|\bplus)|[ぁ-んァ-ヶ一-龯])/i;

/**
 * The word right before a bare number that labels it as a thing's number: "benches 7–12", "sections 5-9",
 * "Lines 3–4", "chapters 19 to 22", "Room 12". A bare clock stands after a preposition of time, a date or a
 * weekday (at 3, from 10 to 12, Tuesday 10–11), never right after a noun; any word but those is a noun here.
 */
const WORD_BEFORE = /(?:^|[^A-Za-z])([A-Za-z]{2,})\.?\s+$/;
const TIME_WORDS = /^(?:at|from|between|until|till|til|to|by|around|about|after|before|since|or|and|approx|approximately|say|then|than|is|be|are|starting|start|starts|begin|begins|beginning|ending|ends|noon|tomorrow|today|tonight|morning|afternoon|evening|night|jst|time|hours?|hrs|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$/i;

/** A bare number named as a thing's number by the noun before it (WORD_BEFORE): no clock. */
function labelledNumber(text: string, numStart: number): boolean {
  const w = WORD_BEFORE.exec(text.slice(Math.max(0, numStart - 24), numStart));
  if (!w) return false;
  // A zone or an abbreviation in capitals before a bare number ("JST 10-11") may open a clock.
  if (/^[A-Z]{2,5}$/.test(w[1]!)) return false;
  return !TIME_WORDS.test(w[1]!);
}

/** A weekday then a bare number, as chrono read it: "Wednesday 21", "Thu, 22". */
const WEEKDAY_THEN_NUMBER = /^(?:(?:on|for|until|by)\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d{1,2}$/i;

/** A bare number with a month's name right after it: the number is its day ("from 1 July"). */
const DAY_OF_MONTH = /(?<![\d:.])(\d{1,2})(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i;

/** A unit of measure right after a number or a range of numbers: 18〜22℃, 20–25°C, 10-20%, 5〜8度. */
const MEASURED = /^\s*(?:[〜～~\-–—]\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*)?(?:%|％|℃|°|度|ﾟ|percent\b|degrees?\b|deg\b)/i;
/** A unit of length, sound, power, frequency, pressure, speed or mass after a number: "at 3 m", "38 dB", "at 50 Hz". */
const UNIT_AFTER = /^\s?(?:[mckµn]?m|ft|dB|[kM]?W|[kMG]?Hz|[kM]?Pa|bar|psi|rpm|mg|ml)(?![\p{L}\d])/iu;
/** A rate after a number: "at 14.30 m/min", "at 3 per unit", "2 x 3". */
const PER_AFTER = /^\s?(?:[a-zµ]{1,3}\/[a-z]|per\b|a (?:piece|unit|set)\b|[x×]\s?\d)/i;
/** A currency after or before a number: "at 23.00 EUR", "at 19.90 euros", "at $22.50", "€3". */
const PRICE_AFTER = /^\s?(?:EUR|USD|JPY|GBP|CHF|SEK|yen|euros?|dollars?|francs?|kronor)\b/i;
const PRICE_BEFORE = /[$€£¥￥]\s?$/;
/** Digits joined by hyphens on both sides: a phone number (03-1234-5678), a part or version number (7-19-3). */
const HYPHEN_AFTER = /^[\-‐−][0-9０-９]/;
const HYPHEN_BEFORE = /[0-9０-９A-Za-z][\-‐−]$/;
/** A group of a number written with thousands separators: the digits after "50," or before ",000". */
const THOUSANDS_BEFORE = /[0-9０-９][,，]$/;
const THOUSANDS_AFTER = /^[,，][0-9０-９]{3}(?![0-9０-９])/;
/** A phone number's lead: Tel, 電話, TEL:, a plus and a country code. */
const PHONE_LEAD = /(?:\btel|\bphone|\bfax|電話|ＴＥＬ|携帯)[\s:：.]{0,3}$|\+\d{1,3}\s?$|\+$/i;
/** A version: v2.10, ver. 3.1, バージョン2.10. */
const VERSION_LEAD = /(?:\bv|\bver\.?|\bversion|バージョン|ver)\s*$/i;

/**
 * chrono's time that is a measure, a phone number, a part number or a version: "18〜22℃", "at 20–25°C",
 * "03-1234-5678", "v2.10" — whatever the clock-like shape of its digits.
 */
function measureNotClock(text: string, from: number, to: number): boolean {
  const after = text.slice(to, to + 16);
  const before = text.slice(Math.max(0, from - 24), from);
  const digitsAt = /[0-9０-９]/.exec(text.slice(from, to));
  const numStart = digitsAt ? from + digitsAt.index : from;
  // "from 50,000 to 20,000 shots": chrono reads the digits after a thousands comma ("000 to 20") as a clock.
  if (THOUSANDS_BEFORE.test(text.slice(Math.max(0, numStart - 2), numStart)) || THOUSANDS_AFTER.test(after)) return true;
  if (PER_AFTER.test(after) || PRICE_AFTER.test(after) || PRICE_BEFORE.test(text.slice(Math.max(0, numStart - 2), numStart))) return true;
  return MEASURED.test(after) || UNIT_AFTER.test(after) || HYPHEN_AFTER.test(after) || HYPHEN_BEFORE.test(text.slice(Math.max(0, numStart - 2), numStart))
    || PHONE_LEAD.test(text.slice(Math.max(0, numStart - 24), numStart)) || VERSION_LEAD.test(before.slice(-12) + text.slice(from, numStart));
}

/** A number then a signed figure, as a tolerance is written: "23.00 −0.02", "12.50 +0.1/-0". */
const TOLERANCE = /\d\s+[-−+±]\s?0?[.,]\d/;
/** A sign of a diameter or a tolerance right before the number: Ø23.00, ⌀12, ±0.5. */
const TOLERANCE_LEAD = /[Ø⌀ø±]\s?$/;
/** A time written only as a bare decimal, with no colon, 時, am/pm, hours mark or preposition: "23.00", "9.30". */
const DOTTED_ONLY = /^\d{1,2}\.\d{2}$/;
/** The words before a decimal that make it a clock: a preposition of time, a dash of a range, @. */
const DOTTED_LEAD = /(?:\b(?:at|from|until|till|around|between|before|after|since|say)|[-–—~〜@])\s*$/i;
/** What after a decimal makes it a clock: a bracketed zone or place, o'clock, a part of the day. */
const DOTTED_TAIL = /^\s*(?:[（(]|o'clock\b|in the (?:morning|afternoon|evening)\b|tonight\b)/i;

/**
 * A bare decimal read as a clock ("9.30") where the text is about time: a preposition of time before it (a
 * date, a weekday or a range chrono takes into the result itself), or a zone, an hours mark or a part of the day after
 * it. "The tolerance is 23.00", "a ratio of 14.30" are numbers.
 */
function dottedClockInPlace(text: string, r: ParsedResult): boolean {
  const before = text.slice(Math.max(0, r.index - 24), r.index);
  if (DOTTED_LEAD.test(before)) return true;
  const after = text.slice(r.index + r.text.length, r.index + r.text.length + 24);
  return HOURS_MARK.test(after) || zoneAfter(after) !== null || DOTTED_TAIL.test(after);
}

/**
 * A colon that is no clock's: a space after it, or one digit of minutes ("Option 1: 5/14 (Thu)", "Step 2: 3
 * samples", a ratio "1:5"). A list number or a label before a date, or a ratio, is read by chrono as 1:05.
 */
const LOOSE_COLON = /(?<![0-9０-９])[0-9０-９]{1,2}[:：](?:[ \t\u3000]|[0-9０-９](?![0-9０-９]))/;

/**
 * chrono's time that is a bare number counting something: "confirmed at 18 tonnes per month", 「日時を2〜3お知らせ
 * ください」 (two or three of them). A bare number is a clock only in English and only when no unit follows it.
 */
function countNotClock(text: string, r: ParsedResult, lang: 'ja' | 'en'): boolean {
  // "Option 1: 5/14", 「比率 1：5」: a clock's minutes are two digits written tight to the colon.
  if (LOOSE_COLON.test(r.text)) return true;
  if (r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('month')) return false;
  if (measureNotClock(text, r.index, r.index + r.text.length)) return true;
  // "a tolerance of Ø23.00 −0.02 mm": a signed figure after the number (its tolerance) makes it a measure.
  if (TOLERANCE.test(r.text) || TOLERANCE_LEAD.test(text.slice(Math.max(0, r.index - 2), r.index))) return true;
  // "Ø23.00", "a ratio of 14.30": a decimal is a clock only where the text is about time (dottedClockInPlace).
  if (DOTTED_ONLY.test(r.text) && !dottedClockInPlace(text, r)) return true;
  if (CLOCK_MARK.test(r.text)) return false;
  const digits = /[0-9０-９]/.exec(r.text);
  if (lang === 'en' && digits && labelledNumber(text, r.index + digits.index)) return true;
  return lang === 'ja' || COUNTED.test(text.slice(r.index + r.text.length));
}

function toSlots(r: ParsedResult, text: string, today: Day, lang: 'ja' | 'en'): Slot[] {
  let resultEnd = r.index + r.text.length;
  // "10:00 on Feb 17 (PT 17:00 Feb 16)": chrono takes "(PT" as this result's zone; it opens the next slot.
  const open = OPEN_LABEL_END.exec(text.slice(r.index, resultEnd));
  if (open && labelsWhatFollows(open[0], text.slice(resultEnd))) resultEnd = r.index + open.index;
  // "the price from 1 July": chrono reads the bare number before the month's name as an hour; it is the day,
  // and the date starts with it.
  const dayAsHour = r.start.isCertain('hour') && !r.start.isCertain('day') && !CLOCK_MARK.test(r.text) ? DAY_OF_MONTH.exec(r.text) : null;
  if (dayAsHour) {
    // chrono's results are ParsingResults, whose components can be edited.
    const start = r.start as ParsingComponents;
    start.delete(['hour', 'minute', 'meridiem']);
    start.assign('day', Number(dayAsHour[1]));
  }
  // "on Wednesday 21": chrono reads the bare number after a weekday as 21:00; it is the day of the month, read by
  // enWeekdayOrdinal (which yields to this longer reading only when this one is dropped).
  if (r.start.isCertain('hour') && !CLOCK_MARK.test(r.text) && WEEKDAY_THEN_NUMBER.test(r.text)) return [];
  // "at booth 5-22 on Thursday", "booth E-12 on …": the bare number of a code before a date is no clock; the date
  // alone is read by the shorter result chrono gives for it.
  const code = r.start.isCertain('hour') && !CLOCK_MARK.test(r.text) && HYPHEN_BEFORE.test(text.slice(Math.max(0, r.index - 2), r.index))
    ? CODE_NUMBER_LEAD.exec(r.text) : null;
  const [s0, e0] = trimSpan(text, dayAsHour ? r.index + dayAsHour.index : r.index + (code?.[0].length ?? 0), resultEnd);
  if (s0 >= e0) return [];
  const hasTime = r.start.isCertain('hour') && !code && !countNotClock(text, r, lang);
  const hasDate = r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('month');
  let timeStart = e0;
  if (hasTime) {
    const t = TIME_START.exec(text.slice(s0, e0)) ?? DOTTED_CLOCK_START.exec(text.slice(s0, e0));
    timeStart = t ? s0 + t.index + (/^(?:at|@)\s/i.test(t[0]) ? t[0].indexOf(t[0].trim().split(/\s+/)[1]!) : 0) : s0;
  }
  let dateSpan: [number, number] | null = hasDate ? trimSpan(text, s0, timeStart) : null;
  let timeEnd = e0;
  if (hasDate && hasTime && timeStart === s0) {
    // "6pm CET on Thursday, December 11": the time comes first, the date after it.
    const lead = TIME_FIRST.exec(text.slice(s0, e0));
    if (lead) {
      const leadEnd = s0 + lead[0].trimEnd().length;
      const zone = zoneAfter(text.slice(leadEnd, e0));
      // "6pm CET (2am JST) on …": the bracket after JST closes the one before 2am, not a bracket of the label.
      timeEnd = leadEnd + (zone ? ownLabel(zone[0]).length : 0);
      // "7:30 in the morning on Thursday": the part of the day belongs to the time.
      const dayPart = /^\s*(?:in the (?:morning|afternoon|evening)|at night)\b/i.exec(text.slice(timeEnd, e0));
      if (dayPart) timeEnd += dayPart[0].length;
      const gap = /^\s*[）)]?\s*(?:on|,|、|の)?\s*/i.exec(text.slice(timeEnd, e0))!;
      dateSpan = trimSpan(text, timeEnd + gap[0].length, e0);
      if (dateSpan[0] >= dateSpan[1]) dateSpan = null;
    }
  }
  if (dateSpan && dateSpan[0] >= dateSpan[1]) dateSpan = null;
  // "Jan 12 (Mon) at 10:00": chrono reads "(Mon) at 10:00" on its own; the weekday belongs to the date
  // before it (which takes it in), the time is this result's.
  if (dateSpan && hasTime && PAREN_ONLY.test(text.slice(dateSpan[0], dateSpan[1])) && /[0-9０-９]\s*日?$/.test(text.slice(0, dateSpan[0]).trimEnd())) {
    dateSpan = null;
  }

  // A date range: two dates joined by 〜 / から / to (but not a time range on one day).
  const endDay = r.end && (r.end.isCertain('day') || r.end.isCertain('month')) && !hasTime;
  if (dateSpan && endDay) {
    const phrase = text.slice(dateSpan[0], dateSpan[1]);
    const sep = RANGE_SEP.exec(phrase.slice(1));
    if (sep) {
      const cut = dateSpan[0] + 1 + sep.index;
      const a = dateMention(r, r.start, text, dateSpan[0], cut, today, lang, true);
      const b = dateMention(r, r.end!, text, cut + sep[0].length, dateSpan[1], today, lang, true);
      return [a, b].filter((d): d is DateMention => Boolean(d)).map((d) => ({ start: d.start, end: d.end, date: d }));
    }
  }
  if (dateSpan && !hasTime) {
    // "August 14 (Fri)", 3月20日（金曜日）: chrono leaves some bracketed weekdays out.
    const wd = PAREN_WEEKDAY.exec(text.slice(dateSpan[1]));
    if (wd) dateSpan = [dateSpan[0], dateSpan[1] + wd[0].length];
  }
  const date = dateSpan ? dateMention(r, r.start, text, dateSpan[0], dateSpan[1], today, lang, false) : undefined;
  let time = hasTime ? timeMention(r, text, timeStart, timeEnd, dateSpan && dateSpan[0] < timeStart ? dateSpan[0] : timeStart) : undefined;
  // Round 45 (xe-007): "・案1：ブリッジは…", "Q2: …": a number and a colon with no minutes after it labels an item, no clock.
  if (time && LABEL_COLON.test(time.text) && !/^\s*[0-9０-９]/.test(text.slice(time.end))) time = undefined;
  // Round 45 (xg-014): "all sizes except XXL in Midnight": a capitalised "Midnight" inside a sentence, with no word of time
  // before it, names a colour or a product, not twelve at night.
  if (time && !date && /^Midnight$/.test(time.text) && /[a-z,]\s+$/.test(text.slice(0, time.start)) && !TIME_PREPOSITION.test(text.slice(0, time.start))) time = undefined;
  if (!date && !time) return [];
  // "weekend on-call coverage", "weekends": a kind of day, not a date ("this weekend" is one).
  if (date && !time && /^weekends?$/i.test(date.text.trim())) return [];
  // "Would a weekday in October suit you?", "any weekday afternoon": chrono reads "weekday" as the next working day;
  // the word names a kind of day, and the reader picks which (a clock written with it stays a clock).
  if (date && /^(?:on\s+)?(?:(?:this|next|last|past)\s+)?weekdays?\b/i.test(date.text.trim())) return time ? [{ start: time.start, end: time.end, time }] : [];
  // "works Saturdays", "closed on Sundays": a weekday in the plural is every such day, a kind of day, not a date.
  if (date && !time && /^(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days$/i.test(date.text.trim())) return [];
  // "Mr. Sun", "Ms. Wed": a weekday's short name after a title is a person's name, not a day.
  if (date && !time && /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/.test(date.text.trim()) && /\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s*$/.test(text.slice(0, date.start))) return [];
  // A bare 1/2 is a fraction or a ratio as often as a date: trusted only with a weekday or a time, as one end
  // of a range of two such dates (5/3〜5/5), or where only a date can stand (on 7/17, 7/17の打ち合わせ).
  if (date && !time && !date.yearStated && date.statedWeekday === undefined && /^\s*[0-9０-９]{1,2}\s*[/／]\s*[0-9０-９]{1,2}\s*$/.test(date.text)
    && !slashDateInPlace(text, date)) {
    return [];
  }
  const start = Math.min(date?.start ?? Infinity, time?.start ?? Infinity);
  const end = Math.max(date?.end ?? -Infinity, time?.end ?? -Infinity);
  return [{ start, end, ...(date ? { date } : {}), ...(time ? { time } : {}) }];
}

/**
 * The dates annotator for one reference day (facts depend on the text and that day only, so the day is
 * part of the annotator's id and the engine's cache keeps them apart).
 */
export function datesAnnotator(today: string, anchor?: Day, facts?: FactStore): Annotator<DateFacts> {
  const key = anchor ? `>${isoDay(anchor)}` : '';
  const id = `dates@${today.slice(0, 10)}${key}`;
  // Round 44: with the store at hand, a sentence read again from an anchor (当日 after a date of the mail) is not
  // parsed again: its slots before anchoring are those of the unanchored reading, which the store keeps (READ).
  if (anchor && facts) {
    const unanchored = datesAnnotator(today);
    return { id, analyze: (s) => anchoredFrom(facts.of(unanchored, s), s.text, today, anchor) };
  }
  return { id, analyze: (s) => analyzeDates(s.text, today, anchor) };
}

/**
 * The slots of a reading before its anaphors were anchored (analyzeDatesWith's last step), kept on the facts it
 * returns under a symbol (not enumerable: no test, no JSON sees it). anchorAnaphors copies what it changes, so
 * these slots are never written after the reading.
 */
const READ = Symbol('dates before anchoring');

/** `analyzeDates(text, todayIso, anchor)` from the unanchored reading of the same text and day. */
function anchoredFrom(read: DateFacts, text: string, todayIso: string, anchor: Day): DateFacts {
  const before = (read as DateFacts & { [READ]?: Slot[] })[READ];
  // A text without them (no date cue, or read in chunks): as analyzeDates does.
  if (!before) return analyzeDates(text, todayIso, anchor);
  return anchorAnaphors(before, text, parseIsoDay(todayIso), anchor);
}

const PARSERS = createParsers();

/**
 * What a parser of each language needs in its input to read anything at all. Every pattern of the Japanese
 * parsers (chrono's and ours) needs a digit or a character beyond ASCII (a kanji, a kana, a fullwidth digit);
 * every pattern of the English ones an ASCII letter or digit. None has the `u` flag, so under `i` no character
 * beyond ASCII matches an ASCII letter of a pattern. A parser that cannot match returns nothing, so it is not
 * run: the English parser on 「本日はありがとうございました」, the Japanese one on "See you next week".
 * Round 44: a digit alone is no longer enough. On text with no ASCII letter, every reading of the English parsers
 * has a digit with one of - – ~ 〜 ? / . : ： + after it (spaces between): chrono's clocks (10:00, 9.30), ranges
 * (10〜12, its following phase), slash, dotted and ISO dates and the offset a zone refiner adds (21 +09), ours'
 * dotted date; or a year, one space and a number (its year-month-day parser, 2026 4 27). A bare number is a
 * clock only for chrono's time parser, and its unlikely-format filter drops a result that is digits alone; every
 * other pattern of theirs and ours needs a letter. Likewise on text with no character beyond ASCII, the Japanese
 * parsers read only a digit before a colon (spaces between), a slash or bar (its slash date takes "|") or a
 * hyphen (ISO dates): every other pattern needs a kanji, a kana or a fullwidth character. This spares the English
 * parse of a Japanese sentence with a figure (309台, 160件: about 5 % of a cold Japanese analysis) and the
 * Japanese one of an English sentence with a number.
 * tests/unit/calendar/dates-gate.test.ts checks that the slots are those of running both, on every string of
 * the calendar tests and every line of the corpora, and that no parser without its character reads anything.
 */
export const PARSER_NEEDS: Readonly<Record<'ja' | 'en', RegExp>> = {
  ja: /[\u0080-\uffff]|[0-9]\s*[:/|-]/,
  en: /[A-Za-z]|[0-9]\s*[-–~〜?/.:：+]|[0-9]{4}\s[0-9]/,
};

/**
 * "Wed, 5 Aug – 4:00 PM": a dash between a month and a clock separates the date from its time, no range;
 * chrono would take the dash for one and lose the time. Read as a comma (same length).
 */
// (Round 43: the dash first and the look-behind last, ending with the dash: the same matches, as CLOCK_RANGE_AFTER_MONTH.)
const DASH_BEFORE_CLOCK = /[–—-](?=\s\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\b|[AP]\.?M\b|(?<=:\d{2}\s?)))(?<=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s[–—-])/g;

/**
 * "between 10:00 and 12:00": one range of time, which chrono reads as two times (and "10:00 a" as 10am). Its
 * "and" becomes "to " (same length) when a clock stands on both sides, so the range is read as one.
 */
// (Round 43: "and" first and the look-behind last, ending with it: the same matches, as CLOCK_RANGE_AFTER_MONTH.)
const BETWEEN_CLOCKS = /and(?=\s{1,3}\d{1,2}(?::\d{2}|\s?[ap]\.?m\b|\s?[AP]\.?M\b))(?<=\bbetween\s{1,3}\d{1,2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?\s{1,3}and)/gi;

/** The slots of one text (a sentence), offsets relative to it. */
export function analyzeDates(text: string, todayIso: string, anchor?: Day): DateFacts {
  return analyzeDatesWith(text, todayIso, true, anchor);
}

/** `analyzeDates`, or with `gated` false both parsers run on every text that passes the prefilter (for tests). */
export function analyzeDatesWith(text: string, todayIso: string, gated: boolean, anchor?: Day): DateFacts {
  if (!PREFILTER.test(text) && !mayNameDay(text) && !mayNameRunDay(text)) return { slots: [] };
  if (text.length > CHUNK) return { slots: inChunks(text, todayIso, gated) };
  const today = parseIsoDay(todayIso);
  const ref = new Date(today.y, today.m - 1, today.d, 0, 0);
  // Both parsers read every sentence (mail mixes the languages); where their results overlap, the longer
  // reading wins (「2026年2月23日（月）10:00」 over its time alone), Japanese first on a tie.
  const results: Array<{ r: ParsedResult; lang: 'ja' | 'en' }> = [];
  // The text both parsers start from, blanked once (it was worked out again for the second parser):
  // "3 May 2026 be convenient": chrono would read "2026 BE" as a Buddhist-era year (blanked, same length).
  // 「14時から1時間ほど」: a duration, not the end of a range 14:00–1:00 (時 of 時間 blanked, same length).
  // 一時的 / 一時停止 / 一時増強 ("temporary", "a pause", "a temporary boost"): 一時 before a kanji noun is no
  // o'clock either (一時半, 一時頃 and 一時前 stay clocks).
  // "UTC−4" with a minus sign (U+2212): chrono knows only the hyphen, and would read "UTC" alone (same length).
  // 週1日（水曜日）, 月に2日: a count of days a week or a month, not the 1st or the 2nd (日 blanked, same length).
  // Round 35: 来週16日（水）, 今週10日: after a week word the number is the day of the month, not a count.
  const noDurations = readLateClocks(text).replace(/([0-9０-９])時間/g, '$1\u0000間').replace(/((?:(?<![来今先翌次])週|月に|年に)[0-9０-９]{1,2})日/g, '$1\u0000').replace(/一時(?=[一-龯々])(?![半頃迄前])/g, '一\u0000').replace(/−/g, '-');
  for (const lang of ['ja', 'en'] as const) {
    // "August 14 in the afternoon": chrono reads "14 in the afternoon" as 2pm and loses the date; the part of
    // the day after a day of the month is blanked (same length), leaving the date.
    // "from 15 to 17 July", "10–14 May": chrono reads the first number as a clock; it is blanked (same length)
    // and put back as the range's first day (addDayFirstRangeStarts).
    const input = lang === 'en'
      ? noDurations.replace(/(\d\s+)(be)\b/gi, (_m, y: string) => `${y}\u0000\u0000`).replace(DAY_THEN_PART, (_m, d: string, p: string) => d + '\u0000'.repeat(p.length))
        .replace(DAY_FIRST_RANGE, (m, _a: string, last: string) => '\u0000'.repeat(m.length - last.length) + last)
        .replace(DASH_BEFORE_CLOCK, ',').replace(BETWEEN_CLOCKS, 'to ').replace(CLOCK_RANGE_AFTER_MONTH, '\u0000')
      // Fullwidth digits as ASCII (one code unit each, same length): chrono's Japanese parsers open each pattern with a
      // word boundary, (\W|^), that a fullwidth digit itself satisfies, so 「１９時」 opening a line was read from its
      // second digit, as 9時 (and １０：００ as 0:00).
      : asciiDigits(noDurations);
    if (gated && !PARSER_NEEDS[lang].test(input)) continue;
    // A sentence that names no holiday or period is read without the named-day parser (createParsers).
    const parser = gated && !mayNameDay(input) ? PARSERS.unnamed[lang] : PARSERS[lang];
    for (const r of parser.parse(input, ref, { forwardDate: true })) results.push({ r, lang });
  }
  results.sort((x, y) => y.r.text.length - x.r.text.length);
  const slots: Slot[] = [];
  const taken: Array<[number, number]> = [];
  for (const { r, lang } of results) {
    const a = r.index;
    const b = a + r.text.length;
    if (taken.some(([x, y]) => a < y && b > x)) continue;
    const found = toSlots(r, text, today, lang);
    if (found.length === 0) continue;
    taken.push([a, b]);
    slots.push(...found);
  }
  restoreLateClocks(slots, text);
  dropCountsReadAsClocks(slots, text);
  const sorted = dropBoundingTimes(joinDateAndTime(dedupe(slots.sort((x, y) => x.start - y.start)), text), text);
  addEnglishRangeEnds(sorted, text, today);
  addDayFirstRangeStarts(sorted, text, today);
  addJapaneseRangeEnds(sorted, text, today);
  addCandidateDays(sorted, text, today);
  joinWeekdayToDate(sorted, text);
  joinRelativeWeekdayToDate(sorted, text);
  joinNamedDayToDate(sorted, text);
  followingDayOfMonth(sorted, text, today);
  weekSpans(sorted, text);
  markRanges(sorted, text);
  rangeEndsInMonth(sorted, text, today);
  markRestatements(sorted, text);
  zoneByPlaceTopic(sorted, text);
  const facts = anchorAnaphors(sorted, text, today, anchor);
  Object.defineProperty(facts, READ, { value: sorted });
  return facts;
}

/**
 * Round 43 (after the held-out score: wf-005): "I will retire at the end of March, after 22 years with Troodos" — a bare
 * number chrono read as an hour ("after 22") with a unit of count or of time after it is a count, not a clock: the time
 * goes (its date stays).
 */
const COUNT_UNIT_AFTER = /^\s?(?:years?|yrs?|months?|weeks?|days?|percent|%|kg|tons?|tonnes?|pcs|pieces|units|cartons|bags|boxes|cases|people|staff)\b/i;
function dropCountsReadAsClocks(slots: Slot[], text: string): void {
  for (let i = slots.length - 1; i >= 0; i--) {
    const x = slots[i]!;
    if (!x.time || !/^\d{1,2}$/.test(x.time.text.replace(/^\D+/, '')) || !COUNT_UNIT_AFTER.test(text.slice(x.time.end, x.time.end + 12))) continue;
    if (x.date) {
      const { time: _dropped, ...rest } = x;
      slots[i] = { ...rest, end: x.date.end };
    } else slots.splice(i, 1);
  }
}

/** What may stand between a date given by reference and the date it is said to be: 翌日の2月24日, "the day after, Thursday, November 25". */
const APPOSITION = /^\s*(?:(?:の|、|，|,|[（(]|[:：]|となる|にあたる|である|i\.e\.,?|namely)\s*)?$/;

/**
 * Each date given by reference (同日, 翌日, "the Monday after") counted from the date it refers to: the last date
 * before it in the sentence, else `anchor` (the last date of the sentences before). Followed by the date itself
 * (翌日の2月24日（火）) it is that date's apposition and gives way to it; with nothing to count from it is left out
 * — its time, if any, stays — and the facts say so (`open`); 翌週 / 次週 with nothing before stay read from today
 * until then.
 */
function anchorAnaphors(slots: Slot[], text: string, today: Day, anchor: Day | undefined): DateFacts {
  let open = false;
  let last = anchor;
  let lastSpan: Part | undefined;
  const out: Slot[] = [];
  slots.forEach((x, i) => {
    const d = x.date;
    if (d?.anaphor) {
      const next = slots[i + 1]?.date;
      const stated = next && !next.anaphor && !next.relative && APPOSITION.test(text.slice(d.end, next.start));
      if (!stated && !last) open = true;
      if (stated || (!last && !readsFromToday(d.text))) {
        if (x.time) out.push({ start: x.time.start, end: x.time.end, time: x.time });
        return;
      }
      if (last) {
        const day = resolveRelation(d.anaphor, last);
        const from = lastSpan ? { from: { start: lastSpan.start - d.start, end: lastSpan.end - d.start } } : {};
        // A new slot, not the one read (Round 44: the slots before anchoring are kept for other anchors, READ).
        x = { ...x, date: { ...d, day, past: serial(day) < serial(today), ...from } };
      }
    }
    // A period's end (9月19日から23日まで連休) is no day a later 当日 refers to.
    if (x.date && !x.date.vague && !x.date.rangeEnd && !x.restates) {
      last = x.date.day;
      lastSpan = { start: x.date.start, end: x.date.end };
    }
    out.push(x);
  });
  return open ? { slots: out, open: true } : { slots: out };
}

/**
 * A clock past midnight written on the evening's count (「日本時間24:00」, "25:30 JST", 26時): the day's night hours
 * as a Japanese timetable writes them. chrono reads no hour above 23; the hour is handed to it as its morning twin
 * (24→00, same length) and put back above 23 afterwards, so that the time stays on the evening's day and reads
 * as the night it is. Only a clock with its minutes (24:00) or its 時 (not 時間, a duration) counts.
 */
const LATE_CLOCK = /(?<![0-9０-９:：.])(?:2[4-9]|２[４-９])(?=[:：][0-5０-５][0-9０-９](?![0-9０-９])|時(?!間))/g;

function readLateClocks(text: string): string {
  return text.replace(LATE_CLOCK, (h) => `0${Number(asciiDigits(h)) - 24}`);
}

/** Each clock read from a late hour (LATE_CLOCK) gets its hour back: 0:00 written as 24:00 is 24:00. */
function restoreLateClocks(slots: readonly Slot[], text: string): void {
  for (const x of slots) {
    const t = x.time;
    if (!t) continue;
    const late = [...text.slice(t.start, t.end).matchAll(LATE_CLOCK)].map((m) => Number(asciiDigits(m[0])));
    if (late.length === 0) continue;
    if (t.from.h === late[0]! - 24) t.from.h = late.shift()!;
    if (t.to && late.length && t.to.h === late[0]! - 24) t.to.h = late[0]!;
    // "22:00–25:00": the range's end past midnight goes on the same night, after its start.
    else if (t.to && t.to.h < t.from.h && t.from.h >= 24) t.to.h += 24;
  }
}

/** All that joins a slot to its restatement: a bracket, a slash, "=" or an arrow, once the second's zone label is out. */
// Round 42: an arrow too ("21:00 Paramaribo time → Monday 18 May, 09:00 Tokyo time"), the second often on the next line.
// Round 43: or a bar ("09:00–10:00 Tokyo | 18:00–19:00 Tegucigalpa").
const RESTATEMENT_GAP = /^\s*(?:[（(／/=→⇒|｜]|->)[\s:：]*$/;

const sameZone = (a: ZoneRef, b: ZoneRef) =>
  a.kind === b.kind && (a.kind === 'iana' ? a.zone === (b as typeof a).zone : a.kind === 'offset' ? a.minutes === (b as typeof a).minutes : true);

/** How much a slot says on its own: a full date, then a relative one, then the client's zone (Tokyo). */
function weight(x: Slot): number {
  const date = x.date ? (x.date.relative ? 2 : 4) : 0;
  return date + (x.time?.zone?.kind === 'iana' && x.time.zone.zone === 'Asia/Tokyo' ? 1 : 0);
}

/**
 * Two timed slots in different zones written as one ("6pm CET (2am JST) on Thursday", "Tokyo time 10:00 (PT
 * 17:00)", 「日本時間…10:00（米国太平洋時間…17:00）」, "10:00 JST / 2:00 CET"): the same meeting, each time in
 * its own zone. The one that says more (a full date, else the Tokyo time, else the first) stands for both;
 * the other is marked as its restatement.
 */
/**
 * 「2026年11月3日（火）13:00〜14:30 / Tuesday, November 3, 2026, 1:00–2:30 pm JST」: one slot written in
 * Japanese and again in English, the same day and the same clock (or a clock on one half only).
 */
function sameSlotInTwoLanguages(a: Slot, b: Slot): boolean {
  if (!a.date || !b.date || a.date.lang === b.date.lang || a.date.vague || b.date.vague) return false;
  if (a.date.day.y !== b.date.day.y || a.date.day.m !== b.date.day.m || a.date.day.d !== b.date.day.d) return false;
  // One half may leave the time out (「…15:00 JST / Monday, March 22, 2027」).
  if (!a.time || !b.time) return true;
  return a.time.from.h === b.time.from.h && a.time.from.min === b.time.from.min;
}

/** A bracket opened right after a slot with a place's name in it, before a time: （Dhaka 8:00〜9:00）. */
const PLACE_OPENS_BRACKET = /^ {0,3}[（(] ?(\p{Lu}[\p{L}.'-]{0,24}(?: \p{Lu}[\p{L}.'-]{0,24}){0,2}):? ?$/u;
/** A bracket opened right after a slot, then "it is" / "that's" / "i.e.": what follows says the slot again. */
const BRACKET_RESTATING = /^\s*[（(]\s*(?:(?:it|that|this|which)(?:'s|\s+is|\s+will\s+be|\s+would\s+be)\s+(?:(?:at|on)\s+)?|i\.e\.,?\s+|=\s*)?$/i;
/** After a time in that bracket, the place whose clock it is ("in São Paulo") or the writer's own ("for us", "here"). */
const PLACE_AFTER = /^[^()（）]{0,24}?\b(?:in\s+(\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2})|(for\s+(?:us|me|our\s+(?:team|side|office))|here|local\s+time|our\s+time|my\s+time))\b/u;

/**
 * "at 10:00 Tokyo time (it is 22:00 on Tuesday in São Paulo)": a time in brackets right after a zoned slot, with no
 * zone label of its own but the place whose clock it is (or the writer's own) after it, says the same slot again:
 * the zone of that place, or null when it is no restatement.
 */
function restatedInBracket(a: Slot, b: Slot, text: string): ZoneRef | null {
  if (!a.time?.zone || !b.time || b.time.zone) return null;
  const ja = restatedAtPlace(a, b, text);
  if (ja !== undefined) return ja;
  // Round 43 (yd-029): "11:00〜12:00 JST（Dhaka 8:00〜9:00）": the place's name opens the bracket, its clock after it.
  const gap = text.slice(a.end, b.start);
  const opens = gap.length <= 60 ? PLACE_OPENS_BRACKET.exec(gap) : null;
  if (opens) {
    const zone = zoneFromLabel(`${opens[1]!} time`);
    return !zone ? { kind: 'writer', label: opens[1]! } : sameZone(zone, a.time.zone) ? null : zone;
  }
  if (!BRACKET_RESTATING.test(text.slice(a.end, b.start))) return null;
  const m = PLACE_AFTER.exec(text.slice(b.end, b.end + 48));
  if (!m) return null;
  if (m[2]) return { kind: 'writer', label: m[2] };
  const zone = zoneFromLabel(`${m[1]!} time`);
  // "(2:00 in Parma, …)": a place whose clock we do not know is still the slot said again there, on the writer's clock.
  if (!zone) return { kind: 'writer', label: m[1]! };
  return !sameZone(zone, a.time.zone) ? zone : null;
}

/** A place named in Japanese: the local clock (現地, 当地), a katakana name, or a few kanji (中国, 大阪). */
const PLACE_NAME_JA = '(?:現地|当地|[\\p{Script=Katakana}ー・]{2,16}|\\p{Script=Han}{1,4})';
const PLACE_TOPIC_JA = new RegExp(`(?:^|[\\s（(※、])(${PLACE_NAME_JA})(?:の)?(?:時間)?(?:では|だと|は|で)[、，\\s]*$`, 'u');
const SAYS_AGAIN_JA = /^[\s）)]{0,2}(?:です|でございます|となり|になり|にあたり|に当たり)/;
/** Only the end of a range, brackets, spaces or a note mark between the first slot and the place. */
const LEAD_TO_PLACE_JA = /^(?:まで)?[\s（(※]{0,4}$/;

/**
 * A time after a place in topic and before a copula (「カラカスでは14日（水）21:00となります」): the clock of that place (the
 * writer's when the place is a katakana name not known, or 現地 / 当地), or undefined when the text says no such thing.
 */
function placeRestating(before: string, after: string): { zone: ZoneRef; at: number } | undefined {
  const m = PLACE_TOPIC_JA.exec(before);
  if (!m || !SAYS_AGAIN_JA.test(after)) return undefined;
  const place = m[1]!;
  const at = m.index + m[0].indexOf(place);
  if (place === '現地' || place === '当地') return { zone: { kind: 'writer', label: place }, at };
  const zone = zoneFromLabel(`${place}時間`);
  if (zone) return { zone, at };
  return /^[\p{Script=Katakana}ー・]+$/u.test(place) ? { zone: { kind: 'writer', label: place }, at } : undefined;
}

/**
 * Round 43 (vd-006, vd-024): the Japanese of the same — the meeting on Tokyo's clock, then the writer's clock named as a
 * place in topic: 「10:00〜11:00（日本時間）\n※カラカスでは14日（水）21:00となりますが」, 「日本の11時から12時まで（ベネズエラは
 * 22日の22時です）」. Between the two only the end of a range, a bracket or a note mark, and the place with では / は / だと;
 * after the second a copula (です, となります). Returns the place's zone (the writer's when the place is not known), null
 * when the place's clock is the first's, undefined when the text is no such restatement.
 */
function restatedAtPlace(a: Slot, b: Slot, text: string): ZoneRef | null | undefined {
  if (a.time?.zone?.kind !== 'iana' || a.time.zone.zone !== 'Asia/Tokyo') return undefined;
  const gap = text.slice(a.end, b.start);
  const found = placeRestating(gap, text.slice(b.end, b.end + 12));
  if (!found || !LEAD_TO_PLACE_JA.test(gap.slice(0, found.at))) return undefined;
  return sameZone(found.zone, a.time.zone) ? null : found.zone;
}

/**
 * Round 43 (vd-006): 「※カラカスでは14日（水）21:00となりますが」 — a time with no zone of its own after a place in topic and
 * before a copula is on that place's clock, told on its own line as often as beside the Tokyo time: it is judged on it
 * (21:00 in Caracas is 10:00 the next day in Tokyo), as 「ドイツ時間では…」 is. Tokyo's own name changes nothing.
 */
function zoneByPlaceTopic(slots: Slot[], text: string): void {
  for (let i = 0; i < slots.length; i++) {
    const x = slots[i]!;
    if (!x.time || x.time.zone || x.restates) continue;
    const there = placeRestating(text.slice(Math.max(0, x.start - 24), x.start), text.slice(x.end, x.end + 12)) ?? placeLabelsBracket(text.slice(Math.max(0, x.start - 40), x.start));
    if (!there || (there.zone.kind === 'iana' && there.zone.zone === 'Asia/Tokyo')) continue;
    slots[i] = { ...x, time: { ...x.time, zone: there.zone } };
  }
}

/** A bracket opened by a place's name and a colon, right before a slot: "(Santo Domingo: Wed 23 Sep, 9:00–10:00 pm)". */
const PLACE_LABELS_BRACKET = /[（(] ?(\p{Lu}[\p{L}.'-]{0,24}(?: \p{Lu}[\p{L}.'-]{0,24}){0,2}) ?[:：] ?$/u;

/**
 * Round 44 (od-032): "(Santo Domingo: Wed 23 Sep, 9:00–10:00 pm)" under the Tokyo time, on its own line — the place
 * labelling a bracket is whose clock the slot in it is on.
 */
function placeLabelsBracket(before: string): { zone: ZoneRef } | undefined {
  const m = PLACE_LABELS_BRACKET.exec(before);
  // Only a place whose clock is known: a label word ("Note:", "Option 2:") names no clock.
  const zone = m ? zoneFromLabel(`${m[1]!} time`) : undefined;
  return zone ? { zone } : undefined;
}

function markRestatements(slots: Slot[], text: string): void {
  for (let i = 1; i < slots.length; i++) {
    const a = slots[i - 1]!;
    const b = slots[i]!;
    if (a.restates) continue;
    const zone = restatedInBracket(a, b, text);
    if (zone) {
      // The place's zone is the time's own: a move of the slot rewrites this half in that clock.
      slots[i] = { ...b, time: { ...b.time!, zone }, restates: true };
      continue;
    }
    const zones = Boolean(a.time?.zone && b.time?.zone && !sameZone(a.time.zone, b.time.zone));
    const languages = !zones && sameSlotInTwoLanguages(a, b);
    if (!zones && !languages) continue;
    const lead = /^[（(]/.test(text.slice(b.start, b.start + 1)) ? 1 : 0;
    const label = b.time?.zone?.label;
    const gap = text.slice(a.end, b.start + lead).replace(label ?? '', '');
    if (!RESTATEMENT_GAP.test(gap)) continue;
    // Two languages: the first written stands for both (the writer's own, usually the reader's language). When only
    // the second gives the hour ("Wednesday, June 9, 2027 / 2027年6月9日（水） 19:30 (giờ Việt Nam)"), the first
    // takes it: one slot from the first date through that time, judged on both.
    if (languages && !a.time && b.time) slots[i - 1] = { ...a, end: b.end, time: b.time, ...(b.date ? { twin: b.date } : {}) };
    if (!languages && weight(b) > weight(a)) a.restates = true;
    else b.restates = true;
  }
}

/**
 * chrono retries a failed match from the next character, so its cost grows faster than the text on one very
 * long "sentence" (a pasted table, a line with no full stop). Such text is read in windows of at most CHUNK
 * characters cut at a space or a punctuation mark, which keeps the whole linear.
 */
const CHUNK = 600;

function inChunks(text: string, todayIso: string, gated: boolean): Slot[] {
  const out: Slot[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + CHUNK);
    if (end < text.length) {
      const window = text.slice(at + CHUNK / 2, end);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('。'), window.lastIndexOf('. '), window.lastIndexOf('、'), window.lastIndexOf(', '), window.lastIndexOf(' '));
      if (cut >= 0) end = at + CHUNK / 2 + cut + 1;
    }
    for (const x of analyzeDatesWith(text.slice(at, end), todayIso, gated).slots) out.push(shiftSlot(x, at));
    at = end;
  }
  return out;
}

function shiftSlot(x: Slot, by: number): Slot {
  return {
    start: x.start + by,
    end: x.end + by,
    ...(x.date ? { date: { ...x.date, start: x.date.start + by, end: x.date.end + by } } : {}),
    ...(x.time ? { time: { ...x.time, start: x.time.start + by, end: x.time.end + by } } : {}),
    ...(x.twin ? { twin: { ...x.twin, start: x.twin.start + by, end: x.twin.end + by } } : {}),
    ...(x.restates ? { restates: x.restates } : {}),
  };
}

/** "10–14 May", "from 15 to 17 July", "between 10 and 14 May": a day-first range, both days in the month named last. */
const DAY_FIRST_RANGE = /\b(\d{1,2}(?:st|nd|rd|th)?\s*(?:[–—-]|to|and|through|thru|until|till)\s*)(\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\b)/gi;
const DAY_FIRST_START = /(?:^|[^\d])(\d{1,2})(st|nd|rd|th)?(\s*(?:[–—-]|to|and|through|thru|until|till)\s*)$/i;

function addDayFirstRangeStarts(slots: Slot[], text: string, today: Day): void {
  for (let i = 0; i < slots.length; i++) {
    const d = slots[i]!.date;
    if (!d || slots[i]!.time || d.lang !== 'en' || d.vague || d.relative || !d.dayPart || !d.month || d.dayPart.start > d.month.start) continue;
    const before = text.slice(Math.max(0, d.start - 16), d.start);
    const m = DAY_FIRST_START.exec(before);
    if (!m) continue;
    // "and" joins a range only after "between".
    if (/and/i.test(m[3]!) && !BETWEEN.test(text.slice(0, d.start - m[1]!.length - (m[2]?.length ?? 0) - m[3]!.length))) continue;
    const end = d.start - m[3]!.length;
    const start = end - m[1]!.length - (m[2]?.length ?? 0);
    const prev = slots[i - 1];
    if (prev && prev.end > start) continue;
    const n = Number(m[1]);
    if (n >= d.day.d) continue;
    const day = { y: d.day.y, m: d.day.m, d: n };
    const first: DateMention = {
      start, end, text: text.slice(start, end), day, yearStated: false, past: serial(day) < serial(today),
      relative: false, vague: false, rangeEnd: true, lang: 'en',
      dayPart: { start: 0, end: end - start, ordinal: Boolean(m[2]), padded: false },
      fullwidth: false,
    };
    d.rangeEnd = true;
    slots.splice(i, 0, { start, end, date: first });
    i++;
  }
}

/** Two slash dates joined into a range: 5/3〜5/5, 7/17-7/19, 5/1から5/6. */
const SLASH_RANGE_AFTER = /^\s*(?:[〜～~\-–—]|から)\s*[0-9０-９]{1,2}\s*[/／]\s*[0-9０-９]{1,2}(?![0-9０-９/／])/;
const SLASH_RANGE_BEFORE = /(?<![0-9０-９/／])[0-9０-９]{1,2}\s*[/／]\s*[0-9０-９]{1,2}\s*(?:[〜～~\-–—]|から)\s*$/;
/** What only a date stands next to: "on 7/17", 「7/17の」「7/17に」… followed by a meeting-like noun or a day's part. */
const SLASH_ON = /\b(?:on|for|until|from)\s+$/i;
/** A weekday right before the bracket that holds it: 来週の日曜（11/22）, "Sunday (11/22)". */
const SLASH_AFTER_WEEKDAY = /(?:曜日?|day)\s*[（(]\s*$/i;
const SLASH_JA_AFTER = /^\s*(?:[（(]\s*[日月火水木金土]|の|に|は|で|から|まで|以降|ごろ|頃|前後)/;
/** A fraction that reads as one: 1/2, 2/3, 3/4 of something (1/2の量, 1/3に削減). */
const SMALL_FRACTION = /^\s*([1-3])\s*[/／]\s*([2-4])\s*$/;

/** A bare slash date (no weekday, no time, no year) where the words around it make it a date. */
function slashDateInPlace(text: string, date: DateMention): boolean {
  const a = asciiDigits(date.text);
  const frac = SMALL_FRACTION.exec(a);
  if (frac && Number(frac[1]) < Number(frac[2])) return false;
  const after = text.slice(date.end, date.end + 24);
  const before = text.slice(Math.max(0, date.start - 24), date.start);
  return SLASH_RANGE_AFTER.test(after) || SLASH_RANGE_BEFORE.test(before) || SLASH_ON.test(before) || SLASH_AFTER_WEEKDAY.test(before) || SLASH_JA_AFTER.test(after);
}

/**
 * 「7月16日〜20日」「5月1日から5日まで」「７月１６日～２０日（月）」: chrono reads the first day and leaves the day
 * after 〜 / から out. That day is the range's end, in the first one's month (or the next one, when it is smaller:
 * 1月30日〜2日), or in the month it names (7月31日〜8月2日).
 */
const JA_RANGE_DAY = /^(\s*(?:[〜～~\-–—]|から)\s*)(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日(\s*[（(]\s*([日月火水木金土])(?:曜日?)?\s*[）)])?/;

/**
 * A second candidate written as a day alone after a full date, joined by か / と / または / 、 / or / and:
 * 「2月8日か11日の午後」, 「5月6日、7日、3日のいずれか」, "May 4 or 6", "April 28 or the 29th". The day is in the
 * first date's month. Groups: the joiner (with a bracketed weekday of the first date), the day, its weekday.
 */
const JA_CANDIDATE_DAY = /^( ?(?:[（(][^）)]{1,4}[）)])? ?(?:か|と|または|もしくは|あるいは|ないし|、|，|・|や) ?)(\d{1,2}) ?日(?: ?[（(]([日月火水木金土])(?:曜日?)?[）)])?(?![間目中以後前分])/;
const EN_CANDIDATE_DAY = /^(,? (?:or|and|\/) (?:the )?)(\d{1,2})(?:st|nd|rd|th)?\b(?=[,.?!;:)]|$| (?:or|and|at|would|could|works?|is|in the|from|for)\b)/i;

function addCandidateDays(slots: Slot[], text: string, today: Day): void {
  for (let i = 0; i < slots.length; i++) {
    const d = slots[i]!.date;
    if (!d || slots[i]!.time || d.vague || d.rangeEnd) continue;
    // The month written, or inherited by the candidate before (the chain 6日、7日、3日).
    if (!d.month && !(d.dayPart && i > 0 && slots[i - 1]!.date?.day.m === d.day.m && slots[i - 1]!.end <= d.start && text.slice(slots[i - 1]!.end, d.start).length <= 6)) continue;
    const after = asciiDigits(text.slice(d.end, d.end + 24));
    const m = (d.lang === 'ja' ? JA_CANDIDATE_DAY : EN_CANDIDATE_DAY).exec(after);
    if (!m) continue;
    const start = d.end + m[1]!.length;
    const end = d.end + m[0].length;
    const n = Number(m[2]);
    if (!isValidDay(d.day.y, d.day.m, n) || n === d.day.d) continue;
    const day = { y: d.day.y, m: d.day.m, d: n };
    const next = slots[i + 1];
    if (next && next.start < end) {
      // 「5月6日、もしくは3日の14時」: the day read alone (in today's month) is the candidate; it takes the month.
      const nd = next.date;
      if (!nd || nd.start !== start || nd.month || nd.vague || nd.rangeEnd || nd.day.d !== n) continue;
      next.date = { ...nd, day, past: serial(day) < serial(today) };
      continue;
    }
    const phrase = text.slice(start, end);
    const parts = locateDate(phrase, day);
    const { wd, ...rest } = parts;
    const mention: DateMention = {
      ...rest,
      ...(rest.dayPart ? {} : { dayPart: { start: 0, end: String(n).length, ordinal: false, padded: false } }),
      start, end, text: phrase, day, yearStated: false, past: serial(day) < serial(today),
      ...(m[3] ? { statedWeekday: '日月火水木金土'.indexOf(m[3]) } : {}),
      relative: true, vague: false, rangeEnd: false, lang: d.lang,
    };
    slots.splice(i + 1, 0, { start, end, date: mention });
  }
}

/** All that may stand between a weekday written alone and the date it names: a comma or a space. */
const WEEKDAY_TO_DATE = new Set(['', ',', '、', '，']);

/**
 * A date's year, month and day parts moved `by` characters, for a date that now starts at the weekday written before
 * it (its parts are read relative to the date's start): only the parts it has, so none turns up as undefined.
 */
function partsMovedBy(d: DateMention, by: number): Pick<DateMention, 'year' | 'month' | 'dayPart'> {
  const move = <T extends Part>(p: T): T => ({ ...p, start: p.start + by, end: p.end + by });
  return {
    ...(d.year ? { year: move(d.year) } : {}),
    ...(d.month ? { month: move(d.month) } : {}),
    ...(d.dayPart ? { dayPart: move(d.dayPart) } : {}),
  };
}

/**
 * A weekday written alone right before a date in the other script ("Friday, 5月20日", 「金曜日 May 20」): the
 * parsers read them apart (the weekday as the next such day); it is the weekday the writer gives the date.
 */
function joinWeekdayToDate(slots: Slot[], text: string): void {
  for (let i = 0; i + 1 < slots.length; i++) {
    const a = slots[i]!;
    const b = slots[i + 1]!;
    const wd = a.date;
    const d = b.date;
    if (a.time || !wd?.weekday || !wd.relative || wd.vague || wd.dayPart || wd.month) continue;
    if (!d || d.relative || d.vague || d.rangeEnd || d.statedWeekday !== undefined || d.lang === wd.lang) continue;
    if (!WEEKDAY_TO_DATE.has(text.slice(a.end, d.start).trim())) continue;
    const date: DateMention = {
      ...d,
      start: wd.start, text: text.slice(wd.start, d.end),
      statedWeekday: wd.statedWeekday ?? weekday(wd.day),
      weekday: wd.weekday,
      ...partsMovedBy(d, d.start - wd.start),
    };
    slots.splice(i, 2, { ...b, start: wd.start, date });
  }
}

/**
 * 「2月23日は祝日のため、翌24日（水）に…」: a day of the month written with 翌 after a date is the next such day after
 * that date (February 24), not the next 24th from today.
 */
function followingDayOfMonth(slots: Slot[], text: string, today: Day): void {
  for (let i = 1; i < slots.length; i++) {
    const d = slots[i]!.date;
    const prev = slots[i - 1]!.date;
    if (!d || !prev || d.month || !d.dayPart || prev.vague || !prev.month || text[d.start - 1] !== '翌') continue;
    let { y, m } = prev.day;
    if (d.day.d <= prev.day.d) {
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    if (!isValidDay(y, m, d.day.d)) continue;
    const day = { y, m, d: d.day.d };
    slots[i]!.date = { ...d, day, past: serial(day) < serial(today) };
  }
}

/** What joins a day's name to the date written beside it: 秋分の日（9月23日）, 成人の日の週明け、1月11日, 海の日の7月19日, Marine Day, July 20. */
const NAME_TO_DATE = /^\s*(?:[（(、,，:：の]\s*)?$/;
/** What makes a named day with its date a bound of another: 明け, まで, 以降, 前, 後. */
const BOUND_AFTER_NAME = /^\s*(?:明け|まで|迄|以降|以前|以後|の?前|の?後)/;
/** A date then its day's name beside it: 9月23日（秋分の日）, July 20 (Marine Day), "Monday, July 20, Marine Day". */
const DATE_TO_NAME = /^\s*(?:[（(、,，]\s*)?$/;

/**
 * A day's name and the date written beside it are one date (秋分の日（9月23日）, 「成人の日の週明け、1月11日（月）」):
 * the date written is the day, the name its label, and the whole is rewritten as one date. A name in brackets or
 * after a comma following the date (9月23日（秋分の日）) labels it and is no second date.
 */
function joinNamedDayToDate(slots: Slot[], text: string): void {
  for (let i = 0; i + 1 < slots.length; i++) {
    const a = slots[i]!;
    const b = slots[i + 1]!;
    const written = (d: DateMention | undefined) => d && !d.named && !d.vague && !d.rangeEnd && d.month && d.dayPart;
    if (a.date?.named && !a.date.span && !a.time && written(b.date) && NAME_TO_DATE.test(text.slice(a.end, b.date!.start))) {
      const d = b.date!;
      const close = /^\s*[）)]/.exec(text.slice(d.end));
      const bracket = /[（(]/.test(text.slice(a.end, d.start));
      if (bracket && !close) continue;
      const end = close && !b.time ? d.end + close[0].length : d.end;
      // 成人の日（1月12日）明けの…: the name and its date only bound another day; the date alone is read (a closure told).
      if (BOUND_AFTER_NAME.test(text.slice(end))) {
        slots.splice(i, 1);
        i--;
        continue;
      }
      const date: DateMention = { ...d, start: a.date.start, end, text: text.slice(a.date.start, end), relative: true, named: true, ...partsMovedBy(d, d.start - a.date.start) };
      slots.splice(i, 2, { ...b, start: a.start, end: Math.max(b.end, end), date });
    } else if (b.date?.named && !b.date.span && !b.time && written(a.date) && DATE_TO_NAME.test(text.slice(a.end, b.start))) {
      slots.splice(i + 1, 1);
      i--;
    }
  }
}

/** A bracket that opens right after a relative weekday and holds its date: 今週土曜日（11月14日）, "this Saturday (14 Nov)". */
const BRACKET_OPEN = /^\s*[（(]\s*$/;
const BRACKET_CLOSE = /^\s*[）)]/;
/** The date given after a comma instead: 「今週の土曜、11月14日に」. */
const APPOSITIVE = /^\s*[、,，]\s*$/;
/** What may stand between such a date and its time: 「（11月14日）の9時」, "(14 Nov) at 10am", "(Nov 14), 3pm". */
const BRACKET_TO_TIME = /^\s*(?:(?:の|、|,|at|@|from)\s*)?$/i;

/**
 * A relative weekday followed by the date it names, in brackets or after a comma (今週土曜日（11月14日）, 来週の日曜
 * （11/22）, "this Saturday (14 Nov)", "next Sunday, Nov 22"): one date, the writer's weekday stated for the date
 * written — one slot, judged once, and a wrong weekday is the writer's slip (weekday-mismatch), not a second day.
 */
function joinRelativeWeekdayToDate(slots: Slot[], text: string): void {
  for (let i = 0; i + 1 < slots.length; i++) {
    const a = slots[i]!;
    const b = slots[i + 1]!;
    const wd = a.date;
    const d = b.date;
    if (a.time || !wd?.weekday || !wd.relative || wd.vague || wd.dayPart || wd.month || wd.rangeEnd) continue;
    if (!d || d.relative || d.vague || d.rangeEnd || d.statedWeekday !== undefined || !d.month || !d.dayPart) continue;
    // A slash date is in no script: "Saturday (11/14)" is read by the Japanese parser.
    if (d.lang !== wd.lang && !/^[0-9０-９\s/／]+$/.test(d.text)) continue;
    const gap = text.slice(a.end, d.start);
    const bracketed = BRACKET_OPEN.test(gap);
    if (!bracketed && !APPOSITIVE.test(gap)) continue;
    const close = bracketed ? BRACKET_CLOSE.exec(text.slice(d.end)) : null;
    if (bracketed && !close) continue;
    const end = close ? d.end + close[0].length : d.end;
    // A time inside the bracket is not this form; one after it (今週土曜日（11月14日）の9時) joins the date.
    if (b.time && b.time.start < end) continue;
    const date: DateMention = {
      ...d,
      start: wd.start, end, text: text.slice(wd.start, end),
      lang: wd.lang,
      statedWeekday: weekday(wd.day),
      weekday: wd.weekday,
      ...(wd.weekday.start > 0 ? { lead: { start: 0, end: wd.weekday.start } } : {}),
      ...partsMovedBy(d, d.start - wd.start),
    };
    const { restates: _restates, ...rest } = b;
    const joined: Slot = { ...rest, start: wd.start, end: Math.max(b.end, end), date };
    // 今週土曜日（11月14日）の9時から, "this Saturday (14 Nov) at 10am": the time right after the bracket is the date's.
    const next = slots[i + 2];
    if (!joined.time && next?.time && !next.date && !next.restates && BRACKET_TO_TIME.test(text.slice(end, next.start))) {
      slots.splice(i, 3, { ...joined, end: next.end, time: next.time });
    } else slots.splice(i, 2, joined);
  }
}

function addJapaneseRangeEnds(slots: Slot[], text: string, today: Day): void {
  for (let i = 0; i < slots.length; i++) {
    const d = slots[i]!.date;
    if (!d || slots[i]!.time || d.vague || d.relative || !d.month || d.month.style !== 'number') continue;
    const after = asciiDigits(text.slice(d.end, d.end + 24));
    const m = JA_RANGE_DAY.exec(after);
    if (!m) continue;
    const start = d.end + m[1]!.length;
    const end = d.end + m[0].length;
    const next = slots[i + 1];
    if (next && next.start < end) continue;
    const n = Number(m[3]);
    let month = m[2] ? Number(m[2]) : d.day.m;
    let year = d.day.y;
    if (!m[2] && n <= d.day.d) month += 1;
    if (month < d.day.m || month > 12) {
      month = month > 12 ? month - 12 : month;
      year += 1;
    }
    if (!isValidDay(year, month, n)) continue;
    const day = { y: year, m: month, d: n };
    if (serial(day) <= serial(d.day) || serial(day) - serial(d.day) > 62) continue;
    const phrase = text.slice(start, end);
    const parts = locateDate(phrase, day);
    const { wd, ...rest } = parts;
    const last: DateMention = {
      ...rest,
      start, end, text: phrase, day, yearStated: false, past: serial(day) < serial(today),
      ...(wd !== undefined && wd >= 0 && parts.dayPart ? { statedWeekday: wd } : {}),
      relative: !parts.month, vague: false, rangeEnd: true, lang: 'ja',
    };
    d.rangeEnd = true;
    slots.splice(i + 1, 0, { start, end, date: last });
    i++;
  }
}

/**
 * The end of a range written as a day alone (12月28日〜30日（水）, or with the hours after it) is read by chrono in
 * today's month; it is in the first day's month (or the next).
 */
function rangeEndsInMonth(slots: Slot[], text: string, today: Day): void {
  for (let i = 0; i + 1 < slots.length; i++) {
    const a = slots[i]!.date;
    const b = slots[i + 1]!.date;
    // 「10月21日（水）〜24日（土）10:00〜17:00」: the last day with the daily hours after it is chrono's slot with a
    // time (not marked as a range end), still a day of the first day's month.
    if (!a || !b || !a.rangeEnd || (!b.rangeEnd && !slots[i + 1]!.time) || a.relative || !b.relative || b.month || !b.dayPart) continue;
    if (!RANGE_GAP.test(text.slice(a.end, b.start))) continue;
    const n = b.day.d;
    let y = a.day.y;
    let m = a.day.m;
    if (n <= a.day.d) {
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    if (!isValidDay(y, m, n)) continue;
    const day = { y, m, d: n };
    if (serial(day) === serial(b.day)) continue;
    b.day = day;
    b.past = serial(day) < serial(today);
    // The timed last day is the range's end, as the untimed one is.
    b.rangeEnd = true;
  }
}

/** A verb of another event's start or end right before its time: "your line starts at", "the plant closes at". */
const EVENT_EDGE_EN = /\b(?:starts?|begins?|opens?|closes?|ends?|finishes|leaves?|departs?|lands?|takes? off|shuts? down|kicks? off)\s+(?:at\s+|around\s+|by\s+)?(?:about\s+)?$/i;
/** The conjunction that makes that event a bound of the meeting: before, after, until, once, when. */
const BOUND_CONJ_EN = /\b(?:before|after|until|till|once|when|as soon as|by the time)\b/i;
/** 「9時の始業前に」「8時に始まる前に」「12時のお昼休憩の前に」「17時の終業後」: the time of another event that bounds the meeting. */
const EVENT_EDGE_JA = /^(?:の|に|から)?[^、。,.0-9０-９]{0,12}?(?:始業|始ま|開始|休憩|昼休み|終業|終わ|出発|便|開場|開店|閉店|閉まる|着く|到着)[^、。,.0-9０-９]{0,6}?(?:前|後|まで)/;

/** A meeting noun inside the words after a time: 「19時の打ち合わせの前に」 is the meeting's own time. */
const MEETING_NOUN_JA = /打ち?合わ?せ|会議|ミーティング|面談|商談|訪問|お電話/;

/** The time [from, to) of `text` is the start or end of another event that bounds the meeting, not its slot. */
function boundsOtherEvent(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 60), from);
  const edge = EVENT_EDGE_EN.exec(before);
  if (edge) {
    const clause = before.slice(0, edge.index);
    const cut = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'), clause.lastIndexOf('.'));
    if (BOUND_CONJ_EN.test(clause.slice(cut + 1))) return true;
  }
  const after = text.slice(to, to + 24);
  const ja = EVENT_EDGE_JA.exec(after);
  return ja !== null && !MEETING_NOUN_JA.test(ja[0]);
}

/**
 * A time that bounds another event ("before your line starts at 7:00", 「8時の始業前に」) is taken out of its
 * slot: the slot keeps its date, or goes when it had none.
 */
function dropBoundingTimes(slots: Slot[], text: string): Slot[] {
  const out: Slot[] = [];
  for (const x of slots) {
    if (!x.time || !boundsOtherEvent(text, x.time.start, x.time.end)) out.push(x);
    else if (x.date) out.push({ start: x.date.start, end: x.date.end, date: x.date });
  }
  return out;
}

/** A date alone followed by a time alone, with nothing but "at" or a comma between: one slot. */
function joinDateAndTime(slots: Slot[], text: string): Slot[] {
  const out: Slot[] = [];
  for (const s of slots) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, s.start).trim() : '';
    if (prev?.date && !prev.time && s.time && !s.date && DATE_TIME_GAP.test(gap)) {
      out[out.length - 1] = { start: prev.start, end: s.end, date: prev.date, time: s.time };
    } else if (prev?.time && !prev.date && s.date && !s.time && !s.date.rangeEnd && TIME_DATE_GAP.test(gap)) {
      // "7:30 am Tokyo time on Thursday, June 17": the time first, its day after it.
      out[out.length - 1] = { start: prev.start, end: s.end, date: s.date, time: prev.time };
    } else out.push(s);
  }
  return out;
}

/** Slots that overlap after widening (a bracketed weekday) keep the first. */
function dedupe(slots: Slot[]): Slot[] {
  const out: Slot[] = [];
  for (const s of slots) if (!out.some((o) => s.start < o.end && o.start < s.end)) out.push(s);
  return out;
}

/** A weekday alone: a weekday written, no day of the month and no month (Monday, 月曜, 金). */
const weekdayOnly = (d: DateMention | undefined): d is DateMention => !!d && !!d.weekday && !d.dayPart && !d.month && !d.anaphor;
/** Range words between two weekdays, or inside one mention that holds both (Monday to Friday, 月曜から金曜, Mon–Fri). */
const WEEK_SPAN_GAP = /^\s*(?:[〜～~\-–—]|から|to|through|thru|until|till)\s*$/i;
const WEEK_SPAN_INSIDE = /(?:[〜～~\-–—]|から|\bto\b|\bthrough\b|\bthru\b)/i;

/**
 * Round 35: "Monday to Friday", 月曜から金曜, "Mon–Fri": two weekdays joined as a range are a span of every week (the
 * working days of a service, of an office), not two days — nor is either end a day anyone proposes. Both ends become a
 * period (vague), with whatever time they carry ("9:00–18:00 JST, Monday to Friday").
 */
function weekSpans(slots: Slot[], text: string): void {
  slots.forEach((s, i) => {
    const d = s.date;
    if (!weekdayOnly(d)) return;
    const inside = d.text.slice(d.weekday!.end);
    if (WEEK_SPAN_INSIDE.test(inside) && /[月火水木金土日]曜?|\b(?:mon|tue|wed|thu|fri|sat|sun)/i.test(inside)) {
      d.vague = true;
      return;
    }
    const next = slots[i + 1]?.date;
    if (!weekdayOnly(next) || !WEEK_SPAN_GAP.test(text.slice(d.end, next.start))) return;
    d.vague = true;
    next.vague = true;
  });
}

/** Dates that are the ends of a range (a closure, a period), which no one proposes as a meeting slot. */
function markRanges(slots: Slot[], text: string): void {
  slots.forEach((s, i) => {
    const d = s.date;
    if (!d || s.time) return;
    if (RANGE_AFTER.test(text.slice(d.end))) d.rangeEnd = true;
    const next = slots[i + 1]?.date;
    if (!next || slots[i + 1]!.time) return;
    const gap = text.slice(d.end, next.start);
    if (RANGE_GAP.test(gap) && (!/^\s*and\s*$/i.test(gap) || BETWEEN.test(text.slice(0, d.start)))) {
      d.rangeEnd = true;
      next.rangeEnd = true;
    }
  });
}

/**
 * "December 28–30", "between December 28 and 30": chrono reads the first day and leaves the bare day after
 * an en dash (spaced or not) or after "and" out. That day is the range's end, in the first one's month.
 */
const EN_RANGE_DAY = /^(\s*(?:[–—-]|to|through|thru|until|till)\s*(?:the\s+)?)(\d{1,2})(st|nd|rd|th)?\b(?!\s*[:：.]\s*\d)/i;
const EN_BETWEEN_DAY = /^(\s*and\s+(?:the\s+)?)(\d{1,2})(st|nd|rd|th)?\b(?!\s*[:：.]\s*\d)/i;

function addEnglishRangeEnds(slots: Slot[], text: string, today: Day): void {
  for (let i = 0; i < slots.length; i++) {
    const d = slots[i]!.date;
    if (!d || slots[i]!.time || d.lang !== 'en' || d.vague || d.relative) continue;
    const after = text.slice(d.end, d.end + 24);
    const m = EN_RANGE_DAY.exec(after) ?? (BETWEEN.test(text.slice(0, d.start)) ? EN_BETWEEN_DAY.exec(after) : null);
    if (!m) continue;
    const start = d.end + m[1]!.length;
    const end = start + m[2]!.length + (m[3]?.length ?? 0);
    const next = slots[i + 1];
    if (next && next.start < end) continue;
    const n = Number(m[2]);
    if (n <= d.day.d || !isValidDay(d.day.y, d.day.m, n)) continue;
    const day = { y: d.day.y, m: d.day.m, d: n };
    const last: DateMention = {
      start, end, text: text.slice(start, end), day, yearStated: false, past: serial(day) < serial(today),
      relative: false, vague: false, rangeEnd: true, lang: 'en',
      dayPart: { start: 0, end: m[2]!.length + (m[3]?.length ?? 0), ordinal: Boolean(m[3]), padded: false },
      fullwidth: false,
    };
    d.rangeEnd = true;
    slots.splice(i + 1, 0, { start, end, date: last });
    i++;
  }
}
