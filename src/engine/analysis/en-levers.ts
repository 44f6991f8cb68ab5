import { clauseOf as indexedClause } from './en';
import type { EnClause, EnFacts, EnToken } from './en';
import { deadlinesIn, type Deadline } from './en-deadline';

/**
 * Pressure read as a lever and a clock (issue 10): the seller makes the reader's decision cost something if
 * it comes late — an offer that lapses, stock that runs out, a rival who takes it, a price that rises, a
 * loss the reader will regret, a decision demanded by the seller's date, a consequence if no answer comes.
 * Each lever is read from the parse (lemmas, clause subjects, negation, tense), not from listed sentences,
 * so "the bundle price disappears once this week is over" and "the promotional rate runs out on Sunday"
 * are one class. Word classes here are closed (the nouns an offer is made of, the verbs a lapse is said
 * with); the phrases with their own examples stay in dictionaries/en/pressure.json.
 */

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** A point in time on its own: "tomorrow", "midnight", "month-end", "Q1", "EOD". */
const POINTS = new Set(['today', 'tonight', 'tomorrow', 'midnight', 'noon', 'eod', 'cob', 'month-end', 'year-end', 'quarter-end',
  'week-end', 'q1', 'q2', 'q3', 'q4', 'weekend', 'holidays', 'christmas']);
const SPANS = new Set(['day', 'days', 'hour', 'hours', 'week', 'weeks', 'month', 'months', 'quarter']);
const ORDINAL = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/;
/** Words that make a span near: "this week", "next month", "the end of the quarter". */
const NEAR = new Set(['this', 'next', 'coming', 'end']);
const NUMBERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'ten', 'few', 'couple', '24', '48', '72']);
/** Speed said without a date: "decide quickly", "sign now". */
const SPEED = new Set(['now', 'today', 'quickly', 'fast', 'immediately', 'asap', 'promptly', 'soon', 'soonest', 'tonight']);

/** "almost gone", "nearly fully booked", "almost completely sold": where the stock is said to be nearly gone. */
function almostGone(lower: string[]): number {
  return lower.findIndex((w, i) => (w === 'almost' || w === 'nearly') &&
    /^(?:gone|full|sold|booked|taken|allocated|reserved)$/.test(lower[i + (/^(?:fully|completely|entirely)$/.test(lower[i + 1] ?? '') ? 2 : 1)] ?? ''));
}

/**
 * A date of the seller's said back from the sentence's lead ("after that", "after that date", "beyond then"):
 * the deadline fact's "from" with an anaphor (en-deadline.ts).
 */
function afterThat(lower: string[]): Deadline | undefined {
  return deadlinesIn(lower, { bareThat: true }).find((d) => d.sense === 'from' && d.anaphor);
}

/** Whether the sentence names a near point in time: a weekday, a date, "this week", "in five days", "5 pm". */
export function nearTime(tokens: EnToken[]): boolean {
  return tokens.some((t, i) => {
    const w = t.lower;
    const prev = tokens[i - 1]?.lower ?? '';
    if (WEEKDAYS.has(w) || POINTS.has(w)) return true;
    if (MONTHS.has(w) && !(w === 'may' && t.pos !== 'PROPN')) return true;
    if (ORDINAL.test(w)) return true;
    if (/^\d{1,2}(?::\d\d)?$/.test(w) && /^(?:am|pm|a\.m\.|p\.m\.)$/.test(tokens[i + 1]?.lower ?? '')) return true;
    if (/^\d{1,2}[/.]\d{1,2}$/.test(w)) return true;
    if (SPANS.has(w) && (NEAR.has(prev) || (prev === 'the' && NEAR.has(tokens[i - 2]?.lower ?? '')))) return true;
    // "the end of the month", "end of this week"
    if (SPANS.has(w) && tokens.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'end')) return true;
    // "in five days", "within 48 hours", "the next three days", "within five business days"
    const counted = SPAN_KINDS.has(prev) ? i - 2 : i - 1;
    const count = tokens[counted]?.lower ?? '';
    if (SPANS.has(w) && (NUMBERS.has(count) || /^\d{1,3}$/.test(count))) {
      const lead = tokens[counted - 1]?.lower ?? '';
      return lead === 'in' || lead === 'within' || lead === 'next' || lead === 'another';
    }
    return false;
  });
}

/** Words between a count and its span: "five business days", "three working days". */
const SPAN_KINDS = new Set(['business', 'working', 'calendar', 'work', 'full']);

/** Speed without a date, or a near date. */
function clock(tokens: EnToken[]): boolean {
  return nearTime(tokens) || tokens.some((t) => SPEED.has(t.lower) || (t.lower === 'right' && tokens[tokens.indexOf(t) + 1]?.lower === 'away'));
}

const has = (tokens: EnToken[], set: Set<string>, from = 0, to = tokens.length) =>
  tokens.slice(from, to).findIndex((t) => set.has(t.lemma) || set.has(t.lower));

/** What an offer is made of: the thing that lapses. A quote's validity is not one (spec: standard validity is clean). */
const OFFER = new Set(['offer', 'price', 'pricing', 'rate', 'discount', 'deal', 'promotion', 'promo', 'bundle', 'terms', 'rebate',
  'incentive', 'exclusivity', 'allocation', 'reservation', 'saving', 'savings', 'early-bird', 'special']);
/** Verbs a lapse is said with: "expires", "ends", "runs out", "disappears", "will be withdrawn". */
const LAPSE = new Set(['expire', 'end', 'close', 'lapse', 'disappear', 'vanish', 'withdraw', 'finish', 'cease']);

/** "The early-bird discount ends at midnight", "this pricing won't last past Friday": an offer lapsing soon. */
function lapse(f: EnFacts): boolean {
  const t = f.tokens;
  const noun = has(t, OFFER);
  if (noun < 0) return false;
  for (let i = noun + 1; i < t.length; i++) {
    const w = t[i]!;
    // "this price won't be there in May", "the discount will not be available after Friday": the offer not there
    // at a near point in time ("May" the month, after a preposition, whatever the tagger made of it).
    if ((w.lower === 'there' || w.lower === 'available') && t[i - 1]?.lemma === 'be' && negatedBefore(t, i - 1) &&
      (nearTime(t.slice(i + 1)) || t.slice(i + 1).some((x, k, list) => x.text === 'May' && /^(?:in|by|after|from|come)$/.test(list[k - 1]?.lower ?? '')))) return true;
    if (w.pos !== 'VERB' && w.pos !== 'NOUN' && w.pos !== 'ADJ' && w.pos !== 'ADV' && w.pos !== 'ADP') continue;
    // "ends up being", "closes the gap": no lapse.
    // "the discount lapses" is at times tagged as two nouns: a lapse word right after the offer is its verb.
    const verbal = w.pos !== 'NOUN' || (OFFER.has(t[i - 1]!.lemma) && /s$/.test(w.lower));
    if (LAPSE.has(w.lemma) && verbal && t[i + 1]?.lower !== 'up' && !pastOnly(t, i)) return clock(t);
    if (w.lemma === 'run' && t[i + 1]?.lower === 'out') return clock(t);
    // "the launch discount drops off this Friday", "the bundle price goes away after March": a lapse in a phrasal verb.
    if ((w.lemma === 'drop' || w.lemma === 'come' || w.lemma === 'go' || w.lemma === 'fall') && /^(?:off|away)$/.test(t[i + 1]?.lower ?? '') &&
      !pastOnly(t, i)) return clock(t);
    // "our 2028 terms will be locked on November 30": the offer closes at a point in time ("locked for twelve
    // months" or "until March" holds it for the reader instead; "were locked on Monday" is history).
    if (FROZEN.has(w.lemma) && t[i + 1]?.lower === 'on' && !pastOnly(t, i) && !t.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'was' || x.lower === 'were')) {
      return nearTime(t.slice(i + 1));
    }
    // "won't last", "will not be around": negated staying.
    if ((w.lemma === 'last' || w.lower === 'around') && negatedBefore(t, i)) return true;
    // "This deal is off the table after Friday", "… will come off the table": an offer that goes. Said as it is
    // now, with no time and no future ("A discount on the pilot is off the table"), it is a no (the refusal rules').
    if (w.lower === 'off' && t[i + 1]?.lower === 'the' && t[i + 2]?.lower === 'table') {
      if (clock(t) || t.slice(noun + 1, i).some((x) => x.lemma === 'will' || x.lower === "'ll" || x.lemma === 'come' || x.lemma === 'go')) return true;
      continue;
    }
    // "the offer is time-limited"
    if (w.lower === 'time-limited' || (w.lower === 'time' && t[i + 1]?.lower === '-' && t[i + 2]?.lower === 'limited')) return true;
  }
  return false;
}

/** Verbs that close an offer for good at a point in time: after it, no more choice. */
const FROZEN = new Set(['lock', 'finalise', 'finalize', 'freeze', 'allocate', 'close']);

function pastOnly(t: EnToken[], i: number): boolean {
  const w = t[i]!;
  // "ended", "expired" with no auxiliary of the future or passive before: a report of what happened.
  if (!/ed$/.test(w.lower)) return false;
  const before = t.slice(Math.max(0, i - 3), i).map((x) => x.lemma);
  return !before.some((l) => l === 'will' || l === 'be' || l === 'get');
}

function negatedBefore(t: EnToken[], i: number): boolean {
  return t.slice(Math.max(0, i - 3), i).some((x) => x.lower === "n't" || x.lower === 'not' || x.lower === 'never' || x.lower === 'cannot');
}

/** Where an offer's time runs to: "until Wednesday", "past the end of the month", "within 7 days". */
const BOUNDS = new Set(['until', 'till', 'til', 'through', 'beyond', 'past', 'within']);

/**
 * An offer held only so long: "we're only holding this price for you until Wednesday", "I can't guarantee
 * this pricing past the end of the month", "this rate is applicable only till 10th December", "to keep this
 * price, the contract must be signed within 7 days". The limit (only, a negation, must) makes it a lever:
 * "we can hold this price until the end of June for you" gives time.
 */
function bounded(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question || !nearTime(t)) return false;
  if (has(t, OFFER) < 0 && has(t, STOCK) < 0) return false;
  // "for another 48 hours", "for the next two days": a span from now that bounds the offer too.
  const bound = t.findIndex((x, i) => BOUNDS.has(x.lower) || (x.lower === 'for' && (t[i + 1]?.lower === 'another' ||
    (t[i + 1]?.lower === 'the' && t[i + 2]?.lower === 'next'))));
  if (bound < 0) return false;
  const lower = t.map((x) => x.lower);
  const limit = lower.includes('only') || lower.includes('must') ||
    f.clauses.some((c) => c.negation !== undefined && c.negation < bound && c.to > bound);
  return limit && !lower.includes('valid') || limit && lower.includes('only');
}

/** Stock or capacity: what can run short. */
const STOCK = new Set(['slot', 'spot', 'place', 'seat', 'unit', 'licence', 'license', 'allocation', 'capacity', 'stock', 'inventory',
  'window', 'opening', 'kit', 'position', 'supply', 'lot', 'batch', 'space', 'room', 'availability']);
/** How stock runs short: "sell out", "fill up", "go fast", "run low". */
const SHORTENING = new Set(['sell', 'fill', 'go', 'run', 'disappear', 'book']);

/**
 * Scarcity as a lever: "we're down to our last three pilot places", "only a handful of slots remain",
 * "the remaining licences are likely to sell out this month", "stock is running low, so I would order soon",
 * "demand is very high and these slots will not last". An answer to their question about stock
 * ("two installation slots remain in January", "we have 40 units in stock") has no lever.
 */
