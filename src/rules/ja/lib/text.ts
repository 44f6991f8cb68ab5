// Small text helpers shared by the Japanese rules: quotes, headings and lists, clause boundaries.
// Everything here is linear in the sentence and allocation-light: rules call it on every keystroke.

import type { Sentence } from '../../../engine/types';

export { inQuotes, quotedRanges } from '../../../engine/analysis/ja-quotes';

/**
 * Markers that open a heading (【ご案内】, ■ 概要, 第3条（支払条件）) — a title, not prose. 第12条 followed by a
 * particle (第12条の…については、…) is a clause of the contract named inside a sentence, not a heading.
 */
const HEADING = /^\s*(?:【[^】]*】\s*$|[■□◆◇▼▽▶▷★☆]|第[0-9０-９一二三四五六七八九十]+[章条項](?![のはにでをがもとへ]))/;
/** Round 46 (ub-017): # opens a heading only as Markdown does, before a space — 「#03のコーラルは…でした笑」 names a shade. */
const MARKDOWN_HEADING = /^\s*[#＃]+\s/;
/** Markers that open a list item (・, -, *, ※, 1., (1), ①): terse notes, not sentences addressed to someone. */
const LIST_ITEM = /^\s*(?:[・･\-−–—*＊•●○◎※→]|[0-9０-９]{1,2}[.．)）]|[（(][0-9０-９a-zA-Zア-ン一二三四五六七八九十]{1,2}[)）]|[①-⑳])/;

/** A line that opens with a list item's mark (・, -, 1., (1), ①). */
export function isListItem(sentenceText: string): boolean {
  return LIST_ITEM.test(sentenceText);
}

export function isHeadingOrListItem(sentenceText: string): boolean {
  return HEADING.test(sentenceText) || MARKDOWN_HEADING.test(sentenceText) || LIST_ITEM.test(sentenceText);
}

/** A list number the sentence splitter cut off as a sentence of its own: 「1.」「１．」. */
const BARE_NUMBER = /^[0-9０-９]{1,2}[.．]$/;

/**
 * True when a sentence is a heading or a list item, including 「1. 納期は…」 where the number became the
 * previous sentence. Reads only the sentence and the one before, so sentence rules stay cacheable.
 */
export function isListOrHeading(s: Sentence, previous: Sentence | undefined): boolean {
  if (isHeadingOrListItem(s.text)) return true;
  return listNumberBefore(s, previous);
}

/**
 * All that isListOrHeading reads of the previous sentence: a list number (「1.」) on the sentence's own line. What a
 * rule that reads the previous sentence only through isListOrHeading gives as its Rule.previousKey.
 */
export function listNumberBefore(s: Sentence, previous: Sentence | undefined): boolean {
  return !!previous && previous.line === s.line && BARE_NUMBER.test(previous.text);
}

export { TITLE_LINE } from '../../../engine/analysis/layout';

/** A whole sentence in parentheses (（…）) is an aside or a translation note. */
export function isParenthetical(sentenceText: string): boolean {
  return /^[（(]/.test(sentenceText) && /[）)]\s*[。.]?$/.test(sentenceText);
}

/** Characters that end a clause before the comma: a particle or a conjugated ending, not a noun in a list. */
const CLAUSE_END_BEFORE_COMMA = /[\u3041-\u309f]/;

/**
 * Start (relative) of the clause that contains `index`: just after the last 、 before it whose left side ends
 * in kana (a particle or ending: 「件ですが、」「延長は、」). A 、 after a noun separates list items
 * (「A、B、Cは」) and does not end a clause.
 */
export function clauseStart(text: string, index: number): number {
  for (let i = index - 1; i > 0; i--) {
    const c = text[i];
    if (c === '、' || c === '，' || c === ',') {
      if (CLAUSE_END_BEFORE_COMMA.test(text[i - 1] ?? '')) {
        let s = i + 1;
        while (s < index && /\s/.test(text[s]!)) s++;
        return s;
      }
    }
  }
  return 0;
}

/** The sentence text without its closing punctuation (。！？ and the like): where a rewrite should end. */
export function bodyEnd(text: string): number {
  let e = text.length;
  while (e > 0 && /[。．.！!？?\s]/.test(text[e - 1]!)) e--;
  return e;
}

/** True when nothing but closing punctuation follows `index` in `text`. */
export function atSentenceEnd(text: string, index: number): boolean {
  return /^[。．.！!？?\s」』）)]*$/.test(text.slice(index));
}

/** Finds every phrase of `phrases` in `text`; returns the first hit's index or -1. Phrases are plain strings. */
export function firstIndexOfAny(text: string, phrases: readonly string[]): number {
  let best = -1;
  for (const p of phrases) {
    const i = text.indexOf(p);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

export function containsAny(text: string, phrases: readonly string[]): boolean {
  for (const p of phrases) if (text.includes(p)) return true;
  return false;
}

/** A regular expression that matches any of the phrases (escaped), longest first. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Leading conjunctions after which an added cushion or apology reads naturally (なお、 / また、 / さて、). */
const LEADING_CONJUNCTION = /^(?:なお|また|さて|つきましては|ところで|このたび|この度|早速ですが|さっそくですが)[、，]/;

/** Length of a leading conjunction with its comma, 0 when there is none. */
export function leadingConjunctionLength(text: string): number {
  return LEADING_CONJUNCTION.exec(text)?.[0].length ?? 0;
}

/**
 * True when the 様 at `rel` (sentence-relative) is the honorific suffix and not the first character of a noun
 * that begins with it: 貴社様式 / 弊社様式での出力 is 貴社 + 様式 (format), read from kuromoji's token boundary.
 * Without tokens, a following kanji is taken as the start of such a noun (様式, 様子, 様態).
 */
export function isSamaSuffix(s: Sentence, rel: number): boolean {
  if (!s.tokens) return !/^様[\p{Script=Han}]/u.test(s.text.slice(rel, rel + 2));
  const t = s.tokens.find((x) => x.start - s.start === rel);
  return !t || !(t.pos === '名詞' && t.surface.length > 1 && t.surface.startsWith('様'));
}
