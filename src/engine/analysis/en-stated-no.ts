// A no stated as a fact about us or our thing (issue 10), read over the parsed sentence's tokens rather than its clauses
// (the tagger often reads a gerund or a noun subject as a verb, "the reprogramming …", "a second SAT run …", and the
// clause then loses its negation). What makes these sentences refusals is structure, not wording. The word classes are
// data with their own examples (dictionaries/en/stated-no.json).
//
// The kinds around a negated "be", "there is no change", "the only" and a decision (refen36):
// - our practice denied: a negated "be" whose predicate a clause of ours describes ("X is not something we take on",
//   "… isn't a job we do") — any verb of ours, phrasal or not, not one of perceiving or wanting;
// - a claim ruled out: a negated "be" + eligible / entitled / qualified, said of anyone but us;
// - left out of our terms: a negated "included / covered / part of" + a document of our terms (the contract, the scope,
//   the warranty, the package), not the client's own paper ("your invoice") nor with a cost we bear after it;
// - a sole way of ours in a relative clause: "the only port we use", "the only format we deliver in";
// - a decision reported against the wish: "decided that it stays at 24 months" (a kept clause after a verb of deciding);
// - no change to a term of ours: "There will be no change to the delivery schedule" (not to theirs: "your date").
//
// The kinds of the blind writers' class corpus, found by grouping it by what makes each sentence a refusal rather than
// by its words (refen37):
// - ruled out: "There is no possibility of sending it by air" (a noun of possibility denied, not a cost or a trouble);
// - a proposal of theirs judged: "The proposed penalty … is unacceptable to us", "Your clause is not acceptable";
// - a kind not granted: "Credit cards are not an accepted method of payment";
// - our act denied in the passive, however the clause parse went: "Please note that changes … are not accepted";
// - a policy of never: "It is company policy never to share …", "Our policy is not to …";
// - a practice of ours stopped: "We stopped making custom blends years ago" (not a cost we stopped charging);
// - an outcome ruled out to the reader: "Do not expect a Japanese version of the dashboard";
// - an answer "No," with the thing kept as it is: "A: No, the formulation is fixed.";
// - a limit of ours refused past: "We will not print more than four colours";
// - a limit and the client's case outside it: "Returns are accepted within 14 days …, and this order is well past that",
//   "… requires a minimum of 2,000 metres; smaller runs are only possible in the catalogue colours";
// - a limit said to be absolute: "Three percent is the maximum discount, full stop", "… whatever the season";
// - nothing of the kind included: "There will be no on-site training included with this order";
// - left out of our area: "Naha is excluded from our delivery area"; theirs not among the only ones: "Only … are
//   supported, and Internet Explorer is not among them".
//
// The reader says only what the sentence states; the rules decide whether it answers the client's wish (a reply, their
// ask named before) and whether it is cushioned (src/rules/en/flat-no.ts).
import { z } from 'zod';
import data from '../../../dictionaries/en/stated-no.json';
import { bundled, onDemand } from '../../rules/bundled';
import { WordClassSchema, wordLists } from '../../rules/word-class';
import type { EnFacts } from './en';
import type { EnToken } from './en-parse';