function scarcity(f: EnFacts): boolean {
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  // "down to our last three", "our last two places"
  const last = lower.findIndex((w, i) => w === 'last' && (lower[i - 1] === 'our' || lower[i - 1] === 'the') &&
    (NUMBERS.has(lower[i + 1] ?? '') || /^\d{1,2}$/.test(lower[i + 1] ?? '') || STOCK.has(t[i + 1]?.lemma ?? '')));
  if (last >= 0 && lower.slice(0, last).includes('down')) return true;
  // "only a handful of … remain", "just a couple of … left"
  const only = lower.findIndex((w, i) => (w === 'only' || w === 'just') && lower[i + 1] === 'a' && /^(?:few|handful|couple)$/.test(lower[i + 2] ?? ''));
  if (only >= 0 && lower.slice(only + 3, only + 9).some((w) => w === 'left' || w === 'remain' || w === 'remaining' || w === 'remains')) return true;
  const stock = has(t, STOCK);
  if (stock < 0) return false;
  // "Our Q3 slots are almost fully booked, so I'd confirm this week": nearly gone, with a clock after it ("were almost
  // fully booked last year" is history; "capacity for July is almost full" names the period, no clock).
  const almost = almostGone(lower);
  if (almost >= 0 && clauseOf(f, almost)?.tense !== 'past' && clock(t.slice(almost + 2))) return true;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    // "sell out", "fill up", "go fast", "run low", "book up"
    if (SHORTENING.has(w.lemma) && /^(?:out|up|fast|quickly|low|short)$/.test(lower[i + 1] ?? '') && !pastOnly(t, i) && !f.question) {
      return w.lemma !== 'run' || lower[i + 1] !== 'out' || clock(t);
    }
    // "these slots will not last", "the allocation won't last"
    if (w.lemma === 'last' && negatedBefore(t, i) && i > stock) return true;
  }
  // "Demand is very high" with stock named and a clock: "… so book soon".
  const demand = lower.indexOf('demand');
  return demand >= 0 && lower.slice(demand, demand + 5).some((w) => w === 'high' || w === 'strong') && clock(t);
}

/** What a seller's capacity for new business is counted in: customers, projects, pilots, slots. */
const TAKEN_ON = new Set(['customer', 'client', 'partner', 'company', 'project', 'pilot', 'account', 'site', 'installation', 'implementation',
  'onboarding', 'slot', 'spot', 'place', 'seat', 'opening', 'deployment', 'rollout', 'brand', 'distributor', 'engagement', 'programme', 'program']);
/** How a seller takes new business on: "taking on", "accept", "onboard", "room for", "capacity for". */
const TAKING_ON = new Set(['take', 'accept', 'onboard', 'onboarding', 'admit', 'add', 'welcome', 'fit', 'squeeze', 'handle', 'open', 'have', 'run', 'start',
  'capacity', 'room', 'space', 'bandwidth', 'left', 'remain', 'remaining', 'available', 'open', 'free']);
/** A small count: a figure up to 20 or a number word ("three", "a handful", "a couple"). */
const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'handful', 'couple', 'single']);
const isCount = (t: EnToken) => COUNT_WORDS.has(t.lower) || (/^\d{1,2}$/.test(t.lower) && Number(t.lower) <= 20);
const LIMITING = new Set(['only', 'just', 'last', 'final']);

/**
 * Our capacity for new buyers counted out (round 13, K3): "we're only taking on three pilot customers this
 * quarter", "we have capacity for just two more customers in January", "our team can take one more project
 * before March", "two onboarding slots left for Q1". A small count, limited ("only", "just", "last", or "N more"),
 * of customers, projects or slots, that we take on or have room for — not history ("we took on three customers
 * last year"), not a condition. Alone it is a lever stated; with a reply asked by a near date it presses.
 */
export function capacityCounted(f: EnFacts): boolean {
  const t = f.tokens;
  for (let i = 0; i < t.length; i++) {
    // "To secure the last place, …", "our final pilot slot": one left, said without a figure.
    if (LIMITING.has(t[i]!.lower) && (t[i]!.lower === 'last' || t[i]!.lower === 'final') && /^(?:the|our)$/.test(t[i - 1]?.lower ?? '') &&
      t.slice(i + 1, i + 3).some((x) => TAKEN_ON.has(x.lemma)) && !f.question) {
      const lc = clauseOf(f, i);
      if (lc && !lc.conditional && !(lc.tense === 'past' && lc.modal === undefined && !lc.perfect)) return true;
    }
    if (!isCount(t[i]!)) continue;
    const c = clauseOf(f, i);
    if (!c || c.conditional || f.question || (c.tense === 'past' && c.modal === undefined && !c.perfect)) continue;
    // The counted noun within a few words: "three pilot customers", "two more onboarding slots".
    let noun = -1;
    for (let k = i + 1; k < Math.min(t.length, i + 5); k++) {
      if (TAKEN_ON.has(t[k]!.lemma) || TAKEN_ON.has(t[k]!.lower)) {
        noun = k;
        break;
      }
      if (!/^(?:ADJ|NOUN|PROPN|ADV)$/.test(t[k]!.pos) && t[k]!.lower !== 'more') break;
    }
    if (noun < 0) continue;
    const before = t.slice(Math.max(0, c.from - 1, i - 3), i);
    const limited = before.some((x) => LIMITING.has(x.lower)) || t[i + 1]?.lower === 'more' ||
      t.slice(noun + 1, noun + 4).some((x) => x.lower === 'left' || x.lemma === 'remain' || x.lower === 'remaining');
    if (!limited) continue;
    const taking = t.slice(c.from, Math.min(c.to, noun + 4)).some((x) => TAKING_ON.has(x.lemma) || TAKING_ON.has(x.lower));
    if (taking) return true;
  }
  return false;
}

/** What a reply to us is said with: "hear back", "let me know", "confirm", "your answer", "decide". */
const REPLY = new Set(['hear', 'know', 'confirm', 'reply', 'respond', 'answer', 'decision', 'decide', 'revert', 'commit', 'sign', 'yes',
  'confirmation', 'commitment', 'go-ahead', 'tell']);
/** Words that set a date for the reply: "by Friday", "before the 15th", "no later than Wednesday". */
const REPLY_BY = new Set(['by', 'before', 'until', 'till', 'within', 'than']);
/** Arranging a meeting or a visit asks for a date, not a decision. */
const MEETING = new Set(['meeting', 'visit', 'call', 'attend', 'suit', 'convenient', 'demo', 'webinar', 'agenda']);

/**
 * A reply asked of the reader by a near date of ours: "I'd need to hear back from you by Friday", "please
 * confirm by the 15th", "let me know by Wednesday", "your answer before the end of next week". The date is the
 * reply's ("by Friday"), not the period the capacity is for ("this quarter").
 */
export function replyByNearDate(f: EnFacts): boolean {
  const t = f.tokens;
  if (t.some((x) => MEETING.has(x.lemma))) return false;
  // The reader replies: "let me know", "hear back from you", "your answer", "please confirm"; not "we will confirm".
  const readerReplies = (x: EnToken, j: number) => {
    if (!REPLY.has(x.lemma) && !REPLY.has(x.lower)) return false;
    if (x.lemma === 'know') return t[j - 1]?.lower === 'me' || t[j - 1]?.lower === 'us';
    if (x.lemma === 'hear') return true;
    if (x.pos === 'NOUN' || x.lower === 'yes') return t.slice(Math.max(0, j - 3), j).some((y) => y.lower === 'your') || t.some((y) => y.lower === 'you');
    return clauseOf(f, j)?.subject?.side !== 'we';
  };
  if (!t.some(readerReplies)) return false;
  return t.some((x, j) => REPLY_BY.has(x.lower) && (x.lower !== 'than' || t[j - 1]?.lower === 'later') && nearTime(t.slice(j + 1, j + 6)));
}

/** What a seller holds for the reader: a line reserved, a slot kept, a price guaranteed. */
const HOLDING = new Set(['reserve', 'hold', 'keep', 'guarantee', 'block', 'save', 'secure']);

/**
 * Something held for the reader only on an act by a near date (round 13, K3): "We can reserve one line for you
 * only if we receive your purchase order within five business days", "we will hold the slot for you only if you
 * sign by Friday". "Only if" or "unless" ties the holding to the reader's order, signature or confirmation, on our
 * clock. "We will hold the room for your meeting until Friday" asks nothing.
 */
function heldOnlyIf(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question) return false;
  const cond = t.findIndex((x, i) => (x.lower === 'if' && t[i - 1]?.lower === 'only') || x.lower === 'unless');
  if (cond < 0) return false;
  const held = t.findIndex((x, i) => i < cond && HOLDING.has(x.lemma) && x.pos === 'VERB' && !negatedBefore(t, i));
  if (held < 0 || !t.slice(held, cond).some((x) => x.lower === 'you' || x.lower === 'your')) return false;
  const rest = t.slice(cond + 1);
  if (rest.some((x) => MEETING.has(x.lemma))) return false;
  return rest.some((x) => ACTED.has(x.lemma) || ACTED.has(x.lower) || REPLY.has(x.lemma)) && nearTime(rest);
}

/** What we would hold to past the date: a guarantee, a promise, terms honoured, an offer extended. */
const PROMISED = new Set([...HOLDING, 'promise', 'honour', 'honor', 'extend', 'commit', 'maintain']);

/**
 * Nothing held past the seller's date (round 17): "my advice is to confirm this week — after that I cannot
 * guarantee we can start before summer", "please decide by Thursday; after that I cannot promise the current lead
 * time". A near date, then "after that" and our promise negated. "After that, we will send the minutes" promises.
 */
function heldNoLonger(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question) return false;
  const after = afterThat(t.map((x) => x.lower));
  if (!after || !nearTime(t.slice(0, after.word))) return false;
  // "… whether the 10:00 slot works; after that we cannot hold the meeting room": arranging, not pressing.
  if (t.some((x) => MEETING.has(x.lemma) || x.lemma === 'room')) return false;
  return t.some((x, i) => i > after.date && PROMISED.has(x.lemma) && x.pos === 'VERB' && negatedBefore(t, i) && clauseOf(f, i)?.subject?.side === 'we');
}

/**
 * Capacity counted out and a reply asked by a near date in one sentence: "We're only taking on three pilot
 * customers this quarter, so I'd need to hear back from you by Friday to hold a spot".
 */
function capacityDeadline(f: EnFacts): boolean {
  return capacityCounted(f) && (replyByNearDate(f) || placesGoneBy(f));
}

/** How the places counted go to others: allocated, given out, handed out, filled, taken, awarded. */
const PLACES_GO = /^(?:allocate|give|hand|fill|take|award|assign|book)$/;
/**
 * Round 43 (vd-043): the places counted out said to go by a near date — "we only take on two new OEM partners per model
 * year, and both slots for MY2028 will be given out by the end of March": the reader's window closes on our clock.
 */
function placesGoneBy(f: EnFacts): boolean {
  const t = f.tokens;
  return t.some((x, i) => PLACES_GO.test(x.lemma) && x.pos === 'VERB' && x.lower !== x.lemma && t.slice(Math.max(0, i - 3), i).some((y) => y.lemma === 'be') &&
    t.slice(i + 1, i + 4).some((y, k) => (y.lower === 'by' || y.lower === 'before') && nearTime(t.slice(i + 2 + k, i + 7 + k))));
}

const RIVALS = new Set(['client', 'customer', 'buyer', 'company', 'distributor', 'manufacturer', 'bidder', 'party', 'firm', 'importer',
  'retailer', 'competitor', 'plant', 'supplier', 'partner', 'group', 'wholesaler', 'dealer', 'reseller', 'trader']);
/** What a rival does with the offer: wants it, is ready to sign, is in line. */
const TAKING = new Set(['sign', 'take', 'ready', 'wait', 'queue', 'interest', 'interested', 'ask', 'want', 'request', 'snap',
  'grab', 'book', 'reserve', 'commit', 'keen', 'eager', 'buy', 'order', 'evaluate', 'consider', 'negotiate']);

/** Events the reader is invited to: others joining them are company, not rivals. */
const EVENTS = new Set(['webinar', 'seminar', 'meeting', 'call', 'event', 'workshop', 'join', 'attend', 'visit', 'tour']);

/**
 * A rival for the same offer: "I have another client ready to sign for this capacity", "your competitors
 * are already signing up", "if you don't take it, someone else will", "a distributor in Nagoya has asked
 * for the same exclusivity". Other customers who merely use the product are no rivals.
 */
