import type { EnFacts } from './en';
import { clauseOf } from './en';
import type { EnToken } from './en-parse';
import { EN_MONTHS, EN_MONTH_WORDS as MONTHS, EN_WEEKDAY_WORDS as WEEKDAYS } from './dates';
import { isNewsWord } from './en-news-classes';

/**
 * Round 41 (newsen41): bad news told as what will not happen, or as a worse measure, in words none of the other readers
 * key on. Each reader is a frame of the parse (the clause's subject, negation, verb or complement, a time it is tied
 * to), its words data with their own examples (dictionaries/en/news-words.json).
 */

/**
 * Goods or work of ours that will not leave, arrive or be ready when they were due — "The harnesses did not leave on
 * 4 June", "Your order 2611 was not loaded on the 3 December vessel", "The monitoring module will not be ready in January
 * as promised", "For the November loading, 4–5 lb fillets will not be available". A date (or "as promised", "on time")
 * ties the negation to a commitment; without one it is a description ("Sunday deliveries are not available").
 *
 * Not: "we" or "you" doing it ("we will not ship partial orders" is a refusal, "you did not receive" theirs), the reader's
 * own acts ("your payment did not arrive"), a person ("Mr. Ito will not arrive before 10"), a subject named only by its
 * kind ("Orders placed after 15:00 will not ship the same day": a standing rule), a question, a condition or a possibility.
 */
export function plannedNotKept(f: EnFacts): 'delay' | 'shortage' | undefined {
  if (f.question || f.conditional || f.imperative) return undefined;
  const { tokens } = f;
  if (!tokens.some((t, k) => tiedToTime(tokens, k))) return undefined;
  // Whether a clause before the current one has a verb (kept as the clauses are read: one pass).
  let verbBefore = false;
  for (const clause of f.clauses) {
    const neg = clause.negation;
    // "Release 5.2, with the Japanese invoice module, will not be ready in July": an appositive between commas leaves the
    // negated clause without its subject; the subject is what opens the sentence, when no clause before it has a verb.
    const opener = clause.subject === undefined && !verbBefore;
    if (clause.verb !== undefined) verbBefore = true;
    if (neg === undefined || clause.conditional || (clause.subject === undefined && !opener) || clause.subject?.side === 'we') continue;
    if (clause.modal !== undefined && !/^(?:will|shall|must)$/.test(clause.modal)) continue;
    if (tokens[neg]!.lower === 'no' || tokens[neg]!.lower === 'never') continue;
    // "Your order has not been shipped yet; it leaves on Thursday": not yet done is a status, the plan still stands.
    if (tokens.slice(clause.from, clause.to).some((t) => t.lower === 'yet')) continue;
    const subject = tokens.slice(opener ? 0 : clause.from, neg);
    if (!specificGoods(subject)) continue;
    const kind = missedAt(tokens, neg + 1, clause.to);
    if (kind === undefined) continue;
    // "… will not ship without your approval", "… until you confirm": held for the reader's act, not a date missed.
    if (tokens.slice(neg + 1, clause.to).some((t, k, rest) => t.lower === 'without' || (/^(?:until|unless|before)$/.test(t.lower) && /^(?:you|your|we|receipt|payment)$/.test(rest[k + 1]?.lower ?? '')))) continue;
    return kind;
  }
  return undefined;
}

/** What follows the negation: a verb of leaving or arriving ("did not leave", "will not be loaded") or a state of being ready. */
function missedAt(tokens: EnToken[], from: number, to: number): 'delay' | 'shortage' | undefined {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADV' || t.lemma === 'be' || t.lemma === 'have' || t.lower === 'yet') continue;
    if (isNewsWord('readyStates', t)) return t.lower === 'available' || t.lower === 'in' ? 'shortage' : 'delay';
    if (isNewsWord('departVerbs', t) && (t.pos === 'VERB' || tokens[k - 1]?.pos === 'AUX' || tokens[k - 1]?.pos === 'PART')) {
      // "will not leave you waiting": its object is the reader, not a departure.
      return /^(?:you|your)$/.test(tokens[k + 1]?.lower ?? '') ? undefined : 'delay';
    }
    return undefined;
  }
  return undefined;
}

