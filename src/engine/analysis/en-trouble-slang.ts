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
import type { EnFacts } from './en';

/** Nouns of trouble that, said of a situation, are slang or hyperbole. */
const TROUBLE = new Set(['nightmare', 'mess', 'shambles', 'headache', 'disaster', 'chaos', 'circus', 'zoo', 'madhouse', 'nuthouse', 'trainwreck',
  'train-wreck', 'fiasco', 'hassle', 'pain', 'faff', 'palaver', 'kerfuffle', 'car-crash', 'dumpster-fire', 'bunfight']);
/** Degree words of chat that grade a trouble noun: "a right mess", "a total nightmare", "bit of a headache". */
const DEGREE = new Set(['right', 'total', 'complete', 'absolute', 'proper', 'real', 'utter', 'massive', 'huge', 'bloody', 'royal', 'bit', 'tad']);
/** Subjects that make a trouble noun the state of things: "it's a nightmare", "things are a mess". */
const STATE_SUBJECTS = new Set(['it', "it's", 'things', 'everything', 'this', 'that', "that's", 'all']);
const COPULAS = new Set(['be', 'is', 'are', 'was', 'were', "'s", 'been', 'being', 'become', 'becomes', 'became', 'turned', 'gets', 'got']);
/** Adjectives of chaos graded by chat: "a bit hectic", "pretty manic". */
const CHAOS = new Set(['hectic', 'manic', 'crazy', 'mad', 'nuts', 'bonkers', 'insane', 'chaotic', 'mental']);
const CHAT_GRADES = new Set(['bit', 'pretty', 'so', 'super', 'totally', 'crazy', 'kinda', 'sorta']);
/** Going wrong, said in chat: "gone pear-shaped", "gone south", "gone sideways". */
const GONE_WRONG = new Set(['pear-shaped', 'south', 'sideways', 'haywire', 'belly-up', 'tits-up']);

/** Words after a trouble noun that the tagger may call nouns but that end the phrase: "a total nightmare right now". */
const TIME_AFTER = new Set(['right', 'now', 'today', 'lately', 'recently', 'here', 'there', 'atm']);
const DIRECTION_AFTER = new Set(['to', 'of', 'from', 'towards', 'toward', 'into', 'through', 'along', 'via', 'for']);
const GONE = new Set(['gone', 'go', 'went', 'going', 'goes']);

const PLAIN_NOUN = 'a difficult situation';

export interface TroubleSlang {
  /** Token range [from, to) of the slang: the article and grade with the noun, or the grade with the adjective. */
  from: number;
  to: number;
  /** What it becomes written out: "a difficult situation", "very busy", "gone wrong". */
  plain: string;
}

/** A cheap test before the parse: one of the words of the class is written. */
export function mayTroubleSlang(text: string): boolean {
  return /nightmare|mess|shambles|headache|disaster|chaos|circus|zoo|madhouse|nuthouse|wreck|fiasco|hassle|pain|faff|palaver|kerfuffle|crash|fire|bunfight|hectic|manic|crazy|mad|nuts|bonkers|insane|chaotic|mental|pear-shaped|south|sideways|haywire|belly-up|tits-up/i.test(text);
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
