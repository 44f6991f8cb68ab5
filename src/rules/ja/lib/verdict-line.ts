import { jaAskMade } from '../../../engine/analysis/asked';
// A verdict given to an item, in the terse shape of an answer sheet: 独自ロジックのカスタマイズ → 不可 / ・土日の納品：NG /
// | 画面の多言語化 | 対応外 | — an item (what was asked) set apart by an arrow, a colon, a dash or a table cell, then a
// word that only says no. Whether it answers the reader's ask is the caller's to judge (a spec table of a product
// answers nobody).

/** Words that say no and nothing else: 不可, NG, ×, 対応外, 対象外, 範囲外, 無理, 却下, お断り, 見送り, できません. */
const VERDICT_WORD = /(?:対応不可|不可能|不可|NG|ＮＧ|[×✕✖╳]|対応外|対象外|範囲外|無理|不対応|却下|お断り|見送り|お受けできません|お受けしません|対応できません|対応しません|できません)$/;
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
  const v = VERDICT_WORD.exec(body);
  if (!v) return undefined;
  const beforeWord = body.slice(0, v.index);
  const spaced = trimEnd(beforeWord, ' \t');
  const separated = TIGHT_SEPARATOR.exec(spaced) ?? (SPACED_DASH.test(beforeWord) ? /[ー－―—-]\s*$/.exec(spaced) : null);
  if (!separated) return undefined;
  const item = spaced.slice(0, separated.index).trimEnd();
  const lead = /^[\s|｜・●○◎■□◆◇\-*＊※]*(?:[0-9０-９]{1,2}[.．)）]\s*|[（(][0-9０-９]{1,2}[)）]\s*|[①-⑳]\s*)?/u.exec(item)![0].length;
  // The item names something: at least two characters, not only digits.
  const named = item.slice(lead);
  if (named.length < 2 || /^[0-9０-９\s]+$/.test(named)) return undefined;
  return { itemStart: lead, start: v.index, end: v.index + v[0].length, word: v[0] };
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
