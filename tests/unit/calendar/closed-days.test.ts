import { describe, expect, it } from 'vitest';
import { CLOSURES, closedReason, nearestWorkingDays } from '../../../src/rules/any/calendar/closed-days';
import { parseIsoDay } from '../../../src/engine/analysis/dates-day';

const day = parseIsoDay;

describe('closedReason', () => {
  it('names public holidays, including substitute holidays', () => {
    expect(closedReason(day('2026-03-20'))).toEqual({ kind: 'holiday', name: { en: 'Vernal Equinox Day', ja: '春分の日' } });
    expect(closedReason(day('2026-05-06'))?.kind).toBe('holiday');
    expect(closedReason(day('2026-09-22'))?.kind).toBe('holiday'); // 国民の休日 between two holidays
  });

  it('knows the common closures, including bridging days and the window across the new year', () => {
    expect(CLOSURES.map((c) => c.id)).toEqual(['golden-week', 'obon', 'year-end']);
    for (const iso of ['2026-04-30', '2026-05-01', '2026-08-13', '2026-08-14', '2025-12-29', '2025-12-30', '2026-01-02']) {
      expect(closedReason(day(iso)), iso).not.toBeNull();
    }
    expect(closedReason(day('2026-08-14'))).toMatchObject({ kind: 'closure', closure: { id: 'obon' } });
    expect(closedReason(day('2025-12-30'))).toMatchObject({ kind: 'closure', closure: { id: 'year-end' } });
  });

  it('weekends, and working days are null', () => {
    expect(closedReason(day('2026-03-21'))).toEqual({ kind: 'weekend', weekday: 6 });
    expect(closedReason(day('2026-03-22'))).toEqual({ kind: 'weekend', weekday: 0 });
    for (const iso of ['2026-03-19', '2026-04-28', '2026-05-07', '2026-08-12', '2026-08-17', '2025-12-26', '2026-01-05']) {
      expect(closedReason(day(iso)), iso).toBeNull();
    }
  });
});

describe('nearestWorkingDays', () => {
  const today = day('2025-12-01');
  it('gives the working day before and after', () => {
    expect(nearestWorkingDays(day('2026-03-20'), today)).toEqual([day('2026-03-19'), day('2026-03-23')]);
    expect(nearestWorkingDays(day('2026-05-01'), today)).toEqual([day('2026-04-28'), day('2026-05-07')]);
    expect(nearestWorkingDays(day('2025-12-31'), today)).toEqual([day('2025-12-26'), day('2026-01-05')]);
  });

  it('never proposes a day in the past', () => {
    expect(nearestWorkingDays(day('2025-12-06'), day('2025-12-05'))).toEqual([day('2025-12-08')]);
  });
});
