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
import { figureValue } from './figures';

const KANJI_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 半: 0.5 };
const numberOf = (s: string): number =>
  /^[0-9０-９]+$/.test(s) ? figureValue(s) : (KANJI_DIGIT[s] ?? NaN);

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
const FREE = /無償|無料/;
const USED_TO = /これまで|従来|今まで|現在/;
/** The index of the free past in the text (a time before 無償/無料, or a progressive after it), or -1. */
function wasFree(text: string): number {
  const free = FREE.exec(text);
  if (!free) return -1;
  const before = text.slice(Math.max(0, free.index - 18), free.index);
  const after = text.slice(free.index, free.index + 24).split('。')[0]!;
  const since = USED_TO.exec(before);
  if (since && !before.slice(since.index).includes('。')) return free.index - before.length + since.index;
  return after.includes('してお') || after.includes('してい') ? free.index : -1;
}
/** An amount: 300円, ¥1,200, USD 15, 1,500ドル. */
const AMOUNT = /(?:[¥￥$＄€]|USD|JPY|EUR)\s?[0-9０-９][0-9０-９,，.]{0,12}|[0-9０-９][0-9０-９,，.]{0,12}\s?(?:円|ドル|ユーロ|元)/g;
/** The amount as the terms from now on: …円でのご提供となります, …円を申し受けます, …円となります, …円がかかります. */
const CHARGED_AFTER = /^(?:[（(][^）)]{1,8}[）)])?(?:(?:で|にて)の?(?:ご|お)?(?:提供|販売|お届け|届け|納品|出荷|用意|対応|承り)(?:と(?:なり|なる|させ|いたし)|に(?:なり|なる|変更)|いたし|させ)|を(?:申し受け|頂戴|ご請求|請求|いただ)|と(?:なり|なる|させ|いたし)|(?:が|も)(?:かかり|かかる|発生))/;
/** From a date or from now on: 4月ご注文分より, 8月からは, 次回以降, 今後. */
// Round 43: a season or a crop year too (2027年シーズンより, 新クロップから).
const FROM_NOW = /(?:[月日期度回年]|分|シーズン|クロップ|今後|以降|以後)(?:より|から|以降|以後)|今後|(?:次回|次の|今回|来月|来年度?|来期|翌月)[^、。]{0,10}?(?:から|より|以降|以後)/;

/**
 * Something free that now costs (これまで無償でお送りしておりました試食用サンプルは、2026年4月ご注文分より1本あたり300円
 * でのご提供となります): what used to be free, an amount, and terms from a date — a new charge to the client, whatever
 * the thing is. A quote (お見積りは300円となります) names no free past and no date.
 */
export function freeNowCharged(text: string): ResultCue | undefined {
  const was = wasFree(text);
  if (was < 0) return undefined;
  for (const m of text.matchAll(AMOUNT)) {
    const at = m.index!;
    if (at < was) continue;
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

/** An amount added to a charge: 月額2,000円が加算されます, 1件につき300円を上乗せいたします, 500円を追加で申し受けます. */
const ADDED_AFTER = /^(?:[（(][^）)]{1,8}[）)])?(?:が|を)[、，]?(?:新たに|別途|追加で|一律)?(?:加算|上乗せ|追加|加え|プラス)/;
/** Round 34: the amount closing a bracket, or joining the price (800円が加わります). */
const ADDED_MORE = /^[）)]?(?:が|を)[、，]?(?:新たに|別途|追加で|一律)?(?:加算|上乗せ|追加|加え|加わ|プラス)/;
/**
 * Round 34: a charge named with its amount in brackets, then taken from a date (請求書発行手数料（1通300円）を、10月分から
 * 申し受けます): the bracket's close, を, the date, a verb of taking.
 */
const TAKEN_AFTER = /^[）)]を[、，]?[^、。]{1,14}(?:から|より|以降)[、，]?(?:ご|お)?(?:申し受け|頂戴|請求|いただ)/;
/** A rate per unit just before the amount (1着あたり120円, 1ケースにつき80円): a charge on what the client buys. */
const PER_UNIT_BEFORE = /(?:あたり|当たり|につき|毎)$/;
/** What the amount is added to, or what it is: a charge (料, 費, 代, 価格, 単価, 運賃, 手数料). */
const CHARGE_NOUN = /料|費|代金|価格|単価|運賃|代[にへ]/;

/**
 * An amount added to a charge from a date on (来月から、保守料金に月額2,000円が加算されます): more cost to the client, told
 * by the amount and the verb of adding, whatever the charge is called. Points or a discount added are no charge (no
 * charge noun before), and a sum with no date is a quote.
 */
