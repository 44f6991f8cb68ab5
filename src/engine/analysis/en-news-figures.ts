import { clauseOf } from './en';
import { isCurrency } from './currency';
import type { EnToken } from './en-parse';
import type { EnFacts } from './en';
import type { NewsKind } from './en-news';
import { inClass } from './en-lexicon';
import { NUMBER_WORDS, rateAt } from './en-news-rates';

/**
 * Round 15 (en-news, N1): a change told as two figures of one measure — a list line or a label with an old and a
 * new value ("Lead time: 3 weeks → 6 weeks", "Fuel surcharge: 12% → 18%", "Week 18: 5,000 pcs → 2,000 pcs",
 * "Minimum order: 2,000 m (previously 1,000 m)", "Despatch: KW 14 → KW 19"), or an ordered quantity set beside a
 * smaller confirmed one ("40,000 pcs ordered / 18,000 pcs confirmed", "1,200 units requested, 700 allocated").
 * The direction is read from the figures and from what they measure, not from a verb: up is news for what the
 * client bears (a price, a surcharge, a minimum, a lead time, a defect count), down for what it receives (a
 * quantity, a discount, a warranty, payment days), later for a date. A figure pair with no measure it can judge
 * (two bare percentages under an unknown label) says nothing.
 */

type Measure = 'money' | 'percent' | 'span' | 'qty' | 'week' | 'bare' | 'rate';
interface Figure { value: number; index: number; measure: Measure; unit?: string; scale?: number }

/** Money's marks (currency.ts), read as a set. */
const CURRENCIES = { has: isCurrency };
const SPAN_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7, wk: 7, wks: 7, month: 30, months: 30, year: 365, years: 365,
  // Round 23: a response or repair time in hours ("72 hours (currently 24 hours)"); judged only under a time word (`directionOf`).
  hour: 1 / 24, hours: 1 / 24, hr: 1 / 24, hrs: 1 / 24, h: 1 / 24, minute: 1 / 1440, minutes: 1 / 1440, min: 1 / 1440, mins: 1 / 1440 };
const WEEK_WORDS = new Set(['week', 'wk', 'cw', 'kw', 'w']);
const MONTH_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Arrows between an old and a new value. */
const ARROWS = new Set(['→', '⇒', '➔', '➜', '=>', '->', '>', '⟶']);
/** Words after which the next figure is the old value ("USD 4.10 (was 3.60)", "2,000 m (previously 1,000 m)"). */
const OLD_AFTER = new Set(['was', 'were', 'previously', 'formerly', 'currently', 'before', 'old', 'instead', 'rather', 'vs', 'vs.', 'versus', 'compared', 'from',
  // Round 23: "2 per year (until now 4 per year)", "(hitherto 12)", "(prior: 4)"; "until now" and "so far" in `changeOf`.
  'hitherto', 'prior', 'previous',
  // Round 42: "replacing the current …", "as opposed to" ("in place of" is read in changeOf).
  'replacing', 'replaces', 'opposed']);
/** Words before "now" that make it name the old value: "until now", "till now", "up to now". */
const UNTIL = new Set(['until', 'till', "'til", 'til', 'to']);

/** Round 42: "265 USD/kg, in place of 210 USD/kg": "place" between "in" and "of" (not the "Place" of an address). */
export const inPlaceOf = (tokens: readonly { lower: string }[], k: number) =>
  tokens[k]!.lower === 'place' && tokens[k - 1]?.lower === 'in' && tokens[k + 1]?.lower === 'of';

/** Counts of times as words ("instead of twice"). */
const TIMES_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

function numberOf(t: EnToken | undefined): number | undefined {
  if (!t || t.pos !== 'NUM') return undefined;
  // Round 23: "two engineers instead of four": a number word the tagger read as a figure.
  const v = NUMBER_WORDS[t.lower] ?? Number(t.text.replace(/,/g, ''));
  return Number.isFinite(v) ? v : undefined;
}

