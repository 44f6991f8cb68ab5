// Round 46 (HB of the held-out set, read after its end score): a bare weekday joined to a relative one (来週の火曜日か水曜日,
// "next Tuesday or Wednesday") is in the same week, not the coming one of its name; 寄る is a verb of visiting (工場に寄らせて
// いただいても); a Japanese zone name before its abbreviation in one bracket (（中央ヨーロッパ夏時間 CEST）) names the clock.
// Near misses: a weekday alone is the coming one; 寄る with no premise of theirs (コンビニに寄ります) visits nobody; Japan's own
// clock in the bracket keeps the hour as written.
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';

// The Japanese tokenizer is loaded: 寄る is read from kuromoji's tokens.
const engine = nodeEngine();
const calendar = (body: string, now: string, recipient: 'client' | 'prospect' = 'client') =>
  engine.analyze({ body, kind: 'email', context: { recipient, firstContact: false, now } })
    .filter((f) => f.category === 'calendar').map((f) => `${f.ruleId}: ${body.slice(f.start, f.end)}`);
const ja = (s: string) => `森川様\n\nいつもお世話になっております。\n${s}\n\nよろしくお願いいたします。\nバウマン`;
const en = (s: string) => `Dear Mr. Morikawa,\n\n${s}\n\nBest regards,\nFelix`;

describe('a weekday joined to a relative one is in its week', () => {
  // 2026-02-02 is a Monday: next week's Wednesday is 11 February, 建国記念の日.
  it.each([
    [ja('来週の火曜日か水曜日に、貴社を訪問してもよろしいでしょうか。'), '水曜日'],
    [ja('来週の月曜日と水曜日に、貴社へお伺いしてもよろしいでしょうか。'), '水曜日'],
    [en('Could I visit your office next Tuesday or Wednesday?'), 'Wednesday'],
  ])('flags the holiday in %s', (body, day) => expect(calendar(body, '2026-02-02').join('\n')).toContain(`any.calendar.meeting-on-holiday: ${day}`));
  it.each([
    ja('水曜日に、貴社を訪問してもよろしいでしょうか。'),
    en('Could I visit your office on Tuesday or Wednesday?'),
  ])('leaves the coming weekday: %s', (body) => expect(calendar(body, '2026-02-02')).toEqual([]));
});

describe('寄る, a visit', () => {
  it('flags a Saturday visit to their plant', () =>
    expect(calendar(ja('今週の土曜、工場に寄らせていただいてもよろしいでしょうか。'), '2026-07-14').join('\n')).toContain('any.calendar.meeting-on-weekend'));
  it('leaves a stop on the way home', () => expect(calendar(ja('帰りにコンビニに寄ります。土曜日は休みです。'), '2026-07-14')).toEqual([]));
});

describe('a zone name and its abbreviation in one bracket', () => {
  const invite = (zone: string) => ja(`以下のとおりオンライン説明会をご提案いたします。\n\n日時：2026年6月9日（火）16:00〜17:00${zone}\n形式：Microsoft Teams\n出席者：Maier、Lorenz\n\nご都合はいかがでしょうか。`);
  it('reads the hour on the named clock', () =>
    expect(calendar(invite('（中央ヨーロッパ夏時間 CEST）'), '2026-05-26', 'prospect').join('\n')).toContain('any.calendar.outside-business-hours'));
  it('keeps the hour on Japan\'s clock', () =>
    expect(calendar(invite('（日本時間）'), '2026-05-26', 'prospect').join('\n')).not.toContain('any.calendar.outside-business-hours'));
});
