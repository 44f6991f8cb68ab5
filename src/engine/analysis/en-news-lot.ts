import type { EnFacts } from './en';
import { NEWS_WORDS } from './en-news-words';

/**
 * Round 35 (news35): a change in our goods told as a description — "The November lot of palm sugar is much darker and
 * takes longer to dissolve", "The new batch is noticeably softer than the last one", "Parts from the new line show more
 * variation than the old ones". Three things in one sentence: goods of ours by their lot (a batch, lot, run, shipment or
 * line, marked new, this, latest, current or by its month or season), a comparison with the goods before ("than the last
 * one", "than before", "than usual", "than the original grade", "since the supplier change"), and a word of a change
 * for the worse. Not news: a change for the better ("stronger", "easier to open", "less variation"), one the client asked
 * for, a lot checked within its specification, an introduction or a sample sent for approval.
 */

const { lot: LOT, nowMark: NOW_MARK, before: BEFORE, worse: WORSE, lessOf: LESS_OF, moreOf: MORE_OF, faultVerbs: FAULT_VERBS, noNews: NO_NEWS } = NEWS_WORDS;

export function lotWorse(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const lower = f.tokens.map((x) => x.lower);
  // "We will send a sample of the new lot": a sample offered for approval, not a change delivered.
  if (lower.some((w, k) => NO_NEWS.has(w) || (w === 'sample' && lower[k - 1] === 'a'))) return false;
  // Goods of ours marked as the ones now delivered: "the new batch", "this lot's powder", "the replacement film".
  const marked = lower.some((w, k) => NOW_MARK.has(w) && k + 3 < lower.length && f.tokens.slice(k + 1, k + 4).some((x) => x.pos === 'NOUN' || LOT.has(x.lower)));
  const changedSource = lower.some((w, k) => w === 'since' && lower.slice(k + 1, k + 5).includes('change'));
  if (!marked && !changedSource) return false;
  const against = changedSource || lower.some((w) => w === 'usual' || w === 'previous' || w === 'before') ||
    lower.some((w, k) => w === 'than' && lower.slice(k + 1, k + 4).some((x) => BEFORE.has(x)));
  // A fault gained is worse of itself; a comparative is worse against the goods before.
  const fault = lower.some((w, k) => (w === 'less' && LESS_OF.has(lower[k + 1] ?? '')) || (w === 'more' && MORE_OF.has(lower[k + 1] ?? '')) ||
    (w === 'takes' && lower[k + 1] === 'longer') || (FAULT_VERBS.has(w) && k > 1));
  const comparative = lower.some((w) => WORSE.has(w));
  return fault || (comparative && against);
}
