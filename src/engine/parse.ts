import { historyMarks, historyStartFromMarks, isNoticeLine, QUOTED_LINE, quotedHistory } from './analysis/quotes';
import { LruCache } from './cache';
import { detectLanguage } from './language';
import { splitLines, splitSentences } from './segment';
import type { JapaneseTokenizer } from './tokenizer';
import type { Line, Sentence, Token, Word } from './types';
import { englishWords } from './words';

/** A mark the parser keeps beside a line's `historyMarks`: the line is part of a legal notice (quotes.ts isNoticeLine). */
const NOTICE_LINE = 1 << 10;

/** Counts of the parser's work since it was made (see FieldParser.work). */
export interface ParserWork {
  /** Lines split into sentences (a line text not in the cache). */
  linesSplit: number;
  /** Calls of the Japanese tokenizer (a sentence text not in the cache). */
  tokenized: number;
  /**
   * English sentences read afresh (a sentence text not in the cache): their word lists, made on first read since
   * round 35 (`LineSentence.words`), from the parser's cache when another sentence had the same text.
   */
  worded: number;
  /** Tokens or words of a placed sentence read at a new place (moved to its offsets: a copy of them). */
  placedRead: number;
}

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
  /**
   * An English (not Japanese) sentence's words, read on first use (round 35): no rule of the engine reads them
   * today, and Intl.Segmenter's word pass over every new English sentence was ~3 % of a full English analysis.
   */
  words?: () => Word[];
  slots: FactSlots;
}

/**
 * Everything about one line text: its sentences, and the Sentence objects last handed out for it. While
 * the line keeps its place (same start and index, the usual case for every line above the edited one) the
 * same objects are returned without any work; a line that moved (every line below an edit) has those same
 * objects moved to its new place (start, end and line index written), unless they were handed out already in
 * this parse (the same line text twice in a field).
 */
interface LineEntry {
  sentences: LineSentence[];
  last?: { start: number; index: number; sentences: Sentence[]; parse: number };
}

/**
 * A field as last parsed under one key (the engine's field name), line by line: the next parse of that field
 * takes the lines before and after the edited stretch from here by comparing their text in place (no new line
 * string, no look-up by text, no pattern tested again), and splits only the lines in between.
 */
interface LastParse {
  text: string;
  lines: Line[];
  /** Per line: its entry, once its sentences were asked for (lines of the own part that are not quoted). */
  entries: Array<LineEntry | undefined>;
  /** Per line: its `historyMarks`. */
  marks: number[];
  /** Per line: whether it is a quoted line (> …). */
  quoted: boolean[];
  /** How many lines at the start and at the end were taken from the parse before (their text unchanged). */
  head: number;
  tail: number;
  /** The first line of the quoted history (all lines when none), and the number of the sentences handed out. */
  from?: number;
  sentencesId?: number;
}

/**
 * What the parser knows of a sentences array it handed out, against the array of the parse before it under the
 * same key: how many sentences at the start (`head`) and at the end (`tail`) have the texts they had there (not
 * necessarily as many as could: the lines the edit touched are not looked into). Each array has a number of its
 * own, and refers to the one before by number only, so that no array keeps the one before it alive.
 */
export interface SentenceSuccession {
  id: number;
  previous: number;
  head: number;
  tail: number;
}

const SUCCESSIONS = new WeakMap<readonly Sentence[], SentenceSuccession>();
let lastSentencesId = 0;

/** The succession of a sentences array the parser handed out (undefined for any other array). */
export function sentenceSuccession(sentences: readonly Sentence[]): SentenceSuccession | undefined {
  return SUCCESSIONS.get(sentences);
}

/**
 * How many sentences at the start and at the end of `now` have the texts at the same places of the array whose
 * texts are `before` (the array numbered `beforeId`, when known), not overlapping: as many as there are. When `now`
 * is the parse right after that array, the parser's counts are taken as they stand and only the sentences past
 * them compared; otherwise every sentence from each end until one differs (by identity first: the parser hands
 * out the same string for an unchanged line's sentences).
 */
export function sameEnds(before: readonly string[], now: readonly Sentence[], beforeId: number | undefined): { head: number; tail: number } {
  const most = Math.min(before.length, now.length);
  const known = beforeId === undefined ? undefined : SUCCESSIONS.get(now);
  // The very array asked about again (a second rule asking within one analysis): nothing changed.
  if (known !== undefined && known.id === beforeId) return { head: most, tail: 0 };
  const from = known !== undefined && known.previous === beforeId;
  let head = from ? Math.min(known.head, most) : 0;
  while (head < most && now[head]!.text === before[head]) head++;
  let tail = from ? Math.min(known.tail, most - head) : 0;
  while (tail < most - head && now[now.length - 1 - tail]!.text === before[before.length - 1 - tail]) tail++;
  return { head, tail };
}

