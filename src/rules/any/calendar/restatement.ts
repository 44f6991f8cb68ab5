// A slot written in two zones ("6pm CET (2am JST)", 「日本時間10時（米国太平洋時間 前日17時）」) is one
// meeting: the dates annotator marks one half as the other's restatement. A suggestion that moves the meeting
// rewrites both halves for the same instant, each in its own zone and format, as one multi-edit suggestion
// so the text between them stays byte-identical.
import type { Slot } from '../../../engine/analysis/dates';
import { serial, weekday } from '../../../engine/analysis/dates-day';
import { convert, type Wall } from '../../../engine/analysis/dates-zones';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence, SuggestionEdit } from '../../../engine/types';
import { slotsInSentence } from './meeting-dates';
import { absoluteDate } from './render';
import { clientTime, renderSlot, type Hours } from './slot-time';

const EN_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The other half of `slot` when the writer gave it in a second zone or language, next to it in the same sentence. */
export function restatementOf(slot: Slot, sentence: Sentence, ctx: RuleContext): Slot | undefined {
  const all = slotsInSentence(sentence, ctx);
  const i = all.findIndex((x) => x.start === slot.start);
  if (i < 0) return undefined;
  for (const j of [i - 1, i + 1]) {
    const x = all[j];
    if (x?.restates) return x;
  }
  return undefined;
}

/** The characters of a slot its rendering replaces: its date and its time, and what lies between them. */
function spanOf(x: Slot): { start: number; end: number } {
  const parts = [x.date, x.time].filter((p): p is NonNullable<typeof p> => Boolean(p));
  return { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
}

/**
 * One half rewritten for the client-clock start `w`, in its own zone and format. A half written without a
 * date gets its weekday when its day differs from the other half's ("Thu 6pm PT (Fri 10am JST)").
 */
function renderHalf(x: Slot, w: Wall, otherDay: number | undefined, hours: Hours, ctx: RuleContext, lang: 'ja' | 'en'): string | undefined {
  const ct = clientTime(x, ctx, hours);
  if (!ct) return undefined;
  const own = { ...ct, foreign: false };
  const out = renderSlot(x, own, w, hours, ctx.text, x.date?.lang ?? lang);
  if (x.date || otherDay === undefined) return out;
  const day = convert(w, hours.zone, ct.writerZone).day;
  if (serial(day) === otherDay) return out;
  return lang === 'ja' ? absoluteDate({ lang: 'ja', fullwidth: false }, day) + out : `${EN_SHORT[weekday(day)]} ${out}`;
}

/** The day (in its own zone) a half names for the start `w`, or undefined when it cannot be placed. */
function dayOf(x: Slot, w: Wall, hours: Hours, ctx: RuleContext): number | undefined {
  const ct = clientTime(x, ctx, hours);
  return ct ? serial(convert(w, hours.zone, ct.writerZone).day) : undefined;
}

/**
 * Both halves of a two-zone slot moved to the client-clock start `w`: the edits (in order) and a preview
 * (the text from the first edit to the end of the last). Undefined when either half cannot be placed.
 */
export function pairedMove(slot: Slot, other: Slot, w: Wall, hours: Hours, ctx: RuleContext, lang: 'ja' | 'en'): { text: string; edits: SuggestionEdit[] } | undefined {
  const a = renderHalf(slot, w, other.date ? dayOf(other, w, hours, ctx) : undefined, hours, ctx, lang);
  const b = renderHalf(other, w, slot.date ? dayOf(slot, w, hours, ctx) : undefined, hours, ctx, lang);
  if (a === undefined || b === undefined) return undefined;
  const edits = [{ ...spanOf(slot), text: a }, { ...spanOf(other), text: b }].sort((x, y) => x.start - y.start);
  if (edits[0]!.end > edits[1]!.start) return undefined;
  const text = edits[0]!.text + ctx.text.slice(edits[0]!.end, edits[1]!.start) + edits[1]!.text;
  return { text, edits };
}
