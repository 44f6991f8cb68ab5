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

// Second batch (read from the fresh set YA–YF): the two clocks joined by a bar ("09:00–10:00 Tokyo | 18:00 Tegucigalpa"),
// the writer's place opening the bracket of the restatement ("11:00 JST（Dhaka 8:00〜9:00）"), our own closure told with
// "close from … to …", a time named to keep clear of (連休中に届かないよう), and 初回 of goods (初回サンプル) as no first meeting.
describe('second batch', () => {
  it.each([
    ['Thursday 25 March 2027\n  09:00–10:00 Tokyo  |  Wednesday 24 March, 18:00–19:00 Tegucigalpa\n  Zoom', '2027-03-10', 'meeting-invite'],
    ['■ 日時 / Date & time\n5/26（火）11:00〜12:00 JST（Dhaka 8:00〜9:00）\n■ 出席者 / Attendees\n松井様、Farhana Akter', '2026-05-13', 'meeting-invite'],
    ['Our Kaunas workshop will also close from 24 December to 2 January.', '2027-12-01', 'email'],
    ['ゴールデンウィーク中は貴社がお休みと伺っておりますので、連休中に届かないよう、5月7日（金）着で手配いたします。', '2027-04-26', 'email'],
  ] as const)('clean: %s', (body, now, kind) => expect(calendar(body, now, kind)).toEqual([]));
  it.each([
    ['Thursday 25 March 2027\n  08:00–09:00 Tokyo  |  Wednesday 24 March, 17:00–18:00 Tegucigalpa\n  Zoom', '2027-03-10', 'outside-business-hours'],
    ['Could we meet between 28 December and 30 December?', '2027-12-01', 'meeting-on-holiday'],
    ['連休中にお伺いしてもよろしいでしょうか。', '2027-04-26', 'meeting-on-holiday'],
  ])('flagged: %s', (body, now, rule) => expect(calendar(body, now, body.includes('Zoom') ? 'meeting-invite' : 'email').join('\n')).toContain(`any.calendar.${rule}`));
  const first = (lead: string) => engine.analyze({
    body: `岡部様\n\n${lead}下記のとおりお打ち合わせをお願いできれば幸いです。\n\n　日時　2026年1月20日（火）10:00〜11:00\n\nよろしくお願いいたします。`,
    kind: 'meeting-invite', context: { recipient: 'client', firstContact: false, now: '2026-01-07' },
  }).filter((f) => f.ruleId === 'any.calendar.first-meeting-attendees').length;
  it('clean: 初回サンプル is no first meeting', () => expect(first('新しい収穫期の初回サンプルが揃いましたので、')).toBe(0));
  it('flagged: 初回のお打ち合わせ', () => expect(first('初回のお打ち合わせとして、')).toBe(1));
});

// Third batch: an unknown place's clock named before its offset in one bracket (（タラワ時間 UTC+12）); a discussion offered
// by Skype on a weekend.
describe('third batch', () => {
  it('flagged: the offset after an unknown place', () =>
    expect(calendar('石田様\n\n下記の日時にオンライン会議をお願いできますでしょうか。\n\n日時：10月6日（火）10:00〜10:45（タラワ時間 UTC+12）\n参加者：テアウア\n\nよろしくお願いいたします。', '2026-09-20', 'meeting-invite').join('\n')).toContain('any.calendar.outside-business-hours'));
  it('clean: the offset after an unknown place, in business hours', () =>
    expect(calendar('石田様\n\n下記の日時にオンライン会議をお願いできますでしょうか。\n\n日時：10月6日（火）13:00〜13:45（タラワ時間 UTC+12）\n参加者：テアウア\n\nよろしくお願いいたします。', '2026-09-20', 'meeting-invite')).toEqual([]));
  it('flagged: a discussion by Skype on a Saturday', () =>
    expect(calendar(en('If you want, we can discuss this by Skype on Saturday 29th at 10h Japan time.'), '2027-05-24').join('\n')).toContain('any.calendar.meeting-on-weekend'));
  it('clean: a discussion on a working day', () =>
    expect(calendar(en('If you want, we can discuss this by Skype on Friday 28th at 10h Japan time.'), '2027-05-24')).toEqual([]));
});

// After the held-out score (WA–WF, read then): a count read as a clock ("after 22 years"); the days named as the holiday
// itself (9月19日から23日までの連休明け); 初回 of a lot with its number (初回1ロット) as no first meeting.
describe('after the held-out score', () => {
  it.each([
    ['I will retire at the end of March, after 22 years with Troodos. Could you let us know a few days and times that suit you?', '2027-03-09', 'email'],
    ['西村様\n\n9月19日から23日までの連休明けで何かとお忙しい時期かと存じますが、ご相談のお時間をいただけますと幸いです。', '2026-09-10', 'email'],
    ['西村様\n\nその代わりとして、4月積みの初回1ロットに限り、75日とさせていただく案をご用意いたしました。\n来週、東京へ出張の予定がございますので、よろしければ直接ご説明に伺えればと存じます。', '2026-02-16', 'email'],
  ] as const)('clean: %s', (body, now, kind) => expect(calendar(body, now, kind)).toEqual([]));
  it.each([
    ['Could we meet at the end of March, after 20:00?', '2027-03-09', 'outside-business-hours'],
    ['9月19日から23日までの間でお打ち合わせをお願いできますでしょうか。', '2026-09-10', 'meeting-on-holiday'],
  ])('flagged: %s', (body, now, rule) => expect(calendar(body, now).join('\n')).toContain(`any.calendar.${rule}`));
});
