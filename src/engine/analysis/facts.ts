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

/**
 * The facts of every sentence seen, per annotator, owned by one Engine instance (a new Engine is cold).
 * Rules read facts through `ctx.facts.of(annotator, sentence)` and never call each other's helpers.
 */
export class FactStore {
  private readonly caches = new Map<string, LruCache<string, unknown>>();

  constructor(private readonly capacity = 8000) {}

  of<T>(annotator: Annotator<T>, sentence: Sentence): T {
    let cache = this.caches.get(annotator.id);
    if (!cache) {
      cache = new LruCache<string, unknown>(this.capacity);
      this.caches.set(annotator.id, cache);
    }
    // Tokens are absent while the dictionary loads: facts computed without them must not outlive that.
    const key = (sentence.tokens ? 't' : '-') + sentence.text;
    const hit = cache.get(key);
    if (hit !== undefined) return hit as T;
    const facts = annotator.analyze(sentence);
    cache.set(key, facts);
    return facts;
  }

  clear(): void {
    this.caches.clear();
  }
}
