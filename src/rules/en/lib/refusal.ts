import { z } from 'zod';
import data from '../../../../dictionaries/en/refusal.json';
import type { Sentence, Suggestion, SuggestionEdit } from '../../../engine/types';
import { englishFacts, type EnClause, type EnFacts } from '../../../engine/analysis/en';
import type { EnToken } from '../../../engine/analysis/en-parse';
import type { RuleContext } from '../../../engine/rule';
import { confirmsAgreement, cueFirstWords, cueIn } from '../../../engine/analysis/en-acts';
import { enAskNamed } from '../../../engine/analysis/asked';
import { compilePhrases, findAll, findFirst, matchesAny, PhraseSchema, type Phrase, type PhraseMatch, SuggestionTemplateSchema, template } from './phrases';
import { dropLeadingNo, lowerFirstWord, upperFirst, withFullStop } from './text';
import { bundled, onDemand } from '../../bundled';
import { lazyTable } from '../../../engine/lazy-table';
import { matchAll } from '../../../engine/match-all';
import { cellRewordings } from './verdict';
import { WordClassSchema } from '../../word-class';

const Phrases = onDemand(() => z.array(PhraseSchema).min(1));
export const RefusalDictionarySchema = onDemand(() => z.object({
  about: z.string(),
  /** A refusal that is only "no": "No.", "Unfortunately not.", "a hard no", "the answer is no". */
  bareNo: Phrases(),
  /** What turns a cushioned "no" into a compromise: "…, but we could …", "However, …". */
  alternatives: Phrases(),
  outOfScope: Phrases(),
  payDemand: Phrases(),
  /** What follows "that / this / those" at the start to put a price on the request: "… is billable". */
  chargeVerdict: Phrases(),
  notCovered: Phrases(),
  charges: Phrases(),
  requestReference: Phrases(),
  /** What leads to the contract named as a wall: "as per the", "under our", "according to the" … */
  perContract: Phrases(),
  /** The contract itself after such a lead: "contract", "signed agreement", "terms", "SLA". */
  contractNouns: Phrases(),
  /** The contract speaking for itself: "the contract states …". */
  contractStates: Phrases(),
  contractRefusal: Phrases(),
  suggestions: z.array(SuggestionTemplateSchema).min(1),
  /** Round 38: the word classes of the round-37 guards below, each read on one token (their own examples in the file). */
  theirReport: WordClassSchema(),
  giveAgain: WordClassSchema(),
  closureTime: WordClassSchema(),
  findingVerbs: WordClassSchema(),
  sendOut: WordClassSchema(),
}));

const dict = bundled('en/refusal', RefusalDictionarySchema, data);

/** The refusal dictionary's phrase lists, each compiled when first read. */
export const REFUSAL = lazyTable({
  bareNo: () => compilePhrases(dict.bareNo),
  alternatives: () => compilePhrases(dict.alternatives),
  outOfScope: () => compilePhrases(dict.outOfScope),
  payDemand: () => compilePhrases(dict.payDemand),
  chargeVerdict: () => compilePhrases(dict.chargeVerdict),
  notCovered: () => compilePhrases(dict.notCovered),
  charges: () => compilePhrases(dict.charges),
  requestReference: () => compilePhrases(dict.requestReference),
  perContract: () => compilePhrases(dict.perContract),
  contractNouns: () => compilePhrases(dict.contractNouns),
  contractStates: () => compilePhrases(dict.contractStates),
  contractRefusal: () => compilePhrases(dict.contractRefusal),
});

/**
 * Whether a refusal phrased with one of this file's patterns is softened: read from the parse of the sentence
 * and the one before it, as flat-no reads it (softenedByFacts): a cushion ("I'm afraid", "Unfortunately",
 * 恐れ入りますが) in it or just before, a promise to look for a way ("let me speak with my manager"), or a
 * decision confirmed together ("as discussed, …"). A reason or an alternative alone does not soften it.
 */
export function isSoftened(ctx: RuleContext, sentence: Sentence, previous: Sentence | undefined): boolean {
  const before = previous && previous.lang === 'en' ? ctx.facts.of(englishFacts, previous) : undefined;
  return softenedByFacts(ctx.facts.of(englishFacts, sentence), before, previous?.text);
}

/**
 * A request answered with a price tag: "you'll have to pay for that", "that is billable", "those seats
 * aren't covered and will be billed separately" (en.blunt-refusal.extra-charge). A plain scope line in a
 * quote ("Installation is not included") is not: it needs "that / those …" at the start or a charge with it.
 */
export function answersWithCharge(text: string): boolean {
  if (matchesAny(REFUSAL.payDemand, text)) return true;
  const reference = findFirst(REFUSAL.requestReference, text);
  // "That would be billable": the verdict right after the reference, not somewhere later ("That said, …").
  if (reference && matchesAny(REFUSAL.chargeVerdict, text.slice(reference.index + reference.text.length))) return true;
  return matchesAny(REFUSAL.notCovered, text) && (reference !== undefined || matchesAny(REFUSAL.charges, text));
}

/**
 * The contract invoked in a sentence: a lead of `perContract` followed by a contract noun ("as per the
 * contract", "under our signed agreement"), or "the contract states". "Under our design agreement" names a
 * deliverable's terms, not the contract as a wall.
 */
export function contractPhrase(text: string, leads: readonly Phrase[] = REFUSAL.perContract): PhraseMatch | undefined {
  let best: PhraseMatch | undefined;
  for (const m of findAll(leads, text)) {
    const noun = findFirst(REFUSAL.contractNouns, text.slice(m.index + m.text.length));
    if (noun && noun.index === 0) {
      best = { phrase: m.phrase, index: m.index, text: m.text + noun.text };
      break;
    }
  }
  const states = findFirst(REFUSAL.contractStates, text);
  return states && (!best || states.index < best.index) ? states : best;
}

/** Words a topic phrase opens with: "About …:", "Re: …", "Regarding … —", "As for …:", "Your request …:". */
const TOPIC_LEAD = /^(?:about|re|regarding|concerning|on|for|as\s+(?:for|to|regards)|with\s+(?:regard|respect)\s+to|in\s+regard\s+to|your)\b/i;

/**
 * The first bare "no" of a sentence: one of `bareNo`'s forms, at the start or after a topic phrase ("About
 * your request to split the shipment: not possible.", "Re: weekend delivery — not possible, sorry."): the
 * topic names what was asked, and what follows its colon or dash is the whole answer.
 */
export function bareNoIn(text: string, phrases: readonly Phrase[] = REFUSAL.bareNo): PhraseMatch | undefined {
  const hit = findFirst(phrases, text);
  if (hit || !TOPIC_LEAD.test(text)) return hit;
  // After each of the first few separators: "Re: the fee: no." has two.
  let tried = 0;
  for (let i = 0; i < text.length && tried < 3; i++) {
    const c = text[i];
    if (!(c === ':' || c === '—' || c === '–' || (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' '))) continue;
    tried++;
    let j = i + 1;
    while (j < text.length && /\s/.test(text[j]!)) j++;
    const rest = findFirst(phrases, text.slice(j));
    if (rest) return { ...rest, index: rest.index + j };
  }
  return undefined;
}

