// Round 37 (refen37, issue 10): more kinds of the English no stated as a fact (en-stated-no.ts), found by grouping the
// blind writers' class corpus by what makes each sentence a refusal rather than by its words. Each reads the parsed
// sentence's tokens; the word classes are data with their own examples (dictionaries/en/stated-no.json):
// - ruled out: "There is no possibility of sending it by air" (a noun of possibility denied, not a cost or a trouble);
// - a proposal of theirs judged: "The proposed penalty … is unacceptable to us", "Your clause is not acceptable";
// - a kind not granted: "Credit cards are not an accepted method of payment";
// - our act denied in the passive, however the clause parse went: "Please note that changes … are not accepted";
// - a policy of never: "It is company policy never to share …", "Our policy is not to …";
// - a practice of ours stopped: "We stopped making custom blends years ago" (not a cost we stopped charging);
// - an outcome ruled out to the reader: "Do not expect a Japanese version of the dashboard";
// - an answer "No," with the thing kept as it is: "A: No, the formulation is fixed.";
// - a limit of ours refused past: "We will not print more than four colours";
// - a limit and the client's case outside it: "Returns are accepted within 14 days …, and this order is well past that",
//   "… requires a minimum of 2,000 metres; smaller runs are only possible in the catalogue colours";
// - a limit said to be absolute: "Three percent is the maximum discount, full stop", "… whatever the season";
// - nothing of the kind included: "There will be no on-site training included with this order";
// - left out of our area: "Naha is excluded from our delivery area"; theirs not among the only ones: "Only … are
//   supported, and Internet Explorer is not among them".
// As for the other kinds, the rules decide whether it answers the client's wish and whether it is cushioned (flat-no.ts).
import type { EnFacts } from './en';
import type { EnToken } from './en-parse';
import { STATED_NO_WORDS, type StatedNo } from './en-stated-no';

type Words = Record<'ruledOut' | 'verdict' | 'granted' | 'grantVerbs' | 'limit' | 'pastLimit' | 'short' | 'expect' | 'keptStates' | 'end' |
  'spared' | 'sparedLabels' | 'notPractice' | 'terms', Set<string>>;
let words: Words | undefined;
/** Read at the first call: en-stated-no.ts imports this file, so its word lists are not there at load. */
function w(): Words {
  const W = STATED_NO_WORDS;
  return words ??= {
    ruledOut: new Set(W.ruledOutNouns), verdict: new Set(W.verdictAdjectives), granted: new Set(W.grantedForms),
    grantVerbs: new Set(W.grantVerbs), limit: new Set(W.limitWords), pastLimit: new Set(W.pastLimit), short: new Set(W.shortOfLimit),
    expect: new Set(W.expectVerbs), keptStates: new Set(W.keptStates), end: new Set(W.endVerbs), spared: new Set(W.sparedActs),
    sparedLabels: new Set(W.sparedLabels), notPractice: new Set(W.notPractice), terms: new Set(W.termsDocument),
  };
}

