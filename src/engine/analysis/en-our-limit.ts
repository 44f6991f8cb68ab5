// Round 33 (limits33en, issue 10): one reader of "our side limits what the client gets", from the English parse. The
// limits the refusal rules read one shape at a time — our standing rule (en-standing.ts standingRule: "we only ship full
// pallets", "our minimum order is 500"), an exclusion from what they bought (exclusion: "not included in our scope") — and
// the shapes none of them read:
// - a sole way or set of ours: "only / solely / exclusively" in a clause of our side ("Our manuals are published in English
//   only", "Calibration is carried out only at our laboratory", "our invoices go to one legal entity only"), not "only" as
//   "just" ("it only takes two days", "we only need an hour", "only two units were affected") nor a thing's specification
//   ("The valve is rated to 16 bar only");
// - a cost put back on them: the `your-cost` cue ("at your expense", "on your side", "charged to your account", "borne by
//   the buyer"), not negated;
// - a thing withheld: "no" before a noun in a clause of ours or an existential one ("There will be no additional discount",
//   "We provide no loan units") — the noun is the thing limited, and only a thing the client asked for makes it a refusal
//   (read by the rule against their ask: "no cost to you", "no problem", "no change to your date" limit nothing they asked).
// Whether the limit answers their ask, and whether a remedy comes with it, is the rule's to read
// (src/rules/en/our-limit.ts, with any/lib/remedy.ts and the ask readers): said of its own accord, a limit is a
// specification or a price list.
import type { EnClause, EnFacts } from './en';
import { cueIn } from './en-acts';
import { enquiryAboutOurs, INFO_OBJECTS, productSpec, readerAsk } from './en-standing';

export type LimitKind = 'rule' | 'scope' | 'sole' | 'cost' | 'withheld';

export interface OurLimit {
  kind: LimitKind;
  /** The token that states the limit. */
  at: number;
  /** For 'withheld': the token of the thing withheld ("discount" in "no additional discount"). */
  thing?: number;
}

/** Words that restrict as "only" does. */
const SOLE = /^(?:only|solely|exclusively)$/;
/** Verbs with which "only" means "just": a time, a need, a find, a wish ("only takes", "only need", "could only find"). */
const JUST_VERBS = /^(?:take|need|want|have|find|wish|mean|cost|require|last|be)$/;
/** Our side in a clause: we, our, us. */
const OURS = /^(?:we|our|us|ours)$/;

/** A message as such: "your email", "your message", "your note". */
const MESSAGE = /^(?:e-?mail|message|mail|note|reply|letter|response|line)$/;

const clauseAt = (f: EnFacts, i: number): EnClause | undefined => f.clauses.find((c) => c.from <= i && i < c.to);

/** The limit of ours a sentence states, or undefined. */
export function ourLimit(f: EnFacts): OurLimit | undefined {
  if (f.question || f.imperative) return undefined;
  if (f.standing !== undefined) return { kind: 'rule', at: f.standing };
  if (f.exclusion !== undefined) return { kind: 'scope', at: f.exclusion };
  for (let i = 0; i < f.tokens.length; i++) {
    const c = clauseAt(f, i);
    if (!c || c.conditional || c.tense === 'past' || c.perfect) continue;
    // "Shipping to Okinawa: at your cost": the parse takes the cue's "your" for the clause's subject.
    if (c.negation === undefined && cueIn(f.cues, 'your-cost', i, i + 1) && costPut(f, c, i)) return { kind: 'cost', at: i };
    if (c.subject?.side === 'you') continue;
    const x = f.tokens[i]!;
    if (SOLE.test(x.lower) && soleWay(f, c, i)) return { kind: 'sole', at: i };
    if (x.lower === 'no' && c.negation === i) {
      const thing = withheldThing(f, c, i);
      if (thing !== undefined) return { kind: 'withheld', at: i, thing };
    }
  }
  return undefined;
}

/**
 * The cost cue at `i` is what the clause says of its subject: right after the copula ("are on your side", "will be at your
 * expense", "is borne by the buyer") or after a label's colon ("Shipping to Okinawa: at your cost"), the subject no pointing
 * word ("That is 9 am on your side": a time zone) and not "you". Not a place or a side named in passing ("a firm deadline on
 * your side").
 */
function costPut(f: EnFacts, c: EnClause, i: number): boolean {
  const subject = f.tokens[c.subject?.index ?? -1]?.lower ?? '';
  if (/^(?:you|this|that|it|these|those)$/.test(subject)) return false;
  let p = i - 1;
  while (p > c.from && f.tokens[p]!.pos === 'ADV') p--;
  const prev = f.tokens[p];
  if (!prev) return false;
  if (/^[:—–-]$/.test(prev.text)) return true;
  // (not "9 am", which the tagger may take for the copula)
  return prev.lemma === 'be' && prev.lower !== 'am' && f.tokens[p - 1]?.pos !== 'NUM';
}

/**
 * "only" at `i` limits a way or a set of ours: our side named in the clause, no negation, not "not only" / "if only" / "the
 * only", not before a count ("only two units", "only an hour"), not with a verb of time or need ("only takes", "only
 * need"), not a thing's specification.
 */
