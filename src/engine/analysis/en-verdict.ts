// Round 22: a verdict of ours on a thing — withheld, someone else's job, or a term the same for everyone — the shape in
// which a reply turns down what the reader asked for without naming the ask: "Technician visit for the replacement is
// not included", "Extended support beyond the EOL date is not part of our lifecycle policy", "the soil calibration is
// your side, not our responsibility", "Saturday support desk → not available", "Net 30 applies to all our distributors",
// "The Q2 price … is fixed for the rest of the year". Read from the parse: the subject is a thing (not our side, not the
// reader), the predicate withholds it (a negated participle of providing, a negated adjective of availability, "not part
// of", "not our duty") or binds every customer; the words of each class are WordNet's (dictionaries/en/verdict-class.json,
// scripts/build-en-verdict-class.mjs). Whether it answers an ask is the reply's to say (src/rules/en/lib/verdict.ts):
// said of its own accord, in a first quote or a specification, it informs.
import { z } from 'zod';
import data from '../../../dictionaries/en/verdict-class.json';
import { bundled, onDemand } from '../../rules/bundled';
import type { EnClause, EnFacts, EnToken } from './en';
import { isCost } from './en-kept';
import { designReason, saysHowOften } from './en-describes';

const VerdictClassSchema = onDemand(() => z.object({
  about: z.string(),
  seeds: z.record(z.string(), z.record(z.string(), z.string())),
  examples: z.record(z.string(), z.array(z.string())),
  provideVerbs: z.array(z.string().regex(/^[a-z]+$/)).min(5),
  availableAdjectives: z.array(z.string().regex(/^[a-z]+$/)).min(3),
  dutyNouns: z.array(z.string().regex(/^[a-z]+$/)).min(3),
  partNouns: z.array(z.string().regex(/^[a-z]+$/)).min(2),
  declineVerbs: z.array(z.string().regex(/^[a-z]+$/)).min(3),
  chargeVerbs: z.array(z.string().regex(/^[a-z]+$/)).min(2),
}));

const dict = bundled('en/verdict-class', VerdictClassSchema, data);
const PROVIDE = new Set(dict.provideVerbs);
const AVAILABLE = new Set(dict.availableAdjectives);
const DUTY = new Set(dict.dutyNouns);
const PART = new Set(dict.partNouns);
const DECLINE = new Set(dict.declineVerbs);
const CHARGE = new Set(dict.chargeVerbs);
/** Spellings a writer of English as a second language uses for a duty noun ("responsability", French and Portuguese). */
const DUTY_SPELLINGS = new Map([['responsability', 'responsibility'], ['responsabilities', 'responsibility'], ['resposibility', 'responsibility']]);

/** Separators of a label and its verdict in an answer line: "Saturday desk → not available", "Visit: not included". */
const LABEL_SEPARATORS = new Set(['→', '->', '=>', ':', '–', '—', '-', '⇒', '➔', '>', '|', '｜']);

/** Adjectives of a proposal found good enough (WordNet's acceptable#a and its similar-tos). */
const ACCEPTABLE = new Set(['acceptable', 'agreeable', 'workable', 'satisfactory', 'viable', 'palatable', 'tolerable', 'feasible', 'ok', 'okay']);

/** "for us", "to us", "for our company", "from our side", right after the adjective. */
function judgedByUs(f: EnFacts, k: number): boolean {
  if (!/^(?:for|to|from)$/.test(word(f, k))) return false;
  if (/^(?:us|me)$/.test(word(f, k + 1))) return true;
  return /^(?:our|my)$/.test(word(f, k + 1)) && /^(?:side|company|team|management|end|part)$/.test(word(f, k + 2));
}

/** What each customer is: "for all accounts", "to every distributor", "for any client". */
const EVERY = new Set(['all', 'every', 'each', 'any']);
const CUSTOMERS = new Set(['account', 'customer', 'client', 'buyer', 'distributor', 'partner', 'dealer', 'reseller', 'market', 'region',
  'country', 'user', 'subscriber', 'member', 'importer', 'agent', 'territory', 'company', 'order']);
