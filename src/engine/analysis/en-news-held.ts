import { clauseOf } from './en';
import type { EnFacts } from './en';
import { NEWS_WORDS } from './en-news-words';
import { isNewsWord } from './en-news-classes';

/**
 * Round 21 (enbad): goods held back and products with no successor, read off the verb group rather than off listed
 * wordings. Three structures:
 * - a verb of the goods moving or being handed over (ship, deliver, dispatch, arrive, leave, load, go out, make a
 *   sailing) negated in its own verb group ("will not", "cannot be", "won't be able to", "none of … can"), with a point
 *   in time after it (a date, a month, a quarter, a week, a vessel, "this month", "in time", "as planned"), said of our
 *   goods or a quantity of them: "1,200 units will not ship in June", "won't make the May vessel", "cannot be delivered
 *   before Q3"; or a delivery word as subject of a negated "possible"/"available"/"ready" with such a time;
 * - a label line whose value is a new date with a marker of change: "Balance 18,000 pcs: now mid-August", "ETA: moved
 *   to 3/14" (en-news.ts `delay` has already let through only a date that is later, when an old one is given);
 * - a product whose supply will not go on: a verb of replacing, restocking or succeeding negated in the passive ("is
 *   finished and won't be replaced"), a verb of making or carrying negated with "again"/"any more" ("will not be made
 *   again"), or "there will be no further vintage".
 * Not news: a question, a condition, an instruction ("Please do not ship before …"), a past told as history, a bound
 * given ("no later than 10 June"), a closure over a range of dates, a remedy withheld for damaged goods (a refusal).
 */

const NEGATORS = new Set(['not', "n't", 'never', 'cannot']);
/** Words a negated verb group may hold between its negation and its verb: "will not be able to", "cannot yet be". */
const GROUP = new Set(['be', 'been', 'able', 'to', 'yet', 'still', 'possibly', 'go', 'get', 'any', 'longer', 'now', 'currently', 'unfortunately']);
const w = (f: EnFacts, i: number) => f.tokens[i]?.lower ?? '';

/** The index of the negator in the verb group ending at `verb`, if the group is negated. */
function negatedGroup(f: EnFacts, verb: number): number | undefined {
  for (let k = verb - 1; k >= 0 && verb - k <= 6; k--) {
    const t = f.tokens[k]!;
    if (NEGATORS.has(t.lower)) return k;
    if (t.pos === 'AUX' || t.pos === 'PART' || GROUP.has(t.lower) || (t.pos === 'ADV' && /ly$/.test(t.lower))) continue;
    return undefined;
  }
  return undefined;
}

