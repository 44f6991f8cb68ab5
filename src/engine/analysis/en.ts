import type { Sentence } from '../types';
import { z } from 'zod';
import clauseWordsData from '../../../dictionaries/en/clause-words.json';
import { bundled, onDemand } from '../../rules/bundled';
import { WordClassSchema, wordLists } from '../../rules/word-class';
import type { Annotator } from './facts';
import { cuesOf, forClassOfCustomers, refusalClause, speechActs, type EnCues } from './en-acts';
import { tokenize, type EnToken } from './en-parse';
import { mitigates, newsOf, type NewsKind } from './en-news';
import { changeAsked, costTopic, keptByTerms, keptClause } from './en-kept';
import { consequence, exclusion, readerAsk, standingRule } from './en-standing';
import { soleWay } from './en-sole-way';

export type { EnToken } from './en-parse';
export type { NewsKind } from './en-news';

/** Whose act a clause states: the writer's side (I, we, our company), the reader's (you, your team), others. */
export type Side = 'we' | 'you' | 'third';
export type Tense = 'past' | 'present' | 'future';
export type SpeechAct = 'request' | 'refusal' | 'offer' | 'notice' | 'apology' | 'thanks' | 'proposal';

/** One clause: a stretch of tokens with (at most) one verb group, split at punctuation and conjunctions. */
export interface EnClause {
  /** Token indices, [from, to). */
  from: number;
  to: number;
  /** The subject, when written: its side and token index. */
  subject?: { side: Side; index: number };
  /** Index of the verb group's last verb (the lexical verb, or the copula's complement's head). */
  verb?: number;
  /** Lemma of the modal: can, could, will, would, shall, should, may, might, must. "be able to" is can. */
  modal?: string;
  /** Token index of the negator (not, n't, never, no, unable…), when the clause is negated. */
  negation?: number;
  tense: Tense;
  perfect: boolean;
  passive: boolean;
  /** Introduced by if / unless / in case / provided, or an inverted "Should you …". */
  conditional: boolean;
  /** Introduced by a subordinator (if, when, because, that, …). */
  subordinate: boolean;
  /** A negated modal and its verb with the subject left out ("Can't do net 60"): the writer speaks. */
  droppedSubject?: boolean;
  /** Round 42: a clause right after a noun with no "that" ("news I would have preferred not to share"): it describes the noun. */
  relative?: true;
}

export interface EnFacts {
  tokens: EnToken[];
  clauses: EnClause[];
  /** The clause that carries the sentence: the first non-subordinate clause with a verb. */
  main?: number;
  question: boolean;
  imperative: boolean;
  /** Some clause is a condition. */
  conditional: boolean;
  /** Offsets (relative to the sentence) of each negation's scope: from the negator to its clause's end. */
  negationScopes: Array<{ start: number; end: number }>;
  /** Lexical cues found (cushion, consult, alternative, eager negative…), from dictionaries/en/cues.json. */
  cues: EnCues;
  /** Index (into `clauses`) of the clause that refuses, when the sentence is a refusal. */
  refusal?: number;
  acts: SpeechAct[];
  /** Bad news the sentence announces (a price rise as figures, part of an order, a slipped date…). */
  news?: NewsKind;
  /** The sentence apologises, gives a reason, or offers to meet or call: what makes a notice considerate. */
  considerate: boolean;
  /** Index (into `clauses`) of a clause that keeps a price or a term as it is ("the fee stays"): en-kept.ts. */
  kept?: number;
  /** The sentence names a change the reader asked for ("you asked us to waive", "your request to lower"). */
  changeAsked: boolean;
  /** Rounds 14–15 (en-standing.ts): the token stating our standing rule ("we only ship full pallets", "our minimum order is 500"). */
  standing?: number;
  /** Rounds 14–15 (en-standing.ts): the sentence names something the reader asked of us ("your request for …"). */
  readerAsk?: boolean;
  /** Rounds 14–15 (en-standing.ts): an exclusion from what they bought, and a consequence they bear. */
  exclusion?: number;
  consequence?: number;
  /** Round 15 (en-kept.ts): the kept price is tied to the written terms ("as written in contract", "as it is in the order form"). */
  keptByTerms?: boolean;
  /** Round 15 (en-kept.ts): the sentence opens on a topic it answers ("About the cancellation fee, …"). */
  costTopic?: boolean;
  /** Round 34 (en-sole-way.ts): the token of a sole way or a per-buyer limit of ours ("we invoice in CHF only"). */
  soleWay?: number;
}

