import { englishFacts } from '../../../engine/analysis/en';
import { textFact } from '../../../engine/analysis/facts';
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
  for (let k = i - 1; k >= 0 && k >= i - LOOK_BACK; k--) {
    const before = ctx.sentences[k]!;
    if (before.lang === 'en' && ctx.facts.of(MAY_ASK, before) && ctx.facts.of(englishFacts, before).changeAsked) return true;
  }
  return false;
}

/** Cheap gates before the parse, cached by the sentence's text: a word that keeps; the reader or a topic. */
const MAY_KEEP = textFact('en.status-quo/may-keep', (text) =>
  /\b(?:stay|stays|remain|remains|stand|stands|appl(?:y|ies)|keep|keeping|maintain|maintaining|stick|sticking|hold|holds|unchanged)\b/i.test(text));
const MAY_ASK = textFact('en.status-quo/may-ask', (text) => /\b(?:you|your|about|re|regarding|concerning|as)\b/i.test(text));
