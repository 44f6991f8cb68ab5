import { clauseOf } from './en';
import type { EnFacts } from './en';
import { classVerbAt, inClass } from './en-lexicon';

/**
 * Round 18 (news): an event of ours called off with no new date, told by a negated or idiomatic predicate rather than
 * by "cancel": "The on-site demo planned for 14 July will not take place", "the Osaka seminar won't go ahead", "the
 * workshop on 6/3 is off", "we're pulling the webinar". The event is the head of the subject (or, after a verb of
 * dropping with us as subject, its object); the predicate says it does not happen. A cancellation told with "cancel"
 * or "call off" is en-news.ts `cancellation`.
 *
 * Not news: a slot moved rather than dropped ("will not take place on Monday but on Tuesday", "… will take place
 * online instead"), a past event ("the meeting did not take place last year"), a question or a condition, an event
 * noun that only modifies the head ("the demo unit is off", "the training materials will not go ahead"), the reader's
 * own report ("thanks for letting us know the visit won't go ahead": en-news.ts drops reported sentences first).
 */
export function eventCalledOff(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "we're pulling the webinar", "we have decided to drop the workshop": a verb of dropping, us as subject, the event as object.
    const dropped = t.pos === 'VERB' || t.pos === 'ADJ' || tokens[i - 1]?.pos === 'AUX' ? dropVerbAt(f, i) : -1;
    if (dropped > 0) {
      const clause = clauseOf(f, i);
      if (clause?.conditional || (clause?.negation !== undefined && clause.negation < i)) continue;
      // Round 19: "the showcase has been scrapped", "the gala is being axed", "the tournament was called off" (not history:
      // "was" only with the news told now, which a past "last year" or a subordinate clause is not).
      if (passiveAfterBe(f, i)) {
        if (eventSubjectBefore(f, backToBe(f, i)) && !movedAfter(f, i) && !historyAround(f, i)) return true;
        continue;
      }
      if (clause?.subject?.side !== 'we' || (clause.tense === 'past' && !clause.perfect)) continue;
      const event = eventHeadAfter(f, dropped);
      if (event !== undefined && !movedAfter(f, i)) return true;
      continue;
    }
    // "… will not take place", "… won't go ahead", "… is not going to happen": a negator, then a predicate of happening.
    if (NEGATORS.has(t.lower)) {
      const predicate = happeningAfter(f, i + 1);
      // "… will not happen again", "… won't go ahead without your approval": a promise or a condition, not a cancellation.
      if (predicate === undefined || pastBefore(f, i) || AFTER_NOT_NEWS.has(tokens[predicate]?.lower ?? '')) continue;
      if (eventSubjectBefore(f, i) && !movedAfter(f, i)) return true;
      continue;
    }
    // "the workshop on 6/3 is off", "Friday's demo is off for now": the copula, "off", and the clause ends.
    if (t.lower === 'off' && (tokens[i - 1]?.lemma === 'be' || tokens[i - 1]?.lower === "'s") && clauseEndsAt(f, i + 1) &&
      !PAST_BE.has(tokens[i - 1]!.lower) && eventSubjectBefore(f, i - 1) && !movedAfter(f, i)) return true;
  }
  return false;
}

/**
 * Nouns of events we hold for the client: the head of the subject that does not happen. Round 19: WordNet's gatherings,
 * shows, fairs, contests, ceremonies, courses, tours and launches (dictionaries/en/lexicon-news.json, class "event").
 */
const isEvent = (t: { lower: string; lemma: string } | undefined) => t !== undefined && inClass('event', t as never);
/**
 * Verbs of dropping an event of ours: round 19, WordNet's verbs of calling off (class "cancel": "scrap", "axe", "scrub",
 * "shelve", "mothball", "pull", "drop", "call off"), as the active verb with us as subject or as the passive participle.
 */
const dropVerbAt = (f: EnFacts, i: number) => classVerbAt('cancel', f.tokens, i);
const NEGATORS = new Set(['not', "n't", 'never']);
/** Words that name a new slot or form of the event: it moves, it does not fall away. */
const MOVED = new Set(['instead', 'rather', 'but', 'online', 'virtually', 'remotely', 'rescheduled', 'moved', 'moves', 'postponed', 'until', 'later',
  'replaced', 'replace', 'rebooked', 'shifted']);
