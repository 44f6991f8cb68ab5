import type { EnFacts } from './en';
import { isNewsWord } from './en-news-classes';

/**
 * A closure that comes back: an office, a warehouse or a portal that closes for the holidays, for stock-taking
 * or for a maintenance window, over a bounded period, or from a day on ("closes from December 29"), is a routine
 * notice, not the end of a service. Read off the closing verb's own words, so "will close permanently",
 * "closes for good" and a shutdown with no period stay an end. Only the verbs of closing and stopping take a
 * period: "terminate", "retire", "decommission" or "relocate" are never routine.
 */
const CLOSING = new Set(['close', 'closed', 'closes', 'closing', 'shut', 'stop', 'stops', 'stopped']);
/** A closure said to be final. */
const FINAL = new Set(['permanently', 'indefinitely', 'forever', 'definitively']);
/** Bounds of a period after the verb ("until January 4", "through the 3rd", "and reopens on …"). */
const BOUNDS = new Set(['until', 'till', 'through', 'thru']);
/** What we give the reader, as the gerund after "stop": stopping it is the end of a service, not a closure. */
const SUPPLY_GERUNDS = new Set(['supporting', 'offering', 'providing', 'selling', 'making', 'producing', 'stocking', 'carrying', 'servicing', 'manufacturing',
  'supplying', 'maintaining', 'hosting', 'publishing', 'distributing', 'developing', 'updating', 'issuing', 'printing',
  // Round 42: the verbs of making or handling goods ("We have stopped distilling cinnamon leaf oil").
  'distilling', 'growing', 'roasting', 'brewing', 'refining', 'processing', 'canning', 'weaving', 'spinning', 'milling', 'farming',
  'harvesting', 'importing', 'exporting', 'packing', 'bottling', 'catching', 'mining', 'extracting', 'assembling', 'baking', 'curing',
  'smoking', 'drying', 'freezing', 'cultivating', 'knitting', 'dyeing', 'shipping', 'sourcing', 'trading', 'handling', 'building', 'packaging']);
const RETURNS = new Set(['reopen', 'resume', 'restart', 'return', 'back']);
/** What a routine closure is for: a holiday, a break, stock-taking, scheduled work. */
const ROUTINE = new Set(['holiday', 'holidays', 'vacation', 'break', 'new', 'year-end', 'inventory', 'stock-taking', 'stocktaking',
  'stocktake', 'maintenance', 'servicing', 'upgrade', 'festival', 'obon', 'bon', 'christmas', 'easter', 'weekend', 'day']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'today', 'tonight'];

/** "stop supporting", "cease offering": the verb at `i` stops something we give (round 17). */
export function stopsGiving(f: EnFacts, i: number): boolean {
  const t = f.tokens[i]!;
  if (t.lemma !== 'stop' && t.lemma !== 'cease') return false;
  if (SUPPLY_GERUNDS.has(f.tokens[i + 1]?.lower ?? '')) return true;
  // Round 43 (ta2-033): the noun of giving with what is given ("from July we stop supply of bitter almond kernels", "cease
  // the sale of"): a learner's noun for the gerund. Its "of" keeps out the thing stopped on its own ("stop the delivery").
  const k = f.tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  return isNewsWord('givingNouns', f.tokens[k]) && f.tokens[k + 1]?.lower === 'of';
}

/** Whether the closing verb at token `i` closes for a period rather than for good. */
export function temporaryClosure(f: EnFacts, i: number): boolean {
  const { tokens } = f;
  if (!CLOSING.has(tokens[i]!.lower) && !CLOSING.has(tokens[i]!.lemma)) return false;
  if (tokens.some((t, k) => FINAL.has(t.lower) || (t.lower === 'for' && (tokens[k + 1]?.lower === 'good' || tokens[k + 1]?.lower === 'ever')))) return false;
  if (openEndedClosure(f, i)) return false;
  if (longUnexplained(f, i)) return false;
  // Only the words after the verb date or explain its closure: "The Kobe plant, closed over the holidays, will stop supplying us".
  for (let k = i + 1; k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (BOUNDS.has(w) && dateLike(f, k + 1)) return true;
    // Round 32: "closes on 24–25 December and 31 December–1 January", "is closed 12–16 August": a span of days joined by
    // a dash is bounded, as "from … to …" is.
    if (/^[–—-]$/.test(tokens[k]!.text) && dateLike(f, k - 1) && dateLike(f, k + 1)) return true;
    // "reopens on January 5", "back on the 6th"; "stop accepting returns" names goods sent back, not a reopening.
    if ((RETURNS.has(tokens[k]!.lemma) || RETURNS.has(w)) && tokens[k]!.pos !== 'NOUN') return true;
    // "from December 29", "from 1:00 to 5:00": a period that starts; "from our Nagoya site" is a place. Round 17: stopping
    // to give something from a date ("will stop supporting Windows 10 from October") ends it; only a bound or a return
    // (above) makes that a pause.
    if (w === 'from' && dateLike(f, k + 1) && !SUPPLY_GERUNDS.has(tokens[i + 1]?.lower ?? '')) return true;
    // "for the New Year holidays", "over Golden Week", "during the maintenance window", "for inventory".
    if ((w === 'for' || w === 'over' || w === 'during') && routineWithin(f, k + 1)) return true;
  }
  return false;
}

