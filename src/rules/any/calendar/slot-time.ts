// A proposed slot in the client's clock (policy.meetings.timeZone, Tokyo by default): the writer's zone
// applies to a time written without one. Finds the nearest good business slots and writes them back in
// the writer's own format and zone, with the Tokyo time beside a foreign one: "Wed 10 June 5pm PT (Thu 9am JST)".
import type { Clock, DateMention, Slot, TimeMention, TimeStyle } from '../../../engine/analysis/dates';
import { addDays, serial, weekday, type Day } from '../../../engine/analysis/dates-day';
import { convert, isZone, resolveZone, type Wall } from '../../../engine/analysis/dates-zones';
import type { RuleContext } from '../../../engine/rule';
import { closedReason } from './closed-days';
import { declaredZoneAt } from './declared-zone';
import { mailWriterZone } from './writer-zone';
import { renderDate } from './render';
import { EN_WEEKDAYS } from '../../../engine/analysis/dates';
import { matchAll } from '../../../engine/match-all';
import { fullWidthDigits } from '../../../engine/analysis/figures';

const JA_WEEKDAYS = '日月火水木金土';

export interface Hours {
  zone: string;
  writer: string | undefined;
  open: number;
  close: number;
  lunchFrom: number;
  lunchTo: number;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The policy's business hours, in minutes, with zones that Intl knows (a bad value falls back to Tokyo). */
export function hoursOf(ctx: RuleContext): Hours {
  const m = ctx.policy.meetings;
  const zone = isZone(m.timeZone) ? m.timeZone : 'Asia/Tokyo';
  const writer = m.writerTimeZone && isZone(m.writerTimeZone) ? m.writerTimeZone : undefined;
  return {
    zone, writer,
    open: minutesOf(m.businessHours.start), close: minutesOf(m.businessHours.end),
    lunchFrom: minutesOf(m.lunch.start), lunchTo: minutesOf(m.lunch.end),
  };
}

/** A slot's start (and end) in the client's zone, and the zone it was written in. */
export interface ClientTime {
  start: Wall;
  end: Wall;
  /** The zone the writer's wall times are in. */
  writerZone: string | number;
  /** Written in another zone than the client's: show the client's time beside it. */
  foreign: boolean;
  /** The day the writer wrote (or the resolved relative day), for a slot with a date. */
  writtenDay: Day;
}

const toMin = (c: Clock) => c.h * 60 + c.min;

/** Where and when the slot falls for the client; null without a time or when its zone is unclear. */
export function clientTime(slot: Slot, ctx: RuleContext, hours = hoursOf(ctx)): ClientTime | null {
  const t = slot.time;
  if (!t) return null;
  // A time with no zone of its own is in the zone the mail states for all its times ("All times below are in PT").
  // With neither, a remote meeting's time is on the writer's own clock when the mail tells where the writer is.
  // 現地時間 ("local time") is that clock too.
  const zone = resolveZone(t.zone ?? declaredZoneAt(ctx, t.start), hours.zone, hours.writer ?? (t.zone && t.zone.kind !== 'local' ? undefined : mailWriterZone(ctx)));
  if (zone === null) return null;
  const day = slot.date?.day ?? nominalDay(ctx);
  const from = toMin(t.from);
  let to = t.to ? toMin(t.to) : from;
  if (to < from) to += 1440;
  const start = convert({ day, minutes: from }, zone, hours.zone);
  const end = convert({ day, minutes: to }, zone, hours.zone);
  const foreign = zone !== hours.zone && !(typeof zone === 'number' && zone === offsetMinutes(hours.zone, day));
  return { start, end, writerZone: zone, foreign, writtenDay: day };
}

function offsetMinutes(zone: string, day: Day): number {
  const w = convert({ day, minutes: 720 }, 0, zone);
  return (serial(w.day) - serial(day)) * 1440 + w.minutes - 720;
}

/** A time with no date: judged on the next working day after today, so that only the clock matters. */
function nominalDay(ctx: RuleContext): Day {
  const [y, m, d] = ctx.today.split('-').map(Number);
  let day: Day = addDays({ y: y!, m: m!, d: d! }, 1);
  while (closedReason(day)) day = addDays(day, 1);
  return day;
}

export type HoursProblem = 'outside' | 'lunch' | null;

/** Minutes from which a session is a half day or more. */
const LONG_SESSION = 4 * 60;

/** Outside business hours (warning) or over lunch (info), in the client's clock. */
export function hoursProblem(ct: ClientTime, hours: Hours): HoursProblem {
  const s = ct.start.minutes;
  const e = serial(ct.end.day) > serial(ct.start.day) ? ct.end.minutes + 1440 : ct.end.minutes;
  const hasLength = e > s;
  // Longer than the client's whole working day (a hotline staffed 7:00–20:00, a gate open between 7am and 5pm):
  // hours of a service or of access, within which the client chooses — no meeting lasts that long.
  if (hasLength && e - s > hours.close - hours.open) return null;
  if (s < hours.open || (hasLength ? e > hours.close : s >= hours.close)) return 'outside';
  // What a Japanese client minds is a meeting that starts in the lunch hour (12:00, 12:30) or sits inside it:
  // a morning meeting that runs into it (10:00–12:30, 11:00–12:30) is ordinary and ends at lunch.
  if (s >= hours.lunchFrom && s < hours.lunchTo) return 'lunch';
  // A shorter meeting that takes the whole lunch hour (11:30–13:30) leaves the client none; a half-day or
  // full-day session (a training 9:30–17:00) has lunch in its programme.
  if (hasLength && s < hours.lunchFrom && e >= hours.lunchTo && e - s < LONG_SESSION) return 'lunch';
  return null;
}

/**
 * The nearest good slots (client clock) of the same length: working days, inside business hours and not
 * over lunch, after today, and (for a foreign writer) at a working hour for the writer, 7:00 to before 20:00. The
 * nearest one before the slot and the nearest one after it, in order of time.
 */
export function nearestGoodSlots(ct: ClientTime, hours: Hours, today: Day, accept: (w: Wall) => boolean = () => true): Wall[] {
  const length = Math.max(0, (serial(ct.end.day) - serial(ct.start.day)) * 1440 + ct.end.minutes - ct.start.minutes);
  const target = serial(ct.start.day) * 1440 + ct.start.minutes;
  let found = goodSlotsAround(ct, hours, today, accept, length, true);
  // A writer whose working day never meets Tokyo's (UTC−4 and further west in winter) still gets the
  // nearest Tokyo business slot: they take it off-hours, as the client cannot.
  if (found.length === 0 && ct.foreign) found = goodSlotsAround(ct, hours, today, accept, length, false);
  const before = found.filter((f) => f.at < target).sort((a, b) => b.at - a.at);
  const after = found.filter((f) => f.at > target).sort((a, b) => a.at - b.at);
  const picked = before.length && after.length ? [before[0]!, after[0]!] : before.length ? before.slice(0, 2).reverse() : after.slice(0, 2);
  return picked.map((f) => f.wall);
}

/** Every good client-clock start within a week before and two after the slot; `writerHours` keeps the foreign writer's 7:00–20:00. */
function goodSlotsAround(ct: ClientTime, hours: Hours, today: Day, accept: (w: Wall) => boolean, length: number, writerHours: boolean): Array<{ wall: Wall; at: number }> {
  const starts = [hours.open, hours.lunchTo, hours.lunchFrom - length, hours.close - Math.max(length, 60)];
  const found: Array<{ wall: Wall; at: number }> = [];
  for (let i = -7; i <= 14; i++) {
    const day = addDays(ct.start.day, i);
    if (serial(day) <= serial(today) || closedReason(day)) continue;
    for (const minutes of starts) {
      const wall = { day, minutes };
      const probe: ClientTime = { ...ct, start: wall, end: { day, minutes: minutes + length } };
      if (minutes < 0 || hoursProblem(probe, hours) !== null) continue;
      if (ct.foreign && writerHours) {
        const w = convert(wall, hours.zone, ct.writerZone).minutes;
        if (w < 7 * 60 || w >= 20 * 60) continue;
      }
      if (!accept(wall)) continue;
      const at = serial(day) * 1440 + minutes;
      if (!found.some((f) => f.at === at)) found.push({ wall, at });
    }
  }
  return found;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A clock time in the writer's style: 14時, 午後2時, 14:00, 2pm, 2:30 p.m. */
export function renderClock(c: Clock, style: TimeStyle, half = false): string {
  let out: string;
  const h12 = c.h % 12 || 12;
  switch (style.kind) {
    case 'ja':
      out = `${c.h}時${c.min ? (c.min === 30 && half ? '半' : `${c.min}分`) : ''}`;
      break;
    case 'ja-meridiem':
      out = `${c.h < 12 ? '午前' : '午後'}${h12}時${c.min ? (c.min === 30 && half ? '半' : `${c.min}分`) : ''}`;
      break;
    case 'colon':
      out = `${style.padded ? pad(c.h) : c.h}:${pad(c.min)}`;
      break;
    case 'ampm': {
      const suffix = style.ampm ?? 'm';
      const upper = /M/.test(suffix);
      const letter = c.h < 12 ? (upper ? 'A' : 'a') : upper ? 'P' : 'p';
      out = `${h12}${c.min || style.minutes ? `:${pad(c.min)}` : ''}${style.space ? ' ' : ''}${letter}${suffix}`;
      break;
    }
  }
  return style.fullwidth ? fullWidthDigits(out) : out;
}

/** The clock phrases inside a time mention, in order (start, then end of a range). */
const CLOCK = /(?:午前|午後)?\s*[0-9０-９]{1,2}\s*時(?:\s*[0-9０-９]{1,2}\s*分|半)?|[0-9０-９]{1,2}\s*[:：]\s*[0-9０-９]{2}(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)(?![a-z]))?|\b\d{1,2}\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)(?![a-z])|\bnoon\b|正午/g;

