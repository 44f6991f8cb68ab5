// Round 32 (issue 10): the reader's question right above an answer, read from the mail's layout rather than its words —
// an answer written under each of their points, their point quoted ("> 3) Could you supply 5 kg tins?" then "No — we only
// sell in 25 kg drums."), or put as a question on the answer's own line ("1. Can you hold stock for us? — We don't."). The
// sentence there answers what they asked, so a limit or a no of ours in it turns their ask down.
import { QUOTED_LINE } from '../../../engine/analysis/quotes';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';

/** The nearest line above `s`'s line that is not blank is a quoted line of the reader's that asks (ends with "?"). */
export function quotedQuestionAbove(ctx: RuleContext, s: Sentence): boolean {
  let k = s.line - 1;
  while (k >= 0 && ctx.lines[k]!.text.trim() === '') k--;
  if (k < 0 || k < s.line - 2) return false;
  const text = ctx.lines[k]!.text;
  return QUOTED_LINE.test(text) && /[?？]\s*$/.test(text);
}

/** The sentence before `s` on `s`'s own line is a question ("Can you hold stock for us? — We don't."). */
export function questionOnItsLine(ctx: RuleContext, at: number): boolean {
  const s = ctx.sentences[at]!;
  const before = ctx.sentences[at - 1];
  return before !== undefined && before.line === s.line && /[?？]\s*$/.test(before.text);
}

/** Either layout: the sentence at `at` answers a question of the reader's put right above it. */
export function answersQuestionAbove(ctx: RuleContext, at: number): boolean {
  const s = ctx.sentences[at]!;
  return questionOnItsLine(ctx, at) || quotedQuestionAbove(ctx, s);
}
