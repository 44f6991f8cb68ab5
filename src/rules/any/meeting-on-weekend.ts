import { defineRule } from '../../engine/rule';
import { CLOSED_SLOT_PRECEDENCE, reportClosedSlots, reportWeekendRangeEnds } from './calendar/closed-slots';

/** A meeting proposed on a Saturday or Sunday. */
export default defineRule({
  id: 'any.calendar.meeting-on-weekend',
  lang: 'any',
  category: 'calendar',
  severity: 'warning',
  fields: ['body', 'when'],
  ...CLOSED_SLOT_PRECEDENCE,
  title: { en: 'Meeting on a weekend', ja: '土日の打ち合わせ' },
  rationale: {
    en: 'Japanese B2B clients do not meet suppliers at weekends. Proposing a Saturday or Sunday asks them to give up a day off, or reads as a slip that the client has to correct.',
    ja: '日本の法人顧客は土日に取引先と打ち合わせをしないのが通常です。土日の提案は休日を割いてもらうお願いになるか、先方に訂正させる不注意と受け取られます。',
  },
  examples: {
    valid: [
      { text: '3月23日（月）14時に弊社にてお打ち合わせをお願いできますでしょうか。' },
      // 日に of a count or a span names no day.
      { text: '2日に1回、定期点検に伺っております。', context: { now: '2026-06-01' } },
      { text: 'The installation is scheduled for Saturday, March 21, 2026, so that your line is not interrupted.' },
      { text: '3月21日（土）は弊社も休業日のため、週明けにお打ち合わせをお願いいたします。' },
      // Sunday 5pm in California is Monday 10am in Tokyo: a working day for the client.
      { text: 'Could we talk at 5pm PT on Sunday, January 18?' },
      // The client's own proposal, answered: the day is theirs (ご提案いただいた after it).
      { text: '土曜日の操業停止に合わせてご提案いただいた件、あいにく3月21日は弊社の手配がつかず、難しい状況です。' },
      // The day ruled out by a negated, stated predicate: not offered.
      { text: 'ただし、土曜日の工場見学は対応しておりません。平日でしたら、3月24日（火）にご案内できます。' },
      // An event called off: its weekend date is the event removed, not a day proposed.
      { text: 'I am sorry to tell you that we have to cancel the wine tasting planned at your store this Saturday, 12 September.', context: { now: '2026-09-07' } },
      { text: 'The winemaker dinner on Saturday, 14 November at your Kyoto store is off.', context: { now: '2026-10-19' } },
      // A weekday in general: a habit of the store's, a day excluded, a day turned down as a topic.
      { text: '店頭では土曜日と日曜日に試飲会を行っております。' },
      { text: '来週の打ち合わせですが、日曜日を除けばいつでも大丈夫です。' },
      { text: '土曜日の説明会ですが、無理です。' },
    ],
    invalid: [
      {
        // A bare day with に in a visit ask is its next occurrence: June 6, a Saturday.
        text: '6日にお伺いしてもよろしいでしょうか。',
        context: { now: '2026-06-01' },
        flagged: '6日',
        outputs: ['6月5日（金）にお伺いしてもよろしいでしょうか。', '6月8日（月）にお伺いしてもよろしいでしょうか。'],
      },
      {
        text: '3月21日（土）14時に貴社へお伺いしてもよろしいでしょうか。',
        flagged: '3月21日（土）',
        outputs: ['3月19日（木）14時に貴社へお伺いしてもよろしいでしょうか。', '3月23日（月）14時に貴社へお伺いしてもよろしいでしょうか。'],
      },
      {
        text: 'Would Sunday, January 18 suit you for a call with our engineers?',
        flagged: 'Sunday, January 18',
        outputs: [
          'Would Friday, January 16 suit you for a call with our engineers?',
          'Would Monday, January 19 suit you for a call with our engineers?',
        ],
      },
      {
        // A day with a part of the day asked about is a time asked about.
        text: 'つきましては、10月2日（土）の午前中はいかがでしょうか。',
        context: { now: '2027-09-14' },
        flagged: '10月2日（土）',
        outputs: ['つきましては、10月1日（金）の午前中はいかがでしょうか。', 'つきましては、10月4日（月）の午前中はいかがでしょうか。'],
      },
      {
        text: '再来週の土曜日にお伺いしてもよろしいでしょうか。',
        flagged: '再来週の土曜日',
        outputs: ['12月19日（金）にお伺いしてもよろしいでしょうか。', '12月22日（月）にお伺いしてもよろしいでしょうか。'],
      },

    ],
  },
  document(ctx) {
    reportClosedSlots(ctx, 'weekend');
    if (ctx.field !== 'when') reportWeekendRangeEnds(ctx);
  },
});