function soleWay(f: EnFacts, c: EnClause, i: number): boolean {
  if (c.negation !== undefined) return false;
  const before = f.tokens[i - 1]?.lower ?? '';
  if (/^(?:not|if|the|our|your|an?)$/.test(before)) return false;
  const next = f.tokens[i + 1];
  // "only half of the quantity", "only part of the order", "only some": a share of a supply, news of a shortfall.
  if (next && (next.pos === 'NUM' || /^(?:an?|one|just|once|if|when|half|part|some|few|partly|partially)$/.test(next.lower))) return false;
  if (c.modal !== undefined && !/^(?:can|will)$/.test(c.modal)) return false;
  const verb = c.verb === undefined ? undefined : f.tokens[c.verb];
  const after = f.tokens.slice(i + 1, i + 3).find((t) => t.pos === 'VERB');
  const lead = after ?? verb;
  if (lead && JUST_VERBS.test(lead.lemma) && !(lead.lemma === 'be' && c.passive)) {
    // "is available in English only", "are in euros only": our thing is so and no other way — a copula with our subject.
    if (!(lead.lemma === 'be' && ourSubject(f, c))) return false;
  }
  if (productSpec(f, c)) return false;
  return f.tokens.slice(c.from, c.to).some((t) => OURS.test(t.lower));
}

/** The clause's subject is ours: "we", or a noun phrase led by "our" / "all our". */
function ourSubject(f: EnFacts, c: EnClause): boolean {
  if (!c.subject) return false;
  if (c.subject.side === 'we') return true;
  // The words before the verb: "all our technical documentation is …".
  const end = Math.min(c.verb ?? c.to, c.to);
  for (let k = c.from; k < end; k++) if (OURS.test(f.tokens[k]!.lower)) return true;
  return false;
}

/**
 * "no" at `i` withholds a thing: the noun it determines (past adjectives: "no additional discount"), in a clause whose
 * subject is ours ("we offer no free freight"), an existential one ("there will be no …") or the "no" phrase itself
 * ("no extension beyond 30 days is possible"). The noun's index, or undefined.
 */
function withheldThing(f: EnFacts, c: EnClause, i: number): number | undefined {
  let k = i + 1;
  while (k < c.to && (f.tokens[k]!.pos === 'ADJ' || f.tokens[k]!.pos === 'ADV')) k++;
  const noun = f.tokens[k];
  if (!noun || noun.pos !== 'NOUN') return undefined;
  // "no extra cost", "no longer": the head of a compound is read at its last noun.
  while (k + 1 < c.to && f.tokens[k + 1]!.pos === 'NOUN') k++;
  const subject = c.subject;
  const existential = f.tokens.slice(c.from, i).some((t) => t.lower === 'there');
  const ours = subject !== undefined && subject.side === 'we' && subject.index < i;
  const itself = subject === undefined || (subject.index >= i && subject.index <= k);
  return existential || ours || itself ? k : undefined;
}

/**
 * Whether a sentence is the client's turn answered: their ask named (en-standing.ts readerAsk), or something of theirs
 * acknowledged or taken up — "Thank you for the updated drawings", "We received your order … by fax", "Regarding your
 * request …:", "Our answers to your points:", "Thanks for asking about a loan unit" — but not an enquiry about what ours
 * is ("your question about what the package includes", "asking about our terms") nor a request for information ("your
 * request for a quotation").
 */
export function clientTurn(f: EnFacts): boolean {
  const words = f.tokens;
  // "Thank you for your email.", "Thanks for your message": a reply's opening names no matter of theirs to answer.
  const nouns = words.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (nouns.every((t) => MESSAGE.test(t.lemma)) && !words.some((t) => /^(?:about|regarding|concerning|on|to)$/.test(t.lower))) return false;
  if (readerAsk(f)) return true;
  const frame = words.findIndex((t, k) =>
    /^(?:thank|thanks|regard|regarding|concerning|re)$/.test(t.lemma) ||
    (t.lower === 'about' && (k === 0 || words[k - 1]!.pos === 'PUNCT')) ||
    (t.lemma === 'receive' && clauseAt(f, k)?.subject?.side === 'we') ||
    (t.lemma === 'answer' && words[k + 1]?.lower === 'to' && words[k + 2]?.lower === 'your'));
  if (frame < 0) return false;
  const rest = words.slice(frame + 1);
  if (!rest.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return false;
  // (A list they sent is no request for information: "Thank you for your list of requests".)
  if (rest.some((t) => INFO_OBJECTS.has(t.lemma) && t.lemma !== 'list')) return false;
  // "asking whether the pumps can be collected": an ask of us, not an enquiry about what ours is.
  const whetherWeCan = rest.some((t, k) => /^(?:whether|if)$/.test(t.lower) && rest.slice(k + 1, k + 8).some((y) => /^(?:can|could|would)$/.test(y.lemma)));
  return whetherWeCan || !enquiryAboutOurs(f, frame);
}
