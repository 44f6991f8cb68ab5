import { matchAll } from '../match-all';
// Quoted spans inside one Japanese sentence: words in 「」/『』 are mentioned, not used, and a clause before
// と申して / とおっしゃって / とのこと reports someone else's words. Offsets are relative to the text given.

/** Half-open ranges [start, end) relative to `text` that lie inside 「」 or 『』 (the brackets included). */
export function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const stack: Array<{ open: string; at: number }> = [];
  // By code unit: text[i] of a character beyond Latin-1 is a new string each time, and the rules ask this of every
  // sentence ~20 times in a full analysis. 「 U+300C, 『 U+300E, 」 U+300D, 』 U+300F.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x300c || code > 0x300f) continue;
    const c = text[i]!;
    if (c === '「' || c === '『') stack.push({ open: c, at: i });
    else if ((c === '」' || c === '』') && stack.length > 0) {
      const top = stack.pop()!;
      if (stack.length === 0) out.push([top.at, i + 1]);
    }
  }
  // An unclosed quote runs to the end of the sentence (a quotation broken by the sentence splitter).
  if (stack.length > 0) out.push([stack[0]!.at, text.length]);
  return out;
}

/** True when [start, end) (relative to the same text) touches a quoted range: a word being mentioned, not used. */
export function inQuotes(ranges: Array<[number, number]>, start: number, end: number): boolean {
  for (const [s, e] of ranges) if (start < e && end > s) return true;
  return false;
}

/**
 * The quotative と (or とのこと) that closes reported speech: 〜と申しております, 〜とおっしゃっていました,
 * 〜と伺っております, 〜と聞いております, 〜とのことです. Not after a closing bracket (those are quotes already).
 */
const REPORTED = /(?<![」』])(?:と(?:申し|言っ|言わ|いっ|おっしゃ|仰っ|伺っ|聞い|聞き|承っ|のこと|の(?:お|ご)(?:話|連絡|返事|指摘))|とのこと)/gu;

/**
 * Spans of reported speech: from the start of the clause (after the previous 、 or closing bracket, or the
 * start of the sentence) to the quotative と. 佐藤様は来週でよいと仰っていました → 「佐藤様は来週でよい」.
 */
export function reportedSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of matchAll(text, REPORTED)) {
    const end = m.index;
    if (end === 0) continue;
    let start = 0;
    for (let i = end - 1; i > 0; i--) {
      const c = text[i]!;
      if (c === '。' || c === '、' || c === '，' || c === '」' || c === '』') {
        start = i + 1;
        break;
      }
    }
    out.push([start, end]);
  }
  return out;
}
