/**
 * Round 34 (news34): a defect told as measurements against a specification, in either language — "340 parts with an
 * undersized bore: Ø22.94 mm against the drawing tolerance of Ø23.00 +0.02/-0.00", 「肉厚が2.6mm（規格3.0±0.2mm）でした」,
 * 「水分値：0.35%（規格上限0.20%）」, "0.8 mm, above the 0.5 mm limit". The values are read as numbers: each figure with a
 * unit of measure is either the specification's (a spec word just before it, or a bound word just after it) or a
 * measured one. The measured value of the specification's unit is compared with the specification: a range (58–62 HRC),
 * a nominal with its tolerance (3.0 ±0.2 mm, Ø23.00 +0.02/0), or one bound (上限0.20%, the 25 µm minimum). A measured
 * value inside the specification is a result reported, no news ("hardness 60 HRC (specification 58–62 HRC)"); one
 * outside is a defect. A lone bound with no side named (図面指示の450MPa) counts only with a word of falling short or going
 * over (下回る, 届かない, short of, above). Language-neutral: both bad-news readers call it.
 */

import { figureValue } from './figures';

/** What every figure (NUM) starts with. */
const DIGIT = /[0-9０-９]/;
/** A figure: ASCII or full-width digits, thousands commas, a decimal point. */
const NUM = /[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?/g;
/** A minus sign before a figure, after a word or a bracket, not after another figure: "of -18", "(-20". */
const MINUS_SIGN = /(?:^|^[^0-9０-９]\s|[A-Za-z(（:：,]\s?)[-−－]$/;
/** Units of a measurement (not of a count, a price or a date), right after a figure. */
const LENGTH_UNIT = /^\s?(mm|µm|μm|um|cm|nm|microns?)(?![A-Za-z0-9])/;
const HARDNESS_OR_FORCE_UNIT = /^\s?(HRC|HRB|HV|HB|MPa|GPa|kPa|kN|N|kgf)(?![A-Za-z0-9])/;
const OTHER_UNIT = /^\s?(mPa[·・]s|cP|Pa[·・]s|mg\/kg|mg\/L|ppm|%|％|°C|℃|dB|mΩ|Ω)(?![A-Za-z0-9])/;
/** Round 37 (newsen37): a weight per area (a coating, a fabric): 38 g/m², 45 gsm. */
const AREA_UNIT = /^\s?(g\/m²|g\/m2|gsm)(?![A-Za-z0-9])/;
/** Round 36: a time taken, in Japanese (9時間, 6.5日, 15営業日), a measure of service against its commitment; not a date (5月12日). */
const TIME_UNIT_JA = /^(時間|営業日|日|分)/;
/** What joins the two ends of a range (2.9–3.1, 58〜62), the sign of a symmetric tolerance, the parts of an asymmetric one. */
const RANGE_TO = /^\s?[-–〜~～]\s?(?=[0-9０-９])/;
const PLUS_MINUS = /^\s?±\s?(?=[0-9０-９])/;
const PLUS = /^\s?[+＋](?=[0-9０-９])/;
/** Round 36: a one-sided tolerance, its sign against the figure and a space before it: "Ø23.00 −0.02 mm", "25.0 -0.1". */
const ONE_SIDED = /^\s[-−－+＋](?=[0-9０-９])/;
const SLASH_MINUS = /^\s?[/／]\s?[-−－]?(?=[0-9０-９])/;

/** A word naming the specification right before its figure (規格3.0, 仕様の下限25, tolerance of Ø23.00, spec max 0.20). */
const SPEC_BEFORE_JA = /(?:規格|公差|仕様|図面|上限|下限|基準|指示|管理値|保証値?|契約|SLA|データシート|カタログ|お約束)[^0-9０-９。；\n]{0,14}$/;
const SPEC_BEFORE_EN = /\b(?:spec|specs|specification|tolerance|drawing)\b[^0-9.;\n]{0,14}$/i;
/** Round 37: a document that states the bound, as a verb: "the contract specifies ±0.05 mm", "your drawing requires 25 µm". */
const SPEC_VERB_EN = /\b(?:specifies|specify|requires|require|calls for|stipulates)\b[^0-9.;\n]{0,8}$/i;
const BOUND_BEFORE_EN = /\b(?:limit|maximum|minimum|max|min)\b[^0-9.;\n]{0,14}$/i;
/** A bound word right after the figure (25 µm minimum, the 0.5 mm limit, 450 MPa required, 450MPa以上). */
const BOUND_AFTER_JA = /^\s?(?:以上|以下|未満)/;
const BOUND_AFTER_EN = /^\s?\b(?:minimum|maximum|min|max|limit|required|specified|spec)\b/i;
/** Round 45: a bound said by "or below" / "or above" after its figure ("-18°C or below", "95% or more"). */
const OR_BOUND_EN = /^\s?or (?:below|less|lower|under|colder|above|more|higher|over|warmer)\b/i;
/** Round 36: the document that holds a bound, after it: "the 4.0 N/mm in our data sheet", "the 25 µm on your drawing". */
const DOC_LEAD_EN = /^(?:\/[a-z]+)?\s(?:in|on|of|per) (?:our|your|the) /i;
/** Round 37: "the 90% stated in our specification", "the 45 g/m² in the agreed data sheet": a participle before, an adjective after. */
const DOC_STATED_EN = /^(?:\/[a-z]+)?\s(?:stated|given|specified|listed|set|quoted|defined)(?=\s)/i;
const DOC_ADJ_EN = /^(?:agreed|approved|current|signed|latest|valid) /i;
/** Round 45: any other one or two words before the document ("in the sale catalogue", "on the mill certificate"). */
const DOC_WORDS_EN = /^(?:[A-Za-z][\w-]* ){1,2}(?=[a-z])/;
const DOC_EN = /^(?:data sheet|datasheet|specs?|specifications?|drawing|catalogue|catalog|tds)\b/i;
/** Round 45: a certificate or a test report stating the promised figure ("12.5% on the certificate"). */
const CERT_EN = /^(?:certificates?|coa|c of a|test report)\b/i;
const docAt = (text: string) => DOC_EN.exec(text) ?? CERT_EN.exec(text);
/** The document words after a bound (" in our data sheet"), as a match, or null. */
const specAfter = (tail: string): [string] | null => {
  const stated = DOC_STATED_EN.exec(tail)?.[0] ?? '';
  const lead = DOC_LEAD_EN.exec(tail.slice(stated.length));
  const at = lead ? stated.length + lead[0].length : 0;
  const adj = lead ? DOC_ADJ_EN.exec(tail.slice(at))?.[0] ?? '' : '';
  let doc = lead && docAt(tail.slice(at + adj.length));
  const words = lead && !doc && !adj ? DOC_WORDS_EN.exec(tail.slice(at))?.[0] ?? '' : '';
  if (words) doc = docAt(tail.slice(at + words.length));
  return lead && doc ? [stated + lead[0] + adj + words + doc[0]] : null;
};
const UPPER = /上限|以下|未満|\b(?:max|maximum|limit)\b/i;
const LOWER = /下限|以上|\b(?:min|minimum|required)\b/i;
/** Words of a measured value falling short of or going over the bound. */
const MISSED_JA = /下回|上回|超え|超過|外れ|届いて(?:おり|い)?ませ|届かな|達して(?:おり|い)?ませ|未達|不足/;
const MISSED_EN = /\b(?:below|above|under|over|exceed\w*|short of|outside|out of)\b/i;
/** Round 37 (newsen37): "which is lower than the 45 g/m² in the agreed data sheet". */
const MISSED_THAN_EN = /\b(?:lower|higher|less|more) than\b/i;
/**
 * Round 36: a lone bound's direction words. Short of it, off it or outside it is always a miss; below or above it is one
 * only on the side that is worse for what is measured ("稼働率 … 99.9％を上回りました", "平均1.5日で、契約の3日を下回りました"
 * beat their commitments): BETTER_HIGH measures miss below, BETTER_LOW ones above; a measure of neither kind keeps the old
 * reading (either word a miss).
 */
const ALWAYS_MISSED = /外れ|届いて(?:おり|い)?ませ|届きませ|届かな|達して(?:おり|い)?ませ|達しませ|達しな|未達|不足/;
const ALWAYS_MISSED_EN = /\b(?:short of|outside|out of)\b/i;
const WENT_UNDER = /下回|\b(?:below|under|(?:lower|less) than)\b/i;
const WENT_OVER = /上回|超え|超過|\b(?:above|over|exceed\w*|(?:higher|more) than)\b/i;
const BETTER_HIGH = /稼働率|可用性|強度|遵守率|正確性|精度|硬度|寿命|歩留|達成率/;
// Round 37 (newsen37): a seed's germination, a purity, a coating's weight: a shortfall is the miss, more is no defect.
const BETTER_HIGH_EN = /\b(?:uptime|availability|strength|accuracy|yield|hardness|on-time)\b/i;
const BETTER_HIGH_MORE_EN = /\b(?:germination|purity|adhesion|coating)\b/i;
const BETTER_LOW = /時間|日数|騒音|エラー率|不良率|遅延/;
const BETTER_LOW_EN = /\b(?:time|times|hours|days|noise|error|errors|defects?|latency)\b/i;
function boundMissed(text: string): boolean {
  if (ALWAYS_MISSED.test(text) || ALWAYS_MISSED_EN.test(text) || MISSED_SIZE.test(text)) return true;
  const high = BETTER_HIGH.test(text) || BETTER_HIGH_EN.test(text) || BETTER_HIGH_MORE_EN.test(text);
  const low = BETTER_LOW.test(text) || BETTER_LOW_EN.test(text);
  if (high === low) return MISSED_JA.test(text) || MISSED_EN.test(text) || MISSED_THAN_EN.test(text);
  return high ? WENT_UNDER.test(text) : WENT_OVER.test(text);
}
const MISSED_SIZE = /\b(?:under|over)si[sz]ed\b/i;
/**
 * Round 45: a measured value set against the document's ("came back at 20.6 micron, against 19.4 micron in the sale
 * catalogue", "14.2%, versus 12.5% on the certificate"): set side by side, any difference from the promised figure is news.
 */
const PROMISED_DOC = /catalog|certificate|\bcoa\b|c of a|test report/i;
const CONTRASTED_EN = /\b(?:against|versus|vs\.?|compared (?:to|with))\s/i;
/** A condition or a question: no measurement reported. */
const NOT_REPORTED = /場合|たら|れば|\b(?:if|should|whether|unless)\b|[?？]/i;

const num = (s: string | undefined) => (s === undefined ? undefined : figureValue(s));
const unitOf = (u: string | undefined) => u?.replace('μ', 'µ').replace('um', 'µm').replace('％', '%').replace('℃', '°C').replace('・', '·');

interface Reading { start: number; end: number; lo: number; hi: number; unit?: string; spec?: 'range' | 'upper' | 'lower' | 'bound'; promised?: boolean }
interface Figure { at: number; end: number; value: number }

/** The span of a measured value outside its specification (relative to `text`), or undefined. */
export function specMissed(text: string): { start: number; end: number } | undefined {
  // Round 43: no digit, no figure (NUM), so no value and no miss: the figures' matchAll is not run (every English sentence comes here).
  if (text.length > 300 || !DIGIT.test(text) || NOT_REPORTED.test(text)) return undefined;
  // Round 45 (xc-003): "between -21.4°C and -19.2°C, within your spec of -18°C or below": a minus sign standing alone before
  // the figure after a word makes it negative — not a range's dash between two figures, not a hyphen inside a word, not a
  // one-sided tolerance after its nominal ("Ø23.00 −0.02 mm", read as a tolerance below).
  const figures: Figure[] = [...text.matchAll(NUM)].map((m) => {
    const minus = MINUS_SIGN.test(text.slice(Math.max(0, m.index! - 3), m.index!));
    return { at: m.index!, end: m.index! + m[0].length, value: (minus ? -1 : 1) * num(m[0])! };
  });
  /** The figure starting right where `rule` ends after `from`, when it matches there. */
  const next = (from: number, rule: RegExp): Figure | undefined => {
    const m = rule.exec(text.slice(from, from + 6));
    return m ? figures.find((x) => x.at === from + m[0].length) : undefined;
  };
  const unitAt = (from: number) => {
    const ahead = text.slice(from, from + 8);
    return LENGTH_UNIT.exec(ahead) ?? HARDNESS_OR_FORCE_UNIT.exec(ahead) ?? OTHER_UNIT.exec(ahead) ?? AREA_UNIT.exec(ahead);
  };
  const values: Reading[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    let end = f.end;
    let [lo, hi] = [f.value, f.value];
    let ranged = false;
    let tolerance = false;
    const to = next(end, RANGE_TO);
    if (to) [lo, hi, end, ranged] = [Math.min(f.value, to.value), Math.max(f.value, to.value), to.end, true];
    let u = unitAt(end);
    if (u) end += u[0].length;
    const pm = next(end, PLUS_MINUS);
    const plus = pm ? undefined : next(end, PLUS);
    const minus = plus && next(plus.end, SLASH_MINUS);
    // Round 36: "Ø23.00 −0.02 mm": one deviation, smaller than its nominal, on one side of it.
    const side = !pm && !minus && !ranged && /[ØΦφ⌀]\s?$/.test(text.slice(Math.max(0, f.at - 2), f.at)) ? next(end, ONE_SIDED) : undefined;
    if (pm) [lo, hi, end, tolerance] = [f.value - pm.value, f.value + pm.value, pm.end, true];
    else if (plus && minus) [lo, hi, end, tolerance] = [f.value - minus.value, f.value + plus.value, minus.end, true];
    else if (side && side.value < f.value) {
      const down = /[-−－]/.test(text.slice(end, side.at));
      [lo, hi, end, tolerance] = [down ? f.value - side.value : f.value, down ? f.value : f.value + side.value, side.end, true];
    }
    if (tolerance && !u && (u = unitAt(end))) end += u[0].length;
    // The figures read as a part of this value are not values of their own.
    while (i + 1 < figures.length && figures[i + 1]!.at < end) i++;
    const time = !u && !tolerance && !/月\s?$/.test(text.slice(0, f.at)) ? TIME_UNIT_JA.exec(text.slice(end, end + 4)) : null;
    if (time) [u, end] = [time, end + time[0].length];
    const unit = unitOf(u?.[1]);
    if (!unit && !tolerance) continue;
    const sign = /[ØΦφ⌀]\s?$/.exec(text.slice(Math.max(0, f.at - 2), f.at));
    const start = sign ? f.at - sign[0].length : f.at;
    const lead = text.slice(Math.max(0, start - 24), start);
    const named = (SPEC_BEFORE_JA.exec(lead) ?? SPEC_BEFORE_EN.exec(lead) ?? BOUND_BEFORE_EN.exec(lead) ?? SPEC_VERB_EN.exec(lead))?.[0];
    const tail = text.slice(end, end + 44);
    const orBound = named !== undefined ? OR_BOUND_EN.exec(tail)?.[0] : undefined;
    const bound = orBound ?? (BOUND_AFTER_JA.exec(tail) ?? BOUND_AFTER_EN.exec(tail) ?? specAfter(tail))?.[0];
    let spec: Reading['spec'];
    // Round 36: "outside the ±0.5 °C accuracy we specify": a deviation allowed on both sides, with no nominal before it, bounds
    // a deviation measured ("12 sensors read 2 °C high") when a word says it was missed.
    const signed = !tolerance && /±\s?$/.test(text.slice(Math.max(0, f.at - 2), f.at));
    // Round 37 (newsen37): "the contract specifies ±0.05 mm": a deviation allowed both ways, named by its document.
    if (signed && (boundMissed(text) || named !== undefined || bound !== undefined)) {
      values.push({ start: f.at - 1, end, lo: -f.value, hi: f.value, unit, spec: 'range' });
      continue;
    }
    // Round 37: "Repeatability came out at ±0.12 mm": a deviation measured both ways, read against such a range.
    if (signed) {
      values.push({ start: f.at - 1, end, lo: -f.value, hi: f.value, unit });
      continue;
    }
    if (named !== undefined || bound !== undefined || tolerance) {
      const words = `${named ?? ''} ${bound ?? ''}`;
      const orSide = orBound === undefined ? undefined : /below|less|lower|under|colder/i.test(orBound) ? 'upper' : 'lower';
      spec = tolerance || ranged ? 'range' : orSide ?? (UPPER.test(words) ? 'upper' : LOWER.test(words) ? 'lower' : /公差|tolerance/i.test(words) ? 'upper' : 'bound');
    }
    // Round 45: a figure a catalogue or a certificate states is the value promised, not a limit: any other measured is news.
    values.push({ start, end, lo, hi, unit, spec, promised: bound !== undefined && PROMISED_DOC.test(bound) });
  }
  const spec = values.find((v) => v.spec);
  if (!spec) return undefined;
  const measured = values.find((v) => !v.spec && (!spec.unit || !v.unit || v.unit === spec.unit) && (v.unit || spec.unit));
  if (!measured) return undefined;
  const out =
    spec.spec === 'range' ? measured.lo < spec.lo - 1e-9 || measured.hi > spec.hi + 1e-9
    : spec.spec === 'upper' ? measured.hi > spec.hi
    : spec.spec === 'lower' ? measured.lo < spec.lo
    : measured.lo !== spec.lo && (boundMissed(text) || (spec.promised === true && CONTRASTED_EN.test(text)));
  if (!out) return undefined;
  return { start: Math.min(measured.start, spec.start), end: Math.max(measured.end, spec.end) };
}
