// wink-nlp's lexeme hash (text → index into the model's 87,593 lexemes) without the 87,593-key object.
// wink's loader builds `hash[list[k]] = k` as one dictionary-mode object: ~3 MB of heap in Chromium (6.3 MB in
// Node) on top of the strings, and each key internalized. wink only ever reads it as `hash[text]` and adds the
// lexemes it meets as `hash[text] = index` (cache.js: lookup, getFeaturesIndex), so a Proxy over an
// open-addressing table of indices (Int32Array, 0.5 MB for this model) that compares against the list's own strings answers
// the same: the last index of a text (as the object's overwrites did), undefined for any other key. The list
// may be the one-string list of lexeme-list.ts: the table then probes its offsets, making no string.
import { fnv1a as hashOf, lexemeStoreOf } from './lexeme-list';

/** A stand-in for `{ [list[k]]: k }` that reads `list` (never copied); later additions go to a Map. */
export function compactLexemeHash(list: readonly string[]): Record<string, number> {
  const lexemes = lexemeStoreOf(list);
  const total = lexemes.count;
  let size = 1;
  while (size < total * 1.4) size *= 2; // load ≤ 0.71: a few probes a look-up
  const mask = size - 1;
  /** Index + 1 of the lexeme in each slot; 0 = empty. */
  const slots = new Int32Array(size);
  for (let k = 0; k < total; k += 1) {
    let at = lexemes.hashAt(k) & mask;
    while (slots[at] !== 0 && !lexemes.same(slots[at]! - 1, k)) at = (at + 1) & mask;
    slots[at] = k + 1;
  }
  const known = (text: string): number | undefined => {
    let at = hashOf(text) & mask;
    for (let found = slots[at]!; found !== 0; found = slots[at]!) {
      if (lexemes.is(found - 1, text)) return found - 1;
      at = (at + 1) & mask;
    }
    return undefined;
  };
  /** Lexemes wink adds at run time (words not in the model); never one of the list's (wink adds only unknowns). */
  const added = new Map<string, number>();
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? known(key) ?? added.get(key) : undefined),
    set: (_, key, value: number) => {
      if (typeof key === 'string') added.set(key, value);
      return true;
    },
    has: (_, key) => typeof key === 'string' && (known(key) !== undefined || added.has(key)),
  });
}