function rival(f: EnFacts): boolean {
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  for (let i = 0; i < t.length; i++) {
    const w = lower[i]!;
    const other = (w === 'another' || w === 'other' || w === 'others') || (w === 'someone' || w === 'somebody') && lower[i + 1] === 'else' ||
      (w === 'your' && t[i + 1]?.lemma === 'competitor') || (t[i]!.lemma === 'competitor');
    if (!other) continue;
    // The rival and what they do within a clause's reach.
    const reach = lower.slice(i + 1, i + 9);
    const rivalNoun = w === 'someone' || w === 'somebody' || w === 'others' || t[i]!.lemma === 'competitor' ||
      t.slice(i + 1, i + 5).some((x) => RIVALS.has(x.lemma));
    if (!rivalNoun) continue;
    // "Others on your team may want to join the webinar": the reader's own people, at an event.
    if (lower.slice(i + 1, i + 4).includes('your') && w !== 'your' || t.some((x) => EVENTS.has(x.lemma))) continue;
    // "lining up", "in line": a queue for it; "the same line" is a product.
    if (lower.slice(i + 1, i + 9).some((x, k, list) => (x === 'lining' || x === 'lined' || x === 'line') && list[k + 1] === 'up')) return true;
    // "Three of your competitors signed up last month" reports what happened: social proof, not a rival now.
    // Round 43 (yf-043): "… in the same container as another customer's order": their thing named (a noun after "'s"), not
    // a rival taking ours.
    if (t.slice(i + 1, i + 9).some((x, k) => (TAKING.has(x.lemma) || TAKING.has(x.lower)) && !pastOnly(t, i + 1 + k) &&
      !(x.pos === 'NOUN' && /^['’]s$/.test(t[i + k]?.text ?? '')))) return true;
    // "someone else will": the reader's inaction gives it to them.
    if ((w === 'someone' || w === 'somebody') && reach[1] === 'will') return true;
    // "the same slot / exclusivity / allocation"
    if (reach.includes('same') && t.slice(i + 1, i + 12).some((x) => STOCK.has(x.lemma) || OFFER.has(x.lemma))) return true;
  }
  return false;
}

const PRICE = new Set(['price', 'pricing', 'rate', 'fee', 'cost', 'package', 'licence', 'license', 'subscription', 'tariff']);
/** The price a discount falls back to. */
const FULL = new Set(['list', 'standard', 'full', 'regular', 'normal', 'catalogue', 'catalog']);

/**
 * A worse price after a near date, as a lever: "after December 31, the price will be 20% higher", "from 1
 * January the package will cost ¥4M instead of ¥3.5M". A bare price list ("the price includes shipping")
 * has no date and no rise.
 */
/** Verbs of a price going up (the rise cues also hold "new pricing", "adjust": a change, not a rise). */
const RISING = new Set(['increase', 'rise', 'go', 'raise', 'climb', 'hike', 'jump']);

function rise(f: EnFacts): boolean {
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  // "… by 31 October; orders after that will be invoiced at the 2027 rate": a date said back within the sentence.
  // A sentence's own "After that date the standard rate applies" restates the offer before it, which is reported.
  const anaphor = nearTime(t) ? afterThat(lower) : undefined;
  if (has(t, PRICE) < 0 || !nearTime(t) || f.question) return false;
  // "the price will be 20% higher": the comparative is the price's own ("due to higher steel costs" is a reason).
  const higher = lower.findIndex((w, i) => w === 'higher' && /^(?:%|be|much|significantly|considerably|\d+|percent)$/.test(lower[i - 1] ?? ''));
  // "After March 31 the rate is 12% higher": a present that a date from which it holds makes future.
  const dated = lower.findIndex((w, i) => (w === 'after' || w === 'from' || w === 'starting' || w === 'beginning') && nearTime(t.slice(i + 1, i + 5)));
  const from = dated >= 0 ? dated : anaphor?.word ?? -1;
  if (higher >= 0) return t.slice(0, higher).some((x) => x.lemma === 'will') || (from >= 0 && from < higher);
  // "prices go back to list after this Friday", "the rate reverts to standard on April 1"
  const back = lower.findIndex((w, i) => (t[i]!.lemma === 'go' && w !== 'gone' && lower[i + 1] === 'back' && lower[i + 2] === 'to') || t[i]!.lemma === 'revert');
  if (back >= 0 && lower.slice(back + 1, back + 6).some((w) => FULL.has(w)) && !pastOnly(t, back)) return true;
  // "From next month, the licence fee rises to $1,200": a rising verb, from a near date, not in the past.
  if (from >= 0 && (f.cues.rise ?? []).some((i) => i > from && RISING.has(t[i]!.lemma) &&
    // the lite model tags a sentence's "fee rises" as a noun at times: an -s form after a noun is the verb.
    (t[i]!.pos !== 'NOUN' || (t[i]!.lower !== t[i]!.lemma && t[i - 1]?.pos === 'NOUN' && (f.cues.price ?? []).includes(i - 1))) && !pastOnly(t, i) && clauseOf(f, i)?.tense !== 'past' && !clauseOf(f, i)?.conditional)) return true;
  // "From Monday, we will quote at our normal rates", "after that date standard pricing applies": the full price from
  // a date of ours, not a past one and not on a condition.
  if (from >= 0 && t.some((x, i) => i > from && FULL.has(x.lower) && PRICE.has(t[i + 1]?.lemma ?? '') &&
    clauseOf(f, i)?.tense !== 'past' && !clauseOf(f, i)?.conditional)) return true;
  // "will cost X instead of Y", "will be billed at"
  return lower.includes('instead') && t.some((x) => x.lemma === 'cost' || x.lemma === 'bill' || x.lemma === 'charge');
}

/** Verbs of acting on the offer: what advice to hurry asks for. */
const ACT = new Set(['sign', 'commit', 'decide', 'order', 'book', 'lock', 'secure', 'act', 'move', 'proceed', 'buy', 'purchase',
  'reserve', 'grab', 'jump', 'finalise', 'finalize', 'close', 'confirm', 'go', 'place']);
const ADVICE_MODALS = new Set(['should', 'must', 'need', 'have', 'ought']);

/**
 * Advice to act fast, whoever gives it: "you should really decide quickly", "I'd urge you to move quickly",
 * "so I'd lock it in now", "my honest advice is to sign today". Our own speed ("we should be able to ship
 * quickly") and the reader's speed at something else ("you should receive it soon") are no advice to commit.
 */
function hurry(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question) return false;
  // "You should be able to start immediately after installation" is a promise about the product.
  if (t.some((x) => x.lower === 'able')) return false;
  const act = t.findIndex((x, i) => (ACT.has(x.lemma) && x.pos !== 'NOUN' && !(x.lemma === 'go' && t[i + 1]?.lower !== 'ahead') &&
    !(x.lemma === 'close' && x.pos === 'ADJ')) ||
    // "getting the PO in", "sending the signed contract": the order's paper stands for the act.
    ((x.lemma === 'get' || x.lemma === 'send') && t.slice(i + 1, i + 4).some((y) => DECISION.has(y.lower) || SIGNED.has(y.lemma))));
  if (act < 0) return false;
  // Speed said, or a near date after the act ("I'd sign this week", "lock it in before the holidays"); a date
  // for a meeting is arranging ("I'd recommend signing the NDA before our call on Friday").
  const speed = t.some((x, i) => SPEED.has(x.lower) || (x.lower === 'right' && t[i + 1]?.lower === 'away')) ||
    // The date must be a deadline ("by", "before", "this week"): "order the parts with the machine in April" is timing.
    (BINDING.has(t[act]!.lemma) && nearTime(t.slice(act + 1)) && t.slice(act + 1).some((x) => DEADLINE.has(x.lower)) &&
      !t.some((x) => MEETINGS.has(x.lemma)));
  if (!speed) return false;
  return f.clauses.some((c) => {
    const side = c.subject?.side;
    const before = t.slice(c.from, Math.min(c.to, act + 1));
    // "you should / must / need to / have to decide": the act in the clause whose subject is "you" — round 28: "so that
    // your team has a full week to review it, we will send the proposal by Thursday" is our promise, and "has" there
    // is possession, not "have to".
    if (side === 'you' && c.negation === undefined && act >= c.from && act < c.to &&
      before.some((x, k) => (ADVICE_MODALS.has(x.lemma) && (x.lemma !== 'have' || before[k + 1]?.lower === 'to')) || x.lemma === 'better')) return true;
    // "I'd lock it in now", "I would sign today": the writer's own choice held up as advice.
    // Not "I would like to move quickly on …": the act must follow the modal directly.
    if (side === 'we' && c.modal === 'would' && c.negation === undefined && t[c.subject!.index]!.lower === 'i' &&
      act > c.subject!.index && act <= c.subject!.index + 3 && t.slice(c.subject!.index + 1, act).every((x) => x.pos === 'AUX' || x.pos === 'ADV')) return true;
    // "I'd urge you to move quickly", "my advice is to sign today"
    if (before.some((x) => x.lemma === 'urge' || x.lemma === 'advice' || x.lemma === 'advise' || x.lemma === 'recommend' || x.lemma === 'encourage')) return true;
    // "It makes sense to commit before the list changes", "it would be smart to sign this week": advice
    // with no person, an impersonal judgement on the reader's act.
    return side === 'third' && t[c.subject!.index]!.lower === 'it' && before.some((x) => WISE.has(x.lemma));
  });
}

/**
 * Acts that bind the reader to buy: only these make a date after them advice to hurry ("confirm the
 * specifications before we quote on Monday" arranges work; "sign this week" commits).
 */
const BINDING = new Set(['sign', 'commit', 'order', 'lock', 'secure', 'buy', 'purchase', 'reserve', 'decide', 'grab', 'jump', 'get', 'send', 'book']);

const DEADLINE = new Set(['by', 'before', 'this', 'within', 'until', 'till', 'today', 'tomorrow', 'tonight']);

/** What an impersonal "it is … to act" calls the act: sensible, wise, best. */
const WISE = new Set(['sense', 'smart', 'wise', 'best', 'sensible', 'advisable', 'prudent', 'worth', 'worthwhile', 'ideal']);

/**
 * The writer's own refusal to wait, held up as advice: "honestly, I wouldn't wait on this one", "I would
 * not hold off much longer", "I wouldn't sit on it". Not about waiting for something ("I wouldn't wait for
 * the new model, the current one fits your line" still advises a purchase, but asks no date), nor our own
 * plan ("we won't wait for the drawings to start").
 */
function wouldNotWait(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question) return false;
  return f.clauses.some((c) => {
    if (c.subject?.side !== 'we' || t[c.subject.index]!.lower !== 'i' || c.modal !== 'would' || c.negation === undefined) return false;
    const verb = t.findIndex((x, i) => i > c.negation! && i < c.to && (DONT_WAIT.has(x.lemma) || (x.lemma === 'hold' && t[i + 1]?.lower === 'off') ||
      (x.lemma === 'sit' && t[i + 1]?.lower === 'on')));
    return verb >= 0 && t[verb + 1]?.lower !== 'for';
  });
}

/**
 * Regret held over the reader: "you will regret not acting on this", "it would be a shame to let this
 * opportunity slip away", "opportunities like this don't come around often". The writer's own regret ("I
 * regret that I could not attend") is an apology.
 */
function regret(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question) return false;
  // "You will regret not acting": the negation after "regret" is what they will regret.
  if (f.clauses.some((c) => c.subject?.side === 'you' && t.slice(c.from, c.to).some((x, k) =>
    x.lemma === 'regret' && (c.negation === undefined || c.negation > c.from + k)))) return true;
  const lower = t.map((x) => x.lower);
  const shame = lower.indexOf('shame');
  // "It would be a shame to let this slip"; "it was a shame to miss you at the expo" is past, and about a person.
  if (shame >= 0 && !lower.slice(0, shame).includes('was') && lower.slice(shame, shame + 10).some((w, k, list) =>
    (w === 'miss' || w === 'slip' || w === 'pass' || w === 'lose') && list[k + 1] !== 'you')) return true;
  if (regretForetold(f)) return true;
  const like = lower.findIndex((w, i) => (w === 'opportunities' || w === 'opportunity' || w === 'chances' || w === 'deals' || w === 'offers') && lower[i + 1] === 'like' && lower[i + 2] === 'this');
  return like >= 0 && negatedBefore(t, Math.min(t.length - 1, like + 6)) || like >= 0 && lower.slice(like, like + 8).includes('rarely');
}

/** What the reader who waited is said to have done: "the team that waited too long", "the one who missed it". */
const TOO_LATE = new Set(['wait', 'hesitate', 'delay', 'miss', 'hold', 'lose', 'pass', 'sit']);

/**
 * The reader's regret foretold in an idiom rather than with "regret": "you'll kick yourself", "you don't want
 * to be left behind", "don't be the team that waited too long". Said of the reader (not "I kicked myself"),
 * not asked, not in the past ("your old vendor left you behind" is history).
 */
function regretForetold(f: EnFacts): boolean {
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  const yours = f.clauses.filter((c) => c.subject?.side === 'you' && !c.conditional && !(c.tense === 'past' && !c.modal));
  // "you'll kick yourself", "you would be kicking yourselves".
  if (yours.some((c) => t.slice(c.from, c.to).some((x, k) => x.lemma === 'kick' && /^yoursel(?:f|ves)$/.test(lower[c.from + k + 1] ?? '') &&
    (c.negation === undefined || c.negation > c.from + k)))) return true;
  // "you don't want to be left behind", "you'll be left behind": a reader left by others, not a thing left.
  if (yours.some((c) => t.slice(c.from, c.to).some((x, k) => (x.lower === 'left' && lower[c.from + k + 1] === 'behind' && t[c.from + k - 1]?.lemma === 'be')))) return true;
  // "Don't be the team that waited too long", "do not be the last company to sign".
  const dont = (lower[0] === 'do' && (lower[1] === "n't" || lower[1] === 'not')) || lower[0] === "don't" || lower[0] === 'don';
  const be = dont ? lower.indexOf('be') : -1;
  if (be >= 0 && be <= 3 && lower[be + 1] === 'the') {
    if (lower[be + 2] === 'last' || lower[be + 3] === 'last') return true;
    // The relative clause after the noun: "the team that waited", "the one who missed out".
    const rel = lower.findIndex((w, i) => i > be + 2 && i <= be + 5 && (w === 'that' || w === 'who'));
    if (rel >= 0 && t.slice(rel + 1, rel + 4).some((x) => TOO_LATE.has(x.lemma))) return true;
  }
  return false;
}

/** What waiting does to the reader: it costs, it puts them behind. */
// "waiting until after your board meeting would be a mistake": waiting judged a mistake or a risk for the reader.
const WORSE = new Set(['expensive', 'cost', 'costly', 'behind', 'lose', 'harder', 'pricier', 'mistake', 'risky', 'gamble']);

/**
 * Waiting itself named as the reader's loss: "waiting will only make this more expensive for you", "any delay
 * will cost you". Our own delay ("the delay in shipping cost us a week") is news, not a lever.
 */
function waitingCosts(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question) return false;
  const wait = t.findIndex((x, i) => (x.lower === 'waiting' || x.lower === 'delaying' || x.lower === 'hesitating' ||
    (x.lower === 'delay' && /^(?:any|every|further)$/.test(t[i - 1]?.lower ?? ''))) && i <= 3);
  if (wait < 0) return false;
  return t.slice(wait + 1).some((x) => WORSE.has(x.lemma) || WORSE.has(x.lower)) && t.slice(wait + 1).some((x) => x.lower === 'you' || x.lower === 'your');
}

