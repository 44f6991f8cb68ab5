// Days and periods named by words, not digits: a Japanese public holiday by its name in either language (秋分の日,
// Marine Day — every name @holiday-jp/holiday_jp's data carries, substitute holidays included), with a month before it
// (7月の海の日) or a day placed from it (こどもの日の前日, 成人の日の週明け, "the day after New Year's Day", "the Monday
// after Marine Day"); a day of the year that is no holiday (大晦日, New Year's Eve); and a period (正月三が日, 年末最終週,
// "the week of Obon") — from dictionaries/calendar/named-days.json. Each is resolved against the reference day chrono
// is given (the draft's now: the next occurrence) and handed to the same date pipeline as a written date, so that the
// calendar rules judge 秋分の日 as they judge 9月23日. A period is a vague date whose span of days is carried in a tag.
import holidayJp from '@holiday-jp/holiday_jp';
import type { Parser, ParsingContext } from 'chrono-node';
import { z } from 'zod';
import closureData from '../../../dictionaries/calendar/closures.json';
import namedData from '../../../dictionaries/calendar/named-days.json';
import { bundled, onDemand } from '../../rules/bundled';
import { addDays, isoDay, parseIsoDay, serial, weekday, type Day } from './dates-day';

/** A day named by words (秋分の日, New Year's Eve): the mention is no period, whatever words its name holds ("Year"). */
export const NAMED = 'nemawashi/named';
/** A period's span of days, as `nemawashi/span:YYYY-MM-DD/YYYY-MM-DD` (a chrono tag holds only a string). */
const SPAN = 'nemawashi/span:';

const Words = onDemand(() => z.object({ ja: z.array(z.string()), en: z.array(z.string()) }));
const Examples = { has: z.array(z.string()).optional(), hasNot: z.array(z.string()).optional() };
const MonthDay = onDemand(() => z.string().regex(/^\d{2}-\d{2}$/));
const NamedSchema = onDemand(() => z.object({
  aliases: z.array(z.object({ id: z.string(), holiday: z.string(), words: Words(), ...Examples })),
  fixed: z.array(z.object({ id: z.string(), monthDay: MonthDay(), words: Words(), ...Examples })),
  periods: z.array(z.object({ id: z.string(), from: MonthDay().optional(), to: MonthDay().optional(), weekOf: MonthDay().optional(), words: Words(), ...Examples })),
  runs: z.array(z.object({ id: z.string(), closure: z.string().optional(), holidays: z.boolean().optional(), words: Words(), ...Examples })),
}));
const ClosuresSchema = onDemand(() => z.object({ closures: z.array(z.object({ id: z.string(), from: MonthDay(), to: MonthDay() })) }));

const DATA = bundled('calendar/named-days', NamedSchema, namedData) as z.infer<ReturnType<typeof NamedSchema>>;
/**
 * The closure windows a run names by id (Golden Week, Obon, the year end): the calendar rules' own data, registered
 * with its full schema by closed-days.ts (bundled: checked by the dictionary tests, not rebuilt at run time); read
 * here for the windows only.
 */
const CLOSURE_WINDOWS = () => closureData as z.infer<ReturnType<typeof ClosuresSchema>>;

type Target =
  | { kind: 'holiday'; key: string }
  | { kind: 'fixed'; monthDay: string }
  | { kind: 'period'; from?: string; to?: string; weekOf?: string };

interface Name { surface: string; target: Target; id: string }

/** Every holiday's dates by its Japanese name (振替休日 for every substitute holiday), in order. */
let holidayDates: Map<string, string[]> | undefined;
let names: { ja: Map<string, Name>; en: Map<string, Name>; jaRe: RegExp; enRe: RegExp; enCaseless: RegExp | null; any: RegExp } | undefined;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;

