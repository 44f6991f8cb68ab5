// Round 43: the calendar classes the fresh set VA–VF showed unread, with their near misses:
// - a country whose IANA zones keep one clock named as the clock ("Cyprus time", アルゼンチン時間): world-cities.json;
// - an invitation's date and clock set apart by a middle dot, a bullet or a dash ("Mon 22/03 · 10:00–10:30 JST"): one slot;
// - a second day offered as "also possible for us" / "would also work for us": a proposal, read like "could we";
// - 日にち：/ 日付： as the label of the meeting's date line;
// - in Japanese, the meeting on Tokyo's clock said again on the writer's, a place in topic and a copula after it
//   (「※カラカスでは14日（水）21:00となります」, 「（ベネズエラは22日の22時です）」): judged once, on the Tokyo half.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { RULES } from '../../../src/rules';

const engine = new Engine({ rules: RULES });
const calendar = (body: string, now: string, kind: 'email' | 'meeting-invite' = 'email') =>
  engine.analyze({ body, kind, context: { recipient: 'client', firstContact: false, now } })
    .filter((f) => f.category === 'calendar').map((f) => `${f.ruleId}: ${body.slice(f.start, f.end)}`);
const en = (s: string) => `Dear Mr. Sasaki,\n\n${s}\nFrom our side: Eleni Christodoulou and Andreas Pavlou.\n\nBest regards,\nEleni`;

describe('a country with one clock', () => {
  it.each([
    ['Could we have a call on Thursday 5 March at 11:30 Cyprus time?', '2026-02-24', 'outside-business-hours'],
    ['Could we have a call on Tuesday 9 June at 14:00 Argentina time?', '2026-06-01', 'outside-business-hours'],
    ['Could we have a call on Tuesday 9 June at 7:00 Mongolia time?', '2026-06-01', 'outside-business-hours'],
  ])('flagged: %s', (s, now, rule) => expect(calendar(en(s), now).join('\n')).toContain(`any.calendar.${rule}`));
  it.each([
    ['Could we have a call on Thursday 5 March at 09:30 Cyprus time?', '2026-02-24'],
    ['Could we have a call on Tuesday 9 June at 21:30 Argentina time?', '2026-06-01'],
  ])('clean: %s', (s, now) => expect(calendar(en(s), now)).toEqual([]));
});

describe('a date and its clock set apart by a dot or a dash', () => {
  const invite = (line: string) => `Cocoa allocation 2027\n${line}\nZoom\n\nDear Takayama-san,\nWe would like to agree your allocation with you.\n\nBest regards,\nAndreína`;
  it.each([
    'Mon 22/03 · 10:00–10:30 JST',
    'Mon 22 March • 10:00 JST',
    'Monday 22 March – 10:00–10:30 JST',
  ])('flagged: %s', (line) => expect(calendar(invite(line), '2027-03-16', 'meeting-invite').join('\n')).toContain('any.calendar.meeting-on-holiday'));
  it('clean: a working day', () => expect(calendar(invite('Tue 23/03 · 10:00–10:30 JST'), '2027-03-16', 'meeting-invite')).toEqual([]));
});

describe('a second day offered as possible for us', () => {
  it.each([
    'Would Tuesday 27 April suit you? Otherwise Wednesday 5 May in the afternoon is also possible for us.',
    'Would Tuesday 27 April suit you? Thursday 29 April at 10:00 would also work for us.',
  ])('flagged: %s', (s) => expect(calendar(en(s), '2027-04-12').join('\n')).toContain('any.calendar.meeting-on-holiday'));
  it.each([
    'Would Tuesday 27 April suit you? Wednesday 5 May is not possible for us, as it is a holiday in Japan.',
    'Delivery on Wednesday 5 May is possible for us.',
  ])('clean: %s', (s) => expect(calendar(en(s), '2027-04-12').filter((f) => f.includes('meeting-on-holiday'))).toEqual([]));
});

describe('日にち as the date line\'s label', () => {
  const ja = (date: string) => `森本様\n\n来年の価格について、オンラインでお打ち合わせをお願いいたします。\n\n日にち：${date}\n時間：11時から12時まで\n出席：ホセ・ロハス\n\nよろしくお願いいたします。`;
  it('flagged: a holiday', () => expect(calendar(ja('11月23日（火）'), '2027-11-10', 'meeting-invite')).toEqual(['any.calendar.meeting-on-holiday: 11月23日（火）']));
  it('clean: a working day', () => expect(calendar(ja('11月24日（水）'), '2027-11-10', 'meeting-invite')).toEqual([]));
});

describe('the Tokyo time said again on the writer\'s clock, in Japanese', () => {
  const invite = (lines: string) => `森本様\n\n下記のとおりオンライン会議をお願い申し上げます。\n\n${lines}\n■弊社出席者：ホセ・ロハス、アンドレイナ・マルケス\n\n何卒よろしくお願い申し上げます。`;
  it.each([
    ['■日時：2026年10月15日（木）10:00〜11:00（日本時間）\n　※カラカスでは14日（水）21:00となりますが、当方は問題ございません。', '2026-09-30'],
    ['日にち：11月24日（水）\n時間：日本の11時から12時まで（ベネズエラは23日の22時です）', '2027-11-10'],
    ['■日時：2026年10月15日（木）10:00〜11:00（日本時間）\n　※現地時間では14日（水）21:00となります。', '2026-09-30'],
  ])('clean: %s', (lines, now) => expect(calendar(invite(lines), now, 'meeting-invite')).toEqual([]));
  it.each([
    ['■日時：2026年10月15日（木）21:00〜22:00\n　※カラカスでは15日（木）8:00となります。', '2026-09-30', 'outside-business-hours'],
    ['■日時：2026年10月15日（木）10:00〜11:00\n　※大阪では15日（木）21:00となります。', '2026-09-30', 'outside-business-hours'],
  ])('flagged: %s', (lines, now, rule) => expect(calendar(invite(lines), now, 'meeting-invite').join('\n')).toContain(`any.calendar.${rule}`));
});