/**
 * A quick decision held up as best: "a quick decision would be best", "a quick yes from you this week would
 * secure the slot", "your prompt commitment would let us hold it". Thanks for a quick answer, and our own
 * quick answer, are courtesy.
 */
function quickDecision(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question || (f.cues.thanks ?? []).length > 0) return false;
  const at = t.findIndex((x, i) => /^(?:quick|prompt|swift|fast|speedy|early)$/.test(x.lower) && DECISION.has(t[i + 1]?.lower ?? '') &&
    t[i + 1]!.lower !== 'answer');
  if (at < 0) return false;
  return !f.clauses.some((c) => c.subject?.side === 'we' && c.from <= at && at < c.to);
}

/** What a decision is given as: an answer, a yes, a signed contract, a purchase order. */
const DECISION = new Set(['decision', 'answer', 'yes', 'go-ahead', 'commitment', 'signature', 'po', 'loi', 'verdict', 'deposit', 'prepayment']);
/** A clock no buying committee can meet: a confirmation asked for by then is a decision asked for. */
const TIGHT = new Set(['today', 'tonight', 'tomorrow', 'eod', 'cob', 'hours', 'midnight', 'noon']);
const SIGNED = new Set(['agreement', 'contract', 'order', 'quote', 'quotation', 'proposal', 'loi', 'letter', 'form']);
const ASKING = new Set(['need', 'require', 'expect', 'await', 'want', 'request']);
/** Arranging a meeting asks for a date, not a decision. */
const LOGISTICS = new Set(['meeting', 'visit', 'call', 'date', 'time', 'slot', 'suit', 'work', 'convenient', 'attend', 'agenda', 'drawing', 'drawings', 'sample', 'samples']);

/**
 * A decision demanded on the seller's clock: "I'll need a firm yes or no from you by Thursday", "we must have
 * your signed agreement no later than 20 December", "your answer is required by 5 pm on Friday", "please make
 * your decision within the next three days", "kindly send your purchase order by the 12th". Asking which day
 * suits them, or for drawings by a date, arranges; asking for a decision presses.
 */
function demand(f: EnFacts): boolean {
  const t = f.tokens;
  if (!nearTime(t)) return false;
  if (t.some((x) => LOGISTICS.has(x.lemma) || LOGISTICS.has(x.lower))) return false;
  const lower = t.map((x) => x.lower);
  // "your answer to the questionnaire" answers questions; "your answer on the proposal" is a decision.
  const decision = t.some((x, i) => DECISION.has(x.lower) && !(x.lower === 'yes' && lower[i - 1] === 'say') && !(x.lower === 'answer' && lower[i + 1] === 'to') ||
    (x.lower === 'signed' && t.slice(i + 1, i + 4).some((y) => SIGNED.has(y.lemma))) ||
    (x.lower === 'purchase' && lower[i + 1] === 'order') ||
    (x.lower === 'in' && lower[i + 1] === 'or' && lower[i + 2] === 'out') ||
    (x.lower === 'go' && (lower[i + 1] === 'ahead' || (lower[i + 1] === '-' && lower[i + 2] === 'ahead')) && lower[i - 1] === 'your') ||
    (x.lemma === 'confirmation' && lower.some((w) => TIGHT.has(w))) ||
    (x.lemma === 'decide' && x.pos === 'VERB'));
  if (!decision) return false;
  if (f.imperative || f.acts.includes('request')) return true;
  return f.clauses.some((c) => c.negation === undefined && (
    // "I'll need", "we must have", "we are expecting"
    (c.subject?.side === 'we' && t.slice(c.from, c.to).some((x) => ASKING.has(x.lemma) || (x.lemma === 'have' && c.modal === 'must'))) ||
    // "your answer is required by …"
    (c.passive && c.verb !== undefined && ASKING.has(t[c.verb]!.lemma))));
}

/** What happens to the offer if no answer comes: it is withdrawn, released, cancelled, given to another. */
const CONSEQUENCE = new Set(['withdraw', 'release', 'cancel', 'give', 'offer', 'assume', 'close', 'lapse', 'expire', 'lose', 'forfeit',
  'reallocate', 'pass', 'void', 'drop']);

/**
 * An ultimatum: no answer by a date, then a loss. "Failing a reply by the 15th, we will assume you are not
 * interested", "unless we get the PO this week, your reservation will be cancelled", "should we not receive
 * the contract by Tuesday, the discount lapses", "if you can't commit by month-end, we'll move on".
 */
function ultimatum(f: EnFacts): boolean {
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  // "by this date", "by then": the near date set in the sentence before, said back.
  if (!(nearTime(t) || deadlinesIn(lower).some((d) => d.anaphor && d.sense === 'by')) || f.question) return false;
  // "without your confirmation by this date, we will …": "without" opening the sentence or a clause after a comma.
  const cond = lower.findIndex((w, i) => w === 'unless' || w === 'failing' || w === 'without' && (i === 0 || lower[i - 1] === ',') && /^(?:your|a|an|the|any)$/.test(lower[i + 1] ?? '') ||
    (w === 'should' && i === 0 && lower.slice(1, 4).includes('not')) || w === 'if' && lower.slice(i + 1, i + 5).some((x) => x === "n't" || x === 'not' || x === 'cannot'));
  if (cond < 0) return false;
  return t.some((x, i) => i > cond && (CONSEQUENCE.has(x.lemma) || (x.lemma === 'move' && lower[i + 1] === 'on') || soldToAnother(t, i)) && x.pos !== 'NOUN' &&
    !(x.lemma === 'close' && x.pos === 'ADJ' && lower[i - 1] !== 'and'));
}

/** "we will sell these containers to our buyer in Shanghai": what they did not take, sold to someone else (not "sell them to you"). */
function soldToAnother(t: EnToken[], i: number): boolean {
  if (t[i]!.lemma !== 'sell') return false;
  const to = t.findIndex((x, k) => k > i && k <= i + 6 && x.lower === 'to');
  return to > 0 && !/^(?:you|your)$/.test(t[to + 1]?.lower ?? '');
}

/** What acting on an offer is said with: an order placed, a contract or PO signed, a booking confirmed. */
const ACTED = new Set(['order', 'sign', 'po', 'contract', 'agreement', 'commit', 'confirm', 'book', 'reserve', 'purchase', 'buy', 'decide']);
/** A window the reader must act within that is not a date: the seller's visit, a fair, a tour. */
const WINDOWS = new Set(['visit', 'trip', 'fair', 'show', 'expo', 'exhibition', 'event', 'stay', 'tour', 'roadshow', 'campaign']);

/**
 * An offer kept only for those who act within the seller's window: "the current price is guaranteed only
 * for orders placed before July 16", "this price holds only if we receive the signed PO by Thursday",
 * "our opening prices apply only to orders placed during that visit". The order matters: the offer, then
 * "only" limiting it, then the act, then the window. A limit by volume or place ("applies only to orders
 * of 100 units or more", "only for orders shipped within Japan") has no window; "only" before the offer
 * ("only orders placed by noon ship today; prices are unchanged") limits something else.
 */
function windowOnly(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question) return false;
  const offer = has(t, OFFER);
  if (offer < 0) return false;
  const only = t.findIndex((x, i) => i > offer && (x.lower === 'only' || x.lower === 'exclusively'));
  if (only < 0) return false;
  const acted = t.findIndex((x, i) => i > only && (ACTED.has(x.lemma) || ACTED.has(x.lower)) && !pastOnly(t, i));
  if (acted < 0) return false;
  const rest = t.slice(acted);
  return nearTime(rest) || rest.some((x, i) => /^(?:during|at|on|within)$/.test(x.lower) && rest.slice(i + 1, i + 4).some((y) => WINDOWS.has(y.lemma))) ||
    actedWithin(rest);
}

