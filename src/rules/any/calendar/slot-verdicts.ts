// What the calendar walk (meeting-dates.ts) works out for one sentence with slots — which of its slots and
// ranges are a meeting's — kept from keystroke to keystroke. That verdict may read more than the sentence's text:
// the sentence before or after it, lines around it, the draft's kind, subject and day. What it read is recorded
// while it is worked out (the walk calls readsLine, readsToEnd, readsPrevious, readsNext as it reads) and compared
// before the verdict is reused (unchanged lines keep their very strings, so most comparisons are one pointer
// comparison): a keystroke elsewhere in the draft re-reads none of it, and an edit to anything the verdict read
// makes it worked out again, exactly as before. Most verdicts are decided by the sentence's own words and read no
// line at all.
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';

/** What the verdict being worked out has read so far, besides its own sentence. */
interface Track {
  /** The first and last line read (the sentence's own line at least). */
  from: number;
  to: number;
  /** A walk over the lines below stopped at the field's last line: a line added below would be read. */
  end: boolean;
  previous: boolean;
  next: boolean;
}

let track: Track | undefined;

/** The verdict being worked out read line `j` (its text, or where it starts). */
export function readsLine(j: number): void {
  if (!track) return;
  if (j < track.from) track.from = j;
  if (j > track.to) track.to = j;
}

/** The verdict being worked out read every line down to the field's last. */
export function readsToEnd(): void {
  if (track) track.end = true;
}

/** The verdict being worked out read the sentence before its own (its text and line). */
export function readsPrevious(): void {
  if (track) track.previous = true;
}

/** The verdict being worked out read the sentence after its own (its text and line). */
export function readsNext(): void {
  if (track) track.next = true;
}

/** Everything a sentence's verdict was worked out from besides the sentence's own text. */
interface Recorded<T> {
  lang: Sentence['lang'];
  line: number;
  /** The sentence's offset in its line (a line may hold the same sentence twice). */
  inLine: number;
  /** The serial of the day a reference (当日, "the day after") counted from, or -1. */
  anchor: number;
  /** Whether the sentence before (after) was read, and its text and line if so. */
  readPrevious: boolean;
  previous: string | undefined;
  previousLine: number;
  readNext: boolean;
  next: string | undefined;
  nextLine: number;
  /** The first line read and the texts of the lines read from it on. */
  from: number;
  lines: string[];
  /** The field's number of lines, when a walk over the lines below reached its end; else -1. */
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
 * The verdicts of one walk (`kind`) of this field under this scope, from the context's Engine: asked once per walk,
 * then of each sentence through verdictOf.
 */
export function verdictsOf(ctx: RuleContext, kind: string): WalkVerdicts {
  const memo = ctx.facts.scratch(memoId(kind), makeMemo);
  const scope = `${ctx.today}|${ctx.kind}|${ctx.japaneseReady}`;
  let field = memo.fields.get(ctx.field);
  if (!field || field.scope !== scope || field.subject !== ctx.draft.subject) {
    field = { scope, subject: ctx.draft.subject, byText: new Map() };
    memo.fields.set(ctx.field, field);
  }
  return { field, count: memo.count };
}

export interface WalkVerdicts {
  field: FieldMemo;
  count: VerdictCount;
}

/**
 * The verdict `compute` gives for sentence `s` (at `index` of ctx.sentences, its references counted from
 * `anchor`), reused from an earlier keystroke when nothing it read changed.
 */
export function verdictOf<T>(
  walk: WalkVerdicts, ctx: RuleContext, s: Sentence, index: number, anchor: number | undefined, compute: () => T,
): T {
  const { field } = walk;
  const lines = ctx.lines;
  const previous = index > 0 ? ctx.sentences[index - 1] : undefined;
  const next = ctx.sentences[index + 1];
  const inLine = s.start - lines[s.line]!.start;
  const day = anchor ?? -1;
  const known = field.byText.get(s.text);
  if (known && known.lang === s.lang && known.line === s.line && known.inLine === inLine && known.anchor === day
    && (!known.readPrevious || (known.previous === previous?.text && known.previousLine === (previous?.line ?? -1)))
    && (!known.readNext || (known.next === next?.text && known.nextLine === (next?.line ?? -1)))
    && (known.lineCount === -1 || known.lineCount === lines.length) && sameLines(known, lines)) {
    return known.value as T;
  }
  walk.count.computed++;
  const outer = track;
  const t: Track = { from: s.line, to: s.line, end: false, previous: false, next: false };
  track = t;
  let value: T;
  try {
    value = compute();
  } finally {
    track = outer;
  }
  // A verdict worked out inside another's (none is today) counts as read by that one too.
  if (outer) {
    readsLine(t.from);
    readsLine(t.to);
    if (t.end) outer.end = true;
    if (t.previous || t.next) outer.previous = outer.next = true;
  }
  const texts: string[] = new Array(t.to - t.from + 1);
  for (let j = t.from; j <= t.to; j++) texts[j - t.from] = lines[j]!.text;
  if (field.byText.size >= KEPT) field.byText.clear();
  field.byText.set(s.text, {
    lang: s.lang, line: s.line, inLine, anchor: day,
    readPrevious: t.previous, previous: previous?.text, previousLine: previous?.line ?? -1,
    readNext: t.next, next: next?.text, nextLine: next?.line ?? -1,
    from: t.from, lines: texts, lineCount: t.end ? lines.length : -1, value,
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
