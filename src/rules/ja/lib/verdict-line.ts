import { firstMatchEnd } from '../../../engine/match-all';
import { REFUSALS } from './dictionaries';
import { alternation } from './text';
import { JA_THEIR_REQUEST, jaAskMade, jaAskNamed } from '../../../engine/analysis/asked';
import { textFact } from '../../../engine/analysis/facts';
import { QUOTED_LINE } from '../../../engine/analysis/quotes';
import type { RuleContext } from '../../../engine/rule';
import type { Line, Sentence } from '../../../engine/types';
// A verdict given to an item, in the terse shape of an answer sheet: 独自ロジックのカスタマイズ → 不可 / ・土日の納品：NG /
// | 画面の多言語化 | 対応外 | — an item (what was asked) set apart by an arrow, a colon, a dash or a table cell, then a
// word that only says no. Whether it answers the reader's ask is the caller's to judge (a spec table of a product
// answers nobody).

/**
 * Words that say no and nothing else: 不可, NG, ×, 対応外, 対象外, 範囲外, 無理, 却下, お断り, 見送り, できません (round 32: 見送ります and
 * いたしません, a whole verb that is the answer after the item's separator: 先行出荷：見送ります) — and 不可 as
 * the head of a compound whose first half names the act turned down (受入不可, 返品不可, 出席不可: ご見学：受入不可).
 */
const VERDICT_WORD = /(?:[\p{Script=Han}]{1,3}(?:れ|入れ)?不可(?:能)?|不可能|不可|NG|ＮＧ|[×✕✖╳]|対応外|対象外|範囲外|無理|不対応|却下|お断り|見送り(?:ます)?|(?:いた|致)しません|お受けできません|お受けしません|対応できません|対応しません|できません)$/u;
/** Round 35: "none" as the value (なし, ございません), with our provision named before it (ご用意なし, ご提供はございません). */
const NONE_VERDICT = /((?:ご)?(?:用意|提供|対応|準備))?(?:は|が)?(?:なし|無し|ございません|ありません)$/;
/** A copula after the verdict (無理です, 不可となります, NGでございます): the verdict is still the word before it. */
const COPULA = /(?:です|でございます|となります|になります|となっております|だ)$/;
/** 今回は / 現時点では / 当面: the time a verdict holds for, between its separator and its word. */
const TIME_SCOPE = /(?:今回|現時点|現状|当面|今のところ|現在)(?:で)?(?:は|も)?[、，]?$/;
/** The words of an English gloss: letters, spaces and a little punctuation ("Not possible", "No (not supported)"). */
const GLOSS_WORDS = /^[A-Za-z][A-Za-z ().,'’-]{0,40}$/;
/**
 * The text without an English gloss after its last slash (不可 / Not possible, ×／No), found by index: a pattern with a
 * leading \s* and no anchor would be quadratic on a run of spaces.
 */
function withoutEnglishGloss(text: string): string {
  const slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('／'));
  if (slash < 0 || !GLOSS_WORDS.test(text.slice(slash + 1).trim())) return text;
  return text.slice(0, slash).trimEnd();
}
/** A verdict that is a mark, not a word: it stands apart from its item by a space alone. */
const MARK = /^[×✕✖╳]$/;
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
  /** Round 29: the end of the English gloss after the verdict (不可 / Not possible, × / No), which a rewording replaces too. */
  glossEnd?: number;
}