/**
 * Turns a field into lines and sentences with tokens. Work is cached by line text and sentence text,
 * so after a one-character edit only the edited sentence is segmented and tokenized again.
 */
/** Replaced line texts kept cached (FieldParser.retired), and how many more are let in before a batch is dropped. */
const RETIRED_KEPT = 256;
const RETIRE_BATCH = 64;

export class FieldParser {
  /**
   * What this parser has done, counted (read by tests through `Engine.work`): a keystroke must cost work in
   * proportion to the edit, and these say how many sentences it analysed.
   */
  readonly work: ParserWork = { linesSplit: 0, tokenized: 0, worded: 0, placedRead: 0 };
  private lineCache = new LruCache<string, LineEntry>(4000);
  /** The last parse of each field (see LastParse): a handful of keys, one per field name. */
  private lastParses = new Map<string, LastParse>();
  /** Counts parses: a line entry's placed sentences handed out in this parse are not moved again in it. */
  private generation = 0;
  private tokenCache = new LruCache<string, Token[]>(4000);
  private wordCache = new LruCache<string, () => Word[]>(4000);
  /** Each line text's quoted-history marks: finding where the history starts then tests no pattern on unchanged lines. */
  private markCache = new LruCache<string, number>(8000);
  /**
   * Round 47: the line texts an edit replaced (a line of a field's last parse that the next parse of that field no longer
   * has), oldest first. Every keystroke makes one: without this the caches by text kept each replaced line's sentences,
   * tokens and facts (~29 KB a keystroke in the bench's edits, 156 MB after 5,000) until their LRUs turned over. The
   * last RETIRED_KEPT stay cached (an undo, or the bench's 40 toggled variants, finds them); older ones are dropped by
   * `evictRetired` unless a field holds them again.
   */
  private retired = new Map<string, true>();
  private readonly marksOf = (text: string): number => {
    let m = this.markCache.get(text);
    if (m === undefined) {
      m = historyMarks(text) | (isNoticeLine(text) ? NOTICE_LINE : 0);
      this.markCache.set(text, m);
    }
    return m;
  };

  constructor(private tokenizer: JapaneseTokenizer | null = null) {}

  setTokenizer(tokenizer: JapaneseTokenizer | null): void {
    this.tokenizer = tokenizer;
    this.tokenCache.clear();
    this.lineCache.clear();
    this.lastParses.clear();
    this.retired.clear();
  }

  get japaneseReady(): boolean {
    return this.tokenizer !== null;
  }

  /**
   * The field's lines and sentences. `key` names the field (the engine passes its field name): the lines that
   * did not change since the last parse under that key are taken from it. The Sentence objects returned are
   * the parser's own and stay valid until the next call: a later parse moves those of lines that moved.
   */
  parse(text: string, key = ''): ParsedField {
    const generation = ++this.generation;
    const previous = this.lastParses.get(key);
    const now = this.linesOf(text, previous);
    if (previous) this.retire(previous, now);
    if (!this.lastParses.has(key) && this.lastParses.size >= 8) this.lastParses.clear();
    this.lastParses.set(key, now);
    const { lines: all, entries, quoted } = now;
    const from = historyStartFromMarks(now.marks);
    const own = from < all.length ? text.slice(0, all[from]!.start) : text;
    const sentences: Sentence[] = [];
    const before = previous;
    // The sentences of the lines taken from the parse before, at each end (see SentenceSuccession): above the
    // edit, those of the lines before the history in both parses; below it, those of the lines up to the
    // history when it starts at the same line counted from the end (or neither parse has one).
    const headLines = before?.from === undefined ? 0 : Math.min(now.head, from, before.from);
    const tailFrom = all.length - now.tail;
    const sameHistory = before?.from !== undefined && from - all.length === before.from - before.lines.length;
    let head = 0;
    let tail = 0;
    for (let i = 0; i < from; i++) {
      if (i === headLines) head = sentences.length;
      if (quoted[i]) continue;
      const line = all[i]!;
      const entry = (entries[i] ??= this.entry(line.text));
      const placed = this.placed(entry, line, generation);
      for (let k = 0; k < placed.length; k++) sentences.push(placed[k]!);
      if (i >= tailFrom && sameHistory) tail += placed.length;
    }
    if (headLines >= from) head = sentences.length;
    const id = ++lastSentencesId;
    SUCCESSIONS.set(sentences, { id, previous: before?.sentencesId ?? 0, head, tail });
    now.from = from;
    now.sentencesId = id;
    return { text, own, lines: all, sentences, quoted: quotedHistory(all, from, (i) => quoted[i]!, (i) => (now.marks[i]! & NOTICE_LINE) !== 0) };
  }