function tables() {
  if (names) return names;
  holidayDates = new Map();
  const ja = new Map<string, Name>();
  const en = new Map<string, Name>();
  const holiday = (key: string, id: string): Name['target'] & { kind: 'holiday' } => ({ kind: 'holiday', key });
  for (const [iso, h] of Object.entries(holidayJp.holidays as Record<string, { name: string; name_en: string }>)) {
    const key = /振替休日/.test(h.name) ? '振替休日' : h.name;
    (holidayDates.get(key) ?? holidayDates.set(key, []).get(key)!).push(iso);
    // 休日 alone (the Citizens' Holiday's name in the data) is any day off: only its aliases name it.
    if (key !== '休日') ja.set(key, { surface: key, target: holiday(key, key), id: key });
    if (key !== '振替休日') en.set(h.name_en, { surface: h.name_en, target: holiday(key, key), id: key });
  }
  for (const list of holidayDates.values()) list.sort();
  for (const a of DATA.aliases) {
    for (const w of a.words.ja) ja.set(w, { surface: w, target: holiday(a.holiday, a.id), id: a.id });
    for (const w of a.words.en) en.set(w, { surface: w, target: holiday(a.holiday, a.id), id: a.id });
  }
  for (const f of DATA.fixed) {
    for (const w of f.words.ja) ja.set(w, { surface: w, target: { kind: 'fixed', monthDay: f.monthDay }, id: f.id });
    for (const w of f.words.en) en.set(w, { surface: w, target: { kind: 'fixed', monthDay: f.monthDay }, id: f.id });
  }
  for (const p of DATA.periods) {
    const target: Target = { kind: 'period', ...(p.from ? { from: p.from } : {}), ...(p.to ? { to: p.to } : {}), ...(p.weekOf ? { weekOf: p.weekOf } : {}) };
    for (const w of p.words.ja) ja.set(w, { surface: w, target, id: p.id });
    for (const w of p.words.en) en.set(w, { surface: w, target, id: p.id });
  }
  const jaAlt = [...ja.keys()].sort(byLength).map(escape).join('|');
  // English names are titles ("Marine Day"): read as written, so that "a culture day at our office" is none; the few
  // written in lower case ("substitute holiday") are read in any case.
  const cased = [...en.keys()].filter((k) => /[A-Z]/.test(k));
  const caseless = [...en.keys()].filter((k) => !/[A-Z]/.test(k));
  const enAlt = cased.sort(byLength).map(escape).join('|');
  names = {
    ja,
    en,
    // Not inside a longer kanji word (元旦那, 富士山の日): no kanji right before or after the name.
    jaRe: new RegExp(`(?<![一-龯々])(?:(${'[0-9０-９]'}{1,2})\\s*月\\s*の\\s*)?(${jaAlt})(?![一-龯々])`),
    enRe: new RegExp(`(?<![A-Za-z])(${enAlt})(?![A-Za-z])`),
    enCaseless: caseless.length ? new RegExp(`\\b(${caseless.sort(byLength).map(escape).join('|')})\\b`, 'i') : null,
    any: new RegExp(`${jaAlt}|${enAlt}${caseless.length ? `|${caseless.map(escape).join('|')}` : ''}`, 'i'),
  };
  return names;
}

/** Whether the text may name a day or a period by words (a cheap test before the parsers run). */
export function mayNameDay(text: string): boolean {
  return tables().any.test(text);
}

