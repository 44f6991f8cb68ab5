/**
 * Round 16 (en-news, B1/B2): bad news told across two lines or two sentences, each of which says nothing alone —
 * an ordered quantity on one line and a smaller confirmed one on the next ("Ordered: 120,000 pcs" / "Confirmed:
 * 45,000 pcs", "Contracted volume: 24 t" / "Confirmed allocation: 14 t"), or a measured result in one sentence and
 * the limit it breaks in the next ("The count was 180 CFU/ml. The limit in the agreement is 100 CFU/ml.", "The
 * moisture measured 19%. Your specification requires 15% or lower."). Each sentence's part is a fact read from its
 * own text (cached by the rule per sentence text); the notice rule pairs neighbours.
 */

export interface LabelledQuantity { role: 'whole' | 'part'; value: number; unit: string }
export interface Measured { kind: 'result' | 'limit'; value: number; unit: string; lower: boolean }

const WHOLE = /\b(?:ordered|requested|forecast|contracted|planned|booked|po qty|po quantity)\b/i;
const PART = /\b(?:confirmed|allocated|allocation|available|shipped|delivered|deliverable|committed|supplied|accepted|possible|dispatched|shipping|(?:can|will|able to) (?:ship|deliver|supply|send|produce))\b/i;
/** A short label before the colon of a line ("Ordered", "- Confirmed allocation"). */
const LABEL = /^[-*•・]? ?[A-Za-z][^:\n]{0,48}$/;
/** The figure after the colon and its unit ("120,000 pcs", "14 t", "approx. 3,500 units"). */
const VALUE = /^(?:approx\.? |about )?(\d[\d,.]*) ?([A-Za-z]{1,12})?/;

/** A line "Ordered: 120,000 pcs" or "Confirmed allocation: 14 t", as a whole ordered or a part confirmed. */
export function labelledQuantity(text: string): LabelledQuantity | null {
  const colon = text.indexOf(':');
  if (colon < 0 || text.includes('\n')) return null;
  const label = text.slice(0, colon).trim();
  const rest = text.slice(colon + 1).trim();
  // Nothing much after the figure: its unit, a bracket, a full stop ("Confirmed: 45,000 pcs (of 120,000)").
  if (!LABEL.test(label) || rest.length > 40) return null;
  const m = VALUE.exec(rest);
  if (!m) return null;
  const whole = WHOLE.test(label);
  const part = PART.test(label);
  if (whole === part) return null;
  const value = Number(m[1]!.replace(/,/g, '').replace(/\.$/, ''));
  if (!Number.isFinite(value)) return null;
  return { role: whole ? 'whole' : 'part', value, unit: unitKey(m[2] ?? '') };
}

/** Whether a part line after a whole line confirms less than was ordered, in one unit (or one line leaving it out). */
export function lessThanWhole(whole: LabelledQuantity, part: LabelledQuantity): boolean {
  return whole.role === 'whole' && part.role === 'part' && part.value < whole.value && (whole.unit === part.unit || !whole.unit || !part.unit);
}

const unitKey = (u: string) => u.toLowerCase().replace(/\.$/, '').replace(/^(pc|piece|unit|carton|box|pallet|bag|drum|roll|set)s?$/, '$1');

/** Words of a limit, and of a lower one. */
const LIMIT = /\b(?:limit|limits|specification|specifications|spec|specs|tolerance|maximum|max|minimum|min|threshold|requires?|required|requirement|allowed|permitted|allows?|permits?|must be|must not exceed)\b/i;
const LOWER = /\b(?:minimum|min\.?|at least|or (?:more|higher|above|greater)|no less than)\b|≥/i;
/** A result stated: a verb of measuring or being, then the figure with its unit. */
const RESULT = /\b(?:was|were|is|are|measured|measures|tested|came in|showed|shows|reached|read|recorded|registered) (?:at |only |about |approximately |around )?\d/i;
/** A unit written after a figure, in its own word or glued to it ("100 CFU/ml", "19%", "38µm"). */
const UNIT = /^(%|[A-Za-zµ°][A-Za-zµ°²³·/]{0,11})/;
const FIGURE = /^\d[\d,.]*/;
/** The first figure of the text with a unit after it, read word by word. */
function firstFigure(text: string, skip: (unit: string) => boolean): { value: number; unit: string } | undefined {
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    const m = FIGURE.exec(words[i]!);
    if (!m) continue;
    const glued = UNIT.exec(words[i]!.slice(m[0].length));
    const unit = glued ? glued[1]! : UNIT.exec(words[i + 1] ?? '')?.[1];
    // "the 2024 agreement": a plain word after a figure is no unit (units are short, capitalised or with a slash).
    if (unit === undefined || skip(unit) || /^[a-z]{5,}$/.test(unit)) continue;
    const value = Number(m[0].replace(/,/g, '').replace(/\.$/, ''));
    if (Number.isFinite(value)) return { value, unit: unit.toLowerCase().replace(/\.$/, '') };
  }
  return undefined;
}
/** Units that measure no test: time, money, counts of goods, dates. */
const NOT_MEASURES = /^(?:days?|weeks?|months?|years?|hours?|h|minutes?|jst|am|pm|pcs|pieces?|units?|usd|eur|jpy|yen|and|or|to|of|in|on|at|for|the|a|by|per|from|samples?|lots?)$/i;

/** The reader's own finding: "your report shows", "you measured", "your lab found". */
const READERS_RESULT = /\byour\s+(?:own\s+)?(?:report|test|tests|result|results|measurement|measurements|lab|laboratory|inspection|data|analysis|findings|team|qc|qa)\b|\byou\s+(?:measured|found|reported|sent|told|mentioned|noted)\b/i;

/**
 * A sentence that states a measured result ("… was 180 CFU/ml", "… measured 19%") or a limit ("The limit in the
 * agreement is 100 CFU/ml", "Your specification requires 15% or lower"), with its figure and unit. The reader's own
 * result ("your report shows …") is theirs to tell; a question or a condition states nothing.
 */
export function measuredOrLimit(text: string): Measured | null {
  if (/\?\s*$/.test(text) || /^\s*(?:if|when|should)\b/i.test(text) || text.length > 220) return null;
  if (LIMIT.test(text)) {
    const fig = firstFigure(text, (u) => NOT_MEASURES.test(u));
    return fig ? { kind: 'limit', value: fig.value, unit: fig.unit, lower: LOWER.test(text) } : null;
  }
  const r = RESULT.exec(text);
  if (!r || READERS_RESULT.test(text.slice(0, r.index))) return null;
  // The figure right after the verb, with its unit ("was 180 CFU/ml", "measured 19%").
  const fig = firstFigure(text.slice(r.index + r[0].length - 1), (u) => NOT_MEASURES.test(u));
  return fig ? { kind: 'result', value: fig.value, unit: fig.unit, lower: false } : null;
}

/** Whether a result breaks the limit stated next to it, in one unit. */
export function beyondNextLimit(result: Measured, limit: Measured): boolean {
  if (result.kind !== 'result' || limit.kind !== 'limit' || result.unit !== limit.unit || result.value === limit.value) return false;
  return limit.lower ? result.value < limit.value : result.value > limit.value;
}
