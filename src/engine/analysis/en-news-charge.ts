import { clauseOf } from './en';
import { isCurrency } from './currency';
import type { EnClause, EnFacts } from './en';
import type { EnToken } from './en-parse';
import { classVerbAt, mayHaveLexiconWord } from './en-lexicon';

/**
 * Round 24 (newsen): a cost laid on the client from now on, read from the parse and WordNet's classes rather than from
 * listed wordings.
 * - `chargeLaid`: a verb of demanding payment (WordNet's CHARGE verbs, dictionaries/en/lexicon-news.json "bill": charge,
 *   bill, invoice, levy, surcharge, pass on) said of what the client receives — in the passive ("storage beyond 14 days
 *   will be billed at JPY 450 per pallet per day", "samples above 3 per year will be invoiced 80 EUR each") or with us as
 *   subject ("we will charge you USD 15 for every change") — with the cost named after it (an amount, a share of a price,
 *   "separately", "extra", "at cost") and told as a term to come: from a start ("from next month", "as of January"), past
 *   a threshold of what the client gets ("above 3 per year", "beyond the two included"), or "now".
 * - `invoiceCurrencyChanged`: invoices or payment moved to another currency ("invoices will be issued in USD instead of JPY").
 * - `costOnReaderSide`: a cost or a task put on the reader from a start or for the future — a copula with "on your side",
 *   "at your (own) expense", "for your account", "your responsibility"; "borne / paid / covered by you"; "you will have to
 *   pay / bear / cover …".
 * - `newPriceListFrom`: a price list announced new from a date, with no figure ("our new rate card effective 1 April 2027",
 *   "our new price list takes effect on 1 October"); `oldPricesEnd`: the old prices said to apply no longer ("the FY2026
 *   rates no longer apply"); a fee or a surcharge that stops applying is good news and is left alone.
 * None of them reads a question, a condition, a negated charge ("will no longer be charged"), a past invoice, a term as it
 * stands ("as agreed", "as usual", "as in the quotation"), or the reader asking.
 */

const isMoney = (t: EnToken | undefined) => t !== undefined && isCurrency(t.lower);
/** Words after a billing verb that name the cost as its own: apart from what was included, or at a cost. */
const APART = /^(?:separately|additionally|extra|individually|on top)$/;
/** Words of a threshold on what the client gets: "above 3 per year", "beyond 14 days", "in excess of", "exceeding". */
const THRESHOLD = /^(?:above|beyond|over|exceeding|excess|more|after)$/;
/** A term as it stands: "as agreed", "as usual", "as quoted", "as before", "as in the contract". */
const AS_IT_STANDS = /^(?:agreed|usual|usually|before|quoted|quotation|contract|contracted|always|normal|normally|standard|per)$/;
/** Starts of a term to come: "from next month", "from the April invoice", "from 2027", "starting", "as of", "going forward". */
const START_AFTER_FROM = /^(?:next|the|your|our|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q[1-4]|fy\d*|\d{1,4}(?:st|nd|rd|th)?|mid|early|end|beginning|this|today|now|tomorrow)$/;
const TIME_NOUNS = /^(?:month|week|year|quarter|order|orders|invoice|invoices|shipment|shipments|delivery|deliveries|po|season|contract|period|billing|cycle|batch|lot|term|fy)$/;

/** Whether the sentence names a start of a term to come ("from next month", "from the April invoice", "as of January"). */
export function startsFrom(f: EnFacts): boolean {
  if ((f.cues.effective ?? []).some((i) => f.tokens[i]!.lower !== 'now')) return true;
  const { tokens } = f;
  return tokens.some((t, i) => {
    if (t.lower !== 'from') return false;
    const a = tokens[i + 1]?.lower ?? '';
    if (!START_AFTER_FROM.test(a)) return false;
    if (a !== 'the' && a !== 'your' && a !== 'our') return true;
    // "from the next order", "from the April invoice", "from your next PO": a time or a piece of business follows.
    return tokens.slice(i + 2, i + 5).some((x) => x.lower === 'next' || TIME_NOUNS.test(x.lower) || /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/.test(x.lower));
  });
}

