// Round 21: a limit of ours stated as the whole answer — "Nope, 10% is our floor", "$45 is our bottom line", "5% is the
// best we can do", "The price is fixed for this year", "Our terms are 30 days for all accounts" — and a stance of
// keeping our term ("we stay at 60 days"). Said in reply to the reader's ask or counter-offer, it turns the ask down
// with no cushion (en.blunt-refusal.status-quo reports it); said of its own accord it is a price or a specification.
// The nouns of a limit and the adjectives of a value not to be changed are WordNet's (dictionaries/en/limit-class.json,
// scripts/build-en-limit-class.mjs).
import { z } from 'zod';
import data from '../../../dictionaries/en/limit-class.json';
import { bundled, onDemand } from '../../rules/bundled';
import type { EnClause, EnFacts } from './en';
import { isCost } from './en-kept';
import { mayHaveCue } from './en-acts';
import { saysHowOften } from './en-describes';

const LimitClassSchema = onDemand(() => z.object({
  about: z.string(),
  seeds: z.record(z.string(), z.record(z.string(), z.string())),
  examples: z.record(z.string(), z.array(z.string())),
  limitNouns: z.array(z.string().regex(/^[a-z]+(?:[ -][a-z]+)?$/)).min(10),
  finalAdjectives: z.array(z.string().regex(/^[a-z]+(?:-[a-z]+)?$/)).min(3),
}));

const dict = bundled('en/limit-class', LimitClassSchema, data);
/** One-word limit nouns, and the last word of two-word ones keyed by their first ("bottom" → "line"). */
const LIMIT_NOUNS = new Set(dict.limitNouns.filter((w) => !w.includes(' ')));
const LIMIT_PAIRS = new Map(dict.limitNouns.filter((w) => w.includes(' ')).map((w) => w.split(' ') as [string, string]));
const FINAL_ADJECTIVES = new Set(dict.finalAdjectives);

/**
 * The words one of the readings below needs in the sentence, as parts of its lowered text: the limit nouns (one-word,
 * and the second word of two-word ones: "bottom line" needs "line"), the adjectives of a value not to be changed, and the
 * stance nouns. Read by lemma or lowered form in the parse, so each is cut to a stem its inflections keep ("maxima" →
 * maxim, "boundaries" → boundar, "replies" → repl).
 */
const stemOf = (w: string) => (w.length >= 7 ? w.slice(0, -2) : w.endsWith('y') ? w.slice(0, -1) : w);

/** Words for every customer: "for all accounts", "for every client", "for all customers". */
const EVERY = new Set(['all', 'every', 'each', 'any']);
const CUSTOMERS = new Set(['account', 'customer', 'client', 'buyer', 'distributor', 'partner', 'order', 'market', 'region']);

/**
 * The clause (index) that states a limit of ours on an amount or a term, or undefined. Not a limit of the reader's
 * ("your budget ceiling"), not a property of a thing ("the maximum speed is 12,000 rpm": the limit noun modifies
 * another noun), not negated, not a question or a condition.
 */
