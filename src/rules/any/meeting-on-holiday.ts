import { defineRule } from '../../engine/rule';
import { CLOSED_SLOT_PRECEDENCE, reportClosedRanges, reportClosedSlots, reportClosurePeriods, reportStatedClosureReferences } from './calendar/closed-slots';

/** A meeting proposed on a Japanese public holiday, in Golden Week, Obon or the year-end closure. */
export default defineRule({
  id: 'any.calendar.meeting-on-holiday',
  lang: 'any',
  category: 'calendar',
  severity: 'warning',
  fields: ['body', 'when'],
  ...CLOSED_SLOT_PRECEDENCE,
  title: { en: 'Meeting on a Japanese holiday or closure', ja: '祝日・休業期間の打ち合わせ' },
  rationale: {
    en: 'Japanese companies close on public holidays, in Golden Week, at Obon and from December 29 to January 3. A meeting proposed on such a day shows the sender does not know the client’s calendar, and the client has to correct it politely.',
    ja: '日本企業は祝日、ゴールデンウィーク、お盆、年末年始（12月29日〜1月3日）に休業するのが一般的です。休業日に打ち合わせを提案すると、相手の暦を知らない印象を与え、先方に訂正の手間をかけさせます。',
  },
  examples: {
    valid: [
      // Round 37 (fp37): a date moved from one day to another is no span of days offered.
      { text: 'CT-22の納入日につきまして、当初の3月9日から3月23日へ変更させていただきたく存じます。', context: { now: '2027-01-25' } },
      // Round 35 (fe-040): two weekdays as a range are a span of every week, not the holiday Monday 2/23.
      { text: 'To confirm, the scope covers inbound support, 9:00–18:00 JST, Monday to Friday.', context: { now: '2026-02-17' } },
      { text: '2026年3月19日（木）15時に貴社へお伺いしてもよろしいでしょうか。' },
      { text: '納期は2026年3月20日（金）となります。', kind: 'meeting-invite' },
      { text: 'The final order date is August 14.' },
      { text: '弊社は8月13日から16日まで夏季休業をいただきます。休業明けにお打ち合わせをお願いできれば幸いです。' },
      { text: '5月4日（月）は祝日のため、翌日以降でお打ち合わせの日程をご相談させてください。' },
      // The holiday is the reason clause's own day; the day offered after it is a working day.
      { text: '2月23日（月）は祝日のため、翌日の2月24日（火）にお伺いできればと存じます。' },
      { text: '月末にお伺いできればと存じます。' },
      // A month named with no day is a period: Golden Week is only part of it.
      { text: 'Would a visit at the end of April / 4月末 be possible?', context: { now: '2027-03-01' } },
      { text: '5月11日〜5月15日の間でご訪問のご都合はいかがでしょうか。', context: { now: '2025-12-01' } },
      { text: 'Could we meet on Friday, January 9 at 2pm JST?', context: { now: '2026-01-05' } },
      // A talk told as held: Monday read forward would be Coming of Age Day (2026-01-12).
      { text: 'Great talking with you and your team on Monday.', context: { now: '2026-01-08' } },
      // 当日 tells what happens on the meeting's day already named (a working day), and offers no day of its own.
      { text: '日時：7月21日（火）14:00〜15:00\n当日は弊社の田中と李が伺います。', kind: 'meeting-invite', context: { now: '2026-07-01' } },
      // The reference gives way to the date written right after it.
      { text: '7月20日（月）は海の日のため、翌日の7月21日（火）にお伺いできればと存じます。', context: { now: '2026-07-01' } },
      // "weekday" names a kind of day, not the next working day (9/22 is a holiday).
      { text: 'We would like to visit your laboratory. Would a weekday in October suit you?', context: { now: '2026-09-21' } },
      // A delivery planned on the day, not a meeting.
      { text: '4月30日（木）にお届けする予定でございます。', context: { now: '2026-04-20' } },
      // A week, not its Monday: one holiday in it leaves the reader four working days.
      { text: 'We will be in Japan in the week of 12 October and would be grateful for the chance to visit you.', context: { now: '2026-09-01' } },
    ],
    invalid: [
      {
        // A bare day of the month before a clock is the next such day: May 4 (Greenery Day).
        text: 'Could we do the 4th at 10:00 JST at your head office?',
        context: { now: '2026-04-20' },
        flagged: 'the 4th',
        outputs: ['Could we do Tuesday, April 28 at 10:00 JST at your head office?', 'Could we do Thursday, May 7 at 10:00 JST at your head office?'],
      },
      {
        // The writer's own closure told as the reason: the day after it is a Japanese holiday all the same.
        text: '弊社工場は春節で休業いたしますため、休み明けの2月23日（月）にお伺いできればと存じます。',
        flagged: '2月23日（月）',
        outputs: [
          '弊社工場は春節で休業いたしますため、休み明けの2月20日（金）にお伺いできればと存じます。',
          '弊社工場は春節で休業いたしますため、休み明けの2月24日（火）にお伺いできればと存じます。',
        ],
      },
      {
        text: '3月20日（金）の15時から、貴社にてお打ち合わせをお願いできますでしょうか。',
        flagged: '3月20日（金）',
        outputs: [
          '3月19日（木）の15時から、貴社にてお打ち合わせをお願いできますでしょうか。',
          '3月23日（月）の15時から、貴社にてお打ち合わせをお願いできますでしょうか。',
        ],
      },
      {
        text: 'Could we meet on Friday, August 14, 2026 at your Yokohama office?',
        flagged: 'Friday, August 14, 2026',
        outputs: [
          'Could we meet on Wednesday, August 12, 2026 at your Yokohama office?',
          'Could we meet on Monday, August 17, 2026 at your Yokohama office?',
        ],
      },
      {
        text: '日時：2026年5月1日（金）10:00〜11:00\n場所：貴社 本社',
        kind: 'meeting-invite',
        flagged: '2026年5月1日（金）',
        outputs: ['日時：2026年4月28日（火）10:00〜11:00\n場所：貴社 本社', '日時：2026年5月7日（木）10:00〜11:00\n場所：貴社 本社'],
      },
      {
        text: '来週月曜日の14時にお打ち合わせをお願いできますでしょうか。',
        context: { now: '2026-01-05' },
        flagged: '来週月曜日',
        outputs: ['1月9日（金）の14時にお打ち合わせをお願いできますでしょうか。', '1月13日（火）の14時にお打ち合わせをお願いできますでしょうか。'],
      },
      {
        // A range of days offered: the suggestion keeps it to its longest run of working days.
        text: '5月1日〜5月8日の間でご訪問のご都合はいかがでしょうか。',
        context: { now: '2026-12-01' },
        flagged: '5月1日〜5月8日',
        outputs: ['5月6日〜5月7日の間でご訪問のご都合はいかがでしょうか。'],
      },
      {
        // A date given by reference to another date of the mail is counted from that date, not from today.
        text: '新システムは9月22日（火）に稼働予定です。同日15時より、貴社にて操作のご説明をさせていただけますでしょうか。',
        context: { now: '2026-07-01' },
        flagged: '同日',
        outputs: [
          '新システムは9月22日（火）に稼働予定です。9月18日（金）15時より、貴社にて操作のご説明をさせていただけますでしょうか。',
          '新システムは9月22日（火）に稼働予定です。9月24日（木）15時より、貴社にて操作のご説明をさせていただけますでしょうか。',
        ],
      },
      {
        text: 'The trade show in Osaka ends on Sunday, November 22. We could come to your plant the day after, around 10:00.',
        context: { now: '2026-07-01' },
        flagged: 'the day after',
        outputs: [
          'The trade show in Osaka ends on Sunday, November 22. We could come to your plant Friday, November 20, around 10:00.',
          'The trade show in Osaka ends on Sunday, November 22. We could come to your plant Tuesday, November 24, around 10:00.',
        ],
      },
      {
        text: 'Could we meet next Monday at 2pm?',
        context: { now: '2026-01-05' },
        flagged: 'next Monday',
        outputs: ['Could we meet Friday, January 9 at 2pm?', 'Could we meet Tuesday, January 13 at 2pm?'],
      },
    ],
  },
  document(ctx) {
    reportClosedSlots(ctx, 'named');
    if (ctx.field !== 'when') reportClosedRanges(ctx);
    if (ctx.field === 'body') {
      reportClosurePeriods(ctx);
      reportStatedClosureReferences(ctx);
    }
  },
});
