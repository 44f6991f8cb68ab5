import { clauseOf as indexedClause } from './en';
import type { EnClause, EnFacts, EnToken } from './en';
import { deadlinesIn } from './en-deadline';
import { nearTime } from './en-levers';

/**
 * What the reader forfeits when the seller's deadline passes (round 19): a deadline or a condition on the
 * reader's decision, and — in the same sentence or the next — what we will no longer do or what gets worse.
 * "Sign before 1 September. After that the price goes up by 25%, and I cannot make exceptions." "I need you to
 * confirm today. Otherwise we cannot guarantee the introductory pricing." "Unless an order is confirmed by then,
 * the pumps will be collected." "No extensions, and the offer won't be repeated." Read as two parts:
 *
 * - the consequence (forfeitOf): our side's doing negated (any verb: "cannot make exceptions", "won't be able to
 *   match it"), the deadline itself made final (no extension, exception, repeat, renewal), or something worse for
 *   the reader (a price rising or back to list, an offer lapsing, a thing of theirs taken back, a chance gone for
 *   a long time);
 * - the frame that ties it to a deadline (frameOf): "after that", "past that point", "otherwise", "if not" (a date
 *   said back: the anchor is the sentence before, deadlineSet), or in the sentence itself "after Friday", a
 *   condition on the reader's act with a time bound ("unless … by then", "if we cannot meet during these three
 *   days"), or a request by a date with the loss as its alternative ("sign by Friday, or …").
 *
 * Not pressure: a refusal of what the reader asked (their request named), a schedule of ours ("we cannot ship
 * before January": the negated act bound to a later date), a meeting room or hotel not held, our own delay.
 */

export type Forfeit = 'noLonger' | 'final' | 'worse';
export type Frame = 'anaphor' | 'dated' | 'conditional' | 'alternative';

const NEGATORS = new Set(['not', "n't", 'cannot', 'never', 'no', 'unable']);
const isNeg = (t: EnToken) => NEGATORS.has(t.lower) || t.lemma === 'not';

/** Arranging a meeting or a trip: a room, a hotel, a table not held is logistics, not a forfeit. */
/** Verbs of keeping a term of the offer for the reader: what a forfeit takes away. */
const CONCEDE = new Set(['hold', 'match', 'honour', 'honor', 'keep', 'reserve', 'extend', 'guarantee', 'offer', 'beat', 'maintain', 'lock', 'secure', 'protect']);
const LOGISTICS = new Set(['room', 'hotel', 'venue', 'table', 'flight', 'ticket', 'parking', 'restaurant', 'car', 'shuttle', 'agenda']);

/** What makes a deadline final: an extension, an exception, a repeat, a renewal, a second chance. */
const EXTENDING = new Set(['extension', 'extend', 'exception', 'repeat', 'renew', 'renewal', 'prolong', 'prolongation', 'postpone',
  'postponement', 'defer', 'deferral', 'reopen', 'again', 'grace', 'reissue', 'reinstate', 'revisit']);

/** What an offer or a lent thing is made of: what lapses or is taken back. */
const OFFERED = new Set(['offer', 'price', 'pricing', 'rate', 'discount', 'deal', 'promotion', 'promo', 'bundle', 'terms', 'rebate', 'incentive',
  'exclusivity', 'allocation', 'reservation', 'saving', 'savings', 'waiver', 'fee', 'credit', 'voucher', 'slot', 'spot', 'place', 'quota', 'trial',
  'evaluation', 'pilot', 'licence', 'license', 'proposal', 'quote', 'quotation', 'conditions', 'package', 'tariff', 'subscription']);
