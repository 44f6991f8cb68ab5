import type { EnFacts } from './en';

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
    if (DROP_VERBS.has(t.lemma) && t.pos === 'VERB') {
      const clause = f.clauses.find((c) => i >= c.from && i < c.to);
      if (clause?.subject?.side !== 'we' || clause.negation !== undefined || clause.tense === 'past') continue;
      const event = eventHeadAfter(f, i + 1);
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

/** Nouns of events we hold for the client: the head of the subject that does not happen. */
const EVENTS = new Set(['meeting', 'demo', 'demonstration', 'workshop', 'webinar', 'seminar', 'training', 'session', 'visit', 'tour', 'presentation',
  'event', 'kickoff', 'kick-off', 'briefing', 'conference', 'call', 'launch', 'reception', 'dinner', 'lunch', 'ceremony', 'showcase', 'roadshow',
  'exhibition', 'course', 'class', 'lecture', 'forum', 'summit', 'symposium', 'meetup', 'open']);
/** Verbs of dropping an event of ours: "pull", "drop", "scrap", "shelve", "axe". */
const DROP_VERBS = new Set(['pull', 'drop', 'scrap', 'shelve', 'axe', 'ax', 'scratch']);
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
  const clause = f.clauses.find((c) => at >= c.from && at < c.to);
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
    if (/^[;:!?]$/.test(t.text) || t.pos === 'PRON' || t.pos === 'SCONJ' || t.lower === 'and' || t.lower === 'that' || t.lower === 'if') return false;
    if (t.pos === 'VERB' && !/(?:ed|en)$/.test(t.lower)) return false;
    if ((EVENTS.has(t.lower) || EVENTS.has(t.lemma)) && (t.pos !== 'VERB' || tokens[k - 1]?.pos === 'DET')) {
      // The event heads its phrase: no noun right after it ("the demo unit", "the training materials").
      const next = tokens[k + 1];
      if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !EVENTS.has(next.lower)) return false;
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
    if (EVENTS.has(t.lower) && t.lower !== 'open') {
      const next = tokens[k + 1];
      return next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !EVENTS.has(next.lower) ? undefined : k;
    }
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
