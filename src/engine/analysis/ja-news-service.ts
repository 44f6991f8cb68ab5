// Bad news that is a loss of service or a new charge, read from the shape of the change (round 24): a service given
// less often (定期訪問を毎月から四半期に一度に変更, 巡回を週2回から月2回へ), hours of service cut (受付時間を9時〜18時から
// 10時〜16時に変更), something free that is charged from now on (これまで無償でお送りしていたサンプルは、4月より1本あたり
// 300円でのご提供となります), and a predicate written as an English word in a Japanese sentence (9月末でdiscontinueと
// なります, ETAは11/20にpushとなりました) — the word's class is data (news.json latinPredicates), its grammar is
// Japanese. The direction is computed from the two values (how often a year, how many hours), never from the words
// that carry it, so 四半期から毎月に (more visits) or 10時〜16時から9時〜18時に (longer hours) stay clean.
import newsJson from '../../../dictionaries/ja/news.json';
import type { Token } from '../types';
import type { JaPredicate } from './ja';
import type { ResultCue } from './ja-news-results';
import type { NewsKind } from './ja-news';

const KANJI_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 半: 0.5 };
const numberOf = (s: string): number =>
  /^[0-9０-９]+$/.test(s) ? Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : (KANJI_DIGIT[s] ?? NaN);

/** A period's length in a year's twelfths: 月 = 1, 週 = 12/52, 四半期 = 3, 半年 / 半期 = 6, 年 = 12, 日 = 12/365. */
const MONTHS: Record<string, number> = { 日: 12 / 365, 営業日: 12 / 250, 週: 12 / 52, 週間: 12 / 52, 月: 1, か月: 1, ヶ月: 1, カ月: 1, ヵ月: 1, ケ月: 1, 四半期: 3, 半期: 6, 半年: 6, 年: 12 };
const PERIOD = '営業日|日|週間?|か月|ヶ月|カ月|ヵ月|ケ月|月|四半期|半期|半年|年';
const N = '[0-9０-９]{1,2}|[一二三四五六七八九十]';
/**
 * How often: 毎月 / 隔週 / 毎四半期 (every, every other), 四半期に一度 / 2か月ごと / 3ヶ月に1回 (once a period), 週2回 /
 * 月に3度 / 年4回 / 週5日 (times in a period). Alternatives are fixed words: no nested quantifier.
 */
const FREQUENCY = new RegExp(
  `(毎|隔)(${PERIOD})|(${N})?(${PERIOD})(?:(?:に|ごとに|毎に)(?:一度|一回|(${N})(?:回|度))|ごと|毎)|(${PERIOD})(?:に)?(${N})(?:回|度|日)`,
);
/** Times a year of the frequency expression at the start of `s`, and its length. */
function perYear(s: string): { rate: number; length: number } | undefined {
  const m = new RegExp(`^(?:${FREQUENCY.source})`).exec(s);
  if (!m) return undefined;
  if (m[2]) return { rate: (12 / MONTHS[m[2]]!) / (m[1] === '隔' ? 2 : 1), length: m[0].length };
  if (m[4]) return { rate: (m[5] ? numberOf(m[5]) : 1) * 12 / (MONTHS[m[4]]! * (m[3] ? numberOf(m[3]) : 1)), length: m[0].length };
  if (m[6]) return { rate: numberOf(m[7]!) * 12 / MONTHS[m[6]]!, length: m[0].length };
  return undefined;
}

/** A clock time: 9時, 9:00, 18時30分, 9：00. */
const CLOCK = '([0-9０-９]{1,2})(?:[:：]([0-9０-９]{2})|時(?:([0-9０-９]{1,2})分|半)?)';
/** A span of hours: 9時〜18時, 9:00-17:30, 10時～16時 (a weekday label may stand before it: 平日9時〜18時). */
const HOURS = new RegExp(`^(?:[^\\s0-9０-９、。]{1,4}[\\s　]?)?${CLOCK}\\s?[〜～~\\-－–ー]\\s?${CLOCK}`);
/** Length in minutes of the span at the start of `s`, and its length in characters. */
function hoursSpan(s: string): { rate: number; length: number } | undefined {
  const m = HOURS.exec(s);
  if (!m) return undefined;
  const minutes = (h: string, mm?: string, fm?: string, half?: boolean) => numberOf(h) * 60 + (mm ? numberOf(mm) : fm ? numberOf(fm) : half ? 30 : 0);
  const from = minutes(m[1]!, m[2], m[3], /半$/.test(m[0].slice(0, m[0].search(/[〜～~\-－–ー]/))));
  const to = minutes(m[4]!, m[5], m[6], m[0].endsWith('半'));
  return to > from ? { rate: to - from, length: m[0].length } : undefined;
}

/** The change as the clause's predicate after the new value: に変更, へ短縮, といたします, となります, に見直し. */
const CHANGED_AFTER = /^(?:に|へ|と)[、，]?(?:変更|短縮|縮小|削減|見直|改定|改め|切り替え|切替|移行|減|なり|なる|なっ|いたし|致し|させ|し(?:ます|まし)|変わ|引き下げ)/;

