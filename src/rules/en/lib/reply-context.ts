// Round 36 (refen36, issue 10): an ask is implied by a reply. A sentence of ours answers the client's wish when the mail
// is a reply ("Re:" in the subject), when it names their ask itself, or when the sentence before it thanks them for what
// they sent or names their ask ("Thank you for your message about the October shipment", "regarding your request") —
// the brief's lesson: fresh writers rarely name the wish again in the sentence that turns it down. Only the sentence
// and the one before it are read, as a sentence rule may (DEVELOPERS.md), with the draft's subject.
import { enAskNamed } from '../../../engine/analysis/asked';
import { REPLY_SUBJECT } from '../../../engine/analysis/convention-cost';
import { englishFacts } from '../../../engine/analysis/en';
import { waysMeet } from '../../../engine/analysis/en-sole-way';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';

export function answersReply(ctx: RuleContext, s: Sentence, previous: Sentence | undefined): boolean {
  if (REPLY_SUBJECT.test(ctx.draft.subject ?? '')) return true;
  const own = ctx.facts.of(englishFacts, s);
  if (enAskNamed(own) !== undefined || own.changeAsked) return true;
  if (!previous || previous.lang !== 'en') return false;
  const f = ctx.facts.of(englishFacts, previous);
  // Thanks for what they sent us (a message, their list, the photos): not for an order, a payment or kind words.
  return f.changeAsked || (f.cues.thanks !== undefined && !f.question && f.tokens.some((t) => SENT.test(t.lower)));
}

/** What a client sends that carries a wish: "your message about …", "your list of questions", "the photos of …". */
const SENT = /^(?:message|mail|e-?mail|letter|note|list|questions?|requests?|enquiry|inquiry|photos|pictures|drawings|documents|comments|feedback)$/;

/**
 * A reply whose subject names the thing the sentence states ("Re: Payment terms for order NR-2340" … "The payment terms
 * stay as in the contract"; "Re: phone support" … "Support is available by email only"): the thread is the client's point
 * about it. A reply alone ("Re: your requests") does not tie a sole way or a kept term to a wish (round 34's classes).
 */
export function threadOnIt(ctx: RuleContext, s: Sentence): boolean {
  const subject = ctx.draft.subject ?? '';
  if (!REPLY_SUBJECT.test(subject)) return false;
  return waysMeet(subject.replace(REPLY_SUBJECT, ''), s.text);
}
