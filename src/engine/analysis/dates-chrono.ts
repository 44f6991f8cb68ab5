// chrono-node configured for business mail: its English and Japanese casual parsers, plus small parsers
// for the Japanese forms chrono does not read (来週火曜日, 再来週, 明後日, 月末, 年明け, 週明け, 来月10日,
// 10日（水）) and for "the week after next". Each resolves against the reference day chrono is given.
// Named imports of the two locales, so that a bundler can leave the other thirteen out.
import { en, ja, type Chrono, type Parser, type ParsingContext, type Refiner } from 'chrono-node';
import { EN_ANAPHOR, JA_ANAPHOR, relationOf, resolveRelation } from './dates-anaphora';
import { enNamedDay, enRunDay, jaNamedDay, jaRunDay, jaRunPeriod, periodComponents } from './dates-named';
import { asciiDigits } from './figures';

export const VAGUE = 'nemawashi/vague';
/** A date given by reference to another date of the mail (同日, 翌日, "the day after"): see dates-anaphora.ts. */
export const ANAPHOR = 'nemawashi/anaphor';

const JA_WD = '日月火水木金土';
const N = '[0-9０-９]';
/**
 * A parser's pattern built once, not at every sentence: chrono asks `pattern()` of every parser for every text it
 * parses, and a pattern written as `new RegExp(template)` in the function was a string built and a RegExp made per
 * call. None has the g or y flag (chrono's executeParser calls exec on slices of the text), so one object serves all.
 */
const compiledOnce = (re: RegExp) => () => re;

function refDay(context: ParsingContext): Date {
  const r = context.refDate;
  return new Date(r.getFullYear(), r.getMonth(), r.getDate(), 12);
}

function plusDays(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, 12);
}

/** Monday of the reference week, plus `weeks` weeks (Japanese weeks start on Monday). */
function mondayOf(context: ParsingContext, weeks: number): Date {
  const ref = refDay(context);
  return plusDays(ref, -((ref.getDay() + 6) % 7) + weeks * 7);
}

/**
 * Day `d` of the month with no month written: its next occurrence from the reference day (this month, or
 * the next when the day has passed); the year implied. Null for a day that month does not have.
 */
function nextDayOfMonth(context: ParsingContext, d: number) {
  if (d < 1 || d > 31) return null;
  const ref = refDay(context);
  const date = new Date(ref.getFullYear(), ref.getMonth() + (d < ref.getDate() ? 1 : 0), d, 12);
  if (date.getDate() !== d) return null;
  const c = context.createParsingComponents({ day: d, month: date.getMonth() + 1 });
  c.imply('year', date.getFullYear());
  return c;
}

