// Decides which dates and times in a mail are offered, asked about or confirmed for a meeting. The dates
// themselves come from the dates annotator (chrono-node, cached per sentence on the engine); here is the
// reading of the sentence around them: a meeting, call, visit or dinner near the slot, or a question or
// offer about a time, or a slot line under a lead-in that names the meeting — and not a deadline, a
// delivery, a range, a closure notice, a past event or a regular meeting already agreed.
import { datesAnnotator, type DateMention, type Slot, type TimeMention } from '../../../engine/analysis/dates';
import type { FieldAnnotator } from '../../../engine/analysis/facts';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';
import { distanceTo, has } from './lexicon';

/** What a list line may hold besides its slot: bullets, numbers, separators, labels of time. */
const LINE_NOISE = /[\s・●■◆○◎•*\-–—〜～~、,:：()（）.．]|[0-9０-９①-⑩]|\b(?:or|and|option|am|pm|to)\b|または|もしくは|以降|から/gi;

export interface MeetingSlot {
  /** Offsets into the field. */
  slot: Slot;
  sentence: Sentence;
}

function shift<T extends { start: number; end: number }>(x: T, by: number): T {
  return { ...x, start: x.start + by, end: x.end + by };
}

/** The slots of a sentence with offsets into the field. */
export function slotsInSentence(s: Sentence, ctx: RuleContext): Slot[] {
  const rel = ctx.facts.of(datesAnnotator(ctx.today), s).slots;
  if (rel.length === 0) return rel;
  return rel.map((x) => ({
    start: x.start + s.start,
    end: x.end + s.start,
    ...(x.date ? { date: shift<DateMention>(x.date, s.start) } : {}),
    ...(x.time ? { time: shift<TimeMention>(x.time, s.start) } : {}),
  }));
}

/** Every date of the field (meeting or not), for checks that hold for any date (a wrong weekday). */
export function datesInSentence(s: Sentence, ctx: RuleContext): DateMention[] {
  return slotsInSentence(s, ctx).flatMap((x) => (x.date ? [x.date] : []));
}

/** The line holds little but the slot: a labelled slot (日時：…, When: …) or a candidate in a list. */
function isSlotLine(lineText: string, lineStart: number, slot: Slot): boolean {
  if (has('dateLabel', lineText)) return true;
  const rest = lineText.slice(0, slot.start - lineStart) + lineText.slice(slot.end - lineStart);
  return rest.replace(LINE_NOISE, '').length <= 2 || has('listItem', lineText.slice(0, slot.start - lineStart));
}

/** Meeting words in the subject or the few lines above a slot line (「下記の日程で…」 then a list). */
function meetingWordsAbove(ctx: RuleContext, lineIndex: number): boolean {
  if (has('meeting', ctx.draft.subject) && !has('regular', ctx.draft.subject)) return true;
  let seen = 0;
  for (let i = lineIndex - 1; i >= 0 && seen < 6; i--) {
    const text = ctx.lines[i]!.text;
    if (!text.trim() || /^\s*[>＞]/.test(text)) continue;
    seen++;
    if (has('regular', text) || has('knownClosure', text)) return false;
    if (has('meeting', text) && !has('past', text)) return true;
  }
  return false;
}

function isMeetingSlot(x: Slot, s: Sentence, ctx: RuleContext): boolean {
  const d = x.date;
  if (d && (d.past || d.rangeEnd)) return false;
  const rel = x.start - s.start;
  const relEnd = x.end - s.start;
  const after = s.text.slice(relEnd);
  const before = s.text.slice(0, rel);
  if (has('after', after) || has('before', before)) return false;
  if (has('knownClosure', s.text) || has('past', s.text) || has('regular', s.text)) return false;

  const toMeeting = distanceTo('meeting', s.text, rel, relEnd);
  const toOther = distanceTo('notMeeting', s.text, rel, relEnd);
  if (toMeeting !== Infinity && toMeeting <= toOther) return true;
  if (toOther !== Infinity) return false;
  // A time offered or asked about with no other event in the sentence: 「来週火曜日の14時はいかがでしょうか」.
  if (has('proposal', s.text) && (x.time || ctx.kind === 'meeting-invite' || meetingWordsAbove(ctx, s.line))) return true;

  const line = ctx.lines[s.line]!;
  if (!isSlotLine(line.text, line.start, x) && !x.time) return false;
  return ctx.kind === 'meeting-invite' || meetingWordsAbove(ctx, s.line);
}

/** Every slot proposed for a meeting in the field, in order (vague periods such as 月末 included). */
export function meetingSlots(ctx: RuleContext): MeetingSlot[] {
  // Five calendar rules ask for them on every keystroke: worked out once per analysis of the field.
  return ctx.facts.ofField(meetingSlotFacts, ctx);
}

const meetingSlotFacts: FieldAnnotator<MeetingSlot[], RuleContext> = { id: 'meeting-slots', analyze: findMeetingSlots };

function findMeetingSlots(ctx: RuleContext): MeetingSlot[] {
  const out: MeetingSlot[] = [];
  for (const s of ctx.sentences) {
    const slots = slotsInSentence(s, ctx);
    for (const x of slots) if (isMeetingSlot(x, s, ctx)) out.push({ slot: x, sentence: s });
  }
  return out;
}
