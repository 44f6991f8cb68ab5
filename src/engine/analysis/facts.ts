import { LruCache } from '../cache';
import { carriesTokens, FACT_SLOTS, sameEnds, sentenceSuccession, type FactSlots } from '../parse';
import type { Draft, Field, Sentence } from '../types';

/**
 * An annotator computes facts about one sentence (its predicates, politeness, negation, speech act…) once.
 * Facts depend only on the sentence's text (and its tokens or words, which depend only on the text), so the
 * engine caches them by text: offsets inside facts are relative to the sentence's start, never absolute.
 */
export interface Annotator<T> {
  /** Unique per annotator; the cache key's namespace. */
  readonly id: string;
  analyze(sentence: Sentence): T;
}

/**
 * An annotator of a sentence's text alone (a phrase list tested, a cue gate), for a document rule: read
 * through `ctx.facts.of`, an unchanged sentence costs a look-up per keystroke instead of the test. The value
 * may be null but not undefined (a cached undefined would read as a miss).
 */
export function textFact<T extends {} | null>(id: string, read: (text: string) => T): Annotator<T> {
  return { id, analyze: (s) => read(s.text) };
}

/**
 * Facts about a whole field that several document rules read (the meeting slots of a mail, say). Computed
 * once per analysis of a field and shared by every rule that asks, instead of once per rule.
 */
export interface FieldAnnotator<T, C extends FieldScope = FieldScope> {
  readonly id: string;
  analyze(ctx: C): T;
}

/** What identifies one analysis of one field: the engine parses each draft into a new object. */
export interface FieldScope {
  draft: Draft;
  field: Field;
}

/** An annotator's facts of a field's sentences as last asked (ofSentences): texts and facts by position. */
interface SentenceRun<T = unknown> {
  texts: string[];
  values: T[];
  kept: number[];
  /** The number of the parser's sentences array `texts` were read from (see sameEnds), when it was one. */
  sentencesId?: number;
}

/**
 * Annotator and field pairs whose ofSentences runs are kept (all dropped past it): twenty annotators walk a field
 * this way (round 40), over a subject, a body and a meeting's fields, with room to spare so that a draft never drops
 * its own (a drop makes every walk read its whole field again on the next keystroke).
 */
const SENTENCE_RUNS = 128;

/** Whole field texts kept per `ofText` id: a draft's subject, body and time, and one more. */
const RECENT_TEXTS = 4;

/** The facts of one annotator: those computed with tokens and those computed without (dictionary loading). */
interface AnnotatorCache {
  tokens: LruCache<string, unknown>;
  plain: LruCache<string, unknown>;
  /** The annotator's place in every sentence's FactSlots. */
  slot: number;
}

/**
 * The facts of every sentence seen, per annotator, owned by one Engine instance (a new Engine is cold).
 * Rules read facts through `ctx.facts.of(annotator, sentence)` and never call each other's helpers.
 *
 * A look-up is meant to cost next to nothing on text that did not change, since document rules ask for the
 * facts of every sentence on every keystroke: the key is the sentence's own text (a string the parser keeps
 * for unchanged lines, whose hash V8 has already computed), never a new string built per call, and whether
 * the sentence has tokens is read without materialising them (the parser moves a moved sentence's tokens to
 * their new offsets only when they are read).
 */
export class FactStore {
  private readonly caches = new Map<string, AnnotatorCache>();
  private lastId = '';
  private last: AnnotatorCache | undefined;
  /** Per field annotator, what it gave for the last draft and field it was asked about. */
  private readonly fieldFacts = new Map<string, { draft: Draft; field: Field; value: unknown }>();
  /** Per annotator and field key, its facts of the field's sentences in the last `ofSentences` call, by position. */
  private readonly sentenceRuns = new Map<string, SentenceRun>();
  /** Per id, facts about the latest few whole field texts, most recent first (`ofText`). */
  private readonly textFacts = new Map<string, Array<{ text: string; value: unknown }>>();
  /** Per id, a document walk's own memo (`scratch`), dropped with everything else by `clear()`. */
  private readonly scratches = new Map<string, unknown>();
  /** What marks the sentences' FactSlots as filled by this store since its last `clear()`. */
  private owner: object = {};
  /** Sentence facts computed (an annotator run on a sentence whose text it had no facts for): read by tests. */
  computed = 0;
  /** Values worked out afresh in this store's memos (`memo`, by the analysis helpers that keep one): read by tests. */
  memoized = 0;

  constructor(private readonly capacity = 8000) {}