const MODALS = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'unable', 'cannot']);
const WE = new Set(['we', 'i', 'us', 'me', 'our', 'my', 'ours', 'mine', 'ourselves', 'myself']);
const YOU = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const NOMINATIVE = new Set(['i', 'we', 'they', 'he', 'she']);
const CONDITIONAL = new Set(['if', 'unless', 'provided', 'providing', 'whether']);
const SUBORDINATORS = new Set([
  'if', 'unless', 'when', 'whenever', 'because', 'since', 'although', 'though', 'while', 'once', 'until', 'till',
  'that', 'whether', 'as', 'before', 'after', 'so', 'provided', 'providing', 'where', 'which', 'who',
]);
const COORDINATORS = new Set(['and', 'but', 'so', 'or', 'yet']);
const WH = new Set(['what', 'when', 'where', 'why', 'how', 'who', 'which', 'whom']);
const PAST_FORMS = new Set(['was', 'were', 'did', 'had', "didn't", "wasn't", "weren't", "hadn't", 'could', 'would', 'might', 'should']);
const CLAUSE_PUNCT = /^[,;:—–()\[\]"“”|]$|^-+$/;
const NOMINAL = new Set(['PRON', 'NOUN', 'PROPN', 'NUM']);
const SOFT_LEAD = new Set(['please', 'kindly', 'just', 'also', 'so', 'and', 'then', 'now']);

const isVerb = (t: EnToken) => t.pos === 'VERB' || t.pos === 'AUX';
const isNegator = (t: EnToken) => NEGATORS.has(t.lower) || (t.lemma === 'not' && t.pos === 'PART');

function sideOf(t: EnToken): Side {
  if (WE.has(t.lower)) return 'we';
  if (YOU.has(t.lower)) return 'you';
  return 'third';
}

/** Prepositions a gerund follows inside a noun phrase ("request for keeping", "the cost of moving"). */
const GERUND_PREPOSITIONS = new Set(['for', 'of', 'about', 'regarding']);

/**
 * A noun phrase with no article at `from`, then a verb group: "(note that) Sokopay is not …", "(note that)
 * additional training is not included …". Names, adjectives and nouns, up to four, then an auxiliary.
 */
function bareNounSubject(tokens: EnToken[], from: number): boolean {
  let k = from;
  while (k < tokens.length && k < from + 4 && /^(?:PROPN|NOUN|ADJ)$/.test(tokens[k]!.pos)) k++;
  if (k > from && tokens[k]?.pos === 'ADP' && /^(?:PROPN|NOUN)$/.test(tokens[k - 1]!.pos)) {
    // "(note that) onsite support during the go-live weekend is not …": one prepositional phrase after the noun,
    // its words joined by hyphens ("go-live") included.
    let j = k + 1;
    if (tokens[j]?.pos === 'DET') j++;
    const end = j + 5;
    while (j < tokens.length && j < end && (/^(?:PROPN|NOUN|ADJ|NUM)$/.test(tokens[j]!.pos) || joinedWord(tokens, j))) j++;
    return j > k + 1 && tokens[j]?.pos === 'AUX' && /^(?:PROPN|NOUN)$/.test(tokens[j - 1]!.pos);
  }
  return k > from && tokens[k]?.pos === 'AUX' && /^(?:PROPN|NOUN)$/.test(tokens[k - 1]!.pos);
}

/** A token of a hyphenated word ("go-live", "sign-off"): the hyphen or a part glued to one with no space. */
function joinedWord(tokens: EnToken[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.text === '-') return prev !== undefined && next !== undefined && prev.end === t.start && next.start === t.end;
  return (next?.text === '-' && next.start === t.end) || (prev?.text === '-' && prev.end === t.start);
}

/**
 * Round 35: the clause from `from` opens with a gerund that takes an object ("Splitting the order …", "Rerouting the
 * container …") and no auxiliary stands before `at`: a gerund subject whose predicate is still to come.
 */
function gerundSubjectOpen(tokens: EnToken[], from: number, at: number): boolean {
  if (!gerundLead(tokens, from)) return false;
  // "… after it has been closed": a subject pronoun after the word opens a clause of its own (r20 "Reopening a ticket …").
  // Round 43 (tc-038): "… until your tasting in December is not possible": a possessive opens a noun phrase, a clause only
  // when a verb of its own follows that phrase ("until your team approves it").
  if (tokens[at + 1]?.pos === 'PRON') {
    if (!/^(?:your|our|their|my|his|her|its)$/.test(tokens[at + 1]!.lower)) return false;
    let k = at + 2;
    while (k < tokens.length && k < at + 8 && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[k]!.pos)) k++;
    if (tokens[k]?.pos === 'VERB') return false;
  }
  for (let k = from + 1; k < at; k++) if (tokens[k]!.pos === 'AUX') return false;
  return tokens.slice(at).some((t) => t.pos === 'AUX');
}

/** "Splitting the order", "Holding the booth": an -ing word opening the clause (whatever the tagger called it) with an object after it. */
function gerundLead(tokens: EnToken[], from: number): boolean {
  const g = tokens[from];
  if (g === undefined || !/^[A-Za-z]{3,}ing$/.test(g.text) || (g.pos !== 'VERB' && g.pos !== 'NOUN')) return false;
  const next = tokens[from + 1];
  return next !== undefined && (next.pos === 'DET' || next.pos === 'NUM' || /^(?:part|half|some|all|each|both)$/.test(next.lower) ||
    (next.pos === 'PRON' && /^(?:your|our|their|my|its|his|her)$/.test(next.lower)));
}

/** The closing bracket of a short aside opened at `open` with no verb in it and a verb group right after it, else undefined. */
function asideEnd(tokens: EnToken[], open: number): number | undefined {
  for (let k = open + 1; k < tokens.length && k <= open + 12; k++) {
    const t = tokens[k]!;
    if (t.text === ')') return k > open + 1 && (tokens[k + 1]?.pos === 'AUX' || tokens[k + 1]?.pos === 'VERB') ? k : undefined;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === '(') return undefined;
  }
  return undefined;
}

const ClauseWordsSchema = onDemand(() => z.object({ description: z.string(), contentClauseVerbs: WordClassSchema(), leadTimeWords: WordClassSchema() }));
const CLAUSE_WORDS = wordLists(bundled('en/clause-words', ClauseWordsSchema, clauseWordsData));
/**
 * Round 48 (h7hc-012 of round 47's read set): verbs whose object is a clause with its "that" left out ("Just letting you
 * know we're dropping …", "I think we can …"): a subject right after one opens that clause (dictionaries/en/clause-words.json).
 */
const CONTENT_CLAUSE_VERBS = new Set(CLAUSE_WORDS.contentClauseVerbs);
/** Words of time in a phrase before "we": a weekday, a month, a unit of time, a deadline (dictionaries/en/clause-words.json). */
const LEAD_TIME_WORDS = new Set(CLAUSE_WORDS.leadTimeWords);

/** Where new clauses begin: punctuation, a coordinator or subordinator before a subject, a bare "we …". */
function clauseStarts(tokens: EnToken[]): number[] {
  const starts = [0];
  let hasVerb = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    // Round 43 (tf-011): "Your allocation for the spring season (April–June landings) is reduced …": a bracket of
    // particulars with no verb, right after the subject's words and right before the predicate, is part of the subject.
    if (t.text === '(' && i > starts[starts.length - 1]! && !hasVerb) {
      const close = asideEnd(tokens, i);
      if (close !== undefined) {
        i = close;
        continue;
      }
    }
    // "sign-off", "follow-up": a hyphen with no space on either side joins a word, it does not end a clause.
    if (CLAUSE_PUNCT.test(t.text) && !(t.text === '-' && joinedWord(tokens, i))) {
      starts.push(i + 1);
      hasVerb = false;
      continue;
    }
    const last = starts[starts.length - 1]!;
    // "we will not be providing it": a participle after an auxiliary is the verb, not "providing (that)".
    const participle = t.pos === 'VERB' && prev !== undefined && prev.pos === 'AUX';
    // Round 35 (issue 10, r34 fc-020): "Rerouting the container to reach Kobe before the holidays is not possible": inside a
    // gerund subject that has no auxiliary yet, a preposition the tagger reads as such ("before", "after", "until") opens
    // a phrase of the subject, not a clause: the predicate ("is not possible") is still to come.
    if (i > last && t.pos === 'ADP' && gerundSubjectOpen(tokens, last, i)) {
      if (isVerb(t)) hasVerb = true;
      continue;
    }
    if (i > last && !participle && (SUBORDINATORS.has(t.lower) || COORDINATORS.has(t.lower)) && t.pos !== 'PRON' && next &&
      (NOMINATIVE.has(next.lower) || next.lower === 'you' || next.lower === 'it' || next.lower === 'there' || next.pos === 'DET' || next.lower === 'our' || next.lower === 'your' ||
        (t.lower === 'that' && bareNounSubject(tokens, i + 1)))) {
      // "… because we …", "… but we could …", "… that we must decline": the subordinator opens the clause.
      if (!(t.lower === 'that' && prev && prev.pos === 'VERB' && !hasVerb)) {
        starts.push(i);
        hasVerb = false;
        continue;
      }
    }
    if (i > last && hasVerb && (NOMINATIVE.has(t.lower) || (t.lower === 'you' && next && isVerb(next))) && prev &&
      prev.pos !== 'ADP' && (prev.pos !== 'VERB' || (CONTENT_CLAUSE_VERBS.has(prev.lemma) && next !== undefined && isVerb(next))) &&
      prev.lower !== 'to' && !(prev.pos === 'AUX' && i - 1 === last)) {
      // "I'm afraid we can't", "I hope you are well": a subject with no "that" before it.
      starts.push(i);
      hasVerb = false;
      continue;
    }
    if (isVerb(t)) hasVerb = true;
  }
  return [...new Set(starts)].filter((s) => s < tokens.length);
}