const PAST_BE = new Set(['was', 'were']);
const AFTER_NOT_NEWS = new Set(['again', 'without', 'unless', 'if', 'before']);
/** "did not", "had not", "was not": an event that did not happen is history, not news. */
function pastBefore(f: EnFacts, negator: number): boolean {
  const aux = f.tokens[negator - 1]?.lower ?? '';
  return aux === 'did' || aux === 'had' || aux === 'was' || aux === 'were';
}

/**
 * A new slot or form named in the predicate's clause or after it ("… on Monday but on Tuesday", "… online instead"), up to
 * a clause of its own joined by ", and" (", and the deck will slip to June 30 instead of June 5" speaks of something else).
 */
function movedAfter(f: EnFacts, at: number): boolean {
  const { tokens } = f;
  const clause = clauseOf(f, at);
  for (let k = clause?.from ?? 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > at && t.lower === 'and' && tokens[k - 1]?.text === ',') break;
    if (MOVED.has(t.lower)) return true;
  }
  return false;
}

/** The index after a predicate of happening that starts at `i` (after a negator and "going to", "be able to"), if any. */
function happeningAfter(f: EnFacts, i: number): number | undefined {
  const w = (k: number) => f.tokens[k]?.lower ?? '';
  let k = i;
  if (w(k) === 'going' && w(k + 1) === 'to') k += 2;
  else if (w(k) === 'be' && w(k + 1) === 'able' && w(k + 2) === 'to') k += 3;
  if (f.tokens[k]?.lemma === 'take' && w(k + 1) === 'place') return k + 2;
  if (f.tokens[k]?.lemma === 'go' && (w(k + 1) === 'ahead' || w(k + 1) === 'forward')) return k + 2;
  if (f.tokens[k]?.lemma === 'happen' || f.tokens[k]?.lemma === 'proceed' || f.tokens[k]?.lemma === 'occur') return k + 1;
  // "will not be held", "will not be running".
  if (w(k) === 'be' && (w(k + 1) === 'held' || w(k + 1) === 'running' || w(k + 1) === 'happening')) return k + 2;
  return undefined;
}

/**
 * An event noun heading the subject of the predicate at `at` (its negator or copula): the nearest noun before it
 * whose phrase is not interrupted by a verb with a subject of its own or by clause punctuation. Participles that
 * describe the event ("planned for 14 July", "scheduled on Friday") may stand between.
 */
function eventSubjectBefore(f: EnFacts, at: number): boolean {
  const { tokens } = f;
  // Skip the auxiliary chain back to the subject phrase ("will", "is", "are going to").
  let k = at - 1;
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  for (let n = 0; k >= 0 && n < 12; k--, n++) {
    const t = tokens[k]!;
    // "the kickoff we planned for Tuesday": a relative clause of ours (a pronoun and a past verb) describes the event.
    if (t.pos === 'PRON' && /(?:ed|en)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 1]!.pos === 'VERB') continue;
    // "the roundtable with your engineers": the reader named inside a phrase after the event, not its owner.
    if (t.lower === 'your' && tokens[k - 1]?.pos === 'ADP') continue;
    if (/^[;:!?]$/.test(t.text) || t.pos === 'PRON' || t.pos === 'SCONJ' || t.lower === 'and' || t.lower === 'that' || t.lower === 'if') return false;
    if (t.pos === 'VERB' && !/(?:ed|en)$/.test(t.lower)) return false;
    if (isEvent(t) && (t.pos !== 'VERB' || tokens[k - 1]?.pos === 'DET')) {
      // The event heads its phrase: no noun right after it ("the demo unit", "the training materials").
      const next = tokens[k + 1];
      if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !isEvent(next)) return false;
      // The reader's event ("your congress", "your trade exposition") is their news, not ours.
      if (tokens.slice(Math.max(0, k - 4), k).some((x) => x.lower === 'your')) return false;
      // "the open house": "open" is an event only before "house" / "day".
      if (t.lower === 'open') return false;
      // The event is the subject: nothing but a determiner, an adjective or a name before it back to the clause's start.
      return subjectHead(f, k);
    }
  }
  return false;
}

/** Token `k` stands in the subject phrase: before it back to the sentence or clause start, no preposition governs it. */
function subjectHead(f: EnFacts, k: number): boolean {
  const { tokens } = f;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j]!;
    // A comma, a dash, "that", a verb: the subject phrase starts after it ("Please note that the demo …").
    if (t.text === ',' || t.text === ':' || t.text === '—' || t.text === '–' || t.pos === 'SCONJ' || t.lower === 'that' || t.pos === 'VERB') return true;
    // "on-site", "in-person", "follow-up": a preposition glued to a word by a hyphen modifies the event.
    if (t.pos === 'ADP' && t.lower !== 'of' && tokens[j + 1]?.text !== '-' && tokens[j - 1]?.text !== '-') return false;
  }
  return true;
}

