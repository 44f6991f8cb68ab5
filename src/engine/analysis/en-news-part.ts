import { clauseOf } from './en';
import type { EnFacts, EnToken } from './en';
import { classVerbAt, inClass } from './en-lexicon';

/**
 * Round 22 (r22-ennews): bad news given as figures, counts and status lines, read off the structure rather than off
 * listed wordings. Four shapes:
 * - a part of a whole that fell short: "N of (the|your) M" with a fault or loss said of it — a noun of the WordNet
 *   FAULT class or a verb of the LOSE class (dictionaries/en/lexicon-news.json): "12 of the 60 probes have battery
 *   failure", "the data from 9 of your 25 probes is lost", "5 of the 48 panels arrived cracked";
 * - nothing left: a zero ("0", "zero", "none", "nil") beside a word of availability ("0 available for the Dec flights",
 *   "Stock: zero until March");
 * - a measured value on the wrong side of a committed one: "Measured availability for June: 99.62% (commitment:
 *   99.90%)", "Uptime: 99.1% against the 99.5% SLA" (which side is wrong is read off what is measured: time, errors
 *   and prices are better low, availability and rates high);
 * - our goods that missed a carriage or a cut-off: "container … missed the Oct 9 vessel".
 * Not news: a question, a condition, an instruction, a fault put right in the same sentence, a zero of faults, the
 * reader's own figures ("your on-time rate"), a figure at or beyond its commitment, a miss negated or to be avoided.
 */

const w = (f: EnFacts, i: number) => f.tokens[i]?.lower ?? '';
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100 };

function countAt(t: EnToken | undefined): number | undefined {
  if (!t) return undefined;
  if (NUMBER_WORDS[t.lower] !== undefined) return NUMBER_WORDS[t.lower];
  if (t.pos !== 'NUM' || !/^\d[\d,]*$/.test(t.text)) return undefined;
  return Number(t.text.replace(/,/g, ''));
}

const FRACTION = /^(\d{1,5})\/(\d{1,5})$/;
/** "N of M", "N out of (the|your|our) M": the index of M when N at `i` is a part (0 < N < M). */
function wholeAfter(f: EnFacts, i: number): number | undefined {
  // "14/80 terminals": a fraction over a plural count noun (a day and month such as "5/12" has no plural noun after it).
  const fraction = FRACTION.exec(f.tokens[i]!.text);
  if (fraction && Number(fraction[1]) > 0 && Number(fraction[1]) < Number(fraction[2]) && f.tokens[i + 1]?.pos === 'NOUN' && /[a-z]s$/.test(w(f, i + 1))) return i;
  const n = countAt(f.tokens[i]);
  if (n === undefined || n === 0) return undefined;
  let k = i + 1;
  if (w(f, k) === 'out') k++;
  if (w(f, k) !== 'of') return undefined;
  k++;
  if (/^(?:the|your|our|these|those|all)$/.test(w(f, k))) k++;
  const m = countAt(f.tokens[k]);
  return m !== undefined && n < m ? k : undefined;
}

/** The end of the stretch a part's predicate may stand in: the sentence, up to a semicolon or a reason. */
function stretchEnd(f: EnFacts, from: number): number {
  let k = from;
  while (k < f.tokens.length && !/^[;.!?]$/.test(f.tokens[k]!.text) && !/^(?:because|since|but|although|though|while|whereas)$/.test(w(f, k))) k++;
  return k;
}

/** A fault or loss word at `k`: a FAULT noun, or a LOSE verb in a verb form ("lost", "failed", "cracked", "died"). */
function faultAt(f: EnFacts, k: number): boolean {
  const t = f.tokens[k]!;
  if (t.pos === 'NOUN' && inClass('fault', t)) {
    // "the failure rate", "damage-free", "loss prevention": the name of a measure or a guard, not a fault found.
    return !/^(?:rates?|free|prevention|protection|tests?|testing|analysis|report|insurance|modes?)$/.test(w(f, k + 1));
  }
  if (classVerbAt('lose', f.tokens, k) < 0) return false;
  return t.pos === 'VERB' || t.pos === 'ADJ' || f.tokens[k - 1]?.pos === 'AUX';
}

