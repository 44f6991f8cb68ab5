import { specMissed } from './spec-deviation';
import { isCurrencyAfter, isCurrencyBefore } from './currency';
import { statusCell } from './status-cell';
import { clauseOf } from './en';
import { offeredOption } from './en-news-offered';
import type { EnToken } from './en-parse';
import type { EnFacts } from './en';
import type { CueKind } from './en-acts';
import { longUnexplained, openEndedClosure, stopsGiving, temporaryClosure } from './en-closure';
import { DOWN_WORSE, GOOD_UP, UP_WORSE, figureChange, inPlaceOf, signedFall, signedRise } from './en-news-figures';
import { goodsRise } from './en-news-terms';
import { abbreviatedDate, dayNumber, numericDates } from './en-news-dates';
import { quantityCut } from './en-news-quantity';
import { rateAt } from './en-news-rates';
import { checkNotPassed } from './en-news-checks';
import { classVerbAt } from './en-lexicon';
import { problemSettled } from './en-news-resolved';
import { eventCalledOff, eventPutOff, recallInstruction } from './en-news-events';
import { conformityDenied, conformityStated, incident, resultBeyondLimit } from './en-news-results';
import { notNewsOfItsOwn, supplyNews } from './en-news-supply';
import { goodsHeldBack, noSuccessor, partOfWhole, productionEnded, statusLineMoved, SUPPLY } from './en-news-held';
import { lotWorse } from './en-news-lot';
import { portionOfOrder } from './en-news-portion';
import { restLater } from './en-news-rest';
import { serviceInterrupted } from './en-news-outage';
import { closedForGood, laterOrLonger, monthSlipped, plannedNotKept, requirementFrom, termsChangedFrom } from './en-news-missed';
import { unlikeReference } from './en-news-reference';
import { laterCarrier, laterThanHoped, shippedWithout } from './en-news-later';
import { isNewsWord } from './en-news-classes';
import { includedNowPaid } from './en-news-unbundled';
import { NEWS_WORDS } from './en-news-words';
import { belowCommitment, faultCountLine, limitLoosened, missedCarriage, noneAvailable, outOfOurRange, partFellShort, specChangedFrom } from './en-news-part';
import { benefitEnds, makeUpChanged, serviceNarrowed, serviceWithdrawn, stopsWorking, thingRetired } from './en-news-service';
import { chargeLaid, chargeNoMore, costOnReaderSide, freeNoMore, invoiceCurrencyChanged, newPriceListFrom, oldPricesEnd, termLaid, perUnitAdded } from './en-news-charge';

/**
 * Bad news a sentence announces, read off the parse rather than off listed wordings: a price given as
 * figures that rise, a price word with a rising verb, part of an order (N of M, "cut to 40%", "the
 * remaining 400 will follow"), a stock-out, a slipped date, a service or site that ends or moves, a failed
 * lot, a new contact, a cancellation. Not news: questions, conditions, negated or hypothetical mentions
 * ("no delay is expected", "to avoid a delay"), news the reader gave us, moves that are earlier or agreed.
 */
export type NewsKind = 'price-increase' | 'terms-change' | 'delay' | 'shortage' | 'quality' | 'discontinuation' | 'contact-change' | 'cancellation' |
  'spec-change' | 'outage';

/** Words that mark two figures as a change (an old and a new value). */
const CHANGE_MARKERS = new Set(['from', 'currently', 'previously', 'formerly', 'was', 'were', 'up', 'compared', 'instead', 'vs', 'vs.', 'versus', 'old', 'current', 'now', 'last', 'rather', 'not',
  // Round 17: "28 June (earlier 1 June)", "USD 4.90 (originally USD 4.20)": the old value named after the new.
  'earlier', 'originally', 'initially',
  // Round 42: "USD 12.40, replacing USD 11.20", "as opposed to" ("in place of": inPlaceOf).
  'replacing', 'replaces', 'opposed']);
