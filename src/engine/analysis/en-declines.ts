// Round 20: a refusal of the reader's own ask is a refusal, not a bad-news notice. The notice (en.bad-news.blunt-notice)
// reads news words in a sentence ("move from 60 to 90 days", "scratches"); when the sentence turns down what the reader
// asked for or wants, those words name their ask or their complaint, not a change we break to them, and the refusal
// rule judges it. One fact, read by the notice, so the precedence is decided in one place.
import { clauseOf, type EnClause, type EnFacts } from './en';
import type { NewsKind } from './en-news';
import { enAskNamed } from './asked';
import { CONCESSION_NOUNS, GRANT_VERBS } from './en-grant';

/** The reader's ask named: "your request to …", "you asked", "regarding your enquiry", "thank you for asking". */
export const namesAsk = (f: EnFacts): boolean => f.changeAsked || f.readerAsk === true || enAskNamed(f) !== undefined;

/**
 * News we announce of our own accord: a price, a term, a date, a quantity, a product's end, a contact, an event. A
 * refusal inside such news ("we will no longer accept orders for the TX-40") is the notice's unless their ask is named.
 * A quality finding is the reader's complaint as often as our news, and a remedy withheld for it answers them.
 */
const OWN_ACCORD: ReadonlySet<NewsKind> = new Set(['price-increase', 'terms-change', 'delay', 'shortage', 'discontinuation', 'contact-change', 'cancellation', 'spec-change', 'outage']);

/** Auxiliaries of a verdict told after the fact. */
const AFTER_THE_FACT = new Set(['was', 'were', 'been', 'had']);

/** Verbs of turning down: what they act on is something asked. */
const TURN_DOWN = new Set(['reject', 'refuse', 'decline', 'deny']);

/**
 * Whether a refusing sentence declines what the reader asked for or wants: their ask named in it or in the sentence
 * before (`before`, the previous English sentence's facts), or — outside news of our own accord — a grant withheld:
 * the refusing clause's verb is one of granting (WordNet's class, en-grant.ts: accept, grant, honour, allow …) or of
 * turning down ("reject", "turn down", "against our policy"), or what it withholds is a concession (a refund, a discount, an extension, an exchange).
 */
export function declinesTheirAsk(f: EnFacts, before: EnFacts | undefined): boolean {
  if (f.refusal === undefined) return false;
  if (namesAsk(f)) return true;
  if (before !== undefined && before.news === undefined && namesAsk(before)) return true;
  if (f.news !== undefined && OWN_ACCORD.has(f.news)) return false;
  return withholdsGrant(f, f.clauses[f.refusal]!);
}

/**
 * Whether refusing clause `cl` withholds a grant: a verb or phrase of declining, a verb of granting or turning down,
 * or a concession noun, each decided now (not told after the fact of goods).
 */
export function withholdsGrant(f: EnFacts, cl: EnClause): boolean {
  // "18 pieces from the last shipment were rejected at our final audit": told after the fact ("was", "were", "been"),
  // a verdict on goods is news; on a thing of the reader's ("Your application … was turned down") it answers them.
  const yours = (k: number) => f.tokens.slice(cl.from, k).some((t) => t.lower === 'your');
  const decided = (k: number) => !AFTER_THE_FACT.has(f.tokens[k - 1]?.lower ?? '') || yours(k);
  // "… was turned down by head office", "… is against our policy": a verb or phrase of declining (the `decline` cues).
  if ((f.cues.decline ?? []).some((k) => k >= cl.from && k < cl.to && decided(k))) return true;
  for (let k = cl.from; k < cl.to; k++) {
    const t = f.tokens[k]!;
    if (t.pos === 'VERB' && (GRANT_VERBS.has(t.lemma) || TURN_DOWN.has(t.lemma)) && decided(k)) return true;
    if (t.pos === 'NOUN' && CONCESSION_NOUNS.has(t.lemma) && decided(cl.verb ?? k)) return true;
  }
  return false;
}

/**
 * Round 23: the scope of a product named in the refusing clause — "is not supported in the current version (firmware
 * 3.x)", "is not available for this series", "are not in this version and are planned for v5": what a release, a
 * model or a series has is a specification, not a no to the reader (Z: three clean drafts flagged). A preposition, an
 * optional determiner or adjective, then a noun of a product's edition. The caller keeps the guards of a
 * specification (a thing as the subject, no side of ours in the clause, no concession withheld, no ask of theirs).
 */
