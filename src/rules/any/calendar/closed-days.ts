// Which days a Japanese company is closed: public holidays (@holiday-jp/holiday_jp), the common
// closures of dictionaries/calendar/closures.json (Golden Week, Obon, year-end), and weekends.
import holidayJp from '@holiday-jp/holiday_jp';
import { z } from 'zod';
import closureData from '../../../../dictionaries/calendar/closures.json';
import { addDays, isoDay, serial, weekday, type Day } from '../../../engine/analysis/dates-day';
import { bundled, onDemand } from '../../bundled';

const Bilingual = onDemand(() => z.object({ en: z.string(), ja: z.string() }));
const MonthDay = onDemand(() => z.string().regex(/^\d{2}-\d{2}$/));
/** How the window is named as a time ("during Golden Week", 「お盆期間中に」): regex sources (closure-periods.ts). */
const PeriodNames = onDemand(() => z.object({ en: z.array(z.string()), ja: z.array(z.string()) }));
const ClosureSchema = onDemand(() => z.object({ id: z.string(), from: MonthDay(), to: MonthDay(), name: Bilingual(), why: Bilingual(), period: PeriodNames().optional() }));
export type Closure = z.infer<ReturnType<typeof ClosureSchema>>;

/** Parsed once: a broken data file should fail loudly at start-up, not silently flag nothing. */
export const CLOSURES: readonly Closure[] = bundled('calendar/closures', () => z.object({ closures: z.array(ClosureSchema()) }), closureData).closures;

export type ClosedReason =
  | { kind: 'holiday'; name: { en: string; ja: string } }
  | { kind: 'closure'; closure: Closure }
  | { kind: 'weekend'; weekday: 0 | 6 };

/** The day falls in the closure's window (whatever the weekday or holiday). */
export function inWindow(day: Day, c: Pick<Closure, 'from' | 'to'>): boolean {
  const md = `${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
  // A window that wraps the new year (12-29 → 01-03) is two ranges.
  return c.from <= c.to ? c.from <= md && md <= c.to : md >= c.from || md <= c.to;
}

/** Why the day is not a working day in Japan, or null for a working day. Named reasons win over weekends. */
export function closedReason(day: Day): ClosedReason | null {
  const holiday = holidayJp.holidays[isoDay(day) as keyof typeof holidayJp.holidays] as
    | { name: string; name_en: string }
    | undefined;
  if (holiday) return { kind: 'holiday', name: { en: holiday.name_en, ja: holiday.name } };
  const closure = CLOSURES.find((c) => inWindow(day, c));
  if (closure) return { kind: 'closure', closure };
  const wd = weekday(day);
  if (wd === 0 || wd === 6) return { kind: 'weekend', weekday: wd };
  return null;
}

/**
 * The working days nearest to `day`: the last one before it (only if still after `today`, since a
 * meeting cannot move into the past) and the first one after it.
 */
export function nearestWorkingDays(day: Day, today: Day): Day[] {
  const out: Day[] = [];
  for (let i = 1; i <= 21; i++) {
    const before = addDays(day, -i);
    if (serial(before) <= serial(today)) break;
    if (!closedReason(before)) {
      out.push(before);
      break;
    }
  }
  for (let i = 1; i <= 31; i++) {
    const after = addDays(day, i);
    if (!closedReason(after)) {
      out.push(after);
      break;
    }
  }
  return out;
}
