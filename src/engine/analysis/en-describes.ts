// Round 26: a description of a thing, not a response to the reader. A negated clause whose subject is a thing can say
// what the thing IS (how it was designed, built or rated: "This is not supported by the design", "The booth is not
// equipped with a power outlet", "The unit is not rated for outdoor use") or what we WITHHOLD ("Installation is not
// included", "Weekend support is not offered"). The first is a specification whoever asked; the second turns an ask
// down. Two structural marks of the first, each a small class of words, not a list of sentences:
// - the design named as the reason or the agent: "by design", "by the design", "due to the architecture", "because of
//   the hardware's specification" — the thing's own make, not a choice of ours;
// - a stative predicate of make after the copula: "is not equipped / designed / rated / certified / compatible /
//   intended / built / suitable / waterproof" — a property, never a service performed (not "included", "offered",
//   "provided", "available": those are the verdict's words, en-verdict.ts, and stay refusals in a reply).
// The caller keeps its own guards (our side in the clause, an ask named, a concession withheld).
import { z } from 'zod';
import data from '../../../dictionaries/en/describes.json';
import { bundled, onDemand } from '../../rules/bundled';
import { WordClassSchema } from '../../rules/word-class';
import type { EnClause, EnFacts } from './en';

const DescribesSchema = onDemand(() => z.object({
  about: z.string(),
  makeTails: WordClassSchema(),
  recurring: WordClassSchema(),
}));
/** Round 38: the word classes of the round-37 guards, with their own examples in dictionaries/en/describes.json. */
const dict = bundled('en/describes', DescribesSchema, data);

/** Nouns of a thing's make: what it is built to, as against what we decide. */
const DESIGN_NOUNS = new Set(['design', 'designs', 'architecture', 'specification', 'specifications', 'spec', 'specs', 'construction', 'hardware', 'physics', 'engineering']);
/** Words that introduce a reason or an agent before the design noun. */
const REASON_LEADS = new Set(['by', 'due', 'because', 'owing', 'given']);
/** Determiners and possessives that may stand between the lead and the design noun. */
const DESIGN_DETERMINERS = /^(?:the|its|their|this|that|our|current|product|system|device|unit|'s|’s|of|to)$/;

/** Participles and adjectives of a thing's make or property: "not equipped with", "not rated for", "not compatible". */
const PROPERTY_WORDS = new Set([
  'equipped', 'designed', 'rated', 'certified', 'compatible', 'intended', 'built', 'engineered', 'fitted', 'suitable',
  'suited', 'meant', 'waterproof', 'weatherproof', 'dustproof', 'capable', 'approved', 'specified', 'calibrated', 'sized',
]);

/** Second halves of a hyphenated adjective of make: "chrome-free", "flame-resistant", "food-grade", "ISO-certified". */
const MAKE_TAILS = new Set(dict.makeTails.phrases);

/**
 * Words after "fixed" / "set" that say how often a price is set ("fixed each quarter", "set monthly"), not that it will
 * not move (describes.json recurring; read by en-limit.ts and en-verdict.ts on the lower-case word).
 */
const RECURRING = new Set(dict.recurring.phrases);
export const saysHowOften = (word: string): boolean => RECURRING.has(word);

/** The design named as the reason or the agent anywhere in the sentence ("by design", "due to the architecture"). */
export function designReason(f: EnFacts): number | undefined {
  const t = f.tokens;
  for (let k = 0; k < t.length; k++) {
    if (!REASON_LEADS.has(t[k]!.lower)) continue;
    // "due to", "because of", "owing to": the lead's particle; then up to four determiners or modifiers.
    let j = k + 1;
    const limit = Math.min(t.length, k + 7);
    while (j < limit && !DESIGN_NOUNS.has(t[j]!.lower)) {
      if (!DESIGN_DETERMINERS.test(t[j]!.lower) && t[j]!.pos !== 'ADJ' && t[j]!.pos !== 'PROPN' && t[j]!.pos !== 'NOUN') break;
      j++;
    }
    // "by our design team": the design noun modifying a unit of people names who acts, not the thing's make.
    if (j < limit && DESIGN_NOUNS.has(t[j]!.lower) && t[j + 1]?.pos !== 'NOUN' && t[j + 1]?.pos !== 'PROPN') return k;
  }
  return undefined;
}

/** The copula and its negation in `cl` followed (over adverbs) by a word of a thing's make or property. */
export function propertyDenied(f: EnFacts, cl: EnClause): boolean {
  const t = f.tokens;
  for (let n = cl.from; n < cl.to; n++) {
    if (!/^(?:not|n't|n’t)$/.test(t[n]!.lower)) continue;
    const be = t[n - 1];
    if (be === undefined || be.lemma !== 'be') continue;
    let k = n + 1;
    while (k < cl.to && t[k]!.pos === 'ADV') k++;
    const p = t[k];
    if (p !== undefined && PROPERTY_WORDS.has(p.lower)) return true;
    // Round 37 (fp37): "is not chrome-free", "is not food-grade", "is not heat-resistant": a hyphenated adjective of make.
    const [dash, tail] = [t[k + 1], t[k + 2]];
    if (p !== undefined && dash?.text === '-' && dash.start === p.end && tail !== undefined && tail.start === dash.end && MAKE_TAILS.has(tail.lower)) return true;
  }
  return false;
}

/**
 * Whether refusing clause `cl` describes a thing rather than answering the reader: the design as its reason or agent, or
 * a property of make denied after the copula. Not when a person of ours acts in it (the caller checks our side).
 */
export function describesThing(f: EnFacts, cl: EnClause): boolean {
  if (f.question || cl.conditional || cl.tense === 'past' || cl.perfect) return false;
  if (cl.modal !== undefined && cl.modal !== 'can') return false;
  return designReason(f) !== undefined || propertyDenied(f, cl);
}
