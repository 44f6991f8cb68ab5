// Round 21: which act owns an English sentence, decided once. A negated clause of ours is not by itself a refusal: the
// same words turn down the reader's ask, state what a product does, or report that a product has ended. The refusal
// rules (flat-no, bare-no, out-of-scope, standing-rule, status-quo, per-contract, dismissive) and the bad-news notice
// read this one fact instead of each deciding the precedence again.
import type { EnFacts } from './en';
import { declinesTheirAsk, namesAsk, productScoped } from './en-declines';
import { CONCESSION_NOUNS } from './en-grant';
import { holdAsked } from './en-news';
import { enAskNamed } from './asked';
import { inClass } from './en-lexicon';
import { describesThing } from './en-describes';
import { notAFormWord } from './en-form';
import { practiceDeniedIn, withheldIn } from './en-acts';
import type { EnToken } from './en-parse';

/**
 * - refusal: a no to what the reader asked for or wants (their ask named here or just before, a grant withheld);
 * - specification: what a product or a release does and does not do ("supports CAN only; LIN is not analysed");
 * - discontinuation: a thing of ours that has ended and will not come back ("is finished and won't be replaced");
 * - news: bad news we announce of our own accord (en-news.ts);
 * - offer: something we offer;
 * - unasked-no: a no of ours with no ask named (a standing rule, a limit): the refusal rules judge it by its words.
 */
export type EnSentenceAct = 'refusal' | 'specification' | 'discontinuation' | 'news' | 'offer' | 'unasked-no';

const cache = new WeakMap<EnFacts, { before: EnFacts | undefined; act: EnSentenceAct | undefined }>();

/** The act of sentence `f`, the previous English sentence's facts `before` (undefined when there is none). */
export function sentenceAct(f: EnFacts, before: EnFacts | undefined): EnSentenceAct | undefined {
  const hit = cache.get(f);
  if (hit && hit.before === before) return hit.act;
  const act = decide(f, before);
  cache.set(f, { before, act });
  return act;
}

/** Whether a refusal rule may report the sentence: not a specification nor the news of a thing ended. */
export function refusalMayOwn(f: EnFacts, before: EnFacts | undefined): boolean {
  const act = sentenceAct(f, before);
  return act !== 'specification' && act !== 'discontinuation';
}

/** A month, a quarter or a season (dictionaries/en/not-a-form.json's calendar class): a time that bounds a denied possibility. */
const calendarWord = (t: EnToken | undefined) => t !== undefined && notAFormWord(t, 'calendar');
/** The units of time that, after "until", "in", "this"…, bound a denied possibility ("not possible this week"). */
const TIME_UNIT = /^(?:week|month|year|quarter|time)$/;
/** Predicates of possibility: "is not possible", "is not feasible", "is impossible". */
const POSSIBILITY = new Set(['possible', 'impossible', 'feasible', 'doable', 'workable']);

/**
 * Round 25: a sentence the act table calls news (bad news of ours, no ask of theirs named) that says no outright as
 * well: its refusing clause denies the possibility of the thing, an option turned down ("A partial delivery of the
 * first 20 pieces is not possible", "No can do on holding 2026 pricing"). Two acts: the notice reports the news and the refusal rules the no, neither gives way. A no that reports
 * a state ("the data migration isn't done", "remaining volumes are not confirmed") or a loss as a change of state ("I
 * will no longer handle your account", "July 1 is no longer realistic") is the notice's content alone.
 */
export function outrightNo(f: EnFacts): boolean {
  if (f.refusal === undefined) return false;
  const no = f.clauses[f.refusal]!;
  const t = f.tokens;
  for (let k = no.from; k < no.to; k++) {
    const w = t[k]!.lower;
    if ((w === 'longer' && t[k - 1]?.lower === 'no') || w === 'anymore' || (w === 'more' && t[k - 1]?.lower === 'any') ||
      (w === 'longer' && t[k - 1]?.lower === 'any')) return false;
  }
  // A modal of ours alone ("we will not meet the deadline", "we can't fill your full order") is how a delay or a shortage
  // is told: the notice's. The possibility of the thing denied, or a bare "no can do", turns an option down — unless a
  // time bounds it ("Delivery of the balance is not possible in July"): goods held back from a time, a delay.
  if (no.droppedSubject) return true;
  for (let k = no.from; k < no.to; k++) {
    if (!POSSIBILITY.has(t[k]!.lower)) continue;
    return !t.slice(k + 1, no.to).some((x) => {
      if (x.pos === 'NUM' || calendarWord(x)) return true;
      const next = t[t.indexOf(x) + 1];
      return /^(?:until|before|in|during|this|next)$/.test(x.lower) && (calendarWord(next) || TIME_UNIT.test(next?.lower ?? ''));
    });
  }
  return formDenied(f, no);
}

