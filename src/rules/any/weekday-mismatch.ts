import { defineRule } from '../../engine/rule';
import type { Suggestion } from '../../engine/types';
import { closedReason } from './calendar/closed-days';
import { addDays, parseIsoDay, previousOccurrence, serial, weekday, type Day } from '../../engine/analysis/dates-day';
import { dateEn, dateJa, shortEn, shortJa } from './calendar/describe';
import type { DateMention } from '../../engine/analysis/dates';
import { has } from './calendar/lexicon';
import { datesInSentence, proposedDespitePastIn } from './calendar/meeting-dates';
import { renderDate, weekdayName } from './calendar/render';

const JA_WEEKDAYS = '日月火水木金土';

/** " (a holiday)" on a button label when the corrected day is itself a closed day. */
function closedNote(day: Day): { en: string; ja: string } {
  const r = closedReason(day);
  if (!r) return { en: '', ja: '' };
  return r.kind === 'weekend' ? { en: ' (a weekend)', ja: '（土日）' } : { en: ' (a holiday)', ja: '（休業日）' };
}

function fixes(m: DateMention, day: Day, today: Day): Suggestion[] {
  const out: Suggestion[] = [];
  const sameDate = closedNote(day);
  out.push({
    text: renderDate(m, day),
    label: `Keep the date, correct the weekday: ${shortEn(day)}${sameDate.en}`,
    labelJa: `日付はそのままで曜日を直す：${shortJa(day)}${sameDate.ja}`,
  });
  // The writer may have meant the weekday: the one day within three days either side that has it.
  for (let delta = -3; delta <= 3; delta++) {
    const other = addDays(day, delta);
    if (delta === 0 || weekday(other) !== m.statedWeekday) continue;
    if (!m.past && serial(other) < serial(today)) break;
    const note = closedNote(other);
    out.push({
      text: renderDate(m, other),
      label: `Keep the weekday, correct the date: ${shortEn(other)}${note.en}`,
      labelJa: `曜日はそのままで日付を直す：${shortJa(other)}${note.ja}`,
    });
  }
  return out;
}

/** A date whose stated weekday is wrong: 3月20日（木） when March 20 is a Friday. */
export default defineRule({
  id: 'any.calendar.weekday-mismatch',
  lang: 'any',
  category: 'calendar',
  severity: 'error',
  title: { en: 'Weekday does not match the date', ja: '日付と曜日の不一致' },
  rationale: {
    en: 'A date whose weekday is wrong forces the client to ask which one you meant, and in Japan it reads as carelessness with the details that trust is built on.',
    ja: '日付と曜日が食い違うと、先方にどちらが正しいか確認させることになります。細部の正確さが信頼につながる日本の商習慣では、不注意な印象を与えます。',
  },
  examples: {
    valid: [
      { text: '2026年3月19日（木）15時に貴社へお伺いいたします。' },
      { text: 'Our engineers are available on Tuesday, January 13, 2026.' },
      { text: '先日11月28日（金）のお打ち合わせでは、貴重なご意見をいただきありがとうございました。' },
      // Day first: 6 May 2027 is a Thursday (June 5, the month-first reading, a Saturday).
      { text: 'Could we meet on Thursday, 6.5.2027 at 10:00 JST?', context: { now: '2027-04-12' } },
    ],
    invalid: [
      {
        // Round 35: a word pointing ahead (next, 来週) names a day to come, never the 16th already past.
        text: 'Could we meet next Monday the 16th at 10:00?',
        flagged: 'Monday the 16th',
        outputs: ['Could we meet next Tuesday, December 16 at 10:00?', 'Could we meet next Monday, December 15 at 10:00?'],
      },
      {
        text: '来週16日（水）の13時からお時間をいただけませんでしょうか。',
        flagged: '来週16日（水）',
        outputs: ['12月16日（火）の13時からお時間をいただけませんでしょうか。', '12月17日（水）の13時からお時間をいただけませんでしょうか。'],
      },
      {
        text: '3月20日（木）15時に貴社へお伺いいたします。',
        flagged: '3月20日（木）',
        outputs: ['3月20日（金）15時に貴社へお伺いいたします。', '3月19日（木）15時に貴社へお伺いいたします。'],
      },
      {
        text: 'The revised drawings will reach you by Monday, February 3, 2026.',
        flagged: 'Monday, February 3, 2026',
        outputs: [
          'The revised drawings will reach you by Tuesday, February 3, 2026.',
          'The revised drawings will reach you by Monday, February 2, 2026.',
        ],
      },
    ],
  },
  sentence(s, ctx) {
    const today = parseIsoDay(ctx.today);
    for (const m of datesInSentence(s, ctx)) {
      if (m.statedWeekday === undefined || weekday(m.day) === m.statedWeekday) continue;
      // Written about the past without a year: compare with the last occurrence, not the next.
      // A date proposed in a sentence that speaks of the past elsewhere (先日ご相談いただいた件、6月10日（水）に伺えれば) is still ahead.
      const past = has('past', s.text) && !proposedDespitePastIn(s, ctx, m.start, m.end);
      const day = !m.yearStated && !m.relative && past ? previousOccurrence(m.day.m, m.day.d, today) ?? m.day : m.day;
      if (weekday(day) === m.statedWeekday) continue;
      ctx.report({
        start: m.start,
        end: m.end,
        message: `${dateEn(day)} is a ${weekdayName(weekday(day), 'en-long')}, not a ${weekdayName(m.statedWeekday, 'en-long')}. Correct the date or the weekday.`,
        messageJa: `${dateJa(day)}は${JA_WEEKDAYS[weekday(day)]}曜日です（${JA_WEEKDAYS[m.statedWeekday]}曜日ではありません）。日付か曜日を修正してください。`,
        suggestions: fixes(m, day, today),
      });
    }
  },
});
