// Round 32 (clean32, issue 9): a promise of ours is not a deadline on the reader. "So that you have everything in time for
// that meeting, we will send the final offer and the draft supply agreement by 17 September" dates OUR act: the subject
// is us, the modal a commitment (will / shall), the date on our own verb. The pressure readers see an offer and an
// agreement "by" a date and read an order asked by a date (round 31's unread cc-049). This reader finds that clause
// from the parse, with no phrase list, so that the pressure rule can judge the rest of the sentence without it:
// "We will send the contract by Monday; please sign it by Wednesday or the price lapses" still presses in its second half.
import type { EnFacts } from './en';
import { deadlinesIn } from './en-deadline';
import { LAPSING, RISING, TAKEN } from './en-forfeit';
import { KEPT } from './en-levers';

/** A cheap gate before the parse: a modal of commitment. */
export const MAY_PROMISE = /\b(?:will|shall)\b|['’]ll\b/i;

/** Verbs whose object is the reader's part ("we will need your PO by the 15th"): a demand, not a promise. */
const NEEDING = /^(?:need|require|expect|want|await|wait|ask|request)$/;

/**
 * The clause (sentence-relative character span) in which we promise an act of ours by a date, or undefined. Not when:
 * the clause is negated, conditional or in a sentence with a condition ("if you sign by Friday, we will …"); its verb
 * keeps, takes back, lapses or raises something (KEPT, TAKEN, LAPSING, RISING: "we will hold this price until Friday",
 * "we will release the slot"); its verb needs something of the reader; the reader's thing is its object ("we will
 * need your signed order"); "only" limits it; the sentence is a question.
 */
export function ourPromise(f: EnFacts): { start: number; end: number } | undefined {
  if (f.question || f.conditional) return undefined;
  const t = f.tokens;
  for (let i = 0; i < f.clauses.length; i++) {
    const c = f.clauses[i]!;
    if (c.subject?.side !== 'we' || c.verb === undefined || c.negation !== undefined || c.conditional || c.passive) continue;
    if (c.modal !== 'will' && c.modal !== 'shall' && c.tense !== 'future') continue;
    const verb = t[c.verb]!;
    if (KEPT.has(verb.lemma) || TAKEN.has(verb.lemma) || LAPSING.has(verb.lemma) || RISING.has(verb.lemma) || NEEDING.test(verb.lemma)) continue;
    // Objects coordinated after it ("the final offer and the draft supply agreement by 17 September") are split off by
    // the parse as clauses with no verb of their own: they belong to the promise.
    let to = c.to;
    for (let j = i + 1; j < f.clauses.length && f.clauses[j]!.verb === undefined; j++) to = f.clauses[j]!.to;
    const words = t.slice(c.from, to);
    if (words.some((x) => x.lower === 'only')) continue;
    // The reader's thing as the object: "your" right after the verb or its particle, not after a preposition ("for your review").
    if (t.slice(c.verb + 1, to).some((x, k, all) => (x.lower === 'your' || x.lower === 'yours') && (all[k - 1] ?? verb).pos !== 'ADP')) continue;
    const after = t.slice(c.verb + 1, to).map((x) => x.lower);
    if (!deadlinesIn(after).some((d) => !d.anaphor)) continue;
    return { start: t[c.from]!.start, end: t[to - 1]!.end };
  }
  return undefined;
}