/**
 * Round 30 (r29 au1-050): "we cannot supply the leaf version in 100 g retail packs", "we don't ship gallium in 1 kg
 * bottles", "we can't deliver the manual in Japanese": a modal of ours denied for a FORM of the thing — a phrase of "in"
 * or "as" after the verb naming a pack, a size, a language, a version — turns down the variant they asked for; the
 * goods themselves are not short. A time ("in July", "in time", "this month"), stock or a quantity ("in the volumes you
 * need", "in full") after it is how a shortage or a delay is told: the notice's.
 */
export function formDenied(f: EnFacts, no: EnFacts['clauses'][number]): boolean {
  return formPhrases(f, no).some((phrase) => phrase.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN') &&
    !phrase.some((x) => notAFormWord(x)));
}

/**
 * The phrases of "in" / "as" after the verb of a denied modal of ours (up to five words each), where a form of the thing
 * may be named; none when the clause is not ours, not negated or conditional.
 */
export function formPhrases(f: EnFacts, no: EnFacts['clauses'][number]): EnToken[][] {
  if (no.subject?.side !== 'we' || no.negation === undefined || no.verb === undefined || no.conditional) return [];
  const t = f.tokens;
  const out: EnToken[][] = [];
  for (let k = no.verb + 1; k < no.to; k++) {
    if (t[k]!.lower === 'in' || t[k]!.lower === 'as') out.push(t.slice(k + 1, Math.min(no.to, k + 6)));
  }
  return out;
}

function decide(f: EnFacts, before: EnFacts | undefined): EnSentenceAct | undefined {
  if (f.refusal !== undefined) {
    // Round 44 (ka-039): "Regarding your inquiry for 50 DK-60 knives: DK-60 is no longer produced." — a product ended for
    // good, told in answer to their question (not a request), is the news of its end: it holds for every buyer.
    if (f.news === 'discontinuation' && namesAsk(f) && askedToKnow(f) && !holdAsked(f, before)) return 'discontinuation';
    // Their ask named in the sentence itself: whatever else it says, it answers them.
    if (namesAsk(f)) return 'refusal';
    // A product's capability answering their question ("Thank you for your question about bus coverage. The current
    // release supports CAN only; LIN is not analysed.") informs; answering their request it refuses.
    if (specifies(f) && !requestBefore(before)) return 'specification';
    if (endedForGood(f, before)) return 'discontinuation';
    if (declinesTheirAsk(f, before)) return 'refusal';
    // Round 32 (r31 cc-007, cc-005): an act of ours denied as a practice ("Splitting one box … is not something we support",
    // "… is not a service we offer") or a thing withheld from the reader ("That isn't available to you"): a no to them,
    // whatever news words the thing holds.
    if (practiceDeniedIn(f.tokens, f.clauses, f.refusal) || withheldIn(f.tokens, f.clauses[f.refusal]!)) return 'refusal';
    // Round 30: a form of the thing denied ("we cannot supply it in 100 g packs") turns down the variant asked for.
    if (outrightNo(f) && formDenied(f, f.clauses[f.refusal]!)) return 'refusal';
  } else if (endedForGood(f, before)) return 'discontinuation';
  if (f.news !== undefined) return 'news';
  if (f.acts.includes('offer')) return 'offer';
  return f.refusal !== undefined ? 'unasked-no' : undefined;
}

/** Nouns and verbs of asking something to be known, not given: a question is answered by information. */
const QUESTIONS = new Set(['question', 'enquiry', 'inquiry', 'query', 'wonder']);

/** The ask the sentence names is a question of theirs (an inquiry, an enquiry), not a request. */
function askedToKnow(f: EnFacts): boolean {
  const at = enAskNamed(f);
  return at !== undefined && QUESTIONS.has(f.tokens[at]!.lemma);
}

