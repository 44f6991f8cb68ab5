// Round 36 (refen36, issue 10): a no stated as a fact about us or our thing, read over the parsed sentence's tokens
// rather than its clauses (the tagger often reads a gerund or a noun subject as a verb, "the reprogramming …", "a second
// SAT run …", and the clause then loses its negation). What makes these sentences refusals is structure, not wording:
// - our practice denied: a negated "be" whose predicate a clause of ours describes ("X is not something we take on",
//   "… isn't a job we do") — any verb of ours, phrasal or not, not one of perceiving or wanting;
// - a claim ruled out: a negated "be" + eligible / entitled / qualified, said of anyone but us;
// - left out of our terms: a negated "included / covered / part of" + a document of our terms (the contract, the scope,
//   the warranty, the package), not the client's own paper ("your invoice") nor with a cost we bear after it;
// - a sole way of ours in a relative clause: "the only port we use", "the only format we deliver in";
// - a decision reported against the wish: "decided that it stays at 24 months" (a kept clause after a verb of deciding);
// - no change to a term of ours: "There will be no change to the delivery schedule" (not to theirs: "your date").
// The reader says only what the sentence states; the rules decide whether it answers the client's wish (a reply, their
// ask named before) and whether it is cushioned (src/rules/en/flat-no.ts).
import { z } from 'zod';
import data from '../../../dictionaries/en/stated-no.json';
import { bundled, onDemand } from '../../rules/bundled';
import { WordClassSchema, wordLists } from '../../rules/word-class';
import type { EnFacts } from './en';
import type { EnToken } from './en-parse';
import { statedNoR37 } from './en-stated-no-r37';

export const StatedNoSchema = onDemand(() => z.object({
  description: z.string(),
  practiceHeads: WordClassSchema(),
  notPractice: WordClassSchema(),
  termsDocument: WordClassSchema(),
  onlyNotWay: WordClassSchema(),
  sparedActs: WordClassSchema(),
  sparedLabels: WordClassSchema(),
  sentByClient: WordClassSchema(),
  ruledOutNouns: WordClassSchema(),
  verdictAdjectives: WordClassSchema(),
  grantedForms: WordClassSchema(),
  grantVerbs: WordClassSchema(),
  limitWords: WordClassSchema(),
  pastLimit: WordClassSchema(),
  shortOfLimit: WordClassSchema(),
  absoluteMarkers: WordClassSchema(),
  expectVerbs: WordClassSchema(),
  keptStates: WordClassSchema(),
  endVerbs: WordClassSchema(),
}));
/** The word classes, with their own examples in dictionaries/en/stated-no.json (round 36). */
export const STATED_NO_WORDS = wordLists(bundled('en/stated-no', StatedNoSchema, data));
const setOf = (words: readonly string[]) => {
  const set = new Set(words);
  return { test: (w: string) => set.has(w) };
};

export type StatedNoKind = 'practice' | 'ineligible' | 'excluded' | 'sole' | 'decided-kept' | 'no-change'
  // Round 37 (refen37): the kinds of the blind writers' class corpus (en-stated-no-r37.ts).
  | 'ruled-out' | 'unacceptable' | 'not-granted' | 'passive-no' | 'policy-never' | 'stopped' | 'expect-none' | 'answer-kept'
  | 'limit-refused' | 'limit-outside' | 'limit-absolute' | 'none-included';

export interface StatedNo {
  kind: StatedNoKind;
  /** The token the no turns on (the negator, "only", the verb of deciding). */
  at: number;
}

