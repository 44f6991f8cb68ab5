import type { NewsKind } from './en-news';
import { tableLineCells } from './value-pair';

/**
 * Round 15 (en-news, N1): bad news given as a table — a Markdown or plain table with an old and a new column
 * ("| Material | Current (¥/kg) | New (¥/kg) |", "| Part no. | Current lead time | New lead time |") or an ordered and
 * a confirmed one ("| PO | Item | Ordered | Confirmed |"). Each row is a sentence of its own; the header names what
 * the columns hold and what they measure, so the judgement is made over the rows (cells are a per-sentence fact,
 * cached by text) by the notice rule. The direction is read from the figures: a higher price, a longer lead time or
 * a later date in the new column, a confirmed quantity below the ordered one. A table with no such pair of columns (a
 * quotation, a data sheet) says nothing; nor does one whose changes are all in the client's favour.
 */

/** The cells of a table row ("| a | b | c |", "a | b | c", "a    b    c"), or null for a line that is no row. */
export const tableCells = tableLineCells;

export const isSeparatorRow = (cells: readonly string[]) => cells.every((c) => /^:?-{2,}:?$/.test(c));

type Role = 'old' | 'new' | 'whole' | 'part' | 'change';
const WHOLE = /\b(?:ordered|order\s+qty|order\s+quantity|requested|forecast|contracted|planned|po\s+qty)\b/i;
const PART = /\b(?:confirmed|allocated|available|shipped|delivered|deliverable|committed|supplied|accepted|possible|allocation)\b/i;
const NEW = /\b(?:new|revised|updated|future|after|from|adjusted)\b/i;
const OLD = /\b(?:current|old|previous|prior|existing|present|was|before|now|today|original|until|promised|initial)\b/i;
const CHANGE = /^(?:change|changes|diff|difference|delta|increase|variance|\+\/-|%)\b/i;

function roleOf(header: string): Role | undefined {
  if (WHOLE.test(header)) return 'whole';
  if (PART.test(header)) return 'part';
  if (NEW.test(header)) return 'new';
  if (OLD.test(header)) return 'old';
  if (CHANGE.test(header)) return 'change';
  return undefined;
}

type Measure = 'price' | 'span' | 'date' | 'qty' | 'burden';
const PRICE = /[$€£¥￥]|\b(?:usd|eur|jpy|gbp|yen|price|prices|pricing|cost|rate|rates|fee|fees|charge|surcharge|tariff|freight)\b/i;
const SPAN = /\b(?:lead\s*times?|delivery\s+times?|transit|turnaround|weeks|days|months)\b/i;
const DATE = /\b(?:date|dates|week|etd|eta|delivery|ship|shipping|despatch|dispatch)\b/i;
const QTY = /\b(?:qty|quantity|quantities|volume|pcs|units|pieces|allocation|kg|tons?|tonnes?|cartons|pallets)\b/i;
const BURDEN = /\b(?:minimum|moq|min\.?\s+order)\b/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A cell's value on the scale of its measure: a number, a span in days, a date as a day of the year, a week. */
function valueOf(cell: string, measure: Measure): number | undefined {
  if (measure === 'date') {
    const week = /\b(?:w|wk|cw|kw|week)\s*(\d{1,2})\b/i.exec(cell);
    if (week) return Number(week[1]) * 7;
    const dayMonth = /\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.exec(cell);
    if (dayMonth) return MONTHS.indexOf(dayMonth[2]!.toLowerCase()) * 31 + Number(dayMonth[1]);
    const monthDay = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(\d{1,2})\b/i.exec(cell);
    if (monthDay) return MONTHS.indexOf(monthDay[1]!.toLowerCase()) * 31 + Number(monthDay[2]);
    const iso = /\b\d{4}-(\d{2})-(\d{2})\b/.exec(cell);
    if (iso) return (Number(iso[1]) - 1) * 31 + Number(iso[2]);
    return undefined;
  }
  const n = /\d[\d,]*(?:\.\d+)?/.exec(cell);
  if (!n) return undefined;
  const v = Number(n[0].replace(/,/g, ''));
  if (!Number.isFinite(v)) return undefined;
  if (measure === 'span') {
    if (/\bmonths?\b/i.test(cell)) return v * 30;
    if (/\b(?:weeks?|wks?)\b/i.test(cell)) return v * 7;
  }
  return v;
}

