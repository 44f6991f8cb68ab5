import { z } from 'zod';
import data from '../../../../dictionaries/en/pressure.json';
import type { Sentence, Suggestion, SuggestionEdit } from '../../../engine/types';
import { SuggestionTemplateSchema, template } from './phrases';
import { lowerFirstWord } from './text';
import { isNumberWord, WordList, WordListSchema, wordsOf, type Word } from './word-phrases';
import { bundled, onDemand } from '../../bundled';
import { dateAt as dateKindAt, deadlinesIn } from '../../../engine/analysis/en-deadline';
import { pressWords } from '../../../engine/analysis/press-words';

export const PressureDictionarySchema = onDemand(() => z.object({
  about: z.string(),
  slogans: WordListSchema,
  /** "This offer expires", "pricing closes": pressing when a date or "soon" comes with it. */
  offerExpiry: WordListSchema,
  limitedValidity: WordListSchema,
  /** "We need your decision": pressing with a date, a tight clock or nothing else said. */
  decisionDemands: WordListSchema,
  /** "If you sign before the 15th": an order made the condition of a reward, pressing with a date or "now". */
  conditionalOrders: WordListSchema,
  rewards: WordListSchema,
  strongThreats: WordListSchema,
  /** "Another buyer in Osaka is also interested": a rival, then (within a clause's reach) their interest. */
  rivalBuyers: WordListSchema,
  rivalInterest: WordListSchema,
  scarcity: WordListSchema,
  weakThreats: WordListSchema,
  consequences: WordListSchema,
  /** Today, tomorrow, end of day, within 24 hours: a clock no buying committee can meet. */
  tightDeadlines: WordListSchema,
  /** "whether you'll …", "if you want to …": a yes or no asked of the reader, pressing only on a tight clock. */
  replyAsks: WordListSchema,
  /** "sign", "decide", "go ahead", "your answer": a decision asked of the reader. */
  decisionAsks: WordListSchema,
  /** "please", "can you", "we need": the sentence asks something of the reader (not "I will let you know"). */
  readerAsked: WordListSchema,
  /** "which date suits you", "whether you can attend": arranging a meeting, not pressing for a decision. */
  logistics: WordListSchema,
  exemptions: WordListSchema,
  suggestions: z.array(SuggestionTemplateSchema).min(1),
}));
const dict = bundled('en/pressure', PressureDictionarySchema, data);
const LISTS = ['slogans', 'offerExpiry', 'limitedValidity', 'decisionDemands', 'conditionalOrders', 'rewards', 'rivalBuyers', 'rivalInterest', 'scarcity', 'strongThreats', 'weakThreats', 'consequences',
  'tightDeadlines', 'replyAsks', 'decisionAsks', 'readerAsked', 'logistics', 'exemptions'] as const;
type ListName = (typeof LISTS)[number];
const P = Object.fromEntries(LISTS.map((l) => [l, new WordList(dict[l])])) as Record<ListName, WordList>;

/** Whether a date starts at word i: a weekday, a month, "tomorrow", "the 15th", "10 am", "1 May", "then", "that date". */
function dateAt(words: Word[], i: number): boolean {
  // No word after the cue (a lapse phrase ending the text: "This offer expires"): no date follows it.
  return i >= 0 && dateKindAt(words.map((w) => w.w), i) !== undefined;
}

/**
 * A date set by a deadline word (the deadline fact, analysis/en-deadline.ts): "by Friday", "until the end of
 * the month", "on March 1", "through June 30", "within 48 hours", "until then".
 */
function deadlineIn(words: Word[]): boolean {
  const ws = words.map((w) => w.w);
  // A date said back ("after that date the standard rate applies") restates the deadline of the sentence before;
  // only the order tied to it (orderByDate: "agreements countersigned by that date") reads it. "until then" stays.
  return deadlinesIn(ws).some((d) => !d.anaphor || ws[d.date] === 'then');
}

const SOON = /\b(?:now|soon|asap|quickly|this week|this month|right away)\b/i;
/** A count of free places made a call to take one: "grab one", "book a call", "reserve yours". */
const ASKED_TO_ACT = /\b(?:grab|book|reserve|secure|claim|lock|snap)\b/i;