/** Verbs of making good what was lost or broken, besides the remedy class: the goods replaced, the money given back. */
const MADE_GOOD = new Set(['replace', 'exchange', 'swap', 'refund', 'credit', 'reship', 'resend', 'recover', 'restore', 'rework', 'recall']);
/** A fault put right in the sentence ("We replaced the 12 of 60 probes that had battery failure"), not one only hoped for. */
const REMEDIED = (f: EnFacts) => f.tokens.some((t, k) => (classVerbAt('remedy', f.tokens, k) >= 0 || MADE_GOOD.has(t.lemma)) && t.pos === 'VERB' &&
  !f.tokens.slice(Math.max(0, k - 3), k).some((x) => /^(?:not|n't|cannot|never|to)$/.test(x.lower)));

/** The label of a status line before the colon at `colon`: from the line's start (or the last stop) to the colon. */
function labelOf(f: EnFacts, colon: number): EnToken[] {
  let from = colon;
  while (from > 0 && !/^[;:.!?—–]$/.test(f.tokens[from - 1]!.text)) from--;
  return f.tokens.slice(from, colon);
}

/**
 * Round 23 (mendnews): a status line whose label says what was done and whose value is a part of the whole — "Payslips
 * generated: 412 of 1,380 employees", "Records migrated: 22,000 of 40,000", "Units shipped: 3 of 5": what was done
 * falls short of what was due. The label holds a verb (the act done) and no "you"/"your" (the reader's own progress);
 * the value stands alone on the line (the part, "of", the whole and its noun, a bracket at most).
 */
function partDoneOnStatusLine(f: EnFacts, i: number, whole: number): boolean {
  if (f.tokens[i - 1]?.text !== ':') return false;
  const label = labelOf(f, i - 1);
  if (!label.some((t) => t.pos === 'VERB') || label.some((t) => /^(?:you|your|yours)$/.test(t.lower))) return false;
  let k = whole + 1;
  while (k < f.tokens.length && (f.tokens[k]!.pos === 'NOUN' || f.tokens[k]!.pos === 'PROPN') && k <= whole + 2) k++;
  return k >= f.tokens.length || /^[.(;]$/.test(f.tokens[k]!.text);
}

/**
 * Round 23 (mendnews): a count of faults as a status line — "Failed: 9 (mainly …)", "Errors: 14", "Rejected: 3 lots":
 * the label is only a word of the FAULT nouns or the LOSE verbs, its value a count above zero. "Failed: 0" and
 * "Passed: 9" are no news.
 */
/** Results a run or a check reports as failed, which WordNet's FAULT nouns and LOSE verbs leave out ("Errors:", "Rejected:"). */
const RESULT_FAULTS = /^(?:error|reject|rejection|exception|fail|failure)$/;
export function faultCountLine(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  return tokens.some((t, i) => {
    if (t.text !== ':' || i === 0) return false;
    const label = labelOf(f, i);
    if (label.length !== 1) return false;
    const n = countAt(tokens[i + 1]);
    if (n === undefined || n === 0) return false;
    const word = label[0]!;
    return (word.pos === 'NOUN' && (inClass('fault', word) || RESULT_FAULTS.test(word.lemma))) ||
      ((classVerbAt('lose', tokens, i - 1) >= 0 || RESULT_FAULTS.test(word.lemma)) && /ed$/.test(word.lower));
  });
}

/** A part of a whole that fell short: "12 of the 60 probes have battery failure", "data from 9 of your 25 probes is lost". */
export function partFellShort(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    const whole = wholeAfter(f, i);
    if (whole === undefined) continue;
    if (partDoneOnStatusLine(f, i, whole)) return true;
    // The fault may stand before the part in its own noun phrase ("Battery failure on 12 of the 60 probes") or after it.
    let from = i;
    while (from > 0 && !/^[;:.!?—–]$/.test(tokens[from - 1]!.text)) from--;
    const end = stretchEnd(f, whole + 1);
    for (let k = from; k < end; k++) {
      if (k >= i && k <= whole) continue;
      if (!faultAt(f, k)) continue;
      const clause = clauseOf(f, k);
      if (!clause || clause.conditional || (clause.negation !== undefined && clause.negation < k)) continue;
      // The reader's report ("you found 12 of the 60 probes failed") or a fault put right in the sentence is no news of ours.
      if (clause.subject?.side === 'you' || REMEDIED(f)) return false;
      return true;
    }
  }
  return false;
}

/** Words of what is left to supply: "0 available", "zero in stock", "none left", "nil remaining". */
const AVAILABLE = /^(?:available|availability|left|remaining|in|on|allocated|allocatable|bookable|free|unsold|stock|inventory)$/;
const ZERO = /^(?:0|zero|none|nil)$/;
/** Units goods are counted in: "0 units", "zero cartons". */
const COUNT_UNIT = /^(?:units?|pcs|pieces?|cases?|cartons?|pallets?|boxes|bottles?|kg|tons?|tonnes?|sets?|items?|seats?|slots?|licen[cs]es?|lots?|drums?|bags?)$/;
/** Labels of a stock line: "Stock: 0", "Available for week 12: none", "Allocation: nil". */
const STOCK_LABEL = /^(?:stock|stocks|inventory|availability|available|allocation|allocations|supply|quota)$/;

/** Nothing left of something we supply: "live lobster — 0 available for Dec 20–28 flights", "Stock of the 25 mm valves: zero". */
export function noneAvailable(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  if (nothingHeld(f) || goodsUnavailableForNow(f)) return true;
  return tokens.some((t, i) => {
    if (!ZERO.test(t.lower)) return false;
    // "0% interest", "0.5 mm": a figure of something else.
    if (t.lower === '0' && /^(?:%|\.|,)$/.test(tokens[i + 1]?.text ?? '')) return false;
    // "0 available", "0 units available", "zero cases left", "none in stock".
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      const x = w(f, k);
      if (AVAILABLE.test(x)) {
        if ((x === 'in' && w(f, k + 1) !== 'stock') || (x === 'on' && w(f, k + 1) !== 'hand')) return false;
        if (x === 'stock' || x === 'inventory') return false;
        return true;
      }
      if (tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'PROPN') break;
    }
    // "Stock: 0", "Available for week 12: none": the label of the line before a colon names the stock.
    // "Stock: 0", "Stock: zero until March", "Availability: 0 units"; not "Stock: 0 defects found" (a count of something else).
    if (tokens[i - 1]?.text !== ':' || (tokens[i + 1]?.pos === 'NOUN' && !COUNT_UNIT.test(w(f, i + 1)))) return false;
    let from = i - 1;
    while (from > 0 && !/^[.;!?—–]$/.test(tokens[from - 1]!.text)) from--;
    return tokens.slice(from, i - 1).some((x) => STOCK_LABEL.test(x.lower));
  });
}

/** Where goods we hold are: "in stock", "in inventory", "on hand", "in the warehouse". */
const HELD_PLACE = /^(?:stock|inventory|hand|warehouse|store)$/;
/** Words that deny what follows in the clause: "no", "not", "nothing", "zero". */
const NONE_BEFORE = /^(?:no|not|n't|nothing|none|zero|nil|0|never)$/;
/**
 * Round 23 (newsen): nothing of our goods held, told with a negated verb of having or being — "We have no M8 nozzles in
 * stock at the moment", "The 40 mm couplings are not in stock", "There is nothing on hand for the 40 mm size", "The HX-200
 * has zero stock". The verb is "have" or "be" (a standing rule — "we do not keep spare parts in stock for old models" — is
 * a refusal the refusal readers judge); not the reader's stock, not past, not a possibility or a condition.
 */
function nothingHeld(f: EnFacts): boolean {
  const { tokens } = f;
  return tokens.some((t, i) => {
    const place = (t.lower === 'in' || t.lower === 'on') && HELD_PLACE.test(w(f, i + 1)) && (t.lower === 'on') === (w(f, i + 1) === 'hand');
    const zeroStock = (t.lower === 'stock' || t.lower === 'inventory') && /^(?:zero|no|nil|0)$/.test(w(f, i - 1));
    if (!place && !zeroStock) return false;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || clause.subject?.side === 'you' || (clause.tense === 'past' && !clause.perfect)) return false;
    if (clause.modal !== undefined && clause.modal !== 'will') return false;
    const before = tokens.slice(clause.from, i);
    // The reader's stock ("your stock", "at your Osaka warehouse"); "for your order" is ours held for them.
    if (tokens.slice(clause.from, clause.to).some((x, k) => x.lower === 'your' && tokens[clause.from + k - 1]?.lower !== 'for') ||
      before.some((x) => x.lower === 'if' || x.lower === 'whether')) return false;
    // "have" or "be" (or "there is") carries it; "keep", "carry", "hold" state a practice.
    if (!before.some((x) => x.lemma === 'have' || x.lemma === 'be') || before.some((x) => /^(?:keep|carry|hold|stock|store|need)$/.test(x.lemma))) return false;
    return zeroStock || before.some((x) => NONE_BEFORE.test(x.lower));
  });
}

/** Words that put a state in a stretch of time now: "currently", "at the moment", "until November", "for the time being". */
const FOR_NOW = /^(?:currently|presently|temporarily|moment|present|now|until|till|time)$/;
/** A product code ("KX-40", "M8", "GX-3") or a size ("8 mm"): what names goods rather than a person, a room or a day. */
const GOODS_NAME = /^(?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])[a-z0-9-]{2,}$/;
const GOODS_NOUNS = /^(?:parts?|units?|items?|models?|products?|goods|materials?|components?|spares?|stock|inventory|supply|supplies)$/;

/**
 * Round 23 (newsen): goods of ours not to be had for a stretch of time now — "The KX-40 gearbox is currently unavailable",
 * "The 8 mm inserts are not available at the moment", "The HX seals are unavailable until November". The subject names
 * goods (a product code, a size, a goods noun); the state is said for now (a word of the present or "until"), which a
 * specification ("a FANUC control is not available for this series") does not say. Not a person, a room or a day; not
 * asked, conditional or past.
 */
function goodsUnavailableForNow(f: EnFacts): boolean {
  const { tokens } = f;
  return tokens.some((t, i) => {
    const un = t.lower === 'unavailable';
    const notAvailable = t.lower === 'available' && /^(?:not|n't|no)$/.test(w(f, i - 1) === 'currently' || w(f, i - 1) === 'longer' ? w(f, i - 2) : w(f, i - 1));
    if (!un && !notAvailable) return false;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || clause.subject === undefined || clause.subject.side !== 'third' || (clause.tense === 'past' && !clause.perfect)) return false;
    if (clause.modal !== undefined && clause.modal !== 'will') return false;
    const subject = tokens.slice(clause.from, i);
    if (!subject.some((x) => x.lemma === 'be')) return false;
    if (!subject.some((x) => GOODS_NAME.test(x.lower) || GOODS_NOUNS.test(x.lower) || (x.pos === 'NUM' && /^(?:mm|cm|m|kg|g|l|ml|v|w|kw)$/.test(w(f, tokens.indexOf(x) + 1))))) return false;
    if (subject.some((x) => x.lower === 'your' || x.lower === 'if' || x.lower === 'whether')) return false;
    return tokens.slice(clause.from, clause.to).some((x) => FOR_NOW.test(x.lower));
  });
}

/** Words that bind a figure to what was committed: "(commitment: 99.90%)", "the 99.5% SLA", "target 95%". */
const COMMITTED = /^(?:commitment|commitments|committed|commit|sla|slas|slo|slos|target|targets|guarantee|guaranteed|contract|contractual|contracted|promised|agreed|objective)$/;
/** Measures that are better low: time taken, faults, losses, prices. The others (availability, uptime, rates met) are better high. */
const BETTER_LOW = /^(?:downtime|outages?|latency|response|resolution|delay|delays|errors?|defects?|failures?|incidents?|loss|losses|rejects?|rejections?|complaints?|mttr|backlog|churn|time|times|hours|minutes|days|price|prices|cost|costs|fee|fees|charges?|rates?|ppm)$/;
/** Measures that are better long or high whatever their unit: "battery life: 10 hours", "uptime", "retention: 90 days". */
const BETTER_HIGH = /^(?:life|shelf-life|lifetime|lifespan|uptime|availability|retention|warranty|validity|runtime|endurance|capacity|coverage|yield|accuracy|mtbf)$/;
/** Measures whose rate is better high despite the word "rate": "fill rate", "on-time rate", "success rate", "pass rate". */
const RATE_HIGH = /^(?:fill|on-time|success|pass|yield|service|delivery|availability|uptime|accuracy|completion|first-pass)$/;

interface Amount { value: number; index: number; unit: string }

function amounts(f: EnFacts): Amount[] {
  const out: Amount[] = [];
  f.tokens.forEach((t, i) => {
    if (t.pos !== 'NUM' || !/^\d[\d,]*(?:\.\d+)?$/.test(t.text)) return;
    const next = w(f, i + 1);
    const unit = next === '%' || next === 'percent' ? '%' : /^(?:ms|s|sec|seconds?|min|minutes?|h|hrs?|hours?|days?|ppm)$/.test(next) ? next.replace(/s$/, '') : '';
    if (unit) out.push({ value: Number(t.text.replace(/,/g, '')), index: i, unit });
  });
  return out;
}

/**
 * The figures bound to a commitment word: the figure right after it in its own clause ("(commitment: 99.90%)", "target of
 * 95%", "SLA 99.5%"), or else the one right before it ("the 99.5% SLA", "95% target").
 */
function committedFigures(f: EnFacts, figures: Amount[]): Set<Amount> {
  const bound = new Set<Amount>();
  f.tokens.forEach((t, k) => {
    if (!COMMITTED.test(t.lower)) return;
    // A figure after a comma or a semicolon is another clause's: "per 0.1% below target, capped at 30%" caps a credit.
    const after = figures.find((a) => a.index > k && a.index <= k + 4 && !f.tokens.slice(k + 1, a.index).some((x) => x.pos === 'NUM' || /^[),;]$/.test(x.text)));
    const before = [...figures].reverse().find((a) => a.index < k && a.index >= k - 3 && !f.tokens.slice(a.index + 1, k).some((x) => /^[():;,]$/.test(x.text)));
    const figure = after ?? before;
    if (figure) bound.add(figure);
  });
  return bound;
}

