// Round 30 (news30): a term the client buys on given its new value as a figure, with no word of change — 「4月出荷のぶん
// から、N-70は1kgあたり2,850円になります」, 「標準納期は受注後8週間となります（現行5週間）」, 「最小発注数量は500個となります
// （現行200個）」, 「月額単価：412,000円（税別、現行385,000円）」. The figures carry the news: the new value beside the current one
// (（現行…）, （従来…）, （税別、現行…）) says which way it moved, and the term the topic names (a price, a lead time, a minimum,
// an allocation, a warranty) says which way is worse for the client — so 「最小発注数量は100個となります（現行500個）」 or a
// shorter lead time is good news and silences the other readers of that clause. With no current value beside it, only a
// price is read, and only when it applies from a point (4月出荷分から, 来期の, 次回ご注文分より) and becomes the figure
// (…円になります / となります): a new price set from a date is a change, whatever the goods are called.
import { z } from 'zod';
import data from '../../../dictionaries/ja/news-terms.json';
import { bundled, onDemand } from '../../rules/bundled';
import { valueAt, type PairMeasure } from './value-pair';
import type { ResultCue } from './ja-news-results';
import type { NewsKind } from './ja-news';

/**
 * The words of the reader (dictionaries/ja/news-terms.json; round 31 moved them there from five long patterns):
 * currencies and units of a figure, the predicate that gives a new value, the old side's words in the bracket beside
 * it, the points a new price applies from, and the verbs of becoming the figure.
 */
export const JaNewsTermsSchema = onDemand(() => z.object({
  about: z.string(),
  entries: z.array(z.object({
    id: z.string().regex(/^[a-z-]+$/),
    words: z.array(z.string().min(1)).min(1).optional(),
    pattern: z.string().min(1).optional(),
  })).length(11),
}));
const TERMS = bundled('ja/news-terms', JaNewsTermsSchema, data);
/** The entries the reader builds its patterns from (a missing one fails at load, and the dictionary tests run them all). */
type TermId = 'currency' | 'unit' | 'given-as' | 'tax' | 'old-side' | 'old-period' | 'term-noun' | 'applies-from-date' | 'applies-from-next' | 'becomes' | 'supply-term';
const entry = (id: TermId) => TERMS.entries.find((e) => e.id === id)!;
/** An entry's words as one alternation, each word literal (in the order written: a longer form before its prefix). */
const words = (id: TermId) => entry(id).words!.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const CURRENCY = words('currency');
const UNIT = words('unit');

/** A figure as written: a currency before it or a unit after it (a bare number is no term's value). */
const FIGURE = new RegExp(`^(?:(?:${CURRENCY})\\s?)?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?\\s?(?:${UNIT})?`, 'i');
const HAS_UNIT = new RegExp(`^(?:${CURRENCY})|(?:${UNIT})$`, 'i');
/** Not the start of a figure: inside a number, a part number (N-70, BC-220), a date (6月20日, 4/1). */
const NOT_FIGURE_BEFORE = /[0-9０-９,，.．A-Za-z\-－_月/／年]$/;

/** The current value beside the new one: （現行 4,790円）, （税別、現行385,000円）, (従来：5週間), （改定前 1,200円）. */
// Round 32: or the period it held in (（2026年：120ケース）, （前年：1,200本）, （先月は90箱）): the period named beside the new
// value is the one the new value replaces.
const OLD_MARK = `[（(]\\s?(?:(?:${words('tax')})[、，,\\s]\\s?)?(?:${words('old-side')}|${words('old-period')}|${entry('old-period').pattern!})(?:の)?(?:${words('term-noun')})?\\s?[:：は]?\\s?`;
const OLD_BESIDE = new RegExp(`^\\s?(?:${words('given-as')})?[。．]?\\s?${OLD_MARK}`);

/** What the topic names, by which way is worse for the client. */
const GAIN_TERM = /保証|保守|無償|割引|値引|リベート|フリータイム|有効期|サポート期間|猶予/;
const MINIMUM_TERM = /最小|最低|ロット|発注単位|MOQ/i;
const LEAD_TERM = /納期|リードタイム|所要|製作期間|製造期間|工期|お届けまで|出荷まで|納品まで/;
const SUPPLY_TERM = new RegExp(words('supply-term'));

