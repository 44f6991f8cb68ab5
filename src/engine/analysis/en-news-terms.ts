import { z } from 'zod';
import data from '../../../dictionaries/en/news-terms.json';
import { bundled, onDemand } from '../../rules/bundled';
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

/**
 * The word classes (dictionaries/en/news-terms.json, round 31: moved from three lists here): onset words, words of the
 * client's buying, and what is no goods (a gain, a cost of ours).
 */
export const NewsTermsSchema = onDemand(() => z.object({
  about: z.string(),
  entries: z.array(z.object({ id: z.enum(['onset', 'buying', 'not-goods']), words: z.array(z.string().min(1)).min(1) })).length(3),
}));
const TERMS = bundled('en/news-terms', NewsTermsSchema, data);
const wordsOf = (id: TermClass) => new Set(TERMS.entries.find((e) => e.id === id)!.words);
type TermClass = 'onset' | 'buying' | 'not-goods';
const ONSET = wordsOf('onset');
const BUYING = wordsOf('buying');
/** What gains when it grows, or a cost of ours given as the reason: a rise of these is no price notice. */
const NOT_GOODS = wordsOf('not-goods');

/** The index of a rise verb at i, and the index after it: "go up", "cost (N%) more", "rise / increase by N%". */
function riseAt(f: EnFacts, w: readonly string[], i: number): number | undefined {
  const t = f.tokens[i]!;
  if (t.lemma === 'go' && w[i + 1] === 'up' && w[i + 2] !== 'to') return i + 2;
  if (t.lemma === 'cost' && t.pos === 'VERB') {
    let k = i + 1;
    if (f.tokens[k]?.pos === 'NUM') k += w[k + 1] === '%' || w[k + 1] === 'percent' ? 2 : 1;
    if (w[k] === 'more' && w[k + 1] !== 'than') return k + 1;
  }
  if ((t.lemma === 'rise' || t.lemma === 'increase') && t.pos === 'VERB' && w[i + 1] === 'by' && f.tokens[i + 2]?.pos === 'NUM') return i + 3;
  // Round 37 (newsen37): "All spare parts for the NV-300 series are up 12% as of today": the goods are up a percentage.
  if (t.lemma === 'be' && w[i + 1] === 'up' && f.tokens[i + 2]?.pos === 'NUM' && (w[i + 3] === '%' || w[i + 3] === 'percent')) return i + 4;
  return undefined;
}

export function goodsRise(f: EnFacts): boolean {
  return goodsRiseRead(f, new Set());
}

/**
 * goodsRise, recording in `read` the word classes it decided by: 'not-goods' when a subject's word stopped a rise,
 * 'onset' when a point of buying was found, 'buying' when that point was a word of buying (not a number). The
 * dictionary's examples are run through it (tests/unit/dictionaries/matchers.ts).
 */
export function goodsRiseRead(f: EnFacts, read: Set<TermClass>): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  // The lower-case words once per sentence (riseAt had mapped them per token: quadratic on a long one).
  const w = tokens.map((t) => t.lower);
  for (let i = 1; i < tokens.length; i++) {
    const after = riseAt(f, w, i);
    if (after === undefined) continue;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || clause.tense === 'past' || clause.perfect || (clause.negation !== undefined && clause.negation < i)) continue;
    // What rises: the words before the verb in its clause, with a noun among them and none a gain or a cost of ours.
    // Round 31 (clean31): "- 500 ml: going up 14% per case from March": a line's label before its colon names the goods.
    const labelled = clause.from > 0 && tokens[clause.from - 1]!.text === ':' && !tokens.slice(clause.from, i).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    const subject = labelled ? tokens.slice(0, clause.from - 1) : tokens.slice(clause.from, i);
    if (!subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) continue;
    if (subject.some((t) => NOT_GOODS.has(t.lower))) {
      read.add('not-goods');
      continue;
    }
    // Round 44 (of-025): "From 1 May our seal kits go up by 7.5%" — our goods, with the share they rise by, are a price.
    const at = w[after] === 'by' ? after + 1 : after;
    const sharePct = tokens[at]?.pos === 'NUM' && (w[at + 1] === '%' || w[at + 1] === 'percent');
    if (subject.some((t) => t.lower === 'our' || t.lower === 'we') && !subject.some((t) => t.pos === 'PROPN') && !sharePct) continue;
    // Applies from a point of the client's buying, or is told in the future. Round 31 (clean31): the point may lead the
    // sentence ("Effective with the March shipment, the 500 ml bottle is going up 14% per case", "From April, the pack
    // goes up 9%"): a rise in the present or progressive is then the notice of a coming one.
    const rest = tokens.slice(after, Math.min(tokens.length, after + 10));
    const head = tokens.slice(0, clause.from);
    const onsetIn = (span: typeof tokens) => span.some((t, k) => {
      if (!ONSET.has(t.lower)) return false;
      const point = span.slice(k + 1, k + 6);
      const buying = point.some((x) => BUYING.has(x.lower));
      if (buying) read.add('buying');
      return buying || point.some((x) => x.pos === 'NUM');
    });
    // (Round 44: "Please note: from 1 May 2027 all our seal kits go up 7.5%" — the point fronted inside the clause.)
    const onset = onsetIn(rest) || onsetIn(head) || onsetIn(subject);
    if (onset) read.add('onset');
    if (onset || clause.tense === 'future' || clause.modal === 'will') return true;
    // Round 37: "are up 12%" tells a rise in force now (a past "were up 12% last year" is a result, not a notice).
    // What the client buys, not their orders or deliveries ("Orders from Japan are up 12%"), nor a volume or demand after it.
    if (w[i + 1] === 'up' && f.tokens[i]!.lemma === 'be' && clause.tense === 'present' && !subject.some((t) => BUYING.has(t.lower)) &&
      !rest.some((t) => NOT_GOODS.has(t.lower))) return true;
  }
  return false;
}