/**
 * Round 18: "The Japanese-speaking support line will be closed from 1 May 2027": a closure from a dated day with its
 * year and nothing after it that ends the period, brings it back or names a routine purpose, is the end of the service
 * (a holiday closure gives its end: "closed from 29 December 2026 to 4 January 2027", "… for the New Year holidays").
 */
export function openEndedClosure(f: EnFacts, i: number): boolean {
  const { tokens } = f;
  if (!CLOSING.has(tokens[i]!.lower) && !CLOSING.has(tokens[i]!.lemma)) return false;
  let dated = false;
  for (let k = i + 1; k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (BOUNDS.has(w) || w === 'to' || w === '-' || w === '–' || RETURNS.has(tokens[k]!.lemma) || RETURNS.has(w) || ROUTINE.has(w)) return false;
    if ((w === 'from' || w === 'of' || w === 'effective') && tokens.slice(k + 1, k + 5).some((t) => /^20\d\d$/.test(t.lower))) dated = true;
  }
  return dated;
}

/** A month's index (0–11) from its name or abbreviation. */
function monthOf(w: string): number | undefined {
  const i = MONTHS.indexOf(w);
  if (i < 0) return undefined;
  return i < 12 ? i : MONTHS.indexOf(MONTHS.slice(0, 12).find((full) => full.startsWith(w === 'sept' ? 'sep' : w))!);
}

/** The longest a closure with no purpose named reads as routine: a holiday week, a long weekend, stock-taking. */
const ROUTINE_DAYS = 16;

/** Day-of-month and month of the dates written after token `i` ("1 February", "February 28", "28 Feb 2027"), in order. */
function datesAfter(f: EnFacts, i: number): Array<{ m: number; d: number }> {
  const out: Array<{ m: number; d: number }> = [];
  const { tokens } = f;
  for (let k = i + 1; k < tokens.length; k++) {
    const m = monthOf(tokens[k]!.lower);
    if (m === undefined) continue;
    const day = [tokens[k - 1], tokens[k + 1]].map((t) => (t && /^\d{1,2}(?:st|nd|rd|th)?$/.test(t.lower) ? parseInt(t.lower, 10) : NaN)).find((n) => n >= 1 && n <= 31);
    if (day !== undefined) out.push({ m, d: day });
  }
  return out;
}

/**
 * Round 42: "Our tuna processing plant will be closed from 1 February to 28 February 2027. No loins will be produced or
 * shipped during that period.": a bounded closure longer than a holiday week, with no routine purpose named in the
 * sentence, stops our supply for weeks — news, not a holiday notice ("closed from 29 December to 4 January" is).
 */
export function longUnexplained(f: EnFacts, i: number): boolean {
  if (f.tokens.some((t) => ROUTINE.has(t.lower) && t.lower !== 'new' && t.lower !== 'day')) return false;
  const [a, b] = datesAfter(f, i);
  if (!a || !b) return false;
  const span = (b.m - a.m + 12) % 12 * 30.5 + (b.d - a.d);
  return span > ROUTINE_DAYS;
}

/** A day, a date or a time at token `k` ("December 29", "the 3rd", "Monday", "1:00", "29 December"). */
function dateLike(f: EnFacts, k: number): boolean {
  const t = f.tokens[k]?.lower === 'the' ? f.tokens[k + 1] : f.tokens[k];
  if (!t) return false;
  return MONTHS.includes(t.lower) || WEEKDAYS.includes(t.lower) || t.pos === 'NUM' || /^\d/.test(t.lower);
}

/** A routine purpose as the head of the few words after "for" / "over" / "during". */
function routineWithin(f: EnFacts, k: number): boolean {
  for (let r = k; r < f.tokens.length && r - k <= 4; r++) {
    const t = f.tokens[r]!;
    if (ROUTINE.has(t.lower) && !(t.lower === 'new' && f.tokens[r + 1]?.lower !== 'year') && !(t.lower === 'day' && r === k)) return true;
    if (t.pos === 'VERB' || t.lower === ',' || t.lower === '.') return false;
  }
  return false;
}