/** "None of the 48 sofas can go out", "Nothing from the June lot will ship": a subject that is itself negative. */
function negativeSubject(f: EnFacts, verb: number): boolean {
  let from = verb - 1;
  while (from > 0 && !/^[,;:—–(]$/.test(f.tokens[from - 1]!.text)) from--;
  const first = f.tokens.slice(from, verb).find((t) => t.pos !== 'PUNCT');
  return first !== undefined && (first.lower === 'none' || first.lower === 'nothing');
}

/** The stretch from `i` to the next clause mark or reason ("because", "as", "since", "but"). */
function stretchEnd(f: EnFacts, i: number): number {
  let k = i;
  while (k < f.tokens.length && !/^[,;.!?—–()]$/.test(f.tokens[k]!.text) && !/^(?:because|since|as|but|due|so|while|and)$/.test(w(f, k))) k++;
  return k;
}

const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** A period named relative to now: "this month", "next week", "the coming season". */
const PERIOD = /^(?:week|month|quarter|season|year|sailing|vessel|shipment|container|flight|truck|cut-?off|window|slot|deadline|launch|opening|shutdown|event|fair|campaign)$/;
/** Means of carriage or a cut-off the goods miss: "the May vessel", "the April container", "the week 32 truck". */
const CARRIAGE = /^(?:vessels?|sailings?|ships?|containers?|flights?|trucks?|lorr(?:y|ies)|boats?|cut-?offs?|slots?|window|deadline)$/;

/** A point in time at `k` (a date, a month, a quarter, a week, a weekday, "mid-August", "3/14", "2027-03-14"). */
function timeAt(f: EnFacts, k: number, dateAt: ReadonlySet<number>): boolean {
  const t = f.tokens[k]!;
  if (dateAt.has(k)) return true;
  // "may" is a month only written with its capital.
  if (MONTH.test(t.lower) && (t.lower !== 'may' || t.text === 'May') && (t.lower !== 'march' || t.text === 'March')) return true;
  if (WEEKDAY.test(t.lower) || /^q[1-4]$/.test(t.lower) || /^(?:cw|kw|wk)\d{1,2}$/.test(t.lower)) return true;
  if (/^(?:mid|early|late|end)-[a-z]+$/.test(t.lower)) return true;
  if (/^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/.test(t.text)) return true;
  if (t.lower === 'week' && f.tokens[k + 1]?.pos === 'NUM') return true;
  if (/^(?:today|tomorrow|tonight)$/.test(t.lower)) return true;
  return false;
}

/** The first point in time, or a carriage or cut-off, in [from, to): a missed time the sentence names. */
function namesTime(f: EnFacts, from: number, to: number, dateAt: ReadonlySet<number>): boolean {
  for (let k = from; k < to; k++) {
    const t = f.tokens[k]!;
    if (timeAt(f, k, dateAt)) return true;
    if (CARRIAGE.test(t.lower)) return true;
    // "this month", "next week", "the coming season".
    if (/^(?:this|next|coming|following)$/.test(t.lower) && PERIOD.test(w(f, k + 1))) return true;
    // "in time for", "on time", "as planned", "as scheduled", "on schedule".
    if ((t.lower === 'in' || t.lower === 'on') && (w(f, k + 1) === 'time' || w(f, k + 1) === 'schedule')) return true;
    if (t.lower === 'as' && /^(?:planned|scheduled|confirmed|promised|originally)$/.test(w(f, k + 1))) return true;
    // "the end of the year", "the end of September".
    if (t.lower === 'end' && w(f, k + 1) === 'of') return true;
  }
  return false;
}

/** A bound given, not a time missed: "no later than 10 June", "not before you confirm", "not more than 2 days". */
function boundOrCondition(f: EnFacts, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = w(f, k);
    if (t === 'than' || t === 'later' || t === 'earlier' || t === 'sooner' || t === 'if' || t === 'unless' || t === 'without') return true;
    // "until you confirm", "before we receive your deposit": the time is the reader's act, a condition.
    if ((t === 'until' || t === 'before' || t === 'till') && (f.tokens[k + 1]?.pos === 'PRON' || w(f, k + 1) === 'payment' || w(f, k + 1) === 'receipt')) return true;
  }
  return false;
}

/** A closure or a range of dates ("from 29 December to 3 January"): a holiday notice, not goods held back. */
const CLOSURE = /^(?:closed|closure|closures|closing|holiday|holidays|shutdown|vacation|break|inventory|stocktaking|stocktake)$/;
function rangeOrClosure(f: EnFacts): boolean {
  // "in time for your 10 June shutdown": the reader's closure is the time missed, not ours.
  return f.tokens.some((t, k) => (CLOSURE.test(t.lower) && !f.tokens.slice(Math.max(0, k - 3), k).some((x) => x.lower === 'your')) || (t.lower === 'from' && f.tokens.slice(k + 1, k + 6).some((x) => x.lower === 'to' || x.text === '–' || x.lower === 'through')));
}

/** Verbs of the goods moving or being handed over (with "out": "go out", "leave"). */
const MOTION = new Set(['ship', 'deliver', 'dispatch', 'despatch', 'send', 'arrive', 'leave', 'load', 'sail', 'depart', 'reach', 'supply', 'release', 'land',
  'make', 'go', 'clear', 'receive', 'get', 'happen', 'take', 'proceed', 'start', 'begin']);
/** Verbs the goods do themselves: "will not ship", "won't arrive", "won't make the vessel", "can't go out", "won't clear customs". */
const GOODS_MOVE = new Set(['ship', 'arrive', 'leave', 'sail', 'depart', 'land', 'make', 'go', 'clear', 'reach', 'happen', 'take', 'proceed', 'start', 'begin', 'load']);
/** Predicates of the goods' readiness, negated: "Delivery … is not possible in July", "The balance will not be ready until …". */
const READY = new Set(['possible', 'feasible', 'available', 'ready', 'ready-to-ship']);
/** Words that show goods in the sentence: a unit counted, the goods named by what they are as a lot, an order, a shipment. */
const GOODS = /^(?:units?|pcs|pieces?|pallets?|cartons?|cases?|boxes|bottles?|drums?|bags?|rolls?|sets?|kg|t|tons?|tonnes?|lots?|batch(?:es)?|consignments?|containers?|shipments?|deliver(?:y|ies)|orders?|balance|remainder|rest|goods|stock|parts?|items?|modules?|sku|skus|volume|quantity|cargo|materials?|samples?|spares?)$/;
/** Persons and the reader, who do not ship: "we will not leave the office in June", "you won't receive our invoice before March". */
const NOT_GOODS_SUBJECTS = new Set(['you', 'i', 'he', 'she', 'they', 'it', 'this', 'that']);

