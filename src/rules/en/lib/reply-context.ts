// Round 36 (refen36, issue 10): an ask is implied by a reply. A sentence of ours answers the client's wish when the mail
// is a reply ("Re:" in the subject), when it names their ask itself, or when the sentence before it thanks them for what
// they sent or names their ask ("Thank you for your message about the October shipment", "regarding your request") —
// the brief's lesson: fresh writers rarely name the wish again in the sentence that turns it down. Only the sentence
// and the one before it are read, as a sentence rule may (DEVELOPERS.md), with the draft's subject.
import { enAskNamed } from '../../../engine/analysis/asked';
import { REPLY_SUBJECT } from '../../../engine/analysis/convention-cost';
import { analyzeEnglish, englishFacts, type EnFacts } from '../../../engine/analysis/en';
import type { EnToken } from '../../../engine/analysis/en-parse';
import { waysMeet } from '../../../engine/analysis/en-sole-way';
import { STATED_NO_WORDS } from '../../../engine/analysis/en-stated-no';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';

export function answersReply(ctx: RuleContext, s: Sentence, previous: Sentence | undefined): boolean {
  if (REPLY_SUBJECT.test(ctx.draft.subject ?? '')) return true;
  const own = ctx.facts.of(englishFacts, s);
  if (enAskNamed(own) !== undefined || own.changeAsked) return true;
  if (!previous || previous.lang !== 'en') return false;
  const f = ctx.facts.of(englishFacts, previous);
  // Thanks for what they sent us (a message, their list, the photos): not for an order, a payment or kind words.
  // Round 48: or their ask named just before ("Thanks for asking about the price. No discount, sorry.").
  return f.changeAsked || enAskNamed(f) !== undefined || (f.cues.thanks !== undefined && !f.question && f.tokens.some((t) => SENT.has(t.lower)));
}

/** What a client sends that carries a wish (dictionaries/en/stated-no.json sentByClient): "your message about …", "your list of questions", "the photos of …". */
const SENT = new Set(STATED_NO_WORDS.sentByClient);

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

/** Content words compared between the subject and the sentence: nouns and verbs, not "change" itself nor auxiliaries. */
const contentLemmas = (tokens: readonly EnToken[], from = 0, to = tokens.length) =>
  tokens.slice(from, to).filter((t) => /^(?:NOUN|PROPN|VERB)$/.test(t.pos) && !/^(?:change|be|have|do)$/.test(t.lemma)).map((t) => t.lemma.toLowerCase());

/**
 * Round 36: a reply whose subject names the very term the sentence keeps or leaves unchanged ("Re: payment terms" … "The
 * payment terms stay as in the contract"; "Re: earlier delivery" … "no change to the delivery schedule") — the client's
 * wish to change it. A reply about another change ("Re: Change to label artwork" … "there will be no change to the price",
 * "Re: Forecast for Q3" … "prices will stay unchanged") asks nothing of the kept term: its staying reassures.
 */
export function subjectNamesTerm(ctx: RuleContext, tokens: readonly EnToken[], from: number, to: number, pronoun = false): boolean {
  const subject = ctx.draft.subject ?? '';
  if (!REPLY_SUBJECT.test(subject)) return false;
  // "Re: warranty" … "decided that it stays at 24 months": the kept thing as "it" is the thread's topic.
  if (pronoun && tokens[from]?.lower === 'it') return true;
  const named = new Set(contentLemmas(analyzeEnglish(subject.replace(REPLY_SUBJECT, '')).tokens));
  return contentLemmas(tokens, from, to).some((w) => named.has(w));
}

/**
 * Round 36: a kept term that answers no wish of theirs: our own proposal or a confirmation before it ("We would like to
 * propose to keep the current price …", "I am pleased to confirm that the prices remain unchanged"), the consequence of a
 * fact ("…, so there is no change to the price"), or a change of theirs granted just before ("Well noted — we will
 * deliver to your warehouse. There is no change to the delivery dates.", "We will use the revised artwork, and there will
 * be no change to the price"). `at` opens the kept clause, `end` closes the part read for a proposal or a confirmation.
 */
export function keptAsGoodNews(f: EnFacts, at: number, before: EnFacts | undefined, end = at): boolean {
  const t = f.tokens;
  // A fall told beside it ("…; the L-series is 3% lower from April 1"): price news in their favour, no wish turned down.
  if (f.cues.fall !== undefined) return true;
  if (t.slice(0, end).some((w) => /^(?:propose|suggest|confirm|pleased|glad|happy|delighted)$/.test(w.lemma.toLowerCase()))) return true;
  if (t[at - 1]?.lower === 'so') return true;
  return grants(f, at) || (before !== undefined && grants(before, before.tokens.length));
}

/** "we will …", "we can …", "I'll …", "our engineer will …": an act of ours promised, not negated nor under "if" (before `to`). */
function grants(f: EnFacts, to: number): boolean {
  const t = f.tokens;
  if (f.conditional) return false;
  for (let k = 0; k + 1 < Math.min(to, t.length); k++) {
    // "we will", "I'll", "our engineer will", "our team can".
    const head = /^(?:we|i)$/.test(t[k]!.lower) ? k : t[k]!.lower === 'our' && t[k + 1]?.pos === 'NOUN' ? k + 1 : -1;
    if (head < 0) continue;
    const m = /^(?:will|can|shall|'ll)$/.test(t[head + 1]?.lower ?? '') ? head + 1 : -1;
    if (m >= 0 && !/^(?:not|n't|n’t)$/.test(t[m + 1]?.lower ?? '')) return true;
  }
  return false;
}