/** Arrows written between an old and a new value. */
const ARROWS = new Set(['→', '⇒', '➔', '➜', '=>', '->', '>']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface Figure { value: number; index: number; money: boolean; percent: boolean }

function numberOf(t: EnToken): number | undefined {
  if (t.pos !== 'NUM') return undefined;
  const v = Number(t.text.replace(/,/g, ''));
  return Number.isFinite(v) ? v : undefined;
}

/** A day written as an ordinal ("21st", "28th"): the tagger does not read it as a figure. */
const ordinalDay = (t: EnToken): number | undefined => (/^\d{1,2}(?:st|nd|rd|th)$/.test(t.lower) ? dayNumber(t) : undefined);

/** Money amounts and percentages, in order. */
function figures(tokens: EnToken[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const value = numberOf(tokens[i]!);
    if (value === undefined) continue;
    const before = tokens[i - 1]?.lower ?? '';
    const after = tokens[i + 1]?.lower ?? '';
    const money = isCurrencyBefore(before) || isCurrencyAfter(after);
    const percent = after === '%' || after === 'percent';
    if (money || percent) out.push({ value, index: i, money, percent });
  }
  return out;
}

const ORDINAL_DAY = /^([1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)$/;
const MONTH_PART = /^(mid|early|late|end)-([a-z]+)$/;
/** Month-day dates as a day of the year (31 days a month: enough to order two nearby dates). */
export function dates(tokens: EnToken[]): Array<{ day: number; index: number }> {
  const out: Array<{ day: number; index: number; dayless?: boolean }> = [];
  let month = -1;
  for (let i = 0; i < tokens.length; i++) {
    // "on the 20th instead of the 5th": a day written alone belongs to the last month named (or none).
    const ordinal = ORDINAL_DAY.exec(tokens[i]!.lower);
    if (ordinal && tokens[i - 1]?.lower === 'the' && !MONTHS.includes(tokens[i + 2]?.lower ?? '')) {
      out.push({ day: Math.max(month, 0) * 31 + Number(ordinal[1]), index: i });
      continue;
    }
    const week = weekOrQuarter(tokens, i);
    if (week !== undefined) {
      out.push({ day: week, index: i });
      continue;
    }
    // Round 18: "mid-June", "early-July", "end-April": a part of a month written as one word.
    const part = MONTH_PART.exec(tokens[i]!.lower);
    if (part && MONTHS.includes(part[2]!)) {
      month = MONTHS.indexOf(part[2]!);
      out.push({ day: month * 31 + PART_DAY[part[1]!]!, index: i });
      continue;
    }
    // Round 20: "18-Oct", "Oct 18th", "3 Sept": an abbreviated month with its day beside it.
    const short = abbreviatedDate(tokens, i);
    if (short) {
      month = short.month;
      out.push({ day: short.month * 31 + short.day, index: i });
      continue;
    }
    const m = MONTHS.indexOf(tokens[i]!.lower);
    if (m < 0) continue;
    month = m;
    // Round 25: "moved to 28th October (earlier 21st October)": a day written as an ordinal beside a full month name.
    const after = tokens[i + 1] && (numberOf(tokens[i + 1]!) ?? ordinalDay(tokens[i + 1]!));
    const before = tokens[i - 1] && (numberOf(tokens[i - 1]!) ?? ordinalDay(tokens[i - 1]!));
    const day = after !== undefined && after <= 31 ? after : before !== undefined && before <= 31 ? before : 15;
    out.push({ day: m * 31 + day, index: i, dayless: day === 15 && after !== 15 && before !== 15 });
  }
  // Round 20: dates in figures ("2026-10-18", "18/10 … 16/11"), in the order they stand.
  const numeric = numericDates(tokens);
  if (numeric.length > 0) out.push(...numeric), out.sort((a, b) => a.index - b.index);
  // "The December batch … on the 20th instead of the 5th": a month with no day only dates the days after it.
  const days = out.filter((d) => !d.dayless);
  return withYears(tokens, days.length >= 2 ? days : out);
}

/**
 * Round 43 (ya1-035): "now scheduled for Q1 2028, not October 2027": when every date names its year right after it, the
 * year orders them too (a quarter of next year is later than a month of this one).
 */
function withYears<T extends { day: number; index: number }>(tokens: EnToken[], list: T[]): T[] {
  const yearAt = (i: number) => [i + 1, i + 2].map((k) => /^20\d\d$/.exec(tokens[k]?.lower ?? '')?.[0]).find(Boolean);
  const years = list.map((d) => yearAt(d.index));
  if (list.length < 2 || years.some((y) => y === undefined)) return list;
  return list.map((d, k) => ({ ...d, day: d.day + (Number(years[k]) - 2000) * 372 }));
}

/** The day a part of a month stands for, on the scale of `dates`. */
const PART_DAY: Record<string, number> = { early: 5, mid: 15, late: 25, end: 28 };

const WEEK_WORDS = new Set(['week', 'wk', 'cw', 'kw']);
/** A year on the scale of `dates` (longer than any month-day on it), so "Q2 FY27" comes after "Q3 FY26". */
const YEAR_SPAN = 420;
/**
 * Round 22: the year written after a quarter ("Q3 FY26", "Q2 FY2027", "Q4 2026"), as its last two digits, or 0. A quarter
 * with a year against one without is rare; two with years are ordered by year first.
 */
function yearAfter(tokens: EnToken[], i: number): number {
  const t = tokens[i]?.lower ?? '';
  const fy = /^fy'?(\d{2}|\d{4})$/.exec(t) ?? (t === 'fy' ? /^(\d{2}|\d{4})$/.exec(tokens[i + 1]?.lower ?? '') : null) ?? /^((?:19|20)\d\d)$/.exec(t);
  return fy ? Number(fy[1]) % 100 : 0;
}
const GLUED_WEEK = /^(?:cw|kw|wk)(\d{1,2})$/;
const QUARTER = /^q([1-4])$/;
/**
 * A week or a quarter named by its number ("week 28", "CW 12", "KW12", "Q3"), as a day of the year on the
 * scale of `dates` (a week is 7 days, a quarter 91): enough to tell that "week 34" is later than "week 28".
 */
function weekOrQuarter(tokens: EnToken[], i: number): number | undefined {
  const t = tokens[i]!.lower;
  const glued = GLUED_WEEK.exec(t);
  if (glued) return Number(glued[1]) * 7;
  const quarter = QUARTER.exec(t);
  if (quarter) return (Number(quarter[1]) - 1) * 91 + 45 + yearAfter(tokens, i + 1) * YEAR_SPAN;
  if (!WEEK_WORDS.has(t) || tokens[i - 1]?.pos === 'NUM') return undefined;
  const n = tokens[i + 1] && numberOf(tokens[i + 1]!);
  return n !== undefined && n >= 1 && n <= 53 && Number.isInteger(n) ? n * 7 : undefined;
}

/** Old and new value of two figures or dates: "from A to B" is A → B; "B, up from A", "B (currently A)" is A → B. */
function oldAndNew<T extends { index: number }>(tokens: EnToken[], a: T, b: T): [T, T] | undefined {
  // Round 44 (of-003): "dispatched from Split in week 27, not week 22" — a "from" with a preposition of its own between it
  // and the value (a place's "from Split in") starts no range of values.
  const fromBefore = [1, 2, 3].some((k) => tokens[a.index - k]?.lower === 'from' &&
    !tokens.slice(a.index - k + 1, a.index).some((t) => t.pos === 'ADP'));
  if (fromBefore) return [a, b];
  // "¥980 → ¥1,150", "USD 40 -> USD 46": an arrow points from the old value to the new.
  for (let k = a.index + 1; k < b.index; k++) if (ARROWS.has(tokens[k]!.text) || (tokens[k]!.text === '-' && tokens[k + 1]?.text === '>')) return [a, b];
  for (let k = a.index + 1; k < b.index; k++) {
    if (CHANGE_MARKERS.has(tokens[k]!.lower) || inPlaceOf(tokens, k) || (tokens[k]!.text === ':' && tokens.slice(a.index, k).some((x) => x.text === '('))) return [b, a];
  }
  return undefined;
}

function cuesAt(f: EnFacts, kind: CueKind): number[] {
  return f.cues[kind] ?? [];
}

/** The clause holding token `index`. */
function clauseAt(f: EnFacts, index: number) {
  return clauseOf(f, index);
}

/**
 * A cue that states a fact: not under a negation written before it in its clause (a cue that is itself
 * negative, "no longer", "not until", "out of stock", starts at the negation), not after a hypothetical
 * ("to avoid a delay", "any delay", "the risk of"), not in a conditional clause.
 */
function asserted(f: EnFacts, index: number): boolean {
  const clause = clauseAt(f, index);
  if (!clause || clause.conditional) return false;
  if (clause.negation !== undefined && clause.negation < index) return false;
  for (const h of cuesAt(f, 'hypothetical')) if (h < index && index - h <= 4 && h >= clause.from) return false;
  return true;
}

const firstAsserted = (f: EnFacts, kind: CueKind, ok: (i: number) => boolean = () => true) =>
  cuesAt(f, kind).find((i) => asserted(f, i) && ok(i));

/** A verb by its tag, or by the auxiliary before it (the lite model tags "will close" as an adjective at times). */
const isVerbAt = (f: EnFacts, i: number) => f.tokens[i]?.pos === 'VERB' || f.tokens[i]?.pos === 'AUX' || f.tokens[i - 1]?.pos === 'AUX';
/** A phrase cue of several words ("no longer offer", "phase out") needs no tag check. */
const multiWord = (f: EnFacts, i: number) => {
  const t = f.tokens[i]!;
  if (endOfLife(f, i)) return true;
  return t.lower === 'no' || t.lower === 'phase' || t.lower === 'shut' || t.lower === 'wind' || t.lower === 'last' || t.lower === 'final';
};

/** The token `n` words after `i`, across the hyphens of a compound ("end-of-life"). */
function wordAfter(f: EnFacts, i: number, n: number): EnToken | undefined {
  let k = i;
  for (let c = 0; c < n; c++) {
    k++;
    while (f.tokens[k]?.text === '-') k++;
  }
  return f.tokens[k];
}

const LIFE_ENDS = /^(?:life|support|sale|sales|service|production|maintenance|availability)$/;
/** "reaches end of life", "end-of-support", "End of sale for the HX-3 is …": the noun phrase names the end as surely as a verb. */
const endOfLife = (f: EnFacts, i: number) =>
  f.tokens[i]!.lower === 'end' && wordAfter(f, i, 1)?.lower === 'of' && LIFE_ENDS.test(wordAfter(f, i, 2)?.lower ?? '');

/**
 * Something we supply that stops: "no longer" / "no further" / "no more" in a clause whose verb supplies or
 * serves ("Spare parts will no longer be available", "No further firmware updates will be released",
 * "Repairs will no longer be handled in Nagoya"). "no more than 5 units" is a limit, not an end.
 */
function withdrawn(f: EnFacts): boolean {
  if ((f.cues.withdrawn ?? []).some((i) => {
    const clause = clauseAt(f, i);
    if (!clause || clause.conditional || f.tokens[i + 2]?.lower === 'than') return false;
    if (clause.subordinate && clause.tense === 'past') return false;
    return (f.cues.supply ?? []).some((k) => k > i && k < clause.to);
  })) return true;
  return suppliedNoMoreAfter(f);
}

/**
 * "No security patches will be released after that date", "Messages sent after June 30 will not be delivered":
 * a supply verb negated in the future, from a date on. A stop with an end ("… until January 5") is a closure.
 */
function suppliedNoMoreAfter(f: EnFacts): boolean {
  const { tokens } = f;
  if (tokens.some((t) => t.lower === 'until' || t.lower === 'till')) return false;
  const after = tokens.findIndex((t, k) => t.lower === 'after' && (
    ((tokens[k + 1]?.lower === 'that' || tokens[k + 1]?.lower === 'this') && tokens[k + 2]?.lemma === 'date') ||
    MONTHS.includes(tokens[k + 1]?.lower ?? '') || numberOf(tokens[k + 1] ?? tokens[k]!) !== undefined));
  if (after < 0) return false;
  // Said of the thing supplied ("patches will not be released"); "our team is not going to support …" refuses.
  return f.clauses.some((c) => c.negation !== undefined && !c.conditional && c.tense === 'future' && (c.passive || c.subject?.side !== 'we') &&
    (f.cues.supply ?? []).some((k) => k > c.negation! && k < c.to));
}

function priceIncrease(f: EnFacts): boolean {
  const { tokens } = f;
  const figs = figures(tokens);
  const money = figs.filter((x) => x.money);
  // Two amounts with a change marker between them are a price change whatever is priced ("renews at USD 9,600
  // (this year: USD 8,400)"); a price list of two tiers has no marker.
  let compared = false;
  if (money.length >= 2) {
    const pair = oldAndNew(tokens, money[0]!, money[1]!);
    // Round 36: "Your sales in our marketplace grew from USD 120,000 to USD 150,000": money the client gains (a word of
    // GOOD_UP before the figures and no price word there) is no price.
    const head = tokens.slice(0, pair?.[0].index ?? 0).map((t) => t.lower);
    // "We are happy to increase your credit from USD 20,000 to USD 30,000": the amounts are of what the client receives.
    const forClient = cuesAt(f, 'rise').some((i) => i < money[0]!.index && risesForClient(tokens, i, clauseAt(f, i)?.to ?? tokens.length));
    if (pair && pair[1].value > pair[0].value && !forClient) return !(head.some((w) => GOOD_UP.has(w)) && !f.cues.price && !f.cues.fee);
    compared = pair !== undefined;
    // "The daily rate moves from ¥110 to ¥95": figures that fall say the direction a bare "move" or "adjust" leaves open.
    if (pair && pair[1].value < pair[0].value) return false;
  }
  if (upwardRevision(f)) return true;
  if (!f.cues.price || f.cues.fall || signedFall(f)) return false;
  // Round 42: "From the next season we can raise your output share from 30% to 40% at the price already agreed": what rises is
  // the client's, and the price named is kept — no new charge however a start is named.
  const forClient = cuesAt(f, 'rise').some((i) => risesForClient(tokens, i, clauseAt(f, i)?.to ?? tokens.length));
  if (!compared && !forClient && newCharge(f, figs.length > 0)) return true;
  if (!compared && revisedPriceFrom(f)) return true;
  // "A fuel surcharge of 4% will be added", "we will introduce a currency surcharge".
  if (tokens.some((t) => t.lemma === 'surcharge') && firstAsserted(f, 'impose') !== undefined) return true;
  return firstAsserted(f, 'rise', (i) => {
    const clause = clauseAt(f, i)!;
    // Round 36 (fp36, ge-034): "we can raise your 2027 allocation … from 800 kg to 1,100 kg at the price already agreed":
    // what the verb raises is a thing the client receives (an allocation, a quantity, a discount), and more of it is
    // good news; the price named beside it is kept.
    if (risesForClient(tokens, i, clause.to)) return false;
    // "New pricing attached, effective next quarter": a participle sending the news, not a past rise.
    if (f.tokens.slice(clause.from, clause.to).some((t) => t.lower === 'attached' || t.lower === 'enclosed')) return true;
    return !(clause.tense === 'past' && !clause.perfect);
  }) !== undefined;
}

/**
 * The object of the rise verb at `i` (its words up to a preposition of the figures or the clause's end) names what the
 * client receives (DOWN_WORSE: allocation, quantity, discount, warranty) and nothing they pay (UP_WORSE).
 */
function risesForClient(tokens: EnToken[], i: number, to: number): boolean {
  const object: string[] = [];
  for (let k = i + 1; k < to && k <= i + 8; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || (t.pos === 'ADP' && t.lower !== 'of')) break;
    object.push(t.lower);
  }
  return object.some((w) => DOWN_WORSE.has(w)) && !object.some((w) => UP_WORSE.has(w));
}

/** Participles of a change made to a thing: "revised rate card", "updated price list", "adjusted tariff". */
const REVISED = new Set(['revised', 'updated', 'adjusted', 'amended', 'modified', 'changed', 'reworked']);

/**
 * Round 22 (r22-menden): a price of ours announced as revised from a date, with no figure, reason or direction — "Please
 * note revised rate card effective 1st April 2027", "Our adjusted tariff takes effect on 1 July", "The updated price list
 * applies from next quarter". A revision a seller announces is a rise (a cut says so: the fall cues exempt it above).
 */
function revisedPriceFrom(f: EnFacts): boolean {
  const t = f.tokens;
  const price = f.cues.price ?? [];
  // Round 42: or after it in the passive ("the rates of all our incense items are revised w.e.f. 1st April 2027").
  const revised = t.some((x, k) => REVISED.has(x.lower) && (price.some((p) => p > k && p <= k + 3) ||
    (t[k - 1]?.lemma === 'be' && price.some((p) => p < k - 1 && p >= k - 9))));
  if (!revised) return false;
  // Round 23: "the updated rate card for 2027", "the revised price list for next year": a year to come names the start too.
  const from = f.cues.effective !== undefined || t.some((x, k) => (x.lower === 'effect' && t[k - 1]?.lemma === 'take') ||
    (x.lower === 'for' && /^(?:20\d\d|fy'?\d{2,4}|next|coming)$/.test(t[k + 1]?.lower ?? '')));
  if (!from) return false;
  // Not a past act ("the revised rate card we applied from April" reports), and not the reader's ("your revised quote").
  // "Attached is the updated rate card": the participle sending it is no past act.
  // Round 25: "… is attached for your reference": the reader named in a frame of sending owns no price; "your" owns it when
  // it heads the price's noun phrase ("your revised quote", "your updated rate card").
  const readers = t.some((x, k) => x.lower === 'your' && price.some((p) => p > k && p <= k + 4));
  return !readers && !f.clauses.some((c) => c.tense === 'past' && !c.perfect && !c.subordinate &&
    !(c.verb !== undefined && /^(?:attach|enclose)$/.test(t[c.verb]!.lemma)));
}

const UPWARD = new Set(['upward', 'upwards', 'upwardly']);
/**
 * Round 20: "AMS rates will be revised upwards by 9% w.e.f. 1st April", "an upward revision of 8% in our service fees",
 * "Support charges will see an upward adjustment": a change whose direction is said by "upward(s)", of a price or a
 * charge named in the sentence. Not a trend of something else ("demand is trending upwards"), not one told as past
 * ("prices moved upward last year"), asked, or under a condition.
 */
function upwardRevision(f: EnFacts): boolean {
  if (f.question || f.conditional || !(f.cues.price || f.cues.fee)) return false;
  return f.tokens.some((t, i) => {
    if (!UPWARD.has(t.lower) || !asserted(f, i)) return false;
    const clause = clauseAt(f, i)!;
    return !(clause.tense === 'past' && !clause.perfect);
  });
}

/** Verbs of holding a price or a term where it is: "keep the current price", "absorb the cost", "hold our rates". */
const HOLD_PRICE = new Set(['keep', 'maintain', 'hold', 'absorb', 'sustain', 'continue', 'shoulder', 'bear', 'freeze', 'honour', 'honor', 'guarantee']);
/** What is held: a price, a cost, a term, or the current one ("keep the current price", "keep 4 weeks lead time"). */
const HELD = new Set(['price', 'prices', 'pricing', 'rate', 'rates', 'cost', 'costs', 'fee', 'fees', 'tariff', 'tariffs', 'surcharge', 'level', 'levels',
  'increase', 'increases', 'current', 'existing', 'present', 'old', 'lead', 'terms', 'discount', 'discounts', 'conditions']);
/** Verbs that take what they bear as a pronoun: "absorb it", "shoulder these". */
const BEAR = new Set(['absorb', 'shoulder', 'bear']);
const BORNE = new Set(['this', 'it', 'these', 'them', 'that']);
/** What makes a negation an inability: "cannot", "unable", "not possible", "no longer able". */
const ABLE = new Set(['able', 'possible', 'feasible', 'impossible']);

/** Whether the negator at `i` denies an ability: "cannot", "can't", "unable", "not possible (anymore)", "no longer able". */
function inability(tokens: EnToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower === 'cannot' || t.lower === 'unable' || t.lower === 'impossible') return true;
  if (t.lower !== 'not' && t.lower !== "n't" && t.lower !== 'no' && !(t.lemma === 'not' && t.pos === 'PART')) return false;
  if (tokens[i - 1]?.lower === 'ca' || tokens[i - 1]?.lower === 'can') return true;
  return tokens.slice(i + 1, i + 4).some((x) => ABLE.has(x.lower));
}

/**
 * Our inability to hold a price or a term where it is, as the announcement of its change (round 13, F3): "it is
 * not possible anymore to keep the current price", "we can no longer absorb the cost", "we are no longer able to
 * keep 4 weeks lead time". It is news: the notice's apology or reason makes it considerate, and without them it
 * is a blunt notice. In answer to the reader's ask to keep it, the same words refuse (`holdAsked`, read by the rules).
 */
export function priceGivenUp(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (!inability(tokens, i)) continue;
    const clause = clauseAt(f, i);
    if (!clause || clause.tense === 'past' || clause.perfect) continue;
    // "not possible (anymore) to keep …", "cannot (any longer) absorb …", "unable to maintain …".
    for (let k = i + 1; k < tokens.length && k <= i + 7; k++) {
      const v = tokens[k]!;
      if (v.text === '.' || v.text === ';') break;
      if (!HOLD_PRICE.has(v.lemma) || v.pos === 'NOUN') continue;
      // The held thing within a few words: "keep the current price", "keep 4 weeks lead time", "absorb these".
      const object = tokens.slice(k + 1, k + 5);
      // "absorb this under the existing fixed bid": "existing" names the deal, not a price of ours held.
      if (BEAR.has(v.lemma) && BORNE.has(object[0]?.lower ?? '') && absorbedIntoWork(tokens, k + 2)) continue;
      if (object.some((x) => HELD.has(x.lower)) || (BEAR.has(v.lemma) && BORNE.has(object[0]?.lower ?? ''))) return true;
    }
  }
  return false;
}

/** What work is fitted into: a release, a sprint, a plan. "absorb it within our margins" keeps a cost. */
const WORK_FRAMES = new Set(['release', 'sprint', 'schedule', 'plan', 'timeline', 'scope', 'phase', 'milestone', 'iteration', 'project', 'roadmap', 'capacity', 'team', 'workload']);
/**
 * Round 20: "we would not be able to absorb it within the October release": a pronoun absorbed into a release or a plan is
 * the reader's extra work declined (a refusal), not a cost we stop bearing.
 */
function absorbedIntoWork(tokens: EnToken[], from: number): boolean {
  if (!/^(?:within|into|in|under)$/.test(tokens[from]?.lower ?? '')) return false;
  return tokens.slice(from + 1, from + 5).some((x) => WORK_FRAMES.has(x.lower) || DEAL_FRAMES.has(x.lower));
}

/**
 * Round 22 (r22-menden): the deal a cost would be fitted under — "We cannot absorb this under the existing fixed bid",
 * "… within the current contract", "… in the agreed SOW": the reader's extra (a change request, a new item) refused a
 * place in the price already agreed, one act of refusing, not a cost of ours we stop bearing.
 */
const DEAL_FRAMES = new Set(['bid', 'contract', 'agreement', 'quote', 'quotation', 'budget', 'po', 'sow', 'estimate', 'package', 'fee',
  'retainer', 'warranty', 'amc', 'licence', 'license', 'subscription', 'order', 'tender', 'proposal']);

/** A clause of ours in the past or perfect, unnegated: what we have done so far ("we have absorbed these costs"). */
function practisedSoFar(f: EnFacts): boolean {
  return f.clauses.some((c) => c.subject?.side === 'we' && (c.perfect || c.tense === 'past') && c.negation === undefined && c.verb !== undefined &&
    f.tokens[c.verb]!.pos === 'VERB' && !c.conditional);
}

/** Verbs and nouns of the reader's ask: "asking us to keep", "your request", "as you asked". */
const ASKS = new Set(['ask', 'request', 'want', 'hope', 'wish', 'like']);
/** What the reader writes: thanks for it answers it ("Thanks for your email."). */
const WRITTEN = new Set(['email', 'e-mail', 'mail', 'message', 'letter', 'note', 'enquiry', 'inquiry', 'request', 'question', 'reply', 'proposal']);
/** The reader's own business named after the price: "for your March order", "for your bookings". */
const READERS = new Set(['order', 'orders', 'booking', 'bookings', 'project', 'contract', 'account', 'renewal', 'shipment', 'po']);

/**
 * Whether a price given up answers the reader (round 13, F3's still-flagged side): they asked to keep it ("Thank
 * you for your letter asking us to keep the current price", "… as you asked, is not possible"), the sentence
 * before thanks them for their message ("Thanks for your email. We can't hold the 2026 price."), or the price is
 * held for their own order ("for your March order"). Then it is a refusal, not a notice.
 */
export function holdAsked(f: EnFacts, before?: EnFacts): boolean {
  const asks = (g: EnFacts) => g.changeAsked || g.tokens.some((t, i) => ASKS.has(t.lemma) && (
    g.tokens.slice(i + 1, i + 5).some((x) => HOLD_PRICE.has(x.lemma)) || g.tokens[i - 1]?.lower === 'you' || g.tokens[i - 1]?.lower === 'your'));
  if (asks(f) || (before !== undefined && asks(before))) return true;
  if (before?.cues.thanks && before.tokens.some((t, i) => WRITTEN.has(t.lower) && before.tokens[i - 1]?.lower === 'your')) return true;
  // "for your March order", "for bookings already in the system", "for open orders": the reader's business in hand.
  // Round 25: "hold the price for your 稟議 / your approval / your budget round": a price held FOR the reader, right after
  // the hold, is the favour they asked; nobody announces it unasked.
  return f.tokens.some((t, i) => t.lower === 'for' && (f.tokens.slice(i + 1, i + 4).some((x) => READERS.has(x.lower)) &&
    f.tokens.slice(i + 1, i + 7).some((x) => x.lower === 'your' || IN_HAND.has(x.lower)) || heldForReader(f, i)));
}

/**
 * "hold the price for your …": "for your" within a few words after a verb of holding a price, and what follows names the
 * reader's own deciding (approval, budget round, 稟議 — a word of their Japanese process), not who they are ("for your
 * company" from April is a notice to them).
 */
const DECIDING = new Set(['approval', 'approvals', 'decision', 'review', 'sign-off', 'signoff', 'budget', 'budgeting', 'evaluation', 'consideration',
  'assessment', 'deliberation', 'procurement', 'tender', 'board', 'committee', 'meeting', 'process', 'internal', 'management', 'pilot', 'trial']);
function heldForReader(f: EnFacts, forAt: number): boolean {
  if (f.tokens[forAt + 1]?.lower !== 'your') return false;
  const named = f.tokens.slice(forAt + 2, forAt + 5);
  if (!named.some((x) => DECIDING.has(x.lower) || /[\u3040-\u30ff\u4e00-\u9fff]/.test(x.text))) return false;
  if (f.tokens.some((x) => x.lower === 'longer' || x.lower === 'anymore')) return false;
  for (let k = forAt - 1; k >= 0 && k >= forAt - 5; k--) {
    const v = f.tokens[k]!;
    if (HOLD_PRICE.has(v.lemma) && v.pos === 'VERB') return f.tokens.slice(k + 1, forAt).some((x) => HELD.has(x.lower));
  }
  return false;
}
/** Words of business already placed: "bookings already in the system", "existing orders", "confirmed POs". */
const IN_HAND = new Set(['already', 'existing', 'open', 'confirmed', 'pending', 'placed', 'booked', 'outstanding']);

const NO_FEE = new Set(['no', 'without', 'zero', 'free', 'any']);
/** A price said to stay, or an offer's validity: no new price. */
const STAYS = new Set(['same', 'stay', 'remain', 'keep', 'hold', 'valid', 'validity', 'quote', 'quotation', 'unchanged', 'fixed']);

/**
 * A price or a charge that starts on a date, with no old figure to compare: "Effective April 1, the unit price
 * will be ¥4,300", "The new list price is USD 1,450, effective 1 January", "Going forward we will charge a
 * handling fee of USD 35", "Starting May, small orders carry a fee of ¥8,000", "We will be introducing a
 * packaging charge of 2%". A price with no start ("The unit price is ¥4,300") is a quote, not news.
 */
function newCharge(f: EnFacts, withFigure: boolean): boolean {
  if (f.tokens.some((t) => STAYS.has(t.lemma) || STAYS.has(t.lower))) return false;
  const starts = firstAsserted(f, 'effective') !== undefined;
  // A fee as a noun, stated ("There is no handling fee" is not).
  // A fee as a noun, stated: "There is no handling fee", "No additional fee applies", "free of any fee" are not.
  const fee = (f.cues.fee ?? []).some((i) => f.tokens[i]!.pos === 'NOUN' && asserted(f, i) &&
    !f.tokens.slice(Math.max(0, i - 3), i).some((t) => NO_FEE.has(t.lower)));
  if (fee && (starts || firstAsserted(f, 'impose') !== undefined || (f.cues.fee ?? []).some((i) => f.tokens[i]!.pos === 'VERB' && asserted(f, i)))) {
    return true;
  }
  // "The new list price is …": the restating adjective on the price noun itself ("A new cover costs ¥8,000" is a quote).
  const renewed = (f.cues.restated ?? []).some((r) => (f.cues.price ?? []).some((k) => k > r && k - r <= 2 && f.tokens[k]!.pos === 'NOUN' && !inflectedVerb(f, k) &&
    f.tokens.slice(r + 1, k).every((t) => t.pos === 'NOUN' || t.pos === 'ADJ')));
  return withFigure && (starts || renewed);
}

const PAID = new Set(['paid', 'chargeable', 'billable', 'fee-based', 'premium']);
const BECOME = new Set(['become', 'turn', 'gonna', 'will', "'ll", 'move', 'switch', 'convert', 'change', 'go']);
/**
 * Round 18: "starting October 1, the LINE integration is gonna be a paid add-on at ¥30,000/month", "Remote support will
 * become chargeable": what the reader had for free made paid from now on. Said of a thing of ours in the future (or with a
 * start date), not a price list ("Our paid plan costs …") or the reader's option ("you can buy a paid add-on").
 */
function becomesPaid(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const starts = firstAsserted(f, 'effective') !== undefined;
  return f.tokens.some((t, i) => {
    if (!PAID.has(t.lower) || !asserted(f, i)) return false;
    const clause = clauseAt(f, i)!;
    if (clause.subject?.side === 'you' && !clause.passive) return false;
    // The predicate: "is gonna be a paid …", "will be chargeable", "becomes a paid feature": a verb of becoming before it in its clause.
    const before = f.tokens.slice(clause.from, i);
    if (!before.some((x) => x.lemma === 'be' || BECOME.has(x.lemma) || BECOME.has(x.lower))) return false;
    return starts || clause.tense === 'future' || before.some((x) => BECOME.has(x.lemma) || BECOME.has(x.lower));
  });
}

const REST = new Set(['remaining', 'remainder', 'rest', 'balance']);
/** Verbs of putting right or finishing work: what is done of them is progress (round 16). */
const REMEDY = new Set(['fix', 'resolve', 'correct', 'repair', 'complete', 'close', 'address', 'finish', 'rework', 'solve', 'clear', 'answer', 'patch']);
/** Whether the clause of token `i` reports work done: a remedy verb, past or perfect. */
function remedied(f: EnFacts, i: number): boolean {
  const clause = clauseAt(f, i);
  if (!clause || clause.verb === undefined || !(clause.perfect || clause.tense === 'past')) return false;
  return REMEDY.has(f.tokens[clause.verb]!.lemma) || f.tokens.slice(clause.from, i).some((t) => REMEDY.has(t.lemma) && t.pos === 'VERB');
}

/** Stock nouns whose end is a shortage. */
const STOCK_NOUNS = new Set(['stock', 'stocks', 'inventory', 'supply', 'supplies', 'allocation']);
/** What stock is when it is gone: "finished", "all finish already", "gone", "used up", "exhausted", "zero". */
const USED_UP = new Set(['finish', 'finished', 'gone', 'exhausted', 'depleted', 'empty', 'zero', 'nil', 'over', 'done', 'used']);
/**
 * Round 18: "the STM32G071 stock is all finish already", "our inventory of the 5 mm gaskets is gone", "stock has been
 * used up": the stock noun heads the subject, the copula (or "has been") and a word of being gone follow in its clause.
 * Not a question or a condition, not the reader's stock ("your stock is finished" is their news), not a past state told
 * as history ("the stock was gone by March" in a subordinate clause).
 */
function stockUsedUp(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (!STOCK_NOUNS.has(tokens[i]!.lower) || tokens[i - 1]?.lower === 'your' || tokens[i - 2]?.lower === 'your') continue;
    let k = i + 1;
    // "stock for the HX valves is …": a short phrase of what the stock is of.
    while (k < tokens.length && k - i <= 6 && tokens[k]!.lemma !== 'be' && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'PUNCT') k++;
    if (tokens[k]?.lemma !== 'be' && !(tokens[k]?.lemma === 'have' && tokens[k + 1]?.lemma === 'be')) continue;
    if (tokens[k]?.lemma === 'have') k++;
    for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
      const w = tokens[j]!.lower;
      if (USED_UP.has(w) && asserted(f, j) && (w !== 'used' || tokens[j + 1]?.lower === 'up')) return true;
      // Round 23: "is currently zero", "is at zero", "is down to zero", "is presently nil".
      if (!/^(?:all|already|completely|fully|totally|now|just|been|currently|presently|temporarily|effectively|practically|at|down|to)$/.test(w)) break;
    }
  }
  return false;
}