/** The seller's own occasion or "now" as the window: "at this meeting", "during today's call", "on the spot", "right now". */
const OCCASIONS = new Set(['meeting', 'call', 'session', 'presentation', 'demo', 'visit', 'webinar']);
function actedWithin(t: EnToken[]): boolean {
  return t.some((x, i) => ((x.lower === 'at' || x.lower === 'during' || x.lower === 'in') && /^(?:this|today|today's|our)$/.test(t[i + 1]?.lower ?? '') &&
    t.slice(i + 2, i + 4).some((y) => OCCASIONS.has(y.lemma))) || (x.lower === 'on' && t[i + 1]?.lower === 'the' && t[i + 2]?.lower === 'spot') ||
    (x.lower === 'now' && t[i - 1]?.lower === 'right'));
}

/** A time bound on the reader's act besides a near date: "by then", "by that date", "in time", the seller's occasion. */
function actBound(t: EnToken[]): boolean {
  return nearTime(t) || actedWithin(t) || t.some((x, i) => (x.lower === 'by' && /^(?:then|that|the|this)$/.test(t[i + 1]?.lower ?? '')) ||
    (x.lower === 'in' && t[i + 1]?.lower === 'time'));
}

/** What the reader is left with when their act comes late: a wait, a miss, a loss. */
const LEFT_WAITING = new Set(['wait', 'miss', 'lose', 'forfeit', 'queue']);
/** Arranging a job, not a decision: their drawings or samples by a date. */
const JOB_INPUTS = new Set(['drawing', 'drawings', 'sample', 'samples', 'data', 'specification', 'spec', 'specs', 'file', 'files', 'attend', 'visit']);

/**
 * A decision of the reader's not made in time, and what they lose for it (round 16, P1): "If we don't have your
 * signed order form by then, your team will have to wait until April", "unless the contract is signed this month,
 * you would lose the launch price", "if you cannot confirm the order by Friday, we cannot promise the May slot".
 * The condition names their order, signature or decision and a time bound; the consequence is theirs (they wait,
 * miss or lose) or our keeping negated. Not their drawings or samples (a job's inputs), not a question.
 */
function lateActCosts(f: EnFacts): boolean {
  if (f.question) return false;
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  const cond = lower.findIndex((w, i) => w === 'unless' || (w === 'if' && lower.slice(i + 1, i + 6).some((x) => x === "n't" || x === 'not' || x === 'cannot')));
  if (cond < 0) return false;
  const condClause = f.clauses.find((c) => c.conditional && c.from <= cond + 1 && cond < c.to);
  const condEnd = condClause ? condClause.to : Math.min(t.length, cond + 12);
  const span = t.slice(cond, condEnd);
  if (!span.some((x) => ACTED.has(x.lemma) || ACTED.has(x.lower) || DECISION.has(x.lower)) || span.some((x) => JOB_INPUTS.has(x.lemma))) return false;
  if (!actBound(span)) return false;
  return f.clauses.some((c) => {
    if (c.conditional || (c.from >= cond && c.to <= condEnd)) return false;
    const words = t.slice(c.from, c.to);
    // "your team will have to wait until April", "you would miss the launch price"
    const reader = c.subject?.side === 'you' || words.slice(0, 3).some((x) => x.lower === 'you' || x.lower === 'your');
    if (reader && c.negation === undefined && words.some((x) => LEFT_WAITING.has(x.lemma) && x.pos === 'VERB')) return true;
    // "we cannot promise the May slot", "the price can no longer be guaranteed"
    return c.negation !== undefined && t.slice(c.negation, c.to).some((x) => (KEPT.has(x.lemma) || x.lemma === 'guarantee') && x.pos === 'VERB');
  });
}

/** What late movers are said to end with: paying more, losing, missing out. */
const LATE_COST = new Set(['pay', 'lose', 'miss', 'regret', 'cost', 'scramble', 'struggle']);

/**
 * Those who put the decision off, foretold to pay for it (round 16, P2): "retailers who put this off until after
 * the season usually end up paying 30% more", "companies that wait tend to lose the best slots", "customers who
 * delayed last year ended up regretting it". Not our own delay, not a question.
 */
function lateMoversPay(f: EnFacts): boolean {
  if (f.question) return false;
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  const who = lower.findIndex((w, i) => (w === 'who' || w === 'that') && t.slice(i + 1, i + 3).some((y, k) =>
    LAGGING.has(y.lemma) || (y.lemma === 'put' && t.slice(i + 2 + k, i + 5 + k).some((z) => z.lower === 'off'))));
  if (who < 0 || t.slice(Math.max(0, who - 3), who).some((x) => x.lower === 'we' || x.lower === 'us' || x.lower === 'our')) return false;
  return t.slice(who + 2).some((x, k, rest) => (LATE_COST.has(x.lemma) && x.pos === 'VERB') || (x.lower === 'end' && rest[k + 1]?.lower === 'up'));
}

/**
 * A reply asked on a tight clock, with our keeping negated after it (round 16, P1, learner English as well):
 * "Confirm today I can hold price, tomorrow cannot guarantee", "please sign by Friday — after that I can't keep
 * these terms". A meeting room held is arranging.
 */
function askedThenLost(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question || !(f.imperative || f.acts.includes('request')) || !nearTime(t) || t.some((x) => MEETINGS.has(x.lemma))) return false;
  if (!t.some((x) => (ACT.has(x.lemma) || REPLY.has(x.lemma)) && x.pos === 'VERB')) return false;
  return t.some((x, i) => (x.lower === 'cannot' || x.lower === "n't" || x.lower === 'not') &&
    t.slice(i + 1, i + 4).some((y) => KEPT.has(y.lemma) || y.lemma === 'guarantee'));
}

/** Comparatives that judge, not time: "the better", "the smarter", "the more you save". */
const JUDGING = new Set(['better', 'smarter', 'wiser', 'cheaper', 'more', 'less', 'safer', 'best']);

/**
 * A correlative that sets the reader's clock (round 16, P2): "the sooner you sign, the smarter", "the earlier you
 * commit, the more you save", "the longer you wait, the harder it gets". Their binding act (or their waiting)
 * in the first half, a judgement in the second. "The sooner you send the drawings, the sooner we can quote" times
 * a job: its second half is only sooner.
 */
function soonerTheBetter(f: EnFacts): boolean {
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  for (let i = 0; i + 1 < t.length; i++) {
    if (lower[i] !== 'the' || !/^(?:sooner|earlier|quicker|faster|longer)$/.test(lower[i + 1]!)) continue;
    const first = t.slice(i + 2, i + 7);
    const waits = lower[i + 1] === 'longer';
    if (!first.some((x) => x.lower === 'you' || x.lower === 'your')) continue;
    if (!first.some((x) => (waits ? LAGGING.has(x.lemma) || x.lemma === 'put' : BINDING.has(x.lemma) || ACTED.has(x.lemma)))) continue;
    const second = lower.slice(i + 3).findIndex((w, k) => w === 'the' && k > 0);
    if (second < 0) continue;
    const judged = lower[i + 3 + second + 1] ?? '';
    if (waits ? /^(?:more|harder|higher|worse|costlier|less|fewer)$/.test(judged) : JUDGING.has(judged) || (/er$/.test(judged) && !/^(?:sooner|earlier|quicker|faster)$/.test(judged))) return true;
  }
  return false;
}

/** A deal of the reader's: what the seller wants closed. */
const DEALS = new Set(['deal', 'sale', 'contract', 'order', 'agreement', 'purchase', 'paperwork', 'business']);

/**
 * The seller's own target put on the reader (round 16, P2): "Our director has asked me to close this deal by
 * Thursday", "I need to get this contract signed before the quarter ends", "my manager wants the order booked this
 * week". Closing, finalising or getting signed a deal of theirs, by a near time. Not closing an office, a ticket
 * or the books; not our own delivery by a date.
 */
function dealClosedByDate(f: EnFacts): boolean {
  if (f.question) return false;
  const t = f.tokens;
  if (!nearTime(t) && !t.some((x, i) => x.lemma === 'quarter' && /^(?:end|ends|close|closes)$/.test(t[i + 1]?.lower ?? ''))) return false;
  return t.some((x, i) => {
    if ((x.lemma === 'close' || x.lemma === 'finalise' || x.lemma === 'finalize' || x.lemma === 'wrap' || x.lemma === 'land') && x.pos === 'VERB') {
      return t.slice(i + 1, i + 4).some((y) => DEALS.has(y.lemma)) && !t.slice(i + 1, i + 4).some((y) => y.lower === 'our');
    }
    // "get this contract signed", "have the order booked", "wants this deal closed"
    if ((x.lemma === 'get' || x.lemma === 'have' || x.lemma === 'want' || x.lemma === 'need') && DEALS.has(t[i + 2]?.lemma ?? '') &&
      /^(?:signed|booked|closed|done|finalised|finalized)$/.test(t[i + 3]?.lower ?? '')) {
      return /^(?:this|the|your)$/.test(t[i + 1]?.lower ?? '');
    }
    return false;
  });
}


/** Who may act first: a number or a buyer after "the first". */
const FIRST_ACTS = new Set([...ACTED, 'respond', 'reply', 'register', 'apply', 'sign-up', 'come', 'join', 'take', 'place']);

/**
 * Scarcity tied to the order in which buyers act: "reserved for the first distributor who signs before
 * February 15", "only the first three importers to order get the introductory price", "first come, first
 * served". History is no lever ("you were the first customer to sign with us", "the first distributor who
 * signed with us was in Osaka"), nor a first that nobody acts for ("the first three deliveries ship in May").
 */
function firstToAct(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question) return false;
  const lower = t.map((x) => x.lower);
  if (lower.includes('first-come') || lower.some((w, i) => w === 'first' && lower[i + 1] === 'come' && lower.slice(i + 2, i + 5).includes('served'))) return true;
  for (let i = 1; i < t.length; i++) {
    if (lower[i] !== 'first' || lower[i - 1] !== 'the') continue;
    // "You were the first customer to sign": a statement about what happened.
    if (lower.slice(Math.max(0, i - 3), i).some((w) => w === 'was' || w === 'were')) continue;
    let k = i + 1;
    let who = false;
    for (; k < Math.min(t.length, i + 6); k++) {
      const x = t[k]!;
      if (RIVALS.has(x.lemma) || NUMBERS.has(x.lower) || /^\d{1,3}$/.test(x.lower) || x.lower === 'ones' || x.lower === 'one') who = true;
      else if (x.pos !== 'ADJ' && x.pos !== 'PROPN' && x.pos !== 'NOUN') break;
    }
    if (!who || !/^(?:who|that|to)$/.test(lower[k] ?? '')) continue;
    const verb = t.slice(k + 1, k + 3).findIndex((x) => FIRST_ACTS.has(x.lemma) || FIRST_ACTS.has(x.lower));
    if (verb >= 0 && !pastOnly(t, k + 1 + verb)) return true;
  }
  return false;
}

/** What a rival claiming our stock takes: all of it, the rest. */
const WHOLE = new Set(['everything', 'all', 'rest', 'remainder', 'whole', 'entire', 'remaining']);

/**
 * A rival buyer who has claimed what is left: "the importer in Hong Kong has already asked for everything
 * we have", "a retailer in Seoul wants the rest of the lot". Any tense will do, since the claim stands
 * now. A buyer's request for something else ("a client in Nagoya asked for all the test reports", "our
 * distributor asked for everything in Japanese") is no claim on the stock.
 */
function rivalClaim(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question) return false;
  const lower = t.map((x) => x.lower);
  return f.clauses.some((c) => {
    if (c.subject?.side !== 'third') return false;
    const buyer = t.findIndex((x, i) => i >= c.from && i < c.to && RIVALS.has(x.lemma) && x.pos === 'NOUN' &&
      !lower.slice(Math.max(c.from, i - 3), i).some((w) => w === 'your' || w === 'our' || w === 'my'));
    if (buyer < 0) return false;
    const take = t.findIndex((x, i) => i > buyer && i < c.to && x.pos !== 'NOUN' && (TAKING.has(x.lemma) || x.lemma === 'claim'));
    if (take < 0) return false;
    return t.slice(take + 1, Math.min(c.to, take + 4)).some((x, k, list) => {
      if (!WHOLE.has(x.lower)) return false;
      const after = list.slice(k + 1).map((y) => y.lower).concat(lower.slice(take + 2 + k, take + 6 + k));
      // "everything we have", "all of it", "the rest of the lot", "all the remaining stock"
      return after.includes('we') || after.includes('it') || after.includes('left') || after.includes('of') ||
        t.slice(take + 2 + k, take + 6 + k).some((y) => STOCK.has(y.lemma)) || after.length === 0;
    });
  });
}

