// Round 26 (calendar): phrasings the date parser misread or the proposal reading dropped, fixed by class.
// - A weekday counted a week or two on ("the Monday after next", "Monday week", "a week on Monday") or named inside a
//   week ("next week on Tuesday", "the week after next, on Tuesday"): chrono read the weekday alone, a week early.
// - A fullwidth clock opening a sentence or a line (「１９時から」「１０：００〜」): chrono's Japanese boundary (\W|^)
//   took the first digit as the boundary and read 9時 / 0:00.
// - A day of the month with its weekday after の or 、 (「21日の月曜日」): read as the weekday alone, the writer's day lost.
// - 「ベトナム時間の18時（日本時間20時）」: the Tokyo half in brackets after a clock was taken for the gloss of a noun.
// - 現地時間 in a call from an office abroad named in the signature (「テスト商事 ロンドン支店」): the writer's clock.
// - A bare ordinal asked about ("Would the 22nd work?", "How about the 22nd?").
import { describe, expect, it } from 'vitest';
import { analyzeDates } from '../../../src/engine/analysis/dates';
import { isoDay } from '../../../src/engine/analysis/dates-day';
import { run } from './case-table';

const slots = (text: string, now: string) => analyzeDates(text, now).slots;

describe('a weekday counted a week on, or named inside a week (written Wednesday 8 July 2026)', () => {
  const now = '2026-07-08';
  it.each([
    ['the Monday after next', '2026-07-20'],
    ['Monday week', '2026-07-20'],
    ['a week on Monday', '2026-07-20'],
    ['a week from Monday', '2026-07-20'],
    ['two weeks from Friday', '2026-07-24'],
    ['next week on Thursday', '2026-07-16'],
    ['next week, say Thursday at 10am', '2026-07-16'],
    ['the week after next, on Tuesday', '2026-07-21'],
    ['this week Friday', '2026-07-10'],
    ['next week Weds at 3pm JST', '2026-07-15'],
  ])('«%s» is %s', (text, iso) => {
    const s = slots(text, now);
    expect(s).toHaveLength(1);
    expect(isoDay(s[0]!.date!.day)).toBe(iso);
    expect(s[0]!.date!.vague).toBe(false);
  });

  it('a date written after the weekday stays the day: "next week, on Tuesday, November 3"', () => {
    const s = slots('Could we meet next week, on Tuesday, November 3 at 10:00?', '2026-10-26').filter((x) => !x.date?.vague);
    expect(s.map((x) => isoDay(x.date!.day))).toEqual(['2026-11-03']);
  });

  it('"every Monday week" and "Monday weekly" are no day a week on', () => {
    for (const text of ['every Monday week', 'our Monday weekly call']) {
      expect(slots(text, now).map((x) => isoDay(x.date!.day))).not.toContain('2026-07-20');
    }
  });
});

describe('a fullwidth clock opening the text is read whole', () => {
  it.each([
    ['１９時から', 19, 0],
    ['１０時から', 10, 0],
    ['１２：００〜１３：００', 12, 0],
    ['１８時半', 18, 30],
  ])('«%s» is %i:%i', (text, h, min) => {
    const s = slots(text, '2026-07-08');
    expect(s).toHaveLength(1);
    expect(s[0]!.time!.from).toEqual({ h, min });
    expect(text.slice(s[0]!.time!.start, s[0]!.time!.end)).toMatch(/^[０-９]{2}/);
  });
});

describe('a day with its weekday after の or 、 keeps the writer\'s weekday', () => {
  it.each([
    ['20日の月曜日', '2026-07-20', 1],
    ['21日の月曜日', '2026-07-21', 1],
    ['20日、月曜の10時', '2026-07-20', 1],
  ])('«%s» is %s, stated weekday %i', (text, iso, wd) => {
    const s = slots(text, '2026-07-08');
    expect(s).toHaveLength(1);
    expect(isoDay(s[0]!.date!.day)).toBe(iso);
    expect(s[0]!.date!.statedWeekday).toBe(wd);
  });
});

describe('an ordinal asked about is a day; one that names an option is not', () => {
  it('reads "Would the 22nd work" and "How about the 22nd?"', () => {
    for (const text of ['Would the 22nd work for a visit?', 'How about the 22nd?', 'Does the 22nd or 23rd suit you?']) {
      expect(slots(text, '2026-09-01').map((x) => isoDay(x.date!.day))[0]).toBe('2026-09-22');
    }
  });
  it('leaves "Would the 2nd or 3rd option work better?" and "What about the 3rd quarter?" alone', () => {
    expect(slots('Would the 2nd or 3rd option work better?', '2026-09-01')).toEqual([]);
    expect(slots('What about the 3rd quarter?', '2026-09-01')).toEqual([]);
  });
});