/** A determiner between a comparison word and the figure it compares with: "below the 99.9%", "under our 4 hours". */
const DETERMINED = /^(?:the|a|an|our|its|their|this|that)$/;

/** A measured value on the wrong side of the value we committed to. */
export function belowCommitment(f: EnFacts): boolean {
  // A status line opening with a verb form ("Mean time to repair: 9 hours") reads as an imperative to the tagger; a request
  // ("Please keep uptime at 99.9% …") opens with its polite word.
  if (f.question || f.conditional || /^(?:please|kindly|make|keep|ensure)$/.test(w(f, 0))) return false;
  const figures = amounts(f);
  if (figures.length < 2) return false;
  const bound = committedFigures(f, figures);
  for (const committed of bound) {
    const measured = figures.find((m) => m.unit === committed.unit && !bound.has(m));
    if (!measured || measured.value === committed.value) continue;
    // The label: the words before the first of the two figures. The reader's own figures are theirs to judge.
    const label = f.tokens.slice(0, Math.min(measured.index, committed.index));
    if (label.some((t) => t.lower === 'your' || t.lower === 'you')) return false;
    // A bound written as one ("≤ 6%", "max 2 hours", "≥ 95%") says itself which side is wrong.
    // Round 36: "below the 99.9% committed in our SLA", "over the 0.05 mm tolerance": a comparison word before a determiner
    // sets the measured value beside the bound; it is no sign of the bound, which side is wrong is read from the measure.
    const sign = f.tokens.slice(Math.max(0, committed.index - 2), committed.index).filter((t, n, all) => !DETERMINED.test(all[n + 1]?.lower ?? ''))
      .map((t) => t.text.toLowerCase());
    if (sign.some((x) => /^(?:≤|<|<=|max|max\.|maximum|under|below)$/.test(x))) return measured.value > committed.value;
    if (sign.some((x) => /^(?:≥|>|>=|min|min\.|minimum|over|above)$/.test(x))) return measured.value < committed.value;
    // A time is better short unless what is measured lasts ("battery life", "uptime", "retention", "warranty").
    const lasting = label.some((t) => BETTER_HIGH.test(t.lower));
    const low = !lasting && (label.some((t, n) => BETTER_LOW.test(t.lower) && !((t.lower === 'rate' || t.lower === 'rates') && RATE_HIGH.test(label[n - 1]?.lower ?? '')) &&
      !label.slice(n + 1).some((x) => RATE_HIGH.test(x.lower))) || (committed.unit !== '%' && committed.unit !== ''));
    return low ? measured.value > committed.value : measured.value < committed.value;
  }
  return false;
}