  /** Files the lines of `prev` between the unchanged ends that `now` does not have again (see `retired`). */
  private retire(prev: LastParse, now: LastParse): void {
    const end = prev.lines.length - now.tail;
    const newEnd = now.lines.length - now.tail;
    if (end <= now.head) return;
    // The changed stretch's new texts, in a set: a paste that replaces many lines is then filed in linear time.
    const fresh = new Set<string>();
    for (let k = now.head; k < newEnd; k++) fresh.add(now.lines[k]!.text);
    for (let j = now.head; j < end; j++) {
      const t = prev.lines[j]!.text;
      if (fresh.has(t)) continue;
      this.retired.delete(t);
      this.retired.set(t, true);
    }
  }

  /**
   * Round 47: drops from the parser's caches the line texts retired longest ago, past the last RETIRED_KEPT, that no
   * field's last parse holds, with their sentences' tokens and words unless a field's line holds that sentence text
   * too. Gives what it dropped, for the engine's caches by the same texts (undefined when nothing is due: it works in
   * batches, so that the fields' texts are gathered once per RETIRE_BATCH lines).
   */
  evictRetired(): { lines: string[]; sentences: string[] } | undefined {
    if (this.retired.size <= RETIRED_KEPT + RETIRE_BATCH) return undefined;
    const current = new Set<string>();
    for (const p of this.lastParses.values()) for (const l of p.lines) current.add(l.text);
    const lines: string[] = [];
    const dropped: string[] = [];
    for (const t of this.retired.keys()) {
      if (this.retired.size <= RETIRED_KEPT) break;
      this.retired.delete(t);
      if (current.has(t)) continue;
      const entry = this.lineCache.peek(t);
      this.lineCache.delete(t);
      this.markCache.delete(t);
      lines.push(t);
      if (entry) for (const s of entry.sentences) dropped.push(s.text);
    }
    const inUse = new Set<string>();
    for (const p of this.lastParses.values()) for (const e of p.entries) if (e) for (const s of e.sentences) inUse.add(s.text);
    const sentences = dropped.filter((x) => !inUse.has(x));
    for (const x of sentences) {
      this.tokenCache.delete(x);
      this.wordCache.delete(x);
    }
    return { lines, sentences };
  }

