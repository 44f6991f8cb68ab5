import type { EnFacts } from './en';
import type { EnToken } from './en-parse';
import { clauseOf } from './en';
import { EN_MONTH_WORDS as MONTHS, EN_WEEKDAY_WORDS as WEEKDAYS } from './dates';
import { isNewsWord } from './en-news-classes';


/**
 * Round 39 (newsen39): a date of ours put later with no word of delay — "The samples will reach you around the 20th at the
 * earliest", "We need another three weeks to finish the tooling", "It will take two more weeks", "The second phase will
 * only start after the summer". The client hears a slip; a Japanese client expects it explained with an apology.
 *
 * Not: the reader's own time ("if you need more weeks", "your team will only start after the holidays"), a question or
 * condition, a past fact, time the reader gave us ("thank you for the extra two weeks"), nor "only" before a short span
 * ("will only take two days": a saving).
 */
export function laterThanHoped(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative || f.cues.thanks !== undefined) return false;
  const { tokens } = f;
  const w = (k: number) => tokens[k]?.lower ?? '';
  for (let i = 0; i < tokens.length; i++) {
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || clause.tense === 'past' || clause.subject?.side === 'you') continue;
    if (clause.negation !== undefined && clause.negation < i) continue;
    // A possibility only ("might need another day", "could take longer"): no date put later yet.
    if (clause.modal !== undefined && /^(?:might|may|could|would|should)$/.test(clause.modal)) continue;
    // "… on the 20th at the earliest": the first date we can give is later than the one hoped for; "please revert at the
    // earliest" (as soon as you can) names no date.
    if (w(i) === 'earliest' && w(i - 1) === 'the' && w(i - 2) === 'at' && tokens.slice(Math.max(0, i - 6), i - 2).some(isDated)) return true;
    // "need another three weeks", "require an additional month", "take two more weeks", "need a further 10 days".
    if (MORE_TIME_VERBS.has(tokens[i]!.lemma) && (tokens[i]!.pos === 'VERB' || tokens[i - 1]?.pos === 'AUX' || clause.verb === i)) {
      const after = tokens.slice(i + 1, i + 6);
      const span = after.findIndex((x) => SPANS.test(x.lower));
      if (span >= 0 && (after.slice(0, span).some((x) => isNewsWord('moreTime', x)) || isNewsWord('moreTime', after[span + 1]))) return true;
    }
    // "will only start after the summer", "can only ship from week 12": a start held back to a later time.
    if (w(i) === 'only' && START.test(w(i + 1)) && /^(?:after|from|in|at|once|when)$/.test(w(i + 2)) &&
      !tokens.slice(i + 2, i + 8).some((t) => t.lower === 'you' || t.lower === 'your' || t.lower === 'receipt' || t.lower === 'approval' || t.lower === 'payment')) return true;
  }
  return false;
}

/**
 * Round 39: goods put on a later carrier — "Containers 3 and 4 have been rolled to the next vessel", "Your pallets were bumped
 * to the following flight", "… rebooked on the next sailing". Shipping's words for a delay. Not the reader's goods moved at
 * their wish (the agreed cues stop those before), not a question or condition.
 */
/** A person as the subject: who goes on a flight travels. */
const PERSON = /^(?:he|she|they|i|we|you|engineers?|technicians?|team|colleagues?|manager)$/;

export function laterCarrier(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (!isNewsWord('rolledVerbs', tokens[i])) continue;
    const clause = clauseOf(f, i);
    // "Your pallets were bumped …": the reader's goods are ours to carry; only "you" moving them is theirs.
    if (!clause || clause.conditional || youSubject(tokens, clause) || (clause.negation !== undefined && clause.negation < i)) continue;
    // Round 44: "Your 300 MT goes on the next sailing" moves goods; "I will go on the next flight" is a person travelling.
    if (tokens[i]!.lemma === 'go' && (clause.subject?.side === 'we' || PERSON.test(tokens[clause.subject?.index ?? -1]?.lower ?? ''))) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
      if (/^[.;:!?]$/.test(tokens[k]!.text)) break;
      // (Round 46, xc-030: "Cargo will roll to next vessel" — the article may be left out.)
      const after = tokens[k + 1]?.lower === 'the' || tokens[k + 1]?.lower === 'a' ? k + 2 : k + 1;
      if (/^(?:to|on|onto|for)$/.test(tokens[k]!.lower) && /^(?:next|following|later|subsequent)$/.test(tokens[after]?.lower ?? '') &&
        isNewsWord('carriers', tokens[after + 1])) return true;
    }
    // Round 46 (y6ya-045): "Container was rolled in Rotterdam, vessel full": our goods rolled, in the passive, is shipping's word
    // for left behind to a later carrier, whether or not the carrier is named (not "rolled back / out", "cold-rolled coil").
    if (tokens[i]!.lower === 'rolled' && tokens[i - 1]?.lemma === 'be' && !/^(?:back|out|up|off|into|in-house)$/.test(tokens[i + 1]?.lower ?? '') &&
      isNewsWord('rolledGoods', tokens[clause.subject?.index ?? -1])) return true;
  }
  return false;
}

/**
 * Round 39: an order shipped short of some of its goods — "Your spare-parts order will be shipped without the two ball screws,
 * which will follow separately", "The pallets leave without the manuals". A partial delivery told by "without". Not
 * "without delay", "without charge", "without any problem", nor a part the reader asked us to leave out.
 */
export function shippedWithout(f: EnFacts): boolean {
  if (f.question || f.conditional || f.cues.agreed !== undefined) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (!isNewsWord('shippedVerbs', tokens[i])) continue;
    const clause = clauseOf(f, i);
    // "Your order will be shipped without …": the reader's order is ours to ship; only "you" doing it is theirs.
    if (!clause || clause.conditional || youSubject(tokens, clause) || (clause.negation !== undefined && clause.negation < i)) continue;
    const without = tokens.findIndex((t, k) => k > i && k - i <= 4 && t.lower === 'without');
    if (without < 0) continue;
    const object = tokens.slice(without + 1, without + 5);
    if (object.some((t) => isNewsWord('notGoods', t))) continue;
    if (/^(?:the|your|its|their|any|all|our|\d+|two|three|four|five|six)$/.test(object[0]?.lower ?? '')) return true;
  }
  return false;
}

/** The clause's subject is "you" itself (not "your order", whose goods we carry). */
const youSubject = (tokens: EnToken[], clause: { subject?: { index: number } }) => clause.subject !== undefined && tokens[clause.subject.index]!.lower === 'you';

const MORE_TIME_VERBS = new Set(['need', 'require', 'take']);
const SPANS = /^(?:days?|weeks?|months?|hours?)$/;
/** Words of a date or time: "the 20th", "next week", "in May", "on Monday". */
const DATED = /^(?:\d+(?:st|nd|rd|th)|next|week|month|quarter)$/;
const isDated = (t: EnToken) => DATED.test(t.lower) || t.pos === 'NUM' || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower);
const START = /^(?:start|begin|commence|ship|arrive|deliver|dispatch|resume|launch|open)$/;