/** The verdict of no given to an item on this line, if it is one. */
export function verdictLine(text: string): Verdict | undefined {
  if (text.length > 120) return undefined;
  let body = trimEnd(text, '。．.|｜ \t\u3000\n');
  // → 不可（仕様上の制約のため）: a reason after the verdict, in brackets.
  body = body.replace(/[（(][^（()）\n]{0,40}[）)]$/u, '').trimEnd();
  // | 納期短縮 | 不可 / Not possible |: a bilingual cell glosses the verdict in English after a slash; the verdict is the
  // Japanese word before it (the English half is no item of its own).
  const glossed = body.length;
  body = withoutEnglishGloss(body);
  const glossEnd = body.length < glossed ? glossed : undefined;
  // The copula goes with the verdict (a rewrite of 無理です replaces both).
  const copula = COPULA.exec(body)?.[0].length ?? 0;
  body = body.slice(0, body.length - copula);
  const none = VERDICT_WORD.test(body) ? null : NONE_VERDICT.exec(body);
  const v = none ?? VERDICT_WORD.exec(body);
  if (!v) return undefined;
  // SPF50への変更 → 今回は見送り: a scope of time between the separator and the verdict leaves it a verdict.
  const beforeWord = body.slice(0, v.index).replace(TIME_SCOPE, '');
  const spaced = trimEnd(beforeWord, ' \t');
  const separated = TIGHT_SEPARATOR.exec(spaced) ?? (SPACED_DASH.test(beforeWord) ? /[ー－―—-]\s*$/.exec(spaced) : null) ??
    // Round 29: 短納期（2週間）     不可 / 追加工<tab>不可: the cells of a plain-text table stand apart by a tab or a run of spaces.
    (/(?:\t| {2})$/.test(beforeWord) && /\S$/.test(spaced) ? /$/.exec(spaced) : null) ??
    // 納期の前倒し　× / 追加の色展開 ○: a mark (×) needs no separator but a space; a word would run into its item.
    (MARK.test(v[0]) && /[ \t\u3000]$/.test(beforeWord) && /[^\s0-9０-９]$/.test(spaced) ? /$/.exec(spaced) : null);
  if (!separated) return undefined;
  const item = spaced.slice(0, separated.index).trimEnd();
  const lead = /^[\s|｜・●○◎■□◆◇\-*＊※]*(?:[0-9０-９]{1,2}[.．)）]\s*|[（(][0-9０-９]{1,2}[)）]\s*|[①-⑳]\s*)?/u.exec(item)![0].length;
  // The item names something: at least two characters, not only digits.
  const named = item.slice(lead);
  if (named.length < 2 || /^[0-9０-９\s]+$/.test(named)) return undefined;
  // Round 35: 値引き：なし / 英語版の保証書 → ご用意なし — "none" is a no only as our provision denied or on an act of ours named as
  // the item (在庫：なし, 不具合：なし, 追加費用：なし report what there is).
  if (none && !none[1] && !REFUSALS.actionNouns.some((n) => named.endsWith(n))) return undefined;
  return { itemStart: lead, start: v.index, end: v.index + v[0].length + copula, word: v[0], ...(glossEnd !== undefined && copula === 0 ? { glossEnd } : {}) };
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

/**
 * What `threadAsks` reads of the block of lines (between blank lines) around a line: computed once per block of one
 * parse, not once per verdict line — an answer sheet of n lines asked n times would cost n² (round 22's last read:
 * 4,000 verdict lines took 21 s). Keyed by the parse's array of lines, which the engine's parser makes afresh for
 * every analysis, so nothing outlives it or leaks from one Engine to another.
 */
interface BlockFacts {
  /** The first line, from two above the block to its end, that heads a table (仕様, 条件, …), or Infinity. */
  headAt: number;
  /** A heading line inside the block (■ 仕様, 【条件】) names a table. */
  headedInside: boolean;
  /** Several items of the block each given a verdict: an answer sheet. */
  sheet: boolean;
  /** The block or the lines just above it name the reader's answer (貴社のご回答, | 貴社回答 |): its verdicts are theirs. */
  theirs: boolean;
}
/** The reader's answer named: 貴社のご回答, 御社からのご回答, お客様回答. */
const THEIR_ANSWER = /(?:貴社|御社|お客様|先方)(?:から|より)?の?(?:ご)?回答/;
interface LinesFacts {
  /** Facts of each block, by its first line. */
  blocks: Map<number, BlockFacts>;
  /** Some line of the field is quoted history (> …). */
  quoted: boolean;
  /** For each line, the first line of its block. */
  firstOf: Int32Array;
  /** What the mail says before a sentence, each read once (see PrefixFacts). */
  prefix: PrefixFacts;
}
const OF_LINES = new WeakMap<readonly Line[], LinesFacts>();

