import { jaAskMade, jaAskNamed } from '../../../engine/analysis/asked';
import { QUOTED_LINE } from '../../../engine/analysis/quotes';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';
// A verdict given to an item, in the terse shape of an answer sheet: 独自ロジックのカスタマイズ → 不可 / ・土日の納品：NG /
// | 画面の多言語化 | 対応外 | — an item (what was asked) set apart by an arrow, a colon, a dash or a table cell, then a
// word that only says no. Whether it answers the reader's ask is the caller's to judge (a spec table of a product
// answers nobody).

/**
 * Words that say no and nothing else: 不可, NG, ×, 対応外, 対象外, 範囲外, 無理, 却下, お断り, 見送り, できません — and 不可 as
 * the head of a compound whose first half names the act turned down (受入不可, 返品不可, 出席不可: ご見学：受入不可).
 */
const VERDICT_WORD = /(?:[\p{Script=Han}]{1,3}(?:れ|入れ)?不可(?:能)?|不可能|不可|NG|ＮＧ|[×✕✖╳]|対応外|対象外|範囲外|無理|不対応|却下|お断り|見送り|お受けできません|お受けしません|対応できません|対応しません|できません)$/u;
/** A copula after the verdict (無理です, 不可となります, NGでございます): the verdict is still the word before it. */
const COPULA = /(?:です|でございます|となります|になります|となっております|だ)$/;
/** 今回は / 現時点では / 当面: the time a verdict holds for, between its separator and its word. */
const TIME_SCOPE = /(?:今回|現時点|現状|当面|今のところ|現在)(?:で)?(?:は|も)?[、，]?$/;
/** What sets the verdict apart from its item: an arrow, a colon, an equals sign, a table bar, a tab or a wide space. */
const TIGHT_SEPARATOR = /(?:→|⇒|⇨|->|=>|：|:|＝|=|\||｜|\t|\u3000)$/;
/** A dash, only with a space on its side (カスタマイズ ー 不可), never the long vowel of a loanword (カスタマイズー). */
const SPACED_DASH = /(?:[ー－―—-] |\s[ー－―—-])$/;

export interface Verdict {
  /** Offsets in the line: the item (after any bullet or number) and the end of the verdict word. */
  itemStart: number;
  start: number;
  end: number;
  word: string;
}

/** The verdict of no given to an item on this line, if it is one. */
export function verdictLine(text: string): Verdict | undefined {
  if (text.length > 120) return undefined;
  let body = trimEnd(text, '。．.|｜ \t\u3000\n');
  // → 不可（仕様上の制約のため）: a reason after the verdict, in brackets.
  body = body.replace(/[（(][^（()）\n]{0,40}[）)]$/u, '').trimEnd();
  // The copula goes with the verdict (a rewrite of 無理です replaces both).
  const copula = COPULA.exec(body)?.[0].length ?? 0;
  body = body.slice(0, body.length - copula);
  const v = VERDICT_WORD.exec(body);
  if (!v) return undefined;
  // SPF50への変更 → 今回は見送り: a scope of time between the separator and the verdict leaves it a verdict.
  const beforeWord = body.slice(0, v.index).replace(TIME_SCOPE, '');
  const spaced = trimEnd(beforeWord, ' \t');
  const separated = TIGHT_SEPARATOR.exec(spaced) ?? (SPACED_DASH.test(beforeWord) ? /[ー－―—-]\s*$/.exec(spaced) : null);
  if (!separated) return undefined;
  const item = spaced.slice(0, separated.index).trimEnd();
  const lead = /^[\s|｜・●○◎■□◆◇\-*＊※]*(?:[0-9０-９]{1,2}[.．)）]\s*|[（(][0-9０-９]{1,2}[)）]\s*|[①-⑳]\s*)?/u.exec(item)![0].length;
  // The item names something: at least two characters, not only digits.
  const named = item.slice(lead);
  if (named.length < 2 || /^[0-9０-９\s]+$/.test(named)) return undefined;
  return { itemStart: lead, start: v.index, end: v.index + v[0].length + copula, word: v[0] };
}

/** The text without the characters of `chars` at its end (a loop: a trailing `[…]+$` is quadratic on a long run). */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The reader's ask named before an answer sheet: their 追加要望, ご依頼, リクエスト, 〜てほしいとの. */
const ASKED_FOR = /要望|依頼|リクエスト|希望|ご相談|打診|(?:たい|ないか|ほしい|欲しい)との/;

/**
 * The verdict of no on this line answers the reader's ask: named in the text before it, or asked in a quoted line of
 * theirs (> 返品期限を延ばしていただけますでしょうか). `before` is the mail's text up to the line.
 */
export function verdictAnswersAsk(line: string, before: string): Verdict | undefined {
  const v = verdictLine(line);
  if (!v) return undefined;
  if (ASKED_FOR.test(before) || ASKED_FOR.test(line.slice(0, v.start))) return v;
  return before.split('\n').some((l) => /^[\s]*[>＞]/.test(l) && jaAskMade(l)) ? v : undefined;
}