/** A noun phrase as the clause's subject, of a third party ("The spare motors will not arrive …"): the goods themselves. */
function nominalSubject(f: EnFacts, verb: number): boolean {
  const c = clauseOf(f, verb);
  const s = c?.subject;
  return s !== undefined && s.side === 'third' && s.index < verb && (f.tokens[s.index]!.pos === 'NOUN' || f.tokens[s.index]!.pos === 'PROPN' || f.tokens[s.index]!.pos === 'DET');
}

function goodsNamed(f: EnFacts): boolean {
  return f.tokens.some((t, k) => GOODS.test(t.lower) || (t.pos === 'NUM' && f.tokens[k + 1]?.pos === 'NOUN' && !MONTH.test(w(f, k + 1)) && !/^(?:days?|weeks?|months?|years?|hours?)$/.test(w(f, k + 1))));
}

/** "go out", "make the May vessel", "leave our plant": the verbs that are motion only with their particle or object. */
function motionSense(f: EnFacts, i: number): boolean {
  const lemma = f.tokens[i]!.lemma;
  if (lemma === 'go' || lemma === 'get') return /^(?:out|through|off|on)$/.test(w(f, i + 1));
  if (lemma === 'make') return f.tokens.slice(i + 1, i + 5).some((t) => CARRIAGE.test(t.lower)) || w(f, i + 1) === 'it';
  if (lemma === 'clear') return /^(?:customs|inspection|quarantine)$/.test(w(f, i + 1));
  // "Shipment of the walnut chairs will not happen before …": an event verb said of a delivery word.
  if (lemma === 'happen' || lemma === 'take' || lemma === 'proceed' || lemma === 'start' || lemma === 'begin') {
    const c = clauseOf(f, i);
    return c !== undefined && f.tokens.slice(c.from, i).some((x) => /^(?:shipments?|deliver(?:y|ies)|dispatch|loading|production|despatch)$/.test(x.lower)) &&
      (lemma !== 'take' || w(f, i + 1) === 'place');
  }
  return true;
}

/**
 * Our goods held back from a time: a motion or supply verb negated in its own group, or a negative subject ("none of the
 * sofas"), with a point in time after it, and goods in the sentence. `dateAt`: the token indexes en-news.ts read as dates.
 */
export function goodsHeldBack(f: EnFacts, dateAt: ReadonlySet<number>): boolean {
  // "Should the parts not arrive by Friday, …": a condition by inversion.
  if (f.question || f.imperative || f.conditional || w(f, 0) === 'should' || rangeOrClosure(f)) return false;
  const goods = goodsNamed(f);
  return f.tokens.some((t, i) => {
    const verb = (t.pos === 'VERB' || f.tokens[i - 1]?.pos === 'AUX') && MOTION.has(t.lemma) && motionSense(f, i);
    const ready = READY.has(t.lower) && f.tokens.slice(Math.max(0, i - 4), i).some((x) => x.lemma === 'be');
    // With no goods named, the subject must be the goods: a verb they do themselves ("the motors will not arrive", "won't
    // ship") or a passive; "Yamato will not deliver on Sunday" is a carrier's agenda.
    const goodsAsSubject = verb && nominalSubject(f, i) && (GOODS_MOVE.has(t.lemma) || /^(?:be|been)$/.test(w(f, i - 1)));
    if ((!verb && !ready) || (!goods && !goodsAsSubject)) return false;
    const neg = negatedGroup(f, i);
    if (neg === undefined && !(verb && negativeSubject(f, i))) return false;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional) return false;
    // "did not ship", "was not delivered": a past told as history; "has not shipped" is a state now.
    if (f.tokens.slice(Math.max(0, (neg ?? i) - 3), i).some((x) => /^(?:did|was|were|had)$/.test(x.lower))) return false;
    const subject = clause.subject ? f.tokens[clause.subject.index]! : undefined;
    if (subject && NOT_GOODS_SUBJECTS.has(subject.lower) && !(subject.lower === 'it' && clause.passive)) return false;
    // A readiness predicate is said of a delivery word or goods before it ("Delivery of the balance … is not possible").
    if (ready && !f.tokens.slice(clause.from, i).some((x) => GOODS.test(x.lower))) return false;
    const end = stretchEnd(f, i + 1);
    return !boundOrCondition(f, i + 1, end) && namesTime(f, i + 1, end, dateAt);
  });
}

