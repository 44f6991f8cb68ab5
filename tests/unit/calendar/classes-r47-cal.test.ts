// Round 47 (za2-003 of an older read corpus): a slot line labelled "Date/Time:" or "Date & Time:" under a call proposed is
// the meeting's date, as "Date:" and "When:" are. Near miss: the same line on a working day.
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();
const calendar = (body: string, now: string) =>
  engine.analyze({ body, kind: 'email', context: { recipient: 'client', firstContact: false, now } })
    .filter((f) => f.category === 'calendar').map((f) => `${f.ruleId}: ${body.slice(f.start, f.end)}`);
const en = (s: string) => `Dear Mr. Nakagawa,\n\nWe would like to have a call on the 2026 crop contract.\n\n${s}\nPlatform: Microsoft Teams\n\nBest regards,\nElif`;

describe('a slot line labelled Date/Time', () => {
  // 29 April 2026 (a Wednesday) is 昭和の日.
  it.each([
    en('Date/Time: 29 April (Wed) 10:00 Istanbul / 16:00 Tokyo'),
    en('Date & Time: 29 April (Wed) 16:00'),
    en('Date and time: 29 April (Wed) 16:00'),
  ])('flags the holiday in %s', (body) => expect(calendar(body, '2026-04-20').join('\n')).toContain('any.calendar.meeting-on-holiday: 29 April (Wed)'));
  it('leaves a working day', () => expect(calendar(en('Date/Time: 28 April (Tue) 10:00 Istanbul / 16:00 Tokyo'), '2026-04-20')).toEqual([]));
});

// Round 47 (h6hd-054, ud-003 of the older read corpora): who attends listed as a roster line, a side's name and its people
// with their posts. Near miss: a venue's line with a bracket names no one.
describe('a roster line says who attends a first meeting', () => {
  const firstMeeting = (line: string) => engine.analyze({
    body: `Dear Mr. Hoshino,\n\nHere is our proposal for a first meeting:\n\n- Wednesday, 15 July 2026, 11:00–12:00\n- ${line}\n\nBest regards,\nAgnieszka`,
    kind: 'meeting-invite',
    context: { recipient: 'prospect', firstContact: false, now: '2026-06-29' },
  }).filter((f) => f.ruleId === 'any.calendar.first-meeting-attendees');
  it.each([
    'Lipowa Furniture: Agnieszka Nowak (Export Manager), Kaori Okada (our agent in Japan)',
    'Quillmetric: Megan Cho (Account Executive), Tyler Brooks (Solutions Engineer)',
  ])('names them: %s', (line) => expect(firstMeeting(line)).toEqual([]));
  it('a venue names no one', () => expect(firstMeeting('Venue: Hotel Okura Tokyo (Main Lobby)')).toHaveLength(1));
});
