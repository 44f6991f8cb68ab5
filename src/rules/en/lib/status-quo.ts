import { englishFacts, type EnFacts } from '../../../engine/analysis/en';
import { textFact } from '../../../engine/analysis/facts';
import { isCost } from '../../../engine/analysis/en-kept';
import type { RuleContext } from '../../../engine/rule';

/** How many sentences back the reader's ask may stand: the reply to it usually follows closely. */
const LOOK_BACK = 3;

/**
 * Whether sentence `i` keeps a price or a term as it is (en-kept.ts) in answer to a change the reader asked
 * for in one of the few sentences before it: "Thank you for your request to waive the fee. The fee stays."
 * en.blunt-refusal.status-quo reports it; en.bad-news.blunt-notice leaves it ("The surcharge still applies"
 * is a refusal of their ask there, not a notice).
 */
export function keptAgainstAsk(ctx: RuleContext, i: number): boolean {
  const s = ctx.sentences[i];
  if (!s || s.lang !== 'en' || !ctx.facts.of(MAY_KEEP, s)) return false;
  const facts = ctx.facts.of(englishFacts, s);
  if (facts.kept === undefined) return false;
  if (facts.changeAsked) return true;
  // Round 15 (R3): a price kept as the written terms have it ("it remains same as written in contract") answers
  // someone who wanted it changed: in reply to the reader (thanks or their words just before) or on the
  // topic they raised ("About the cancellation fee, …"), the ask need not be named.
  const tied = facts.keptByTerms === true;
  if (tied && facts.costTopic) return true;
  // "We have gone through your comments on the order form, and we are maintaining the fee as set out in the quotation."
  if (tied && (facts.cues.thanks !== undefined || facts.tokens.some((t) => REVIEW_WORDS.has(t.lower))) && replyOnTerms(facts)) return true;
  for (let k = i - 1; k >= 0 && k >= i - LOOK_BACK; k--) {
    const before = ctx.sentences[k]!;
    if (before.lang !== 'en' || !ctx.facts.of(MAY_ASK, before)) continue;
    const f = ctx.facts.of(englishFacts, before);
    if (f.changeAsked || tied && replyOnTerms(f)) return true;
  }
  return false;
}

/** What the reader sends back on our terms: "your comments on the quotation", "the contract review". */
const REVIEW_WORDS = new Set(['review', 'comments', 'comment', 'feedback', 'redline', 'redlines', 'markup', 'mark-up', 'marked-up', 'points',
  'counterproposal', 'counter-proposal', 'counteroffer', 'counter-offer', 'concerns', 'objections', 'revisions', 'amendments', 'changes']);

/**
 * A sentence that answers the reader about our terms: thanks or their side named ("Thanks for the quick
 * turnaround on the contract review", "your comments on the quotation", "You raised the cancellation fee"),
 * with a price, a term or their review of them. "Thank you for your order" raises no term; "Thank you for
 * confirming the contract" agrees to it.
 */
function replyOnTerms(f: EnFacts): boolean {
  const reader = f.cues.thanks !== undefined || f.tokens.some((t) => t.lower === 'your') || f.clauses.some((c) => c.subject?.side === 'you');
  if (!reader || f.cues.agreed !== undefined || f.tokens.some((t) => t.lemma === 'confirm' || t.lemma === 'accept' || t.lemma === 'sign')) return false;
  return f.cues.terms !== undefined || f.tokens.some((t, i) => REVIEW_WORDS.has(t.lower) || isCost(t, f.cues, i));
}

/** Cheap gates before the parse, cached by the sentence's text: a word that keeps; the reader or a topic. */
const MAY_KEEP = textFact('en.status-quo/may-keep', (text) =>
  /\b(?:stay|stays|remain|remains|stand|stands|appl(?:y|ies)|keep|keeping|maintain|maintaining|stick|sticking|hold|holds|unchanged)\b/i.test(text));
const MAY_ASK = textFact('en.status-quo/may-ask', (text) => /\b(?:you|your|about|re|regarding|concerning|as|thanks?)\b/i.test(text));
