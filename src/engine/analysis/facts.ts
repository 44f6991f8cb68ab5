import { LruCache } from '../cache';
import type { Sentence } from '../types';

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

/** The facts of one annotator: those computed with tokens and those computed without (dictionary loading). */
interface AnnotatorCache {
  tokens: LruCache<string, unknown>;
  plain: LruCache<string, unknown>;
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

  constructor(private readonly capacity = 8000) {}

  of<T>(annotator: Annotator<T>, sentence: Sentence): T {
    const cache = this.cacheOf(annotator.id);
    // Tokens are absent while the dictionary loads: facts computed without them must not outlive that.
    const byText = hasTokens(sentence) ? cache.tokens : cache.plain;
    const hit = byText.get(sentence.text);
    if (hit !== undefined) return hit as T;
    const facts = annotator.analyze(sentence);
    byText.set(sentence.text, facts);
    return facts;
  }

  clear(): void {
    this.caches.clear();
    this.last = undefined;
    this.lastId = '';
  }

  private cacheOf(id: string): AnnotatorCache {
    // Rules ask for one annotator sentence after sentence: the last one found answers without a look-up.
    if (this.last && id === this.lastId) return this.last;
    let cache = this.caches.get(id);
    if (!cache) {
      cache = { tokens: new LruCache(this.capacity), plain: new LruCache(this.capacity) };
      this.caches.set(id, cache);
    }
    this.lastId = id;
    this.last = cache;
    return cache;
  }
}

/** Whether the sentence carries tokens, without running the getter that moves them to the sentence's offset. */
function hasTokens(s: Sentence): boolean {
  if (!('tokens' in s)) return false;
  const d = Object.getOwnPropertyDescriptor(s, 'tokens');
  // Inherited (a sentence built on a prototype) is read as is; an own accessor is the parser's lazy move.
  if (d === undefined) return s.tokens !== undefined;
  return d.get !== undefined || d.value !== undefined;
}
