// Round 22: whether a verdict of ours (src/engine/analysis/en-verdict.ts: "Technician visit is not included", "Net 30
// applies to all our distributors") answers an ask the thread implies. The mail is read as a reply where that is the
// evidence: a reply's subject ("Re: …"), quoted history, the reader's ask named or made anywhere in the field
// (they-asked.ts), their mail thanked for or their ask named in the few sentences before, or an answer sheet (several
// lines, each a point and its verdict: "Saturday desk → not available"). Said of its own accord — a first quote, a
// price list, a specification — the same words inform. Read by en.blunt-refusal.reply-verdict (which reports it) and
// by en.bad-news.blunt-notice (which leaves it: the verdict turns down their ask, it breaks no news).
import { englishFacts } from '../../../engine/analysis/en';
import { verdictOf, type Verdict } from '../../../engine/analysis/en-verdict';
import { namesAsk } from '../../../engine/analysis/en-declines';
import { readerAsk } from '../../../engine/analysis/en-standing';
import { textFact } from '../../../engine/analysis/facts';
import { enConventionCost, REPLY_SUBJECT as CONVENTION_REPLY } from '../../../engine/analysis/convention-cost';
import { QUOTED_LINE } from '../../../engine/analysis/quotes';
import type { RuleContext } from '../../../engine/rule';
import { askedInField } from '../../any/lib/they-asked';

/** How many sentences back the reader's ask or their mail thanked for may stand. */
const LOOK_BACK = 3;

/** A reply's subject (after its leading spaces): "Re:", "RE:", "AW:", "SV:", "Re[2]:". */
const REPLY_SUBJECT = /^(?:re|aw|sv|antw|vs)(?:\[\d+\])? ?[:：]/i;

/** A bullet or a number before a point: "• ", "- ", "2. ". */
const BULLET = /^(?:[-•*・]|\d{1,2}[.)])/;
/** The separators of a point and its verdict. */
const SEPARATORS = ['→', '->', '=>', ':'];
/** The first word of a verdict. */
const VERDICT_WORD = /^(?:(?:yes|no|not|included|available|possible|n\/a|ok|agreed|confirmed|declined|rejected|unavailable)\b|[✓✔✗✘×✕✖○◯](?![\w]))/i;

/**
 * Round 24: a table row of two cells or more, "| Source code escrow | Not available |", read as its point and verdict
 * ("Source code escrow: Not available"); the rule row "|---|---|" and any other line are left as they are.
 */
function tableRowAsPoint(line: string): string {
  if (line[0] !== '|' && line[0] !== '｜') return line;
  const cells = line.slice(1).split(/[|｜]/).map((c) => c.trim());
  if (cells.length < 2 || cells[0] === '' || /^[-:\s]*$/.test(cells[0]!)) return line;
  return `${cells[0]}: ${cells[1]}`;
}

/**
 * Whether a line has the shape of a point and its verdict: an optional bullet, a point of up to 80 characters, a
 * separator and a verdict ("• Free shipping → not offered", "2. Pallet labels in Japanese: yes", "- Weekend hotline: No,
 * …"). Read by index, not one regular expression, to stay linear.
 */
export function isAnswerLine(text: string): boolean {
  // Round 27: a table row's verdict is its second cell, whatever arrows its point holds ("| Payment terms 60 → 90 days |
  // No. 60 days stays. |": the arrow inside the point is no separator of its verdict).
  const trimmed = text.trimStart();
  if (trimmed[0] === '|' || trimmed[0] === '｜') {
    const cells = trimmed.slice(1).split(/[|｜]/).map((c) => c.trim());
    if (cells.length >= 2 && cells[0] !== '' && !/^[-:\s]*$/.test(cells[0]!) && cells[0]!.length <= 80) return VERDICT_WORD.test(cells[1]!);
  }
  const line = tableRowAsPoint(trimmed).replace(BULLET, '').trimStart();
  let at = -1;
  let width = 0;
  for (const sep of SEPARATORS) {
    const k = line.indexOf(sep);
    if (k > 0 && (at < 0 || k < at)) { at = k; width = sep.length; }
  }
  if (at < 0 || at > 80) return false;
  return VERDICT_WORD.test(line.slice(at + width).trimStart());
}

