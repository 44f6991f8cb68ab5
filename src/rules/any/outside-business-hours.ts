import { parseIsoDay, serial } from '../../engine/analysis/dates-day';
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence } from '../../engine/types';
import type { Slot } from '../../engine/analysis/dates';
import type { ZoneRef } from '../../engine/analysis/dates-zones';
import { has, speaksOfPast } from './calendar/lexicon';
import { meetingSlots, slotsInSentence } from './calendar/meeting-dates';
import { clientTime, hoursOf, hoursProblem, nearestGoodSlots, renderSlot, renderSlotTime, sameWrittenDay, writerWall, type Hours } from './calendar/slot-time';
import { pairedMove, restatementOf } from './calendar/restatement';
import { betterWhens, parseWhen, whenHoursProblem } from './calendar/when-field';
import { mailWriterZone } from './calendar/writer-zone';

const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

function messages(problem: 'outside' | 'lunch', at: number, hours: Hours, foreign: boolean) {
  const zoneEn = hours.zone === 'Asia/Tokyo' ? 'Tokyo' : hours.zone;
  const zoneJa = hours.zone === 'Asia/Tokyo' ? '日本時間' : hours.zone;
  if (problem === 'lunch') {
    return {
      message: `This slot runs over lunch (${clock(hours.lunchFrom)}–${clock(hours.lunchTo)} ${zoneEn} time). Japanese clients usually keep lunch free; consider a slot before or after it.`,
      messageJa: `昼休み（${clock(hours.lunchFrom)}〜${clock(hours.lunchTo)}）にかかる時間帯です。前後の時間帯もご検討ください。`,
      severity: 'info' as const,
    };
  }
  const when = foreign ? ` (${clock(at)} in ${zoneEn})` : '';
  const whenJa = foreign ? `（${zoneJa}で${clock(at)}）` : '';
  return {
    message: `This time${when} is outside business hours in Japan (${clock(hours.open)}–${clock(hours.close)} ${zoneEn} time). Propose a time within the client's working day.`,
    messageJa: `この時間${whenJa}は日本の営業時間（${clock(hours.open)}〜${clock(hours.close)}）外です。先方の営業時間内の時間帯をご提案ください。`,
  };
}

function checkWhen(ctx: RuleContext, hours: Hours): void {
  const w = parseWhen(ctx.text, hours);
  const problem = w && whenHoursProblem(w, hours);
  if (!w || !problem) return;
  ctx.report({
    start: 0,
    end: ctx.text.length,
    ...messages(problem, 0, hours, false),
    suggestions: betterWhens(w, hours, parseIsoDay(ctx.today)).map((text) => ({ text, label: `Move to ${text}`, labelJa: `${text} に変更` })),
  });
}

