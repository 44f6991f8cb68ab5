import { clauseOf, type EnFacts } from './en';

/**
 * Round 30 (news30): a rise whose subject is the goods, not a price word — "All manganese liners go up by 8.5% for orders
 * placed from 1 March", "the A-series calipers will go up from the June shipment", "The A-series will cost 7% more from
 * the June shipment". The verb of rising (go up, cost more, rise / increase by N%) carries the news; what rises is what
 * the client buys, read from the structure: the clause is not past (a cost of ours that went up is a reason, not a
 * notice), not conditional, not negated, and the rise applies from a point of the client's buying (from a date, an order,
 * a shipment, an invoice) or is told in the future. Things that gain when they grow (sales, capacity, a discount) and
 * costs of ours (energy, materials, wages: the reason for a rise) are no goods.
 */

const ONSET = new Set(['from', 'starting', 'effective', 'with', 'as', 'beginning', 'after', 'for']);
const BUYING = new Set(['order', 'orders', 'shipment', 'shipments', 'invoice', 'invoices', 'delivery', 'deliveries', 'renewal', 'contract', 'quarter', 'year', 'month', 'next',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fy', 'q1', 'q2', 'q3', 'q4']);
/** What gains when it grows, or a cost of ours given as the reason: a rise of these is no price notice. */
const NOT_GOODS = new Set(['sales', 'revenue', 'capacity', 'output', 'throughput', 'uptime', 'efficiency', 'yield', 'discount', 'rebate', 'credit', 'warranty',
  'coverage', 'allocation', 'quota', 'demand', 'cost', 'costs', 'energy', 'material', 'materials', 'wages', 'wage', 'inflation', 'market',
  'stock', 'inventory', 'production', 'headcount', 'staff', 'team', 'speed', 'performance', 'savings', 'temperature', 'pressure', 'volume', 'volumes']);

/** The index of a rise verb at i, and the index after it: "go up", "cost (N%) more", "rise / increase by N%". */
function riseAt(f: EnFacts, i: number): number | undefined {
  const w = f.tokens.map((t) => t.lower);
  const t = f.tokens[i]!;
  if (t.lemma === 'go' && w[i + 1] === 'up' && w[i + 2] !== 'to') return i + 2;
  if (t.lemma === 'cost' && t.pos === 'VERB') {
    let k = i + 1;
    if (f.tokens[k]?.pos === 'NUM') k += w[k + 1] === '%' || w[k + 1] === 'percent' ? 2 : 1;
    if (w[k] === 'more' && w[k + 1] !== 'than') return k + 1;
  }
  if ((t.lemma === 'rise' || t.lemma === 'increase') && t.pos === 'VERB' && w[i + 1] === 'by' && f.tokens[i + 2]?.pos === 'NUM') return i + 3;
  return undefined;
}

export function goodsRise(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  for (let i = 1; i < tokens.length; i++) {
    const after = riseAt(f, i);
    if (after === undefined) continue;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || clause.tense === 'past' || clause.perfect || (clause.negation !== undefined && clause.negation < i)) continue;
    // What rises: the words before the verb in its clause, with a noun among them and none a gain or a cost of ours.
    const subject = tokens.slice(clause.from, i);
    if (!subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') || subject.some((t) => NOT_GOODS.has(t.lower))) continue;
    if (subject.some((t) => t.lower === 'our' || t.lower === 'we') && !subject.some((t) => t.pos === 'PROPN')) continue;
    // Applies from a point of the client's buying, or is told in the future.
    const rest = tokens.slice(after, Math.min(tokens.length, after + 10));
    const onset = rest.some((t, k) => ONSET.has(t.lower) && rest.slice(k + 1, k + 6).some((x) => BUYING.has(x.lower) || x.pos === 'NUM'));
    if (onset || clause.tense === 'future' || clause.modal === 'will') return true;
  }
  return false;
}
