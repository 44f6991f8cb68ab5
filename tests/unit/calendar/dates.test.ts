// The date reader and writer behind the calendar rules: formats, year inference, rewriting in place.
import { describe, expect, it } from 'vitest';
import { parseIsoDay, weekday } from '../../../src/rules/any/calendar/day';
import { findDates } from '../../../src/rules/any/calendar/dates';
import { renderDate } from '../../../src/rules/any/calendar/render';

const today = parseIsoDay('2025-12-01');

function one(text: string, now = today) {
  const found = findDates(text, 0, now);
  expect(found, `one date in «${text}»`).toHaveLength(1);
  return found[0]!;
}

describe('findDates', () => {
  it.each([
    ['2026年3月20日（金）15:00〜', '2026年3月20日（金）', '2026-03-20', 5],
    ['3月20日（金曜日）に', '3月20日（金曜日）', '2026-03-20', 5],
    ['3月20日金曜日に', '3月20日金曜日', '2026-03-20', 5],
    ['令和8年3月20日に', '令和8年3月20日', '2026-03-20', undefined],
    ['３月２０日（金）', '３月２０日（金）', '2026-03-20', 5],
    ['3/20（金）14時', '3/20（金）', '2026-03-20', 5],
    ['2026/03/20 14:00', '2026/03/20', '2026-03-20', undefined],
    ['When: Friday, August 14, 2026, 10:00', 'Friday, August 14, 2026', '2026-08-14', 5],
    ['on Aug. 14th at ten', 'Aug. 14th', '2026-08-14', undefined],
    ['on 14 August 2026.', '14 August 2026', '2026-08-14', undefined],
    ['the 14th of August works', 'the 14th of August', '2026-08-14', undefined],
    ['Wed 14 Jan', 'Wed 14 Jan', '2026-01-14', 3],
    ['August 14 (Fri)', 'August 14 (Fri)', '2026-08-14', 5],
  ])('reads «%s» as «%s» = %s', (text, phrase, iso, wd) => {
    const m = one(text);
    expect(m.text).toBe(phrase);
    expect(text.slice(m.start, m.end)).toBe(phrase);
    expect(`${m.day.y}-${String(m.day.m).padStart(2, '0')}-${String(m.day.d).padStart(2, '0')}`).toBe(iso);
    expect(m.statedWeekday).toBe(wd);
  });

  it('a date without a year is its next occurrence on or after today', () => {
    expect(one('12月1日', today).day).toEqual({ y: 2025, m: 12, d: 1 });
    expect(one('11月30日', today).day).toEqual({ y: 2026, m: 11, d: 30 });
    expect(one('May 4', parseIsoDay('2026-05-05')).day.y).toBe(2027);
  });

  it('a stated weekday that fits only the last occurrence marks a past date', () => {
    const m = one('11月28日（金）', today); // 2025-11-28 is a Friday; 2026-11-28 a Saturday
    expect(m.day).toEqual({ y: 2025, m: 11, d: 28 });
    expect(m.past).toBe(true);
  });

  it('ignores numbers that are not dates', () => {
    // A bare 1/2 is found but marked, so that the rules trust it only with a weekday or a time after it.
    expect(findDates('価格は1/2になります。', 0, today).map((m) => m.bareSlash)).toEqual([true]);
    expect(findDates('バージョン2.0.1、May we ask, March forward, 2026年度, 10/20/30', 0, today)).toEqual([]);
    expect(findDates('2月30日', 0, today)).toEqual([]);
  });

  it('offsets are absolute into the field', () => {
    const [m] = findDates('xx3月20日', 100, today);
    expect([m!.start, m!.end]).toEqual([102, 107]);
  });
});

describe('renderDate', () => {
  it.each([
    ['2026年3月20日（金）', { y: 2026, m: 3, d: 19 }, '2026年3月19日（木）'],
    ['３月２０日（金曜日）', { y: 2026, m: 3, d: 23 }, '３月２３日（月曜日）'],
    ['令和8年12月28日', { y: 2027, m: 1, d: 4 }, '令和9年1月4日'],
    ['2026/03/20', { y: 2026, m: 3, d: 9 }, '2026/03/09'],
    ['Friday, August 14, 2026', { y: 2026, m: 8, d: 17 }, 'Monday, August 17, 2026'],
    ['Fri., Aug. 14th', { y: 2026, m: 9, d: 1 }, 'Tue., Sep. 1st'],
    ['the 14th of August', { y: 2026, m: 8, d: 12 }, 'the 12th of August'],
    ['August 14 (Fri)', { y: 2026, m: 8, d: 11 }, 'August 11 (Tue)'],
  ])('rewrites «%s» for another day in the same format', (text, day, expected) => {
    expect(renderDate(one(text), day)).toBe(expected);
    expect(weekday(day)).toBeGreaterThanOrEqual(0);
  });
});
