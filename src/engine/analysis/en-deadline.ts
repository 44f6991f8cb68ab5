/**
 * The deadline fact (round 17): a word that sets a date and the date after it, with what the word says of the
 * date — "sign by Friday" (by: act before it), "the price holds until March 31" (until: a thing lasts to it),
 * "from July 1 list pricing applies", "after that date the rate goes back to list" (from: a thing changes at
 * it), "within 48 hours" (within: a span from now), "on March 1" (at). One reader for the pressure rules
 * (rules/en/lib/pressure.ts) and for the standing-rule rule's dated offers (round 18), on plain
 * lower-cased words: the words of wordsOf or the tokens of the parse.
 *
 * A date is a weekday, a month, a time word ("tomorrow", "month-end", "Q3"), an ordinal ("the 15th"), a figure
 * with a month, a clock time or another figure ("1 May", "5 pm", "3/15"), or — said back to a date given
 * before — an anaphor: "by that date", "until then", "after that". An anaphor is a date only where the
 * caller has one to point back to (the sentence before, or an earlier date in the same sentence).
 */

export type DeadlineSense = 'by' | 'until' | 'from' | 'within' | 'at';

export interface Deadline {
  /** Index of the deadline word (the first word of "no later than", "as of"). */
  word: number;
  /** Index of the first word of the date, after any lead ("the end of"). */
  date: number;
  sense: DeadlineSense;
  /** "that date", "then", "that": the date is one said before. */
  anaphor: boolean;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Words that name a point in time on their own after "by", "until", "before": "by tomorrow", "until month-end". */
const TIME_WORDS = new Set(['today', 'tonight', 'tomorrow', 'noon', 'midnight', 'eod', 'cob', 'week', 'month', 'quarter', 'year', 'weekend', 'day',
  'q1', 'q2', 'q3', 'q4', 'year-end', 'month-end', 'quarter-end']);
/** Holidays named as a point in time ("before Christmas", "until the holidays", "by Obon"). */
const HOLIDAYS = new Set(['christmas', 'xmas', 'holidays', 'holiday', 'obon']);
/** What may stand between the date word and the date: "by the end of next week", "until this Friday". */
const DATE_LEAD = new Set(['the', 'this', 'next', 'end', 'of', 'close', 'coming', 'early', 'mid', 'late']);
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;
const FIGURE = /^\d{1,4}$/;
/** A date said back: "that date", "that day", "that point", "this date". */
const ANAPHOR_HEADS = new Set(['date', 'day', 'deadline', 'point', 'time', 'cut-off', 'cutoff']);

/** The deadline words and what they say of the date; the longest first at one position. */
const DEADLINE_WORDS: ReadonlyArray<[string[], DeadlineSense]> = [
  [['no', 'later', 'than'], 'by'], [['by'], 'by'], [['before'], 'by'],
  [['until'], 'until'], [['till'], 'until'], [['til'], 'until'], [['through'], 'until'], [['thru'], 'until'],
  [['after'], 'from'], [['from'], 'from'], [['as', 'of'], 'from'], [['starting'], 'from'], [['effective'], 'from'], [['beyond'], 'from'], [['past'], 'from'],
  [['within'], 'within'],
  [['on'], 'at'],
];

export type DateKind = 'date' | 'anaphor';

/**
 * The date starting at word i ("Friday", "the 15th", "10 am", "1 May", "the end of the month"), an anaphor
 * ("that date", "then"), or nothing.
 */
export function dateAt(words: readonly string[], i: number): DateKind | undefined {
  if (i < 0 || i >= words.length) return undefined;
  const first = words[i]!;
  if (first === 'then') return 'anaphor';
  if (first === 'that' || first === 'this') {
    const head = words[i + 1];
    if (head !== undefined && ANAPHOR_HEADS.has(head)) return 'anaphor';
  }
  let k = i;
  while (k < words.length && k < i + 4 && DATE_LEAD.has(words[k]!)) k++;
  const w = words[k];
  if (w === undefined) return undefined;
  if (WEEKDAYS.has(w) || MONTHS.has(w) || TIME_WORDS.has(w) || ORDINAL.test(w)) return 'date';
  // Round 23: the season points a seller sets a decision against ("before Christmas", "by the holidays", "before the
  // new year", "before Golden Week", "before the holiday season"): no calendar date, the same clock.
  // "by 5pm Friday", "before 10am": a clock time written as one word.
  if (/^\d{1,2}(?::\d\d)?(?:am|pm)$/.test(w)) return 'date';
  if (HOLIDAYS.has(w) || (w === 'new' && words[k + 1] === 'year') || (w === 'golden' && words[k + 1] === 'week')) return 'date';
  const next = words[k + 1] ?? '';
  return FIGURE.test(w) && (MONTHS.has(next) || next === 'am' || next === 'pm' || FIGURE.test(next) || /^\d{1,2}(?:am|pm)$/.test(next)) ? 'date' : undefined;
}

/** The count of a span from now: "within 48 hours", "within two days", "within the next few days". */
const SPAN_NUMBERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'forty-five', 'fifty', 'sixty', 'few', 'couple', 'handful']);

/** Every deadline of the words, in order. "after that" alone (no head) is an anaphor only when `bareThat`. */
export function deadlinesIn(words: readonly string[], opts: { bareThat?: boolean } = {}): Deadline[] {
  const out: Deadline[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const [phrase, sense] of DEADLINE_WORDS) {
      if (!phrase.every((p, k) => words[i + k] === p)) continue;
      const at = i + phrase.length;
      // "within 48 hours", "within two days", "within the next three days": a span from now.
      if (sense === 'within') {
        const n = words[at] === 'the' && words[at + 1] === 'next' ? at + 2 : at;
        if (FIGURE.test(words[n] ?? '') || SPAN_NUMBERS.has(words[n] ?? '')) {
          out.push({ word: i, date: at, sense, anaphor: false });
          break;
        }
      }
      const kind = dateAt(words, at);
      if (kind !== undefined) out.push({ word: i, date: at, sense, anaphor: kind === 'anaphor' });
      // "After that, pricing goes back to list": "that" alone points back to a date only in a sentence's lead.
      else if (opts.bareThat && sense === 'from' && phrase[0] === 'after' && words[at] === 'that') out.push({ word: i, date: at, sense, anaphor: true });
      break;
    }
  }
  return out;
}
