// What the calendar walk (meeting-dates.ts) works out for one sentence with slots — which of its slots and
// ranges are a meeting's — kept from keystroke to keystroke. That verdict reads more than the sentence's text:
// the sentences before and after it, the few lines around it, the draft's kind, subject and day. Each is
// recorded with the verdict and compared before it is reused (unchanged lines keep their very strings, so most
// comparisons are one pointer comparison): a keystroke elsewhere in the draft re-reads none of it, and an edit
// to anything the verdict read makes it worked out again, exactly as before.
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';

/** How many lines around a slot line the walk reads, not counting blank or quoted ones (meeting-dates.ts). */
export const AROUND = 6;

/** Everything a sentence's verdict was worked out from besides the sentence's own text. */
interface Recorded<T> {
  lang: Sentence['lang'];
  line: number;
  /** The sentence's offset in its line (a line may hold the same sentence twice). */
  inLine: number;
  /** The serial of the day a reference (当日, "the day after") counted from, or -1. */
  anchor: number;
  previous: string | undefined;
  previousLine: number;
  next: string | undefined;
  nextLine: number;
  /** The first line read and the texts of the lines read from it on. */
  from: number;
  lines: string[];
  /** The field's number of lines, when the lines read reach its end (a line added below would be read); else -1. */
  lineCount: number;
  value: T;
}

/** Per field, the verdicts of the last walk by sentence text, and the scope they hold in. */
interface FieldMemo {
  scope: string;
  subject: string;
  byText: Map<string, Recorded<unknown>>;
}

/** Sentence texts kept per field: a draft's sentences with slots, and those of the drafts typed over before it. */
const KEPT = 512;

/** Counts verdicts worked out (not reused), per Engine: read by tests, as FactStore.computed is. */
export interface VerdictCount {
  computed: number;
}

const memoId = (kind: string) => `calendar-slot-verdicts/${kind}`;

/** The verdicts worked out so far under `kind` by this context's Engine (tests count a keystroke's work). */
export function verdictsComputed(ctx: Pick<RuleContext, 'facts'>, kind: string): number {
  return ctx.facts.scratch(memoId(kind), makeMemo).count.computed;
}

function makeMemo(): { fields: Map<string, FieldMemo>; count: VerdictCount } {
  return { fields: new Map(), count: { computed: 0 } };
}

/**
 * The verdict `compute` gives for sentence `s` (at `index` of ctx.sentences, its references counted from
 * `anchor`), reused from an earlier keystroke when nothing it may have read changed. `skip(j)` tells a line the
 * walk does not count among the lines around (blank, quoted); the lines read are AROUND counted ones above and
 * below the sentence's line, and those between it and the sentence before.
 */
export function verdictOf<T>(
  ctx: RuleContext, kind: string, s: Sentence, index: number, anchor: number | undefined,
  skip: (line: number) => boolean, compute: () => T,
): T {
  const memo = ctx.facts.scratch(memoId(kind), makeMemo);
  const scope = `${ctx.today}|${ctx.kind}|${ctx.japaneseReady}`;
  let field = memo.fields.get(ctx.field);
  if (!field || field.scope !== scope || field.subject !== ctx.draft.subject) {
    field = { scope, subject: ctx.draft.subject, byText: new Map() };
    memo.fields.set(ctx.field, field);
  }
  const lines = ctx.lines;
  const previous = index > 0 ? ctx.sentences[index - 1] : undefined;
  const next = ctx.sentences[index + 1];
  const inLine = s.start - lines[s.line]!.start;
  const day = anchor ?? -1;
  const known = field.byText.get(s.text);
  if (known && known.lang === s.lang && known.line === s.line && known.inLine === inLine && known.anchor === day
    && known.previous === previous?.text && known.previousLine === (previous?.line ?? -1)
    && known.next === next?.text && known.nextLine === (next?.line ?? -1)
    && (known.lineCount === -1 || known.lineCount === lines.length) && sameLines(known, lines)) {
    return known.value as T;
  }
  memo.count.computed++;
  const value = compute();
  // The lines read: AROUND counted lines above and below, and any between the sentence before and this one.
  let from = s.line;
  for (let j = s.line - 1, seen = 0; j >= 0 && seen < AROUND; j--) {
    from = j;
    if (!skip(j)) seen++;
  }
  if (previous && previous.line < from) from = previous.line;
  let to = s.line;
  let seenBelow = 0;
  for (let j = s.line + 1; j < lines.length && seenBelow < AROUND; j++) {
    to = j;
    if (!skip(j)) seenBelow++;
  }
  const texts: string[] = new Array(to - from + 1);
  for (let j = from; j <= to; j++) texts[j - from] = lines[j]!.text;
  if (field.byText.size >= KEPT) field.byText.clear();
  field.byText.set(s.text, {
    lang: s.lang, line: s.line, inLine, anchor: day, previous: previous?.text, previousLine: previous?.line ?? -1,
    next: next?.text, nextLine: next?.line ?? -1, from, lines: texts,
    lineCount: seenBelow < AROUND ? lines.length : -1, value,
  });
  return value;
}

/** The lines recorded are there, with the same texts, at the same places. */
function sameLines(known: Recorded<unknown>, lines: RuleContext['lines']): boolean {
  const texts = known.lines;
  if (known.from + texts.length > lines.length) return false;
  for (let k = 0; k < texts.length; k++) if (lines[known.from + k]!.text !== texts[k]) return false;
  return true;
}