/** A meeting time outside Japanese business hours once converted to Tokyo time; over lunch as info. */
export default defineRule({
  id: 'any.calendar.outside-business-hours',
  lang: 'any',
  category: 'calendar',
  severity: 'warning',
  fields: ['body', 'when'],
  title: { en: 'Meeting outside Japanese business hours', ja: '営業時間外の打ち合わせ' },
  rationale: {
    en: 'Japanese clients meet suppliers within their working day, 9:00–18:00 Tokyo time. A slot written in your own time zone that lands early in the morning or at night in Tokyo asks them to stay late or start early, and shows you did not check their clock.',
    ja: '日本の取引先は、通常、日本時間の9時〜18時の営業時間内に打ち合わせを行います。営業時間外や、海外の時刻で書かれて日本では早朝・深夜になる時間帯の提案は、先方に無理を強いるうえ、相手の時間を確認していない印象を与えます。',
  },
  examples: {
    valid: [
      // Round 37 (fp37): a place made the topic before a slot gives a participant's clock, not the meeting's.
      { text: '3月19日（木）15:00からお伺いいたします。ボストンは3月19日の午前2時となりますので、キムは録画で参加いたします。', context: { now: '2026-03-04' } },
      // Round 35 (fd-057): 現地時間 on the day before the meeting, the writer not placed abroad: a participant's clock elsewhere.
      { text: '11月24日（火）10時にオンラインでお打ち合わせをお願いできますでしょうか。ブラジル本社のSilvaも、現地時間の前日22時から参加いたします。' },
      { text: 'Could we have a call on Thursday, January 15 at 5pm PT (Friday 10am JST)?' },
      { text: '1月15日（木）14時〜15時にお打ち合わせをお願いできますでしょうか。' },
      { text: 'Please send the signed form by 9pm today.' },
      // A tolerance and a distance are no clocks: 23.00 −0.02 mm, at 3 m.
      { text: 'Could we meet on 12 November at 15:00 to go through the tolerance of 23.00 −0.02 mm?', context: { now: '2026-11-02' } },
      { text: 'During our visit on 11 November at 14:00 we can show the fan at 3 m from the rack.', context: { now: '2026-11-02' } },
      { text: '資料は1月15日（木）21時までにお送りいたします。' },
      { text: '定例のお打ち合わせは毎週火曜日の8時からです。' },
      { text: '1月15日（木）19時から、ささやかですが会食の席を設けさせていただければと存じます。' },
      // The writer's own clock beside a Tokyo slot: the place before the bracket is the clock's.
      { text: 'Would Thursday, January 15 at 16:00 JST work for you? I will join from Lisbon (07:00 WET).' },
      // Hours of a service longer than the client's working day, a glossed period, a list number before a date.
      { text: 'On Thursday, January 15 our hotline will be staffed from 7:00 to 20:00 JST.' },
      // Half a day or more with no meeting named: the hours our people are on duty, not a meeting.
      { text: 'Our support team is confirmed for 08:00–14:00 JST.' },
      // Round 36 (fp36): a break inside the range before it; a time something happened at.
      { text: '日時：1月15日（木）10:00〜16:00（昼休憩 12:00〜13:00）', kind: 'meeting-invite' },
      { text: 'A rule update we deployed at 22:00 JST broke your backup job, and I would like to call you this week.' },
      { text: '夜間帯（22時以降）の作業は、1月15日（木）も対象外となっております。' },
      { text: 'Option 1: 1/15 (Thu) 10:00–11:00 JST\nOption 2: 1/16 (Fri) 14:00–15:00 JST', kind: 'meeting-invite' },
      // Round 25: the writer's clock on a line of its own, labelled by its place or made the topic (では), glosses the slot above.
      { text: 'Date: Thursday, January 15, 10:00–11:30 JST\nMexico City: Wednesday, January 14, 19:00–20:30', kind: 'meeting-invite' },
      { text: '日時：1月15日（木）10:00〜11:30（日本時間）\n※メキシコ時間では1月14日（水）19:00〜20:30となります', kind: 'meeting-invite' },
    ],
    invalid: [
      {
        // A zone named in Vietnamese (from the generated table of zone names in many languages): 16:30 in Vietnam is 18:30 in Tokyo.
        text: 'Could we have a call on Thu 15 January at 16:30 (giờ Việt Nam)?',
        context: { now: '2026-01-05' },
        flagged: 'Thu 15 January at 16:30 (giờ Việt Nam)',
        outputs: [
          'Could we have a call on Thu 15 January at 15:00 (giờ Việt Nam) (Thu 5:00pm JST)?',
          'Could we have a call on Fri 16 January at 7:00 (giờ Việt Nam) (Fri 9:00am JST)?',
        ],
      },
      {
        // A clock past midnight on the evening's count: the night of Thursday.
        text: '1月15日（木）日本時間24:00より、Teamsにてお打ち合わせをお願いできますでしょうか。',
        flagged: '1月15日（木）日本時間24:00',
        outputs: [
          '1月15日（木）日本時間17:00より、Teamsにてお打ち合わせをお願いできますでしょうか。',
          '1月16日（金）日本時間9:00より、Teamsにてお打ち合わせをお願いできますでしょうか。',
        ],
      },
      {
        // A city in brackets after the region's name is the clock: 4 PM in Halifax is 5 AM in Tokyo.
        text: 'Could we have the call on Wednesday, June 9 at 4:00 PM Atlantic (Halifax)?',
        context: { now: '2027-05-24' },
        flagged: 'Wednesday, June 9 at 4:00 PM Atlantic (Halifax)',
        outputs: [
          'Could we have the call on Wednesday, June 9 at 5:00 AM Atlantic (Halifax) (Wed 5:00 PM JST)?',
          'Could we have the call on Wednesday, June 9 at 9:00 PM Atlantic (Halifax) (Thu 9:00 AM JST)?',
        ],
      },
      {
        text: 'Could we have a call on Thu 15 January 9am PT?',
        flagged: 'Thu 15 January 9am PT',
        outputs: [
          'Could we have a call on Wed 14 January 4pm PT (Thu 9am JST)?',
          'Could we have a call on Thu 15 January 4pm PT (Fri 9am JST)?',
        ],
      },
      {
        text: '1月15日（木）19時からお打ち合わせをお願いできますでしょうか。',
        flagged: '1月15日（木）19時',
        outputs: [
          '1月15日（木）17時からお打ち合わせをお願いできますでしょうか。',
          '1月16日（金）9時からお打ち合わせをお願いできますでしょうか。',
        ],
      },
      {
        text: '1月15日（木）12:00〜13:00にお打ち合わせをお願いできますでしょうか。',
        flagged: '12:00〜13:00',
        outputs: [
          '1月15日（木）11:00〜12:00にお打ち合わせをお願いできますでしょうか。',
          '1月15日（木）13:00〜14:00にお打ち合わせをお願いできますでしょうか。',
        ],
      },
    ],
  },
  document(ctx) {
    const hours = hoursOf(ctx);
    if (ctx.field === 'when') return checkWhen(ctx, hours);
    const today = parseIsoDay(ctx.today);
    for (const { slot, sentence, theirs } of meetingSlots(ctx)) {
      const t = slot.time;
      // A dinner or a reception is held after hours by nature; a time the other party proposed in their quoted
      // mail ("> Could you call at 8:00 on the 18th?") and the writer confirms is theirs.
      if (!t || theirs?.time || mealNear('afterHours', sentence, ctx)) continue;
      // Round 35 (fd-057): 「ブラジル本社の…も、現地時間の前日22時から参加いたします」 — a time in 現地時間 on a day counted
      // from the meeting's own (前日, "the day before"), when the mail does not place the writer abroad: the meeting
      // restated on a participant's clock elsewhere (a day apart only across zones), not a second slot in Tokyo's.
      if (t.zone?.kind === 'local' && slot.date?.anaphor && !hours.writer && !mailWriterZone(ctx)) continue;
      // Round 36 (fp36, gd-031): 「10:00〜16:00（昼休憩 12:00〜13:00）」 — a range inside the range of a slot before it on its
      // line is a part of that event (its break, a session of its programme), judged with it, not a slot of its own.
      if (insideEarlierRange(slot, sentence, ctx)) continue;
      const ct = clientTime(slot, ctx, hours);
      const found = ct && hoursProblem(ct, hours);
      // A lunch meeting is over lunch by nature.
      const problem = found === 'lunch' && mealNear('lunchEvent', sentence, ctx) ? null : found;
      if (!ct || !problem) continue;
      const lang = slot.date?.lang ?? sentence.lang;
      // The suggestion rewrites the date too when the writer's day changes; the flag covers the time.
      // A weekday of a recurring slot (毎週木曜日 18:00, Thursdays at 6pm) stays that weekday: only its time moves.
      const weekly = Boolean(slot.date?.relative) && has('regular', sentence.text);
      const other = restatementOf(slot, sentence, ctx);
      // With a foreign half beside a Tokyo one, the writer's working day is the foreign half's.
      const otherCt = other && !ct.foreign ? clientTime(other, ctx, hours) : null;
      const judged = otherCt?.foreign ? { ...ct, writerZone: otherCt.writerZone, foreign: true } : ct;
      const candidates = nearestGoodSlots(judged, hours, today, (w) => (weekly ? sameWrittenDay({ ...slot, date: undefined }, ct, w, hours) : sameWrittenDay(slot, ct, w, hours)));
      // The flag covers the time; the whole slot when a move changes the written day or adds Tokyo time.
      const whole = Boolean(slot.date) && !weekly && (ct.foreign || candidates.some((w) => serial(writerWall(ct, w, hours).day) !== serial(slot.date!.day)));
      // Written in two zones: both halves move together, or the pair would contradict itself.
      const pairs = other ? candidates.map((w) => pairedMove(slot, other, w, hours, ctx, lang)) : [];
      // 「9月2日（水）17:00 IST（日本時間 20:30）」: the hour the client reads is the Tokyo half's, and the finding sits on it
      // — when every suggestion rewrites both halves by its own edits (none replaces the flagged range alone).
      const onTokyoHalf = Boolean(other?.time && ct.foreign && isTokyo(other.time.zone) && pairs.length > 0 && pairs.every(Boolean));
      // Round 34 (r5 r5mt-057): the finding spans both halves, from the foreign one on, so that it sits on the hour the
      // client reads and on the slot as written (a reader may mark either half).
      const tokyoFirst = onTokyoHalf && other!.time!.start < slot.start;
      const start = onTokyoHalf ? (tokyoFirst ? other!.time!.start : whole ? slot.start : t.start) : whole ? slot.start : t.start;
      const spanEnd = onTokyoHalf ? (tokyoFirst ? (whole ? slot.end : t.end) : other!.time!.end) : whole ? slot.end : t.end;
      // The bracket the Tokyo half opened inside the span is closed with it: 「…（日本時間 20:30）」.
      const opened = (ctx.text.slice(start, spanEnd).match(/[(（]/g) ?? []).length > (ctx.text.slice(start, spanEnd).match(/[)）]/g) ?? []).length;
      const end = onTokyoHalf && opened && /^[)）]/.test(ctx.text.slice(spanEnd)) ? spanEnd + 1 : spanEnd;
      ctx.report({
        start,
        end,
        ...messages(problem, ct.start.minutes, hours, ct.foreign),
        suggestions: candidates.map((w, i) => {
          const label = { label: `Move to ${labelOf(w)} Tokyo time`, labelJa: `日本時間 ${labelJa(w)} に変更` };
          const both = pairs[i];
          if (both) return { ...both, ...label };
          const text = whole ? renderSlot(slot, ct, w, hours, ctx.text, lang) : renderSlotTime(slot, ct, w, hours, lang);
          return { text, label: `Move to ${labelOf(w)} Tokyo time`, labelJa: `日本時間 ${labelJa(w)} に変更` };
        }),
      });
    }
  },
});