/** Carriages and cut-offs goods may miss: "the Oct 9 vessel", "the cut-off", "the 14:00 truck". */
const CARRIAGE = /^(?:vessels?|sailings?|ships?|containers?|flights?|trucks?|lorr(?:y|ies)|boats?|trains?|cut-?offs?|closing|slots?|window|departures?|connections?|feeder|voyage|booking)$/;
/** Words before a miss that make it a risk or a thing avoided, not a fact: "to avoid missing", "we may miss". */
const NOT_FACT = /^(?:avoid|avoiding|prevent|risk|might|may|could|would|should|lest|case|if|unless|not|never|n't|to|don't|cannot)$/;

/** Our goods that missed a carriage or a cut-off: "container TGHU 418220 missed the Oct 9 vessel". */
export function missedCarriage(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  return tokens.some((t, i) => {
    if (t.lemma !== 'miss' || t.pos !== 'VERB') return false;
    if (tokens.slice(Math.max(0, i - 3), i).some((x) => NOT_FACT.test(x.lower))) return false;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || (clause.negation !== undefined && clause.negation < i)) return false;
    // "You missed the cut-off", "I missed the flight": the reader's slip, or a person's trip.
    // "Your order missed this week's truck" is our goods for them: the reader as subject is "you" itself.
    if (clause.subject && /^(?:you|i|he|she)$/.test(w(f, clause.subject.index))) return false;
    // Round 24: "Your shipment missed the MSC Aurora and will go on the next vessel": a ship named, a carriage word beside it.
    if (tokens.slice(i + 1, i + 4).some((x) => x.pos === 'PROPN') && tokens.some((x, k) => k > i && CARRIAGE.test(w(f, k)))) return true;
    for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
      if (/^[,;.!?]$/.test(tokens[k]!.text)) return false;
      if (CARRIAGE.test(w(f, k)) || (w(f, k) === 'cut' && /^(?:-|off)$/.test(w(f, k + 1)))) return true;
    }
    return false;
  });
}

