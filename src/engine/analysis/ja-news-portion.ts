/**
 * Round 36 (news36): part of what the client ordered or was promised, told as a part against its whole, in Japanese —
 * 「移行が完了したのは約130万件のうち85万件（約65％）で、残りは次回の作業で移行します」「全20パレットのうち、今週の便に載るのは
 * 14パレットのみです」「8箱中3箱のみ出荷しました」「契約の24回の研修のうち、今四半期に実施できるのは16回です」「データ移行は、全体の
 * 約65％まで完了しております」. One reader for the class, whatever the verb (出荷, 移行, 導入, 実施, 有効化): a count of a
 * counter out of a larger count of the same counter (…のうち / …中), or a share of the whole (全体の65％まで), and a fact that
 * the part is all there is for now (のみ, だけ, にとどまる, まで) or that the rest is left for later (残り), or that the whole is
 * the client's order or contract (ご注文, ご発注, 契約). Not: a split the client asked for (ご指示, ご依頼により, ご要望),
 * a plan or a proposal, a whole delivered in full (すべて, 全数) or shared out (…向け), an enquiry or stock (お問い合わせ,
 * 在庫), a condition.
 */
import type { Span } from './ja';
import { figureValue } from './figures';

/** A count with its counter, before のうち / 中 (the whole): 約130万件のうち, 20パレットのうち, 24回の研修のうち, 8箱中. */
const FIGURE = '(?<![0-9０-９,，.．])([0-9０-９][0-9０-９,，.]{0,12})(万|千|億)?\\s?';
// Round 47 (h6ha1-025): the whole may close a bracket before のうち (PO MK-2703（シャツ 3,000枚）のうち).
const WHOLE = new RegExp(`${FIGURE}([^\\s0-9０-９、。,，.（）()「」]{1,5}?)(?:の[^\\s、。0-9０-９]{1,10})?[）)]?(?:のうち|中)`);
/** A share of the whole, done or delivered so far: 全体の約65％まで, ご注文の半分. */
const SHARE = /(?:全体|ご注文(?:数量?|分)?|ご発注(?:数量?|分)?)の(?:約|およそ)?([0-9０-９.．]+\s?(?:割|%|％)|半分|半数)/;
/** Words that the part is all there is for now, right after it. */
const ONLY_AFTER = /^(?:[（(][^）)]{0,12}[）)])?(?:のみ|だけ|にとどま|に留ま|に限ら|まで)/;
/** What is left of the whole, later. */
const REST = /残り|残数|残る|未完了|未出荷|未納/;
/** The whole is the client's order or contract. */
const ORDERED = /ご注文|ご発注|発注|注文|契約|ご購入|お申し込み|お申込み|\bP\/?O\b/;
/** Round 47: the part put to a later time, right after it (500枚は来月の出荷になります): the rest of the whole waits. */
const LATER_WORD = /^(?:来月|来週|再来週|翌[月週]|次回|次の?便|[0-9０-９]{1,2}月(?:[上中下]旬|末)?)/;
const BECOMES_THEN = /^[^。、]{0,8}?[にと]な[るりっ]/;
function partLater(after: string): boolean {
  const topic = /^は[、，]?/.exec(after);
  const when = topic && LATER_WORD.exec(after.slice(topic[0].length));
  return !!when && BECOMES_THEN.test(after.slice(topic![0].length + when[0].length));
}
/** A split the client asked for, a plan, a whole delivered in full or shared out, an enquiry, stock, a condition. */
const ASKED_OR_PLANNED = /ご指示|ご依頼により|ご要望|ご希望|のとおり|の通り|どおり|予定です|計画|ご提案|案として/;
const WHOLE_OR_NONE = /すべて|全て|全数|向け|お問い?合わせ|ご照会|在庫|場合|れば|たら/;
/**
 * Progress told as progress (round 36 integration, classes-r15-ja J2): a part sent ahead (先行して), already done (既に,
 * 済み) — 「ご注文の半数を先行して本日お届けし、残りは明日お届けします」 is the client's order moving, not held back.
 */
const AHEAD = /先行して|先行出荷|既に|すでに|済み/;
/** A verb of work done or goods handed over, for a share of the whole: 完了, 出荷, 移行, 導入. */
const DONE = /完了|出荷|納品|納入|お届け|移行|導入|対応|実施|発送/;

const SCALE: Record<string, number> = { 万: 1e4, 千: 1e3, 億: 1e8 };

export function portionOfWhole(text: string): (Span & { kind: 'shortage'; source: 'partial-supply' }) | undefined {
  if (text.length > 200 || ASKED_OR_PLANNED.test(text) || WHOLE_OR_NONE.test(text) || AHEAD.test(text)) return undefined;
  const w = WHOLE.exec(text);
  if (w) {
    const whole = figureValue(w[1]!) * (SCALE[w[2] ?? ''] ?? 1);
    const counter = w[3]!;
    const from = w.index + w[0].length;
    const rest = text.slice(from);
    const escaped = counter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const p = new RegExp(`${FIGURE}${escaped}`).exec(rest);
    if (!p) return undefined;
    const part = figureValue(p[1]!) * (SCALE[p[2] ?? ''] ?? 1);
    if (!(part > 0 && part < whole)) return undefined;
    const start = from + p.index;
    const end = start + p[0].length;
    const only = ONLY_AFTER.test(text.slice(end));
    const left = REST.test(text.slice(end)) || partLater(text.slice(end));
    const ordered = ORDERED.test(text.slice(Math.max(0, w.index - 16), w.index + w[0].length));
    return only || left || ordered ? { start, end, kind: 'shortage', source: 'partial-supply' } : undefined;
  }
  const s = SHARE.exec(text);
  if (!s || !DONE.test(text)) return undefined;
  // ご注文数量の100%, 10割: the whole, no part.
  const share = /^([0-9０-９.．]+)\s?(割|%|％)/.exec(s[1]!);
  if (share && figureValue(share[1]!) >= (share[2] === '割' ? 10 : 100)) return undefined;
  const end = s.index + s[0].length;
  // A share of the order alone is no shortage (ご注文の半分にあたる500個を本日発送しました: progress); it needs the part to be
  // all there is for now or the rest left for later.
  return ONLY_AFTER.test(text.slice(end)) || REST.test(text.slice(end))
    ? { start: s.index, end, kind: 'shortage', source: 'partial-supply' } : undefined;
}

