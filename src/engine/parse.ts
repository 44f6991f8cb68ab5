import { historyMarks, historyStart, QUOTED_LINE, quotedHistory } from './analysis/quotes';
import { LruCache } from './cache';
import { detectLanguage } from './language';
import { splitLines, splitSentences } from './segment';
import type { JapaneseTokenizer } from './tokenizer';
import type { Line, Sentence, Token, Word } from './types';
import { englishWords } from './words';

export interface ParsedField {
  text: string;
  /** The writer's own part: the text up to the quoted history (a separator, "On … wrote:", a header block). */
  own: string;
  /** Every line of the field (rules may read quoted history for context, e.g. the client's name). */
  lines: Line[];
  /** Sentences of the own part, quoted lines (> …, ＞ …) left out. */
  sentences: Sentence[];
  /** Ranges of quoted history ([start, end) into `text`): nothing in them is ever flagged. */
  quoted: Array<[number, number]>;
}

/**
 * The facts the engine's FactStore has handed out for one sentence text, by annotator (FactStore.of): kept
 * with the line's parsed sentence and shared by every Sentence placed from it, so that a document rule
 * asking for the facts of an unchanged sentence on a keystroke reads an array slot instead of looking the
 * text up in a cache of thousands. `owner` is the store that filled `values` (another store, or the same
 * store after `clear()`, ignores them); `text` is the sentence text they are about (a Sentence copied
 * with another text does not use them).
 */
export interface FactSlots {
  text: string;
  owner: object | null;
  values: unknown[];
}

/**
 * The key of a placed sentence's FactSlots: a plain property written in each object literal of `place`
 * (a computed key, such as a symbol, takes V8 off its fast path for literals, and every sentence below an
 * edit is placed on every keystroke).
 */
export const FACT_SLOTS = 'factSlots';

/** A sentence of a line, offsets relative to the line, with its language and its words or tokens at offset 0. */
interface LineSentence {
  text: string;
  start: number;
  end: number;
  lang: Sentence['lang'];
  tokens?: Token[];
  words?: Word[];
  slots: FactSlots;
}

/**
 * Everything about one line text: its sentences, and the Sentence objects last handed out for it. While
 * the line keeps its place (same start and index, the usual case for every line but the edited one and,
 * after a line break, those below it) the same objects are returned without any work.
 */
interface LineEntry {
  sentences: LineSentence[];
  last?: { start: number; index: number; sentences: Sentence[] };
}

/**
 * Turns a field into lines and sentences with tokens. Work is cached by line text and sentence text,
 * so after a one-character edit only the edited sentence is segmented and tokenized again.
 */
export class FieldParser {
  private lineCache = new LruCache<string, LineEntry>(4000);
  private tokenCache = new LruCache<string, Token[]>(4000);
  private wordCache = new LruCache<string, Word[]>(4000);
  /** Each line text's quoted-history marks: finding where the history starts then tests no pattern on unchanged lines. */
  private markCache = new LruCache<string, number>(8000);
  private readonly marksOf = (text: string): number => {
    let m = this.markCache.get(text);
    if (m === undefined) {
      m = historyMarks(text);
      this.markCache.set(text, m);
    }
    return m;
  };

  constructor(private tokenizer: JapaneseTokenizer | null = null) {}

  setTokenizer(tokenizer: JapaneseTokenizer | null): void {
    this.tokenizer = tokenizer;
    this.tokenCache.clear();
    this.lineCache.clear();
  }

  get japaneseReady(): boolean {
    return this.tokenizer !== null;
  }

  parse(text: string): ParsedField {
    const all = splitLines(text);
    const from = historyStart(all, this.marksOf);
    const own = from < all.length ? text.slice(0, all[from]!.start) : text;
    const sentences: Sentence[] = [];
    for (let i = 0; i < from; i++) {
      const line = all[i]!;
      if (QUOTED_LINE.test(line.text)) continue;
      const entry = this.entry(line.text);
      const last = entry.last;
      if (last && last.start === line.start && last.index === line.index) {
        for (const s of last.sentences) sentences.push(s);
        continue;
      }
      const placed = entry.sentences.map((r) => place(r, line));
      entry.last = { start: line.start, index: line.index, sentences: placed };
      for (const s of placed) sentences.push(s);
    }
    return { text, own, lines: all, sentences, quoted: quotedHistory(all, from) };
  }