const NEGATOR = /^(?:not|n't|n’t|never)$/;
const WE = /^(?:we|i)$/;
/** A cost the reader would bear: "no charge", "no extra fees" spare them. */
const COST = /^(?:charge|charges|cost|costs|fee|fees|freight)$/;
const low = (tokens: readonly EnToken[], i: number) => tokens[i]?.lower ?? '';
const isVerb = (t: EnToken | undefined) => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
/** A word that spares the reader a cost or a trouble ("no chance of a delay", "do not expect any problems"). */
const spares = (t: EnToken) => w().spared.has(t.lemma) || w().sparedLabels.has(t.lower) || COST.test(t.lower);

/** The round-37 kinds of a no stated as a fact, or undefined (statedNo has ruled out questions and conditions). */
export function statedNoR37(f: Pick<EnFacts, 'tokens' | 'cues'>): StatedNo | undefined {
  const { tokens } = f;
  const n = tokens.length;
  const W = w();
  const text = ` ${tokens.map((t) => t.lower).join(' ')} `;
  const hasOnly = tokens.some((t) => t.lower === 'only');
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // "There is / will be no possibility of …", "There will be no on-site training included with this order".
    if (t.lower === 'there') {
      let k = i + 1;
      if (low(tokens, k) === 'will') k++;
      if (tokens[k]?.lemma === 'be' && low(tokens, k + 1) === 'no') {
        const no = k + 1;
        if (W.ruledOut.has(low(tokens, no + 1)) && /^(?:of|to|for)$/.test(low(tokens, no + 2)) &&
          !tokens.slice(no + 2, n).some(spares) && isVerb(tokens[no + 3]) && !W.notPractice.has(tokens[no + 3]!.lemma)) {
          return { kind: 'ruled-out', at: no };
        }
        // "no X included / provided / offered with this order": none of it in what they bought.
        for (let j = no + 1; j < Math.min(n, no + 6); j++) {
          if (spares(tokens[j]!) || /^(?:[,;:]|and|but|so)$/.test(tokens[j]!.lower)) break;
          if (/^(?:included|provided|offered|supplied)$/.test(tokens[j]!.lower) && j > no + 1) return { kind: 'none-included', at: no };
        }
      }
    }
    if (t.lemma === 'be' && t.pos === 'AUX') {
      const subject = tokens.slice(0, i);
      const ourSubject = subject.some((x) => WE.test(x.lower));
      const yours = subject.some((x) => x.lower === 'you');
      let p = i + 1;
      const negated = NEGATOR.test(low(tokens, p));
      if (negated) p++;
      if (tokens[p]?.lemma === 'be') p++;
      // "The proposed penalty … is unacceptable to us", "Your clause is not acceptable": a proposal of theirs judged.
      const adj = low(tokens, p);
      // Not their judgement reported ("Your team said that 60 days is not acceptable for them"): no verb of saying before it.
      const reported = subject.some((x) => x.lower === 'that' || /^(?:say|tell|mention|write|feel|think|state)$/.test(x.lemma));
      if (!ourSubject && !yours && !reported && W.verdict.has(adj) && (adj === 'acceptable') === negated &&
        (subject.some((x) => /^(?:your|proposed|requested|suggested|revised)$/.test(x.lower)) || (low(tokens, p + 1) === 'to' && low(tokens, p + 2) === 'us'))) {
        return { kind: 'unacceptable', at: p };
      }
      if (negated && !ourSubject && !yours) {
        // "Credit cards are not an accepted method of payment".
        if (/^(?:a|an)$/.test(low(tokens, p)) && W.granted.has(low(tokens, p + 1)) && /^(?:NOUN|PROPN)$/.test(tokens[p + 2]?.pos ?? '')) {
          return { kind: 'not-granted', at: p - 1 };
        }
        // "changes to confirmed orders are not accepted", "emails are not processed": our act, passive, no agent of theirs.
        const v = tokens[p];
        if (v && v.pos === 'VERB' && /(?:ed|en)$/.test(v.lower) && W.grantVerbs.has(v.lemma) && subject.some((x) => x.pos === 'NOUN') &&
          !(low(tokens, p + 1) === 'by' && /^(?:you|your)$/.test(low(tokens, p + 2)))) {
          return { kind: 'passive-no', at: p - 1 };
        }
        // "Only … are supported, and Internet Explorer is not among them": theirs outside the only ones.
        if (hasOnly && low(tokens, p) === 'among') return { kind: 'sole', at: p - 1 };
      }
      // "Naha is excluded from our delivery area", "… excluded from the warranty".
      if (!negated && !ourSubject && low(tokens, p) === 'excluded' && low(tokens, p + 1) === 'from' &&
        (low(tokens, p + 2) === 'our' || (low(tokens, p + 2) === 'the' && tokens.slice(p + 3, p + 6).some((x) => W.terms.has(x.lower))))) {
        return { kind: 'excluded', at: p };
      }
    }
    // "It is company policy never to share …", "Our policy is not to …".
    if (t.lemma === 'policy') {
      let k = i + 1;
      if (tokens[k]?.lemma === 'be') k++;
      if (NEGATOR.test(low(tokens, k)) && low(tokens, k + 1) === 'to' && isVerb(tokens[k + 2]) && !spares(tokens[k + 2]!)) {
        return { kind: 'policy-never', at: k };
      }
    }
    // "We stopped making custom blends years ago": a practice of ours ended, not a cost we stopped charging.
    // The tagger reads some gerunds as nouns ("stopped offering").
    if (W.end.has(t.lower) && t.pos === 'VERB' && WE.test(low(tokens, i - 1)) && /^(?:VERB|NOUN)$/.test(tokens[i + 1]?.pos ?? '') && /ing$/.test(low(tokens, i + 1)) &&
      !spares(tokens[i + 1]!)) {
      return { kind: 'stopped', at: i };
    }
  }
  // "Do not expect a Japanese version of the dashboard", "Please don't count on a second discount".
  let s = 0;
  if (low(tokens, s) === 'please') s++;
  if (low(tokens, s) === 'do' && NEGATOR.test(low(tokens, s + 1)) && W.expect.has(tokens[s + 2]?.lemma ?? '') &&
    !tokens.slice(s + 3).some(spares) && !tokens.slice(s + 3).some((x) => /^(?:any|anything|much)$/.test(x.lower))) {
    return { kind: 'expect-none', at: s + 1 };
  }
  // "A: No, the formulation is fixed.": an answer no, the thing kept as it is.
  let a = 0;
  if (/^(?:a|answer)$/.test(low(tokens, 0)) && low(tokens, 1) === ':') a = 2;
  if (low(tokens, a) === 'no' && /^[,;:—–-]$/.test(low(tokens, a + 1))) {
    for (let k = a + 2; k + 1 < n; k++) if (tokens[k]!.lemma === 'be' && W.keptStates.has(low(tokens, k + 1))) return { kind: 'answer-kept', at: a };
  }
  // "We will not print more than four colours": a limit of ours refused past.
  for (let k = 0; k + 4 < n; k++) {
    if (!WE.test(low(tokens, k)) || !/^(?:will|do|can|wo|does)$/.test(low(tokens, k + 1)) || !NEGATOR.test(low(tokens, k + 2))) continue;
    const v = tokens[k + 3]!;
    if (v.pos !== 'VERB' || W.notPractice.has(v.lemma) || spares(v)) continue;
    for (let j = k + 4; j + 2 < n && j < k + 7; j++) {
      if (/^(?:more|fewer|less|longer)$/.test(low(tokens, j)) && low(tokens, j + 1) === 'than' && tokens[j + 2]!.pos === 'NUM') return { kind: 'limit-refused', at: k + 2 };
    }
  }
  // A limit of ours and the client's case outside it, in a later clause: "Returns are accepted within 14 days of delivery,
  // and this order is well past that"; "… requires a minimum of 2,000 metres; smaller runs are only possible in …".
  const limitAt = tokens.findIndex((x) => W.limit.has(x.lower));
  if (limitAt >= 0 && tokens.some((x) => x.pos === 'NUM')) {
    for (let k = limitAt + 1; k + 1 < n; k++) {
      if (!/^(?:and|;|but)$/.test(low(tokens, k))) continue;
      const rest = tokens.slice(k + 1);
      if (rest.some((x) => /^(?:still|within|qualifies|qualify|covered|eligible|free)$/.test(x.lower))) break;
      // "and this unit was delivered 14 months ago", "and your order is past that".
      // (The tagger reads some nouns after "this" as verbs: "this pump".)
      if (/^(?:this|your|the)$/.test(rest[0]?.lower ?? '') && /^(?:NOUN|PROPN|VERB)$/.test(rest[1]?.pos ?? '') && rest.some((x) => W.pastLimit.has(x.lower))) {
        return { kind: 'limit-outside', at: k };
      }
      // "; smaller runs are only possible in …", "; fewer units cannot be produced".
      if (W.short.has(rest[0]?.lower ?? '') && rest.some((x) => x.lower === 'only' || NEGATOR.test(x.lower) || x.lower === 'cannot')) {
        return { kind: 'limit-outside', at: k };
      }
    }
    // "Three percent is the maximum discount, full stop", "Our minimum stays at 20 pallets per sailing, whatever the season".
    if (STATED_NO_WORDS.absoluteMarkers.some((m) => text.includes(` ${m.replace(/\.$/, ' .')} `) || text.includes(` ${m} `))) {
      return { kind: 'limit-absolute', at: limitAt };
    }
  }
  return undefined;
}