/** The sentence before names the reader's request (not a question of theirs). */
function requestBefore(before: EnFacts | undefined): boolean {
  if (before === undefined || !namesAsk(before)) return false;
  const at = enAskNamed(before);
  if (at === undefined) return before.changeAsked;
  const t = before.tokens[at]!;
  // "you asked about / whether / if …", "thank you for asking about …" ask to know.
  const next = before.tokens[at + 1]?.lower ?? '';
  return !(QUESTIONS.has(t.lemma) || ((t.lemma === 'ask' || t.lower === 'asking') && /^(?:about|whether|if|how|what|which|when)$/.test(next)));
}

/** "Our standard booth", "my unit": the head noun after a possessive of ours that opens the subject, before the verb. */
function possessedHead(f: EnFacts, no: EnFacts['clauses'][number]): number | undefined {
  const at = no.subject?.index;
  if (at === undefined || !/^(?:our|my)$/.test(f.tokens[at]!.lower)) return undefined;
  const end = Math.min(no.negation ?? no.to, at + 5);
  let head: number | undefined;
  for (let k = at + 1; k < end; k++) {
    const t = f.tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = k;
    else if (t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'PUNCT') break;
  }
  return head;
}

/** Units of people: "our team", "our staff" act; they are not a thing described. */
const PEOPLE = new Set(['team', 'staff', 'engineer', 'technician', 'department', 'company', 'office', 'factory', 'plant', 'side', 'people', 'crew', 'partner', 'firm', 'group', 'division', 'organisation', 'organization', 'personnel', 'workshop', 'warehouse']);

/** Subjects of a capability: a thing named (a noun or a name), or "it" / "they" standing for it. */
const THING_PRONOUNS = new Set(['it', 'they', 'this', 'these']);

/**
 * A specification: the sentence states in one clause what a thing does (an active lexical verb in the simple present,
 * its subject a thing: "The current release supports CAN and CAN FD only", "The scanner reads 1D codes") and in the
 * refusing clause what it does not (present, not a decision to come: "LIN traffic is not analysed in this version").
 * A benefit or a term withheld ("the warranty covers parts; labour is not covered") and a grant withheld ("… are not
 * accepted") stay refusals: they answer what a buyer claims.
 */
function specifies(f: EnFacts): boolean {
  const no = f.clauses[f.refusal!]!;
  if (f.question || f.conditional || no.tense !== 'present' || no.perfect || (no.modal !== undefined && no.modal !== 'can') || no.subordinate) return false;
  // Round 26: the parse gives "Our standard booth" our side as the subject; with a property of make denied the head
  // noun after the possessive is the thing described (en-describes.ts).
  const described = describesThing(f, no);
  const head = described ? possessedHead(f, no) : undefined;
  if (!thingSubject(f, head ?? no.subject?.index)) return false;
  // What a thing does not do: a lexical verb ("is not analysed", "does not measure"), not a verdict on an act ("… isn't
  // an option", "… is not something we can do"), and nothing of our side in the clause ("on our side", "we can do").
  const verb = no.verb === undefined ? undefined : f.tokens[no.verb];
  // Round 23: the edition it holds for named ("is not available for this series", "not in this version") makes any verb,
  // the copula too, a specification, with no clause of what the thing does beside it (en-declines.ts productScoped).
  const scoped = productScoped(f, no);
  // Round 26: the design as reason or agent ("This is not supported by the design"), or a property of make denied ("The
  // booth is not equipped with a power outlet"): what the thing is, any verb (en-describes.ts). "our design" is the
  // thing's make, not our side acting.
  if (!scoped && !described && (verb === undefined || verb.pos !== 'VERB' || verb.lemma === 'be')) return false;
  // "Our standard booth is not fitted with a sink": with a property of make denied, "our" before the negation owns the
  // thing described (not a unit of people: "our team is not equipped to …" is our side).
  const ownedThing = (k: number) => head !== undefined && k < head && !PEOPLE.has(f.tokens[head]!.lemma);
  if (f.tokens.slice(no.from, no.to).some((t, i) => /^(?:we|us|i|me)$/.test(t.lower) ||
    /^(?:our|my)$/.test(t.lower) && !ownedThing(no.from + i) && !(described && /^(?:design|architecture|specification|specifications|hardware)$/.test(f.tokens[no.from + i + 1]?.lower ?? '')))) return false;
  // A thing's verb of granting ("desktop browsers are not supported") states a capability; a concession as the thing
  // withheld ("refunds are not given") or a verb of declining answers a claim.
  if (f.cues.terms !== undefined || f.cues.benefit !== undefined || concessionSubject(f, no.subject!.index) || (f.cues.decline ?? []).some((k) => k >= no.from && k < no.to)) return false;
  if (scoped || described) return true;
  return f.clauses.some((c, i) => {
    if (i === f.refusal || c.negation !== undefined || c.conditional || c.subordinate || c.passive || c.tense !== 'present' || c.perfect) return false;
    // The tagger reads a bus named "CAN" as the modal: a modal after the verb is no modal of the clause.
    if (c.modal !== undefined && c.modal !== 'can') return false;
    const v = c.verb === undefined ? undefined : f.tokens[c.verb];
    return v !== undefined && v.pos === 'VERB' && v.lemma !== 'be' && v.lemma !== 'have' && thingSubject(f, c.subject?.index) &&
      c.subject!.index < c.verb!;
  });
}