const GLUED_WEEK = /^(?:cw|kw|wk|w)(\d{1,2})$/i;
/** Every figure of the sentence with what it measures, in order. */
function figuresOf(tokens: EnToken[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Round 23: a frequency ("2 per year", "once a quarter", "every 6 weeks") as a figure per year (en-news-rates.ts).
    const rate = rateAt(tokens, i);
    if (rate) {
      out.push({ value: rate.value, index: i, measure: 'rate', scale: rate.perYear });
      i = rate.end - 1;
      continue;
    }
    const glued = GLUED_WEEK.exec(tokens[i]!.text);
    if (glued) {
      out.push({ value: Number(glued[1]), index: i, measure: 'week' });
      continue;
    }
    // "once per year instead of twice": a count of times in a word, in its partner frequency's period.
    const times = TIMES_WORDS[tokens[i]!.lower];
    if (times !== undefined && out[out.length - 1]?.measure === 'rate') {
      out.push({ value: times, index: i, measure: 'bare' });
      continue;
    }
    const value = numberOf(tokens[i]);
    if (value === undefined) continue;
    // Round 27: "order 4471", "PO 2258", "lot 12": a number that names a thing is no measure (a quantity has its unit after it).
    if (ID_NOUNS.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.pos !== 'NOUN') continue;
    // Round 23 (mendnews): "twice per year instead of four times": a count of times with no period of its own counts
    // in its partner frequency's period (a bare figure, scaled by `figureChange`).
    if (/^(?:times|x)$/.test(tokens[i + 1]?.lower ?? '') && out[out.length - 1]?.measure === 'rate') {
      out.push({ value, index: i, measure: 'bare' });
      i++;
      continue;
    }
    const before = tokens[i - 1]?.lower ?? '';
    // "3 business days", "5 working days": the span's unit after its qualifier.
    const qualified = /^(?:business|working|calendar|work)$/.test(tokens[i + 1]?.lower ?? '');
    const after = tokens[i + (qualified ? 2 : 1)]?.lower ?? '';
    // A figure right after a month name or before one is a date, which en-news.ts reads; a year is no measure.
    if (MONTH_WORDS.has(before) || MONTH_WORDS.has(after) || (/^(?:19|20)\d\d$/.test(tokens[i]!.text) && !CURRENCIES.has(before))) continue;
    if (CURRENCIES.has(before) || CURRENCIES.has(after) || /^[a-z]{1,3}\$$/.test(before)) out.push({ value, index: i, measure: 'money' });
    else if (after === '%' || after === 'percent') out.push({ value, index: i, measure: 'percent' });
    else if (WEEK_WORDS.has(before) && Number.isInteger(value) && value >= 1 && value <= 53) out.push({ value, index: i, measure: 'week' });
    else if (SPAN_DAYS[after] !== undefined) out.push({ value: value * SPAN_DAYS[after]!, index: i, measure: 'span', scale: SPAN_DAYS[after]! });
    else if ((tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN') && !/^[.:;,]/.test(after)) {
      out.push({ value, index: i, measure: 'qty', unit: tokens[i + 1]!.lemma });
    } else out.push({ value, index: i, measure: 'bare' });
  }
  return out;
}

/** Nouns a number after which is a name, not a measure: "order 4471", "PO 2258", "invoice 118", "lot 7". */
const ID_NOUNS = new Set(['order', 'po', 'invoice', 'lot', 'batch', 'ref', 'ticket', 'container', 'item', 'sku', 'no', 'no.', '#', 'case', 'claim', 'contract', 'quote', 'quotation']);
/** The determiners and currency a corrected figure may carry after its "not": ", not the 600", ", not USD 4.10". */
const CORRECTED_LEAD = /^(?:the|a|an|your|our|their)$/;

/**
 * Round 27: "360 cases, not the 600 on your March order", "8 weeks — not 6": a figure set right against another it
 * replaces, by a "not" after a comma or a dash. The figure after "not" is the one expected (the old); the index of that
 * "not" in `tokens`, or -1.
 */
function correctionNot(tokens: EnToken[], a: Figure, b: Figure): number {
  const between = tokens.slice(a.index + 1, b.index);
  const at = between.findIndex((t) => t.lower === 'not');
  if (at < 1 || !/^[,;—–-]$/.test(between[at - 1]!.text)) return -1;
  if (!between.slice(at + 1).every((t) => CORRECTED_LEAD.test(t.lower) || CURRENCIES.has(t.lower) || /^[a-z]{1,3}\$$/.test(t.lower))) return -1;
  return a.index + 1 + at;
}

/**
 * Old and new of two figures next to each other, by the words between them: an arrow points from old to new; "was",
 * "previously", "instead of" put the old one after. Undefined when nothing marks a change (a range, two tiers).
 */
function changeOf(tokens: EnToken[], a: Figure, b: Figure): [Figure, Figure] | undefined {
  const between = tokens.slice(a.index + 1, b.index);
  // The corrected figure may follow a longer phrase of what it counts ("360 cases of order 4471, not the 600").
  if (between.length <= 10 && correctionNot(tokens, a, b) >= 0) return [b, a];
  if (between.length > 6) return undefined;
  if (between.some((t, k) => ARROWS.has(t.text) || (t.text === '-' && between[k + 1]?.text === '>'))) return [a, b];
  if (between.some((t) => t.lower === 'to') && tokens.slice(Math.max(0, a.index - 3), a.index).some((t) => t.lower === 'from')) return [a, b];
  // "4 wks now 11 wks": the second figure is what holds now; "until now" names the old one.
  if (between.some((t, k) => t.lower === 'now' && !UNTIL.has(between[k - 1]?.lower ?? ''))) return [a, b];
  if (between.some((t, k) => t.lower === 'now' || (t.lower === 'far' && between[k - 1]?.lower === 'so'))) return [b, a];
  // "from" names the old value only before a figure ("4.10 (from 3.60)"); "six weeks from order, with two weeks of …" dates.
  if (between.some((t, k) => OLD_AFTER.has(t.lower) && (t.lower !== 'from' || k + 1 >= between.length || /^(?:NUM|SYM)$/.test(between[k + 1]!.pos)))) return [b, a];
  // Round 42: "265 USD/kg, in place of 210 USD/kg" (not the "Place" of an address between two numbers).
  if (between.some((_, k) => inPlaceOf(between, k))) return [b, a];
  return byPeriod(tokens, a, b);
}

/**
 * Round 16 (B1): two figures each tied to a period — "6.5% (Feb) / 11.0% (Mar)", "11.0% (Feb: 6.5%)" read with the
 * period named beside the second, "FY2026: 5.0m / FY2027: 5.5m" — are old and new by the order of their periods.
 * A figure in brackets after "<period>:" set beside a figure outside them is the comparison (the old value).
 */
function byPeriod(tokens: EnToken[], a: Figure, b: Figure): [Figure, Figure] | undefined {
  const pa = periodOf(tokens, a.index);
  const pb = periodOf(tokens, b.index);
  if (pa !== undefined && pb !== undefined && pa.at !== pb.at) {
    if (pa.rank === pb.rank) return undefined;
    return laterRank(pa.rank, pb.rank, pa.year) ? [a, b] : [b, a];
  }
  // "Surcharge: 11.0% (Feb: 6.5%)": the bracketed figure with its own period is what it was.
  if (pb !== undefined && pa === undefined && pb.labelled && tokens.slice(a.index + 1, b.index).some((t) => t.text === '(')) return [b, a];
  return undefined;
}

interface Period { rank: number; at: number; year: boolean; labelled: boolean }
const MONTH_ORDER = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month, a year ("2026", "FY2027") or a quarter as a rank, written as a label before a figure ("Feb: 6.5%") or in brackets after it ("6.5% (Feb)"). */
function periodRank(t: EnToken | undefined): { rank: number; year: boolean } | undefined {
  if (!t) return undefined;
  const w = t.lower.replace(/\.$/, '');
  const m = MONTH_ORDER.indexOf(w.slice(0, 3));
  if (m >= 0 && MONTH_WORDS.has(w)) return { rank: m, year: false };
  const y = /^(?:fy)?((?:19|20)\d\d)$/.exec(w);
  if (y) return { rank: Number(y[1]), year: true };
  const q = /^q([1-4])$/.exec(w);
  if (q) return { rank: Number(q[1]) * 3, year: false };
  return undefined;
}
function periodOf(tokens: EnToken[], index: number): Period | undefined {
  // "6.5% (Feb)": the period alone in brackets right after the figure (past its unit) — before a line's own label
  // ("Surcharge for March: 6.5% (Feb) / 11.0% (Mar)").
  let j = index + 1;
  if (tokens[j]?.text === '%' || tokens[j]?.lower === 'percent' || CURRENCIES.has(tokens[j]?.lower ?? '')) j++;
  if (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')') {
    const p = periodRank(tokens[j + 1]);
    if (p) return { ...p, at: j + 1, labelled: false };
  }
  // "(Feb: 6.5%)", "FY2027: JPY 5.5m": the period and a colon just before the figure (past a currency).
  let k = index - 1;
  if (CURRENCIES.has(tokens[k]?.lower ?? '') || /^[a-z]{1,3}\$$/.test(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.text === ':') {
    const p = periodRank(tokens[k - 1]);
    if (p) return { ...p, at: k - 1, labelled: tokens[k - 2]?.text === '(' || tokens[k - 2]?.text === '/' || k - 1 === 0 };
  }
  return undefined;
}
/** Whether rank `b` comes after `a`: years by number, months within half a year across the new year. */
function laterRank(a: number, b: number, year: boolean): boolean {
  if (year) return b > a;
  const d = (b - a + 12) % 12;
  return d > 0 && d <= 6;
}

/** What a label measures: decides whether up or down is worse for the client. */
export const UP_WORSE = new Set(['price', 'pricing', 'cost', 'fee', 'charge', 'surcharge', 'rate', 'tariff', 'freight', 'premium', 'tax', 'duty', 'interest',
  'minimum', 'min', 'moq', 'deposit', 'prepayment', 'lead', 'leadtime', 'notice', 'penalty', 'markup', 'mark-up', 'defect', 'defects', 'scrap', 'reject',
  'rejects', 'complaint', 'complaints', 'downtime', 'failure', 'failures', 'error', 'errors', 'waiting', 'turnaround', 'transit', 'processing']);
export const DOWN_WORSE = new Set([
  // Round 23: what a package includes for the client ("Included spare parts kits: 1 per machine (before: 3)").
  'included', 'inclusive', 'complimentary',
  'discount', 'rebate', 'allowance', 'credit', 'warranty', 'guarantee', 'free', 'validity', 'grace', 'payment', 'terms',
  'quantity', 'qty', 'volume', 'allocation', 'allocated', 'confirmed', 'supply', 'capacity', 'output', 'coverage', 'visits', 'hours', 'quota',
  // Round 22: "shelf life: 24 months → 18 months" is shorter, worse; a span with no judging word is read as a lead time.
  'life', 'lifetime', 'retention',
  // Round 22 (r22-menden): the people on the reader's account — "Team size reducing from 9 to 7", "Onsite engineers: 4 → 2".
  'team', 'headcount', 'staff', 'staffing', 'fte', 'ftes', 'engineers', 'developers', 'consultants', 'testers', 'members', 'resources',
  'manpower', 'people', 'personnel', 'crew', 'technicians', 'operators', 'analysts']);
/** Lead-time words that make a span a lead time ("Standard delivery time: 4 weeks → 9 weeks"). */
const TIME_HEADS = new Set(['time', 'times', 'lead', 'leadtime', 'turnaround', 'transit', 'processing']);

interface Direction { worse: 'up' | 'down'; kind: NewsKind }

/** Whether a change of `measure` under the label's words is worse going up or down, and what news that is. */
/** Words that put a frequency on the side of what we do for the client. */
const SERVICE_SIDE = /^(?:we|our|us|your|you|visits?|updates?|deliveries|delivery|reports?|support|service|services|maintenance|calls?)$/;

function directionOf(measure: Measure, label: EnToken[], scale?: number, labelled = false): Direction | undefined {
  const words = label.map((t) => t.lower);
  const up = words.some((w) => UP_WORSE.has(w));
  const down = words.some((w) => DOWN_WORSE.has(w));
  // The label's last judging word decides ("Discount on freight" is a discount; "Freight discount" too).
  const last = [...words].reverse().find((w) => UP_WORSE.has(w) || DOWN_WORSE.has(w));
  const downLast = last !== undefined && DOWN_WORSE.has(last);
  switch (measure) {
    case 'money':
      if (downLast) return { worse: 'down', kind: 'terms-change' };
      // Round 36: "Your sales in our marketplace grew from USD 120,000 to USD 150,000": money the client gains.
      return !up && words.some((w) => GOOD_UP.has(w)) ? undefined : { worse: 'up', kind: 'price-increase' };
    case 'percent':
      // Round 36: "the margin on cross-border FX conversions rises from 0.8% to 1.1%", "the spread applied to your JPY
      // conversions": a percentage taken on a business of the client's is a charge, whatever it is called.
      if (!up && !down) {
        const head = takenOn(label);
        return head >= 0 && !words.slice(0, head + 1).some((w) => GOOD_UP.has(w)) ? { worse: 'up', kind: 'price-increase' } : undefined;
      }
      if (downLast) return { worse: 'down', kind: 'terms-change' };
      return { worse: 'up', kind: words.some((w) => w === 'minimum' || w === 'moq' || w === 'deposit') ? 'terms-change' : 'price-increase' };
    case 'rate': {
      // Round 23: how often we do something for the client (visits, calibrations, deliveries, reports): fewer is worse,
      // unless what is counted is a fault or a burden (WordNet's FAULT and BURDEN nouns: "failures: 3 per month"), where more is.
      const fault = label.some((t) => t.pos === 'NOUN' && (inClass('fault', t) || inClass('burden', t)));
      if ((up && !downLast) || fault) return { worse: 'up', kind: fault ? 'quality' : 'terms-change' };
      // Fewer is worse only of something done for the client: said by us or of theirs, a word of what they receive, an
      // event or a check we hold (WordNet's EVENT and CHECK nouns), or a labelled line. "The pump runs 8 hours per day
      // instead of 16" counts how a machine runs.
      if (!label.some((t) => SERVICE_SIDE.test(t.lower) || DOWN_WORSE.has(t.lower) || (t.pos === 'NOUN' && (inClass('event', t) || inClass('check', t)))) &&
        !labelled) return undefined;
      return { worse: 'down', kind: 'terms-change' };
    }
    case 'span':
      if (downLast) return { worse: 'down', kind: 'terms-change' };
      // Round 23: hours or minutes are a time taken only under a word of time ("Response time: 24 hours"); "Training: 16
      // hours (previously 8 hours)" judges nothing.
      if (scale !== undefined && scale < 1 && !words.some((w) => TIME_HEADS.has(w)) && !up) return undefined;
      if (up && !words.some((w) => TIME_HEADS.has(w))) return { worse: 'up', kind: 'terms-change' };
      return { worse: 'up', kind: 'delay' };
    case 'qty':
    case 'bare':
      // Round 23: a burden or a fault counted (WordNet's BURDEN and FAULT nouns: "noise level", "errors", "scrap"): more is worse.
      if (!downLast && label.some((t) => t.pos === 'NOUN' && (inClass('burden', t) || inClass('fault', t)))) return { worse: 'up', kind: 'quality' };
      if (up && !downLast) return { worse: 'up', kind: words.some((w) => w === 'price' || w === 'cost' || w === 'fee' || w === 'rate') ? 'price-increase' : 'terms-change' };
      // Bare figures judge nothing without a label that says what they count.
      if (measure === 'bare' && !down) return undefined;
      return { worse: 'down', kind: 'shortage' };
    case 'week':
      return { worse: 'up', kind: 'delay' };
  }
}

/** Participles that lay a percentage on a business: "the spread applied to your conversions", "the fee charged on …". */
const LAID_ON = /^(?:applied|charged|levied|deducted|withheld|taken|added)$/;
/**
 * Round 36: the index of a label's noun laid on something (or -1) — "margin on cross-border FX conversions", "commission on marketplace
 * sales", "spread applied to your JPY conversions": the percentage is taken from that business, a charge however named.
 */
function takenOn(label: EnToken[]): number {
  const at = label.findIndex((t, n) => n > 0 && label[n - 1]!.pos === 'NOUN' && (t.lower === 'on' || (LAID_ON.test(t.lower) && /^(?:to|on|from)$/.test(label[n + 1]?.lower ?? ''))));
  return at - 1;
}

/** The label of a figure pair: the words before the first figure, back to the sentence's start or a full stop. */
function labelBefore(tokens: EnToken[], index: number): EnToken[] {
  let from = index;
  while (from > 0 && tokens[from - 1]!.text !== '.' && tokens[from - 1]!.text !== ';' && index - from < 12) from--;
  return tokens.slice(from, index).filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM');
}

/** Words that name the whole a client ordered, and the part we confirm or supply. */
// Round 23 (mendnews): "2 years will be migrated (earlier plan: 3 years)": the plan or the agreed scope is the whole too.
const WHOLE = new Set(['ordered', 'order', 'requested', 'request', 'forecast', 'contracted', 'planned', 'booked', 'po', 'plan', 'scope', 'agreed', 'quoted']);
const PART = new Set(['confirmed', 'allocated', 'available', 'shipped', 'delivered', 'deliverable', 'committed', 'supplied', 'accepted', 'possible',
  'dispatched', 'shipping', 'confirmable']);

/** The role word of a quantity: right after it (past its unit), or right before it ("Ordered: 500", "confirmed 300"). */
function roleOf(tokens: EnToken[], fig: Figure): 'whole' | 'part' | undefined {
  const after = tokens[fig.index + (fig.measure === 'qty' ? 2 : 1)]?.lower ?? '';
  if (WHOLE.has(after)) return 'whole';
  if (PART.has(after)) return 'part';
  let k = fig.index - 1;
  if (tokens[k]?.text === ':' || tokens[k]?.text === '=') k--;
  const before = tokens[k]?.lower ?? '';
  if (WHOLE.has(before)) return 'whole';
  if (PART.has(before)) return 'part';
  // Round 37 (newsen37): "the 45 in your forecast", "the 60 on your PO": the whole named by the client's paper after it.
  const at = fig.index + (fig.measure === 'qty' ? 2 : 1);
  if (/^(?:in|on)$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'your' && WHOLE.has(tokens[at + 2]?.lower ?? '')) return 'whole';
  return undefined;
}

/** Negators that deny the change ("no change from 12% to 18%" is unusual, but "not 6 weeks → …" is a correction). */
const DENIES = new Set(['not', "n't", 'no', 'never']);

export function figureChange(f: EnFacts): NewsKind | undefined {
  if (f.question || f.conditional) return undefined;
  const { tokens } = f;
  const figs = figuresOf(tokens);
  if (figs.length < 2) return undefined;
  for (let n = 0; n + 1 < figs.length; n++) {
    const a = figs[n]!;
    const b = figs[n + 1]!;
    // The same measure, or a second figure that drops its unit ("USD 4.10 (was 3.60)", "16 weeks instead of 10").
    const measure = a.measure === b.measure ? a.measure : b.measure === 'bare' && a.measure !== 'bare' ? a.measure : undefined;
    if (measure === undefined || (measure === 'qty' && b.measure === 'qty' && a.unit !== b.unit)) {
      continue;
    }
    // Ordered against confirmed: the part smaller than the whole.
    const roles = [roleOf(tokens, a), roleOf(tokens, b)];
    // Round 21: "allocation for Minato: 18 cases (ordered: 60)": a figure given with the ordered whole in brackets after
    // it is what we give against it.
    // "(PO 8812)" names an order by its number: the whole is a quantity only after a participle ("ordered: 60", "forecast 30,000").
    const wholeWord = tokens.slice(Math.max(a.index + 1, b.index - 3), b.index).some((t) => /^(?:ordered|requested|forecast|forecasted|contracted|booked|reserved|plan|planned|scope|agreed|quoted)$/.test(t.lower));
    if (roles[0] === undefined && roles[1] === 'whole' && wholeWord && tokens.slice(a.index + 1, b.index).some((t) => t.text === '(')) roles[0] = 'part';
    // Round 37: "30 containers per month, against the 45 in your forecast": a figure set against the client's whole is the part.
    if (roles[0] === undefined && roles[1] === 'whole' && tokens.slice(a.index + 1, b.index).some((t) => /^(?:against|vs|versus)$/.test(t.lower))) roles[0] = 'part';
    if (roles[0] && roles[1] && roles[0] !== roles[1]) {
      // Round 37: a bare figure counts in its partner's unit ("30 containers per month, against the 45 in your forecast").
      const scaled = (x: Figure, y: Figure) => (x.measure === 'bare' && y.scale !== undefined ? { ...x, value: x.value * y.scale } : x);
      const whole = roles[0] === 'whole' ? scaled(a, b) : scaled(b, a);
      const part = roles[0] === 'part' ? scaled(a, b) : scaled(b, a);
      if (part.value < whole.value && !tokens.some((t) => DENIES.has(t.lower))) return 'shortage';
      continue;
    }
    // Round 20: "Viscosity came in at 2,300 mPa·s vs 2,500 mPa·s in your specification": a measurement set against its
    // specification is judged by the limit readers (en-news.ts `beyondLimit`), not as a quantity that fell.
    if ((measure === 'qty' || measure === 'bare') && f.cues.spec !== undefined) continue;
    // "6 weeks instead of 10": the bare figure counts in its partner's unit.
    const second = b.measure === 'bare' && a.scale !== undefined ? { ...b, value: b.value * a.scale } : b;
    const pair = changeOf(tokens, a, second);
    if (!pair || pair[0].value === pair[1].value) continue;
    const corrected = correctionNot(tokens, a, b);
    if (tokens.slice(0, b.index).some((t, k) => DENIES.has(t.lower) && k !== corrected)) continue;
    const direction = directionOf(measure, labelBefore(tokens, a.index), a.scale, tokens.slice(0, a.index).some((t) => t.text === ':'));
    if (!direction) continue;
    const up = pair[1].value > pair[0].value;
    if (up === (direction.worse === 'up')) return direction.kind;
  }
  return undefined;
}

/** Nouns of a rise written beside its percentage: "a 9% uplift", "an increase of 12%", "+15%". */
const RISE_NOUNS = new Set(['increase', 'increases', 'rise', 'rises', 'uplift', 'uplifts', 'hike', 'hikes', 'markup', 'mark-up', 'surcharge']);
/** Rises that are always a price's: "a 9% uplift applies at renewal". */
const PRICE_RISES = new Set(['uplift', 'uplifts', 'hike', 'hikes', 'markup', 'mark-up']);
/** What a client gains when it grows: a rise of these is good news ("Throughput: 1,200/h (+15%)"). */
export const GOOD_UP = new Set(['revenue', 'sales', 'saving', 'savings', 'yield', 'efficiency', 'throughput', 'uptime', 'accuracy', 'growth', 'profit', 'output',
  'capacity', 'speed', 'performance', 'discount', 'rebate', 'credit', 'allowance', 'warranty', 'coverage', 'quota', 'allocation']);
/** Words of a price the client pays, besides UP_WORSE: what a renewal or a licence costs. */
const PAID = new Set(['renewal', 'licence', 'license', 'subscription', 'annual', 'unit', 'list', 'invoice', 'invoiced', 'billing', 'contract']);

/**
 * Round 16 (B1): a price or a burden given with its rise written beside it rather than as an old and a new figure —
 * "FY2027 annual fee: JPY 5,520,000 (+15%)", "Unit price from May: $4.20 (up 8%)", "Freight: USD 1,850 per container
 * (+22% YoY)", "The renewal comes in at USD 12,600, a rise of 5%", "A 9% uplift applies at renewal". The rise is a
 * signed percentage ("+15%"), "up N%", "N% higher", or a rise noun with its percentage; what rises is a price (a money
 * figure, a price or burden word) and not something the client gains (revenue, savings, a discount). Not a fall, a
 * question, a condition, or a rise negated.
 */
export function signedRise(f: EnFacts): NewsKind | undefined {
  if (f.question || f.conditional) return undefined;
  const { tokens } = f;
  const words = tokens.map((t) => t.lower);
  if (words.some((w) => GOOD_UP.has(w))) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const value = t.pos === 'NUM' ? Number(t.text.replace(/[,+]/g, '')) : NaN;
    if (!Number.isFinite(value) || value <= 0) continue;
    const pct = words[i + 1] === '%' || words[i + 1] === 'percent';
    const after = pct ? i + 2 : i + 1;
    const signed = t.text.startsWith('+') || (words[i - 1] === '+' && !/^\d/.test(words[i - 2] ?? ''));
    const up = words[i - 1] === 'up' && words[i - 2] !== 'to';
    // Round 42: "… will be 9% more expensive", "… 9% dearer" too.
    const higher = pct && (words[after] === 'higher' || words[after] === 'more' || words[after] === 'dearer' || words[after] === 'pricier' || words[after] === 'costlier');
    const noun = pct && (RISE_NOUNS.has(words[after] ?? '') || (words[i - 1] === 'of' && RISE_NOUNS.has(words[i - 2] ?? '')));
    // Round 45 (xf-027): "These are about 35% above your regular standing-order price": a share over a price of the reader's.
    const aboveTheirs = pct && /^(?:above|over)$/.test(words[after] ?? '') && words.slice(after + 1, after + 3).includes('your') &&
      words.slice(after + 1, after + 7).some((w) => /^(?:price|prices|pricing|rate|rates)$/.test(w));
    if (!(pct && (signed || up || higher || aboveTheirs)) && !noun && !(signed && tokens.some((x, k) => k !== i && x.pos === 'NUM' && CURRENCIES.has(words[k - 1] ?? '')))) continue;
    const clause = clauseOf(f, i);
    if (clause?.conditional || tokens.slice(0, i).some((x) => DENIES.has(x.lower))) continue;
    const rise = noun ? (RISE_NOUNS.has(words[after] ?? '') ? words[after]! : words[i - 2]!) : '';
    const priced = PRICE_RISES.has(rise) || words.some((w, k) => UP_WORSE.has(w) || PAID.has(w) || (tokens[k]!.pos === 'NUM' && k !== i && (CURRENCIES.has(words[k - 1] ?? '') || CURRENCIES.has(words[k + 1] ?? '') || /^[a-z]{1,3}\$$/.test(words[k - 1] ?? ''))));
    // Round 42: "From January, all chilled cuts will be 9% higher": the goods themselves dearer from a point in time — the
    // price, though no price word is written (what the client gains, GOOD_UP, has returned above).
    const dearer = pct && (/^(?:higher|dearer|pricier|costlier)$/.test(words[after] ?? '') || (words[after] === 'more' && /^(?:expensive|costly)$/.test(words[after + 1] ?? '')));
    // Round 45 (xa2-003): "All pressed beads +9 % for orders from 1 April 2026": a signed share on the goods for the orders
    // from a date is their price, in a price list's shorthand.
    const forOrders = pct && signed && f.cues.effective !== undefined && words.some((w) => /^(?:orders?|shipments?|deliveries|invoices?)$/.test(w));
    if (!priced && !forOrders && !(dearer && f.cues.effective !== undefined && clause !== undefined && (clause.modal === 'will' || clause.tense === 'future'))) continue;
    const label = words.slice(0, i);
    const kind = label.some((w) => w === 'minimum' || w === 'moq' || w === 'lead' || w === 'deposit') ? 'terms-change' : 'price-increase';
    return kind;
  }
  return undefined;
}

/**
 * A price given with its fall written beside it ("USD 4.20 (down 8%)", "JPY 980 (-5%)", "a 6% reduction"): the new
 * price is lower, so a start date on it announces no rise (round 16, B1's near side).
 */
export function signedFall(f: EnFacts): boolean {
  const words = f.tokens.map((t) => t.lower);
  return f.tokens.some((t, i) => {
    if (t.pos !== 'NUM' || !(words[i + 1] === '%' || words[i + 1] === 'percent')) return false;
    const after = words[i + 2] ?? '';
    return t.text.startsWith('-') || t.text.startsWith('−') || words[i - 1] === 'down' || words[i - 1] === '-' || words[i - 1] === '−' ||
      /^(?:lower|less|cheaper|off|reduction|decrease|cut|discount|saving)$/.test(after);
  });
}
