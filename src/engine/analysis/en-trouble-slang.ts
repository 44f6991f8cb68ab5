/**
 * Round 28: trouble told in slang ("Bit of a nightmare on our end", "It's been a right mess", "a total shambles",
 * "a bit hectic on our end", "it's all gone pear-shaped"). British understatement and American hyperbole alike read as
 * flippant to a Japanese client who is owed an explanation. The class is built from structure, not sentences:
 *
 * - a TROUBLE noun (nightmare, mess, shambles, headache…) as the thing a situation is said to be — after "a"/"an"
 *   with a degree word of chat ("bit of a", "right", "total", "proper"), or as the complement of "it / things / this
 *   / that" + a copula ("it's a nightmare"); never a modifier of another noun ("the nightmare scenario",
 *   "disaster-recovery") nor a noun with "of" after it ("a mess of legacy formats");
 * - a CHAOS adjective graded by "a bit" / "pretty" / "so" ("a bit hectic", "pretty manic");
 * - a going-wrong idiom of chat ("gone pear-shaped", "gone south", "hit the fan").
 */
import { z } from 'zod';
import data from '../../../dictionaries/en/trouble-slang.json';
import { bundled, onDemand } from '../../rules/bundled';
import type { EnFacts } from './en';

export const TroubleSlangSchema = onDemand(() => z.object({
  about: z.string(),
  entries: z.array(z.object({
    id: z.enum(['trouble-nouns', 'degree-words', 'state-subjects', 'copulas', 'chaos-adjectives', 'chat-grades', 'gone-wrong', 'gone-verbs', 'time-after', 'direction-after']),
    role: z.string().min(1),
    words: z.array(z.string().min(1)).min(1),
    has: z.array(z.string().min(1)).min(1),
    hasNot: z.array(z.string().min(1)).min(1),
  })).length(10),
}));
type ClassId = z.output<ReturnType<typeof TroubleSlangSchema>>['entries'][number]['id'];

const ENTRIES = bundled('en/trouble-slang', TroubleSlangSchema, data).entries;
/** The word classes of the reader, from dictionaries/en/trouble-slang.json (each entry's role says what it does here). */
const wordsOf = (id: ClassId) => new Set(ENTRIES.find((e) => e.id === id)?.words ?? []);
const TROUBLE = wordsOf('trouble-nouns');
const DEGREE = wordsOf('degree-words');
const STATE_SUBJECTS = wordsOf('state-subjects');
const COPULAS = wordsOf('copulas');
const CHAOS = wordsOf('chaos-adjectives');
const CHAT_GRADES = wordsOf('chat-grades');
const GONE_WRONG = wordsOf('gone-wrong');
const TIME_AFTER = wordsOf('time-after');
const DIRECTION_AFTER = wordsOf('direction-after');
const GONE = wordsOf('gone-verbs');
/** The words the prefilter looks for: the reader's heads (a trouble noun, a chaos adjective, a going-wrong word). */
const HEADS = [...TROUBLE, ...CHAOS, ...GONE_WRONG];

const PLAIN_NOUN = 'a difficult situation';

export interface TroubleSlang {
  /** Token range [from, to) of the slang: the article and grade with the noun, or the grade with the adjective. */
  from: number;
  to: number;
  /** What it becomes written out: "a difficult situation", "very busy", "gone wrong". */
  plain: string;
}

/** A cheap test before the parse: one of the class's head words is written (≈45 substring tests, constant per sentence). */
export function mayTroubleSlang(text: string): boolean {
  const lower = text.toLowerCase();
  return HEADS.some((w) => lower.includes(w));
}

export function troubleSlang(f: EnFacts): TroubleSlang[] {
  const t = f.tokens;
  const lower = (i: number) => t[i]?.lower ?? '';
  const out: TroubleSlang[] = [];
  for (let i = 0; i < t.length; i++) {
    const w = lower(i);
    if (TROUBLE.has(w)) {
      // A modifier of another noun ("the nightmare scenario", "pain relief"), or a noun with "of" after it ("a mess of formats"): literal.
      const next = t[i + 1];
      if (next && ((next.pos === 'NOUN' && !TIME_AFTER.has(next.lower)) || next.lower === 'of' || next.lower === '-')) continue;
      // Walk back over the grade: "bit of a", "a right", "a total", "a complete".
      let k = i - 1;
      let graded = false;
      while (k >= 0 && (DEGREE.has(lower(k)) || lower(k) === 'of' || lower(k) === 'little') && i - k <= 3) { if (DEGREE.has(lower(k))) graded = true; k--; }
      const article = lower(k) === 'a' || lower(k) === 'an';
      if (lower(k - 1) === 'bit' || lower(k - 1) === 'of' && lower(k - 2) === 'bit') graded = true;
      let from = article ? k : k + 1;
      // "bit of a nightmare" at the start: the grade is the slang's first word.
      if (article && lower(k - 1) === 'of' && lower(k - 2) === 'bit') from = lower(k - 3) === 'a' ? k - 3 : k - 2;
      if (graded && (article || lower(k + 1) === 'bit')) { out.push({ from, to: i + 1, plain: PLAIN_NOUN }); continue; }
      // "It's a nightmare", "things are a mess", "it has been a total disaster": the state of things.
      if (article && COPULAS.has(lower(k - 1)) || (article && lower(k - 1) === 'been')) {
        const before = t.slice(Math.max(0, k - 4), k - 1).map((x) => x.lower);
        if (before.some((x) => STATE_SUBJECTS.has(x))) out.push({ from: k, to: i + 1, plain: PLAIN_NOUN });
      }
      continue;
    }
    if (CHAOS.has(w) && t[i]!.pos === 'ADJ' && CHAT_GRADES.has(lower(i - 1))) {
      const next = t[i + 1];
      if (next && next.pos === 'NOUN') continue;
      out.push({ from: lower(i - 1) === 'bit' && lower(i - 2) === 'a' ? i - 2 : i - 1, to: i + 1, plain: 'very busy' });
      continue;
    }
    // The tokenizer splits "pear-shaped" at its hyphen.
    const hyphened = lower(i + 1) === '-' ? `${w}-${lower(i + 2)}` : '';
    if (GONE_WRONG.has(hyphened) && GONE.has(lower(i - 1))) { out.push({ from: i - 1, to: i + 3, plain: `${t[i - 1]!.text} wrong` }); continue; }
    // "went south to Kyushu" is a direction; "went south after the audit" is not.
    if (GONE_WRONG.has(w) && GONE.has(lower(i - 1)) && !DIRECTION_AFTER.has(lower(i + 1))) {
      out.push({ from: i - 1, to: i + 1, plain: `${t[i - 1]!.text} wrong` });
    }
  }
  return out;
}