/** Participles of a value moved: "moved to", "revised to", "pushed back to". */
const MOVED = new Set(['move', 'revise', 'push', 'change', 'postpone', 'reschedule', 'delay', 'shift', 'slip', 'defer', 'update', 'put', 'set']);
/** A change for the better or none: "brought forward", "ahead of plan", "as agreed", "unchanged", "confirmed". */
const NOT_WORSE = /^(?:earlier|ahead|forward|advanced|agreed|requested|asked|unchanged|confirmed|same|track|sooner)$/;

/** What may stand between a marker of change and its date: "now expected 5 December", "moved back to week 36", "now early Q3". */
const BEFORE_DATE = new Set(['expected', 'planned', 'scheduled', 'due', 'set', 'estimated', 'est', 'for', 'on', 'in', 'by', 'at', 'around', 'approx', 'approximately',
  'to', 'back', 'the', 'of', 'until', 'early', 'mid', 'late', 'end', 'beginning', ':', '.']);
const PERSONAL = new Set(['we', 'i', 'you', 'they', 'he', 'she', 'it', 'this', 'that']);

/**
 * "Balance 18,000 pcs: now mid-August", "ETA: moved to 3/14", "Start date now 8 February.", "Kickoff moved to 4 Nov.": a
 * status line — a label, a colon or no finite verb — whose value opens with a marker of change ("now", a participle of
 * moving followed by "to"/"back") and then a point in time. Not a meeting moved (the meeting readers judge it), not a change
 * for the better or one agreed, not a clause with a subject of ours ("We moved the kickoff meeting to Thursday").
 */
export function statusLineMoved(f: EnFacts, dateAt: ReadonlySet<number>): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  if (tokens.some((t) => NOT_WORSE.test(t.lower))) return false;
  return tokens.some((marker, k) => {
    const now = marker.lower === 'now';
    const moved = MOVED.has(marker.lemma) && /(?:ed|set|put)$/.test(marker.lower) && tokens.slice(k + 1, k + 3).some((t) => t.lower === 'to' || t.lower === 'back');
    if (!now && !moved) return false;
    // The label: the words back to a colon or a dash, a noun phrase with no verb and no personal subject.
    let from = k;
    while (from > 0 && !/^[:–—]$/.test(tokens[from - 1]!.text)) from--;
    let label = tokens.slice(from, k);
    if (label.length === 0 && from > 0) {
      let back = from - 1;
      while (back > 0 && !/^[:–—.]$/.test(tokens[back - 1]!.text)) back--;
      label = tokens.slice(back, from - 1);
    }
    if (label.length === 0 || label.length > 10) return false;
    // "Start date", "Remaining 600 sets", "Ship date": a verb form the tagger reads before a noun of the label modifies it.
    const modifier = (n: number) => label.slice(n + 1).some((t) => t.pos === 'NOUN' || t.pos === 'NUM');
    if (label.some((t, n) => (t.pos === 'VERB' && !modifier(n)) || t.pos === 'AUX' || PERSONAL.has(t.lower))) return false;
    if (!label.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) return false;
    // A meeting or call moved: the meeting and calendar readers judge it.
    // Round 22: unless it is put off to a period with its date left open ("Contract review meeting: moved to Q4, date TBC"):
    // no new slot for the meeting readers to judge, a put-off told as a status line.
    if (label.some((t) => /^(?:meeting|call|visit|appointment|webinar|session|dinner|lunch)$/.test(t.lower)) && !dateLeftOpen(f, k)) return false;
    for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
      if (timeAt(f, j, dateAt)) return true;
      if (!BEFORE_DATE.has(tokens[j]!.lower) && tokens[j]!.pos !== 'NUM') return false;
    }
    return false;
  });
}