/** A subject that names particular goods or work: a determiner of ours or the reader's, a number or a name — not a kind, a person or an act of the reader's. */
function specificGoods(subject: EnToken[]): boolean {
  const words = subject.filter((t) => t.pos !== 'PUNCT' && t.lower !== 'for');
  if (words.length === 0) return false;
  if (words.some((t) => isNewsWord('readerActs', t) || isNewsWord('notGoodsHere', t) || isNewsWord('contactRoles', t) || /^(?:i|we|you|he|she|mr\.?|ms\.?|mrs\.?|dr\.?)$/.test(t.lower))) return false;
  if (words.length === 1 && /^(?:it|they|these|this)$/.test(words[0]!.lower)) return true;
  return words.some((t) => /^(?:the|your|our|this|these|those|both|all)$/.test(t.lower) || t.pos === 'NUM' || (t.pos === 'PROPN' && /\d/.test(t.text)));
}

const NUMERIC_DATE = /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/;
/** A word that ties the statement to a date or a commitment: a month, a weekday, a figure of a day, "as promised", "on time", "vessel". */
function tiedToTime(tokens: EnToken[], k: number): boolean {
  const t = tokens[k]!;
  return MONTHS.has(t.lower) || WEEKDAYS.has(t.lower) || isNewsWord('timeAnchors', t) || NUMERIC_DATE.test(t.text);
}

/**
 * A date of ours put later than the one given — "The microphones will ship five weeks later than the date on the order
 * confirmation", "Delivery will be later than planned" — or a measure of our service that grows worse: "Response times
 * will be longer", "Transit will take longer from March". Not "no later than" (a deadline), "no longer", a question, a
 * condition or a possibility ("could take longer"), nor the reader's own time.
 */
export function laterOrLonger(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (w !== 'later' && w !== 'longer' && w !== 'slower') continue;
    if (/^(?:no|not|any)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || (clause.negation !== undefined && clause.negation < i) || clause.subject?.side === 'you') continue;
    if (clause.modal !== undefined && /^(?:can|could|may|might|would|should)$/.test(clause.modal)) continue;
    const subject = tokens.slice(clause.from, clause.verb ?? i);
    if (subject.some((t) => /^(?:i|we|you)$/.test(t.lower))) continue;
    if (w === 'later') {
      // "five weeks later than", "later than planned / the confirmed date".
      if (tokens[i + 1]?.lower !== 'than') continue;
      const span = /^(?:days?|weeks?|months?)$/.test(tokens[i - 1]?.lower ?? '');
      if (span || tokens.slice(i + 2, i + 8).some((t) => isNewsWord('timeAnchors', t))) return true;
      continue;
    }
    // "Response times will be longer", "Transit will take longer": what grows is a time of our service.
    const measured = subject.some((t) => isNewsWord('timeMeasures', t));
    const took = tokens[i - 1]?.lemma === 'take' || (tokens[i - 1]?.pos === 'NOUN' && tokens[i - 2]?.lemma === 'take');
    if ((measured && tokens.slice(clause.from, i).some((t) => t.lemma === 'be' || t.lemma === 'become' || t.lemma === 'get')) || (took && (measured || subject.some((t) => t.pos === 'NOUN')))) return true;
  }
  return false;
}

/**
 * A place or channel of ours closed for good, or a feature taken out — "Our Phnom Penh liaison office closes at the end of
 * this month", "the Japan liaison desk in Nagoya ceases operation on 31 March", "Our online ordering portal will be closed
 * permanently on 30 September", "The Japanese report template is being removed in the April release". Not a closure with an
 * end (a range, "until", "reopens", the holidays or maintenance: a closure notice), a past one, a question or condition.
 */