function renderTime(t: TimeMention, from: Clock, to: Clock | undefined, sayAmPm = false): string {
  const matches = matchAll(t.text, CLOCK);
  if (matches.length === 0) return renderClock(from, t.style);
  let out = '';
  // 夜7時 → 17時: the time of day word goes, as the clock is written in 24 hours.
  let last = /^(?:夕方|夜|晩)の?/.exec(t.text)?.[0].length ?? 0;
  // "7:30 in the morning" moved to the afternoon would contradict itself: the part of the day goes and the
  // clock says am/pm instead.
  const dayPart = sayAmPm || DAY_PART.test(t.text);
  matches.slice(0, to ? 2 : 1).forEach((m, i) => {
    const c = i === 0 ? from : to!;
    const own: TimeStyle = dayPart ? { kind: 'ampm', ampm: 'm', minutes: /[:：]/.test(m[0]) } : { ...t.style, ...styleOf(m[0]) };
    out += t.text.slice(last, m.index) + renderClock(c, own, /半/.test(m[0]));
    last = m.index! + m[0].length;
  });
  out += t.text.slice(last);
  return dayPart ? out.replace(DAY_PART, '') : out;
}

const DAY_PART = /\s?\b(?:in the (?:morning|afternoon|evening)|at night)\b/i;