/** What the pair of columns measures, from their headers, the heading above the table, and the cells. */
function measureOf(headers: string, heading: string, cells: string): Measure | undefined {
  if (BURDEN.test(headers)) return 'burden';
  if (PRICE.test(headers) || /[$€£¥￥]|\b(?:usd|eur|jpy|gbp|cad|aud)\b/i.test(cells)) return 'price';
  if (SPAN.test(headers) || /\b(?:weeks?|days|months?)\b/i.test(cells)) return 'span';
  if (DATE.test(headers)) return 'date';
  if (QTY.test(headers)) return 'qty';
  if (PRICE.test(heading)) return 'price';
  if (SPAN.test(heading)) return 'span';
  if (QTY.test(heading)) return 'qty';
  return undefined;
}

/** A header naming a period, as a count of months: "Q2 2027", "Jan. 2027", "January 2027", "H1 2027". */
function periodOf(header: string): { at: number; form: string } | undefined {
  const h = header.trim();
  const q = /^([QH])([1-4])\s*(?:\/\s*)?(20\d\d)$/i.exec(h);
  if (q) return { at: Number(q[3]) * 12 + (Number(q[2]) - 1) * (q[1]!.toUpperCase() === 'Q' ? 3 : 6), form: q[1]!.toUpperCase() };
  const m = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(20\d\d)$/i.exec(h);
  if (m) return { at: Number(m[2]) * 12 + MONTHS.indexOf(m[1]!.toLowerCase()), form: 'M' };
  return undefined;
}

/** The last two columns headed by periods of one form, the earlier first; undefined unless they run forward in time. */
function periodPair(header: readonly string[]): [number, number] | undefined {
  const periods = header.map(periodOf);
  const at = periods.flatMap((p, i) => (p ? [i] : []));
  if (at.length < 2) return undefined;
  const [a, b] = [at[at.length - 2]!, at[at.length - 1]!];
  return periods[a]!.form === periods[b]!.form && periods[a]!.at < periods[b]!.at ? [a, b] : undefined;
}

const KIND: Record<Measure, NewsKind> = { price: 'price-increase', span: 'delay', date: 'delay', qty: 'shortage', burden: 'terms-change' };

/**
 * The rows of a table (header first, the separator row if any, then data) that carry a change against the client,
 * by index into `rows`, with its kind; undefined when none does. `heading` is the line above the table.
 */
export function tableNews(rows: ReadonlyArray<readonly string[]>, heading: string): { worse: number[]; kind: NewsKind } | undefined {
  const header = rows[0];
  if (!header || rows.length < 2 || isSeparatorRow(header)) return undefined;

  const roles = header.map(roleOf);
  const col = (r: Role) => roles.indexOf(r);
  const pairs: Array<[number, number, 'old-new' | 'whole-part']> = [];
  if (col('old') >= 0 && col('new') >= 0) pairs.push([col('old'), col('new'), 'old-new']);
  if (col('whole') >= 0 && col('part') >= 0) pairs.push([col('whole'), col('part'), 'whole-part']);
  // Round 48 (dev y8yc-001, held-out h8hf-024): two columns headed by periods in the same writing ("Q1 2027 | Q2 2027",
  // "Jan 2027 | Feb 2027"): the earlier is the old price, the later the new — for prices only (a table of quantities by
  // period is a report, not a notice).
  const byPeriod = pairs.length === 0 ? periodPair(header) : undefined;
  if (byPeriod) pairs.push([byPeriod[0], byPeriod[1], 'old-new']);
  const worse: number[] = [];
  let kind: NewsKind | undefined;
  for (const [a, b, how] of pairs) {
    const data = rows.slice(1).filter((r) => !isSeparatorRow(r));
    const cellsText = data.map((r) => `${r[a] ?? ''} ${r[b] ?? ''}`).join(' ');
    const measure = how === 'whole-part' ? 'qty' : measureOf(`${header[a]} ${header[b]}`, heading, cellsText);
    if (!measure || (byPeriod && a === byPeriod[0] && b === byPeriod[1] && measure !== 'price')) continue;
    rows.forEach((r, i) => {
      if (i === 0 || isSeparatorRow(r)) return;
      const x = valueOf(r[a] ?? '', measure);
      const y = valueOf(r[b] ?? '', measure);
      if (x === undefined || y === undefined || x === y) return;
      // Up is worse for a price, a minimum, a lead time or a date; down for a quantity or the part confirmed.
      const upWorse = measure === 'price' || measure === 'burden' || measure === 'span' || measure === 'date';
      if ((y > x) === upWorse) {
        worse.push(i);
        kind ??= KIND[measure];
      }
    });
  }
  return kind === undefined ? undefined : { worse, kind };
}