const WHOLE = /^(?:full|entire|whole)$/;
/** Things a writer counts of what they say: "only one point", "just two questions". */
const SAID_THINGS = /^(?:point|thing|question|note|remark|comment|request|issue|detail)$/;
function shortage(f: EnFacts): boolean {
  if (firstAsserted(f, 'shortage') !== undefined) return true;
  const { tokens } = f;
  if (partOfQuantity(f) || suppliedShare(f) || quantityCut(f)) return true;
  if (stockUsedUp(f)) return true;
  if (!f.cues.delivery) return false;
  // "Supply … is severely limited", "we can't fill your full order".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower === 'limited' && (tokens[i - 1]?.lemma === 'be' || tokens[i - 2]?.lemma === 'be') && asserted(f, i)) return true;
    if (WHOLE.test(t.lower)) {
      const clause = clauseAt(f, i);
      if (clause?.negation !== undefined && clause.negation < i && clause.subject?.side !== 'you' && !f.question) return true;
    }
  }
  return firstAsserted(f, 'partial', (i) => {
    const t = tokens[i]!;
    // "we could ship half now and the rest next week" offers a split: no news.
    if (f.clauses.some((c) => c.modal === 'could' || c.modal === 'would' || c.modal === 'might')) return false;
    // Round 29: "Option: we can split the order and fly the first 6 tonnes": a split our side can make is offered as well.
    if (t.lemma === 'split' && f.clauses.some((c) => c.modal === 'can' && c.negation === undefined && c.subject?.side === 'we')) return false;
    // Round 44 (oe-027): "If your menu tests run late, just tell us — we can ship a first partial lot by air": a part our
    // side can send, offered on a condition of theirs, is a way out offered, not goods withheld (an "only" still cuts).
    const offeredIf = f.clauses.some((c) => c.conditional) && f.clauses.some((c) => c.modal === 'can' && c.negation === undefined &&
      c.subject?.side === 'we' && c.from <= i && i < c.to && !tokens.slice(c.from, c.to).some((x) => x.lower === 'only' || x.lower === 'just'));
    if (offeredIf) return false;
    // "only" counts before a figure ("only 600 units"); "cut to / reduced by" with one.
    if (t.lower === 'only') {
      // Round 35 (r34 ff-047): "Only two fields need updating", "only 3 items require your signature": what is counted is a
      // task left to do — few is good; nothing supplied is short.
      const clause = clauseAt(f, i);
      const verb = clause?.verb === undefined ? undefined : tokens[clause.verb];
      const task = tokens.slice(i + 1, clause?.to ?? tokens.length).find((x) => x.pos === 'VERB' && /^(?:need|require)$/.test(x.lemma));
      if (task !== undefined && (verb === undefined || verb === task || tokens.indexOf(task) < clause!.verb! + 1)) return false;
      // Round 45 (xe-044): "Only one point to note: …", "only two questions": what is counted is what the writer says.
      const counted = tokens.slice(i + 1, i + 4).findIndex((x) => x.pos === 'NUM' || x.lower === 'half' || x.lower === 'part');
      return counted >= 0 && !SAID_THINGS.test(tokens[i + 2 + counted]?.lemma ?? '');
    }
    if (t.lemma === 'cut' || t.lemma === 'reduce') return tokens.slice(i + 1, i + 4).some((x) => x.pos === 'NUM');
    if (t.lower === 'allocation' || t.lemma === 'allocate' || t.lemma === 'allocation') return false;
    // Round 21: "here is a short note on deliveries", "a short update": "short" before its noun describes, it counts nothing short.
    if (t.lower === 'short' && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'ADJ') && !/^(?:supply|delivery|shipment|shipped|quantity|of)$/.test(tokens[i + 1]!.lower)) return false;
    // "The remaining items are answered in the attached sheet", "your request to buy the remaining stock": what
    // is left is news only when goods are counted, supplied or still to come.
    if (REST.has(t.lower)) {
      const clause = clauseAt(f, i)!;
      // "The remaining four items are cosmetic": what is left described by an adjective, not goods held back.
      const be = tokens.findIndex((x, k) => k > i && k < clause.to && x.lemma === 'be');
      if (be > 0 && tokens[be + 1]?.pos === 'ADJ' && clause.tense === 'present' && clause.modal === undefined) return false;
      return tokens.some((x) => x.pos === 'NUM') || (f.cues.supply ?? []).some((k) => k >= clause.from && k < clause.to) ||
        clause.tense === 'future' || clause.modal !== undefined;
    }
    return true;
  }) !== undefined;
}

/**
 * Part of a quantity: "600 of the 1,000 modules", "3 out of 5 lines", "12 t of the 20 t", "1,300 litres of the
 * 2,000 litres". Goods are known by a delivery cue, or by a unit written after both figures; "Two of the five
 * engineers" has neither.
 */
function partOfQuantity(f: EnFacts): boolean {
  // Round 36: "we suggest starting with 4 of your 12 sites … before you place the order": a part we propose, no part withheld.
  if (f.cues.proposal !== undefined) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    const n = numberOf(tokens[i]!);
    if (n === undefined) continue;
    const unit = tokens[i + 1]?.pos === 'NOUN' && tokens[i + 2]?.lower === 'of' ? tokens[i + 1]! : undefined;
    let k = unit ? i + 2 : i + 1;
    if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of') k++;
    if (tokens[k]?.lower !== 'of') continue;
    k++;
    if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'your' || tokens[k]?.lower === 'our') k++;
    const m = tokens[k] && numberOf(tokens[k]!);
    if (m === undefined || n >= m || !asserted(f, i)) continue;
    // "Our team has already fixed 14 of the 18 items": progress on a remedy, not part of an order withheld.
    if (remedied(f, i)) continue;
    const sameUnit = unit !== undefined && tokens[k + 1]?.lemma.replace(/\.$/, '') === unit.lemma.replace(/\.$/, '');
    // "Only 3,000 of the 5,000 bottles can be filled": goods of any name, known by "only" and a verb that supplies.
    const clause = clauseAt(f, i)!;
    const onlyPart = /^(?:only|just)$/.test(tokens[i - 1]?.lower ?? '') && (f.cues.supply ?? []).some((s) => s >= clause.from && s < clause.to);
    if (f.cues.delivery || sameUnit || onlyPart) return true;
  }
  return lessThanOrdered(f);
}

/**
 * The part stated against the whole the reader ordered, in the other two orders of the words: "Of the 500
 * cartons ordered, 320 will be dispatched" (the whole first), "We will ship 450 units instead of the 800 you
 * ordered" (the part, then what it replaces). Goods only (a delivery cue); "instead of" with a larger part is
 * more, not less.
 */
function lessThanOrdered(f: EnFacts): boolean {
  const { tokens } = f;
  // Round 42: or the whole named as the reader's ("… instead of the 12 tonnes you ordered", "… the 7 in your forecast").
  if (!f.cues.delivery && !tokens.some((t) => readersWhole(t.lower))) return false;
  const det = (k: number) => (/^(?:the|your|our)$/.test(tokens[k]?.lower ?? '') ? k + 1 : k);
  // The part is supplied or to come ("320 will be dispatched"), not how the reader's goods stand ("18 are still running").
  const supplied = (i: number) => {
    const c = clauseAt(f, i);
    return c !== undefined && asserted(f, i) && ((f.cues.supply ?? []).some((k) => k >= c.from && k < c.to) || c.tense === 'future' || c.modal !== undefined);
  };
  // "Of the 500 cartons ordered, 320 …": the sentence opens on the whole; the next figure after it is the part.
  if (tokens[0]?.lower === 'of') {
    const w = det(1);
    const whole = tokens[w] && numberOf(tokens[w]!);
    const part = tokens.findIndex((t, k) => k > w && numberOf(t) !== undefined);
    if (whole !== undefined && part > 0 && numberOf(tokens[part]!)! < whole && supplied(part)) return true;
  }
  // "450 units instead of the 800 you ordered", "300 rather than 500 pieces".
  const monthAt = (k: number) => MONTHS.some((m) => (tokens[k]?.lower ?? '').startsWith(m.slice(0, 3)) && m.startsWith(tokens[k]!.lower.replace(/\.$/, '')));
  for (let i = 0; i < tokens.length; i++) {
    const n = numberOf(tokens[i]!);
    // Round 45: a day of a month is no count of goods ("arrive on 18 April instead of 21 April" comes earlier).
    if (n === undefined || monthAt(i - 1) || monthAt(i + 1)) continue;
    // Round 42: the figure's noun phrase may run on ("8 tonnes of frozen chuck roll instead of …", "4 containers of 26/30 HOSO").
    let k = i + 1;
    while (k < tokens.length && k - i <= 8 && (NOUN_PHRASE.test(tokens[k]!.pos) || participle(tokens[k]!)) && !(tokens[k]!.lower === 'instead' || tokens[k]!.lower === 'rather')) k++;
    if (!((tokens[k]?.lower === 'instead' && tokens[k + 1]?.lower === 'of') || (tokens[k]?.lower === 'rather' && tokens[k + 1]?.lower === 'than'))) continue;
    k = det(k + 2);
    const m = tokens[k] && numberOf(tokens[k]!);
    // A time is no goods: "5 working days rather than 15" is a shorter lead time.
    if (tokens.slice(i + 1, i + 4).some((t) => TIME_UNIT.test(t.lower))) continue;
    // The whole's own words, up to a stop: "the 12 tonnes you ordered", "the 7 in your forecast" (not "…, which halves your cost").
    const after = tokens.slice(k + 1, k + 6);
    const stop = after.findIndex((t) => /^[,.;:!?]$/.test(t.text));
    const theirs = (stop < 0 ? after : after.slice(0, stop)).some((t) => readersWhole(t.lower));
    if (m !== undefined && n < m && (supplied(i) || (theirs && asserted(f, i)))) return true;
  }
  return false;
}

/** The words of a noun phrase a figure heads ("8 tonnes of frozen chuck roll", "4 containers of 26/30 HOSO"). */
const NOUN_PHRASE = /^(?:NOUN|PROPN|ADJ|NUM|ADP|SYM|PUNCT|X)$/;
/** Units of time after a figure. */
const TIME_UNIT = /^(?:days?|weeks?|hours?|months?|minutes?|years?|hrs?)$/;
/** A participle used as an adjective inside a noun phrase ("frozen chuck roll", "dried figs"). */
const participle = (t: EnToken) => t.pos === 'VERB' && t.lower !== t.lemma && /(?:ed|en)$/.test(t.lower);
/**
 * The whole named as the reader's: what they ordered, forecast, contracted or asked for. Round 47: "asked" and "booked"
 * too ("Of the 12 reports you asked for, 7 will be in the November release").
 */
const ORDERED_WORD = /^(?:order(?:ed|s)?|forecasts?|contract(?:ed)?|requested|requirement)$/;
const ASKED_WORD = /^(?:asked|booked)$/;
const readersWhole = (word: string) => ORDERED_WORD.test(word) || ASKED_WORD.test(word);
/** What a share is a share of when it is the reader's order: "70 percent of the ordered volume". */
const ORDERED_WHOLE = new Set(['ordered', 'order', 'contracted', 'agreed', 'requested', 'original', 'planned', 'committed', 'confirmed', 'forecast']);

const SHARE_LEAD = new Set(['only', 'just', 'about', 'around', 'approximately', 'roughly', 'up', 'to', 'at', 'most']);
/**
 * A share of an order that we supply: a percentage under 100 of something, as the object of a verb that supplies
 * ("we can supply 65% of your contracted volume", "we will deliver only 60% of the ordered quantity"). Not a
 * share of every lot we inspect, a share of our customers, or what has already shipped on plan.
 */
function suppliedShare(f: EnFacts): boolean {
  const { tokens } = f;
  for (const fig of figures(tokens)) {
    if (!fig.percent || fig.value >= 100 || tokens[fig.index + 2]?.lower !== 'of') continue;
    const whole = tokens[fig.index + 3]?.lower;
    if (whole === 'every' || whole === 'each' || whole === 'all') continue;
    let v = fig.index - 1;
    while (v >= 0 && SHARE_LEAD.has(tokens[v]!.lower)) v--;
    // The verb supplies ("we can supply 65% of …"), or the whole is the reader's order ("will contain 70 percent
    // of the ordered volume").
    const w = tokens[fig.index + 3]?.lower === 'the' || tokens[fig.index + 3]?.lower === 'your' ? fig.index + 4 : fig.index + 3;
    if (!(f.cues.supply ?? []).includes(v) && !(ORDERED_WHOLE.has(tokens[w]?.lower ?? '') || (tokens[w + 1]?.lower === 'order' && tokens[w]?.pos !== 'NUM'))) continue;
    const clause = clauseAt(f, fig.index);
    if (!clause || (clause.tense === 'past' && !clause.modal) || clause.perfect || !asserted(f, fig.index)) continue;
    return true;
  }
  return false;
}

/**
 * Old and new of two dates. Round 17: "now" alone between them marks the second as the new one ("The delivery we
 * promised for 10 July will now reach you around 25 July"); every other marker reads as in `oldAndNew`
 * ("will now ship on Feb 12 instead of Jan 20" keeps its "instead").
 */
function datesOldAndNew<T extends { index: number }>(tokens: EnToken[], a: T, b: T): [T, T] | undefined {
  const between = tokens.slice(a.index + 1, b.index);
  if (between.some((t) => t.lower === 'now') && !between.some((t) => t.lower !== 'now' && CHANGE_MARKERS.has(t.lower)) &&
    ![tokens[a.index - 1], tokens[a.index - 2], tokens[a.index - 3]].some((t) => t?.lower === 'from')) return [a, b];
  return oldAndNew(tokens, a, b);
}

const CLOCK = /^\d{1,2}[:.]\d{2}$/;
/**
 * Round 42: "Sunday 14 June, 20:00 Los Angeles -> Monday 15 June, 11:00 Tokyo": one moment on two clocks, a day apart
 * at most with a clock time between the dates — a meeting's slot restated, not a date moved.
 */
function twoClocks(tokens: EnToken[], a: { day: number; index: number }, b: { day: number; index: number }): boolean {
  return Math.abs(b.day - a.day) <= 1 && tokens.slice(a.index + 1, b.index).some((t) => CLOCK.test(t.text));
}

/** Words that join the two ends of a span ("from A through B", "between A and B", "A – B"). */
const SPAN_JOINS = /^(?:through|thru|to|until|till|and|[-–—~])$/;
/** Two dates at `a` and `b` written as the ends of one span, opened by "from" or "between" just before the first. */
function isRange(tokens: EnToken[], a: number, b: number): boolean {
  const opened = [1, 2].some((k) => /^(?:from|between)$/.test(tokens[a - k]?.lower ?? ''));
  // The first date may take its day after the month ("December 29 through …"): skip the figures that belong to it.
  let k = a + 1;
  while (k < b && (tokens[k]!.pos === 'NUM' || /^(?:st|nd|rd|th|,)$/.test(tokens[k]!.lower))) k++;
  return opened && k < b && SPAN_JOINS.test(tokens[k]!.lower) && tokens.slice(k + 1, b).every((t) => t.pos === 'NUM' || t.pos === 'DET' || /^(?:the|of)$/.test(t.lower));
}

