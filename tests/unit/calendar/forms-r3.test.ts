// Date and time forms added this round, one table per form: month thirds (中旬, mid-December), kanji
// numerals, weekdays in any bracket, a day of the month alone ("the 3rd"), clock times in words and with a
// dot, and zones written as "JST+9", "India time (IST)", "Australia (AEST)". Resolved against Monday 1
// December 2025.
import { describe, expect, it } from 'vitest';
import { analyzeDates, type Slot } from '../../../src/engine/analysis/dates';
import { kanjiNumber } from '../../../src/engine/analysis/dates-chrono';
import { isoDay } from '../../../src/engine/analysis/dates-day';

const NOW = '2025-12-01';

function one(text: string): Slot {
  const { slots } = analyzeDates(text, NOW);
  expect(slots, `one slot in «${text}»: ${JSON.stringify(slots.map((s) => text.slice(s.start, s.end)))}`).toHaveLength(1);
  return slots[0]!;
}
const hm = (s: Slot) => `${s.time!.from.h}:${String(s.time!.from.min).padStart(2, '0')}`;

describe('a third of a month is a period, never a slot', () => {
  it.each([
    ['今月中旬はいかがでしょうか', '今月中旬', '2025-12-11'],
    ['来月上旬で調整いたします', '来月上旬', '2026-01-01'],
    ['1月下旬', '1月下旬', '2026-01-21'],
    ['来月頭にお伺いします', '来月頭', '2026-01-01'],
    ['12月初旬', '12月初旬', '2025-12-01'],
    ['in mid-December', 'mid-December', '2025-12-11'],
    ['early next month', 'early next month', '2026-01-01'],
    ['late January works', 'late January', '2026-01-21'],
  ])('«%s»: «%s» from %s, vague', (text, phrase, iso) => {
    const d = one(text).date!;
    expect(text.slice(d.start, d.end)).toBe(phrase);
    expect(isoDay(d.day)).toBe(iso);
    expect(d.vague).toBe(true);
  });
});

describe('kanji numerals', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十三', 13], ['二十', 20], ['二十三', 23], ['三十一', 31],
    ['三十二', null], ['四十', null], ['二', 2], ['一十', null],
  ])('%s = %s', (k, n) => expect(kanjiNumber(k)).toBe(n));

  it.each([
    ['十二月十三日（土）の午後', '十二月十三日（土）', '2025-12-13', 6],
    ['二十日（土）はいかがでしょうか', '二十日（土）', '2025-12-20', 6],
    ['一月十二日に', '一月十二日', '2026-01-12', undefined],
    ['十二月三十一日（水）', '十二月三十一日（水）', '2025-12-31', 3],
    ['来月十二日（月）', '来月十二日（月）', '2026-01-12', 1],
    ['先月二十日（木）のお打ち合わせ', '先月二十日（木）', '2025-11-20', 4],
  ])('«%s» reads «%s» = %s', (text, phrase, iso, wd) => {
    const d = one(text).date!;
    expect(text.slice(d.start, d.end)).toBe(phrase);
    expect(isoDay(d.day)).toBe(iso);
    expect(d.statedWeekday).toBe(wd);
  });

  it('last month\'s day is in the past', () => expect(one('先月二十日（木）').date!.past).toBe(true));

  it.each(['一日も早く', '三日間の研修', '十日以内にご返信', '二十日目'])('«%s» is no date', (text) => {
    expect(analyzeDates(text, NOW).slots).toEqual([]);
  });
});

describe('a weekday in any bracket', () => {
  it.each([
    ['12月13日【土】', 6], ['12月13日［土］', 6], ['12月13日〔土〕', 6], ['12月13日(土)', 6], ['１２月１３日（土）', 6],
    ['Dec 13 (Sat)', 6], ['Tue 12/9', 2], ['1月12日（月・祝）', 1],
  ])('«%s»: weekday %s, the bracket in the span', (text, wd) => {
    const d = one(text).date!;
    expect(d.statedWeekday).toBe(wd);
    expect(text.slice(d.start, d.end)).toBe(text);
  });
});

describe('"the 3rd": a day of the month alone, only where it ends the phrase', () => {
  it.each([
    ['Could we meet on the 13th?', '2025-12-13'],
    ['on the 3rd, at 10am', '2025-12-03'],
    ['Is the call still on for the 30th?', '2025-12-30'],
    ['Please reply by the 14th.', '2025-12-14'],
  ])('«%s» = %s, the preposition left out of the span', (text, iso) => {
    const d = one(text).date!;
    expect(isoDay(d.day)).toBe(iso);
    expect(d.text).toMatch(/^the /);
  });

  it.each(['the 3rd floor', 'on the 3rd quarter results', 'for the 2nd time', 'on the 3rd of the candidates'])('«%s» is no date', (text) => {
    expect(analyzeDates(text, NOW).slots.filter((s) => s.date)).toEqual([]);
  });
});

describe('clock times', () => {
  it.each([
    ['3.30pm', '15:30', '3.30pm'],
    ['Dec 10 at 3.30 pm', '15:30', '3.30 pm'],
    ['at half past two', '14:30', 'half past two'],
    ['quarter to ten', '9:45', 'quarter to ten'],
    ['quarter past 11 am', '11:15', 'quarter past 11 am'],
    ['午後3時半', '15:30', '午後3時半'],
    ['noon', '12:00', 'noon'],
    ['15:00〜16:00', '15:00', '15:00〜16:00'],
  ])('«%s» = %s', (text, time, phrase) => {
    const s = one(text);
    expect(hm(s)).toBe(time);
    expect(text.slice(s.time!.start, s.time!.end)).toBe(phrase);
  });
});

describe('zones written in other ways', () => {
  it.each([
    ['10am JST+9', 'Asia/Tokyo'],
    ['9am India time (IST)', 'Asia/Kolkata'],
    ['6:30pm Indian time', 'Asia/Kolkata'],
    ['10am Australia (AEST)', 'Australia/Sydney'],
    ['3pm Frankfurt time', 'Europe/Berlin'],
    ['3pm Berlin time', 'Europe/Berlin'],
  ])('«%s» is in %s', (text, zone) => {
    const z = one(text).time!.zone!;
    expect(z.kind).toBe('iana');
    expect(z.kind === 'iana' && z.zone).toBe(zone);
  });

  it('GMT+1 is an offset of an hour', () => {
    expect(one('3pm GMT+1').time!.zone).toMatchObject({ kind: 'offset', minutes: 60 });
  });
});
