import { z } from 'zod';
import data from '../../../dictionaries/en/cues.json';
import { bundled, onDemand } from '../../rules/bundled';
import type { EnToken } from './en-parse';
import { CONCESSION_NOUNS, GRANT_VERBS } from './en-grant';
import type { EnClause, EnFacts, SpeechAct } from './en';

export const CUE_KINDS = [
  'cushion', 'apology', 'thanks', 'consult', 'alternative', 'eager', 'difficulty', 'stative', 'reassurance', 'decline',
  // A negated verb whose left-out subject is "it", not us: "Won't take long", "Can't hurt to try", "Won't happen again".
  'impersonal',
  // The status quo kept ("the fee stays", "we're keeping the price") and a change the reader asked of it
  // ("waive", "reduce", "an exception"): en-kept.ts.
  'kept', 'change-ask',
  // Round 31: our standard named ("our standard terms", "the usual lead time"): kept as it is when it "applies" in
  // answer to a term the reader asked to change (en-kept.ts).
  'standard',
  'infeasible', 'offer', 'proposal', 'notice', 'request', 'agreed', 'terms', 'withheld',
  // A verdict on the reader's request ("came too late"), a burden put on the reader ("your responsibility").
  'ruled-late', 'blame',
  // News (en-news.ts) and what makes a notice considerate.
  'price', 'rise', 'fall', 'slip', 'late', 'earlier', 'end', 'end-weak', 'service', 'partial', 'shortage', 'quality', 'contact',
  'cancel', 'reason', 'meet', 'reported', 'meeting', 'hypothetical', 'delivery', 'spec', 'duration', 'deadline', 'impose',
  // A cause named in passing ("due to", "following"), a verb that supplies or serves, a date restated as new, a
  // start date ("effective", "going forward"), a charge added on top of a price.
  'cause', 'supply', 'restated', 'effective', 'fee', 'withdrawn',
  // Goods lost or damaged on the way; terms the reader benefits from (free time, warranty) or bears (a minimum order).
  'goods-lost', 'benefit', 'burden',
  // Pressure (en-pressure.ts).
  'urge', 'commit', 'soon', 'wait', 'loss', 'scarcity',
  // Outreach (en-outreach.ts).
  'self-intro', 'value', 'meet-ask', 'ask-intent', 'persist',
  // What takes the pressure off a follow-up ("no rush", "sorry to bother you again").
  'unhurried',
  // Round 31 (clean31): a cost we bear ("at our cost", "free of charge") and a verb of weighing an option ("look at",
  // "consider"): what makes news words an offer of ours (en-news-offered.ts).
  'own-cost', 'weigh',
  // Round 34: a body of ours that approves or turns down ("head office", "our board", "the pricing committee").
  'institution',
  // Round 35: a service firm outside our company that we hire ("our freight forwarder", "our bank"): its can't is its own.
  'outsider',
  // Round 35: where terms are written ("it's in the contract", "per our terms"); our ceiling ("our capacity", "our allocation").
  'written', 'ceiling',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export const CuesDictionarySchema = onDemand(() => z.object({
  about: z.string(),
  entries: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    cue: z.enum(CUE_KINDS),
    phrases: z.array(z.string().min(1).max(40)).min(1),
    has: z.array(z.string().min(1)).min(1),
    hasNot: z.array(z.string().min(1)).min(1),
  })).min(1),
}));

/** Each cue found: its kind and the token index it starts at. */
export type EnCues = Partial<Record<CueKind, number[]>>;

interface CuePhrase { kind: CueKind; words: string[] }

/** Phrases indexed by their first word: one look-up per token, so matching is linear in the sentence. */
const byFirst = new Map<string, CuePhrase[]>();
// Typed data, parsed with its schema by tests/unit/dictionaries/schemas.test.ts rather than at every start.
for (const e of bundled('en/cues', CuesDictionarySchema, data).entries) {
  for (const p of e.phrases) {
    const words = p.toLowerCase().replace(/’/g, "'").split(/\s+/);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ kind: e.cue, words });
    byFirst.set(words[0]!, list);
  }
}

const wordAt = (t: EnToken | undefined, w: string) => t !== undefined && (w === '_' || t.lower === w || t.lemma === w ||
  (w.includes("'") && t.lower + '' === w));

/** "we'd", "don't", "let's": a phrase word may span a pronoun and its clitic, written as one in the data. */
function matchAt(tokens: EnToken[], i: number, words: string[]): boolean {
  let k = i;
  for (const w of words) {
    const t = tokens[k];
    if (!t) return false;
    if (wordAt(t, w)) { k++; continue; }
    const joined = t.lower + (tokens[k + 1]?.lower ?? '');
    if (tokens[k + 1] && tokens[k + 1]!.start === t.end && joined === w) { k += 2; continue; }
    return false;
  }
  return true;
}

export function cuesOf(tokens: EnToken[]): EnCues {
  const cues: EnCues = {};
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Mr. Owen Price", "Ms. Rise": a person's name after a title is no cue word (price, rise, cost…).
    if (inTitledName(tokens, i)) continue;
    // The phrases opening with the word, then with its lemma, then with the word joined to the next (round 35: in
    // that order, one list at a time, no array copied per token).
    matchFrom(tokens, i, byFirst.get(t.lower), cues);
    if (t.lemma !== t.lower) matchFrom(tokens, i, byFirst.get(t.lemma), cues);
    if (tokens[i + 1] && tokens[i + 1]!.start === t.end) matchFrom(tokens, i, byFirst.get(t.lower + tokens[i + 1]!.lower), cues);
  }
  return cues;
}

function matchFrom(tokens: EnToken[], i: number, phrases: CuePhrase[] | undefined, cues: EnCues): void {
  if (phrases === undefined) return;
  for (const p of phrases) if (matchAt(tokens, i, p.words)) (cues[p.kind] ??= []).push(i);
}

