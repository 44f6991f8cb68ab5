// A meeting invitation's `when` field (WHEN_FORMAT in src/engine/types.ts), read and written back: the
// calendar rules flag a closed day or an out-of-hours slot from the editor's own date/time inputs, and
// their suggestion is the `when` text of the nearest good slot, which the calendar adapter writes back.
import { WHEN_FORMAT } from '../../../engine/types';
import { addDays, isoDay, parseIsoDay, serial, type Day } from '../../../engine/analysis/dates-day';
import { convert, isZone, type Wall } from '../../../engine/analysis/dates-zones';
import { closedReason, nearestWorkingDays, type ClosedReason } from './closed-days';
import { hoursProblem, nearestGoodSlots, type ClientTime, type Hours, type HoursProblem } from './slot-time';

export interface WhenSlot {
  allDay: boolean;
  start: Wall;
  end: Wall;
  /** The zone the fields are in (the client's when none is given). */
  zone: string;
  /** The text named its zone: a replacement names it too, else leaves it out. */
  zoneWritten: boolean;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function parseWhen(text: string, hours: Hours): WhenSlot | null {
  const m = WHEN_FORMAT.exec(text.trim());
  if (!m) return null;
  const [, d1, t1, d2, t2, zone] = m;
  const z = zone && isZone(zone) ? zone : hours.zone;
  const allDay = !t1;
  return {
    allDay,
    start: { day: parseIsoDay(d1!), minutes: t1 ? minutes(t1) : 0 },
    end: { day: parseIsoDay(d2!), minutes: t2 ? minutes(t2) : 0 },
    zone: z,
    zoneWritten: Boolean(zone),
  };
}

/** The slot in the client's clock (all-day events keep their dates). */
export function whenClientTime(w: WhenSlot, hours: Hours): ClientTime {
  if (w.allDay) return { start: w.start, end: w.start, writerZone: hours.zone, foreign: false, writtenDay: w.start.day };
  return {
    start: convert(w.start, w.zone, hours.zone),
    end: convert(w.end, w.zone, hours.zone),
    writerZone: w.zone,
    foreign: w.zone !== hours.zone,
    writtenDay: w.start.day,
  };
}

export function whenClosedReason(w: WhenSlot, hours: Hours): { day: Day; reason: ClosedReason } | null {
  const day = whenClientTime(w, hours).start.day;
  const reason = closedReason(day);
  return reason ? { day, reason } : null;
}

export function whenHoursProblem(w: WhenSlot, hours: Hours): HoursProblem {
  return w.allDay ? null : hoursProblem(whenClientTime(w, hours), hours);
}

/**
 * The `when` text of the nearest good slots, same length, same zone as the fields: for a closed day the
 * same time on the nearest working days, for a bad hour the nearest good times.
 */
export function betterWhens(w: WhenSlot, hours: Hours, today: Day, move: 'day' | 'time' = 'time'): string[] {
  if (!w.allDay && move === 'day') {
    const ct = whenClientTime(w, hours);
    return nearestWorkingDays(ct.start.day, today).map((day) => {
      const shift = serial(day) - serial(ct.start.day);
      const s = { day: addDays(w.start.day, shift), minutes: w.start.minutes };
      const e = { day: addDays(w.end.day, shift), minutes: w.end.minutes };
      return `${isoDay(s.day)}T${hhmm(s.minutes)}/${isoDay(e.day)}T${hhmm(e.minutes)}${w.zoneWritten ? ` ${w.zone}` : ''}`;
    });
  }
  if (w.allDay) {
    const span = serial(w.end.day) - serial(w.start.day);
    const out: string[] = [];
    for (let i = 1; i <= 31 && out.length < 2; i++) {
      for (const day of [addDays(w.start.day, -i), addDays(w.start.day, i)]) {
        if (out.length < 2 && serial(day) > serial(today) && !closedReason(day)) out.push(`${isoDay(day)}/${isoDay(addDays(day, span))}`);
      }
    }
    return out;
  }
  const ct = whenClientTime(w, hours);
  const length = (serial(w.end.day) - serial(w.start.day)) * 1440 + w.end.minutes - w.start.minutes;
  return nearestGoodSlots(ct, hours, today).map((slot) => {
    const s = convert(slot, hours.zone, w.zone);
    const e = convert({ day: slot.day, minutes: slot.minutes + length }, hours.zone, w.zone);
    return `${isoDay(s.day)}T${hhmm(s.minutes)}/${isoDay(e.day)}T${hhmm(e.minutes)}${w.zoneWritten ? ` ${w.zone}` : ''}`;
  });
}
