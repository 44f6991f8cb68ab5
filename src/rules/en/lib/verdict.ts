// Round 22: whether a verdict of ours (src/engine/analysis/en-verdict.ts: "Technician visit is not included", "Net 30
// applies to all our distributors") answers an ask the thread implies. The mail is read as a reply where that is the
// evidence: a reply's subject ("Re: …"), quoted history, the reader's ask named or made anywhere in the field
// (they-asked.ts), their mail thanked for or their ask named in the few sentences before, or an answer sheet (several
// lines, each a point and its verdict: "Saturday desk → not available"). Said of its own accord — a first quote, a
// price list, a specification — the same words inform. Read by the reply-verdict rule, whose finding the notice rule
// gives way to by its declared yieldsTo: en.bad-news.blunt-notice yieldsTo en.blunt-refusal.reply-verdict (round 32).
import { z } from 'zod';
import cellRewordingsData from '../../../../dictionaries/en/answer-cell-rewordings.json';
import { bundled, onDemand } from '../../bundled';
import { englishFacts } from '../../../engine/analysis/en';
import { verdictOf, type Verdict } from '../../../engine/analysis/en-verdict';
import { namesAsk } from '../../../engine/analysis/en-declines';
import { readerAsk } from '../../../engine/analysis/en-standing';
import { activeStore, type Annotator } from '../../../engine/analysis/facts';
import { enConventionCost, REPLY_SUBJECT as CONVENTION_REPLY } from '../../../engine/analysis/convention-cost';
import { QUOTED_LINE } from '../../../engine/analysis/quotes';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence, Suggestion } from '../../../engine/types';
import { askedInField } from '../../any/lib/they-asked';

/** How many sentences back the reader's ask or their mail thanked for may stand. */
const LOOK_BACK = 3;

/** A reply's subject (after its leading spaces): "Re:", "RE:", "AW:", "SV:", "Re[2]:". */
const REPLY_SUBJECT = /^(?:re|aw|sv|antw|vs)(?:\[\d+\])? ?[:：]/i;

/** A bullet or a number before a point: "• ", "- ", "2. ". */
const BULLET = /^(?:[-•*・]|\d{1,2}[.)])/;
/** The separators of a point and its verdict. */
const SEPARATORS = ['→', '->', '=>', ':', '：'];
/** The first word of a verdict. */
// Round 29: and, in a mixed sheet, the Japanese verdicts beside English ones (・英文インボイス：可 / - Weekend delivery: NG).
const VERDICT_WORD = /^(?:(?:yes|no|not|included|available|possible|n\/a|ok|ng|agreed|confirmed|declined|rejected|unavailable|unable|impossible)\b|[✓✔✗✘×✕✖○◯](?![\w])|(?:対応)?(?:不可|可)(?:能)?(?:です)?[。.]?$)/i;

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
    // Round 29: "| 5 | Data migration | N/A |": a first cell that only numbers the row.
    if (cells.length >= 3 && /^(?:#|no\.?|\d{1,3}\.?)$/i.test(cells[0]!)) cells.shift();
    if (cells.length >= 2 && cells[0] !== '' && !/^[-:\s]*$/.test(cells[0]!) && cells[0]!.length <= 80) return VERDICT_WORD.test(cells[1]!);
  }
  const line = tableRowAsPoint(trimmed).replace(BULLET, '').trimStart();
  let at = -1;
  let width = 0;
  for (const sep of SEPARATORS) {
    const k = line.indexOf(sep);
    if (k > 0 && (at < 0 || k < at)) { at = k; width = sep.length; }
  }
  if (at < 0 || at > 80) return plainTableAnswer(line);
  return VERDICT_WORD.test(line.slice(at + width).trimStart());
}

/**
 * Round 29: where the verdict of an answer line stands, as offsets in the line — a table row's answer cell ("| 7-inch reels |
 * Not available |"), the words after a point's separator ("- Consignment stock: not possible"), or a plain-text table's
 * last cell: the span a cushioned rewording replaces, leaving the point, the bars and the bullet as they are.
 */