/** What a seller keeps for the reader: a price held, a slot reserved, terms guaranteed. */
export const KEPT = new Set(['keep', 'hold', 'guarantee', 'honour', 'honor', 'promise', 'extend', 'reserve', 'maintain', 'secure', 'offer', 'give']);
/** A meeting room or a call time held is arranging, not an offer withdrawn. */
const MEETINGS = new Set(['meeting', 'room', 'visit', 'call', 'appointment', 'agenda']);

/**
 * A loss if the reader does not act by a date: "if you don't confirm the 10 containers this week, I cannot
 * keep USD 3.10/lb for you", "unless we hear from you by Friday, we won't be able to hold the slot". The
 * seller's own keeping, negated, is the consequence. "If you can't attend on Friday, we cannot hold the
 * meeting room" arranges a meeting.
 */
function conditionalLoss(f: EnFacts): boolean {
  const t = f.tokens;
  if (!nearTime(t) || f.question || t.some((x) => MEETINGS.has(x.lemma))) return false;
  const lower = t.map((x) => x.lower);
  const cond = lower.findIndex((w, i) => w === 'unless' || w === 'if' && lower.slice(i + 1, i + 5).some((x) => x === "n't" || x === 'not' || x === 'cannot'));
  if (cond >= 0) {
    return f.clauses.some((c) => c.from > cond && !c.conditional && c.subject?.side === 'we' && c.negation !== undefined &&
      t.slice(c.negation, c.to).some((x) => KEPT.has(x.lemma) && x.pos === 'VERB'));
  }
  // "After Friday I can't do this price any more", "past the 15th we won't be able to offer these terms":
  // a near date, then our side no longer giving the offer.
  const after = lower.findIndex((w, i) => (w === 'after' || w === 'beyond' || w === 'past') && nearTime(t.slice(i + 1, i + 5)));
  if (after < 0) return false;
  // The parse may take the fronted date for the subject ("After Friday I can't …"): our pronoun before the negation will do.
  return f.clauses.some((c) => c.negation !== undefined && c.to > after &&
    (c.subject?.side === 'we' || t.slice(c.from, c.negation).some((x) => x.lower === 'i' || x.lower === 'we')) &&
    t.slice(c.negation, c.to).some((x) => (KEPT.has(x.lemma) && x.pos === 'VERB') || OFFER.has(x.lemma)));
}

/**
 * A request by a date with the loss as its alternative: "please confirm by tomorrow or we will have to
 * release it", "send the PO this week, otherwise we must cancel the reservation". The consequence is ours
 * and takes the offer away (release, cancel, give it to another); "please reply by Monday or we will call
 * you" follows up, and a meeting room released is arranging.
 */
function orElse(f: EnFacts): boolean {
  const t = f.tokens;
  // "Either you confirm today or we withdraw the proposal": the reader's act stated, with ours as the alternative.
  const youAct = f.clauses.some((c) => c.subject?.side === 'you' && !c.conditional && t.slice(c.from, c.to).some((x) => ACT.has(x.lemma) && x.pos !== 'NOUN'));
  if (f.question || !(f.imperative || f.acts.includes('request') || youAct) || t.some((x) => MEETINGS.has(x.lemma))) return false;
  const or = t.findIndex((x, i) => (x.lower === 'or' || x.lower === 'otherwise' || x.lower === 'else') && nearTime(t.slice(0, i)));
  if (or < 0) return false;
  return f.clauses.some((c) => c.to > or + 1 && c.subject?.side === 'we' && c.negation === undefined &&
    t.slice(Math.max(c.from, or), c.to).some((x) => CONSEQUENCE.has(x.lemma) && x.pos !== 'NOUN'));
}

/** Who a prospect is measured against: their industry, not our customers (a reference is no lever). */
const PEERS = new Set(['competitor', 'rival', 'peer', 'firm', 'company', 'manufacturer', 'maker', 'player', 'business', 'producer', 'supplier', 'mill', 'plant',
  'distributor', 'importer', 'exporter', 'wholesaler', 'retailer', 'dealer', 'hospital', 'clinic', 'bank', 'insurer', 'chain', 'brand', 'operator',
  'carrier', 'lab', 'laboratory', 'school', 'university', 'group', 'institution', 'organisation', 'organization', 'agency']);
/** Peers by nature, with no count needed: "your competitors", "your peers". */
const RIVAL_PEERS = new Set(['competitor', 'rival', 'peer']);
const MANY = new Set(['several', 'many', 'most', 'other', 'some', 'half', 'dozen', 'dozens', 'two', 'three', 'four', 'five', 'few', 'majority']);
/** What the peers have already done with us: signed, committed, come on board. */
const JOINED = new Set(['sign', 'commit', 'join', 'order', 'book', 'secure', 'lock', 'reserve', 'onboard', 'switch', 'move', 'migrate', 'adopt',
  'standardise', 'standardize', 'choose', 'buy', 'purchase', 'place', 'upgrade', 'grab', 'take', 'go', 'partner', 'select', 'implement', 'deploy']);
/**
 * What makes a peer's adoption a step ahead of the reader rather than a report: "already", "recently", "just".
 * A plain past with a date ("three of your competitors signed up last month") is left alone, as the corpora
 * label it (be3-122 labels only the pressing sentence after it).
 */
const RECENT = new Set(['recently', 'already', 'just']);
/** Taking what is scarce: "grabbed the last spots", "took the remaining slots", "booked the last places". */
const CLAIMED = new Set(['grab', 'take', 'snap', 'book', 'reserve', 'claim', 'secure']);

/**
 * Peers already ahead of the reader: "Three of your competitors have already signed up", "Your peers at
 * Nakamura Steel already committed last month", "Several firms in Osaka are already on board". Industry
 * peers (a count of firms, or the reader's competitors), "already", and a verb of signing up. Not our own
 * customers as a reference ("many of our clients use it"), nor what peers already do in general.
 */
function peersAhead(f: EnFacts): boolean {
  if (f.question) return false;
  const t = f.tokens;
  return f.clauses.some((c) => {
    if (c.conditional || c.subject?.side === 'we' || c.negation !== undefined) return false;
    // The subject, across a hyphen the parse splits clauses at ("the auto-parts sector"): up to the first verb.
    const from = subjectStart(f, c);
    const verbAt = t.findIndex((y, i) => i >= c.from && i < c.to && (y.pos === 'VERB' || y.pos === 'AUX'));
    if (verbAt < 0) return false;
    const subject = t.slice(from, verbAt);
    // "rival" is tagged an adjective at times ("your biggest rival").
    const peer = subject.findIndex((y) => PEERS.has(y.lemma) && (y.pos === 'NOUN' || RIVAL_PEERS.has(y.lemma)));
    if (peer < 0 || subject.some((y) => y.lower === 'our' || y.lower === 'my')) return false;
    const counted = RIVAL_PEERS.has(subject[peer]!.lemma) || subject.slice(0, peer).some((y) => MANY.has(y.lower) || y.pos === 'NUM');
    if (!counted) return false;
    // "have already signed", "recently switched", "have moved": done, and just now.
    const done = c.perfect || c.tense === 'past' || t.slice(c.from, c.to).some((y) => y.lower === 'already');
    // "Other banks have chosen the same core system": a perfect whose object is "the same" thing names a reference (what
    // peers use, often what the client asked about), not a step ahead, unless "already" / "recently" says it is one.
    const sameThing = t.slice(verbAt, c.to).some((y, k, list) => y.lower === 'the' && list[k + 1]?.lower === 'same');
    const lately = t.slice(c.from, c.to).some((y) => RECENT.has(y.lower)) || (c.perfect && !sameThing);
    // "a few of your peers grabbed the last spots last week": peers taking what is scarce press whenever it was.
    const tookStock = t.slice(verbAt, c.to).some((y) => CLAIMED.has(y.lemma)) && t.slice(verbAt, c.to).some((y) => STOCK.has(y.lemma));
    if (!done || !(lately || tookStock)) return false;
    const after = t.slice(verbAt, Math.min(c.to, verbAt + 5));
    // "Your biggest rival already uses our sensors": a rival's use is a step ahead, a customer's a reference.
    // Their use of a standard or method is no step ahead ("your competitors already use manual inspection").
    const rivalUse = RIVAL_PEERS.has(subject[peer]!.lemma) && t.slice(c.from, c.to).some((y) => y.lower === 'already') &&
      t.slice(verbAt, c.to).some((y) => y.lower === 'our' || y.lower === 'us');
    return after.some((y, k) => (JOINED.has(y.lemma) && y.pos !== 'NOUN') || (rivalUse && y.lemma === 'use') || (y.lower === 'on' && after[k + 1]?.lower === 'board') || y.lower === 'onboard');
  });
}

/** Who is said to be left behind: the late movers ("late adopters", "the holdouts", "laggards"). */
const LAGGARDS = new Set(['latecomer', 'laggard', 'holdout', 'straggler', 'hold-out']);
/** What the late movers did: waited, hesitated ("companies that wait", "those who hesitate"). */
const LAGGING = new Set(['wait', 'hesitate', 'delay', 'lag', 'hold', 'stay']);
/** What "behind" names when it is a plan, not rivals: "fall behind schedule". */
const PLANS = new Set(['schedule', 'plan', 'target', 'timeline', 'budget']);

/**
 * The late movers foretold to lose out, whoever they are: "the late adopters will be left behind", "companies
 * that wait will fall behind", "the holdouts are finding it hard to catch up", "I would not want to see Ishida
 * Components fall further behind", "don't let Kudo be the last in the industry to switch", "your competitors
 * are not standing still". Not a plan slipping ("fall behind schedule"), goods left somewhere, or the past.
 */
function laggardsLeft(f: EnFacts): boolean {
  if (f.question) return false;
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  const late = (i: number) => {
    const c = clauseOf(f, i);
    return c !== undefined && !c.conditional && !(c.tense === 'past' && c.modal === undefined && !c.perfect);
  };
  const laggards = t.some((x, i) => LAGGARDS.has(x.lemma) || (x.lemma === 'adopter' && /^(?:late|slow|last)$/.test(lower[i - 1] ?? '')) ||
    ((x.lower === 'that' || x.lower === 'who') && t.slice(i + 1, i + 3).some((y) => LAGGING.has(y.lemma))));
  for (let i = 0; i < t.length; i++) {
    // "left behind", "fall (further) behind", "lag behind"; "behind schedule" is a plan.
    if (lower[i] === 'behind' && !PLANS.has(lower[i + 1] ?? '') && !PLANS.has(lower[i + 2] ?? '') &&
      t.slice(Math.max(0, i - 2), i).some((y) => y.lower === 'left' || y.lemma === 'fall' || y.lemma === 'lag' || y.lemma === 'trail') && late(i)) {
      // Said of the late movers, or of the reader named after "see" ("want to see Ishida fall behind").
      if (laggards || t.slice(Math.max(0, i - 6), i).some((y, k, list) => y.lemma === 'see' && list[k + 1]?.pos === 'PROPN')) return true;
    }
    // "the holdouts are finding it hard to catch up"
    if (lower[i] === 'catch' && lower[i + 1] === 'up' && laggards && late(i)) return true;
    // "be the last in the industry to switch", "be the last distributor to sign"
    if ((lower[i] === 'last' || (lower[i] === 'only' && lower.slice(i + 1, i + 9).includes('still'))) && lower[i - 1] === 'the' && t[i - 2]?.lemma === 'be' && late(i)) {
      const rest = lower.slice(i + 1, i + 6);
      if (rest.includes('industry') || rest.includes('market') || rest.includes('sector') || rest.includes('region') || rest.includes('area') ||
        lower.slice(i + 1, i + 9).includes('still') ||
        // "the last to know / hear about a recall" is being informed, not adopting.
        t.slice(i + 1, i + 6).some((y, k, list) => y.lower === 'to' && list[k + 1]?.pos === 'VERB' && !/^(?:know|hear|learn|find)$/.test(list[k + 1]!.lemma))) return true;
    }
  }
  // "Your competitors are not standing still", "your rivals won't wait".
  return f.clauses.some((c) => c.negation !== undefined && c.subject !== undefined && !c.conditional &&
    t.slice(c.from, c.negation).some((y) => RIVAL_PEERS.has(y.lemma)) &&
    t.slice(c.negation, c.to).some((y, k, list) => (y.lemma === 'stand' && list[k + 1]?.lower === 'still') || y.lemma === 'wait' || y.lemma === 'sleep'));
}