const md = (d: Day) => `${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

/** The next date on or after `today` of a holiday (in month `month` when one is written), or null. */
function nextHoliday(key: string, today: Day, month?: number): Day | null {
  tables();
  const from = isoDay(today);
  const iso = holidayDates!.get(key)?.find((x) => x >= from && (month === undefined || Number(x.slice(5, 7)) === month));
  return iso ? parseIsoDay(iso) : null;
}

/** The next occurrence on or after `today` of MM-DD. */
function nextMonthDay(monthDay: string, today: Day): Day {
  const [m, d] = monthDay.split('-').map(Number) as [number, number];
  const day = { y: today.y, m, d };
  return serial(day) >= serial(today) ? day : { y: today.y + 1, m, d };
}

const mondayOf = (day: Day) => addDays(day, -((weekday(day) + 6) % 7));

/** A period's days, the next whose end is on or after `today`. */
function periodSpan(t: Target & { kind: 'period' }, today: Day): { from: Day; to: Day } {
  if (t.weekOf) {
    const [m, d] = t.weekOf.split('-').map(Number) as [number, number];
    for (const y of [today.y, today.y + 1]) {
      const from = mondayOf({ y, m, d });
      const to = addDays(from, 6);
      if (serial(to) >= serial(today)) return { from, to };
    }
  }
  const to = nextMonthDay(t.to!, today);
  let from = { y: to.y, m: Number(t.from!.slice(0, 2)), d: Number(t.from!.slice(3)) };
  if (serial(from) > serial(to)) from = { ...from, y: from.y - 1 };
  return { from, to };
}

/** The day a name stands for, from `today` (null for a period or a holiday past the data). */
function dayOf(t: Target, today: Day, month?: number): Day | null {
  if (t.kind === 'holiday') return nextHoliday(t.key, today, month);
  if (t.kind === 'fixed') return nextMonthDay(t.monthDay, today);
  return null;
}

const refDayOf = (context: ParsingContext): Day => {
  const r = context.refDate;
  return { y: r.getFullYear(), m: r.getMonth() + 1, d: r.getDate() };
};

function dayComponents(context: ParsingContext, day: Day) {
  const c = context.createParsingComponents({ year: day.y, month: day.m, day: day.d });
  c.addTag(NAMED);
  return c;
}

/** A period as a vague date on its first day, its span in a tag. */
export function periodComponents(context: ParsingContext, span: { from: Day; to: Day }) {
  const c = context.createParsingComponents({ year: span.from.y, month: span.from.m, day: span.from.d });
  c.addTag('nemawashi/vague');
  c.addTag(`${SPAN}${isoDay(span.from)}/${isoDay(span.to)}`);
  return c;
}

/** The span of days a period's tags carry, or undefined. */
export function spanOf(tags: ReadonlySet<string>): { from: Day; to: Day } | undefined {
  for (const t of tags) {
    if (!t.startsWith(SPAN)) continue;
    const [a, b] = t.slice(SPAN.length).split('/') as [string, string];
    return { from: parseIsoDay(a), to: parseIsoDay(b) };
  }
  return undefined;
}

/** A weekday's index (0 = Sunday) from its English name. */
const wdOf = (name: string) => 'sunmontuewedthufrisat'.indexOf(name.slice(0, 3).toLowerCase()) / 3;
/** The first day after (sign 1) or before (−1) `day` that is weekday `wd`. */
const weekdayFrom = (day: Day, wd: number, sign: 1 | -1): Day => addDays(day, sign * ((((wd - weekday(day)) * sign + 7) % 7) || 7));

/** What a name placed after it shifts the day by: 前日, 翌日, 週明け (the first Monday on or after it). */
function jaShift(day: Day, word: string | undefined): Day {
  if (!word || word === '当日') return day;
  if (word === '週明け') return weekday(day) === 1 ? day : weekdayFrom(day, 1, 1);
  const n = /翌々/.test(word) ? 2 : /前々/.test(word) ? -2 : /翌/.test(word) ? 1 : -1;
  return addDays(day, n);
}

/**
 * Japanese: [M月の] name [の前日 / の翌日 / の週明け / 当日]. Not a name that only bounds another time (海の日明け,
 * 山の日まで, 文化の日以降, 秋分の日の前後): those name no day offered.
 */
/** Words before an English name that make it a bound of another time: after, before, until, by, the week of / after. */
const BOUND_BEFORE = /\b(?:after|before|until|till|since|by|from)\s+(?:the\s+)?$/i;
/** "January 11 is Coming of Age Day", "to keep clear of the Obon week": the name told of a day, or avoided. */
const TOLD_BEFORE = /\b(?:is|are|was|being|avoid(?:ing)?|clear of|outside)\s+(?:the\s+)?$/i;
const SPAN_BEFORE = /\b(?:weeks?|weekend|days|month)\s+(?:of|after|before)\s+(?:the\s+)?$/i;

let jaPattern: RegExp | undefined;
let enPattern: RegExp | undefined;

/** A word in either case of its first letter ("the Day after", "Substitute holiday"): the rest as written. */
const eitherCase = (s: string) => s.replace(/\b([a-z])/g, (_m, c: string) => `[${c}${c.toUpperCase()}]`);

export const jaNamedDay: Parser = {
  pattern: () => (jaPattern ??= new RegExp(`${tables().jaRe.source}(?:\\s*の?\\s*(前日|翌日|翌々日|前々日|週明け|当日))?(?!\\s*(?:明け|まで|迄|以降|以前|以後|前後|の前後|の?前に|の?後に|の?(?:翌週|前週|週(?!明け)|連休|三連休|期間|頃|ころ|あたり|時期|シーズン)))`)),
  extract(context, match) {
    const name = tables().ja.get(match[2]!);
    if (!name) return null;
    const today = refDayOf(context);
    if (name.target.kind === 'period') return match[3] || match[1] ? null : periodComponents(context, periodSpan(name.target, today));
    const day = dayOf(name.target, today, match[1] ? Number(match[1].normalize('NFKC')) : undefined);
    return day ? dayComponents(context, jaShift(day, match[3])) : null;
  },
};

/**
 * English: [the day / the <weekday> before / after] name — "the day after New Year's Day", "the Monday after Marine Day".
 * "the" before a name is the sentence's, not the day's ("on the Emperor's Birthday" quotes Emperor's Birthday). Names
 * are matched as written (titles), the words around them in either case.
 */
export const enNamedDay: Parser = {
  pattern: () => {
    if (enPattern) return enPattern;
    const t = tables();
    const caseless = [...t.en.keys()].filter((k) => !/[A-Z]/.test(k)).sort(byLength).map((k) => eitherCase(escape(k)));
    const alt = `${t.enRe.source}${caseless.length ? `|\\b(${caseless.join('|')})\\b` : ''}`;
    const units = eitherCase('day|monday|tuesday|wednesday|thursday|friday|saturday|sunday');
    return (enPattern = new RegExp(`(?:\\b(?:${eitherCase('the')}\\s+)?(${units})\\s+(before|after)\\s+(?:the\\s+)?)?(?:${alt})`));
  },
  extract(context, match) {
    const t = tables();
    // "after Marine Day", "the week before Obon", "until New Year's Eve": the name bounds another time, no day offered
    // (the day or weekday counted from it is this parser's own prefix).
    const lead = context.text.slice(Math.max(0, match.index! - 24), match.index);
    if (!match[1] && (BOUND_BEFORE.test(lead) || SPAN_BEFORE.test(lead) || TOLD_BEFORE.test(lead))) return null;
    const surface = match[3] ?? match[4]!;
    const name = t.en.get(surface) ?? [...t.en.values()].find((n) => n.surface.toLowerCase() === surface.toLowerCase());
    if (!name) return null;
    const today = refDayOf(context);
    if (name.target.kind === 'period') return match[1] ? null : periodComponents(context, periodSpan(name.target, today));
    const day = dayOf(name.target, today);
    if (!day) return null;
    if (!match[1]) return dayComponents(context, day);
    const sign = match[2]!.toLowerCase() === 'after' ? 1 : -1;
    const unit = match[1].toLowerCase();
    const c = dayComponents(context, unit === 'day' ? addDays(day, sign) : weekdayFrom(day, wdOf(unit), sign));
    if (unit !== 'day') c.assign('weekday', wdOf(unit));
    return c;
  },
};

/**
 * Round 32: a day named by its place in a run of days off — 連休中日, GWの初日, お盆休みの最終日, 年末年始休暇の2日目, "the
 * first day of Golden Week", "the middle day of the long weekend". The run is a closure window of closures.json or, for
 * 連休 and its like, the next run of three or more days off (weekends and the holiday library's holidays); the place is
 * read from the words around the run's name, so every run and every place combine. Not a bound (初日まで, 最終日以降)
 * nor the day after a run (休み明け初日: a working day, the parser's own 明け is never a place), nor a place that labels the
 * date written after it (連休中日の22日（火）, 連休の中日にあたる9/22（火）: the date is the slot, judged once).
 */
interface Run { id: string; closure?: { from: string; to: string }; holidays: boolean }
let runs: { ja: Map<string, Run>; en: Map<string, Run>; jaRe: RegExp; enRe: RegExp } | undefined;

function runTables() {
  if (runs) return runs;
  const ja = new Map<string, Run>();
  const en = new Map<string, Run>();
  for (const r of DATA.runs) {
    const closure = r.closure ? CLOSURE_WINDOWS().closures.find((c) => c.id === r.closure) : undefined;
    const run: Run = { id: r.id, ...(closure ? { closure: { from: closure.from, to: closure.to } } : {}), holidays: Boolean(r.holidays) };
    for (const w of r.words.ja) ja.set(w, run);
    for (const w of r.words.en) en.set(w.toLowerCase(), run);
  }
  const alt = (keys: Iterable<string>) => [...keys].sort(byLength).map(escape).join('|');
  runs = {
    ja,
    en,
    jaRe: new RegExp(`(${alt(ja.keys())})\\s*(?:の\\s*)?(初日|最初の日|中日|最終日|最後の日|[2-5２-５]日目)(?!\\s*(?:まで|迄|以降|以前|以後|明け|前|から))(?!\\s*(?:(?:の|、|,|に当たる|にあたる|である)\\s*)?(?:[（(]\\s*)?(?:[0-9０-９]{1,2}\\s*[月/／])?[0-9０-９]{1,2}\\s*(?:日|[（(]))`),
    enRe: new RegExp(`\\b[Tt]he\\s+(first|last|final|middle|second|third)\\s+day\\s+of\\s+(?:the\\s+|this\\s+year's\\s+)?(${alt(en.keys())})\\b`, 'i'),
  };
  return runs;
}

/** Whether a day is off in Japan's calendar: a weekend or a public holiday of the library. */
function dayOff(day: Day): boolean {
  tables();
  const wd = weekday(day);
  return wd === 0 || wd === 6 || Boolean((holidayJp.holidays as Record<string, unknown>)[isoDay(day)]);
}

/** The next run of three or more days off whose last day is on or after `today` (within a year), or null. */
function nextHolidayRun(today: Day): { from: Day; to: Day } | null {
  let start: Day | null = null;
  for (let i = -7; i <= 380; i++) {
    const day = addDays(today, i);
    if (dayOff(day)) {
      start ??= day;
      continue;
    }
    if (start && serial(day) - serial(start) >= 3 && serial(addDays(day, -1)) >= serial(today)) return { from: start, to: addDays(day, -1) };
    start = null;
  }
  return null;
}

/** The days of a run: its closure window's next occurrence, or the next run of days off. */
function runSpan(run: Run, today: Day): { from: Day; to: Day } | null {
  if (run.closure) return periodSpan({ kind: 'period', from: run.closure.from, to: run.closure.to }, today);
  return run.holidays ? nextHolidayRun(today) : null;
}

/** The day at a place in a span: the first, the last, the middle, or the Nth. */
function placeIn(span: { from: Day; to: Day }, place: string): Day | null {
  const length = serial(span.to) - serial(span.from) + 1;
  if (/初|最初|first/i.test(place)) return span.from;
  if (/最終|最後|last|final/i.test(place)) return span.to;
  if (/中日|middle/i.test(place)) return addDays(span.from, Math.floor((length - 1) / 2));
  const n = /second/i.test(place) ? 2 : /third/i.test(place) ? 3 : Number(place.charAt(0).normalize('NFKC'));
  return n >= 1 && n <= length ? addDays(span.from, n - 1) : null;
}

function runDay(context: ParsingContext, run: Run | undefined, place: string) {
  if (!run) return null;
  const span = runSpan(run, refDayOf(context));
  const day = span && placeIn(span, place);
  return day ? dayComponents(context, day) : null;
}

export const jaRunDay: Parser = {
  pattern: () => runTables().jaRe,
  extract: (context, match) => runDay(context, runTables().ja.get(match[1]!), match[2]!),
};

export const enRunDay: Parser = {
  pattern: () => runTables().enRe,
  extract(context, match) {
    // "by the last day of Golden Week", "until the first day of Obon": the day bounds another time.
    if (BOUND_BEFORE.test(context.text.slice(Math.max(0, match.index! - 12), match.index))) return null;
    return runDay(context, runTables().en.get(match[2]!.toLowerCase()), match[1]!);
  },
};

/** Whether the text may name a day by its place in a run, or a run as a period (a cheap test before the run parsers). */
export function mayNameRunDay(text: string): boolean {
  return /初日|最初の日|中日|最終日|最後の日|日目|day of|連休|シルバーウィーク/i.test(text);
}

/**
 * Round 34: a run of days off named as a period, the time of an act (春分の日の連休中に, 9月の連休の間に, 連休中に,
 * シルバーウィーク中に): the run around the holiday named, the first run of three days off or more in the month named,
 * else the next run — a vague date with its span, judged by the calendar rules as a period. Only with 中 / の間 / の期間
 * and に or で after it: not 連休中は (a closure told), 連休中日 (a day, jaRunDay's), 連休明け or 連休前, nor 連休中にもかかわらず
 * ("despite the holidays": thanks for the client's own trouble, no time of an act).
 */
let runPeriodRe: RegExp | undefined;
function runPeriodPattern(): RegExp {
  if (runPeriodRe) return runPeriodRe;
  const holidays = [...tables().ja.entries()].filter(([, n]) => n.target.kind === 'holiday').map(([k]) => k);
  const words = DATA.runs.filter((r) => r.holidays).flatMap((r) => r.words.ja);
  const alt = (keys: string[]) => [...keys].sort(byLength).map(escape).join('|');
  runPeriodRe = new RegExp(`(?:(${alt(holidays)})\\s*の\\s*|([0-9０-９]{1,2})\\s*月\\s*の\\s*)?(?:${alt(words)})(?:中|の間|の期間中?)(?=\\s*(?:に(?!も(?:かかわ|関わ|拘))|で))`);
  return runPeriodRe;
}

/** The run of days off (three or more) that holds `day`, or null. */
function runAround(day: Day): { from: Day; to: Day } | null {
  if (!dayOff(day)) return null;
  let from = day;
  let to = day;
  while (dayOff(addDays(from, -1))) from = addDays(from, -1);
  while (dayOff(addDays(to, 1))) to = addDays(to, 1);
  return serial(to) - serial(from) >= 2 ? { from, to } : null;
}

/** The first run of days off (three or more) on or after `today` with a day in month `m`, within a year. */
function runInMonth(m: number, today: Day): { from: Day; to: Day } | null {
  let from = today;
  for (let i = 0; i < 40; i++) {
    const r = nextHolidayRun(from);
    if (!r) return null;
    if (r.from.m === m || r.to.m === m) return r;
    from = addDays(r.to, 1);
  }
  return null;
}

export const jaRunPeriod: Parser = {
  pattern: () => runPeriodPattern(),
  extract(context, match) {
    const today = refDayOf(context);
    let span: { from: Day; to: Day } | null;
    if (match[1]) {
      const name = tables().ja.get(match[1]);
      const day = name && dayOf(name.target, today);
      span = day ? runAround(day) : null;
    } else if (match[2]) span = runInMonth(Number(match[2].normalize('NFKC')), today);
    else span = nextHolidayRun(today);
    return span ? periodComponents(context, span) : null;
  },
};

/** Whether `text` names the entry `id` (a holiday alias, a fixed day, a period or a run's day): the parsers' own reading, for examples. */
export function namesEntry(id: string, text: string): boolean {
  const r = runTables();
  const run = r.jaRe.exec(text) ?? r.enRe.exec(text);
  if (run) return (r.ja.get(run[1]!) ?? r.en.get(run[2]!.toLowerCase()))?.id === id;
  const t = tables();
  const ja = t.jaRe.exec(text);
  if (ja && t.ja.get(ja[2]!)?.id === id) return true;
  const en = t.enRe.exec(text) ?? t.enCaseless?.exec(text);
  return Boolean(en && [...t.en.values()].some((n) => n.id === id && n.surface.toLowerCase() === en[1]!.toLowerCase()));
}
