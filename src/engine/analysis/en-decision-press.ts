// Round 23: pressure on the reader's DECISION read as what the sentence does to it, over the parse and word classes
// from WordNet (dictionaries/en/press-class.json, built by scripts/build-en-press-class.mjs: decisionNouns /
// decisionPhrases "decision, approval, green light, go-ahead, sign-off, yes, order", interestVerbs, processNouns,
// bypassVerbs). Seven structures, each a condition put on the reader's act:
// - needed: we need their go-ahead on a clock (a date, today, in the meeting itself) or to hold a thing for them
//   ("I need the green light by Wednesday", "we need your decision directly in the meeting to reserve the slots");
// - onlyIf: an outcome made possible only by their act by a date ("only possible if your order reaches us in August",
//   "only valid for contracts signed in March", "your approval by Friday is the only way to keep the slot");
// - getCommitted: they are told or asked to get a thing signed / approved by a date ("Get the pilot signed before
//   Christmas", "could you get the 稟議 approved by 19 March?");
// - othersEyeing: another buyer interested in the same thing ("another bank is also looking at the same slot");
// - capacityCloses: our capacity gone once a time comes ("once the new year starts our crews get booked out solid");
// - heldOnClock: a thing held for them against an answer today ("reply by EOD today so we can hold the stock for you");
// - bypassed: a decision asked around their own process ("skip the committee review and confirm directly").
// A deadline the reader set, our own schedule, a validity stated plainly, a capacity note with no time it closes at
// put no condition on their act and are left alone.
import type { EnClause, EnFacts } from './en';
import { PRESS_CLASS as dict } from './en-commit-push';
import { deadlinesIn } from './en-deadline';

const DECISION_NOUNS: ReadonlySet<string> = new Set(dict.decisionNouns);
const DECISION_PHRASES: ReadonlyArray<string[]> = dict.decisionPhrases.map((p) => p.split(' '));
const INTEREST_VERBS: ReadonlySet<string> = new Set(dict.interestVerbs);
const PROCESS_NOUNS: ReadonlySet<string> = new Set(dict.processNouns);
const BYPASS_VERBS: ReadonlySet<string> = new Set(dict.bypassVerbs);
const COMMIT_VERBS: ReadonlySet<string> = new Set([...dict.commitVerbs, 'approve', 'place']);
const COMMIT_NOUNS: ReadonlySet<string> = new Set(dict.commitNouns);
const RETAIN_VERBS: ReadonlySet<string> = new Set(dict.retainVerbs);

export type DecisionPress = 'needed' | 'onlyIf' | 'getCommitted' | 'othersEyeing' | 'capacityCloses' | 'heldOnClock' | 'bypassed' | 'ifYouWant' | 'holdRunsOut'
  | 'processDeferred' | 'helpEnds' | 'betterCommit' | 'stillIfBefore' | 'mustBeSettled';

/** A cheap gate on the sentence text before the parse is read: the anchor words of the seven structures. */
export const MAY_PRESS_DECISION = /\b(?:need|requir|expect|appreciat|want|hop|ask|hold|keep|kept|reserv|interest|secur|block|lock)|\b(?:only|get|got|getting|same|once|after|must|has to|have to|keen|then|forever|indefinitely|longer|like|wish|skip|bypass|before|without|ringi|later|afterwards|follow|better|still|past)\b|稟議|決裁/i;

/** The first structure found; `except` leaves one out (a go-ahead needed by a date the reader set, round 33). */
export function decisionPressOf(f: EnFacts, except?: DecisionPress): DecisionPress | undefined {
  if (except !== 'needed' && needed(f)) return 'needed';
  if (onlyIf(f)) return 'onlyIf';
  if (getCommitted(f)) return 'getCommitted';
  if (othersEyeing(f)) return 'othersEyeing';
  if (capacityCloses(f)) return 'capacityCloses';
  if (heldOnClock(f)) return 'heldOnClock';
  if (bypassed(f)) return 'bypassed';
  if (ifYouWant(f)) return 'ifYouWant';
  if (holdRunsOut(f)) return 'holdRunsOut';
  // Round 23 mend (AA's misses): the process put after the go-ahead, our help ending at a date, "better sign", a price
  // still held only if their act comes before a date, a thing of theirs that must be settled by a date.
  if (processDeferred(f)) return 'processDeferred';
  if (helpEnds(f)) return 'helpEnds';
  if (betterCommit(f)) return 'betterCommit';
  if (stillIfBefore(f)) return 'stillIfBefore';
  if (mustBeSettled(f)) return 'mustBeSettled';
  return undefined;
}

