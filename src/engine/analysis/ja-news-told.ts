// Round 32 (news32): a date told to the client before and a later one now — 「出荷日は9月12日でご案内しておりましたが、
// 10月3日となります」, 「お約束していた9月12日の出荷は、10月3日になります」, 「当初の予定（9/12）から10/3に変更となります」.
// Read from structure, not from a verb of moving: two days in one sentence, the first marked as told before (a word of
// telling, confirming or planning with a past form, or 当初), the second the value the sentence gives now (…となります,
// …に変更, …になります), and the second later than the first. A day brought forward, a plan kept, two days of two
// events (9月12日に出荷し、10月3日に到着予定です) are no such pair.
import { valueAt } from './value-pair';
import type { ResultCue } from './ja-news-results';

/** A day as written in a Japanese sentence: 9月12日 (with its year), 9/12 (not inside a longer figure). */
const KANJI_DAY = '(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日';
const SLASH_DAY = '(?<![0-9０-９/／])[0-9０-９]{1,2}[/／][0-9０-９]{1,2}(?![0-9０-９/／])';
const DAY = new RegExp(`${KANJI_DAY}|${SLASH_DAY}`, 'g');
/** The first day marked as told or fixed before: ご案内, お約束, 確定, 予定, お知らせ, お伝え (with a past form), or 当初. */
const TOLD = /ご案内|お知らせ|お伝え|お約束|ご連絡|確定|予定|申し上げ/;
const TOLD_OR_FIRST = new RegExp(`当初|${TOLD.source}`);
/** A past form closing a clause of telling: …しておりましたが, …していた9月12日, …お伝えした, …でしたが. */
const PAST = /(?:[しいっ]た|ました|でした)(?:が|ところ|ものの|[、，の]|[0-9０-９])/;
/** The second day given as the value now: となります, になります, に変更, に変わります, と(させて)いただきます. */
const GIVEN_NOW = /^(?:[（(][^）)]{0,6}[）)])?\s?(?:と|に)(?:なり|なる|変更|変わ|させ|いたし|延期)/;
/** The client asked for the change: their wish granted is no news (ご依頼のとおり…). */
const ASKED = /ご依頼|ご要望|ご希望|ご指示/;

export function toldDateReplaced(text: string): ResultCue | undefined {
  if (text.length > 200 || ASKED.test(text) || !TOLD.test(text) && !text.includes('当初')) return undefined;
  const days = [...text.matchAll(DAY)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, value: valueAt(m[0])?.value }));
  for (let n = 0; n + 1 < days.length; n++) {
    const a = days[n]!;
    const b = days[n + 1]!;
    if (a.value === undefined || b.value === undefined || b.value <= a.value) continue;
    if (!GIVEN_NOW.test(text.slice(b.end))) continue;
    const window = text.slice(Math.max(0, a.at - 14), b.at);
    const told = window.includes('当初') || (TOLD.test(window) && PAST.test(window));
    if (!told) continue;
    // The span from the first of the told word and the first day, through the new day.
    const base = Math.max(0, a.at - 14);
    return { start: Math.min(a.at, base + Math.max(0, window.search(TOLD_OR_FIRST))), end: b.end, kind: 'delay', source: 'told-date-replaced' };
  }
  return undefined;
}
