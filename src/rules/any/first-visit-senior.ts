import { defineRule } from '../../engine/rule';
import { draftNamesSenior, isFirstMeeting, isVisit, proposalSentence } from './calendar/first-meeting';
import { meetingSlots } from './calendar/meeting-dates';

/**
 * When the client is the larger company (policy.meetings.clientLarger), a first visit should bring a
 * senior from our side. Gives way to first-meeting-attendees, which already asks who attends.
 */
export default defineRule({
  id: 'any.calendar.first-visit-senior',
  lang: 'any',
  category: 'calendar',
  severity: 'warning',
  yieldsTo: ['any.calendar.first-meeting-attendees'],
  title: { en: 'First visit to a larger client without a senior', ja: '大手顧客への初回訪問に上席が同行していない' },
  rationale: {
    en: 'A larger Japanese company sends a manager to a first meeting and expects a counterpart of similar rank. A first visit by a sales rep alone reads as a lack of commitment; bring a senior (a director or head of sales) and say so.',
    ja: '大手企業は初回の打ち合わせに管理職が出席し、同程度の役職の相手を期待します。担当者だけの初回訪問は本気度が低いと受け取られるため、上席（部長など）が同行し、その旨を明記します。',
  },
  examples: {
    valid: [
      {
        text: '初回のご挨拶を兼ねて、1月20日（火）14時に貴社へお伺いできればと存じます。当日は営業部長の佐藤と担当の森がお伺いいたします。',
        context: { recipient: 'prospect' },
      },
      {
        text: '初回のご挨拶を兼ねて、1月20日（火）14時に貴社へお伺いできればと存じます。当日は担当の森がお伺いいたします。',
        context: { recipient: 'prospect' },
      },
    ],
    invalid: [
      {
        text: '初回のご挨拶を兼ねて、1月20日（火）14時に貴社へお伺いできればと存じます。当日は担当の森がお伺いいたします。',
        context: { recipient: 'prospect', clientLarger: true },
        flagged: '初回のご挨拶を兼ねて、1月20日（火）14時に貴社へお伺いできればと存じます。',
        outputs: ['初回のご挨拶を兼ねて、1月20日（火）14時に貴社へお伺いできればと存じます。当日は弊社より営業部長の〇〇もお伺いいたします。当日は担当の森がお伺いいたします。'],
      },
      {
        text: 'I would like to visit your Osaka office for an introductory meeting on Tuesday, January 20 at 2pm. Our account manager Ken Ito will join me.',
        context: { recipient: 'prospect', clientLarger: true },
        flagged: 'I would like to visit your Osaka office for an introductory meeting on Tuesday, January 20 at 2pm.',
        outputs: ['I would like to visit your Osaka office for an introductory meeting on Tuesday, January 20 at 2pm. Our [title, e.g. Head of Sales], [name], will also join. Our account manager Ken Ito will join me.'],
      },
    ],
  },
  document(ctx) {
    // The policy says so for every client, or the adapter for this draft (context.clientLarger).
    if (!ctx.policy.meetings.clientLarger && ctx.draft.context.clientLarger !== true) return;
    if (!isFirstMeeting(ctx) || draftNamesSenior(ctx)) return;
    if (ctx.kind === 'email' && meetingSlots(ctx).length === 0) return;
    const s = proposalSentence(ctx);
    if (!s) return;
    const visit = isVisit(ctx.text);
    const ja = s.lang === 'ja';
    const base = ja ? (/[。！？!?]$/.test(s.text) ? s.text : `${s.text}。`) : /[.!?]$/.test(s.text) ? s.text : `${s.text}.`;
    const add = ja
      ? `当日は弊社より営業部長の〇〇も${visit ? 'お伺い' : '出席'}いたします。`
      : ' Our [title, e.g. Head of Sales], [name], will also join.';
    ctx.report({
      start: s.start,
      end: s.end,
      message: 'This first visit to a larger client does not bring a senior from your side. Say that a director or head of sales will attend, so that the client can send a counterpart of matching rank.',
      messageJa: '大手のお客様への初回訪問ですが、弊社の上席の同行が書かれていません。部長などの上席が同行する旨を明記しましょう。',
      suggestions: [{ text: base + add, label: 'Say that a senior attends (fill in the name)', labelJa: '上席の同行を明記する（〇〇に氏名を入れてください）' }],
    });
  },
});