/** A clause the reader would take as a term to come: not past, not negated, not a condition. */
function toCome(c: EnClause | undefined, at: number): c is EnClause {
  if (!c || c.conditional) return false;
  if (c.negation !== undefined && c.negation < at) return false;
  return !(c.tense === 'past' && !c.perfect);
}

/**
 * Round 45: the last sentence's answer, by its facts object: the price readers ask it up to seven times of one sentence
 * in a row (newsKindOf), and it walks every token. What it reads (the tokens, question, conditional, changeAsked) is
 * set when the facts are made and never changed after, so the object names the answer; one object is held, not text.
 */
let standsOrAsksOf: { f: EnFacts; answer: boolean } | undefined;

/** The sentence leaves the term as it stands, asks, or sets a condition. */
function standsOrAsks(f: EnFacts): boolean {
  if (standsOrAsksOf?.f === f) return standsOrAsksOf.answer;
  const answer = standsOrAsksNow(f);
  standsOrAsksOf = { f, answer };
  return answer;
}

function standsOrAsksNow(f: EnFacts): boolean {
  if (f.question || f.conditional || f.changeAsked) return true;
  // "as agreed", "as usual", "as in the quotation"; "as you proposed", "as you requested": the reader's own ask.
  // Round 43: "as" before the word is tested first (this runs up to seven times a sentence, on every token).
  return f.tokens.some((t, i) => ((f.tokens[i - 1]?.lower === 'as' || f.tokens[i - 2]?.lower === 'as') && AS_IT_STANDS.test(t.lower)) ||
    (t.lower === 'as' && f.tokens[i + 1]?.lower === 'you' && f.tokens[i + 2]?.pos === 'VERB') ||
    ((t.lower === 'your' || t.lower === 'you') && /^(?:request|requested|proposal|proposed|suggestion|suggested|asked|wish|instruction)$/.test(f.tokens[i + 1]?.lower ?? '')));
}

export function chargeLaid(f: EnFacts): boolean {
  if (standsOrAsks(f)) return false;
  // "Those seats aren't covered by your plan and will be billed separately": a request answered with a charge
  // (en.blunt-refusal.extra-charge) — a negated clause beside the charge says what is not included.
  if (f.clauses.some((c) => c.negation !== undefined)) return false;
  const { tokens } = f;
  const start = startsFrom(f);
  for (let v = 0; v < tokens.length; v++) {
    const after = classVerbAt('bill', tokens, v);
    if (after < 0) continue;
    const t = tokens[v]!;
    const clause = clauseOf(f, v);
    // A verb, not "the charge", "a surcharge": tagged so, after an auxiliary, or a participle.
    const verb = t.pos === 'VERB' || tokens[v - 1]?.pos === 'AUX' || /(?:ed|ing)$/.test(t.lower);
    if (!verb || !toCome(clause, v)) continue;
    const passive = clause.passive || tokens[v - 1]?.lemma === 'be';
    // Our cost ("we will be charged"), or the reader's act ("you charge us"), is no cost laid on the reader.
    // "From Q3 we are going to bill …": the parse may take the time before "we" for the subject.
    const ours = clause.subject?.side === 'we' || (clause.subject?.side !== 'you' && tokens.slice(clause.from, v).some((x) => x.lower === 'we'));
    if (passive ? clause.subject?.side === 'we' : !ours) continue;
    // The cost named after the verb, within its clause: an amount, a share of a price, or a word of being apart.
    const rest = tokens.slice(after, Math.min(clause.to, after + 12));
    const cost = rest.some((x, k) => isMoney(x) || x.text === '%' || APART.test(x.lower) || (x.lower === 'cost' && rest[k - 1]?.lower !== 'no') ||
      (x.pos === 'NUM' && isMoney(rest[k + 1])));
    if (!cost) continue;
    // A term to come: a start, a threshold on what the reader gets before the verb, or "now".
    const threshold = tokens.slice(clause.from, v).some((x, k, a) => THRESHOLD.test(x.lower) && a.slice(k + 1, k + 5).some((y) => y.pos === 'NUM' || /^(?:the|two|three|included|free)$/.test(y.lower)));
    const now = tokens.slice(clause.from, v).some((x) => x.lower === 'now');
    if (start || threshold || now) return true;
  }
  return false;
}

