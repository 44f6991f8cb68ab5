import type { EnToken } from './en-parse';
import type { EnClause, EnFacts } from './en';
import { cueIn, type EnCues } from './en-acts';

/**
 * Refusing by declaring the status quo (round 12, class E2): the reader asked us to waive, reduce or change a
 * price, a fee or a term, and the answer only says it stays — "The rush fee you asked us to waive stays", "the
 * price remains as quoted", "the MOQ stays at 500", "the terms stand", "the surcharge still applies", "we're
 * keeping the fee". Read from the parse: a clause whose verb keeps (cues.json `kept`) what a price or term names,
 * and, in the sentence or before it, a change asked of it (`change-ask`: waive, reduce, an exception) by the
 * reader. "Your price stays the same next year" with nothing asked reassures; "the meeting stays on Thursday"
 * is the writer's plan unless moving it was asked; "the quotation remains valid" states a validity.
 */

/** Nouns of what a buyer pays or is bound by, besides the `price`, `fee`, `burden` and `benefit` cues. */
const TERMS_NOUNS = new Set(['term', 'terms', 'quote', 'quotation', 'offer', 'condition', 'conditions', 'moq', 'minimum', 'rate', 'rates',
  'policy', 'penalty', 'deposit', 'price', 'prices', 'pricing', 'fee', 'fees', 'charge', 'charges', 'surcharge', 'cost', 'costs']);
/** A quotation asked for asks no change of one. */
const QUOTE_NOUNS = new Set(['quote', 'quotation', 'offer']);
/** Documents a cost word can name ("the price list", "the rate card"): asking for one asks for a paper, not a change (round 18). */
const COST_DOCUMENTS = new Set(['list', 'lists', 'sheet', 'sheets', 'table', 'tables', 'card', 'cards', 'catalogue', 'catalog', 'catalogues',
  'catalogs', 'overview', 'breakdown', 'book', 'file', 'quote', 'quotes', 'quotation', 'quotations', 'document', 'pdf']);
/** A complement that says what something still is, not that it is kept against a request. */
const STATE_COMPLEMENTS = new Set(['valid', 'available', 'open', 'effective', 'competitive', 'unaffected', 'free', 'low', 'lower',
  'attractive', 'fixed', 'protected', 'guaranteed', 'locked']);
/** Past forms of the keeping verbs: "the fee stayed" tells history. */
const PAST_KEPT = /^(?:stayed|remained|stood|applied|kept|maintained|stuck|held)$/;
/** Modals of our side that grant: "we can offer", "we will waive", "we could reduce". */
const GRANTING = new Set(['can', 'could', 'will', 'would']);
const POSSESSIVES = new Set(['our', 'your', 'their', 'my', 'its']);
const WE_SUBJECTS = new Set(['we', 'i', 'us', 'me']);
/** The rest of something changed: "everything else stays the same", "the other terms remain". */
const REST_WORDS = new Set(['else', 'rest', 'other', 'others', 'remaining']);
/** Pronouns that stand for what was asked about: "it stays", "that remains". */
const ANAPHORS = new Set(['it', 'that', 'this', 'they', 'those', 'these']);
/** Verbs by which the reader asks: "you asked", "you requested", "you wanted it removed". */
const ASK_VERBS = new Set(['ask', 'request', 'want', 'propose', 'suggest', 'hope', 'wish', 'like', 'enquire', 'inquire']);
/** Nouns of an ask: "your request to …", "your proposal". */
const ASK_NOUNS = new Set(['request', 'proposal', 'suggestion', 'question', 'enquiry', 'inquiry', 'ask', 'idea']);
/** A topic lead at the start: "Regarding the fee waiver: …", "About the reduction you proposed, …". */
const TOPIC_LEADS = new Set(['about', 're', 'regarding', 'concerning', 'as']);

export function isCost(t: EnToken, cues: EnCues, i: number): boolean {
  return TERMS_NOUNS.has(t.lower) || TERMS_NOUNS.has(t.lemma) ||
    cueIn(cues, 'price', i, i + 1) || cueIn(cues, 'fee', i, i + 1) || cueIn(cues, 'burden', i, i + 1) || cueIn(cues, 'benefit', i, i + 1);
}