export const StatedNoSchema = onDemand(() => z.object({
  description: z.string(),
  practiceHeads: WordClassSchema(),
  notPractice: WordClassSchema(),
  termsDocument: WordClassSchema(),
  onlyNotWay: WordClassSchema(),
  sparedActs: WordClassSchema(),
  sparedLabels: WordClassSchema(),
  sentByClient: WordClassSchema(),
  noneGiven: WordClassSchema(),
  closedAsks: WordClassSchema(),
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
  // The kinds of the blind writers' class corpus (round 37, the second pass below).
  | 'ruled-out' | 'unacceptable' | 'not-granted' | 'passive-no' | 'policy-never' | 'stopped' | 'expect-none' | 'answer-kept'
  | 'limit-refused' | 'limit-outside' | 'limit-absolute' | 'none-included'
  // Round 46: "There is no volume discount on this" — a concession the client would want said not to exist.
  | 'none-given'
  // Round 48: "Customer audits are closed for 2027" — a kind of ask of theirs said to be closed to them.
  | 'closed-to';

export interface StatedNo {
  kind: StatedNoKind;
  /** The token the no turns on (the negator, "only", the verb of deciding). */
  at: number;
}

/** Shared by both passes. */
const NEGATOR = /^(?:not|n't|n’t|never)$/;
const WE = /^(?:we|i)$/;
/** Verbs of ours that describe no practice: perceiving, knowing, wanting, needing ("not something we see often"). */
const NOT_PRACTICE = setOf(STATED_NO_WORDS.notPractice);
/** Documents that state our terms: what is left out of them is left out of what the client bought. */
const TERMS_DOCUMENT = setOf(STATED_NO_WORDS.termsDocument);
/** A reported or asked wish of the reader's around the no: their words, not ours. */
const READER_WORDS = /^(?:mention|say|tell|write|note|ask|wonder|suggest|propose)$/;

const low = (tokens: readonly EnToken[], i: number) => tokens[i]?.lower ?? '';
const isVerb = (t: EnToken | undefined): t is EnToken => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/** The no stated as a fact, or undefined. Never in a question or under a condition. */
export function statedNo(f: Pick<EnFacts, 'tokens' | 'clauses' | 'question' | 'conditional' | 'kept' | 'cues'>): StatedNo | undefined {
  if (f.question || f.conditional) return undefined;
  const { tokens } = f;
  // "You mentioned that weekend installation is not something your team needs": the reader's words reported.
  // (Round 48, dev set y8yb-048: not "you asked for" right after a noun — "the 8% discount you asked for is not something we
  // can discuss": a relative clause naming their ask, not their words reported.)
  for (let k = 0; k + 1 < tokens.length; k++) if (low(tokens, k) === 'you' && READER_WORDS.test(tokens[k + 1]!.lemma) && tokens[k - 1]?.pos !== 'NOUN') return undefined;
  // Two passes, not one: a kind of the first found anywhere in the sentence wins over a kind of the second, the order
  // both rounds' examples and corpora were scored in.
  return firstPass(f) ?? corpusPass(f);
}

// ---------------------------------------------------------------------------------------------------------------------
// The first pass (refen36): a negated "be", "there is no change", "the only N we V", a decision reported.

/** Adverbs between "is" and "not": "is therefore not", "is simply not", "is unfortunately not". */
const BETWEEN = new Set(['ADV']);
/** Predicates a clause of ours may describe: "something we do", "a job we take on", "a service we offer". */
const PRACTICE_HEADS = setOf(STATED_NO_WORDS.practiceHeads);
/** "take on", "take over", "take care of": a task taken, unlike "take lightly", "take for granted". */
const TAKE_TASK = /^(?:on|over|up|care)$/;
const ELIGIBLE = /^(?:eligible|entitled|qualified)$/;
const IN_DOCUMENT = /^(?:in|by|under|within)$/;
/** Verbs of ours after "the only N": what we need, have or want of the client is no way of ours. */
const ONLY_NOT_WAY = setOf(STATED_NO_WORDS.onlyNotWay);
/** Verbs of deciding (not "confirm": "pleased to confirm that the prices remain unchanged" reports good news). */
const DECIDE = /^(?:decide|conclude|determine|rule)$/;

type FirstPassFacts = Pick<EnFacts, 'tokens' | 'clauses' | 'kept' | 'cues'>;

function firstPass(f: FirstPassFacts): StatedNo | undefined {
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    const found = negatedBe(f, i) ?? noChange(tokens, i) ?? soleWay(tokens, i) ?? decidedKept(f, i);
    if (found) return found;
  }
  return undefined;
}

/** "X is not something we take on", "… is not eligible", "… is not included in the contract": said of anyone but us. */
function negatedBe(f: FirstPassFacts, i: number): StatedNo | undefined {
  const { tokens } = f;
  const t = tokens[i]!;
  if (t.lemma !== 'be' || !/^(?:is|are|'s|'re|will|be)$/.test(t.lower)) return undefined;
  let n = i + 1;
  while (n < tokens.length && BETWEEN.has(tokens[n]!.pos) && !NEGATOR.test(tokens[n]!.lower)) n++;
  if (!NEGATOR.test(low(tokens, n))) return undefined;
  // "will not be …": the predicate after "be".
  let p = n + 1;
  if (tokens[p]?.lemma === 'be') p++;
  const subject = tokens.slice(0, i);
  if (subject.some((w) => WE.test(w.lower))) return undefined;
  if (practiceAfter(tokens, p)) return { kind: 'practice', at: n };
  if (ELIGIBLE.test(low(tokens, p)) && !subject.some((w) => w.lower === 'you')) return { kind: 'ineligible', at: n };
  if (excludedFromTerms(f, p)) return { kind: 'excluded', at: n };
  return undefined;
}

/** "There will be no change to the delivery schedule", "there is no change in the price". */
function noChange(tokens: readonly EnToken[], i: number): StatedNo | undefined {
  return tokens[i]!.lower === 'there' && noChangeAfter(tokens, i + 1) ? { kind: 'no-change', at: i } : undefined;
}

/** "the only port we use" (not "not the only …"). */
function soleWay(tokens: readonly EnToken[], i: number): StatedNo | undefined {
  if (tokens[i]!.lower !== 'only' || low(tokens, i - 1) !== 'the' || low(tokens, i - 2) === 'not') return undefined;
  return onlyWayOfOurs(tokens, i) ? { kind: 'sole', at: i } : undefined;
}

/** "We have decided that it stays at 24 months": a kept clause after a verb of deciding, not kept in their favour. */
function decidedKept(f: FirstPassFacts, i: number): StatedNo | undefined {
  const { tokens } = f;
  const t = tokens[i]!;
  if (DECIDE.test(t.lemma) && t.pos === 'VERB' && low(tokens, i + 1) === 'that' && f.kept !== undefined && f.clauses[f.kept]!.from > i &&
    !tokens.slice(0, i).some((w) => w.lower === 'you') && !favourableKept(tokens, f.clauses[f.kept]!.from, tokens.length)) {
    return { kind: 'decided-kept', at: i };
  }
  return undefined;
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
  if (!isVerb(v)) return false;
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
  while (k < tokens.length && (tokens[k]!.pos === 'ADV' || /^(?:can|could|will|would|do)$/.test(low(tokens, k)))) {
    if (NEGATOR.test(low(tokens, k))) return false;
    k++;
  }
  const v = tokens[k];
  // Round 43 (ve-019): "The only point I would ask you to check is …", "the only thing we need from you": what we ask of the
  // reader, their act — no limit of ours.
  if (v && ASKED_OF_READER.test(v.lemma) && tokens.slice(k + 1, k + 4).some((t) => t.lower === 'you' || t.lower === 'from')) return false;
  return isVerb(v) && !ONLY_NOT_WAY.test(v.lemma);
}
/** Verbs of asking something of the reader, in a relative clause after "the only …". */
const ASKED_OF_READER = /^(?:ask|need|request|want|require|expect)$/;

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

// ---------------------------------------------------------------------------------------------------------------------
// The second pass (refen37): the kinds of the blind writers' class corpus, tried only when the first pass found none.

const RULED_OUT_NOUNS = setOf(STATED_NO_WORDS.ruledOutNouns);
const NONE_GIVEN = setOf(STATED_NO_WORDS.noneGiven);
const CLOSED_ASKS = setOf(STATED_NO_WORDS.closedAsks);
/** People a place may be closed to: visitors, customers, guests, the public. */
const CLOSED_TO_PEOPLE = /^(?:visitors?|customers?|clients?|guests?|public|outsiders?)$/;
/** A closure for a holiday or for work, told as a notice ("closed to visitors during Obon"): routine, no answer to a wish. */
const ROUTINE_CLOSURE = /^(?:holidays?|obon|christmas|vacation|maintenance|inventory|stock-?taking)$/;
const VERDICT_ADJECTIVES = setOf(STATED_NO_WORDS.verdictAdjectives);
const GRANTED_FORMS = setOf(STATED_NO_WORDS.grantedForms);
const GRANT_VERBS = setOf(STATED_NO_WORDS.grantVerbs);
const LIMIT_WORDS = setOf(STATED_NO_WORDS.limitWords);
const PAST_LIMIT = setOf(STATED_NO_WORDS.pastLimit);
const SHORT_OF_LIMIT = setOf(STATED_NO_WORDS.shortOfLimit);
const EXPECT_VERBS = setOf(STATED_NO_WORDS.expectVerbs);
const KEPT_STATES = setOf(STATED_NO_WORDS.keptStates);
const END_VERBS = setOf(STATED_NO_WORDS.endVerbs);
const SPARED_ACTS = setOf(STATED_NO_WORDS.sparedActs);
const SPARED_LABELS = setOf(STATED_NO_WORDS.sparedLabels);
/** A cost the reader would bear: "no charge", "no extra fees" spare them. */
const COST = /^(?:charge|charges|cost|costs|fee|fees|freight)$/;
/** A word that spares the reader a cost or a trouble ("no chance of a delay", "do not expect any problems"). */
const spares = (t: EnToken) => SPARED_ACTS.test(t.lemma) || SPARED_LABELS.test(t.lower) || COST.test(t.lower);

function corpusPass(f: Pick<EnFacts, 'tokens'>): StatedNo | undefined {
  const { tokens } = f;
  const hasOnly = tokens.some((t) => t.lower === 'only');
  for (let i = 0; i < tokens.length; i++) {
    const found = thereIsNo(tokens, i) ?? noneAsAPhrase(tokens, i) ?? beJudged(tokens, i, hasOnly) ?? policyNever(tokens, i) ?? stoppedPractice(tokens, i);
    if (found) return found;
  }
  return expectNone(tokens) ?? answerKept(tokens) ?? limitRefused(tokens) ?? limitOutside(tokens);
}

/** "There is / will be no possibility of …", "There will be no on-site training included with this order". */
function thereIsNo(tokens: readonly EnToken[], i: number): StatedNo | undefined {
  if (tokens[i]!.lower !== 'there') return undefined;
  const n = tokens.length;
  let k = i + 1;
  if (low(tokens, k) === 'will') k++;
  if (tokens[k]?.lemma !== 'be' || low(tokens, k + 1) !== 'no') return undefined;
  const no = k + 1;
  if (RULED_OUT_NOUNS.test(low(tokens, no + 1)) && /^(?:of|to|for)$/.test(low(tokens, no + 2)) &&
    !tokens.slice(no + 2, n).some(spares) && isVerb(tokens[no + 3]) && !NOT_PRACTICE.test(tokens[no + 3]!.lemma)) {
    return { kind: 'ruled-out', at: no };
  }
  // Round 46 (uf-036): "There is no volume discount on this", "There will be no exception for this invoice": a concession
  // the client would want, said not to exist (up to two words before its noun). A no only in answer to their wish, which
  // the rule checks (a reply, their ask named); "there is no charge" or "no minimum order" is good news, not in the class.
  for (let j = no + 1; j < Math.min(n, no + 4); j++) {
    const t = tokens[j]!;
    if (NONE_GIVEN.test(t.lemma) && t.pos === 'NOUN') return { kind: 'none-given', at: no };
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') break;
  }
  // "no X included / provided / offered with this order": none of it in what they bought.
  for (let j = no + 1; j < Math.min(n, no + 6); j++) {
    if (spares(tokens[j]!) || /^(?:[,;:]|and|but|so)$/.test(tokens[j]!.lower)) break;
    if (/^(?:included|provided|offered|supplied)$/.test(tokens[j]!.lower) && j > no + 1) return { kind: 'none-included', at: no };
  }
  return undefined;
}

/**
 * Round 48 (h7hf-028): the concession denied with no verb at all, a phrase of its own at the start of the sentence or after a
 * dash, a colon or a semicolon ("The price stays at £38.50 — no volume discount this year.", "No refunds on opened packs.",
 * "No discount, sorry."). Not a quality kept ("no reduction in quality"), not a phrase a verb goes on from ("No discount
 * code is needed").
 */
function noneAsAPhrase(tokens: readonly EnToken[], i: number): StatedNo | undefined {
  if (tokens[i]!.lower !== 'no' || (i > 0 && !/^(?:[—–:;]|-+)$/.test(tokens[i - 1]!.text))) return undefined;
  // "Pricing holds until the 20th — no extension.": the hard edge of a validity told before it, which pressure judges.
  if (tokens.slice(0, i).some((x) => /^(?:until|till|through|valid|expires?|holds|runs|deadline)$/.test(x.lower))) return undefined;
  const n = tokens.length;
  // The phrase's end: the sentence's, or a stop, a dash or a colon inside it.
  let end = i + 1;
  while (end < n && !/^[.;:!?—–]$/.test(tokens[end]!.text)) end++;
  const rest = tokens.slice(i + 1, end);
  // Round 48 (dev set y8yb-035, -044): any thing asked for, denied with "sorry" or "possible" after it ("no private labels,
  // sorry", "No return possible for customised product") — the phrase says no to it, whatever it is.
  const denied = rest.some((x, k) => x.lower === 'sorry' || (k > 0 && /^(?:possible|allowed|accepted)$/.test(x.lower)));
  for (let j = i + 1; j < Math.min(n, i + 4); j++) {
    const t = tokens[j]!;
    if ((NONE_GIVEN.test(t.lemma) || denied) && t.pos === 'NOUN') {
      if (/^(?:in|of)$/.test(low(tokens, j + 1))) return undefined;
      // (A participle before a noun describes it: "for customised product".)
      if (tokens.slice(j + 1, end).some((x, k) => isVerb(x) && !(/(?:ed|ing)$/.test(x.lower) && tokens[j + 2 + k]?.pos === 'NOUN'))) return undefined;
      return { kind: 'none-given', at: i };
    }
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') break;
  }
  return undefined;
}

/** A "be" (negated or not) with what follows it: a proposal judged, a kind not granted, our act denied, left out. */
function beJudged(tokens: readonly EnToken[], i: number, hasOnly: boolean): StatedNo | undefined {
  const t = tokens[i]!;
  if (t.lemma !== 'be' || t.pos !== 'AUX') return undefined;
  const subject = tokens.slice(0, i);
  const ourSubject = subject.some((x) => WE.test(x.lower));
  const yours = subject.some((x) => x.lower === 'you');
  let p = i + 1;
  const negated = NEGATOR.test(low(tokens, p));
  if (negated) p++;
  if (tokens[p]?.lemma === 'be') p++;
  // "The proposed penalty … is unacceptable to us", "Your clause is not acceptable": a proposal of theirs judged.
  const adj = low(tokens, p);
  // Not their judgement reported ("Your team said that 60 days is not acceptable for them"): no verb of saying before it.
  const reported = subject.some((x) => x.lower === 'that' || /^(?:say|tell|mention|write|feel|think|state)$/.test(x.lemma));
  if (!ourSubject && !yours && !reported && VERDICT_ADJECTIVES.test(adj) && (adj === 'acceptable') === negated &&
    (subject.some((x) => /^(?:your|proposed|requested|suggested|revised)$/.test(x.lower)) || (low(tokens, p + 1) === 'to' && low(tokens, p + 2) === 'us'))) {
    return { kind: 'unacceptable', at: p };
  }
  if (negated && !ourSubject && !yours) {
    const denied = notGranted(tokens, p, subject, hasOnly);
    if (denied) return denied;
  }
  // Round 48 (h7hf-008): "Customer audits are closed for 2027", "Factory tours are closed until March": a kind of ask of theirs
  // closed to them. Not a place of ours closed for a stretch ("Our office is closed from 29 December"): the subject names
  // the ask, not the place.
  // Or a place closed to them as a class of people (dev set y8yb-018: "The packhouse is closed to visitors from October").
  if (!negated && low(tokens, p) === 'closed' && (subject.some((x) => x.pos === 'NOUN' && CLOSED_ASKS.test(x.lower)) ||
    (low(tokens, p + 1) === 'to' && tokens.slice(p + 2, p + 5).some((x) => CLOSED_TO_PEOPLE.test(x.lower)) &&
      !tokens.some((x) => ROUTINE_CLOSURE.test(x.lower))))) return { kind: 'closed-to', at: p };
  // "Naha is excluded from our delivery area", "… excluded from the warranty".
  if (!negated && !ourSubject && low(tokens, p) === 'excluded' && low(tokens, p + 1) === 'from' &&
    (low(tokens, p + 2) === 'our' || (low(tokens, p + 2) === 'the' && tokens.slice(p + 3, p + 6).some((x) => TERMS_DOCUMENT.test(x.lower))))) {
    return { kind: 'excluded', at: p };
  }
  return undefined;
}

/** After a negated "be" said of anyone but us and the reader; `p` is the predicate, the negator just before it. */
function notGranted(tokens: readonly EnToken[], p: number, subject: readonly EnToken[], hasOnly: boolean): StatedNo | undefined {
  // "Credit cards are not an accepted method of payment".
  if (/^(?:a|an)$/.test(low(tokens, p)) && GRANTED_FORMS.test(low(tokens, p + 1)) && /^(?:NOUN|PROPN)$/.test(tokens[p + 2]?.pos ?? '')) {
    return { kind: 'not-granted', at: p - 1 };
  }
  // "changes to confirmed orders are not accepted", "emails are not processed": our act, passive, no agent of theirs.
  const v = tokens[p];
  if (v && v.pos === 'VERB' && /(?:ed|en)$/.test(v.lower) && GRANT_VERBS.test(v.lemma) && subject.some((x) => x.pos === 'NOUN') &&
    !(low(tokens, p + 1) === 'by' && /^(?:you|your)$/.test(low(tokens, p + 2)))) {
    return { kind: 'passive-no', at: p - 1 };
  }
  // "Only … are supported, and Internet Explorer is not among them": theirs outside the only ones.
  if (hasOnly && low(tokens, p) === 'among') return { kind: 'sole', at: p - 1 };
  return undefined;
}

/** "It is company policy never to share …", "Our policy is not to …". */
function policyNever(tokens: readonly EnToken[], i: number): StatedNo | undefined {
  if (tokens[i]!.lemma !== 'policy') return undefined;
  let k = i + 1;
  if (tokens[k]?.lemma === 'be') k++;
  if (NEGATOR.test(low(tokens, k)) && low(tokens, k + 1) === 'to' && isVerb(tokens[k + 2]) && !spares(tokens[k + 2]!)) {
    return { kind: 'policy-never', at: k };
  }
  return undefined;
}

/**
 * "We stopped making custom blends years ago": a practice of ours ended, not a cost we stopped charging.
 * The tagger reads some gerunds as nouns ("stopped offering").
 */
function stoppedPractice(tokens: readonly EnToken[], i: number): StatedNo | undefined {
  const t = tokens[i]!;
  if (END_VERBS.test(t.lower) && t.pos === 'VERB' && WE.test(low(tokens, i - 1)) && /^(?:VERB|NOUN)$/.test(tokens[i + 1]?.pos ?? '') && /ing$/.test(low(tokens, i + 1)) &&
    !spares(tokens[i + 1]!)) {
    return { kind: 'stopped', at: i };
  }
  return undefined;
}

/** "Do not expect a Japanese version of the dashboard", "Please don't count on a second discount". */
function expectNone(tokens: readonly EnToken[]): StatedNo | undefined {
  let s = 0;
  if (low(tokens, s) === 'please') s++;
  if (low(tokens, s) === 'do' && NEGATOR.test(low(tokens, s + 1)) && EXPECT_VERBS.test(tokens[s + 2]?.lemma ?? '') &&
    !tokens.slice(s + 3).some(spares) && !tokens.slice(s + 3).some((x) => /^(?:any|anything|much)$/.test(x.lower))) {
    return { kind: 'expect-none', at: s + 1 };
  }
  return undefined;
}

/** "A: No, the formulation is fixed.": an answer no, the thing kept as it is. */
function answerKept(tokens: readonly EnToken[]): StatedNo | undefined {
  let a = 0;
  if (/^(?:a|answer)$/.test(low(tokens, 0)) && low(tokens, 1) === ':') a = 2;
  if (low(tokens, a) === 'no' && /^[,;:—–-]$/.test(low(tokens, a + 1))) {
    for (let k = a + 2; k + 1 < tokens.length; k++) if (tokens[k]!.lemma === 'be' && KEPT_STATES.test(low(tokens, k + 1))) return { kind: 'answer-kept', at: a };
  }
  return undefined;
}

/** "We will not print more than four colours": a limit of ours refused past. */
function limitRefused(tokens: readonly EnToken[]): StatedNo | undefined {
  const n = tokens.length;
  for (let k = 0; k + 4 < n; k++) {
    if (!WE.test(low(tokens, k)) || !/^(?:will|do|can|wo|does)$/.test(low(tokens, k + 1)) || !NEGATOR.test(low(tokens, k + 2))) continue;
    const v = tokens[k + 3]!;
    if (v.pos !== 'VERB' || NOT_PRACTICE.test(v.lemma) || spares(v)) continue;
    for (let j = k + 4; j + 2 < n && j < k + 7; j++) {
      if (/^(?:more|fewer|less|longer)$/.test(low(tokens, j)) && low(tokens, j + 1) === 'than' && tokens[j + 2]!.pos === 'NUM') return { kind: 'limit-refused', at: k + 2 };
    }
  }
  return undefined;
}

/**
 * A limit of ours and the client's case outside it, in a later clause: "Returns are accepted within 14 days of delivery,
 * and this order is well past that"; "… requires a minimum of 2,000 metres; smaller runs are only possible in …".
 * Or the limit said to be absolute.
 */
function limitOutside(tokens: readonly EnToken[]): StatedNo | undefined {
  const n = tokens.length;
  const limitAt = tokens.findIndex((x) => LIMIT_WORDS.test(x.lower));
  if (limitAt < 0 || !tokens.some((x) => x.pos === 'NUM')) return undefined;
  for (let k = limitAt + 1; k + 1 < n; k++) {
    if (!/^(?:and|;|but)$/.test(low(tokens, k))) continue;
    const rest = tokens.slice(k + 1);
    if (rest.some((x) => /^(?:still|within|qualifies|qualify|covered|eligible|free)$/.test(x.lower))) break;
    // "and this unit was delivered 14 months ago", "and your order is past that".
    // (The tagger reads some nouns after "this" as verbs: "this pump".)
    if (/^(?:this|your|the)$/.test(rest[0]?.lower ?? '') && /^(?:NOUN|PROPN|VERB)$/.test(rest[1]?.pos ?? '') && rest.some((x) => PAST_LIMIT.test(x.lower))) {
      return { kind: 'limit-outside', at: k };
    }
    // "; smaller runs are only possible in …", "; fewer units cannot be produced".
    if (SHORT_OF_LIMIT.test(rest[0]?.lower ?? '') && rest.some((x) => x.lower === 'only' || NEGATOR.test(x.lower) || x.lower === 'cannot')) {
      return { kind: 'limit-outside', at: k };
    }
  }
  // "Three percent is the maximum discount, full stop", "Our minimum stays at 20 pallets per sailing, whatever the season".
  const text = ` ${tokens.map((t) => t.lower).join(' ')} `;
  if (STATED_NO_WORDS.absoluteMarkers.some((m) => text.includes(` ${m.replace(/\.$/, ' .')} `) || text.includes(` ${m} `))) {
    return { kind: 'limit-absolute', at: limitAt };
  }
  return undefined;
}
