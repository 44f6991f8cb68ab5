import { englishFacts, type EnClause, type EnFacts } from '../../../engine/analysis/en';
import { favourableKept } from '../../../engine/analysis/en-stated-no';
import { keptAsGoodNews, subjectNamesTerm, threadOnIt } from './reply-context';
import { activeStore, textFact, type Annotator } from '../../../engine/analysis/facts';
import { figureCountered, isCost } from '../../../engine/analysis/en-kept';
import type { RuleContext } from '../../../engine/rule';
import { keptStance, limitClause, mayStateLimit, stanceKept } from '../../../engine/analysis/en-limit';
import { namesAsk } from '../../../engine/analysis/en-declines';

/** How many sentences back the reader's ask may stand: the reply to it usually follows closely. */
const LOOK_BACK = 3;

/**
 * Whether sentence `i` keeps a price or a term as it is (en-kept.ts) in answer to a change the reader asked
 * for in one of the few sentences before it: "Thank you for your request to waive the fee. The fee stays."
 * The status-quo rule flags it ("The surcharge still applies" is a refusal of their ask there, not a notice), and the
 * notice rule gives way by its declared yieldsTo: en.bad-news.blunt-notice yieldsTo en.blunt-refusal.status-quo (round 32).
 */
export function keptAgainstAsk(ctx: RuleContext, i: number): boolean {
  const s = ctx.sentences[i];
  if (!s || s.lang !== 'en' || !ctx.facts.of(MAY_KEEP, s)) return false;
  const facts = ctx.facts.of(englishFacts, s);
  if (facts.kept === undefined) return false;
  if (facts.changeAsked) return true;
  // Round 31: the reader's figure as the lead and ours kept after it ("90-day payment terms: our standard terms of 60
  // days apply."): the line answers their point, whether or not the ask was named.
  if (figureCountered(facts)) return true;
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
  // Round 36 (issue 10): an ask is implied by a reply — a term of ours kept ("The payment terms stay as in the contract",
  // "The MOQ is unchanged") in a reply whose subject names it (reply-context.ts threadOnIt) answers a wish to change it, unless it serves them (theirs,
  // as they asked, against a rise, still valid: en-stated-no.ts favourableKept).
  const cl = facts.clauses[facts.kept]!;
  // The subject names the kept term itself, not another change ("Re: Change to label artwork", "Re: Forecast for Q3"); not
  // our proposal, a confirmation or a change of theirs granted just before (reply-context.ts keptAsGoodNews).
  const prev = ctx.sentences[i - 1];
  const before = prev?.lang === 'en' ? ctx.facts.of(englishFacts, prev) : undefined;
  return threadOnIt(ctx, s) && ourTermKept(facts, cl) && !favourableKept(facts.tokens, cl.from, facts.tokens.length) &&
    subjectNamesTerm(ctx, facts.tokens, cl.from, cl.to) && !keptAsGoodNews(facts, cl.from, before, cl.to);
}

/** The kept clause names a term or a cost of ours (a price, a fee, terms, a lead time, a minimum), or is tied to the terms. */
function ourTermKept(f: EnFacts, cl: EnClause): boolean {
  if (f.keptByTerms) return true;
  for (let k = cl.from; k < cl.to; k++) if (isCost(f.tokens[k]!, f.cues, k) || (f.cues.duration ?? []).includes(k)) return true;
  return false;
}

/** What the reader sends back on our terms: "your comments on the quotation", "the contract review". */
const REVIEW_WORDS = new Set(['review', 'comments', 'comment', 'feedback', 'redline', 'redlines', 'markup', 'mark-up', 'marked-up', 'points',
  'counterproposal', 'counter-proposal', 'counteroffer', 'counter-offer', 'counter', 'concerns', 'objections', 'revisions', 'amendments', 'changes']);

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
  /\b(?:stay|stays|remain|remains|stand|stands|appl(?:y|ies)|keep|keeping|maintain|maintaining|stick|sticking|hold|holds|unchanged|still)\b/i.test(text));
const MAY_ASK = textFact('en.status-quo/may-ask', (text) => /\b(?:you|your|about|re|regarding|concerning|as|thanks?)\b/i.test(text));

/**
 * Round 21: the clause of sentence `i` that states a limit of ours ("Nope, 10% is our floor", "5% is the best we can
 * do", "The price is fixed for this year", en-limit.ts) or keeps our term ("declined, we stay at 60 days"), in answer to
 * the reader's ask or counter-offer — named in the sentence, or in one of the few before it, or answered by a verdict
 * first ("No, …", "Nope, …", "— declined, …"). Said of its own accord, a limit is a price or a specification.
 */
/**
 * The positions of the field's sentences that keep a term of ours or state a limit of ours (the only ones keptAgainstAsk
 * or limitAgainstAsk may answer for), kept by position from the field's last check. Round 40 (issue 14): the
 * status-quo walk asked both of every sentence on every keystroke.
 */
