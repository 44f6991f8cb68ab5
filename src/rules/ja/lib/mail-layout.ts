// The shape of a Japanese business mail, read from its lines: the address block at the top (宛名), where the
// body starts, the closing (よろしくお願いいたします) and the signature after it. Several document rules
// need it on every keystroke, so it is computed once per text and remembered.
import { hasJapanese } from '../../../engine/language';
import type { Line } from '../../../engine/types';
import { GREETINGS, SALUTATION } from './dictionaries';
import { containsAny, TITLE_LINE } from './text';

export interface MailLayout {
  /** Address lines at the top (株式会社〇〇 / 営業部 佐藤様), in order. */
  salutation: Line[];
  /** Index of the first line after the address block that holds text, or lines.length. */
  bodyStart: number;
  /** Index of the last closing line (よろしくお願いいたします, 以上), or -1. */
  closing: number;
  /** Index of the first line of the signature block (after the closing), or lines.length. */
  signatureStart: number;
}

/** 「日時：…」「Location: …」: the header lines of a meeting invitation, not an address. */
const HEADER_LINE = /^[^。、]{1,45}?[：:]\s*\S/;
const HEADING_LINE = /^\s*(?:【[^】]*】|[■□◆◇▼▽★☆#＃])/;
const SENTENCE_LIKE = /[。！？!?]|(?:です|ます|ました|ません|ください|ございます|でしょう|いたし|致し)/;
/** A person's name alone: 佐藤 / 佐藤 健一 / スミス (kanji or katakana, no particles). */
const BARE_NAME = /^[\p{Script=Han}々ァ-ヶー]{1,6}(?:[ \u3000][\p{Script=Han}々ァ-ヶー]{1,6})?$/u;
const STRONG_CLOSING = /よろしく|宜しく|お願い申し上げ|お願いいたします|お願い致します|お願いします|^以上|敬具|草々|取り急ぎ/;

const TRAILING_PUNCT = /[\s、,：:]+$/;

/** True for a line that names the addressee: an organisation, a department, a person with or without 様. */
export function isAddressLine(text: string): boolean {
  const t = text.trim().replace(TRAILING_PUNCT, '');
  if (!t || t.length > 60) return false;
  if (SENTENCE_LIKE.test(t)) return false;
  if (containsAny(t, GREETINGS.openings)) return false;
  return (
    SALUTATION.honorificSuffixes.some((s) => t.endsWith(s)) ||
    containsAny(t, SALUTATION.companyMarkers) ||
    SALUTATION.departmentSuffixes.some((s) => t.endsWith(s)) ||
    SALUTATION.titles.some((s) => t.endsWith(s)) ||
    BARE_NAME.test(t)
  );
}

let remembered: { lines: readonly Line[]; layout: MailLayout } | undefined;

export function mailLayout(lines: readonly Line[]): MailLayout {
  if (remembered && remembered.lines === lines) return remembered.layout;
  const layout = computeLayout(lines);
  remembered = { lines, layout };
  return layout;
}

function computeLayout(lines: readonly Line[]): MailLayout {
  const salutation: Line[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (!t) {
      if (salutation.length) break;
      continue;
    }
    // Invitation headers, headings and an English greeting line may come before the address.
    if (HEADER_LINE.test(t) || HEADING_LINE.test(t) || TITLE_LINE.test(t) || !hasJapanese(t)) {
      if (salutation.length) break;
      continue;
    }
    if (!isAddressLine(t)) break;
    salutation.push(lines[i]!);
  }
  let bodyStart = salutation.length ? salutation[salutation.length - 1]!.index + 1 : 0;
  while (bodyStart < lines.length && !lines[bodyStart]!.text.trim()) bodyStart++;

  let closing = -1;
  for (let k = lines.length - 1; k >= bodyStart; k--) {
    if (STRONG_CLOSING.test(lines[k]!.text.trim())) {
      closing = k;
      break;
    }
  }
  let signatureStart = lines.length;
  if (closing >= 0) signatureStart = closing + 1;
  else {
    // No closing: whatever follows the last line that ends like a sentence is the signature.
    for (let k = lines.length - 1; k >= bodyStart; k--) {
      if (/[。！？!?]\s*$/.test(lines[k]!.text)) {
        signatureStart = k + 1;
        break;
      }
    }
  }
  return { salutation, bodyStart, closing, signatureStart };
}