  of<T>(annotator: Annotator<T>, sentence: Sentence): T {
    const cache = this.cacheOf(annotator.id);
    // A sentence the parser placed carries the slots of its text (shared with its placed copies, see
    // FactSlots): facts read there need no look-up by text. The slots belong to one parsed sentence, which
    // has tokens or not for its whole life, so they never mix facts computed with and without tokens.
    const slots = (sentence as { [FACT_SLOTS]?: FactSlots })[FACT_SLOTS];
    const own = slots !== undefined && slots.text === sentence.text ? this.claim(slots) : undefined;
    if (own) {
      const known = own[cache.slot];
      if (known !== undefined) return known as T;
    }
    // Tokens are absent while the dictionary loads: facts computed without them must not outlive that.
    const byText = carriesTokens(sentence) ? cache.tokens : cache.plain;
    let facts = byText.get(sentence.text) as T | undefined;
    if (facts === undefined) {
      this.computed++;
      facts = annotator.analyze(sentence);
      byText.set(sentence.text, facts);
    }
    if (own) own[cache.slot] = facts;
    return facts;
  }

  /**
   * One annotator's facts of every sentence of a field, by position, with the positions whose facts `keep`
   * accepts (the few sentences a document walk acts on: those with a date, say). Kept from the last call under
   * the same annotator and `key` (the field) the way the engine keeps sentence rules' reports: the sentences
   * before and after the edited stretch have the very text strings they had (the parser hands out the same
   * string for an unchanged line's sentences), so their facts and whether they are kept are taken from that
   * call by position, with no look-up; only the stretch in between is asked for (`of`). A keystroke far from
   * any kept sentence then costs one pointer comparison per sentence. The facts must depend on the sentence's
   * text alone (an annotator's contract), and `keep` be the same test on every call for that annotator.
   */
  ofSentences<T>(
    annotator: Annotator<T>, key: string, sentences: readonly Sentence[], keep: (facts: T) => boolean,
  ): { values: readonly T[]; kept: readonly number[] } {
    const id = annotator.id + '\u0000' + key;
    let run = this.sentenceRuns.get(id) as SentenceRun<T> | undefined;
    if (!run) {
      if (this.sentenceRuns.size >= SENTENCE_RUNS) this.sentenceRuns.clear();
      run = { texts: [], values: [], kept: [] };
      this.sentenceRuns.set(id, run as SentenceRun);
    }
    const { texts, values } = run;
    const n = sentences.length;
    // Round 30: the ends counted by the parser when `texts` are those of the parse right before (sameEnds), so
    // that a keystroke far from any kept sentence no longer compares every sentence's text, per annotator.
    const { head, tail } = sameEnds(texts, sentences, run.sentencesId);
    run.sentencesId = sentenceSuccession(sentences)?.id;
    const oldMiddle = texts.length - head - tail;
    const newMiddle = n - head - tail;
    const shift = newMiddle - oldMiddle;
    if (oldMiddle === 0 && newMiddle === 0) return run;
    // The stretch in between, asked for; the arrays changed in place (no copy of the whole field's facts).
    const midTexts: string[] = new Array(newMiddle);
    const midValues: T[] = new Array(newMiddle);
    for (let k = 0; k < newMiddle; k++) {
      const s = sentences[head + k]!;
      midTexts[k] = s.text;
      midValues[k] = this.of(annotator, s);
    }
    if (oldMiddle === newMiddle) {
      for (let k = 0; k < newMiddle; k++) {
        texts[head + k] = midTexts[k]!;
        values[head + k] = midValues[k]!;
      }
    } else {
      // A sentence more or fewer (a line break, a paste): the tail moved in place. Round 31: new arrays here
      // (the ends sliced and concatenated, per annotator) were ~9 % of what a pasted paragraph allocated at 50 KB.
      replaceMiddle(texts, head, oldMiddle, midTexts);
      replaceMiddle(values, head, oldMiddle, midValues);
    }
    const kept: number[] = [];
    for (const i of run.kept) if (i < head) kept.push(i);
    for (let k = 0; k < newMiddle; k++) if (keep(midValues[k]!)) kept.push(head + k);
    for (const i of run.kept) if (i >= head + oldMiddle) kept.push(i + shift);
    run.kept = kept;
    return run;
  }

  /** The values of `slots` for this store: emptied when another store, or this one before `clear()`, filled them. */
  private claim(slots: FactSlots): unknown[] {
    if (slots.owner !== this.owner) {
      slots.owner = this.owner;
      slots.values = [];
    }
    return slots.values;
  }

  /**
   * A field annotator's facts for the field `ctx` is about. The draft object is new for every analysis, so
   * a result is reused only within the analysis that computed it (by the other rules that ask).
   */
  ofField<T, C extends FieldScope>(annotator: FieldAnnotator<T, C>, ctx: C): T {
    const known = this.fieldFacts.get(annotator.id);
    if (known && known.draft === ctx.draft && known.field === ctx.field) return known.value as T;
    const value = annotator.analyze(ctx);
    this.fieldFacts.set(annotator.id, { draft: ctx.draft, field: ctx.field, value });
    return value;
  }

