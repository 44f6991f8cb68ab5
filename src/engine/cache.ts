/**
 * A bounded cache that keeps what was used recently: two generations of Maps. Reads hit the current
 * generation without reordering anything (a true LRU moves the entry on every hit, which costs two Map
 * writes per read — thousands per analysis); an entry found only in the previous generation is promoted.
 * When the current generation is full it becomes the previous one and the oldest generation is dropped,
 * so at most `capacity` entries are kept and every entry used since the last turnover survives it.
 */
export class LruCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();
  private readonly generation: number;

  constructor(capacity: number) {
    this.generation = Math.max(1, Math.floor(capacity / 2));
  }

  get(key: K): V | undefined {
    const v = this.current.get(key);
    if (v !== undefined) return v;
    const old = this.previous.get(key);
    if (old !== undefined) {
      this.previous.delete(key);
      this.put(key, old);
    }
    return old;
  }

  set(key: K, value: V): void {
    this.previous.delete(key);
    this.put(key, value);
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }

  /** The entry without promoting it (a look-up that is no use of it). */
  peek(key: K): V | undefined {
    return this.current.get(key) ?? this.previous.get(key);
  }

  /** Drops one entry (round 47: a text the edit replaced, see FieldParser.retire). */
  delete(key: K): void {
    this.current.delete(key);
    this.previous.delete(key);
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }

  private put(key: K, value: V): void {
    if (!this.current.has(key) && this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
