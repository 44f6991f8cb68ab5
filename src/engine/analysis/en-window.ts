import type { EnFacts, EnToken } from './en';
import { dateAt } from './en-deadline';

/**
 * Round 21: two ways a seller presses a prospect without naming the reader's decision at all.
 *
 * A closing window offered as scarcity — "our summer onboarding cohort closes June 30; after that the next opening
 * is January", "the Q3 production slots fill by August 1. The next run is in February". A place in something of the
 * seller's that the reader could take (a cohort, an intake, a batch, slots, an allocation, a booking window: a word
 * of capacity or of a chance, never an office, a fair or a fiscal year) closes, fills or ends on a date, and the next
 * one is told to be far off. Read from the clause: the closing verb, the window as its subject (not the reader's:
 * "your tender window closes"), a date after it; then a "next/following" chance or "not … until" with a later
 * period. The rule decides whether the reader asked about timing (then it answers them).
 *
 * A veiled consequence told as what happens to others — "OEMs who haven't picked a vendor by this summer usually end
 * up delaying SOP", "those who delay often find the slots gone". A generic subject restricted by a relative clause
 * of not acting (a negated act, or a verb of putting off), then a bad outcome, told as what usually happens.
 */

/** Verbs by which a window shuts: "closes", "fills (up)", "ends", "shuts", "sells out", "books up", "wraps up". */
const CLOSING = new Set(['close', 'fill', 'end', 'shut', 'expire', 'lapse', 'finish', 'sell', 'book', 'wrap']);
/** A window's state after "is / will be": "is full after May 10", "will be gone by mid-July", "is booked up from July 1". */
const SHUT_STATES = new Set(['full', 'gone', 'closed', 'booked', 'filled', 'sold', 'taken', 'allocated']);
/** Our side ceasing to take places: "we stop taking registrations on June 30", "we cease accepting orders for Q3". */
const CEASING = new Set(['stop', 'cease', 'halt']);
const TAKING = new Set(['take', 'taking', 'accept', 'accepting', 'book', 'booking', 'allocate', 'allocating', 'enrol', 'enroll', 'enrolling', 'register', 'registering']);
/**
 * The capacity or the chance a reader could take a place in. A class of nouns (what is allocated, enrolled in or
 * booked), not the instances: places and seats, rounds and waves, runs and slots.
 */
// Not the periods of a calendar ("season", "cycle", "books" that close for the fiscal year) nor a public tender: those
// close for everyone, and saying so offers nothing.
const WINDOWS = new Set(['cohort', 'intake', 'batch', 'allocation', 'allotment', 'slot', 'window', 'waitlist', 'wait-list', 'booking', 'run',
  'enrolment', 'enrollment', 'registration', 'programme', 'program', 'pilot', 'round', 'wave', 'capacity', 'quota', 'spot', 'place',
  'seat', 'tranche', 'calendar', 'schedule', 'diary', 'availability', 'opening', 'application', 'sign-up', 'signup',
  'onboarding', 'training', 'session', 'course', 'offer', 'production', 'vintage', 'lot',
  'entry', 'entries', 'admission', 'subscription', 'presale', 'pre-order', 'preorder', 'reservation', 'ballot']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** A period far enough off to be "the next chance": a month, a season, a quarter, a year. */
const PERIODS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'quarter', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'earliest',
  'months', 'season', 'fiscal']);
const later = (x: EnToken) => MONTHS.has(x.lower) || PERIODS.has(x.lower) || /^20\d\d$/.test(x.lower);
const NEGATORS = new Set(['not', "n't", 'never', 'cannot', 'no']);

function clauseAt(f: EnFacts, i: number) {
  return f.clauses.find((c) => c.from <= i && i < c.to);
}

