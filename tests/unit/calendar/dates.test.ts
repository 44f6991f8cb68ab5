// The dates annotator (chrono-node plus our Japanese parsers): every date and time form, time zones,
// daylight saving, year rollover, and numbers that are not dates.
import { describe, expect, it } from 'vitest';
import { analyzeDates, datesAnnotator, type Slot } from '../../../src/engine/analysis/dates';
import { isoDay, parseIsoDay } from '../../../src/engine/analysis/dates-day';
import { convert, resolveZone, zoneFromLabel } from '../../../src/engine/analysis/dates-zones';
import { FactStore } from '../../../src/engine/analysis/facts';
import { renderDate } from '../../../src/rules/any/calendar/render';

const NOW = '2025-12-01'; // a Monday

function one(text: string, now = NOW): Slot {
  const { slots } = analyzeDates(text, now);
  expect(slots, `one slot in «${text}»: ${JSON.stringify(slots.map((s) => text.slice(s.start, s.end)))}`).toHaveLength(1);
  return slots[0]!;
}

const hm = (s: Slot) => (s.time ? `${s.time.from.h}:${String(s.time.from.min).padStart(2, '0')}` : undefined);

describe('dates: absolute forms', () => {
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
    ['Wed 14 Jan', 'Wed 14 Jan', '2026-01-14', 3],
    ['August 14 (Fri)', 'August 14 (Fri)', '2026-08-14', 5],
    ['Thu 11 June', 'Thu 11 June', '2026-06-11', 4],
    ['10日（水）14時', '10日（水）', '2025-12-10', 3],
    ['来月10日に', '来月10日', '2026-01-10', undefined],
  ])('reads «%s» as «%s» = %s', (text, phrase, iso, wd) => {
    const d = one(text).date!;
    expect(text.slice(d.start, d.end)).toBe(phrase);
    expect(isoDay(d.day)).toBe(iso);
    expect(d.statedWeekday).toBe(wd);
  });

  it('a date without a year is its next occurrence on or after today', () => {
    expect(isoDay(one('12月1日', NOW).date!.day)).toBe('2025-12-01');
    expect(isoDay(one('11月30日', NOW).date!.day)).toBe('2026-11-30');
    expect(isoDay(one('May 4', '2026-05-05').date!.day)).toBe('2027-05-04');
  });

  it('year rollover: written on 12/28, 1月4日 and Jan 4 are the coming January', () => {
    expect(isoDay(one('1月4日（月）', '2026-12-28').date!.day)).toBe('2027-01-04');
    expect(isoDay(one('Monday, January 4', '2026-12-28').date!.day)).toBe('2027-01-04');
    expect(isoDay(one('来週月曜日', '2026-12-28').date!.day)).toBe('2027-01-04');
    expect(isoDay(one('年明け', '2026-12-28').date!.day).slice(0, 4)).toBe('2027');
  });

  it('a stated weekday that fits only the last occurrence marks a past date', () => {
    const d = one('11月28日（金）').date!; // 2025-11-28 is a Friday; 2026-11-28 a Saturday
    expect(isoDay(d.day)).toBe('2025-11-28');
    expect(d.past).toBe(true);
  });
});

describe('dates: relative forms, resolved against now (Monday 1 December 2025)', () => {
  it.each([
    ['来週火曜日の14時', '2025-12-09', '14:00'],
    ['来週の火曜日', '2025-12-09', undefined],
    ['再来週の水曜日', '2025-12-17', undefined],
    ['今週金曜の15:00〜16:00', '2025-12-05', '15:00'],
    ['明後日の午後2時', '2025-12-03', '14:00'],
    ['しあさって', '2025-12-04', undefined],
    ['明日10時', '2025-12-02', '10:00'],
    ['next Tuesday at 2pm', '2025-12-09', '14:00'],
    ['tomorrow at 9am', '2025-12-02', '9:00'],
    ['this Friday 3pm', '2025-12-05', '15:00'],
    ['Tuesday of the week after next', '2025-12-16', undefined],
    // 週明け is the Monday that opens next week (round 10): a day, checked like 来週月曜日.
    ['週明け', '2025-12-08', undefined],
    ['週明けの木曜日', '2025-12-11', undefined],
  ])('«%s» is %s', (text, iso, time) => {
    const s = one(text);
    expect(isoDay(s.date!.day)).toBe(iso);
    expect(s.date!.relative).toBe(true);
    expect(s.date!.vague).toBe(false);
    expect(hm(s)?.padStart(5, '0')).toBe(time?.padStart(5, '0'));
  });

  it.each([
    ['月末', '2025-12-31'],
    ['来月末', '2026-01-31'],
    ['年明け', '2026-01-05'],
    ['来週', '2025-12-08'],
    ['the week after next', '2025-12-15'],
  ])('«%s» is a period (vague), around %s', (text, iso) => {
    const d = one(text).date!;
    expect(isoDay(d.day)).toBe(iso);
    expect(d.vague).toBe(true);
  });

  it('先週 and last week are in the past', () => {
    expect(one('先週月曜日').date!.past).toBe(true);
  });
});

