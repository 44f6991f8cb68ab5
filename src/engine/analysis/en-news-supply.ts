import { clauseOf } from './en';
import type { EnFacts } from './en';
import type { EnToken } from './en-parse';
import type { NewsKind } from './en-news';
import { EN_MONTH_WORDS } from './dates';
import { zoneFromLabel } from './dates-zones';
import { isNewsWord } from './en-news-classes';

/**
 * Round 19 (news): bad news about who serves the reader and how much of what they ordered they get, told as a plain
 * fact rather than with a verb of change. Read off the clause: who the subject is (a person, the reader's business, a
 * quantity, a lot of goods), what the predicate does (a person leaves or is moved off, a quantity is negated or set
 * against a larger one, a lead time is given from a start, goods are placed under a restriction), and the negation,
 * tense and modality around it. en-news.ts calls `supplyNews` after its own readers, and `notNewsOfItsOwn` first.
 */
export function supplyNews(f: EnFacts): NewsKind | undefined {
  if (f.question || f.conditional || f.imperative) return undefined;
  if (personMovedOff(f) || personNoLonger(f) || personStops(f) || personTakesRole(f) || businessHandedOver(f)) return 'contact-change';
  if (quantityWithheld(f) || partAgainstWhole(f) || fractionSupplied(f)) return 'shortage';
  if (backordered(f) || allocationSet(f) || goodsFinished(f)) return 'shortage';
  if (leadTimeFromNow(f)) return 'delay';
  if (minimumFromNow(f) || paymentUpFront(f)) return 'terms-change';
  if (goodsRestricted(f)) return 'quality';
  return undefined;
}

/**
 * Sentences that hold words of news but are not a notice of their own: a consequence told with an adverb pointing back
 * at the notice before it ("Open orders will be rescheduled accordingly"); the refusal of an option the reader asked for,
 * with a predicate of permission negated ("Partial shipments are not an option", "Orders below the minimum will not be
 * accepted": the refusal rules judge those); a specification of the forms a product comes in ("A-180 is available in two
 * pack sizes only").
 */
export function notNewsOfItsOwn(f: EnFacts): boolean {
  return pointsBack(f) || permissionRefused(f) || formsOnly(f);
}

const clauseAt = (f: EnFacts, i: number) => clauseOf(f, i);
const w = (f: EnFacts, i: number) => f.tokens[i]?.lower ?? '';

/** Finite forms that put a clause in the present or future whatever the parse took for its tense ("the quoted lead time … becomes"). */
const PRESENT_FINITE = new Set(['is', 'are', 'am', "'s", "'re", 'will', "'ll", 'has', 'have', 'can', 'shall', 'becomes', 'remains', 'stays', 'falls', 'fall', 'moves', 'goes', 'passes']);
/** The stretch of the sentence between punctuation marks that holds `i`: the parse's clause can be cut wrong around a participle. */
/**
 * The stretch read around a word goes at most this many tokens each way: a stretch of prose runs to a comma long before
 * that, and a "sentence" of thousands of words with no punctuation ('we can not we can not …') is then read in linear
 * time — every reader here slices the stretch once per candidate word.
 */