const NEGATOR = /^(?:not|n't|n’t|never)$/;
/** Adverbs between "is" and "not": "is therefore not", "is simply not", "is unfortunately not". */
const BETWEEN = new Set(['ADV']);
/** Predicates a clause of ours may describe: "something we do", "a job we take on", "a service we offer". */
const PRACTICE_HEADS = setOf(STATED_NO_WORDS.practiceHeads);
/** Verbs of ours that describe no practice: perceiving, knowing, wanting, needing ("not something we see often"). */
const NOT_PRACTICE = setOf(STATED_NO_WORDS.notPractice);
/** "take on", "take over", "take care of": a task taken, unlike "take lightly", "take for granted". */
const TAKE_TASK = /^(?:on|over|up|care)$/;
const WE = /^(?:we|i)$/;
const ELIGIBLE = /^(?:eligible|entitled|qualified)$/;
/** Documents that state our terms: what is left out of them is left out of what the client bought. */
const TERMS_DOCUMENT = setOf(STATED_NO_WORDS.termsDocument);
const IN_DOCUMENT = /^(?:in|by|under|within)$/;
/** Verbs of ours after "the only N": what we need, have or want of the client is no way of ours. */
const ONLY_NOT_WAY = setOf(STATED_NO_WORDS.onlyNotWay);
/** Verbs of deciding (not "confirm": "pleased to confirm that the prices remain unchanged" reports good news). */
const DECIDE = /^(?:decide|conclude|determine|rule)$/;
/** A reported or asked wish of the reader's around the no: their words, not ours. */
const READER_WORDS = /^(?:mention|say|tell|write|note|ask|wonder|suggest|propose)$/;

const low = (tokens: readonly EnToken[], i: number) => tokens[i]?.lower ?? '';

/** The no stated as a fact, or undefined. Never in a question or under a condition. */
export function statedNo(f: Pick<EnFacts, 'tokens' | 'clauses' | 'question' | 'conditional' | 'kept' | 'cues'>): StatedNo | undefined {
  if (f.question || f.conditional) return undefined;
  const { tokens } = f;
  // "You mentioned that weekend installation is not something your team needs": the reader's words reported.
  for (let k = 0; k + 1 < tokens.length; k++) if (low(tokens, k) === 'you' && READER_WORDS.test(tokens[k + 1]!.lemma)) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lemma === 'be' && /^(?:is|are|'s|'re|will|be)$/.test(t.lower)) {
      let n = i + 1;
      while (n < tokens.length && BETWEEN.has(tokens[n]!.pos) && !NEGATOR.test(tokens[n]!.lower)) n++;
      if (!NEGATOR.test(low(tokens, n))) continue;
      // "will not be …": the predicate after "be".
      let p = n + 1;
      if (tokens[p]?.lemma === 'be') p++;
      const subject = tokens.slice(0, i);
      if (subject.some((w) => WE.test(w.lower))) continue;
      if (practiceAfter(tokens, p)) return { kind: 'practice', at: n };
      if (ELIGIBLE.test(low(tokens, p)) && !subject.some((w) => w.lower === 'you')) return { kind: 'ineligible', at: n };
      if (excludedFromTerms(f, p)) return { kind: 'excluded', at: n };
    }
    // "There will be no change to the delivery schedule", "there is no change in the price".
    if (t.lower === 'there' && noChangeAfter(tokens, i + 1)) return { kind: 'no-change', at: i };
    if (t.lower === 'only' && low(tokens, i - 1) === 'the' && low(tokens, i - 2) !== 'not') {
      const way = onlyWayOfOurs(tokens, i);
      if (way) return { kind: 'sole', at: i };
    }
    if (DECIDE.test(t.lemma) && t.pos === 'VERB' && low(tokens, i + 1) === 'that' && f.kept !== undefined && f.clauses[f.kept]!.from > i &&
      !tokens.slice(0, i).some((w) => w.lower === 'you') && !favourableKept(tokens, f.clauses[f.kept]!.from, tokens.length)) {
      return { kind: 'decided-kept', at: i };
    }
  }
  return statedNoR37(f);
}

/** "(will be | is | 's) no change(s) to/in/on …", the thing changed not the reader's ("your date"). */
function noChangeAfter(tokens: readonly EnToken[], k: number): boolean {
  if (low(tokens, k) === 'will') k++;
  if (tokens[k]?.lemma !== 'be') return false;
  k++;
  if (low(tokens, k) !== 'no' || !/^(?:change|changes|adjustment|amendment|revision)$/.test(low(tokens, k + 1))) return false;
  if (!/^(?:to|in|on|of)$/.test(low(tokens, k + 2))) return false;
  return !/^(?:your|yours)$/.test(low(tokens, k + 3)) && !favourableKept(tokens, k + 3, tokens.length, k);
}