/**
 * Whether a sentence pressures the reader: a sales slogan ("last chance", "only two slots left"), an offer
 * that lapses on a date ("our pricing closes on June 30"), a price "only good until Friday", a threat
 * ("after that I can't hold it", "the slot goes to another customer"), a decision demanded ("we need your
 * decision by Friday"), a deadline with a consequence ("after Friday the standard rate applies", "the price
 * goes up on March 1"), or an answer demanded on the seller's clock. A date tied to the client's own
 * schedule, a standard quote validity, or "take your time" in the same sentence is not.
 */
export function isPressure(text: string, theirDate = false): boolean {
  const words = wordsOf(text);
  const has = (l: ListName) => P[l].test(text, words);
  // A threat stays one whatever follows it ("… after that I can't hold it; please take your time"), unless
  // what cannot be held is a meeting ("if you can't attend on Friday, we cannot hold the meeting room").
  if (has('strongThreats') && !P.logistics.test(text, words)) return true;
  if (has('exemptions')) return false;
  // "This week only" presses when it limits an incentive; "our office is closed this week only" informs.
  const incentive = has('rewards') || words.some((x) => INCENTIVES.has(x.w));
  if (P.slogans.all(text, words).some((m) => (m.id !== 'period-only' || incentive) && !sloganOfCourtesy(m, words)) || has('limitedValidity')) return true;
  if (incentive && (periodOnly(words) || orderByDate(words))) return true;
  if (decideFast(words)) return true;
  const deadline = deadlineIn(words);
  const tight = has('tightDeadlines');
  if (rivalInterest(text, words) || countedRemainder(words, deadline || tight || SOON.test(text) || ASKED_TO_ACT.test(text))) return true;
  // "The launch discount ends this Friday": the date may follow the lapse with no "by" or "on".
  // Round 21: "Your tender window closes on June 30": the reader's own deadline, not an offer of ours lapsing.
  const lapse = P.offerExpiry.all(text, words).filter((m) => !/\byour\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, m.start - 40), m.start)));
  if (lapse.length > 0 && (deadline || tight || SOON.test(text) || lapse.some((m) => dateAt(words, words.findIndex((w) => w.start >= m.end))))) return true;
  // "Spots are limited, so I'd grab one soon": scarcity with a clock; "limited to 20 people" alone informs.
  if (scarce(text, words) && (deadline || tight || SOON.test(text))) return true;
  // `theirDate` (round 33, analysis/en-worked-back.ts): the date asked is worked back from a later one of the reader's
  // own — a decision or an answer needed by then serves their schedule, unless an incentive rides on it ("sign by the
  // 15th to keep the launch discount"); a loss, a threat or scarcity presses whatever the date serves.
  // (A thing of value named: the reward words' "off" and "include" would take "sign-off" and "included" for one.)
  const demanded = !theirDate || words.some((x) => INCENTIVES.has(x.w));
  if (demanded && has('decisionDemands') && (deadline || tight || SOON.test(text) || words.length <= 6)) return true;
  // "If you cannot attend on Tuesday, we can move the meeting": a date for a meeting, not a threat.
  if (deadline && ((has('consequences') && !P.logistics.test(text, words)) || has('weakThreats'))) return true;
  // "If you sign before the 15th, we can give you an extra 5% discount": a reward that lapses with the date.
  if (has('conditionalOrders') && (deadline || tight || SOON.test(text)) && has('rewards')) return true;
  return demanded && demandsQuickAnswer(text, words, deadline, tight);
}

/**
 * Scarcity said as such ("places are limited", "almost full"); a capacity given as a figure ("the webinar is
 * limited to 30 people") states the size of the room, and a registration date beside it informs.
 */
function scarce(text: string, words: Word[]): boolean {
  return P.scarcity.all(text, words).some((m) => {
    const k = words.findIndex((w) => w.start >= m.end);
    return !(k >= 0 && words[k]!.w === 'to' && isNumberWord(words[k + 1]?.w ?? ''));
  });
}