function components(context: ParsingContext, d: Date, vague = false) {
  const c = context.createParsingComponents({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
  if (vague) c.addTag(VAGUE);
  return c;
}

const WEEK_OFFSET: Record<string, number> = { 先々週: -2, 先週: -1, 今週: 0, 来週: 1, 再来週: 2 };

/**
 * 来週火曜日, 再来週の水曜, 今週金曜, 先週月曜日 — and 来週 / 再来週 alone (a vague week). 翌週 and 次週 count from
 * another date of the mail (dates-anaphora.ts).
 */
const jaRelativeWeek: Parser = {
  pattern: compiledOnce(new RegExp(`(先々週|先週|今週|来週|再来週)(?:の)?\\s*(?:([${JA_WD}])(?:曜日|曜))?`)),
  extract(context, match) {
    const weeks = WEEK_OFFSET[match[1]!]!;
    // Round 35: 来週16日（水） / 今週の10日: the week word before a day of the month is jaBareDay's, which reads the day
    // with it (so its weekday is checked), not a vague week that leaves the day unread.
    if (!match[2] && weeks >= 0 && new RegExp(`^\\s*${N}{1,2}\\s*日`).test(context.text.slice(match.index! + match[0].length))) return null;
    if (!match[2]) return components(context, mondayOf(context, weeks), true);
    const wd = JA_WD.indexOf(match[2]);
    const c = components(context, plusDays(mondayOf(context, weeks), (wd + 6) % 7));
    c.assign('weekday', wd);
    return c;
  },
};

/** What joins two weekdays, read with its spaces taken out. */
const JOINER = /^(?:か|と|または|もしくは|・|、|や|,?or|,?and|\/|&|,)$/i;
const RELATIVE_WEEK = /先々週|先週|今週|来週|再来週|\b(?:next|this\s+coming|coming)\b/i;
const BARE_WEEKDAY_JA = new RegExp(`^([${JA_WD}])(?:曜日|曜)$`);
const BARE_WEEKDAY_EN = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;
function bareWeekday(text: string): number | undefined {
  const ja = BARE_WEEKDAY_JA.exec(text);
  if (ja) return JA_WD.indexOf(ja[1]!);
  const en = BARE_WEEKDAY_EN.exec(text);
  return en ? wdIndex(en[1]!) : undefined;
}
/**
 * Round 46 (h6hb-019): 来週の火曜日か水曜日, "next Tuesday or Wednesday" — a bare weekday joined to a relative one (か, と,
 * または, ・, 、, "or", "and", "/") is in the same week; chrono alone reads it as the coming one of its name. Re-dated here,
 * after parsing, from the day before it.
 */
const joinedWeekday: Refiner = {
  refine: (context, results) => {
    for (let i = 1; i < results.length; i++) {
      const r = results[i]!;
      const before = results[i - 1]!;
      const wd = bareWeekday(r.text);
      const end = before.index + before.text.length;
      if (wd === undefined || end > r.index || !JOINER.test(context.text.slice(end, r.index).replace(/\s+/g, '')) || !RELATIVE_WEEK.test(before.text)) continue;
      const first = before.start.date();
      const day = plusDays(first, (wd - first.getDay() + 7) % 7);
      r.start.assign('year', day.getFullYear());
      r.start.assign('month', day.getMonth() + 1);
      r.start.assign('day', day.getDate());
    }
    return results;
  },
};

/**
 * A date given by reference to another (同日, 翌日, 翌週の火曜, "that day", "the Monday after"): read here from the
 * reference day chrono is given, tagged, and counted again from the date it refers to (dates.ts, anchorAnaphors).
 */
function anaphorParser(pattern: RegExp): Parser {
  return {
    pattern: () => pattern,
    extract(context, match) {
      const rel = relationOf(match[0]);
      if (!rel) return null;
      const ref = refDay(context);
      const day = resolveRelation(rel, { y: ref.getFullYear(), m: ref.getMonth() + 1, d: ref.getDate() });
      const c = components(context, new Date(day.y, day.m - 1, day.d, 12), rel.kind === 'week');
      if (rel.kind === 'weekday') c.assign('weekday', rel.wd);
      c.addTag(ANAPHOR);
      return c;
    },
  };
}

/**
 * chrono's own reading of a reference from the same place ("the day after at 10:00" as one day after today, read by
 * its relative-date parser and longer than ours) gives way to ours before chrono keeps the longer of two overlapping
 * readings: the time after it is then read as a time, and joined to our day.
 */
const referenceFirst: Refiner = {
  refine: (context, results) => {
    // Round 44: tags() copies its sets on every call; each result's read once, not once per pair of results.
    const anaphor = results.map((r) => r.tags().has(ANAPHOR));
    const kept = results.filter((r, i) => anaphor[i] || !results.some((o, j) => anaphor[j] && o !== r && o.index === r.index));
    // "the day after at 10:00": the time right after a reference is its time (merged here, before chrono's refiner
    // of "<unit> after <date>" reads the pair as one day after the time).
    for (let i = 0; i + 1 < kept.length; i++) {
      const r = kept[i]!;
      const t = kept[i + 1]!;
      if (!r.tags().has(ANAPHOR) || r.start.isCertain('hour') || !t.start.isCertain('hour') || t.start.isCertain('day') || t.start.isCertain('weekday')) continue;
      if (!/^\s*(?:(?:at|@|,)\s*)?$/i.test(context.text.slice(r.index + r.text.length, t.index))) continue;
      for (const c of ['hour', 'minute', 'second', 'meridiem'] as const) if (t.start.isCertain(c)) r.start.assign(c, t.start.get(c)!);
      if (t.end) {
        r.end = r.start.clone();
        for (const c of ['hour', 'minute', 'second', 'meridiem'] as const) if (t.end.isCertain(c)) r.end.assign(c, t.end.get(c)!);
      }
      r.text = context.text.slice(r.index, t.index + t.text.length);
      kept.splice(i + 1, 1);
    }
    return kept;
  },
};

/**
 * A clock written with a dot ("5 August, 16.30", "Thursday 5 August, 8.30 pm") is cut in half by chrono's English date
 * parsers: its hour read as the year ("16" → 2016) or as the day ("August, 8"), so the time is lost and the date is
 * wrong. A reading that ends in a digit right before ".30" or ":30" gives the number back: the year is dropped (and
 * implied as the one closest to the reference, as chrono does for a date without one) or, where the number was the
 * day, the reading is dropped and the date beside it stands. The time parser's reading of the clock then survives the
 * overlap removal and chrono joins it to the date.
 */
const clockNotDate: Refiner = {
  refine: (context, results) =>
    results.filter((r) => {
      const end = r.index + r.text.length;
      if (!/\d$/.test(r.text) || !/^[.:]\d/.test(context.text.slice(end, end + 2))) return true;
      if (r.start.isCertain('hour')) return true;
      const year = /(?:-|\/|,?\s{0,3})(\d{2})$/.exec(r.text);
      if (!year || !r.start.isCertain('year') || !r.start.isCertain('day')) return false;
      r.text = r.text.slice(0, year.index);
      r.start.delete('year');
      r.start.imply('year', closestYear(context.reference.instant, r.start.get('month')!, r.start.get('day')!));
      return true;
    }),
};

function closestYear(ref: Date, month: number, day: number): number {
  const y = ref.getFullYear();
  const away = (yy: number) => Math.abs(new Date(yy, month - 1, day).getTime() - ref.getTime());
  return [y - 1, y, y + 1].reduce((best, yy) => (away(yy) < away(best) ? yy : best));
}

/** 明後日 / あさって, 明々後日 / しあさって. */
const jaDayAfter: Parser = {
  pattern: () => /明々後日|明明後日|しあさって|明後日|あさって/,
  extract(context, match) {
    const n = /明々|明明|しあ/.test(match[0]) ? 3 : 2;
    return components(context, plusDays(refDay(context), n));
  },
};

/** "the day after tomorrow": chrono reads "tomorrow" alone and loses a day. */
const enDayAfterTomorrow: Parser = {
  pattern: () => /\b(?:the\s+)?day\s+after\s+tomorrow\b/i,
  extract(context) {
    return components(context, plusDays(refDay(context), 2));
  },
};

/**
 * 月末 / 今月末 / 来月末 / 4月末 / 末日: the month's last day (月末 is a period, so vague); 月末の31日 names
 * the day itself, which is then a date like any other.
 */
const jaMonthEnd: Parser = {
  pattern: compiledOnce(new RegExp(`(?:(?:(今月|来月|再来月)|(${N}{1,2})\\s*月)\\s*(?:の\\s*)?)?(月末|末日|末)(?![尾端])(?:\\s*(?:の\\s*)?(${N}{1,2})\\s*日)?`)),
  extract(context, match) {
    const ref = refDay(context);
    if (match[3] === '末' && !match[1] && !match[2]) return null;
    // chrono retries a failed match on the rest of the text, where a look-behind no longer sees the digit
    // before: 「11月末の31日」 must not become 「1月末の31日」.
    const before = context.text.slice(Math.max(0, match.index! - 3), match.index);
    if (match[2] || /^月/.test(match[0]) ? /[0-9０-９]$/.test(before) : /[0-9０-９]\s*月\s*$/.test(before)) return null;
    let month = ref.getMonth() + (match[1] === '来月' ? 1 : match[1] === '再来月' ? 2 : 0);
    let year = ref.getFullYear();
    if (match[2]) {
      month = Number(asciiDigits(match[2])) - 1;
      if (month < ref.getMonth()) year++;
    }
    if (match[4]) {
      const named = new Date(year, month, Number(asciiDigits(match[4])), 12);
      return named.getMonth() === ((month % 12) + 12) % 12 ? components(context, named) : null;
    }
    return components(context, new Date(year, month + 1, 0, 12), match[3] !== '末日');
  },
};

/** 年明け / 年明け早々: the first working days of January (a period, so vague): January 5th-ish. */
const jaNewYear: Parser = {
  pattern: () => /年明け(?:早々)?/,
  extract(context) {
    const ref = refDay(context);
    const year = ref.getMonth() >= 6 ? ref.getFullYear() + 1 : ref.getFullYear();
    return components(context, new Date(year, 0, 5, 12), true);
  },
};

/**
 * 週明け: the coming Monday. A day, not a period: 週明けに伺います is Monday's visit, and when that Monday is a
 * holiday the visit falls on it (the week it opens still names a week for the sentence after it, see weekNamedIn in the calendar rules).
 */
const jaWeekStart: Parser = {
  pattern: compiledOnce(new RegExp(`週明け(?:(?:の|に)?\\s*([${JA_WD}])(?:曜日|曜))?`)),
  extract(context, match) {
    if (!match[1]) return components(context, mondayOf(context, 1));
    // 週明けの木曜日: that day of the coming week.
    const wd = JA_WD.indexOf(match[1]);
    const c = components(context, plusDays(mondayOf(context, 1), (wd + 6) % 7));
    c.assign('weekday', wd);
    return c;
  },
};

const MONTH_OFFSET: Record<string, number> = { 先月: -1, 今月: 0, 来月: 1, 再来月: 2 };

/**
 * 来月10日, 今月の25日, and a bare day with its weekday or time: 10日（水）, 10日14時, and the weekday written after の or
 * 、 (20日の月曜日, 20日、月曜), which is taken in so that the writer's weekday stays the date's (and a wrong one shows).
 */
/** に or a part of the day right after a bare day, and no count or span after に (2日に1回, 3日にわたり). */
const BARE_DAY_PARTICLE = /^(?:に(?![0-9０-９一二三四五六七八九十何]|わた|渡|かけ|及|延長|短縮|一度|つき)|の(?:午前|午後))/;

const jaBareDay: Parser = {
  pattern: compiledOnce(
    new RegExp(
      `(?<![${'0-9０-９'}月/／])(?:(今月|来月|再来月|今週|来週|再来週)(?:の)?\\s*)?(${N}{1,2})\\s*日(?:(\\s*[の、]?\\s*[${JA_WD}]曜日?)|(?=\\s*(?:[（(]\\s*[${JA_WD}]|の?\\s*(?:午前|午後)?\\s*${N}{1,2}\\s*[時:：]|(?:に|の|は|で|、))))`,
    ),
  ),
  extract(context, match) {
    const ref = refDay(context);
    const d = Number(asciiDigits(match[2]!));
    if (d < 1 || d > 31) return null;
    const after = context.text.slice(match.index! + match[0].length);
    const anchored = Boolean(match[1]) || Boolean(match[3]);
    // Without 今月/来月, only a weekday or a time right after makes a bare day a date (not 3日間, 10日以内) — or the
    // particle に or a part of the day, as a day is named for an act (3日にお伺いします, 21日の午後): not 1日に (a day's
    // rate, 1日に500台), nor a count or a span after に (2日に1回, 3日にわたり, 5日に短縮).
    if (!anchored && !new RegExp(`^\\s*(?:[（(]\\s*[${JA_WD}]|の?\\s*(?:午前|午後)?\\s*${N}{1,2}\\s*[時:：])`).test(after)
      && (d === 1 || !BARE_DAY_PARTICLE.test(after))) return null;
    let month = ref.getMonth() + (MONTH_OFFSET[match[1] ?? ''] ?? 0);
    // A week word (来週16日) names a day ahead, as a bare day does: the next one of that number.
    // 今週6日 on the 8th is this week's Monday, already past: within the week it stays in this month.
    if ((!match[1] || /週/.test(match[1])) && d < ref.getDate() - (match[1] === '今週' ? 6 : 0)) month++;
    const date = new Date(ref.getFullYear(), month, d, 12);
    if (date.getDate() !== d) return null;
    const c = context.createParsingComponents({ day: d, month: date.getMonth() + 1 });
    c.imply('year', date.getFullYear());
    return c;
  },
};

const KANJI_DIGIT = '一二三四五六七八九';
const KN = '[一二三四五六七八九十]{1,3}';

/** 十二月, 二十三日, 三十一日: a kanji numeral from 1 to 31 (null for anything else). */
export function kanjiNumber(s: string): number | null {
  const m = /^(?:([二三])?(十))?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  const tens = m[2] ? (m[1] ? KANJI_DIGIT.indexOf(m[1]) + 1 : 1) : 0;
  const n = tens * 10 + (m[3] ? KANJI_DIGIT.indexOf(m[3]) + 1 : 0);
  return n >= 1 && n <= 31 ? n : null;
}

/**
 * 十二月十三日（土）, 二十日（土）: dates in kanji numerals, which chrono reads only in digits. A day with no
 * month is a date only with a weekday or a time right after it (not 一日も早く, 三日間).
 */
const jaKanjiDate: Parser = {
  // Round 41: a weekday in brackets after the day (十一月三日（火）) is part of the date, so a time after it (午後二時) merges with
  // it as it does after a date in digits.
  pattern: compiledOnce(new RegExp(`(?<![一二三四五六七八九十])(?:(先月|今月|来月|再来月)(?:の)?\\s*)?(?:(${KN})\\s*月\\s*(?:の\\s*)?)?(${KN})\\s*日(?![間目中以])(\\s*[（(]\\s*[${JA_WD}]\\s*[）)])?`)),
  extract(context, match) {
    const ref = refDay(context);
    const d = kanjiNumber(match[3]!);
    const m = match[2] ? kanjiNumber(match[2]) : match[1] ? new Date(ref.getFullYear(), ref.getMonth() + MONTH_OFFSET[match[1]]!, 1).getMonth() + 1 : undefined;
    if (d === null || m === null || (m !== undefined && m > 12)) return null;
    const after = context.text.slice(match.index! + match[0].length);
    if (m === undefined && !match[4] && !new RegExp(`^\\s*(?:[（(【]\\s*[${JA_WD}]|の?\\s*(?:午前|午後)?\\s*${N}{1,2}\\s*[時:：])`).test(after)) return null;
    let month = m !== undefined ? m - 1 : ref.getMonth() + (d < ref.getDate() ? 1 : 0);
    let year = ref.getFullYear();
    // 先月二十日 stays in the past (and in last year from January); a month named is its next occurrence.
    if (match[1]) year = new Date(ref.getFullYear(), ref.getMonth() + MONTH_OFFSET[match[1]]!, 1).getFullYear();
    else if (m !== undefined && (month < ref.getMonth() || (month === ref.getMonth() && d < ref.getDate()))) year++;
    const date = new Date(year, month, d, 12);
    if (date.getDate() !== d) return null;
    const c = context.createParsingComponents({ day: d, month: date.getMonth() + 1 });
    // Assigned for 先月, so that chrono's forward dating does not move last month's day a year ahead.
    if (match[1] === '先月') c.assign('year', date.getFullYear());
    else c.imply('year', date.getFullYear());
    return c;
  },
};

/**
 * 今月中旬, 来月上旬, 1月下旬, 来月頭, 12月初旬: a third of a month, a period rather than a slot (vague, so
 * never checked as a day — most of such a period is open, and the reader picks the day).
 */
const jaMonthPart: Parser = {
  pattern: compiledOnce(new RegExp(`(?:(今月|来月|再来月)|(${N}{1,2})\\s*月)\\s*(?:の\\s*)?(上旬|初旬|中旬|下旬|頭|初め|はじめ)`)),
  extract(context, match) {
    if (match[2] && /[0-9０-９]$/.test(context.text.slice(0, match.index))) return null;
    const { year, month } = monthOf(refDay(context), match[1], match[2] ? Number(asciiDigits(match[2])) : undefined);
    const first = /中旬/.test(match[3]!) ? 11 : /下旬/.test(match[3]!) ? 21 : 1;
    return thirdOfMonth(context, year, month, first);
  },
};

/**
 * A third of a month (上旬 / early 1–10, 中旬 / mid 11–20, 下旬 / late 21–its end) as a period: a vague date on its first
 * day with its span of days, so that the calendar rules can see a period that takes in a closure ("mid-August", Obon).
 */
function thirdOfMonth(context: ParsingContext, year: number, month: number, first: number) {
  const start = new Date(year, month, first, 12);
  const end = first === 21 ? new Date(year, month + 1, 0, 12) : new Date(year, month, first + 9, 12);
  const day = (d: Date) => ({ y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() });
  return periodComponents(context, { from: day(start), to: day(end) });
}

/** "mid-December", "early next month", "late January": a part of a month (vague, like 中旬). */
const enMonthPart: Parser = {
  pattern: () => /\b(early|mid|late|end of)[-\s]+(?:(this|next)\s+month|(january|february|march|april|may|june|july|august|september|october|november|december))\b/i,
  extract(context, match) {
    const monthNumber = match[3] ? EN_MONTHS.indexOf(match[3].toLowerCase()) + 1 : undefined;
    const { year, month } = monthOf(refDay(context), match[2]?.toLowerCase(), monthNumber);
    const part = match[1]!.toLowerCase();
    const first = part === 'mid' ? 11 : part === 'early' ? 1 : 21;
    return thirdOfMonth(context, year, month, first);
  },
};

/**
 * "on the 3rd", "the 15th?": a day of the month alone, the next such day from the reference day. Only at
 * the end of a phrase (not "the 3rd floor", "the 2nd quarter", "the 3rd of the candidates"), and after a preposition
 * or the words that ask about a day ("Would the 22nd work?", "How about the 22nd?", "say the 22nd"). The preposition
 * stays out of the span, so that "by the 14th" still reads as a deadline.
 */
const enOrdinalAlone: Parser = {
  pattern: () => /(?<=\b(?:on|for|until|by)\s)the\s+(\d{1,2})(st|nd|rd|th)\b(?=\s*(?:[,.?!;:)]|$|at\b|or\b|and\b|from\b|in the (?:morning|afternoon)\b|works?\b|would\b|could\b|is\b))/i,
  extract(context, match) {
    return nextDayOfMonth(context, Number(match[1]));
  },
};

/**
 * The same day asked about ("Would the 22nd work?", "How about the 22nd?", "Does the 22nd or 23rd suit you?", "say the
 * 22nd at 10am"): stricter after it, since "Would the 2nd or 3rd option work" names no day — a second ordinal
 * joined to it must itself end the phrase.
 */
const enOrdinalAsked: Parser = {
  pattern: () => /(?<=\b(?:about|would|does|could|say)\s)the\s+(\d{1,2})(st|nd|rd|th)\b(?=\s*(?:[,.?!;:)]|$|at\b|from\b|in the (?:morning|afternoon)\b|works?\b|would\b|could\b|suits?\b|(?:or|and)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b\s*(?:[,.?!;:)]|$|at\b|works?\b|would\b|could\b|suits?\b|for\b|is\b)))/i,
  extract(context, match) {
    return nextDayOfMonth(context, Number(match[1]));
  },
};