function delay(f: EnFacts): boolean {
  const { tokens } = f;
  const all = dates(tokens);
  // Round 45 (zc-021): "The container (wk 14, 20 pallets) will arrive … the 30 April instead of 21 April": of three dates or
  // more, the two a change marker joins are the old and the new value; the others (a week in a bracket) name something else.
  const marked = all.length > 2 ? all.findIndex((d, k) => k > 0 && k + 1 < all.length && datesOldAndNew(tokens, d, all[k + 1]!) !== undefined) : -1;
  const ds = marked > 0 ? all.slice(marked) : all;
  // Round 24: "Go-live has slipped to 14 December; UAT will now run 16–27 November": a semicolon joins two statements, and
  // the dates of two statements are no old and new value of one.
  const paired = ds.length >= 2 && !tokens.slice(ds[0]!.index, ds[1]!.index).some((t) => t.text === ';') && !twoClocks(tokens, ds[0]!, ds[1]!);
  if (paired) {
    const pair = datesOldAndNew(tokens, ds[0]!, ds[1]!);
    if (pair && !later(pair[0].day, pair[1].day)) return false;
  }
  const dateAt = new Set(all.map((d) => d.index));
  // Round 21: "Kickoff moved to 4 Nov.": a status line of a start moved is news though "kickoff" names a meeting too
  // (statusLineMoved leaves a meeting, call or visit named as such to the meeting readers).
  if (f.cues.meeting && !f.cues.delivery) return statusLineMoved(f, dateAt);
  // Two dates with a change word ("will now ship on Feb 12 instead of Jan 20"); a bare range ("closed from
  // April 29 to May 6") is no move.
  // (Round 43: asked only of two dates paired, so read only then.)
  const contrast = paired && tokens.some((t) => t.lower === 'not' || t.lower === 'now' || t.lower === 'instead' || t.lower === 'rather' || ARROWS.has(t.text) ||
    (t.lower === 'earlier' || t.lower === 'originally' || t.lower === 'previously' || t.lower === 'was' || t.lower === 'formerly') && tokens[tokens.indexOf(t) - 1]?.text === '(');
  // Round 45 (xc-013): "your offices close from December 29 through January 3, so … not to schedule any deliveries": two
  // dates joined as a range are one span, not an old and a new value, whatever negation stands elsewhere.
  const span = paired && isRange(tokens, ds[0]!.index, ds[1]!.index);
  if (paired && !span && (f.cues.slip || contrast)) {
    const pair = datesOldAndNew(tokens, ds[0]!, ds[1]!);
    // "There is no problem with settling it on October 10 instead of September 30": a move under a negation
    // is the reader's request accepted, not news.
    if (pair && later(pair[0].day, pair[1].day) && asserted(f, pair[1].index) && !contingent(f, pair[1].index)) return true;
  }
  if (paired && tokens.some((t) => CHANGE_VERBS.has(t.lemma))) {
    // "pushed from week 28 to week 34", "has shifted from Q2 to Q3", "changed from 9 March to 20 April".
    const pair = datesOldAndNew(tokens, ds[0]!, ds[1]!);
    if (pair && later(pair[0].day, pair[1].day) && asserted(f, pair[1].index) && !contingent(f, pair[1].index)) return true;
  }
  if (firstAsserted(f, 'slip', (i) => {
    const w = tokens[i]!.lower;
    if (w === 'instead' || w === 'rather') return false;
    // Round 19: "If the typhoon reaches Osaka, the fair may be postponed": a "may" under a condition is a contingency, not news.
    if (contingent(f, i)) return false;
    // Round 16: a person moving, or a move to a new or better place ("to a new address"), slips no date.
    if ((tokens[i]!.lemma === 'move' || tokens[i]!.lemma === 'relocate' || tokens[i]!.lemma === 'transfer') && (personMoves(f, i) || movedToBetter(f, i))) return false;
    // "slip-resistance results": the first half of a compound noun, not a date that slips; "a bulk-reschedule button": its last.
    if (tokens[i + 1]?.text === '-' || verbInNounPhrase(f, i)) return false;
    // "We will send the new ETA once confirmed", "I'll let you know the new delivery date": a promise to pass on a
    // date not yet known, not the date itself ("We confirm the new ETA of 14 March" gives one, and is news).
    if (promisedDate(tokens, i)) return false;
    // "The daily rate moves from ¥110 to ¥95": a price moving between figures, with no date moved, is no delay.
    if (tokens[i]!.lemma === 'move' && ds.length < 2 && figures(tokens).length >= 2) return false;
    // "will now ship" is news with a date ("… on January 23"), not with a place ("… from our new warehouse").
    return w !== 'will' || ds.length > 0;
  }) !== undefined) return true;
  // "new ETD is mid-January", "The revised ETA is 14 March": a date of the goods stated anew.
  if ((f.cues.restated ?? []).some((r) => DATE_NOUNS.has(tokens[r + 1]?.lower ?? '') && asserted(f, r) &&
    clauseAt(f, r)?.subject?.side !== 'you' && statesDate(tokens, r + 2))) return true;
  // "the November shipment won't make it": goods that will not arrive in time.
  if (f.cues.delivery && tokens.some((t, i) => t.lemma === 'make' && tokens[i + 1]?.lower === 'it' && (() => {
    const clause = clauseAt(f, i);
    // Said of the goods (a delivery word before the verb), not of people ("we won't make it to the fair").
    return clause !== undefined && clause.negation !== undefined && clause.negation < i && !clause.conditional && clause.tense !== 'past' &&
      (f.cues.delivery ?? []).some((d) => d >= clause.from && d < clause.negation!);
  })())) return true;
  // "Lead times have increased to 16 weeks".
  if (f.cues.duration && firstAsserted(f, 'rise') !== undefined) return true;
  if (f.cues.duration && longerLead(f)) return true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "We're pushing the go-live back to March".
    // Round 37 (newsen37): "pushed the delivery of your second palletising robot back": the object may run to eight words,
    // with no stop in between.
    if ((t.lemma === 'push' || t.lemma === 'move' || t.lemma === 'set' || t.lemma === 'put') && backAfter(tokens, i) && asserted(f, i)) return true;
    // "cannot be shipped until next month", "we will not meet the deadline".
    const clause = clauseAt(f, i);
    if (!clause || clause.negation === undefined || clause.conditional || f.question || clause.negation > i) continue;
    if (t.lower === 'until' && f.cues.delivery) return true;
    // "Phase 2 will not start until April 2027", "Production won't begin until week 12": a start put off to a date.
    if (t.lower === 'until' && START_VERBS.has(tokens[clause.verb ?? -1]?.lemma ?? '') && clause.subject?.side !== 'you' &&
      tokens.slice(i + 1, i + 4).some((x) => MONTHS.includes(x.lower) || DATE_WORDS.test(x.lower) || /^(?:19|20)\d\d$/.test(x.lower))) return true;
    // Round 39: "We will not make the 15 March go-live date", "We won't hit the end-of-month deadline": the date may stand a few
    // words on, with no stop between; not a date the reader asked for ("… the date you requested": a refusal of their ask).
    if (isNewsWord('missVerbs', t) && (f.cues.deadline ?? []).some((k) => k > i && k - i <= 8 && !tokens.slice(i + 1, k).some((x) => /^[,;:.!?]$/.test(x.text)) &&
      !tokens.slice(i + 1, Math.min(tokens.length, k + 4)).some((x) => /^(?:you|your|requested|asked|proposed|wanted)$/.test(x.lower)))) return true;
  }
  // "six weeks late", "is running behind", "will be late".
  if (firstAsserted(f, 'late', (i) => {
    const prev = tokens[i - 1];
    return prev !== undefined && (prev.lemma === 'be' || prev.pos === 'VERB' || /^(?:weeks?|days?|months?)$/.test(prev.lower) || prev.lower === 'running');
  }) !== undefined) return true;
  // Round 21: "1,200 units will not ship in June", "won't make the May vessel"; "Balance 18,000 pcs: now mid-August"
  // (en-news-held.ts). A date pair that is no later has returned above.
  // Round 39: a date put later with no word of delay ("… at the earliest", "we need another three weeks", en-news-later.ts).
  return goodsHeldBack(f, dateAt) || statusLineMoved(f, dateAt) || partOfWhole(f, dateAt) === 'delay' || laterThanHoped(f) || laterCarrier(f);
}


/** Round 20: "If UAT slips, go-live may move from 18-Oct to 16-Nov": a "may" under a condition is a contingency, not news. */
function contingent(f: EnFacts, i: number): boolean {
  const clause = clauseAt(f, i);
  if (!clause || !f.clauses.some((c) => c.conditional)) return false;
  // The clause's modal, or one the parse left before a verb it did not find ("go-live may move").
  return clause.modal === 'may' || clause.modal === 'might' || f.tokens.slice(clause.from, i).some((t) => t.lower === 'may' || t.lower === 'might');
}

/** Verbs that pass a date on: "send", "share", "let you know", "confirm", "advise", "update you on". */
const PASS_ON = new Set(['send', 'share', 'confirm', 'advise', 'inform', 'update', 'provide', 'give', 'know', 'forward', 'communicate', 'notify', 'tell']);
function promisedDate(tokens: EnToken[], i: number): boolean {
  const verb = tokens.slice(Math.max(0, i - 4), i).some((t) => PASS_ON.has(t.lemma) && t.lemma !== 'be');
  if (!verb) return false;
  // The first date after it is the date's value ("the new ETA of 14 March"), unless a word of time comes first:
  // then it says when we pass it on ("… by Friday", "… next week", "… once confirmed").
  for (const x of tokens.slice(i + 1)) {
    if (PASS_ON_WHEN.has(x.lower)) return true;
    if (MONTHS.includes(x.lower) || x.pos === 'NUM' || DATE_WORDS.test(x.lower) || MONTHS.some((m) => x.lower.endsWith(m))) return false;
  }
  return true;
}
const PASS_ON_WHEN = new Set(['by', 'next', 'within', 'this', 'tomorrow', 'shortly', 'soon', 'once', 'when', 'as', 'after', 'before', 'later', 'in']);

const DATE_WORDS = /^(?:mid|early|late|end|beginning|next|week|cw|q[1-4])\b|^mid-/;
/**
 * "new ETD is mid-January", "revised ETA: 14 March", "the new date for your order is week 34": the restated
 * date given a value. "the new date does not affect the price" gives none.
 */
function statesDate(tokens: EnToken[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from <= 6; k++) {
    const t = tokens[k]!;
    if (t.lemma !== 'be' && t.text !== ':') continue;
    if (tokens[k + 1] && (tokens[k + 1]!.lower === 'not' || tokens[k + 1]!.lower === "n't")) return false;
    return tokens.slice(k + 1, k + 4).some((x) => MONTHS.includes(x.lower) || x.pos === 'NUM' || DATE_WORDS.test(x.lower) ||
      MONTHS.some((m) => x.lower.endsWith(m)));
  }
  return false;
}

/** What a restated date is of: "new ETD", "revised ETA", "updated date". */
const DATE_NOUNS = new Set(['etd', 'eta', 'ets', 'date', 'dates']);

/** Verbs of a start that can be put off ("will not start until April"). */
const START_VERBS = new Set(['start', 'begin', 'commence', 'launch', 'resume', 'open', 'kick', 'mobilize', 'mobilise', 'deploy', 'arrive', 'ship', 'dispatch', 'go']);

/**
 * Whether day `b` is later than day `a` (days of the year on the scale of `dates`, years unwritten): a move
 * of more than half a year back is read across the new year ("from December 7 to January 18" is later).
 */
export function later(a: number, b: number): boolean {
  // Round 22: two quarters with their years ("Q3 FY26" → "Q2 FY27") are ordered as written, with no turn of the year guessed.
  if (a >= YEAR_SPAN && b >= YEAR_SPAN) return b > a;
  const d = b - a;
  return d > 186 ? false : d > 0 || d < -186;
}

/** Verbs that move a date: with "from A to B" and B later, the date slipped. */
/** "back" within nine words after the verb, before any punctuation ("pushed the delivery of your second robot back"). */
function backAfter(tokens: EnToken[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
    if (tokens[k]!.lower === 'back') return true;
    // A clause's mark ends the object; a hyphen inside it does not ("pushing the go-live back to March").
    if (tokens[k]!.pos === 'PUNCT' && !/^[-‐]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}
const CHANGE_VERBS = new Set(['push', 'move', 'shift', 'change', 'reschedule', 'postpone', 'defer', 'slip', 'delay', 'revise', 'update', 'adjust', 'amend', 'reset']);

const SPANS = /^(?:days?|weeks?|months?|working|business)$/;
/** Words that make a lead time stated anew a saving: "now only 4 weeks", "down to 6", "shorter", "faster". */
const SHORTER = new Set(['only', 'just', 'down', 'shorter', 'shortened', 'reduced', 'faster', 'quicker', 'improved', 'back', 'earlier']);
/**
 * A lead time made longer: "extended to 12 weeks", "lengthened", "longer", or two spans with a change
 * marker where the new one is longer ("now 16 weeks instead of 10", "12 weeks, up from 8").
 */
function longerLead(f: EnFacts): boolean {
  const { tokens } = f;
  const longer = tokens.findIndex((t) => t.lemma === 'extend' || t.lemma === 'lengthen' || t.lower === 'longer' || t.lower === 'extended');
  if (longer >= 0 && asserted(f, longer) && !tokens.some((t) => t.lower === 'shorter' || t.lower === 'shortened')) return true;
  const spans: Array<{ value: number; index: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const v = numberOf(tokens[i]!);
    const next = tokens[i + 1]?.lower ?? '';
    // The second span may drop its unit ("16 weeks instead of 10"), but only at the end of its phrase.
    // Round 18: "goes from 6 to 14 weeks": the old span drops its unit before "to" and the new one.
    const rangeStart = next === 'to' && tokens[i + 2] !== undefined && numberOf(tokens[i + 2]!) !== undefined && SPANS.test(tokens[i + 3]?.lower ?? '');
    if (v !== undefined && (SPANS.test(next) || rangeStart || (spans.length > 0 && /^(?:[.,;)]|instead|before|previously|now|)$/.test(next)))) {
      spans.push({ value: v, index: i });
    }
  }
  // Round 18: "the lead time for the MOSFETs is now 26 weeks", "delivery now takes 12 weeks": a lead time stated anew with
  // "now" and no old value beside it. Not one that is shorter or only so long ("now only 4 weeks", "down to 6 weeks").
  if (spans.length === 1) {
    const now = tokens.findIndex((t, i) => t.lower === 'now' && (tokens[i - 1]?.lemma === 'be' || tokens[i + 1]?.lemma === 'take') && i < spans[0]!.index &&
      spans[0]!.index - i <= 3);
    if (now >= 0) return asserted(f, now) && !tokens.some((t) => SHORTER.has(t.lower));
    return currentLongLead(f, spans[0]!);
  }
  if (spans.length < 2) return false;
  const pair = oldAndNew(tokens, spans[0]!, spans[1]!);
  return pair !== undefined && pair[1].value > pair[0].value && asserted(f, pair[1].index);
}

/** Words of a lead time: "lead time", "delivery time", "turnaround". */
const LEAD_WORDS = NEWS_WORDS.leadWords;
/** Words of a quote or an enquiry answered: the lead time is offered, not changed. */
const QUOTED_LEAD = NEWS_WORDS.quotedLead;

/**
 * Round 35 (news35): a lead time told as the present state with "current(ly)" — "The current lead time for the run
 * capacitors is 16 weeks", "Current delivery time for the X-20 is 5 months": news when it is long (6 weeks or more, 2
 * months or more, 40 days or more), the client plans against it. A short one, one shortened, a quote or an enquiry
 * answered is none.
 */
function currentLongLead(f: EnFacts, span: { value: number; index: number }): boolean {
  const { tokens } = f;
  const current = tokens.findIndex((t) => t.lower === 'current' || t.lower === 'currently');
  if (current < 0 || current > span.index || !tokens.some((t) => LEAD_WORDS.has(t.lower)) || tokens.some((t) => SHORTER.has(t.lower) || QUOTED_LEAD.has(t.lower))) return false;
  const unit = tokens[span.index + 1]?.lower ?? '';
  const long = /^weeks?$/.test(unit) ? span.value >= 6 : /^months?$/.test(unit) ? span.value >= 2 : /^(?:days?|working|business)$/.test(unit) ? span.value >= 40 : false;
  return long && asserted(f, span.index);
}

function discontinuation(f: EnFacts): boolean {
  if (withdrawn(f)) return true;
  // "End of sale for the HX-3 is September 30": the end named as a noun, outside the cue list's verbs.
  if (f.tokens.some((_, i) => endOfLife(f, i) && asserted(f, i) && !(clauseAt(f, i)!.subordinate && clauseAt(f, i)!.tense === 'past'))) return true;
  // "discontinue", "phase out", "no longer offer" end something whatever it is.
  if (firstAsserted(f, 'end', (i) => {
    const clause = clauseAt(f, i)!;
    // "Since model X was discontinued in 2021, we recommend model Y": old news as a reason.
    if (clause.subordinate && clause.tense === 'past') return false;
    // "(you told us that) your AX-5 model will go out of production": the reader's own product ending is their news.
    if (clause.subject?.side === 'you' && !clause.passive && clause.subordinate) return false;
    // "The v3 API sunsets on March 31", "We sunset the v3 API in March": the lite model tags a verb it does not
    // know as a noun; a third-person -s, or a verb straight after a subject pronoun, is the verb.
    return multiWord(f, i) || isVerbAt(f, i) || (inflectedVerb(f, i) && /^(?:NOUN|PROPN|NUM)$/.test(f.tokens[i - 1]!.pos)) || SUBJECT_PRONOUNS.has(f.tokens[i - 1]?.lower ?? '') || f.tokens[i]!.lower === 'eol' ||
      // "we're gonna sunset", "we are going to sunset": a verb after the future's "gonna" / "going to", whatever its tag.
      f.tokens[i - 1]?.lower === 'gonna' || (f.tokens[i - 1]?.lower === 'to' && f.tokens[i - 2]?.lower === 'going');
  }) !== undefined) return true;
  // "end", "close", "move" end or move a service or site only when one is named in the same clause.
  if (removedFromRange(f) || mergedAway(f) || modelStopped(f)) return true;
  if (!f.cues.service && !f.tokens.some((_, i) => stopsGiving(f, i))) return false;
  // "Please switch off the server before the update" is an instruction, not an end.
  if (f.imperative) return false;
  return firstAsserted(f, 'end-weak', (i) => {
    const t = f.tokens[i]!;
    // "Our office is closed from Dec 29": a holiday closure, not an end; "at the end of May" is a noun.
    // Round 42: not when the period runs for weeks with no purpose named (longUnexplained): our supply stops.
    if (t.lower === 'closed' && f.tokens[i - 1]?.lemma === 'be' && !openEndedClosure(f, i) && !longUnexplained(f, i)) return false;
    // Round 37 (fp37): "a closed-loop water system", "a stop-gap fix", "move-in date": the word is the first part of a
    // hyphenated modifier (joined to the next word with no space), it closes or moves nothing.
    if (hyphenModifier(f, i)) return false;
    // "Our warehouse closes for the New Year holidays", "… shuts down from December 29": a closure that comes back.
    if (temporaryClosure(f, i)) return false;
    if ((t.lemma === 'move' || t.lemma === 'transfer') && f.cues.meeting) return false;
    // Round 37 (newsen37): "We will move your licence start date to match": a date moved (the delay readers judge it), no
    // service moved away.
    if (t.lemma === 'move' && movesDate(f.tokens, i)) return false;
    // Round 17: "we will stop offering weekend delivery": the gerund names what ends, whatever noun follows it (not said
    // of the reader: "you can stop supporting …" is theirs).
    if (t.lemma === 'stop' || t.lemma === 'cease') {
      // "You can stop supporting the old format", "we may stop producing …", "We stopped offering samples in 2022": the
      // reader's act, a possibility, or old news end nothing now.
      const c = clauseAt(f, i);
      if ((c?.subject?.side === 'you' && !c.passive) || /^(?:can|could|may|might)$/.test(c?.modal ?? '') || (c?.tense === 'past' && !c.perfect)) return false;
      if (stopsGiving(f, i)) return true;
    }
    // Round 16: a move to something new or better ("to a larger space near the station", "to a new address") is no
    // loss, and a person moving ("I will be moving to our Singapore office") moves no site.
    if ((t.lemma === 'move' || t.lemma === 'relocate' || t.lemma === 'transfer') && (movedToBetter(f, i) || personMoves(f, i))) return false;
    // Round 37 (newsen37): "Firmware updates for LX-3 controllers end on 30 June 2027": the lite model tags a base "end" after
    // a plural noun as a noun; with a date after it ("on 30 June", "in March") it is the plural subject's verb.
    const plural = f.tokens[i - 1]?.pos === 'NOUN' && f.tokens[i - 1]!.lower !== f.tokens[i - 1]!.lemma && /s$/.test(f.tokens[i - 1]!.lower);
    if (t.lower === 'end' && plural && /^(?:on|in|after)$/.test(f.tokens[i + 1]?.lower ?? '') &&
      (f.tokens[i + 2]?.pos === 'NUM' || MONTHS.includes(f.tokens[i + 2]?.lower ?? '')) && asserted(f, i) &&
      (f.cues.service ?? []).some((k) => k < i && i - k <= 8)) return true;
    // "during your planned line stop", "the plant shutdown": a base form after a noun in a determined phrase heads a
    // compound noun, it ends nothing ("the service will stop", "support ends" keep their verbs).
    if (t.lower === t.lemma && f.tokens[i - 1]?.pos === 'NOUN' && f.tokens.slice(Math.max(0, i - 4), i - 1).some((x) => DETERMINED.has(x.lower))) return false;
    // Round 27: "Payment terms remain net 60 days, by wire transfer to our account": a noun after a preposition.
    if (verbInNounPhrase(f, i)) return false;
    // Near the verb, as its subject or object (the clause splitter cuts at the hyphen of "same-day").
    // The service is the head of its phrase ("courier service", "repair depot"), not a modifier ("support ticket").
    // Round 18: "service desk", "support line": a place or channel of the service heads the phrase.
    if (!(f.cues.service ?? []).some((k) => Math.abs(k - i) <= 8 && (f.tokens[k + 1]?.pos !== 'NOUN' || SERVICE_HEADS.has(f.tokens[k + 1]!.lower)))) return false;
    // "Support for version 3 ends on March 31": the lite model tags a sentence-final "ends" as a noun at
    // times; a third-person -s after a non-determiner is the verb.
    return isVerbAt(f, i) || inflectedVerb(f, i);
  }) !== undefined || migrationRequired(f);
}

/**
 * Round 39: a role after "your" ("your account manager", "your dedicated application engineer") as the subject of a verb of
 * leaving, or of "no longer" (assigned, responsible, looking after). Not a question or condition, not one who stays
 * ("will continue", caught before), not "you" leaving.
 */
function readersContactLeaves(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  // Ours by its name ("your account manager", "your dedicated engineer", "your sales representative"); "your manager" alone may
  // be the reader's own superior.
  const ours = (k: number) => isNewsWord('ownRoles', tokens[k]) || tokens.slice(Math.max(0, k - 3), k).some((x) => isNewsWord('roleMarks', x));
  const role = tokens.findIndex((t, k) => isNewsWord('contactRoles', t) && tokens.slice(Math.max(0, k - 4), k).some((x) => x.lower === 'your') && ours(k));
  if (role < 0) return false;
  for (let k = role + 1; k < tokens.length; k++) {
    const clause = clauseAt(f, k);
    if (!clause || clause.conditional || clause.subject?.side === 'you' || clause.tense === 'past' && !clause.perfect) continue;
    const t = tokens[k]!;
    if (isNewsWord('leaveVerbs', t) && (t.pos === 'VERB' || tokens[k - 1]?.pos === 'AUX' || /s$/.test(t.lower)) && asserted(f, k)) return true;
    if (t.lower === 'longer' && tokens[k - 1]?.lower === 'no') return true;
  }
  return false;
}

const SUBJECT_PRONOUNS = new Set(['we', 'they', 'i']);
/** Nouns that head a service's phrase as its place or channel: "service desk", "support line", "repair centre". */
const SERVICE_HEADS = new Set(['desk', 'desks', 'line', 'lines', 'hotline', 'counter', 'centre', 'center', 'depot', 'portal', 'hub', 'office']);
/** Words of a destination that is new or better for the reader. */
const BETTER = new Set(['larger', 'bigger', 'new', 'newer', 'modern', 'expanded', 'closer', 'nearer', 'convenient', 'better', 'spacious', 'improved', 'dedicated']);
/** "… move our Nagoya office to a larger space", "… will move to a new address": the phrase after "to" names a better place. */
function movedToBetter(f: EnFacts, i: number): boolean {
  const to = f.tokens.findIndex((t, k) => k > i && k - i <= 8 && t.lower === 'to');
  return to >= 0 && f.tokens.slice(to + 1, to + 5).some((t) => BETTER.has(t.lower));
}
/** The object of a move at i is a date: "move your licence start date", "move the dates". */
function movesDate(tokens: EnToken[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    if (/^(?:date|dates|deadline|schedule)$/.test(tokens[k]!.lower)) return true;
    if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'PART') return false;
  }
  return false;
}
/** The subject of the move is the writer: "I will be moving to our Singapore office". */
function personMoves(f: EnFacts, i: number): boolean {
  const clause = clauseAt(f, i);
  const subject = clause?.subject === undefined ? undefined : f.tokens[clause.subject.index];
  // The writer only: "Ms. Tanaka has been transferred to our Osaka branch" tells the reader their contact changes.
  return subject !== undefined && subject.lower === 'i';
}
/** Verbs of merging a service into another place, by stem (the lite model tags "will be consolidated" as an adjective). */
const MERGE_VERB = /^(?:consolidat|merg|centrali[sz]|integrat)(?:e|es|ed|ing)$/;
/**
 * Round 18: "our Tokyo customer service desk will be consolidated into our Singapore hub": a service of ours merged into
 * another place ends where the reader had it. The service is the verb's subject or object (before "into"/"with").
 */