export function answerCell(text: string): { start: number; end: number } | undefined {
  if (!isAnswerLine(text)) return undefined;
  let from: number;
  let to = text.length;
  const lead = text.length - text.trimStart().length;
  if (text[lead] === '|' || text[lead] === '｜') {
    const bars: number[] = [];
    for (let i = lead; i < text.length; i++) if (text[i] === '|' || text[i] === '｜') bars.push(i);
    const cell = (n: number) => text.slice(bars[n]! + 1, bars[n + 1] ?? text.length).trim();
    // The item is the first cell, or the second after a cell that numbers the row.
    const itemAt = bars.length >= 4 && /^(?:#|no\.?|\d{1,3}\.?)$/i.test(cell(0)) ? 1 : 0;
    if (bars.length < itemAt + 2) return undefined;
    from = bars[itemAt + 1]! + 1;
    to = bars[itemAt + 2] ?? text.length;
  } else {
    let at = -1;
    let width = 0;
    for (const sep of SEPARATORS) {
      const k = text.indexOf(sep, lead + 1);
      if (k > 0 && (at < 0 || k < at)) { at = k; width = sep.length; }
    }
    if (at < 0) {
      at = text.slice(lead).search(/\t| {2}/) + lead;
      width = 0;
      if (at < lead) return undefined;
    }
    from = at + width;
  }
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /[\s.。]/.test(text[to - 1]!)) to--;
  return to > from ? { start: from, end: to } : undefined;
}

/**
 * Round 29: the verdict of an answer line (a table's cell, the words after "Point:", a plain-text table's last cell)
 * reworded in its place: the row, its bars and its point stay as they are, so a table is still a table afterwards.
 */
// Round 30: the rewordings are data (dictionaries/en/answer-cell-rewordings.json), validated by the dictionary schema test.
const CellRewordingsSchema = onDemand(() => z.object({
  about: z.string(),
  rewordings: z.array(z.object({ id: z.string(), text: z.string().min(1), label: z.string().min(1), labelJa: z.string().min(1) })).min(1),
}));
const CELL_REWORDINGS = bundled('en/answer-cell-rewordings', CellRewordingsSchema, cellRewordingsData).rewordings;
export function cellRewordings(s: Sentence): Suggestion[] | undefined {
  const cell = answerCell(s.text);
  if (!cell) return undefined;
  const start = s.start + cell.start;
  const end = s.start + cell.end;
  return CELL_REWORDINGS.map((r) => ({
    text: s.text.slice(0, cell.start) + r.text + s.text.slice(cell.end),
    edits: [{ start, end, text: r.text }],
    label: r.label,
    labelJa: r.labelJa,
  }));
}

/**
 * Round 29: a row of a plain-text table, "Express lead time        Not possible": a point, a tab or a run of spaces, and a
 * verdict. Found by index (a pattern with two runs of spaces would backtrack on a long line).
 */
function plainTableAnswer(line: string): boolean {
  const gap = line.search(/\t| {2}/);
  if (gap < 1 || gap > 80) return false;
  let k = gap;
  while (k < line.length && (line[k] === ' ' || line[k] === '\t')) k++;
  return VERDICT_WORD.test(line.slice(k));
}