const lowers = (f: EnFacts) => f.tokens.map((t) => t.lower);
const clauseOf = (f: EnFacts, i: number): EnClause | undefined => f.clauses.find((c) => c.from <= i && i < c.to);

/**
 * The reader's go-ahead as a noun at token i ("decision", "approval", "green light", "go-ahead", "sign-off", "yes",
 * "your order"); its length in tokens, or 0. "in order to" is no order; a commitment noun counts with "your".
 */
function decisionAt(f: EnFacts, i: number): number {
  const t = f.tokens;
  const w = t[i]!.lower;
  for (const phrase of DECISION_PHRASES) {
    let k = i;
    let ok = true;
    for (const p of phrase) {
      if (t[k]?.text === '-') k++;
      if (t[k]?.lower !== p && t[k]?.lemma !== p) { ok = false; break; }
      k++;
    }
    if (ok) return k - i;
  }
  if (t[i]!.pos === 'VERB' || t[i]!.pos === 'AUX') return 0;
  if (w === 'order' && (t[i - 1]?.lower === 'in' || t[i + 1]?.lower === 'to')) return 0;
  if (DECISION_NOUNS.has(w) || DECISION_NOUNS.has(t[i]!.lemma)) return 1;
  // "a firm answer from your side": their answer on the matter; "your answer to the questionnaire" answers questions.
  if (w === 'answer' && t[i]!.pos === 'NOUN' && t[i + 1]?.lower !== 'to' && t.slice(Math.max(0, i - 2), i).some((x) => /^(?:your|firm|final|clear)$/.test(x.lower))) return 1;
  // "a verbal 内示 from you", "your 発注": the Japanese word for their go-ahead, kept in a mixed mail.
  if (JA_GO_AHEAD.test(t[i]!.text)) return 1;
  // "your confirmation" is their go-ahead; "your confirmation of the meeting time" arranges a meeting.
  if (w === 'confirmation' && t[i - 1]?.lower === 'your' && !t.slice(i + 1, i + 5).some((x) => MEETINGS.has(x.lower) || /^(?:time|date|attendance|receipt)$/.test(x.lower))) return 1;
  return COMMIT_NOUNS.has(t[i]!.lemma) && t.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'your') ? 1 : 0;
}
/** Their go-ahead in the Japanese words a mixed mail keeps: an informal award, an order, an approval, a signed contract. */
const JA_GO_AHEAD = /^(?:ご)?(?:内示|内定|発注|注文|決裁|承認|契約|成約|ご?回答|ご?決断|ご?判断|OK)$/;
const decisionIn = (f: EnFacts, from: number, to: number) => {
  for (let i = from; i < to; i++) if (decisionAt(f, i) > 0) return i;
  return -1;
};

