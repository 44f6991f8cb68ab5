// Round 34 (refx34): a "No" in a list that describes our product or what a package holds — "Specifications: - Dishwasher
// safe: No", "What the package includes: - Extended warranty: No (not requested)" — marks a property or an item nobody
// asked for; it answers no ask of the reader's. Read from the list's lead line (the line above the block's first item) and
// from a note right after the "No" that says it was not asked for.
import { analyzeEnglish } from '../../../engine/analysis/en';
import { STATED_NO_WORDS } from '../../../engine/analysis/en-stated-no';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';

/** A list item's marker at the start of a line: "-", "•", "*", "1)", "2.", "a)". */
const ITEM = /^[ \t]*(?:[-*•・]|\d{1,2}[.)]|[a-z][.)])[ \t]/i;
/** A lead that names a description of ours: specifications, features, contents; what a package or a quote includes. */
const DESCRIBES = /\b(?:spec(?:ification)?s?|features|contents|includes|contains|covers|included)\b/i;
/** A lead that names our product's description itself. */
const SPEC_LEAD = /\b(?:spec(?:ification)?s|features|data\s?sheet)\b/i;
/** A lead that answers the reader: their points, questions or requests. */
const ANSWERS = /\b(?:your|answers?|replies|reply|requests?|points?|questions?|asked)\b/i;
/** A note after the "No" that nobody asked for the item: "(not requested)", "– not ordered", "(optional)". */
const NOT_ASKED = /^\s*[(（\-–—,]\s*(?:not\s+(?:requested|ordered|selected|needed)|optional)\b/i;

/** Whether the "No" at `restAt` of sentence `s` (the text after it) marks a property or an item not asked for. */
export function noInListing(ctx: Pick<RuleContext, 'lines'>, s: Sentence, rest: string): boolean {
  if (NOT_ASKED.test(rest)) return true;
  const line = ctx.lines[s.line];
  if (line === undefined || !ITEM.test(line.text)) return false;
  // The lead: the first line above the block's items that is no item itself (a blank line ends the block).
  for (let k = s.line - 1; k >= 0; k--) {
    const t = ctx.lines[k]!.text;
    if (t.trim() === '') return false;
    if (ITEM.test(t)) continue;
    // Round 36: "The specifications you asked for:" still describes our product; their asking for it asks no change.
    return /[:：]\s*$/.test(t) && DESCRIBES.test(t) && (!ANSWERS.test(t) || SPEC_LEAD.test(t));
  }
  return false;
}

const SPARED_LABELS = new Set(STATED_NO_WORDS.sparedLabels);

/** A need or a hazard in an item's label: "Safety shoes needed", "Hazardous goods". */
const NEED_OR_HAZARD = /\b(?:needed|required|necessary|mandatory|hazardous|dangerous)\b/i;

/**
 * Round 36: the label before a list answer's "no" names what the client would bear — a charge, a penalty, a shortage,
 * a delay, a defect (the cue words of en-acts.ts) — or a need or a hazard: the "no" spares them.
 */
export function sparedItem(label: string, answer = ''): boolean {
  // "Delivery fee: no change.", "Licence fee: no discount.": a concession or a change denied, not a cost spared (r23).
  if (/^\s*no\s+[a-z]/i.test(answer)) return false;
  // "Can you give the licence for 10 years instead of 5? — No.": their question asked, not a cost spared (r33 d4-049).
  if (!/[:：—–-]\s*$/.test(label) || label.includes('?')) return false;
  if (NEED_OR_HAZARD.test(label)) return true;
  const f = analyzeEnglish(label.replace(/[:：—–-]\s*$/, ''));
  const c = f.cues;
  // The cue words of a charge, a burden, a shortage, a delay or a loss (en-acts.ts; not a defect: "Free replacement of the
  // cracked plate: No" turns down their remedy, r35 ea2-001), or a word of the client's
  // trouble (dictionaries/en/stated-no.json sparedLabels).
  return [c.fee, c.burden, c.shortage, c.late, c.slip, c.loss].some((k) => (k ?? []).length > 0) ||
    f.tokens.some((t) => SPARED_LABELS.has(t.lower));
}

/** The label of the list item whose "no" ends at `end` of `text`: its line up to the separator, or undefined. */
export function itemLabel(text: string, end: number): string | undefined {
  const head = text.slice(0, end);
  const lineStart = head.lastIndexOf('\n') + 1;
  const sep = head.slice(lineStart).search(/[:：—–]|\s-\s/);
  return sep > 0 ? head.slice(lineStart, lineStart + sep + 1) : undefined;
}