/** The verdict of sentence `i` when it answers an ask the thread implies, or undefined. */
export function verdictInReply(ctx: RuleContext, i: number): Verdict | undefined {
  const s = ctx.sentences[i];
  if (!s || s.lang !== 'en' || ctx.recipient === 'internal') return undefined;
  const verdict = ctx.facts.of(VERDICT_EN, s);
  if (verdict === null) return undefined;
  const f = ctx.facts.of(englishFacts, s);
  // Round 26: "Bank charges are for your account", "Customs duties are not included": a cost every buyer bears by
  // convention is a term of payment, not a verdict on their ask (convention-cost.ts) — unless their ask is named in it.
  if (enConventionCost(s.text) && !namesAsk(f) && !CONVENTION_REPLY.test(ctx.draft.subject ?? '')) return undefined;
  const sheet = answerSheet(ctx) && isAnswerLine(s.text);
  // A bare "No, …" after a point is a verdict only among others on an answer sheet — not in a table headed as a product's
  // features ("| Feature | Supported |" … "| Bluetooth | No |"), which answers nobody (round 27).
  // Round 29: unless the lead above the table names their ask ("Here are the options you asked for."), and only in a mail
  // that answers somebody — a first quotation's "| Training | No |" lists what it includes, unasked; a row whose item is a
  // time slot ("| Tue 12 May 10:00 | No |") gives our diary, not a verdict on their ask.
  if (verdict.kind === 'no') {
    if (!sheet || slotItem(s.text)) return undefined;
    const lead = tableLeadAsks(ctx, s.line);
    if (underFeatureHead(ctx, s.line) && !lead) return undefined;
    return lead || askedBefore(ctx, i) || repliedThread(ctx) ? verdict : undefined;
  }
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

/**
 * Their ask or list named in a lead: "the options you asked for", "the points you raised", "your requests", "your wish list",
 * "Request | Status".
 */
const ASK_LEAD = /\byou(?:r team)? (?:have )?(?:asked|requested|wanted|wished|proposed|raised|mentioned|listed|sent|inquired|enquired)\b|\byour (?:[a-z-]{1,20} )?(?:requests?|wish(?:es| list)?|list|asks?|proposals?|points)\b|\b(?:requests?|requested)\b/i;

/**
 * Round 29: the two lines above a table (or a list) of answers, or its first row, name the reader's ask ("Here are the
 * options you asked for.", "| Request | Status |"): its rows answer what they asked for.
 */
function tableLeadAsks(ctx: RuleContext, line: number): boolean {
  const item = /^\s*(?:[|｜]|[-•*・]|\d{1,2}[.)])/;
  let k = line;
  while (k > 0 && line - k < 30 && item.test(ctx.lines[k - 1]!.text)) k--;
  for (let j = k; j >= Math.max(0, k - 3); j--) if (ASK_LEAD.test(ctx.lines[j]!.text)) return true;
  return false;
}

/** A point that is a time slot ("Tue 12 May 10:00", "14:00–15:00", "3pm"): a diary's row, not an item asked for. */
function slotItem(text: string): boolean {
  const t = text.trim();
  const point = /^[|｜]/.test(t) ? t.slice(1).split(/[|｜]/)[0] : t.split(/:\s|→|->/)[0];
  return /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b/i.test(point ?? '');
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
/**
 * The positions of the field's sentences that state a verdict (the only ones verdictInReply may answer for), kept by
 * position from the field's last check (FactStore.ofSentences). Round 40 (issue 14): the reply-verdict walk asked every
 * sentence on every keystroke.
 */
export function verdictSentences(ctx: RuleContext): readonly number[] {
  if (ctx.recipient === 'internal') return [];
  return ctx.facts.ofSentences(VERDICT_EN, ctx.field, ctx.sentences, (v) => v !== null).kept;
}

/** An English sentence's verdict (en-verdict.ts), behind the word gate: a fact of its text. */
const VERDICT_EN: Annotator<Verdict | null> = {
  id: 'en.reply-verdict/verdict',
  analyze: (s) => (s.lang === 'en' && mayStateVerdict(s.text) ? verdictOf(activeStore().of(englishFacts, s)) ?? null : null),
};

/** The words without which no sentence states a verdict: the gate before its parse is read. */
const mayStateVerdict = (text: string): boolean =>
  /\b(?:not|no|nope|unavailable|unobtainable|inaccessible|appl(?:y|ies)|same|your|fixed|final|firm|frozen|locked|all|every|each|any|everywhere|worldwide|globally|universally|board|exceptions?)\b|n['’]t\b/i.test(text) ||
  // Round 24: the participles of declining and charging (en-verdict.ts, from verdict-class.json's declineVerbs, chargeVerbs).
  /\b(?:declined|rejected|refused|denied|vetoed|charged|billed|invoiced|everyone|everybody|anyone|anybody)\b/i.test(text) ||
  // Round 28: a mark of no in an answer cell ("| Weekend delivery | ✗ |").
  /[✗✘×✕✖]/.test(text) ||
  // Round 29: the answer sheet's short words of no and of inability ("| Offline sync | N/A |", "Logo -> Unable", ": NG").
  /\b(?:n\/a|ng|unable|impossible|infeasible|unfeasible)\b/i.test(text);