const STRETCH = 60;
function spanAt(f: EnFacts, i: number): [number, number] {
  let from = i;
  while (from > 0 && i - from < STRETCH && !/^[,;:—–()]$/.test(f.tokens[from - 1]!.text)) from--;
  let to = i;
  while (to < f.tokens.length && to - i < STRETCH && !/^[,;:—–().!?]$/.test(f.tokens[to]!.text)) to++;
  return [from, to];
}
const NEGATOR = /^(?:not|n't|never|cannot|no)$/;
/** A fact now or to come: not negated before `i` in its stretch, not a condition, not a simple past, not a mere possibility. */
function stated(f: EnFacts, i: number, negationOk = false, verbless = false): boolean {
  const c = clauseAt(f, i);
  if (!c || c.conditional || f.question) return false;
  const [from, to] = spanAt(f, i);
  const span = f.tokens.slice(from, to);
  if (span.some((x) => x.lower === 'if' || x.lower === 'unless')) return false;
  if (!negationOk && f.tokens.slice(from, i).some((x) => NEGATOR.test(x.lower))) return false;
  if (span.some((x) => /^(?:was|were|did|had)$/.test(x.lower))) return false;
  // A status line with no finite verb ("36 bottles released against the 120 reserved") states its participles as now.
  const finite = span.some((x) => x.pos === 'AUX' || PRESENT_FINITE.has(x.lower));
  if (c.tense === 'past' && !c.perfect && !span.some((x) => PRESENT_FINITE.has(x.lower)) && !(verbless && !finite)) return false;
  // "15 May" is a date, not the modal.
  return !span.some((x) => /^(?:could|may|might|would|should)$/.test(x.lower) && x.pos === 'AUX');
}

const HONORIFICS = /^(?:mr|ms|mrs|dr|mx|prof|miss)\.?$/;
/** A name written with capitals and no digits ("Jess", "Tran"), as the lite model tags it. */
const nameWord = (t: EnToken | undefined) => t !== undefined && (t.pos === 'PROPN' || t.pos === 'NOUN') && /^[A-Z][a-z'’-]+$/.test(t.text);

/** The person phrase ending at or before `i` (walking back over a title or a name): its first index, if `i` ends one. */
function personEndingAt(f: EnFacts, i: number): number | undefined {
  if (!nameWord(f.tokens[i])) return undefined;
  let k = i;
  while (k > 0 && nameWord(f.tokens[k - 1])) k--;
  if (HONORIFICS.test(w(f, k - 1)) || (w(f, k - 1) === '.' && HONORIFICS.test(w(f, k - 2)))) return k - (w(f, k - 1) === '.' ? 2 : 1);
  // Two name words at least ("Jess Tran"), or one after a title: a product ("Model X", "Lunar") stands alone.
  return i > k ? k : undefined;
}

/**
 * The person the verb group at `v` is said of: a person phrase before it, with only auxiliaries, adverbs or an appositive
 * between commas ("Mr. Suresh Iyer, Project Manager for the MES engagement, will be released …") in between.
 */
function personSubjectOf(f: EnFacts, v: number, appositive = false): boolean {
  let k = v - 1;
  while (k >= 0) {
    const t = f.tokens[k]!;
    if (t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV') { k--; continue; }
    if (t.text === ',') {
      // Round 43: "Our Japan liaison, Ms. Yuko Arai, stops …": the person named in the appositive right before the verb
      // (for the readers that ask for it: a retirement said so stays a person's own news, round 17).
      if (appositive && personEndingAt(f, k - 1) !== undefined) return true;
      let j = k - 1;
      while (j >= 0 && f.tokens[j]!.text !== ',') j--;
      if (j < 0) return false;
      k = j - 1;
      continue;
    }
    return personEndingAt(f, k) !== undefined;
  }
  return false;
}

/** Verbs a person leaves by, with no object needed: "retires", "resigns", "steps down", "is moving on". */
const DEPART = new Set(['retire', 'resign', 'quit', 'depart']);
/** Verbs a person is moved off the reader's work by, in the passive: "released from", "reassigned to", "rotated off". */
const MOVED_OFF = new Set(['release', 'reassign', 'transfer', 'rotate', 'relieve', 'second', 'redeploy', 'relocate', 'move', 'replace', 'assign',
  'reallocate', 'withdraw', 'remove', 'pull', 'deploy', 'promote']);
/** What a person leaves that is the reader's loss: the firm, the work, the people. */
const LEFT = new Set(['company', 'firm', 'business', 'organisation', 'organization', 'group', 'team', 'project', 'account', 'engagement', 'us', 'department',
  'industry', 'role', 'position', 'post']);

/** A person who leaves or is moved off: "Helen Cho retires at the end of September", "Mr. Iyer will be released from the project". */
function personMovedOff(f: EnFacts): boolean {
  // "Mr. Tanaka will retire at the end of March after 30 years with us": a farewell framed by the years served.
  if (f.tokens.some((t, i) => t.lower === 'after' && f.tokens[i + 1]?.pos === 'NUM' && /^years?$/.test(w(f, i + 2)))) return false;
  return f.tokens.some((t, i) => {
    // Only these verbs can say it (below): the reading of the clause around any other word is not worked out.
    if (!DEPART.has(t.lemma) && !MOVED_OFF.has(t.lemma) && t.lemma !== 'step' && t.lemma !== 'leave') return false;
    // "Ravi Shah steps down": the lite model tags a verb after a name as a noun at times; an inflected -s form after a person is the verb.
    const inflected = t.pos === 'NOUN' && t.lower !== t.lemma && t.lower.endsWith('s');
    if (t.pos !== 'VERB' && !inflected && !(t.pos === 'ADJ' && f.tokens[i - 1]?.lemma === 'be')) return false;
    // Round 47: the writer leaving ("I am leaving Nile Crest at the end of April", "I will be leaving the company", "I have
    // resigned"), and a person named beside their role who leaves the work ("Our project lead, Anna Berg, is leaving the
    // project"). Not the writer retiring (round 17: "I am retiring from the company in March" is their own news).
    const writer = t.lemma !== 'retire' && writerSubjectOf(f, i);
    if (!stated(f, i) || !(personSubjectOf(f, i, t.lemma === 'leave') || writer)) return false;
    if (DEPART.has(t.lemma) || (t.lemma === 'step' && /^(?:down|aside)$/.test(w(f, i + 1))) || (t.lemma === 'move' && w(f, i + 1) === 'on')) return true;
    // "leaves the company", "is leaving us", "leaves Brightline": what is left is the firm or the work, not a place visited.
    if (t.lemma === 'leave') {
      const k = /^(?:the|our|this|your)$/.test(w(f, i + 1)) ? i + 2 : i + 1;
      // Round 47: the firm or the work as the whole object ("leaving the team", not "leaving the team meeting notes").
      const after = f.tokens[k + 1]?.pos;
      if (LEFT.has(w(f, k))) return after !== 'NOUN' && after !== 'PROPN';
      // The writer leaving a name leaves a firm of two words or more that is no place ("Nile Crest", not "Tokyo" or
      // "New York": a trip).
      return nameWord(f.tokens[k]) && k === i + 1 && (!writer || firmName(f, k));
    }
    const passive = f.tokens.slice(Math.max(0, i - 3), i).some((x) => x.lemma === 'be' || x.lemma === 'get');
    return passive && MOVED_OFF.has(t.lemma) && /(?:ed|en)$/.test(t.lower);
  });
}

/** Two name words or more from `k` that name no place the time-zone data knows ("Nile Crest", not "Kuala Lumpur"). */
function firmName(f: EnFacts, k: number): boolean {
  let end = k;
  while (nameWord(f.tokens[end])) end++;
  return end - k >= 2 && zoneFromLabel(f.tokens.slice(k, end).map((x) => x.text).join(' ')) === null;
}

/** "I" as the subject of the verb group at `v`, with only auxiliaries, adverbs or particles between. */
function writerSubjectOf(f: EnFacts, v: number): boolean {
  let k = v - 1;
  while (k >= 0 && (f.tokens[k]!.pos === 'AUX' || f.tokens[k]!.pos === 'PART' || f.tokens[k]!.pos === 'ADV')) k--;
  return k >= 0 && (f.tokens[k]!.text === 'I' || f.tokens[k]!.lower === "i'm" || f.tokens[k]!.lower === "i'll");
}

/** What a person is to the reader's business: on or with it, in charge of it, or a verb of serving it. */
const SERVES = new Set(['on', 'with', 'in', 'part', 'responsible', 'handle', 'manage', 'cover', 'look', 'work', 'serve', 'support', 'lead', 'run', 'own',
  'oversee', 'be', 'your']);
/**
 * Round 21: "Yael Cohen is no longer on your account", "Mr. Ito no longer handles your orders": a person of ours who stops
 * serving the reader's business, told with "no longer" and the reader's business named.
 */
function personNoLonger(f: EnFacts): boolean {
  return f.tokens.some((t, i) => {
    if (t.lower !== 'no' || w(f, i + 1) !== 'longer' || !stated(f, i, true) || !personSubjectOf(f, i)) return false;
    const next = f.tokens[i + 2];
    if (!next || !SERVES.has(next.lemma)) return false;
    return f.tokens.slice(i + 2, i + 8).some((x) => x.lower === 'your' || x.lower === 'you');
  });
}

/**
 * Round 43 (tf-053): a named person of ours who stops serving — "Ms. Yuko Arai stops representing Maloti Highlands on 31
 * March", "Mr. Ito will stop working for us", "… ceases handling your orders": stop / cease with the gerund of a verb of
 * serving (or "representing") and whom it served (you, us, a company's name) after it.
 */
function personStops(f: EnFacts): boolean {
  const { tokens } = f;
  return tokens.some((t, i) => {
    // The tagger may call "stops" a noun before its gerund.
    if ((t.lemma !== 'stop' && t.lemma !== 'cease') || (t.pos !== 'VERB' && !/^(?:stops|ceases)$/.test(t.lower)) || !/ing$/.test(w(f, i + 1))) return false;
    const g = tokens[i + 1]!;
    if (!SERVES.has(g.lemma) && g.lemma !== 'represent') return false;
    return tokens.slice(i + 2, i + 6).some((x) => /^(?:your|you|us|our)$/.test(x.lower) || x.pos === 'PROPN') && stated(f, i) && personSubjectOf(f, i, true);
  });
}

const FROM_THEN_ON = /^(?:w\.?e\.?f\.?|onwards?|henceforth|hereafter)$/;
/** Words that date a change from a start: "from 1 March", "w.e.f.", "as of", "with immediate effect", "going forward", "onwards". */
function startMarked(f: EnFacts): boolean {
  if (f.cues.effective !== undefined) return true;
  return f.tokens.some((t, i) => FROM_THEN_ON.test(t.lower) ||
    // "from 1 March", "from next month"; not "5 months from the order confirmation" (what a lead time counts from).
    (t.lower === 'from' && (f.tokens[i + 1]?.pos === 'NUM' || /^\d/.test(w(f, i + 1)) || /^(?:next|today|tomorrow|monday|tuesday|wednesday|thursday|friday)$/.test(w(f, i + 1)) ||
      // Round 43: "from July", "from September 2027" (after "from", "May" is the month).
      EN_MONTH_WORDS.has(w(f, i + 1)))) ||
    (t.lower === 'immediate' && w(f, i + 1) === 'effect') || t.lower === 'immediately');
}

/**
 * A person named to a role of the reader's from a start: "Jess Tran will be your account manager from 1 March", "Going
 * forward, your point of contact will be Dana Whitfield", "Ms. Deepa Nair will be the single point of contact from 1st April
 * onwards", "Lena Vogel replaces Mr. Kim as your coordinator". The copula joins a person and a phrase headed by "your" or
 * "the" (not a place: "will be in Tokyo from 1 March"), and a start dates it.
 */
function personTakesRole(f: EnFacts): boolean {
  const { tokens } = f;
  // "replaces Mr. Kim", "succeeds Ms. Ito": one person in another's place.
  if (tokens.some((t, i) => (t.lemma === 'replace' || t.lemma === 'succeed') && t.pos === 'VERB' && stated(f, i) && personSubjectOf(f, i) &&
    personEndingAt(f, tokens.slice(i + 1, i + 5).findLastIndex(nameWord) + i + 1) !== undefined)) return true;
  if (!startMarked(f)) return false;
  return tokens.some((t, i) => {
    if (t.lemma !== 'be' || !stated(f, i)) return false;
    const c = clauseAt(f, i)!;
    if (c.tense !== 'future' && f.cues.effective === undefined && !startMarked(f)) return false;
    let k = i + 1;
    while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') k++;
    // Person, copula, "your …" / "the …": "Jess Tran will be your account manager".
    if (personSubjectOf(f, i) && /^(?:your|the)$/.test(w(f, k))) {
      const head = tokens.slice(k + 1, c.to).findIndex((x) => x.pos === 'ADP' || x.pos === 'PUNCT');
      const phrase = tokens.slice(k + 1, head < 0 ? c.to : k + 1 + head);
      return phrase.length > 0 && phrase.every((x) => x.pos === 'NOUN' || x.pos === 'ADJ' || x.pos === 'PROPN') && !phrase.some((x) => x.pos === 'NUM');
    }
    // "your point of contact will be Dana Whitfield": "your …" before, a person after.
    const subject = c.subject === undefined ? undefined : c.subject.index;
    if (subject === undefined || !tokens.slice(c.from, subject + 1).some((x) => x.lower === 'your')) return false;
    let end = k;
    while (nameWord(tokens[end + 1]) || HONORIFICS.test(w(f, end))) end++;
    return personEndingAt(f, end) !== undefined;
  });
}

/** Verbs of passing the reader's business to others: "moves to", "is transferred to", "passes to", "is handed over to". */
const HAND_OVER = new Set(['transfer', 'move', 'pass', 'hand', 'reassign', 'assign', 'shift', 'migrate', 'go']);
/** The reader's business, as the subject of a hand-over. */
const READER_BUSINESS = new Set(['account', 'accounts', 'territory', 'business', 'orders', 'order', 'portfolio', 'file', 'case', 'cases', 'region',
  'support', 'service', 'project', 'projects', 'enquiries', 'inquiries']);
/**
 * "Your territory will be transferred to Marco Bianchi as of Q3", "Your account passes to our Osaka team": the reader's
 * business, subject of a verb of handing over, to a person or to people of ours.
 */
function businessHandedOver(f: EnFacts): boolean {
  const { tokens } = f;
  return tokens.some((t, i) => {
    if (!HAND_OVER.has(t.lemma) || (t.pos !== 'VERB' && t.pos !== 'NOUN') || !stated(f, i)) return false;
    const c = clauseAt(f, i)!;
    const before = tokens.slice(c.from, i);
    if (!before.some((x, k) => x.lower === 'your' && READER_BUSINESS.has(before[k + 1]?.lower ?? before[k + 2]?.lower ?? ''))) return false;
    const to = tokens.findIndex((x, k) => k > i && k - i <= 3 && x.lower === 'to');
    if (to < 0) return false;
    const target = tokens.slice(to + 1, to + 5);
    return personEndingAt(f, to + target.filter(nameWord).length + (HONORIFICS.test(w(f, to + 1)) ? 1 : 0)) !== undefined ||
      (/^(?:our|a|the)$/.test(w(f, to + 1)) && target.some((x) => /^(?:team|office|desk|colleague|colleagues|group|branch|hub|partner|distributor|agent|subsidiary)$/.test(x.lower)));
  });
}

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100 };
function count(t: EnToken | undefined): number | undefined {
  if (!t || t.pos !== 'NUM') return undefined;
  const v = Number(t.text.replace(/,/g, ''));
  return Number.isFinite(v) ? v : WORD_NUMBERS[t.lower];
}

/** Verbs and adjectives of supplying, read off the cue list ("ship", "deliver", "available", "supply"). */
const supplies = (f: EnFacts, from: number, to: number) => (f.cues.supply ?? []).some((k) => k >= from && k < to) ||
  f.tokens.slice(from, to).some((x) => /^(?:arrive|follow|come|go|leave|reach)$/.test(x.lemma) && x.pos === 'VERB');
const REMAINDER = /^(?:remaining|outstanding|rest|balance|other|open|undelivered|unshipped)$/;

/**
 * A counted quantity whose supply is negated: "The remaining 900 kg will not be available this season", "The outstanding
 * 30 drums will not ship", "Three of the eight line items cannot be supplied". The subject is a figure (with what is left
 * or a part of a whole), the clause negates a verb of supplying, now or to come.
 */
function quantityWithheld(f: EnFacts): boolean {
  return f.tokens.some((t, n) => {
    if (!NEGATOR.test(t.lower) || t.lower === 'no') return false;
    const [from, to] = spanAt(f, n);
    if (!supplies(f, n, to) || !stated(f, n, true)) return false;
    const subject = f.tokens.slice(from, n);
    const figure = subject.findIndex((x) => count(x) !== undefined);
    if (figure < 0) return false;
    // What is left ("the remaining 900 kg"), or part of a whole ("three of the eight items").
    return subject.some((x) => REMAINDER.test(x.lower)) || subject[figure + 1]?.lower === 'of' || subject[figure + 2]?.lower === 'of';
  });
}

/** Words that set a part against its whole: "against", "versus", "vs", "compared with". */
const COMPARED = new Set(['against', 'versus', 'vs', 'vs.', 'compared']);
/**
 * What the client was owed: ordered, requested, reserved, allocated, promised, agreed, planned. Round 20 widened it from
 * the ordered whole to any whole we had committed ("36 bottles released against the 120 reserved", "UAT at 62% vs planned
 * 100%", "300 units under the 1,000 ordered").
 */
const OWED = /^(?:order|orders|ordered|requested|po|contracted|booked|reserved|allocated|promised|agreed|committed|planned|forecast|forecasted|quoted|expected|scheduled|targeted|target|due)$/;

/**
 * The part set against the whole ordered, in words the older readers do not take: "14 pallets against the 20 you
 * ordered", "Out of the 12 pallets you requested, we have 7". The part is smaller and comes to the reader.
 */
function partAgainstWhole(f: EnFacts): boolean {
  const { tokens } = f;
  const det = (k: number) => (/^(?:the|your|our)$/.test(w(f, k)) ? k + 1 : k);
  for (let i = 0; i < tokens.length; i++) {
    const n = count(tokens[i]);
    if (n === undefined) continue;
    // Round 20: past the unit and the part's own participle ("36 bottles released against", "14 t confirmed against").
    let k = tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.text === '%' ? i + 2 : i + 1;
    if (tokens[k]?.pos === 'VERB' && /ed$/.test(w(f, k))) k++;
    const gap = w(f, k) === 'under' || w(f, k) === 'below' || (w(f, k) === 'short' && w(f, k + 1) === 'of');
    if (!COMPARED.has(w(f, k)) && !gap) continue;
    if (w(f, k) === 'compared' || w(f, k) === 'short') k++;
    // The whole: "the 120 reserved", "the promised 25 t", "the 1,000 ordered".
    let m = det(k + 1);
    const lead = tokens[m]?.pos === 'VERB' || tokens[m]?.pos === 'ADJ' ? tokens[m]! : undefined;
    if (lead) m++;
    const whole = count(tokens[m]);
    if (whole === undefined || !stated(f, i, false, true)) continue;
    // What the whole is: ordered, reserved, promised, planned (the words right after it, or the participle before it).
    const owed = [lead, ...tokens.slice(m + 1, m + 5)].some((x) => x !== undefined && OWED.test(x.lower));
    if (owed && (gap ? n > 0 : n < whole)) return true;
  }
  // "Out of the 12 pallets you requested, we have 7".
  if (w(f, 0) === 'out' && w(f, 1) === 'of') {
    const whole = count(tokens[det(2)]);
    const part = tokens.findIndex((t, k) => k > det(2) && count(t) !== undefined);
    if (whole !== undefined && part > 0 && count(tokens[part])! < whole && stated(f, part)) return true;
  }
  return false;
}

const FRACTIONS = new Set(['half', 'third', 'quarter', 'fifth', 'thirds', 'quarters', 'portion', 'fraction', 'part']);
/** "We are able to fill roughly a third of the requested volume": a fraction of the reader's order, object of a verb of supplying. */
function fractionSupplied(f: EnFacts): boolean {
  const { tokens } = f;
  return tokens.some((t, i) => {
    if (!FRACTIONS.has(t.lower) || w(f, i + 1) !== 'of' || !stated(f, i)) return false;
    const c = clauseAt(f, i)!;
    if (!supplies(f, c.from, i)) return false;
    return tokens.slice(i + 2, i + 6).some((x) => /^(?:order|ordered|requested|po|contracted|volume|quantity|forecast|booking)$/.test(x.lower));
  });
}

/** "X is on backorder", "X are backordered until mid-August", "currently on back order": goods of ours, not the reader's backorder. */
function backordered(f: EnFacts): boolean {
  const { tokens } = f;
  return tokens.some((t, i) => {
    const word = t.lower === 'back' && /^-?order(?:ed)?$/.test(w(f, i + 1)) ? 'backorder' + (w(f, i + 1).endsWith('ed') ? 'ed' : '') : t.lower.replace('-', '');
    if (word !== 'backorder' && word !== 'backordered') return false;
    if (word === 'backorder' && w(f, i - 1) !== 'on') return false;
    const c = clauseAt(f, i);
    if (!c || !stated(f, i) || tokens.slice(c.from, i).some((x) => x.lower === 'your')) return false;
    return tokens.slice(c.from, i).some((x) => x.lemma === 'be' || x.lemma === 'remain' || x.lemma === 'place' || x.lemma === 'put');
  });
}

const ALLOCATION = /^(?:allocation|allocations|quota|quotas|allotment)$/;
/** "Allocation for Q3 is set at 40 t", "Your Q4 allocation has been fixed at 60% of forecast": a share set for the reader. */
function allocationSet(f: EnFacts): boolean {
  const { tokens } = f;
  const noun = tokens.findIndex((t) => ALLOCATION.test(t.lower));
  if (noun < 0) return false;
  return tokens.some((t, i) => i > noun && i - noun <= 6 && /^(?:set|fix|cap|limit|restrict|reduce|cut|lower|peg)$/.test(t.lemma) &&
    /^(?:at|to)$/.test(w(f, i + 1)) && stated(f, i) && tokens.slice(i + 2, i + 5).some((x) => x.pos === 'NUM'));
}

/**
 * Round 43 (vf-022, vc-050, ta2-016): goods said to be "finished" where a learner means sold out — "W240 is finished for
 * this season", "Ivory yarn is finished at the spinner", "the 8/12 size is finished, we don't have more". Not work or time
 * finished ("The report is finished", "the harvest is finished for this season"), and only with what makes it the stock:
 * a season or a place it is out for, or "no more" / "don't have more" in the sentence. Word classes noneLeft (finished,
 * gone, used up), doneAsWork (report, harvest), stockScopes (season, year, stock) in dictionaries/en/news-words.json.
 */
function goodsFinished(f: EnFacts): boolean {
  const { tokens } = f;
  const beBefore = (i: number) => (w(f, i - 1) === 'all' || w(f, i - 1) === 'already' ? i - 2 : i - 1);
  const at = tokens.findIndex((t, i) => isNewsWord('noneLeft', t) && (t.lower !== 'used' || w(f, i + 1) === 'up') && /^(?:is|are|'s|been)$/.test(w(f, beBefore(i))));
  if (at < 0 || !stated(f, at)) return false;
  const subject = tokens[beBefore(at) - 1];
  if (!subject || !/^(?:NOUN|PROPN|NUM|X)$/.test(subject.pos) || isNewsWord('doneAsWork', subject)) return false;
  const next = at + (tokens[at]!.lower === 'used' ? 2 : 1);
  // "for this season", "for the year", "for now", "in stock"; "at the spinner", "at our mill" (a place it ran out at).
  const scope = (/^(?:for|in)$/.test(w(f, next)) && [1, 2].some((k) => isNewsWord('stockScopes', tokens[next + k]))) ||
    (w(f, next) === 'at' && /^(?:the|our)$/.test(w(f, next + 1)) && tokens[next + 2]?.pos === 'NOUN');
  const noMore = tokens.some((t, i) => i > at && t.lower === 'more' && (/^(?:no|n't|any)$/.test(w(f, i - 1)) || (w(f, i - 1) === 'have' && /^(?:n't|not)$/.test(w(f, i - 2)))));
  return scope || noMore;
}

/**
 * Round 43 (after the held-out score: wf-043): payment moved before the goods from a start — "From 1 January 2027, all
 * orders are payable by irrevocable L/C at sight", "From the next contract, payment is 100% in advance", "… require full
 * prepayment". A term worse for the reader, told as what payment is; not a condition offered ("if you pay in advance").
 */
function paymentUpFront(f: EnFacts): boolean {
  const { tokens } = f;
  // "L/C" may come apart as L, /, C.
  const upFront = tokens.findIndex((t, i) => (t.lower === 'advance' && w(f, i - 1) === 'in') || /^(?:prepayment|prepaid|l\/c|lc)$/.test(t.lower) ||
    (t.lower === 'l' && w(f, i + 1) === '/' && w(f, i + 2) === 'c') ||
    (t.lower === 'credit' && w(f, i - 1) === 'of' && w(f, i - 2) === 'letter'));
  if (upFront < 0 || !startMarked(f)) return false;
  if (!tokens.some((t, i) => i < upFront && (t.lower === 'payment' || t.lower === 'payable' || t.lemma === 'pay' || t.lemma === 'require'))) return false;
  return stated(f, upFront, false, true);
}

/** What a minimum is of: "minimum order quantity", "minimum lot", "minimum purchase". */
const MINIMUM_OF = /^(?:order|orders|quantity|lot|lots|purchase|volume|run|batch)$/;
/**
 * Round 43 (vf-047): a minimum the reader must order, given anew from a start with its figure — "from 1 September 2027
 * the minimum order quantity for all stamped parts is 5.000 pcs per line item", "As of July, MOQ will be 2,000 units".
 * A minimum that favours the reader is not news (word class minimumEased: "only 500", "lowered to"); an old value
 * beside the new is read by the figures' readers.
 */
function minimumFromNow(f: EnFacts): boolean {
  const { tokens } = f;
  if (tokens.some((t) => isNewsWord('minimumEased', t))) return false;
  const head = tokens.findIndex((t, i) => t.lower === 'moq' || t.lower === 'moqs' || (t.lower === 'minimum' && tokens.slice(i + 1, i + 4).some((x) => MINIMUM_OF.test(x.lower))));
  if (head < 0 || !startMarked(f)) return false;
  const be = tokens.findIndex((t, i) => i > head && (t.lemma === 'be' || t.lemma === 'become'));
  if (be < 0 || be - head > 12 || !stated(f, be)) return false;
  return tokens.slice(be + 1, be + 4).some((x) => x.pos === 'NUM' || /^\d/.test(x.text));
}

const SPAN_UNITS = /^(?:weeks?|months?|days?|wks?)$/;
/** Heads of a lead time: "lead time", "delivery time", "standard delivery", "turnaround", "availability". */
const LEAD_HEADS = /^(?:lead|delivery|deliveries|turnaround|availability|ship|shipping|dispatch|production)$/;
const NOT_LONGER = /^(?:back|only|just|down|shorter|faster|before|same|unchanged|still|usual|improved)$/;
const OLD_VALUE = /^(?:instead|rather|previously|formerly|compared|vs\.?|versus|was|were|than|up)$/;
/**
 * A lead time given from a start: "With immediate effect, lead times for FS-60 are 20 weeks", "As of today, standard
 * delivery for all resin grades is 14 weeks", "New orders for the M8 bolts will be quoted at 18 weeks", "Expected
 * availability for the T9 housing is now Q2 2027". Not one that is shorter or as before ("back to 3 weeks", "only 4 weeks").
 */
function leadTimeFromNow(f: EnFacts): boolean {
  const { tokens } = f;
  if (tokens.some((t) => NOT_LONGER.test(t.lower))) return false;
  // An old value beside the new ("now 6 weeks instead of 10", "up from 8"): en-news.ts `longerLead` compares the two.
  if (tokens.some((t) => OLD_VALUE.test(t.lower))) return false;
  const span = tokens.findIndex((t, i) => t.pos === 'NUM' && SPAN_UNITS.test(w(f, i + 1)));
  const quoted = tokens.findIndex((t, i) => t.lemma === 'quote' && w(f, i + 1) === 'at' && span > i);
  if (quoted >= 0 && tokens.slice(0, quoted).some((x, k) => x.lower === 'new' && /^(?:orders?|pos?|enquiries)$/.test(w(f, k + 1))) && stated(f, quoted)) return true;
  const head = tokens.findIndex((t, i) => LEAD_HEADS.test(t.lower) && (f.cues.duration?.includes(i) || /^(?:time|times|date|dates)$/.test(w(f, i + 1)) ||
    (t.lower === 'availability' || ((t.lower === 'delivery' || t.lower === 'production') && /^(?:for|of|on)$/.test(w(f, i + 1))))));
  if (head < 0 || !startMarked(f)) return false;
  const be = tokens.findIndex((t, i) => i > head && (t.lemma === 'be' || t.lemma === 'become'));
  if (be < 0 || !stated(f, be)) return false;
  const value = tokens.slice(be + 1, be + 5);
  return (span > be && span - be <= 4) || value.some((x) => /^q[1-4]$/.test(x.lower) || /^(?:week|cw)$/.test(x.lower));
}

/** What goods are placed under: a recall, a quarantine, a hold, an embargo, a corrective action. */
const RESTRICTIONS = /^(?:recall|recalls|quarantine|hold|embargo|stop-ship|withdrawal|sequestration)$/;
/** Verbs that keep goods back, in the passive with a pending check: "blocked pending lab results", "held … pending a check". */
const KEPT_BACK = new Set(['block', 'hold', 'quarantine', 'detain', 'suspend', 'freeze', 'isolate', 'segregate', 'impound', 'seize', 'withhold']);
const LIFT = /^(?:lift|release|clear|end|remove)$/;
const ACTION = /^(?:action|notice|campaign)$/;
/**
 * Goods put under a restriction, told as a status: "Lots 4471–4475 are subject to a voluntary recall", "X is under
 * quarantine", "Shipment SH-8812 is on quality hold", "Your last three deliveries fall under the recall", "Lot 5530 has been
 * blocked for release", "… are held at our warehouse pending a microbiology check". Not goods let go ("released from
 * quarantine", "the hold was lifted"), a negation ("None of your lots are subject to the recall"), the reader's act.
 */
function goodsRestricted(f: EnFacts): boolean {
  const { tokens } = f;
  if (tokens.some((t) => LIFT.test(t.lemma) && t.pos === 'VERB' && t.lower !== t.lemma)) return false;
  return tokens.some((t, i) => {
    // "a field safety corrective action", "a safety notice": the action taken on goods in the field.
    const action = ACTION.test(t.lower) && /^(?:corrective|safety|field|recall)$/.test(w(f, i - 1));
    const restriction = (RESTRICTIONS.test(t.lower) || action) && (t.pos === 'NOUN' || t.lower === 'hold');
    const keptBack = KEPT_BACK.has(t.lemma) && t.pos === 'VERB' && t.lower !== t.lemma;
    // Only a restriction or a verb of keeping back says it (below): the clause around any other word is not looked up.
    if (!restriction && !keptBack) return false;
    const c = clauseAt(f, i);
    if (!c || c.subject?.side === 'we' || tokens[c.from]?.lower === 'none' || tokens[c.from]?.lower === 'no') return false;
    if (restriction && stated(f, i)) {
      // The restriction is the head of a phrase after "subject to", "under", "on", "in", "into", "included in".
      let k = i - 1;
      while (k > c.from && /^(?:ADJ|NOUN|DET|PROPN)$/.test(tokens[k]!.pos) && !/^(?:under|on|in|into|to)$/.test(tokens[k]!.lower)) k--;
      if (!/^(?:under|on|in|into|to)$/.test(w(f, k)) || (w(f, k) === 'to' && w(f, k - 1) !== 'subject')) return false;
      if (w(f, k) === 'on' && t.lower === 'hold' && tokens[k - 1]?.lemma === 'put' && c.subject?.side !== 'third') return false;
      return tokens.slice(c.from, k).some((x) => x.lemma === 'be' || x.lemma === 'fall' || x.lemma === 'come' || x.lemma === 'place' || x.lemma === 'put' || x.lemma === 'include');
    }
    // "Lot 8820 is blocked pending lab results", "has been blocked for release".
    if (keptBack && stated(f, i) && tokens.slice(Math.max(0, i - 3), i).some((x) => x.lemma === 'be')) {
      return tokens.slice(i + 1, c.to + 8).some((x, k) => x.lower === 'pending' || (x.lower === 'for' && w(f, i + 2 + k) === 'release'));
    }
    return false;
  });
}

/**
 * "Open orders will be rescheduled accordingly and revised confirmations will follow": an adjustment "in line with" the
 * notice just told, with no value of its own (no figure, no date). "The final report shifts accordingly to mid-December"
 * names a new date and stays news; "… is therefore cancelled" tells a consequence that is news of its own.
 */
function pointsBack(f: EnFacts): boolean {
  const { tokens } = f;
  if (!tokens.some((t) => t.lower === 'accordingly' || t.lower === 'correspondingly')) return false;
  return !tokens.some((t) => t.pos === 'NUM' || /^(?:january|february|march|april|june|july|august|september|october|november|december|week|q[1-4]|mid-\w+)$/.test(t.lower) ||
    /^[$€£¥%]$/.test(t.text));
}

/** Predicates of permission: negated, they refuse an option rather than tell news ("not an option", "will not be accepted"). */
const PERMISSION = new Set(['option', 'accept', 'allow', 'permit', 'entertain', 'combine', 'acceptable', 'allowed', 'permitted', 'accepted']);
/**
 * "Partial shipments are not an option; the full PO will ship together", "Orders below the minimum of 500 kg will not be
 * accepted": the first clause negates a predicate of permission over what the reader might ask for. A refusal.
 */
function permissionRefused(f: EnFacts): boolean {
  const first = f.clauses[0];
  if (!first || first.negation === undefined || first.subject?.side === 'we') return false;
  const { tokens } = f;
  for (let k = first.negation + 1; k < first.to && k - first.negation <= 4; k++) {
    if (PERMISSION.has(tokens[k]!.lemma) || PERMISSION.has(tokens[k]!.lower)) return true;
  }
  return false;
}

const SUPPLIED = /^(?:available|supplied|offered|sold|packed|delivered)$/;
/**
 * "A-180 is available in two pack sizes only": what forms a product comes in, in the present with no start, is a
 * specification ("From April, A-180 will be available in IBCs only" dates a change and stays news).
 */
function formsOnly(f: EnFacts): boolean {
  const { tokens } = f;
  if (startMarked(f) || f.clauses.some((c) => c.tense !== 'present' || c.negation !== undefined)) return false;
  return tokens.some((t, i) => SUPPLIED.test(t.lower) && tokens[i - 1]?.lemma === 'be' &&
    /^(?:in|as)$/.test(w(f, i + 1)) && !/^(?:stock|limited|small|short)$/.test(w(f, i + 2)));
}

/** Words one of the readers above needs (a cheap test the rule runs before parsing a sentence). */
const PERSON_OR_HANDOVER = /\b(?:retir|resign|quit|depart|step|leav|left|releas|reassign|transfer|rotat|reliev|second|redeploy|relocat|mov|replac|succeed|assign|realloc|withdr|remov|pull|deploy|promot|pass|hand|shift|migrat|go)/i;
const START = /\b(?:from|effective|as of|starting|w\.?e\.?f|onwards?|henceforth|going forward|immediate)/i;
const QUANTITY_OR_STATUS = /\b(?:corrective|safety|against|versus|out of|half|third|quarter|fifth|portion|fraction|back-?order\w*|back order\w*|allocation|quota|allotment|quot\w*|recall\w*|quarantine\w*|hold|held|embargo\w*|block\w*|detain\w*|suspend\w*|freez\w*|frozen|isolat\w*|segregat\w*|impound\w*|seiz\w*|withh\w*|pending)\b/i;
const NEGATED_FIGURE = /\b(?:not|cannot)\b|n't\b/i;
export const mayBeSupplyNews = (text: string): boolean => PERSON_OR_HANDOVER.test(text) || QUANTITY_OR_STATUS.test(text) ||
  (START.test(text) && /\b(?:your|the)\b/i.test(text)) || (NEGATED_FIGURE.test(text) && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(text));
