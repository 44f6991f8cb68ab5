// Calendar days as plain numbers in UTC, so that no time zone or DST can move a date by one.

/** A calendar day: year, month 1–12, day 1–31. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01; comparable and steppable. */
export function serial(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d) / MS_PER_DAY;
}

export function fromSerial(n: number): Day {
  const t = new Date(n * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromSerial(serial(day) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

export function isoDay(day: Day): string {
  return `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

/** Parses the YYYY-MM-DD head of an ISO date (ctx.today). */
export function parseIsoDay(iso: string): Day {
  // The calendar rules read the draft's day on every keystroke: the last one parsed is kept (a new object is
  // still returned each time, so no caller shares one).
  if (iso !== lastIso) {
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
    lastIso = iso;
    lastDay = { y: y!, m: m!, d: d! };
  }
  return { y: lastDay.y, m: lastDay.m, d: lastDay.d };
}
let lastIso: string | undefined;
let lastDay: Day = { y: 0, m: 0, d: 0 };

/** The day month/day falls on next, on or after `today` (the spec's rule for a date written without a year). */
export function nextOccurrence(m: number, d: number, today: Day): Day | null {
  for (let y = today.y; y <= today.y + 8; y++) {
    if (!isValidDay(y, m, d)) continue; // 29 February waits for a leap year
    const day = { y, m, d };
    if (serial(day) >= serial(today)) return day;
  }
  return null;
}

/** The latest occurrence of month/day strictly before `today`. */
export function previousOccurrence(m: number, d: number, today: Day): Day | null {
  for (let y = today.y; y >= today.y - 8; y--) {
    if (!isValidDay(y, m, d)) continue;
    const day = { y, m, d };
    if (serial(day) < serial(today)) return day;
  }
  return null;
}