function mergedAway(f: EnFacts): boolean {
  const { tokens } = f;
  return tokens.some((t, i) => {
    if (!MERGE_VERB.test(t.lower) || !isVerbAt(f, i) || !asserted(f, i)) return false;
    const clause = clauseAt(f, i)!;
    if ((clause.subject?.side === 'you' && !clause.passive) || (clause.tense === 'past' && !clause.perfect)) return false;
    const into = tokens.findIndex((x, k) => k > i && k - i <= 8 && (x.lower === 'into' || (x.lower === 'with' && t.lower.startsWith('merg'))));
    return into > 0 && (f.cues.service ?? []).some((k) => k >= clause.from && k < into);
  });
}

const DETERMINED = new Set(['your', 'our', 'the', 'a', 'an', 'this', 'their', 'its']);
/** Prepositions whose object is a noun phrase: a verb's base form inside one is a noun ("by wire transfer", "via bank transfer"). */
const NP_PREPOSITIONS = new Set(['by', 'via', 'through', 'with', 'for', 'of', 'per', 'on', 'in']);

/**
 * Round 27: a verb of change or end used as a noun inside a noun phrase — "by wire transfer to our account", "a
 * bulk-reschedule button", "the reschedule request form": the tagger reads the base form as a verb, but walking back over
 * the nouns and adjectives (and a hyphen joining them) before it reaches a preposition, or a determiner with a noun after
 * the word. A predicate has its subject there instead ("the deliveries slip to May": no noun after "slip").
 */
export function verbInNounPhrase(f: Pick<EnFacts, 'tokens'>, i: number): boolean {
  const t = f.tokens;
  const w = t[i]!;
  if (w.lower !== w.lemma) return false;
  let k = i - 1;
  let nouns = 0;
  for (; k >= 0 && i - k <= 5; k--) {
    const x = t[k]!;
    if (x.pos === 'NOUN' || x.pos === 'PROPN') nouns++;
    else if (x.pos === 'ADJ' || x.pos === 'NUM' || (x.text === '-' && t[k + 1]!.start === x.end && x.start === t[k - 1]?.end)) continue;
    else break;
  }
  const before = t[k];
  if (!before || (nouns === 0 && t[i - 1]?.text !== '-')) return false;
  if (before.pos === 'ADP' && NP_PREPOSITIONS.has(before.lower)) return true;
  return DETERMINED.has(before.lower) && (t[i + 1]?.pos === 'NOUN' || t[i + 1]?.pos === 'PROPN');
}
const REMOVE_VERBS = new Set(['drop', 'remove', 'delist', 'pull', 'withdraw', 'exclude', 'cut', 'take']);
/** What a seller's products are listed in: removing a product from one ends its sale. */
const RANGES = new Set(['range', 'line', 'lineup', 'line-up', 'catalogue', 'catalog', 'portfolio', 'offering', 'programme', 'program',
  'assortment', 'menu', 'collection', 'selection', 'list', 'listing', 'listings', 'shelves', 'plan', 'package', 'rotation', 'roadmap', 'release']);

/**
 * "We are dropping shades A1 and C2 from the NorthFill range", "The 5 mm size will be removed from our catalogue":
 * a product taken out of what we sell. Not "we will remove the surcharge from the invoice" (no range).
 */
function removedFromRange(f: EnFacts): boolean {
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (!REMOVE_VERBS.has(tokens[i]!.lemma) || !isVerbAt(f, i) || !asserted(f, i)) continue;
    const clause = clauseAt(f, i)!;
    if (clause.subject?.side === 'you' && !clause.passive) continue;
    // Round 47 (h7hc-012): "we're dropping the organic Hayward line from this season": a line or range of ours as the
    // object itself, our side acting.
    if (clause.subject?.side === 'we' && !clause.passive && ownLineObject(tokens, i, clause.to)) return true;
    for (let k = i + 1; k < clause.to - 1 && k - i <= 10; k++) {
      // "from the range", "out of our assortment".
      // "from the range", "out of our assortment", "off the menu".
      if (tokens[k]!.lower !== 'from' && tokens[k]!.lower !== 'off' && !(tokens[k]!.lower === 'out' && tokens[k + 1]?.lower === 'of')) continue;
      if (tokens[k]!.lower === 'out') k++;
      // The range is the head of the phrase after "from" ("from the NorthFill range", "from our catalogue").
      for (let r = k + 1; r < clause.to && r - k <= 5; r++) {
        if (RANGES.has(tokens[r]!.lower) && tokens[r + 1]?.pos !== 'NOUN') return true;
        if (tokens[r]!.pos === 'VERB' || tokens[r]!.pos === 'ADP') break;
      }
    }
  }
  return false;
}

/**
 * Round 47 (h7he-031): "The Colmated 44x24 will be stopped at the end of this year": a product named by its model — a name
 * and a code with digits — as the subject of "will be stopped" ends, as "Production of the Colmated 44x24 will be stopped"
 * does. Not the reader's ("your"), a condition or a negation.
 */
function modelStopped(f: EnFacts): boolean {
  const { tokens } = f;
  for (let i = 3; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'stopped' || tokens[i - 1]!.lower !== 'be' || !/^(?:will|'ll)$/.test(tokens[i - 2]!.lower)) continue;
    const c = clauseAt(f, i);
    if (!c || c.conditional || c.negation !== undefined) continue;
    // "… will be stopped for two hours on Monday for maintenance": a stop that comes back.
    if (temporaryClosure(f, i) || tokens.slice(i + 1, i + 4).some((x, k) => x.lower === 'for' && (tokens[i + 2 + k]?.pos === 'NUM' || /^(?:maintenance|servicing|inspection|cleaning|repairs?)$/.test(tokens[i + 2 + k]?.lower ?? '')))) continue;
    const subject = tokens.slice(c.from, i - 2);
    if (subject.some((x) => x.lower === 'your' || x.lower === 'you')) continue;
    if (subject.some((x) => x.pos === 'PROPN') && subject.some((x) => /\d/.test(x.text))) return true;
  }
  return false;
}

/** Lines of goods as an object's head: the whole line dropped, not a part of it ("drop the price", "drop you a line"). */
const LINE_HEADS = /^(?:line|range|collection|series|lineup|line-up|programme|program)$/;
/** The object right after the verb, "the" or "our" and its modifiers, ends on a line of goods. */
function ownLineObject(tokens: EnToken[], i: number, to: number): boolean {
  if (!/^(?:the|our)$/.test(tokens[i + 1]?.lower ?? '')) return false;
  let k = i + 2;
  while (k < to && k - i <= 7 && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) && !LINE_HEADS.test(tokens[k]!.lower)) k++;
  return k < to && LINE_HEADS.test(tokens[k]!.lower) && tokens[k + 1]?.pos !== 'NOUN';
}

const DETERMINERS = new Set(['the', 'a', 'an', 'both', 'two', 'loose', 'these', 'those', 'its', 'their', 'our', 'your']);
function inflectedVerb(f: EnFacts, i: number): boolean {
  const t = f.tokens[i]!;
  return t.lower !== t.lemma && /s$/.test(t.lower) && i > 0 && !DETERMINERS.has(f.tokens[i - 1]!.lower);
}

/** "Migration to the new platform is required by July", "you will need to migrate": the old one goes. */
function migrationRequired(f: EnFacts): boolean {
  const m = f.tokens.findIndex((t) => t.lemma === 'migrate' || t.lower === 'migration' || t.lower === 'migrations');
  if (m < 0 || !asserted(f, m)) return false;
  return f.tokens.some((t) => t.lemma === 'require' || t.lower === 'required' || t.lower === 'must' || t.lemma === 'need' || t.lower === 'mandatory');
}

function quality(f: EnFacts): boolean {
  // "Lot 26-0412 tested at 1.9 against the 1.2 spec": a result beyond its limit.
  if (beyondLimit(f) || resultBeyondLimit(f)) return true;
  // Round 20: a check whose verdict is conformity ("…, so it is within the contract specification") finds no fault.
  if (conformityStated(f)) return false;
  if (conformityDenied(f)) return true;
  // Round 23: goods that did not pass a check or meet a requirement (en-news-checks.ts).
  if (checkNotPassed(f)) return true;
  // Round 39: goods unlike the sample, proof or standard the client approved (en-news-reference.ts).
  if (unlikeReference(f)) return true;
  if (incident(f)) return true;
  // "The whole shipment has been rejected and destroyed at the port", "Two pallets were damaged in transit":
  // goods lost on the way, said of goods.
  if (f.cues.delivery && firstAsserted(f, 'goods-lost') !== undefined) return true;
  return firstAsserted(f, 'quality', (i) => {
    const t = f.tokens[i]!;
    // Round 20: "Fixes the bug with the timestamps", "the defect has been corrected", "Bug fix: …": a fault put right.
    if (faultRemedied(f, i) || countedAsNone(f, i) || faultLessened(f, i)) return false;
    if (t.lemma === 'fail' || t.lower === 'failed' || t.lower === 'fail') {
      return (f.cues.spec ?? []).some((s) => s > i && s - i <= 5);
    }
    // "I attached the wrong file" is the writer's slip; "the wrong parts were shipped" is news.
    if (t.lower === 'wrong' && !f.cues.delivery) return false;
    // Round 32: "A slight shade variation between dye lots is normal for linen", "…, which is part of the fabric's
    // character": a property of the goods described as what they are, not a fault found.
    if (describedAsNormal(f.tokens, i)) return false;
    // "The defect rate fell to zero", "defect-free".
    const next = f.tokens[i + 1]?.lower;
    // "every unit passes a leak test", "a rust inhibitor": the name of a check or a remedy, not a fault found.
    return next !== 'rate' && next !== 'rates' && next !== 'free' && !/^(?:tests?|testing|checks?|inhibitors?|protection|proof|resistance|resistant)$/.test(next ?? '');
  }) !== undefined;
}

/**
 * Round 20: the fault word at `i` as what a verb of remedy (WordNet, dictionaries/en/lexicon-news.json) puts right: its
 * object ("Fixes the bug with …", "This release resolves the defect", "We have repaired the crack"), its passive subject
 * ("the leak has been eliminated"), or a compound ("bug fix"). A release note of a fix is good news. Not a remedy
 * negated ("could not fix the leak"), planned or tried ("working to fix", "will fix"): then the fault stands.
 */
/** A property called normal after it: "is normal", "are natural", "is part of the character", "is to be expected". */
const NORMAL = /^(?:normal|natural|expected|typical|usual|inherent|unavoidable|part)$/;
function describedAsNormal(tokens: EnToken[], i: number): boolean {
  return tokens.slice(i + 1).some((t, n) => (t.lemma === 'be') && NORMAL.test(tokens[i + 2 + n]?.lower === 'to' ? tokens[i + 4 + n]?.lower ?? '' : tokens[i + 2 + n]?.lower ?? ''));
}

