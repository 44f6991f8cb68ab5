// Round 20: a refusal of the reader's own ask is a refusal, not a bad-news notice. The notice (en.bad-news.blunt-notice)
// reads news words in a sentence ("move from 60 to 90 days", "scratches"); when the sentence turns down what the reader
// asked for or wants, those words name their ask or their complaint, not a change we break to them, and the refusal
// rule judges it. One fact, read by the notice, so the precedence is decided in one place.
import type { EnClause, EnFacts } from './en';
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
const OWN_ACCORD: ReadonlySet<NewsKind> = new Set(['price-increase', 'terms-change', 'delay', 'shortage', 'discontinuation', 'contact-change', 'cancellation', 'spec-change']);

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
