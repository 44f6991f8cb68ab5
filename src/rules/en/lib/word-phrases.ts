import { z } from 'zod';
import { matchAll } from '../../../engine/match-all';

/**
 * Phrase entries of the outreach and pressure data: short word sequences instead of long regular
 * expressions, each entry with the sentences it must and must not recognise (`has`/`hasNot`). A phrase is
 * matched on the sentence's words (lower-cased, ’ read as '), so "Bumping this" and "bumping  this" are the
 * same, and a phrase never matches inside a word. In a phrase:
 * - `_` is any one word; `~` is a gap of zero to three words ("only # ~ left": "only three pilot places are left");
 * - `#` is a number written in figures or words ("# minutes": "15 minutes", "twenty minutes");
 * - a trailing `*` is a prefix ("bump*": bump, bumping, bumped);
 * - a leading `^` anchors the phrase to the first word of the sentence.
 * An entry may instead hold one short `pattern` (a regular expression, ≤ 80 characters) where words cannot
 * say it (Japanese, which has no spaces).
 */
export const WordEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are kebab-case'),
    phrases: z.array(z.string().min(1).max(60)).min(1).optional(),
    pattern: z.string().min(1).max(80).optional(),
    has: z.array(z.string().min(1)).min(1),
    hasNot: z.array(z.string().min(1)).min(1),
  })
  .refine((e) => (e.phrases === undefined) !== (e.pattern === undefined), 'an entry has phrases or a pattern');
export type WordEntry = z.infer<typeof WordEntrySchema>;
export const WordListSchema = z.array(WordEntrySchema).min(1);

export interface Word {
  w: string;
  start: number;
  end: number;
}

export interface WordMatch {
  id: string;
  start: number;
  end: number;
}

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'forty-five', 'fifty', 'sixty', 'few', 'couple', 'handful',
]);
/** Words in figures ("15", "3rd" is not one) or in letters. */
export const isNumberWord = (w: string) => /^\d{1,4}$/.test(w) || NUMBER_WORDS.has(w);

/** The words of a text with their offsets. Hyphens split words ("15-minute" is "15" "minute"). */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of matchAll(text, /[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g)) {
    out.push({ w: m[0].toLowerCase().replace('’', "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

interface Compiled {
  id: string;
  anchored: boolean;
  tokens: string[];
}

/**
 * One list of entries, compiled once, on its first search: phrases indexed by their first word, patterns as
 * regular expressions. Not at import: the outreach and pressure lists (30 of them) took ~12 ms of the engine
 * worker's start, before it could answer, for English sentences that may never come.
 */
export class WordList {
  private index: { byFirst: Map<string, Compiled[]>; patterns: Array<{ id: string; regex: RegExp }> } | undefined;

  constructor(readonly entries: readonly WordEntry[]) {}

  private compiled(): NonNullable<WordList['index']> {
    if (this.index) return this.index;
    const byFirst = new Map<string, Compiled[]>();
    const patterns: Array<{ id: string; regex: RegExp }> = [];
    for (const e of this.entries) {
      if (e.pattern !== undefined) patterns.push({ id: e.id, regex: new RegExp(e.pattern, 'iu') });
      for (const p of e.phrases ?? []) {
        const anchored = p.startsWith('^');
        const tokens = p.replace(/^\^/, '').toLowerCase().replace(/’/g, "'").split(/\s+/);
        const first = tokens[0]!;
        if (first === '_' || first === '~' || first.endsWith('*')) throw new Error(`${e.id}: "${p}" must start with a word or #`);
        const list = byFirst.get(first) ?? [];
        list.push({ id: e.id, anchored, tokens });
        byFirst.set(first, list);
      }
    }
    this.index = { byFirst, patterns };
    return this.index;
  }

  /** Every match, in text order (the earliest first; at one position, the longest first). */
  all(text: string, words: Word[] = wordsOf(text)): WordMatch[] {
    const { byFirst, patterns } = this.compiled();
    const out: WordMatch[] = [];
    // Round 31: a word's candidates read from the index's own lists (its phrases, then the "#" phrases for a
    // number), not concatenated into a new array per word of every sentence; the order of matches is the same.
    const numbers = byFirst.get('#');
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.w;
      const own = byFirst.get(w);
      if (own !== undefined) matchesAt(words, i, own, out);
      if (numbers !== undefined && isNumberWord(w)) matchesAt(words, i, numbers, out);
    }
    for (const p of patterns) {
      const m = p.regex.exec(text);
      if (m) out.push({ id: p.id, start: m.index, end: m.index + m[0].length });
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  first(text: string, words?: Word[]): WordMatch | undefined {
    return this.all(text, words)[0];
  }

  /** Whether any entry matches (all's answer, non-empty): stops at the first, and builds no list. */
  test(text: string, words: Word[] = wordsOf(text)): boolean {
    const { byFirst, patterns } = this.compiled();
    const numbers = byFirst.get('#');
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.w;
      const own = byFirst.get(w);
      if (own !== undefined && matchesAt(words, i, own, undefined)) return true;
      if (numbers !== undefined && isNumberWord(w) && matchesAt(words, i, numbers, undefined)) return true;
    }
    // The patterns are compiled without g or y: a test leaves no lastIndex behind.
    for (const p of patterns) if (p.regex.test(text)) return true;
    return false;
  }

  /** Whether one entry (by id) recognises the text: how an entry's own examples are run. */
  entryMatches(id: string, text: string): boolean {
    return this.all(text).some((m) => m.id === id);
  }
}

/**
 * The phrases of `candidates` (all starting with word `i`'s word, or "#" for a number) that match from word `i`,
 * pushed to `out` in their order; without `out`, whether any does (at the first).
 */
function matchesAt(words: Word[], i: number, candidates: readonly Compiled[], out: WordMatch[] | undefined): boolean {
  let found = false;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.anchored && i !== 0) continue;
    const end = matchFrom(words, i, c.tokens, 0);
    if (end === undefined) continue;
    if (!out) return true;
    found = true;
    out.push({ id: c.id, start: words[i]!.start, end: words[end - 1]!.end });
  }
  return found;
}

/** Where the phrase's tokens from `t` on end when matched from word `i` (exclusive), or undefined. */
function matchFrom(words: Word[], i: number, tokens: string[], t: number): number | undefined {
  if (t === tokens.length) return i;
  const tok = tokens[t]!;
  if (tok === '~') {
    // A bounded gap: at most three words, so a phrase costs a constant number of steps per word.
    for (let gap = 0; gap <= 3 && i + gap <= words.length; gap++) {
      const end = matchFrom(words, i + gap, tokens, t + 1);
      if (end !== undefined) return end;
    }
    return undefined;
  }
  const w = words[i]?.w;
  if (w === undefined || !wordIs(w, tok)) return undefined;
  return matchFrom(words, i + 1, tokens, t + 1);
}

function wordIs(w: string, tok: string): boolean {
  if (tok === '_') return true;
  if (tok === '#') return isNumberWord(w);
  if (tok.endsWith('*')) return w.startsWith(tok.slice(0, -1));
  return w === tok;
}