/** Nouns of billing: what a currency change is said of. */
const BILLING = /^(?:invoice|invoices|invoicing|billing|bills|payment|payments|settlement|prices|pricing|quotations|quotes)$/;
export function invoiceCurrencyChanged(f: EnFacts): boolean {
  if (standsOrAsks(f) || !f.tokens.some((t) => BILLING.test(t.lower))) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'in' || !isMoney(tokens[i + 1])) continue;
    const clause = clauseOf(f, i);
    if (!toCome(clause, i)) continue;
    // "in USD instead of JPY", "in EUR rather than yen", "in USD, not JPY": the old currency named beside the new.
    const tail = tokens.slice(i + 2, i + 6);
    const old = tail.some((x, k) => /^(?:instead|rather|not)$/.test(x.lower) && tail.slice(k + 1).some(isMoney));
    if (old || (startsFrom(f) && (clause.tense === 'future' || clause.modal === 'will'))) return true;
  }
  return false;
}

/** Nouns that, after "your" and a preposition, put a cost or a task on the reader: "on your side", "at your expense". */
const READER_COST = /^(?:side|end|account|expense|cost|costs|charge|responsibility|risk)$/;
/** Verbs of paying a cost ("borne by you", "you will have to pay"); handling or arranging a task is no cost told. */
const BEAR = /^(?:bear|pay|cover|shoulder|absorb|fund)$/;

export function costOnReaderSide(f: EnFacts): boolean {
  if (standsOrAsks(f) || f.imperative) return false;
  const { tokens } = f;
  // A term from a start ("from next month", "going forward"); without one, "import duties are at your expense" states the
  // terms as they stand.
  if (!startsFrom(f) && !tokens.some((t, k) => t.lower === 'forward' && tokens[k - 1]?.lower === 'going')) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const clause = clauseOf(f, i);
    if (!toCome(clause, i)) continue;
    // "… is on your side", "will be at your own expense", "is for your account": a copula, a preposition, "your".
    if (/^(?:on|at|for|to)$/.test(t.lower) && tokens[i + 1]?.lower === 'your') {
      const noun = tokens[i + 2]?.lower === 'own' ? tokens[i + 3] : tokens[i + 2];
      // Round 25: "is now on your side", "will from then on be …": an adverb may stand between the copula and the preposition.
      const copula = tokens[i - 1]?.pos === 'ADV' ? tokens[i - 2] : tokens[i - 1];
      if (noun && READER_COST.test(noun.lower) && copula?.lemma === 'be' && clause.subject?.side !== 'you') return true;
    }
    // "will be your responsibility from 1 January", "is your cost": the reader's noun right after the copula.
    if (t.lower === 'your' && tokens[i - 1]?.lemma === 'be' && READER_COST.test(tokens[i + 1]?.lower ?? '') && tokens[i + 1]!.lower !== 'side' &&
      clause.subject?.side !== 'you') return true;
    // "will be borne by you", "is paid by your side".
    if (t.lower === 'by' && (tokens[i + 1]?.lower === 'you' || tokens[i + 1]?.lower === 'your') && BEAR.test(tokens[i - 1]?.lemma ?? '') && clause.passive) return true;
    // "you will have to pay the import duties", "you will need to cover the freight".
    if (BEAR.test(t.lemma) && t.pos === 'VERB' && clause.subject?.side === 'you' && tokens[clause.subject.index]?.lower === 'you' && !clause.passive &&
      tokens.slice(clause.from, i).some((x) => x.lemma === 'have' || x.lemma === 'need' || x.lower === 'must')) return true;
  }
  return false;
}

/** Nouns of a whole price list (a fee or a surcharge is a charge of its own: its end is good news). */
const PRICE_LISTS = /^(?:rate|rates|price|prices|pricing|tariff|tariffs|card|list|sheet|schedule)$/;
/** ("Premium" is left out: it names a tier of service as often as a charge — "Premium Phone Support will no longer be available".) */
const FEES = /^(?:fee|fees|charge|charges|surcharge|surcharges|levy)$/;

