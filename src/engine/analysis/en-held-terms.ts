import type { EnFacts, EnToken } from './en';
import { nearTime } from './en-levers';
import { enAt, pressWords } from './press-words';

/**
 * Round 37 (issue 10, English pressure; the class corpus KGE): a conditional threat on what we offer, read from the
 * parse whatever the product — what round 36's readers keyed on "after that" or "or else" let through.
 * - A thing held for the reader only on their act by our date: "it can only be held for you if we receive your letter
 *   of intent by 15 February", "they can only be kept until Thursday unless you confirm", "we cannot keep the slot
 *   beyond Friday unless your PO arrives". The hold verb after "only" (or negated, with "unless"), the reader ("you",
 *   "your") in the condition after it, a near time after the verb. Not a hold with no condition ("we will hold the
 *   samples until you are ready"), nor one on a condition of things ("only be kept cold if stored below 5 °C").
 * - Our terms undone if their decision does not come by a date: "If we can't get this over the line before our board
 *   meeting next Tuesday, the pricing will have to be revisited", "unless the order is in by the 1st, the discount may
 *   need to be reconsidered". A negative condition ("unless", a negation) naming the decision and a near time, and
 *   outside it an offer's noun whose revision is necessary ("will have to", "need to", "must"). Not a price reviewed
 *   by a market condition ("if the copper index does not fall by March"), nor a revision offered ("the pricing can be
 *   reviewed then").
 */
export function heldTermsPress(f: EnFacts): 'held-only-if' | 'terms-undone' | undefined {
  if (f.question) return undefined;
  if (heldOnlyIf(f)) return 'held-only-if';
  if (termsUndone(f)) return 'terms-undone';
  return undefined;
}

/** The gate before the parse: a condition word. */
export const MAY_HOLD_TERMS = /\b(?:if|unless)\b/i;

const HOLD = new Set(pressWords('hold-verb'));
const UNDONE = new Set(pressWords('terms-undone'));
const SETTLE = new Set(pressWords('settle'));
const OFFER = new Set(pressWords('offer-noun'));
const NEGATION = /^(?:not|n't|cannot|never|no)$/;
/** A revision made necessary, not offered: "will have to be revisited", "may need to be reconsidered", "must be reviewed". */
const NECESSITY = /^(?:have|has|need|needs|must)$/;

function heldOnlyIf(f: EnFacts): boolean {
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  return t.some((w, i) => {
    if (!HOLD.has(w.lemma) || w.pos === 'NOUN' || w.pos === 'ADJ') return false;
    const before = lower.slice(Math.max(0, i - 4), i);
    const only = before.includes('only');
    const negated = before.some((x) => NEGATION.test(x));
    if (!only && !negated) return false;
    const k = lower.findIndex((x, j) => j > i && (x === 'if' || x === 'unless'));
    if (k < 0 || (!only && lower[k] !== 'unless')) return false;
    // The reader's act is the condition; a meeting room held is arranging (the meeting cue between the hold and the condition).
    if (!lower.slice(k + 1, k + 14).some((x) => x === 'you' || x === 'your') || (f.cues.meeting ?? []).some((m) => m > i - 6 && m < k)) return false;
    return nearTime(t.slice(i));
  });
}

function termsUndone(f: EnFacts): boolean {
  const t = f.tokens;
  const lower = t.map((x) => x.lower);
  const k = lower.findIndex((x) => x === 'if' || x === 'unless');
  if (k < 0) return false;
  // The condition runs to the next comma (or the sentence's end); the consequence is the rest.
  let end = k + 1;
  while (end < t.length && t[end]!.text !== ',' && end < k + 25) end++;
  const cond = t.slice(k + 1, end);
  const negative = lower[k] === 'unless' || cond.some((x) => NEGATION.test(x.lower) || x.lemma === 'not');
  if (!negative || !nearTime(cond) || !settles(cond)) return false;
  const rest: EnToken[] = [...t.slice(0, k), ...t.slice(end)];
  return rest.some((x, j) => OFFER.has(x.lower) && x.pos === 'NOUN' &&
    rest.slice(j + 1, j + 9).some((v, m, list) => UNDONE.has(v.lemma) && v.pos === 'VERB' && list.slice(Math.max(0, m - 4), m).some((a) => NECESSITY.test(a.lower))));
}

/** The reader's decision named in the condition: "sign", "the order", "get this over the line", "wrap this up". */
function settles(cond: EnToken[]): boolean {
  return cond.some((x) => SETTLE.has(x.lemma) || SETTLE.has(x.lower)) || enAt(cond.map((x) => x.lower), 'settle') >= 0;
}