/** "Another buyer in Osaka is also interested in this lot": a rival buyer, and their interest within six words. */
function rivalInterest(text: string, words: Word[]): boolean {
  const interest = P.rivalInterest.all(text, words);
  if (interest.length === 0) return false;
  return P.rivalBuyers.all(text, words).some((r) => {
    const from = words.findIndex((w) => w.start >= r.end);
    if (from < 0) return false;
    const reach = words[Math.min(words.length - 1, from + 6)]!.end;
    return interest.some((m) => m.start >= r.end && m.start <= reach);
  });
}

/** What may not stand between the count and "left": people are no stock ("only two of us are left"). */
const NOT_STOCK = new Set(['of', 'us', 'we', 'them', 'people', 'staff', 'engineers', 'colleagues', 'days', 'weeks', 'hours', 'minutes']);

/**
 * "Only four evaluation kits remain", "just 3 units left": a count of what is on offer, going. Any noun
 * will do, so the class is read here rather than listed; people and time left are no stock.
 */
function countedRemainder(words: Word[], clock: boolean): boolean {
  return words.some((w, i) => {
    if (w.w !== 'only' && w.w !== 'just') return false;
    // "we only have two slots left", "we've just got three places left": the verb of having between.
    const n = HAVING.has(words[i + 1]?.w ?? '') ? i + 2 : i + 1;
    if (!isNumberWord(words[n]?.w ?? '')) return false;
    for (let k = n + 1; k < Math.min(words.length, n + 6); k++) {
      const x = words[k]!.w;
      if (NOT_STOCK.has(x)) return false;
      if (x === 'left' || x === 'remain' || x === 'remains' || x === 'remaining') return k > n + 1;
      // "just three implementation slots open for April": open or free is a count going only with a clock.
      if (OPEN.has(x)) return k > n + 1 && clock;
    }
    return false;
  });
}
const HAVING = new Set(['have', 'has', 'got']);
const OPEN = new Set(['open', 'free', 'available', 'unclaimed', 'unbooked']);

/**
 * "Can you let me know today whether you'll take the call?", "Please sign the order form by Friday": the
 * reader is asked for a decision by the seller's date, or for a yes or no by today or tomorrow. Asking
 * which date suits them, or for questions by tomorrow, is arranging, not pressing.
 */
function demandsQuickAnswer(text: string, words: Word[], deadline: boolean, tight: boolean): boolean {
  if (!P.readerAsked.test(text, words) || P.logistics.test(text, words)) return false;
  const decision = P.decisionAsks.test(text, words);
  if (tight) return decision || P.replyAsks.test(text, words);
  return decision && deadline;
}

/** What an incentive is made of besides the reward words: a price, a fee waived, a charge dropped. */
const INCENTIVES = new Set(['offer', 'price', 'pricing', 'rate', 'discount', 'deal', 'promotion', 'promo', 'fee', 'fees', 'charge', 'charges',
  'bundle', 'rebate', 'waiving', 'waive', 'waived', 'saving', 'savings']);

/**
 * Round 37: a slogan's words said of an event or a courtesy, not of a decision: "This is the last day of the trade show"
 * (the day of something with no offer named after "of"), "Now is the time to thank you for your support" (the moment of
 * a courtesy). "Friday is the last day to register", "the last day of the launch offer", "now is the time to order" press.
 */
const COURTESY = new Set(pressWords('courtesy-verb'));
function sloganOfCourtesy(m: { id: string; end: number }, words: Word[]): boolean {
  const k = words.findIndex((x) => x.start >= m.end);
  const next = k < 0 ? [] : words.slice(k, k + 6);
  if (m.id === 'now-is-the-time') return next[0] !== undefined && COURTESY.has(next[0].w);
  if (m.id !== 'last-day' || words[k - 1]?.w === 'to') return false;
  return next[0]?.w === 'of' && !next.some((x) => INCENTIVES.has(x.w) || /^(?:sale|offers|prices|rates|terms|campaign)$/.test(x.w));
}