/** An offer lapsing: expires, ends, lapses, is withdrawn, cancelled, forfeited, voided, revoked. */
export const LAPSING = new Set(['expire', 'end', 'lapse', 'withdraw', 'cancel', 'forfeit', 'void', 'revoke', 'disappear', 'vanish', 'cease', 'terminate']);
/** A thing taken back or given away: collected, removed, recalled, reallocated, released, given to another customer. */
export const TAKEN = new Set(['collect', 'remove', 'retrieve', 'recall', 'reclaim', 'repossess', 'reallocate', 'reassign', 'redeploy', 'release', 'return',
  'uninstall', 'dismantle', 'deactivate', 'disable', 'suspend', 'revoke', 'sell', 'give', 'transfer', 'offer', 'move', 'ship', 'pick', 'take',
  // Round 20: the thing handed on to someone else — "it goes to a customer in Korea", "we will allocate the slot to
  // another bank", "the unit passes to the next buyer" (these, like give and move, need "to another …").
  'go', 'allocate', 'assign', 'hand', 'pass', 'award', 'release', 'divert', 'route', 'promise', 'commit']);
/** A price going up, or back to its full level. */
export const RISING = new Set(['increase', 'rise', 'raise', 'climb', 'jump', 'double', 'revert']);
const FULL = new Set(['list', 'standard', 'full', 'regular', 'normal', 'catalogue', 'catalog', 'higher', 'new']);
const PRICE = new Set(['price', 'pricing', 'rate', 'rates', 'prices', 'fee', 'cost', 'tariff', 'charge', 'surcharge', 'premium']);
/** Verbs that take a thing back for good (unlike "move", "give", "ship", which need "back" or "to another"). */
const TAKEN_BACK = new Set(['collect', 'remove', 'retrieve', 'recall', 'reclaim', 'repossess', 'reallocate', 'reassign', 'redeploy', 'uninstall',
  'dismantle', 'deactivate', 'disable', 'suspend', 'revoke']);
/** A charge that comes (back): reinstated, reintroduced, added, applied. */
const CHARGED = new Set(['reinstate', 'reintroduce', 'restore', 'add', 'apply', 'introduce', 'impose', 'levy']);
const CHARGES = new Set(['surcharge', 'fee', 'charge', 'premium', 'penalty', 'levy', 'supplement']);
/** A chance gone: the calendar or the window closed, the next opportunity far away. */
const CHANCES = new Set(['opportunity', 'chance', 'slot', 'window', 'opening', 'availability', 'visit', 'possibility', 'date', 'intake', 'round', 'batch', 'cohort']);
const CLOSABLE = new Set(['calendar', 'schedule', 'diary', 'window', 'books', 'list', 'intake', 'programme', 'program', 'allocation', 'registration']);

function clauseOf(f: EnFacts, i: number): EnClause | undefined {
  return indexedClause(f, i);
}

/** Not a report of what happened ("the offer expired last week"). */
function notPast(c: EnClause | undefined): boolean {
  return c !== undefined && !(c.tense === 'past' && c.modal === undefined && !c.perfect && !c.passive);
}

/**
 * Our side's doing negated, whatever the verb: "I cannot make exceptions", "we won't be able to match it", "I am
 * unable to hold it", "we will not be in a position to honour the quote", "the price can no longer be guaranteed".
 * Not bound to a later date of its own ("we cannot ship before January": a schedule) and not a meeting room.
 */
function noLonger(f: EnFacts, c: EnClause): boolean {
  const t = f.tokens;
  if (c.conditional || c.negation === undefined || c.verb === undefined) return false;
  // The parse may take a fronted date for the subject ("after Thursday we will not …"): our pronoun before the negation will do.
  const ours = c.subject?.side === 'we' || c.droppedSubject === true || (c.passive && c.modal === 'can' && c.subject?.side !== 'you') ||
    t.slice(c.from, c.negation).some((x) => x.lower === 'i' || x.lower === 'we');
  if (!ours) return false;
  const verb = t[c.verb]!;
  // "we don't have the figures", "I did not see it": a plain fact of ours; the forfeit is a modal's (can, will, be able).
  if (c.modal === undefined && !t.slice(c.negation, c.verb + 1).some((x) => /^(?:unable|position|longer)$/.test(x.lower))) return false;
  if (verb.lemma === 'be' && !t.slice(c.verb, c.to).some((x) => x.lower === 'position')) return false;
  const rest = t.slice(c.verb + 1, c.to);
  if (rest.some((x) => LOGISTICS.has(x.lemma))) return false;
  // What is lost must be a term of the offer: a verb of keeping a term for them ("hold it", "match it", "guarantee
  // the pricing") or a term named ("exceptions", "the slot"). "we will not be able to start the samples next week"
  // (their drawings late) and "after Friday we cannot accept changes to the drawings" are our process, not a loss
  // held over their decision.
  if (!CONCEDE.has(verb.lemma) && !rest.some((x) => OFFERED.has(x.lemma) || PRICE.has(x.lemma) || CHANCES.has(x.lemma) || EXTENDING.has(x.lemma))) return false;
  // "cannot ship before January", "won't be able to start until May": our schedule, not the reader's loss.
  if (rest.some((x, k) => /^(?:before|until|till|earlier|sooner|in)$/.test(x.lower) && nearTime(rest.slice(k + 1, k + 5)))) return false;
  return true;
}

