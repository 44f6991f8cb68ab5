// The date, time and time-zone fields of calendar editors, read into and written from the `when` text
// (WHEN_FORMAT, src/engine/types.ts). Parsing is by the shapes the editors display, in English and Japanese:
// "Dec 2, 2026", "Wednesday, December 2", "12/2/2026", "2026/12/02 (水)", "2026年 12月 2日"; "2:00pm",
// "8:00 PM", "14:00", "午後2:00". Writing keeps the shape the field already shows, so the editor parses it
// as if the person had typed it. Pure functions: no DOM here.
import { WHEN_FORMAT } from '../engine/types';

export interface YMD {
  y: number;
  m: number;
  d: number;
}
export interface HM {
  h: number;
  min: number;
}

export interface When {
  start: YMD;
  end: YMD;
  /** Absent for an all-day event (then `end` is exclusive, as WHEN_FORMAT says). */
  startTime?: HM;
  endTime?: HM;
  zone?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

const pad = (n: number) => String(n).padStart(2, '0');

export function validYmd(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function addDaysYmd(day: YMD, n: number): YMD {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function weekdayOf(day: YMD): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

export const isoYmd = (d: YMD) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
export const isoHm = (t: HM) => `${pad(t.h)}:${pad(t.min)}`;

/** A year-less date ("Wednesday, December 2"): the nearest such date from `today` on, or up to 6 months back. */
function inferYear(m: number, d: number, today: YMD): number {
  for (const y of [today.y, today.y + 1, today.y - 1]) {
    if (!validYmd(y, m, d)) continue;
    const diff = (Date.UTC(y, m - 1, d) - Date.UTC(today.y, today.m - 1, today.d)) / 86_400_000;
    if (diff >= -183 && diff <= 183) return y;
  }
  return today.y;
}

function ymdOrNull(y: number, m: number, d: number): YMD | null {
  return validYmd(y, m, d) ? { y, m, d } : null;
}

/** A date field's value; `dataDate` is GCal's machine-readable `data-date="20261202"` when present. */
export function parseDate(value: string, today: YMD, dataDate?: string | null): YMD | null {
  const data = dataDate?.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (data) return ymdOrNull(+data[1]!, +data[2]!, +data[3]!);
  const v = value.normalize('NFKC').trim();
  let m = v.match(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/);
  if (m) return ymdOrNull(+m[1]!, +m[2]!, +m[3]!);
  m = v.match(/(\d{1,2})\s*月\s*(\d{1,2})\s*日/);
  if (m) return ymdOrNull(inferYear(+m[1]!, +m[2]!, today), +m[1]!, +m[2]!);
  m = v.match(/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/);
  if (m) return ymdOrNull(+m[1]!, +m[2]!, +m[3]!);
  m = v.match(/(\d{1,2})\/(\d{1,2})\/(\d{4})/);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    // US order (M/D/Y) unless the first number cannot be a month.
    return a > 12 ? ymdOrNull(+m[3]!, b, a) : ymdOrNull(+m[3]!, a, b);
  }
  const monthAt = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
  // "Dec 2, 2026", "December 2", "Wednesday, December 2, 2026"
  m = v.match(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?/);
  if (m && monthAt(m[1]!) > 0) {
    const month = monthAt(m[1]!);
    return ymdOrNull(m[3] ? +m[3] : inferYear(month, +m[2]!, today), month, +m[2]!);
  }
  // "2 Dec 2026", "2 December"
  m = v.match(/\b(\d{1,2})\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?/);
  if (m && monthAt(m[2]!) > 0) {
    const month = monthAt(m[2]!);
    return ymdOrNull(m[3] ? +m[3] : inferYear(month, +m[1]!, today), month, +m[1]!);
  }
  return null;
}

/** A time field's value: "14:00", "2:00pm", "2pm", "8:00 PM", "午後2:00", "14時30分". */
export function parseTime(value: string): HM | null {
  const v = value.normalize('NFKC').trim();
  const m = v.match(/(午前|午後)?\s*(\d{1,2})(?:\s*[:時]\s*(\d{2}))?\s*分?\s*(a\.?m\.?|p\.?m\.?)?/i);
  if (!m || (!m[3] && !m[4] && !m[1] && !/時/.test(v))) return null;
  let h = +m[2]!;
  const min = m[3] ? +m[3] : 0;
  const pm = m[1] === '午後' || /^p/i.test(m[4] ?? '');
  const am = m[1] === '午前' || /^a/i.test(m[4] ?? '');
  if (pm || am) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || min > 59) return null;
  return { h, min };
}

/** A date written in the shape `like` shows (the field's current value). */
export function formatDate(day: YMD, like: string): string {
  const v = like.normalize('NFKC');
  const wdJa = WEEKDAYS_JA[weekdayOf(day)]!;
  if (/年/.test(v)) {
    const sp = /年\s/.test(v) ? ' ' : '';
    const wd = /[(（]\s*[日月火水木金土]\s*[)）]/.test(like) ? `（${wdJa}）` : '';
    return `${day.y}年${sp}${day.m}月${sp}${day.d}日${wd}`;
  }
  if (/\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/.test(v)) {
    const sep = v.match(/\d{4}([-/.])/)![1]!;
    const zero = /\d{4}[-/.]0\d/.test(v) || /[-/.]0\d\b/.test(v);
    const md = zero ? `${pad(day.m)}${sep}${pad(day.d)}` : `${day.m}${sep}${day.d}`;
    const wd = /\([日月火水木金土]\)/.test(like) ? ` (${wdJa})` : '';
    return `${day.y}${sep}${md}${wd}`;
  }
  const wdEn = WEEKDAYS[weekdayOf(day)]!;
  const lead = v.match(/^\s*([A-Za-z]+)(,?)\s+(?=\S)/);
  const weekdayLead = lead && WEEKDAYS.some((w) => w.toLowerCase().startsWith(lead[1]!.toLowerCase()) && lead[1]!.length >= 3) ? lead : null;
  const prefix = weekdayLead ? `${weekdayLead[1]!.length > 3 ? wdEn : wdEn.slice(0, 3)}${weekdayLead[2]} ` : '';
  if (/\d{1,2}\/\d{1,2}\/\d{4}/.test(v)) {
    const parts = v.match(/(\d{1,2})\/(\d{1,2})\/\d{4}/)!;
    const dayFirst = +parts[1]! > 12;
    return `${prefix}${dayFirst ? `${day.d}/${day.m}` : `${day.m}/${day.d}`}/${day.y}`;
  }
  const named = v.match(/\b([A-Za-z]{3,9})\.?\s+\d{1,2}\b(,?\s+\d{4})?/);
  if (named && MONTHS.includes(named[1]!.slice(0, 3).toLowerCase()) && !WEEKDAYS.some((w) => w.toLowerCase().startsWith(named[1]!.toLowerCase()))) {
    const month = named[1]!.length > 3 ? MONTH_NAMES[day.m - 1]! : MONTH_NAMES[day.m - 1]!.slice(0, 3);
    const year = named[2] ? `, ${day.y}` : '';
    return `${prefix}${month} ${day.d}${year}`;
  }
  const dayFirstNamed = v.match(/\b\d{1,2}\s+([A-Za-z]{3,9})\.?(\s+\d{4})?/);
  if (dayFirstNamed && MONTHS.includes(dayFirstNamed[1]!.slice(0, 3).toLowerCase())) {
    const month = dayFirstNamed[1]!.length > 3 ? MONTH_NAMES[day.m - 1]! : MONTH_NAMES[day.m - 1]!.slice(0, 3);
    return `${prefix}${day.d} ${month}${dayFirstNamed[2] ? ` ${day.y}` : ''}`;
  }
  return isoYmd(day);
}

/** A time written in the shape `like` shows. */
export function formatTime(t: HM, like: string): string {
  const v = like.normalize('NFKC');
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  if (/午前|午後/.test(v)) return `${t.h < 12 ? '午前' : '午後'}${h12}:${pad(t.min)}`;
  const ampm = v.match(/\d\s*(a\.?m\.?|p\.?m\.?)/i);
  if (ampm) {
    const suffix = t.h < 12 ? 'am' : 'pm';
    const upper = ampm[1]![0] === ampm[1]![0]!.toUpperCase();
    const space = /\d\s+[ap]/i.test(v) ? ' ' : '';
    return `${h12}:${pad(t.min)}${space}${upper ? suffix.toUpperCase() : suffix}`;
  }
  const zero = /^\s*0\d/.test(v);
  return `${zero ? pad(t.h) : t.h}:${pad(t.min)}`;
}

/** The IANA zone a time-zone control shows: "(GMT+09:00) Japan Standard Time - Tokyo", "(UTC+09:00) Osaka, Sapporo, Tokyo". */
export function zoneFromLabel(label: string | null | undefined): string | null {
  const text = (label ?? '').trim();
  if (!text) return null;
  const zones = supportedZones();
  const iana = text.match(/\b[A-Z][A-Za-z_]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?\b/);
  if (iana && zones.has(iana[0])) return iana[0];
  const lower = text.toLowerCase();
  let best: string | null = null;
  for (const zone of zones) {
    const city = zone.split('/').pop()!.replace(/_/g, ' ').toLowerCase();
    if (city.length < 4 || !zone.includes('/') || zone.startsWith('Etc/')) continue;
    const at = lower.indexOf(city);
    if (at < 0) continue;
    const before = at === 0 ? ' ' : lower[at - 1]!;
    const after = lower[at + city.length] ?? ' ';
    if (/[a-z]/.test(before) || /[a-z]/.test(after)) continue;
    if (!best || city.length > best.split('/').pop()!.length) best = zone;
  }
  if (best) return best;
  // Windows-style names without a city (Outlook: "(UTC-08:00) Pacific Time (US & Canada)").
  for (const [name, zone] of NAMED_ZONES) if (lower.includes(name)) return zone;
  if (/\((?:gmt|utc)\)|coordinated universal time/.test(lower)) return 'UTC';
  return null;
}

const NAMED_ZONES: Array<[string, string]> = [
  ['pacific time', 'America/Los_Angeles'],
  ['mountain time', 'America/Denver'],
  ['central time', 'America/Chicago'],
  ['eastern time', 'America/New_York'],
  ['japan standard time', 'Asia/Tokyo'],
  ['central european', 'Europe/Paris'],
  ['greenwich mean time', 'Europe/London'],
];

let zoneCache: Set<string> | null = null;
function supportedZones(): Set<string> {
  if (!zoneCache) {
    const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
    zoneCache = new Set(intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : ['Asia/Tokyo', 'UTC']);
  }
  return zoneCache;
}

/** The `when` text of an invitation (WHEN_FORMAT). */
export function formatWhen(w: When): string {
  if (!w.startTime || !w.endTime) return `${isoYmd(w.start)}/${isoYmd(w.end)}`;
  const zone = w.zone ? ` ${w.zone}` : '';
  return `${isoYmd(w.start)}T${isoHm(w.startTime)}/${isoYmd(w.end)}T${isoHm(w.endTime)}${zone}`;
}

/** A `when` text back into its parts; null when it is not WHEN_FORMAT or names an impossible date. */
export function parseWhen(text: string): When | null {
  const m = text.trim().match(WHEN_FORMAT);
  if (!m) return null;
  const ymd = (s: string) => {
    const [y, mo, d] = s.split('-').map(Number) as [number, number, number];
    return ymdOrNull(y, mo, d);
  };
  const hm = (s: string | undefined) => {
    if (!s) return undefined;
    const [h, min] = s.split(':').map(Number) as [number, number];
    return h <= 23 && min <= 59 ? { h, min } : null;
  };
  const start = ymd(m[1]!);
  const end = ymd(m[3]!);
  const startTime = hm(m[2]);
  const endTime = hm(m[4]);
  if (!start || !end || startTime === null || endTime === null || !startTime !== !endTime) return null;
  const w: When = { start, end };
  if (startTime && endTime) {
    w.startTime = startTime;
    w.endTime = endTime;
  }
  if (m[5]) w.zone = m[5];
  return w;
}