export function closedForGood(f: EnFacts): 'contact-change' | 'discontinuation' | undefined {
  if (f.question || f.conditional) return undefined;
  const { tokens } = f;
  // Most sentences hold no closing verb: nothing below is built for them (this runs for each new sentence as one types).
  if (!tokens.some((t) => isNewsWord('closingVerbs', t))) return undefined;
  if (tokens.some((t) => isNewsWord('closureBounds', t) || /^\d{1,2}[:.]\d{2}$/.test(t.text)) || boundedRange(tokens)) return undefined;
  // Closed "permanently" / "for good" anywhere in the sentence; and, from each token on, whether a time, a word of a point
  // from which ("end", "from", "after", "effective") or an occasion ("for … Day") follows — one pass each, so that a sentence
  // with many closing verbs is still read in linear time.
  const forGood = tokens.some((x, k) => x.lower === 'permanently' || x.lower === 'indefinitely' || (x.lower === 'good' && tokens[k - 1]?.lower === 'for'));
  const timeAfter: boolean[] = new Array(tokens.length + 1).fill(false);
  const pointAfter: boolean[] = new Array(tokens.length + 1).fill(false);
  const occasionAfter: boolean[] = new Array(tokens.length + 1).fill(false);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const x = tokens[k]!;
    timeAfter[k] = timeAfter[k + 1]! || tiedToTime(tokens, k);
    pointAfter[k] = pointAfter[k + 1]! || x.lower === 'end' || x.lower === 'from' || x.lower === 'after' || x.lower === 'effective';
    occasionAfter[k] = occasionAfter[k + 1]! || (x.lower === 'for' && tokens.slice(k + 1, k + 5).some((y) => y.pos === 'PROPN' || y.lower === 'day'));
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isNewsWord('closingVerbs', t)) continue;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || clause.tense === 'past' || clause.negation !== undefined || clause.subject?.side === 'you') continue;
    if (clause.modal !== undefined && !/^(?:will|shall)$/.test(clause.modal)) continue;
    const subject = tokens.slice(clause.from, i);
    const placeAt = subject.findIndex((x) => isNewsWord('ownPlaces', x));
    if (placeAt < 0) continue;
    const place = subject[placeAt]!;
    // "We understand your office closes from December 29": the reader's place (or a third party's), not ours.
    if (subject.slice(Math.max(0, placeAt - 4), placeAt).some((x) => x.lower === 'your' || x.lower === 'their' || x.lower === 'its')) continue;
    // Taken out or closed "permanently": news whatever the time; otherwise a time it happens from ("at the end of this month").
    if (!forGood && !timeAfter[i + 1]) continue;
    // "… will be closed on November 11 for Independence Day": a day's closure, with its occasion; a place closed (not ended)
    // is closed for good only from a point on ("at the end of this month", "from August", "after 30 June").
    if (!forGood && (t.lemma === 'close' || t.lemma === 'shut' || t.lower === 'closed') && (occasionAfter[i + 1] || !pointAfter[i + 1])) continue;
    // A feature removed from a release is ended; closing a place changes who the reader deals with.
    return isNewsWord('contactPlaces', place) ? 'contact-change' : 'discontinuation';
  }
  return undefined;
}

/** "from 29 December to 3 January", "29 Dec – 3 Jan": a stretch with an end. */
function boundedRange(tokens: EnToken[]): boolean {
  const from = tokens.findIndex((t) => t.lower === 'from' || t.lower === 'between');
  return (from >= 0 && tokens.slice(from + 2).some((t) => /^(?:to|and|[-–~〜])$/.test(t.lower))) || tokens.some((t) => t.text === '–' || t.text === '〜');
}

/**
 * A new requirement on the reader's orders or payments from a time on — "From the 2027 crop, each order must be at least
 * one full 20' container", "From October orders, all payments must be made by letter of credit", "Going forward, every
 * order will need to be prepaid". Not what stays as it was ("as before", "still"), a question or condition, nor a
 * requirement with no time it starts from (our standing terms: the standing-rule reader's).
 */
export function requirementFrom(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  const from = tokens.findIndex((t, k) => isNewsWord('fromNow', t) && (t.lower !== 'from' || k === 0 || tokens[k - 1]?.text === ','));
  if (from < 0 || tokens.some((t) => isNewsWord('unchanged', t))) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const need = t.lemma === 'must' || (t.lemma === 'need' && tokens[i + 1]?.lower === 'to') || (t.lemma === 'have' && tokens[i + 1]?.lower === 'to') || t.lower === 'required';
    if (!need) continue;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || clause.negation !== undefined) continue;
    const subject = tokens.slice(clause.from, i);
    if (subject.some((x) => isNewsWord('orderTerms', x)) && !subject.some((x) => /^(?:i|we)$/.test(x.lower))) return true;
  }
  return false;
}

/** The nouns of dealings a seller sets: "our terms", "payment terms", "trading conditions", "the invoicing currency". */
const TERMS_HEADS = /^(?:terms?|conditions|incoterms?|currency)$/;
/** Verbs that change them, active or passive ("change", "will be revised", "are updated", "switch", "move"). */
const TERMS_CHANGE = /^(?:change|revise|update|amend|switch|move|modify)$/;
/**
 * Round 47: our terms of dealing changed from a time on — "From 1 January 2027 our terms change from 90% provisional
 * invoice … to 100% by irrevocable L/C at sight", "From the contracts signed after 1 April 2027, our payment terms change
 * as follows:", "Effective April, the invoicing currency will be changed to euros". A term the reader agreed to, changed
 * by us: owed an apology, a reason and an offer to talk. Not the reader's terms, nor what stays as it was, a question,
 * a condition, a negation, a change told as past, nor one with no time it starts from.
 */