/** Nouns that stand in for the clause after them ("something we cannot offer", "the one thing we don't do"). */
const PLACEHOLDER_NOUNS = /^(?:something|anything|nothing|things?|one|way|kind|sort|type)$/;

/** The noun at `n` completes a "be" with no other verb between ("That is a service …", "It's a size …"). */
function complementOfBe(tokens: EnToken[], n: number): boolean {
  for (let k = n - 1; k >= 0 && n - k <= 6; k--) {
    const t = tokens[k]!;
    if (t.lemma === 'be') return true;
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'ADP') return false;
  }
  return false;
}

/**
 * The noun at `n` stands after a verb of its own clause that is not the sentence's first word and no subordinator opens that
 * clause: "I am writing with news | I …" — not a fronted object ("Opened boxes | we do not take back") nor the end of a
 * condition with its comma left out ("unless the order is at least 4 sets | we won't quote them").
 */
function objectOfAVerb(tokens: EnToken[], n: number): boolean {
  let verb = false;
  for (let k = n - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && /^[,;:.!?]$/.test(t.text)) break;
    if (SUBORDINATORS.has(t.lower) && t.lower !== 'that') return false;
    // A finite verb: not a gerund or participle on its own ("Express shipping for the sample order | we do not provide" is a
    // fronted object), but "am writing with news | I …" is.
    if (isVerb(t) && k > 0 && (!/(?:ing|ed)$/.test(t.lower) || tokens[k - 1]!.pos === 'AUX')) verb = true;
  }
  return verb;
}

/** Words that open a clause as a preposition as often as a subordinator: "After careful review we …", "As a result we …". */
const PREPOSITION_OR_SUBORDINATOR = /^(?:after|before|since|until|till|as|because|due)$/;
/** The parts of speech of a noun phrase inside the lead phrase. */
const LEAD_PHRASE_WORD = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;

/**
 * Round 48 (h7ha1-015): a preposition and its noun phrase before the subject, the comma after them left out ("For this
 * reason we will not issue a credit note", "Because of this we …", "On this basis we …", "After careful review we …"): the
 * subject is the pronoun after the phrase, not the phrase's first word. Not a relative clause inside the phrase ("For
 * items we do not stock, …"): there the verb has nothing after it in its clause. Returns the pronoun's index.
 */
function pronounAfterLeadPhrase(tokens: EnToken[], from: number, to: number): number | undefined {
  const head = tokens[from];
  if (!head || !(head.pos === 'ADP' || PREPOSITION_OR_SUBORDINATOR.test(head.lower)) || head.lower === 'that') return undefined;
  let k = from + 1;
  if (tokens[k]?.lower === 'of' || tokens[k]?.lower === 'to') k++;
  const phrase = k;
  while (k < to && k - phrase < 6 && (LEAD_PHRASE_WORD.test(tokens[k]!.pos) || (k > phrase && tokens[k]!.lower === 'of'))) k++;
  if (k === phrase || k + 1 >= to || tokens[k - 1]!.lower === 'of' || !NOMINATIVE.has(tokens[k]!.lower) || !isVerb(tokens[k + 1]!)) return undefined;
  // "After Friday we cannot accept changes": a phrase of time sets when a rule of ours holds, a cut-off told as such, which
  // the readers of deadlines judge (the phrase stays the clause's start, as before).
  if (tokens.slice(phrase, k).some((x) => x.pos === 'NUM' || LEAD_TIME_WORDS.has(x.lower))) return undefined;
  let verb = k + 1;
  while (verb < to && (tokens[verb]!.pos === 'AUX' || isNegator(tokens[verb]!))) verb++;
  let last = to - 1;
  while (last > verb && tokens[last]!.pos === 'PUNCT') last--;
  return verb < last ? k : undefined;
}