export function amountAdded(text: string): ResultCue | undefined {
  for (const m of text.matchAll(AMOUNT)) {
    const at = m.index!;
    const after = text.slice(at + m[0].length);
    const added = ADDED_AFTER.exec(after) ?? ADDED_MORE.exec(after) ?? TAKEN_AFTER.exec(after);
    // Round 34: 次回発注分から、1着あたり120円を加算します — a rate per unit added names its charge by the unit it is on.
    if (!added || !(FROM_NOW.test(text.slice(0, at)) || FROM_NOW.test(added[0])) || !(CHARGE_NOUN.test(text.slice(0, at)) || PER_UNIT_BEFORE.test(text.slice(0, at)))) continue;
    return { start: at, end: at + m[0].length + added[0].length, kind: 'price', source: 'amount-added' };
  }
  return undefined;
}

/**
 * A cap newly put on a service, from a date (4月からは、技術者の派遣は年2回までとなります, 今後、無償対応は2回までとさせて
 * いただきます): a count of times or things with まで, set as the new terms — less service. A deadline (3月31日まで,
 * 出荷3日前まで) counts days of the calendar, not times, and is left to the calendar and the pressure readers.
 */
const CAP = new RegExp(`(?:[0-9０-９]{1,3}|[一二三四五六七八九十])(?:回|件|名|台|個|本|枚|ケース|点|箇所|か所|セット|ユーザー|アカウント|ライセンス)までと(?:なり|なる|させ|いたし|致し)`);
export function capImposed(text: string): ResultCue | undefined {
  const m = CAP.exec(text);
  if (!m || !FROM_NOW.test(text.slice(0, m.index))) return undefined;
  return { start: m.index, end: m.index + m[0].length, kind: 'discontinued', source: 'cap-imposed' };
}

/** A service given in person: 訪問, 対面, 現地, 常駐, 出張, 立会い, 持参, 店頭. */
const IN_PERSON = /訪問|対面|現地|常駐|出張|来訪|立会い?|立ち会い|持参|店頭|オンサイト/;
/** Moved to a remote channel from a date: オンラインでのご対応に切り替えます, リモートのみとなります, メールでの受付に変更. */
const TO_REMOTE = /(?:オンライン|リモート|Web|ウェブ|電話|メール|書面|郵送|チャット)(?:で|にて)?(?:の)?(?:ご|お)?(?:対応|実施|開催|案内|サポート|受付|点検|打ち合わせ|打合せ|面談)?(?:に|へ)(?:切り替え|切替|変更|移行)|(?:オンライン|リモート|Web|ウェブ|電話|メール|書面|郵送|チャット)(?:で|にて)?(?:の)?(?:ご|お)?(?:対応|実施|受付|サポート)?のみ(?:と|に)(?:なり|なる|させ|いたし)/;

/**
 * A service in person replaced by a remote one from a date (営業担当の訪問は、今後オンラインでのご対応に切り替えます,
 * 定期点検の現地立会いは、来月からリモートのみとなります): less service, however the channel is named. The in-person word
 * must come first (the thing given up); リモートから訪問に切り替え is more service.
 */
export function channelDowngraded(text: string): ResultCue | undefined {
  const remote = TO_REMOTE.exec(text);
  if (!remote) return undefined;
  const before = text.slice(0, remote.index);
  if (!IN_PERSON.test(before) || !(FROM_NOW.test(before) || /今後|以降|より|から/.test(before))) return undefined;
  return { start: remote.index, end: remote.index + remote[0].length, kind: 'discontinued', source: 'channel-downgraded' };
}

/**
 * A minimum set from a date, with no old figure (次回ご注文より、最低ご注文金額を5万円とさせていただきます, 4月以降、最小
 * ロットは500個となります): a new burden on the client's order. A minimum stated with no date is the standing terms.
 */
// Round 43 (yf-032): 最小発注量は40フィートリーファー1本（約22トン）となり — a quantity of weight or a container, the figure after a
// longer noun of the unit, and a bracket of its equivalent before the verb.
const MINIMUM_NOUN = '(?:最低|最小|下限)[^、。]{0,10}?(?:金額|数量|ロット|発注数|注文数|発注量|注文量|購入量|単位|購入数|本数|個数)';
const MINIMUM_FIGURE = '(?:[¥￥$＄€]\\s?|[^、。]{1,14}?)?[0-9０-９][0-9０-９,，.]*\\s?(?:万円|円|ドル|個|本|ケース|箱|台|枚|袋|セット|kg|トン|ロット|リール|パレット|コンテナ)';
const MINIMUM_SET = new RegExp(`${MINIMUM_NOUN}(?:は|を|が)[、，]?(?:一律)?${MINIMUM_FIGURE}(?:以上)?(?:[（(][^）)]{0,16}[）)])?(?:と(?:させ|いたし|致し|なり|なる)|に(?:なり|なる))`);
export function minimumSet(text: string): ResultCue | undefined {
  const m = MINIMUM_SET.exec(text);
  if (!m || !FROM_NOW.test(text.slice(0, m.index))) return undefined;
  return { start: m.index, end: m.index + m[0].length, kind: 'price', source: 'minimum-set' };
}