/** The deadline made final: "no further extensions", "no exceptions", "the offer won't be repeated", "will not be offered again". */
function isFinal(f: EnFacts, c: EnClause): boolean {
  const t = f.tokens;
  return t.some((x, i) => i >= c.from && i < c.to && EXTENDING.has(x.lemma) &&
    t.slice(Math.max(c.from, i - 5), i).some(isNeg));
}

/** A verb said of the future or now, not a report ("expired", "was collected" with no will, be or get before it). */
function current(t: EnToken[], i: number): boolean {
  if (!/ed$/.test(t[i]!.lower)) return true;
  return t.slice(Math.max(0, i - 3), i).some((x) => x.lemma === 'will' || x.lemma === 'be' || x.lemma === 'get' || x.lemma === 'shall');
}

/** A word of a lapse in any of its forms: "expires", "forfeited" (tagged an adjective at times), "cancelled". */
const lapseWord = (x: EnToken) => LAPSING.has(x.lemma) || LAPSING.has(x.lower.replace(/(?:ed|d|led)$/, '')) || LAPSING.has(x.lower.replace(/s$/, ''));

/** Something worse for the reader: a price rising, an offer lapsing, a thing taken back, a chance gone for long. */
function worse(f: EnFacts, c: EnClause): boolean {
  const t = f.tokens;
  if (c.conditional) return false;
  const words = t.slice(c.from, c.to);
  // "the next opportunity will be in 2028", "his next visit is not before 2028": a chance gone for long.
  if (words.some((x, k) => x.lower === 'next' && CHANCES.has(words[k + 1]?.lemma ?? '')) &&
    words.some((x, k) => /^20\d\d$/.test(x.lower) || (x.lower === 'year' && words[k - 1]?.lower === 'next'))) return true;
  if (c.negation !== undefined && !words.some((x) => x.lower === 'longer')) return false;
  const lemmas = new Set(words.map((x) => x.lemma));
  const price = [...PRICE].some((p) => lemmas.has(p));
  // Round 20: "From next Monday our price list change and I think will be +USD 180/t": a signed rise in the clause,
  // the price it raises named anywhere in the sentence (a writer's grammar may leave the two in different clauses).
  const signed = words.some((y, k) => (y.text === '+' && /^(?:\d|[A-Z]{3}$|[$€£¥])/.test(words[k + 1]?.text ?? '')) || /^\+(?:\d|[A-Z]{3}\b|[$€£¥])/.test(y.text));
  if (signed && t.some((y) => PRICE.has(y.lemma))) return true;
  const verbs = words.map((x, k) => ({ x, i: c.from + k })).filter(({ x, i }) => (x.pos === 'VERB' || i === c.verb) && current(t, i));
  for (const { x, i } of verbs) {
    // "the price goes up by 25%", "the fee rises", "the rate reverts to standard"
    if (price && (RISING.has(x.lemma) || (x.lemma === 'go' && t[i + 1]?.lower === 'up'))) return true;
    // "the list price applies", "standard rates apply", "you will be charged the full price"
    if ((x.lemma === 'apply' || x.lemma === 'charge' || x.lemma === 'bill' || x.lemma === 'invoice') &&
      words.some((y, k) => FULL.has(y.lower) && PRICE.has(words[k + 1]?.lemma ?? ''))) return true;
    // "the freight surcharge is reinstated", "a setup fee will be added": a charge coming (back).
    if (CHARGED.has(x.lemma) && words.some((y) => CHARGES.has(y.lemma))) return true;
    // "the discount goes away", "the offer drops off"
    if (x.lemma === 'go' && /^(?:away|off)$/.test(t[i + 1]?.lower ?? '') && words.some((y) => OFFERED.has(y.lemma))) return true;
    // "the pumps will be collected", "we will have to remove the loaner", "I shall have to release the 5 tonnes to
    // another customer", "the engineers assigned to you move to another project": ours no longer theirs.
    if (TAKEN.has(x.lemma)) {
      const after = t.slice(i + 1, c.to).map((y) => y.lower);
      const away = after.some((w, k) => (w === 'to' || w === 'for') &&
        after.slice(k + 1, k + 5).some((y) => /^(?:another|other|others|else|someone|somebody|next|different|third|customers?|clients?|buyers?|bidders?|waiting|market|queue|competitors?|pipeline)$/.test(y) ||
          // Round 42: "… the container will go to him": a third person (the other buyer named before), never the reader.
          (/^(?:him|her)$/.test(y) && y === after[k + 1])));
      const back = after[0] === 'back' || (after[0] === 'up' && x.lemma === 'pick') || (x.lemma === 'take' && after.includes('back')) ||
        // Round 43 (vd-043): "both slots … will be given out / handed out by the end of March": shared out to others.
        (after[0] === 'out' && (x.lemma === 'give' || x.lemma === 'hand'));
      if (TAKEN_BACK.has(x.lemma) || away || (back && ((x.lemma !== 'give' && x.lemma !== 'move') || after[0] === 'out'))) return true;
    }
    // "Dr. Vogel's calendar is closed", "the window closes", "registration will be full"
    if (x.lemma === 'close' && words.some((y) => CLOSABLE.has(y.lemma))) return true;
  }
  // "the offer will expire", "the waived setup fee is cancelled", "the rebate will be forfeited", "is no longer available"
  const offered = words.findIndex((x) => OFFERED.has(x.lemma) && x.pos !== 'VERB');
  if (offered >= 0 && words.some((x, k) => k > offered && lapseWord(x) && current(t, c.from + k))) return true;
  return offered >= 0 && words.some((x, k) => x.lower === 'longer' && words[k - 1]?.lower === 'no' && /^(?:available|valid|possible|offered|apply|applies|stand|hold)$/.test(words[k + 1]?.lower ?? words[k + 2]?.lower ?? ''));
}

