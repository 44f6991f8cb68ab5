import { LruCache } from './cache';
import { detectLanguage } from './language';
import { splitLines, splitSentences } from './segment';
import type { JapaneseTokenizer } from './tokenizer';
import type { Line, Sentence, Token, Word } from './types';
import { englishWords } from './words';

export interface ParsedField {
  text: string;
  lines: Line[];
  sentences: Sentence[];
}

/** Quoted history in plain-text replies ("> …") is the other side's text, never ours to judge. */
const QUOTED = /^\s*>/;

type RelSentence = { text: string; start: number; end: number };

/**
 * Turns a field into lines and sentences with tokens. Work is cached by line text and sentence text,
 * so after a one-character edit only the edited sentence is segmented and tokenized again.
 */
export class FieldParser {
  private lineCache = new LruCache<string, RelSentence[]>(4000);
  private tokenCache = new LruCache<string, Token[]>(4000);
  private wordCache = new LruCache<string, Word[]>(4000);

  constructor(private tokenizer: JapaneseTokenizer | null = null) {}

  setTokenizer(tokenizer: JapaneseTokenizer | null): void {
    this.tokenizer = tokenizer;
    this.tokenCache.clear();
  }

  get japaneseReady(): boolean {
    return this.tokenizer !== null;
  }

  parse(text: string): ParsedField {
    const lines = splitLines(text);
    const sentences: Sentence[] = [];
    for (const line of lines) {
      if (QUOTED.test(line.text)) continue;
      let rel = this.lineCache.get(line.text);
      if (!rel) {
        rel = splitSentences({ ...line, start: 0 });
        this.lineCache.set(line.text, rel);
      }
      for (const r of rel) {
        const start = line.start + r.start;
        const lang = detectLanguage(r.text);
        const sentence: Sentence = { text: r.text, start, end: line.start + r.end, lang, line: line.index };
        if (lang === 'ja') {
          const tokens = this.tokens(r.text);
          if (tokens) sentence.tokens = rebase(tokens, start);
        } else {
          sentence.words = rebase(this.words(r.text), start);
        }
        sentences.push(sentence);
      }
    }
    return { text, lines, sentences };
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

function rebase<T extends { start: number; end: number }>(items: T[], offset: number): T[] {
  if (offset === 0) return items;
  return items.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
}
