/**
 * Round 17 (pairs): bad news given as a pair of values, in either language — a label and its value on one side,
 * another on the other, on one line or on two ("当初納期：6月20日／変更後納期：7月15日", "ご注文数：5,000個 → 出荷数：
 * 3,200個", "旧単価：1,200円　新単価：1,450円", "Original ETD: 1 June" over "New ETD: 28 June", "Old price: USD 4.90"
 * over "New price: USD 4.20"). Each label says which side it is (the old or the new value, the whole ordered or the
 * part confirmed); the values say what they measure (a day, money, a span, a quantity). A later day, a higher price
 * or a longer span on the new side, or a smaller part than the whole, is worse for the client; the other way round
 * is good news and says nothing. Language-neutral: the Japanese and the English bad-news rules both read it.
 */

import { figureValue } from './figures';

export type PairRole = 'old' | 'new' | 'whole' | 'part';
export type PairMeasure = 'date' | 'money' | 'span' | 'qty';
export type PairKind = 'price' | 'delay' | 'shortage';

export interface PairValue { value: number; measure: PairMeasure }
export interface LabelledValue { role: PairRole; label: string; value: PairValue }
/** A pair against the client found in a text: its span (relative) and what kind of news it is. */
export interface PairNews { start: number; end: number; kind: PairKind }

/**
 * Labels of the old side, the new side, the whole ordered and the part confirmed. Round 30: a label naming the period a
 * value applies to is a side too — "Orders placed before May 1: 8 weeks" over "Orders placed from May 1: 14 weeks".
 * Round 34: so is a Japanese label of the period from a point on (6月以降の納期, 2027年1月以降).
 */
// (Round 46, y6ya-010 and h6hd-022: 「2,500球になります（今は1,000球）」, "USD 3.85/kg (previously 3.40)" — 今は and previously name
// the value before the change; "currently" and 現在 do not: "staffed 9:00–18:00 (currently 8 agents)" tells a fact beside it.)
const OLD_LABEL = /^(?:当初|旧|現行|今$|変更前|改定前|従来|元の|これまでの|前回|予定)|\b(?:old|original|originally|previous(?:ly)?|prior|initial|current|was|planned|before|until|till|up to)\b/i;
const NEW_LABEL = /^(?:新|変更後|改定後|改訂後|修正後|今回|今後|最新|再設定)|(?:以降|以後)(?:の|$)|\b(?:new|revised|updated|adjusted|now|latest|after|from|starting|effective|onwards?)\b/i;
const WHOLE_LABEL = /^(?:ご?注文|ご?発注|ご依頼|ご要望|ご?希望|お申し?込み?|オーダー)|\b(?:ordered|requested|order qty|order quantity|po qty|contract(?:ed)?)\b/i;
const PART_LABEL = /^(?:(?:[0-9０-９]{1,2}月|[0-9０-９]{4}年度?|Q[1-4１-４]|第[1-4１-４]四半期|今回|初回|本日|今月|今週|今期|来期|第[0-9０-９一二三]便)の?)?(?:出荷|納品|納入|供給|割当|割り当て|確保|手配可能|回答|ご用意|確定)|\b(?:confirmed|allocated|allocation|available|shipped|shipping|deliverable|committed|supplied)\b/i;
/** A label of what the client gains (a discount, free days, a warranty): down is worse there, not up. */
const GAIN_LABEL = /割引|値引|リベート|無償|保証|フリータイム|\b(?:discount|rebate|allowance|credit|warranty|free|grace|validity)\b/i;
/** A label of a minimum the client must buy: up is worse even for a quantity. */
const MINIMUM_LABEL = /最小|最低|ロット|発注単位|\b(?:minimum|min|moq)\b/i;
/** A line label naming a price: a bare number under it is money. */
const PRICE_LABEL = /単価|価格|料金|値段|\b(?:price|cost|rate|fee|charge)s?\b/i;
/** A label of what is neither a term nor a delivery: a version, a target, a meeting, a deadline the client gains from. */
const NOT_TERMS_LABEL = /バージョン|版|目標|実績|会議|打ち合わせ|打合せ|締切|締め切り|期限|支払|\b(?:version|release|build|target|actual|kpi|meeting|call|deadline|payment|invoice)\b/i;