// A plan, a tier or a licence is what the reader buys: "can't be raised on the Standard tier" turns their ask down.
// An edition in time (a version, a release) says what may come later; a kind of product (a series, a model) is a
// specification only beside what it does have ("is supplied with SINUMERIK ONE control only; a FANUC control is not
// available for this series"), since "Custom colours are not available on these models" turns an ask down.
const EDITION_NOUNS = new Set(['version', 'release', 'firmware', 'edition', 'generation', 'build', 'revision']);
const KIND_NOUNS = new Set(['series', 'model', 'variant', 'platform', 'type']);
export function productScoped(f: EnFacts, clause: EnClause): boolean {
  const t = f.tokens;
  // "No, … can't be …": an answer, whatever it names.
  if (t[0]?.lower === 'no') return false;
  for (let k = clause.from; k < clause.to; k++) {
    const j = scopeNounAfter(f, k, clause.to);
    if (j === undefined) continue;
    if (EDITION_NOUNS.has(t[j]!.lemma)) return true;
    if (KIND_NOUNS.has(t[j]!.lemma) && f.clauses.some((c) => c !== clause && c.negation === undefined && !c.conditional && !c.subordinate && c.verb !== undefined &&
      t[c.verb]!.pos === 'VERB' && t.slice(c.from, c.to).some((x) => x.lower === 'only'))) return true;
  }
  return false;
}

/** The noun a scoping preposition at k governs ("in the current version", "for this series"), before `to`. */
function scopeNounAfter(f: EnFacts, k: number, to: number): number | undefined {
  const t = f.tokens;
  if (t[k]!.pos !== 'ADP' || !/^(?:in|for|on|with)$/.test(t[k]!.lower)) return undefined;
  let j = k + 1;
  while (j < to && j <= k + 3 && (t[j]!.pos === 'DET' || t[j]!.pos === 'ADJ' || t[j]!.pos === 'PROPN' || t[j]!.pos === 'NUM')) j++;
  return j < t.length && t[j]!.pos === 'NOUN' ? j : undefined;
}

/**
 * "In the current version (v8.2), Kaarya Payroll supports one bonus payment per month only": an edition in time named
 * as the scope anywhere from `from` to `to` — what that release does is its specification, not a rule of our trade.
 */
export function editionScoped(f: EnFacts, from: number, to: number): boolean {
  if (f.tokens[0]?.lower === 'no') return false;
  for (let k = from; k < to; k++) {
    const j = scopeNounAfter(f, k, to);
    if (j !== undefined && EDITION_NOUNS.has(f.tokens[j]!.lemma)) return true;
  }
  return false;
}

/** Terms and documents, not actors: "not covered by our warranty / policy / contract". */
const TERM_NOUNS = new Set(['warranty', 'guarantee', 'insurance', 'policy', 'contract', 'term', 'terms', 'licence', 'license', 'agreement', 'plan', 'coverage', 'programme', 'program', 'certificate', 'standard']);

/** Units of an organisation after a name: "by Kessler service", "by the ACME support team". */
const UNIT_NOUNS = new Set(['service', 'team', 'department', 'staff', 'support', 'workshop', 'plant', 'factory', 'office', 'engineers', 'engineer', 'division', 'headquarters', 'hq', 'warehouse']);

/**
 * Round 23: our side's act denied in the passive with us as its agent — "Overhauls of machines older than 15 years are
 * not carried out by Kessler service", "Requests for custom colours are not handled by our plant": a negated participle
 * (a particle after it at most: "carried out"), then "by" and our side (us, our …, a name with a unit of ours). Present
 * or a modal: a standing practice, not a past report ("was not approved by your team"). The clause's index, or undefined.
 */