/** Where a clause's subject starts, joined back across a hyphen inside a word ("auto-parts"). */
function subjectStart(f: EnFacts, c: EnClause): number {
  let from = c.from;
  const t = f.tokens;
  while (from >= 2 && t[from - 1]!.text === '-' && t[from - 2]!.end === t[from - 1]!.start) {
    const prev = f.clauses.find((x) => x.to === from - 1 || x.to === from);
    if (!prev || prev.from >= from) break;
    from = prev.from;
  }
  return from;
}

/** The clause holding token `i`. */
function clauseOf(f: EnFacts, i: number) {
  return indexedClause(f, i);
}

/** What a seller's capacity is booked in: slots, weeks, crews, sessions, the production calendar. */
const BOOKABLE = new Set(['slot', 'spot', 'place', 'seat', 'window', 'week', 'date', 'session', 'course', 'training', 'crew', 'team', 'installer',
  'engineer', 'technician', 'calendar', 'diary', 'schedule', 'capacity', 'line', 'production', 'run', 'allocation', 'opening', 'intake',
  'booking', 'space', 'availability', 'month', 'day', 'workshop', 'class', 'cohort', 'programme', 'program', 'factory', 'plant', 'shift']);
/** How capacity is said to be taken: gone, booked, full, allocated, spoken for, filling. */
const TAKEN = new Set(['gone', 'taken', 'booked', 'full', 'filled', 'allocated', 'reserved', 'committed', 'claimed', 'sold']);
/** What makes capacity taken a clock rather than a fact: it is going now, fast, or mostly already. */
// "almost full", "nearly booked" alone is scarcity stated (leverStated), which presses only with a clock in the
// sentence or the next; taken already, mostly, or at a pace is going to others now.
const PASSING = new Set(['already', 'fast', 'quickly', 'rapidly', 'daily', 'every', 'most', 'half', 'mostly', 'largely', 'filling', 'being', 'steadily']);
/** Who a seller turns away when full: companies, customers, orders. */
const TURNED_AWAY = new Set(['company', 'customer', 'client', 'people', 'order', 'business', 'buyer', 'firm', 'project', 'applicant', 'participant', 'team']);
/** A meeting arranged is no capacity sold: "our team is fully booked on Tuesday, so may we call on Wednesday?" */
const ARRANGING = new Set(['meeting', 'call', 'visit', 'appointment', 'room', 'hotel', 'flight', 'venue', 'interview']);

/**
 * Capacity already going to others, told to a prospect (round 15, P1): "two of the Q2 spots have already
 * gone", "most of our crews' weeks through October are already booked", "half the May run is allocated", "on-site
 * sessions fill up fast", "the open weeks are being taken every day", "last year we were turning companies
 * away by March". Capacity taken is a lever only with its passing (already, fast, most of, every day),
 * or as turned-away buyers (any tense: it foretells). Not the reader's own calendar or a slot booked for them
 * ("your slot is already booked for you"), not a meeting arranged, not negated ("no slots have been taken
 * yet"), not in a condition or a question.
 */
function capacityTaken(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question || t.some((x) => ARRANGING.has(x.lemma))) return false;
  const lower = t.map((x) => x.lower);
  for (let i = 0; i < t.length; i++) {
    // "we were turning companies away", "we had to turn away three customers", "we turn people away every spring".
    if (t[i]!.lemma === 'turn' && t[i]!.pos === 'VERB') {
      const span = t.slice(i + 1, i + 6);
      const away = span.findIndex((x) => x.lower === 'away');
      const c = clauseOf(f, i);
      const ours = c !== undefined && t.slice(c.from, i).some((x) => x.lower === 'we' || x.lower === 'i');
      if (away >= 0 && span.some((x) => TURNED_AWAY.has(x.lemma)) && !negatedBefore(t, i) && !inCond(f, i) && ours) return true;
      continue;
    }
    const taken = TAKEN.has(lower[i]!) || (lower[i] === 'spoken' && lower[i + 1] === 'for') ||
      (/^(?:fill|book|sell|snap|grab)$/.test(t[i]!.lemma) && /^(?:up|out)$/.test(lower[i + 1] ?? '')) ||
      (t[i]!.lemma === 'take' && lower[i - 1] === 'being');
    if (!taken || negatedBefore(t, i) || inCond(f, i)) continue;
    // The capacity before it, within a clause's reach, and ours ("your calendar is full" is theirs).
    // "Of the six pilot places we opened this year, five have already been taken": the capacity may lead the clause.
    const from = Math.max(0, i - 16);
    // "half of January is already gone": a month or quarter of the calendar is capacity too.
    const noun = t.slice(from, i).findIndex((x) => (BOOKABLE.has(x.lemma) && x.pos !== 'VERB') || MONTHS.has(x.lower) || /^q[1-4]$/.test(x.lower));
    if (noun < 0) continue;
    if (lower.slice(from, i + 4).some((w) => w === 'your' || w === 'yours') || (lower[i + 1] === 'for' && lower[i + 2] === 'you')) continue;
    // "sold" only as sold out; "full" not as in "full pallets" (a noun after it).
    if (lower[i] === 'sold' && lower[i + 1] !== 'out') continue;
    if (lower[i] === 'full' && /^(?:NOUN|PROPN)$/.test(t[i + 1]?.pos ?? '')) continue;
    // Its passing: in the clause, or the fill itself said as a tendency ("fill up fast").
    const around = lower.slice(Math.max(0, from), Math.min(t.length, i + 6));
    const passing = around.some((w) => PASSING.has(w)) || /^(?:fast|quickly)$/.test(lower[i + 2] ?? '') ||
      // "two of the Q2 spots", "three of the five places": a share of the capacity gone.
      lower.slice(from, from + noun).some((w, k, list) => (NUMBERS.has(w) || /^\d{1,2}$/.test(w)) && list[k + 1] === 'of');
    if (passing) return true;
  }
  return false;
}

function inCond(f: EnFacts, i: number): boolean {
  return f.clauses.some((c) => c.conditional && c.from <= i && i < c.to);
}

/** Where a late decision sends the reader: the back of the queue, the next slot, months away. */
const LATER = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'months', 'quarter', 'season']);

/**
 * The reader's decision late, their project pushed back (round 15, P2): "if we don't have your go-ahead by the
 * end of next week, your project will slip to our next available slot in the spring", "anything not signed by
 * the end of the month goes to the back of the queue", "if we can't meet then, it could be a year before he is
 * back". A condition on the reader's act (negated, or an act not done by a date), then a wait: the back of the
 * queue, the next available slot, a season or a year away. Our own delay ("if the parts do not arrive, the
 * installation slips to May") binds nothing of theirs.
 */
function pushedBack(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question) return false;
  const lower = t.map((x) => x.lower);
  // The condition: "if … not / n't / can't", "unless", or an act not done ("anything not signed by …").
  const cond = lower.findIndex((w, i) => w === 'unless' || (w === 'if' && lower.slice(i + 1, i + 6).some((x) => x === "n't" || x === 'not' || x === 'cannot')) ||
    (w === 'not' && (ACTED.has(t[i + 1]?.lemma ?? '') || ACT.has(t[i + 1]?.lemma ?? '')) && /ed$/.test(lower[i + 1] ?? '') && nearTime(t.slice(i + 2, i + 9))));
  if (cond < 0) return false;
  // Whose act: the reader's ("your go-ahead", "you", "we can't meet"); things of theirs for a job are logistics.
  const condSpan = t.slice(Math.max(0, cond - 3), Math.min(t.length, cond + 12));
  if (condSpan.some((x) => LOGISTICS.has(x.lemma) && x.lemma !== 'time' && x.lemma !== 'date' && x.lemma !== 'slot' && x.lemma !== 'meeting' && x.lemma !== 'work')) return false;
  if (!condSpan.some((x) => x.lower === 'you' || x.lower === 'your' || x.lower === 'we' || x.lower === 'anything' || x.lower === 'whatever' || ACTED.has(x.lemma) || DECISION.has(x.lower))) return false;
  const rest = lower.slice(cond + 1);
  // "the back of the queue / line", "the end of the list"
  const back = rest.some((w, k) => (w === 'back' || w === 'end' || w === 'bottom') && rest[k + 1] === 'of' && /^(?:queue|line|list|waitlist)$/.test(rest[k + 3] ?? rest[k + 2] ?? ''));
  // "slip / move / be pushed to our next available slot", "the next opening would be in the spring"
  const next = rest.some((w, k) => w === 'next' && (/^(?:available|free|open|opening|slot|window|year|season)$/.test(rest[k + 1] ?? '') ||
    t.slice(cond + 2 + k, cond + 5 + k).some((x) => BOOKABLE.has(x.lemma))));
  // "it could be a year before …", "months before", "not until the spring"
  const away = rest.some((w, k) => (LATER.has(w) && (rest[k + 1] === 'before' || rest[k - 1] === 'the' || rest[k - 1] === 'a' || rest[k - 1] === 'next')) ||
    (w === 'until' && rest[k - 1] === 'not'));
  return back || (next && rest.some((w) => LATER.has(w) || MONTHS.has(w) || w === 'available' || w === 'slot' || w === 'wait' || w === 'slip')) || (away && t.slice(cond + 1).some((x) => x.lemma === 'be' || x.lemma === 'slip' || x.lemma === 'wait' || x.lemma === 'push' || x.lemma === 'move'));
}

const ADVISING = new Set(['suggest', 'advise', 'recommend', 'urge']);

/** Ways of putting a decision off: wait, delay, sit on it, hold off, put it off, leave it, let it slip. */
function delayVerbAt(t: EnToken[], i: number): boolean {
  const w = t[i]!;
  const next = t[i + 1]?.lower ?? '';
  if (w.lemma === 'wait' || w.lemma === 'delay' || w.lemma === 'procrastinate') {
    // "don't wait for us to call" or "don't wait to tell us" asks them to act on something else; "don't wait for
    // your budget cycle" puts off their decision.
    return (next !== 'for' || /^(?:your|the|next)$/.test(t[i + 2]?.lower ?? '')) && next !== 'to';
  }
  if (w.lemma === 'sit' && next === 'on') return true;
  if (w.lemma === 'hold' && next === 'off') return true;
  if (w.lemma === 'put' && (next === 'off' || t[i + 2]?.lower === 'off')) return true;
  if (w.lemma === 'leave' && /^(?:it|this|things)$/.test(next) && /^(?:too|until|till|much|any|late|for)$/.test(t[i + 2]?.lower ?? '')) return true;
  if (w.lemma === 'let' && /^(?:it|this|that)$/.test(next) && /^(?:slip|pass|go)$/.test(t[i + 2]?.lemma ?? '')) return true;
  if (w.lemma === 'miss' && /^(?:out|this|the|it)$/.test(next) && !t.slice(i + 1, i + 4).some((x) => ARRANGING.has(x.lemma))) return true;
  return false;
}

/**
 * Advice not to put the decision off, given to the reader (round 15, P2): "my honest advice: don't sit on this
 * one", "don't wait", "please don't leave it too long", "I strongly suggest you don't delay your decision",
 * "whatever you do, don't let this slip". A negated delay verb told to the reader — an imperative at a clause
 * start, or "you" after advice. Not "don't hesitate to contact us" (an invitation), not "don't wait for our
 * call" / "don't wait to tell us", not our own plan ("we won't wait for the drawings"), not in a condition.
 */