function thingSubject(f: EnFacts, at: number | undefined): boolean {
  if (at === undefined) return false;
  const t = f.tokens[at]!;
  if (THING_PRONOUNS.has(t.lower)) return true;
  // A gerund names an act ("Splitting one pallet …"), not a thing.
  if (/ing$/.test(t.lower) && t.pos !== 'PROPN') return false;
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM') return false;
  // The subject phrase up to the verb: no person's title or our side ("Mr. Kimura", "our team", "we"), and nothing of the
  // reader's ("Customisation of the standard costing module as per your plant's own formula"): however long the phrase
  // (round 27: a cap of eight words let "your" after a long modifier pass, and the act read as a product's spec).
  for (let k = at; k < f.tokens.length; k++) {
    const x = f.tokens[k]!;
    if (x.pos === 'VERB' || x.pos === 'AUX') break;
    if (x.lower === 'your' || x.lower === 'you' || x.lower === 'we' || /^(?:mr|ms|mrs|dr)\.?$/.test(x.lower)) return false;
  }
  return true;
}

/** A concession noun in the subject phrase, up to its verb: "refunds", "free replacements", "extensions". */
function concessionSubject(f: EnFacts, at: number): boolean {
  for (let k = at; k < f.tokens.length && k < at + 8; k++) {
    const x = f.tokens[k]!;
    if (x.pos === 'VERB' || x.pos === 'AUX') return false;
    if (x.pos === 'NOUN' && CONCESSION_NOUNS.has(x.lemma)) return true;
  }
  return false;
}

/**
 * Round 21: a thing of ours ended for good — a clause that states its end ("is finished", "has been discontinued", "is
 * sold out", "is no longer made") and, on the same thing, a negated future of its coming back ("won't be replaced",
 * "will not be restocked", "won't come back"): the news of an end (en.bad-news.blunt-notice's, when it reads it), not
 * a no to the reader — unless they asked to keep it or their ask is named.
 */