const isBlank = (line: Line | undefined): boolean => !line || line.text.trim() === '';

function linesFacts(ctx: RuleContext): LinesFacts {
  const lines = ctx.lines;
  let facts = OF_LINES.get(lines);
  if (facts) return facts;
  const firstOf = new Int32Array(lines.length);
  for (let i = 1; i < lines.length; i++) firstOf[i] = isBlank(lines[i - 1]) ? i : firstOf[i - 1]!;
  facts = { blocks: new Map(), quoted: lines.some((l) => QUOTED_LINE.test(l.text)), firstOf, prefix: {} };
  OF_LINES.set(lines, facts);
  return facts;
}

/**
 * Where in the field's text each kind of evidence of an ask first ENDS (Infinity: nowhere), read once per parse on
 * first use: "named before the sentence" (a pattern tested on ctx.text.slice(0, s.start)) is then one comparison
 * with s.start, where testing the prefix cost O(position) per sentence — n² over an answer sheet of n lines.
 */
interface PrefixFacts {
  /** Their ask named (ASKED_FOR: 要望, 依頼, 〜たいとの). */
  askedFor?: number;
  /** Their request named (asked.ts's jaAskNamed: ご依頼, お問い合わせ, いただいた件). */
  requestNamed?: number;
  /** Their matter named (THEIR_MATTER: の件, ご注文). */
  matter?: number;
  /** The end (after its line feed) of the first whole quoted line of theirs that asks (> …いただけますでしょうか). */
  quotedAsk?: number;
  /** The mail reads as a reply: its subject, quoted history or a history part below the own text. */
  reply?: boolean;
}

/** A line of quoted history (> …, ＞ …): as the old prefix scan tested each line of the text before the sentence. */
const QUOTE_MARK = /^[\s]*[>＞]/;

/** The end, after its line feed, of the first whole line of `text` quoted and asking (jaAskMade), or Infinity. */
function firstQuotedAskEnd(text: string): number {
  for (let at = 0; ; ) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return Infinity;
    const line = text.slice(at, nl);
    if (QUOTE_MARK.test(line) && jaAskMade(line)) return nl + 1;
    at = nl + 1;
  }
}

/** Their ask (ASKED_FOR) named in the text before the sentence. */
function askedForBefore(ctx: RuleContext, s: Sentence): boolean {
  const p = linesFacts(ctx).prefix;
  return (p.askedFor ??= firstMatchEnd(ctx.text, ASKED_FOR)) <= s.start;
}

/**
 * A quoted line of theirs that asks, before the sentence: a whole line above it, or the part of its own line before
 * it (read only when that line is quoted: sentences of quoted lines are not the rules' to read).
 */
function quotedAskBefore(ctx: RuleContext, s: Sentence): boolean {
  const p = linesFacts(ctx).prefix;
  if ((p.quotedAsk ??= firstQuotedAskEnd(ctx.text)) <= s.start) return true;
  const lineStart = ctx.lines[s.line]?.start ?? ctx.text.lastIndexOf('\n', s.start - 1) + 1;
  if (lineStart >= s.start) return false;
  const part = ctx.text.slice(lineStart, s.start);
  return QUOTE_MARK.test(part) && jaAskMade(part);
}