function styleOf(clock: string): Partial<TimeStyle> {
  if (/午前|午後/.test(clock)) return { kind: 'ja-meridiem' };
  if (/時/.test(clock)) return { kind: 'ja' };
  const ap = /(\s*)([ap]\.?m\.?|[AP]\.?M\.?)/.exec(clock);
  if (ap) return { kind: 'ampm', ampm: ap[2]!.slice(1), space: ap[1]!.length > 0, minutes: /\d[:：]\d\d/.test(clock) };
  return { kind: 'colon', padded: /^[0０]/.test(clock) };
}

/**
 * The client's time beside a foreign one: " (Fri 9am JST)" / "（日本時間 6月12日（金）9時）"; without the day
 * for a slot written with no date ("5:00 PM SGT (6:00 PM JST)").
 */
function clientBeside(wall: Wall, lang: 'ja' | 'en', style: TimeStyle, zone: string, withDay = true): string {
  const c = { h: Math.floor(wall.minutes / 60), min: wall.minutes % 60 };
  const label = zone === 'Asia/Tokyo' ? 'JST' : zone;
  if (lang === 'ja') {
    const day = withDay ? ` ${wall.day.m}月${wall.day.d}日（${JA_WEEKDAYS[weekday(wall.day)]}）` : '';
    return `（${zone === 'Asia/Tokyo' ? '日本時間' : zone}${day}${withDay ? '' : ' '}${renderClock(c, { kind: 'ja' })}）`;
  }
  const en: TimeStyle = style.kind === 'ampm' ? style : { kind: style.kind === 'colon' ? 'colon' : 'ampm', ampm: 'm' };
  return ` (${withDay ? `${EN_WEEKDAYS[weekday(wall.day)]!.slice(0, 3)} ` : ''}${renderClock(c, en)} ${label})`;
}