/** Verbs of a value changing, and the arrow written for one. */
const CHANGE = new Set(['change', 'switch', 'go', 'move', 'increase', 'rise', 'decrease', 'become', 'shift', 'adjust', 'revise', 'raise', 'reduce', 'lower', 'update']);
/** Onsets of a change to our goods: "from the July shipments", "from April", "starting with lot 12", "effective 1 May". */
const ONSET = /^(?:shipments?|deliver(?:y|ies)|orders?|lots?|batch(?:es)?|production|harvest|season|vintage|jan(?:uary)?|feb(?:ruary)?|march|april|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|next|q[1-4]|week|month|year|\d{4})$/;

/**
 * A figure of our goods changed from a time on, with no word that says which way is better: "from the July shipments the
 * scallop glaze will change from 10% to 15%", "From April the shelf life changes from 24 to 18 months". A specification the
 * client approved, changed by us, is news to apologise for whichever way it goes; a change we can judge (a price, a
 * discount, a lead time, a life or an availability) is judged by its direction (en-news-figures.ts, `belowCommitment`).
 */
export function specChangedFrom(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  const change = tokens.findIndex((t, k) => CHANGE.has(t.lemma) && (t.pos === 'VERB' || tokens[k - 1]?.pos === 'AUX'));
  if (change < 0) return false;
  const clause = clauseOf(f, change);
  if (!clause || clause.negation !== undefined || clause.conditional || clause.tense === 'past' || clause.subject?.side === 'you') return false;
  // "from 10% to 15%", "from 24 months to 18 months": two figures of one unit after the verb.
  const figures = amountsOf(f).filter((a) => a.index > change);
  const from = figures.findIndex((a, n) => w(f, a.index - 1) === 'from' && figures[n + 1] !== undefined && figures[n + 1]!.unit === a.unit &&
    w(f, figures[n + 1]!.index - 1) === 'to');
  if (from < 0) return false;
  const a = figures[from]!;
  const b = figures[from + 1]!;
  if (a.value === b.value) return false;
  // An onset before the verb: "from the July shipments", "From April", "starting with lot 12", "effective 1 May".
  const onset = tokens.slice(0, change).some((t, k) => (/^(?:from|starting|effective|as)$/.test(t.lower)) &&
    tokens.slice(k + 1, k + 4).some((x) => ONSET.test(x.lower)));
  if (!onset) return false;
  // What changes: a measure we can judge is judged elsewhere (prices, discounts, lead times, lives, rates met).
  const label = tokens.slice(0, a.index);
  if (label.some((t) => JUDGED.test(t.lower))) return false;
  // "the shelf life from 24 to 18 months" is worse, "from 18 to 24" better; "response time from 4 to 6 hours" worse.
  if (label.some((t) => BETTER_HIGH.test(t.lower))) return b.value < a.value;
  if (label.some((t) => BETTER_LOW.test(t.lower))) return b.value > a.value;
  return true;
}
/**
 * Round 48 (dev set y8yc-008): a limit of our specification loosened against the reader — "the COA spec for free fatty acids
 * will read max 0.15% instead of max 0.10%": a maximum raised, or a minimum lowered, the old value after "instead of",
 * "from" or "(was …)". Not a limit tightened, not a question or a condition.
 */
