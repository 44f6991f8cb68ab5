// Whether the client asked for what a sentence answers: the shared "they asked" fact (src/engine/analysis/asked.ts)
// read where a rule may read it: a sentence rule names it in its sentence and the one before (`namesAsk`); a document
// rule sees the whole field, with the quoted lines ("> Could you hold the price?") and the history below the reply.
import { englishFacts } from '../../../engine/analysis/en';
import { enAskMade, enAskNamed, jaAskMade, jaAskNamed, mayNameAsk } from '../../../engine/analysis/asked';
import { QUOTED_LINE } from '../../../engine/analysis/quotes';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';

/** Whether one sentence of the writer's own names the client's ask ("as you requested", 「ご依頼の件」). */
export function namesAsk(ctx: RuleContext, s: Sentence): boolean {
  if (s.lang === 'ja') return jaAskNamed(s.text);
  return mayNameAsk(s.text) && enAskNamed(ctx.facts.of(englishFacts, s)) !== undefined;
}

/** Whether a line of the client's own words (quoted) asks something of us, or names an ask. */
function lineAsks(line: string): boolean {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(line)) return jaAskMade(line) || jaAskNamed(line);
  return enAskMade(line);
}

/**
 * For a document rule: the client's ask named in any sentence of the writer's own, or made in the quoted history
 * (quoted lines, and everything after "-----Original Message-----", "On … wrote:").
 */
export function askedInField(ctx: RuleContext, about?: RegExp): boolean {
  // `about`: only an ask on that matter counts (round 25: a reply to a question about the brochure does not make our
  // window closing an answer; one to "when is the next intake?" does).
  const on = (text: string) => !about || about.test(text);
  if (ctx.sentences.some((x) => namesAsk(ctx, x) && on(x.text))) return true;
  const history = ctx.text.slice(ctx.own.length);
  const quoted = ctx.lines.filter((l) => QUOTED_LINE.test(l.text)).map((l) => l.text);
  return ctx.facts.ofText(`they-asked/history${about ? `/${about.source}` : ''}`, quoted.join('\n') + '\n' + history, () => {
    // The quoted lines ("> …", "＞ …"), already picked out above.
    if (quoted.some((l) => lineAsks(l) && on(l))) return true;
    for (const line of history.split('\n')) {
      const text = line.replace(/^[\s>＞]+/, '').trim();
      // A history's header lines ("From: …", "Subject: …", "On … wrote:") ask nothing.
      if (text.length < 4 || /^(?:from|sent|to|cc|subject|date|差出人|送信日時|宛先|件名)\s*[:：]|\bwrote:$/i.test(text)) continue;
      if (lineAsks(text) && on(text)) return true;
    }
    return false;
  });
}

/** An ask about timing or availability: when, the schedule, slots, lead time, the next intake, which months are open; いつ, 日程, 納期, 空き, 枠. */
export const TIMING_ASK = /\b(?:when|timing|times?|schedules?|availability|available|slots?|lead[- ]?times?|next|dates?|capacity|intakes?|openings?|windows?|calendar|book|booking|deadlines?|how long|how soon|start|months?|weeks?|open|free)\b|いつ|日程|スケジュール|納期|空き|空い|枠|時期|予定|開始|期限|何月|何日/i;