/** Adverbs of a scope without exception: "applies everywhere", "worldwide", "globally", "universally". */
const EVERYWHERE = new Set(['everywhere', 'worldwide', 'globally', 'universally']);

export type VerdictKind = 'withheld' | 'duty' | 'scope' | 'fixed' | 'no' | 'declined' | 'charged';
export interface Verdict {
  /** The clause (index) of the verdict. */
  clause: number;
  kind: VerdictKind;
}

/**
 * The verdict a sentence states on a thing of ours, or undefined. Not a question, a condition, the past, nor a plan.
 * A function of the sentence's facts, so kept with them: document hooks ask it of every English sentence on every
 * keystroke (reply-verdict, blunt-notice), and reading it afresh allocated more than the rest of those hooks.
 */
export function verdictOf(f: EnFacts): Verdict | undefined {
  const known = VERDICTS.get(f);
  if (known !== undefined) return known === NO_VERDICT ? undefined : known;
  const verdict = readVerdict(f);
  VERDICTS.set(f, verdict ?? NO_VERDICT);
  return verdict;
}
/** verdictOf's answers by the facts object (the engine's, cached by the sentence's text): they go with it. */
const VERDICTS = new WeakMap<EnFacts, Verdict | typeof NO_VERDICT>();
const NO_VERDICT = Symbol('no verdict');

function readVerdict(f: EnFacts): Verdict | undefined {
  // (Not f.imperative: "… isn't covered by us, please claim from the forwarder" states the verdict before its request.)
  if (f.question) return undefined;
  const label = labelVerdict(f);
  if (label !== undefined) return label;
  for (let c = 0; c < f.clauses.length; c++) {
    const cl = f.clauses[c]!;
    if (cl.conditional) continue;
    // The parse does not always mark the negation of a clause ("… is not part of our service"): read the words.
    const nots = negationsIn(f, cl);
    if (nots.length > 0) {
      for (const n of nots) {
        if (notOurDuty(f, n)) return { clause: c, kind: 'duty' };
        if (withheld(f, cl, n)) return { clause: c, kind: 'withheld' };
      }
      continue;
    }
    if (cl.subordinate) continue;
    if (yourDuty(f, cl)) return { clause: c, kind: 'duty' };
    if (everyCustomer(f, cl)) return { clause: c, kind: 'scope' };
    if (fixedCost(f, cl)) return { clause: c, kind: 'fixed' };
    if (chargedThing(f, cl)) return { clause: c, kind: 'charged' };
  }
  return undefined;
}

