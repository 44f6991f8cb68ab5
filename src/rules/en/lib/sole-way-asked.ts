// Round 34 (refen34, issue 10): where a sole way of ours (en-sole-way.ts `soleWay`: "we invoice in CHF only", "samples are
// limited to two per customer") meets the client's ask it answers. The ask must be named next to it and name the same
// thing (waysMeet): a topic lead in its sentence ("Regarding invoicing in euros: …"), a list item's label under their
// list of requests ("- Invoicing in JPY: …"), an ask of theirs a sentence or three above ("You asked whether we could
// invoice in JPY."), or their question right above (quoted, or on the answer's line). A way told with none of these is a
// practice or a specification, not a refusal.
import { englishFacts } from '../../../engine/analysis/en';
import { asksWhatOurWayIs, listLabel, topicLead, waysMeet } from '../../../engine/analysis/en-sole-way';
import { QUOTED_LINE } from '../../../engine/analysis/quotes';
import type { RuleContext } from '../../../engine/rule';
import { questionOnItsLine } from './asked-above';

/** How many sentences back the client's ask may stand. */
const LOOK_BACK = 3;
/** How far back, over a list's items, its introduction may stand. */
const LIST_INTRO = 12;
/** An introduction that presents a list as the client's points: "your list of requests", "the points you raised". */
const THEIR_POINTS = /\b(?:requests?|points|proposals?|wishes|requirements|questions)\b/i;
const LIST_ITEM = /^\s*(?:[-•*・]|\d{1,2}[.)])\s/;

export function soleWayAsked(ctx: RuleContext, i: number): boolean {
  const { sentences } = ctx;
  const s = sentences[i]!;
  // A lead in the sentence names the point answered: "Regarding invoicing in euros: we invoice in US dollars only."
  // A lead that asks what our way is ("Regarding your question about payment: …") is answered with information.
  const lead = topicLead(s.text) ?? listLabel(s.text);
  if (lead && asksWhatOurWayIs(lead.ask)) return false;
  // A lead that names their ask ("Regarding your request for ten samples: …") needs no more than the thing in common.
  const named = ctx.facts.of(englishFacts, s).readerAsk === true;
  if (lead && waysMeet(lead.ask, lead.rest, !named) && (topicLead(s.text) !== undefined || listOfTheirs(ctx, i))) return true;
  for (let k = i - 1; k >= 0 && k >= i - LOOK_BACK; k--) {
    const above = sentences[k]!;
    if (above.lang !== 'en') continue;
    if (ctx.facts.of(englishFacts, above).readerAsk === true && !asksWhatOurWayIs(above.text) && waysMeet(above.text, s.text)) return true;
  }
  const question = questionAbove(ctx, i);
  return question !== undefined && !asksWhatOurWayIs(question) && waysMeet(question, s.text);
}

/** The list the item at `i` belongs to is introduced as the client's points or asks. */
function listOfTheirs(ctx: RuleContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - LIST_INTRO; k--) {
    const x = ctx.sentences[k]!;
    if (LIST_ITEM.test(x.text)) continue;
    if (THEIR_POINTS.test(x.text) || (x.lang === 'en' && ctx.facts.of(englishFacts, x).readerAsk === true)) return true;
  }
  return false;
}

/** The client's question right above the sentence: on its own line before it, or their quoted line above. */
export function questionAbove(ctx: RuleContext, i: number): string | undefined {
  if (questionOnItsLine(ctx, i)) return ctx.sentences[i - 1]!.text;
  const s = ctx.sentences[i]!;
  let k = s.line - 1;
  while (k >= 0 && ctx.lines[k]!.text.trim() === '') k--;
  if (k < 0 || k < s.line - 2) return undefined;
  const text = ctx.lines[k]!.text;
  return QUOTED_LINE.test(text) && /[?？]\s*$/.test(text) ? text.replace(QUOTED_LINE, '') : undefined;
}
