// Round 42: one meeting written on two clocks, joined by "=", an arrow or a slash, with the sender's half named by a
// bare place ("21:00 Paramaribo (GMT-3)", "10:00 Tokyo"), is judged once, on the Tokyo half; a mixed-case word chrono
// took for a zone ("Mt Hagen") is the start of a place's name; a holiday the writer knows and works around by a day
// before it ("so I suggest we talk before that") is not proposed. Near misses: the Tokyo half outside business hours or
// on a holiday is still flagged, and so is a holiday conceded and asked for all the same.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { RULES } from '../../../src/rules';

const engine = new Engine({ rules: RULES });
const calendar = (body: string, now: string, kind: 'email' | 'meeting-invite' = 'meeting-invite') =>
  engine.analyze({ body, kind, context: { recipient: 'client', firstContact: false, now } })
    // The two halves joined by an arrow are no date moved either: no bad news.
    .filter((f) => f.category === 'calendar' || f.category === 'bad-news').map((f) => `${f.ruleId}: ${body.slice(f.start, f.end)}`);

const wrap = (lines: string) => `Dear Mr. Ishida,\n\nMay we review the new season's volumes by video call?\n\n${lines}\n\nAttending: Ravi Jagessar (Managing Director)\n\nKind regards,\nRavi`;

describe('one slot on two clocks, the Tokyo half judged', () => {
  it.each([
    ['Wednesday 21 January, 21:00 Paramaribo (GMT-3)\n= Thursday 22 January, 09:00 Tokyo', '2026-01-13'],
    ['Sunday 17 May, 21:00 Paramaribo time\n→ Monday 18 May, 09:00–09:45 Tokyo time', '2026-05-11'],
    ['Wednesday 14 July, 21:00 Paramaribo = Thursday 15 July, 09:00 Tokyo.', '2027-07-05'],
    ['Tuesday 9 June, 9:00 Nairobi / 15:00 Tokyo', '2026-06-03'],
    ['Sunday 14 June, 19:00 Los Angeles -> Monday 15 June, 11:00 Tokyo', '2026-06-03'],
    ['Date: Wednesday, 10 June 2026\nTime: 11:00–12:00 Mt Hagen (PNG) time / 10:00–11:00 Tokyo time', '2026-06-03'],
    ['Sunday 7 June, 19:00 Honolulu ⇒ Monday 8 June, 14:00 Tokyo', '2026-06-01'],
  ])('clean: %s', (lines, now) => expect(calendar(wrap(lines), now)).toEqual([]));

  it.each([
    ['Tuesday 3 March, 17:00 Lisbon → Wednesday 4 March, 02:00 Tokyo', '2026-02-20', 'outside-business-hours'],
    ['Monday 8 June 2026, 10:00 Dakar (GMT+0) = 19:00 Tokyo', '2026-06-03', 'outside-business-hours'],
    ['Monday 2 November, 20:00 Paramaribo = Tuesday 3 November, 08:00 Tokyo', '2026-10-26', 'meeting-on-holiday'],
    ['Friday 10 July, 08:30 Port Moresby time / 07:30 Tokyo time', '2026-07-01', 'outside-business-hours'],
  ])('flagged: %s', (lines, now, rule) => expect(calendar(wrap(lines), now).join('\n')).toContain(`any.calendar.${rule}`));
});

describe('a holiday known and worked around', () => {
  const mail = (s: string) => `Dear Mr. Ishida,\n\n${s}\n\nBest regards,\nRavi`;
  it.each([
    'I know Monday 19 July is a public holiday in Japan, so I suggest we talk before that.',
    'Monday 19 July is a holiday for you, so perhaps we could have the call a little earlier, on Friday 16 July at 10:00 Tokyo time?',
    'As Monday 19 July is Marine Day, could we speak the week before instead?',
  ])('clean: %s', (s) => expect(calendar(mail(s), '2027-07-05', 'email')).toEqual([]));

  it.each([
    'I know Monday 19 July is a public holiday in Japan, but could we still visit your warehouse that day?',
    'Could we visit your warehouse on Monday 19 July, before the August loading?',
  ])('flagged: %s', (s) => expect(calendar(mail(s), '2027-07-05', 'email').join('\n')).toContain('any.calendar.meeting-on-holiday'));

  it.each([
    ['石田様\n\n7月19日（月）は祝日と存じますので、その前の週にお打ち合わせできれば幸いです。\n\nよろしくお願いいたします。', []],
    ['石田様\n\n7月19日（月）は祝日と存じますが、その日にお打ち合わせできれば幸いです。\n\nよろしくお願いいたします。', ['any.calendar.meeting-on-holiday: 7月19日（月）']],
  ])('Japanese: %s', (body, want) => expect(calendar(body, '2027-07-05', 'email')).toEqual(want));
});

// Round 42: a capital or a trading city the IANA names leave out, in English or katakana (dictionaries/calendar/world-cities.json).
describe('a world city as the clock', () => {
  const call = (line: string) => `Dear Ms. Takahashi,\n\nMay we propose a video call ${line}?\nAttending: Nadia Ramjuttun, Kevin Ah-Sen\n\nBest regards,\nNadia`;
  const ja = (line: string) => `石田様\n\n下記の日時にオンライン会議をお願いできますでしょうか。\n\n日時：${line}\n参加者：ジャゲサー、シャンティ・モハン\n\nよろしくお願いいたします。`;
  it.each([
    [call('on Thursday 16 April at 14:00 Port Louis time'), '2026-04-06'],
    [call('on Thursday 16 April at 16:00 Dar es Salaam time'), '2026-04-06'],
    [ja('3月19日（木）10:00〜10:30（パラマリボ時間）'), '2026-03-09'],
    [ja('4月16日（木）15:00〜16:00（ワガドゥグー時間）'), '2026-04-06'],
  ])('flagged: %s', (body, now) => expect(calendar(body, now).join('\n')).toContain('any.calendar.outside-business-hours'));
  it.each([
    [call('on Thursday 16 April at 09:00 Port Louis time'), '2026-04-06'],
    [ja('3月19日（木）10:00〜10:30（日本時間）'), '2026-03-09'],
    [ja('4月16日（木）02:00〜03:00（ワガドゥグー時間）'), '2026-04-06'],
  ])('clean: %s', (body, now) => expect(calendar(body, now)).toEqual([]));
});

// Round 42: the adjective of a country with one clock names that clock ("15:00 Brazilian time").
describe('a country adjective as the clock', () => {
  const call = (t: string) => `Dear Mr. Sato,\n\nMay we have a video call on Thursday 11 June at ${t}?\nAttending: Anna Berg\n\nBest regards,\nAnna`;
  it.each(['3:00 pm South African time', '16:00 Kenyan time', '15:00 Brazilian time', '20:00 Turkish time'])(
    'flagged: %s', (t) => expect(calendar(call(t), '2026-06-01').join('\n')).toContain('any.calendar.outside-business-hours'));
  it.each(['10:00 German time', '9:00 Vietnamese time', '03:00 Brazilian time'])('clean: %s', (t) => expect(calendar(call(t), '2026-06-01')).toEqual([]));
});
