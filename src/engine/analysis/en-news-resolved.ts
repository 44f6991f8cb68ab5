// Round 22 (r22-menden): a problem reported settled, not broken. A fault or delay word in a sentence whose every stated
// clause says the problem is put right ("Batch delay issue is fixed now", "the defect has been corrected"), that a
// document about it is updated or shared ("Defect list v3 is updated and shared in Box folder"), or that it is a known
// one ("that's a known bug") tells no bad news: the news, if any, was told before. Verbs of putting right are WordNet's
// (the 'remedy' class of dictionaries/en/lexicon-news.json); a future fix ("will be fixed next month") stays news.
import type { EnFacts } from './en';
import { classVerbAt, inClass } from './en-lexicon';

/** Nouns of a document that lists or tracks problems: "defect list", "bug report", "issue tracker", "error log". */
const RECORDS = new Set(['list', 'report', 'log', 'tracker', 'sheet', 'file', 'register', 'table', 'summary', 'document', 'status']);
/** Verbs of a document brought up to date or handed over. */
const CIRCULATED = new Set(['update', 'share', 'upload', 'attach', 'send', 'publish', 'circulate', 'post', 'refresh', 'revise']);

export function problemSettled(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const t = f.tokens;
  let settled = false;
  for (const c of f.clauses) {
    if (c.verb === undefined || c.subject === undefined && c.from > 0) continue;
    if (c.negation !== undefined || c.tense === 'future' || c.modal !== undefined || c.conditional) return false;
    // "that's a known bug", "this is a known issue": the fault named as known (the parse may take "that" for a subordinator).
    if (c.verb !== undefined && t[c.verb]!.lemma === 'be' && t.some((x, k) => k > c.verb! && k < c.to && x.lower === 'known' && faultNoun(f, k + 1))) { settled = true; continue; }
    if (c.subordinate) continue;
    const v = t[c.verb]!;
    // "is fixed now", "has been resolved", "was corrected yesterday": a participle of putting right after "be/have".
    const aux = t.slice(c.from, c.verb).some((x) => x.lemma === 'be' || x.lemma === 'have');
    // ("fixed at three weeks", "fixed for the year": a value set, not a fault put right.)
    if (aux && /(?:ed|en|xt)$/.test(v.lower) && classVerbAt('remedy', t, c.verb) >= 0 && !/^(?:at|for|to|until|till)$/.test(t[c.verb + 1]?.lower ?? '')) { settled = true; continue; }
    // "Defect list v3 is updated and shared": a record of the problems circulated (the fault word names the record).
    const head = recordHead(f, c.from, c.verb);
    if (aux && head && CIRCULATED.has(v.lemma)) { settled = true; continue; }
    return false;
  }
  return settled;
}

/** The subject, up to the verb, is a record whose modifier is a fault word: "Defect list v3", "the bug report". */
function recordHead(f: EnFacts, from: number, verb: number): boolean {
  const t = f.tokens;
  for (let k = from + 1; k < verb; k++) if (RECORDS.has(t[k]!.lemma) && faultNoun(f, k - 1)) return true;
  return false;
}

/** A fault word (WordNet's 'fault' class) or one of the words a ticket names a problem by: "issue", "problem", "limitation". */
function faultNoun(f: EnFacts, k: number): boolean {
  const t = f.tokens[k];
  return t !== undefined && (inClass('fault', t) || /^(?:defects?|bugs?|issues?|errors?|problems?|limitations?|glitch(?:es)?|incidents?)$/.test(t.lower));
}
