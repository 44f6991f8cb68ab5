import type { EnFacts, EnToken } from './en';
import { classVerbAt, inClass } from './en-lexicon';
import { DOWN_WORSE } from './en-news-figures';
import { rateAt } from './en-news-rates';

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
  'quota', 'quotas', 'allotment', 'allotments', 'share', 'supply', 'supplies', 'tonnage', 'requirement', 'forecast',
  // Round 37 (newsen37): what a plan gives the client ("your storage allowance will be cut to 200 GB per workspace").
  'allowance', 'allowances', 'entitlement', 'entitlements']);
/** Verbs of change whose direction the sentence must say. */
const NEUTRAL = new Set(['adjust', 'revise', 'change', 'amend', 'set', 'update', 'modify', 'reset', 'realign', 'rebalance', 'fix']);
const NOTHING = new Set(['zero', 'nil', 'nothing', 'none', '0']);
const DOWN = new Set(['down', 'downward', 'downwards', 'downwardly']);
/** What is priced or measured rather than counted out to the client: a price cut or a defect rate lowered is no shortfall. */
// Round 29: a time we take or a wait the client bears ("average ticket resolution time came down to 3.1 hours", "downtime fell
// to 2 hours", "turnaround is reduced to 3 days") — less of it is a better service, as a defect rate lowered.
const PRICES = /^(?:price|prices|pricing|rate|rates|fee|fees|cost|costs|charge|charges|surcharge|tariff|defect|defects|error|errors|risk|lead|time|times|downtime|latency|turnaround|backlog|wait|waiting)$/;

export function quantityCut(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    // Round 23: a figure falling by itself ("goes down to 5", "drops to one a year", "will be shortened to …").
    const lessens = Math.max(classVerbAt('lessen', tokens, v), classVerbAt('fall', tokens, v));
    const neutral = NEUTRAL.has(t.lemma) && (t.pos === 'VERB' || tokens[v - 1]?.pos === 'AUX');
    if (lessens < 0 && !neutral) continue;
    if (t.pos !== 'VERB' && tokens[v - 1]?.pos !== 'AUX' && tokens[v - 1]?.lemma !== 'be') continue;
    const clause = f.clauses.find((c) => v >= c.from && v < c.to);
    // Round 37: "will be cut": a participle like its base after "be" is passive whatever the parse says.
    const passive = clause?.passive || tokens[v - 1]?.lemma === 'be';
    if (!clause || (clause.negation !== undefined && clause.negation < v) || (clause.subject?.side === 'you' && !passive)) continue;
    if (clause.modal !== undefined && /^(?:can|could|may|might|would|should)$/.test(clause.modal)) continue;
    if (clause.subordinate && clause.tense === 'past' && !clause.perfect) continue;
    // The quantity: the subject before the verb, or its object after it.
    const around = [...tokens.slice(clause.from, v), ...tokens.slice(v + 1, Math.min(clause.to, v + 7))];
    // Round 23: "technical training is reduced to one session per year", "visits are cut to twice a year": made smaller to a
    // frequency (en-news-rates.ts), what we do for the client is done less often — unless it is a burden.
    if (lessens > 0 && !around.some((x) => PRICES.test(x.lower) || burden(x))) {
      const to = tokens.findIndex((x, k) => k >= lessens && k < Math.min(clause.to, lessens + 4) && x.lower === 'to');
      if (to > 0 && rateAt(tokens, to + 1)) return true;
    }
    if (!around.some((x, k) => QUANTITIES.has(x.lower) || givenCount(around, k)) || around.some((x) => PRICES.test(x.lower) || burden(x))) continue;
    // "the number of steps in the ordering process": a count is the client's only when the clause ties it to them.
    if (!around.some((x) => QUANTITIES.has(x.lower) || (DOWN_WORSE.has(x.lower) && x.pos === 'NOUN')) && !tokens.slice(clause.from, clause.to).some((x) => READER_TIE.test(x.lower))) continue;
    // The new value: "to 40 drums", "at 60 t", "to zero cases"; a neutral verb needs "down" or nothing left.
    // "reduce the number of inspection points on your parts from 12 to 8": the new value may come after a longer object.
    const after = tokens.slice(lessens > 0 ? lessens : v + 1, Math.min(clause.to, v + (lessens > 0 ? 14 : 6)));
    const to = after.findIndex((x) => x.lower === 'to' || x.lower === 'at' || x.lower === 'by');
    const value = to >= 0 ? after.slice(to + 1, to + 4) : [];
    const figure = value.some((x) => x.pos === 'NUM' || NOTHING.has(x.lower));
    if (!figure) continue;
    if (lessens > 0 || after.some((x) => DOWN.has(x.lower)) || value.some((x) => NOTHING.has(x.lower))) return true;
  }
  return false;
}

/** Words that tie a count to the client: theirs, included for them, free to them. */
const READER_TIE = /^(?:your|you|included|inclusive|free|complimentary)$/;
/** A burden or a fault (WordNet's BURDEN and FAULT nouns): fewer of them is good news ("the number of errors fell to 3"). */
const burden = (t: EnToken) => t.pos === 'NOUN' && (inClass('burden', t) || inClass('fault', t));

/**
 * Round 23 (newsen): a count of what we give the client — "the number of training seats", "the number of free on-site
 * visits", "hotline hours", "engineers" (the figure readers' words of what the client receives): made smaller, it is a cut.
 */
function givenCount(around: readonly EnToken[], k: number): boolean {
  const x = around[k]!;
  if (DOWN_WORSE.has(x.lower) && x.pos === 'NOUN') return true;
  return (x.lower === 'number' || x.lower === 'amount') && around[k + 1]?.lower === 'of';
}