/** The role a label names, or undefined. A label both old and new ("current → new price") names none. */
export function roleOfLabel(label: string): PairRole | undefined {
  const l = label.trim().replace(/^[・\-－*＊●○■□◆◇]\s?/, '');
  if (NOT_TERMS_LABEL.test(l)) return undefined;
  const hits: PairRole[] = [];
  if (WHOLE_LABEL.test(l)) hits.push('whole');
  if (PART_LABEL.test(l)) hits.push('part');
  if (OLD_LABEL.test(l)) hits.push('old');
  if (NEW_LABEL.test(l)) hits.push('new');
  // 当初の出荷予定日 / 変更後の出荷日: an old or new marker beats a supply word in the same label.
  if (hits.includes('old') !== hits.includes('new')) return hits.includes('old') ? 'old' : 'new';
  return hits.length === 1 ? hits[0] : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const D = '[0-9０-９]';

const JA_DAY = new RegExp(`^(?:${D}{4}年)?(${D}{1,2})月(${D}{1,2})日|^(?:${D}{4}[/／])?(${D}{1,2})[/／](${D}{1,2})(?![0-9０-９])`);
const JA_PART_MONTH = new RegExp(`^(${D}{1,2})月(上旬|中旬|下旬|末)`);
const ISO_DAY = /^\d{4}-(\d{2})-(\d{2})\b/;
const EN_DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
const EN_MONTH_DAY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?!\d)/i;
const WEEK = /^(?:wk|cw|kw|week|w)\s?(\d{1,2})(?!\d)/i;
const MONEY_BEFORE = /^(?:usd|eur|jpy|gbp|cny|rmb|us\$|[$€£¥￥＄])\s?([0-9][0-9,]*(?:\.[0-9]+)?)/i;
const AMOUNT = new RegExp(`^(${D}[0-9０-９,，]*(?:[.．][0-9０-９]+)?)\\s?(万円|円|(?:米|US|豪|カナダ)?ドル|ユーロ|(?:人民)?元|usd|eur|jpy|€|%|％|週間|営業日|日間|日|か月|ヶ月|カ月|weeks?|wks?|days?|months?|個|本|台|枚|箱|ケース|セット|kg|ｋｇ|トン|t|pcs|pieces|units|cartons|pallets|m)?(?![A-Za-z])`, 'i');
const PART_DAY: Record<string, number> = { 上旬: 5, 中旬: 15, 下旬: 25, 末: 30 };

/** A unit a price is per, before the price: トン当たり, 1kgあたり, 1個 right before the figure. */
const PER_UNIT = /^[0-9０-９]{0,4}[^\s0-9０-９：:、。]{1,3}(?:あたり|当たり)\s?/;
const PER_ONE = /^[1１](?:個|本|台|枚|箱|ケース|セット|kg|ｋｇ|トン|t|パレット)(?=[0-9０-９])/;

