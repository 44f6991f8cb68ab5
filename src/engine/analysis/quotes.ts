// Quoted history in a plain-text reply or forward: the other party's words, never ours to judge. Language
// neutral: English and Japanese mail clients write the same shapes. Linear in the number of lines.
import type { Line } from '../types';

/** A line quoted with > or ＞ (any depth, leading spaces allowed). */
export const QUOTED_LINE = /^[ \t\u3000]*[>＞]/;

/** Separators after which everything is the earlier mail (Outlook, Thunderbird, Japanese Outlook). */
const SEPARATOR = /^[ \t\u3000]*(?:-{2,}\s*(?:Original Message|Forwarded message|元のメッセージ|転送されたメッセージ|転送メッセージ)\s*-{2,}|_{10,}|Begin forwarded message:)[ \t\u3000]*$/i;
/** "On Mon, 1 Dec 2025 at 10:00, Sato <sato@example.jp> wrote:" (Gmail, Apple Mail), possibly split over two lines. */
const ON_WROTE = /^[ \t\u3000]*On\b.{4,300}\bwrote:[ \t\u3000]*$/i;
const ON_START = /^[ \t\u3000]*On\b.{4,300}$/i;
const WROTE_END = /^.{0,300}\bwrote:[ \t\u3000]*$/i;
/** 「2025年12月1日(月) 10:00 佐藤 <sato@example.jp>:」 (Gmail in Japanese), 「…のメッセージ:」, 「…さんは書きました:」. */
const JA_HEADER = /^[ \t\u3000]*(?![>＞])(?:\d{4}[年/]\d{1,2}[月/]\d{1,2}日?.{0,200}[:：]|.{1,200}(?:のメッセージ|は書きました|が書きました|wrote)[:：])[ \t\u3000]*$/;
/** A header block of a quoted or forwarded mail: From:/差出人: followed by Sent:/Date:/To:/Subject:/件名: lines. */
const FROM = /^[ \t\u3000]*\*?(?:From|差出人|送信者)\*?[ \t]*[:：]/i;
const HEADER_FIELD = /^[ \t\u3000]*\*?(?:Sent|Date|To|Cc|Subject|送信日時|日時|日付|宛先|件名|CC)\*?[ \t]*[:：]/i;

/** What one line may be in a history block, as bits: a line's marks depend on its text alone. */
const STARTS_HISTORY = 1;
const ON_LINE = 2;
const WROTE_LINE = 4;
const FROM_LINE = 8;
const HEADER_LINE = 16;

/**
 * The marks of one line of text (0 for an ordinary line). A caller that keeps them by line text (the
 * engine's parser) finds the history start after a keystroke without testing every line's patterns again.
 */
export function historyMarks(t: string): number {
  let marks = 0;
  // Marks of a line that follows a possible start (its second half, its header fields) hold at any length.
  if (WROTE_END.test(t)) marks |= WROTE_LINE;
  if (HEADER_FIELD.test(t)) marks |= HEADER_LINE;
  // A line longer than this is body text, never where history starts.
  if (t.length > 400) return marks;
  if (SEPARATOR.test(t) || ON_WROTE.test(t) || JA_HEADER.test(t)) marks |= STARTS_HISTORY;
  if (ON_START.test(t)) marks |= ON_LINE;
  if (FROM.test(t)) marks |= FROM_LINE;
  return marks;
}

/**
 * The index of the first line of quoted history (a separator, an attribution line or a header block) after
 * which every line is the earlier mail, or `lines.length` when there is none. The first line of the field is
 * never taken for history: a draft that starts with "From:" is someone's own text. `marksOf` gives a line's
 * `historyMarks` from a cache of them; without it every line's patterns are tested.
 */
export function historyStart(lines: readonly Line[], marksOf?: (text: string) => number): number {
  if (!marksOf) return historyStartUncached(lines);
  return historyStartFromMarks(lines.map((l) => marksOf(l.text)));
}