/** After `k`, the date left open: "date TBC", "TBD", "to be confirmed", "to be announced". */
function dateLeftOpen(f: EnFacts, k: number): boolean {
  return f.tokens.slice(k + 1).some((t, n) => /^(?:tbc|tbd|tba)$/.test(t.lower) ||
    (t.lower === 'be' && w(f, k + n) === 'to' && /^(?:confirmed|decided|determined|announced|fixed|agreed)$/.test(w(f, k + n + 2))));
}

/** Verbs of a successor or new supply: negated in the passive, the product ends with the stock there is. */
const SUCCEED = new Set(['replace', 'restock', 'replenish', 'succeed', 'reorder', 're-order', 'remake', 'reissue', 'reintroduce', 'relaunch', 'reproduce', 'rerun']);
/** Verbs of making, carrying or offering: negated with "again", "any more", "any longer", the product ends. */
export const SUPPLY = new Set(['make', 'produce', 'manufacture', 'bottle', 'brew', 'bake', 'roast', 'weave', 'print', 'carry', 'stock', 'offer', 'sell', 'list', 'continue',
  'release', 'harvest', 'import', 'distribute', 'available']);
/** Faults the goods have: a remedy withheld for them answers a claim (a refusal), it is no product's end. */
const FAULT = /^(?:damaged|defective|broken|faulty|missing|returned|scratched|dented|cracked|leaking|wrong|mistake|mistakes|error|errors|issue|issues|problem|problems|delay|delays|shortfall|claim|claims|free|charge|cost|costs|invoice|contact|manager|person|staff)$/;
const HONORIFIC = /^(?:mr|ms|mrs|dr|he|she|him|her|his)\.?$/;
/** Nouns of a next supply: "there will be no further vintage", "no new batch", "no replacement model". */
const NEXT_SUPPLY = /^(?:vintage|vintages|batch|batches|run|runs|production|harvest|crop|model|models|version|versions|edition|editions|successor|replacement|restock|restocking|shipments?|stock|lot|lots|release|releases|supply)$/;

/** A product whose supply will not go on: "… is finished and won't be replaced", "will not be made again", "no further vintage". */
export function noSuccessor(f: EnFacts): boolean {
  if (f.question || f.imperative || f.conditional) return false;
  if (f.tokens.some((t) => FAULT.test(t.lower) || HONORIFIC.test(t.lower))) return false;
  const { tokens } = f;
  return tokens.some((t, i) => {
    // "there will be no further vintage", "there is no replacement model".
    if (t.lower === 'no' && tokens.slice(Math.max(0, i - 4), i).some((x) => x.lower === 'there') && tokens.slice(Math.max(0, i - 3), i).some((x) => x.lemma === 'be')) {
      // The lite model tags "vintage" an adjective at times: the supply noun is read by its word.
      return tokens.slice(i + 1, i + 4).some((x) => NEXT_SUPPLY.test(x.lower)) && !tokens.slice(Math.max(0, i - 4), i).some((x) => /^(?:was|were|had)$/.test(x.lower));
    }
    const succeed = SUCCEED.has(t.lemma);
    const supply = SUPPLY.has(t.lemma) || SUPPLY.has(t.lower);
    if (!succeed && !supply) return false;
    if (t.pos !== 'VERB' && !(t.pos === 'ADJ' && t.lower === 'available') && tokens[i - 1]?.pos !== 'AUX') return false;
    const neg = negatedGroup(f, i);
    if (neg === undefined) return false;
    const group = tokens.slice(Math.max(0, neg - 3), i);
    if (group.some((x) => /^(?:did|was|were|had)$/.test(x.lower))) return false;
    const passive = group.some((x) => x.lemma === 'be') && /(?:ed|en|wn|ld|de)$/.test(t.lower);
    if (succeed) return passive;
    // "will not be made again", "won't be carried any more", "will not be available again".
    const after = tokens.slice(i + 1, stretchEnd(f, i + 1) + 1).map((x) => x.lower);
    // Round 37 (newsen37): "will not be offered next year", "won't be sold next season": the next period of sale goes without it.
    // Round 44: "We will not offer the Geisha Honey for the 2027/28 harvest": a coming period named by its year goes without
    // it too — not a term of ours (a discount, a price) withheld.
    const future = group.some((x) => x.lower === 'will' || x.lower === 'wo');
    const nextPeriod = future && after.some((x, n) => NEXT_PERIOD.test(after[n + 1] ?? '') && (x === 'next' || PERIOD_NAMED.test(x))) &&
      !tokens.slice(i + 1, i + 1 + after.length).some((x) => isNewsWord('termsWithheld', x));
    return nextPeriod || after.includes('again') || after.includes('anymore') || (after.includes('any') && (after.includes('more') || after.includes('longer')));
  });
}