export function limitLoosened(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const bound = LIMIT_BOUND.exec(tokens[i]!.lower);
    if (!bound || tokens[i + 1]!.pos !== 'NUM') continue;
    const a = Number(tokens[i + 1]!.text.replace(/,/g, ''));
    for (let k = i + 2; k < Math.min(tokens.length, i + 8); k++) {
      if (!/^(?:instead|from|was|previously|formerly)$/.test(tokens[k]!.lower)) continue;
      const old = tokens.slice(k + 1, k + 5).findIndex((x) => x.pos === 'NUM');
      if (old < 0) break;
      const b = Number(tokens[k + 1 + old]!.text.replace(/,/g, ''));
      if (Number.isNaN(a) || Number.isNaN(b) || a === b) break;
      return bound[1] === 'max' ? a > b : a < b;
    }
  }
  return false;
}
/** "max", "maximum", "min", "minimum" before a figure of a specification. */
const LIMIT_BOUND = /^(max|min)(?:imum|\.)?$/;

/**
 * Round 48 (dev set y8yc-026): goods of ours taken out of what we sell from a time — "The following items are out of our
 * range from July 2027:" — as a verb of ending says it. Our range, assortment or catalogue; a time it starts from.
 */
export function outOfOurRange(f: EnFacts): boolean {
  if (f.question || f.conditional || f.cues.effective === undefined) return false;
  const { tokens } = f;
  return tokens.some((t, k) => t.lower === 'out' && tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'our' && RANGE_NOUN.test(tokens[k + 3]?.lower ?? ''));
}
const RANGE_NOUN = /^(?:range|assortment|portfolio|catalog(?:ue)?|program(?:me)?|line-?up)$/;