/**
 * A mail that reads as a reply (Re: / RE: / 返信 / 回答 in its subject, or a subject naming their ask), or that carries
 * the other party's history (quoted lines, an Original Message below): the thread implies an ask even where the mail
 * names none.
 */
const REPLY_SUBJECT = /^\s*(?:(?:re|ｒｅ|Ｒｅ|ＲＥ)\s*[:：]|(?:返信|回答|ご回答|お返事)\s*[:：]|【(?:返信|回答|ご回答)】)/i;
/** Their matter named before the line: 〜の件, their order (ご注文, ご発注), their enquiry (お問い合わせ, ご質問). */
const THEIR_MATTER = /の件|ご注文|ご発注|ご用命/;
/** A block headed as a spec, a care label or terms (■ 仕様 / お手入れ方法 / お見積り条件): it informs, answers nobody. */
const TABLE_HEAD = /仕様|スペック|性能|特長|特徴|取扱|取り扱い|お手入れ|注意事項|比較|条件|規約|規定/;
/** A verdict that grants, as the value of an item (可, 対応可, 可能です, OK, ○, 承ります, 対応いたします). */
const GRANT_VALUE = /^(?:対応)?(?:可(?:能)?|OK|ＯＫ|[○〇◯])|^(?:承(?:ります|れます)|(?:対応|手配)?(?:いた)?します)/;
/** The separators of an item from its verdict, as characters. */
const SEPARATORS = ['→', '⇒', '：', ':'];

/** The value after the first separator of a list line, or undefined when it has none. */
function valueOf(line: string): string | undefined {
  let at = -1;
  for (const sep of SEPARATORS) {
    const i = line.indexOf(sep);
    if (i > 1 && (at < 0 || i < at)) at = i;
  }
  return at < 0 ? undefined : line.slice(at + 1).trim();
}

/** The lines of the block (between blank lines) that holds the offset, and the line just above it. */
function blockAround(ctx: RuleContext, lineIndex: number): { lines: string[]; head: string } {
  const blank = (i: number) => !ctx.lines[i] || ctx.lines[i]!.text.trim() === '';
  let first = lineIndex;
  while (first > 0 && !blank(first - 1)) first--;
  let last = lineIndex;
  while (last + 1 < ctx.lines.length && !blank(last + 1)) last++;
  const lines = ctx.lines.slice(first, last + 1).map((l) => l.text);
  return { lines, head: ctx.lines.slice(Math.max(0, first - 2), lineIndex).map((l) => l.text).filter((t) => !valueOf(t) || /^[\s■□◆◇【]/.test(t)).join('\n') };
}

/**
 * Several items, each given a verdict of yes or no (1. 加工図面のご提出 → 不可 / 2. 梱包の変更 → 対応可): the shape of
 * an answer sheet, which answers a list of asks.
 */
function answerSheet(lines: readonly string[]): boolean {
  let verdicts = 0;
  for (const line of lines) {
    const value = valueOf(line);
    if (value === undefined) continue;
    if (verdictLine(line) || GRANT_VALUE.test(value)) verdicts++;
  }
  return verdicts >= 2;
}

/**
 * The verdict of no on this sentence's line answers an ask of the reader's: named before it (verdictAnswersAsk), or
 * implied by the thread — their matter named (〜の件, ご注文, お問い合わせ), a reply's subject or the history it
 * carries, or an answer sheet around it — unless its block is headed as a spec, a care label or terms.
 */
export function verdictAnswersThread(ctx: RuleContext, s: Sentence): Verdict | undefined {
  const named = verdictAnswersAsk(s.text, ctx.text.slice(0, s.start));
  if (named) return named;
  const v = verdictLine(s.text);
  return v && threadAsks(ctx, s) ? v : undefined;
}

/**
 * Whether the thread implies an ask that the item on this sentence's line answers: their matter named before it, a reply's
 * subject or history, or an answer sheet around it — unless its block is headed as a spec, a care label or terms.
 */
export function threadAsks(ctx: RuleContext, s: Sentence): boolean {
  const before = ctx.text.slice(0, s.start);
  if (ASKED_FOR.test(before)) return true;
  const { lines, head } = blockAround(ctx, s.line);
  if (TABLE_HEAD.test(head) || lines.some((l) => /^[\s■□◆◇【]/.test(l) && !valueOf(l) && TABLE_HEAD.test(l))) return false;
  const subject = ctx.draft.subject ?? '';
  const reply = REPLY_SUBJECT.test(subject) || jaAskNamed(subject) || ASKED_FOR.test(subject) ||
    ctx.own.length < ctx.text.length || ctx.lines.some((l) => QUOTED_LINE.test(l.text));
  return reply || jaAskNamed(before) || THEIR_MATTER.test(before.slice(0, ctx.own.length)) || answerSheet(lines);
}