  /**
   * Facts about a whole field text (its layout, say), computed by `compute` when `text` is not among the
   * latest few asked about under `id`. A field's text is new on every keystroke: keeping one entry per text,
   * as sentence facts do, would keep a copy of the whole draft per keystroke (thousands of them).
   */
  ofText<T>(id: string, text: string, compute: () => T): T {
    let recent = this.textFacts.get(id);
    if (!recent) {
      recent = [];
      this.textFacts.set(id, recent);
    }
    for (const r of recent) if (r.text === text) return r.value as T;
    const value = compute();
    recent.unshift({ text, value });
    if (recent.length > RECENT_TEXTS) recent.pop();
    return value;
  }

  /**
   * A document walk's own memo under `id` (made by `make` on first ask): what the walk worked out for the
   * sentences of the last keystroke, kept with the store so that it belongs to one Engine (a new Engine is cold)
   * and is dropped when the facts are (the tokenizer plugged in). What it keeps and how it is checked is the
   * walk's: it must hold only what the walk would work out again from the same text.
   */
  scratch<T>(id: string, make: () => T): T {
    let value = this.scratches.get(id) as T | undefined;
    if (value === undefined) {
      value = make();
      this.scratches.set(id, value);
    }
    return value;
  }

  /**
   * A memo of a pure function of the text and the bundled data under `id` (a word's lexicon classes, whether a noun
   * names a price), for analysis helpers that are not annotators: kept with the store, so it belongs to one Engine
   * (a new Engine is cold) and is dropped by `clear()`. The helper counts what it works out in `memoized`.
   */
  memo<K, V>(id: string): Map<K, V> {
    return this.scratch(id, () => new Map<K, V>());
  }

  clear(): void {
    this.owner = {};
    this.scratches.clear();
    this.textFacts.clear();
    this.fieldFacts.clear();
    this.sentenceRuns.clear();
    this.caches.clear();
    this.last = undefined;
    this.lastId = '';
  }

  /**
   * Round 47: drops every annotator's facts of these sentence texts (ones an edit replaced, which no field holds any
   * more: FieldParser.retire). The facts are as the LRU would have them again on the next sight of a text: computed.
   */
  forget(texts: readonly string[]): void {
    if (texts.length === 0) return;
    for (const cache of this.caches.values()) {
      for (let k = 0; k < texts.length; k++) {
        cache.tokens.delete(texts[k]!);
        cache.plain.delete(texts[k]!);
      }
    }
    // The helpers' memos by text (`memo`: layout.ts keeps each line's bits, up to 20,000 lines, and a line's text is a
    // slice that holds the whole draft it was cut from alive: ~16 MB after 2,000 English keystrokes).
    for (const memo of this.scratches.values()) {
      if (!(memo instanceof Map)) continue;
      for (let k = 0; k < texts.length; k++) memo.delete(texts[k]!);
    }
  }

  private cacheOf(id: string): AnnotatorCache {
    // Rules ask for one annotator sentence after sentence: the last one found answers without a look-up.
    if (this.last && id === this.lastId) return this.last;
    let cache = this.caches.get(id);
    if (!cache) {
      cache = { tokens: new LruCache(this.capacity), plain: new LruCache(this.capacity), slot: this.caches.size };
      this.caches.set(id, cache);
    }
    this.lastId = id;
    this.last = cache;
    return cache;
  }
}

/** The store of the Engine whose analysis is under way (`analysingWith`), else undefined. */
let analysing: FactStore | undefined;

/**
 * Runs `run` (an Engine's analysis) with `store` as the store analysis helpers keep their memos in (`activeStore`):
 * a helper deep in a reader (a word's classes) need not be handed the store through every call.
 */
export function analysingWith<T>(store: FactStore, run: () => T): T {
  const before = analysing;
  analysing = store;
  try {
    return run();
  } finally {
    analysing = before;
  }
}

/**
 * The FactStore of the analysis under way (one per Engine). Outside any Engine's analysis (a unit test calling a reader
 * directly) a new, empty store for this call: no memo is kept at module level, so nothing outlives an Engine and a
 * new Engine is truly cold (issue 14).
 */
export function activeStore(): FactStore {
  return analysing ?? new FactStore();
}

/**
 * `array` with its `removed` items from `at` replaced by `items`, in place: what `splice(at, removed, ...items)`
 * does, without a spread of `items` into arguments (a pasted draft can be thousands of sentences) and without
 * the array of removed items.
 */
export function replaceMiddle<T>(array: T[], at: number, removed: number, items: readonly T[]): void {
  const n = array.length;
  const shift = items.length - removed;
  if (shift > 0) {
    // Grown by pushes (no holes), then the tail moved back from its end.
    for (let j = 0; j < shift; j++) array.push(array[n - 1]!);
    for (let i = n - 1; i >= at + removed; i--) array[i + shift] = array[i]!;
  } else if (shift < 0) {
    for (let i = at + removed; i < n; i++) array[i + shift] = array[i]!;
    array.length = n + shift;
  }
  for (let k = 0; k < items.length; k++) array[at + k] = items[k]!;
}