function analyseClause(tokens: EnToken[], from: number, to: number): EnClause {
  const clause: EnClause = { from, to, tense: 'present', perfect: false, passive: false, conditional: false, subordinate: false };
  let i = from;
  const lead = tokens[i];
  // Round 32 (r31 cc-005: "That isn't available to you; …"): "that" opening a sentence or a clause after punctuation, an
  // auxiliary right after it, is the demonstrative subject, not a subordinator.
  const demonstrative = lead?.lower === 'that' && tokens[from + 1]?.pos === 'AUX' && (from === 0 || tokens[from - 1]!.pos === 'PUNCT');
  if (lead && !demonstrative && (SUBORDINATORS.has(lead.lower) || COORDINATORS.has(lead.lower))) {
    clause.subordinate = SUBORDINATORS.has(lead.lower) && lead.lower !== 'so';
    clause.conditional = CONDITIONAL.has(lead.lower);
    i++;
    // Round 25 (v4-004): "…, so if Hoshino would like a share you will need to …", "and if not, …": a coordinator
    // before the condition's own word leads a condition all the same.
    const second = tokens[i];
    if (i < to && COORDINATORS.has(lead.lower) && second && CONDITIONAL.has(second.lower)) {
      clause.subordinate = clause.conditional = true;
      i++;
    }
  } else if (lead?.lower === 'in' && tokens[i + 1]?.lower === 'case') {
    clause.subordinate = clause.conditional = true;
    i += 2;
  } else if (from > 0 && lead && NOMINATIVE.has(lead.lower) && tokens[from - 1]!.pos === 'NOUN' && !PLACEHOLDER_NOUNS.test(tokens[from - 1]!.lower) &&
    !complementOfBe(tokens, from - 1) && objectOfAVerb(tokens, from - 1)) {
    // Round 42: "I am writing with news I would have preferred not to share", "the samples we cannot use": a clause
    // right after a noun, with no "that" between, describes the noun (a contact relative clause) — no act of the sentence.
    // Not after a placeholder ("is something we cannot offer") or the complement of "be" ("That is a service we don't
    // provide"): the clause is then the verdict itself.
    clause.subordinate = true;
    clause.relative = true;
  }
  const afterLead = pronounAfterLeadPhrase(tokens, from, to);
  if (afterLead !== undefined) {
    clause.subordinate = clause.conditional = false;
    i = afterLead;
  }
  // Inversion: "Should you need …" is a condition; "Can you …", "Are you …" a question (the subject follows).
  let inverted = false;
  const head = tokens[i];
  // "Can't do net 60 on this one", "Won't make it by Friday": a modal, its negation and a verb with no subject
  // between is a declarative whose subject was dropped (chat style), not an inverted question.
  // Round 35 (r34 fc-020): not after a closing bracket — "Order 5120 (SPF studs, 6 containers) will not make the June 26
  // vessel": the aside closes and the subject before it goes on.
  const dropped = i === from && !/^[)\]]$/.test(tokens[from - 1]?.text ?? '') && head !== undefined && head.pos === 'AUX' && (head.lemma === 'can' || head.lemma === 'will') && tokens[i + 1] !== undefined && isNegator(tokens[i + 1]!) &&
    tokens[i + 2] !== undefined && isVerb(tokens[i + 2]!);
  if (head && head.pos === 'AUX' && i + 1 < to && !dropped && (NOMINAL.has(tokens[i + 1]!.pos) || tokens[i + 1]!.pos === 'DET' || isNegator(tokens[i + 1]!))) {
    inverted = true;
    if (head.lower === 'should' && tokens[i + 1]!.lower === 'you' && i === from) clause.conditional = true;
  }
  if (dropped) clause.droppedSubject = true;
  // "Unable to waive the fee for this order.", "Not able to offer net 60.": the inability first, its subject left out
  // (the writer's), at the start of the sentence or after a topic's colon.
  const unableFirst = i === from && (from === 0 || tokens[from - 1]!.text === ':') && head !== undefined && (
    (head.lower === 'unable' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB') ||
    (head.lower === 'not' && tokens[i + 1]?.lower === 'able' && tokens[i + 2]?.lower === 'to' && tokens[i + 3]?.pos === 'VERB'));
  if (unableFirst) {
    clause.droppedSubject = true;
    clause.modal = 'can';
  }
  for (let k = i; k < to; k++) {
    const t = tokens[k]!;
    // "The undersigned will not be available", "Management will not approve …": our side named as a noun.
    const ours = ourSideNoun(tokens, k, to);
    if (ours !== undefined && !clause.subject) {
      clause.subject = { side: 'we', index: ours };
      i = ours + 1;
      break;
    }
    if (isVerb(t) && !inverted && clause.verb === undefined && !clause.subject) break;
    if (t.lower === 'there' && tokens[k + 1]?.lemma === 'be') {
      clause.subject = { side: 'third', index: k };
      break;
    }
    if (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') {
      if (t.pos === 'DET' && !WE.has(t.lower) && !YOU.has(t.lower)) {
        clause.subject = { side: 'third', index: k };
        break;
      }
      clause.subject = { side: sideOf(t), index: k };
      break;
    }
  }
  // A fronted object ("That price we can't match.", "60 days we don't do for new customers.", "Further discount for
  // this PO we cannot give."): a noun phrase, then "we"/"I" with a negated verb group and nothing after its verb but
  // a phrase to the sentence's end. Our side is the subject. Not a relative ("The price we can't beat is …": a verb
  // follows), not an indefinite ("Anything we can't answer, …"), not a clause that goes on after a comma.
  // (Round 44, kf-058: "Your 'Supplier Sustainability Declaration' we will not sign." — the reader's thing fronted: "your"
  // opens a noun phrase there, not the subject.)
  const possessive = clause.subject?.side === 'you' && tokens[clause.subject.index]!.lower === 'your';
  const fronted = clause.subject?.side === 'third' || possessive ? frontedObjectSubject(tokens, clause.subject!.index, to) : undefined;
  if (fronted !== undefined) {
    clause.subject = { side: 'we', index: fronted };
    i = fronted + 1;
  }
  // The verb group: modal, negation, tense, aspect, voice. A gerund subject ("Extending the warranty is
  // not …") is skipped up to the clause's first auxiliary.
  let sawBe = false;
  const lead0 = tokens[i];
  // Round 32 (D7 d7-en-05: "Extended 120-day payment terms are not …"): a figure after the participle too.
  const participleAdjective = lead0 !== undefined && /ed$/.test(lead0.lower) && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'ADJ' || tokens[i + 1]?.pos === 'NUM');
  // Round 35 (r34 fc-020): the tagger may read the gerund as a noun ("Splitting the order to put part of it on the June 26
  // vessel is not possible"): an -ing word with an object after it is the same subject, its infinitive inside it.
  if ((lead0?.pos === 'VERB' && (/ing$/.test(lead0.lower) || participleAdjective) || (i === from && gerundLead(tokens, i))) && !inverted) {
    clause.subject = { side: 'third', index: i };
    let k = i + 1;
    while (k < to && tokens[k]!.pos !== 'AUX') k++;
    if (k < to) i = k;
  }
  // Round 43: "Private labelling for your stores is not possible": an adjective, then a gerund the tagger calls a verb —
  // the gerund heads the subject and the verb group starts at the clause's first auxiliary.
  if (!clause.subject && !inverted && i === from && tokens[i]?.pos === 'ADJ' && tokens[i + 1]?.pos === 'VERB' && /^[A-Za-z]{3,}ing$/.test(tokens[i + 1]!.text)) {
    let k = i + 2;
    while (k < to && tokens[k]!.pos !== 'AUX') k++;
    if (k < to) {
      clause.subject = { side: 'third', index: i + 1 };
      i = k;
    }
  }
  // A noun phrase the tagger reads as an imperative ("Express shipping to Okinawa is not …", "Custom
  // labels are …"): a base-form verb, a noun after it, and an auxiliary after a run of nominal words.
  if (lead0?.pos === 'VERB' && !inverted && lead0.lemma === lead0.lower && !clause.subject &&
    (tokens[i + 1]?.pos === 'NOUN' || /ing$/.test(tokens[i + 1]?.lower ?? ''))) {
    let k = i + 1;
    while (k < to && (NOMINAL.has(tokens[k]!.pos) || tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || /ing$/.test(tokens[k]!.lower))) k++;
    if (k < to && tokens[k]!.pos === 'AUX' && !SUBORDINATORS.has(tokens[k - 1]!.lower)) {
      clause.subject = { side: 'third', index: i };
      i = k;
    }
  }
  // Round 35: "Rework of the delivered housings is not something we do", "Repair of units older than ten years is not
  // possible": a noun the tagger reads as a base-form verb, "of" after it, and a negated auxiliary after the phrase.
  if (lead0?.pos === 'VERB' && !inverted && !clause.subject && i === from && lead0.lemma === lead0.lower && tokens[i + 1]?.lower === 'of') {
    const aux = negatedAuxAfterNounPhrase(tokens.map((t, k) => (k === i ? { ...t, pos: 'NOUN' } : t)), i, to);
    if (aux !== undefined) {
      clause.subject = { side: 'third', index: i };
      i = aux;
    }
  }
  // A reduced relative ("Damage caused by a fall … is not covered") is part of the subject: the verb group
  // starts at the auxiliary after it.
  // Round 45 (xc-030): the subject's noun may stand after a possessive, figures and a bracket ("Your 2 x 40' reefers (bluefin
  // tuna, -60°C) booked on MV Kota Harum cannot be loaded"): the participle right after the phrase starts the relative.
  let nounHead = clause.subject?.index;
  let after = nounHead === undefined ? undefined : nounHead + 1;
  if (nounHead !== undefined && /^(?:your|our|their|the)$/.test(tokens[nounHead]!.lower)) {
    let k = nounHead + 1;
    let last = -1;
    while (k < to && k - nounHead <= 16) {
      // A bracket inside the phrase is passed over whole.
      if (tokens[k]!.text === '(') {
        const close = tokens.findIndex((x, j) => j > k && j < to && x.text === ')');
        if (close < 0) break;
        k = close + 1;
        continue;
      }
      if (!/^(?:NUM|NOUN|PROPN|ADJ|PUNCT|X|SYM)$/.test(tokens[k]!.pos) || /^[,;:.!?)]$/.test(tokens[k]!.text)) break;
      if (tokens[k]!.pos === 'NOUN') last = k;
      k++;
    }
    // The participle of a reduced relative takes its phrase right after it ("booked on", "shipped to"); a verb in the past
    // with a clause or an object after it is the sentence's own ("Your team said that …", "Your carrier told us …").
    if (last > nounHead && tokens[k + 1]?.pos === 'ADP' && tokens[k + 1]!.lower !== 'that') [nounHead, after] = [last, k];
    else after = undefined;
  }
  if (clause.subject && nounHead !== undefined && after !== undefined && tokens[after]?.pos === 'VERB' && tokens[nounHead]!.pos === 'NOUN') {
    const p = tokens[after]!;
    if (p.lemma !== p.lower && !/(?:ing|s)$/.test(p.lower)) {
      let k = after + 1;
      while (k < to && tokens[k]!.pos !== 'AUX') k++;
      if (k < to) i = k;
    }
  }
  // An infinitive after the subject's noun ("Your request to extend the warranty has been declined") is part
  // of the subject: the verb group starts at the auxiliary after it.
  if (clause.subject && i <= clause.subject.index) {
    let k = clause.subject.index + 1;
    while (k < to && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PROPN')) k++;
    // "Requests to extend the deadline will not be accepted": the subject's own noun before the infinitive.
    const nounHead = k > clause.subject.index + 1 || tokens[clause.subject.index]!.pos === 'NOUN';
    if (nounHead && tokens[k]?.lower === 'to' && tokens[k + 1]?.pos === 'VERB') {
      let a = k + 2;
      while (a < to && tokens[a]!.pos !== 'AUX') a++;
      if (a < to) i = a;
    }
  }
  // "Modifications to the delivery address after dispatch are not allowed": a noun the tagger reads as a base-form
  // verb inside the subject's prepositional phrase; the verb group starts at the auxiliary after it.
  if (clause.subject) {
    let first = Math.max(i, clause.subject.index + 1);
    while (first < to && tokens[first]!.pos !== 'VERB' && tokens[first]!.pos !== 'AUX' && !isNegator(tokens[first]!)) first++;
    const mistagged = mistaggedNounVerb(tokens, clause.subject.index, first, to);
    if (mistagged !== undefined) i = mistagged;
  }
  // Round 27: a long noun subject with a prepositional phrase that holds a verb of its own ("Integration of the dashboard
  // with your team's existing ticketing tool is not possible", "A change of the label layout to match your system's
  // format is not supported"): the negated auxiliary after it starts the verb group, not the participle or infinitive.
  if (clause.subject) {
    const negatedAux = negatedAuxAfterNounPhrase(tokens, clause.subject.index, to);
    if (negatedAux !== undefined && negatedAux > i) i = negatedAux;
  }
  for (let k = i; k < to; k++) {
    const t = tokens[k]!;
    if (isNegator(t) && clause.negation === undefined) {
      // "no" as a determiner negates too ("there is no way"), but "No problem" at the start is an answer.
      if (!(t.lower === 'no' && k === from && tokens[k + 1]?.pos !== 'NOUN')) clause.negation = k;
      if (t.lower === 'unable') clause.modal ??= 'can';
      if (t.lower === 'cannot') clause.modal ??= 'can';
      continue;
    }
    // "Replacement of the delivered drums is not possible": a participle between a determiner and its noun
    // modifies the noun; the clause's verb comes later. Round 41: a name too ("The updated DMF …").
    if (t.pos === 'VERB' && tokens[k - 1]?.pos === 'DET' && (tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'PROPN') && t.lemma !== t.lower && k + 2 < to) continue;
    // Round 31 (r30 ba2-019): "Splitting the pallet between syrup and frozen pancakes isn't …": a participle after a
    // conjunction, an adjective or a preposition inside the subject's phrase modifies its noun too, when no verb came yet and
    // an auxiliary follows the noun in the clause.
    if (t.pos === 'VERB' && clause.verb === undefined && /^(?:CCONJ|ADJ|ADP)$/.test(tokens[k - 1]?.pos ?? '') && tokens[k + 1]?.pos === 'NOUN' &&
      t.lemma !== t.lower && /(?:ed|en)$/.test(t.lower) && auxAfterNoun(tokens, k + 1, to)) continue;
    // "… and no burr was found": the tagger reads a rare noun after the determiner "no" as a verb; with an
    // auxiliary right after it, it is the subject's noun and the auxiliary starts the verb group.
    if (t.pos === 'VERB' && tokens[k - 1]?.lower === 'no' && tokens[k - 1]!.pos === 'DET' && tokens[k + 1]?.pos === 'AUX') continue;
    // "Request for keeping the Q2 price … cannot be accepted": a gerund after a preposition belongs to the subject.
    if (t.pos === 'VERB' && clause.verb === undefined && clause.subject && /ing$/.test(t.lower) && GERUND_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) continue;
    if (t.pos === 'AUX' || t.pos === 'VERB') {
      if (MODALS.has(t.lemma) && t.pos === 'AUX') clause.modal ??= t.lemma;
      else if (t.lemma === 'be' && tokens[k + 1]?.lower === 'able' && tokens[k + 2]?.lower === 'to') clause.modal ??= 'can';
      else if (t.lower === 'going' && tokens[k + 1]?.lower === 'to' && sawBe) clause.modal ??= 'will';
      if (clause.verb === undefined && !MODALS.has(t.lemma)) {
        if (PAST_FORMS.has(t.lower) && !MODALS.has(t.lower)) clause.tense = 'past';
        else if (t.pos === 'VERB' && t.lemma !== t.lower && !/(?:ing|s)$/.test(t.lower) && !sawBe && !clause.perfect && !clause.modal &&
          !(tokens[k - 1] && (isNegator(tokens[k - 1]!) || tokens[k - 1]!.pos === 'AUX'))) clause.tense = 'past';
      }
      if (t.lemma === 'have' && tokens[k + 1] && (tokens[k + 1]!.pos === 'VERB' || tokens[k + 1]!.lemma === 'be' || isNegator(tokens[k + 1]!))) clause.perfect = true;
      if (t.lemma === 'be') sawBe = true;
      else if (t.pos === 'VERB' && sawBe && t.lemma !== t.lower && !/ing$/.test(t.lower)) clause.passive = true;
      // "We don't do consignment stock": "do" as the main verb (the tagger calls every "do" an auxiliary).
      const mainDo = t.lemma === 'do' && !isNegator(tokens[k + 1] ?? t) && tokens[k + 1]?.pos !== 'VERB' && tokens[k + 1]?.pos !== 'ADV' && k > i;
      if (t.pos === 'VERB' || mainDo || (t.lemma === 'be' && clause.verb === undefined)) clause.verb = k;
      continue;
    }
    // Round 31: "we don't pre-assemble frames", "we do not re-label cartons": after a negated "do" the bare infinitive is the
    // verb, whatever the tagger read a hyphenated or rare verb as.
    if (clause.verb === undefined && t.pos === 'NOUN' && tokens[k - 1] !== undefined && isNegator(tokens[k - 1]!) && tokens[k - 2]?.lemma === 'do' &&
      tokens[k - 2]!.pos === 'AUX' && /^(?:NOUN|DET|PRON|ADJ|NUM|PROPN)$/.test(tokens[k + 1]?.pos ?? '')) {
      clause.verb = k;
      continue;
    }
    // The verb group ends at the first content word after a lexical verb.
    if (clause.verb !== undefined && tokens[clause.verb]!.pos === 'VERB' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  if (clause.modal === 'will' || clause.modal === 'shall') clause.tense = 'future';
  return clause;
}

/** An auxiliary right after the nouns that start at `k` (the verb group of the clause that the noun phrase is subject of). */
function auxAfterNoun(tokens: EnToken[], k: number, to: number): boolean {
  while (k < to && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN')) k++;
  return k < to && tokens[k]!.pos === 'AUX';
}

/** Words that open a clause of their own inside a phrase: past one, the auxiliary after it is no longer the subject's. */
const PHRASE_BREAKS = /^(?:that|which|who|whom|whose|when|where|if|because|since|while|although|unless|and|but|or)$/;

/**
 * The index of an auxiliary with a negator right after it ("is not", "cannot", "will not"), after a noun subject at `at`
 * followed by a preposition (of, with, for, to, on, in): everything before it within twenty words and without a clause
 * word or a stop (PHRASE_BREAKS, a comma) is the subject's phrase. Undefined when the shape is not there.
 */
function negatedAuxAfterNounPhrase(tokens: EnToken[], at: number, to: number): number | undefined {
  // "A change of …", "The integration of …": the head noun after a determiner or an adjective.
  // Round 43 (tc-031): "Japanese labelling at our plant is not something we do": a gerund the tagger calls a verb, after
  // the noun that modifies it, heads the phrase as a noun would.
  const gerundAt = (k: number) => tokens[k]?.pos === 'VERB' && /^[A-Za-z]{3,}ing$/.test(tokens[k]!.text);
  while (at < to && at < 40 && (tokens[at]!.pos === 'DET' || tokens[at]!.pos === 'ADJ' || ((tokens[at]!.pos === 'NOUN' || tokens[at]!.pos === 'PROPN') && gerundAt(at + 1)))) at++;
  // Round 35: "Refunds for opened cartons cannot be given": the tagger may call "for" a subordinator.
  if ((tokens[at]?.pos !== 'NOUN' && !gerundAt(at)) || (tokens[at + 1]?.pos !== 'ADP' && tokens[at + 1]?.lower !== 'for')) return undefined;
  for (let k = at + 2; k < to && k <= at + 20; k++) {
    const t = tokens[k]!;
    if (PHRASE_BREAKS.test(t.lower) || (t.pos === 'PUNCT' && t.text !== '-' && t.text !== "'")) return undefined;
    if (t.pos === 'AUX' && t.lemma !== 'do' && tokens[k + 1] !== undefined && isNegator(tokens[k + 1]!)) return k;
    if (t.pos === 'AUX' && t.lower === 'cannot') return k;
  }
  return undefined;
}

/**
 * Where the verb group starts when the "verb" at `at` is a noun of the subject's phrase that the tagger reads as a
 * base-form verb: a noun subject, a preposition after it, then determiner/adjective/noun words and the "verb" right
 * after a noun ("to the delivery address"), and an auxiliary later with nothing but phrase words (no relative, no
 * subject pronoun) between. "Our engineers in Osaka handle orders that are …" keeps "handle": a relative follows.
 */
function mistaggedNounVerb(tokens: EnToken[], subject: number, at: number, to: number): number | undefined {
  const verb = tokens[at];
  if (!verb || verb.pos !== 'VERB' || verb.lemma !== verb.lower) return undefined;
  // "Your ask for …", "the request for …": the "verb" right after a possessive or an article is the subject's noun.
  const owned = at === subject + 1 && /^(?:your|our|my|their|the|this|that|any)$/.test(tokens[subject]!.lower) && tokens[at + 1]?.pos === 'ADP';
  // "… during the go-live weekend is …": a verb glued by a hyphen is part of a compound noun.
  const inPhrase = tokens[subject]!.pos === 'NOUN' && (tokens[at - 1]?.pos === 'NOUN' || joinedWord(tokens, at)) &&
    tokens.slice(subject + 1, at).some((x) => x.pos === 'ADP');
  if (!owned && !inPhrase) return undefined;
  for (let k = at + 1; k < to; k++) {
    const x = tokens[k]!;
    if (x.pos === 'AUX') return k;
    if (!(/^(?:ADP|DET|ADJ|NOUN|PROPN|NUM)$/.test(x.pos) || joinedWord(tokens, k)) || /^(?:that|which|who|whom|whose|where|when)$/.test(x.lower)) return undefined;
  }
  return undefined;
}

/**
 * The writer's side named as a noun at `k`, the clause's subject: "the undersigned" (formal letters; the tagger
 * reads "undersigned" as a verb) and "management" with no owner ("Management will not approve …": in a mail
 * from us, our management; "your management" is the reader's). Returns the noun's index when a verb group follows.
 */
const DEPARTMENTS = new Set(['finance', 'legal', 'accounting', 'accounts', 'procurement', 'headquarters', 'hq', 'compliance']);

function ourSideNoun(tokens: EnToken[], k: number, to: number): number | undefined {
  const t = tokens[k]!;
  let head: number | undefined;
  if (t.lower === 'the' && tokens[k + 1]?.lower === 'undersigned') head = k + 1;
  else if (t.lower === 'management' && !/^(?:your|their|his|her|the|a)$/.test(tokens[k - 1]?.lower ?? '')) head = k;
  else if (DEPARTMENTS.has(t.lower) && !/^(?:your|their|his|her|the|a)$/.test(tokens[k - 1]?.lower ?? '') && k + 3 < to &&
    tokens[k + 1]!.pos === 'AUX' && isNegator(tokens[k + 2]!) && tokens[k + 3]!.pos === 'VERB' && tokens[k + 3]!.lemma !== 'be') {
    // "Finance will not approve a third time", "Legal cannot sign …": a department with no owner, in a mail from
    // us, is ours — only with a negated act after it ("Finance will not be affected" says nothing of our side).
    head = k;
  }
  if (head === undefined || head + 1 >= to) return undefined;
  const next = tokens[head + 1]!;
  return next.pos === 'AUX' || (next.pos === 'VERB' && /s$/.test(next.lower)) ? head : undefined;
}

/** The "we"/"I" after a fronted object noun phrase starting at `from`, when the clause is that object, a negated verb group and its end. */
/** Quotation marks around a fronted object's name ("Your 'Supplier Declaration' we will not sign"). */
const QUOTE_MARK = /^['"‘’“”]$/;
/** A stretch of time after the verb ("this year", "next season"): no object of it. */
const TIME_NOUN = /^(?:year|month|week|season|quarter|time|crop|round)$/;

function frontedObjectSubject(tokens: EnToken[], from: number, to: number): number | undefined {
  const head = tokens[from]!;
  if (head.pos === 'PRON' && !/^(?:that|this|these|those|your|their)$/.test(head.lower)) return undefined;
  if (to !== tokens.length) return undefined;
  let j = from + 1;
  while (j < to && (NOMINAL.has(tokens[j]!.pos) || tokens[j]!.pos === 'ADP' || tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ' || QUOTE_MARK.test(tokens[j]!.text)) &&
    !(tokens[j]!.lower === 'we' || tokens[j]!.lower === 'i')) j++;
  const we = tokens[j];
  if (!we || !(we.lower === 'we' || we.lower === 'i') || tokens[j - 1]?.pos === 'ADP') return undefined;
  // The negated verb group right after: "we don't", "we cannot", "we won't be able to", "we can't".
  let k = j + 1;
  if (tokens[k]?.pos !== 'AUX' && !isNegator(tokens[k] ?? head)) return undefined;
  let negated = false;
  let verb: number | undefined;
  for (; k < to; k++) {
    const t = tokens[k]!;
    if (isNegator(t)) { negated = true; continue; }
    if (t.pos === 'AUX' || t.pos === 'PART' || t.lower === 'able' || t.lower === 'to' || t.pos === 'ADV') continue;
    if (t.pos === 'VERB') { verb = k; break; }
    break;
  }
  // "we don't do for new customers": the tagger calls "do" an auxiliary; it is the main verb when a phrase follows.
  if (verb === undefined && negated && tokens[k - 1]?.lemma === 'do' && (k === to || tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'PUNCT')) verb = k - 1;
  if (!negated || verb === undefined) return undefined;
  // "After Friday we cannot accept changes": an object after the verb means the phrase before was no object.
  // (Round 44, kc-003: "The 5cl miniatures we cannot supply this year." — a time after the verb is no object.)
  const timeAfter = /^(?:this|next|that)$/.test(tokens[verb + 1]?.lower ?? '') && TIME_NOUN.test(tokens[verb + 2]?.lower ?? '');
  if (verb + 1 < to && tokens[verb + 1]!.pos !== 'ADP' && tokens[verb + 1]!.pos !== 'PUNCT' && !timeAfter) return undefined;
  if (tokens[from - 1]?.pos === 'ADP') return undefined;
  for (let a = verb + 1; a < to; a++) {
    const t = tokens[a]!;
    // Round 48 (dev set y8yb-037): a capitalised word after a name is the name's ("to Sakura Produce"), not a verb.
    const inName = /^[A-Z]/.test(t.text) && tokens[a - 1]?.pos === 'PROPN';
    if ((t.pos === 'VERB' && !inName) || t.pos === 'AUX' || CLAUSE_PUNCT.test(t.text) || NOMINATIVE.has(t.lower) || t.lower === 'you' || t.lower === 'it') return undefined;
  }
  return j;
}

/** The imperative reading of a sentence: a base-form verb first (after "please", "just"), no subject. */
function isImperative(tokens: EnToken[], question: boolean): boolean {
  if (question) return false;
  let i = 0;
  while (i < tokens.length && (SOFT_LEAD.has(tokens[i]!.lower) || tokens[i]!.pos === 'PUNCT')) i++;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t) return false;
  if ((t.lower === 'do' || t.lower === 'don') && next && isNegator(next)) return true;
  if (t.lower === 'let' || t.lower === "let's") return true;
  if (t.lemma !== t.lower || /(?:ing|ed|s)$/.test(t.lower) && t.lower !== 'pass' && t.lower !== 'press' && t.lower !== 'discuss') return false;
  if (t.lemma === 'thank' || t.lower === 'thanks') return false;
  if (t.pos === 'VERB') return !(next && (next.pos === 'PRON' && NOMINATIVE.has(next.lower)));
  // The lite model tags some sentence-initial verbs as nouns ("Check the file", "Call me", "Note that …").
  if ((t.pos === 'NOUN' || t.pos === 'PROPN') && next && (next.pos === 'DET' || (next.pos === 'PRON' && !NOMINATIVE.has(next.lower)) || next.lower === 'that' || next.lower === 'us')) {
    return t.lower !== 'thank' && next.pos !== 'PUNCT';
  }
  return false;
}

/** Derives every fact of one English sentence from its tokens. Pure: depends on the text only. */
/**
 * Kept on a sentence's clauses array (one per sentence's facts; a copy of the facts with other clauses has another
 * array, and JSON and spreads of an array leave the property out): the clause of each token.
 */
const CLAUSE_INDEX = Symbol('the clause of each token');

/**
 * The clause holding token `i` (the first whose [from, to) holds it), as `f.clauses.find(…)` gives it: read from an
 * index of the sentence's tokens built on the first call and kept with its clauses (they are fixed once made). The
 * news readers ask it for every token of a new sentence, a search of the clauses each time (round 20).
 */
export function clauseOf(f: Pick<EnFacts, 'tokens' | 'clauses'>, i: number): EnClause | undefined {
  const clauses = f.clauses as readonly EnClause[] & { [CLAUSE_INDEX]?: Array<EnClause | undefined> };
  let index = clauses[CLAUSE_INDEX];
  if (index === undefined || index.length !== f.tokens.length) {
    index = new Array<EnClause | undefined>(f.tokens.length).fill(undefined);
    for (const c of clauses) for (let k = Math.max(0, c.from); k < c.to && k < index.length; k++) index[k] ??= c;
    clauses[CLAUSE_INDEX] = index;
  }
  if (Number.isInteger(i) && i >= 0 && i < index.length) return index[i];
  return clauses.find((c) => i >= c.from && i < c.to);
}

export function analyzeEnglish(text: string): EnFacts {
  const tokens = tokenize(text);
  const starts = clauseStarts(tokens);
  const clauses: EnClause[] = [];
  for (let c = 0; c < starts.length; c++) {
    const from = starts[c]!;
    const to = starts[c + 1] ?? tokens.length;
    if (to > from) clauses.push(analyseClause(tokens, from, to));
  }
  const first = tokens[0];
  const question = /\?\s*["”’)]*\s*$/.test(text) ||
    (first !== undefined && (first.pos === 'AUX' || WH.has(first.lower)) && clauses[0]?.subject !== undefined && clauses[0].subject.index > 0 &&
      !clauses[0].conditional && !/[.!]\s*$/.test(text));
  const imperative = isImperative(tokens, question);
  let main = clauses.findIndex((c) => !c.subordinate && (c.verb !== undefined || c.modal !== undefined));
  if (main < 0) main = clauses.findIndex((c) => c.verb !== undefined);
  const negationScopes = clauses
    .filter((c) => c.negation !== undefined)
    .map((c) => ({ start: tokens[c.negation!]!.start, end: tokens[c.to - 1]!.end }));
  const cues = cuesOf(tokens);
  // Round 35 (issue 10, r34 fe-036): "Our freight forwarder can't get space on Friday's flight", "our bank cannot process
  // it before the holiday": a firm we hire (the `outsider` cue) heading the subject reports its own inability — a third
  // party's can't, not our no. (Its will not stays ours: "our forwarder will not handle it for you".)
  for (const c of clauses) {
    const at = c.subject?.index;
    if (at === undefined || c.subject!.side !== 'we' || c.modal !== 'can' || c.negation === undefined || !/^(?:our|my)$/.test(tokens[at]!.lower)) continue;
    if ((cues.outsider ?? []).some((k) => k > at && k <= at + 3 && k < c.negation!)) c.subject = { side: 'third', index: at };
  }
  const facts: EnFacts = {
    tokens, clauses, main: main < 0 ? undefined : main, question, imperative,
    conditional: clauses.some((c) => c.conditional), negationScopes, cues, acts: [], considerate: false, changeAsked: changeAsked({ tokens, cues }),
  };
  const refusing = refusalClause(facts);
  if (refusing) facts.refusal = clauses.indexOf(refusing);
  facts.kept = keptClause(facts);
  if (facts.kept !== undefined) {
    facts.keptByTerms = keptByTerms(facts);
    facts.costTopic = costTopic(facts);
  }
  // "The rush fee you asked us to waive stays": the status quo kept against the reader's ask is a refusal.
  if (facts.refusal === undefined && facts.kept !== undefined && facts.changeAsked) facts.refusal = facts.kept;
  facts.news = newsOf(facts);
  // Round 18: "Please note that the support line will be closed from 1 May", "This is to inform you that as of 1 January
  // we will end support for Flow 6.x": a notice verb's frame turns the sentence into an instruction to the reader; the
  // complement clause after "that" is the statement, read on its own.
  if (facts.news === undefined && !question) {
    const frame = NOTICE_FRAME.exec(text);
    const rest = frame ? text.slice(frame[0].length) : '';
    if (rest.length > 0) facts.news = analyzeEnglish(rest.charAt(0).toUpperCase() + rest.slice(1)).news;
  }
  // "We can't keep legacy pricing for existing customers": a price held for no one of a class is our rule refusing
  // the exception, not the news of the change (which the mail tells elsewhere).
  if (facts.news === 'price-increase' && facts.refusal !== undefined && forClassOfCustomers(facts)) facts.news = undefined;
  facts.considerate = mitigates(facts);
  facts.acts = speechActs(facts);
  facts.standing = standingRule(facts);
  facts.readerAsk = readerAsk(facts);
  facts.exclusion = exclusion(facts);
  facts.consequence = consequence(facts);
  facts.soleWay = soleWay(facts);
  return facts;
}

/**
 * A notice verb's frame up to its "that": "Please note that", "Kindly be advised that", "Please be informed that",
 * "This is to inform you that", "We wish to advise that", "We would like to let you know that". Round 42: the "that" may
 * be left out ("Please note the Nouadhibou plant will be closed …"); what follows is read as a sentence of its own, so a
 * thing noted ("Please note the attached invoice") brings no news.
 */
const NOTICE_FRAME = /^\s*(?:(?:please|kindly)\s+(?:be\s+)?|this\s+is\s+to\s+|we\s+(?:hereby\s+|wish\s+to\s+|would\s+like\s+to\s+|want\s+to\s+)?)(?:note|informed|advised|aware|notified|inform|advise|notify|let)(?:\s+(?:you|all\s+customers|our\s+customers|all\s+clients))?(?:\s+know)?(?:\s+that(?:\s*,)?)?\s+(?=\S)/i;

/** The English annotator: facts of a sentence, cached by the engine's FactStore by text. */
export const englishFacts: Annotator<EnFacts> = {
  id: 'en',
  analyze: (s: Sentence) => analyzeEnglish(s.text),
};