/** A period the seller sets, right after "only" ("only this month", "only for this week", "only until Friday"). */
const PERIOD_HEADS = new Set(['week', 'month', 'quarter', 'weekend', 'year']);
function periodOnly(words: Word[]): boolean {
  return words.some((x, i) => {
    if (x.w !== 'only') return false;
    let k = i + 1;
    if (words[k]?.w === 'for' || words[k]?.w === 'during') k++;
    const w = words[k]?.w;
    if (w === 'today' || w === 'tomorrow') return true;
    if ((w === 'this' || w === 'the') && PERIOD_HEADS.has(words[k + 1]?.w ?? '')) return true;
    return (w === 'until' || w === 'till' || w === 'through' || w === 'before') && dateAt(words, k + 1);
  });
}

/** What the reader sends to take up an incentive: an order, a purchase order, a signed contract. */
const ORDERED = new Set(['order', 'orders', 'po', 'pos', 'contract', 'contracts', 'agreement', 'agreements', 'signature', 'commitment', 'confirmation', 'booking', 'bookings']);
const BY = new Set(['by', 'before', 'until', 'till', 'within']);
/**
 * An incentive tied to the reader's order by the seller's date: "If we receive your purchase order by Friday,
 * we can include installation free of charge", "for contracts signed before March 15 we add a second year".
 */
function orderByDate(words: Word[]): boolean {
  return words.some((x, i) => ORDERED.has(x.w) && words.slice(i + 1, i + 4).some((y, k) => BY.has(y.w) && dateAt(words, i + 2 + k)));
}

/** A decision urged at speed: "better to decide quickly", "please sign fast", "you should order now". */
const FAST = new Set(['quickly', 'fast', 'asap', 'immediately', 'promptly', 'now', 'soon']);
const DECIDING = new Set(['decide', 'sign', 'order', 'commit', 'buy', 'purchase', 'act']);
const ADVISING = new Set(['better', 'best', 'should', 'please', 'must', 'recommend', 'suggest', 'advise']);
function decideFast(words: Word[]): boolean {
  return words.some((x, i) => DECIDING.has(x.w) && FAST.has(words[i + 1]?.w ?? '') &&
    words.slice(Math.max(0, i - 3), i).some((y) => ADVISING.has(y.w)) && !words.slice(Math.max(0, i - 3), i).some((y) => y.w === 'we' || y.w === 'i'));
}

/**
 * "Take your time", "no rush" in the sentence itself: whatever else it says, the writer gives the reader
 * time — unless it also threatens ("after that I can't hold it"). The client's own schedule and a quote's
 * validity exempt a date only from the phrase checks: "rather than wait for your next budget cycle" is
 * still advice to hurry.
 */
export function pressureEased(text: string): boolean {
  const words = wordsOf(text);
  return P.exemptions.all(text, words).some((m) => m.id === 'no-hurry') && !P.strongThreats.test(text, words);
}

/**
 * Exempt only by naming a thing of the reader's ("your installation", "your project start"), not by tying the
 * date to it ("to meet your launch", "as you asked"): a consequence for their thing ("your installation moves to
 * the back of the line") is still the seller's lever.
 */
export function exemptOnlyByTheirThing(text: string): boolean {
  const ms = P.exemptions.all(text, wordsOf(text));
  return ms.length > 0 && ms.every((m) => m.id === 'client-schedule' && /^your\b/i.test(text.slice(m.start, m.end)) &&
    // "in time for your launch" serves their schedule; "not to wait for your budget cycle" presses against it.
    !/\b(?:to meet|in time for|before|(?<!wait\s)for)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start)));
}

/** The client's own schedule, a quote's validity or "no rush": the date is not the seller's lever. */
export function pressureExempt(text: string): boolean {
  return P.exemptions.test(text, wordsOf(text));
}

/**
 * Exempt from a forfeit (en-forfeit.ts) by the client's own schedule, their decision left to them or "no rush";
 * a quote's validity does not exempt it: the forfeit is what makes a validity pressure.
 */
export function forfeitExempt(text: string): boolean {
  return P.exemptions.all(text, wordsOf(text)).some((m) => m.id !== 'quote-validity');
}