/** The consequence a sentence states, with the clause it sits in. */
export function forfeitOf(f: EnFacts): { kind: Forfeit; clause: EnClause } | undefined {
  if (f.question) return undefined;
  for (const c of f.clauses) {
    if (c.conditional) continue;
    if (isFinal(f, c)) return { kind: 'final', clause: c };
    if (worse(f, c)) return { kind: 'worse', clause: c };
    // "past that point I cannot hold it": the "no" of "no longer" is read here, not as a final edge.
    if (noLonger(f, c)) return { kind: 'noLonger', clause: c };
  }
  // "The waived setup fee is cancelled" parsed as one clause with a stray negation elsewhere is read above; a verbless
  // "No extensions." is a clause of its own.
  return undefined;
}

/** What the reader's side does in a condition: orders, signs, confirms, decides, meets us, replies. */
const READER_ACTS = new Set(['order', 'po', 'contract', 'agreement', 'confirm', 'sign', 'decide', 'decision', 'commit', 'meet', 'hear', 'receive',
  'reply', 'respond', 'answer', 'go-ahead', 'approval', 'approve', 'purchase', 'buy', 'book', 'proceed', 'accept', 'signature', 'confirmation']);

/** A time bound in a span: a date, "then", "that date", "during these three days", "this week". */
function timeBound(t: EnToken[]): boolean {
  const lower = t.map((x) => x.lower);
  return nearTime(t) || deadlinesIn(lower).length > 0 || lower.includes('then') ||
    lower.some((w, i) => (w === 'during' || w === 'within' || w === 'in') && /^(?:these|those|the|this|that)$/.test(lower[i + 1] ?? '') &&
      lower.slice(i + 2, i + 5).some((x) => /^(?:days?|weeks?|window|visit|period|trip|stay)$/.test(x)));
}