/** A clock right after a day of the month: " at 10:00", " from 2pm", ", 10:00". */
const CLOCK_NEXT = /^,?\s+(?:(?:at|from)\s+)?\d{1,2}(?::\d{2}|\s?[ap]\.?m\b)/i;

/**
 * "Could we do the 4th at 10:00 JST", "Let's pencil in the 12th from 2pm": a day of the month alone, whatever the verb
 * before it, when a clock follows it (the next such day from the reference day). A clock is what makes the ordinal a
 * day ("the 3rd floor", "the 2nd round" have none right after them).
 */
const enOrdinalAtClock: Parser = {
  pattern: () => /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/i,
  extract(context, match) {
    if (!CLOCK_NEXT.test(context.text.slice(match.index! + match[0].length))) return null;
    return nextDayOfMonth(context, Number(match[1]));
  },
};

const EN_WD = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EN_HOURS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * "half past two", "quarter past ten", "quarter to four", British "half ten": a clock time in words. Without am/pm, an hour
 * from 1 to 6 is read as the afternoon (no one proposes a meeting at half past two at night).
 */
const enClockWords: Parser = {
  pattern: () => /\b(half past|quarter past|quarter to|half(?=\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?:\s*([ap])\.?m\b\.?)?/i,
  extract(context, match) {
    const word = match[2]!.toLowerCase();
    let h = /^\d/.test(word) ? Number(word) : EN_HOURS.indexOf(word) + 1;
    if (h < 1 || h > 12) return null;
    const kind = match[1]!.toLowerCase();
    // British "half ten" is half past ten (10:30), never half to.
    let min = kind === 'half past' || kind === 'half' ? 30 : kind === 'quarter past' ? 15 : 45;
    if (kind === 'quarter to') h -= 1;
    if (h === 0) h = 12;
    const ampm = match[3]?.toLowerCase();
    if (ampm === 'p' ? h < 12 : ampm !== 'a' && h >= 1 && h <= 6) h += 12;
    const c = context.createParsingComponents({ hour: h % 24, minute: min });
    return c;
  },
};

/**
 * The continental and military clocks: "17h", "15h00", "9h30", "1500 hrs", "1900h". An hour-and-h with no minutes
 * is a clock only where a clock stands (after at, from, until, a dash, a comma or a date's bracket): "a 2h call",
 * "within 4h" and "24h support" are durations. Four digits need their hours mark (1500 alone is a number).
 */
const enContinentalClock: Parser = {
  // Round 43: every alternative starts with a digit; (?=\d) says so first, so the look-behind of the first is tried only
  // before a digit, not at every position (the same matches).
  pattern: () => /(?=\d)(?:(?<=(?:\b(?:at|from|until|till|to|by|around|@)|[,–—\-~〜)）])\s?)([01]?\d|2[0-3])h(?![\w])|\b([01]?\d|2[0-3])h([0-5]\d)\b|\b([01]\d|2[0-3])([0-5]\d)\s?(?:hrs|hr|h)\b)/i,
  extract(context, match) {
    const h = Number(match[1] ?? match[2] ?? match[4]);
    const min = Number(match[3] ?? match[5] ?? 0);
    return context.createParsingComponents({ hour: h, minute: min });
  },
};