export function keptOrLimitSentences(ctx: RuleContext): readonly number[] {
  return ctx.facts.ofSentences(KEEPS_OR_LIMITS, ctx.field, ctx.sentences, Boolean).kept;
}

/** An English sentence whose parse keeps a term (behind MAY_KEEP) or states a limit of ours (behind MAY_LIMIT). */
const KEEPS_OR_LIMITS: Annotator<boolean> = {
  id: 'en.status-quo/keeps-or-limits',
  analyze: (s) => {
    if (s.lang !== 'en') return false;
    const store = activeStore();
    return (store.of(MAY_KEEP, s) && store.of(englishFacts, s).kept !== undefined) ||
      (store.of(MAY_LIMIT, s) && ownLimit(store.of(englishFacts, s)) !== undefined);
  },
};

export function limitAgainstAsk(ctx: RuleContext, i: number): number | undefined {
  const s = ctx.sentences[i];
  if (!s || s.lang !== 'en' || !ctx.facts.of(MAY_LIMIT, s)) return undefined;
  const own = ownLimit(ctx.facts.of(englishFacts, s));
  if (own === undefined) return undefined;
  const { at, answered } = own;
  if (answered) return at;
  for (let k = i - 1; k >= 0 && k >= i - LOOK_BACK; k--) {
    const before = ctx.sentences[k]!;
    if (before.lang !== 'en' || !ctx.facts.of(MAY_ASK, before)) continue;
    const g = ctx.facts.of(englishFacts, before);
    if (g.changeAsked || namesAsk(g) || replyOnTerms(g)) return at;
  }
  return undefined;
}

/**
 * What limitAgainstAsk reads of the sentence itself (a function of its facts, so kept with them: the document hook
 * asks it of every sentence with a figure on every keystroke): the limit clause, if it is the answer, and whether
 * the sentence itself answers an ask. Undefined when it states no limit that answers.
 */
function ownLimit(f: EnFacts): { at: number; answered: boolean } | undefined {
  const known = OWN_LIMIT.get(f);
  if (known !== undefined) return known === NO_LIMIT ? undefined : known;
  const own = readOwnLimit(f);
  OWN_LIMIT.set(f, own ?? NO_LIMIT);
  return own;
}
/** ownLimit's answers by the facts object (the engine's, cached by the sentence's text): they go with it. */
const OWN_LIMIT = new WeakMap<EnFacts, { at: number; answered: boolean } | typeof NO_LIMIT>();
const NO_LIMIT = Symbol('no limit');

function readOwnLimit(f: EnFacts): { at: number; answered: boolean } | undefined {
  // Round 25: or a stance of ours kept ("Our position has not changed"), which only a request to reconsider calls for.
  const stance = stanceKept(f);
  const at = limitClause(f) ?? keptStance(f) ?? stance;
  if (at === undefined) return undefined;
  // The limit is the answer itself: before it only a topic or a verdict ("Re your request … — declined, we stay at 60
  // days"), not a clause of its own ("That works for us, and 8% is our final figure"); and it tells the reader nothing
  // they gain ("The price is fixed for this year, so you are protected from the rise").
  const decline = new Set(f.cues.decline ?? []);
  const start = f.clauses[at]!.from;
  let topicEnd = 0;
  for (let k = 0; k < start; k++) if (/^[:—–]$/.test(f.tokens[k]!.text)) topicEnd = k + 1;
  for (let k = topicEnd; k < start; k++) {
    const t = f.tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !decline.has(k)) return undefined;
  }
  if (f.clauses.some((c) => c.from >= topicEnd && c.subject?.side === 'you')) return undefined;
  // The limit ends the answer: "Prices are fixed until …, so there will be no increases" goes on to what they gain.
  // ("… the best we can do": the parse's clause of "we can do" is the limit's own.)
  if (f.clauses.some((c, k) => k > at && c.verb !== undefined && !(c.subject?.side === 'we' && (c.modal === 'can' || c.modal === 'could')))) return undefined;
  return { at, answered: at === stance || f.changeAsked || namesAsk(f) || verdictFirst(f, at) || replyOnTerms(f) };
}

/** A verdict before the limit: "No, …", "Nope, …", "declined, …" (a verb of declining with no subject of its own). */
function verdictFirst(f: EnFacts, at: number): boolean {
  const first = f.tokens[0];
  if (first && (first.lower === 'no' || first.lower === 'nope') && f.tokens[1]?.text === ',') return true;
  return (f.cues.decline ?? []).some((k) => f.clauses.some((c, i) => i < at && k >= c.from && k < c.to && c.subject === undefined));
}

// Round 27: and the words the readings need (mayStateLimit): a figure alone (\d) let every sentence with a number be parsed
// for this walk only — a third of a pasted English paragraph's CPU.
const MAY_LIMIT = textFact('en.status-quo/may-limit', (text) => /\d|\b(?:fixed|final|firm|frozen|last|non-negotiable|position|decision|answer|stance|conclusion|view|verdict|assessment|reply|response)\b/i.test(text) &&
  mayStateLimit(text));
