import type { EnFacts } from './en';
import { pressWords } from './press-words';
import { nearDate } from './en-pressure';

/**
 * Round 36 (issue 10, English pressure): the moment pressed with no date written — what the readers keyed on a date or
 * a cue list let through. Read from the parse, whatever the product or the verb:
 * - the present as the one right time: "now is the time", "today is the day", "it's now or never" (the last is the
 *   cue list's); "sooner is better for you", "better sooner rather than later", "the sooner you sign, the better";
 * - a chance that lasts only while something else holds: "while you (still) can", "while stocks last", "before it's
 *   gone", "before someone else does", "before it's too late";
 * - an offer that will not come back: its noun (price, rate, offer, terms…) the subject of "never … again" or of a
 *   negated verb with "again" ("The price will never be this low again", "These terms won't be offered again"), or "the
 *   last … at this price"; a price we will not promise past a near time ("I can't promise this price next week");
 * - the tautology of scarcity: "once these are gone, they're gone";
 * - the reader told that passing it up would be folly: "you'd be crazy to pass this up", "don't pass this up".
 * Not our own act made sooner ("we can deliver sooner than planned"), a price that will not rise again ("the price
 * will not go up again this year": good news), nor a question ("Would sooner be better for you?").
 */
export function momentPressed(f: EnFacts): boolean {
  if (f.question) return false;
  return presentIsTheTime(f) || whileItLasts(f) || offerNotAgain(f) || goneIsGone(f) || passingUp(f) || offerGoneUnless(f);
}

/** The gate before the parse: one of the words every shape above needs. */
export const MAY_PRESS_MOMENT = /\b(?:now|today|sooner|while|before|again|last|gone|up|promise|guarantee)\b/i;

const PRESENT = new Set(['now', 'today']);
/** The word classes, as data with examples (dictionaries/any/press-words.json). */
const MOMENT = new Set(pressWords('moment-noun'));

/** "now is the time", "today is the day", "sooner is better", "(the) sooner (rather than later / the better)". */
function presentIsTheTime(f: EnFacts): boolean {
  const t = f.tokens;
  return t.some((w, i) => {
    // "Now is the time (to …)": the present as the subject of "be" and a noun of the moment after it.
    if (PRESENT.has(w.lower) && t[i + 1]?.lemma === 'be' && (t[i + 2]?.lower === 'the' || t[i + 2]?.lower === 'a') &&
      MOMENT.has(t[i + 3]?.lower ?? '') && (t[i + 4] === undefined || t[i + 4]!.pos === 'PUNCT' || (t[i + 4]!.lower === 'to' && !thanking(f, i + 4)))) {
      // "Today is the day our plant opens": a day named by what happens on it, not the moment to act.
      return !(i > 0 && /^(?:by|until|from|since|till)$/.test(t[i - 1]!.lower));
    }
    if (w.lower !== 'sooner') return false;
    // "sooner is better", "sooner rather than later", "the sooner …, the better / the sooner we can …".
    if (t[i + 1]?.lemma === 'be' && /^(?:better|best|wiser|safer)$/.test(t[i + 2]?.lower ?? '')) return true;
    if (t[i + 1]?.lower === 'rather' && t[i + 2]?.lower === 'than' && t[i + 3]?.lower === 'later') return !ourActOnly(f, i);
    // "The sooner you send the drawings, the sooner we can quote" is left clean (round 16's class): no "the sooner" reading.
    return false;
  });
}

/** "now is the time to thank you": the moment of a courtesy, not a decision. */
function thanking(f: EnFacts, i: number): boolean {
  return f.tokens[i]?.lower === 'to' && /^(?:thank|say|wish|celebrate|congratulate|introduce|share)$/.test(f.tokens[i + 1]?.lemma ?? '');
}

/** "sooner rather than later" said of our own act: "we will deliver sooner rather than later". */
function ourActOnly(f: EnFacts, i: number): boolean {
  return f.clauses.some((c) => c.from <= i && i < c.to && c.subject?.side === 'we');
}

const RIVALS = new Set(pressWords('rival-before'));

/** "while you (still) can", "while stocks last", "before it's gone", "before someone else does", "before it's too late". */
function whileItLasts(f: EnFacts): boolean {
  const t = f.tokens;
  return t.some((w, i) => {
    if (w.lower === 'while') {
      // "while you still can" closing its clause; "while stocks / supplies / it lasts".
      const rest = clauseAfter(f, i);
      const last = rest[rest.length - 1];
      if (!last) return false;
      if (rest[0]?.lower === 'you' && (last.lower === 'can' || last.lower === 'still') && rest.length <= 3) return true;
      return last.lemma === 'last' && rest.length <= 3;
    }
    if (w.lower !== 'before') return false;
    const rest = clauseAfter(f, i);
    if (rest.length === 0 || rest.length > 5) return false;
    // "before it's / they're / these are gone", "before it is too late".
    if (rest.some((x) => x.lower === 'gone') && rest[0]?.pos === 'PRON' || (rest.some((x) => x.lower === 'too') && rest[rest.length - 1]?.lower === 'late')) return true;
    // "before someone else does / grabs it", "before another buyer takes the slot", "before your competitors do".
    return RIVALS.has(rest[0]!.lower) || (rest[0]?.lower === 'your' && rest[1]?.lower.startsWith('competitor') === true);
  });
}