/**
 * A service given less (…を毎月から四半期に一度に変更, 受付時間を平日9時〜18時から10時〜16時に変更いたします): two values of
 * the same measure around から, the second smaller, with a change after it. Both measures are what the client receives
 * (visits, hours), so fewer or shorter is their loss; a change the other way is no news.
 */
export function serviceReduced(text: string): ResultCue | undefined {
  for (let at = text.indexOf('から'); at >= 0; at = text.indexOf('から', at + 2)) {
    const right = text.slice(at + 2);
    for (const measure of [perYear, hoursSpan]) {
      const b = measure(right);
      if (!b) continue;
      if (!CHANGED_AFTER.test(right.slice(b.length))) continue;
      // The first value ends right before から: try each start within reach (the values are short).
      for (let from = Math.max(0, at - 24); from < at; from++) {
        const a = measure(text.slice(from, at));
        if (!a || from + a.length !== at) continue;
        if (b.rate < a.rate) return { start: from, end: at + 2 + b.length + 1, kind: 'discontinued', source: 'service-reduced-figures' };
        return undefined;
      }
    }
  }
  return undefined;
}

/** What it used to be: free (これまで無償で, 従来無料の, 今まで無料にて, 無償提供していた). */
const WAS_FREE = /(?:これまで|従来|今まで|現在)[^。]{0,16}(?:無償|無料|サービス)|(?:無償|無料)[^。]{0,20}(?:して(?:おり|い)|しておりました|していた|いたしておりました)/;
/** An amount: 300円, ¥1,200, USD 15, 1,500ドル. */
const AMOUNT = /(?:[¥￥$＄€]|USD|JPY|EUR)\s?[0-9０-９][0-9０-９,，.]*|[0-9０-９][0-9０-９,，.]*\s?(?:円|ドル|ユーロ|元)/g;
/** The amount as the terms from now on: …円でのご提供となります, …円を申し受けます, …円となります, …円がかかります. */
const CHARGED_AFTER = /^(?:[（(][^）)]{1,8}[）)])?(?:(?:で|にて)の?(?:ご|お)?(?:提供|販売|お届け|届け|納品|出荷|用意|対応|承り)(?:と(?:なり|なる|させ|いたし)|に(?:なり|なる|変更)|いたし|させ)|を(?:申し受け|頂戴|ご請求|請求|いただ)|と(?:なり|なる|させ|いたし)|(?:が|も)(?:かかり|かかる|発生))/;
/** From a date or from now on: 4月ご注文分より, 8月からは, 次回以降, 今後. */
const FROM_NOW = /(?:[月日期度回]|分|今後|以降|以後)(?:より|から|以降|以後)|今後|次回(?:から|より|以降)/;

/**
 * Something free that now costs (これまで無償でお送りしておりました試食用サンプルは、2026年4月ご注文分より1本あたり300円
 * でのご提供となります): what used to be free, an amount, and terms from a date — a new charge to the client, whatever
 * the thing is. A quote (お見積りは300円となります) names no free past and no date.
 */
export function freeNowCharged(text: string): ResultCue | undefined {
  const was = WAS_FREE.exec(text);
  if (!was) return undefined;
  for (const m of text.matchAll(AMOUNT)) {
    const at = m.index!;
    if (at < was.index) continue;
    if (!CHARGED_AFTER.test(text.slice(at + m[0].length)) || !FROM_NOW.test(text.slice(0, at))) continue;
    return { start: at, end: at + m[0].length, kind: 'price', source: 'free-now-charged' };
  }
  return undefined;
}

interface LatinPredicate {
  words: string[];
  kind: NewsKind;
}
const LATIN: LatinPredicate[] = (newsJson as unknown as { latinPredicates: { entries: LatinPredicate[] } }).latinPredicates.entries;
/**
 * The predicate, written as an English word, before Japanese grammar: discontinueとなります, pushになりました,
 * cancelいたします, delayしております, endとなり. The word is a noun in the sentence (kuromoji reads Latin letters as
 * one 名詞), the copula or する after it is the verb.
 */
const LATIN_THEN_JA = /^\s?(?:と(?:なり|なる|なっ|させ|いたし)|に(?:なり|なる|なっ)|(?:いたし|致し|させ|され|し)(?:ます|まし|て))/;

/** A predicate of bad news written in English (news.json latinPredicates): its kind, and `negated` when denied after. */
export function latinPredicate(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): ResultCue | undefined {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // A word of Latin letters alone, or two (phase out, out of stock): compare lower-cased.
    if (!/^[A-Za-z][A-Za-z-]*$/.test(t.surface)) continue;
    const at = t.start - offset;
    const rest = text.slice(at);
    for (const entry of LATIN) {
      const word = entry.words.find((w) => rest.toLowerCase().startsWith(w) && !/[A-Za-z]/.test(rest.charAt(w.length)));
      if (!word) continue;
      const after = rest.slice(word.length);
      if (!LATIN_THEN_JA.test(after)) continue;
      const end = at + word.length;
      const p = predicates.find((x) => x.start >= end && x.start - end <= 3);
      if (p?.negated) continue;
      return { start: at, end, kind: entry.kind, source: 'latin-predicate' };
    }
  }
  return undefined;
}