export function limitClause(f: EnFacts): number | undefined {
  if (f.question) return undefined;
  for (let c = 0; c < f.clauses.length; c++) {
    const cl = f.clauses[c]!;
    if (cl.conditional || cl.negation !== undefined || cl.tense === 'past') continue;
    const toks = f.tokens.slice(cl.from, cl.to);
    if (toks.some((t) => t.lower === 'your' || t.lower === 'you')) continue;
    const be = toks.findIndex((t) => t.lemma === 'be' && t.pos === 'AUX');
    if (be < 0) continue;
    const left = toks.slice(0, be);
    const right = toks.slice(be + 1);
    const value = (side: typeof toks) => side.some((t) => t.pos === 'NUM' && /\d/.test(t.text)) || side.some((t) => t.pos === 'SYM' && /[$€£¥%]/.test(t.text));
    // "10% is our floor", "The maximum is 3%", "$45 is our bottom line".
    if ((value(left) && limitPhrase(right)) || (value(right) && limitPhrase(left))) return c;
    // "5% is the best we can do", "¥1,200 is the lowest we can go".
    // (the parse opens a clause at "we": the words after the superlative are read past the clause's end)
    if (value(left) && bestWeCan(f.tokens.slice(cl.from + be + 1, cl.from + be + 5))) return c;
    // "The price is fixed for this year", "Our offer is final": a cost or term of ours declared unchangeable.
    // Round 37 (fp37): not "is fixed each quarter", "is set monthly", "fixed twice a year": how often it is set, a mechanism.
    if (left.some((t, i) => isCost(t, f.cues, cl.from + i)) && FINAL_ADJECTIVES.has(right[0]?.lower ?? '') && !saysHowOften(f.tokens[cl.from + be + 2]?.lower ?? '')) return c;
    // "Our terms are 30 days for all accounts": our term, the same for every customer.
    if (left.some((t) => t.lower === 'our') && left.some((t, i) => isCost(t, f.cues, cl.from + i)) && value(right) && forEvery(right)) return c;
  }
  return undefined;
}