/** The tokens after `i` up to the next mark (the rest of the clause it opens). */
function clauseAfter(f: EnFacts, i: number): EnFacts['tokens'] {
  const out: EnFacts['tokens'] = [];
  for (let k = i + 1; k < f.tokens.length && f.tokens[k]!.pos !== 'PUNCT'; k++) out.push(f.tokens[k]!);
  return out;
}

/** The nouns of an offer: what a prospect may be told will not come back. */
const OFFER = new Set(pressWords('offer-noun'));
/** Verbs of an offer coming back; not a change of the price ("go up", "rise": the price not rising again is good news). */
const RETURN = new Set(pressWords('offer-return'));
/** Verbs of holding a price for someone, negated against a near time. */
const PROMISE = new Set(pressWords('price-promise'));
const NEAR = /^(?:next|tomorrow|soon|later|after|beyond|past)$/;

function offerNotAgain(f: EnFacts): boolean {
  const t = f.tokens;
  for (const c of f.clauses) {
    if (c.conditional || c.verb === undefined) continue;
    const words = t.slice(c.from, c.to);
    const offerAt = words.findIndex((x) => OFFER.has(x.lower));
    if (offerAt < 0) continue;
    const verb = t[c.verb]!;
    // "The price will never be this low again", "These terms won't be offered again", "You won't see this price again".
    if (c.negation !== undefined && words.some((x) => x.lower === 'again') && RETURN.has(verb.lemma) &&
      (c.subject?.side !== 'we' || verb.lemma === 'offer' || verb.lemma === 'repeat' || verb.lemma === 'extend')) return true;
    // "I can't promise this price next week", "we cannot guarantee these rates beyond Friday".
    if (c.negation !== undefined && c.subject?.side === 'we' && PROMISE.has(verb.lemma) &&
      words.slice(offerAt).some((x) => NEAR.test(x.lower))) return true;
  }
  // "the last batch at this price", "the last units at the 2026 rate": what remains at the price, counted down to the last.
  return t.some((w, i) => w.lower === 'last' && t[i - 1]?.lower === 'the' &&
    t.slice(i + 1, i + 8).some((x, k, list) => x.lower === 'at' && k < 3 && list.slice(k + 1).some((y) => OFFER.has(y.lower))));
}

/**
 * "If the PO isn't with us by then, the 15% discount is gone": an offer's noun the subject of "gone" in the main clause,
 * under a condition with a near time — the reader's act by our date, or they lose it. Not "the discount is gone" told
 * as news with no condition, nor a condition with no time.
 */
function offerGoneUnless(f: EnFacts): boolean {
  if (!f.conditional || !nearDate(f)) return false;
  const t = f.tokens;
  // The offer's noun before the clause's verb (its subject's phrase: "the 15% discount"); "gone" may fall just past the
  // clause the parse closes at the copula.
  return f.clauses.some((c) => !c.conditional && c.verb !== undefined && c.subject?.side !== 'we' &&
    t.slice(c.from, c.verb).some((x) => OFFER.has(x.lower) && x.pos === 'NOUN') &&
    t.slice(c.verb, Math.min(t.length, c.to + 2)).some((x) => x.lower === 'gone'));
}

/** "Once these are gone, they are gone", "when it's gone it's gone". */
function goneIsGone(f: EnFacts): boolean {
  const gone = f.tokens.filter((x) => x.lower === 'gone').length;
  return gone >= 2 && f.tokens.some((x) => x.lower === 'once' || x.lower === 'when');
}

/** "you'd be crazy to pass this up", "don't pass this up", "I wouldn't pass up this offer": passing it up as the reader's folly. */
function passingUp(f: EnFacts): boolean {
  const t = f.tokens;
  return t.some((w, i) => w.lemma === 'pass' && t.slice(i + 1, i + 4).some((x) => x.lower === 'up') &&
    !f.clauses.some((c) => c.from <= i && i < c.to && c.subject?.side === 'we' && c.negation === undefined) &&
    !t.slice(i + 1, i + 4).some((x) => /^(?:on|to|through)$/.test(x.lower)));
}
