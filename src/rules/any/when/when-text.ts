// The `when` field of a meeting invitation (WHEN_FORMAT, written by the calendar adapters), read for the
// calendar rules: its local start/end, its zone, and the same instants in another zone (Tokyo).
import { WHEN_FORMAT } from '../../../engine/types';
import { isValidDay, type Day } from '../calendar/day';

export interface Clock {
  day: Day;
  /** Minutes after midnight. */
  minutes: number;
}

export interface WhenText {
  start: Clock;
  end: Clock;
  /** False for an all-day event (then `end.day` is exclusive and minutes are 0). */
  timed: boolean;
  zone: string | null;
}

export function readWhen(text: string): WhenText | null {
  const m = text.match(WHEN_FORMAT);
  if (!m) return null;
  const day = (s: string): Day | null => {
    const [y, mo, d] = s.split('-').map(Number) as [number, number, number];
    return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
  };
  const minutes = (s: string | undefined) => {
    if (!s) return 0;
    const [h, min] = s.split(':').map(Number) as [number, number];
    return h * 60 + min;
  };
  const sd = day(m[1]!);
  const ed = day(m[3]!);
  if (!sd || !ed || !m[2] !== !m[4]) return null;
  return { start: { day: sd, minutes: minutes(m[2]) }, end: { day: ed, minutes: minutes(m[4]) }, timed: !!m[2], zone: m[5] ?? null };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Day) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
const hm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

export function writeWhen(w: WhenText): string {
  if (!w.timed) return `${isoDay(w.start.day)}/${isoDay(w.end.day)}`;
  return `${isoDay(w.start.day)}T${hm(w.start.minutes)}/${isoDay(w.end.day)}T${hm(w.end.minutes)}${w.zone ? ` ${w.zone}` : ''}`;
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `zone` at a UTC instant (ms). */
function wallClock(utc: number, zone: string): Clock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
  }).formatToParts(new Date(utc));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { day: { y: get('year'), m: get('month'), d: get('day') }, minutes: get('hour') * 60 + get('minute') };
}

function naiveUtc(c: Clock): number {
  return Date.UTC(c.day.y, c.day.m - 1, c.day.d) + c.minutes * 60_000;
}

/** The UTC instant of a wall clock in `zone` (two passes settle DST edges). */
function instant(c: Clock, zone: string): number {
  let guess = naiveUtc(c);
  for (let i = 0; i < 2; i++) guess += naiveUtc(c) - naiveUtc(wallClock(guess, zone));
  return guess;
}

/** A wall clock in `from` as the wall clock in `to`; unchanged when either zone is unknown. */
export function convert(c: Clock, from: string | null, to: string): Clock {
  if (!from || from === to || !validZone(from) || !validZone(to)) return c;
  return wallClock(instant(c, from), to);
}

/** Minutes between two wall clocks of the same zone. */
export function minutesBetween(a: Clock, b: Clock): number {
  return (naiveUtc(b) - naiveUtc(a)) / 60_000;
}

export function addMinutes(c: Clock, n: number): Clock {
  const t = new Date(naiveUtc(c) + n * 60_000);
  return { day: { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }, minutes: t.getUTCHours() * 60 + t.getUTCMinutes() };
}

export { hm as clockText };