/**
 * Round 42: less than a quantity of reference, told against it — 「当初のご契約数量から2割ほど少ない供給となります」「ご注文数量
 * より3割少ない数量となります」「今年は例年の半分程度の数量になります」. The reference is what the client counts on (their
 * contract or order, the plan, a usual year); the sentence is about quantities (供給, 出荷, 数量 …), not a price (2割低い価格
 * is good news) and not more (2割多い).
 */
const REFERENCE = '(?:契約|注文|発注|予定|計画|当初|例年|前年|昨年|前回|通常|平年)(?:数量|量|分|の(?:数量|予定|計画))?';
const AMOUNT = '(?:約|およそ)?(?:[0-9０-９.．,]+\\s?(?:割|%|％|トン|t|kg|ケース|箱|袋|個|本|台|樽|缶|コンテナ)|半分|半数)?(?:ほど|程度|前後|ほどの)?';
const BELOW = new RegExp(`${REFERENCE}(?:から|より|と比べ(?:て)?|に比べ(?:て)?)${AMOUNT}(?:少な|減|下回|低)`);
/** A share of a usual year's or the planned amount (例年の半分程度, 平年の7割): not of their order (ご注文の半分 is progress). */
const USUAL = '(?:例年|平年|前年|昨年|通常|当初の予定|予定)(?:数量|量)?';
const SHARE_OF_USUAL = new RegExp(`${USUAL}の(?:約|およそ)?(?:[0-9０-９.．]+\\s?(?:割|%|％)|半分|半数)(?:程度|ほど|前後)?(?!増)`);
/** What the sentence must be about: a quantity of goods or of work, not a price. */
const QUANTITY = /数量|供給|出荷|入荷|納品|納入|お届け|生産|収穫|水揚げ|割当|割り当て|配分|ご用意|確保/;
const PRICE = /価格|単価|料金|値段|費用|コスト|運賃/;
/** More than the reference (3割増し, 増量, 上回る): no shortage. */
const MORE = /増し|増量|上回/;

export function belowReference(text: string): (Span & { kind: 'shortage'; source: 'partial-supply' }) | undefined {
  if (text.length > 200 || !QUANTITY.test(text) || PRICE.test(text) || AHEAD.test(text) || MORE.test(text) ||
    ASKED_OR_PLANNED.test(text.replace(/予定|計画/g, ''))) return undefined;
  const below = BELOW.exec(text);
  const m = below ?? SHARE_OF_USUAL.exec(text);
  if (!m) return undefined;
  // A share of the usual of 10割 / 100% or more is the whole.
  const share = below ? null : /(?<![0-9０-９.．])([0-9０-９.．]+)\s?(割|%|％)/.exec(m[0]);
  if (share && figureValue(share[1]!) >= (share[2] === '割' ? 10 : 100)) return undefined;
  return { start: m.index, end: m.index + m[0].length, kind: 'shortage', source: 'partial-supply' };
}

/**
 * Round 45 (xg-042): what is left of the goods, counted, becoming a later time — 「残り20箱は12月中旬になる」「残りの8パレットは
 * 来月の便となります」. なる says the later time is imposed, not arranged (「残りは明日お届けします」 sends the rest on, a delivery
 * plan). Not: a plan or a split they asked for (ASKED_OR_PLANNED), a condition, what is left of a term (期限が残り4ヶ月).
 */
const REST_COUNTED = /^(?:[^。]{0,12}[、，]\s*)?(?:残り|未出荷分|未納分)の?\s?[0-9０-９][0-9０-９,，]*/;
/** The counter after the rest's figure and its topic particle: 箱は, パレットは, ケースも. */
const COUNTER_TOPIC = /^\s?[^\s0-9０-９、。はも]{1,4}[はも][、，]?\s?/;
/** A later time the rest becomes: a month or a part of one, next week or month, the next sailing (来月, 次回, 次の便). */
const LATER_TIME = /^(?:[0-9０-９]{1,2}月(?:[上中下]旬|末|頭|初め)?|来月|来週|再来週|翌月|翌週|次回|次の?便|年明け|来年)/;
/** The time the rest becomes: に/と + なる, whatever follows it (なります, なりそう, なる見込み). */
const BECOMES = /^(?:の[^。、]{0,6})?[にと]な[るりっ]/;
/** A condition: no rest announced. */
const CONDITION = /場合|れば|たら/;

export function restBecomesLater(text: string): (Span & { kind: 'shortage'; source: 'partial-supply' }) | undefined {
  if (text.length > 120 || ASKED_OR_PLANNED.test(text) || CONDITION.test(text)) return undefined;
  const figure = REST_COUNTED.exec(text);
  const topic = figure && COUNTER_TOPIC.exec(text.slice(figure[0].length));
  if (!figure || !topic) return undefined;
  const head = figure[0].length + topic[0].length;
  const later = LATER_TIME.exec(text.slice(head));
  const becomes = later && BECOMES.exec(text.slice(head + later[0].length));
  return becomes ? { start: 0, end: head + later[0].length + becomes[0].length, kind: 'shortage', source: 'partial-supply' } : undefined;
}
