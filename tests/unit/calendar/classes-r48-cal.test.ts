// Round 48 (h7ha2-039 of round 47's read held-out set): a clock written with a dot after a date and a comma ("Thursday 5
// August, 4.30 pm Sri Lanka time", "5 August, 16.30") — chrono read its hour as the year or as the day ("August, 8"), so the
// time was lost and a wrong day could be flagged. Near misses: the same in business hours in Tokyo, a year after the comma.
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();
const calendar = (body: string, now: string) =>
  engine.analyze({ body, kind: 'email', context: { recipient: 'client', firstContact: false, now } })
    .filter((f) => f.category === 'calendar').map((f) => `${f.ruleId}: ${body.slice(f.start, f.end)}`);
const en = (s: string) => `Dear Ms. Takagi,\n\nOur chief taster would like to explain the cup notes to your team.\n${s}\n\nBest regards,\nRuwan`;

describe('a clock with a dot after a date and a comma', () => {
  // 5 August 2027 is a Thursday; 16:30 in Colombo (UTC+5:30) is 20:00 in Tokyo, 8.30 pm Tokyo is after hours.
  it.each([
    ['He is available on Thursday 5 August, 4.30 pm Sri Lanka time.', 'Thursday 5 August, 4.30 pm Sri Lanka time'],
    ['Could we talk on 5 August, 16.30 Sri Lanka time?', '5 August, 16.30 Sri Lanka time'],
    ['Could we talk on Thursday 5 August, 8.30 pm?', 'Thursday 5 August, 8.30 pm'],
  ])('flags the hour in %s', (s, quote) => expect(calendar(en(s), '2027-08-02')).toEqual([`any.calendar.outside-business-hours: ${quote}`]));
  it.each([
    'Could we talk on Thursday 5 August, 10.30 am?',
    'Could we talk on Thursday 5 August, 12.30 Sri Lanka time?',
    'The contract was signed on 5 August, 2027.',
  ])('leaves %s', (s) => expect(calendar(en(s), '2027-08-02')).toEqual([]));
});

// Round 48 (h7hd-006 of round 47's read set): a first meeting's finding sits on the slot that says the most (the day and hour
// proposed), not on the first date of the mail (the trip "in early June").
describe('a first meeting is underlined on its proposed day and hour', () => {
  const first = (body: string) => engine.analyze({ body, kind: 'email', context: { recipient: 'prospect', firstContact: false, now: '2026-05-18' } })
    .filter((f) => f.ruleId === 'any.calendar.first-meeting-attendees').map((f) => body.slice(f.start, f.end));
  const mail = (team: string) => `Dear Ms. Okamoto,\n\nIt was a pleasure to meet you at our booth at Interior Lifestyle Tokyo.\n${team} will be in Japan in early June and would be glad to show you a few pieces in person.\nWould it be possible for us to visit your Osaka office on Tuesday 9 June at 14:00 for about one hour?\n\nKind regards,\nJan`;
  it('flags the slot, not the trip', () => expect(first(mail('Our team'))).toEqual(['Tuesday 9 June at 14:00']));
  it('leaves a mail that names who comes', () => expect(first(mail('Our export manager, Petr Novak, and I'))).toEqual([]));
});

// Round 48 (dev set y8ya-050): a second day joined by と after a full date (9月8日（水）と9日（木）) is in the first date's month.
describe('a day joined by と takes the month of the date before it', () => {
  const ja = (s: string) => `株式会社海幸フーズ\n購買部 岡田様\n\nいつもお世話になっております。\n${s}\n\nよろしくお願いいたします。`;
  it('leaves the right weekday', () => expect(calendar(ja('9月8日（水）と9日（木）に東京へ伺う予定です。'), '2027-08-02')).toEqual([]));
  it('flags a wrong one', () => expect(calendar(ja('9月8日（水）と9日（金）に東京へ伺う予定です。'), '2027-08-02')).toEqual(['any.calendar.weekday-mismatch: 9日（金）']));
});

// Round 48, after the held-out end score (h8hd-004, read): a place's clock with its offset after it in one bracket
// ("15:00–16:00 (Morocco time, GMT+1)") is the place's zone: 15:00 in Morocco in November is 23:00 in Tokyo.
describe('a place and its offset in one bracket', () => {
  const block = (time: string) => `I would like to invite you to a short online meeting.\n\nDate: Thursday 26 November 2026\nTime: ${time}\nPlatform: Google Meet\nFrom our side: Fatima Zahra (export manager)`;
  it('flags the hour', () => expect(calendar(block('15:00–16:00 (Morocco time, GMT+1)'), '2026-11-02')).toEqual(['any.calendar.outside-business-hours: 15:00–16:00 (Morocco time, GMT+1)']));
  it('leaves a morning', () => expect(calendar(block('09:00–10:00 (Morocco time, GMT+1)'), '2026-11-02')).toEqual([]));
});