/**
 * 今度の土曜, この日曜日: the coming such weekday (after the reference day), as a Japanese writer names the next one
 * without its week (次の日曜日 is chrono's own, read as the next week's).
 */
const jaNextWeekday: Parser = {
  pattern: compiledOnce(new RegExp(`(?:今度の|こんどの|この)\\s*([${JA_WD}])(?:曜日|曜)`)),
  extract(context, match) {
    const wd = JA_WD.indexOf(match[1]!);
    const ref = refDay(context);
    const c = components(context, plusDays(ref, ((wd - ref.getDay() + 6) % 7) + 1));
    c.assign('weekday', wd);
    return c;
  },
};

/** A weekday's name, long or short ("Thursday", "Thu", "Thurs.", "Weds"), as one group. */
const EN_WD_NAME = '(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?';
const wdIndex = (name: string) => EN_WD.findIndex((w) => w.startsWith(name.toLowerCase().slice(0, 3)));

/** A date written right after the weekday ("next week, on Tuesday, November 3"): that date is the day, read by chrono. */
const NO_DATE_AFTER = '(?!,?\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\b(?![:.]\\d|\\s?[ap]\\.?m\\b)|,?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d)';

/** That weekday in the week `weeks` after the reference week (weeks start on Monday, as in Japan). */
function weekdayOfWeek(context: ParsingContext, weeks: number, wd: number) {
  const c = components(context, plusDays(mondayOf(context, weeks), (wd + 6) % 7));
  c.assign('weekday', wd);
  return c;
}

