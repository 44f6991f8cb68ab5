// Decides which dates in a mail are proposed meeting dates. Precision first: a date is a meeting date
// only when meeting words sit near it (or it is the slot of an invitation) and it is not a deadline,
// a delivery, a range, a past event, or a day the writer already calls a holiday.
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';
import { parseIsoDay, type Day } from './day';
import { findDates, type DateMention } from './dates';
import { distanceTo, has, WORDS } from './lexicon';

/** A time right after a date: 15:00, 15時, 午後3時, 10am, ", at 10:30". */
const TIME_AFTER = /^\s*(?:[,、]\s*)?(?:at\s+|from\s+)?(?:午前|午後)?\s*[0-9０-９]{1,2}(?:\s*[:：]\s*[0-9０-９]{2}|\s*時|\s*(?:am|pm|a\.m\.|p\.m\.)\b)/i;
/** 8月13日〜16日, August 13–16: one mention that is a range by itself. */
const RANGE_AFTER = /^\s*(?:[〜～~\-–—]|から|to\b|through\b|thru\b|until\b|till\b)\s*(?:[0-9０-９]{1,2}\s*日|\d{1,2}(?:st|nd|rd|th)?\b(?!\s*[:：.]\s*\d))/i;
/** The text between two mentions that joins them into a range. */
const RANGE_GAP = /^\s*(?:[〜～~\-–—]|から|to|through|thru|until|till)\s*$/i;
const BETWEEN = /\bbetween\s+(?:the\s+)?$/i;
/** What a list line may hold besides its date: bullets, times, separators. */
const LINE_NOISE = /[\s・●■◆○◎•*\-–—〜～~、,:：()（）]|午前|午後|[0-9０-９]{1,2}\s*[:：]\s*[0-9０-９]{2}|[0-9０-９]{1,2}\s*時(?:\s*[0-9０-９]{1,2}\s*分)?|\b(?:am|pm|a\.m\.|p\.m\.|JST|to)\b/gi;

export interface DateInSentence {
  mention: DateMention;
  sentence: Sentence;
}

/**
 * Dates per sentence text, relative to the sentence, for one day (the day resolves dates without a year):
 * re-analysis after an edit reads them from here. Keyed by the sentence's own string, which the engine
 * reuses from analysis to analysis, so a lookup does not build a new key.
 */
let dateCache = { day: '', byText: new Map<string, DateMention[]>() };
const DATE_CACHE_LIMIT = 5000;
const DIGIT = /[0-9０-９]/;

/** Dates of one sentence; a bare 3/20 counts only with a weekday or a time after it. */
export function datesInSentence(s: Sentence, today: Day): DateMention[] {
  // Every date format has a digit: most sentences are ruled out here without running the patterns.
  if (!DIGIT.test(s.text)) return [];
  const day = `${today.y}-${today.m}-${today.d}`;
  if (dateCache.day !== day || dateCache.byText.size >= DATE_CACHE_LIMIT) dateCache = { day, byText: new Map() };
  let rel = dateCache.byText.get(s.text);
  if (!rel) {
    rel = findDates(s.text, 0, today).filter(
      (m) => !m.bareSlash || m.statedWeekday !== undefined || TIME_AFTER.test(s.text.slice(m.end)),
    );
    dateCache.byText.set(s.text, rel);
  }
  return s.start === 0 ? rel : rel.map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start }));
}

/** Mentions that are the ends of a range ("8月13日〜16日", "between May 1 and May 8"). */
function rangeEnds(mentions: DateMention[], s: Sentence): Set<DateMention> {
  const out = new Set<DateMention>();
  mentions.forEach((m, i) => {
    if (RANGE_AFTER.test(s.text.slice(m.end - s.start))) out.add(m);
    const next = mentions[i + 1];
    if (!next) return;
    const gap = s.text.slice(m.end - s.start, next.start - s.start);
    const between = /^\s*and\s*$/i.test(gap) && BETWEEN.test(s.text.slice(0, m.start - s.start));
    if (RANGE_GAP.test(gap) || between) {
      out.add(m);
      out.add(next);
    }
  });
  return out;
}

/** The line holds little but the date: a labelled slot (日時：…, When: …) or a candidate in a list. */
function isSlotLine(lineText: string, m: DateMention, lineStart: number): boolean {
  if (has('dateLabel', lineText)) return true;
  const rest = lineText.slice(0, m.start - lineStart) + lineText.slice(m.end - lineStart);
  const noise = rest.replace(LINE_NOISE, '');
  return noise.length === 0 || has('listItem', lineText.slice(0, m.start - lineStart));
}

/** Meeting words in the subject or the few lines above a slot line (「下記の日程で…」 then a list). */
function meetingWordsAbove(ctx: RuleContext, lineIndex: number): boolean {
  if (has('meeting', ctx.draft.subject)) return true;
  let seen = 0;
  for (let i = lineIndex - 1; i >= 0 && seen < 4; i--) {
    const text = ctx.lines[i]!.text;
    if (!text.trim() || /^\s*>/.test(text)) continue;
    seen++;
    if (has('meeting', text) && !has('past', text)) return true;
  }
  return false;
}

function isMeetingDate(m: DateMention, s: Sentence, ctx: RuleContext, ranges: Set<DateMention>): boolean {
  if (m.past || ranges.has(m)) return false;
  const rel = m.start - s.start;
  const after = s.text.slice(m.end - s.start);
  const before = s.text.slice(0, rel);
  if (has('after', after) || has('before', before)) return false;
  if (has('knownClosure', s.text) || has('past', s.text)) return false;

  const toMeeting = distanceTo('meeting', s.text, rel, m.end - s.start);
  const toOther = distanceTo('notMeeting', s.text, rel, m.end - s.start);
  if (toMeeting !== Infinity && toMeeting <= toOther) return true;
  if (toOther !== Infinity) return false;

  const line = ctx.lines[s.line]!;
  if (!isSlotLine(line.text, m, line.start) && !TIME_AFTER.test(after)) return false;
  return ctx.kind === 'meeting-invite' || meetingWordsAbove(ctx, s.line);
}

/** The three calendar document rules ask for the same field in one analysis: answer once. */
const lastAnswer = new WeakMap<readonly Sentence[], { key: string; dates: DateInSentence[] }>();

/** Every proposed meeting date of the field, in order. */
export function meetingDates(ctx: RuleContext): DateInSentence[] {
  const key = [ctx.today, ctx.kind, ctx.draft.subject].join('\u0000');
  const last = lastAnswer.get(ctx.sentences);
  if (last && last.key === key) return last.dates;
  const dates = findMeetingDates(ctx);
  lastAnswer.set(ctx.sentences, { key, dates });
  return dates;
}

function findMeetingDates(ctx: RuleContext): DateInSentence[] {
  const today = parseIsoDay(ctx.today);
  const out: DateInSentence[] = [];
  for (const s of ctx.sentences) {
    const mentions = datesInSentence(s, today);
    if (mentions.length === 0) continue;
    const ranges = rangeEnds(mentions, s);
    for (const m of mentions) if (isMeetingDate(m, s, ctx, ranges)) out.push({ mention: m, sentence: s });
  }
  return out;
}

export { WORDS };