/** A point the new value applies from: 4月出荷のぶんから, 来月ご注文分より, 7月1日以降, 来期の, 次回. */
const APPLIES_FROM = new RegExp(`${entry('applies-from-date').pattern!}|${entry('applies-from-next').pattern!}`);
/** The figure becomes the value: …円になります / …円となります / …円に変わります (a unit priced may stand between). */
const BECOMES = new RegExp(`^(?:\\s?[/／][^\\s、。]{1,4})?\\s?(?:（[^）]{0,12}）)?\\s?(?:${words('becomes')})`);
/** A quote or an answer the client asked for: the figures are what they wanted to know. */
const ASKED = /見積|ご依頼|ご要望|ご希望|お問い合わせ|お問合せ|ご照会|ご提示/;

interface Figure { value: number; measure: PairMeasure; start: number; end: number }

function figureAt(text: string, at: number): Figure | undefined {
  if (NOT_FIGURE_BEFORE.test(text.slice(Math.max(0, at - 1), at))) return undefined;
  const m = FIGURE.exec(text.slice(at, at + 30));
  if (!m || !HAS_UNIT.test(m[0].trim())) return undefined;
  const v = valueAt(m[0]);
  if (!v || v.measure === 'date') return undefined;
  return { ...v, start: at, end: at + m[0].trimEnd().length };
}

/** Whether a new value over the old one is worse for the client, by the term the topic names; undefined if unknown. */
function worse(topic: string, measure: PairMeasure, up: boolean): NewsKind | undefined {
  if (GAIN_TERM.test(topic)) return up ? undefined : measure === 'money' ? 'price' : 'discontinued';
  if (measure === 'money') return up ? 'price' : undefined;
  if (MINIMUM_TERM.test(topic)) return up ? 'price' : undefined;
  if (measure === 'span' && LEAD_TERM.test(topic)) return up ? 'delay' : undefined;
  if (measure === 'qty' && SUPPLY_TERM.test(topic)) return up ? undefined : 'shortage';
  return undefined;
}

/** Whether the term is one the direction is known for (so a move the other way is good news). */
const knownTerm = (topic: string, measure: PairMeasure) =>
  measure === 'money' || GAIN_TERM.test(topic) || MINIMUM_TERM.test(topic) || (measure === 'span' && LEAD_TERM.test(topic)) || (measure === 'qty' && SUPPLY_TERM.test(topic));

const FIGURE_START = /[0-9０-９$€£¥￥＄]|usd|eur|jpy/gi;

/**
 * A term's new value in a sentence: a worse one (a cue of its kind, 'term-beside-old' or 'term-new-price') or a better
 * one beside its current value ('figure-favourable', which quiets the other readers of the clause). Undefined otherwise.
 */
export function termNewValue(text: string): ResultCue | undefined {
  if (text.length > 400) return undefined;
  for (const hit of text.matchAll(FIGURE_START)) {
    const at = hit.index!;
    const fig = figureAt(text, at);
    if (!fig) continue;
    const clauseStart = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
    const topicStart = Math.max(clauseStart, text.lastIndexOf('、', at) + 1);
    const topic = text.slice(Math.max(clauseStart, at - 40), at);
    const rest = text.slice(fig.end, fig.end + 40);
    const oldMark = OLD_BESIDE.exec(rest);
    if (oldMark) {
      const oldAt = fig.end + oldMark[0].length;
      const old = figureAt(` ${text.slice(oldAt)}`, 1);
      if (!old || old.measure !== fig.measure || old.value === fig.value) continue;
      // The span ends at the bracket that closes the current value (or at the value, if none follows it).
      const closing = /^[^（()）\n]{0,12}[）)]/.exec(text.slice(oldAt + old.end - 1));
      const end = oldAt + old.end - 1 + (closing ? closing[0].length : 0);
      const kind = worse(topic, fig.measure, fig.value > old.value);
      if (kind) return { start: topicStart, end, kind, source: 'term-beside-old' };
      if (knownTerm(topic, fig.measure)) return { start: topicStart, end, kind: 'price', source: 'figure-favourable' };
      continue;
    }
    // 4月出荷のぶんから、N-70は1kgあたり2,850円になります: a new price from a point, with no current value beside it.
    if (fig.measure !== 'money' || GAIN_TERM.test(topic) || ASKED.test(text)) continue;
    if (!BECOMES.test(rest) || !APPLIES_FROM.test(text.slice(clauseStart, at))) continue;
    const p = BECOMES.exec(rest)!;
    return { start: topicStart, end: fig.end + p[0].length, kind: 'price', source: 'term-new-price' };
  }
  return undefined;
}
