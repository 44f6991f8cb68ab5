import type { EnToken } from './en-parse';

/**
 * Round 23 (newsen): how often something is done, read as a figure per year so that two frequencies compare — "2 per
 * year (until now 4 per year)", "once a quarter instead of once a month", "every 6 weeks (previously every 4 weeks)",
 * "twice a year", "3 times a month", "quarterly instead of monthly". A count (a figure, a number word, "once", "twice"),
 * "times" and the thing counted optionally after it ("2 visits per year"), then "per", "a", "an", "every", "each" or "/"
 * and a period; or "every N <periods>"; or an adverb of frequency standing alone (not "monthly fee", which names a fee).
 * The figure readers (en-news-figures.ts) judge whether fewer is worse for the client by what is counted.
 */
export interface Rate { value: number; end: number; perYear: number }

/** How many of each period make a year. */
const PER_YEAR: Record<string, number> = {
  day: 365, days: 365, week: 52, weeks: 52, wk: 52, fortnight: 26, fortnights: 26, month: 12, months: 12, quarter: 4, quarters: 4,
  year: 1, years: 1, annum: 1, yr: 1, shift: 730, shifts: 730,
};
/** Counts of times written as words. */
const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
/** Adverbs of frequency, per year. */
const FREQUENCY_ADVERBS: Record<string, number> = {
  daily: 365, weekly: 52, fortnightly: 26, biweekly: 26, monthly: 12, bimonthly: 6, quarterly: 4, biannually: 2, 'semi-annually': 2,
  annually: 1, yearly: 1,
};
/** Number words a writer spells out ("two engineers instead of four"). */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};
const MARKERS = new Set(['per', 'a', 'an', 'every', 'each', '/']);

/** A count at `i`: a figure, a number word the tagger read as one, or "once" / "twice" / "thrice". */
function countAt(tokens: readonly EnToken[], i: number): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (TIMES[t.lower] !== undefined) return TIMES[t.lower];
  if (t.pos !== 'NUM') return undefined;
  const v = NUMBER_WORDS[t.lower] ?? Number(t.text.replace(/,/g, ''));
  return Number.isFinite(v) ? v : undefined;
}

/** The frequency starting at token `i`, if one does. */
export function rateAt(tokens: readonly EnToken[], i: number): Rate | undefined {
  const t = tokens[i]!;
  const adverb = FREQUENCY_ADVERBS[t.lower];
  if (adverb !== undefined) {
    const next = tokens[i + 1];
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return undefined;
    return { value: adverb, end: i + 1, perYear: adverb };
  }
  if (t.lower === 'every' || t.lower === 'each') {
    // "every 6 weeks", "every other month", "every week".
    const n = countAt(tokens, i + 1);
    const other = tokens[i + 1]?.lower === 'other';
    const at = n !== undefined || other ? i + 2 : i + 1;
    const per = PER_YEAR[tokens[at]?.lower ?? ''];
    if (per === undefined || (n !== undefined && n <= 0)) return undefined;
    const value = per / (other ? 2 : n ?? 1);
    return { value, end: at + 1, perYear: value };
  }
  const count = countAt(tokens, i);
  if (count === undefined) return undefined;
  let k = i + 1;
  if (tokens[k]?.lower === 'times' || tokens[k]?.lower === 'x') k++;
  // "2 visits per year", "4 on-site days a month": the thing counted, up to three words.
  for (let n = 0; n < 3 && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ' || tokens[k]?.text === '-') && !MARKERS.has(tokens[k]!.lower); n++) k++;
  if (!MARKERS.has(tokens[k]?.lower ?? '')) return undefined;
  const per = PER_YEAR[tokens[k + 1]?.lower ?? ''];
  if (per === undefined || /s$/.test(tokens[k + 1]!.lower)) return undefined;
  return { value: count * per, end: k + 2, perYear: per };
}