/** Questions ("Can't we …?") are not refusals. */
export function isQuestion(sentence: Sentence): boolean {
  return /\?\s*["”’)]?$/.test(sentence.text);
}

const t = (id: string) => template(dict.suggestions, id);

function toSuggestion(id: string, text: string): Suggestion {
  const tpl = t(id);
  return { text, label: tpl.label, labelJa: tpl.labelJa };
}

/**
 * The writer's own refusal with a cushion in front and the promise to consult after it:
 * "No, we don't do X." → "I'm afraid we don't do X. However, because we value working with you, …".
 * A lead-in before the refusal stays in front of the cushion: "Regarding your request: that isn't …" →
 * "Regarding your request: I'm afraid that isn't …". `refusalAt` is where the refusal itself starts.
 */
export function cushionedRefusal(sentenceText: string, refusalAt = 0): Suggestion {
  const cut = leadInEnd(sentenceText, refusalAt);
  const core = withFullStop(lowerFirstWord(dropLeadingNo(sentenceText.slice(cut))));
  return toSuggestion('cushion', `${sentenceText.slice(0, cut)}${t('cushion').text}${core} ${t('consult').text}`);
}

/** Openings that frame a refusal without being part of it ("Regarding …,", "For the Q3 order,"). */
const LEAD_IN =
  /^(?:regarding|as\s+for|as\s+to|concerning|about|with\s+regard\s+to|in\s+regard\s+to|for|on|in|after|thank\s+you|thanks|starting|from|as\s+of|at\s+(?:this\s+point|the\s+moment|present)|currently)\b/i;

/** Where the refusal clause starts: after the last ": ", "; " or dash before it, or after a lead-in's comma. */
function leadInEnd(text: string, refusalAt: number): number {
  const before = text.slice(0, refusalAt);
  let cut = -1;
  for (const m of matchAll(before, /[:;—–]\s/g)) cut = m.index + 1;
  if (cut < 0 && LEAD_IN.test(before)) cut = before.lastIndexOf(',') + 1;
  if (cut <= 0) return 0;
  while (cut < text.length && /\s/.test(text[cut]!)) cut++;
  // "Thank you for asking, but we cannot …": the conjunction belongs before the cushion.
  const conjunction = /^(?:but|and|so|yet)\s+/i.exec(text.slice(cut));
  return cut + (conjunction ? conjunction[0].length : 0);
}

/** The contract named gently: "As per the contract, X is not included." → "I'm afraid that under our current agreement, X is not included. …" */
export function contractRefusal(sentenceText: string, contractPhrase: { index: number; text: string }): Suggestion {
  const before = sentenceText.slice(0, contractPhrase.index);
  const after = sentenceText.slice(contractPhrase.index + contractPhrase.text.length).replace(/^[\s,;:—–-]+/, '');
  // ("As per clause 12, …": the citation's "As" goes with it.)
  const head = before.trim().replace(/[\s,;:—–-]+$/, '').replace(/(?:^|\s)as$/i, '').trim();
  const rest = (head ? (/^[.!?]/.test(after) ? head + after : `${head} ${after}`) : after).trim();
  const core = withFullStop(lowerFirstWord(dropLeadingNo(rest)));
  return toSuggestion('contract', `${t('contract').text}${core} ${t('consult').text}`);
}

/** A whole compromise sentence in place of the refusal (the "thank, name the scope, consult"). */
export function compromise(id: 'difficult' | 'scope' | 'not-included' | 'not-this-time'): Suggestion {
  return toSuggestion(id, t(id).text);
}

/** Words that can start a refusal; a sentence without any is never parsed by the refusal rules. */
const REFUSAL_WORDS = new Set(
  ('not no never cannot unable nobody nothing none neither decline declined declining refuse refused reject rejected ' +
    'deny denied pass decided decide negotiable non-negotiable question chance final firm cant wont dont doesnt ' +
    // Round 23: a case shut as a verdict ("Claim closed.", en-declines.ts closedVerdict).
    'closed dismissed ' +
    // Round 34: an institution's veto ("has been vetoed by our board").
    'vetoed vetoes ' +
    'isnt arent wouldnt couldnt turned turning refuses rejects declines ' +
    // A verdict on the reader's request ("came too late") and a burden put on the reader ("your responsibility").
    'late deadline cut-off cutoff responsibility responsible liable liability problem job duty concern fall falls lies rests ' +
    // What the reader asked for, denied by an adjective ("the configuration you described is unsupported").
    'unsupported unavailable unacceptable ineligible impermissible inadmissible unfeasible infeasible nonnegotiable unworkable ' +
    // The status quo kept against the reader's ask ("the fee you asked us to waive stays"): en-kept.ts.
    'stay stays remain remains stand stands applies keep keeping maintain maintaining unchanged still ' +
    // Round 35: their figure measured against our reach ("more than we can send", "exceeds what we can commit"): en-acts.ts.
    'than exceed exceeds beyond above').split(' '),
);

for (const w of cueFirstWords('decline')) REFUSAL_WORDS.add(w);

const NEGATED_AUX = /n['’]t$/;
/** Whether the sentence has a word a refusal needs ("not", "n't", "decline", …): a cheap gate before parsing. */
export function mayRefuse(text: string): boolean {
  for (const m of matchAll(text.toLowerCase(), /[a-z-]+(?:['’][a-z]+)?/g)) {
    const w = m[0];
    if (REFUSAL_WORDS.has(w) || NEGATED_AUX.test(w)) return true;
  }
  return false;
}

const JAPANESE_CUSHION = /恐れ入り|申し訳|あいにく|残念ながら|恐縮/;

/**
 * Round 22: a Japanese sentence that ends in a no (「請求書の再発行はしません。」「対応いたしかねます。」): the English sentence
 * after it in a mixed mail gives its reason ("Our accounting rules don't allow changes …"), and the one answer is judged
 * once, on the Japanese no.
 */
export const JAPANESE_NO_END = /(?:[しでき]ません|おりません|できない|しない|かねます)[。．.!！]?\s*$/;

/**
 * A refusal is softened by a cushion ("I'm afraid", "Unfortunately", "We regret") in it or in the sentence
 * before, or by a promise to look for a way ("let me check with my manager"). A reason or an alternative
 * alone does not soften it (the corpus labels those blunt too).
 */
export function softenedByFacts(facts: EnFacts, previous: EnFacts | undefined, previousText: string | undefined): boolean {
  if (facts.cues.consult || confirmsAgreement(facts)) return true;
  // Round 46: a bare answer word ("Sorry but no, we can't …", "Nope, we can't …, sorry!") keeps the no flat whatever
  // apology rides with it: the spec's clean refusal has a cushion and a softened form, and "no, we can't" is neither.
  if (!answersNo(facts) && (facts.cues.cushion || previous?.cues.cushion)) return true;
  if (concededWithOffer(facts)) return true;
  return previousText !== undefined && JAPANESE_CUSHION.test(previousText);
}

const ANSWER_NO = /^(?:no|nope|nah)$/;
/** What may stand before an answer word: nothing, a conjunction, an apology, a stop. */
const BEFORE_ANSWER = /^(?:and|but|so|sorry|[,.!;:—–-])$/;
const AFTER_ANSWER = /^[,.!;:—–-]$/;

/**
 * Round 46: the sentence answers with a bare "no" ("And no, we can't hold the old pricing", "Sorry but no, …",
 * "Nope, …"): an answer word set off by punctuation at the start of a clause — not "no problem", "no later than".
 */
export function answersNo(facts: EnFacts): boolean {
  const tokens = facts.tokens;
  return tokens.some((t, i) => ANSWER_NO.test(t.lower) && (i === 0 || BEFORE_ANSWER.test(tokens[i - 1]!.lower)) &&
    (t.lower !== 'no' || i + 1 === tokens.length || AFTER_ANSWER.test(tokens[i + 1]!.text)));
}

/**
 * A negated clause that reassures rather than refuses, which the shared parse still reads as a refusal:
 * a purpose ("… so that your production is not interrupted", "to ensure that the parts are not damaged")
 * or a "there is no …" with a participle ("There is of course no obligation attached"). What is negated
 * there is a worry of the client's, not something the client asked for.
 */
export function reassuresRatherThanRefuses(facts: EnFacts): boolean {
  const clause = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  if (!clause) return false;
  const t = (i: number) => facts.tokens[i]?.lower ?? '';
  const lead = t(clause.from);
  const before = facts.tokens[clause.from - 1];
  if (lead === 'so' && t(clause.from + 1) === 'that') return true;
  if (lead === 'so' && sparedAsResult(facts, clause)) return true;
  if (lead === 'that' && before && (before.lower === 'so' || before.lemma === 'ensure' || before.lower === 'sure' || (before.lower === 'order' && t(clause.from - 2) === 'in'))) return true;
  const subject = clause.subject ? t(clause.subject.index) : '';
  if (subject === 'there' && clause.negation !== undefined && t(clause.negation) === 'no' && clause.passive) return true;
  // "The old model will not be affected by the recall": harm that will not reach the client.
  const verb = clause.verb === undefined ? undefined : facts.tokens[clause.verb];
  if (clause.passive && verb !== undefined && HARM.has(verb.lemma)) return true;
  if (costSpared(facts, clause)) return true;
  // "so we will not disturb you during that week", "we won't trouble your team with it": our restraint for their sake.
  if (clause.negation !== undefined && facts.tokens.slice(clause.negation + 1, clause.to).some((w, k, list) =>
    IMPOSE.has(w.lemma) && w.pos !== 'NOUN' && /^(?:you|your)$/.test(list[k + 1]?.lower ?? ''))) return true;
  if (keepsTheirThings(facts, clause)) return true;
  return sparesTheReader(facts, clause.to, clause.negation);
}

/** Verbs of giving advice: negated, our opinion on what serves the reader, not their ask turned down. */
const ADVISE = new Set(['recommend', 'advise', 'suggest', 'encourage']);

/**
 * Round 25: "the foil does not adhere reliably, so we do not recommend it", "we would not advise running it above
 * 60 °C": the refusing clause's verb is one of advising — counsel on the reader's choice, which stays theirs.
 */
export function advisesAgainst(facts: EnFacts): boolean {
  const clause = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  // The first verb after the negation ("would not advise running it": advise, not run).
  const advises = (c: EnClause) => c.negation !== undefined && ADVISE.has(facts.tokens.slice(c.negation + 1, c.to).find((t) => t.pos === 'VERB')?.lemma ?? '');
  if (!clause || !advises(clause)) return false;
  // "we will not print it, and we do not recommend it": another no of ours in the sentence still refuses.
  return facts.clauses.every((c) => c === clause || c.negation === undefined || (c.subject?.side !== 'we' && !c.droppedSubject) || advises(c));
}

/** Verbs of putting a cost on the reader: not doing them spares the reader ("we will not charge you"). */
const COST_ON_READER = new Set(['charge', 'bill', 'invoice', 'penalise', 'penalize', 'surcharge']);
/** Verbs that move a price up: negated with the price as object, a reassurance ("we will not raise prices"). */
const PRICE_UP = new Set(['raise', 'increase', 'hike', 'lift']);

/**
 * "We will not raise prices this year", "We won't charge you for the second visit": our negated act is a cost the
 * reader would bear, so the negation spares them. A verb of charging, or a verb of raising with a price as its
 * object; "we will not reduce the price" and "we will not increase the order quantity" stay refusals.
 */
function costSpared(facts: EnFacts, clause: EnClause): boolean {
  if (clause.negation === undefined || (clause.subject?.side !== 'we' && !clause.droppedSubject)) return false;
  let k = clause.negation + 1;
  while (k < clause.to && (facts.tokens[k]!.pos === 'ADV' || facts.tokens[k]!.pos === 'AUX' || facts.tokens[k]!.pos === 'PART')) k++;
  const verb = facts.tokens[k];
  if (!verb || verb.pos === 'NOUN') return false;
  if (COST_ON_READER.has(verb.lemma)) return true;
  return PRICE_UP.has(verb.lemma) && cueIn(facts.cues, 'price', k + 1, Math.min(clause.to, k + 5));
}

/** Verbs of letting something out: "share", "disclose", "sell", "pass". */
const DISCLOSE = new Set(['share', 'disclose', 'sell', 'pass', 'transfer', 'release', 'give', 'publish', 'rent', 'expose', 'forward', 'reveal', 'show']);
/** Outsiders: "third parties", "anyone outside", "other customers". */
const OUTSIDERS = new Set(['third', 'outside', 'anyone', 'anybody', 'others', 'other', 'external', 'competitor', 'competitors']);

/**
 * "Our policy doesn't allow us to share your data with third parties", "we never sell your details to anyone": the
 * client's things kept from outsiders is a promise, not a refusal (as 第三者に提供しておりません in Japanese). A
 * verb of disclosing after the negation with the reader's thing as its object or outsiders as its receivers;
 * "we don't share our source code" stays a refusal.
 */
function keepsTheirThings(facts: EnFacts, clause: EnClause): boolean {
  if (clause.negation === undefined) return false;
  // "About your idea of exclusivity: this we don't give to anybody": a demonstrative fronted before our subject is the
  // object, the thing they asked for, not a thing of theirs kept from outsiders.
  const s = clause.subject?.index;
  if (s !== undefined && s > clause.from && clause.subject!.side === 'we' && /^(?:this|that|these|those|such)$/.test(facts.tokens[s - 1]!.lower)) return false;
  const words = facts.tokens.slice(clause.negation + 1, clause.to);
  const at = words.findIndex((w) => DISCLOSE.has(w.lemma) && w.pos === 'VERB');
  // Not a "cannot" ("we cannot move the data to your new server" turns an ask down): a practice or a promise.
  if (at < 0) return clause.modal !== 'can' && !facts.tokens.slice(clause.from, clause.to).some((w) => POTENTIAL.has(w.lower)) && handlesNoInformation(words);
  const after = words.slice(at + 1);
  // Round 45: outsiders as the receivers keep a thing of the reader's only when that thing is theirs or information
  // ("your details to anyone", "customer data with third parties", "share it with others"); a grant to no one is a refusal
  // ("we won't give anybody exclusivity", "we don't give discounts to anyone").
  const outsider = after.findIndex((w) => OUTSIDERS.has(w.lower));
  if (outsider >= 0) return after.some((w, k) => k !== outsider && (KEPT_OWNER.test(w.lower) || KEPT_THING.test(w.lower) || INFORMATION.has(w.lower)));
  return after[0]?.lower === 'your' && after.length <= 4;
}

/** Round 45: words that make the thing kept from outsiders the reader's, or a thing a client gives in confidence. */
const KEPT_OWNER = /^(?:your|yours|their|it|them|customers?|clients?|personal|private|confidential)$/;
const KEPT_THING = /^(?:drawings?|designs?|specifications?|pricing|terms|contracts?|orders?|names?)$/;

/** Verbs of holding or moving stored information: what a data processor does with a client's records. */
const HOLD_INFORMATION = new Set(['copy', 'store', 'replicate', 'host', 'mirror', 'upload', 'retain', 'log', 'track', 'access', 'keep', 'move', 'transfer']);
/** Nouns of stored information (a client's, a customer's, personal). */
const INFORMATION = new Set(['data', 'information', 'detail', 'details', 'record', 'records', 'file', 'files', 'log', 'logs', 'backup', 'backups', 'credential', 'credentials', 'password', 'passwords', 'email', 'emails', 'content', 'document', 'documents']);

/**
 * Round 25: "We do not copy customer data outside Japan", "we never access your files without a ticket", "we don't keep
 * card details": our negated handling of stored information — the promise a data processor gives, not a refusal. A
 * verb of holding or moving information, then within three words an information noun as its object; not a "cannot".
 */
function handlesNoInformation(words: readonly EnToken[]): boolean {
  const at = words.findIndex((w) => HOLD_INFORMATION.has(w.lemma) && w.pos === 'VERB');
  return at >= 0 && words.slice(at + 1, at + 4).some((w) => INFORMATION.has(w.lower) && (w.pos === 'NOUN' || w.pos === 'PROPN'));
}
/** Verbs by which a thing the reader asked for is granted: negated in a passive, they refuse ("won't be accepted"). */
const GRANTED = new Set(['accept', 'approve', 'allow', 'grant', 'permit', 'change', 'make', 'process', 'honour', 'honor', 'refund', 'extend',
  'waive', 'offer', 'provide', 'accommodate', 'consider', 'include', 'cover', 'support', 'supply', 'ship', 'deliver', 'send', 'modify', 'amend']);
/** Words that turn a negation into "cannot": what is refused as impossible, not spared. */
const POTENTIAL = new Set(['can', 'cannot', 'ca', 'able', 'unable', 'possible', 'impossible', 'allowed', 'permitted', 'feasible']);

/**
 * A result the writer arranges for the reader's sake, negated, after "so" with no "that" (round 13, F2):
 * "…, so the committee isn't rushed over the holidays", "so you won't be caught out by the holidays", "so your team
 * doesn't have to re-enter the data". Not our side ("so we can't accept changes after Friday"), not a "cannot"
 * ("so the change cannot be made"), not a grant withheld in a passive ("so your request won't be accepted").
 */
function sparedAsResult(facts: EnFacts, clause: EnClause): boolean {
  if (clause.negation === undefined || clause.subject === undefined || clause.subject.side === 'we' || clause.conditional) return false;
  const words = facts.tokens.slice(clause.from, clause.to);
  if (clause.modal === 'can' || words.some((w) => POTENTIAL.has(w.lower))) return false;
  const after = facts.tokens.slice(clause.negation + 1, clause.to);
  // "doesn't have to re-enter", "won't need to chase": a chore the reader is spared.
  if (after.some((w, k) => (w.lemma === 'have' || w.lemma === 'need') && after[k + 1]?.lower === 'to')) return true;
  const verb = clause.verb === undefined ? undefined : facts.tokens[clause.verb];
  if (clause.passive) return verb !== undefined && !GRANTED.has(verb.lemma);
  // "so you won't miss the cut-off": the reader right after "so" ("so the changes you asked for won't be made" is not).
  return clause.subject.side === 'you' && /^(?:you|your)$/.test(facts.tokens[clause.from + 1]?.lower ?? '');
}

/** Words that add a refusal to one before it: "… are also rejected", "… is not possible either". */
const ADDITIVE = new Set(['also', 'either', 'neither', 'nor', 'too', 'likewise', 'similarly']);

/**
 * Whether a refusal right after another turns down a thing of its own rather than restating the first ("That
 * won't be possible. Our finance team will not make exceptions."): an additive word in its clause ("also",
 * "either", "as well"), or a thing named as its subject ("Production is locked, the change is impossible";
 * "Payment terms of 60 days are rejected by our finance department"), not a pronoun or our side restating it.
 */
export function refusesAnotherThing(facts: EnFacts): boolean {
  const clause = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  if (!clause) return false;
  const words = facts.tokens.slice(clause.from, clause.to);
  if (words.some((t, i) => ADDITIVE.has(t.lower) || (t.lower === 'as' && words[i + 1]?.lower === 'well'))) return true;
  if (clause.subject?.side !== 'third') return false;
  // The subject's head past its articles and adjectives: "the change", "payment terms", not "that" or "it".
  let k = clause.subject.index;
  while (k < clause.to - 1 && /^(?:DET|ADJ|NUM)$/.test(facts.tokens[k]!.pos)) k++;
  return facts.tokens[k]!.pos === 'NOUN';
}

/** Words that open a conclusion drawn from what came before: "So", "Therefore", "As a result", "For this reason". */
const CONSEQUENCE = new Set(['so', 'therefore', 'thus', 'hence', 'consequently', 'accordingly']);

/**
 * "Our company policy does not allow technicians to work on weekends. So we will not do it on Saturday.": after a
 * rule stated as a thing's refusal (a policy, the rules, the contract), our own refusal drawn from it with "So",
 * "Therefore", "As a result" is the answer to the reader, not a restatement: it is flagged in its own right.
 */
export function concludesFromRule(facts: EnFacts, before: EnFacts): boolean {
  const clause = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  const rule = before.refusal === undefined ? undefined : before.clauses[before.refusal];
  // The rule's subject is a thing, ours or not ("our company policy", "the contract"), not "we" or "I".
  if (!clause || !rule || rule.subject === undefined || rule.subject.side === 'you' || /^(?:we|i)$/.test(before.tokens[rule.subject.index]?.lower ?? '')) return false;
  if (clause.subject?.side !== 'we' && !clause.droppedSubject) return false;
  const t = (i: number) => facts.tokens[i]?.lower ?? '';
  return CONSEQUENCE.has(t(0)) || (t(0) === 'as' && t(1) === 'a' && t(2) === 'result') ||
    (t(0) === 'for' && /^(?:this|that)$/.test(t(1)) && t(2) === 'reason') || (t(0) === 'that' && t(1) === 'is' && t(2) === 'why') ||
    (t(0) === "that's" && t(1) === 'why');
}

/** Verbs of imposing on someone: not wanting to do them is consideration ("we would not want to impose"). */
const IMPOSE = new Set(['impose', 'trouble', 'bother', 'inconvenience', 'intrude', 'burden', 'disturb']);
/** What of the reader's a seller spares: their weekend, their time, their team. */
const READER_TIME = new Set(['weekend', 'weekends', 'time', 'holiday', 'holidays', 'evening', 'evenings', 'schedule', 'team', 'staff', 'day', 'days', 'vacation', 'break']);

/**
 * "We would rather not take up your weekend" / "we would not want to impose on your team": a wish not to
 * impose on the reader, which declines nothing the reader asked for. Only a "rather not" or "not want to"
 * whose object is the reader's time or people, or a verb of imposing, reads so; "we would rather not give
 * you a discount" stays a refusal.
 */
function sparesTheReader(facts: EnFacts, to: number, negation: number | undefined): boolean {
  if (negation === undefined) return false;
  const t = (i: number) => facts.tokens[i]?.lower ?? '';
  const wish = t(negation - 1) === 'rather' || (facts.tokens[negation + 1]?.lemma === 'want' && t(negation + 2) === 'to');
  if (!wish) return false;
  if (writersFeeling(facts, to, negation)) return true;
  for (let i = negation + 1; i < to && i < negation + 12; i++) {
    if (IMPOSE.has(facts.tokens[i]?.lemma ?? '')) return true;
    // "take up your weekend", not "share the source code with your team" (the team is where it would go).
    if (t(i) === 'your' && !/^(?:with|to|for|among|across)$/.test(t(i - 1)) && (READER_TIME.has(t(i + 1)) || READER_TIME.has(t(i + 2)))) return true;
  }
  return false;
}
/** Verbs of judging too soon: not wanting to is the writer's care ("rather not guess", "rather not speculate"). */
const CAUTION = new Set(['guess', 'speculate', 'assume', 'presume', 'jump', 'rush', 'overpromise', 'conclude', 'second-guess']);
/** Verbs of passing news on: what the writer would rather not tell is the message being written. */
const TELLING = new Set(['share', 'tell', 'write', 'say', 'send', 'bring', 'deliver', 'break', 'report', 'announce', 'give', 'pass', 'raise', 'convey']);
/** What a message is called: "rather not share this news", "would rather not send this update". */
const MESSAGE_NOUNS = new Set(['news', 'update', 'message', 'mail', 'email', 'e-mail', 'letter', 'notice', 'this', 'it', 'that']);

/**
 * The writer's negated wish about the writing itself, not a refusal (round 13, F1): "news I would much rather
 * not have to share", "I'd rather not be writing this", "I'd rather not keep you waiting". A wish that an
 * obligation away ("rather not have to"), a wish not to tell what the mail tells (a verb of telling with no
 * object, or the message as its object), or the reader kept in a state ("keep you waiting", "leave you
 * short"). "We'd rather not change the spec", "I'd rather not share our cost breakdown", "we'd rather not give
 * you a discount" stay refusals.
 */
function writersFeeling(facts: EnFacts, to: number, negation: number): boolean {
  const tokens = facts.tokens;
  let k = negation + 1;
  while (k < to && tokens[k]!.pos === 'ADV') k++;
  // "don't want to keep you waiting": the wish's own verb follows "want to".
  if (tokens[k]?.lemma === 'want' && tokens[k + 1]?.lower === 'to') k += 2;
  if ((tokens[k]?.lemma === 'have' || tokens[k]?.lemma === 'need') && tokens[k + 1]?.lower === 'to') return true;
  // "I'd rather not guess at the cause from a distance": caution about our own judgement, nothing withheld.
  if (CAUTION.has(tokens[k]?.lemma ?? '')) return true;
  if (tokens[k]?.lemma === 'be' && /ing$/.test(tokens[k + 1]?.lower ?? '')) k++;
  const verb = tokens[k];
  if (!verb) return false;
  let o = k + 1;
  while (o < to && /^(?:DET|ADJ)$/.test(tokens[o]!.pos) && !MESSAGE_NOUNS.has(tokens[o]!.lower)) o++;
  const object = tokens[o];
  if (TELLING.has(verb.lemma) && (o >= to || object === undefined || object.pos === 'PUNCT' || MESSAGE_NOUNS.has(object.lower))) return true;
  // "keep you waiting", "leave you short", "see you caught out": the reader in a state, not given a thing.
  const next = tokens[k + 1];
  const then = tokens[k + 2];
  return next?.lower === 'you' && then !== undefined && (/ing$/.test(then.lower) || then.pos === 'ADJ' || (then.pos === 'VERB' && /ed$/.test(then.lower)));
}

/**
 * "The training of the new nurses is not included in the service contract. We will not do an extra training day
 * without charge.": after a scope stated as a thing's (a passive "not included / not covered"), our own negated
 * will or can is the refusal proper, not a restatement of it — the scope says what was bought, we say what we
 * will not do.
 */
export function oursAfterScope(facts: EnFacts, before: EnFacts): boolean {
  const clause = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  const scope = before.refusal === undefined ? undefined : before.clauses[before.refusal];
  if (!clause || !scope || !scope.passive || scope.subject?.side === 'we' || scope.verb === undefined) return false;
  if (!/^(?:include|cover)$/.test(before.tokens[scope.verb]!.lemma)) return false;
  return (clause.subject?.side === 'we' || clause.droppedSubject === true) && (clause.modal === 'will' || clause.modal === 'can') &&
    clause.verb !== undefined && facts.tokens[clause.verb]!.lemma !== 'be';
}

/** Verbs of the writer's will: "we don't want to", "we do not intend to", "we don't wish to". */
const WILL = new Set(['want', 'wish', 'intend', 'plan']);

/**
 * "Thank you for your proposal to include the spare parts. We don't want to open the contract again for this.":
 * our unwillingness to do an act, right after the reader's ask, refuses it — the shared parse reads "want" as a
 * state (round 13, F1's still-flagged side). Not a wish that spares the reader ("we don't want to keep you
 * waiting", "we don't want you to be caught short": `sparesTheReader`), nor with no ask before it.
 */
export function unwillingAfterAsk(facts: EnFacts, before: EnFacts | undefined): boolean {
  if (!before || facts.question || facts.conditional) return false;
  const asked = before.changeAsked || enAskNamed(before) !== undefined;
  if (!asked) return false;
  const tokens = facts.tokens;
  return facts.clauses.some((c) => {
    if (c.negation === undefined || c.subject?.side !== 'we' || c.tense === 'past' || c.perfect || c.conditional) return false;
    const will = tokens.findIndex((t, i) => i > c.negation! && i < c.to && WILL.has(t.lemma));
    if (will < 0 || tokens[will + 1]?.lower !== 'to' || tokens[will + 2]?.pos !== 'VERB') return false;
    return !sparesTheReader(facts, c.to, c.negation) && !IMPOSE.has(tokens[will + 2]!.lemma);
  });
}

/** Verbs of harm done to the client's side: negated and passive, they promise it will not happen. */
const HARM = new Set(['affect', 'impact', 'interrupt', 'disrupt', 'damage', 'delay', 'disturb', 'lose', 'harm', 'compromise']);

/**
 * "While we can't move to 90-day terms, we would be happy to offer 60 days": the refusal is conceded in a
 * "while / although / though" clause and the sentence itself is an offer — the softened form of a "no".
 */
function concededWithOffer(facts: EnFacts): boolean {
  const clause = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  if (!clause?.subordinate || !CONCESSIVE.has(facts.tokens[clause.from]?.lower ?? '')) return false;
  return [...(facts.cues.offer ?? []), ...(facts.cues.alternative ?? [])].some((i) => i >= clause.to);
}
const CONCESSIVE = new Set(['while', 'whilst', 'although', 'though']);

/**
 * The seller's own sentence, kept, with a cushion before the refusal and an offer after it, as two edits
 * (one undo step): "No, we can't do that." → "I'm afraid we can't do that. However, … see what we can do."
 * A lead-in stays where it is ("Regarding consignment stock: I'm afraid that isn't …"); a bare "No," before
 * the refusal goes. The second suggestion thanks them and offers an alternative, still around their words.
 */
export function wrappedRefusal(s: Sentence, facts: EnFacts, thanked = false, isName?: (w: string) => boolean): Suggestion[] {
  // Round 29: a table row ("| Net 60 | Not possible |") keeps its bars: only its answer cell is reworded.
  if (/^\s*[|｜]/.test(s.text)) {
    const cell = cellRewordings(s);
    if (cell) return cell;
  }
  const clause = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  // Round 25: a list item's marker ("2) ", "- ") stays where it is; the cushion goes after it.
  const marker = LIST_MARKER.exec(s.text)?.[0].length ?? 0;
  let at = Math.max(marker, clause ? facts.tokens[clause.from]?.start ?? 0 : 0);
  const conj = /^(?:but|and|so|yet)\s+/i.exec(s.text.slice(at));
  if (conj) at += conj[0].length;
  const before = s.text.slice(0, at);
  // A bare "No," before the refusal goes, at the start or after a lead-in's colon ("About X: No, we can't").
  const bare = bareNoStart(before.slice(marker));
  const from = bare === undefined ? at : marker + bare;
  const word = /^[A-Za-z][A-Za-z'’-]*/.exec(s.text.slice(at))?.[0] ?? '';
  // A refusal without its verb after a topic ("About X: not possible") gets one back: "I'm afraid that is not possible".
  const verbless = clause !== undefined && clause.from > 0 && clause.verb === undefined && /^(?:not|out)$/i.test(word) ? 'that is ' : '';
  // Round 24: a participle of turning down as the verdict after a topic ("Your redlines — declined") is said as our act.
  const turnedDown = clause !== undefined && clause.from > 0 && /^(?:declined|rejected|refused|denied)$/i.test(word);
  const lowered = turnedDown ? 'we are unable to accept that' : verbless + lowerFirstWord(s.text.slice(at), isName).slice(0, word.length);
  const ending = /[.!]$/.test(s.text) ? s.end - 1 : s.end;
  const build = (id: string, head: SuggestionEdit[], tail: string): Suggestion => {
    const edits: SuggestionEdit[] = [...head, { start: ending, end: s.end, text: tail }];
    let text = s.text;
    for (const e of [...edits].sort((a, b) => b.start - a.start)) {
      text = text.slice(0, e.start - s.start) + e.text + text.slice(e.end - s.start);
    }
    const tpl = t(id);
    return { text, edits, label: tpl.label, labelJa: tpl.labelJa };
  };
  const cushion = build('cushion', [{ start: s.start + from, end: s.start + at + word.length, text: t('cushion').text + lowered }],
    `. ${t('consult').text}`);
  const thanks = facts.cues.thanks || thanked ? '' : t('thanks-first').text;
  const unfortunately = t('unfortunately').text;
  const head: SuggestionEdit[] = from === marker
    ? [{ start: s.start + marker, end: s.start + at + word.length, text: thanks + unfortunately + lowered }]
    : [...(thanks ? [{ start: s.start + marker, end: s.start + marker, text: thanks }] : []), { start: s.start + from, end: s.start + at + word.length, text: unfortunately.toLowerCase() + lowered }];
  // "…, but we cannot …" has its "but" already: the alternative becomes a sentence of its own.
  const tail = conj && /^but/i.test(conj[0]) ? `. ${upperFirst(t('alternative').text.replace(/^,\s*but\s+/, ''))}` : t('alternative').text;
  const alternative = build('alternative', head, tail);
  return [cushion, alternative];
}

/** A list item's marker at the start of a sentence, with its space: "1) ", "2. ", "(3) ", "a) ", "- ", "• ". */
export const LIST_MARKER = /^[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-h][.)]|[-*•・–])[ \t]+/i;

/**
 * Where a bare "No," (or "Sorry.") ends the text before a refusal, the offset it starts at: 0 at the start,
 * or just after a lead-in's colon, semicolon or dash. Undefined when anything else comes before the refusal.
 * Written as a scan from the end, not a regular expression, to stay linear.
 */
function bareNoStart(before: string): number | undefined {
  let i = before.length;
  while (i > 0 && /[\s,.;:!—–-]/.test(before[i - 1]!)) i--;
  let j = i;
  while (j > 0 && /[A-Za-z]/.test(before[j - 1]!)) j--;
  const word = before.slice(j, i).toLowerCase();
  if (word !== '' && word !== 'no' && word !== 'nope' && word !== 'sorry') return undefined;
  let k = j;
  while (k > 0 && /\s/.test(before[k - 1]!)) k--;
  if (k === 0) return 0;
  if (!/[:;—–]/.test(before[k - 1]!)) return undefined;
  // After the colon and its space.
  let start = k;
  while (start < before.length && /\s/.test(before[start]!)) start++;
  return start;
}

/** Verbs that carry on what was done before: "continue", "keep doing that", "sustain it", "do so". */
const CARRY_ON = new Set(['continue', 'keep', 'sustain', 'maintain']);
/** Verbs of weighing the reader's ask: "we have considered your request, but we will not continue" still refuses. */
const WEIGHED = new Set(['consider', 'review', 'check', 'discuss', 'examine', 'evaluate', 'study', 'look', 'think', 'try', 'attempt', 'explore', 'ask', 'receive', 'read',
  // Round 42: an attitude is no practice ("We have always valued your business, but we cannot do so at this price").
  'value', 'appreciate', 'enjoy', 'treasure', 'respect', 'love', 'like', 'cherish']);

/**
 * "We have absorbed these increases for as long as we could, but we are no longer able to do so": our own
 * practice up to now (a clause of ours in the perfect or past, earlier in the sentence) that we cannot carry
 * on — the reason given for a change, which refuses nothing the reader asked for. Only when the negated verb
 * carries on that practice ("continue", "keep", "do so", or the practice's own verb with a pronoun) and takes
 * no new object: "we cannot continue the free support" and "…, but we cannot ship by Friday" stay refusals.
 */
export function endsOwnPractice(facts: EnFacts): boolean {
  const clause = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  if (!clause || clause.negation === undefined || clause.subject?.side !== 'we') return false;
  const earlier = facts.clauses.slice(0, facts.refusal).filter((c) => c.subject?.side === 'we' && (c.perfect || c.tense === 'past') &&
    c.verb !== undefined && facts.tokens[c.verb]!.pos === 'VERB' && c.negation === undefined && !WEIGHED.has(facts.tokens[c.verb]!.lemma));
  if (earlier.length === 0) return false;
  const practised = new Set(earlier.map((c) => facts.tokens[c.verb!]!.lemma));
  const tokens = facts.tokens;
  let k = clause.negation + 1;
  // Past "longer", "able to", "be": to the verb the negation bears on.
  // Round 42: "… but we can no longer do so without affecting quality": the tagger may read "do" before "so" as an auxiliary.
  while (k < clause.to && tokens[k]!.pos !== 'VERB' && !(tokens[k]!.lemma === 'do' && tokens[k + 1]?.lower === 'so')) k++;
  const verb = tokens[k];
  if (!verb) return false;
  const next = tokens[k + 1];
  const carries = CARRY_ON.has(verb.lemma) || practised.has(verb.lemma) || (verb.lemma === 'do' && next?.lower === 'so');
  if (!carries) return false;
  // A new object ("continue the free support") is a thing withheld; a pronoun, "so", "to do so" or a phrase is not.
  return !(next && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || next.pos === 'NUM'));
}

/** Verbs by which our side puts another way forward: "so we propose / suggest / offer / would like to arrange …". */
const PROPOSE = new Set(['propose', 'suggest', 'offer', 'recommend', 'arrange', 'provide', 'prepare', 'send', 'organise', 'organize', 'invite']);

/**
 * Round 29: "Our engineers cannot travel in June, so we propose live remote support with Mr. Arai on site" — a constraint of
 * ours (our side's "cannot", "unable to") and then, joined by "so", our side proposing another way in a clause of its own
 * (a verb of proposing or offering, or "we can / could …"): the sentence's act is the alternative, the constraint its
 * premise — as "Although we are unable to send an engineer on Sunday, we could arrange remote support" (concededWithOffer).
 * Not a second no ("so we will not join"), not a no that concludes ("so that is not possible"), not advice that sends the
 * reader away ("so we suggest you check the terms"), and not an unwillingness ("we will not …, so we propose …").
 */
export function constraintThenProposal(facts: EnFacts): boolean {
  const cl = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  if (!cl || cl.subordinate || cl.conditional || cl.subject?.side !== 'we') return false;
  const t = (i: number) => facts.tokens[i]?.lower ?? '';
  const inability = (cl.modal === 'can' || cl.modal === 'could') && cl.negation !== undefined ||
    facts.tokens.slice(cl.from, cl.to).some((x) => x.lower === 'unable' || (x.lower === 'able' && /^(?:not|n't)$/.test(t(facts.tokens.indexOf(x) - 1))));
  if (!inability) return false;
  return facts.clauses.some((c) => {
    if (c.from < cl.to || c.negation !== undefined || c.conditional || c.verb === undefined) return false;
    if (c.subject?.side !== 'we' || !/^(?:we|i)$/.test(t(c.subject.index))) return false;
    const lead = t(c.from) === 'and' ? c.from + 1 : c.from;
    if (t(lead) !== 'so' || t(lead + 1) === 'that') return false;
    // The verb of proposing within the few words after the subject ("we propose", "we would like to offer"): the tagger
    // may take the noun phrase after it for the verb ("we propose live remote support": live).
    let v = -1;
    for (let i = c.subject.index + 1; i < Math.min(c.to, c.subject.index + 6) && v < 0; i++) if (PROPOSE.has(facts.tokens[i]!.lemma)) v = i;
    if (v < 0) return c.modal === 'can' || c.modal === 'could';
    return !/^(?:you|your)$/.test(t(v + 1)) && !(t(v + 1) === 'that' && /^(?:you|your)$/.test(t(v + 2)));
  });
}

/**
 * Round 37 (fp37): a sentence wholly inside quotation marks ('"Our production line does not handle nuts …"', the factory's
 * answer passed on), or whose refusing clause is quoted after a colon, is someone else's words reported, not a no of ours.
 */
export function refusalQuoted(facts: EnFacts, text: string): boolean {
  if (whollyQuoted(text)) return true;
  // 'The mill confirmed in writing: "We will not use recycled fibre in your grade."': the refusing clause's negator inside
  // a quotation after a colon (the report's frame before it).
  const cl = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  const at = cl === undefined ? undefined : facts.tokens[cl.negation ?? cl.verb ?? cl.from]?.start;
  if (at === undefined) return false;
  for (const m of text.matchAll(/[:：]\s*(["“])([^"“”]*)(["”])/g)) {
    const from = m.index + m[0].length - m[2]!.length - 1;
    if (at >= from && at < from + m[2]!.length) return true;
  }
  return false;
}

/** The sentence is one quotation from its first character to its last ('"…."', '“…”'). */
export function whollyQuoted(text: string): boolean {
  const t = text.trim();
  const open = t.charAt(0);
  if (open !== '"' && open !== '“') return false;
  const close = open === '"' ? '"' : '”';
  // The closing mark ends the sentence (a full stop may stand either side of it), and no other mark of its kind stands
  // inside: '"Yes," we said, "but not Sunday."' is two quotes with our words between.
  let end = t.length;
  while (end > 0 && '.!?'.includes(t.charAt(end - 1))) end--;
  const body = t.slice(0, end);
  if (body.length < 3 || body.charAt(body.length - 1) !== close) return false;
  const inner = body.slice(1, -1);
  return !inner.includes(close) && !(open === '“' && inner.includes('"'));
}

/**
 * Round 37 (fp37): "You mentioned that the natural-process lot did not suit your blend. That is completely understandable,
 * and we will not include it in future offers.": the reader's own no reported in the sentence before (a reporting verb of
 * theirs, then a negated clause), and our negation carrying it out on the thing they turned down (a pronoun object:
 * it, them, that). The negation is their wish granted, good news for them.
 */
export function honoursTheirNo(facts: EnFacts, before: EnFacts | undefined): boolean {
  if (!before || before.question) return false;
  // "You mentioned that …", "You told us …", "Your team said that …": the reader's side reports (the parse does not always
  // mark "your team" as the reader's, nor split the clause reported without "that").
  const reportedAt = before.cues.reported?.[0] ?? before.tokens.findIndex((t, k) => k <= 4 && THEIR_REPORT.has(t.lemma) &&
    before.tokens.slice(0, k).some((x) => x.lower === 'your'));
  if (reportedAt < 0) return false;
  // Their no in what they reported: a negator after the reporting verb, ours not its subject ("… that we could not …").
  if (!before.tokens.some((t, k) => k > reportedAt && /^(?:not|n't|n’t|never)$/.test(t.lower)) ||
    before.tokens.some((t, k) => k > reportedAt && t.lower === 'we')) return false;
  const cl = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  if (!cl || cl.subject?.side !== 'we' || cl.verb === undefined || cl.conditional) return false;
  // Only a verb of giving it again (include, send, offer …): "We will not change it" after their no to our price refuses.
  if (!GIVE_AGAIN.has(facts.tokens[cl.verb]!.lemma)) return false;
  const object = facts.tokens[cl.verb + 1];
  return object !== undefined && /^(?:it|them|that|those|this|these)$/.test(object.lower);
}
/** Verbs of the reader's side reporting their view (refusal.json theirReport, by lemma). */
const THEIR_REPORT = new Set(dict.theirReport.phrases);
/** Verbs by which we would put the thing they turned down before them again (refusal.json giveAgain, by lemma). */
const GIVE_AGAIN = new Set(dict.giveAgain.phrases);

/** Nouns of a closure's time: "during this period", "over the holidays", "during our shutdown" (refusal.json closureTime). */
const CLOSURE_TIME = new Set(dict.closureTime.phrases);

/**
 * Round 37 (fp37, review: ha2-047): "Please note that shipments from Laem Chabang will not be loaded during this period." —
 * in a closure notice, what does not happen during the closure ("during this period", "over the holidays", "while we are
 * closed") is the closure told, not a request turned down. Not when their ask is named in the sentence.
 */
export function duringClosure(facts: EnFacts): boolean {
  const t = facts.tokens;
  return t.some((x, k) => {
    if (x.lower === 'while' || x.lower === 'whilst') return t.slice(k + 1, k + 5).some((y) => y.lower === 'closed');
    if (x.lower !== 'during' && x.lower !== 'over') return false;
    const phrase = t.slice(k + 1, k + 5);
    // "during this period", "over the New Year holidays", "during our summer break".
    return /^(?:this|that|the|our|these|those)$/.test(phrase[0]?.lower ?? '') && phrase.some((y) => CLOSURE_TIME.has(y.lower)) &&
      (x.lower === 'during' || phrase.some((y) => y.lower === 'holidays' || y.lower === 'break'));
  });
}

/** Verbs of finding by looking, whose negation over "any problem" finds nothing wrong (refusal.json findingVerbs, by lemma). */
const FINDING_VERBS = new Set(dict.findingVerbs.phrases);

/**
 * Round 37 (fp37, review: hc-048): "We have checked the requirements and cannot see any points where our standard documents
 * would not comply", "we could not find any defects": a search of ours that found nothing wrong assures the reader; no
 * request is turned down.
 */
export function foundNothingWrong(facts: EnFacts): boolean {
  const cl = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  if (!cl) return false;
  const t = facts.tokens;
  // A negated verb of finding ("cannot see", "did not find", "could not identify") over "any …", at or before the refusing
  // clause: the no is what was looked for and not found (the parse may give it a clause of its own).
  const own = facts.refusal!;
  // Its own clause, or a subordinate clause just after it ("… any points where our documents would not comply").
  const within = (c: number, k: number) => facts.clauses[c] !== undefined && facts.clauses[c]!.from <= k && k < facts.clauses[c]!.to;
  const relative = cl.subordinate || /^(?:that|where|which|when)$/.test(t[cl.from - 1]?.lower ?? '');
  const scope = (k: number) => within(own, k) || (relative && (within(own - 1, k) || within(own - 2, k)));
  return t.some((x, k) => scope(k) && FINDING_VERBS.has(x.lemma) && /^(?:any|anything)$/.test(t[k + 1]?.lower ?? '') &&
    t.slice(Math.max(0, k - 2), k).some((y) => /^(?:not|n't|n’t|never)$/.test(y.lower)) &&
    !t.slice(0, k).some((y) => /^(?:you|your)$/.test(y.lower)));
}

/** Verbs of sending our goods out (refusal.json sendOut, by lemma). */
const SEND_OUT = new Set(dict.sendOut.phrases);

/**
 * Round 37 (fp37, review: d16-en2-50, ce-025, d7-en-20): "We will not ship this lot.", "we decided not to ship that lot to
 * you, and have allocated lot LA-2611-04 instead": a lot of our goods held back (named by this / that, after a test it
 * failed or a doubt) protects the reader's production; it turns no request of theirs down. "your lot" or "the order" is
 * their goods withheld, and stays a refusal.
 */
export function withholdsOwnLot(facts: EnFacts): boolean {
  const cl = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  if (!cl || cl.verb === undefined || cl.conditional) return false;
  const t = facts.tokens;
  // The verb of sending may sit after "decided not to": the refusing clause's verb is "decide" then.
  for (let k = cl.from; k < Math.min(t.length, cl.to + 4); k++) {
    if (!SEND_OUT.has(t[k]!.lemma)) continue;
    const det = t[k + 1]?.lower ?? '';
    const noun = t[k + 2]?.lemma ?? '';
    // Held until the reader acts ("… this lot until the payment arrives", "before you sign") is a condition put to them.
    if (t.slice(k + 3).some((x) => /^(?:until|till|unless|before|without)$/.test(x.lower))) return false;
    // Sent elsewhere ("… this lot to Osaka; please collect it") moves a burden onto them; "to you" is the lot held back.
    if (t[k + 3]?.lower === 'to' && t[k + 4]?.lower !== 'you') return false;
    if (/^(?:this|that|these|those)$/.test(det) && /^(?:lot|batch)$/.test(noun)) return true;
  }
  return false;
}