const zoneKey = (z: ZoneRef | undefined) =>
  (z ? `${z.kind}:${'zone' in z ? z.zone : 'minutes' in z ? z.minutes : ''}` : '');
const minutesOf = (c: { h: number; min: number }) => c.h * 60 + c.min;

/**
 * The slot has no date of its own and its time lies within the time range of a slot before it in its sentence, on the
 * same line and in the same zone: 「10:00〜16:00（昼休憩 12:00〜13:00）」, "9:00–17:00 (lunch 12:00–13:00)".
 */
function insideEarlierRange(slot: Slot, sentence: Sentence, ctx: RuleContext): boolean {
  const t = slot.time;
  if (!t || slot.date) return false;
  const from = minutesOf(t.from);
  const to = t.to ? minutesOf(t.to) : from;
  return slotsInSentence(sentence, ctx).some((o) => {
    const ot = o.time;
    if (!ot?.to || o === slot || ot.end > t.start || ctx.text.slice(ot.end, t.start).includes('\n')) return false;
    // The part written without a zone keeps the range's; one with a zone of its own must name the same.
    if (t.zone && zoneKey(t.zone) !== zoneKey(ot.zone)) return false;
    const of = minutesOf(ot.from);
    const oto = minutesOf(ot.to);
    return oto > of && of <= from && to <= oto && to - from < oto - of;
  });
}