export function newPriceListFrom(f: EnFacts): boolean {
  if (standsOrAsks(f) || f.cues.fall) return false;
  const { tokens } = f;
  const takesEffect = tokens.some((t, k) => t.lower === 'effect' && tokens[k - 1]?.lemma === 'take');
  if (!takesEffect && !(f.cues.effective ?? []).some((i) => tokens[i]!.lower !== 'now')) return false;
  return (f.cues.restated ?? []).some((r) => {
    if (tokens[r]!.lower !== 'new') return false;
    // "our new rate card", "the new price list", "new pricing": the price noun within three words after "new".
    const head = tokens.slice(r + 1, r + 4).findIndex((x) => PRICE_LISTS.test(x.lower));
    if (head < 0 || tokens.slice(r + 1, r + 1 + head).some((x) => FEES.test(x.lower))) return false;
    // Not the reader's ("your new price list"), not attached as asked (the reader's ask is read above).
    return tokens[r - 1]?.lower !== 'your' && toCome(clauseOf(f, r), r);
  });
}

export function oldPricesEnd(f: EnFacts): boolean {
  // "The old prices will no longer apply after the new contract starts": tied to an event of its own, no rise told.
  if (f.question || f.conditional || f.clauses.some((c) => c.subordinate)) return false;
  const { tokens } = f;
  for (const c of f.clauses) {
    if (c.negation === undefined || c.conditional) continue;
    const neg = c.negation;
    // "no longer", "not … any longer / anymore", "will not be valid after 31 March".
    const longer = tokens[neg + 1]?.lower === 'longer' || tokens.slice(neg, c.to).some((x, k, a) => x.lower === 'anymore' || (x.lower === 'longer' && a[k - 1]?.lower === 'any')) ||
      tokens.slice(neg, c.to).some((x) => x.lower === 'after');
    if (!longer) continue;
    const verb = tokens.slice(neg, c.to).some((x) => /^(?:apply|valid|hold|remain)$/.test(x.lemma) || x.lower === 'valid');
    if (!verb) continue;
    // The prices as subject ("the FY2026 rates", "the current tariff"); a fee or a surcharge ending is good news.
    const subject = tokens.slice(c.from, neg);
    if (subject.some((x) => FEES.test(x.lower))) continue;
    if (subject.some((x) => PRICE_LISTS.test(x.lower))) return true;
  }
  return false;
}

/** The cheap gate of the notice rule's scan: a verb of billing, or a cost put on the reader ("on your side", "by you"). */
const READER_SIDE_TEXT = /\byour\s+(?:own\s+)?(?:side|end|account|expense|cost|costs|responsibility|risk)\b|\bby\s+you\b|\byou\s+will\s+(?:have|need)\b/i;
export const mayBeChargeNews = (text: string) => READER_SIDE_TEXT.test(text) || mayHaveLexiconWord(text, ['bill']);

/** What the client had at no cost: "free (of charge)", "complimentary", "included", "at no charge". */
const FREE = /^(?:free|complimentary|included|gratis)$/;
/**
 * "Samples are no longer free of charge from April", "Installation will no longer be included in the price", "Delivery is
 * not free anymore": what the client had at no cost, said to be so no longer. Not of the reader ("you are no longer
 * included in the list"), not asked or conditional.
 */
export function freeNoMore(f: EnFacts): boolean {
  if (standsOrAsks(f)) return false;
  const { tokens } = f;
  for (const c of f.clauses) {
    if (c.negation === undefined || c.conditional || c.subject?.side === 'you') continue;
    // "The fuel surcharge is no longer included": a charge the client no longer pays is good news.
    if (tokens.slice(c.from, c.negation).some((x) => FEES.test(x.lower) || x.lower === 'you')) continue;
    const tail = tokens.slice(c.negation, c.to);
    const longer = tail[1]?.lower === 'longer' || tail.some((x, k) => x.lower === 'anymore' || (x.lower === 'longer' && tail[k - 1]?.lower === 'any'));
    if (!longer) continue;
    if (tail.slice(0, 7).some((x, k) => FREE.test(x.lower) || (k > 0 && /^(?:charge|cost)$/.test(x.lower) && /^(?:no|without)$/.test(tail[k - 1]!.lower)))) return true;
  }
  return false;
}