function faultRemedied(f: EnFacts, i: number): boolean {
  const clause = clauseAt(f, i);
  if (!clause) return false;
  const { tokens } = f;
  for (let k = Math.max(clause.from, i - 5); k < Math.min(clause.to, i + 5); k++) {
    if (k === i || classVerbAt('remedy', tokens, k) < 0) continue;
    if (clause.negation !== undefined && clause.negation < Math.max(k, i)) return false;
    if (tokens[k - 1]?.lower === 'to' || clause.tense === 'future' || (clause.modal !== undefined && clause.modal !== 'can')) return false;
    return true;
  }
  // Round 32: "The shade variation we reported last month has been fixed": the fault heads the subject, and the clause's
  // remedy verb comes after a relative clause of its own.
  if (clause.subject !== undefined && clause.subject.index <= i && clause.negation === undefined && clause.tense !== 'future' && clause.modal === undefined &&
    tokens.slice(i + 5, clause.to).some((_, n) => classVerbAt('remedy', tokens, i + 5 + n) >= 0 && tokens[i + 4 + n]?.lower !== 'to')) return true;
  // Round 22: "v6 had some memory leaks, v7 fixes all of that": a remedy in a later clause whose object points back at the
  // fault ("that", "it", "them", "all of these") puts it right as well.
  for (let k = clause.to; k < tokens.length; k++) {
    const after = classVerbAt('remedy', tokens, k);
    if (after < 0) continue;
    const later = clauseAt(f, k);
    if (!later || later.negation !== undefined || later.conditional || later.tense === 'future' || (later.modal !== undefined && later.modal !== 'can')) continue;
    if (tokens[k - 1]?.lower === 'to') continue;
    if (tokens.slice(after, after + 3).some((t) => /^(?:that|this|it|them|these|those|both)$/.test(t.lower))) return true;
  }
  return false;
}

/**
 * Round 23: a fault counted fewer — "The number of defects fell from 12 to 3 per month", "we reduced scrap by 40%": the fault
 * word with a verb of lessening or falling (WordNet's LESSEN and FALL verbs) in its clause, not negated. Good news.
 */
function faultLessened(f: EnFacts, i: number): boolean {
  const clause = clauseAt(f, i);
  if (!clause || (clause.negation !== undefined && clause.negation < i)) return false;
  for (let k = clause.from; k < clause.to; k++) {
    if (k !== i && (classVerbAt('lessen', f.tokens, k) > 0 || classVerbAt('fall', f.tokens, k) > 0) && (f.tokens[k]!.pos === 'VERB' || f.tokens[k - 1]?.pos === 'AUX')) return true;
  }
  return false;
}

/** Round 22: a fault word counted as none: "0 of the 40 pumps failed", "Defects found: 0", "zero defects", "no leaks". */
function countedAsNone(f: EnFacts, i: number): boolean {
  const { tokens } = f;
  const clause = clauseAt(f, i);
  const from = Math.max(clause?.from ?? 0, i - 6);
  if (tokens.slice(from, i).some((t) => /^(?:0|zero|none|nil)$/.test(t.lower))) return true;
  // "no defects", "no major leaks": "no" only right before the fault ("there is no doubt the lot failed" tells one).
  if (tokens.slice(Math.max(from, i - 2), i).some((t) => t.lower === 'no')) return true;
  // "Defects found: 0", "Failures: none".
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if (tokens[k]!.text === ':' && /^(?:0|zero|none|nil)$/.test(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Words naming a limit a result is held to; the upper kind is taken when a limit is not said to be a minimum. */
const LIMIT_WORDS = new Set(['limit', 'limits', 'spec', 'specs', 'specification', 'specifications', 'tolerance', 'threshold', 'aql', 'maximum', 'max',
  'minimum', 'min', 'requirement', 'requirements', 'range', 'ceiling', 'mrl', 'permitted', 'allowed', 'allowable', 'permissible',
  // Round 42: the value agreed in a document of the deal ("over the 5.0% in the contract", "below the 65 Brix we agreed").
  'contract', 'contracted', 'agreed', 'agreement']);
/** A sugar or solids content (Brix) agreed is a floor. */
const BRIX = /\bbrix\b|°bx/;
/** The limit words that name the deal rather than a maximum: their side is the measure's (a floor for a strength, a ceiling else). */
const AGREED_VALUE = /^(?:contract|contracted|agreed|agreement)$/;
const LOWER_LIMITS = new Set(['minimum', 'min', 'requirement', 'requirements']);
/** Comparison words between a result and its limit: which side of the limit they put it on. */
const OVER = new Set(['above', 'over', 'exceeds', 'exceeded', 'exceeding', 'exceed', 'beyond', 'higher', 'more']);
const UNDER = new Set(['below', 'under', 'lower', 'less', 'short']);
const SET_AGAINST = new Set(['against', 'vs', 'vs.', 'versus', 'compared']);

/** Words of a value owed to the client: a result short of it falls below a floor ("against the required 25 MPa"). */
const OWED_VALUE = new Set(['required', 'promised', 'guaranteed', 'declared', 'committed', 'rated', 'minimum', 'min', 'stated', 'labelled', 'labeled', 'contracted']);
/**
 * Round 20: properties a specification sets a floor for — more is better, a result under the spec figure fails ("Seal strength
 * came out at 28 N/15mm against the 35 N/15mm in your spec"). Properties of resisting, holding or lasting; a limit on the
 * others (moisture, a contaminant, a defect count) is a ceiling, as before.
 */
const FLOOR_MEASURES = new Set(['strength', 'hardness', 'adhesion', 'bond', 'peel', 'tensile', 'elongation', 'toughness', 'durability', 'resistance', 'purity',
  'assay', 'potency', 'life', 'lifetime', 'gloss', 'brightness', 'whiteness', 'opacity', 'efficiency', 'yield', 'survival', 'endurance', 'retention', 'burst',
  'pull-off', 'torque', 'fill', 'weight', 'thickness', 'capacity', 'output']);

/** The result's figure before a comparison at `i`: the nearest figure within four words, not a figure of a unit ("N/15mm"). */
function resultBefore(tokens: EnToken[], i: number): number | undefined {
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    if (numberOf(tokens[k]!) === undefined) continue;
    if (tokens[k - 1]?.text === '/') continue;
    return k;
  }
  return undefined;
}

/**
 * A result beyond the limit it is held to (round 14, M4), read off the comparison rather than off listed wordings:
 * "lot 2207 has aflatoxin above the limit", "measured 14.8%, above the 12.0% maximum", "came in at 41 MPa, below the
 * 45 MPa minimum", "outside the tolerance", "tested at 1.9 against the 1.2 spec" (figures set against a limit: a limit
 * not called a minimum is an upper one). Not a failure: "above the 45 MPa minimum", "below the limit", "0.9 against the
 * 1.2 spec", a comparison negated, conditional or asked.
 */
function beyondLimit(f: EnFacts): boolean {
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    const over = OVER.has(w);
    const under = UNDER.has(w);
    const against = SET_AGAINST.has(w);
    if (!over && !under && !against && w !== 'outside') continue;
    // The limit within a few words: "above the 12.0% maximum in", "against the 1.2 spec". Round 20: set against a
    // figure with a compound unit, the limit may stand further on ("against the 35 N/15mm in your spec").
    let limit = -1;
    for (let k = i + 1; k < tokens.length && k <= i + (against ? 10 : 6); k++) {
      if (LIMIT_WORDS.has(tokens[k]!.lower)) { limit = k; break; }
      // "against the required 25 MPa", "against a specified 58 HRC": the owed value's figure after its word; the limit
      // is taken as standing after that figure.
      if (against && (OWED_VALUE.has(tokens[k]!.lower) || tokens[k]!.lower === 'specified') && numberOf(tokens[k + 1] ?? tokens[k]!) !== undefined) {
        limit = k + 2;
        break;
      }
      if (tokens[k]!.pos === 'VERB' && !OWED_VALUE.has(tokens[k]!.lower) || tokens[k]!.text === ',' || tokens[k]!.text === ';') break;
    }
    if (limit < 0 || !asserted(f, i)) continue;
    // The reader's own result quoted back ("your report shows lot 26-0533 at 1.9 against the 1.2 spec") is theirs.
    if (tokens.slice(0, i).some((t) => t.lower === 'your' || t.lower === 'you')) continue;
    const agreed = AGREED_VALUE.test(tokens[limit]?.lower ?? '');
    // The deal's value is a figure between the comparison and the document ("over the 5.0% in the contract"); "outside the
    // current contract", "under contract LCE-2603" name the deal, not a value crossed.
    if (agreed && !tokens.slice(i + 1, limit).some((t) => numberOf(t) !== undefined)) continue;
    // A quantity of goods agreed ("120 bags, over the 100 bags in the contract") is a floor too: more is no harm.
    const lower = LOWER_LIMITS.has(tokens[limit]?.lower ?? '') || (agreed && (tokens.slice(0, i).some((t) => FLOOR_MEASURES.has(t.lower) || isNewsWord('goodsCounters', t)) ||
      BRIX.test(tokens.slice(i, limit).map((t) => t.lower).join(' '))));
    if (w === 'outside') return true;
    if (over || under) {
      if (over !== lower) return true;
      continue;
    }
    // Set against a limit: the result's figure before, the limit's figure between the comparison and the limit word.
    // Round 20: the figure of a unit per a length ("28 N/15mm") is the unit's, not the result.
    const at = resultBefore(tokens, i);
    const result = at === undefined ? undefined : numberOf(tokens[at]!);
    const bound = tokens.slice(i + 1, limit).map(numberOf).find((v) => v !== undefined);
    if (at === undefined || result === undefined || bound === undefined || result === bound) continue;
    // Round 20: a floor said of the value owed ("against the required 25 MPa"), of what is measured ("Seal strength came
    // out at 28 … against the 35 … in your spec": a strength has a floor), or by "only" before the result.
    const floor = lower || tokens.slice(i + 1, limit).some((t) => OWED_VALUE.has(t.lower)) || tokens[at - 1]?.lower === 'only' ||
      tokens.slice(0, at).some((t) => FLOOR_MEASURES.has(t.lower));
    if ((result > bound) !== floor) return true;
  }
  return false;
}

function contactChange(f: EnFacts): boolean {
  const { tokens } = f;
  // "will continue to be handled by Ms. Chen" is no change.
  // "… by the same team as before" neither.
  if (tokens.some((t, k) => t.lemma === 'continue' || t.lemma === 'remain' || t.lower === 'still' || (t.lower === 'same' && tokens[k - 1]?.lower === 'the'))) return false;
  // Round 16: "I will be moving to our Singapore office in July, and my colleague Ms. Hana Lee will take over your
  // account": the writer's own move is the reason, told with the successor named.
  if (f.clauses.some((c) => c.subject !== undefined && tokens[c.subject.index]!.lower === 'i' && c.verb !== undefined &&
    /^(?:move|transfer|relocate|leave|retire|join|step)$/.test(tokens[c.verb]!.lemma) && c.negation === undefined)) return false;
  // Round 39: "Mr. Weber, your dedicated application engineer, is no longer assigned to your account", "Your account
  // manager, Tom, leaves us at the end of the month": the reader's own contact (a role after "your") leaving them.
  if (readersContactLeaves(f)) return true;
  // "Your account manager will change from April": a person's role that changes.
  const role = tokens.findIndex((t, k) => (t.lower === 'manager' || t.lower === 'representative' || t.lower === 'rep' ||
    (t.lower === 'person' && tokens[k - 1]?.lower === 'contact')) && k > 0);
  // The change has no object of its own ("will change the drawing" is work, not a new person).
  const changes = (k: number) => tokens[k]!.lemma === 'change' && !/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
  // Round 25: "From April, your dedicated account manager is replaced by our shared support team": the role's holder
  // replaced (or reassigned, succeeded), the role the subject of a passive — a verb of substitution said of the role.
  // The role is the one replaced (a passive clause), not the one doing it ("our sales manager replaced the sample").
  // Read off the words (the tagger often takes "dedicated" in "your dedicated account manager" for the verb): the role,
  // then within a few words a form of "be" and the participle.
  const substituted = (k: number) => SUBSTITUTE.has(tokens[k]!.lemma) && tokens[k - 1]?.lemma === 'be' &&
    tokens.slice(role + 1, k).every((x) => x.pos === 'AUX' || x.pos === 'ADV' || x.lemma === 'be');
  if (role >= 0 && tokens.some((t, k) => k > role && (changes(k) || substituted(k)) && asserted(f, k))) return true;
  if (readerServedElsewhere(f)) return true;
  return firstAsserted(f, 'contact', (i) => {
    const t = tokens[i]!;
    // Round 16: "The new contact details are below": an address or a number, not a new person.
    const contact = tokens.findIndex((x, k) => k >= i && k - i <= 3 && x.lower === 'contact');
    if (contact >= 0 && /^(?:details|detail|information|info|address|addresses|numbers?|data|form|page|e-?mail|points?)$/.test(tokens[contact + 1]?.lower ?? '')) return false;
    // Round 34: "Handing over the source code is not something we will do": a gerund opening the sentence names an act
    // the refusal turns down, no hand-over that happens.
    if (i === 0 && /ing$/.test(t.lower) && f.refusal !== undefined) return false;
    // Round 35 (fd-059): "to hand over the first shipset of bin doors": goods handed over at a visit, not an account.
    if (t.lemma === 'hand' && tokens[i + 1]?.lower === 'over') {
      const object = tokens.slice(i + 2, i + 6).find((x) => x.pos === 'NOUN');
      if (object && tokens[i + 2]?.lower !== 'to' && !SERVED_BUSINESS.has(object.lower) && !HANDED_DUTIES.has(object.lower)) return false;
    }
    // "Please contact me for all future orders": the writer stays the contact.
    if (t.lower === 'for') return !tokens.some((x) => x.lower === 'me' || x.lower === 'us');
    // Round 43 (ya1-023): "the plan for replacing the Android 9 terminals": a thing replaced, not a person — "replacing"
    // names a contact change only with a person or a role after its article ("replacing Mr. Ito", "replacing our rep").
    if (t.lower === 'replacing' && /^(?:the|a|an|our|your|these|those|this|that|all|old|existing)$/.test(tokens[i + 1]?.lower ?? '')) {
      return tokens.slice(i + 2, i + 6).some((x) => isNewsWord('contactRoles', x) || /^(?:mr|ms|mrs|dr)\.?$/.test(x.lower));
    }
    // Round 42: "Mr. Weber has left the office for today", "… has left a message": a place left for the day, or a thing
    // left behind, is no one leaving the account.
    if (t.lower === 'has' && tokens[i + 1]?.lower === 'left' && leftForTheDay(tokens, i + 2)) return false;
    // "handled by our new Kobe warehouse" moves a site, not a person.
    if (t.lemma === 'be') {
      // "… are handled by our Tokyo region" says how things stand; "will be handled by Ms. Chen" changes them.
      const clause = clauseAt(f, i)!;
      if (clause.tense === 'present' && !clause.perfect && f.cues.effective === undefined && !f.cues.restated) return false;
      return !(f.cues.service ?? []).some((k) => k > i && k - i <= 7);
    }
    return true;
  }) !== undefined;
}

/** What follows "has left" when a person leaves the building or leaves a thing behind, not the company (news-words.json). */
function leftForTheDay(tokens: EnToken[], k: number): boolean {
  const next = tokens[k]?.lower ?? '';
  if (next === 'for' || next === 'a' || next === 'an' || isNewsWord('leftForTheDay', tokens[k])) return true;
  return (next === 'the' || next === 'our' || next === 'his' || next === 'her') && isNewsWord('leftForTheDay', tokens[k + 1]);
}

/** What a person hands over when they leave: a duty, not goods (round 35). */
const HANDED_DUTIES = NEWS_WORDS.handedDuties;

/** Verbs of one holder put in another's place. */
const SUBSTITUTE = new Set(['replace', 'reassign', 'succeed', 'substitute']);
/** Verbs of who serves an account: "handled by", "managed by", "served by", "covered by", "supported by". */
const SERVE_VERBS = new Set(['handle', 'manage', 'serve', 'cover', 'support', 'service', 'process', 'run', 'provide', 'coordinate', 'administer']);
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)$/;
/** Places of ours from which a business is served. */
const SITES = new Set(['office', 'offices', 'hub', 'team', 'teams', 'branch', 'centre', 'center', 'desk', 'site', 'subsidiary', 'headquarters', 'hq', 'entity', 'affiliate']);
/** The client's business as a kind: what a supplier serves a market's clients through. */
const SERVED_BUSINESS = new Set(['account', 'accounts', 'orders', 'customers', 'clients', 'distributors', 'dealers', 'business', 'support', 'service', 'invoicing',
  'billing', 'enquiries', 'inquiries', 'territory', 'region', 'market']);
/**
 * "From March 1, your account will be handled remotely by our Singapore office instead of Tokyo", "Your orders will
 * now be managed by the Manila team": the reader's business passes to other people or another place, said with a
 * date or a contrast. "Your account is handled by our Tokyo office" says how things stand; "can be" offers it.
 */
function readerServedElsewhere(f: EnFacts): boolean {
  const { tokens } = f;
  if (f.cues.effective === undefined && f.cues.alternative === undefined && tokens[0]?.lower !== 'from' &&
    !tokens.some((t) => t.lower === 'now' || t.lower === 'henceforth')) return false;
  return tokens.some((t, k) => {
    // "looked after by", "taken care of by": a phrasal verb of serving.
    const phrasal = (t.lemma === 'look' && tokens[k + 1]?.lower === 'after') || (t.lemma === 'take' && tokens[k + 1]?.lower === 'care' && tokens[k + 2]?.lower === 'of');
    if ((!SERVE_VERBS.has(t.lemma) && !phrasal) || (t.pos !== 'VERB' && !phrasal) || !/(?:ed|en|run)$/.test(t.lower)) return false;
    const by = tokens.findIndex((x, j) => j > k && j <= k + (phrasal ? 4 : 2) && (x.lower === 'by' || x.lower === 'from' || (x.lower === 'out' && tokens[j + 1]?.lower === 'of')));
    if (by < 0) return false;
    // Round 20: "… will be handled from our Singapore office", "… served from our hub in Kuala Lumpur", "provided from
    // Bangalore": served from a place is served by the people there (a place of ours or a named city, not "from stock").
    // "Orders … will be processed from 4 January": "from" before a date starts a time, not a place.
    const place = tokens.slice(by + 1, by + 6);
    if (tokens[by]!.lower !== 'by' && (place.slice(0, 3).some((x) => x.pos === 'NUM' || MONTHS.includes(x.lower) || DATE_WORDS.test(x.lower) || WEEKDAYS.test(x.lower)) ||
      !place.some((x) => SITES.has(x.lower) || (x.pos === 'PROPN' && /^[A-Z]/.test(x.text))))) return false;
    // "… handled by our new Kobe warehouse, which is closer to your plant": a site we opened for them, not one taken away.
    if (tokens.slice(k + 1, k + 6).some((x) => x.lower === 'new')) return false;
    const clause = clauseAt(f, k);
    if (!clause || clause.tense === 'past' || (clause.modal !== undefined && /^(?:can|could|may|might)$/.test(clause.modal)) || !asserted(f, k)) return false;
    // A passive of the reader's business: "your account will be handled by". Round 20: or of the business of the
    // reader's market, named by its kind ("Maison Vernay's hotel and restaurant accounts in Japan", "all Japanese accounts").
    const before = tokens.slice(clause.from, k);
    return before.some((x) => x.lemma === 'be') && before.some((x) => x.lower === 'your' || SERVED_BUSINESS.has(x.lower));
  });
}

