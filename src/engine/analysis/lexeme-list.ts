// wink-nlp's lexeme list (87,593 words for the English model) as one string with offsets instead of 87,593
// strings. Parsed as a JSON array, the list was ~2 MB of small strings in the engine worker's heap, all made in
// one burst right before the English parser's build: the young generation grew to take them, and the process's
// RSS 1.5 s after ready carried both. wink reads the list only as `list[i]`, `list.length` and `list.push(text)`
// (cache.js: value(), currentSize(), getFeaturesIndex()), and our lexeme index (lexeme-index.ts) compares
// against it, so a Proxy over the section's own JSON text answers every read the same, making a string only for
// the word asked for.

/** The lexemes as the index reads them: no string made for a probe. */
export interface LexemeStore {
  readonly count: number;
  /** FNV-1a over the UTF-16 code units of lexeme k (lexeme-index.ts's hash). */
  hashAt(k: number): number;
  /** Lexeme k is exactly `text`. */
  is(k: number, text: string): boolean;
  /** Lexemes j and k are the same text. */
  same(j: number, k: number): boolean;
}

/** FNV-1a over UTF-16 code units of `text` from `start` to `end`: cheap, and the index's size is a power of two. */
export function fnv1a(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k += 1) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

const stores = new WeakMap<object, LexemeStore>();

/** The store behind a list made by `lexemeListFromJson`, or one reading a plain array. */
export function lexemeStoreOf(list: readonly string[]): LexemeStore {
  const compact = stores.get(list);
  if (compact) return compact;
  return { count: list.length, hashAt: (k) => fnv1a(list[k]!), is: (k, text) => list[k] === text, same: (j, k) => list[j] === list[k] };
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;

/**
 * The list a JSON array of strings (as `JSON.stringify` writes it: no spaces) holds, read as `list[i]`,
 * `length` and `push`. Strings written without an escape are kept as offsets into `json`; the few with one
 * (667 of the English model's: control characters, "’" written as \u2019) are parsed apart. Throws if `json`
 * is not such an array.
 */
export function lexemeListFromJson(json: string): string[] {
  const bad = (at: number) => new Error(`not a JSON list of strings (at character ${at})`);
  if (json.charCodeAt(0) !== 91 || json.charCodeAt(json.length - 1) !== 93) throw bad(0);
  const startsOf: number[] = [];
  const escaped = new Map<number, string>();
  let at = 1;
  if (json.length > 2) {
    for (;;) {
      if (json.charCodeAt(at) !== QUOTE) throw bad(at);
      const start = at + 1;
      let end = start;
      let escapes = false;
      for (let c = json.charCodeAt(end); c !== QUOTE; c = json.charCodeAt(end)) {
        if (Number.isNaN(c) || c < 32) throw bad(end);
        if (c === BACKSLASH) {
          escapes = true;
          end += 1;
        }
        end += 1;
      }
      if (escapes) escaped.set(startsOf.length, JSON.parse(json.slice(at, end + 1)) as string);
      startsOf.push(start);
      at = end + 1;
      if (at === json.length - 1) break;
      if (json.charCodeAt(at) !== COMMA) throw bad(at);
      at += 1;
    }
  }
  const starts = Int32Array.from(startsOf);
  const count = starts.length;
  /** End of lexeme k in `json` (its closing quote): the next one's start less `","`, or the list's `"]`. */
  const endOf = (k: number) => (k + 1 < count ? starts[k + 1]! - 3 : json.length - 2);
  /** Lexemes wink adds at run time (words not in the model), after the model's own. */
  const added: string[] = [];
  const textAt = (k: number): string | undefined => {
    if (k < count) return escaped.get(k) ?? json.slice(starts[k]!, endOf(k));
    return added[k - count];
  };
  const store: LexemeStore = {
    get count() {
      return count + added.length;
    },
    hashAt(k) {
      if (k >= count) return fnv1a(added[k - count]!);
      const special = escaped.get(k);
      return special === undefined ? fnv1a(json, starts[k]!, endOf(k)) : fnv1a(special);
    },
    is(k, text) {
      if (k >= count) return added[k - count] === text;
      const special = escaped.get(k);
      if (special !== undefined) return special === text;
      const start = starts[k]!;
      return endOf(k) - start === text.length && json.startsWith(text, start);
    },
    same(j, k) {
      if (j >= count || k >= count || escaped.has(j) || escaped.has(k)) return textAt(j) === textAt(k);
      const from = starts[j]!;
      const to = starts[k]!;
      const length = endOf(j) - from;
      if (endOf(k) - to !== length) return false;
      for (let c = 0; c < length; c += 1) if (json.charCodeAt(from + c) !== json.charCodeAt(to + c)) return false;
      return true;
    },
  };
  const push = (...texts: string[]) => {
    added.push(...texts);
    return count + added.length;
  };
  const list = new Proxy([] as string[], {
    get(target, key) {
      if (typeof key === 'string') {
        const index = indexOfKey(key);
        if (index >= 0) return textAt(index);
        if (key === 'length') return count + added.length;
        if (key === 'push') return push;
      }
      // Anything else wink never asks for (an array method, a symbol): an empty array's, so a stray use is
      // visible in a test rather than silently wrong.
      return Reflect.get(target, key);
    },
    has(_, key) {
      const index = typeof key === 'string' ? indexOfKey(key) : -1;
      return index >= 0 && index < count + added.length;
    },
    set() {
      throw new Error('the lexeme list is read-only but for push()');
    },
  });
  stores.set(list, store);
  return list;
}

/** An array index written as a property key ("0", "17"), or -1. */
function indexOfKey(key: string): number {
  const first = key.charCodeAt(0);
  if (!(first >= 48 && first <= 57) || (first === 48 && key.length > 1) || key.length > 9) return -1;
  let n = 0;
  for (let k = 0; k < key.length; k += 1) {
    const c = key.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}