/**
 * How the consequence is tied to a deadline. `anaphor` points back to a date said before ("after that", "past
 * that point", "otherwise", "if not", "failing that"): the sentence before must set it (deadlineSet).
 */
export function frameOf(f: EnFacts, consequence: EnClause): Frame | undefined {
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  const head = consequence.verb ?? consequence.from;
  // A condition on the reader's act with a time bound: "unless an order is confirmed by then", "if we cannot meet during these days".
  const cond = f.clauses.find((c) => c.conditional && c !== consequence && (lower[c.from] === 'unless' || c.negation !== undefined ||
    lower.slice(c.from, c.to).includes('unless')));
  if (cond) {
    // Round 42: "If we don't have your confirmation before this Friday 20 February, …": "before" and a determiner open a
    // clause of their own in the parse; a verbless one right after the condition is still its time bound.
    const after = f.clauses[f.clauses.indexOf(cond) + 1];
    const span = t.slice(cond.from, after && after !== consequence && after.verb === undefined ? after.to : cond.to);
    if (span.some((x) => READER_ACTS.has(x.lemma) || READER_ACTS.has(x.lower) || x.lower === 'you' || x.lower === 'your') && timeBound(span)) return 'conditional';
  }
  const all = deadlinesIn(lower, { bareThat: true });
  const deadlines = all.filter((d) => d.word < head);
  // "after that", "past that point", "beyond then"; round 25 (AB's ab-a-059): the anaphor may close the sentence too —
  // "the pricing cannot be honoured after this date", "we can no longer hold the slot beyond that point".
  if (deadlines.some((d) => d.anaphor && d.sense === 'from') || all.some((d) => d.anaphor && d.sense === 'from' && d.word > head && lower[d.date] !== 'then')) return 'anaphor';
  // "Otherwise …", "If not, …", "Failing that, …", "Any later and …"
  const lead = lower[0] === 'and' || lower[0] === 'but' || lower[0] === 'so' ? 1 : 0;
  if (/^(?:otherwise|else)$/.test(lower[lead] ?? '') || (lower[lead] === 'if' && lower[lead + 1] === 'not') ||
    (lower[lead] === 'failing' && lower[lead + 1] === 'that') || (lower[lead] === 'any' && lower[lead + 1] === 'later')) return 'anaphor';
  // Round 25 (O-en2-19): "the fee will lapse on Friday, 5th June, upon which the standard tariff shall apply", "… after
  // which point": a relative pronoun said back to the date just given, in the same sentence.
  // The consequence may be the lapse before it ("will lapse on Friday, upon which …"): the relative may follow the head.
  const relative = lower.findIndex((w, i) => /^(?:upon|after|from|past|beyond|at)$/.test(w) && lower[i + 1] === 'which' &&
    (w !== 'at' || lower[i + 2] === 'point'));
  if (relative > 0 && deadlinesIn(lower).some((d) => !d.anaphor && d.word < relative)) return 'dated';
  // "The proposal stands until noon on Friday, and it will not be offered again": the date made final in one sentence.
  if (isFinal(f, consequence) && deadlinesIn(lower).some((d) => !d.anaphor && d.word < consequence.from)) return 'dated';
  // "after Friday", "from 1 October", "past the 15th": a date of ours from which it holds.
  // "from" only where it opens the clause ("because from next week …"): "a letter from Friday" dates a thing.
  if (deadlines.some((d) => !d.anaphor && d.sense === 'from' && (lower[d.word] !== 'from' || d.word === 0 || /^(?:[,;:—–-]|because|as|and|so|but|since)$/.test(lower[d.word - 1]!)))) return 'dated';
  // "Sign before the 15th, or the fee rises", "confirm by Friday; otherwise …": a request by a date, the loss its alternative.
  const or = lower.findIndex((w, i) => i < head && (w === 'or' || w === 'otherwise' || w === 'else') && timeBound(t.slice(0, i)));
  if (or >= 0 && (f.imperative || f.acts.includes('request'))) return 'alternative';
  return undefined;
}

