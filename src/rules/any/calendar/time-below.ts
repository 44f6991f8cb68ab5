// An invitation block that gives the day on one line and its time, labelled, on the next:
//   Date: Friday, March 13, 2026
//   Time: 20:00–20:45 Panama time (EST, UTC-5)
// The two are one slot to the reader: 8 pm on a Friday in Panama is Saturday morning in Tokyo. Each line stays its
// own slot (a finding never spans two lines, and the time line is judged for its hours as it is); the day's line
// borrows the time below it only to learn which day it falls on for the client.
import type { Slot } from '../../../engine/analysis/dates';
import type { RuleContext } from '../../../engine/rule';
import type { MeetingSlot } from './meeting-dates';

/** A time's label opening its line, past one bullet: "Time:", "Start time:", "Hora:", 「時間：」, 「開始時刻：」. */
const TIME_LABEL = /^\s*(?:[・•*\-–]\s*)?(?:time|start(?:ing)?(?: time)?|hora|時間|時刻|開始時刻|開始時間)\s*[:：]/i;
/** What may follow the day on its line: a bracketed weekday or "(Fri)" and spaces, a few characters at most. */
const REST_OF_DAY_LINE = 24;

/** Per line of the field: the first time-only slot of a labelled time line, and whether the line holds a day. */
export interface TimeLines {
  timeAt: Map<number, Slot>;
  dated: Set<number>;
}

/** The field's slots indexed by line once (each slot looked at once, so a field of many slots stays linear). */
export function timeLinesOf(slots: readonly MeetingSlot[]): TimeLines {
  const timeAt = new Map<number, Slot>();
  const dated = new Set<number>();
  for (const { slot, sentence } of slots) {
    if (slot.date) dated.add(sentence.line);
    else if (slot.time && !timeAt.has(sentence.line) && TIME_LABEL.test(sentence.text.slice(0, 40))) timeAt.set(sentence.line, slot);
  }
  return { timeAt, dated };
}

/**
 * The slot of a day alone, with the time of the labelled time line right below it in the same block; the slot as
 * it is otherwise (a slot with its own time, a time line that is not the next line, a line with a day of its own).
 */
export function withTimeBelow(ctx: RuleContext, lines: TimeLines, at: MeetingSlot): Slot {
  const { slot, sentence } = at;
  if (slot.time || !slot.date || slot.date.vague || slot.date.rangeEnd) return slot;
  // The day ends what its line says (a bracketed weekday or "(Fri)" aside): a day inside a sentence is no block's.
  const line = ctx.lines[sentence.line];
  const lineEnd = line ? line.start + line.text.length : 0;
  if (!line || lineEnd - slot.end > REST_OF_DAY_LINE) return slot;
  if (ctx.text.slice(slot.end, lineEnd).replace(/[（(][^）)]{0,12}[）)]/g, '').trim() !== '') return slot;
  const below = lines.timeAt.get(sentence.line + 1);
  if (!below || lines.dated.has(sentence.line + 1)) return slot;
  return { ...slot, time: below.time };
}