/** The event noun heading the object after a verb of dropping ("pulling the webinar", "drop Friday's workshop"). */
function eventHeadAfter(f: EnFacts, from: number): number | undefined {
  const { tokens } = f;
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k]!;
    if (isEvent(t) && t.lower !== 'open') {
      const next = tokens[k + 1];
      return next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !isEvent(next) ? undefined : k;
    }
    if (t.lower === 'your') return undefined;
    if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'PUNCT') return undefined;
  }
  return undefined;
}

/** The clause ends at `i`: punctuation, a conjunction, the sentence's end, or a span of time ("for now", "this year"). */
function clauseEndsAt(f: EnFacts, i: number): boolean {
  const t = f.tokens[i];
  if (!t || t.pos === 'PUNCT' || t.pos === 'CCONJ') return true;
  return t.lower === 'for' || t.lower === 'this' || t.lower === 'today' || t.lower === 'tomorrow';
}

/** A form of "be" (or "get") right before the participle at `i`, across "being" / "been" and an adverb ("has been quietly axed"). */
function passiveAfterBe(f: EnFacts, i: number): boolean {
  return backToBe(f, i) < i && /(?:ed|en|wn|ut|t)$/.test(f.tokens[i]!.lower);
}
/** The index of the first word of the auxiliary chain ending before `i` ("has been", "is being", "will be"), or `i` if none. */
function backToBe(f: EnFacts, i: number): number {
  const { tokens } = f;
  let k = i - 1;
  while (k >= 0 && (/^(?:quietly|now|officially|sadly|unfortunately|indefinitely|just|also|already)$/.test(tokens[k]!.lower))) k--;
  // The word before the participle is a form of "be" or "get" ("has been", "is being", "got"); "have put off" is active.
  if (k < 0 || !(tokens[k]!.lemma === 'be' || tokens[k]!.lemma === 'get' || /^(?:is|are|was|were|been|being|be|'s|'re)$/.test(tokens[k]!.lower))) return i;
  while (k > 0 && (tokens[k - 1]!.pos === 'AUX' || BE_WORDS.has(tokens[k - 1]!.lower) || tokens[k - 1]!.lower === 'to')) k--;
  return k;
}
const BE_WORDS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'has', 'have', 'had', 'will', "'ll", 'to']);
/** Told as history: a year past, "last year", "in the past", "before", or in a clause of time or reason. */
function historyAround(f: EnFacts, i: number): boolean {
  const clause = clauseOf(f, i);
  if (clause?.subordinate) return true;
  const group = f.tokens.slice(backToBe(f, i), i).map((t) => t.lower);
  if (!group.includes('was') && !group.includes('were') && !group.includes('had')) return false;
  return true;
}

/**
 * Round 19: an event of ours put off with no new date — "The Osaka Industrial Fair has been postponed until further
 * notice", "The partner summit is deferred indefinitely", "We have put off the distributor exhibition", "Our symposium is
 * being put on hold / put on ice". The verb is WordNet's "postpone" class (or "put on hold/ice"); the event heads its
 * subject (passive) or its object (us as subject). Not news: a new date or slot named ("postponed to 2 July", "moved to
 * June"), the reader's ask ("as you asked"), a question, a condition or a "may", history ("was postponed twice last year").
 */
export function eventPutOff(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let after = classVerbAt('postpone', tokens, i);
    // "put on hold", "put on ice": the idiom of postponing.
    if (after < 0 && t.lemma === 'put' && tokens[i + 1]?.lower === 'on' && /^(?:hold|ice)$/.test(tokens[i + 2]?.lower ?? '')) after = i + 3;
    if (after < 0) continue;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || (clause.negation !== undefined && clause.negation < i)) continue;
    if (clause.modal !== undefined && /^(?:may|might|could|can|would|should)$/.test(clause.modal)) continue;
    if (newSlotAfter(f, after)) continue;
    if (tokens.some((x) => x.lower === 'asked' || x.lower === 'requested' || x.lower === 'agreed')) continue;
    if (passiveAfterBe(f, i) || (t.lemma === 'put' && backToBe(f, i) < i)) {
      if (eventSubjectBefore(f, backToBe(f, i)) && !historyAround(f, i) && !routineMeeting(f, 0, i)) return true;
      continue;
    }
    const object = clause.subject?.side === 'we' && !(clause.tense === 'past' && !clause.perfect) ? eventHeadAfter(f, after) : undefined;
    if (object !== undefined && !routineMeeting(f, object, object + 1)) return true;
  }
  return false;
}

