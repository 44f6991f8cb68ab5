// Dates given by reference to another date of the same mail: 同日 / 当日 / その日 / "that day" (the same day),
// 翌日 / 前日 / "the day after" (a day before or after it), 翌週の火曜 / "the Monday after" / "the following
// Tuesday" (a weekday placed from it), 翌週 / "the following week" (its next week). Read as a relation — a
// determiner of reference plus a unit of the calendar — and resolved against the date they refer to (the
// antecedent), never against the day the draft is written: 「7月20日に来日します。当日午後に伺います」 is July 20.
import { addDays, weekday, type Day } from './dates-day';

export type Relation =
  /** So many days from the antecedent: 同日 0, 翌日 1, 前日 −1, 翌々日 2. */
  | { kind: 'day'; days: number }
  /** A weekday placed from the antecedent: the first after (or before) it, or that day of its week + `weeks`. */
  | { kind: 'weekday'; wd: number; after?: 1 | -1; weeks?: number }
  /** The week after the antecedent's (a period): 翌週, "the following week". */
  | { kind: 'week'; weeks: number };

const JA_WD = '日月火水木金土';
const EN_WD = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Japanese: a referring prefix (同 / 当 / その / 同じ / 翌 / 前 / 次の / 前の, 翌々 / 前々) before 日 or 朝 — not 日程,
 * 日数, 日付, 前日比, 次の日曜日 (a weekday, read by jaNextWeekday) — or before a week with its weekday (翌週の火曜, その週の金曜日).
 */
export const JA_ANAPHOR = new RegExp(
  `(?:その)?(翌々日|前々日|翌日|前日|翌朝|次の日|前の日|同日|当日|同じ日|その日)(?![程数比付曜])` +
    `|(翌週|次週|同週|その週|その翌週)(?:の)?\\s*(?:([${JA_WD}])(?:曜日|曜))?`,
);

/**
 * English: "that day", "the same day", "that afternoon" (a part of the day named again: the day itself), "the day after / before (that)", "the following / next day or morning",
 * "the Monday after (that)", "the following Monday", "the following week", "the week after". What it is after is
 * the date named last: left unsaid (punctuation, a time or a clause follows), or referred to by a noun with "the"
 * ("the day after the holiday", "the Monday after the show closes") — not a noun placed by a phrase of its own
 * ("the day after the end of the fair", left alone).
 */
export const EN_ANAPHOR =
  /\b(?:(that|the\s+same|that\s+same)\s+(?:day|morning|afternoon|evening)\b(?!\s+(?:of|when|we|you|they|I)\b)|the\s+(day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(after|before)(?:(?:\s+that)?\b(?=\s*(?:[,.;:!?)(—–]|$|at\b|from\b|around\b|in\s+the\b|morning\b|afternoon\b|\d|would\b|could\b|works?\b|is\b|instead\b|if\b|or\b|and\b|as\b))|\s+(?:the|that|this)\s+(?!next\b|following\b)[a-z]+(?:\s+(?:closes|ends|is\s+over))?\b(?!\s+(?:of|on|in)\b))|the\s+(?:following|next)\s+(day|morning|afternoon|evening)\b|the\s+following\s+(week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i;

/** The relation a phrase matched by JA_ANAPHOR or EN_ANAPHOR states, or null. */
export function relationOf(phrase: string): Relation | null {
  const ja = JA_ANAPHOR.exec(phrase);
  if (ja && ja[1]) {
    const w = ja[1];
    const days = /翌々/.test(w) ? 2 : /前々/.test(w) ? -2 : /翌|次/.test(w) ? 1 : /前/.test(w) ? -1 : 0;
    return { kind: 'day', days };
  }
  if (ja && ja[2]) {
    const weeks = /同週|^その週/.test(ja[2]) ? 0 : 1;
    return ja[3] ? { kind: 'weekday', wd: JA_WD.indexOf(ja[3]), weeks } : { kind: 'week', weeks };
  }
  const en = EN_ANAPHOR.exec(phrase);
  if (!en) return null;
  if (en[1]) return { kind: 'day', days: 0 };
  if (en[2]) {
    const sign = en[3]!.toLowerCase() === 'after' ? 1 : -1;
    const unit = en[2].toLowerCase();
    if (unit === 'day') return { kind: 'day', days: sign };
    if (unit === 'week') return { kind: 'week', weeks: sign };
    return { kind: 'weekday', wd: EN_WD.indexOf(unit), after: sign };
  }
  if (en[4]) return { kind: 'day', days: 1 };
  const unit = en[5]!.toLowerCase();
  return unit === 'week' ? { kind: 'week', weeks: 1 } : { kind: 'weekday', wd: EN_WD.indexOf(unit), after: 1 };
}

/** Monday of the week `day` lies in (Japanese weeks start on Monday). */
function mondayOf(day: Day): Day {
  return addDays(day, -((weekday(day) + 6) % 7));
}

/** The day `rel` names, counted from the antecedent `from`. */
export function resolveRelation(rel: Relation, from: Day): Day {
  if (rel.kind === 'day') return addDays(from, rel.days);
  if (rel.kind === 'week') return addDays(mondayOf(from), rel.weeks * 7);
  if (rel.after) {
    const gap = rel.after > 0 ? ((rel.wd - weekday(from) + 7) % 7) || 7 : -(((weekday(from) - rel.wd + 7) % 7) || 7);
    return addDays(from, gap);
  }
  return addDays(mondayOf(from), (rel.weeks ?? 0) * 7 + ((rel.wd + 6) % 7));
}

/** 翌週 / 次週 written with no date before it: the week after this one, as it was read before (来週). */
export function readsFromToday(phrase: string): boolean {
  return /^(?:翌週|次週)/.test(phrase);
}