  private entry(lineText: string): LineEntry {
    let entry = this.lineCache.get(lineText);
    if (!entry) {
      const sentences = splitSentences({ text: lineText, start: 0, end: lineText.length, index: 0 }).map((r) => {
        const lang = detectLanguage(r.text);
        const s: LineSentence = { ...r, lang, slots: { text: r.text, owner: null, values: [] } };
        if (lang === 'ja') {
          const tokens = this.tokens(r.text);
          if (tokens) s.tokens = tokens;
        } else {
          s.words = this.words(r.text);
        }
        return s;
      });
      entry = { sentences };
      this.lineCache.set(lineText, entry);
    }
    return entry;
  }

  private tokens(text: string): Token[] | undefined {
    if (!this.tokenizer) return undefined;
    let t = this.tokenCache.get(text);
    if (!t) {
      t = this.tokenizer.tokenize(text, 0);
      this.tokenCache.set(text, t);
    }
    return t;
  }

  private words(text: string): Word[] {
    let w = this.wordCache.get(text);
    if (!w) {
      w = englishWords(text, 0);
      this.wordCache.set(text, w);
    }
    return w;
  }
}

/**
 * A line's sentence at the line's place in the field, with absolute offsets. Its tokens (or words) are
 * moved to that place only when a rule reads them: a keystroke shifts every line below it, but cached
 * rules read none of those, so typing does not copy half the draft's tokens on every key. Placing is done
 * for every sentence below an edit on every keystroke, so it builds one object literal (its accessor in
 * the literal, the flag below on its prototype) instead of redefining a property on each object.
 */
function place(r: LineSentence, line: Line): Sentence {
  const start = line.start + r.start;
  const end = line.start + r.end;
  const { text, lang, slots } = r;
  const index = line.index;
  if (r.tokens) {
    const tokens = r.tokens;
    if (start === 0) return { text, start, end, lang, line: index, tokens, factSlots: slots } as Sentence;
    return {
      __proto__: PENDING_TOKENS,
      text, start, end, lang, line: index,
      factSlots: slots,
      get tokens(): Token[] {
        return settle(this, 'tokens', rebase(tokens, start));
      },
    } as Sentence;
  }
  if (r.words) {
    const words = r.words;
    if (start === 0) return { text, start, end, lang, line: index, words, factSlots: slots } as Sentence;
    return {
      text, start, end, lang, line: index,
      factSlots: slots,
      get words(): Word[] {
        return settle(this, 'words', rebase(words, start));
      },
    } as Sentence;
  }
  return { text, start, end, lang, line: index, factSlots: slots } as Sentence;
}

/** The prototype of a placed sentence whose tokens are moved on first read: they exist, unread. */
const PENDING = Symbol('tokens not yet moved');
const PENDING_TOKENS = Object.freeze({ [PENDING]: true });

/**
 * Whether the sentence carries tokens, without running the getter that moves them to the sentence's offset.
 * FactStore asks this for every sentence a document rule reads facts of, on every keystroke: reading a flag
 * from the prototype allocates nothing (reading the property's descriptor allocated an object per call).
 */
export function carriesTokens(s: Sentence): boolean {
  return (s as { [PENDING]?: true })[PENDING] === true || s.tokens !== undefined;
}

/** Replaces the accessor with its value: an own, enumerable, plain property from then on. */
function settle<K extends 'tokens' | 'words'>(s: Sentence, key: K, value: NonNullable<Sentence[K]>): NonNullable<Sentence[K]> {
  Object.defineProperty(s, key, { value, enumerable: true, configurable: true, writable: true });
  return value;
}

function rebase<T extends { start: number; end: number }>(items: T[], offset: number): T[] {
  if (offset === 0) return items;
  return items.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
}
