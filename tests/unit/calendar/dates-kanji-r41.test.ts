// Round 41: a date in kanji numerals with its weekday in brackets, then an hour in kanji numerals (十一月三日（火）午後二時):
// one slot with the date and the time, as the same date in digits reads — the date was lost when the time was kanji.
// Resolved against Tuesday 20 October 2026.
import { describe, expect, it } from 'vitest';
import { analyzeDates } from '../../../src/engine/analysis/dates';
import { isoDay } from '../../../src/engine/analysis/dates-day';

const NOW = '2026-10-20';

describe('a kanji date with a kanji hour', () => {
  it.each([
    ['十一月三日（火）午後二時にお伺いします', '2026-11-03', 2, 14],
    ['十一月二十日（金）の十時からお願いいたします', '2026-11-20', 5, 10],
    ['十二月一日（火）午前十時半に伺います', '2026-12-01', 2, 10],
    ['11月3日（火）午後二時にお伺いします', '2026-11-03', 2, 14],
  ])('«%s»: %s, weekday %s, %s h', (text, iso, wd, h) => {
    const { slots } = analyzeDates(text, NOW);
    expect(slots).toHaveLength(1);
    const s = slots[0]!;
    expect(isoDay(s.date!.day)).toBe(iso);
    expect(s.date!.statedWeekday).toBe(wd);
    expect(s.time!.from.h).toBe(h);
  });

  it.each(['三時間の研修', '二十日目の検査'])('«%s» holds no slot', (text) => {
    expect(analyzeDates(text, NOW).slots).toEqual([]);
  });
});

// Round 41: an invitation whose start is a labelled line of the body (開始：…, Start: …), as calendar exports write it.
import { Engine } from '../../../src/engine/engine';
import { RULES } from '../../../src/rules';

const engine = new Engine({ rules: RULES });
const invite = (body: string) => engine.analyze({ body, kind: 'meeting-invite', context: { recipient: 'client', firstContact: false, now: '2027-04-12' } })
  .filter((f) => f.category === 'calendar').map((f) => f.ruleId);

describe('the start line of an invitation', () => {
  it.each([
    '開始：2027年5月4日（火）11:00\n終了：2027年5月4日（火）12:00\n\n大西様\nお世話になっております。企画についてご相談させてください。',
    'Start: Tuesday, May 4, 2027, 10:00 JST\nEnd: Tuesday, May 4, 2027, 11:00 JST\n\nDear Mr. Onishi,\nLet us review the samples together.',
  ])('flags a holiday on it: %s', (body) => expect(invite(body)).toContain('any.calendar.meeting-on-holiday'));

  it.each([
    '開始：2027年5月7日（金）11:00\n終了：2027年5月7日（金）12:00\n\n大西様\nお世話になっております。企画についてご相談させてください。',
    '契約開始：2027年5月4日\n\n大西様\nお世話になっております。契約書をお送りいたします。',
  ])('leaves a working day, or a label that is not the start: %s', (body) => expect(invite(body)).toEqual([]));
});
