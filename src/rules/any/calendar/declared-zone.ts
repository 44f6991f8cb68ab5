// The zone a mail states once for all its times: "All times below are in PT." then a list of slots "Tue 3pm",
// 「以下の時間はすべて米国太平洋時間（PT）です。」 then ・6月23日（火）14:00. Each slot written without a zone of its
// own is in that zone, so 3pm PT is judged as 7am the next day in Tokyo, not as 3pm in Tokyo.
import { datesAnnotator } from '../../../engine/analysis/dates';
import { zoneAfterPattern, zoneFromLabel, type ZoneRef } from '../../../engine/analysis/dates-zones';
import type { Annotator, FieldAnnotator } from '../../../engine/analysis/facts';
import type { RuleContext } from '../../../engine/rule';
import { has } from './lexicon';

/** A declaration is one short sentence; a longer one is prose that happens to hold a zone. */
const MAX_DECLARATION = 200;

/**
 * The zone label after a time (zoneAfterPattern) tried at one position (it is anchored with ^ and bounded: one
 * attempt a position); made on first use, as the places' patterns are.
 */
let zoneAt: RegExp | undefined;

/** The first zone label of `text` that names a zone, tried at each word start: "…are in PT.", "…Central European Time (Berlin)". */
function firstZone(text: string): ZoneRef | null {
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!) && !/[ぁ-んァ-ヶ一-龯]/.test(text[i]!)) continue;
    zoneAt ??= new RegExp(zoneAfterPattern().source.replace(/^\^/, ''), 'y');
    zoneAt.lastIndex = i;
    const m = zoneAt.exec(text);
    const zone = m && zoneFromLabel(m[1]!);
    if (zone) return zone;
  }
  return null;
}

interface Declaration {
  zone: ZoneRef;
  /** "All times above are …", 上記の時間は…: it speaks of the times before it. */
  above: boolean;
}

/** What one sentence declares, read once per sentence text (cached on the engine). */
export function readDeclaration(text: string): Declaration | null {
  if (text.length > MAX_DECLARATION || !has('zoneForAll', text)) return null;
  const zone = firstZone(text);
  return zone ? { zone, above: /\babove\b|上記/i.test(text) } : null;
}

const declarations: Annotator<Declaration | null> = { id: 'calendar-zone-declaration', analyze: (s) => readDeclaration(s.text) };

/** Declarations of a field with the offsets they govern from (or up to, for "above"). */
interface Governed {
  zone: ZoneRef;
  from: number;
  to: number;
}

function findDeclarations(ctx: RuleContext): Governed[] {
  const out: Governed[] = [];
  const dates = datesAnnotator(ctx.today);
  for (const s of ctx.sentences) {
    const d = ctx.facts.of(declarations, s);
    // A sentence that writes a time of its own labels that time, not the mail ("10am PT works for all of us").
    if (!d || ctx.facts.of(dates, s).slots.some((x) => x.time)) continue;
    out.push(d.above ? { zone: d.zone, from: 0, to: s.start } : { zone: d.zone, from: s.end, to: Infinity });
  }
  return out;
}

const declaredZones: FieldAnnotator<Governed[], RuleContext> = { id: 'calendar-declared-zones', analyze: findDeclarations };

/** The zone the mail declares for a time written at `offset` (field offsets) without its own, if any: the nearest declaration governing it. */
export function declaredZoneAt(ctx: RuleContext, offset: number): ZoneRef | undefined {
  if (ctx.field !== 'body') return undefined;
  let best: Governed | undefined;
  for (const g of ctx.facts.ofField(declaredZones, ctx)) {
    if (offset < g.from || offset >= g.to) continue;
    if (!best || Math.abs(offset - g.from) < Math.abs(offset - best.from)) best = g;
  }
  return best?.zone;
}
