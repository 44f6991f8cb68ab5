// The shape of a business mail, read from its lines: the address block at the top (宛名), the greeting
// (お世話になっております), where the body starts, the closing (よろしくお願いいたします), the signature after
// it, and quoted history. Document rules read it through `layoutOf(ctx)`: computed once per field text and
// cached in the Engine's FactStore, like sentence facts.
import greetingsJson from '../../../dictionaries/ja/greetings.json';
import salutationJson from '../../../dictionaries/ja/salutation.json';
import { hasJapanese } from '../language';
import { splitLines } from '../segment';
import type { Line, Sentence } from '../types';
import { activeStore, type Annotator, type FactStore } from './facts';
import { historyStart } from './quotes';
import { stripTrailing } from '../words';

const GREETINGS: { openings: string[] } = greetingsJson;
const SALUTATION: { honorificSuffixes: string[]; companyMarkers: string[]; departmentSuffixes: string[]; titles: string[] } = salutationJson;
const containsAny = (text: string, phrases: readonly string[]) => phrases.some((p) => text.includes(p));
/** A title repeated at the top of the body (見積書送付の件 / 納期変更のお知らせ): not an address, not a sentence. */
export const TITLE_LINE = /^[^。！？!?]{1,40}(?:の件|について|に関して|のご案内|のお知らせ|のお願い|のご連絡|のご報告|のご相談|のご依頼|のご提案|送付)$/;

export interface MailLayout {
  /** Address lines at the top (株式会社〇〇 / 営業部 佐藤様), in order. */
  salutation: Line[];
  /** Index of the first line after the address block that holds text, or lines.length. */
  bodyStart: number;
  /** Index of the greeting line (お世話になっております, 突然のご連絡失礼いたします), or -1. */
  greeting: number;
  /** Index of the last closing line (よろしくお願いいたします, 以上), or -1. */
  closing: number;
  /** Index of the first line of the signature block (after the closing), or lines.length. */
  signatureStart: number;
  /** Index of the first line of quoted history (-----Original Message-----, On … wrote:), or lines.length. */
  quotedFrom: number;
}

