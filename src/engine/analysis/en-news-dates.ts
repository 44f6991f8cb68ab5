import type { EnToken } from './en-parse';

/**
 * Round 20: the dates of a status line or a slip notice as writers outside the US and UK write them, which the news
 * readers' month-name scan missed ("Go-live revised from 18-Oct to 16-Nov", "SAT moved from 3 Sept to 24 Sept", "from
 * 18/10 to 16/11", "2026-10-18 → 2026-12-01", "18.10.2026"). Each is a day of the year on the scale of en-news.ts
 * `dates` (31 days a month), enough to tell which of two nearby dates is later.
 */

const ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A day of the month written as a number or an ordinal ("18", "18th"). */
export function dayNumber(t: EnToken | undefined): number | undefined {
  if (!t) return undefined;
  const m = /^([0-9]{1,2})(?:st|nd|rd|th)?$/.exec(t.lower);
  const v = m ? Number(m[1]) : undefined;
  return v !== undefined && v >= 1 && v <= 31 ? v : undefined;
}

const SHORT_MONTH = /^([a-z]{3,4})\.?(?:-\d{2,4})?$/;
/** The month of an abbreviation ("Oct", "Sept", "Nov.", "Oct-26" with its year glued on), or -1. */
function abbreviatedMonth(t: EnToken): number {
  const m = SHORT_MONTH.exec(t.lower);
  if (!m || FULL.includes(m[1]!)) return -1;
  const word = m[1] === 'sept' ? 'sep' : m[1]!;
  // Capitalised as a name, never a word of the sentence ("mar", "may", "dec" in lower case are no months here).
  return /^[A-Z]/.test(t.text) ? ABBREVIATIONS.indexOf(word) : -1;
}

/**
 * An abbreviated month with its day beside it: "18-Oct", "18 Oct", "Oct 18th", "Nov. 16", "18-Oct-26". A month
 * abbreviation alone is no date (it may be a name). Undefined when token `i` is no such month.
 */
export function abbreviatedDate(tokens: readonly EnToken[], i: number): { month: number; day: number } | undefined {
  const month = abbreviatedMonth(tokens[i]!);
  if (month < 0) return undefined;
  const before = tokens[i - 1]?.text === '-' ? tokens[i - 2] : tokens[i - 1];
  const after = tokens[i + 1]?.text === '-' ? undefined : tokens[i + 1];
  const day = dayNumber(before) ?? dayNumber(after);
  return day === undefined ? undefined : { month, day };
}

const ISO = /^((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH = /^(\d{1,2})([./])(\d{1,2})(?:\2((?:19|20)?\d\d))?$/;

/**
 * Dates written in figures: ISO ("2026-10-18"), and day and month with a slash or a dot ("18/10", "16.11.2026"). A
 * slash or dot pair is taken only when the sentence holds two of them (one "9/20" is as often a count as a date), and
 * a dot pair only with its year ("9.3" is a clause); day-first or month-first is read from whichever figure is above
 * 12, and pairs that could be both are left out.
 */
export function numericDates(tokens: readonly EnToken[]): Array<{ day: number; index: number }> {
  const iso: Array<{ day: number; index: number }> = [];
  const pairs: Array<{ a: number; b: number; index: number }> = [];
  tokens.forEach((t, index) => {
    const i = ISO.exec(t.text);
    if (i) {
      const m = Number(i[2]);
      const d = Number(i[3]);
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) iso.push({ day: (m - 1) * 31 + d, index });
      return;
    }
    const p = DAY_MONTH.exec(t.text);
    if (p && !(p[2] === '.' && p[4] === undefined)) pairs.push({ a: Number(p[1]), b: Number(p[3]), index });
  });
  if (iso.length > 0 || pairs.length < 2) return iso;
  const valid = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;
  const dayFirst = pairs.every((p) => valid(p.b, p.a));
  const monthFirst = pairs.every((p) => valid(p.a, p.b));
  const decided = dayFirst && !monthFirst ? 'dm' : monthFirst && !dayFirst ? 'md' : undefined;
  if (decided === undefined) return [];
  return pairs.map((p) => ({ day: decided === 'dm' ? (p.b - 1) * 31 + p.a : (p.a - 1) * 31 + p.b, index: p.index }));
}
