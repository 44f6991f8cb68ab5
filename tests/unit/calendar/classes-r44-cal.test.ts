// Round 44: the calendar classes the fresh set OA–OF showed unread, with their near misses:
// - an invitation block's day on one line and its labelled time on the next ("Date: Friday, March 13, 2026" over
//   "Time: 20:00–20:45 Panama time"): the day is judged at the time below it — 8 pm Friday in Panama is Saturday in Tokyo;
// - a bracket opened by a place and a colon ("(Santo Domingo: Wed 23 Sep, 9:00–10:00 pm)") is on that place's clock.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { RULES } from '../../../src/rules';

const engine = new Engine({ rules: RULES });
const calendar = (body: string, now: string) =>
  engine.analyze({ body, kind: 'meeting-invite', context: { recipient: 'client', firstContact: false, now } })
    .filter((f) => f.category === 'calendar').map((f) => `${f.ruleId}: ${body.slice(f.start, f.end)}`);
const block = (day: string, time: string) =>
  `Date: ${day}\nTime: ${time}\nParticipants: Ms. Noriko Hase; Javier Quintero\n\nDear Ms. Hase,\n\nWe would like to go through the new annual rates.\n\nBest regards,\nJavier`;

describe('a day over its labelled time line', () => {
  it.each([
    ['Friday, March 13, 2026', '20:00–20:45 Panama time (EST, UTC-5)', 'meeting-on-weekend: Friday, March 13, 2026'],
    ['Wednesday, April 28, 2027', '19:00 Panama time', 'meeting-on-holiday: Wednesday, April 28, 2027'],
  ])('flagged: %s / %s', (day, time, found) => expect(calendar(block(day, time), '2026-03-02')).toContain(`any.calendar.${found}`));
  it.each([
    ['Thursday, March 12, 2026', '20:00–20:45 Panama time (EST, UTC-5)'],
    ['Friday, March 13, 2026', '10:00–10:45 JST'],
  ])('clean: %s / %s', (day, time) => expect(calendar(block(day, time), '2026-03-02')).toEqual([]));
  it('a time line that is not the next line borrows no day', () =>
    expect(calendar('Date: Friday, March 13, 2026\n\nWe will send the agenda.\nTime: 20:00 Panama time', '2026-03-02')
      .filter((f) => f.includes('weekend'))).toEqual([]));
});

describe('a bracket opened by a place and a colon', () => {
  const invite = (restated: string) =>
    `小野寺様\n\nいつもお世話になっております。\n\n■日時：9月24日（木）10:00〜11:00（日本時間）\n ${restated}\n■出席：小野寺様／María Fernanda Rosario\n\nよろしくお願いいたします。`;
  it('the writer\'s clock restated under the Tokyo time is no holiday in Tokyo', () =>
    expect(calendar(invite('(Santo Domingo: Wed 23 Sep, 9:00–10:00 pm)'), '2026-09-10')).toEqual([]));
  it('a label that names no clock changes nothing', () =>
    expect(calendar(invite('(Note: Wed 23 Sep, 10:00)'), '2026-09-10').join('\n')).toContain('meeting-on-holiday'));
});

describe('a meeting named by what it reviews, with the reader\'s team named by its function', () => {
  const mail = (s: string) => `Dear Mr. Kudo,\n\n${s}\n\nBest regards,\nMatthew Borg`;
  it.each([
    'I know this is close to the holidays, but our release team would like a short go/no-go review with your operations team on Wednesday 30 December at 10:00 JST.',
    'We would like a call with your sales team on Wednesday 30 December.',
  ])('flagged: %s', (s) => expect(calendar(mail(s), '2026-12-02').join('\n')).toContain('meeting-on-holiday'));
  it.each([
    'The new routing rules go live on Wednesday 30 December.',
    'The release is planned for Wednesday 30 December.',
  ])('clean: %s', (s) => expect(calendar(mail(s), '2026-12-02')).toEqual([]));
});

describe('sending the invitations is no other event', () => {
  const mail = (s: string) => `Dear Mr. Hirano,\n\n${s}\n\nBest regards,\nOlena Melnyk`;
  it('a slot offered with "we will send the invitations" after it is still judged', () =>
    expect(calendar(mail('Our trainers are available any day next week between 13:00 and 15:00 Kyiv time — please choose the days that fit your team and we will send the invitations.'), '2026-10-14').join('\n'))
      .toContain('outside-business-hours'));
  it('goods sent at a time are no meeting', () =>
    expect(calendar(mail('We will send the samples on Tuesday 13 October at 20:00 Kyiv time.'), '2026-10-14')).toEqual([]));
});

describe('a surname the generator filed as a given name', () => {
  it('"Dear Ms. Takami" (高見) is a title on a surname', () =>
    expect(engine.analyze({ body: 'Dear Ms. Takami,\n\nThank you for the order.\n\nBest regards,\nDesislava', kind: 'email', context: { recipient: 'client', firstContact: false, now: '2027-01-26' } })
      .filter((f) => f.category === 'honorific')).toEqual([]));
});
