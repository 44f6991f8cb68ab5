import type { EnFacts } from './en';
import { isCurrencyAfter, isCurrencyBefore } from './currency';
import type { EnToken } from './en-parse';
import { clauseOf } from './en';
import { newsWords } from './en-news-classes';
import { dates, later } from './en-news';

/**
 * Round 45: bad news told over two sentences, each a plain statement of one value — the value before ("ETA was 12 May.",
 * "Your PO was for 20 tonnes.", "You ordered 500 cartons.") and then the value now ("Now it is 26 May.", "We can load 14
 * tonnes on the June vessel.", "320 will ship this week."). Neither sentence is news alone; together they say the date
 * slipped or the order is cut. The labelled lines ("Ordered: 120,000 pcs" over "Confirmed: 45,000 pcs") and the
 * measured value before its limit are value-pair.ts's and en-news-lines.ts's; these are the same pairs told in sentences.
 *
 * Not: two dates of two things (shipped on 5 May, arriving on 28 May: no word says the first was the plan), the rest of
 * the order promised ("200 ship Monday, the other 300 on Friday": a second figure or a word of the rest), a part the
 * reader asked for, a question or a condition.
 */
export interface ToldSide { role: 'old' | 'new' | 'whole' | 'part'; measure: 'date' | 'qty'; value: number; unit?: string }

// The word classes (news-words.json, each with its examples): a plan set aside (told-old: "originally", "planned"), a date of
// the goods or the work (told-date-nouns), the date now (told-new), the reader's whole (told-whole), a verb supplying a part
// (told-supply), the rest to come (told-rest).
const has = (words: readonly string[], name: Parameters<typeof newsWords>[0]) => words.some((w) => newsWords(name).has(w));

const lowers = (t: EnToken[]) => t.map((x) => x.lower);
const EARLY = /^(?:earlier|ahead|sooner|early)$/;

/** A quantity: a figure (not money, a share, a year, a day of a month, a clock) and the noun after it as its unit. */
function quantities(f: EnFacts, dayAt: Set<number>): Array<{ index: number; value: number; unit?: string }> {
  const t = f.tokens;
  const out: Array<{ index: number; value: number; unit?: string }> = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.pos !== 'NUM' || dayAt.has(i) || dayAt.has(i - 1) || dayAt.has(i + 1)) continue;
    const value = Number(t[i]!.text.replace(/,/g, ''));
    if (!Number.isFinite(value) || /^(?:19|20)\d\d$/.test(t[i]!.text)) return [];
    const next = t[i + 1];
    // Money or a share is no count of goods: the pair readers leave it to the price readers.
    if (isCurrencyBefore(t[i - 1]?.lower ?? '') || isCurrencyAfter(next?.lower ?? '') || next?.text === '%' || next?.lower === 'percent') return [];
    out.push({ index: i, value, unit: next?.pos === 'NOUN' ? next.lemma : undefined });
  }
  return out;
}

/** One side of a pair told in a sentence, or undefined. */
export function toldSide(f: EnFacts): ToldSide | undefined {
  const t = f.tokens;
  if (f.question || f.conditional || f.imperative || t.length > 40) return undefined;
  const w = lowers(t);
  // Round 46 (y6ya-016): "loaded earlier than planned …, which sailed on 14 May" then "ETA is now 12 June, about ten days ahead
  // of the original schedule": a sentence that says its date came early tells good news on either side of a pair.
  if (w.some((x) => EARLY.test(x))) return undefined;
  // A month with no day ("on the June vessel") names a sailing, not a date either side could be told of.
  const ds = dates(t).filter((d) => !(d as { dayless?: boolean }).dayless);
  const dayAt = new Set(ds.map((d) => d.index));
  if (ds.length === 1) {
    const clause = clauseOf(f, ds[0]!.index);
    if (!clause || clause.conditional || clause.negation !== undefined) return undefined;
    const old = has(w, 'toldOld') || (clause.tense === 'past' && !clause.perfect && has(w, 'toldDateNouns') && w.includes('was'));
    if (old && !w.some((x) => x === 'now' || x === 'new' || x === 'revised')) return { role: 'old', measure: 'date', value: ds[0]!.day };
    const fresh = has(w, 'toldNew') || ((clause.tense === 'future' || clause.modal === 'will') && (has(w, 'toldDateNouns') || w.includes('it') || w.includes('arrive')));
    if (fresh && clause.tense !== 'past') return { role: 'new', measure: 'date', value: ds[0]!.day };
    return undefined;
  }
  if (ds.length > 1) return undefined;
  const qs = quantities(f, dayAt);
  if (qs.length !== 1) return undefined;
  const q = qs[0]!;
  const clause = clauseOf(f, q.index);
  if (!clause || clause.conditional || clause.negation !== undefined) return undefined;
  // "You ordered 500 cartons", "Your PO was for 20 tonnes", "the 20 t in your order": the reader's whole.
  if (has(w, 'toldWhole') && (w.includes('you') || w.includes('your'))) return { role: 'whole', measure: 'qty', value: q.value, unit: q.unit };
  if (has(w, 'toldRest') || clause.tense === 'past' || clause.subject?.side === 'you') return undefined;
  const supplies = t.some((x) => newsWords('toldSupply').has(x.lemma) && (x.pos === 'VERB' || x.pos === 'AUX'));
  if (supplies) return { role: 'part', measure: 'qty', value: q.value, unit: q.unit };
  return undefined;
}

/** The news two sides told one after the other make, or undefined: a later date now, or a smaller part of their whole. */
export function toldPairNews(before: ToldSide, now: ToldSide): 'delay' | 'shortage' | undefined {
  if (before.measure !== now.measure) return undefined;
  if (before.role === 'old' && now.role === 'new') return later(before.value, now.value) ? 'delay' : undefined;
  if (before.role !== 'whole' || now.role !== 'part') return undefined;
  if (before.unit && now.unit && before.unit !== now.unit) return undefined;
  return now.value < before.value ? 'shortage' : undefined;
}