/** A client-clock start in the writer's zone. */
export function writerWall(ct: ClientTime, start: Wall, hours: Hours): Wall {
  return convert(start, hours.zone, ct.writerZone);
}

/**
 * Only the time phrase of the slot rewritten for a new start on the same written day; a foreign time gets
 * the client's clock beside it (no day: the written day does not change).
 */
export function renderSlotTime(slot: Slot, ct: ClientTime, start: Wall, hours: Hours, lang: 'ja' | 'en' = 'en'): string {
  const t = slot.time!;
  const length = (serial(ct.end.day) - serial(ct.start.day)) * 1440 + ct.end.minutes - ct.start.minutes;
  const w = convert(start, hours.zone, ct.writerZone);
  const we = convert({ day: start.day, minutes: start.minutes + length }, hours.zone, ct.writerZone);
  const text = renderTime(t, { h: Math.floor(w.minutes / 60), min: w.minutes % 60 }, t.to ? { h: Math.floor(we.minutes / 60), min: we.minutes % 60 } : undefined);
  return ct.foreign ? text + clientBeside(start, lang, t.style, hours.zone, false) : text;
}

/** The slot's text rewritten for a new client-clock start, in the writer's format and zone. */
export function renderSlot(slot: Slot, ct: ClientTime, start: Wall, hours: Hours, text: string, lang: 'ja' | 'en'): string {
  const t = slot.time!;
  const length = (serial(ct.end.day) - serial(ct.start.day)) * 1440 + ct.end.minutes - ct.start.minutes;
  const w = convert(start, hours.zone, ct.writerZone);
  const we = convert({ day: start.day, minutes: start.minutes + length }, hours.zone, ct.writerZone);
  const from = { h: Math.floor(w.minutes / 60), min: w.minutes % 60 };
  const to = t.to ? { h: Math.floor(we.minutes / 60), min: we.minutes % 60 } : undefined;
  let out = '';
  const d: DateMention | undefined = slot.date;
  // "7:30 in the morning on Thursday": the part of the day between time and date goes as well.
  let gap = d ? (d.start <= t.start ? text.slice(d.end, t.start) : text.slice(t.end, d.start)) : '';
  // "Wednesday, June 9 / 2027年6月9日（水） 7:00 JST": the day said again in the other language moves with the slot.
  const twin = slot.twin;
  if (d && twin && d.start <= t.start && twin.start >= d.end && twin.end <= t.start) {
    gap = text.slice(d.end, twin.start) + renderDate(twin, w.day) + text.slice(twin.end, t.start);
  }
  const gapDayPart = DAY_PART.test(gap);
  const timeText = renderTime(t, from, to, gapDayPart);
  const between = gapDayPart ? gap.replace(DAY_PART, '') : gap;
  if (d && d.start <= t.start) out = renderDate(d, w.day) + between + timeText;
  else if (d) out = timeText + between + renderDate(d, w.day);
  else out = timeText;
  if (ct.foreign) out += clientBeside(start, lang, t.style, hours.zone);
  return out;
}

/** Whether moving to the slot changes the written day (a time-only slot can't say so). */
export function sameWrittenDay(slot: Slot, ct: ClientTime, start: Wall, hours: Hours): boolean {
  if (slot.date) return true;
  return serial(convert(start, hours.zone, ct.writerZone).day) === serial(ct.writtenDay);
}