describe('dates: ranges', () => {
  it.each([
    ['8月13日〜16日', 2],
    ['5/3〜5/5', 2],
    ['10–14 May', 2],
    ['12月27日（土）から1月4日（日）まで', 2],
    ['from August 12 to August 18', 2],
    ['between May 1 and May 8', 2],
  ])('«%s»: every end is marked as a range end', (text, n) => {
    const { slots } = analyzeDates(text, NOW);
    expect(slots).toHaveLength(n);
    for (const s of slots) expect(s.date!.rangeEnd).toBe(true);
  });

  it.each([
    ['14:00–15:00', '14:00', '15:00'],
    ['14時から15時', '14:00', '15:00'],
    ['3月20日（金）15時〜16時30分', '15:00', '16:30'],
    ['Tue 10:00-11:00', '10:00', '11:00'],
    ['from 10 to 11am', '10:00', '11:00'],
  ])('«%s» is one time range', (text, from, to) => {
    const t = one(text).time!;
    expect(`${t.from.h}:${String(t.from.min).padStart(2, '0')}`.padStart(5, '0')).toBe(from);
    expect(`${t.to!.h}:${String(t.to!.min).padStart(2, '0')}`.padStart(5, '0')).toBe(to);
  });
});

describe('times', () => {
  it.each([
    ['14時', 14, 0, 'ja'],
    ['14時30分', 14, 30, 'ja'],
    ['10時半', 10, 30, 'ja'],
    ['午後2時', 14, 0, 'ja-meridiem'],
    ['午前10時半', 10, 30, 'ja-meridiem'],
    ['2pm', 14, 0, 'ampm'],
    ['2:30 p.m.', 14, 30, 'ampm'],
    ['14:00', 14, 0, 'colon'],
    ['１４：００', 14, 0, 'colon'],
  ])('«%s» is %i:%i in the %s style', (text, h, min, style) => {
    const t = one(`会議は${text}から`).time!;
    expect([t.from.h, t.from.min, t.style.kind]).toEqual([h, min, style]);
  });
});