/** The first value at the start of `text` (after spaces): a day, money, a span or a quantity. */
export function valueAt(text: string): PairValue | undefined {
  // Round 34: 月間28トン / 年間1,200本 / 月額32,000円: the period a figure is counted over, before it.
  // Round 36: トン当たり865ドル / 1kgあたり410円 / 1個1,200円: the unit a price is per, before it, is no figure of its own.
  const t = text.replace(/^[\s約]+|^(?:approx\.?|about)\s+/i, '').replace(/^(?:月間|年間|月産|年産|日産|月額|年額)(?=[0-9０-９])/, '')
    .replace(PER_UNIT, '').replace(PER_ONE, '');
  let m = JA_DAY.exec(t);
  if (m) return { value: (figureValue(m[1] ?? m[3]!) - 1) * 31 + figureValue(m[2] ?? m[4]!), measure: 'date' };
  if ((m = JA_PART_MONTH.exec(t))) return { value: (figureValue(m[1]!) - 1) * 31 + PART_DAY[m[2]!]!, measure: 'date' };
  if ((m = ISO_DAY.exec(t))) return { value: (Number(m[1]) - 1) * 31 + Number(m[2]), measure: 'date' };
  if ((m = EN_DAY_MONTH.exec(t))) return { value: MONTHS.indexOf(m[2]!.toLowerCase()) * 31 + Number(m[1]), measure: 'date' };
  if ((m = EN_MONTH_DAY.exec(t))) return { value: MONTHS.indexOf(m[1]!.toLowerCase()) * 31 + Number(m[2]), measure: 'date' };
  if ((m = WEEK.exec(t))) return { value: Number(m[1]) * 7, measure: 'date' };
  if ((m = MONEY_BEFORE.exec(t))) return { value: Number(m[1]!.replace(/,/g, '')), measure: 'money' };
  if ((m = AMOUNT.exec(t))) {
    const v = figureValue(m[1]!.replace('．', '.'));
    const unit = (m[2] ?? '').toLowerCase();
    if (!Number.isFinite(v)) return undefined;
    // Round 43 (vf-025): a dollar named by its country (米ドル, USドル, 豪ドル) is money as ドル is.
    if (/^(?:万円|円|(?:米|us|豪|カナダ)?ドル|ユーロ|(?:人民)?元|usd|eur|jpy|€)$/.test(unit)) return { value: unit === '万円' ? v * 10000 : v, measure: 'money' };
    if (/^(?:週間|weeks?|wks?)$/.test(unit)) return { value: v * 7, measure: 'span' };
    if (/^(?:か月|ヶ月|カ月|months?)$/.test(unit)) return { value: v * 30, measure: 'span' };
    if (/^(?:営業日|日間|日|days?)$/.test(unit)) return { value: v, measure: 'span' };
    if (/^(?:%|％)$/.test(unit)) return { value: v, measure: 'money' };
    return { value: v, measure: 'qty' };
  }
  // 受注後12週間 / 発注から6週間 / ご注文より約30日: a span counted from a point named before it is still a span.
  if ((m = COUNTED_FROM.exec(t))) {
    const span = valueAt(t.slice(m[0].length));
    return span?.measure === 'span' ? span : undefined;
  }
  return undefined;
}

/** The point a span is counted from, before the span: 受注後, 発注から, ご注文日より, 出荷後約 (no figure in it). */
const COUNTED_FROM = /^[^\s0-9０-９：:、。]{1,6}?(?:後|から|より)\s?/;

/** 「当初納期：6月20日」「Original ETD: 1 June」「・ご注文数 5,000個」: a label, a colon, and a value right after it. */
const LABELLED = /^([^：:→／/|]{1,30}?)\s?[：:]\s?(\S.{0,40})$/;

/** A line (or one side of a line) as a label with a role and its value, or undefined. */
export function labelledValue(text: string): LabelledValue | undefined {
  const m = LABELLED.exec(text.trim());
  if (!m) return undefined;
  const role = roleOfLabel(m[1]!);
  const value = role && valueAt(m[2]!);
  return role && value ? { role, label: m[1]!, value } : undefined;
}

/**
 * Whether the second of two labelled values is worse for the client than the first: the old then the new (a later
 * day, a higher price, a longer span, a smaller quantity — a larger one for a minimum), or the whole then a smaller
 * part. Values of different measures are no pair.
 */
