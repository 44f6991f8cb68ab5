/**
 * A table of values built on first read, one by one: `table.key` runs `builders.key()` the first time it is read
 * and returns that same value ever after. For module-level tables (a dictionary's regular expressions, its
 * compiled phrase lists) that a script built at import: the engine worker ran them all before it could answer,
 * though each is read only by the first sentence that needs it (issue 14, worker ready). The values are those the
 * eager table held, and identical from read to read (a global regex's lastIndex is the caller's, as before).
 * Each key is a getter on an object of fixed shape, so V8 inlines a read on the hot path as it did a data property.
 */
export function lazyTable<B extends Record<string, () => unknown>>(builders: B): { readonly [K in keyof B]: ReturnType<B[K]> } {
  const table = {};
  for (const key of Object.keys(builders)) {
    const build = builders[key]!;
    let built = false;
    let value: unknown;
    Object.defineProperty(table, key, {
      enumerable: true,
      get() {
        if (!built) {
          value = build();
          built = true;
        }
        return value;
      },
    });
  }
  return table as { readonly [K in keyof B]: ReturnType<B[K]> };
}
