/**
 * Round 30: a validity cut short — "Our current buyers' enquiries are valid only till this Thursday", "This quotation
 * is valid only until this Friday", "the offer is valid 48 hours only", "the rate holds just until tomorrow". A quote's
 * standard validity is clean (the spec), and pressure.json's quote-validity exemption keeps "the quote is valid until
 * 30 June" out of the levers; but a validity bounded by "only"/"just" to a few days gives the reader no time to consult,
 * whatever noun the offer is. Read from tokens: a term verb or adjective (valid, good, firm, holds, stands, runs,
 * lasts, expires), a restricting "only/just/merely" within its phrase, and a short time in the same phrase — a weekday,
 * tomorrow or tonight, this week, or a count of at most seven days or 72 hours. A month or a date far off ("valid only
 * until 31 December") is a validity, not a push; a link, a password or a visa valid for a day is no offer.
 */
import { z } from 'zod';
import data from '../../../dictionaries/en/validity-cut.json';
import { bundled, onDemand } from '../../rules/bundled';
import { WordClassSchema, wordLists } from '../../rules/word-class';
import type { EnFacts, EnToken } from './en';

export const ValidityCutSchema = onDemand(() => z.object({
  description: z.string(),
  term: WordClassSchema(),
  restrict: WordClassSchema(),
  weekdays: WordClassSchema(),
  soon: WordClassSchema(),
  hourUnits: WordClassSchema(),
  notOffers: WordClassSchema(),
}));
/**
 * The word classes, with their own examples in dictionaries/en/validity-cut.json (round 31): the words that say how long
 * a thing is good for (the head of a validity), the restricting words, weekdays, points in the next day or two, hour
 * units, and things valid for a short time that are not an offer to the reader (a link, a password, a visa).
 */
const WORDS = wordLists(bundled('en/validity-cut', ValidityCutSchema, data));
const TERM = new Set(WORDS.term);
const RESTRICT = new Set(WORDS.restrict);
const WEEKDAYS = new Set(WORDS.weekdays);
const SOON = new Set(WORDS.soon);
const DAY_UNITS = new Set(['day', 'days']);
const HOUR_UNITS = new Set(WORDS.hourUnits);
const WORD_COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, few: 3, couple: 2, a: 1 };
const NOT_OFFERS = new Set(WORDS.notOffers);
/** How far from the term the restriction and the time may stand ("valid only till this Thursday", "valid for 3 days only"). */
const REACH = 7;

/** Token i starts a short time: a weekday, a point within a day or two, "this week", or at most 7 days or 72 hours. */
function shortTimeAt(t: EnToken[], i: number): boolean {
  const w = t[i]!.lower;
  if (WEEKDAYS.has(w) || SOON.has(w)) return true;
  if ((w === 'week' || w === 'week-end') && (t[i - 1]?.lower === 'this' || (t[i - 1]?.lower === 'the' && t[i - 2]?.lower === 'of'))) return true;
  const unit = t[i + 1]?.lower ?? '';
  const next = DAY_UNITS.has(unit) || HOUR_UNITS.has(unit) ? unit : DAY_UNITS.has(t[i + 2]?.lower ?? '') && /^(?:business|working|calendar)$/.test(unit) ? t[i + 2]!.lower : '';
  if (!next) return false;
  const n = /^\d{1,3}$/.test(w) ? Number(w) : WORD_COUNTS[w];
  if (n === undefined) return false;
  return DAY_UNITS.has(next) ? n <= 7 : n <= 72;
}

/** Whether the sentence states a validity bounded by "only"/"just" to a short time (see the file's note). */
export function validityCutShort(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question) return false;
  if (t.some((x) => NOT_OFFERS.has(x.lower))) return false;
  for (let i = 0; i < t.length; i++) {
    if (!TERM.has(t[i]!.lemma) && !TERM.has(t[i]!.lower)) continue;
    const from = Math.max(0, i - 2);
    const to = Math.min(t.length, i + REACH + 1);
    // "not only valid", "valid not just for you": "only" of an addition restricts nothing.
    const restricted = t.slice(from, to).some((x, k) => RESTRICT.has(x.lower) && t[from + k - 1]?.lower !== 'not');
    if (!restricted) continue;
    for (let k = i + 1; k < to; k++) if (shortTimeAt(t, k)) return true;
  }
  return false;
}

/** A cheap test before the parse: a restricting word is written. */
export const MAY_CUT_SHORT = /\b(?:only|just|merely|solely)\b/i;