export function worsePair(a: LabelledValue, b: LabelledValue): PairKind | undefined {
  if (a.value.measure !== b.value.measure || a.value.value === b.value.value) return undefined;
  const labels = `${a.label} ${b.label}`;
  // ご注文数：500個 / 今回出荷：200個: the part named by the occasion (今回, a new marker) under the whole is still the part.
  if (a.role === 'whole' && (b.role === 'part' || b.role === 'new')) return b.value.value < a.value.value && a.value.measure === 'qty' ? 'shortage' : undefined;
  // 予定納期：6月20日 / 回答納期：7月15日: a confirmed value after the old one is the new one.
  if (a.role !== 'old' || (b.role !== 'new' && b.role !== 'part')) return undefined;
  const up = b.value.value > a.value.value;
  switch (a.value.measure) {
    case 'date':
      return up ? 'delay' : undefined;
    case 'span':
      // Round 46 (classes-r32: "Free storage: 30 days (previously 14 days)"): days the client gains (free time, a warranty, a
      // validity) are better longer; shorter, they cost the client, no delay.
      if (GAIN_LABEL.test(labels)) return up ? undefined : 'price';
      return up ? 'delay' : undefined;
    case 'money':
      return up !== GAIN_LABEL.test(labels) ? 'price' : undefined;
    case 'qty':
      return up === MINIMUM_LABEL.test(labels) ? (up ? 'price' : 'shortage') : undefined;
  }
}

/**
 * Round 34: whether the second of two labelled values is better for the client than the first — the same pair with its
 * values swapped would be worse (現行：月間28トン / 2027年1月以降：月間40トン; 15,000円（現行18,000円）).
 */
export function betterPair(a: LabelledValue, b: LabelledValue): boolean {
  if (a.value.measure !== b.value.measure || a.value.value === b.value.value) return false;
  return worsePair({ ...a, value: b.value }, { ...b, value: a.value }) !== undefined;
}

/** A bracket after a value: its inside (the label and the value it replaces are read from it in code). */
const BRACKET = /[（(]([^（）()\n]{2,40})[）)]/g;
/** A label of a value confirmed or told before (（確定済み 9/12）, (confirmed: 12 Sep)): beside a new value, the old one. */
const TOLD_BEFORE = /確定|ご案内|お知らせ|\b(?:confirmed|committed|promised|agreed|advised)\b/i;

/**
 * The label and the value of a bracket's inside: 当初 11月6日, was 4 Dec, 従来：5週間, confirmed date was 4 November —
 * the value from the first word start a value reads at, the label before it (its colon or は dropped). Round 32: a label
 * of several words (a space no longer ends it); one of a value told before counts as the old side.
 */