/** "our floor", "the maximum", "our bottom line", "our final price": a determined noun phrase headed by a limit. */
function limitPhrase(side: EnFacts['tokens']): boolean {
  const words = side.filter((t) => t.pos !== 'PUNCT');
  if (!/^(?:our|the|my)$/.test(words[0]?.lower ?? '')) return false;
  for (let i = 1; i < words.length; i++) {
    const t = words[i]!;
    const next = words[i + 1];
    const head = next === undefined || (next.pos !== 'NOUN' && next.pos !== 'PROPN');
    if (LIMIT_NOUNS.has(t.lemma) && head) return true;
    if (next !== undefined && LIMIT_PAIRS.get(t.lower) === next.lower && (words[i + 2] === undefined || words[i + 2]!.pos !== 'NOUN')) return true;
    // "our final price", "the last offer": a value named final.
    if (FINAL_ADJECTIVES.has(t.lower) && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN')) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** "the best we can do", "the lowest we can go", "the most we could offer": a superlative and our ability. */
function bestWeCan(side: EnFacts['tokens']): boolean {
  const [det, sup, we, can] = side;
  return det?.lower === 'the' && sup !== undefined && (/est$/.test(sup.lower) || sup.lower === 'most' || sup.lower === 'least') &&
    /^(?:we|i)$/.test(we?.lower ?? '') && (can?.lemma === 'can' || can?.lower === 'could');
}

function forEvery(side: EnFacts['tokens']): boolean {
  return side.some((t, i) => t.lower === 'for' && EVERY.has(side[i + 1]?.lower ?? '') && CUSTOMERS.has(side[i + 2]?.lemma ?? ''));
}

/**
 * "we stay at 60 days", "we remain at net 45", "we keep 30 days": our side keeping a term, a value after the verb of
 * keeping (the `kept` cues). The clause index, or undefined.
 */
export function keptStance(f: EnFacts): number | undefined {
  if (f.question || !f.cues.kept) return undefined;
  return indexOf(f.clauses, (cl) => {
    if (cl.conditional || cl.negation !== undefined || cl.subject?.side !== 'we' || cl.verb === undefined) return false;
    // "We can hold the 12% rebate", "we will keep the session to 45 minutes": an offer of ours keeps a thing for them.
    if (cl.modal !== undefined) return false;
    if (!f.cues.kept!.some((k) => k >= cl.from && k <= cl.verb!)) return false;
    // The stance's value straight after the verb: "stay at 60 days", "remain at net 45", "keep 60 days".
    const next = f.tokens[cl.verb + 1];
    if (!next || !(next.lower === 'at' || next.pos === 'NUM')) return false;
    return f.tokens.slice(cl.verb + 1, cl.to).some((t) => t.pos === 'NUM' && /\d/.test(t.text));
  });
}

function indexOf(clauses: EnClause[], test: (cl: EnClause) => boolean): number | undefined {
  const i = clauses.findIndex(test);
  return i < 0 ? undefined : i;
}

/** What we decided or answered: a stance the reader may ask us to reconsider. */
const STANCE_NOUNS = new Set(['position', 'decision', 'answer', 'stance', 'conclusion', 'view', 'verdict', 'assessment', 'reply', 'response']);
/** Any of the words a reading needs, as stems (see stemOf). */
const LIMIT_STEMS = new RegExp([...LIMIT_NOUNS, ...[...LIMIT_PAIRS.values()], ...FINAL_ADJECTIVES, ...STANCE_NOUNS].map(stemOf)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'));

/**
 * Whether limitClause, keptStance or stanceKept may find anything in a sentence, from its text alone: a word of a limit,
 * a final value or a stance (LIMIT_STEMS); or a value (a figure, $ € £ ¥ %) with a superlative, "we" and can ("the best we can do") or
 * with "our … for" ("our terms are 30 days for all accounts"); or a figure with a verb of keeping (the `kept` cue gate:
 * "we stay at 60 days"). Never a verdict: a sentence that passes is parsed and read as before; one that fails is one they
 * would read nothing in, so the sentence's parse is not asked for.
 */
export function mayStateLimit(text: string): boolean {
  const lower = text.toLowerCase();
  if (LIMIT_STEMS.test(lower)) return true;
  const figure = /\d/.test(lower);
  // bestWeCan: a superlative, "we" or "I", and can or could ("the lowest we could go").
  const bestWeCan = /(?:est|most|least)\b/.test(lower) && /\b(?:we|i)\b/.test(lower) && /\bca|\bcould/.test(lower);
  if ((figure || /[$€£¥%]/.test(lower)) && (bestWeCan || (lower.includes('our') && lower.includes('for')))) return true;
  return figure && mayHaveCue(text, ['kept']);
}

/** The same as before: "remains the same", "stands as stated", "is unchanged". */
const SAME = new Set(['same', 'unchanged', 'final', 'firm', 'valid']);

/**
 * Round 25: "Our position has not changed", "Our decision stands", "Our answer remains the same", "We stand by our
 * decision": a stance of ours (position, decision, answer) kept — said only to someone who asked us to reconsider it,
 * so it answers them. The clause index, or undefined.
 */
export function stanceKept(f: EnFacts): number | undefined {
  if (f.question) return undefined;
  const t = (i: number) => f.tokens[i]?.lower ?? '';
  const ours = (i: number) => STANCE_NOUNS.has(f.tokens[i]?.lemma ?? '') && /^(?:our|my)$/.test(t(i - 1) === 'earlier' || t(i - 1) === 'previous' || t(i - 1) === 'original' ? t(i - 2) : t(i - 1));
  return indexOf(f.clauses, (cl) => {
    if (cl.conditional || cl.verb === undefined || cl.subject === undefined) return false;
    const verb = f.tokens[cl.verb]!;
    // "We stand by our decision", "we stick to our answer".
    if (t(cl.subject.index) === 'we' && cl.negation === undefined && (verb.lemma === 'stand' || verb.lemma === 'stick') &&
      f.tokens.slice(cl.verb + 1, cl.to).some((x, k) => ours(cl.verb! + 1 + k))) return true;
    // The stance as the subject: kept, unchanged, or not changed.
    let head = cl.subject.index;
    while (head + 1 < cl.to && !ours(head) && /^(?:our|my|earlier|previous|original)$/.test(t(head))) head++;
    if (!ours(head)) return false;
    if (cl.negation !== undefined) return verb.lemma === 'change' && cl.modal !== 'can';
    const rest = f.tokens.slice(cl.verb + 1, cl.to).filter((x) => x.pos !== 'PUNCT');
    if (/^(?:stand|remain|stay)$/.test(verb.lemma)) return rest.length === 0 || rest.some((x) => SAME.has(x.lower)) || (rest[0]?.lower === 'as' && rest.length <= 3);
    return verb.lemma === 'be' && rest.length <= 2 && rest.some((x) => x.lower === 'unchanged' || x.lower === 'final');
  });
}
