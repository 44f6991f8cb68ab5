import type { EnFacts } from './en';
import type { EnToken } from './en-parse';
import { clauseOf } from './en';
import { isNewsWord } from './en-news-classes';

/**
 * Round 39 (newsen39): our goods unlike the reference the client approved — "The production samples are a darker blue than
 * the approved standard", "most of them measure 14/16 rather than the 16/18 of the sample", "The surface finish on the
 * latest batch does not match the approved sample", "The colour of the new batch will differ slightly from the approved
 * sample". A Japanese buyer approved the sample, the proof or the drawing; goods that depart from it, whichever way, are a
 * quality problem to apologise for (round 22's `specChangedFrom` reads a figure changed from a date on; `lotWorse` a lot
 * against the one before).
 *
 * Not: a match ("matches the approved sample"), a departure denied ("no darker than the sample"), one within its tolerance
 * ("slightly darker than the proof, within the agreed range"), a question or condition, the reader's own goods or sample
 * ("your sample is lighter than the drawing" reports theirs), nor a reference that is no approved one ("lighter than the
 * previous model": en-news-lot.ts judges those).
 */
export function unlikeReference(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  if (tokens.some((t, k) => ACCEPTED.test(t.lower) || (t.lower === 'within' && /^(?:the|our|your|agreed|tolerance|spec)/.test(tokens[k + 1]?.lower ?? '')))) return false;
  for (let r = 0; r < tokens.length; r++) {
    if (!isNewsWord('references', tokens[r])) continue;
    // "your sample", "the sample you sent": the reader's reference is theirs to compare, not an approval of ours.
    if (tokens.slice(Math.max(0, r - 3), r).some((t) => t.lower === 'your') && !tokens.slice(Math.max(0, r - 3), r).some((t) => t.lower === 'approved')) continue;
    const link = linkBefore(tokens, r);
    if (link === undefined) continue;
    const clause = clauseOf(f, link);
    if (!clause || clause.conditional || clause.subject?.side === 'you') continue;
    // "does not match", "is not in line with": the negation is the departure; any other negation before the link denies it.
    const matchWord = isNewsWord('matchWords', tokens[link]);
    const negated = tokens.slice(Math.max(clause.from, link - 4), link).some((t) => NEGATORS.test(t.lower));
    if (matchWord !== negated) continue;
    // "no darker than", "not lighter than": a comparison denied.
    if (tokens[link]!.lower === 'than' && tokens.slice(Math.max(0, link - 3), link).some((t) => NEGATORS.test(t.lower))) continue;
    return true;
  }
  return false;
}

/** A verdict that the goods were accepted as they are. */
const ACCEPTED = /^(?:acceptable|accepted|tolerable|normal|natural|expected)$/;
const NEGATORS = /^(?:not|n't|no|never|nor|cannot)$/;

/**
 * The word linking the goods to the reference at `r`, within four words before it (determiners and "approved" between):
 * a comparative's "than" ("darker than the approved standard"), "from" after a verb of differing, "rather than / instead of
 * … of the sample", or a verb of matching.
 */
function linkBefore(tokens: EnToken[], r: number): number | undefined {
  for (let k = r - 1; k >= 0 && k >= r - 6; k--) {
    const w = tokens[k]!.lower;
    if (/^[.;:!?]$/.test(tokens[k]!.text)) return undefined;
    if (w === 'than') {
      const before = tokens[k - 1];
      // "rather than the 16/18 of the sample", "darker than", "more … than", "less … than".
      // "a darker blue than": the comparative may stand before the noun it grades.
      const graded = tokens.slice(Math.max(0, k - 3), k).some((t) => (t.pos === 'ADJ' || t.pos === 'ADV') && /[a-z]{2}er$/.test(t.lower) && !/^(?:other|never|ever|over|under|after|per|rather)$/.test(t.lower));
      if (before && (before.lower === 'rather' || graded || tokens.slice(Math.max(0, k - 4), k).some((t) => t.lower === 'more' || t.lower === 'less'))) return k;
      return undefined;
    }
    if (w === 'from' && tokens.slice(Math.max(0, k - 3), k).some((t) => /^(?:differ|deviate|depart|vary|stray)$/.test(t.lemma) || t.lower === 'different')) return k;
    if (w === 'of' && tokens[k - 1]?.lower === 'instead') return k;
    if (isNewsWord('matchWords', tokens[k])) return k;
  }
  return undefined;
}