function oldInBracket(inside: string): { label: string; value: PairValue; role: 'old' | 'whole'; period?: true } | undefined {
  for (let p = 1; p < inside.length; p++) {
    if (!/[0-9０-９A-Za-z$€£¥￥＄]/.test(inside[p]!) || /[0-9０-９A-Za-z]/.test(inside[p - 1]!)) continue;
    const value = valueAt(inside.slice(p));
    if (!value) continue;
    // trimmed by a loop, not /[…]+$/ (a trailing class with $ retried from every start is quadratic)
    let end = p;
    while (end > 0 && /[\s：:は、,]/.test(inside[end - 1]!)) end--;
    const label = inside.slice(0, end);
    // Round 45 (uf-057): "chuck roll 9.80 (Q1: 8.90)": a period named as the label is the price that held before.
    // Bare figures beside a period are its prices (a price list's columns), read as money.
    // (A share beside a past year's, "65% of the crop (2025: 61%)", is no price: no share is read this way.)
    if (label && PERIOD_LABEL.test(label) && !/[%％]/.test(inside)) {
      const bare = BARE_DECIMAL.test(inside.slice(p).trim());
      return { label, value: bare && value.measure === 'qty' ? { ...value, measure: 'money' } : value, role: 'old', period: bare || undefined };
    }
    if (!label || /[0-9０-９]/.test(label)) return undefined;
    // "(up to 20 participants)", （最大20名）: a cap told beside the value, not the value it replaces.
    if (/\b(?:up to|max|maximum|min|minimum|per)\b|最大|上限|まで/i.test(label)) return undefined;
    const role = roleOfLabel(label);
    // Round 45 (uf-032): "- February: 250 t (contract 400 t)": the whole contracted beside the part shipped.
    if (role === 'whole') return { label, value, role: 'whole' };
    return role === 'old' || (role !== 'new' && TOLD_BEFORE.test(label)) ? { label, value, role: 'old' } : undefined;
  }
  return undefined;
}
/** A decimal with nothing after it: a price list's bare column value (8.90), not a share or a count (61%, 250 t, 85). */
const BARE_DECIMAL = /^[0-9０-９][0-9０-９,，]*[.．][0-9０-９]+$/;
/** One figure and what follows it up to the bracket (its unit, spaces), and nothing before it but the figure's start. */
const ONE_FIGURE = /^[0-9０-９$€£¥￥＄][^0-9０-９]*(?:[0-9０-９,，.．]+[^0-9０-９]*)?/;
/** A past period as a bracket's label: Q1, H2, FY26, 2026, last season, 前回, 前四半期. */
const PERIOD_LABEL = /^(?:Q[1-4]|H[12]|FY\s?\d{2,4}|20\d\d|last (?:season|year)|前(?:回|期|年|四半期))$/i;

/**
 * Round 31 (clean31): a value told with the one it replaces beside it in brackets — 「出荷 11月20日（当初 11月6日）」,
 * 「納期 8週間（従来 5週間）」, "ETD: 18 November (confirmed date was 4 November)": the value right before the bracket is the
 * new side, the bracket's labelled one the old. The line's label (up to its colon) says what is measured, as for two
 * labelled values. The span from the new value through the bracket, when the new is worse for the client.
 */
export function valueBesideOld(text: string, better = false): PairNews | undefined {
  if (text.length > 140 || text.includes('\n')) return undefined;
  for (const m of text.matchAll(BRACKET)) {
    const found = oldInBracket(m[1]!);
    if (!found) continue;
    const old = found.value;
    const at = m.index!;
    // The new value: the last place before the bracket from which a value of the same measure runs to it.
    for (let k = Math.max(0, at - 16); k < at; k++) {
      if (!/[0-9０-９A-Za-z]/.test(text[k]!) || /[0-9０-９A-Za-z]/.test(text[k - 1] ?? '')) continue;
      // Round 45: beside a whole or a past period, the value is the figure right before the bracket, alone ("15年：60ケース
      // （ご要望：60ケース）" compares 60 with 60, not the product's 15 years).
      if ((found.role === 'whole' || found.period) && ONE_FIGURE.exec(text.slice(k, at))?.[0].length !== text.slice(k, at).length) continue;
      const read = valueAt(text.slice(k, at));
      // Bare decimals beside a period are a price list's (9.80 (Q1: 8.90)); whole numbers count something else (85 (last year: 60)).
      const value = read && found.period && read.measure === 'qty' && BARE_DECIMAL.test(text.slice(k, at).trim()) ? { ...read, measure: 'money' as const } : read;
      if (!value || value.measure !== old.measure) continue;
      const colon = text.slice(0, k).search(/[：:](?!.*[：:])/);
      const label = colon > 0 ? text.slice(0, colon) : text.slice(0, k);
      // A meeting, a deadline, a version moved: no term of what the client buys.
      if (NOT_TERMS_LABEL.test(label)) break;
      // Round 34 (`better`): the pair the other way round — the new value better for the client than the old beside it.
      const kind = found.role === 'whole' ? (better ? undefined : worsePair({ role: 'whole', label: found.label, value: old }, { role: 'part', label, value }))
        : better ? worsePair({ role: 'old', label: found.label, value }, { role: 'new', label, value: old }) : worsePair({ role: 'old', label: found.label, value: old }, { role: 'new', label, value });
      // "Unit price: THB 12.40 (was 12.80)": a price whose currency the reader does not know is read as a bare count —
      // a lower one under a price label is a cut in price, not in supply.
      if (kind === 'shortage' && PRICE_LABEL.test(label)) break;
      if (kind) return { start: k, end: at + m[0].length, kind };
      break;
    }
  }
  return undefined;
}