  /**
   * The lines of `text` with their marks: those before and after the edited stretch from `prev` (compared
   * in place: each line's text and line break at the same offset from the start, or from the end), the rest
   * split afresh.
   */
  private linesOf(text: string, prev: LastParse | undefined): LastParse {
    const n = prev?.lines.length ?? 0;
    let head = 0;
    let tail = 0;
    const before = prev?.text ?? '';
    const shift = text.length - before.length;
    if (prev) {
      const old = prev.lines;
      // The lines tile the text (each line's text and break up to the next line's start), so the lines above the
      // edit that are the same at the same offset are those that end within the two texts' common prefix: one
      // scan of the texts instead of a slice and a compare per line above the edit (the last line has no break).
      const prefix = commonPrefixLength(text, before);
      while (head < n - 1 && old[head + 1]!.start <= prefix) head++;
      const headEnd = head > 0 ? old[head]!.start : 0;
      // Lines below it: the same at the same distance from the end (within the common suffix), each starting a
      // line, none in the head.
      const suffix = commonSuffixLength(text, before);
      while (tail < n - head) {
        const j = n - 1 - tail;
        const l = old[j]!;
        const at = l.start + shift;
        if (at < headEnd || j === 0 || text.charCodeAt(at - 1) !== 10) break;
        if (before.length - l.start > suffix) break;
        tail++;
      }
    }
    // The lines in between, as splitLines would cut them (usually one: the edited line).
    const middle: Line[] = [];
    let start = head > 0 ? prev!.lines[head]!.start : 0;
    const stop = tail > 0 ? prev!.lines[n - tail]!.start + shift : -1;
    while (stop < 0 || start < stop) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      const textEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      middle.push({ text: text.slice(start, textEnd), start, end: textEnd, index: head + middle.length });
      if (nl < 0) break;
      start = nl + 1;
    }
    // Arrays of their final length, filled in place: pushing grew four arrays the length of the draft on every
    // keystroke, most of what a keystroke's parse allocated on unchanged text.
    const total = head + middle.length + tail;
    const lines: Line[] = new Array(total);
    const entries: Array<LineEntry | undefined> = new Array(total);
    const marks: number[] = new Array(total);
    const quoted: boolean[] = new Array(total);
    for (let k = 0; k < head; k++) {
      lines[k] = prev!.lines[k]!;
      entries[k] = prev!.entries[k];
      marks[k] = prev!.marks[k]!;
      quoted[k] = prev!.quoted[k]!;
    }
    for (let k = 0; k < middle.length; k++) {
      const line = middle[k]!;
      lines[head + k] = line;
      entries[head + k] = undefined;
      marks[head + k] = this.marksOf(line.text);
      quoted[head + k] = QUOTED_LINE.test(line.text);
    }
    if (tail > 0) {
      const old = prev!.lines;
      const moved = head + middle.length - (n - tail);
      for (let j = n - tail, k = head + middle.length; j < n; j++, k++) {
        const l = old[j]!;
        lines[k] = shift === 0 && moved === 0 ? l : { text: l.text, start: l.start + shift, end: l.end + shift, index: l.index + moved };
        entries[k] = prev!.entries[j];
        marks[k] = prev!.marks[j]!;
        quoted[k] = prev!.quoted[j]!;
      }
    }
    return { text, lines, entries, marks, quoted, head, tail };
  }

  /**
   * The entry's sentences at `line`'s place: the objects last handed out when the line has not moved, those
   * objects moved when it has (their tokens or words, when not yet read, are moved on first read as always),
   * new ones when those are in use in this parse already or carry tokens or words fixed at their old place.
   */
  private placed(entry: LineEntry, line: Line, generation: number): Sentence[] {
    const last = entry.last;
    if (last && last.parse !== generation) {
      last.parse = generation;
      if (last.start === line.start && last.index === line.index) return last.sentences;
      const placed = last.sentences;
      for (let k = 0; k < placed.length; k++) {
        const s = placed[k]!;
        const r = entry.sentences[k]!;
        if ((r.tokens || r.words) && settled(s)) {
          placed[k] = place(r, line, this.work);
          continue;
        }
        s.start = line.start + r.start;
        s.end = line.start + r.end;
        s.line = line.index;
      }
      last.start = line.start;
      last.index = line.index;
      return placed;
    }
    const placed = entry.sentences.map((r) => place(r, line, this.work));
    // Handed out already in this parse (a repeated line): these new objects are for this line only.
    if (!last) entry.last = { start: line.start, index: line.index, sentences: placed, parse: generation };
    return placed;
  }

  private entry(lineText: string): LineEntry {
    let entry = this.lineCache.get(lineText);
    if (!entry) {
      this.work.linesSplit++;
      // The language of a sentence that mixes scripts is read from its grammar (language.ts): kuromoji's tokens of
      // its Japanese, the same ones a Japanese sentence keeps (cached by text).
      const tokenize = this.readTokens;
      const sentences = splitSentences({ text: lineText, start: 0, end: lineText.length, index: 0 }, tokenize).map((r) => {
        const lang = detectLanguage(r.text, tokenize);
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

  private readonly readTokens = (text: string): Token[] | undefined => this.tokens(text);

  private tokens(text: string): Token[] | undefined {
    if (!this.tokenizer) return undefined;
    let t = this.tokenCache.get(text);
    if (!t) {
      this.work.tokenized++;
      t = this.tokenizer.tokenize(text, 0);
      this.tokenCache.set(text, t);
    }
    return t;
  }

  /** The words of an English sentence, as a thunk kept by text: segmented on its first call, counted when made. */
  private words(text: string): () => Word[] {
    let read = this.wordCache.get(text);
    if (!read) {
      this.work.worded++;
      let w: Word[] | undefined;
      read = () => (w ??= englishWords(text, 0));
      this.wordCache.set(text, read);
    }
    return read;
  }
}

/**
 * A line's sentence at the line's place in the field, with absolute offsets. Its tokens (or words) are
 * moved to that place only when a rule reads them: a keystroke shifts every line below it, but cached
 * rules read none of those, so typing does not copy half the draft's tokens on every key. The accessor
 * reads the sentence's start when it runs, so the parser may move a sentence whose tokens are unread by
 * writing its start, end and line.
 *
 * A class with its accessors on the prototype, not an object literal with a getter: V8 keeps every object
 * literal that defines an accessor in dictionary mode, so every read of `text`, `start` or `lang` of such a
 * sentence, by the engine and by every rule, was a hash look-up (99 of the 100 sentences of the 10 KB
 * Japanese bench draft). Every instance has the same fields in the same order: one hidden class.
 */
class PlacedSentence implements Sentence {
  text: string;
  start: number;
  end: number;
  lang: Sentence['lang'];
  line: number;
  factSlots: FactSlots;
  /** The line's tokens or (read on first use) words, offsets from the line's start, and which of the two they are. */
  private readonly source: Token[] | (() => Word[]) | undefined;
  private readonly kind: 'tokens' | 'words' | undefined;
  /** The source moved to this sentence's place, once read (the source itself at the field's start). */
  moved: Token[] | Word[] | undefined;
  private readonly work: ParserWork;

  constructor(r: LineSentence, line: Line, work: ParserWork) {
    this.text = r.text;
    this.start = line.start + r.start;
    this.end = line.start + r.end;
    this.lang = r.lang;
    this.line = line.index;
    this.factSlots = r.slots;
    this.source = r.tokens ?? r.words;
    this.kind = r.tokens ? 'tokens' : r.words ? 'words' : undefined;
    this.moved = this.start === 0 && r.tokens ? r.tokens : undefined;
    this.work = work;
  }

  get tokens(): Token[] | undefined {
    return this.kind === 'tokens' ? (this.moved ?? this.move()) as Token[] : undefined;
  }

  set tokens(value: Token[] | undefined) {
    this.overwrite('tokens', value);
  }

  get words(): Word[] | undefined {
    return this.kind === 'words' ? (this.moved ?? this.move()) as Word[] : undefined;
  }

  set words(value: Word[] | undefined) {
    this.overwrite('words', value);
  }

  /** Whether the sentence has tokens, without moving them. */
  get carriesTokens(): boolean {
    return this.kind === 'tokens';
  }

  private move(): Token[] | Word[] {
    this.work.placedRead++;
    const source = typeof this.source === 'function' ? this.source() : this.source;
    this.moved = rebase(source as Array<Token | Word>, this.start) as Token[] | Word[];
    return this.moved;
  }

  /** An assignment (no caller makes one today) replaces the accessor with an own property, as before. */
  private overwrite(key: 'tokens' | 'words', value: Token[] | Word[] | undefined): void {
    Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
  }
}

function place(r: LineSentence, line: Line, work: ParserWork): Sentence {
  return new PlacedSentence(r, line, work);
}

/**
 * Whether the sentence carries tokens, without running the getter that moves them to the sentence's offset.
 * FactStore asks this for every sentence a document rule reads facts of, on every keystroke.
 */
export function carriesTokens(s: Sentence): boolean {
  return s instanceof PlacedSentence ? s.carriesTokens : s.tokens !== undefined;
}

/** A placed sentence whose tokens or words were moved to its place (or lay there): moving it needs a new object. */
function settled(s: Sentence): boolean {
  return s instanceof PlacedSentence ? s.moved !== undefined : s.start === 0;
}

/** Blocks of up to this many code units are compared at once by the common prefix and suffix scans. */
const SCAN_BLOCK_MAX = 8192;
const SCAN_BLOCK_MIN = 16;

/**
 * The length of the longest common prefix of `a` and `b` (in code units). Blocks compared as slices with ===
 * (V8 compares two strings' contents in bulk; a charCodeAt loop is several times slower on a 50 KB draft),
 * doubling while they match and halving on a mismatch, then character by character in the last small block.
 */
export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  let block = SCAN_BLOCK_MIN;
  while (block >= SCAN_BLOCK_MIN) {
    if (i + block <= n && a.slice(i, i + block) === b.slice(i, i + block)) {
      i += block;
      if (block < SCAN_BLOCK_MAX) block *= 2;
    } else if (i + block > n && n - i < SCAN_BLOCK_MIN) break;
    else block >>= 1;
  }
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the longest common suffix of `a` and `b` (in code units), scanned as commonPrefixLength. */
export function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const la = a.length;
  const lb = b.length;
  let i = 0;
  let block = SCAN_BLOCK_MIN;
  while (block >= SCAN_BLOCK_MIN) {
    if (i + block <= n && a.slice(la - i - block, la - i) === b.slice(lb - i - block, lb - i)) {
      i += block;
      if (block < SCAN_BLOCK_MAX) block *= 2;
    } else if (i + block > n && n - i < SCAN_BLOCK_MIN) break;
    else block >>= 1;
  }
  while (i < n && a.charCodeAt(la - 1 - i) === b.charCodeAt(lb - 1 - i)) i++;
  return i;
}

function rebase<T extends { start: number; end: number }>(items: T[], offset: number): T[] {
  if (offset === 0) return items;
  return items.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
}