export function deniedByUs(f: EnFacts): number | undefined {
  const t = f.tokens;
  for (let n = 0; n < t.length; n++) {
    // The negator read from the words: the tagger may take a plural subject for a verb ("Overhauls/VERB of …") and
    // leave the clause without its negation.
    if (!/^(?:not|n't|n’t|never)$/.test(t[n]!.lower)) continue;
    const c = clauseOf(f, n);
    const i = c === undefined ? -1 : f.clauses.indexOf(c);
    if (!c || c.conditional || c.subordinate || c.perfect || (c.tense === 'past' && c.modal === undefined)) continue;
    if (t.slice(c.from, n).some((x) => /^(?:was|were|had)$/.test(x.lower))) continue;
    // A relative clause describes a thing ("imports that would not be covered by our warranty"): no act refused.
    let r = n - 1;
    while (r > 0 && t[r]!.pos === 'AUX') r--;
    if (/^(?:that|which|who)$/.test(t[r]?.lower ?? '') && r < n - 1) continue;
    let k = n + 1;
    while (k < c.to && t[k]!.pos === 'AUX') k++;
    const verb = t[k];
    if (!verb || verb.pos !== 'VERB' || verb.lower === verb.lemma || /ing$/.test(verb.lower)) continue;
    k++;
    if (/^(?:out|up|off|through|back)$/.test(t[k]?.lower ?? '') && t[k + 1]?.lower === 'by') k++;
    if (t[k]?.lower !== 'by') continue;
    const agent = t[k + 1];
    if (!agent) continue;
    if (agent.lower === 'us' || agent.lower === 'me') return i;
    // "by our team" acts; "by our warranty" is a term that covers or not, a specification of the term.
    if (agent.lower === 'our' || agent.lower === 'my') {
      const head = t.slice(k + 2, Math.min(c.to, k + 5)).find((x) => x.pos === 'NOUN');
      if (!head || !TERM_NOUNS.has(head.lemma)) return i;
      continue;
    }
    // "by Kessler service", "by the Kessler team": a name and a unit of an organisation (ours: the reader's would be "your").
    let j = k + 1;
    if (t[j]?.lower === 'the') j++;
    while (j < c.to && t[j]!.pos === 'PROPN') j++;
    if (j > k + 1 && t[j - 1]!.pos === 'PROPN' && UNIT_NOUNS.has(t[j]?.lower ?? '')) return i;
  }
  return undefined;
}

/** What a verdict closes: the reader's case, not a door or a shop. */
const CASE_NOUNS = new Set(['claim', 'case', 'matter', 'complaint', 'request', 'ticket', 'file', 'issue', 'discussion', 'topic', 'subject', 'dispute', 'inquiry', 'enquiry', 'query', 'appeal']);

/** Verbs of a case closed or a claim turned down, as a verdict's participle. */
const VERDICT_VERBS = new Set(['close', 'reject', 'deny', 'refuse', 'decline', 'dismiss', 'void', 'deem']);

/**
 * Round 23: a verdict with the verb's subject and auxiliary left out — "Claim closed.", "Complaint rejected.", "Case
 * closed: the sensor works as specified." — the sentence (or what stands before its colon or dash) is a noun, an
 * optional determiner or possessive before it, and the participle of closing or turning down: the reader's case shut
 * like a ticket. Four words at most; not "Ticket 4411 was closed on Friday" (an auxiliary: a report).
 */
export function closedVerdict(f: EnFacts): number | undefined {
  const t = f.tokens;
  let end = t.findIndex((x) => /^[:;—–]$/.test(x.text));
  if (end < 0) end = t.length;
  const words = t.slice(0, end).filter((x) => x.pos !== 'PUNCT');
  if (words.length < 1 || words.length > 4) return undefined;
  const last = words[words.length - 1]!;
  // Round 24: "Declined." / "Rejected." alone, the answer to the ask before it: the participle of turning down is the
  // whole sentence (not "Closed.", a shop's notice, nor "Dismissed.").
  if (words.length === 1) {
    const bare = [last.lemma, last.lower.slice(0, -1), last.lower.slice(0, -2), last.lower.replace(/ied$/, 'y')].some((v) => TURN_DOWN.has(v));
    return bare && last.lower.endsWith('ed') && f.clauses.length ? 0 : undefined;
  }
  // The tagger may read the participle as an adjective with itself as lemma ("closed"): the verb is it less "d" or "ed".
  const verb = [last.lemma, last.lower.slice(0, -1), last.lower.slice(0, -2)].find((v) => VERDICT_VERBS.has(v));
  if (!(last.pos === 'VERB' || last.pos === 'ADJ') || !last.lower.endsWith('ed') || verb === undefined) return undefined;
  const head = words[words.length - 2]!;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return undefined;
  // Closed is a verdict only on a case ("Doors closed." is a notice); rejected, denied, dismissed are one on anything.
  if (last.lower === 'closed' && !CASE_NOUNS.has(head.lemma) && !CASE_NOUNS.has(head.lower)) return undefined;
  if (words.slice(0, -2).some((x) => !(x.pos === 'DET' || x.pos === 'PRON' || x.pos === 'ADJ' || x.pos === 'NOUN'))) return undefined;
  if (words.some((x) => x.pos === 'AUX')) return undefined;
  return f.clauses.length ? 0 : undefined;
}