/** The verdict of sentence `i` when it answers an ask the thread implies, or undefined. */
export function verdictInReply(ctx: RuleContext, i: number): Verdict | undefined {
  const s = ctx.sentences[i];
  if (!s || s.lang !== 'en' || ctx.recipient === 'internal' || !ctx.facts.of(MAY_VERDICT, s)) return undefined;
  const f = ctx.facts.of(englishFacts, s);
  const verdict = verdictOf(f);
  if (verdict === undefined) return undefined;
  // Round 26: "Bank charges are for your account", "Customs duties are not included": a cost every buyer bears by
  // convention is a term of payment, not a verdict on their ask (convention-cost.ts) — unless their ask is named in it.
  if (enConventionCost(s.text) && !namesAsk(f) && !CONVENTION_REPLY.test(ctx.draft.subject ?? '')) return undefined;
  const sheet = answerSheet(ctx) && isAnswerLine(s.text);
  // A bare "No, …" after a point is a verdict only among others on an answer sheet — not in a table headed as a product's
  // features ("| Feature | Supported |" … "| Bluetooth | No |"), which answers nobody (round 27).
  if (verdict.kind === 'no') return sheet && !underFeatureHead(ctx, s.line) ? verdict : undefined;
  if (sheet || askedBefore(ctx, i) || repliedThread(ctx)) return verdict;
  return undefined;
}

/** The words of a table head that lists a product's features or specification, not points asked about. */
const FEATURE_HEAD = /\b(?:features?|specs?|specifications?|supported|support|compatib(?:le|ility)|capabilit(?:y|ies)|functions?|models?|options?)\b/i;

/**
 * Round 27: the table a row belongs to is headed as a product's features ("| Feature | Supported |"): its first row (up to
 * a blank line, at most 30 lines up) names them.
 */
function underFeatureHead(ctx: RuleContext, line: number): boolean {
  const row = /^\s*[|｜]/;
  if (!row.test(ctx.lines[line]?.text ?? '')) return false;
  let k = line;
  while (k > 0 && line - k < 30 && row.test(ctx.lines[k - 1]!.text)) k--;
  return FEATURE_HEAD.test(ctx.lines[k]!.text);
}

/** Their ask named in this sentence or in one of the few before, or their mail thanked for ("Thank you for your email"). */
function askedBefore(ctx: RuleContext, i: number): boolean {
  for (let k = i; k >= 0 && k >= i - LOOK_BACK; k--) {
    const s = ctx.sentences[k]!;
    if (s.lang !== 'en') continue;
    const g = ctx.facts.of(englishFacts, s);
    if (g.changeAsked || namesAsk(g) || readerAsk(g)) return true;
  }
  return false;
}

/** The mail replies to the reader: a reply's subject, quoted history, or their ask in the field. */
function repliedThread(ctx: RuleContext): boolean {
  if (REPLY_SUBJECT.test((ctx.draft.subject ?? '').trimStart())) return true;
  if (ctx.own.length < ctx.text.trimEnd().length || ctx.lines.some((l) => QUOTED_LINE.test(l.text))) return true;
  return askedInField(ctx);
}

/** Two or more lines of the writer's own text in the shape of a point and its verdict. */
function answerSheet(ctx: RuleContext): boolean {
  let n = 0;
  for (const l of ctx.lines) {
    if (l.start >= ctx.own.length) break;
    if (isAnswerLine(l.text) && ++n >= 2) return true;
  }
  return false;
}

/** A cheap gate before the parse: the words a verdict needs. */
const MAY_VERDICT = textFact('en.reply-verdict/may', (text) =>
  /\b(?:not|no|nope|unavailable|unobtainable|inaccessible|appl(?:y|ies)|same|your|fixed|final|firm|frozen|locked|all|every|each|any|everywhere|worldwide|globally|universally|board|exceptions?)\b|n['’]t\b/i.test(text) ||
  // Round 24: the participles of declining and charging (en-verdict.ts, from verdict-class.json's declineVerbs, chargeVerbs).
  /\b(?:declined|rejected|refused|denied|vetoed|charged|billed|invoiced|everyone|everybody|anyone|anybody)\b/i.test(text) ||
  // Round 28: a mark of no in an answer cell ("| Weekend delivery | ✗ |").
  /[✗✘×✕✖]/.test(text));
