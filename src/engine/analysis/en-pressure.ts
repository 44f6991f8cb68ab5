import type { EnFacts } from './en';
import { causalClause } from './en-news';

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** "before the 15th": a day of the month written alone. */
const ORDINAL_DAY = /^(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)$/;
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A near date in the sentence: "by Friday", "until April 16", "this week" (the `soon` cue), "end of March". */
export function nearDate(f: EnFacts, strict = false): boolean {
  // "early", "soon" alone go with the client's own season ("order filters early, before the rainy season").
  // Round 27 (AH's ahe-017): "valid for 60 days from today" — today as the start of a period is no near limit.
  if ((f.cues.soon ?? []).some((i) => (!strict || !/^(?:early|soon)$/.test(f.tokens[i]!.lower)) && !startsNow(f, i))) return true;
  return f.tokens.some((t, i) => (WEEKDAYS.has(t.lower) || MONTHS.has(t.lower) || (ORDINAL_DAY.test(t.lower) && f.tokens[i - 1]?.lower === 'the')) &&
    // Round 25 (AB's ab-a-040): "decide within March" bounds the act by the month as "by" does.
    ['by', 'until', 'before', 'after', 'till', 'through', 'of', 'beyond', 'past', 'within'].includes(f.tokens[i - (ORDINAL_DAY.test(t.lower) ? 2 : 1)]?.lower ?? '') );
}

/** "from today", "as of today", "starting now": the start of a period, which ends somewhere else. */
function startsNow(f: EnFacts, i: number): boolean {
  const t = f.tokens;
  return /^(?:today|now)$/.test(t[i]!.lower) && (/^(?:from|since|starting)$/.test(t[i - 1]?.lower ?? '') || (t[i - 1]?.lower === 'of' && t[i - 2]?.lower === 'as'));
}

/**
 * Pressure on a prospect read as a class, whatever the wording: advice to commit soon ("I'd strongly
 * advise you to sign this month", "best for you to commit now"), a loss if they wait ("every month you
 * wait puts you further behind", "if you wait, the fee will no longer be waived"), scarcity tied to an
 * early decision ("only three slots left … so I'd suggest confirming by Wednesday", "I can only keep it
 * until Thursday"), a worse price after a near date ("after that date, standard pricing applies"), a
 * signature asked by a near date. Advice or scarcity with no call to act soon is no pressure.
 */
/** "two installation windows left", "only 3 units left": a count of what remains. */
function countLeft(f: EnFacts): boolean {
  return f.tokens.some((t, i) => t.lower === 'left' && f.tokens.slice(Math.max(0, i - 4), i).some((x) => x.pos === 'NUM' || NUMBER_WORDS.has(x.lower)));
}
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'few', 'handful', 'last']);

export function pressureOf(f: EnFacts): boolean {
  const c = f.cues;
  const soon = nearDate(f);
  // Advice with the seller's own constraint as its reason ("…, since our trainers are away from Dec 25")
  // is logistics, not pressure, unless a loss is threatened too.
  // A meeting booked by a date is arranging ("it makes sense to book the meeting room before Friday").
  if (c.urge && c.commit && nearDate(f, true) && !f.conditional && !c.meeting && (c.loss || !(c.reason || causalClause(f)))) return true;
  // "You don't want to miss this window": the reader warned off a loss, with no date needed.
  if (c.loss && warnedOff(f)) return true;
  // "only room for two more customers; let me know by Friday": scarcity tied to a near reply.
  if (c.scarcity && nearDate(f, true) && (f.acts.includes('request') || c.offer)) return true;
  // "If any page is missing, don't hesitate to tell me": a loss inside a condition threatens nothing.
  // "Please don't hesitate to tell me" invites a question, it urges nothing.
  if (c.wait && c.loss && !f.question && (c.loss ?? []).some((i) => !inCondition(f, i)) && (c.wait ?? []).some((i) => !invitation(f, i))) return true;
  // Scarcity tied to a decision in the same sentence; "one slot left for next week" alone only informs.
  if ((c.scarcity || countLeft(f)) && (c.commit || c.urge)) return true;
  // Round 36: "The price will not go up again this year": a rise negated in its own clause is good news, no loss.
  if (c.loss && soon && (c.price || c.commit) && c.loss.some((i) => !riseDenied(f, i))) return true;
  // "this pricing won't last beyond the 15th, so please revert at the earliest": a price that runs out soon,
  // and a reply asked for. A validity stated plainly ("the quote is valid until 15 July") asks nothing.
  if (c.price && soon && priceRunsOut(f) && (f.acts.includes('request') || c.offer)) return true;
  // "Shall we aim to have the contract signed by next Friday?"
  if (c.commit && soon && (f.question || f.acts.includes('proposal')) && (c.commit ?? []).some((i) => /^(?:sign|signed|contract|commit|decide|decision)$/.test(f.tokens[i]!.lower))) return true;
  return false;
}