/** `historyStart` from every line's `historyMarks`, in order (the parser keeps them with its lines). */
export function historyStartFromMarks(marks: readonly number[]): number {
  for (let i = 1; i < marks.length; i++) {
    const m = marks[i]!;
    if ((m & (STARTS_HISTORY | ON_LINE | FROM_LINE)) === 0) continue;
    if (m & STARTS_HISTORY) return i;
    if (m & ON_LINE && i + 1 < marks.length && marks[i + 1]! & WROTE_LINE) return i;
    if (m & FROM_LINE) {
      let fields = 0;
      for (let k = i + 1; k < Math.min(marks.length, i + 6); k++) if (marks[k]! & HEADER_LINE) fields++;
      if (fields >= 2) return i;
    }
  }
  return marks.length;
}

/** `historyStart` testing the patterns as it goes (each only where the one before matched), for a single use. */
function historyStartUncached(lines: readonly Line[]): number {
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t.length > 400) continue;
    if (SEPARATOR.test(t) || ON_WROTE.test(t) || JA_HEADER.test(t)) return i;
    if (ON_START.test(t) && i + 1 < lines.length && WROTE_END.test(lines[i + 1]!.text)) return i;
    if (FROM.test(t)) {
      let fields = 0;
      for (let k = i + 1; k < Math.min(lines.length, i + 6); k++) if (HEADER_FIELD.test(lines[k]!.text)) fields++;
      if (fields >= 2) return i;
    }
  }
  return lines.length;
}

/**
 * A line of a mail's legal notice (the disclaimer a company appends under the signature): it speaks of the mail
 * itself as received in error or meant for its addressee alone — "If you have received this e-mail in error",
 * "intended solely for the addressee", 「誤って受信された場合は」「本メールを削除のうえ」. Boilerplate no writer
 * composed for this reader: its "is not permitted" or 「ご遠慮ください」 is said to nobody in particular.
 */
const NOTICE = /\b(?:receiv(?:ed|e|ing)|got) (?:this|the) (?:e-?mail|message|communication|transmission)\b.{0,40}\b(?:in error|by mistake)|\bintended (?:solely |only |exclusively )?for the (?:use of the )?(?:addressee|intended recipient|named recipient|recipient|individual|person|entity)|誤って(?:受信|届|お受け取り|配信)|誤送信|(?:本|この)(?:電子)?メールを(?:削除|破棄)/i;
export const isNoticeLine = (t: string): boolean => NOTICE.test(t);

/** Ranges [start, end) of the field that are quoted history: > lines and everything from the history start. */
export function quotedHistory(
  lines: readonly Line[], from = historyStart(lines), isQuoted = (i: number) => QUOTED_LINE.test(lines[i]!.text),
  isNotice = (i: number) => isNoticeLine(lines[i]!.text),
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < from; i++) {
    const l = lines[i]!;
    if (isQuoted(i)) {
      const last = out[out.length - 1];
      // Consecutive quoted lines (and the line break between them) form one range.
      if (last && last[1] >= l.start - 1) last[1] = l.end;
      else out.push([l.start, l.end]);
    }
  }
  out.push(...noticeParagraphs(lines, from, isNotice));
  if (from < lines.length) out.push([lines[from]!.start, lines[lines.length - 1]!.end]);
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * The paragraphs (runs of non-blank lines) before `from` that hold a line of a legal notice, the first line of the
 * field never: the notice is appended under a mail, so a paragraph that opens it is the writer's.
 */
function noticeParagraphs(lines: readonly Line[], from: number, isNotice: (i: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let top = 0;
  for (let i = 0; i < from; i++) {
    if (!lines[i]!.text.trim()) {
      top = i + 1;
      continue;
    }
    if (i === 0 || !isNotice(i)) continue;
    let end = i;
    while (end + 1 < from && lines[end + 1]!.text.trim()) end++;
    if (top > 0) out.push([lines[top]!.start, lines[end]!.end]);
    i = end;
  }
  return out;
}