describe('the rules on these phrasings', () => {
  const sign = '\n\n山田 太郎\nテスト商事 ロンドン支店';
  run([
    // Marine Day, Monday 20 July 2026.
    { now: '2026-07-08', body: 'Could we meet the Monday after next at 10am JST?', expect: [['meeting-on-holiday', 'the Monday after next']] },
    { now: '2026-07-08', body: 'Could we have a call Monday week, at 10am JST?', expect: [['meeting-on-holiday', 'Monday week']] },
    { now: '2026-07-08', body: 'I could visit your plant a week on Monday, if convenient.', expect: [['meeting-on-holiday', 'a week on Monday']] },
    // Culture Day, Tuesday 3 November 2026; the Wednesday after it is a working day.
    { now: '2026-10-26', body: 'Could we have a call next week on Tuesday at 10am JST?', expect: [['meeting-on-holiday', 'next week on Tuesday']] },
    { now: '2026-10-26', body: 'Could we have a call next week on Wednesday at 10am JST?', expect: [] },
    { now: '2026-09-09', body: 'Shall we meet the week after next, on Tuesday, at your office?', expect: [['meeting-on-holiday', 'the week after next, on Tuesday']] },
    // A delivery next week (Monday 20 July, Marine Day) is no meeting.
    { now: '2026-07-15', body: 'Please note that we will ship the parts next week on Monday.', expect: [] },
    { now: '2026-07-08', body: '１９時からお打ち合わせはいかがでしょうか。', expect: [['outside-business-hours', '１９時']] },
    // Read as 0時 before: a false alarm on a morning meeting.
    { now: '2026-07-08', body: '１０時からお打ち合わせはいかがでしょうか。', expect: [] },
    { now: '2026-07-08', body: '下記の時間でWeb会議をお願いできますでしょうか。\n７月１４日（火）\n１８：３０〜１９：３０', expect: [['outside-business-hours', '１８：３０〜１９：３０']] },
    { now: '2026-07-08', body: '下記の時間でWeb会議をお願いできますでしょうか。\n７月１４日（火）\n１０：００〜１１：００', expect: [] },
    { now: '2026-07-08', body: '21日の月曜日にお伺いしてもよろしいでしょうか。', expect: [['weekday-mismatch', '21日の月曜日']] },
    { now: '2026-07-08', body: '20日の月曜日にお伺いしてもよろしいでしょうか。', expect: [['meeting-on-holiday', '20日の月曜日']] },
    { now: '2026-07-08', body: '22日の水曜日にお伺いしてもよろしいでしょうか。', expect: [] },
    { now: '2027-03-29', body: 'オンライン会議ですが、ベトナム時間の18時（日本時間20時）からお願いできますでしょうか。', expect: [['outside-business-hours', '日本時間20時']] },
    { now: '2027-03-29', body: 'オンライン会議ですが、ベトナム時間の8時（日本時間10時）からお願いできますでしょうか。', expect: [] },
    // 11:30 in London is 19:30 in Tokyo; 9:00 is 17:00.
    { now: '2026-06-01', body: `6月10日（水）の現地時間11時半から、オンラインでご説明させていただけますでしょうか。${sign}`, expect: [['outside-business-hours', '現地時間11時半']] },
    { now: '2026-06-01', body: `6月10日（水）の現地時間9時から、オンラインでご説明させていただけますでしょうか。${sign}`, expect: [] },
    // A visit at the client's: 現地 is where the client is.
    { now: '2026-06-01', body: '6月10日（水）の現地時間10時に、貴社工場へお伺いいたします。', expect: [] },
    // 中部支店 is a Japanese region's office (Chubu), not US Central time.
    { now: '2026-06-01', body: '6月10日（水）10時から、オンラインでご説明させていただけますでしょうか。\n\n山田 太郎\nテスト商事 中部支店', expect: [] },
    { now: '2026-09-01', body: 'Would the 22nd work for a visit to your Nagoya office?', expect: [['meeting-on-holiday', 'the 22nd']] },
    { now: '2026-09-01', body: 'How about the 24th for a visit to your Nagoya office?', expect: [] },
    { now: '2026-09-01', body: 'Would the 2nd or 3rd option work better for your team?', expect: [] },
  ]);
});