/**
 * "The fuel surcharge is no longer included in our invoices", "The handling fee will not apply anymore": a charge of ours
 * that the client will pay no longer is good news, whatever verb of ending or withdrawing tells it.
 */
export function chargeNoMore(f: EnFacts): boolean {
  const { tokens } = f;
  return f.clauses.some((c) => {
    if (c.negation === undefined || c.conditional) return false;
    const tail = tokens.slice(c.negation, c.to);
    const longer = tail[1]?.lower === 'longer' || tail.some((x, k) => x.lower === 'anymore' || (x.lower === 'longer' && tail[k - 1]?.lower === 'any'));
    return longer && tokens.slice(c.from, c.negation).some((x) => FEES.test(x.lower) && x.pos === 'NOUN') && !tail.some((x) => /^(?:cover|covers|include|includes)$/.test(x.lower));
  });
}

/** Verbs whose object or subject is a fee the client will pay: "will incur a small-order fee", "a minimum order applies". */
const INCUR = /^(?:incur|attract|carry|apply|require)$/;
/**
 * "Orders under 50 kg will incur a small-order fee of EUR 40", "Effective immediately, a minimum order of 10 cartons
 * applies": a fee (the fee cue) or a burden term (a minimum order, a deposit: the burden cue) that a verb of incurring or
 * applying lays on the client, in the future or from a start. Not "no fee", not a fee waived, asked, or under a condition.
 */
export function termLaid(f: EnFacts): boolean {
  if (standsOrAsks(f)) return false;
  const { tokens } = f;
  const nouns = [...(f.cues.fee ?? []), ...(f.cues.burden ?? [])].filter((i) => tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'ADJ' || tokens[i]!.pos === 'PROPN');
  if (nouns.length === 0) return false;
  const start = startsFrom(f) || (f.cues.effective ?? []).length > 0 && tokens.some((t) => t.lower === 'immediately' || t.lower === 'immediate');
  for (let v = 0; v < tokens.length; v++) {
    if (!INCUR.test(tokens[v]!.lemma) || (tokens[v]!.pos !== 'VERB' && tokens[v - 1]?.pos !== 'AUX')) continue;
    const clause = clauseOf(f, v);
    if (!toCome(clause, v) || clause.subject?.side === 'we') continue;
    if (!(start || clause.tense === 'future' || clause.modal === 'will')) continue;
    // The fee within the clause, not denied ("no fee", "without any surcharge").
    const fee = nouns.find((n) => n >= clause.from && n < clause.to);
    if (fee === undefined || tokens.slice(Math.max(clause.from, fee - 3), fee).some((x) => /^(?:no|without|any|zero|free)$/.test(x.lower))) continue;
    return true;
  }
  return false;
}

/** Words that mark an amount as more on top of the price: "an additional $0.25", "an extra USD 1.20". */
const ON_TOP = /^(?:additional|extra|further)$/;

/**
 * Round 34 (news34): an amount per unit added to what the client pays, from a start — "From the next order, we will add
 * ¥120 per garment", "There will be an additional $0.25 per kg on all resin orders from Q3": "add" or "additional / extra"
 * right before the amount, "per" (or "/") right after it, and a start named. Not asked for, not negated, not a condition,
 * not past ("we added $60 as you requested").
 */
export function perUnitAdded(f: EnFacts): boolean {
  if (standsOrAsks(f) || f.clauses.some((c) => c.negation !== undefined) || !startsFrom(f)) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (!isMoney(tokens[i])) continue;
    const first = tokens[i - 1]?.pos === 'NUM' ? i - 1 : i;
    const last = tokens[i + 1]?.pos === 'NUM' ? i + 1 : i;
    if (first === last) continue;
    const per = tokens.slice(last + 1, last + 3).some((t) => t.lower === 'per' || t.text === '/');
    const before = tokens[first - 1];
    const added = before !== undefined && (ON_TOP.test(before.lower) || (before.lemma === 'add' && before.pos === 'VERB'));
    if (!per || !added) continue;
    if (toCome(clauseOf(f, first - 1), first - 1)) return true;
  }
  return false;
}