/**
 * A week named, then the weekday inside it: "next week on Thursday", "next week, Thursday", "this week Friday", "the
 * week after next, on Tuesday". chrono reads the week and the weekday apart, and the weekday alone as its next
 * occurrence, which may lie in this week ("next week on Thursday" written on a Wednesday is not tomorrow).
 */
const enWeekThenWeekday: Parser = {
  pattern: compiledOnce(new RegExp(`\\b(?:(this|next)\\s+week|(?:the\\s+)?week\\s+after\\s+next),?\\s+(?:(?:on|say|maybe|perhaps)\\s+)?(?:the\\s+)?${EN_WD_NAME}\\b${NO_DATE_AFTER}`, 'i')),
  extract(context, match) {
    const lead = match[1]?.toLowerCase();
    const weeks = lead === 'this' ? 0 : lead === 'next' ? 1 : 2;
    return weekdayOfWeek(context, weeks, wdIndex(match[2]!));
  },
};

/**
 * A weekday counted a week or two on: "the Monday after next" (the weekday in the week after next), British "Monday
 * week" and "a week on Monday" / "a week from Monday" / "two weeks from Friday" (that weekday's next occurrence, and
 * as many weeks after it). chrono reads the weekday alone, a week early.
 */
const enWeekdayWeeksOn: Parser = {
  pattern: compiledOnce(new RegExp(
    `(?:\\b(?:the\\s{1,3})?${EN_WD_NAME}\\s{1,3}after\\s{1,3}next\\b|(?<!\\b(?:this|next|last|every|each|that|the|on a|of)\\s{1,3})\\b${EN_WD_NAME}\\s{1,3}week\\b(?![-'’]|\\s{1,3}(?:of|after|before|from|ends?|starts?|begins?|to)\\b)` +
    `|\\b(a|one|1|two|2)\\s{1,3}weeks?\\s{1,3}(?:on|from|after)\\s{1,3}(?:this\\s{1,3}|next\\s{1,3})?${EN_WD_NAME}\\b)`, 'i')),
  extract(context, match) {
    if (match[1]) return weekdayOfWeek(context, 2, wdIndex(match[1]));
    const wd = wdIndex((match[2] ?? match[4])!);
    const weeks = match[3] && /^(?:two|2)$/i.test(match[3]) ? 2 : 1;
    const ref = refDay(context);
    // The next such day after today ("Monday week" said on a Monday is a fortnight away, not a week).
    const next = plusDays(ref, ((wd - ref.getDay() + 7) % 7) || 7);
    const c = components(context, plusDays(next, 7 * weeks));
    c.assign('weekday', wd);
    return c;
  },
};