/** Token index of a closing verb whose subject is a window of ours (not the reader's) with a date after it, or -1. */
export function windowClosing(f: EnFacts): number {
  if (f.question) return -1;
  const t = f.tokens;
  const words = t.map((x) => x.lower);
  for (let i = 1; i < t.length; i++) {
    const v = t[i]!;
    const closing = CLOSING.has(v.lemma) && (v.pos === 'VERB' || v.pos === 'NOUN' || v.pos === 'ADJ') && !/^(?:closed|ended|filled|finished|shut)$/.test(v.lower);
    const shut = SHUT_STATES.has(v.lower) && t[i - 1]!.lemma === 'be' && !/^(?:was|were)$/.test(t[i - 1]!.lower);
    const ceasing = CEASING.has(v.lemma) && v.pos === 'VERB' && TAKING.has(t[i + 1]?.lower ?? '');
    if (!closing && !shut && !ceasing) continue;
    const c = clauseAt(f, i);
    if (!c || c.conditional || c.negation !== undefined || (c.tense === 'past' && !c.perfect)) continue;
    // The window is the subject (a noun of capacity before the verb, in the verb's clause, not the reader's), or what
    // we stop taking ("stop taking registrations for the summer intake").
    const before = t.slice(c.from, i);
    if (before.some((x) => x.lower === 'your' || x.lower === 'you' || x.lower === 'if')) continue;
    const named = ceasing ? t.slice(i + 1, Math.min(c.to, i + 8)) : before;
    if (!named.some((x, k) => isWindow(x, named[k - 1], named[k - 2]))) continue;
    // A date after the verb: "closes June 30", "fills up by July 15", "ends on Friday", "closes at the end of this month".
    for (let k = i + 1; k < Math.min(t.length, i + 10); k++) {
      if (dateAt(words, k) !== undefined && words[k] !== 'then' && words[k] !== 'that') return i;
    }
  }
  return -1;
}

/** A noun of capacity or of a chance; "sign-ups" split by the tokenizer is joined back. */
function isWindow(x: EnToken, prev?: EnToken, prev2?: EnToken): boolean {
  if (x.pos !== 'NOUN' && x.pos !== 'PROPN') return false;
  if (WINDOWS.has(x.lemma) || WINDOWS.has(x.lower)) return true;
  return prev?.text === '-' && !!prev2 && WINDOWS.has(`${prev2.lower}-${x.lower}`.replace(/s$/, ''));
}

/**
 * The next chance told to be far off, from token `from` on: "the next opening is January", "the next one does not
 * start until March", "after that we are looking at December", "we will not open another round before next spring".
 */
export function nextFarOff(f: EnFacts, from = 0): boolean {
  const t = f.tokens;
  for (let i = from; i < t.length; i++) {
    const w = t[i]!.lower;
    const rest = t.slice(i + 1, i + 12);
    if ((w === 'next' || w === 'following' || w === 'another') && t[i + 1]?.lower !== 'week' && t[i + 1]?.lower !== 'year' &&
      rest.some(later)) return true;
    // "after that, we are looking at December at the earliest"
    if (w === 'after' && /^(?:that|this|then)$/.test(t[i + 1]?.lower ?? '') && rest.some(later)) return true;
    // "won't run until the autumn", "not … before next spring"
    if (NEGATORS.has(w) && t.slice(i + 1, i + 8).some((x, k, list) => /^(?:until|till|before)$/.test(x.lower) && list.slice(k + 1, k + 5).some(later))) return true;
  }
  return false;
}

/** Subjects of the generic kind: "those", "anyone", "companies", "OEMs" — a plural noun or a pronoun of anybody. */
const ANYBODY = new Set(['those', 'anyone', 'anybody', 'everyone', 'people', 'someone']);
/** Verbs of putting the decision off. */
const PUTTING_OFF = new Set(['wait', 'delay', 'hesitate', 'postpone', 'defer', 'procrastinate', 'skip', 'ignore', 'stall', 'dither']);
/** What the late ones end with. */
const BAD = new Set(['pay', 'overpay', 'lose', 'miss', 'regret', 'scramble', 'struggle', 'rush', 'fail', 'suffer', 'lag', 'fall', 'slip',
  'delay', 'stall', 'wait', 'risk', 'face', 'lose']);
/** A bad state, any part of speech: "are the first to be hit", "get stuck", "left behind", "caught short", "in a queue". */
const BAD_STATES = new Set(['hit', 'stuck', 'caught', 'behind', 'short', 'queue', 'penalised', 'penalized', 'fined', 'stranded', 'squeezed']);
/** "usually", "often", "tend to": told as what happens, not as a single case. */
const USUALLY = new Set(['usually', 'often', 'typically', 'generally', 'normally', 'frequently', 'invariably', 'inevitably', 'always', 'tend',
  'commonly', 'routinely', 'mostly', 'most', 'likely', 'probably', 'first']);

