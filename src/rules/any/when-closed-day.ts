import { defineRule } from '../../engine/rule';
import { closedReason, nearestWorkingDays } from './calendar/closed-days';
import { addDays, parseIsoDay, serial } from './calendar/day';
import { dayEn, dayJa, moveSuggestions, reasonEn, reasonJa } from './calendar/describe';
import { convert, readWhen, writeWhen } from './when/when-text';

/**
 * An invitation whose date fields fall on a day Japanese companies are closed: a public holiday, Golden
 * Week, Obon, the year-end closure or a weekend, on the Tokyo date of the start. Reads the `when` field the
 * calendar editors fill; the whole field is flagged and each suggestion is the same slot on a working day.
 */
export default defineRule({
  id: 'any.calendar.when-closed-day',
  lang: 'any',
  category: 'calendar',
  severity: 'warning',
  fields: ['when'],
  title: { en: 'Invitation on a day Japanese companies are closed', ja: '休業日の会議招待' },
  rationale: {
    en: 'An invitation goes straight into the client’s calendar. Japanese companies close on public holidays, weekends, in Golden Week, at Obon and from December 29 to January 3; an invitation on such a day shows the sender does not know the client’s calendar and makes them decline it politely.',
    ja: '会議招待は先方の予定表に直接入ります。日本企業は祝日・土日・ゴールデンウィーク・お盆・年末年始に休業するため、休業日の招待は相手の暦を知らない印象を与え、丁寧に辞退する手間をかけさせます。',
  },
  examples: {
    valid: [
      { text: '2026-05-07T14:00/2026-05-07T15:00 Asia/Tokyo', kind: 'meeting-invite' },
      { text: '2026-03-19/2026-03-20', kind: 'meeting-invite' },
      // Sunday evening in Los Angeles is Monday morning in Tokyo.
      { text: '2026-05-10T18:00/2026-05-10T19:00 America/Los_Angeles', kind: 'meeting-invite' },
    ],
    invalid: [
      {
        text: '2026-05-04T14:00/2026-05-04T15:00 Asia/Tokyo',
        kind: 'meeting-invite',
        flagged: '2026-05-04T14:00/2026-05-04T15:00 Asia/Tokyo',
        outputs: ['2026-04-28T14:00/2026-04-28T15:00 Asia/Tokyo', '2026-05-07T14:00/2026-05-07T15:00 Asia/Tokyo'],
      },
      {
        text: '2026-03-21/2026-03-22',
        kind: 'meeting-invite',
        flagged: '2026-03-21/2026-03-22',
        outputs: ['2026-03-19/2026-03-20', '2026-03-23/2026-03-24'],
      },
    ],
  },
  document(ctx) {
    const w = readWhen(ctx.text.trim());
    if (!w) return;
    const tokyo = ctx.policy.meetings.timeZone;
    const start = w.timed ? convert(w.start, w.zone, tokyo) : w.start;
    const reason = closedReason(start.day);
    if (!reason) return;
    const shift = (n: number) => writeWhen({ ...w, start: { ...w.start, day: addDays(w.start.day, n) }, end: { ...w.end, day: addDays(w.end.day, n) } });
    const days = nearestWorkingDays(start.day, parseIsoDay(ctx.today));
    ctx.report({
      start: 0,
      end: ctx.text.length,
      message: `${dayEn(start.day)} is ${reasonEn(reason)}. Invite the client on a working day.`,
      messageJa: `${dayJa(start.day)}は${reasonJa(reason)}。営業日にご招待ください。`,
      suggestions: moveSuggestions(days, (d) => shift(serial(d) - serial(start.day))),
    });
  },
});
