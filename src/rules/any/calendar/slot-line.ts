// Whether a line is a slot line: a labelled date (日時：…, When: …) or one candidate of a list (・12月3日…,
// 1) Tue 3 Dec …). Found in code at fixed places of the line — its start past white space and one bullet,
// and the short text before the slot — so that the patterns of dictionaries/calendar/meeting-context.json
// see a few characters each, however long the line (issue 15: a pasted 100 KB line once took 40 s here).
import type { Annotator, FactStore } from '../../../engine/analysis/facts';
import type { Line } from '../../../engine/types';
import { LINE_PARTS } from './lexicon';

/** Bullets that may open a labelled line (・日時：…). */
const BULLETS = new Set(['・', '●', '■', '◆', '○', '◎', '•', '*', '-', '–', '【', '［', '[', '〔', '□', '◇', '▼', '▶', '＜', '<']);

/** A label is a word or two and its colon ("proposed times :"); what lies further on is the slot. */
const LABEL_WINDOW = 40;

/**
 * The longest list marker is "option 10 :" or 「（10）」; text before a slot longer than this (trimmed) is a
 * sentence or another slot, never a bare marker. With its spacing a marker spans at most MARKER_SPAN: a
 * bullet 40 spaces away from its date is not how anyone writes a list.
 */
const MARKER_MAX = 12;
const MARKER_SPAN = 40;

/**
 * What a slot line may hold besides its slot, in characters: a few separators, an "or", a bracketed
 * "(JST)". A line with more beside the slot is prose, whatever it is made of, and is not looked through
 * (that look costs the line's length for every slot on it).
 */
export const REST_MAX = 120;

/** White space as `\s` counts it (what the dictionary's patterns and String.prototype.trim skip). */
function isSpace(ch: string): boolean {
  return ch.trim() === '';
}

/** Index of the first character of `text` that is not white space, from `from`, scanning at most `limit`. */
function skipSpaces(text: string, from: number, limit = Infinity): number {
  let i = from;
  const end = Math.min(text.length, from + limit);
  while (i < end && isSpace(text[i]!)) i++;
  return i;
}

/** What opens a line: computed once per line text (cached by the rule on the engine), not once per slot. */
export interface LineHead {
  /** Index of the first character that is not white space (the text's length when there is none). */
  start: number;
  /** The line opens with a date label, past one bullet. */
  labelled: boolean;
}

export function lineHead(text: string): LineHead {
  const start = skipSpaces(text, 0);
  let i = start;
  if (i < text.length && BULLETS.has(text[i]!)) i = skipSpaces(text, i + 1, LABEL_WINDOW);
  return { start, labelled: LINE_PARTS.label.test(text.slice(i, i + LABEL_WINDOW)) };
}

/** All the line holds before the slot (at `slotAt`) is one bullet or number: a candidate of a list. */
export function listMarkerBefore(text: string, head: LineHead, slotAt: number): boolean {
  if (slotAt - head.start > MARKER_SPAN) return false;
  const before = text.slice(head.start, slotAt).trimEnd();
  return before.length <= MARKER_MAX && LINE_PARTS.listMarker.test(before);
}

const lineHeadFacts: Annotator<LineHead> = { id: 'calendar-line-head', analyze: (l) => lineHead(l.text) };

/** The line's head from the engine's fact store: a line of 100 KB of spaces is scanned once, not per slot. */
export function lineHeadOf(facts: FactStore, line: Line): LineHead {
  return facts.of(lineHeadFacts, { text: line.text, start: 0, end: line.text.length, lang: 'en', line: line.index });
}