/** A period of sale after which a product is not offered: "next year", "next season", "next catalogue". */
const NEXT_PERIOD = /^(?:year|season|quarter|catalogue|catalog|vintage|harvest|range|collection)$/;
/**
 * What names a coming period besides "next": coming, upcoming, or its year ("the 2027/28 harvest", "the 2027 season").
 * Not "this": "… we will not make this year, it is not on our roadmap" answers their wish (t2-006).
 */
const PERIOD_NAMED = /^(?:coming|upcoming|20\d\d(?:[/–-]\d{2,4})?)$/;

/** Words one of the readers above needs: a cheap test of a sentence's text before it is parsed. */
export const mayBeHeldBack = (text: string): boolean =>
  /\b(?:not|never|cannot|none|nothing|no)\b|n't\b/i.test(text) || /:\s*(?:now|new|revised|updated|moved|pushed|changed|postponed|rescheduled|delayed|shifted)\b/i.test(text);


/** "N of M", "N out of the M": the index of M when the figure at `i` opens such a part, and N < M. */
function partAt(f: EnFacts, i: number): number | undefined {
  const { tokens } = f;
  const n = figure(tokens[i]);
  if (n === undefined) return undefined;
  let k = i + 1;
  if (tokens[k]?.pos === 'NOUN' && w(f, k + 1) === 'of') k++;
  if (w(f, k) === 'out' && w(f, k + 1) === 'of') k++;
  if (w(f, k) !== 'of') return undefined;
  k++;
  if (/^(?:the|your|our)$/.test(w(f, k))) k++;
  const m = figure(tokens[k]);
  return m !== undefined && n < m ? k : undefined;
}
const figure = (t: EnFacts['tokens'][number] | undefined) => {
  if (!t || t.pos !== 'NUM') return undefined;
  const v = Number(t.text.replace(/,/g, ''));
  return Number.isFinite(v) ? v : undefined;
};

/** What the reader asked for: "you requested", "you ordered", "you asked for", "you booked", "you reserved". */
const ASKED = new Set(['request', 'order', 'ask', 'book', 'reserve', 'want', 'need', 'require', 'specify', 'forecast', 'plan']);
/** The remainder of a whole: "rest", "remainder", "balance", "remaining", "others". */
const REMAINDER = /^(?:rest|remainder|balance|remaining|others|other)$/;

/**
 * Round 21: part of a whole told with what becomes of the rest or whose whole it was. "12 of 30 retested, rest next quarter":
 * the remainder put to a later time (a delay); "we can staff 2 of the 4 testers you requested": a part of what the reader
 * asked for (a shortage), whatever is counted — the goods readers know goods by their units, this knows the whole by the ask.
 */
export function partOfWhole(f: EnFacts, dateAt: ReadonlySet<number>): 'delay' | 'shortage' | undefined {
  if (f.question || f.conditional || f.imperative) return undefined;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    const m = partAt(f, i);
    if (m === undefined) continue;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || clause.negation !== undefined) continue;
    // The whole the reader asked for: "… 4 testers you requested", "… 4 (that) you asked for".
    let k = m + 1;
    while (k < tokens.length && k <= m + 3 && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ' || w(f, k) === 'that')) k++;
    if (w(f, k) === 'you' && ASKED.has(tokens[k + 1]?.lemma ?? '') && tokens[k + 1]!.pos === 'VERB' &&
      !tokens.slice(clause.from, i).some((t) => /^(?:was|were|did|had)$/.test(t.lower))) return 'shortage';
    // The rest put later: "rest next quarter", "the balance in week 36", "remaining 6 TBC".
    for (let r = m + 1; r < tokens.length; r++) {
      if (!REMAINDER.test(w(f, r))) continue;
      const end = Math.min(tokens.length, r + 6);
      for (let j = r + 1; j < end; j++) {
        const t = w(f, j);
        if (timeAt(f, j, dateAt) || t === 'later' || t === 'tbc' || t === 'tbd' || ((t === 'next' || t === 'following') && PERIOD.test(w(f, j + 1)))) return 'delay';
      }
    }
  }
  return undefined;
}