function endedForGood(f: EnFacts, before: EnFacts | undefined): boolean {
  // Round 35: after their enquiry about the thing ("Thank you for your inquiry about two more DX-400 machines"), its end
  // told is the news that answers the question; after a request (to keep it, to make it) it is the no to them.
  if (f.news === 'discontinuation') {
    if (namesAsk(f) || topicLead(f)) return false;
    const asked = before !== undefined && before.news === undefined && namesAsk(before);
    if (asked && !requestBefore(before)) return !holdAsked(f);
    return !holdAsked(f, before) && !asked;
  }
  if (f.refusal === undefined || namesAsk(f) || holdAsked(f, before) || topicLead(f)) return false;
  if (before !== undefined && before.news === undefined && namesAsk(before)) return false;
  const no = f.clauses[f.refusal]!;
  if (f.question || f.conditional) return false;
  // The thing is the subject, or our side withholds "it" ("… is retired; we will not offer it again").
  const anaphor = no.subject?.side === 'we' && no.verb !== undefined && /^(?:it|them|this|these)$/.test(f.tokens[no.verb + 1]?.lower ?? '');
  if (no.subject !== undefined && !thingSubject(f, no.subject.index) && !anaphor) return false;
  // The state of ending, in the refusing clause or the one before it, then a negated "will" after it.
  const from = f.clauses[Math.max(0, f.refusal - 1)]!.from;
  let ended = -1;
  for (let k = from; k < no.to && ended < 0; k++) {
    if (f.tokens[k]!.lower === 'your') return false;
    if (endState(f, k)) ended = k;
  }
  if (ended < 0) return false;
  for (let k = ended + 1; k + 1 < no.to; k++) {
    if (f.tokens[k]!.lemma === 'will' && /^(?:not|n't|never)$/.test(f.tokens[k + 1]!.lower)) return true;
  }
  return false;
}

/** "finished", "discontinued", "retired", "phased out", "sold out", "no longer", "gone": the end of a thing's supply. */
function endState(f: EnFacts, k: number): boolean {
  const t = f.tokens[k]!;
  const prev = f.tokens[k - 1];
  if (t.lower === 'longer' && prev?.lower === 'no') return true;
  if (inClass('end', t) && /(?:ed|wn|ut|set)$/.test(t.lower)) return true;
  // A participle of finishing or using up after a form of "be": "is finished", "is sold out", "has run out", "is gone".
  const afterBe = prev !== undefined && (prev.lemma === 'be' || prev.lower === 'been' || prev.lower === 'has' || prev.lower === 'have');
  if (!afterBe) return false;
  if (t.lemma === 'finish' || t.lower === 'gone' || t.lower === 'over' || t.lemma === 'exhaust' || t.lemma === 'deplete') return true;
  const particle = f.tokens[k + 1]?.lower;
  return ((t.lemma === 'sell' || t.lemma === 'run') && particle === 'out') || (t.lemma === 'use' && particle === 'up');
}

/** "About …", "Re …", "Regarding …": the sentence opens on the reader's topic. */
function topicLead(f: EnFacts): boolean {
  return /^(?:about|re|regarding|concerning|as)$/.test(f.tokens[0]?.lower ?? '');
}

/**
 * Round 21: the other side of a specification — what a thing of ours does not do, said in answer to the reader's
 * request: "Regarding your request for LIN support: the current release does not analyse LIN traffic.", "Thank you for
 * your request for SAML login. The platform does not support SAML." The clause (index) that denies it, when their
 * request is named before it in the sentence or in the sentence before (a question of theirs is answered, not refused).
 */
export function capabilityDenied(f: EnFacts, before: EnFacts | undefined): number | undefined {
  if (f.refusal !== undefined || f.question || f.conditional) return undefined;
  const ask = enAskNamed(f);
  for (let c = 0; c < f.clauses.length; c++) {
    const cl = f.clauses[c]!;
    if (cl.negation === undefined || cl.tense === 'past' || cl.perfect || cl.subordinate || cl.verb === undefined) continue;
    if (cl.modal !== undefined && cl.modal !== 'can') continue;
    // A bare "Thank you for asking." names no request.
    const bare = before !== undefined && before.tokens.filter((t) => t.pos !== 'PUNCT').length <= 4;
    const asked = (ask !== undefined && ask < cl.from && namesAsk(f) && !questionAt(f, ask)) || (ask === undefined && !bare && requestBefore(before));
    if (!asked) continue;
    const subject = cl.subject?.index;
    // "No cancellation fee applies.": a negator inside the subject denies the thing, not a capability.
    if (subject === undefined || !thingSubject(f, subject) || cl.negation <= subject || f.tokens[cl.negation]!.lower === 'no') continue;
    const verb = f.tokens[cl.verb]!;
    // "does not analyse", "is not supported", "has no SAP connector": a thing's capability, not a copula's verdict.
    // "…; the 316L version is, and costs the same": another thing offered in its place answers the request.
    const alternative = f.clauses.some((o, k) => k > c && o.negation === undefined && o.subject !== undefined && thingSubject(f, o.subject.index));
    if (verb.pos === 'VERB' && verb.lemma !== 'be' && !alternative) return c;
  }
  return undefined;
}

function questionAt(f: EnFacts, at: number): boolean {
  const t = f.tokens[at]!;
  const next = f.tokens[at + 1]?.lower ?? '';
  return QUESTIONS.has(t.lemma) || ((t.lemma === 'ask' || t.lower === 'asking') && /^(?:about|whether|if|how|what|which|when)$/.test(next));
}