/** Verbs and adjectives of a term that runs to a date: valid, ends, expires, holds, stands, runs, lasts. */
const TERM = new Set(['valid', 'end', 'expire', 'hold', 'stand', 'run', 'last', 'close', 'lapse', 'good', 'available', 'apply', 'finish']);
/** What the reader is asked to do by the date: a decision, an order, a signature, a confirmation, a meeting. */
const ASKED = new Set(['sign', 'confirm', 'decide', 'order', 'commit', 'reply', 'respond', 'revert', 'know', 'book', 'reserve', 'proceed',
  'approve', 'accept', 'place', 'send', 'secure', 'lock', 'finalise', 'finalize', 'buy', 'purchase', 'meet', 'answer', 'hear']);

/** Labels of a limit in a list line: "Validity:", "Deadline:", "Expiry:", "Cut-off:". */
const LIMIT_LABELS = new Set(['validity', 'deadline', 'expiry', 'expires', 'cut-off', 'cutoff', 'valid']);

/** A decision given as a thing: "your go-ahead", "the signed PO", "your answer". */
const DECISIONS = new Set(['decision', 'go-ahead', 'approval', 'answer', 'signature', 'po', 'commitment', 'confirmation', 'order', 'contract', 'agreement', 'yes', 'reply', 'response']);

/**
 * The reader's own request named ("your request to extend the trial", "as you asked", "as requested"): what
 * follows refuses it (the refusal rules'), it does not threaten.
 */
export function askedByReader(f: EnFacts): boolean {
  const lower = f.tokens.map((x) => x.lower);
  return lower.some((w, i) => (w === 'your' && lower.slice(i + 1, i + 4).some((x) => /^(?:request|requests|question|enquiry|inquiry|ask|proposal|suggestion)$/.test(x))) ||
    (w === 'you' && /^(?:asked|requested|proposed|suggested|wanted)$/.test(lower[i + 1] ?? '')) || (w === 'as' && lower[i + 1] === 'requested'));
}

/**
 * The anchor: a deadline set on the reader's decision ("sign the pilot agreement before 1 September", "please
 * confirm by Thursday", "I need you to confirm today"), or a term of ours that runs out ("the offer is valid until
 * 5 p.m. on June 18", "the evaluation ends on May 21", "the launch pricing is only valid for orders received by
 * March 31"). A date alone (our office closing, a delivery date) sets nothing on the reader.
 */
export function deadlineSet(f: EnFacts): boolean {
  const t = f.tokens;
  if (f.question && !f.acts.includes('request')) return false;
  const lower = t.map((x) => x.lower);
  const dated = deadlinesIn(lower).some((d) => !d.anaphor) || nearTime(t);
  if (!dated) return false;
  const asked = f.imperative || f.acts.includes('request') ||
    f.clauses.some((c) => c.subject?.side === 'we' && t.slice(c.from, c.to).some((x) => x.lemma === 'need' || x.lemma === 'require' || x.lemma === 'advice' || x.lemma === 'advise')) ||
    lower.slice(0, 4).some((w) => w === 'advice' || w === 'recommendation' || w === 'suggestion');
  // "sign" after "My honest advice:" is tagged a noun: asked, any word of the act will do.
  if (asked && t.some((x, i) => ASKED.has(x.lemma) || DECISIONS.has(x.lemma) || (x.lemma === 'go' && /^(?:-|ahead)$/.test(lower[i + 1] ?? '')))) return true;
  // Round 25: a list line or a heading that labels the date as the limit ("- Validity: today 5 pm JST only", "Deadline:
  // Friday 12:00"): the label says what the date ends.
  if (t.some((x, i) => LIMIT_LABELS.has(x.lower) && /^[:：]$/.test(t[i + 1]?.text ?? ''))) return true;
  // A term of ours that runs to the date: an offer, a price, a trial or evaluation period.
  return t.some((x) => OFFERED.has(x.lemma) || x.lemma === 'period') && t.some((x) => TERM.has(x.lemma));
}