/** The facts of the block (between blank lines) that holds the line. */
function blockAround(ctx: RuleContext, lineIndex: number): BlockFacts {
  const { blocks, firstOf } = linesFacts(ctx);
  const first = firstOf[lineIndex] ?? lineIndex;
  const known = blocks.get(first);
  if (known) return known;
  let last = lineIndex;
  while (last + 1 < ctx.lines.length && !isBlank(ctx.lines[last + 1])) last++;
  const lines = ctx.lines.slice(first, last + 1).map((l) => l.text);
  // The head a line reads is every line from two above the block down to the line above it, but values (品番：…)
  // unless marked as headings: the first such line naming a table heads every line below it.
  let headAt = Infinity;
  // Round 29: below a lead naming their ask (お問い合わせいただいた取引条件を下記にまとめました), a table's row of column
  // names (| 項目 | 条件 |) labels the cells of the answer; it heads no terms sheet of its own (ar-008).
  let answered = false;
  for (let i = Math.max(0, first - 2); i <= last && headAt === Infinity; i++) {
    const t = ctx.lines[i]!.text;
    if (answerLead(t)) answered = true;
    else if ((!valueOf(t) || /^[\s■□◆◇【]/.test(t)) && TABLE_HEAD.test(t) && !(answered && TABLE_ROW_START.test(t))) headAt = i;
  }
  const facts: BlockFacts = {
    headAt,
    headedInside: lines.some((l) => /^[\s■□◆◇【]/.test(l) && !valueOf(l) && TABLE_HEAD.test(l)),
    sheet: answerSheet(lines),
    theirs: ctx.lines.slice(Math.max(0, first - 2), last + 1).some((l) => THEIR_ANSWER.test(l.text)),
  };
  blocks.set(first, facts);
  return facts;
}

/**
 * Round 24: a sentence that introduces the list as the answer to the reader's own question or request (ご質問の納品条件に
 * ついて、以下に回答いたします / お問い合わせいただいた件につき、弊社の取り扱いは以下のとおりです): the 条件 or 取り扱い it
 * names is what they asked about, so the list below answers them; it is no spec sheet's heading. A heading is a label
 * (■ 仕様, 【お見積り条件】); a lead is a sentence naming their ask (asked.ts JA_THEIR_REQUEST) or our answer (回答).
 */
function answerLead(line: string): boolean {
  return !/^[\s■□◆◇【|｜]/.test(line) && (JA_THEIR_REQUEST.test(line) || OUR_ANSWER.test(line));
}
/**
 * Our answer named (回答いたします, 弊社の回答は以下です) or what they gave us to answer (いただいた条件, 頂いた項目): a lead, not
 * their answer thanked for (ご回答ありがとうございます).
 */
const OUR_ANSWER = /(?:ご|お)?回答(?:いた|いたし|し|申し上げ|させていただき)|(?:弊社|当社|小社|私ども)(?:から|より)?の(?:ご)?回答|(?:いただ|頂)いた(?:条件|項目|内容|ご?質問|ご?要望|点)/;
/** A row of a table drawn with bars. */
const TABLE_ROW_START = /^\s*[|｜]/;

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
  const v = ctx.facts.of(VERDICT_LINE, s);
  if (!v) return undefined;
  // Round 29: 先日いただいた貴社のご回答を下記にまとめました / | 項目 | 貴社ご回答 |: the verdicts are the reader's own, restated.
  if (blockAround(ctx, s.line).theirs) return undefined;
  // verdictAnswersAsk(s.text, the text before s), from the facts of the parse.
  if (askedForBefore(ctx, s) || ASKED_FOR.test(s.text.slice(0, v.start)) || quotedAskBefore(ctx, s)) return v;
  return threadAsks(ctx, s) || concessionDenied(ctx, s, v) || serviceRefused(ctx, s, v) ? v : undefined;
}

/**
 * Round 29: ・HS-100用の補修部品の追加手配：できません (ap1-015) — the verdict is a verb of our inability or refusal (できません,
 * お受けできません, 対応しません), not a label (不可, ×), and the item is a service of ours to the reader (手配, 受付, 修理,
 * 交換, 提供: dictionaries/ja/refusals.json actionNouns): we turn down what they would ask of us even in a notice that names no
 * ask. Not a period's closure (期間中の出荷：できません, said of our own calendar), nor in a block headed as a spec or terms.
 */
