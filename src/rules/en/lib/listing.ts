// Round 34 (refx34): a "No" in a list that describes our product or what a package holds — "Specifications: - Dishwasher
// safe: No", "What the package includes: - Extended warranty: No (not requested)" — marks a property or an item nobody
// asked for; it answers no ask of the reader's. Read from the list's lead line (the line above the block's first item) and
// from a note right after the "No" that says it was not asked for.
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';

/** A list item's marker at the start of a line: "-", "•", "*", "1)", "2.", "a)". */
const ITEM = /^[ \t]*(?:[-*•・]|\d{1,2}[.)]|[a-z][.)])[ \t]/i;
/** A lead that names a description of ours: specifications, features, contents; what a package or a quote includes. */
const DESCRIBES = /\b(?:spec(?:ification)?s?|features|contents|includes|contains|covers|included)\b/i;
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
    return /[:：]\s*$/.test(t) && DESCRIBES.test(t) && !ANSWERS.test(t);
  }
  return false;
}
