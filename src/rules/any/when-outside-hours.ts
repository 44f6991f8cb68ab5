import { defineRule } from '../../engine/rule';
import { addMinutes, clockText, convert, minutesBetween, readWhen, writeWhen, type Clock } from './when/when-text';

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * An invitation whose time, converted to Tokyo time (the policy's meetings.timeZone), starts before or ends
 * after Japanese business hours (meetings.businessHours, 9:00–18:00 by default). Reads the `when` field the
 * calendar editors fill; each suggestion is the same day and length in business hours, in the invitation's
 * own time zone.
 */
export default defineRule({
  id: 'any.calendar.when-outside-hours',
  lang: 'any',
  category: 'calendar',
  severity: 'warning',
  fields: ['when'],
  title: { en: 'Invitation outside Japanese business hours', ja: '営業時間外の会議招待' },
  rationale: {
    en: 'Japanese clients expect meetings inside business hours (9:00–18:00 Tokyo time unless agreed). An invitation in the evening or early morning in Tokyo — often a slot that looked fine in the sender’s own time zone — asks the client to stay late or decline.',
    ja: '日本の取引先は、特に合意がない限り営業時間内（東京時間9時〜18時）の打ち合わせを前提としています。東京の夜間や早朝の招待（送り手の時間帯では自然に見える枠も多い）は、残業か辞退を相手に強いることになります。',
  },
  examples: {
    valid: [
      { text: '2026-06-11T14:00/2026-06-11T15:00 Asia/Tokyo', kind: 'meeting-invite' },
      { text: '2026-06-11T09:00/2026-06-11T18:00 Asia/Tokyo', kind: 'meeting-invite' },
      // 5pm in Los Angeles (summer) is 9am the next day in Tokyo.
      { text: '2026-06-10T17:00/2026-06-10T18:00 America/Los_Angeles', kind: 'meeting-invite' },
      { text: '2026-06-11/2026-06-12', kind: 'meeting-invite' },
    ],
    invalid: [
      {
        text: '2026-06-11T20:00/2026-06-11T21:00 Asia/Tokyo',
        kind: 'meeting-invite',
        flagged: '2026-06-11T20:00/2026-06-11T21:00 Asia/Tokyo',
        outputs: ['2026-06-11T10:00/2026-06-11T11:00 Asia/Tokyo', '2026-06-11T14:00/2026-06-11T15:00 Asia/Tokyo'],
      },
      {
        text: '2026-06-11T10:00/2026-06-11T11:00 Europe/London',
        kind: 'meeting-invite',
        flagged: '2026-06-11T10:00/2026-06-11T11:00 Europe/London',
        outputs: ['2026-06-11T02:00/2026-06-11T03:00 Europe/London', '2026-06-11T06:00/2026-06-11T07:00 Europe/London'],
      },
    ],
  },
  document(ctx) {
    const w = readWhen(ctx.text.trim());
    if (!w || !w.timed) return;
    const { timeZone: tokyo, businessHours } = ctx.policy.meetings;
    const open = minutesOf(businessHours.start);
    const close = minutesOf(businessHours.end);
    const start = convert(w.start, w.zone, tokyo);
    const end = convert(w.end, w.zone, tokyo);
    const length = minutesBetween(w.start, w.end);
    const sameDay = start.day.y === end.day.y && start.day.m === end.day.m && start.day.d === end.day.d;
    const endMinutes = sameDay ? end.minutes : 24 * 60;
    if (start.minutes >= open && endMinutes <= close && length >= 0) return;
    // The same Tokyo day, one hour after opening and at 14:00, if the meeting fits before closing.
    const slots: Clock[] = [open + 60, 14 * 60]
      .filter((m, i, all) => all.indexOf(m) === i && m + length <= close)
      .map((m) => ({ day: start.day, minutes: m }));
    const back = (c: Clock) => (w.zone ? convert(c, tokyo, w.zone) : c);
    const tokyoText = `${clockText(start.minutes)}–${clockText(end.minutes)}`;
    ctx.report({
      start: 0,
      end: ctx.text.length,
      message: `This invitation is at ${tokyoText} Tokyo time, outside Japanese business hours (${businessHours.start}–${businessHours.end}). Propose a slot in business hours.`,
      messageJa: `この招待は東京時間で${tokyoText}となり、営業時間（${businessHours.start}〜${businessHours.end}）外です。営業時間内の枠をご提案ください。`,
      suggestions: slots.map((slot) => {
        const s = back(slot);
        return {
          text: writeWhen({ ...w, start: s, end: addMinutes(s, length) }),
          label: `Move to ${clockText(slot.minutes)} Tokyo time`,
          labelJa: `東京時間${clockText(slot.minutes)}に変更`,
        };
      }),
    });
  },
});