function serviceRefused(ctx: RuleContext, s: Sentence, v: Verdict): boolean {
  if (!REFUSING_VERB.test(v.word)) return false;
  const item = trimEnd(s.text.slice(v.itemStart, v.start), ' \t\u3000:：→⇒=＝|｜ー－―—-');
  if (!SERVICE_ITEM.test(item) || OUR_PERIOD.test(item)) return false;
  const block = blockAround(ctx, s.line);
  return !(block.headAt <= s.line || block.headedInside);
}
/** A verdict that is a verb of ours saying no (できません, お受けできません, 対応しません), not a label of a value. */
const REFUSING_VERB = /(?:でき|し)ません$/;
/** An item ending on a service of ours (の追加手配, 修理の受付, 部品の交換). */
const SERVICE_ITEM = new RegExp(`(?:${alternation(REFUSALS.actionNouns)})$`);
/** A period of ours named in the item (期間中の, 休業中の, 年末年始の): our calendar, said of our own accord. */
const OUR_PERIOD = /期間|休業|休暇|年末年始|連休|中の/;

/**
 * Round 25: 航空便への切替（当社負担）：不可 — the item is a concession the reader would ask of us (a cost we would bear, a free
 * or discounted act, a refund, more time: dictionaries/ja/refusals.json concessionNouns), so a verdict of no on it turns that
 * ask down even in a notice that names none; nobody announces a concession refused as news. Not in a block headed as a
 * spec or terms (■ お見積り条件 / ・返品：不可).
 */
function concessionDenied(ctx: RuleContext, s: Sentence, v: Verdict): boolean {
  if (!CONCESSION_ITEM.test(s.text.slice(v.itemStart, v.start))) return false;
  const block = blockAround(ctx, s.line);
  return !(block.headAt <= s.line || block.headedInside);
}
/** A concession named in an item: a cost of ours (当社負担), or a free, discounted, refunded or earlier act. */
const CONCESSION_ITEM = new RegExp(`(?:当社|弊社|小社|当方)(?:の)?(?:負担|持ち|費用)|${alternation(REFUSALS.concessionNouns)}`);

/** verdictLine of a sentence's text, cached with it: the document hooks ask it of every sentence on every keystroke. */
const VERDICT_LINE = textFact('ja.verdict-line', (text) => verdictLine(text) ?? null);

/**
 * Whether the thread implies an ask that the item on this sentence's line answers: their matter named before it, a reply's
 * subject or history, or an answer sheet around it — unless its block is headed as a spec, a care label or terms.
 */
export function threadAsks(ctx: RuleContext, s: Sentence): boolean {
  if (askedForBefore(ctx, s)) return true;
  const block = blockAround(ctx, s.line);
  if (block.headAt < s.line || block.headedInside) return false;
  const facts = linesFacts(ctx);
  const p = facts.prefix;
  p.reply ??= replyThread(ctx, facts.quoted);
  // jaAskNamed is JA_THEIR_REQUEST's test (asked.ts); THEIR_MATTER is read in the own text only.
  return p.reply || (p.requestNamed ??= firstMatchEnd(ctx.text, JA_THEIR_REQUEST)) <= s.start ||
    (p.matter ??= firstMatchEnd(ctx.text, THEIR_MATTER)) <= Math.min(s.start, ctx.own.length) || block.sheet;
}

/** A reply's subject (Re:, their ask named in it), a history part below the own text, or quoted lines. */
function replyThread(ctx: RuleContext, quoted: boolean): boolean {
  const subject = ctx.draft.subject ?? '';
  return REPLY_SUBJECT.test(subject) || jaAskNamed(subject) || ASKED_FOR.test(subject) || ctx.own.length < ctx.text.length || quoted;
}