/**
 * Words without one of which no lever of en-levers.ts can be read: a cheap test before the parse. A time
 * alone is no lever, so the gate is on what the lever is made of (an offer, stock, a rival, a decision…).
 */
const LEVER_WORDS = new Set([
  'offer', 'price', 'pricing', 'prices', 'rate', 'rates', 'discount', 'deal', 'promotion', 'promo', 'bundle', 'terms', 'rebate', 'exclusivity',
  'allocation', 'reservation', 'savings', 'early-bird', 'special', 'last', 'only', 'just', 'left', 'remain', 'remaining', 'out', 'up',
  'fast', 'low', 'demand', 'another', 'other', 'others', 'someone', 'somebody', 'competitor', 'competitors', 'higher', 'instead', 'now',
  'today', 'quickly', 'immediately', 'asap', 'promptly', 'soon', 'tonight', 'away', 'regret', 'shame', 'opportunities', 'decision',
  'answer', 'yes', 'ahead', 'confirmation', 'commitment', 'signature', 'signed', 'po', 'loi', 'purchase', 'decide', 'unless', 'failing', 'without',
  'should', 'if', 'cost', 'fee', 'package', 'licence', 'license', 'subscription',
  // what a lever stated alone is made of (en-levers.ts leverStated): stock held, scarce or gone, a rise
  'capacity', 'slot', 'slots', 'spot', 'spots', 'places', 'seats', 'stock', 'units', 'gone', 'almost', 'nearly', 'limited', 'hold',
  'until', 'till', 'through', 'rise', 'rises', 'increase', 'increases', 'beyond', 'past', 'within', 'waiting', 'delaying', 'delay',
  'quick', 'prompt', 'swift', 'limited',
  // firstToAct and rivalClaim of en-levers.ts (windowOnly, conditionalLoss and the phrasal lapses pass the
  // gate by words already listed: an offer noun, "only", "if", "unless")
  'first', 'first-come', 'everything', 'all', 'rest', 'whole', 'entire', 'allocations',
  // advice to act by a date (hurry's date path, wouldNotWait, "it makes sense to …")
  'sign', 'commit', 'lock', 'wait', 'sense', 'smart', 'wise', 'advice', 'advise', 'recommend', 'revert', 'reverts',
  // orElse: the loss offered as the alternative to a request
  'otherwise', 'release', 'cancel', 'withdraw',
  // the reader's regret foretold in an idiom ("you'll kick yourself", "left behind"); peers ahead ("already signed")
  'kick', 'behind', 'already', 'waited', 'missed', 'hesitated',
  // peers who moved lately, late movers left behind, rivals not standing still (en-levers.ts peersAhead, laggardsLeft)
  'recently', 'catch', 'still', 'adopters', 'holdouts', 'laggards', 'latecomers',
  // capacity already going (en-levers.ts capacityTaken), a late decision pushed back (pushedBack), advice not to
  // put it off (dontDelay)
  'taken', 'booked', 'full', 'filled', 'allocated', 'reserved', 'committed', 'claimed', 'sold', 'spoken', 'fill', 'filling', 'turn',
  'turning', 'turned', 'queue', 'next', "don't", 'sit', 'put', 'leave', 'let', 'miss',
  // nothing held past the seller's date (en-levers.ts heldNoLonger), what they did not take sold to another (ultimatum)
  'guarantee', 'promise', 'honour', 'honor', 'sell',
]);

/** A validity's hard edge needs a time word ("until") and a "not"/"no" tail (en-levers.ts hardEdge). */
export function mayHaveHardEdge(text: string): boolean {
  const words = wordsOf(text);
  return words.some((w) => w.w === 'until' || w.w === 'till' || w.w === 'til' || w.w === 'through' || w.w === 'thru') &&
    words.some((w) => w.w === 'not' || w.w === 'no');
}

export function mayHaveLever(text: string): boolean {
  return wordsOf(text).some((w) => LEVER_WORDS.has(w.w));
}

/**
 * Words without one of which a sentence cannot state a lever for the next one to press (en-levers.ts
 * leverStated): narrower than LEVER_WORDS, since the pair test runs on every two sentences of the mail.
 */