/** 「日時：…」「Location: …」: the header lines of a meeting invitation, not an address. */
const HEADER_LINE = /^[^。、]{1,45}?[：:]\s*\S/;
/** A line that opens on indentation (full-width spaces, a tab, two spaces): the value of the header above, carried on. */
const INDENTED = /^(?:\u3000|\t| {2})/;
const HEADING_LINE = /^\s*(?:【[^】]*】|[■□◆◇▼▽★☆#＃])/;
const SENTENCE_LIKE = /[。！？!?]|(?:です|ます|ました|ません|ください|ございます|でしょう|いたし|致し)/;
/** A person's name alone: 佐藤 / 佐藤 健一 / スミス (kanji or katakana, no particles). */
const BARE_NAME = /^[\p{Script=Han}々ァ-ヶー]{1,6}(?:[ \u3000][\p{Script=Han}々ァ-ヶー]{1,6})?$/u;
const STRONG_CLOSING = /よろしく|宜しく|お願い申し上げ|お願いいたします|お願い致します|お願いします|^以上|敬具|草々|取り急ぎ/;


/** True for a line that names the addressee: an organisation, a department, a person with or without 様. */
export function isAddressLine(text: string): boolean {
  const t = stripTrailing(text.trim(), (ch) => '、,：:'.includes(ch) || /\s/.test(ch));
  if (!t || t.length > 60) return false;
  if (SENTENCE_LIKE.test(t)) return false;
  if (containsAny(t, GREETINGS.openings)) return false;
  return (
    SALUTATION.honorificSuffixes.some((s) => t.endsWith(s)) ||
    containsAny(t, SALUTATION.companyMarkers) ||
    SALUTATION.departmentSuffixes.some((s) => t.endsWith(s)) ||
    SALUTATION.titles.some((s) => t.endsWith(s)) ||
    honouredAddressee(t, SALUTATION.honorificSuffixes) ||
    BARE_NAME.test(t) ||
    latinNameUnderDepartment(t) ||
    nameAfterTitle(t)
  );
}

/**
 * Round 27 (AG ag2-041): an address line read by its structure — a list of addressees (、 , / ・ or spaces between
 * them), each an organisation, a department or a role closed by its honorific, which a headcount, a note in brackets
 * or ほか may follow: 品質保証課 ご担当者様1名, 購買部 ご担当者様（2名）, 設備技術課 佐藤様ほか. True when the
 * line's last addressee ends in one of `honorifics`.
 */
export function honouredAddressee(text: string, honorifics: readonly string[]): boolean {
  // The line's last addressee: a line that goes on past its honorific with words of a sentence (田中さん、やっと返信来ました)
  // is no address line.
  const items = text.split(/[\s\u3000、，,／/・]+/).filter(Boolean);
  const t = withoutAddresseeTail(items[items.length - 1] ?? '');
  return t !== '' && honorifics.some((h) => t.endsWith(h));
}

/** An addressee without the headcount, bracketed note or ほか after its honorific (at most three, each a bounded match). */
function withoutAddresseeTail(item: string): string {
  let t = item;
  for (let k = 0; k < 3; k++) {
    const cut = t.replace(ADDRESSEE_TAIL, '');
    if (cut === t) break;
    t = cut;
  }
  return t;
}
const ADDRESSEE_TAIL = /(?:[（(][^（）()]{0,20}[）)]|[0-9０-９一二三四五六七八九十]{1,3}(?:名様|名|人)|ほか|他|宛)$/u;

/**
 * 事務長 森田 和也 / 法務部 青木 健一 / 部長 Tanaka Kenji: a title or department, then a person's full name in
 * two parts — the line names a person even with no 様 (which is the finding to make, not a reason to stop
 * reading the address block).
 */
function nameAfterTitle(t: string): boolean {
  const m = /^(\S{1,20})[ \u3000]+(?:[\p{Script=Han}々ァ-ヶー]{1,6}[ \u3000][\p{Script=Han}々ァ-ヶー]{1,6}|[A-Z][a-z]{1,20}[ \u3000][A-Z][a-z]{1,20})$/u.exec(t);
  if (!m) return false;
  return SALUTATION.departmentSuffixes.some((s) => m[1]!.endsWith(s)) || SALUTATION.titles.some((s) => m[1]!.endsWith(s));
}

/** 品質部 Nakamura / 購買部 John Smith: a department, then a person's name in Latin letters. */
function latinNameUnderDepartment(t: string): boolean {
  const m = /^(\S+)[ \u3000]+[A-Z][a-z]{1,20}(?:[ \u3000][A-Z][a-z]{1,20})?$/.exec(t);
  return !!m && SALUTATION.departmentSuffixes.some((s) => m[1]!.endsWith(s));
}

/**
 * What the layout reads of one line, as bits: a function of the line's text alone. Round 40 (issue 14): the layout is
 * read again on every keystroke (the field's text is new each time), and in a mail with no Japanese address block the
 * search for one, and the one for a Japanese closing, ran their regular expressions on every line of the mail; the
 * parser hands out the same string for an unchanged line, so each line's bits are now worked out once and looked up.
 */
const BLANK = 1;
const INDENT = 2;
const HEADER = 4;
/** An invitation header, a heading, a title, or a line with no Japanese: may come before the address. */
const BEFORE_ADDRESS = 8;
const ADDRESS = 16;
const CLOSING = 32;
const ENDS_SENTENCE = 64;
/** Line texts whose bits are kept per Engine (a draft's lines, with room for many drafts). */
const LINE_BITS_KEPT = 20000;

function lineBits(raw: string): number {
  const t = raw.trim();
  let bits = 0;
  if (!t) bits |= BLANK;
  else {
    if (INDENTED.test(raw)) bits |= INDENT;
    if (HEADER_LINE.test(t)) bits |= HEADER;
    if (bits & HEADER || HEADING_LINE.test(t) || TITLE_LINE.test(t) || !hasJapanese(t)) bits |= BEFORE_ADDRESS;
    else if (isAddressLine(t)) bits |= ADDRESS;
  }
  if (STRONG_CLOSING.test(t)) bits |= CLOSING;
  if (/[。！？!?]\s*$/.test(raw)) bits |= ENDS_SENTENCE;
  return bits;
}

/** lineBits through the Engine's store (activeStore: a store of its own outside an analysis). */
function lineBitsReader(): (raw: string) => number {
  const store = activeStore();
  const memo = store.memo<string, number>('layout/line-bits');
  return (raw) => {
    let bits = memo.get(raw);
    if (bits === undefined) {
      bits = lineBits(raw);
      store.memoized++;
      if (memo.size >= LINE_BITS_KEPT) memo.clear();
      memo.set(raw, bits);
    }
    return bits;
  };
}

/** The layout of a field's text (the sentence passed is the whole field, its `text` all that is read). */
export const layoutFacts: Annotator<MailLayout> = {
  id: 'layout',
  analyze: (field: Sentence) => mailLayout(splitLines(field.text)),
};

/** What `layoutOf` reads: the field's text, and its parsed lines and own part when the caller has them. */
export interface LayoutScope {
  text: string;
  facts: FactStore;
  /** The field's lines (a rule's `ctx.lines`): saves splitting the text again. */
  lines?: readonly Line[];
  /** The writer's own part (a rule's `ctx.own`): where quoted history starts, already found by the parser. */
  own?: string;
}

/**
 * The layout of a rule's field, from the Engine's FactStore. It changes with every keystroke, so only the
 * latest few field texts are kept (never one whole draft per keystroke), and it is read from the lines the
 * engine already parsed, with the quoted history's start the parser found, instead of testing every line again.
 */
export function layoutOf(ctx: LayoutScope): MailLayout {
  return ctx.facts.ofText(layoutFacts.id, ctx.text, () => {
    const lines = ctx.lines ?? splitLines(ctx.text);
    return mailLayout(lines, ctx.lines && ctx.own !== undefined ? quotedFromOwn(lines, ctx.own, ctx.text) : undefined);
  });
}

/** The index of the first line of quoted history, from the length of the own part (lines.length: none). */
function quotedFromOwn(lines: readonly Line[], own: string, text: string): number {
  if (own.length >= text.length) return lines.length;
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.start === own.length) return i;
  return historyStart(lines);
}

/** The layout of lines (the writer's own lines; quoted history, when present, ends the mail). */
export function mailLayout(all: readonly Line[], quotedFrom = historyStart(all)): MailLayout {
  const lines = quotedFrom < all.length ? all.slice(0, quotedFrom) : all;
  const salutation: Line[] = [];
  const bitsOf = lineBitsReader();
  let i = 0;
  // Round 36 (fp36, gb-039): the line right under a header line (出席者：…) and indented goes on with its value —
  // 「　　　　クレーバー・…株式会社 技術営業 シュナイダー、営業部長 ホフマン」 lists attendees (our own among them),
  // it is no address block.
  let underHeader = false;
  for (; i < lines.length; i++) {
    const bits = bitsOf(lines[i]!.text);
    if (bits & BLANK) {
      underHeader = false;
      if (salutation.length) break;
      continue;
    }
    if (underHeader && !salutation.length && bits & INDENT) continue;
    underHeader = false;
    // Invitation headers, headings and an English greeting line may come before the address.
    if (bits & BEFORE_ADDRESS) {
      if (salutation.length) break;
      underHeader = (bits & HEADER) !== 0;
      continue;
    }
    if (!(bits & ADDRESS)) break;
    salutation.push(lines[i]!);
  }
  let bodyStart = salutation.length ? salutation[salutation.length - 1]!.index + 1 : 0;
  while (bodyStart < lines.length && !lines[bodyStart]!.text.trim()) bodyStart++;

  let closing = -1;
  for (let k = lines.length - 1; k >= bodyStart; k--) {
    if (bitsOf(lines[k]!.text) & CLOSING) {
      closing = k;
      break;
    }
  }
  let signatureStart = lines.length;
  if (closing >= 0) signatureStart = closing + 1;
  else {
    // No closing: whatever follows the last line that ends like a sentence is the signature.
    for (let k = lines.length - 1; k >= bodyStart; k--) {
      if (bitsOf(lines[k]!.text) & ENDS_SENTENCE) {
        signatureStart = k + 1;
        break;
      }
    }
  }
  let greeting = -1;
  for (let k = bodyStart; k < Math.min(lines.length, bodyStart + 3); k++) {
    if (containsAny(lines[k]!.text, GREETINGS.openings)) {
      greeting = k;
      break;
    }
  }
  return { salutation, bodyStart, greeting, closing, signatureStart, quotedFrom };
}