export function termsChangedFrom(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  if (!tokens.some((t) => isNewsWord('fromNow', t)) || tokens.some((t) => isNewsWord('unchanged', t))) return false;
  if (moreDaysToPay(tokens)) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The tagger may call "change" a noun after "terms" ("our terms change from …"): a plural head right before it, and a
    // preposition or a stop after, make it the verb.
    // Round 48 (dev set y8yc-006): or a few words before it, the terms' holder between ("payment terms for Kanto Shokuyu
    // change as follows:").
    const verbAfterHead = tokens.slice(Math.max(0, i - 5), i).some((x) => TERMS_HEADS.test(x.lower)) &&
      (TERMS_HEADS.test(w(tokens[i - 1])) || tokens[i - 1]?.pos === 'PROPN') && /^(?:from|as|to|with|on|for|effective|,|:)$/.test(w(tokens[i + 1]));
    if (!TERMS_CHANGE.test(t.lemma) || (t.pos !== 'VERB' && !/(?:s|ed)$/.test(t.lower) && !verbAfterHead)) continue;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || clause.negation !== undefined || (clause.tense === 'past' && !clause.perfect && !/ed$/.test(t.lower))) continue;
    const subject = tokens.slice(clause.from, i);
    const head = subject.findLastIndex((x) => TERMS_HEADS.test(x.lower));
    if (head < 0 || subject.slice(0, head).some((x) => /^(?:your|their|you)$/.test(x.lower))) continue;
    // "our terms have changed" (told as past, perfect) is the same notice; "the terms were changed last year" is history.
    if (subject.slice(head).some((x) => /^(?:was|were|did)$/.test(x.lower))) continue;
    return true;
  }
  return false;
}

/** "from 30 days to 60 days", "extended to 90 days": more days to pay is the reader's gain, no notice owed. */
function moreDaysToPay(tokens: EnToken[]): boolean {
  if (tokens.some((t) => t.lemma === 'extend')) return true;
  const days = tokens.flatMap((t, k) => (t.pos === 'NUM' && /^days?$/.test(w(tokens[k + 1])) ? [Number(t.text.replace(/,/g, ''))] : []));
  return days.length >= 2 && days[days.length - 1]! > days[0]!;
}

/**
 * Goods named by the month they were due in, delivered in a later month — "The June consignment will be delivered in
 * August", "Your May order ships in July". Not an earlier month, the same one, a question, condition or negation.
 */
export function monthSlipped(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    // Round 43 (ta2-014): "The November shipment … will be in December": "be" with goods as its subject says where they land.
    const be = tokens[i]!.lemma === 'be' && /^(?:will|'ll|is|are|'s)$/.test(tokens[i]!.lower === 'be' ? w(tokens[i - 1]) : tokens[i]!.lower) &&
      w(tokens[i + 1]) === 'in' && MONTHS.has(w(tokens[i + 2]));
    if (!be && (!isNewsWord('departVerbs', tokens[i]) || tokens[i]!.pos !== 'VERB')) continue;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || clause.negation !== undefined || clause.subject?.side === 'we') continue;
    // With "be", the goods may be followed by a bracket of particulars, which the parse cuts the clause at: read from the start.
    const from = be ? 0 : clause.from;
    const due = tokens.slice(from, i).findIndex((t, k) => MONTHS.has(t.lower) && /^(?:NOUN|PROPN)$/.test(tokens[from + k + 1]?.pos ?? '') &&
      (!be || isNewsWord('goodsDue', tokens[from + k + 1])));
    if (due < 0) continue;
    const after = tokens.slice(i + 1, i + 4);
    const to = after.findIndex((t) => MONTHS.has(t.lower));
    if (to < 0 || !after.slice(0, to).some((t) => /^(?:in|by|until|on)$/.test(t.lower))) continue;
    const start = monthIndex(tokens[from + due]!.lower);
    const until = monthIndex(after[to]!.lower);
    const ahead = (until - start + 12) % 12;
    if (ahead >= 1 && ahead <= 6) return true;
  }
  return false;
}

const w = (t: EnToken | undefined) => t?.lower ?? '';

/** A month's place in the year by its name or abbreviation (0 for January). */
const monthIndex = (w: string) => EN_MONTHS.findIndex((m) => m.toLowerCase().startsWith(w.slice(0, 3)));
