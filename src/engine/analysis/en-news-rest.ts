import type { EnFacts } from './en';
import type { EnToken } from './en-parse';
import { clauseOf } from './en';
import { EN_MONTH_WORDS as MONTHS } from './dates';


/**
 * Round 37 (newsen37): the rest of an order sent later — "The other 25 follow in February", "… and the remaining 4 are on
 * the next available flight, four days later", "The balance goes on the next sailing in September". What is left of the
 * goods ("the other / remaining N", "the rest", "the balance") is named as the subject, and the clause carries it to a
 * later time (a month, "next", "later", "following", a week) on a carrier or by a verb of sending. Not: the rest already
 * gone (a past verb), a plan asked about, a condition, papers or answers that follow ("the remaining questions").
 */

/** The words that name what is left after a part. */
const REST = /^(?:other|remaining|rest|remainder|balance|outstanding)$/;
/** Verbs that carry goods, and what they travel on. */
const SENDS = /^(?:follow|ship|go|come|leave|arrive|sail|fly|load|deliver|dispatch|depart)$/;
const CARRIER = /^(?:flight|vessel|sailing|ship|truck|boat|plane)$/;
const LOAD = /^(?:shipment|container|departure|consignment)$/;
/** Words that put a time later than now. */
const LATER = /^(?:next|later|following|subsequent|until|till)$/;
/** What follows that is no goods: papers, answers, items of a talk. */
const PAPERS = /^(?:question|answer|detail|information|document|documentation|point|topic)$/;
const PAGES = /^(?:page|chapter|section|agenda|slide|invoice|payment|instalment|installment)$/;

/** A word that puts a time later than now: "next", "later", a month, a week. */
export const isLater = (t: EnToken) => LATER.test(t.lower) || MONTHS.has(t.lower) || t.lower === 'week';

export function restLater(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  const w = tokens.map((t) => t.lower);
  for (let k = 0; k < tokens.length; k++) {
    if (!REST.test(w[k]!)) continue;
    // "the other 25", "the remaining 4", "the rest (of the order)", "the balance of 18,000 pcs".
    if (w[k - 1] !== 'the' && !(w[k - 2] === 'the' && /^(?:other|remaining)$/.test(w[k - 1]!))) continue;
    // "each other", "on the other hand", "the other day": no goods.
    if (w[k] === 'other' && (w[k + 1] === 'hand' || w[k + 1] === 'day' || w[k + 1] === 'side')) continue;
    const clause = clauseOf(f, k);
    if (!clause || clause.conditional || (clause.tense === 'past' && !clause.perfect)) continue;
    const span = tokens.slice(k, clause.to);
    const end = span.findIndex((t) => t.text === ';' || t.text === '.');
    const rest = end < 0 ? span : span.slice(0, end);
    // The subject's head: the words up to the verb are no papers or answers.
    const verbAt = rest.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    if (rest.slice(0, verbAt < 0 ? 4 : verbAt).some((t) => PAPERS.test(t.lemma) || PAGES.test(t.lemma))) continue;
    // "The remaining 4 pallets arrived on the next flight": a verb in the past with no auxiliary tells the rest already gone.
    if (rest.some((t, n) => t.pos === 'VERB' && /ed$/.test(t.lower) && t.lower !== t.lemma && (n === 0 || rest[n - 1]!.pos !== 'AUX'))) continue;
    const sent = rest.some((t) => (t.pos === 'VERB' && SENDS.test(t.lemma)) || CARRIER.test(t.lemma) || LOAD.test(t.lemma));
    const later = rest.some(isLater);
    if (sent && later) return true;
  }
  return false;
}