/** Words of a measure whose better side the figure readers know: money, terms, quantities supplied. */
const JUDGED = /^(?:discount|rebate|allowance|credit|guarantee|free|grace|payment|terms|quantity|qty|volume|allocation|supply|output|quota|moq|minimum|deposit|lead|surcharge|tariff|freight|tax|duty|interest|premium|markup|commission|margin|share)$/;

/** Percentages and figures with a unit word after them ("10%", "24 months", "25 kg"), for `specChangedFrom`. */
function amountsOf(f: EnFacts): Amount[] {
  const out: Amount[] = [];
  f.tokens.forEach((t, i) => {
    if (t.pos !== 'NUM' || !/^\d[\d,]*(?:\.\d+)?$/.test(t.text)) return;
    const next = w(f, i + 1);
    const unit = next === '%' || next === 'percent' ? '%' : f.tokens[i + 1]?.pos === 'NOUN' || f.tokens[i + 1]?.pos === 'PROPN' ? next.replace(/s$/, '') : '';
    out.push({ value: Number(t.text.replace(/,/g, '')), index: i, unit });
  });
  return out;
}

/** Words one of the readers above needs: a cheap test of a sentence's text before it is parsed. */
export const mayBeCountNews = (text: string): boolean =>
  /\d\s+(?:out\s+)?of\s+(?:the\s+|your\s+|our\s+|these\s+|those\s+|all\s+)?\d|\b(?:zero|none|nil|0)\b|\bmiss(?:ed|es|ing)?\b|\b(?:commit\w*|sla|slo|target|guarantee\w*|contract\w*|promised|agreed)\b/i.test(text) ||
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:out\s+)?of\b|\d\/\d+\s+[a-z]/i.test(text) || /\bfrom\s+\d\S*\s+(?:\S+\s+)?to\s+\d/i.test(text);