/** A zone that is Tokyo's: JST, 日本時間, Asia/Tokyo. */
function isTokyo(zone: { kind: string; zone?: string } | undefined): boolean {
  return zone?.kind === 'iana' && zone.zone === 'Asia/Tokyo';
}

/** How many lines around the slot's own may name the meal it is held over (「昼食：」 above, "over lunch" below). */
const MEAL_LINES = 2;

/**
 * A dinner or a lunch named in the slot's sentence, the subject, or within a few lines of it (「会食のご案内」,
 * 「昼食：7月29日」, "We could talk over lunch near your office."): the slot is the meal's, held outside office
 * hours or over lunch by nature. A line about the past or quoted history does not count.
 */
function mealNear(group: 'afterHours' | 'lunchEvent', sentence: Sentence, ctx: RuleContext): boolean {
  if (has(group, sentence.text) || has(group, ctx.draft.subject)) return true;
  for (let i = Math.max(0, sentence.line - MEAL_LINES); i <= Math.min(ctx.lines.length - 1, sentence.line + MEAL_LINES); i++) {
    const text = ctx.lines[i]!.text;
    if (/^\s*[>＞]/.test(text) || speaksOfPast(text)) continue;
    if (has(group, text)) return true;
  }
  return false;
}

const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const JA = '日月火水木金土';
function labelOf(w: { day: { y: number; m: number; d: number }; minutes: number }): string {
  const wd = new Date(Date.UTC(w.day.y, w.day.m - 1, w.day.d)).getUTCDay();
  return `${WD[wd]} ${w.day.m}/${w.day.d} ${clock(w.minutes)}`;
}
function labelJa(w: { day: { y: number; m: number; d: number }; minutes: number }): string {
  const wd = new Date(Date.UTC(w.day.y, w.day.m - 1, w.day.d)).getUTCDay();
  return `${w.day.m}月${w.day.d}日（${JA[wd]}）${clock(w.minutes)}`;
}
