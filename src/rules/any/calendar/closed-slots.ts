// What meeting-on-holiday and meeting-on-weekend share: the day a proposed slot falls on for the client
// (a foreign time zone can move it), why that day is closed, and the move to the nearest working days,
// written in the writer's format. The `when` field of an invitation is checked the same way.
import { addDays, parseIsoDay, serial, weekday, type Day } from '../../../engine/analysis/dates-day';
import type { Report, RuleContext } from '../../../engine/rule';
import { closedReason, nearestWorkingDays, type ClosedReason } from './closed-days';
import { dayEn, dayJa, moveSuggestions, reasonEn, reasonJa } from './describe';
import { meetingSlots } from './meeting-dates';
import { renderDate } from './render';
import { clientTime, hoursOf } from './slot-time';
import { betterWhens, parseWhen, whenClosedReason } from './when-field';

type Which = 'weekend' | 'named';

const fits = (r: ClosedReason, which: Which) => (which === 'weekend' ? r.kind === 'weekend' : r.kind !== 'weekend');

function message(day: Day, r: ClosedReason): Pick<Report, 'message' | 'messageJa'> {
  const instead = r.kind === 'weekend' ? ['a weekday', '平日'] : ['a working day', '営業日'];
  return {
    message: `${dayEn(day)} is ${reasonEn(r)}. Propose ${instead[0]} instead.`,
    messageJa: `${dayJa(day)}は${reasonJa(r)}。${instead[1]}をご提案ください。`,
  };
}

export function reportClosedSlots(ctx: RuleContext, which: Which): void {
  const today = parseIsoDay(ctx.today);
  const hours = hoursOf(ctx);
  if (ctx.field === 'when') {
    const w = parseWhen(ctx.text, hours);
    const closed = w && whenClosedReason(w, hours);
    if (!w || !closed || !fits(closed.reason, which)) return;
    ctx.report({
      start: 0,
      end: ctx.text.length,
      ...message(closed.day, closed.reason),
      suggestions: betterWhens(w, hours, today, 'day').map((text) => ({ text, label: `Move to ${text}`, labelJa: `${text} に変更` })),
    });
    return;
  }
  for (const { slot } of meetingSlots(ctx)) {
    const m = slot.date;
    if (!m || m.vague) continue;
    // A wrong weekday is reported by any.calendar.weekday-mismatch; which day was meant is unclear.
    if (m.statedWeekday !== undefined && m.statedWeekday !== weekday(m.day)) continue;
    // The client's day: 5pm PT on a Sunday is Monday morning in Tokyo.
    const ct = clientTime(slot, ctx, hours);
    const day = ct ? ct.start.day : m.day;
    const reason = closedReason(day);
    if (!reason || !fits(reason, which)) continue;
    const shift = serial(m.day) - serial(day);
    ctx.report({
      start: m.start,
      end: m.end,
      ...message(day, reason),
      suggestions: moveSuggestions(nearestWorkingDays(day, today), (d) => renderDate(m, addDays(d, shift))),
    });
  }
}