const STATED_WORDS = new Set([
  'offer', 'price', 'pricing', 'prices', 'rate', 'rates', 'discount', 'deal', 'promotion', 'promo', 'bundle', 'terms', 'rebate', 'exclusivity',
  'allocation', 'reservation', 'limited', 'almost', 'nearly', 'left', 'remain', 'remains', 'remaining', 'last', 'another', 'other', 'others',
  'someone', 'somebody', 'competitor', 'competitors', 'sell', 'selling', 'sold', 'filling', 'running', 'demand', 'gone', 'capacity', 'slot', 'slots',
  // capacity counted out for new buyers (en-levers.ts capacityCounted): "only taking on three", "one more project"
  'only', 'just', 'more',
]);

export function mayStateLever(text: string): boolean {
  return wordsOf(text).some((w) => STATED_WORDS.has(w.w));
}

/** Words without one of which a sentence cannot put the clock on a lever (en-levers.ts clockAsked). */
const CLOCK_WORDS = new Set([
  'sign', 'signed', 'signing', 'commit', 'decide', 'decision', 'order', 'book', 'lock', 'secure', 'act', 'move', 'proceed', 'buy', 'purchase',
  'reserve', 'grab', 'jump', 'finalise', 'finalize', 'confirm', 'place', 'answer', 'yes', 'go', 'commitment', 'signature', 'po', 'loi',
  'want', 'don\'t', 'do', 'after', 'otherwise', 'confirming', 'ordering', 'booking', 'placing', 'committing', 'deciding', 'securing',
  'reserving', 'buying', 'purchasing', 'locking', 'proceeding', 'confirmation', 'decisions', 'answers', 'deposit', 'prepayment',
  // a reply by a near date (en-levers.ts replyByNearDate): "let me know by Wednesday", "hear back from you by Friday"
  'know', 'hear', 'reply', 'respond', 'revert', 'tell', 'decide',
]);

export function mayAskClock(text: string): boolean {
  return wordsOf(text).some((w) => CLOCK_WORDS.has(w.w));
}

/** How an entry of this file recognises a text: the rules' own matcher (tests/unit/dictionaries). */
export function pressureEntryMatches(list: string, id: string, text: string): boolean {
  const words = P[list as ListName];
  if (!words) throw new Error(`pressure.json has no list "${list}"`);
  return words.entryMatches(id, text);
}

/**
 * The seller's own sentence, kept, with a cushion before it and the pressure taken off at its end, in the
 * same sentence so that it reads as one thought: "This price is only good until Friday." → "So that you can
 * plan, this price is only good until Friday; that said, please take the time you need to review it with
 * your team." A question keeps its question mark: "…signed by Thursday, or whenever suits your team?"
 */
export function wrappedPressure(s: Sentence, isName?: (w: string) => boolean): Suggestion[] {
  const word = /^[A-Za-z][A-Za-z'’-]*/.exec(s.text)?.[0] ?? '';
  const cushion = template(dict.suggestions, 'cushion').text;
  // Where the closing punctuation starts, scanned from the end (a pattern anchored at $ would retry from
  // every position of a long sentence).
  let cut = s.text.length;
  while (cut > 0 && /["”’)]/.test(s.text[cut - 1]!)) cut--;
  while (cut > 0 && /[.!?]/.test(s.text[cut - 1]!)) cut--;
  const question = s.text.slice(cut).includes('?');
  const endAt = s.start + cut;
  const build = (id: string, lead: boolean): Suggestion => {
    const t = template(dict.suggestions, id);
    const ending = template(dict.suggestions, question ? `${id}-question` : id).text;
    const edits: SuggestionEdit[] = [];
    if (lead && word) edits.push({ start: s.start, end: s.start + word.length, text: cushion + lowerFirstWord(s.text, isName).slice(0, word.length) });
    edits.push({ start: endAt, end: s.end, text: ending });
    let text = s.text;
    for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start - s.start) + e.text + text.slice(e.end - s.start);
    return { text, edits, label: t.label, labelJa: t.labelJa };
  };
  return [
    build('take-your-time', true),
    build('no-rush', false),
  ];
}