const TIGHT = new Set(['today', 'tonight', 'tomorrow', 'eod', 'cob', 'asap', 'immediately']);
/** Times a seller sets a decision against that are no calendar date: the holidays, the new year, Golden Week. */
const SEASON_POINTS = new Set(['christmas', 'holidays', 'year-end', 'new', 'golden', 'obon', 'summer', 'winter', 'spring', 'autumn', 'fall']);
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const MEETING_LEAD = /^(?:the|this|our|your|next|today|tomorrow|monday|tuesday|wednesday|thursday|friday|'s|’s|today's|tomorrow's)$/;
const MEETINGS = new Set(['meeting', 'call', 'session', 'visit', 'presentation', 'demo']);

/** The token where a clock on the reader's act starts ("by Wednesday", "today", "in the meeting", "before Christmas", "in August"), or -1. */
function clockAt(f: EnFacts, from = 0, anaphor = false): number {
  const t = f.tokens;
  const w = lowers(f);
  const d = deadlinesIn(w).find((x) => x.word >= from && x.sense !== 'from' && (anaphor || !x.anaphor));
  if (d) return d.word;
  for (let i = from; i < t.length; i++) {
    if (TIGHT.has(w[i]!)) return i;
    if (w[i] === 'spot' && w[i - 1] === 'the' && w[i - 2] === 'on') return i;
    if (w[i] === 'end' && w[i + 1] === 'of' && (w[i + 2] === 'day' || w[i + 3] === 'day')) return i;
    // "in the meeting", "directly at our meeting", "during the call": the decision asked in the meeting itself.
    // "at Thursday's meeting", "in today's call": a possessive day before the meeting.
    if (/^(?:in|at|during)$/.test(w[i]!) && w.slice(i + 1, i + 5).some((x, k, list) => MEETINGS.has(x) && list.slice(0, k).every((y) => MEETING_LEAD.test(y)))) return i;
    if ((w[i] === 'before' || w[i] === 'by') && SEASON_POINTS.has(w[i + 1] === 'the' ? w[i + 2] ?? '' : w[i + 1] ?? '')) return i;
    if (w[i] === 'in' && MONTHS.test(w[i + 1] ?? '')) return i;
    if (w[i] === 'this' && /^(?:week|month)$/.test(w[i + 1] ?? '')) return i;
  }
  return -1;
}

/** A thing of ours held for them: "to reserve the production slots for you", "so we can hold the stock for you". */
function heldForThem(f: EnFacts, from = 0): boolean {
  const w = lowers(f);
  return f.tokens.some((t, i) => {
    if (i < from || !(RETAIN_VERBS.has(t.lemma) || t.lemma === 'hold' || t.lemma === 'reserve' || t.lemma === 'secure' || t.lemma === 'block')) return false;
    const k = w.slice(i + 1, i + 7).findIndex((x, j, list) => x === 'for' && (list[j + 1] === 'you' || list[j + 1] === 'your'));
    // "hold the meeting room for you", "reserve a table for your team": arranging a visit, no scarce thing of ours.
    return k >= 0 && !w.slice(i + 1, i + 1 + k).some((x) => MEETINGS.has(x) || ROOMS.has(x));
  });
}
const ROOMS = new Set(['room', 'rooms', 'hotel', 'table', 'seat', 'seats', 'venue', 'car', 'taxi', 'parking']);

/** Verbs of our wanting the reader's act: "we need / require / expect / would appreciate / are hoping for your decision". */
const WANTING = new Set(['need', 'require', 'expect', 'appreciate', 'want', 'hope', 'ask']);

/**
 * "If you want him for the pilot, I need the green light by Wednesday"; "we need your decision directly in the meeting
 * to reserve the production slots for you"; "we'd require your sign-off this week". We (I) need or require the reader's
 * go-ahead, on a clock or to hold a thing for them. "We need your approval of the drawings before production can
 * start" has no clock; "if we need your approval, we will ask" is a condition of ours.
 */
function needed(f: EnFacts): boolean {
  if (goAheadMustCome(f)) return true;
  return f.clauses.some((c) => {
    // "Need your PO by 5pm Friday to hold them": the writer's need with the subject dropped.
    const ours = c.subject?.side === 'we' || (c.subject === undefined && c.from === 0 && f.tokens[0]?.lemma === 'need');
    if (!ours || c.negation !== undefined || c.conditional || c.verb === undefined) return false;
    // The clause's verb, or a need after a modal the parse took for the verb ("would need").
    const v = f.tokens.findIndex((t, i) => i >= c.from && i < c.to && WANTING.has(t.lemma) && t.pos === 'VERB');
    if (v < 0) return false;
    const at = decisionIn(f, v + 1, Math.min(f.tokens.length, v + 6));
    // Round 45: "I would need to hear back from you by Friday to keep volume aside for you": their reply wanted on a clock,
    // a thing of ours held for them against it (a reply alone by a date is no push: "we'd love to hear from you by Friday").
    if (at < 0 && hearFromThem(f, v)) return clockAt(f, v + 1) >= 0 && heldForThem(f, v);
    // Round 24: "I need to know today whether we are moving forward": their decision as a whether-clause we need to hear.
    if (at < 0) return outcomeNeeded(f, v) && clockAt(f, v + 1) >= 0;
    // "Need your yes/no by then": the clock said back ("by then", "by that date") is the date set just before.
    return clockAt(f, v + 1, true) >= 0 || heldForThem(f, at);
  });
}

/** "need to hear (back) from you": the reader's reply wanted by the verb of wanting at v. */
function hearFromThem(f: EnFacts, v: number): boolean {
  const w = lowers(f);
  if (w[v + 1] !== 'to' || f.tokens[v + 2]?.lemma !== 'hear') return false;
  const k = w[v + 3] === 'back' ? v + 4 : v + 3;
  return w[k] === 'from' && w[k + 1] === 'you';
}

/** Verbs of learning the reader's answer: "need to know / hear / find out whether …". */
const LEARNING = new Set(['know', 'hear', 'learn', 'understand', 'find']);
/** Whether what follows the verb of wanting at v is learning whether the reader goes ahead (not a meeting's date). */
function outcomeNeeded(f: EnFacts, v: number): boolean {
  const w = lowers(f);
  if (w[v + 1] !== 'to' || !LEARNING.has(f.tokens[v + 2]?.lemma ?? '')) return false;
  const q = w.findIndex((x, i) => i > v + 2 && i < v + 7 && x === 'whether');
  return q >= 0 && !w.slice(q).some((x) => MEETINGS.has(x) || ROOMS.has(x) || /^(?:attend|join|come|date|time|suits?)$/.test(x));
}

/**
 * "The go-ahead has to come this month"; "your decision would need to reach us by Friday"; "the order must be with us
 * on Monday". The reader's go-ahead as the subject of a necessity, on a clock.
 */
function goAheadMustCome(f: EnFacts): boolean {
  const t = f.tokens;
  return f.clauses.some((c) => {
    if (c.verb === undefined || c.negation !== undefined || c.conditional || c.subject?.side === 'we') return false;
    const necessity = c.modal === 'must' || t.slice(c.from, c.verb + 2).some((x, k, list) => (x.lower === 'need' || x.lemma === 'have') && list[k + 1]?.lower === 'to');
    // "A verbal yes in today's meeting would let me secure the last slot": the go-ahead on a clock wins a thing kept.
    // The tagger reads "let me secure" as an adjective at times: after "me", "us", "to" it is the verb.
    const keeps = f.tokens.some((x, i) => i > c.verb! && KEEPING(x.lemma) && (x.pos === 'VERB' || /^(?:me|us|to)$/.test(f.tokens[i - 1]?.lower ?? '')));
    const at = decisionIn(f, c.from, c.verb);
    return (necessity || keeps) && at >= 0 && clockAt(f, at) >= 0;
  });
}

/** Verbs of the reader's wanting in a condition: "if you want him", "if Hoshino would like a share", "should you wish". */
const WISHING = new Set(['want', 'like', 'wish', 'prefer', 'need']);
/**
 * "If Hoshino would like a share, you will need to let me know by the end of this month"; "if you want him for the
 * pilot, you must confirm by Wednesday". The reader's wish for a thing of ours made the condition, and an act laid on
 * them by a date. "If you want the units before April, you would need to order by January" wants a date of theirs: the
 * deadline serves their own schedule.
 */
function ifYouWant(f: EnFacts): boolean {
  const t = f.tokens;
  const wish = f.clauses.find((c) => c.conditional && c.verb !== undefined && WISHING.has(t[c.verb]!.lemma) && c.subject?.side !== 'we');
  if (!wish || clockAt(f, wish.from) < wish.to && clockAt(f, wish.from) >= 0) return false;
  return f.clauses.some((c) => !c.conditional && c.subject?.side === 'you' && c.negation === undefined &&
    (c.modal === 'must' || t.slice(c.from, c.to).some((x, k, list) => (x.lower === 'need' || x.lemma === 'have') && list[k + 1]?.lower === 'to')) &&
    clockAt(f, c.from) >= 0);
}

/** Time words of a hold running out: "I can't hold it forever", "we cannot keep the slot much longer / indefinitely". */
const ENDLESS = new Set(['forever', 'indefinitely', 'long', 'longer', 'eternally']);
/**
 * "I can't hold yours forever"; "we won't be able to keep the units for you much longer". Our holding of their thing,
 * negated, against a time without end: the hold runs out, so they must act.
 */
function holdRunsOut(f: EnFacts): boolean {
  const t = f.tokens;
  return f.clauses.some((c) => c.subject?.side === 'we' && c.negation !== undefined && !c.conditional &&
    t.some((x, i) => i > c.negation! && i < c.to && (KEEPING(x.lemma) || x.lemma === 'reserve') && x.pos === 'VERB' &&
      // "We cannot keep the meeting room much longer than 6 pm": a room for a visit is no thing of theirs held.
      !t.slice(i + 1, c.to).some((y) => MEETINGS.has(y.lower) || ROOMS.has(y.lower)) &&
      t.slice(i + 1, c.to).some((y) => ENDLESS.has(y.lower))));
}

const ONLY_FRAMES = new Set(['if', 'when', 'way', 'valid', 'available', 'possible', 'feasible', 'for', 'applies', 'guaranteed']);
/** A verb of committing as an act of the reader's, any form ("signed", "placed", "reaches us" is read by the noun). */
const commitVerbAt = (f: EnFacts, i: number) => COMMIT_VERBS.has(f.tokens[i]!.lemma) && f.tokens[i]!.pos === 'VERB';

/**
 * "An installation in 2026 is only possible if your order reaches us in August"; "our launch pricing is only valid for
 * contracts signed in March"; "your approval by Friday is the only way to keep the December slot"; "only if the order
 * is placed by the 20th can we guarantee delivery". "Only" framing an outcome on the reader's act (a go-ahead noun or a
 * verb of committing, not ours) and a clock on it.
 */
function onlyIf(f: EnFacts): boolean {
  const w = lowers(f);
  const only = w.findIndex((x, i) => x === 'only' && w.slice(i + 1, i + 4).some((y) => ONLY_FRAMES.has(y)));
  if (only < 0) return false;
  const act = f.tokens.findIndex((_, i) => (decisionAt(f, i) > 0 || commitVerbAt(f, i) || COMMIT_NOUNS.has(f.tokens[i]!.lemma)) && clauseOf(f, i)?.subject?.side !== 'we');
  if (act < 0) return false;
  // The clock after the act ("your order … in August"), or the act's own ("your approval by Friday").
  return clockAt(f, act) >= 0;
}

/**
 * "Get the pilot signed before Christmas"; "could you get the 稟議 approved by 19 March?"; "let's have the PO issued by
 * Friday". The reader told or asked to get a thing committed by a date; "we will get the contract signed on our side
 * by Friday" is our act.
 */
function getCommitted(f: EnFacts): boolean {
  const t = f.tokens;
  if (keptOnlyByCommitting(f)) return true;
  return t.some((x, g) => {
    if (x.lemma !== 'get' && x.lemma !== 'have') return false;
    // "Getting the PO issued this week would help": the gerund is its own clause's subject.
    const subject = clauseOf(f, g)?.subject;
    if (subject?.side === 'we' || (subject?.side === 'third' && subject.index !== g)) return false;
    // "countersigned", "preordered": a participle ending in a verb of committing; or any participle of a go-ahead
    // ("get the PO issued", "have the order released").
    const p = t.findIndex((y, k) => k > g && k <= g + 6 && /ed$/.test(y.lower) &&
      (COMMIT_VERBS.has(y.lemma) || /(?:sign|order|approv|book|reserv)ed$/.test(y.lower) || decisionIn(f, g + 1, k) >= 0));
    if (p < 0) return false;
    // "signed off": a particle may follow the participle.
    return clockAt(f, p + 1) >= 0;
  });
}

/** What a purpose clause keeps or wins: WordNet's verbs of retaining, and securing, locking in, qualifying. */
const KEEPING = (lemma: string) => RETAIN_VERBS.has(lemma) || /^(?:secure|lock|guarantee|qualify|hold)$/.test(lemma);
/**
 * "To secure the current price, the contract must be signed before 31 March"; "to keep the slot, the PO has to reach us
 * by Friday". A purpose of keeping, then a commitment made necessary by a date. "The NDA must be signed before our
 * engineers can share the drawings" keeps nothing and sets no date.
 */
function keptOnlyByCommitting(f: EnFacts): boolean {
  const t = f.tokens;
  if (t[0]?.lower !== 'to' || !KEEPING(t[1]?.lemma ?? '')) return false;
  return f.clauses.some((c) => c.verb !== undefined && c.negation === undefined && c.subject?.side !== 'we' &&
    (c.modal === 'must' || t.slice(c.from, c.verb).some((x, k, list) => (x.lower === 'need' || x.lemma === 'have') && list[k + 1]?.lower === 'to')) &&
    (commitVerbAt(f, c.verb) || t.slice(c.from, c.verb).some((x) => decisionAt(f, t.indexOf(x)) > 0)) && clockAt(f, c.verb) >= 0);
}

const OTHER_BUYERS = new Set(['another', 'other', 'others', 'competitor', 'competitors', 'rival', 'rivals']);
/**
 * "Another regional bank in Kansai is also looking at the same onboarding slot"; "a competitor of yours has also asked
 * for a demo of the same line". Another buyer (the clause's subject), interested in or committing to the same thing.
 * "Other customers have used the same process" is a reference, not interest.
 */
function othersEyeing(f: EnFacts): boolean {
  const t = f.tokens;
  return f.clauses.some((c) => {
    if (c.subject?.side !== 'third' || c.negation !== undefined || c.conditional || c.verb === undefined) return false;
    // One other buyer, still interested: "another bank is also looking at", "a competitor has also asked", "a second
    // brewery has expressed interest". "Other banks have chosen the same system" (many, done) is a reference, and
    // "another customer asked about the same error last week" a past enquiry.
    const subject = t.slice(c.from, c.verb);
    const one = subject.some((x) => x.lower === 'another' || x.lower === 'competitor' || x.lower === 'rival') ||
      ((subject[0]?.lower === 'a' || subject[0]?.lower === 'an') && t.slice(c.from, c.to).some((x) => x.lower === 'also' || x.lower === 'second'));
    const perfect = c.perfect || t.slice(c.from, c.verb).some((x) => x.lemma === 'have' && x.pos === 'AUX');
    // "Two other restaurant groups already asked for the same lot": several other buyers, ALREADY after it, press as
    // one does; "other customers have asked the same question" (no "already") is a reference.
    const already = t.slice(c.from, c.to).some((x) => x.lower === 'already');
    const several = already && subject.some((x) => x.lower === 'other' || x.lower === 'others');
    if (!(one || several) || (c.tense === 'past' && !perfect && !already)) return false;
    const same = t.findIndex((x, i) => i > c.verb! && i < c.to && x.lower === 'same');
    if (same < 0) return false;
    return t.slice(c.from, same).some((x) => (INTEREST_VERBS.has(x.lemma) && (x.pos === 'VERB' || x.pos === 'AUX')) || x.lower === 'interested' || x.lower === 'interest' ||
      COMMIT_VERBS.has(x.lemma));
  });
}

/** What our capacity is once it runs out: booked out, full, gone, taken, sold out, allocated. */
const SATURATED = new Set(['booked', 'full', 'gone', 'taken', 'sold', 'allocated', 'committed', 'unavailable', 'fill', 'fills', 'filled']);
const TIME_HEADS = /^(?:year|month|quarter|season|week|holidays?|christmas|spring|summer|autumn|fall|winter|fy\d*)$/;
/**
 * "Once the new year starts our install crews get booked out solid"; "after March, the engineers will be fully
 * allocated". A time coming (once / after + a month, season or year) and our capacity saturated with it. "Our engineers
 * are booked until March, so the earliest start would be April" states the capacity; it names no time it closes at.
 */
function capacityCloses(f: EnFacts): boolean {
  const w = lowers(f);
  const lead = w.findIndex((x) => x === 'once' || x === 'after');
  if (lead < 0 || lead > 2) return false;
  // "After that it's gone": the date of the sentence before, said back.
  const timed = w.slice(lead + 1, lead + 5).some((x) => MONTHS.test(x) || TIME_HEADS.test(x)) || (w[lead] === 'after' && /^(?:that|then)$/.test(w[lead + 1] ?? ''));
  if (!timed) return false;
  // Our capacity ("our crews"), or the thing on offer said back ("it's gone").
  return f.clauses.some((c) => (c.subject?.side === 'we' || w.slice(c.from, c.verb ?? c.to).includes('our') || (c.subject !== undefined && w[c.subject.index] === 'it' && lead === 0)) &&
    !c.conditional && c.negation === undefined &&
    w.slice(c.from, c.to).some((x) => SATURATED.has(x)));
}

/**
 * "Please reply by EOD today so we can hold the stock for you"; "I can keep the two units for you until tomorrow".
 * A thing of ours held for them against a same-day or next-day answer.
 */
function heldOnClock(f: EnFacts): boolean {
  const w = lowers(f);
  const tight = w.some((x, i) => TIGHT.has(x) || (x === 'end' && w[i + 1] === 'of' && (w[i + 2] === 'day' || w[i + 3] === 'day')));
  if (tight && heldForThem(f)) return true;
  // "Ideally you would sign during the visit so that we can block the engineers for you": their commitment on a clock,
  // for a thing of ours held.
  const act = f.tokens.findIndex((t, i) => commitVerbAt(f, i) && (clauseOf(f, i)?.subject?.side === 'you' || f.imperative));
  return act >= 0 && clockAt(f, act) >= 0 && heldForThem(f, act);
}

/**
 * "Would it be possible to skip the committee review and confirm directly?"; "could you give us a yes today, even
 * before the ringi?". The reader's decision asked around their own process: a verb of bypassing it, or a go-ahead
 * asked before or without it. "Please take the time you need for your internal review" asks nothing around it.
 */
function bypassed(f: EnFacts): boolean {
  const t = f.tokens;
  const w = lowers(f);
  const process = (from: number) => t.slice(from, from + 5).some((x) => PROCESS_NOUNS.has(x.lower) || PROCESS_NOUNS.has(x.lemma) || x.lower === 'internal');
  // "Would it be possible to skip …": a dummy "it" is no third party going around its own process.
  const othersAct = (i: number) => {
    const s = clauseOf(f, i)?.subject;
    return s?.side === 'third' && !/^(?:it|there|this)$/.test(w[s.index] ?? '');
  };
  if (t.some((x, i) => BYPASS_VERBS.has(x.lemma) && (x.pos === 'VERB' || i === 0) && !othersAct(i) && process(i + 1))) return true;
  const asked = f.question || f.acts.includes('request') || f.clauses.some((c) => c.subject?.side === 'we' && w.slice(c.from, c.to).includes('need'));
  if (!asked) return false;
  return w.some((x, i) => (x === 'before' || x === 'without') && process(i + 1) && decisionIn(f, 0, i) >= 0);
}

/** Words that put the reader's own process after the go-ahead: "complete the paperwork later", "can follow after". */
const AFTERWARDS = new Set(['later', 'afterwards', 'afterward', 'after', 'follow', 'follows']);
/** Their formalities, besides WordNet's process nouns: the paperwork, the forms, the contract. */
const FORMALITIES = new Set(['paperwork', 'papers', 'formalities', 'formality', 'documents', 'documentation', 'contract', 'forms']);
/**
 * "Can you take a verbal OK from your 部長 by Thursday and complete the paperwork later?"; "I need a yes from you
 * personally before, and the paperwork can follow after". A go-ahead asked, and their process put after it: the
 * decision asked around the process, as bypassed reads, in the other order. "Once you approve, we will send the
 * paperwork" asks nothing.
 */
function processDeferred(f: EnFacts): boolean {
  const t = f.tokens;
  const w = lowers(f);
  const asked = f.question || f.acts.includes('request') || f.clauses.some((c) => c.subject?.side === 'we' && c.negation === undefined && w.slice(c.from, c.to).includes('need'));
  if (!asked) return false;
  const dec = decisionIn(f, 0, t.length);
  if (dec < 0) return false;
  return w.some((x, i) => i > dec && (FORMALITIES.has(x) || PROCESS_NOUNS.has(x) || PROCESS_NOUNS.has(t[i]!.lemma)) &&
    w.slice(i + 1, i + 6).some((y) => AFTERWARDS.has(y)));
}

/** The start of a sentence, past its conjunction: "But after 1 November …", "So after that date …". */
const leadAt = (w: string[], word: (x: string) => boolean) => w.findIndex((x, i) => i <= 2 && word(x) && w.slice(0, i).every((y) => /^(?:but|and|so|however|,)$/.test(y)));
/**
 * "After that date I will not be able to help, even if I want to"; "but after 1 November it is +12% and I cannot do
 * anything for you". A date coming first, then our help denied: what we can do for them ends with it, so they must act
 * before. "After 1 November, we will not ship on Saturdays" is a notice (no help of ours to them denied).
 */
function helpEnds(f: EnFacts): boolean {
  const t = f.tokens;
  const w = lowers(f);
  const lead = leadAt(w, (x) => x === 'after' || x === 'past' || x === 'beyond');
  if (lead < 0) return false;
  const dated = (w[lead + 1] === 'that' || w[lead + 1] === 'then') || clockAt(f, lead) === lead || clockAt(f, lead) === lead + 1 ||
    deadlinesIn(w).some((d) => d.word > lead && d.word <= lead + 3) ||
    // "after the 15th", "after March": an ordinal day or a month the deadline parser leaves to context.
    w.slice(lead + 1, lead + 4).some((x) => /^\d{1,2}(?:st|nd|rd|th)$/.test(x) || MONTHS.test(x));
  if (!dated) return false;
  // The parse may take the date for the subject ("after that date I will not …"): read our pronoun in the words.
  const helpAt = (i: number) => {
    if (clauseOf(f, i)?.conditional) return false;
    return w[i] === 'help' || (w[i] === 'do' && /^(?:anything|more|for|much)$/.test(w[i + 1] ?? ''));
  };
  const NEGATORS = /^(?:not|n't|cannot|can't|won't|unable|never)$/;
  return w.some((x, i) => {
    if (i <= lead) return false;
    // "there is nothing more I can do for you"
    if (x === 'nothing') return w.slice(i + 1, i + 5).some((y, k, list) => (y === 'i' || y === 'we') && list.slice(k + 1).includes('do'));
    if (x !== 'i' && x !== 'we') return false;
    const neg = w.slice(i + 1, i + 4).findIndex((y) => NEGATORS.test(y));
    if (neg < 0) return false;
    for (let k = i + 2 + neg; k < Math.min(w.length, i + 10); k++) if (helpAt(k)) return true;
    return false;
  });
}

/**
 * "So better sign this month"; "you had better place the order this week". "Better" advising the reader's act of
 * committing, on a clock. "It is better to sign the NDA before we share the drawings" compares (an infinitive follows).
 */
function betterCommit(f: EnFacts): boolean {
  const w = lowers(f);
  return w.some((x, i) => x === 'better' && w[i + 1] !== 'to' && w[i + 1] !== 'than' &&
    f.tokens.slice(i + 1, i + 3).some((y, k) => COMMIT_VERBS.has(y.lemma) && clockAt(f, i + 2 + k) >= 0));
}

/**
 * "If the order form reaches us before 30 September, I can still book you at ¥520". A condition on their act with a
 * date, and what we can STILL do for them: the offer ends with the date. "If the order reaches us before 30
 * September, we will ship it in October" is a plan.
 */
function stillIfBefore(f: EnFacts): boolean {
  const w = lowers(f);
  const cond = f.clauses.find((c) => c.conditional && c.subject?.side !== 'we' && (() => { const k = clockAt(f, c.from); return k >= c.from && k < c.to; })());
  if (!cond) return false;
  return f.clauses.some((c) => !c.conditional && c.subject?.side === 'we' && c.negation === undefined &&
    w.slice(c.from, c.to).includes('still') && (c.modal === 'can' || c.modal === 'could' || w.slice(c.from, c.to).includes('can')));
}

/** A subject that arranges a meeting or a visit, no scarce thing of theirs. */
const ARRANGING = new Set(['time', 'date', 'address', 'attendance', 'agenda', 'attendees', 'details', 'schedule', 'name', 'names']);
/**
 * "The 2024 Volnay allocation must be confirmed before Thursday"; "the reservation has to be confirmed by Monday". A
 * thing of theirs that must be confirmed / signed / ordered (passive) by a date. "The meeting time must be confirmed
 * before Thursday" arranges a meeting.
 */
function mustBeSettled(f: EnFacts): boolean {
  const t = f.tokens;
  return f.clauses.some((c) => {
    // "• MSA: needs to be signed by Friday": a list item's label before the colon is the subject.
    const labelled = c.subject === undefined && t[c.from - 1]?.lower === ':';
    if (c.verb === undefined || c.negation !== undefined || c.conditional || (c.subject === undefined && !labelled) || c.subject?.side === 'we') return false;
    // The participle after "be": the parse may take "needs" for the verb ("the slot needs to be confirmed").
    const settle = (x: { lemma: string }) => COMMIT_VERBS.has(x.lemma) || /^(?:confirm|finalise|finalize)$/.test(x.lemma);
    const v = t.findIndex((x, i) => i >= c.verb! && i < c.to && settle(x) && /^(?:be|been)$/.test(t[i - 1]?.lower ?? ''));
    if (v < 0) return false;
    const before = t.slice(labelled ? Math.max(0, c.from - 4) : c.from, v);
    const necessity = c.modal === 'must' || before.some((x, k, list) => (x.lower === 'need' || x.lower === 'needs' || x.lemma === 'have') && list[k + 1]?.lower === 'to');
    if (!necessity) return false;
    if (before.some((x) => MEETINGS.has(x.lower) || ROOMS.has(x.lower) || ARRANGING.has(x.lower) || x.lower === 'our')) return false;
    return clockAt(f, v + 1) >= 0;
  });
}