/** The clause (index) that keeps a price or a term as it is, if any. */
export function keptClause(f: Pick<EnFacts, 'tokens' | 'clauses' | 'cues' | 'question'>): number | undefined {
  const { tokens, clauses, cues } = f;
  if (f.question || (!cues.kept && !cues.standard)) return undefined;
  for (let c = 0; c < clauses.length; c++) {
    const cl = clauses[c]!;
    if (cl.conditional || cl.negation !== undefined || cl.perfect || cl.passive) continue;
    // Round 31: "Our standard terms of 60 days apply.", "The usual lead time applies": our standard said to hold.
    if (standardApplies(f, cl)) return c;
    const at = cues.kept?.find((k) => k >= cl.from && k < cl.to);
    if (at === undefined) continue;
    const verb = tokens[at]!;
    // The keeping verb's own tense: "The fee you asked us to waive stays" has a past "asked" before it.
    if (PAST_KEPT.test(verb.lower) || tokens[at - 1]?.lemma === 'be' && /^(?:was|were)$/.test(tokens[at - 1]!.lower)) continue;
    // "The fee still applies": the cue starts at "still", the verb follows it.
    const lemma = verb.lower === 'still' || verb.lower === 'continue' ? 'apply' : verb.lemma;
    if (lemma === 'keep' || lemma === 'maintain' || lemma === 'stick') {
      // "We're keeping the setup fee", "we will maintain the current price": our side keeps what it names.
      if (cl.subject?.side !== 'we') continue;
      // Round 45 (ua2-033, ke-011): "we can keep the old price for all orders received until 30 June": what we are able to
      // keep for them is a concession offered, not their ask turned down.
      if ((cl.modal === 'can' || cl.modal === 'could') && cl.negation === undefined) continue;
      for (let k = at + 1; k < cl.to && k < at + 6; k++) if (isCost(tokens[k]!, cues, k)) return c;
      continue;
    }
    // "The fee stays", "our terms remain net 30", "it stays": what is kept is the subject (not "we stay").
    if (!cl.subject || cl.subject.index >= at || tokens[cl.subject.index]!.pos === 'PRON' && WE_SUBJECTS.has(tokens[cl.subject.index]!.lower)) continue;
    // Whatever the thing is (a fee, a seat count, a delivery date): the reader's ask decides that it was theirs to
    // change. Not a person ("Mr. Sato stays in Osaka"), nor the rest of a change granted ("everything else stays").
    const subject = tokens.slice(cl.subject.index, at);
    // "Our terms", "your delivery": the possessive is not the head.
    const headAt = POSSESSIVES.has(tokens[cl.subject.index]!.lower) && cl.subject.index + 1 < at ? cl.subject.index + 1 : cl.subject.index;
    const head = tokens[headAt]!;
    if (head.pos === 'PROPN' && !isCost(head, cues, headAt) || subject.some((t) => REST_WORDS.has(t.lower))) continue;
    if (head.pos === 'PRON' && !ANAPHORS.has(head.lower)) continue;
    // "… remains valid until March", "stays open": a state, not the status quo kept.
    const next = tokens[at + 1];
    if (next && (STATE_COMPLEMENTS.has(next.lower) || next.lower === 'in' && /^(?:stock|force)$/.test(tokens[at + 2]?.lower ?? ''))) continue;
    // "We can offer 5% on large orders, and the standard price stays for smaller ones": part of the ask granted.
    if (clauses.slice(0, c).some((o) => o.subject?.side === 'we' && o.negation === undefined && GRANTING.has(o.modal ?? ''))) continue;
    return c;
  }
  return undefined;
}

/**
 * Round 31 (r30 bc-011): a clause whose subject names our standard term ("our standard terms of 60 days", "our list
 * price", "the usual lead time": the `standard` cue before the verb) and whose verb is "apply" in the present, with
 * nothing in the clause of the reader's ("your order") and no scope after it that bounds it to a class ("to all
 * orders" is a standing rule's, read by en-standing.ts). Said with no ask it states a term; against an ask it keeps it.
 */
