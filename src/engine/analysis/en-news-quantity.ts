import type { EnFacts } from './en';
import { classVerbAt } from './en-lexicon';

/**
 * Round 20: a quantity of the client's made smaller, told as the change of a figure rather than as a part of a whole —
 * "your quarterly standing order has been adjusted to zero cases for Q3", "Your standing order has been revised down to 200
 * units", "We have trimmed your quarterly quantity to 1,200 pcs", "Your weekly order is lowered to 30 cartons". The quantity
 * (an order, a call-off, an allocation, a volume) is the passive subject or the object of a verb of change; the verb makes it
 * smaller (WordNet's verbs of lessening, dictionaries/en/lexicon-news.json), or a neutral verb of change ("adjust", "revise")
 * says its direction ("down") or sets it to nothing. Not an increase, the reader's own act, an offer, a question or a
 * condition, and not a price or a rate (the price readers judge those).
 */
const QUANTITIES = new Set(['order', 'orders', 'call-off', 'calloff', 'call-offs', 'allocation', 'allocations', 'volume', 'volumes', 'quantity', 'quantities',
  'quota', 'quotas', 'allotment', 'allotments', 'share', 'supply', 'supplies', 'tonnage', 'requirement', 'forecast']);
/** Verbs of change whose direction the sentence must say. */
const NEUTRAL = new Set(['adjust', 'revise', 'change', 'amend', 'set', 'update', 'modify', 'reset', 'realign', 'rebalance', 'fix']);
const NOTHING = new Set(['zero', 'nil', 'nothing', 'none', '0']);
const DOWN = new Set(['down', 'downward', 'downwards', 'downwardly']);
/** What is priced or measured rather than counted out to the client: a price cut or a defect rate lowered is no shortfall. */
const PRICES = /^(?:price|prices|pricing|rate|rates|fee|fees|cost|costs|charge|charges|surcharge|tariff|defect|defects|error|errors|risk|lead)$/;

export function quantityCut(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    const lessens = classVerbAt('lessen', tokens, v);
    const neutral = NEUTRAL.has(t.lemma) && (t.pos === 'VERB' || tokens[v - 1]?.pos === 'AUX');
    if (lessens < 0 && !neutral) continue;
    if (t.pos !== 'VERB' && tokens[v - 1]?.pos !== 'AUX' && tokens[v - 1]?.lemma !== 'be') continue;
    const clause = f.clauses.find((c) => v >= c.from && v < c.to);
    if (!clause || (clause.negation !== undefined && clause.negation < v) || (clause.subject?.side === 'you' && !clause.passive)) continue;
    if (clause.modal !== undefined && /^(?:can|could|may|might|would|should)$/.test(clause.modal)) continue;
    if (clause.subordinate && clause.tense === 'past' && !clause.perfect) continue;
    // The quantity: the subject before the verb, or its object after it.
    const around = [...tokens.slice(clause.from, v), ...tokens.slice(v + 1, Math.min(clause.to, v + 7))];
    if (!around.some((x) => QUANTITIES.has(x.lower)) || around.some((x) => PRICES.test(x.lower))) continue;
    // The new value: "to 40 drums", "at 60 t", "to zero cases"; a neutral verb needs "down" or nothing left.
    const after = tokens.slice(lessens > 0 ? lessens : v + 1, Math.min(clause.to, v + 6));
    const to = after.findIndex((x) => x.lower === 'to' || x.lower === 'at' || x.lower === 'by');
    const value = to >= 0 ? after.slice(to + 1, to + 4) : [];
    const figure = value.some((x) => x.pos === 'NUM' || NOTHING.has(x.lower));
    if (!figure) continue;
    if (lessens > 0 || after.some((x) => DOWN.has(x.lower)) || value.some((x) => NOTHING.has(x.lower))) return true;
  }
  return false;
}