/** "(a) something (that) we take on", "a service we offer": a clause of ours describing the predicate. */
function practiceAfter(tokens: readonly EnToken[], p: number): boolean {
  let k = p;
  if (/^(?:a|an|the)$/.test(low(tokens, k))) k++;
  while (k < tokens.length && tokens[k]!.pos === 'ADJ') k++;
  if (!PRACTICE_HEADS.test(low(tokens, k))) return false;
  k++;
  if (/^(?:that|which)$/.test(low(tokens, k))) k++;
  if (!WE.test(low(tokens, k))) return false;
  k++;
  // "we normally do", "we can take on", "we currently offer".
  while (k < tokens.length && (tokens[k]!.pos === 'ADV' || /^(?:can|could|will|would|do)$/.test(low(tokens, k)))) {
    if (NEGATOR.test(low(tokens, k))) return false;
    k++;
  }
  const v = tokens[k];
  if (!v || (v.pos !== 'VERB' && v.pos !== 'AUX')) return false;
  if (v.lemma === 'take') return TAKE_TASK.test(low(tokens, k + 1));
  return !NOT_PRACTICE.test(v.lemma);
}

/** "not included in the contract", "not covered by the warranty", "not part of the package": left out of our terms. */
function excludedFromTerms(f: Pick<EnFacts, 'tokens' | 'cues'>, p: number): boolean {
  const { tokens } = f;
  let k = p;
  if (/^(?:included|covered)$/.test(low(tokens, k)) && IN_DOCUMENT.test(low(tokens, k + 1))) k += 2;
  else if (low(tokens, k) === 'part' && low(tokens, k + 1) === 'of') k += 2;
  else return false;
  // "in your invoice", "in your order": the client's own paper; "the contract" or "our scope": ours.
  if (/^(?:your|their)$/.test(low(tokens, k))) return false;
  if (/^(?:the|our|this|that|its|my)$/.test(low(tokens, k))) k++;
  let doc = k;
  while (doc < tokens.length && doc < k + 3 && !TERMS_DOCUMENT.test(low(tokens, doc))) doc++;
  if (!TERMS_DOCUMENT.test(low(tokens, doc))) return false;
  // "…, as we cover it", "… because it is free of charge": a cost we bear after the exclusion reassures.
  return !(f.cues['own-cost'] ?? []).some((c) => c > p) && !(f.cues.reassurance ?? []).some((c) => c > p);
}

/** "the only port we use", "the only format (that) we deliver the drawings in": a way of ours, not a need of ours. */
function onlyWayOfOurs(tokens: readonly EnToken[], only: number): boolean {
  let k = only + 1;
  // The head: one to three words ("port", "payment method", "carrier") — the tagger reads some as verbs ("port").
  const start = k;
  while (k < tokens.length && k < start + 3 && /^(?:NOUN|PROPN|ADJ|VERB)$/.test(tokens[k]!.pos) && !WE.test(low(tokens, k))) k++;
  if (k === start) return false;
  if (/^(?:that|which)$/.test(low(tokens, k))) k++;
  if (!WE.test(low(tokens, k))) return false;
  k++;
  while (k < tokens.length && (tokens[k]!.pos === 'ADV' || /^(?:can|could|will|do)$/.test(low(tokens, k)))) {
    if (NEGATOR.test(low(tokens, k))) return false;
    k++;
  }
  const v = tokens[k];
  return v !== undefined && (v.pos === 'VERB' || v.pos === 'AUX') && !ONLY_NOT_WAY.test(v.lemma);
}

/**
 * A kept term that serves the client: theirs ("your price stays"), kept as they asked ("as you requested"), kept against
 * a rise or a season ("despite the rise", "even in the busy season"), or still in force ("remains valid").
 */
export function favourableKept(tokens: readonly EnToken[], from: number, to: number, verb = -1): boolean {
  // "Your price stays", "we are keeping your prices": theirs, before the keeping verb or right after it ("Our rates
  // remain unchanged for your account" keeps ours).
  const verbAt = verb >= 0 ? verb : tokens.findIndex((t, k) => k >= from && k < to && /^(?:stay|remain|keep|maintain|hold)$/.test(t.lemma));
  for (let k = from; k < to; k++) {
    const w = low(tokens, k);
    if ((w === 'your' || w === 'yours') && (verbAt < 0 || k < verbAt + 3)) return true;
    if (/^(?:despite|even|regardless|although|though)$/.test(w) || (w === 'spite' && low(tokens, k - 1) === 'in')) return true;
    if (w === 'as' && low(tokens, k + 1) === 'you') return true;
    if (/^(?:valid|available|open|free|force|place|effect|promised|guaranteed)$/.test(w)) return true;
  }
  return false;
}