/** A courtesy title before a name. */
const TITLE = /^(?:mr|ms|mrs|miss|dr|prof)\.?$/;
/** Its first letter A–Z (a character code, not a regular expression: asked of most tokens of every English sentence). */
const capitalised = (t: EnToken | undefined) => {
  const c = t === undefined ? 0 : t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** A capitalised word right after a title, or after a capitalised given name after one ("Mr. Owen Price"). */
function inTitledName(tokens: EnToken[], i: number): boolean {
  if (!capitalised(tokens[i])) return false;
  const title = (k: number) => TITLE.test(tokens[k]?.lower ?? '');
  return title(i - 1) || (title(i - 2) && capitalised(tokens[i - 1]) && tokens[i - 1]!.pos === 'PROPN');
}

/** Whether a cue of `kind` starts inside tokens [from, to). */
export function cueIn(cues: EnCues, kind: CueKind, from = 0, to = Number.MAX_SAFE_INTEGER): boolean {
  const list = cues[kind];
  if (!list) return false;
  // Indices are in ascending order: binary search for the first at or after `from`.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo]! < to;
}

const REFUSING_MODALS = new Set(['can', 'will', 'would', 'shall']);

const READER_WISH = new Set(['need', 'want', 'wish', 'prefer', 'mind', 'like', 'require', 'agree', 'disagree', 'object']);

/**
 * The sentence's only condition is a requirement put to the other side: "unless …" or "if … not …", its subject
 * not ours ("we", "I", our company), not the reader's wish ("unless you need it", "if you don't mind") nor inability.
 * Our own shortfall ("if we cannot ship by Friday, …") is a promise about a risk, not a refusal.
 */
function requirementOnReader(f: Pick<EnFacts, 'tokens' | 'clauses'>): boolean {
  const conds = f.clauses.filter((c) => c.conditional);
  if (conds.length !== 1) return false;
  const c = conds[0]!;
  const lead = f.tokens[c.from]?.lower;
  if (lead !== 'unless' && !(lead === 'if' && c.negation !== undefined)) return false;
  if (c.subject === undefined || c.subject.side === 'we') return false;
  // "If you cannot attend on Friday, we cannot hold the room": the reader's inability is a circumstance, no requirement.
  return !f.tokens.slice(c.from, c.to).some((t) => READER_WISH.has(t.lemma) || t.lemma === 'can' || t.lemma === 'could' || t.lower === 'unable');
}

/**
 * The clause that refuses, if any: our side with a negated modal, future or present ("we can't", "we won't",
 * "we are not going to", "we don't offer"), a negated "possible / something we do / in a position" ("that is
 * not something we do"), a negated passive about what was asked ("X cannot be accommodated", "is not
 * covered"), or our side declining outright ("we'll have to decline"). Never in a question or a condition,
 * never past or perfect ("we couldn't find", "we have not received": reports), never an eager negative
 * ("can't wait"), the writer's own difficulty ("I can't open the file"), a stative ("we don't expect any
 * delay") or a reassurance ("without your approval").
 */
/** Comparatives of an amount: "more than", "greater than". */
const MORE = /^(?:more|greater|larger|higher|bigger)$/;

const BEYOND = /^(?:beyond|above|over)$/;
/**
 * Round 35 (issue 10, r34 ff-037): the client's number measured against our reach — "the sixteen pairs you asked for are
 * more than we can send", "The 500 units you ordered exceed what we can commit", "that is beyond what we can offer", "Your
 * request is above our limit": a no to their figure, with no negation of ours. The subject is theirs (you / your before
 * the comparison) or a demonstrative standing for it; our side follows with can / could, or our ceiling is named.
 */
export function overOurReach(tokens: readonly EnToken[], cues: EnCues, cl: EnClause): boolean {
  for (let k = cl.from + 1; k < cl.to; k++) {
    const w = tokens[k]!.lower;
    let after: number;
    if (MORE.test(w) && tokens[k + 1]?.lower === 'than' && tokens[k - 1]?.lemma === 'be') after = k + 2;
    else if (BEYOND.test(w) && tokens[k - 1]?.lemma === 'be') after = k + 1;
    else if (tokens[k]!.lemma === 'exceed' && tokens[k]!.pos === 'VERB' && tokens[k - 1]?.lower !== 'not') after = k + 1;
    else continue;
    if (tokens[after]?.lower === 'what') after++;
    const ours = /^(?:we|i)$/.test(tokens[after]?.lower ?? '') && /^(?:can|could)$/.test(tokens[after + 1]?.lower ?? '') && tokens[after + 2]?.lower !== 'not' ||
      /^(?:our|my)$/.test(tokens[after]?.lower ?? '') && (cues.ceiling ?? []).some((c) => c === after + 1 || c === after + 2 && tokens[after + 1]?.pos === 'ADJ');
    if (!ours) return false;
    const subject = tokens.slice(cl.from, k).filter((t) => !/^(?:so|but|and|,)$/.test(t.lower));
    return subject.some((t) => /^(?:you|your)$/.test(t.lower)) || (subject.length <= 2 && /^(?:that|this|it)$/.test(subject[0]?.lower ?? ''));
  }
  return false;
}

/** Verbs whose "if" / "whether" clause is a question reported: "you asked if …", "Mr. Sato wondered whether …". */
const ASKING = /^(?:ask|wonder|enquire|inquire|query|check)$/;

/** A clause of "if" / "whether" right after a verb of asking (past or present, "asked us if"): their question, reported. */
function indirectQuestion(tokens: readonly EnToken[], c: EnClause): boolean {
  if (!/^(?:if|whether)$/.test(tokens[c.from]?.lower ?? '')) return false;
  const v = /^(?:us|me)$/.test(tokens[c.from - 1]?.lower ?? '') ? c.from - 2 : c.from - 1;
  const verb = tokens[v];
  return verb !== undefined && verb.pos === 'VERB' && ASKING.test(verb.lemma) && tokens.slice(Math.max(0, v - 2), v).some((t) => /^(?:you|your|they|he|she)$/.test(t.lower));
}

export function refusalClause(f: Pick<EnFacts, 'tokens' | 'clauses' | 'question' | 'conditional' | 'cues'>): EnClause | undefined {
  if (f.question) return undefined;
  // "On your question whether we can keep the price: no, we can't": "whether" opens an indirect question (their ask
  // named), not a condition on the answer; only a clause of "if", "unless", "provided" makes the sentence conditional.
  // The "whether" clause ends the topic (a colon or a dash after it): "We cannot say whether the port reopens" stays as is.
  // Round 35 (r34 fa2-026): "You asked if we can make one more DX-400 special for you, but we don't make special versions":
  // an "if" or "whether" right after a verb of asking reports their question; the no after it is no answer to a condition.
  // Round 46: "… and the cost is not refunded even if you order later": "even if" concedes; the no holds either way.
  if (f.conditional && f.clauses.every((c) => !c.conditional || (f.tokens[c.from]?.lower === 'whether' && LABEL_END.has(f.tokens[c.to - 1]?.text ?? '')) ||
    indirectQuestion(f.tokens, c) || (f.tokens[c.from]?.lower === 'if' && f.tokens[c.from - 1]?.lower === 'even'))) {
    return refusalClause({ ...f, conditional: false });
  }
  if (f.conditional) {
    // "Unless the order is at least 4 sets, we won't quote them", "if Sanwa does not reach Gold level, we cannot
    // give your engineers access": a requirement the reader fails to meet does not soften the no that follows —
    // our side (named) still refuses in the main clause.
    if (!requirementOnReader(f)) return undefined;
    const cl = refusalClause({ ...f, conditional: false });
    return cl && cl.subject?.side === 'we' && !cl.subordinate ? cl : undefined;
  }
  const { tokens, clauses, cues } = f;
  // "As agreed, we will not change the housing" confirms a decision taken together: it refuses nothing.
  // "Keeping the surcharge at 9%, as you asked, is not possible": an ask named between commas inside the subject,
  // with the verdict after it, is what is refused, not a decision confirmed.
  if (confirmsAgreement(f)) return undefined;
  for (let c = 0; c < clauses.length; c++) {
    const cl = clauses[c]!;
    if (cl.conditional || cl.relative) continue;
    // "You mentioned that a partial delivery is not possible on your side": the reader's own no, reported.
    if (reportedFromReader(tokens, clauses, c)) continue;
    // "Taking back stock once it has cleared customs is not something we do": the sentence's own verdict, parsed
    // into the subordinate clause of its gerund subject.
    // The refusal is the sentence's from its start (the gerund subject's clause), where a cushion goes.
    if (cl.subordinate && strandedVerdict(tokens, cues, cl)) return clauses[0]!;
    const side = cl.subject?.side ?? (cl.droppedSubject ? 'we' : undefined);
    const verb = cl.verb === undefined ? undefined : tokens[cl.verb];
    // Round 35 (r34 fe-030): "No changes to the tooling are needed", "No rework is required": nothing has to be done —
    // the reader spared a task, an eager negative, whatever the subject's nouns are.
    if (cl.negation !== undefined && cl.passive && verb !== undefined && /^(?:need|require)$/.test(verb.lemma) && cl.modal === undefined) continue;
    // Declining outright ("we'll have to decline", "has been rejected", "is against our policy"), negated or not.
    // "Nothing is impossible for our team" negates the "impossible".
    const impossible = (cues.decline ?? []).some((k) => k >= cl.from && k < cl.to && tokens[k]!.lower === 'impossible');
    // "Nothing is off the table", "nothing has been rejected": the decline is said of nothing.
    // "the go/no-go criteria": a decision's name, not a "no-go".
    const declineAt = (cues.decline ?? []).filter((k) => k >= cl.from && k < cl.to && !reportedRejection(tokens, cl, side, k, cues) && tokens[k - 1]?.text !== '/' &&
      !choiceOffered(tokens, k) && !readerDecided(tokens, cl, k) && !(tokens[k]!.pos === 'NOUN' && tokens[k]!.lemma === 'decline') &&
      !tokens.slice(cl.from, k).some((t) => t.lower === 'nothing'));
    const declines = declineAt.length > 0;
    // Round 34: "Your application for extended credit was refused": a decline in the passive ("was refused") is said of
    // the reader's thing, whatever clause the parse gave its possessive ("Your … for extended …" read as a clause of "you").
    const passiveDecline = declineAt.some((k) => tokens[k]!.pos === 'VERB' && tokens[k - 1]?.lemma === 'be');
    // "We decided not to release until it is fully corrected": a decision to wait for a condition, not a no.
    const waits = cueIn(cues, 'reassurance', cl.from, clauses[c + 1]?.to ?? cl.to) && tokens.slice(cl.from, cl.to).some((t) => t.lower === 'not');
    if ((side !== 'you' || cl.passive || passiveDecline) && declines && !(impossible && cl.negation !== undefined) && !waits) return cl;
    if (side !== 'we' && (approvalNotObtained(tokens, cl) || institutionWithheld(tokens, cues, cl))) return cl;
    if (ruledLate(tokens, cues, cl, side) || burdenShifted(tokens, cues, cl, side)) return cl;
    if (passesOn(tokens, cl)) return cl;
    if (refusedInCoordination(tokens, cues, cl) || deniedByAdjective(tokens, cl, side)) return cl;
    if (side !== 'you' && deniedGrant(tokens, cues, cl)) return cl;
    if (c === clauses.length - 1 && cl.subject === undefined && verdictAfterTopic(tokens, cues, cl)) return cl;
    if (c === 0 && nominalNo(tokens, cl, clauses.length)) return cl;
    if (noneGranted(tokens, cl)) return cl;
    if (cl.negation === undefined && overOurReach(tokens, cues, cl)) return cl;
    if (cl.negation === undefined) continue;
    // "Your application has not been approved", "the claim could not be accepted": a decision against the ask, told
    // after the fact — a negated passive of granting (WordNet's class, en-grant.ts), not pending ("not … yet").
    if (decidedAgainst(tokens, cl, side)) return cl;
    if (cl.tense === 'past' || cl.perfect) continue;
    // "That isn't something | we see often": the negation reaches into the clause after "something".
    const next = clauses[c + 1];
    const reaches = /^(?:something|anything)$/.test(tokens[cl.to - 1]?.lower ?? '') && next;
    const end = reaches ? next.to : cl.to;
    // "We will not start production | until you approve the sample": the reassurance opens the next clause.
    // Round 43 (tc-038): "Reserving the microlot until your tasting in December is not possible": an "until" inside a
    // gerund subject bounds what is asked, before the negation — no promise that the no will end.
    const gerundSubject = cl.subject !== undefined && cl.subject.index === cl.from && /^[A-Za-z]{3,}ing$/.test(tokens[cl.from]!.text);
    const reassures = (cues.reassurance ?? []).some((k) => k >= cl.from && k < end && !(gerundSubject && k < cl.negation!));
    if (reassures || (next !== undefined && cueIn(cues, 'reassurance', next.from, next.from + 1))) continue;
    // The verb the negation bears on: eager ("can't wait"), stative ("don't expect"), the writer's difficulty.
    const head = firstVerbAfter(tokens, cl.negation, end);
    // The word right after the negation, whatever its tag ("can't open" is tagged as an adjective at times).
    let near = cl.negation + 1;
    while (near < end && (tokens[near]!.pos === 'ADV' || tokens[near]!.pos === 'PART')) near++;
    const bears = (kind: CueKind) => (head !== undefined && cueAt(cues, kind, head)) || (near < end && cueAt(cues, kind, near));
    if (bears('eager') || bears('stative')) continue;
    // "Won't take long.", "Can't hurt to ask.", "Won't happen again.": a dropped "it", not a dropped "we" —
    // a time, a harm or a recurrence denied, nothing the reader asked for.
    if (bears('impersonal')) continue;
    // "Won't be a problem.", "Won't be necessary.": with the subject left out, a negated "be" refuses only
    // what it calls impossible ("Won't be possible", "Can't be done" is a passive and stays a refusal).
    if (cl.droppedSubject && !cl.subject && verb?.lemma === 'be' && !cueIn(cues, 'infeasible', cl.negation, end)) continue;
    const modalOk = cl.modal === undefined || REFUSING_MODALS.has(cl.modal);
    if (!modalOk) continue;
    const infeasible = cueIn(cues, 'infeasible', cl.negation, end);
    if (side === 'we') {
      if (bears('difficulty')) continue;
      // "We are not sure yet" is no refusal; "we are not in a position to", "we are unable to" are.
      if ((verb === undefined || verb.lemma === 'be') && cl.modal === undefined && !infeasible) continue;
      return cl;
    }
    // "That is not something we do", "There is no way we can", "That won't be possible", "… is not an option".
    // Round 34: "It is not possible to be happier with the trial": a comparative after "possible to be" is praise.
    if (infeasible && praiseBeyond(tokens, cl)) continue;
    if (infeasible) return cl;
    // Round 32: "That is not a service we provide", "… isn't a thing we support" — our practice denied — and "That isn't
    // available to you" — a thing withheld from the reader (practiceDeniedIn, withheldIn).
    if (side !== 'you' && (practiceDeniedIn(tokens, clauses, c) || withheldIn(tokens, cl))) return cl;
    // "Opened reels cannot return to us", "Used cartridges can't come back to our warehouse": the reader's goods
    // that may not come back to us. We are who would take them: the intransitive of "cannot be returned".
    if (side === 'third' && head !== undefined && comesBackToUs(tokens, cl, head, end)) return cl;
    // "Mornings in Japan do not work for our engineering team", "Calls after 6 pm don't suit our support staff":
    // the reader's proposal found unfit for our side.
    if (side === 'third' && head !== undefined && unfitForUs(tokens, head, end)) return cl;
    // "Custom integrations are not offered", "Your request cannot be accommodated". "Not permitted to take
    // photos" states a house rule; "not included in the price" a scope, unless the terms are invoked.
    const participle = head === undefined ? undefined : tokens[head];
    const infinitive = tokens[head! + 1]?.lower === 'to' && tokens[head! + 2]?.pos === 'VERB';
    // "Single sign-on isn't supported at the moment; it is on the roadmap for Q3": a capability the product lacks
    // today, answered with when it comes — the product's state, not the reader's ask turned down.
    if (cl.passive && side === 'third' && participle?.lemma === 'support' && onTheRoadmap(tokens, cl.to)) continue;
    if (cl.passive && side !== undefined && participle && !infinitive) {
      if (participle.lemma === 'include' || participle.lemma === 'cover') {
        if (cueIn(cues, 'terms', cl.from, cl.to)) return cl;
        continue;
      }
      return cl;
    }
    // "SLA credits are not applicable for this incident": a concession the buyer claims, ruled out for their case.
    if (side === 'third' && benefitRuledOut(tokens, cl)) return cl;
    // "This is not available / supported for orders under 50 units": a demonstrative refusing what was asked.
    if (side === 'third' && /^(?:this|that|it)$/.test(tokens[cl.subject!.index]!.lower) && cueIn(cues, 'withheld', cl.negation, cl.to)) return cl;
    // "On-premise deployment is not available." said flatly, nothing after it: what was asked for, withheld.
    // Not a person's day ("Mr. Kimura is not available on Monday"), a date ("until March"), a place.
    let last = tokens[cl.to - 1]?.pos === 'PUNCT' ? cl.to - 2 : cl.to - 1;
    // "… is not available for this edition / for your plan": the scope of what is withheld, named by a determiner.
    for (let k = Math.max(cl.from, last - 4); k < last; k++) {
      if (tokens[k]!.lower === 'available' && /^(?:for|to|in|on)$/.test(tokens[k + 1]?.lower ?? '') && SCOPE_DETERMINERS.has(tokens[k + 2]?.lower ?? '')) {
        last = k;
        break;
      }
    }
    if (side === 'third' && c === clauses.length - 1 && cl.modal === undefined && tokens[last]?.lower === 'available' &&
      tokens[cl.subject!.index]!.pos !== 'PROPN' && tokens[cl.subject!.index]!.pos !== 'PRON') return cl;
  }
  return undefined;
}

/** After a clause: the lacking capability is planned ("on the roadmap", "planned for Q3", "in the next release"). */
function onTheRoadmap(tokens: EnToken[], from: number): boolean {
  const rest = tokens.slice(from);
  // "… aren't supported and they're not on the roadmap": a plan denied is no plan; the refusal stands.
  const denied = (i: number) => rest.slice(Math.max(0, i - 4), i).some((t) => t.lemma === 'not' || t.lower === "n't" || t.lower === 'no' || t.lower === 'never');
  return rest.some((t, i) => (t.lower === 'roadmap' || t.lower === 'planned' || t.lower === 'upcoming' ||
    (t.lower === 'release' && /^(?:next|upcoming|coming|future)$/.test(rest[i - 1]?.lower ?? ''))) && !denied(i));
}

/** Quantifiers that make "no N" a close to what was asked: "no further extensions", "no more changes". */
const FURTHER = new Set(['further', 'more', 'additional', 'other', 'extra']);
/** Concession nouns that, with no "further", can say that nothing changes ("No change to the delivery date."). */
const NEUTRAL_CHANGE = new Set(['change', 'alteration', 'modification', 'conversion', 'exchange', 'switch', 'reduction', 'trim', 'cutback', 'process', 'processing', 'study', 'support', 'release']);

/**
 * A refusal said as a noun phrase: "No further extensions.", "No refunds on opened units.", "No more changes after
 * Friday.", "There will be no further discount on this order." — "no" before a concession noun (WordNet's class,
 * en-grant.ts) in a sentence with no verb of its own, or after "there is / will be". A neutral change noun needs
 * "further / more": "No change to the delivery date." and "There is no change to your price" reassure.
 */
/**
 * Round 44 (kc-010): "As per our pricing policy, no additional discounts are given", "No further extension will be granted":
 * "no" before a concession noun as the subject of a passive of granting (WordNet's class, en-grant.ts) — none given.
 */
function noneGranted(tokens: EnToken[], cl: EnClause): boolean {
  if (!cl.passive || cl.verb === undefined || cl.subject === undefined || tokens[cl.subject.index]!.lower !== 'no') return false;
  const verb = tokens[cl.verb]!;
  if (!GRANT_VERBS.has(verb.lemma) || verb.lower === verb.lemma) return false;
  let head = cl.subject.index + 1;
  if (FURTHER.has(tokens[head]?.lower ?? '')) head++;
  while (head < cl.verb && tokens[head]!.pos !== 'NOUN') head++;
  return head < cl.verb && CONCESSION_NOUNS.has(tokens[head]!.lemma) && tokens.slice(head + 1, cl.verb).every((t) => t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'NOUN');
}

function nominalNo(tokens: EnToken[], cl: EnClause, clauseCount: number): boolean {
  let k = cl.from;
  const there = tokens[k]?.lower === 'there';
  if (there) {
    k++;
    while (k < cl.to && (tokens[k]!.pos === 'AUX' || tokens[k]!.lemma === 'be')) k++;
  } else if (clauseCount !== 1) return false;
  if (tokens[k]?.lower !== 'no') return false;
  k++;
  const further = FURTHER.has(tokens[k]?.lower ?? '');
  if (further) k++;
  // "no more price concessions": the concession noun may head a compound.
  let head = k;
  while (head < k + 2 && head < cl.to && tokens[head]!.pos === 'NOUN' && !CONCESSION_NOUNS.has(tokens[head]!.lemma) && tokens[head + 1]?.pos === 'NOUN') head++;
  const noun = tokens[head];
  if (!noun || noun.pos !== 'NOUN' || !CONCESSION_NOUNS.has(noun.lemma)) return false;
  if ((there || NEUTRAL_CHANGE.has(noun.lemma)) && !further) return false;
  // The rest is a phrase (a scope or a date), with no verb: "No exceptions were found" has one; "on opened units"
  // has a participle before its noun.
  return tokens.slice(head + 1, cl.to).every((t, i, rest) => !(t.pos === 'AUX' || (t.pos === 'VERB' && !(rest[i + 1]?.pos === 'NOUN' && /ed$/.test(t.lower)))));
}

/**
 * Members of the grant class whose past passive reports a handling or a content, not a decision on an ask: "was not
 * included in the delivery" (a scope or a shortfall), "could not be processed" (a failure), "was not paid", "taken",
 * "given", "supported", "had".
 */
const NOT_A_DECISION = new Set(['include', 'process', 'pay', 'have', 'take', 'give', 'support', 'bear', 'study', 'compare', 'equate', 'liken', 'declare', 'settle', 'clear', 'pass', 'free', 'spare', 'trust', 'digest', 'suffer', 'stand']);

/** A negated passive of a verb of granting, past, perfect or with "could", said of the reader's ask or a thing (not of us). */
function decidedAgainst(tokens: EnToken[], cl: EnClause, side: string | undefined): boolean {
  if (!cl.passive || cl.verb === undefined || side === 'we' || side === undefined || cl.negation === undefined) return false;
  if (!(cl.tense === 'past' || cl.perfect || cl.modal === 'could')) return false;
  const lemma = tokens[cl.verb]!.lemma;
  if (!GRANT_VERBS.has(lemma) || NOT_A_DECISION.has(lemma)) return false;
  // "has not been approved yet", "is still not processed": pending, not refused.
  return !tokens.slice(cl.from, cl.to).some((t) => /^(?:yet|still)$/.test(t.lower));
}

/**
 * Round 34: "I understand your board declined our proposal", "You declined the offer": a verb of declining in the active
 * whose own subject, right before it, is the reader or a thing of theirs ("your board") — their decision, reported.
 */
function readerDecided(tokens: EnToken[], cl: EnClause, k: number): boolean {
  if (tokens[k]!.pos !== 'VERB' || tokens[k - 1]?.lemma === 'be' || tokens[k - 2]?.lemma === 'be') return false;
  let j = k - 1;
  while (j >= cl.from && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART')) j--;
  const np: EnToken[] = [];
  while (j >= cl.from && np.length < 5 && /^(?:NOUN|PROPN|ADJ|DET|PRON|NUM)$/.test(tokens[j]!.pos)) np.unshift(tokens[j--]!);
  return np.length > 0 && (np[0]!.lower === 'you' || np[0]!.lower === 'your');
}

/** Nouns of an approval given by an institution: approval, sign-off, go-ahead, consent, clearance. */
const APPROVAL_NOUN = /^(?:approval|sign-?off|consent|authori[sz]ation|go-ahead|clearance)$/;

/**
 * Round 34: an institution's no told as what befell the reader's matter — "Your proposal did not get approval from
 * headquarters", "The volume discount did not get through our pricing committee", "… was not signed off by our CFO".
 * A negated clause, past, not pending ("yet", "still"), with a verb of obtaining an approval (get / receive / obtain +
 * an approval noun), of passing ("get through", "make it through") or "signed off" in the passive; not the reader
 * obtaining it ("You did not get approval"), nor from their side ("from your finance team").
 */
function approvalNotObtained(tokens: EnToken[], cl: EnClause): boolean {
  if (cl.negation === undefined || cl.verb === undefined || cl.conditional) return false;
  if (cl.subject !== undefined && tokens[cl.subject.index]!.lower === 'you') return false;
  const span = tokens.slice(cl.negation + 1, cl.to);
  if (tokens.slice(cl.from, cl.to).some((t) => /^(?:yet|still)$/.test(t.lower))) return false;
  const past = cl.tense === 'past' || cl.perfect;
  if (!past) return false;
  // Whose approval: "from your finance team", "by your board" is their own process.
  const theirs = span.some((t, i) => /^(?:from|by|through)$/.test(t.lower) && span[i + 1]?.lower === 'your');
  if (theirs) return false;
  for (let i = 0; i < span.length; i++) {
    const t = span[i]!;
    if (/^(?:get|receive|obtain|win|gain)$/.test(t.lemma) && t.pos === 'VERB') {
      const next = span.slice(i + 1, i + 4);
      if (next.some((u) => APPROVAL_NOUN.test(u.lower) || (u.lower === 'light' && next.some((v) => v.lower === 'green')))) return true;
      if (span[i + 1]?.lower === 'through' || (span[i + 1]?.lower === 'past' && /^(?:our|the)$/.test(span[i + 2]?.lower ?? ''))) return true;
    }
    if (t.lemma === 'make' && span[i + 1]?.lower === 'it' && span[i + 2]?.lower === 'through') return true;
    if (t.lemma === 'sign' && span[i + 1]?.lower === 'off' && cl.passive) return true;
  }
  return false;
}

/** Verbs an approving body uses: approve, authorise, sanction, accept, grant, endorse. */
const APPROVING = /^(?:approve|authori[sz]e|sanction|accept|grant|endorse)$/;

/**
 * Round 34: "Head office did not approve the 60-day terms", "Our board has not accepted the proposal": a body of ours (an
 * institution noun heads the subject, no "your" in it) denied an approving verb, past — its decision against the ask.
 */
function institutionWithheld(tokens: EnToken[], cues: EnCues, cl: EnClause): boolean {
  if (cl.negation === undefined || cl.verb === undefined || cl.passive || cl.subject === undefined || cl.conditional) return false;
  if (!(cl.tense === 'past' || cl.perfect) || !APPROVING.test(tokens[cl.verb]!.lemma)) return false;
  const subject = tokens.slice(cl.from, cl.negation);
  if (subject.some((t) => t.lower === 'your' || t.lower === 'you' || t.lower === 'their') || tokens.slice(cl.from, cl.to).some((t) => /^(?:yet|still)$/.test(t.lower))) return false;
  const head = subject.findLastIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return head >= 0 && cueAt(cues, 'institution', cl.from + head);
}

/** "not possible to be happier / more pleased": a comparative after "possible to be" praises; it refuses nothing. */
function praiseBeyond(tokens: EnToken[], cl: EnClause): boolean {
  for (let k = cl.from; k + 3 < cl.to; k++) {
    if (tokens[k]!.lower !== 'possible' || tokens[k + 1]!.lower !== 'to' || tokens[k + 2]!.lemma !== 'be') continue;
    const w = tokens[k + 3]!;
    return w.lower === 'more' || w.lower === 'better' || (w.pos === 'ADJ' && w.lower.length > 4 && w.lower.endsWith('er') && !/(?:ever|over|under|other)$/.test(w.lower));
  }
  return false;
}

/** "As agreed, …", "as you requested": a decision confirmed together, unless the ask is named inside the subject refused. */
export function confirmsAgreement(f: Pick<EnFacts, 'tokens' | 'clauses' | 'cues'>): boolean {
  return f.cues.agreed !== undefined && !f.cues.agreed.every((k) => askInsideSubject(f.tokens, f.clauses, k) || askNamedAsTopic(f.tokens, f.clauses, k) ||
    consequenceAfter(f.tokens, f.clauses, k) || termsAsAgreed(f.tokens, f.cues, k) || objectOfVerb(f.tokens, k));
}

/**
 * Round 36 (r35 gc-020): "looked at your request to extend …": "at your request" as the object of a verb (look, glance),
 * not the phrase that confirms we acted as asked.
 */
function objectOfVerb(tokens: EnToken[], k: number): boolean {
  return tokens[k]?.lower === 'at' && tokens[k - 1]?.pos === 'VERB';
}

/**
 * Round 36: "The price remains as agreed", "it stays at 24 months, as in the contract": the agreement named is the one the
 * term was set by, after a verb that keeps it — not a decision taken together now. "…, as you requested" stays the
 * reader's own wish confirmed.
 */
function termsAsAgreed(tokens: EnToken[], cues: EnCues, k: number): boolean {
  if (tokens[k + 1]?.lower === 'you' || tokens[k + 2]?.lower === 'you') return false;
  // A term of ours (a price, a fee, a duration), not a meeting kept as agreed ("The meeting stays on Thursday as agreed", r15).
  if (!cues.price && !cues.fee && !cues.duration) return false;
  return (cues.kept ?? []).some((j) => j < k && j >= k - 8);
}

/** Connectives that draw a consequence: "hence", "therefore", "thus", "consequently", a clause opened by "so". */
const CONSEQUENCE = new Set(['hence', 'therefore', 'thus', 'consequently']);

/**
 * Round 20: "As discussed in the call, this report is not part of the SOW, hence we cannot take it up in this
 * sprint": what was agreed is the fact ("not part of the SOW"); the no drawn from it by a connective of consequence,
 * in a clause of its own and negated, is ours and new — it is no decision the reader took with us. "As agreed, we will
 * not change the housing" has no such clause: the decision itself is confirmed.
 */
function consequenceAfter(tokens: EnToken[], clauses: EnClause[], k: number): boolean {
  const own = clauses.findIndex((c) => c.from <= k && k < c.to);
  return clauses.some((c, i) => i > own && c.from > k && c.negation !== undefined && !c.conditional &&
    (tokens[c.from]!.lower === 'so' || tokens.slice(Math.max(k + 1, c.from - 2), Math.min(c.to, c.from + 2)).some((t) => CONSEQUENCE.has(t.lower))));
}

/**
 * Whether the "per your request" / "as you requested" at token `k` names the ask the sentence then answers, rather
 * than confirming it: a topic ended by a colon or dash ("Per your request to waive the setup fee: our policy doesn't
 * allow it"), or "as" meaning "since" with what they asked as its object ("As you requested a discount on the spare
 * parts, we have reviewed it: that won't be possible"). "As you requested, we have moved the call" confirms.
 */
function askNamedAsTopic(tokens: EnToken[], clauses: EnClause[], k: number): boolean {
  for (let i = k; i < k + 4 && i < tokens.length; i++) {
    const w = tokens[i]!;
    if (!(w.lemma === 'request' || w.lemma === 'ask') || tokens[i - 1]?.lower !== 'you') continue;
    if (/^(?:DET|NOUN|NUM|ADJ|PROPN)$/.test(tokens[i + 1]?.pos ?? '') && tokens[i + 1]?.lower !== 'that') return true;
  }
  const clause = clauses.find((c) => c.from <= k && k < c.to);
  if (!clause || clauses[clauses.length - 1] === clause) return false;
  const end = tokens[clause.to - 1]!.text;
  if (end !== ':' && end !== '—' && end !== '–') return false;
  // The topic names their ask: "your request", "you asked", "as requested".
  return tokens.slice(clause.from, clause.to).some((t, i, list) => (t.lemma === 'request' || t.lemma === 'ask' || t.lemma === 'proposal' || t.lemma === 'enquiry' || t.lemma === 'inquiry') &&
    /^(?:your|you|as)$/.test(list[i - 1]?.lower ?? ''));
}

/**
 * Whether the "as you asked" at token `k` stands between commas after the sentence's subject, with a negated
 * clause after it: "Keeping the surcharge at 9%, as you asked, is not possible." ("As you asked, we will not
 * change the housing" and "We won't ship until Monday, as you requested" confirm the reader's own wish.)
 */
function askInsideSubject(tokens: EnToken[], clauses: EnClause[], k: number): boolean {
  if (k === 0 || tokens[k - 1]?.text !== ',') return false;
  const close = tokens.findIndex((t, i) => i > k && i <= k + 5 && t.text === ',');
  if (close < 0) return false;
  const after = clauses.find((c) => c.from > close - 1 && c.from <= close + 1);
  return after !== undefined && after.negation !== undefined && after.subject === undefined;
}

/** What the reader asks for, named as the subject of a verdict: "the amendment came in after the deadline". */
const ASKED_CHANGES = new Set(['request', 'change', 'amendment', 'revision', 'modification', 'cancellation', 'claim', 'application',
  'complaint', 'correction', 'addition', 'instruction']);

/**
 * The reader's request ruled late, as a verdict with nothing offered: "Your request came too late", "your
 * change order arrived after the cut-off", "It is too late to change the labels", "you asked too late". The
 * subject is the reader or what they asked for, or an impersonal "it" with what is refused after it ("too
 * late to / for …"); our own lateness ("our reply came too late") is no refusal, nor a negated, subordinate
 * ("so that they do not come too late") or courteous one ("it is never too late").
 */
function ruledLate(tokens: EnToken[], cues: EnCues, cl: EnClause, side: string | undefined): boolean {
  if (cl.negation !== undefined || cl.subordinate || cl.conditional || !cl.subject || side === 'we') return false;
  // The parse opens a clause at "after": "arrived | after the cut-off" keeps the verdict with its verb.
  const at = (cues['ruled-late'] ?? []).find((k) => k > cl.subject!.index && k <= cl.to);
  if (at === undefined) return false;
  if (side === 'you') return true;
  const subject = tokens[cl.subject.index]!.lower;
  if (subject === 'it' || subject === 'that' || subject === 'this') {
    return tokens[at]!.lower === 'too' && /^(?:to|for)$/.test(tokens[at + 2]?.lower ?? '');
  }
  for (let k = cl.subject.index; k < at && k < cl.subject.index + 5; k++) {
    if (tokens[k]!.pos === 'NOUN' && ASKED_CHANGES.has(tokens[k]!.lemma)) return true;
  }
  return false;
}

/** Verbs that make a burden the subject's: "is your responsibility", "remains your job". */
const COPULAS = new Set(['be', 'remain', 'stay']);
/** What is shifted when only the verb says whose it is ("Responsibility … lies with your team"). */
const BURDEN_NOUNS = new Set(['responsibility', 'liability', 'risk', 'burden', 'cost', 'duty', 'obligation', 'problem']);

/**
 * A burden put on the reader as a verdict: "Translating the manuals is your responsibility, not ours",
 * "Import permits are the buyer's responsibility", "It is your job to check", "Any damage falls on your
 * side", "You are responsible for storing it". The burden stands in the predicate (a list of "your
 * responsibilities" is no verdict), unnegated ("the repair is not your responsibility" reassures), not ours,
 * not in a condition; a decision left with the reader ("the decision rests with you") names no burden.
 */
function burdenShifted(tokens: EnToken[], cues: EnCues, cl: EnClause, side: string | undefined): boolean {
  // Not "subordinate": the parse takes a leading "That is …" for "that" opening a clause.
  if (cl.negation !== undefined || cl.conditional || !cl.subject || side === 'we') return false;
  const subjectAt = cl.subject.index;
  if (side === 'you' && tokens[subjectAt]!.lower === 'you' && cl.tense !== 'past') {
    // "You are (solely) responsible for …": the reader made to bear it.
    for (let k = subjectAt + 1; k < cl.to && k < subjectAt + 5; k++) {
      const t = tokens[k]!;
      if (t.lemma === 'responsible' || t.lemma === 'liable') return tokens.slice(subjectAt + 1, k).some((x) => x.lemma === 'be');
      if (t.pos !== 'AUX' && t.pos !== 'ADV') break;
    }
    return false;
  }
  for (const k of cues.blame ?? []) {
    if (k < cl.from || k >= cl.to) continue;
    const lead = tokens[k]!;
    // "falls on your side", "lies with your team": the verb is the cue's first word; unless it names a side,
    // the subject must name the burden ("the decision rests with you" leaves a choice, not a burden).
    if (lead.lemma === 'lie' || lead.lemma === 'rest' || lead.lemma === 'fall') {
      if (tokens.slice(k, k + 5).some((x) => x.lower === 'side' || x.lower === 'end')) return true;
      if (tokens.slice(cl.from, k).some((x) => BURDEN_NOUNS.has(x.lemma))) return true;
      continue;
    }
    // "is (entirely) the customer's responsibility": a copula right before the burden, past adverbs and articles.
    let v = k - 1;
    while (v > cl.from && (tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'DET')) v--;
    if (v >= cl.from && v < k && COPULAS.has(tokens[v]!.lemma)) return true;
  }
  return false;
}

/** Passives that spare the reader rather than refuse them: "will not be damaged", "will not be charged". */
const SPARING = new Set(['affect', 'impact', 'interrupt', 'disrupt', 'damage', 'delay', 'lose', 'harm', 'compromise', 'charge', 'bill', 'invoice',
  'share', 'disclose', 'expose', 'cancel']);

/** Verbs of supplying goods: negated, they announce a shortage or a stop rather than refuse. */
const SUPPLIED = new Set(['ship', 'deliver', 'dispatch', 'send', 'supply', 'release', 'produce', 'manufacture', 'load']);

/**
 * A refusal in a predicate joined to the first, its subject not repeated: "The decision was made at
 * headquarters and cannot be changed", "The price list was approved by our board and will not be revised",
 * "These terms come from our parent company and are not negotiable". The parse keeps one clause for both
 * predicates, so the second's negated modal or copula is read here: a negated passive, or a negated "be"
 * with what cannot be (possible, negotiable). Not a reassurance ("and will not be charged", "… without your
 * approval") nor a report ("and have not been tested yet").
 */
function refusedInCoordination(tokens: EnToken[], cues: EnCues, cl: EnClause): boolean {
  if (cl.conditional) return false;
  // "… (SoW ref. 4.2) and will therefore not be provided": a parenthesis splits the clause, and the predicate
  // after it opens a clause of its own with no subject; the subject is the earlier clause's.
  const opensOnAnd = !cl.subject && cl.from > 0 && /^(?:and|but)$/.test(tokens[cl.from]!.lower);
  if (!cl.subject && !opensOnAnd) return false;
  for (let j = opensOnAnd ? cl.from : Math.max(cl.from, cl.subject!.index) + 1; j < cl.to - 2; j++) {
    if (tokens[j]!.lower !== 'and' && tokens[j]!.lower !== 'but') continue;
    let k = j + 1;
    const modal = tokens[k]!.lower === 'cannot' || tokens[k]!.lower === 'can' || tokens[k]!.lower === 'will' || tokens[k]!.lower === 'wo' ||
      tokens[k]!.lower === 'ca' || tokens[k]!.lemma === 'be';
    if (!modal) continue;
    const perfectOrPast = /^(?:have|has|had|was|were)$/.test(tokens[k]!.lower);
    if (perfectOrPast) continue;
    if (tokens[k]!.lower !== 'cannot') k++;
    // "and will therefore not be provided", "and will also not be extended": a linking adverb before the negation.
    while (tokens[k - 1]!.lower !== 'cannot' && k < cl.to - 2 && tokens[k]!.pos === 'ADV' && tokens[k]!.lemma !== 'not' && tokens[k]!.lower !== 'never') k++;
    if (tokens[k - 1]!.lower !== 'cannot' && !/^(?:not|n't|never)$/.test(tokens[k]!.lower) && tokens[k]!.lemma !== 'not') continue;
    if (tokens[k]!.lower !== 'cannot') k++;
    if (cueIn(cues, 'reassurance', k, cl.to)) return false;
    // "and cannot be changed", "and will not be revised": a passive after the negation.
    // Goods that "will not be shipped" are news of supply (en.bad-news), not a request turned down.
    if (tokens[k]?.lemma === 'be' && tokens[k + 1]?.pos === 'VERB' && !SPARING.has(tokens[k + 1]!.lemma) && !SUPPLIED.has(tokens[k + 1]!.lemma)) return true;
    // "and is not negotiable", "and will not be possible"
    if (cueIn(cues, 'infeasible', k, Math.min(cl.to, k + 3)) || cueIn(cues, 'decline', k, Math.min(cl.to, k + 3))) return true;
  }
  return false;
}

/** What we will or must do before "pass": "we'll pass", "we'll have to pass", "we are going to pass", "we'd rather pass". */
const PASS_LEAD = new Set(['will', "'ll", 'wo', 'must', 'to', 'rather', "'d", 'would', 'shall']);
/** Things passed along rather than turned down: "pass on your comments", "pass on the savings", "pass on my thanks". */
const PASSED_ALONG = new Set(['comment', 'feedback', 'message', 'information', 'info', 'news', 'thanks', 'thank', 'regard', 'wish', 'detail',
  'note', 'word', 'greeting', 'concern', 'cost', 'saving', 'savings', 'increase', 'price', 'discount', 'benefit', 'surcharge', 'fee', 'charge',
  'rate', 'knowledge', 'experience', 'skill', 'lesson', 'update', 'contact', 'email', 'e-mail', 'mail', 'letter', 'document', 'file', 'list', 'question',
  'request', 'query', 'number', 'address', 'name', 'apology', 'apologies', 'congratulation', 'congratulations', 'condolence', 'invitation', 'link', 'data']);
/** Nouns whose infinitive follows them: "your offer to co-host", "the invitation to speak". */
const PASS_COMPLEMENTS = new Set(['offer', 'proposal', 'invitation', 'suggestion', 'plan', 'idea', 'opportunity', 'chance', 'request']);
/** Words that may end a "pass" that declines: "we'll pass this time", "we'll pass for now", "we will pass on this one". */
const PASS_TAIL = new Set(['this', 'that', 'for', 'now', 'time', 'round', 'year', 'one', 'it', 'on', 'thanks', 'though', 'unfortunately', 'sadly',
  'then', 'too', 'as', 'well', 'again']);

/**
 * Our side passing on what was offered or asked: "We'll have to pass on the extended warranty this year", "I think
 * we'll pass on the joint press release", "Re the rush order: we'll pass", "We will pass on your offer". Not a thing
 * passed along ("I'll pass on your comments to the team", "we will pass on the savings to you", "please pass on my
 * thanks"), not a test passed ("the unit will pass inspection"), not a report ("we passed on it last year").
 */
function passesOn(tokens: EnToken[], cl: EnClause): boolean {
  if (cl.negation !== undefined || cl.conditional) return false;
  for (let v = cl.from + 1; v < cl.to; v++) {
    const w = tokens[v]!;
    if (w.lower !== 'pass' || w.pos !== 'VERB') continue;
    // Round 28: "We have decided to pass on the pilot": a perfect of deciding is the decision, made now; any other perfect
    // ("we have passed on your comments") reports.
    if (cl.perfect && !(tokens[v - 1]?.lower === 'to' && tokens[v - 2]?.lower === 'decided')) continue;
    // "we'll pass", "I'll have to pass", "we are going to pass", "we'd rather pass": our side, in the future or as a wish.
    let k = v - 1;
    while (k > cl.from && (tokens[k]!.pos === 'ADV' || /^(?:have|going|are|am|be|decided|prefer|need)$/.test(tokens[k]!.lower) && tokens[k]!.lower !== 'to')) k--;
    if (!PASS_LEAD.has(tokens[k]!.lower) && !(tokens[k]!.lower === 'to' && /^(?:have|going|decided|prefer|need|to)$/.test(tokens[k - 1]?.lower ?? ''))) continue;
    // Round 31 (D4 d4-057): "We're going to have to pass on …": the subject may stand six words before the lead's "to".
    const subject = tokens.slice(Math.max(cl.from, k - 6), k).find((t) => t.pos === 'PRON');
    if (!subject || !/^(?:we|i)$/.test(subject.lower)) continue;
    const rest = tokens.slice(v + 1, cl.to).filter((t) => t.pos !== 'PUNCT');
    if (rest.length === 0) return true;
    if (rest[0]!.lower !== 'on') return rest.every((t) => PASS_TAIL.has(t.lower) || t.pos === 'NUM');
    // "pass on X to Y", "pass on X along": X handed to someone.
    // "your offer to co-host", "this chance to exhibit": the infinitive of what is declined, not a receiver.
    if (rest.some((t, i) => /^(?:onto|along|through)$/.test(t.lower) || (t.lower === 'to' && !PASS_COMPLEMENTS.has(rest[i - 1]?.lemma ?? '')))) return false;
    const obligation = tokens.slice(k - 1, v).some((t) => /^(?:have|must|decided|prefer|rather)$/.test(t.lower));
    const object = rest.slice(1).find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    if (object && PASSED_ALONG.has(object.lemma) && !(obligation && (object.lemma === 'request' || object.lemma === 'invitation'))) return false;
    return true;
  }
  return false;
}

/** Adjectives that deny what was asked: "unsupported", "unavailable", "unacceptable", "ineligible". */
const DENYING = new Set(['unsupported', 'unavailable', 'unacceptable', 'ineligible', 'impermissible', 'inadmissible', 'unfeasible', 'infeasible',
  'nonnegotiable', 'unworkable']);
/** What the reader asked for, described: "the configuration you described", "the date you proposed". */
const DESCRIBED = new Set(['describe', 'propose', 'request', 'ask', 'suggest', 'mention', 'want', 'need', 'send', 'specify', 'outline']);

/**
 * What the reader asked for, denied by an adjective: "The configuration you described is unsupported", "Your
 * proposed layout is unacceptable", "That is unavailable". The subject must be the reader's ask (their
 * "your …", or "… you described / proposed") or a bare "that / this": "the old firmware is unsupported" is a
 * notice, "Mr. Sato is unavailable on Monday" a diary, "… unavailable until Friday / yet" a wait.
 */
function deniedByAdjective(tokens: EnToken[], cl: EnClause, side: string | undefined): boolean {
  // A leading "That is …" is taken for "that" opening a clause, with no subject: the demonstrative is it.
  const demonstrative = /^(?:that|this)$/.test(tokens[cl.from]?.lower ?? '') && (cl.subject === undefined || cl.subject.index === cl.from);
  const subjectAt = cl.subject?.index ?? (demonstrative ? cl.from : undefined);
  if (subjectAt === undefined || cl.conditional || cl.negation !== undefined || side === 'we') return false;
  let at = -1;
  for (let i = subjectAt + 1; i < cl.to && at < 0; i++) {
    if (!DENYING.has(tokens[i]!.lower)) continue;
    // "is unsupported", "is simply unavailable"; "was unavailable" reports.
    const be = tokens[i - 1]?.lemma === 'be' ? i - 1 : tokens[i - 2]?.lemma === 'be' && tokens[i - 1]?.pos === 'ADV' ? i - 2 : -1;
    if (be >= 0 && !/^(?:was|were)$/.test(tokens[be]!.lower)) at = i;
  }
  if (at < 0) return false;
  if (tokens.slice(at, cl.to + 3).some((t) => t.lower === 'until' || t.lower === 'yet' || t.lower === 'till')) return false;
  if (demonstrative) return true;
  const subject = tokens.slice(cl.from, at);
  return subject.some((t) => t.lower === 'your') ||
    subject.some((t, i) => t.lower === 'you' && DESCRIBED.has(subject[i + 1]?.lemma ?? ''));
}

/** What a withheld thing's scope opens with: "for this edition", "for your plan", "on these models". */
const SCOPE_DETERMINERS = new Set(['this', 'that', 'these', 'those', 'your', 'such']);

/** What a refusal turns down: a request of the reader's, an application, a claim. */
const ASKED = new Set(['request', 'requests', 'proposal', 'proposals', 'claim', 'claims', 'application', 'applications', 'appeal',
  'suggestion', 'suggestions', 'demand', 'demands', 'offer', 'offers', 'idea', 'ideas', 'it', 'this', 'that']);
const WE_AGENTS = new Set(['us', 'me', 'our', 'my']);
const REJECT_VERBS = new Set(['reject', 'refuse', 'decline', 'deny']);
const PAST_AUX = new Set(['was', 'were', 'been', 'had', 'has', 'have']);

/**
 * A rejection reported as an event: "The whole shipment has been rejected at the port", "the two cylinders
 * your team refused on arrival". A verb of declining in the past (or perfect) says what happened to goods,
 * unless we did it ourselves ("we rejected your claim") or what was turned down is a request of theirs
 * ("Your request has been declined", "It was rejected by our legal team").
 */
/**
 * Round 22: "just accept or decline", "approve or reject it": a choice put to the reader between granting and declining
 * (a meeting hold, a proposal), no decline of ours — the decline word joined by "or" to a verb of accepting.
 */
function choiceOffered(tokens: EnToken[], k: number): boolean {
  const before = tokens[k - 1]?.lower === 'or' ? tokens[k - 2] : undefined;
  const after = tokens[k + 1]?.lower === 'or' ? tokens[k + 2] : undefined;
  return [before, after].some((t) => t !== undefined && /^(?:accept|approve|confirm|agree|grant)$/.test(t.lemma));
}

function reportedRejection(tokens: EnToken[], cl: EnClause, side: string | undefined, k: number, cues?: EnCues): boolean {
  const t = tokens[k]!;
  if (!REJECT_VERBS.has(t.lemma)) return false;
  const past = (t.lower !== t.lemma && /ed$/.test(t.lower)) || PAST_AUX.has(tokens[k - 1]?.lower ?? '');
  // "We received your NCR for the 300 housings rejected at incoming inspection": a participle right after its noun (a
  // reduced relative) tells what befell the goods; the clause's own verb (received) is ours, the rejection is not.
  const ofNoun = past && cl.verb !== undefined && cl.verb < k && tokens[k - 1]?.pos === 'NOUN';
  if (!past || (side === 'we' && !cl.passive && !ofNoun)) return false;
  // Round 34: "Our competitor's patent application was refused by the JPO": the thing turned down is a third party's
  // (a possessive "'s" or "their" in the subject, no "your"): news of others, not their ask.
  const subject = tokens.slice(cl.from, k);
  if (cl.passive && !subject.some((w) => w.lower === 'your') && subject.some((w, i) => (w.text === "'s" || w.text === '’s') && i > 0 && !/^(?:our|my)$/.test(subject[i - 1]!.lower) ||
    w.lower === 'their')) return true;
  // Round 34: "The rebate was rejected by finance": a concession turned down by a body of ours (INSTITUTIONS) decides it.
  const agent = tokens.findIndex((w, j) => j > k && j < cl.to && w.lower === 'by');
  if (agent > 0 && cues !== undefined && subject.some((w) => CONCESSION_NOUNS.has(w.lemma)) && !subject.some((w) => w.lower === 'their') &&
    cueIn(cues, 'institution', agent + 1, Math.min(cl.to, agent + 4)) && !tokens.slice(agent + 1, agent + 3).some((w) => w.lower === 'your')) return false;
  for (let j = cl.from; j < Math.min(cl.to, k + 4); j++) {
    const w = tokens[j]!;
    // "… you asked for was refused by our legal team": the reader's ask, turned down by our side.
    if (ASKED.has(w.lower) || w.lemma === 'ask' || w.lemma === 'request') return false;
    if (w.lower === 'by' && WE_AGENTS.has(tokens[j + 1]?.lower ?? '')) return false;
  }
  return true;
}

/** First words of the phrases of a cue kind: a cheap gate for rules before they ask for a parse. */
export function cueFirstWords(kind: CueKind): string[] {
  const out: string[] = [];
  for (const [first, list] of byFirst) if (list.some((p) => p.kind === kind)) out.push(first);
  return out;
}

function firstVerbAfter(tokens: EnToken[], from: number, to: number): number | undefined {
  for (let k = from + 1; k < to && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma === 'do')) return k;
  }
  return undefined;
}

const REPORTING = new Set(['mention', 'say', 'tell', 'write', 'explain', 'note', 'inform', 'confirm', 'advise', 'point', 'indicate']);

/** A clause reported from the reader: right after "you mentioned (that)", "your team told us (that)". */
function reportedFromReader(tokens: EnToken[], clauses: EnClause[], c: number): boolean {
  // 'You wrote: "we cannot accept …"': the opening quote mark is a clause of its own; the report is before it.
  let p = c - 1;
  while (p > 0 && clauses[p]!.to - clauses[p]!.from === 1 && /^["“'‘]$/.test(tokens[clauses[p]!.from]!.text)) p--;
  const prev = clauses[p];
  if (!prev || prev.negation !== undefined) return false;
  if (prev.subject?.side === 'you' && prev.verb !== undefined) return REPORTING.has(tokens[prev.verb]!.lemma) && prev.to - prev.verb <= 3;
  // "Thank you for explaining that …", "thanks for letting us know that …": the reader's words, thanked for.
  const last = prev.to - 1;
  const verb = tokens[last]?.lower === 'that' ? last - 1 : last;
  return tokens[verb] !== undefined && REPORTING.has(tokens[verb]!.lemma) && tokens[verb - 1]?.lower === 'for' &&
    tokens.slice(prev.from, verb).some((t) => t.lemma === 'thank' || t.lower === 'thanks');
}

/** Where a label ends: "Orders below MOQ: not accepted", "Rush orders — not accepted". */
const LABEL_END = new Set([':', '—', '–', '-']);

/**
 * A grant denied to a named thing with no subject of its own: after a label ("- Orders below MOQ: not accepted",
 * "Returns: not accepted after 14 days", "Split shipments: not available") or in a coordinated passive ("Trial
 * periods are fixed at 14 days and are not extended", "… and are never combined with other offers"). The word
 * after the negation is a grant withheld (the `withheld` cues: accepted, extended, permitted, …) or called
 * infeasible (possible, negotiable, an option); a label names what is refused, so "available" counts there too.
 */
function deniedGrant(tokens: EnToken[], cues: EnCues, cl: EnClause): boolean {
  for (let k = cl.from; k < cl.to; k++) {
    const w = tokens[k]!.lower;
    if (w !== 'not' && w !== 'never') continue;
    const prev = tokens[k - 1];
    const label = prev !== undefined && LABEL_END.has(prev.text) && k - 1 > 0 && k - 1 <= 8 &&
      tokens.slice(0, k - 1).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN') && !tokens.slice(0, k - 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    const coordinated = prev?.pos === 'AUX' && prev.lemma === 'be' && tokens[k - 2]?.lower === 'and' && cl.passive;
    if (!label && !coordinated) continue;
    let j = k + 1;
    while (j < cl.to && tokens[j]!.pos === 'ADV') j++;
    // "Payment: not approved yet" is pending, not refused; "Bluetooth: not supported" in a list is a specification.
    if (tokens.slice(j, cl.to).some((x) => x.lower === 'yet') || (label && tokens[j]?.lower === 'supported')) continue;
    if (cueAt(cues, 'withheld', j) || cueAt(cues, 'infeasible', j) || (label && tokens[j]?.lower === 'available')) return true;
  }
  return false;
}

/**
 * Round 20: a subordinate clause that holds a second verb group of its own, present "is/are not" and a verdict of
 * infeasibility ("… once it has cleared customs is not something we do", "… after it has been closed is not
 * possible"): the parse put the sentence's main predicate, said of its gerund subject, in the clause before it.
 */
function strandedVerdict(tokens: EnToken[], cues: EnCues, cl: EnClause): boolean {
  if (cl.conditional || cl.verb === undefined) return false;
  for (let k = cl.verb + 1; k < cl.to - 1; k++) {
    const be = tokens[k]!;
    if (!(be.lower === 'is' || be.lower === 'are' || be.lower === "'s" || be.lower === "'re")) continue;
    const not = tokens[k + 1]!;
    if (!(not.lower === 'not' || not.lower === "n't")) continue;
    return cueIn(cues, 'infeasible', k + 2, Math.min(cl.to, k + 5)) || (cues.decline ?? []).some((d) => d >= k + 2 && d < Math.min(cl.to, k + 5));
  }
  return false;
}

/**
 * Round 20: a concession the buyer claims (a credit, a rebate, a refund, a compensation — en-grant.ts) said "not
 * applicable" or "not eligible" for their case, named by a determiner ("for this incident", "in this case", "for
 * your order"): their claim ruled out. "VAT is not applicable for exports" names no concession; "The discount code
 * is not applicable to gift cards" is said of a code (the head of the subject), for no case of theirs.
 */
function benefitRuledOut(tokens: EnToken[], cl: EnClause): boolean {
  if (cl.negation === undefined || cl.subject === undefined || cl.modal !== undefined) return false;
  const word = tokens[cl.negation + 1];
  if (!word || (word.lower !== 'applicable' && word.lower !== 'eligible')) return false;
  let head: EnToken | undefined;
  for (let i = cl.subject.index; i < cl.negation && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[i]!.pos); i++) if (tokens[i]!.pos === 'NOUN') head = tokens[i];
  if (!head || !CONCESSION_NOUNS.has(head.lemma) || DOCUMENTS.has(head.lemma)) return false;
  for (let i = cl.negation + 2; i < cl.to - 1; i++) {
    if (/^(?:for|to|in|on)$/.test(tokens[i]!.lower) && SCOPE_DETERMINERS.has(tokens[i + 1]!.lower)) return true;
  }
  return false;
}

/** Participles of turning down, said alone as a verdict: "— declined.", ": rejected." */
const TURNED_DOWN = new Set(['declined', 'rejected', 'refused', 'denied']);
/** What a bank turns down, not a seller: "Card payment on 3 May: declined." */
const PAYMENT_HEADS = new Set(['card', 'payment', 'transaction', 'transfer', 'debit', 'charge', 'remittance']);
/** Nouns of the concession class that name a document a form asks about ("Import licence: not applicable."). */
const DOCUMENTS = new Set(['licence', 'license', 'permit', 'certificate', 'certification', 'clearance', 'pass', 'process', 'study', 'equation', 'comparison']);
/** Adjectives of a thing offered at no cost: what a buyer asks to be given ("Free sample", "Complimentary calibration"). */
const GRATIS = new Set(['free', 'complimentary', 'additional', 'extra']);

/**
 * Round 20: a verdict said alone after a topic, the elliptical answer to a point the reader raised: "Free sample for
 * your lab — declined.", "Regarding your request that we pay air freight: declined.", "Clause 18 (governing law) —
 * rejected.", "Service credit for the downtime: not applicable.", "Free replacement of the belts: not possible." The
 * verdict ends the sentence, nothing after it (no scope, no date, no way forward). A participle of turning down
 * refuses whatever the topic is, save a payment a bank turned down ("Card payment on 3 May: declined."); so does a
 * grant withheld ("not approved") or a thing called infeasible ("not possible", "impossible"). "Not applicable" and a
 * bare "no" answer a form's blank as well ("Dangerous goods: not applicable."), so they refuse only what a buyer asks
 * to be given: a concession noun (WordNet's class, en-grant.ts: credit, refund, compensation, extension), an ask of
 * theirs (request, claim, wish), or a thing offered free.
 */
function verdictAfterTopic(tokens: EnToken[], cues: EnCues, cl: EnClause): boolean {
  let k = cl.from;
  if (LABEL_END.has(tokens[k]?.text ?? '')) k++;
  if (k - 1 <= 0 || !LABEL_END.has(tokens[k - 1]!.text)) return false;
  const topic = tokens.slice(0, k - 1);
  if (!topic.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') || topic.some((t) => t.text === '?')) return false;
  let end = tokens.length;
  while (end > k && /^[.!]$/.test(tokens[end - 1]!.text)) end--;
  const words = tokens.slice(k, end);
  if (words.length === 0 || words.length > 3 || words.some((t) => t.pos === 'PUNCT' || t.lower === 'yet')) return false;
  const first = words[0]!.lower;
  if (words.length === 1 && TURNED_DOWN.has(first)) return !PAYMENT_HEADS.has(topicHead(topic)?.lemma ?? '');
  if (words.length === 1 && first === 'impossible') return true;
  // Round 34: "Regarding the penalty clause: unacceptable." — a verdict adjective alone (not a feature's "unsupported").
  if (words.length === 1 && DENYING.has(first) && first !== 'unsupported' && first !== 'unavailable') return true;
  const negated = first === 'not' || first === 'never';
  if (first === 'no' && words.length === 1) return concessionTopic(topic);
  if (!negated || words.length !== 2) return false;
  const at = k + 1;
  if (tokens[at]!.lower === 'applicable') return concessionTopic(topic);
  const grant = tokens[at]!.pos === 'VERB' && /ed$/.test(tokens[at]!.lower) && GRANT_VERBS.has(tokens[at]!.lemma) && !NOT_A_DECISION.has(tokens[at]!.lemma);
  // "Bluetooth: not supported" in a list of features is a specification (as in deniedGrant).
  if (tokens[at]!.lower === 'supported') return false;
  return grant || cueAt(cues, 'withheld', at) || cueAt(cues, 'infeasible', at);
}

/** The head of a topic's first noun phrase: "Your card payment on 3 May" → payment; a leading "Regarding" skipped. */
function topicHead(topic: EnToken[]): EnToken | undefined {
  let i = 0;
  while (i < topic.length && !/^(?:DET|PRON|ADJ|NOUN|PROPN|NUM)$/.test(topic[i]!.pos)) i++;
  let head: EnToken | undefined;
  for (; i < topic.length && /^(?:DET|PRON|ADJ|NOUN|PROPN|NUM)$/.test(topic[i]!.pos); i++) if (topic[i]!.pos === 'NOUN') head = topic[i];
  return head;
}

/** A topic that is something a buyer asks to be given: a concession noun, an ask of theirs, a thing offered free. */
function concessionTopic(topic: EnToken[]): boolean {
  return topic.some((t) => (t.pos === 'NOUN' && ((CONCESSION_NOUNS.has(t.lemma) && !DOCUMENTS.has(t.lemma)) || ASKED.has(t.lower) || t.lemma === 'wish')) ||
    (t.pos === 'ADJ' && GRATIS.has(t.lower)));
}

/** Verbs of coming back: "return", "come back", "go back", "be sent back". */
const COME_BACK = new Set(['return', 'come', 'go', 'send', 'ship']);

/**
 * A thing (a noun subject, not a name or a pronoun) that cannot or will not come back to us: negated "can"/"will",
 * a verb of coming back ("return", or "come / go … back"), and our side as where it would go ("to us", "to our
 * warehouse"). "The price will not return to the old level" goes nowhere of ours; "the carrier will not return
 * to us" is a person's act (a noun of an agent is still a noun: only goods come back, and an agent returns them).
 */
function comesBackToUs(tokens: EnToken[], cl: EnClause, head: number, end: number): boolean {
  if (cl.modal !== 'can' && cl.modal !== 'will') return false;
  const subject = tokens[cl.subject!.index]!;
  let k = cl.subject!.index;
  while (k < head && tokens[k + 1]?.pos === 'NOUN') k++;
  const noun = tokens[k]!;
  if (noun.pos !== 'NOUN' || subject.pos === 'PROPN' || AGENTS.has(noun.lemma)) return false;
  const verb = tokens[head]!;
  if (!COME_BACK.has(verb.lemma)) return false;
  let j = head + 1;
  if (verb.lemma !== 'return') {
    if (tokens[j]?.lower !== 'back') return false;
    j++;
  }
  return tokens[j]?.lower === 'to' && /^(?:us|our)$/.test(tokens[j + 1]?.lower ?? '') && j + 1 < end;
}
/** Nouns of those who act, not things moved: "the carrier", "our engineer", "the team". */
const AGENTS = new Set(['carrier', 'driver', 'engineer', 'technician', 'team', 'staff', 'courier', 'forwarder', 'supplier', 'customer', 'client',
  'person', 'people', 'representative', 'manager', 'inspector', 'auditor', 'partner', 'agent', 'vendor']);

/** Who a rule is for: "for existing customers", "for new clients", "for any partner". */
const CUSTOMERS = new Set(['customer', 'client', 'partner', 'account', 'user', 'buyer', 'distributor', 'reseller', 'member']);

/**
 * "We can't keep legacy pricing for existing customers", "We do not hold stock for individual customers": the
 * refused act stated as a rule for a class of customers (the reader among them), not the news of a change. A
 * "for" phrase after the negation whose noun is customers, clients or partners, with a determiner or adjective
 * before it ("for existing", "for new", "for any") — not "for your customers" (their own business).
 */
export function forClassOfCustomers(facts: Pick<EnFacts, 'tokens' | 'clauses' | 'refusal'>): boolean {
  const clause = facts.refusal === undefined ? facts.clauses.find((c) => c.negation !== undefined) : facts.clauses[facts.refusal];
  if (!clause || clause.negation === undefined) return false;
  const tokens = facts.tokens;
  for (let k = clause.negation + 1; k < clause.to - 1; k++) {
    if (tokens[k]!.lower !== 'for') continue;
    let j = k + 1;
    if (/^(?:your|their|his|her|its)$/.test(tokens[j]?.lower ?? '')) return false;
    while (j < clause.to && j < k + 4 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'VERB')) j++;
    if (j > k + 1 && CUSTOMERS.has(tokens[j]?.lemma ?? '')) return true;
  }
  return false;
}

/** "do not work for our team", "don't suit us", "doesn't fit my schedule": unfit for the writer's side. */
function unfitForUs(tokens: EnToken[], head: number, end: number): boolean {
  if (!/^(?:work|suit|fit)$/.test(tokens[head]!.lemma)) return false;
  const k = tokens[head + 1]?.lower === 'for' || tokens[head + 1]?.lower === 'with' ? head + 2 : head + 1;
  return k < end && /^(?:us|our|me|my)$/.test(tokens[k]!.lower);
}

function cueAt(cues: EnCues, kind: CueKind, index: number): boolean {
  return cueIn(cues, kind, index, index + 1);
}

/** Speech acts of a sentence, from its clauses and cues. A sentence may do several things. */
export function speechActs(f: EnFacts): SpeechAct[] {
  const acts = new Set<SpeechAct>();
  const { cues, clauses } = f;
  const main = f.main === undefined ? undefined : clauses[f.main];
  if (cues.thanks) acts.add('thanks');
  if (cues.apology) acts.add('apology');
  if (f.refusal !== undefined) acts.add('refusal');
  if (cues.offer && !(f.imperative && f.tokens[0]?.lower !== 'let' && !cues.offer.includes(0))) acts.add('offer');
  if (cues.proposal || (f.question && main?.subject?.side === 'we' && main.modal === 'shall')) acts.add('proposal');
  const lets = f.tokens[0]?.lower === 'let';
  if ((f.imperative && !lets && !cues.offer) || cues.request || (f.question && main?.subject?.side === 'you' && main.modal !== undefined)) {
    acts.add('request');
  }
  if (cues.notice || f.news) acts.add('notice');
  return [...acts];
}

const gates = new Map<string, Set<string>>();

/** Words too common to gate on: a phrase is gated by its other words ("be handled by" by "handled"). */
const STOP = new Set(
  ('a an the be is are was were will would can could do does did not no n\'t to of for on in at by with and or my our your ' +
    'i we you it this that now new only all any so as from up out off down have has had').split(' '),
);

/** The gating word of every phrase of a kind (a phrase of stop words only: its first word). */
function contentWords(kind: CueKind): string[] {
  const out: string[] = [];
  for (const list of byFirst.values()) {
    for (const p of list) {
      if (p.kind !== kind) continue;
      // Phrases are written anchor first ("behind schedule", "outside the tolerance"): the first word that
      // is not a stop word gates it.
      out.push(p.words.find((w) => !STOP.has(w) && w !== '_' && w !== '-') ?? p.words[0]!);
    }
  }
  return out;
}

/**
 * Whether a sentence may hold a cue of one of `kinds`: one of its words (or that word's base form) starts a
 * phrase of those kinds. A cheap word test that lets a rule skip the parse of sentences that cannot concern
 * it; never a verdict (the parse decides). Document rules ask it of every English sentence on every
 * keystroke, so the words are read with one scan of the lowered text and their base forms tried in place
 * (no match objects, regular expressions or arrays per word).
 */
export function mayHaveCue(text: string, kinds: readonly CueKind[]): boolean {
  const key = kinds.length === 1 ? kinds[0]! : kinds.join(',');
  let words = gates.get(key);
  if (!words) {
    words = new Set(kinds.flatMap((k) => contentWords(k)));
    gates.set(key, words);
  }
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    // A word: a letter, then letters, apostrophes (’ read as ') and hyphens.
    let j = i + 1;
    let curly = false;
    for (; j < lower.length; j++) {
      const c = lower.charCodeAt(j);
      if (c === 0x2019) curly = true;
      else if (!isLetter(c) && c !== 0x27 && c !== 0x2d) break;
    }
    const word = curly ? lower.slice(i, j).replace(/’/g, "'") : lower.slice(i, j);
    if (hasBaseForm(word, words)) return true;
    // "we're", "don't": the pronoun or auxiliary before the clitic.
    const apostrophe = word.indexOf("'");
    if (apostrophe > 0 && words.has(word.slice(0, apostrophe))) return true;
    i = j;
  }
  return false;
}

function isLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Whether the word or one of its base forms is in `words`: "increased" → increase, "slipped" → slip. */
function hasBaseForm(word: string, words: ReadonlySet<string>): boolean {
  if (words.has(word)) return true;
  const stem = stemOf(word);
  if (stem === undefined) return false;
  if (words.has(stem) || words.has(`${stem}e`)) return true;
  const n = stem.length;
  if (n >= 2 && stem.charCodeAt(n - 1) === stem.charCodeAt(n - 2) && DOUBLED.includes(stem[n - 1]!) && words.has(stem.slice(0, -1))) return true;
  return stem.endsWith('i') && words.has(`${stem.slice(0, -1)}y`);
}

/** Consonants whose doubling before a suffix is undone: "slipped" → slip. */
const DOUBLED = 'bdgklmnprt';

/** The word without -ing, -ed, -es, -s or -d, the longest that leaves at least two characters. */
function stemOf(word: string): string | undefined {
  const n = word.length;
  if (n >= 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (n >= 4 && (word.endsWith('ed') || word.endsWith('es'))) return word.slice(0, -2);
  if (n >= 3 && (word.endsWith('s') || word.endsWith('d'))) return word.slice(0, -1);
  return undefined;
}

/**
 * Round 32: clause `c` is a negated "be" (no modal) whose predicate, a pronoun or a noun, a clause of ours right after it
 * describes ("… is not something we support", "That is not a service we provide"): what we do not do, as our practice.
 */
export function practiceDeniedIn(tokens: EnToken[], clauses: EnClause[], c: number): boolean {
  const cl = clauses[c]!;
  // The "not" after the verb: "Nothing in your list is outside what we cover" negates its subject, not our act.
  if (cl.negation === undefined || cl.verb === undefined || cl.negation < cl.verb || tokens[cl.verb]!.lemma !== 'be' || cl.modal !== undefined || cl.conditional) return false;
  const last = tokens[cl.to - 1];
  const next = clauses[c + 1];
  return last !== undefined && (/^(?:something|anything)$/.test(last.lower) || last.pos === 'NOUN') && next !== undefined && next.from === cl.to &&
    next.subject?.side === 'we' && next.subject.index === next.from && next.negation === undefined && !next.conditional &&
    next.tense === 'present' && !next.perfect;
}

/** Round 32: a negated predicate given to the reader in the clause ("That isn't available to you", "… not open for you"). */
export function withheldIn(tokens: EnToken[], cl: EnClause): boolean {
  if (cl.negation === undefined || cl.subject?.side === 'you' || (cl.verb !== undefined && cl.negation < cl.verb)) return false;
  // the predicate negated ("isn't available to you"), not a determiner's no ("there is no cost to you": nothing withheld)
  if (!/^(?:not|n't|n’t|never)$/.test(tokens[cl.negation]!.lower)) return false;
  for (let k = cl.negation + 1; k < cl.to - 1; k++) if (/^(?:to|for)$/.test(tokens[k]!.lower) && tokens[k + 1]!.lower === 'you') return true;
  return false;
}