/** "called off monthly": releases against a contract on a schedule, not a cancellation. */
const SCHEDULE = new Set(['monthly', 'weekly', 'quarterly', 'daily', 'annually', 'yearly', 'fortnightly', 'regularly', 'as', 'per', 'every', 'each', 'against']);

function cancellation(f: EnFacts): boolean {
  return firstAsserted(f, 'cancel', (i) => {
    const clause = clauseAt(f, i)!;
    if (f.tokens[i]!.lemma === 'call' && SCHEDULE.has(f.tokens[i + 2]?.lower ?? '')) return false;
    if (clause.subject?.side === 'you' && !clause.passive) return false;
    // "Cancel anytime from your account page": an imperative, the reader's own option, not a cancellation told.
    if (i === clause.from && f.tokens[i]!.lower === 'cancel' && clause.subject === undefined) return false;
    if (clause.modal === 'can' || clause.modal === 'may' || clause.modal === 'could') return false;
    return isVerbAt(f, i);
  }) !== undefined;
}

const OLD_FIRST = new Set(['from', 'previously', 'formerly', 'was', 'were', 'currently', 'before', 'old']);

/**
 * Terms that turn against the reader, given as two figures: a benefit of theirs that shrinks ("free time drops
 * from 7 days to 3", "payment terms: 30 days instead of 60") or a burden that grows ("the minimum order is 500 kg
 * per shipment (previously 100 kg)", "previously 100 kg, now 250 kg"). Figures of dates are not terms.
 */
function termsWorsened(f: EnFacts): boolean {
  if (!f.cues.benefit && !f.cues.burden) return false;
  const { tokens } = f;
  const nums: Array<{ value: number; index: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const v = numberOf(tokens[i]!);
    if (v === undefined || MONTHS.includes(tokens[i - 1]?.lower ?? '') || MONTHS.includes(tokens[i + 1]?.lower ?? '')) continue;
    if (v >= 1900 && v <= 2100 && Number.isInteger(v)) continue;
    nums.push({ value: v, index: i });
  }
  for (let n = 0; n + 1 < nums.length; n++) {
    const a = nums[n]!;
    const b = nums[n + 1]!;
    const oldFirst = tokens.slice(Math.max(0, a.index - 3), a.index).some((t) => OLD_FIRST.has(t.lower));
    const pair = oldFirst ? [a, b] as const : oldAndNew(tokens, a, b);
    if (!pair || pair[0].value === pair[1].value || !asserted(f, pair[1].index)) continue;
    const rises = pair[1].value > pair[0].value;
    // The term the figures belong to: the nearest benefit or burden before the second figure.
    const near = (kind: 'benefit' | 'burden') => (f.cues[kind] ?? []).filter((k) => k < b.index).at(-1) ?? -1;
    const benefit = near('benefit');
    const burden = near('burden');
    if (benefit > burden && !rises) return true;
    if (burden > benefit && rises) return true;
  }
  return false;
}

const AFFECT = new Set(['affect', 'impact', 'concern', 'disrupt']);
const AFFECT_NOUNS = new Set(['impact', 'effect', 'consequence', 'consequences']);
/**
 * News said to leave the reader untouched: "…, which does not affect your orders", "Your deliveries are not
 * impacted", "this has no impact on your account". A third party's move, or ours, that the reader need not act on.
 */
export function spared(f: EnFacts): boolean {
  const { tokens } = f;
  // Round 45 (ze-014): "'Delft Blue' sold out in your Saitama stores": goods sold out at the reader's shops are their success.
  if (tokens.some((t, i) => t.lemma === 'sell' && tokens[i + 1]?.lower === 'out' && /^(?:in|at|across)$/.test(tokens[i + 2]?.lower ?? '') &&
    tokens[i + 3]?.lower === 'your')) return true;
  // Round 37 (newsen37): "Their 25-year reserva has sold out …; our own sherry vinegar range is not affected": news of a third
  // party's goods ("their …" opening the sentence) is spared for the reader when what we sell them is untouched.
  const theirs = f.clauses[0] !== undefined && tokens.slice(f.clauses[0].from, f.clauses[0].from + 2).some((t) => t.lower === 'their');
  const reader = (from: number, to: number) => tokens.slice(from, to).some((t) => t.lower === 'you' || t.lower === 'your' || (theirs && t.lower === 'our'));
  return f.clauses.some((c) => {
    if (c.conditional || !reader(c.from, c.to)) return false;
    for (let i = c.from; i < c.to; i++) {
      const t = tokens[i]!;
      if (t.lower === 'unaffected') return true;
      // "does not affect your orders", "your deliveries will not be impacted".
      // Round 41: "I wanted to let you know that this will not affect you": the negation of a clause the parse folded into
      // the clause before it, right before the verb.
      if (AFFECT.has(t.lemma) && t.pos !== 'NOUN' && ((c.negation !== undefined && c.negation < i) ||
        tokens.slice(Math.max(c.from, i - 3), i).some((x) => x.lower === 'not' || x.lower === "n't" || x.lower === 'never'))) return true;
      // "no impact on your orders", "without any effect on you".
      if (AFFECT_NOUNS.has(t.lower) && tokens.slice(Math.max(c.from, i - 2), i).some((x) => x.lower === 'no' || x.lower === 'without') &&
        tokens[i + 1]?.lower === 'on') return true;
    }
    return false;
  });
}

/** Words of weather and natural causes: what a contingency plan is conditioned on. */
const WEATHER = new Set(['rain', 'rains', 'raining', 'rainy', 'weather', 'storm', 'storms', 'stormy', 'typhoon', 'typhoons', 'wind', 'winds',
  'windy', 'snow', 'snows', 'snowing', 'snowfall', 'thunderstorm', 'thunderstorms', 'heatwave']);

/**
 * Round 26: a plan for a contingency — a conditional clause ("If the weather is bad", "In case of rain", "Should it rain")
 * that names weather or a natural cause: the fallback of an event still planned (a field demo's rain date), not a change
 * we break to the reader.
 */
function contingencyPlan(f: EnFacts): boolean {
  if (!f.conditional) return false;
  return f.clauses.some((c) => c.conditional && f.tokens.slice(c.from, c.to).some((t) => WEATHER.has(t.lower))) ||
    /^(?:in|should)$/.test(f.tokens[0]?.lower ?? '') && f.tokens.slice(0, 6).some((t) => WEATHER.has(t.lower));
}

/** Words that set an old value aside after the new one: "3 October, not 12 September", "week 42 instead of week 38". */
const SET_ASIDE = new Set(['not', 'instead', 'rather']);
const valueToken = (t: EnToken) => /^[0-9]/.test(t.text) || MONTHS.includes(t.lower);

/**
 * Round 32 (news32): "will now leave on 3 October, not 12 September as confirmed", "week 42 instead of week 38 as
 * agreed": an "as confirmed" right after a value set aside by "not", "instead of" or "rather than" after another value
 * says what the old value was — the agreement is the one the change breaks, not the change agreed.
 */
function agreedOnOldSide(tokens: EnToken[], i: number): boolean {
  const back = tokens.slice(Math.max(0, i - 5), i);
  const k = back.findIndex((t) => SET_ASIDE.has(t.lower));
  if (k < 0 || !back.slice(k + 1).some(valueToken)) return false;
  const markerAt = i - back.length + k;
  return tokens.slice(Math.max(0, markerAt - 8), markerAt).some(valueToken);
}

/** The kind of bad news the sentence announces, if any. */
export function newsOf(f: EnFacts): NewsKind | undefined {
  const kind = newsKindOf(f);
  // Round 31 (clean31): a shortage's or a delay's words in an offer of ours ("we can also ship part of the order by air
  // at our cost", "I will look at a partial shipment"): the reader may take it or leave it (en-news-offered.ts).
  if ((kind === 'shortage' || kind === 'delay') && offeredOption(f)) return undefined;
  // Round 34: "The minimum order quantity will be lowered to 200 pcs": less of a minimum the client must buy is a relief.
  if (kind === 'shortage' && minimumLowered(f)) return undefined;
  // Round 34: "Our end-of-life policy is attached", "Your list of discontinued parts arrived": the word of an end names a
  // paper about ends (a policy, a list), no end of ours.
  return kind === 'discontinuation' && namesPaperOnEnds(textOf(f)) ? undefined : kind;
}

const END_WORD = /\b(?:discontinued|obsolete|end-of-life|eol|discontinuation|obsolescence)\b/gi;
const PAPER_OF = /\b(?:lists?|polic(?:y|ies)|guidelines?|overview) of (?:the |our |your )?$/i;
const PAPER_AFTER = /^ (?:polic(?:y|ies)|guidelines?|procedures?|process)\b/i;
/** A word of an end that names a paper: "list of discontinued parts", "end-of-life policy". */
function namesPaperOnEnds(text: string): boolean {
  return [...text.matchAll(END_WORD)].some((m) => PAPER_OF.test(text.slice(0, m.index)) || PAPER_AFTER.test(text.slice(m.index! + m[0].length)));
}

/** A minimum (MOQ) named before the sentence's first figure, with no word of supply: what falls is the client's burden. */
function minimumLowered(f: EnFacts): boolean {
  const num = f.tokens.findIndex((t) => t.pos === 'NUM');
  const head = num < 0 ? f.tokens : f.tokens.slice(0, num);
  return head.some((t) => t.lower === 'minimum' || t.lower === 'moq' || t.lower === 'min') &&
    !f.tokens.some((t) => /^(?:allocat\w*|suppl\w*|ship\w*|deliver\w*|stock|available|capacity)$/.test(t.lower));
}

/** The sentence's text rebuilt from its tokens (each at its offset, the gaps as spaces). */
function textOf(f: EnFacts): string {
  let out = '';
  for (const t of f.tokens) out = out.padEnd(t.start, ' ') + t.text;
  return out;
}

function newsKindOf(f: EnFacts): NewsKind | undefined {
  // "28 June (earlier 1 June)": "earlier" opening a bracket names the old value beside the new, not a move forward.
  // Round 24: "The handover has been pushed to 21 September; training will take place on 2 September as planned": a
  // reassurance in a statement of its own after a semicolon leaves the slip before it told.
  const semicolon = f.tokens.findIndex((t) => t.text === ';');
  const slipFirst = semicolon > 0 && (f.cues.slip ?? []).some((i) => i < semicolon);
  // Round 32: "week 42 instead of week 38 as agreed": "as agreed" (or "as planned") said of the value set aside is no reassurance.
  // Round 41: "… will not be ready in January as promised", "… won't arrive on time": the plan named under a negation of its
  // own clause is the one not kept, no reassurance.
  const earlier = (f.cues.earlier ?? []).some((i) => !(f.tokens[i]?.lower === 'earlier' && f.tokens[i - 1]?.text === '(') && !(slipFirst && i > semicolon) &&
    !(f.tokens[i]?.lower === 'as' && agreedOnOldSide(f.tokens, i)) && !planNotKept(f, i));
  // Round 24: "from next month, delivery is on your side" puts a cost on the reader; "on your side" is no report of theirs there.
  if (f.question || (f.cues.reported && !costOnReaderSide(f)) || earlier || spared(f) || (answersTopic(f) && !madeNoMore(f)) || thanksOnly(f) || notNewsOfItsOwn(f) || problemSettled(f)) return undefined;
  // Round 26: "If the weather is bad, we will postpone it to Saturday": a plan for a contingency, not news.
  if (contingencyPlan(f)) return undefined;
  // Round 16: a change the reader agreed or asked for ("… will follow on 21 August as we agreed"), or an error the
  // reader found and we confirm ("You are right: the freight charge was applied twice"), is no news we break to them.
  // Round 32: "… on 3 October, not 12 September as confirmed": the agreement named is the old value's, set aside.
  if ((f.cues.agreed ?? []).some((i) => !agreedOnOldSide(f.tokens, i) && !planNotKept(f, i)) || readerFound(f) || readerWordsReported(f)) return undefined;
  // "The surcharge you asked us to waive still applies": the status quo kept against their ask is a refusal.
  if (f.kept !== undefined && f.changeAsked) return undefined;
  if (priceIncrease(f) || becomesPaid(f)) return 'price-increase';
  // Round 24: a cost laid on the reader by a verb of billing, a new price list from a date, the old prices ended, invoices
  // moved to another currency; a cost put on the reader's side (en-news-charge.ts).
  // Round 37: what came free with the goods now charged for ("formerly part of every purchase, now sold separately", en-news-unbundled.ts).
  if (includedNowPaid(f)) return 'price-increase';
  if (chargeLaid(f) || perUnitAdded(f) || newPriceListFrom(f) || oldPricesEnd(f) || invoiceCurrencyChanged(f) || freeNoMore(f)) return 'price-increase';
  if (costOnReaderSide(f)) return 'terms-change';
  if (termLaid(f)) return f.cues.fee ? 'price-increase' : 'terms-change';
  if (chargeNoMore(f)) return undefined;
  // "We have absorbed the surcharge for two years, but we cannot absorb it any longer": our practice so far is the
  // reason given with it, not a bare notice.
  if (priceGivenUp(f) && !holdAsked(f) && !practisedSoFar(f)) return f.cues.price ? 'price-increase' : 'terms-change';
  // Round 15 (N1): two figures of one measure with a change between them, judged by what they measure.
  const figures = figureChange(f) ?? signedRise(f);
  if (figures) return figures;
  // Round 30: a rise whose subject is the goods ("All liners go up by 8.5% from 1 March", en-news-terms.ts).
  if (goodsRise(f)) return 'price-increase';
  if (termsWorsened(f)) return 'terms-change';
  // Round 34: "- SKU 220-B: backordered", "| R-12 | EOL |": a status cell of a client's item (status-cell.ts); "Ø22.94 mm
  // against the drawing tolerance of Ø23.00 +0.02/-0.00": a measurement outside its specification (spec-deviation.ts).
  const line = textOf(f);
  const status = statusCell(line);
  if (status) return status.kind === 'shortage' ? 'shortage' : 'discontinuation';
  if (specMissed(line)) return 'quality';
  if (quality(f)) return 'quality';
  // Round 35: a lot of ours described as changed for the worse against the one before (en-news-lot.ts).
  if (lotWorse(f)) return 'quality';
  // Round 22: a part of a whole with a fault or a loss, a measure short of its commitment (en-news-part.ts).
  if (partFellShort(f) || belowCommitment(f) || faultCountLine(f)) return 'quality';
  if (noneAvailable(f)) return 'shortage';
  if (missedCarriage(f)) return 'delay';
  // Round 18: a recall told as an instruction about a lot of ours ("Stop using this lot", en-news-events.ts).
  if (recallInstruction(f)) return 'quality';
  if (shortage(f) || partOfWhole(f, new Set()) === 'shortage') return 'shortage';
  // Round 36: a part of what the client ordered, against its whole, whatever the verb (en-news-portion.ts).
  if (portionOfOrder(f)) return 'shortage';
  // Round 37: the rest of an order sent later ("The other 25 follow in February", en-news-rest.ts).
  if (restLater(f)) return 'shortage';
  // Round 39: an order shipped without some of its goods ("… will be shipped without the two ball screws", en-news-later.ts).
  if (shippedWithout(f)) return 'shortage';
  if (delay(f)) return 'delay';
  if (discontinuation(f)) return 'discontinuation';
  // Round 21: a product whose supply will not go on ("… is finished and won't be replaced", en-news-held.ts).
  if (noSuccessor(f)) return 'discontinuation';
  // Round 35: a product whose making ended, told as a fact ("is not produced anymore", "we stopped making").
  if (productionEnded(f)) return 'discontinuation';
  // Round 15 (N4): a service given only in part from a date, or the goods' make-up changed.
  if (serviceNarrowed(f)) return 'terms-change';
  // Round 16 (B3): a service withdrawn or cut without a verb of ending.
  if (serviceWithdrawn(f)) return 'discontinuation';
  // Round 39: a benefit the reader has stops ("Volume discounts no longer apply", "The free tier will be removed").
  if (benefitEnds(f)) return 'terms-change';
  // Round 17: a thing of ours retired or decommissioned, whatever it is called ("The Excel add-in will be retired").
  if (thingRetired(f)) return 'discontinuation';
  // Round 17: something we provide stops working from a date ("workbooks using it will no longer refresh").
  if (stopsWorking(f)) return 'discontinuation';
  // Round 22: a figure of our goods changed from a time on, with no better side to judge by (en-news-part.ts).
  if (makeUpChanged(f) || specChangedFrom(f) || limitLoosened(f)) return 'spec-change';
  if (outOfOurRange(f)) return 'discontinuation';
  if (contactChange(f)) return 'contact-change';
  // Round 39: a service, system or line of ours out of use for a stretch ahead, its purpose unsaid (en-news-outage.ts).
  if (serviceInterrupted(f)) return 'outage';
  if (cancellation(f)) return 'cancellation';
  // Round 18: an event of ours that will not take place, is off, or that we pull (en-news-events.ts).
  if (eventCalledOff(f)) return 'cancellation';
  // Round 19: an event of ours put off with no new date ("has been postponed until further notice").
  if (eventPutOff(f)) return 'delay';
  // Round 41: what will not leave, arrive or be ready when due; a date later than given or a time of our service longer; a
  // place or feature of ours closed for good; a new requirement on the reader's orders from a time on (en-news-missed.ts).
  const missed = plannedNotKept(f);
  if (missed) return missed;
  if (laterOrLonger(f) || monthSlipped(f)) return 'delay';
  const closed = closedForGood(f);
  if (closed) return closed;
  if (requirementFrom(f) || termsChangedFrom(f)) return 'terms-change';
  // Round 19: a contact, a quantity, a lead time or a lot's status told as a plain fact (en-news-supply.ts).
  return supplyNews(f);
}

