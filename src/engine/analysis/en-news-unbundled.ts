import type { EnFacts } from './en';
import { isCurrencyBefore } from './currency';

/**
 * Round 37 (newsen37): what came with the goods at no extra cost now charged for — "Operator training, formerly part of
 * every robot purchase, is now sold separately at USD 2,900 per participant", "the standard vision package on RX-6 becomes
 * an optional item, list price USD 14,500", "Remote monitoring, previously bundled, will be an extra from 1 July". Two sides
 * in one sentence: the old one free (a word of inclusion after "formerly / previously / until now", or the subject called
 * "standard / included / free"), and the predicate that makes it paid (sold separately, optional, chargeable, an extra, a
 * price). Not the reverse ("formerly optional, … is now standard"), not a thing that stays included, not a question or
 * a condition, not negated ("is no longer sold separately").
 */

/** Words that once placed the free side in the past. */
const FORMERLY = /^(?:formerly|previously|hitherto|once)$/;
/** A thing with no extra cost: part of the purchase, included, standard. */
const FREE = /^(?:part|included|inclusive|standard|free|bundled|complimentary)$/;
/** The paid side: sold apart, an option, a charge. */
const PAID = /^(?:separately|optional|option|chargeable|billable|paid|extra|add-on|surcharge)$/;
/** Verbs of a change of state. */
const CHANGE = /^(?:become|turn|move|change|switch|convert)$/;
/** Verbs of staying the same: the thing keeps its place. */
const STAYS = /^(?:remain|stay|continue|keep)$/;

export function includedNowPaid(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative || f.clauses.some((c) => c.negation !== undefined)) return false;
  const { tokens } = f;
  const w = tokens.map((t) => t.lower);
  // The predicate's first verb, past the subject and any bracketed or comma-set phrase about it.
  const verb = tokens.findIndex((t, i) => (t.pos === 'VERB' || t.pos === 'AUX') && !FREE.test(w[i]!) && w[i - 1] !== 'formerly' && w[i - 1] !== 'previously');
  if (verb < 0 || tokens.some((t) => t.pos === 'VERB' && STAYS.test(t.lemma))) return false;
  // The old side: "formerly part of", "previously included", or "the standard vision package" before the verb.
  const before = w.slice(0, verb);
  const formerly = before.some((x, i) => FORMERLY.test(x) && before.slice(i + 1, i + 4).some((y) => FREE.test(y)));
  const subjectFree = before.some((x) => x === 'standard' || x === 'included' || x === 'complimentary' || x === 'bundled');
  if (!formerly && !subjectFree) return false;
  // The new side: paid, with no word of it staying free.
  const after = tokens.slice(verb);
  if (after.some((t) => FREE.test(t.lower) || t.lower === 'no')) return false;
  const money = after.some((t, i) => t.pos === 'NUM' && isCurrencyBefore(after[i - 1]?.lower ?? ''));
  const sold = after.some((t, i) => t.lemma === 'sell' || (t.lemma === 'charge' && t.pos === 'VERB') || (t.lemma === 'bill' && after[i - 1]?.pos === 'AUX'));
  // A subject merely called standard changes only by a verb of becoming or a "now": "Our standard warranty is 2 years; an
  // extended warranty is optional" describes two offers.
  const changes = formerly || after.some((t) => CHANGE.test(t.lemma) || t.lower === 'now');
  if (!changes) return false;
  return after.some((t) => PAID.test(t.lower)) ? true : formerly && (money || sold);
}