const NOT = /^(?:not|n't|n’t)$/;
function negationsIn(f: EnFacts, cl: EnClause): number[] {
  const out: number[] = [];
  for (let k = cl.from; k < cl.to; k++) if (NOT.test(f.tokens[k]!.lower)) out.push(k);
  return out;
}

/**
 * An answer line: a point, a separator, and a verdict — "Free shipping to Osaka → not offered", "Saturday desk: not
 * available", "Additional seats at the current rate → No, new seats are at the 2027 rate". Read from the words (the
 * parse takes the point for a clause of its own); 'no' only counts on an answer sheet (lib/verdict.ts).
 */
function labelVerdict(f: EnFacts): Verdict | undefined {
  // Round 27: in a table row ("| Payment terms 60 → 90 days | No. 60 days stays. |") the separator is the bar after the
  // first cell, whatever arrows the point holds.
  const row = /^[|｜]$/.test(f.tokens[0]?.text ?? '');
  const bar = (t: EnToken) => /^[|｜]$/.test(t.text);
  let sep = f.tokens.findIndex((t, i) => i > 0 && (row ? bar(t) : LABEL_SEPARATORS.has(t.text) && t.text !== '-' && t.text !== '–'));
  // Round 29: "| 5 | Data migration | N/A |" — a first cell that only numbers the row; the item is the cell after it.
  if (row && sep > 1 && f.tokens.slice(1, sep).every((t) => /^(?:#|no\.?|\d{1,3}\.?)$/i.test(t.text))) {
    sep = f.tokens.findIndex((t, i) => i > sep && bar(t));
  }
  let k = sep + 1;
  // Round 29: "Express lead time        Not possible" — a plain-text table, its cells set apart by a run of spaces or a tab:
  // the verdict is the cell after the gap (the item is every word before it).
  if (sep < 0) {
    const gap = f.tokens.findIndex((t, i) => i > 0 && t.start - f.tokens[i - 1]!.end >= 2);
    if (gap < 0) return undefined;
    sep = gap;
    k = gap;
  }
  const clause = (k: number) => Math.max(0, f.clauses.findIndex((c) => c.from <= k && k < c.to));
  // Round 24: "Your redlines — declined.", "| Escrow | Rejected |": a participle of turning down as the whole verdict on
  // an item, which may be the reader's own ("your redlines", "your request for …").
  if (declinedCell(f, k) && itemBefore(f, sep)) return { clause: clause(k), kind: 'declined' };
  // Round 24: "Moving it to your office: no, we can't", "Weekend delivery — no, we won't": a no to the item, then our side
  // negated (the same no, with its subject): a turn-down, not the reassuring "No, none".
  if (/^(?:no|nope)$/.test(word(f, k)) && /^[,;—–-]$/.test(f.tokens[k + 1]?.text ?? '') && /^(?:we|i)$/.test(word(f, k + 2)) &&
    f.clauses.some((c) => c.from >= k + 2 && c.subject?.side === 'we' && c.negation !== undefined && c.modal !== undefined) && itemBefore(f, sep)) {
    return { clause: clause(k + 2), kind: 'declined' };
  }
  if (!thingBefore(f, 0, sep)) return undefined;
  // "| Fixed price for change requests | No |", "Training in Japanese: no": a bare no as the whole cell.
  // Round 27: in a table cell, a "No." that is a sentence of its own, whatever follows it in the cell ("No. 60 days stays.").
  // Round 28: "| Weekend delivery | ✗ |", "Custom colours: ×" — a mark of no is the same bare no.
  if (NO_MARK.test(f.tokens[k]?.text ?? '') && cellEnds(f, k + 1)) return { clause: clause(k), kind: 'no' };
  // Round 29: "| Offline sync | N/A |", "Weekend delivery: NG" — the answer sheet's other short words of no.
  if (/^(?:ng|n\/a)$/.test(word(f, k)) && cellEnds(f, k + 1)) return { clause: clause(k), kind: 'no' };
  if (word(f, k) === 'n' && f.tokens[k + 1]?.text === '/' && word(f, k + 2) === 'a' && cellEnds(f, k + 3)) return { clause: clause(k), kind: 'no' };
  // Round 29: "Custom firmware logo -> Unable", "| Same-day delivery | Impossible |": a word of inability as the whole cell.
  if (/^(?:unable|impossible|infeasible|unfeasible)$/.test(word(f, k)) && cellEnds(f, k + 1)) return { clause: clause(k), kind: 'withheld' };
  if (/^(?:no|nope)\.?$/.test(word(f, k)) && (cellEnds(f, k + 1) || (row && (word(f, k).endsWith('.') || f.tokens[k + 1]?.text === '.')))) {
    return { clause: clause(k), kind: 'no' };
  }
  if (/^(?:not|n't)$/.test(word(f, k))) {
    k++;
    while (f.tokens[k]?.pos === 'ADV' && word(f, k) !== 'yet') k++;
    const p = f.tokens[k];
    if (p !== undefined && (AVAILABLE.has(p.lower) || PROVIDE.has(p.lemma) && /(?:ed|en)$/.test(p.lower))) return { clause: clause(sep + 1), kind: 'withheld' };
    // Round 25: "| Free shipping | Not possible |", "Night delivery → not feasible": a word of infeasibility (cues.json) as the
    // whole verdict after the item, which the parse leaves clause-less in a table row.
    if (p !== undefined && f.cues.infeasible?.includes(k) && cellEnds(f, k + 1)) return { clause: clause(sep + 1), kind: 'withheld' };
    return undefined;
  }
  // "Price for 2027: no change from what I sent", "Fee: no reduction": a price or a term as the point, a "no" to its change
  // after the separator — the price kept as it stands, in answer to an ask to move it.
  // A bare "no change" may be good news ("Price for 2027: no change" against a feared rise): it withholds only set against
  // what was granted before it ("But …", "However, …"); a concession noun (discount, reduction) withholds by itself.
  const moved = f.tokens[k + 1]?.pos === 'ADJ' ? f.tokens[k + 2] : f.tokens[k + 1];
  const contrast = /^(?:but|however|yet)$/.test(word(f, 0));
  if (word(f, k) === 'no' && moved !== undefined && CHANGE_NOUNS.has(moved.lemma) && (moved.lemma !== 'change' || contrast) &&
    f.tokens.slice(0, sep).some((t, i) => isCost(t, f.cues, i))) return { clause: clause(k), kind: 'fixed' };
  // "→ No, new seats are at the 2027 rate": a no, then what holds instead (no negation of its own: "No, none" reassures).
  if (/^(?:no|nope)$/.test(word(f, k)) && /^[,;—–-]$/.test(f.tokens[k + 1]?.text ?? '') && k + 2 < f.tokens.length &&
    !f.tokens.slice(k + 2).some((t) => /^(?:not|n't|no|none|never|nothing)$/.test(t.lower))) return { clause: clause(k), kind: 'no' };
  return undefined;
}

/**
 * Only a table's bar, a full stop or an exclamation after token `k`: the cell or the line ends there. Round 28: a gloss of
 * the verdict may stand before that end — in brackets ("No (not supported)") or after a slash, in the other language of a
 * bilingual sheet ("Not possible / 不可"): it restates the verdict, it adds no answer of its own.
 */
function cellEnds(f: EnFacts, k: number): boolean {
  let i = k;
  if (f.tokens[i]?.text === '(') {
    const close = f.tokens.findIndex((t, j) => j > i && j <= i + 10 && t.text === ')');
    if (close < 0) return false;
    i = close + 1;
  }
  if (/^[/／]$/.test(f.tokens[i]?.text ?? '')) {
    i++;
    while (i < f.tokens.length && !/^[|｜]$/.test(f.tokens[i]!.text) && i <= k + 12) i++;
  }
  for (; i < f.tokens.length; i++) if (!/^(?:[|｜.!]|\.\.\.)$/.test(f.tokens[i]!.text)) return false;
  return true;
}

/** A mark that says no in an answer cell: ✗, ✘, ×, ✕, ✖. */
const NO_MARK = /^[✗✘×✕✖]$/;

/** "declined", "rejected", "denied", "refused" (WordNet's verbs of turning down, as a participle) ending the cell. */
function declinedCell(f: EnFacts, k: number): boolean {
  const t = f.tokens[k];
  return t !== undefined && DECLINE.has(t.lemma) && /(?:ed|ied)$/.test(t.lower) && cellEnds(f, k + 1);
}

/** The item before a separator: a thing, the reader's or not, never our side or a person ("We —", "Mr. Sato:"). */
function itemBefore(f: EnFacts, sep: number): boolean {
  let thing = false;
  for (let k = 0; k < sep; k++) {
    const t = f.tokens[k]!;
    if (/^(?:we|i|us|me|you)$/.test(t.lower) || /^(?:mr|ms|mrs|dr)\.?$/.test(t.lower)) return false;
    // Any word but a determiner names it: the tagger reads "Your redlines" as a verb.
    if (/^[a-z]/i.test(t.text) && t.pos !== 'DET' && t.pos !== 'PRON') thing = true;
  }
  return thing;
}

/**
 * Round 24: "Samples are invoiced at list price plus courier", "Samples are charged": the thing asked for put at the
 * reader's cost, in the present passive of a verb of charging (WordNet's charge, bill, invoice) — a no to having it free.
 * Not with a modal or a date ("will be charged from April 1": a change announced, news), nor "free of charge" / "not
 * charged" (good news), nor with our side or the reader as the subject.
 */
function chargedThing(f: EnFacts, cl: EnClause): boolean {
  if (!cl.passive || cl.tense !== 'present' || cl.perfect || cl.modal !== undefined || cl.negation !== undefined || cl.verb === undefined) return false;
  const verb = f.tokens[cl.verb]!;
  if (!CHARGE.has(verb.lemma) || !isBe(f.tokens[cl.verb - 1])) return false;
  if (!thingBefore(f, cl.from, cl.verb - 1)) return false;
  if (f.tokens.some((t) => /^(?:free|waived|discounted|reduced|included)$/.test(t.lower))) return false;
  return !fromADate(f);
}

/**
 * "from April 1", "as of next month", "From next month, …", "After that date, standard pricing applies": a term bound to
 * a date is a change announced or an offer's deadline — news (the bad-news rules' to judge), not a standing verdict.
 */
function fromADate(f: EnFacts): boolean {
  const all = f.tokens;
  return all.some((t, i) => /^(?:from|starting|effective|as|after|before|until|till|beginning)$/.test(t.lower) &&
    (all[i + 1]?.pos === 'NUM' || all[i + 1]?.pos === 'PROPN' || /^(?:of|that|this|then|next|the)$/.test(all[i + 1]?.lower ?? '') && t.lower !== 'as' ||
      t.lower === 'as' && all[i + 1]?.lower === 'of'));
}

/** A price moved in the reader's favour: what "no …" after a price's label withholds. */
const CHANGE_NOUNS = new Set(['change', 'discount', 'reduction', 'movement', 'flexibility', 'adjustment', 'rebate', 'concession', 'decrease', 'cut']);

const word = (f: EnFacts, i: number) => f.tokens[i]?.lower ?? '';
const isBe = (t: EnToken | undefined) => t !== undefined && t.lemma === 'be' && /^(?:is|are|'s|'re|be)$/.test(t.lower);

/**
 * "X is not included / offered / covered", "X is not available", "X is not part of our policy", "X → not available":
 * the negation right after a present "is/are" (or a label's separator), the thing before it, the predicate after it.
 */
function withheld(f: EnFacts, cl: EnClause, n: number): boolean {
  if (cl.tense !== 'present' || cl.perfect) return false;
  if (cl.modal !== undefined && cl.modal !== 'can') return false;
  // What stands before the negation: "is/are" (or "can be"), or a label's separator with no verb of its own.
  const lead = f.tokens[n - 1];
  const label = lead !== undefined && LABEL_SEPARATORS.has(lead.text) && (cl.verb === undefined || cl.verb > n);
  const copula = isBe(lead) || (word(f, n - 1) === 'ca' && word(f, n + 1) === 'be');
  if (!label && !copula) return false;
  // The thing after a topic lead ("Re your email: the 6 broken bottles – breakage in transit isn't covered").
  let from = cl.from;
  for (let k = cl.from; k < n - 1; k++) if (/^[:—–]$/.test(f.tokens[k]!.text)) from = k + 1;
  if (!thingBefore(f, from, n - 1)) return false;
  // Round 26: "Offline mode is not available by design": the thing's make gives the reason, not a verdict of ours.
  if (designReason(f) !== undefined) return false;
  let k = n + 1;
  if (word(f, k) === 'be') k++;
  // "not yet available", "not currently offered": pending or for now — a date to come is news, not a verdict.
  while (f.tokens[k]?.pos === 'ADV' && word(f, k) !== 'yet') k++;
  if (word(f, k) === 'yet') return false;
  const p = f.tokens[k];
  if (p === undefined) return false;
  if (p.pos === 'VERB' && PROVIDE.has(p.lemma) && /(?:ed|en)$/.test(p.lower)) return true;
  if (AVAILABLE.has(p.lower)) return true;
  // "… is not acceptable for us", "not workable for our side": their proposal judged by us (a judgement of ours, not a
  // specification's limit, which names no one: "moisture above 5% is not acceptable").
  if (ACCEPTABLE.has(p.lower) && judgedByUs(f, k + 1)) return true;
  // "not part of our lifecycle policy", "not a component of the service".
  const a = word(f, k) === 'a' || word(f, k) === 'an' ? k + 1 : k;
  return PART.has(word(f, a)) && word(f, a + 1) === 'of';
}

/** "not our responsibility", "not our job", "not my role": the negation before our side's duty. */
function notOurDuty(f: EnFacts, n: number): boolean {
  const owner = word(f, n + 1);
  if (owner !== 'our' && owner !== 'my') return false;
  return duty(f.tokens[n + 2]) || duty(f.tokens[n + 3]) && f.tokens[n + 2]!.pos === 'ADJ';
}

function duty(t: EnToken | undefined): boolean {
  if (t === undefined || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
  return DUTY.has(t.lemma) || DUTY.has(DUTY_SPELLINGS.get(t.lower) ?? '');
}

/** "X is your side", "X is your responsibility", "X is the customer's job": the thing put on the reader. */
function yourDuty(f: EnFacts, cl: EnClause): boolean {
  if (cl.perfect || cl.modal !== undefined || cl.verb === undefined) return false;
  // The parse may give the clause the verb of a relative clause inside its subject ("The demurrage for the six days it
  // sat there is on your side"): the present "is/are" after it is the predicate.
  let be = isBe(f.tokens[cl.verb]) && cl.tense === 'present' ? cl.verb : -1;
  if (be < 0) for (let i = cl.verb + 1; i < cl.to && be < 0; i++) if (isBe(f.tokens[i])) be = i;
  if (be < 0) return false;
  // The subject's head, before any phrase after it ("The second inspection at your site is …": the site names where).
  let head = cl.from;
  while (head < be && !(f.tokens[head]!.pos === 'ADP' && head > cl.from)) head++;
  if (!thingBefore(f, cl.from, head) || fromADate(f)) return false;
  let k = be + 1;
  // "is on your side", "is for your account", "is at your expense": a preposition before whose it is.
  if (/^(?:on|for|at)$/.test(word(f, k)) && word(f, k + 1) === 'your') {
    // (Not "for your account manager": the noun after names a person.)
    if (BORNE.has(f.tokens[k + 2]?.lemma ?? '') && f.tokens[k + 3]?.pos !== 'NOUN') return true;
    k++;
  }
  if (word(f, k) === 'your') k++;
  else if (word(f, k) === 'the' && CUSTOMERS.has(f.tokens[k + 1]?.lemma ?? '') && word(f, k + 2) === "'s") k += 3;
  else return false;
  if (f.tokens[k]?.pos === 'ADJ') k++;
  return duty(f.tokens[k]) && !f.tokens.slice(k + 1, cl.to).some((t) => t.lower === 'and');
}

/** "for your account", "at your expense", "at your cost": whose purse a cost falls on. */
const BORNE = new Set(['account', 'expense', 'cost']);

/**
 * "Net 30 applies to all our distributors", "Our discount is the same for all partners, no exceptions", "The MOQ of
 * 500 units applies across the board": a cost or term of ours (a value or a cost noun in the subject) that holds for
 * every customer — present, not from a date on (that is a change announced: "applies to all accounts from April 1").
 */
function everyCustomer(f: EnFacts, cl: EnClause): boolean {
  if (cl.tense !== 'present' || cl.perfect || cl.modal !== undefined || cl.verb === undefined) return false;
  const verb = f.tokens[cl.verb]!;
  if (verb.lemma !== 'apply' && !isBe(verb)) return false;
  // After "is/are", a value or the same one: "are 30 days for all accounts", "is the same for all partners" — not an
  // offer opened to everyone ("is available to all new customers").
  if (isBe(verb) && !(f.tokens[cl.verb + 1]?.pos === 'NUM' || /^(?:same|identical|standard|uniform)$/.test(word(f, cl.verb + 2)) ||
    /^(?:same|identical|standard|uniform)$/.test(word(f, cl.verb + 1)))) return false;
  const subject = f.tokens.slice(cl.from, cl.verb);
  if (subject.some((t) => /^(?:you|your|new|revised|updated)$/.test(t.lower))) return false;
  const costly = subject.some((t, i) => isCost(t, f.cues, cl.from + i)) || subject.some((t) => t.pos === 'NUM' && /\d/.test(t.text));
  if (!costly) return false;
  // The scope: to the end of the sentence (the parse may open a clause at "in Japan and everywhere").
  const rest = f.tokens.slice(cl.verb + 1);
  // "from April 1", "as of next month", "After that date, standard pricing applies": a term bound to a date is a change
  // or an offer's deadline, not a standing term.
  if (fromADate(f)) return false;
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i]!;
    if (EVERYWHERE.has(t.lower)) return true;
    // Round 24: "are 30 days for everyone", "the same for anybody": every customer as one pronoun.
    if (/^(?:everyone|everybody|anyone|anybody)$/.test(t.lower) && /^(?:for|to)$/.test(rest[i - 1]?.lower ?? '')) return true;
    if (t.lower === 'board' && rest[i - 1]?.lower === 'the' && rest[i - 2]?.lower === 'across') return true;
    if (/^exceptions?$/.test(t.lower) && /^(?:no|without)$/.test(rest[i - 1]?.lower ?? '')) return true;
    if (EVERY.has(t.lower)) {
      // "all our distributors", "every new account", "all enterprise accounts".
      for (let j = i + 1; j < rest.length && j <= i + 3; j++) {
        if (CUSTOMERS.has(rest[j]!.lemma)) return true;
        if (!/^(?:our|the|of)$/.test(rest[j]!.lower) && rest[j]!.pos !== 'ADJ' && rest[j]!.pos !== 'NOUN' && rest[j]!.pos !== 'PROPN') break;
      }
    }
  }
  return false;
}

/**
 * "The Q2 price was set in January and is fixed for the rest of the year": a present "is/are" + an adjective of a
 * value not to be changed, the cost the sentence's subject (the second verb of a coordination shares it).
 */
function fixedCost(f: EnFacts, cl: EnClause): boolean {
  for (let k = cl.from; k + 1 < cl.to; k++) {
    if (!isBe(f.tokens[k]) || !/^(?:fixed|final|firm|frozen|locked|set)$/.test(word(f, k + 1))) continue;
    // "is set to rise", "is fixed at a new level": a change to come; "locked only until the end of March", "fixed until
    // the end of the term": a deadline or an assurance bound to a date, not a no.
    if (/^(?:to|at|until|till|through|only)$/.test(word(f, k + 2))) continue;
    // Round 37 (fp37): "The yen price will be fixed each quarter using the rate on …", "is set every month": how often the
    // price is set is a mechanism we describe (often one the reader asked for), not a no to moving it.
    if (saysHowOften(word(f, k + 2))) continue;
    const subjectEnd = f.tokens.findIndex((t) => t.pos === 'AUX' || t.pos === 'VERB');
    const subject = f.tokens.slice(0, subjectEnd < 0 ? 0 : subjectEnd);
    if (subject.some((t) => /^(?:you|your|new)$/.test(t.lower))) continue;
    if (subject.some((t, i) => isCost(t, f.cues, i))) return true;
  }
  return false;
}

/** A thing before `end` in the clause: a noun, a name or "this/that/it", no person of ours or theirs as the subject. */
function thingBefore(f: EnFacts, from: number, end: number): boolean {
  let thing = false;
  for (let k = from; k < end; k++) {
    const t = f.tokens[k]!;
    // Round 32 (r31 ca2-003, D7 d7-en-04: "| Exclusive 10-year bottling for your chain | No |", "| Consignment stock at your
    // Sakai warehouse | No |"): the reader named after a preposition inside the item says whom the thing is for or where.
    if (t.lower === 'your' && k > from && f.tokens[k - 1]!.pos === 'ADP') continue;
    if (/^(?:we|i|you|your|us|me)$/.test(t.lower) || /^(?:mr|ms|mrs|dr)\.?$/.test(t.lower)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || /^(?:this|that|it|these|those)$/.test(t.lower)) thing = true;
    // A term in Japanese script the tagger cannot read ("月末締め翌々月末払い is not acceptable"): the reader's term quoted.
    if (t.pos === 'X' && /[\u3040-\u30ff\u4e00-\u9fff]/.test(t.text)) thing = true;
  }
  return thing;
}