/** A plan's words ("as promised", "on time") inside a clause negated before them: the plan is the one not kept. */
function planNotKept(f: EnFacts, i: number): boolean {
  const clause = clauseAt(f, i);
  return clause !== undefined && clause.negation !== undefined && clause.negation < i && f.tokens[clause.negation]!.lower !== 'no' &&
    !f.tokens.slice(clause.negation, i).some((t) => t.lemma === 'change' || t.lemma === 'delay' || t.lemma === 'move' || t.lemma === 'slip');
}

/**
 * Round 20: "Your email of 24 July mentions the delay penalty according to clause 9.3", "In your message you mention the
 * shortage of resin", "Your email asks about the delay": the reader (or the reader's mail) says it, with a verb of saying
 * or referring (WordNet, dictionaries/en/lexicon-news.json). The news words are theirs reported back, not news of ours.
 * Every clause with a subject of its own is such a report ("You mention the delay; it will now be three weeks" tells one).
 */
function readerWordsReported(f: EnFacts): boolean {
  const reports = (c: EnFacts['clauses'][number]) => c.subject?.side === 'you' && !c.passive && c.negation === undefined && c.verb !== undefined &&
    c.modal === undefined && c.tense !== 'future' && classVerbAt('report', f.tokens, c.verb) > 0;
  return f.clauses.some(reports) && f.clauses.every((c) => reports(c) || c.subject === undefined || c.subordinate);
}

/** Words that confirm the reader's finding: "You are right", "you're correct", "as you pointed out". */
const READER_RIGHT = new Set(['right', 'correct']);
const READER_SAW = new Set(['point', 'notice', 'spot', 'find', 'flag', 'note', 'mention', 'report', 'say']);
/** "You are right: …", "As you pointed out, …": the reader found it, the sentence owns it (round 16, the clean en-h drafts). */
function readerFound(f: EnFacts): boolean {
  const w = f.tokens.map((t) => t.lower);
  const head = w[0] === 'yes' || w[0] === 'indeed' ? 1 + (w[1] === ',' ? 1 : 0) : 0;
  if (w[head] === 'you' && (w[head + 1] === 'are' || w[head + 1] === "'re") && READER_RIGHT.has(w[head + 2] ?? '')) return true;
  return w[head] === 'as' && w[head + 1] === 'you' && READER_SAW.has(f.tokens[head + 2]?.lemma ?? '') && f.tokens[head + 2]!.pos === 'VERB';
}

/**
 * A sentence that only thanks the reader for their act (round 14, H1): "Thank you for sharing the UAT defect list",
 * "Thank you for asking about moving to 90-day payment terms", "We appreciate your patience while we reviewed your
 * shortage claim". The words of news it holds name what the reader did or sent; the news of a mail is told in a
 * sentence of its own. It thanks when its thanks stand in its first clause, at its head; it is thanks only when no
 * other clause states something of its own: every other clause has no subject or no verb, is the reader's ("that you accept"),
 * or tells what was done ("while we reviewed", "the increase we discussed"). "Thank you for your order, but the price will rise …" states news.
 */
function thanksOnly(f: EnFacts): boolean {
  const at = f.cues.thanks?.[0];
  if (at === undefined || at > 3) return false;
  const first = clauseAt(f, at);
  if (!first || first.from > 0 || first.negation !== undefined || first.conditional) return false;
  return f.clauses.every((c) => c === first || c.subject === undefined || (c.verb === undefined && c.modal === undefined) || c.subject.side === 'you' || (c.tense === 'past' && !c.perfect && (c.subordinate || f.tokens[c.from - 1]?.pos === 'NOUN')));
}

/** Words that point the reader to another part of the mail: "below", "attached", "as follows", "overleaf". */
const ONWARD = new Set(['below', 'above', 'attached', 'enclosed', 'follows', 'following', 'overleaf', 'here']);

/**
 * A sentence that only points to details given elsewhere in the mail (round 14, H2): "The new contact details are
 * below.", "Her contact details are as follows:", "The new link is below." One clause, no figure, whose verb group
 * ends the sentence on a word that points onward. After a notice it is the notice's follow-on, not news of its own
 * (the rule decides that: alone, "The new prices are attached." is the notice).
 */
export function pointsOnward(f: EnFacts): boolean {
  if (f.question || f.clauses.length !== 1) return false;
  const words = f.tokens.filter((t) => t.pos !== 'PUNCT');
  const last = words[words.length - 1];
  if (!last || !ONWARD.has(last.lower) || words.some((t) => t.pos === 'NUM')) return false;
  return words.some((t) => t.lemma === 'be');
}

/** Anaphoric subjects that point back to the news just told: "This applies to …", "The same goes for …", "It covers …". */
const BACK_SUBJECTS = new Set(['this', 'that', 'these', 'those', 'it', 'same']);
const EXTENDS = new Set(['apply', 'cover', 'affect', 'include', 'extend', 'concern', 'go', 'hold']);
/**
 * Round 20: "This applies to L1, L2 and L3 support as well as the on-call charges": the scope of a notice told just before,
 * its subject a pronoun pointing back, its verb one of applying or covering. It adds no news of its own: after a notice it
 * is that notice's follow-on (one notice, one finding), and alone it points at nothing.
 */
export function extendsNotice(f: EnFacts): boolean {
  if (f.question) return false;
  const main = f.main === undefined ? undefined : f.clauses[f.main];
  if (!main || main.subject === undefined || main.verb === undefined || main.negation !== undefined) return false;
  const subject = f.tokens[main.subject.index]!;
  if (!BACK_SUBJECTS.has(subject.lower) || (subject.lower === 'same' && f.tokens[main.subject.index - 1]?.lower !== 'the')) return false;
  // The pronoun stands alone as the subject ("This applies", not "This price applies").
  if (main.subject.index + 1 < main.verb && f.tokens[main.subject.index + 1]!.pos === 'NOUN') return false;
  return EXTENDS.has(f.tokens[main.verb]!.lemma);
}

/** Words that open a topic phrase: "About …:", "Re …:", "Regarding …:", "As for …:", "On your request …:". */
const TOPIC_LEADS = new Set(['about', 're', 'regarding', 'concerning', 'on', 'as', 'with', 'in', 'your', 'for']);
const READER_ASKS = new Set(['request', 'proposal', 'question', 'enquiry', 'inquiry', 'suggestion', 'idea', 'ask']);
const TOPIC_SECOND = new Map([['as', /^(?:for|to|regards)$/], ['with', /^(?:regard|respect)$/], ['in', /^(?:regard|respect)$/]]);

/**
 * "About your request to split the shipment: not possible", "Re weekend delivery — not happening": a refusal
 * after a topic phrase answers what the reader asked about. The topic names their ask (a split shipment, a
 * faster delivery), not news of ours: the sentence is the refusal's, never a notice.
 */
function answersTopic(f: EnFacts): boolean {
  const clause = f.refusal === undefined ? undefined : f.clauses[f.refusal];
  if (!clause || clause.from < 2) return false;
  const { tokens } = f;
  if (!/^[:—–,-]$|^-+$/.test(tokens[clause.from - 1]!.text)) return false;
  const lead = tokens[0]!.lower;
  if (!TOPIC_LEADS.has(lead)) return false;
  const second = TOPIC_SECOND.get(lead);
  if (second && !second.test(tokens[1]?.lower ?? '')) return false;
  // "Your request to …:", "For your request …:", "On your request …:" — the reader's own ask; the other leads
  // name a topic whatever it is.
  if (lead !== 'your' && lead !== 'for' && lead !== 'on') return true;
  for (let i = 0; i < Math.min(3, clause.from); i++) {
    if (tokens[i]!.lower === 'your' && READER_ASKS.has(tokens[i + 1]?.lemma ?? '')) return true;
  }
  return false;
}


/**
 * Round 44 (ka-039): "Regarding your inquiry for 50 DK-60 knives: DK-60 is no longer produced." — a product made or sold no
 * more is news for every buyer (the spec: a discontinued product counts as bad news), even told in answer to their ask.
 */
function madeNoMore(f: EnFacts): boolean {
  const clause = f.refusal === undefined ? undefined : f.clauses[f.refusal];
  if (!clause) return false;
  const { tokens } = f;
  for (let i = clause.from + 1; i < clause.to; i++) {
    if (tokens[i]!.lower !== 'longer' || tokens[i - 1]!.lower !== 'no') continue;
    const verb = tokens.slice(i + 1, i + 3).find((t) => t.pos === 'VERB');
    // (Verbs of making, carrying or offering: en-news-held.ts's SUPPLY.)
    if (verb && SUPPLY.has(verb.lemma) && !tokens.slice(clause.from, i).some((t) => t.lower === 'we' || t.lower === 'you')) return true;
  }
  return false;
}

/** What makes a notice considerate, in one English sentence: an apology, a reason, an offer to meet or call. */
export function mitigates(f: EnFacts): boolean {
  if (f.cues.apology || explains(f) || causalClause(f)) return true;
  return offersToMeet(f);
}

/** An offer of ours to meet or call, in one English sentence. */
function offersToMeet(f: EnFacts): boolean {
  // "Can we review the revised schedule on a call on Tuesday?", "Shall I visit you next week?": our side proposing to meet.
  const main = f.main === undefined ? undefined : f.clauses[f.main];
  if (f.question && main?.subject?.side === 'we' && main.negation === undefined && (f.cues.meeting !== undefined || f.cues['meet-ask'] !== undefined)) return true;
  return (f.cues.meet ?? []).some((i) => {
    const clause = clauseAt(f, i);
    if (rationedVisit(f, i)) return false;
    return clause === undefined || clause.negation === undefined || clause.negation > i;
  });
}

/**
 * Round 23: "our engineer will visit you once a quarter instead of once a month": a visit counted by a frequency is the
 * service being changed, not an offer to come and explain.
 */
function rationedVisit(f: EnFacts, i: number): boolean {
  // The parse may start a clause at "once" (a subordinator): read on to the end of the stretch.
  for (let k = i + 1; k < f.tokens.length && k - i <= 8 && !/^[.;!?]$/.test(f.tokens[k]!.text); k++) if (rateAt(f.tokens, k)) return true;
  return false;
}

/**
 * A sentence whose only consideration is an offer to meet or call ("Would Wednesday suit for a video call?"):
 * no apology and no reason. Whether it speaks for a notice depends on what the call is about (blunt-notice).
 */
export function onlyOffersToMeet(f: EnFacts): boolean {
  return f.considerate && !f.cues.apology && !explains(f) && !causalClause(f);
}

/** A reason, as a clause or a phrase ("because copper costs doubled", "due to the frost"). */
function explains(f: EnFacts): boolean {
  const cause = f.cues.cause ?? [];
  // "because" is a reason cue and "because of" a cause cue at one index: the phrase is judged as a cause.
  return (f.cues.reason ?? []).some((i) => !cause.includes(i) && !reflectsItself(f, i)) || cause.some((i) => namesCause(f, i));
}

/**
 * Round 18: "The 2027 rate card reflects an average increase of 11% across all lanes": what "reflects" takes as its
 * object is the rise itself, not a cause. "The price reflects a 20% rise in energy costs" names the cause ("rise in …").
 */
function reflectsItself(f: EnFacts, i: number): boolean {
  if (f.tokens[i]!.lemma !== 'reflect') return false;
  // Round 39: "The new pro forma invoice reflects this", "The attached quote reflects the new prices": a document showing
  // the change points back at it ("this", "these", "the new/revised …") and names no cause.
  const next = f.tokens[i + 1]?.lower ?? '';
  if (/^(?:this|these|that|it|them|those|above)$/.test(next)) return true;
  if (/^(?:the|our)$/.test(next) && (REVISED.has(f.tokens[i + 2]?.lower ?? '') || /^(?:new|current|above)$/.test(f.tokens[i + 2]?.lower ?? '')) &&
    !f.tokens.slice(i + 3, i + 7).some((t) => t.lower === 'in' || t.lower === 'of' || t.lower === 'because')) return true;
  const rise = (f.cues.rise ?? []).find((k) => k > i && k - i <= 5);
  return rise !== undefined && !f.tokens.slice(rise + 1, rise + 3).some((t) => t.lower === 'in' || t.lower === 'of' && /^(?:costs?|energy|materials?|fuel|labou?r|wages?)$/.test(f.tokens[rise + 2]?.lower ?? ''));
}

/**
 * Whether the cause cue at `i` gives a cause of the news (round 15): "Following the merger, …" does; "the following
 * parts", "the following changes" (a determiner before it: a list announced) does not, nor a cause that only says
 * why a verdict fell ("rejected 112 pieces because of burrs", "failed the test due to cracks": the defect's own
 * description, part of the bad news, not a reason for it).
 */
function namesCause(f: EnFacts, i: number): boolean {
  const t = f.tokens[i]!;
  if (t.lower === 'following' && /^(?:DET|PRON|NUM)$/.test(f.tokens[i - 1]?.pos ?? '')) return false;
  // Round 18: "on the next flight following acceptance", "within 5 days following receipt": a step of the process after it
  // dates the act, it gives no cause.
  if (t.lower === 'following' && PROCESS_STEPS.has(f.tokens[i + 1]?.lower ?? '')) return false;
  // Round 35: "You asked if we can make one more special for you because of your piping": the reader's own cause, inside
  // what they asked, says why they asked — it explains nothing of ours.
  if (f.tokens.slice(i + 1, i + 3).some((x) => x.lower === 'your') &&
    f.tokens.slice(0, i).some((x, k) => /^(?:ask|request|want)$/.test(x.lemma) && f.tokens[k - 1]?.lower === 'you')) return false;
  return !f.tokens.slice(0, i).some((x, k) => VERDICTS.has(x.lemma) && (x.pos === 'VERB' || f.tokens[k - 1]?.pos === 'AUX'));
}
const PROCESS_STEPS = new Set(['acceptance', 'receipt', 'delivery', 'approval', 'confirmation', 'payment', 'booking', 'installation', 'collection', 'arrival', 'inspection', 'order', 'dispatch', 'shipment']);
/** Verbs of a verdict on goods, whose cause phrase describes the defect. */
const VERDICTS = new Set(['reject', 'fail']);

/** Verbs after "as" that make it "in the way that" rather than "because": "as we discussed", "as you know". */
const MANNER_VERBS = new Set(['know', 'discuss', 'mention', 'agree', 'request', 'ask', 'say', 'promise', 'expect', 'see', 'note',
  'plan', 'confirm', 'explain', 'describe', 'state', 'show', 'suggest', 'propose', 'instruct', 'schedule', 'write', 'tell', 'understand', 'inform',
  'announce', 'notify', 'advise', 'report', 'outline', 'quote', 'indicate', 'specify', 'list', 'publish', 'share', 'send', 'attach']);

const NOT_CAUSAL_AFTER_AS = new Set(['for', 'to', 'per', 'of', 'regards', 'well', 'soon', 'long', 'far', 'much', 'many', 'usual', 'agreed', 'requested']);

function asRole(f: EnFacts, c: EnFacts['clauses'][number]): boolean {
  const verb = f.tokens[c.verb!]!;
  const subject = f.tokens[c.subject!.index]!;
  return verb.lower === verb.lemma && !f.tokens.slice(c.from, c.to).some((t) => t.pos === 'AUX') && !/^(?:i|we|you|they)$/.test(subject.lower) &&
    !/s$/.test(subject.lower) && f.tokens.slice(c.from + 1, c.verb).some((t) => t.pos === 'PRON' || t.pos === 'DET');
}

/**
 * A reason given as a clause rather than a listed phrase: "…, as our warehouse is closed for inventory",
 * "since the mould is under repair, …": "as" or "since" opening a clause with a subject and a verb. Not a
 * reason: "as we discussed", "as you know" (manner), "since we last spoke" (time: "since" with a past verb).
 */
export function causalClause(f: EnFacts): boolean {
  return f.clauses.some((c) => {
    const lead = f.tokens[c.from]?.lower;
    if ((lead !== 'as' && lead !== 'since') || !c.subordinate || c.subject === undefined || c.verb === undefined) return false;
    // "As for your request …", "as per", "as of": a topic or a reference, not a reason.
    if (lead === 'as' && NOT_CAUSAL_AFTER_AS.has(f.tokens[c.from + 1]?.lower ?? '')) return false;
    // Round 19: "takes over as your key account lead": a role after "as", its last noun mistagged as a verb (a base form, no
    // auxiliary, a subject that is no pronoun and no plural) is no clause of its own.
    if (lead === 'as' && asRole(f, c)) return false;
    if (MANNER_VERBS.has(f.tokens[c.verb]!.lemma)) return false;
    // Round 48 (dev set y8yc-002): "It will show as a separate line on the invoice starting with contract …": a participle with
    // no auxiliary is no finite verb, and "as a separate line" names a form, not a reason.
    if (lead === 'as' && /ing$/.test(f.tokens[c.verb]!.lower) && f.tokens[c.verb - 1]?.pos !== 'AUX') return false;
    // "… stay as they are", "as it was": a bare "be" closing the clause compares, it gives no reason.
    if (lead === 'as' && f.tokens[c.verb]!.lemma === 'be' && (c.verb + 1 >= c.to || f.tokens[c.verb + 1]!.pos === 'PUNCT')) return false;
    return lead === 'as' || c.tense !== 'past';
  });
}

/**
 * Round 37 (fp37): the word at `i` opens a hyphenated compound modifier ("closed-loop", "stop-gap", "move-in"): joined
 * by a hyphen to the next word with no space on either side. "end-of-life" (a noun phrase of its own) is not one.
 */
function hyphenModifier(f: EnFacts, i: number): boolean {
  const [t, dash, next] = [f.tokens[i]!, f.tokens[i + 1], f.tokens[i + 2]];
  return dash !== undefined && next !== undefined && dash.text === '-' && dash.start === t.end && next.start === dash.end && next.lower !== 'of';
}
