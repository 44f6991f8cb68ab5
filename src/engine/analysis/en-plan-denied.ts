// Round 28: a thing the reader asked for, left out of our plans — "Multi-entity consolidation is not in the current
// roadmap", "SAML isn't included in our roadmap", "We don't have SAML on the roadmap", "A Linux client is not part of
// our product plans", "There are no plans for a Linux client", "We have no plans to build one". No verb of refusing and
// often no "we": the plan is ours, and the answer to their question or request is no. Read from the parse: a plan noun
// (PLAN_NOUNS, or a release that is to come) reached from a negator through a preposition of being in it (in / on /
// within / part of), or "no" right before the plan noun. Told of our own accord, the same words reassure ("There are no
// plans to change your price"): the thing left out must not be a change to the reader's cost (DETRIMENT), and an ask of
// theirs must be in sight (named in the sentence or the one before, a topic lead, a reply's subject) — the caller's
// `asked`, since a sentence hook alone does not see the subject.
import type { EnFacts } from './en';
import type { EnToken } from './en-parse';

/** Nouns of a plan of ours a thing can be in or out of. "scope" is out-of-scope's; "schedule" is a diary too. */
const PLAN_NOUNS = new Set(['roadmap', 'pipeline', 'backlog']);
/** "plan": our plans (plural), or a plan named as one of work (product plan, development plan, 2027 plan, our plan). */
const PLAN_KINDS = new Set(['product', 'development', 'release', 'project', 'roadmap', 'year', 'quarter', 'engineering', 'feature']);
/** "release" and "version" as a plan: one that is to come (the next release, an upcoming version). */
const COMING = new Set(['next', 'upcoming', 'coming', 'future', 'forthcoming']);
/**
 * Verbs whose clause can put a thing in a plan: be, include, have, put, add, feature, schedule — and "part", which the
 * tagger reads as the verb of "is not part of". Read anywhere between the clause's start and the preposition, since the
 * parse may leave "have" an auxiliary ("We do not have SAML on the roadmap") with no verb.
 */
const PLAN_VERBS = new Set(['be', 'include', 'have', 'put', 'add', 'feature', 'schedule', 'see', 'fit', 'part']);
/** Prepositions of being in a plan. "part of" is read as one. */
const IN_PLAN = new Set(['in', 'on', 'within', 'into', 'onto']);
/** Words that may stand between a preposition and its plan noun: determiners, possessives, adjectives, numbers, nouns. */
const BETWEEN = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN', 'PART', 'ADV']);
/**
 * Changes that cost the reader: a plan denied for them reassures ("no plans to raise prices", "discontinuation of the
 * model is not on our roadmap").
 */
const DETRIMENT = new Set([
  'change', 'raise', 'increase', 'rise', 'hike', 'discontinue', 'discontinuation', 'end', 'stop', 'retire', 'drop', 'remove',
  'withdraw', 'sunset', 'deprecate', 'deprecation', 'charge', 'delay', 'reduce', 'reduction', 'cut', 'close', 'closure',
  'cancel', 'cancellation', 'terminate', 'termination', 'replace', 'alter', 'modify', 'phase', 'relocate', 'outsource', 'surcharge',
  'price', 'pricing', 'fee', 'layoff', 'restructure', 'merge', 'sell',
]);

const isNegator = (t: EnToken | undefined) => !!t && (t.lemma === 'not' || t.lower === "n't" || t.lower === 'never');

/** Whether the token at `k` names a plan of ours (see PLAN_NOUNS, PLAN_KINDS, COMING). */
function planNoun(tokens: readonly EnToken[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  const prev = tokens[k - 1];
  // "your plan", "the Basic plan": the reader's subscription, a tier — never our intention.
  if (prev?.lower === 'your' || tokens[k - 2]?.lower === 'your') return false;
  if (PLAN_NOUNS.has(t.lemma) || PLAN_NOUNS.has(t.lower)) return true;
  if (t.lemma === 'plan') {
    if (t.lower === 'plans') return true;
    return !!prev && (prev.lower === 'our' || PLAN_KINDS.has(prev.lemma) || prev.pos === 'NUM' || /^(?:year|quarter)'?s?$/.test(prev.lower));
  }
  if (t.lemma === 'release' || t.lemma === 'version') return !!prev && COMING.has(prev.lower);
  // "our development schedule", "the release schedule": a plan of work; "our schedule" alone is a diary.
  if (t.lemma === 'schedule') return !!prev && PLAN_KINDS.has(prev.lemma);
  return false;
}

/** Whether the span [from, to) names a change that costs the reader (DETRIMENT). */
function detriment(tokens: readonly EnToken[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++) if (DETRIMENT.has(tokens[k]!.lemma)) return true;
  return false;
}

/**
 * The index of the clause of `f` that leaves a thing out of our plans, when one does; undefined otherwise (also in a
 * question, a condition, or a past or perfect clause: "it wasn't on the roadmap then" reports).
 */
export function planDeniedClause(f: EnFacts): number | undefined {
  if (f.question || f.conditional) return undefined;
  const tokens = f.tokens;
  for (let c = 0; c < f.clauses.length; c++) {
    const cl = f.clauses[c]!;
    // "We have no plans" parses as a perfect (have + a noun phrase): the perfect is checked where "no" is not the negator.
    if (cl.conditional || cl.tense === 'past') continue;
    if (cl.subject?.side === 'you') continue;
    for (let p = cl.from; p < cl.to; p++) {
      if (!planNoun(tokens, p)) continue;
      // "There are no plans for a Linux client", "We have no current plans to build one".
      let k = p - 1;
      while (k > cl.from && tokens[k]!.pos === 'ADJ') k--;
      if (tokens[k]?.lower === 'no' && (tokens[p]!.lower === 'plans' || tokens[p]!.lower === 'plan')) {
        if (!detriment(tokens, p + 1, cl.to) && !detriment(tokens, cl.from, k)) return c;
        continue;
      }
      // "… is not in the current roadmap", "… isn't included in our roadmap", "… is not part of our product plans",
      // "We do not have SAML on the roadmap": back over the plan's modifiers to its preposition, then to a negator.
      k = p - 1;
      while (k > cl.from && BETWEEN.has(tokens[k]!.pos) && !IN_PLAN.has(tokens[k]!.lower) && tokens[k]!.lower !== 'of') k--;
      const prep = tokens[k];
      const partOf = prep?.lower === 'of' && tokens[k - 1]?.lower === 'part';
      if (!prep || (!IN_PLAN.has(prep.lower) && !partOf)) continue;
      const neg = cl.negation;
      if (cl.perfect || neg === undefined || neg >= k || !isNegator(tokens[neg])) continue;
      if (!tokens.slice(cl.from, k).some((t) => PLAN_VERBS.has(t.lemma))) continue;
      if (detriment(tokens, cl.from, cl.to) || detriment(tokens, 0, cl.from)) continue;
      return c;
    }
  }
  return undefined;
}