describe('time zones', () => {
  it.each([
    ['5pm PT', 'America/Los_Angeles'],
    ['5pm PST', 'America/Los_Angeles'],
    ['5pm PDT', 'America/Los_Angeles'],
    ['9am ET', 'America/New_York'],
    ['9am EST', 'America/New_York'],
    ['2pm CET', 'Europe/Berlin'],
    ['2pm CEST', 'Europe/Berlin'],
    ['10:00 (SGT)', 'Asia/Singapore'],
    ['10am JST', 'Asia/Tokyo'],
    ['2pm Tokyo time', 'Asia/Tokyo'],
    ['2pm Japan time', 'Asia/Tokyo'],
    ['日本時間の14時', 'Asia/Tokyo'],
    ['14:00（日本時間）', 'Asia/Tokyo'],
  ])('«%s» is in %s', (text, zone) => {
    const z = one(`Could we talk at ${text}?`).time!.zone!;
    expect(z.kind).toBe('iana');
    expect(z.kind === 'iana' && z.zone).toBe(zone);
  });

  it.each([
    ['3pm UTC+9', 540],
    ['3pm GMT+1', 60],
    ['8am UTC-5', -300],
    ['noon UTC', 0],
  ])('«%s» is a fixed offset of %i minutes', (text, minutes) => {
    const z = one(`Could we talk at ${text}?`).time!.zone!;
    expect(z.kind === 'offset' && z.minutes).toBe(minutes);
  });

  it('"your time" is the reader\'s zone; "my time" the writer\'s, or unclear without one', () => {
    const your = one('Could we talk at 7:30 pm your time?').time!.zone!;
    const mine = one('Could we talk at 7:30 pm my time?').time!.zone!;
    expect(your.kind).toBe('reader');
    expect(resolveZone(your, 'Asia/Tokyo', undefined)).toBe('Asia/Tokyo');
    expect(resolveZone(mine, 'Asia/Tokyo', 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(resolveZone(mine, 'Asia/Tokyo', undefined)).toBeNull();
    expect(zoneFromLabel('Mars time')).toBeNull();
  });

  it('daylight saving: 4pm PT is 8am JST in March (PDT) and 9am JST in November (PST)', () => {
    const march = convert({ day: parseIsoDay('2026-03-10'), minutes: 16 * 60 }, 'America/Los_Angeles', 'Asia/Tokyo');
    const november = convert({ day: parseIsoDay('2026-11-10'), minutes: 16 * 60 }, 'America/Los_Angeles', 'Asia/Tokyo');
    expect([isoDay(march.day), march.minutes / 60]).toEqual(['2026-03-11', 8]);
    expect([isoDay(november.day), november.minutes / 60]).toEqual(['2026-11-11', 9]);
    const cest = convert({ day: parseIsoDay('2026-07-01'), minutes: 9 * 60 }, 'Europe/Berlin', 'Asia/Tokyo');
    expect(cest.minutes / 60).toBe(16);
  });
});

describe('near misses: numbers that are not dates', () => {
  it.each([
    '価格は1/2になります。',
    'バージョン2.0.1をご確認ください。',
    '10名で伺います。',
    '3時間ほどかかります。',
    '第3四半期の計画',
    'a 30-minute call',
    'version 2.0 is out',
    'May we ask for your feedback?',
    'We have 10 people on the team.',
    '2026年度の予算',
  ])('«%s» has no slot', (text) => {
    const { slots } = analyzeDates(text, NOW);
    expect(slots.filter((s) => s.date && !s.date.vague)).toEqual([]);
    expect(slots.filter((s) => s.time)).toEqual([]);
  });

  it('a sentence with no digit and no date word never reaches chrono', () => {
    expect(analyzeDates('いつもお世話になっております。', NOW).slots).toEqual([]);
  });
});

describe('the annotator', () => {
  it('is cached per sentence text and reference day on the fact store', () => {
    const store = new FactStore();
    const s = { text: '来週火曜日の14時', start: 0, end: 9, lang: 'ja' as const, line: 0 };
    const a = store.of(datesAnnotator('2025-12-01'), s);
    expect(store.of(datesAnnotator('2025-12-01'), { ...s, start: 50 })).toBe(a);
    expect(isoDay(store.of(datesAnnotator('2025-12-08'), s).slots[0]!.date!.day)).toBe('2025-12-16');
  });
});

describe('renderDate keeps the writer\'s format', () => {
  it.each([
    ['2026年3月20日（金）', '2026-03-19', '2026年3月19日（木）'],
    ['３月２０日（金曜日）', '2026-03-23', '３月２３日（月曜日）'],
    ['令和8年12月28日', '2027-01-04', '令和9年1月4日'],
    ['2026/03/20', '2026-03-09', '2026/03/09'],
    ['Friday, August 14, 2026', '2026-08-17', 'Monday, August 17, 2026'],
    ['Fri., Aug. 14th', '2026-09-01', 'Tue., Sep. 1st'],
    ['August 14 (Fri)', '2026-08-11', 'August 11 (Tue)'],
    ['来週火曜日', '2025-12-10', '12月10日（水）'],
    ['next Tuesday', '2025-12-10', 'Wednesday, December 10'],
  ])('«%s» moved to %s reads «%s»', (text, iso, expected) => {
    expect(renderDate(one(text).date!, parseIsoDay(iso))).toBe(expected);
  });
});

describe('long text', () => {
  it('a very long line is read in windows: every date found, offsets into the whole line', () => {
    const piece = 'Item 12 costs 3,400 yen, ref 2026-0042, qty 17; ';
    const line = piece.repeat(60) + 'could we meet on Friday, March 20 at 10am?' + piece.repeat(60);
    const slots = analyzeDates(line, NOW).slots.filter((s) => s.date && !s.date.vague);
    const friday = slots.find((s) => line.slice(s.date!.start, s.date!.end) === 'Friday, March 20');
    expect(friday, JSON.stringify(slots.map((s) => line.slice(s.start, s.end)))).toBeDefined();
    expect(friday!.time!.from).toEqual({ h: 10, min: 0 });
  });
});

describe('more forms: a day of the month named with its weekday or its month end, zones by name', () => {
  it.each([
    ['Saturday the 20th at 2 p.m.', NOW, '2025-12-20', 6, '14:00'],
    ['Thursday the 1st', '2025-12-10', '2026-01-01', 4, undefined],
    ['Tue, the 9th', NOW, '2025-12-09', 2, undefined],
    ['月末の31日午前中', NOW, '2025-12-31', undefined, undefined],
    ['来月末の30日', NOW, '2026-01-30', undefined, undefined],
    ['the last day of this month', NOW, '2025-12-31', undefined, undefined],
    ['on the last day of next month', NOW, '2026-01-31', undefined, undefined],
  ])('«%s» (now %s) is the day %s, weekday %s, time %s', (text, now, iso, wd, time) => {
    const s = one(text, now);
    expect(isoDay(s.date!.day)).toBe(iso);
    expect(s.date!.vague).toBe(false);
    expect(s.date!.statedWeekday).toBe(wd);
    expect(hm(s)?.padStart(5, '0')).toBe(time);
  });

  it.each([
    ['夜7時から', 19, '夜7時'],
    ['夕方6時頃', 18, '夕方6時'],
    ['夕方の5時半', 17, '夕方の5時半'],
    ['朝8時', 8, '8時'],
  ])('«%s» is %i o\'clock, the time of day in its phrase «%s»', (text, h, phrase) => {
    const t = one(text).time!;
    expect(t.from.h).toBe(h);
    expect(t.text).toBe(phrase);
  });

  it('"the 13th (Saturday)" is a day with its stated weekday', () => {
    const d = one('Could we set up a call on the 13th (Saturday)?').date!;
    expect([isoDay(d.day), d.statedWeekday]).toEqual(['2025-12-13', 6]);
  });

  it('月末の31日 in a month of 30 days is no date', () => {
    expect(analyzeDates('11月末の31日', NOW).slots.filter((s) => s.date && !s.date.vague)).toEqual([]);
  });

  it.each([
    ['3:00 PM – 4:00 PM (Pacific Time)', 'America/Los_Angeles'],
    ['10:00 AM Pacific', 'America/Los_Angeles'],
    ['9am Eastern', 'America/New_York'],
    ['9am Central', 'America/Chicago'],
    ['3pm Central European Time', 'Europe/Berlin'],
    ['2pm Hong Kong time', 'Asia/Hong_Kong'],
    ['18:00（シンガポール時間）', 'Asia/Singapore'],
    ['ロンドン時間の9時', 'Europe/London'],
    ['米国東部時間 20時', 'America/New_York'],
  ])('«%s» is in %s', (text, zone) => {
    const t = one(`Could we talk at ${text}?`).time!;
    expect(t.zone?.kind === 'iana' && t.zone.zone).toBe(zone);
    // The zone is part of the time phrase, with no space trailing after it.
    expect(t.text).toBe(t.text.trim());
  });

  it('a duration after a start time is not the end of a range: 14時から1時間ほど', () => {
    const t = one('10月8日（木）14時から1時間ほどお時間をいただけますか').time!;
    expect(t.from).toEqual({ h: 14, min: 0 });
    expect(t.to).toBeUndefined();
  });

  it.each([
    '上位プランへの一時的な切り替えもご用意しております。',
    'システムを一時停止いたします。',
    'We can add weekend on-call coverage.',
    'Support at weekends is not included.',
  ])('«%s» has no slot', (text) => {
    expect(analyzeDates(text, NOW).slots).toEqual([]);
  });

  it('"this weekend" is a day', () => {
    expect(isoDay(one('Could we meet this weekend?').date!.day)).toBe('2025-12-06');
  });
});

describe('the n-th weekday of a month', () => {
  it.each([
    ['来月第2水曜日', '2026-01-14'],
    ['1月の第2月曜日の14時', '2026-01-12'],
    ['今月最終金曜日', '2025-12-26'],
    ['3月の第5月曜日', '2026-03-30'],
    ['the second Monday of January at 10am', '2026-01-12'],
    ['the first Tuesday of next month', '2026-01-06'],
    ['the last Friday of this month', '2025-12-26'],
  ])('«%s» is %s', (text, iso) => {
    expect(isoDay(one(text).date!.day)).toBe(iso);
  });

  it('a fifth weekday the month does not have is no date', () => {
    expect(analyzeDates('2月の第5月曜日', NOW).slots.filter((s) => s.date && isoDay(s.date.day).startsWith('2026-02'))).toEqual([]);
  });
});