/**
 * A meeting, call or visit named between `from` and `to` (the meeting cue: "meeting", "call", "visit", "demo"…): putting one
 * off is routine scheduling between the two sides (delay() in en-news.ts leaves it too); a fair, a tour, a course is not.
 */
function routineMeeting(f: EnFacts, from: number, to: number): boolean {
  return (f.cues.meeting ?? []).some((k) => k >= from && k < to);
}

/** A new date or slot after the verb: "to 2 July", "until 14 June", "by one week", "to next month". Not "until further notice". */
function newSlotAfter(f: EnFacts, from: number): boolean {
  const { tokens } = f;
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (w === 'further' || w === 'indefinitely') return false;
    if (w === 'to' || w === 'by' || w === 'till' || w === 'until' || w === 'instead' || w === 'rather' || w === 'online') {
      const next = tokens[k + 1]?.lower ?? '';
      if (next === 'further') return false;
      // "until next year at the earliest": a span with no date is no new slot.
      if ((w === 'until' || w === 'till') && /^(?:next|later)$/.test(next) && /^(?:year|quarter)$/.test(tokens[k + 2]?.lower ?? '')) return false;
      return true;
    }
  }
  return false;
}

/** Lots of goods a recall names: "this lot", "the affected batch", "shipment 4471". */
const LOTS = new Set(['lot', 'lots', 'batch', 'batches', 'shipment', 'shipments', 'consignment', 'consignments', 'delivery', 'deliveries']);
/** Verbs a recall stops: use, install, sell, ship, fit, process, distribute, administer. */
const STOPPED_USES = new Set(['use', 'using', 'install', 'installing', 'sell', 'selling', 'ship', 'shipping', 'fit', 'fitting', 'process', 'processing',
  'distribute', 'distributing', 'administer', 'administering', 'dispense', 'dispensing', 'implant', 'implanting']);
/** Verbs that set goods apart: "quarantine", "isolate", "segregate", "hold", "withdraw", "return". */
const SET_APART = new Set(['quarantine', 'isolate', 'segregate', 'withdraw', 'recall', 'block']);

/**
 * Round 18 (news): a recall or safety notice told as an instruction about a lot of our goods — "Stop using this lot and
 * put all boxes in quarantine", "Please do not use batch 2291 until further notice", "Quarantine the affected lot",
 * "Kindly stop selling the lots listed below". The instruction is the sentence's head (an imperative, after "please" or
 * "kindly"); its object is a lot, a batch or a shipment, not a part of speech the reader's own work ("Do not use
 * solvents on the coating" is care advice, "Stop using the old portal" is a service, "the lot number" is a field).
 */
export function recallInstruction(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  let i = 0;
  while (i < tokens.length && /^(?:please|kindly|immediately|now|also)$/.test(tokens[i]!.lower)) i++;
  const head = tokens[i];
  if (!head) return false;
  let object = -1;
  if (head.lower === 'stop' || head.lower === 'cease' || head.lower === 'discontinue' || head.lower === 'suspend') {
    if (STOPPED_USES.has(tokens[i + 1]?.lower ?? '')) object = i + 2;
  } else if ((head.lower === 'do' && (tokens[i + 1]?.lower === 'not' || tokens[i + 1]?.lower === "n't")) || head.lower === 'never') {
    const verb = head.lower === 'never' ? i + 1 : i + 2;
    if (STOPPED_USES.has(tokens[verb]?.lower ?? '')) object = verb + 1;
  } else if (SET_APART.has(head.lower)) {
    object = i + 1;
  }
  if (object < 0) return false;
  // The object's head within a few words: a lot noun heading its phrase (not "lot number").
  for (let k = object; k < Math.min(tokens.length, object + 5); k++) {
    const t = tokens[k]!;
    if (LOTS.has(t.lower)) {
      const next = tokens[k + 1];
      return !(next && (next.lower === "'s" || next.lower === 'number' || next.lower === 'numbers' || next.lower === 'size' || next.lower === 'sizes' || next.lower === 'code'));
    }
    // "the seals from this delivery", "any units of this batch": the goods of a lot.
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'ADP' && !/^(?:of|from|in)$/.test(t.lower)) return false;
  }
  return false;
}