/** A rise cue (“go up”, “increase”) negated earlier in its own clause: "the price will not go up". */
function riseDenied(f: EnFacts, i: number): boolean {
  if (!(f.cues.rise ?? []).includes(i)) return false;
  return f.clauses.some((c) => c.from <= i && i < c.to && c.negation !== undefined && c.negation < i && !c.conditional);
}

/** Whether token `i` lies in a conditional clause ("if any document is missing"). */
function inCondition(f: EnFacts, i: number): boolean {
  return f.clauses.some((c) => c.conditional && c.from <= i && i < c.to);
}

/** "do not hesitate to …", "don't hesitate to …": the courtesy formula of an offer of help. */
function invitation(f: EnFacts, i: number): boolean {
  const t = f.tokens;
  return t[i]!.lemma === 'hesitate' && t[i + 1]?.lower === 'to' && t.slice(Math.max(0, i - 3), i).some((x) => NEGATORS.has(x.lemma === 'not' ? 'not' : x.lower));
}

/** Verbs of a price that persists: negated, the price runs out ("won't last", "cannot be held", "will not stand"). */
const PERSIST = new Set(['last', 'hold', 'stand', 'stay', 'remain', 'keep']);
const NEGATORS = new Set(['not', "n't", 'cannot', 'never']);
function priceRunsOut(f: EnFacts): boolean {
  // Read off the tokens: the negation may sit in a clause the parse folds into "note that …".
  return !f.conditional && f.tokens.some((t, i) => NEGATORS.has(t.lemma === 'not' ? 'not' : t.lower) &&
    // The tagger reads "won't last" as an adjective at times: right after the negation it is the verb.
    f.tokens.slice(i + 1, i + 4).some((x, k) => PERSIST.has(x.lemma) && (x.pos === 'VERB' || x.pos === 'AUX' || k === 0)));
}

/** A chance missed, not a cost ("you don't want to pay more than you need" is the seller's care). */
const MISSED = new Set(['miss', 'lose', 'regret', 'fall']);

/** "You don't want to miss …", "you wouldn't want to lose out": the reader's own wish, negated, against a loss. */
function warnedOff(f: EnFacts): boolean {
  if (f.question) return false;
  return f.clauses.some((c) => c.subject?.side === 'you' && c.negation !== undefined &&
    f.tokens.slice(c.negation, c.to).some((t) => t.lemma === 'want') &&
    (f.cues.loss ?? []).some((i) => i > c.negation! && i < c.to && MISSED.has(f.tokens[i]!.lemma)));
}

/**
 * Regret held over the reader, whatever the loss: "I'd hate for you to miss out", "I would hate to see your
 * plant in the same position" (the writer's dread of the reader's loss), "you can't afford to wait" (the
 * reader told they have no choice). Not "we can't afford to lower the price" (our side's own limit) nor
 * "I'd hate to trouble you" (nothing the reader stands to lose: no reader after "hate").
 */
export function dreadOf(f: EnFacts): boolean {
  if (f.question) return false;
  return f.clauses.some((c) => {
    // "hate" is the verb group's first verb ("would hate to see" ends on "see").
    const hate = f.tokens.findIndex((t, i) => i >= c.from && i < c.to && t.lemma === 'hate');
    if (c.subject?.side === 'we' && hate >= 0 && c.negation === undefined) {
      // "hate for you to …", "hate to see you / your team / Hoshino Seimitsu …".
      const after = f.tokens.slice(hate + 1, Math.min(c.to, hate + 5));
      return after.some((t) => t.lower === 'you' || t.lower === 'your' || t.pos === 'PROPN');
    }
    if (c.subject?.side === 'you' && c.negation !== undefined) {
      return f.tokens.slice(c.negation, c.to).some((t, k, list) => t.lemma === 'afford' && list[k + 1]?.lower === 'to');
    }
    return false;
  });
}