/** Token index of a relative clause of not acting after a generic subject ("OEMs who haven't picked"), or -1. */
function lateOnes(f: EnFacts): number {
  const t = f.tokens;
  for (let i = 1; i < t.length; i++) {
    // "Anyone holding off until the spring", "companies waiting for prices to fall": a participle for the relative clause.
    const participle = /ing$/.test(t[i]!.lower) && t[i]!.pos === 'VERB' && (PUTTING_OFF.has(t[i]!.lemma) ||
      ((t[i]!.lemma === 'hold' || t[i]!.lemma === 'put') && t[i + 1]?.lower === 'off'));
    if (t[i]!.lower !== 'who' && t[i]!.lower !== 'that' && !participle) continue;
    const head = t[i - 1]!;
    const generic = ANYBODY.has(head.lower) || ((head.pos === 'NOUN' || head.pos === 'PROPN') && /s$/.test(head.lower) && head.lower !== head.lemma) ||
      /^[A-Z]{2,}s$/.test(head.text);
    if (!generic || t.slice(Math.max(0, i - 4), i).some((x) => x.lower === 'we' || x.lower === 'our' || x.lower === 'us' || x.lower === 'your')) continue;
    const rel = t.slice(i + 1, i + 6);
    // "who haven't picked", "that do not commit", "who fail to act"
    const negatedAct = rel.some((x, k) => (NEGATORS.has(x.lower) || x.lemma === 'fail') && rel.slice(k + 1, k + 4).some((y) => y.pos === 'VERB' && y.lemma !== 'need' && y.lemma !== 'want'));
    // "who delay", "that put off the upgrade", "who hold off for a better price"
    // "who delay", "that put off the upgrade", "who hold off", "that leave it until Q4", "who sit on the decision"
    const putOff = participle || rel.slice(0, 3).some((x, k) => PUTTING_OFF.has(x.lemma) ||
      ((x.lemma === 'put' || x.lemma === 'hold') && rel.slice(k + 1, k + 4).some((y) => y.lower === 'off')) ||
      ((x.lemma === 'leave' || x.lemma === 'sit') && rel.slice(k + 1, k + 4).some((y) => /^(?:until|till|late|on)$/.test(y.lower))));
    // A negated act is about timing only with a time bound on it ("by this summer", "before Q3", "yet", "now"): "importers
    // who have not registered for AEO usually wait longer at customs" is a fact of procedure, not a clock on the reader.
    const span = t.slice(i + 1, i + 14);
    const bound = span.some((x, k) => /^(?:yet|now|early|soon|already)$/.test(x.lower) ||
      (/^(?:by|before|until|till)$/.test(x.lower) && span.slice(k + 1, k + 4).some((y) => later(y) || /^(?:this|next|then|the)$/.test(y.lower))));
    if ((negatedAct && bound) || putOff) return i;
  }
  return -1;
}

/** A generic subject restricted by not acting, then a bad outcome, told as what usually happens. */
export function othersFate(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const who = lateOnes(f);
  if (who < 0) return false;
  const t = f.tokens;
  const after = t.slice(who + 2);
  const usually = t.some((x) => USUALLY.has(x.lower));
  const endUp = after.some((x, k) => x.lemma === 'end' && after[k + 1]?.lower === 'up');
  // "find themselves rushing", "find that the slots are gone"
  const findThemselves = after.some((x, k) => x.lemma === 'find' && /^(?:themselves|that|the)$/.test(after[k + 1]?.lower ?? ''));
  const bad = endUp || findThemselves || after.some((x, k) => ((x.pos === 'VERB' || /^(?:will|would|likely|to)$/.test(after[k - 1]?.lower ?? '')) && BAD.has(x.lemma) && k > 0) || BAD_STATES.has(x.lower));
  return bad && (usually || endUp);
}

/** Word gates for both classes, before the parse. */
export const MAY_CLOSE_WINDOW = /\b(?:clos|fill|end|shut|expir|laps|finish|sell|sold|book|wrap|full|gone|taken|allocated|stop|cease|halt)/i;
export const MAY_TELL_OTHERS = /\b(?:who|that|holding|putting|waiting|delaying|hesitating|postponing|deferring)\b/i;