/** Verbs of making a product: negated or stopped, the product ends (round 35; dictionaries/en/lot-change.json). */
const MAKE = NEWS_WORDS.make;
/** Nouns that mark a maker other than us, or a client's wish: "the competitor stopped making …", "you asked us to stop". */
const NOT_OURS = /^(?:competitors?|rivals?|you|your|asked|requested|instructed|wanted)$/;
/** A point from which a state holds: "from September", "after December", "since June", "as of this quarter", "next season". */
const FROM_WORD = /^(?:from|after|since|next|anymore|longer|again)$/;

/** A stop told with its length or its cause of upkeep: for two days, temporarily, for maintenance, until Monday. */
const PAUSE_SPAN = /\bfor (?:\w+ ){1,2}(?:hours?|days?|weeks?|months?)\b/;
const PAUSE_WORD = /\b(?:temporarily|maintenance|until|during)\b/;
const pause = (after: string) => PAUSE_SPAN.test(after) || PAUSE_WORD.test(after);
const STOP = /^(?:stop|cease|end|halt)$/;
/**
 * Round 35 (news35): a product whose making ended, told as a plain fact — "The DX-400 is not produced anymore from
 * September", "The K-7 cartridge is no longer manufactured", "The 12 mm gauge is out of production since June", "We stopped
 * making the 200 series", "We have ceased production of the
 * 50 ml bottle". A verb of making negated in a present or future group with a point it holds from ("anymore", "from",
 * "next season", "will"), "out of production", or our act of stopping or ceasing the making. Not news: a past told as
 * history ("was not produced in 2019"), a client's wish or another maker's act, a question or a condition.
 */
export function productionEnded(f: EnFacts): boolean {
  if (f.question || f.imperative || f.conditional) return false;
  const { tokens } = f;
  if (tokens.some((t) => FAULT.test(t.lower) || NOT_OURS.test(t.lower))) return false;
  return tokens.some((t, i) => {
    // "out of production", "phased out".
    // Round 35 (integration): "out of production for two days for maintenance" is a pause, not an end.
    if (t.lower === 'production' && w(f, i - 1) === 'of' && w(f, i - 2) === 'out') return !NEGATORS.has(w(f, i - 4)) && !NEGATORS.has(w(f, i - 3)) && !pause(tokens.slice(i + 1).map((x) => x.lower).join(' '));
    if (t.lower === 'phased' && w(f, i + 1) === 'out') return true;
    // "stopped making", "ceased production of", "discontinued producing".
    if (STOP.test(t.lemma) && t.pos === 'VERB') {
      const next = tokens[i + 1];
      if (!next) return false;
      const making = MAKE.has(next.lemma) && /ing$/.test(next.lower);
      const production = /^(?:production|manufacturing|manufacture)$/.test(next.lower) || (w(f, i + 1) === 'the' && /^(?:production|manufacturing)$/.test(w(f, i + 2)));
      return (making || production) && negatedGroup(f, i) === undefined;
    }
    if (!MAKE.has(t.lemma) || t.pos !== 'VERB') return false;
    const neg = negatedGroup(f, i);
    const noLonger = w(f, i - 1) === 'longer' && w(f, i - 2) === 'no' || (w(f, i - 1) === 'longer' && w(f, i - 3) === 'no');
    if (neg === undefined && !noLonger) return false;
    const from = neg ?? i - 2;
    const group = tokens.slice(Math.max(0, from - 3), i);
    if (group.some((x) => /^(?:did|was|were|had)$/.test(x.lower))) return false;
    const future = group.some((x) => x.lower === 'will' || x.lower === 'wo');
    const passive = group.some((x) => x.lemma === 'be') && /(?:ed|en|de)$/.test(t.lower);
    // Our own "we will not produce / build / make …" is a decision on what the reader may want: the refusal rules judge it.
    if (!passive) return false;
    const after = tokens.slice(i + 1).map((x) => x.lower);
    // Round 35 (integration): "will not be produced for this order" declines one order's extra (a refusal), it ends no product.
    const forOneOrder = after.join(' ').match(/\bfor (?:this|your|the) (?:order|project|request|shipment|lot)\b/) !== null;
    return noLonger || (future && !forOneOrder) || after.some((x) => FROM_WORD.test(x)) || (after.includes('any') && after.includes('more'));
  });
}