function standardApplies(f: Pick<EnFacts, 'tokens' | 'clauses' | 'cues'>, cl: EnClause): boolean {
  const { tokens, cues } = f;
  if (cl.verb === undefined || cl.modal !== undefined || cl.subordinate) return false;
  const verb = tokens[cl.verb]!;
  if (verb.lemma !== 'apply' || PAST_KEPT.test(verb.lower)) return false;
  const standard = cues.standard?.find((k) => k >= cl.from && k < cl.verb!);
  if (standard === undefined) return false;
  return !tokens.slice(cl.from, cl.to).some((t) => t.lower === 'your' || t.lower === 'you');
}

/**
 * The reader's figure for a term answered with ours: a lead before a colon or a table's cell border ("90-day payment
 * terms: our standard terms of 60 days apply.", "| 90-day payment terms | Our standard terms of 60 days apply. |") that
 * names a figure the kept clause does not repeat, the clause naming a figure of its own. The lead is the point the
 * reader raised; our other figure turns it down.
 */
export function figureCountered(f: Pick<EnFacts, 'tokens' | 'clauses' | 'kept'>): boolean {
  if (f.kept === undefined) return false;
  const cl = f.clauses[f.kept]!;
  const { tokens } = f;
  let lead = cl.from - 1;
  while (lead >= 0 && (tokens[lead]!.text === '|' || tokens[lead]!.text === ':')) lead--;
  if (lead < 0 || lead === cl.from - 1) return false;
  const figures = (from: number, to: number) => new Set(tokens.slice(from, to).flatMap((t) => t.text.match(/\d+(?:[.,]\d+)?/g) ?? []));
  const theirs = figures(0, lead + 1);
  const ours = figures(cl.from, cl.to);
  return theirs.size > 0 && ours.size > 0 && [...theirs].some((n) => !ours.has(n));
}

const ASKING_WORD = /^(?:whether|if|how|what|when|why)$/;
/**
 * The reader's ask for a change named in the sentence: the reader asking ("you asked us to waive", "your
 * request to lower", "thank you for asking about the surcharge") about a change (`change-ask`) or a price or
 * term (`price`, `fee`, `burden`, `benefit`), or a change named as the topic ("Regarding the fee waiver: …").
 * A request for a quotation or for samples asks no change.
 */
export function changeAsked(f: Pick<EnFacts, 'tokens' | 'cues'>): boolean {
  const { tokens, cues } = f;
  // What is asked about must be a change, or a price or term itself ("your request for 90-day terms").
  const change = cues['change-ask'] !== undefined;
  if (!change && !tokens.some((t, i) => isCost(t, cues, i) && !QUOTE_NOUNS.has(t.lemma) && !COST_DOCUMENTS.has(tokens[i + 1]?.lower ?? ''))) return false;
  if (change && TOPIC_LEADS.has(tokens[0]?.lower ?? '') && cues['change-ask']![0]! < 12) return true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]?.pos === 'ADV' ? tokens[i - 2] : tokens[i - 1];
    // "You asked whether the price would change" is a question, not an ask to change it.
    // "You asked whether these could be included in the fixed price" asks for it all the same.
    const question = ASKING_WORD.test(tokens[i + 1]?.lower ?? '') &&
      !tokens.slice(i + 2, i + 6).some((x) => x.lemma === 'can' || x.lower === 'could');
    if (ASK_VERBS.has(t.lemma) && t.pos === 'VERB' && !question && (before?.lower === 'you' || (before?.lemma === 'would' && tokens[i - 2]?.lower === 'you'))) return true;
    if (ASK_NOUNS.has(t.lemma) && (before?.lower === 'your' || before?.lower === 'the' && tokens[i - 2]?.lower === 'your')) return true;
    // "Thank you for asking", "thanks for your question".
    if (t.lower === 'asking' && before?.lower === 'for') return true;
  }
  return false;
}