/** Between two labelled values on one line: a slash, an arrow, a comma or a wide space. */
const SEPARATOR = /\s{0,3}(?:[／/|→⇒]|->|=>|[、，,;；]|\s{2,}|\u3000)\s{0,3}/g;

/**
 * Two labelled values on one line, the second worse than the first (当初納期：6月20日／変更後納期：7月15日, ご注文数：
 * 5,000個 → 出荷数：3,200個, 旧単価：1,200円　新単価：1,450円): the span from the first label to the second value.
 */
export function pairOnLine(text: string): PairNews | undefined {
  if (text.length > 140 || text.includes('\n')) return undefined;
  for (const sep of text.matchAll(SEPARATOR)) {
    const at = sep.index!;
    const left = text.slice(0, at);
    const right = text.slice(at + sep[0].length);
    // Each side holds one colon: its own label and value.
    if (!/[：:]/.test(left) || !/[：:]/.test(right)) continue;
    const lead = left.search(/[^\s・\-－*＊●○■□◆◇]/);
    const a = labelledValue(left.slice(Math.max(0, lead)));
    const b = labelledValue(right.replace(/[。．.]\s*$/, ''));
    if (!a || !b) continue;
    const kind = worsePair(a, b);
    if (kind) return { start: Math.max(0, lead), end: endWithoutStop(text), kind };
    return undefined;
  }
  return undefined;
}

/** The length of a text without the full stops and spaces at its end (a loop: a trailing-run regex is quadratic). */
function endWithoutStop(text: string): number {
  let end = text.length;
  while (end > 0 && /[。．.\s]/.test(text[end - 1]!)) end--;
  return end;
}

/** Round 34: two lines, each a labelled value, the second better for the client than the first. */
export function pairOverLinesBetter(first: string, second: string): boolean {
  const a = labelledValue(first);
  const b = a && labelledValue(second);
  return !!a && !!b && betterPair(a, b);
}

/** Two lines, each a labelled value (当初納期：6月20日 / 変更後納期：7月15日), the second worse than the first. */
export function pairOverLines(first: string, second: string): PairKind | undefined {
  // Round 48 (dev set y8ya-008): two lines that each carry their own pair on an arrow (出荷日：4月24日 → 4月17日 /
  // 横浜港着予定：5月8日 → 5月1日) are two changes, each read on its own line, not one pair across them.
  if (first.includes('→') && second.includes('→')) return undefined;
  const a = labelledValue(first);
  const b = a && labelledValue(second);
  return a && b ? worsePair(a, b) : undefined;
}

/**
 * The cells of a table line in either language: a Markdown row split at its pipes ("| Item | Old | New |"), or a
 * plain-text row whose cells stand apart by a tab, two spaces or more, or a full-width space ("PX-10    USD 4.20
 * USD 4.90", "B-10　5月10日　6月5日"). A plain row needs three cells (two with a tab): a sentence with a double space
 * after its full stop is no row. Null for a line that is no row.
 */
export function tableLineCells(text: string): string[] | null {
  const line = text.trim();
  if (line.includes('\n')) return null;
  if ((line.match(/\|/g)?.length ?? 0) >= 2) {
    const cells = line.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
    return cells.length >= 2 ? cells : null;
  }
  const cells = line.split(/\t|\s{2,}|\u3000+/).map((c) => c.trim()).filter(Boolean);
  return cells.length >= 3 || (cells.length === 2 && line.includes('\t')) ? cells : null;
}