function dontDelay(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question) return false;
  const lower = t.map((x) => x.lower);
  for (let i = 0; i < t.length; i++) {
    const neg = (lower[i] === 'do' && (lower[i + 1] === "n't" || lower[i + 1] === 'not')) ? i + 2 : -1;
    if (neg < 0 || !delayVerbAt(t, neg) || inCond(f, i)) continue;
    // An imperative: at the start of the sentence or of a clause after a colon, dash, comma or "so", "just", "please".
    const before = lower[i - 1] ?? '';
    if (i === 0 || /^(?:[:;,—–-]|so|just|please|honestly|frankly|then|and|but|really|simply)$/.test(before)) return true;
    // "I (strongly) suggest / advise / recommend (that) you don't wait"
    if (before === 'you' && t.slice(Math.max(0, i - 5), i - 1).some((x) => ADVISING.has(x.lemma))) return true;
  }
  // "My honest advice would be not to wait for your budget cycle", "I'd recommend not delaying": advice, then a delay negated.
  for (let i = 0; i < t.length; i++) {
    if (lower[i] !== 'not' || inCond(f, i)) continue;
    const verb = lower[i + 1] === 'to' ? i + 2 : i + 1;
    if (!t[verb] || !delayVerbAt(t, verb)) continue;
    if (t.slice(Math.max(0, i - 6), i).some((x) => ADVISING.has(x.lemma) || x.lemma === 'advice' || x.lemma === 'recommendation' || x.lemma === 'suggestion')) return true;
  }
  return false;
}

const VALID_FOR = new Set(['hold', 'valid', 'stand', 'good', 'last', 'run', 'apply']);
const UNTIL = new Set(['until', 'till', 'til', 'through', 'thru']);
const EDGE_WORDS = new Set(['day', 'minute', 'hour', 'week', 'longer', 'later', 'extension', 'extensions', 'exception', 'exceptions', 'more']);

/**
 * A validity with a hard edge (round 18b): "the price holds till 30 April, not a day longer", "the offer is good
 * until Friday — no extensions", "valid through March and not one day more". A term held until a date, then a
 * verbless tail that shuts any give past it: the standard validity becomes an ultimatum. "Valid until 30 April,
 * not 31 March as I wrote" corrects a date; "no extra cost" is no edge. Read apart from the levers: a quote's
 * validity exempts them (spec: standard validity is clean), and the edge is what makes this one pressure.
 */
export function hardEdge(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question) return false;
  const until = t.findIndex((x, i) => UNTIL.has(x.lower) && t.slice(Math.max(0, i - 4), i).some((y) => VALID_FOR.has(y.lemma)));
  if (until < 0) return false;
  for (let i = until + 2; i < t.length; i++) {
    if (t[i]!.lower !== 'not' && t[i]!.lower !== 'no') continue;
    const before = t[i - 1]!.lower;
    if (before !== ',' && before !== 'and' && before !== '—' && before !== '-' && before !== '–' && before !== ';') continue;
    // The tail is short and closes the sentence: "not a day longer.", "no extensions!".
    let end = i + 1;
    while (end < t.length && t[end]!.pos !== 'PUNCT') end++;
    if (end - i > 4) continue;
    if (t.slice(i + 1, end).some((x) => EDGE_WORDS.has(x.lower))) return true;
  }
  return false;
}

/** Every lever class, named for tests. */
export const LEVERS = { lapse, bounded, scarcity, rival, rise, hurry, quickDecision, regret, waitingCosts, demand, ultimatum,
  windowOnly, firstToAct, rivalClaim, conditionalLoss, wouldNotWait, orElse, peersAhead, laggardsLeft, capacityDeadline, heldOnlyIf, heldNoLonger,
  capacityTaken, pushedBack, dontDelay, lateActCosts, soonerTheBetter, dealClosedByDate, lateMoversPay, askedThenLost } as const;

/** The first lever class the sentence states; `except` leaves one class out (a demand on a date the reader set, round 33). */
export function leverOf(f: EnFacts, except?: keyof typeof LEVERS): keyof typeof LEVERS | undefined {
  for (const [name, test] of Object.entries(LEVERS)) if (name !== except && test(f)) return name as keyof typeof LEVERS;
  return undefined;
}

/**
 * A lever stated with no clock of its own, which the next sentence may turn into pressure ("Slots for the
 * spring installation are limited." / "Capacity for Q1 is almost gone."): scarcity, a rival, an offer held
 * or valid until a date, a price that rises on a date. A capacity given as a figure ("limited to 500 units a
 * month") is a fact about the seller, no lever.
 */
export function leverStated(f: EnFacts): boolean {
  if (f.question) return false;
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  if (scarcity(f) || rival(f) || capacityCounted(f) || sellsOutAhead(f)) return true;
  const limited = lower.findIndex((w) => w === 'limited');
  if (limited >= 0 && lower[limited + 1] !== 'to' && (has(t, STOCK) >= 0 || has(t, OFFER) >= 0)) return true;
  if (almostGone(lower) >= 0) return true;
  if (!nearTime(t)) return false;
  // "We can hold the slot until Thursday", "the offer is valid until 12 December", "the discount ends on Friday"
  const until = lower.findIndex((w) => w === 'until' || w === 'till' || w === 'through');
  if (until >= 0 && has(t, OFFER) >= 0 || until >= 0 && t.some((x) => x.lemma === 'hold' || x.lemma === 'reserve' || x.lemma === 'keep') && has(t, STOCK) >= 0) return true;
  if (has(t, OFFER) >= 0 && t.some((x) => LAPSE.has(x.lemma) && x.pos === 'VERB')) return true;
  // "Prices rise 8% in January"
  return has(t, PRICE) >= 0 && (f.cues.rise ?? []).length > 0 && !(f.cues.reason ?? []).length;
}

/**
 * Round 37: "the best micro-lots will be sold out within days", "the lots will sell out soon", "the last lots will be
 * gone within days": selling out told ahead, whatever is sold (no stock noun needed) — the future said by "will" /
 * "going to" / "'ll". A lever only (leverStated): it presses with a clock asked in the next sentence, not alone ("the
 * tickets will be gone within days, so we will send the programme to everyone"). "The seminar sold out last year" (past)
 * and "we sold out of the old model" stay facts.
 */
function sellsOutAhead(f: EnFacts): boolean {
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  const out = lower.findIndex((w, i) => (t[i]!.lemma === 'sell' && lower[i + 1] === 'out' && lower[i + 2] !== 'of') || (w === 'gone' && lower[i - 1] === 'be'));
  return out >= 0 && t.slice(Math.max(0, out - 4), out).some((x) => x.lower === 'will' || x.lower === "'ll" || x.lower === 'going');
}

/** "Don't wait", "do not delay", "hurry": a call to act with no date needed. */
const DONT_WAIT = new Set(['wait', 'delay', 'hesitate']);

/**
 * The sentence after a lever that puts the clock on it: a decision asked for by a near date or at speed
 * ("Please confirm your order by Friday", "Let me know by Wednesday if you want in", "Order this month to
 * avoid it", "Please sign before it lapses"), "Don't wait", or the consequence if no answer comes ("After
 * that, we'll release it to the waiting list"). Asking for a forecast or drawings by a date arranges.
 */
export function clockAsked(f: EnFacts): boolean {
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  // Round 37: "May I ask you to send the deposit by Friday?": a request put as a question of our own asking.
  const mayWeAsk = /^(?:may|might|can|could)$/.test(lower[0] ?? '') && /^(?:i|we)$/.test(lower[1] ?? '') && t[2]?.lemma === 'ask';
  if (f.question && !f.acts.includes('request') && !mayWeAsk) return false;
  if (f.imperative && (lower[0] === 'do' || lower[0] === 'don') && t.some((x) => DONT_WAIT.has(x.lemma))) return true;
  // "After that, we'll release it", "Otherwise the slot goes to the next company"
  const after = (lower[0] === 'after' && (lower[1] === 'that' || lower[1] === 'then')) || lower[0] === 'otherwise';
  if (after && t.some((x, i) => (CONSEQUENCE.has(x.lemma) && x.pos !== 'NOUN') || x.lower === 'gone' || (x.lemma === 'go' && lower[i + 1] === 'to'))) return true;
  // "Please let me know by Wednesday", "I'd need to hear back by Friday": a reply by a near date of ours.
  if (replyByNearDate(f)) return true;
  const asked = f.imperative || f.acts.includes('request') || mayWeAsk ||
    f.clauses.some((c) => c.subject?.side === 'we' && c.negation === undefined && t.slice(c.from, c.to).some((x) => ASKING.has(x.lemma)));
  if (!asked) return false;
  // The lite model tags a sentence-initial "Order …" as a noun: in an imperative the first word is the verb.
  const decision = t.some((x, i) => (ACT.has(x.lemma) && (x.pos !== 'NOUN' || (i === 0 && f.imperative)) && x.lemma !== 'go' && x.lemma !== 'close' && x.lemma !== 'start') ||
    DECISION.has(x.lower) || (x.lower === 'want' && /^in\b/.test(lower[i + 1] ?? '')) || (x.lower === 'signed'));
  if (!decision) return false;
  // "before it lapses / expires / ends / goes"
  const beforeLapse = lower.some((w, i) => w === 'before' && (lower[i + 1] === 'it' || lower[i + 1] === 'they') &&
    (LAPSE.has(t[i + 2]?.lemma ?? '') || t[i + 2]?.lemma === 'go' || t[i + 2]?.lower === 'runs'));
  return beforeLapse || clock(t);
}

/** One line of an availability list: "- July: fully booked", "September – one slot left", "Q3: open". */
export type Availability = 'full' | 'scarce' | 'open';
/** A label and its status split at the first colon or dash, bullets and numbering off the label. */
function labelled(text: string, seps: RegExp, bullets: RegExp): [string, string] | null {
  const line = text.trim();
  const at = line.search(seps);
  if (at < 1 || line.includes('\n')) return null;
  const label = line.slice(0, at).replace(bullets, '').trim();
  const status = line.slice(at + 1).trim();
  return label.length >= 1 && label.length <= 40 && status.length >= 1 && status.length <= 60 ? [label, status] : null;
}
const FULL_STATUS = /\b(?:fully booked|booked(?: out| up)?|sold out|full|no (?:slots?|spots?|places?|seats?|availability|capacity|openings?)(?: left)?|unavailable|taken|closed|wait-?list(?: only)?)\b/i;
const SCARCE_PHRASE = /\b(?:almost full|nearly full|filling (?:up|fast)|limited|last (?:one|slot|spot|place|seat))\b/i;
const COUNT_WORD = /^(?:one|two|1|2|few|last|final|single|only)$/;
const LEFT_WORD = /^(?:left|remaining|available|open)$/;
/** "one slot left", "2 places remaining", "last seat available", "only two left". */
function scarceStatus(status: string): boolean {
  const words = status.toLowerCase().split(/[^a-z0-9]+/);
  return SCARCE_PHRASE.test(status) || (words.some((w) => COUNT_WORD.test(w)) && words.some((w) => LEFT_WORD.test(w)));
}
const OPEN_STATUS = /\b(?:available|open|free|plenty)\b/i;
/** A period or batch names the line's label: a month, week, quarter, season, date or wave. */
const PERIOD_LABEL = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|week|q[1-4]|quarter|h[12]|spring|summer|autumn|fall|winter|batch|cohort|wave|intake|round|session|monday|tuesday|wednesday|thursday|friday)\b|\d{1,2}[/.-]\d{1,2}/i;

/**
 * A line of an availability table (round 16, P3): a period as its label and what is left of it as its status.
 * A run of them with a full period and one scarce beside it ("- July: fully booked / - August: fully booked /
 * - September: one slot left") is scarcity set out as a table, read by en.pressure.ultimatum's document hook.
 */
export function availabilityOf(text: string): Availability | null {
  const m = labelled(text, /[:：–—]/, /^[-*•·\s]*(?:\d{1,2}[.)])?/);
  if (!m || !PERIOD_LABEL.test(m[0])) return null;
  const status = m[1];
  if (scarceStatus(status)) return 'scarce';
  if (FULL_STATUS.test(status)) return 'full';
  return OPEN_STATUS.test(status) ? 'open' : null;
}