/** "the week after next" (a vague week), "Tuesday of the week after next". */
const enWeekAfterNext: Parser = {
  pattern: () => /\b(?:(monday|tuesday|wednesday|thursday|friday)\s+(?:of\s+)?)?(?:the\s+)?week\s+after\s+next\b/i,
  extract(context, match) {
    if (!match[1]) return components(context, mondayOf(context, 2), true);
    const wd = EN_WD.indexOf(match[1].toLowerCase());
    const c = components(context, plusDays(mondayOf(context, 2), (wd + 6) % 7));
    c.assign('weekday', wd);
    return c;
  },
};


/**
 * "Monday the 20th", "Tue, the 3rd": a weekday with a day of the month and no month — the next such day
 * from the reference day on (chrono reads only the weekday). The weekday is kept so that a mismatch shows.
 */
const enWeekdayOrdinal: Parser = {
  // The preposition is taken in ("on Wednesday 21") so that this reading outlasts chrono's "on Wednesday" + "21" (9pm).
  pattern: () => /(?:\b(?:on|for|until|by)\s+)?\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+(?:the\s+)?(\d{1,2})(st|nd|rd|th)?\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?![:./\-]\d|\s?(?:[月日年時]|[ap]\.?m\b|hours?\b|hrs?\b|h\b|%|o'clock))/i,
  extract(context, match) {
    const wd = EN_WD.findIndex((w) => w.startsWith(match[1]!.toLowerCase().slice(0, 3)));
    // "Wednesday 21" with no ordinal: the next 21st that is a Wednesday (a bare number is read as a day only
    // where it fits its weekday; "Wednesday 21" of a month where the 21st is another day is no reading of ours).
    // With an ordinal ("Tuesday the 12th") the nearest 12th is meant, unless its weekday is wrong and the 12th of
    // the month after is that weekday: a writer looking past a month end ("any day from Tuesday the 12th onwards",
    // written on 7 December about January) names the next one, and calling it a mismatch would be a false alarm.
    const c = match[3]
      ? (dayOfMonthOnWeekday(context, Number(match[2]), wd, 2) ?? nextDayOfMonth(context, Number(match[2])))
      : dayOfMonthOnWeekday(context, Number(match[2]), wd);
    if (!c) return null;
    c.assign('weekday', wd);
    return c;
  },
};

/** The next day `d` of a month, from the reference day on within `months` months, that falls on weekday `wd`. */
function dayOfMonthOnWeekday(context: ParsingContext, d: number, wd: number, months = 13) {
  if (d < 1 || d > 31) return null;
  const ref = refDay(context);
  let seen = 0;
  for (let i = 0; i < 13 && seen < months; i++) {
    const date = new Date(ref.getFullYear(), ref.getMonth() + i, d, 12);
    if (date.getDate() !== d || date < ref) continue;
    seen++;
    if (date.getDay() !== wd) continue;
    const c = context.createParsingComponents({ day: d, month: date.getMonth() + 1 });
    c.imply('year', date.getFullYear());
    return c;
  }
  return null;
}

/** "the 13th (Saturday)", "on the 2nd, Tuesday": a day of the month with its weekday after it. */
const enOrdinalWeekday: Parser = {
  pattern: () => /\bthe\s+(\d{1,2})(st|nd|rd|th)\s*(?:\(\s*|,\s*)(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)?/i,
  extract(context, match) {
    const c = nextDayOfMonth(context, Number(match[1]));
    if (!c) return null;
    c.assign('weekday', EN_WD.findIndex((w) => w.startsWith(match[3]!.toLowerCase())));
    return c;
  },
};

/** The n-th given weekday of a month (n = -1: the last one); null when the month has no such day. */
function nthWeekday(year: number, month: number, n: number, wd: number): Date | null {
  if (n === -1) {
    const last = new Date(year, month + 1, 0, 12);
    return new Date(year, month, last.getDate() - ((last.getDay() - wd + 7) % 7), 12);
  }
  const first = new Date(year, month, 1, 12);
  const date = new Date(year, month, 1 + ((wd - first.getDay() + 7) % 7) + (n - 1) * 7, 12);
  return date.getMonth() === ((month % 12) + 12) % 12 ? date : null;
}

/** The month a phrase names (今月/来月/this month/next month or a month number), on or after the reference month. */
function monthOf(ref: Date, relative: string | undefined, number: number | undefined): { year: number; month: number } {
  if (number !== undefined) return { year: ref.getFullYear() + (number - 1 < ref.getMonth() ? 1 : 0), month: number - 1 };
  const shift = relative === '来月' || relative === 'next' ? 1 : relative === '再来月' ? 2 : 0;
  const d = new Date(ref.getFullYear(), ref.getMonth() + shift, 1, 12);
  return { year: d.getFullYear(), month: d.getMonth() };
}

const KANJI_N: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

/** 来月第2水曜日, 1月の第2月曜日, 今月最終金曜日: the n-th weekday of a month. */
const jaNthWeekday: Parser = {
  pattern: compiledOnce(new RegExp(`(?:(今月|来月|再来月)|(${N}{1,2})\\s*月)\\s*(?:の\\s*)?(?:第\\s*([1-5１-５一二三四五])|(最終))\\s*([${JA_WD}])曜日?`)),
  extract(context, match) {
    if (match[2] && /[0-9０-９]$/.test(context.text.slice(0, match.index))) return null;
    const { year, month } = monthOf(refDay(context), match[1], match[2] ? Number(asciiDigits(match[2])) : undefined);
    const n = match[4] ? -1 : KANJI_N[match[3]!] ?? Number(asciiDigits(match[3]!));
    const wd = JA_WD.indexOf(match[5]!);
    const date = nthWeekday(year, month, n, wd);
    if (!date) return null;
    const c = components(context, date);
    c.assign('weekday', wd);
    return c;
  },
};

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_NTH: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1 };

/** "the second Monday of January", "the first Tuesday of next month", "the last Friday of this month". */
const enNthWeekday: Parser = {
  pattern: () => /\b(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:of|in)\s+(?:(this|next)\s+month|(january|february|march|april|may|june|july|august|september|october|november|december))\b/i,
  extract(context, match) {
    const monthNumber = match[4] ? EN_MONTHS.indexOf(match[4].toLowerCase()) + 1 : undefined;
    const { year, month } = monthOf(refDay(context), match[3]?.toLowerCase(), monthNumber);
    const wd = EN_WD.indexOf(match[2]!.toLowerCase());
    const date = nthWeekday(year, month, EN_NTH[match[1]!.toLowerCase()]!, wd);
    if (!date) return null;
    const c = components(context, date);
    c.assign('weekday', wd);
    return c;
  },
};

const EN_MONTH_WORD = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "the week of 12 October", "the week of Oct 12th", "the week commencing 11 January": the week, not its day. */
const enWeekOfDate: Parser = {
  pattern: compiledOnce(new RegExp(
    `\\b(?:the\\s+)?week\\s+(?:of|beginning|starting|commencing)\\s+(?:(?:mon|monday),?\\s+)?` +
    `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH_WORD}|${EN_MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?![\\d:])`,
    'i',
  )),
  extract(context, match) {
    const d = Number(match[1] ?? match[4]);
    const month = EN_MONTHS.findIndex((m) => m.startsWith((match[2] ?? match[3])!.toLowerCase().slice(0, 3)));
    const ref = refDay(context);
    // With no year, the next occurrence on or after the reference day (as a date alone is read).
    let day = new Date(ref.getFullYear(), month, d, 12);
    if (day.getDate() !== d) return null;
    if (day < ref) day = new Date(ref.getFullYear() + 1, month, d, 12);
    // Its working week, Monday to Friday: the reader picks the day in it.
    const monday = plusDays(day, -((day.getDay() + 6) % 7));
    const at = (x: Date) => ({ y: x.getFullYear(), m: x.getMonth() + 1, d: x.getDate() });
    return periodComponents(context, { from: at(monday), to: at(plusDays(monday, 4)) });
  },
};

/** "the last day of this month", "the last day of next month": a day, not a period. */
/**
 * "29.04.", "29.04.2026", "3.05.26": the day-first dotted date of continental European writers, which chrono's
 * English parsers do not read. The month has two digits and a dot or a year closes the date, so a decimal
 * (3.5, 12.50), a version (2.1.4) or an amount is never one.
 */
const enDottedDate: Parser = {
  pattern: () => /(?<![\d.,$€¥£])([0-3]?\d)\.(0[1-9]|1[0-2])\.(?:(20\d\d|\d\d)(?![\d.]))?(?!\d)/,
  extract(context, match) {
    const d = Number(match[1]);
    const m = Number(match[2]);
    if (d < 1 || d > 31) return null;
    const ref = refDay(context);
    if (match[3]) {
      const y = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
      const date = new Date(y, m - 1, d, 12);
      return date.getDate() === d ? context.createParsingComponents({ year: y, month: m, day: d }) : null;
    }
    // No year: the next occurrence from the reference day.
    let date = new Date(ref.getFullYear(), m - 1, d, 12);
    if (date.getDate() !== d) return null;
    if (date < ref) date = new Date(ref.getFullYear() + 1, m - 1, d, 12);
    const c = context.createParsingComponents({ day: d, month: m });
    c.imply('year', date.getFullYear());
    return c;
  },
};

/**
 * "the Monday after Golden Week", "the Tuesday after Obon": that weekday, the first after the closure — Golden Week's
 * last holiday is May 5, or May 6 when May 3, 4 or 5 is a Sunday (a substitute holiday); Obon runs to August 16.
 * chrono alone reads only the weekday and lands inside the closure.
 */
const enWeekdayAfterClosure: Parser = {
  pattern: () => /\b(?:the\s+)?(monday|tuesday|wednesday|thursday|friday)\s+(?:right\s+|straight\s+|just\s+)?after\s+(?:the\s+)?(golden\s+week|obon)(?:\s+(starts|begins|opens))?\b/i,
  extract(context, match) {
    const wd = EN_WD.indexOf(match[1]!.toLowerCase());
    const ref = refDay(context);
    const golden = /golden/i.test(match[2]!);
    // "the Tuesday after Golden Week starts": counted from its first day (April 29, August 13).
    if (match[3]) {
      let start = new Date(ref.getFullYear(), golden ? 3 : 7, golden ? 29 : 13, 12);
      if (start < ref) start = new Date(ref.getFullYear() + 1, golden ? 3 : 7, golden ? 29 : 13, 12);
      const c = components(context, plusDays(start, ((wd - start.getDay() + 7) % 7) || 7));
      c.assign('weekday', wd);
      return c;
    }
    const lastClosed = (y: number) => golden
      ? new Date(y, 4, [3, 4, 5].some((d) => new Date(y, 4, d, 12).getDay() === 0) ? 6 : 5, 12)
      : new Date(y, 7, 16, 12);
    let end = lastClosed(ref.getFullYear());
    if (end < ref) end = lastClosed(ref.getFullYear() + 1);
    const day = plusDays(end, ((wd - end.getDay() + 7) % 7) || 7);
    const c = components(context, day);
    c.assign('weekday', wd);
    return c;
  },
};

const enLastDayOfMonth: Parser = {
  pattern: () => /\b(?:the\s+)?last\s+(?:business\s+|working\s+)?day\s+of\s+(this|next|the)\s+month\b/i,
  extract(context, match) {
    const ref = refDay(context);
    const month = ref.getMonth() + (match[1]!.toLowerCase() === 'next' ? 1 : 0);
    return components(context, new Date(ref.getFullYear(), month + 1, 0, 12));
  },
};

/**
 * chrono's English "3 days ago", "2 weeks later", "within 2 hours", "next 2 weeks" parsers: their patterns
 * (every unit and number word) cost about a second of regular-expression compilation on first use and name
 * periods, never a meeting slot, so they are left out. Recognised by the quantity prefix of their pattern;
 * should chrono change it, they simply stay in.
 */
function isTimeUnitParser(p: Parser): boolean {
  try {
    // pattern() only reads the parsing options; compiling happens on first use, which never comes.
    const context = { option: {}, refDate: new Date(0), text: '' } as unknown as ParsingContext;
    return p.pattern(context).source.includes('(?:(?:about|around)');
  } catch {
    return false;
  }
}

/**
 * The two parsers the annotator runs, built once (configuration, not a cache), and each again without the parser of
 * days named by words (`unnamed`): that parser's pattern is an alternation of every holiday and period name, tried at
 * every position of every dated sentence, and a sentence that names none (`mayNameDay` false: most of them) is read
 * by the rest alone — the same results, since a parser that cannot match adds none.
 */
export function createParsers(): { ja: Chrono; en: Chrono; unnamed: { ja: Chrono; en: Chrono } } {
  const jaChrono = ja.casual.clone();
  jaChrono.parsers.push(jaRunDay, jaRunPeriod, jaNamedDay, anaphorParser(JA_ANAPHOR), jaRelativeWeek, jaNextWeekday, jaDayAfter, jaMonthEnd, jaNewYear, jaWeekStart, jaBareDay, jaNthWeekday, jaKanjiDate, jaMonthPart);
  const enChrono = en.casual.clone();
  enChrono.parsers = enChrono.parsers.filter((p) => !isTimeUnitParser(p));
  // Ours first: where two parsers read the same text, the longer reading wins (analyzeDates).
  enChrono.parsers.push(enRunDay, enNamedDay, anaphorParser(EN_ANAPHOR), enDayAfterTomorrow, enWeekAfterNext, enWeekThenWeekday, enWeekdayWeeksOn, enWeekdayOrdinal, enOrdinalWeekday, enLastDayOfMonth, enNthWeekday, enMonthPart, enOrdinalAlone, enOrdinalAsked, enOrdinalAtClock, enClockWords, enContinentalClock, enDottedDate, enWeekdayAfterClosure, enWeekOfDate);
  jaChrono.refiners.unshift(referenceFirst);
  jaChrono.refiners.push(joinedWeekday);
  enChrono.refiners.push(joinedWeekday);
  enChrono.refiners.unshift(referenceFirst);
  enChrono.refiners.unshift(clockNotDate);
  const without = (c: Chrono, named: unknown) => {
    const clone = c.clone();
    clone.parsers = clone.parsers.filter((p) => p !== named);
    return clone;
  };
  return { ja: jaChrono, en: enChrono, unnamed: { ja: without(jaChrono, jaNamedDay), en: without(enChrono, enNamedDay) } };
}