/** The written terms a kept price can be tied to: "as it is in the order form", "as written in contract". */
const TERMS_DOCUMENTS = new Set(['contract', 'agreement', 'form', 'quotation', 'quote', 'terms', 'po', 'sow', 't&cs', 'conditions',
  'proposal', 'offer', 'order', 'invoice', 'schedule', 'clause', 'section', 'article', 'annex', 'appendix']);
/** Verbs that tie a figure to a document: "as written in", "as stated in", "as agreed", "as set out in". */
const TIED_VERBS = new Set(['write', 'state', 'agree', 'set', 'specify', 'quote', 'sign', 'lay', 'define', 'list', 'show', 'be', 'describe',
  'mention', 'outline', 'fix', 'print']);
/** Prepositions that tie without "as": "per the contract", "under the agreement", "according to the quotation". */
const TIED_PREPOSITIONS = new Set(['per', 'under', 'according']);
/** Documents that "in" ties to on its own ("in the contract"); "in the 2027 order" is a time, not the terms. */
const IN_DOCUMENTS = new Set(['contract', 'agreement', 'quotation', 'quote', 'terms', 'sow', 't&cs']);

/**
 * Round 15 (class R3): a kept price or term tied to the written terms ("we're keeping the onboarding fee as it is
 * in the order form", "it remains same as written in contract", "the rate stays as agreed", "the penalty still
 * applies per the agreement"). Tied so, the sentence answers someone who wanted it changed, whether or not the
 * ask was named. A benefit kept ("your discount stays as agreed") is good news, not a refusal.
 */
export function keptByTerms(f: Pick<EnFacts, 'tokens' | 'clauses' | 'cues' | 'kept'>): boolean {
  if (f.kept === undefined) return false;
  const { tokens, cues } = f;
  const cl = f.clauses[f.kept]!;
  if (cues.benefit?.some((k) => k >= cl.from && k < cl.to)) return false;
  const document = (from: number) => {
    for (let k = from; k < from + 5 && k < tokens.length; k++) if (TERMS_DOCUMENTS.has(tokens[k]!.lower)) return true;
    return false;
  };
  const keptAt = cues.kept?.find((k) => k >= cl.from && k < cl.to) ?? cl.from;
  for (let i = cl.from; i < tokens.length && i < cl.to + 8; i++) {
    const w = tokens[i]!.lower;
    if (w === 'as') {
      // "as agreed", "as quoted": the terms themselves.
      const next = tokens[i + 1];
      if (next && (next.lower === 'agreed' || next.lower === 'quoted' || next.lower === 'contracted' || next.lower === 'signed')) return true;
      // "as written in (the) contract", "as it is in the order form", "as per the agreement", "as stated in clause 7".
      for (let k = i + 1; k < i + 4 && k < tokens.length; k++) {
        if ((TIED_VERBS.has(tokens[k]!.lemma) || tokens[k]!.lower === 'per') && document(k + 1)) return true;
      }
    }
    // "per the contract", "under the agreement", "according to the quotation", after the keeping verb.
    if (TIED_PREPOSITIONS.has(w) && i > keptAt && document(i + 1)) return true;
    // "we will stick to the rate in the contract": "in" right before the written terms themselves.
    if (w === 'in' && i > keptAt && (IN_DOCUMENTS.has(tokens[i + 1]?.lower ?? '') ||
      /^(?:the|our|your)$/.test(tokens[i + 1]?.lower ?? '') && IN_DOCUMENTS.has(tokens[i + 2]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * "About the cancellation fee, …", "Regarding the late-payment interest: …", "Re the delivery date, …": the
 * sentence opens on a topic (one the reader raised) and answers it.
 */
export function costTopic(f: Pick<EnFacts, 'tokens' | 'cues'>): boolean {
  const { tokens } = f;
  if (!TOPIC_LEADS.has(tokens[0]?.lower ?? '') || tokens[0]!.lower === 'as') return false;
  for (let k = 1; k < 8 && k < tokens.length; k++) {
    if (/^[,:;—–]$/.test(tokens[k]!.text)) return k > 1 && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN');
  }
  return false;
}
