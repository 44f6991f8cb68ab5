// An Intl.Segmenter made on first use. The first segmenter a thread makes loads ICU's break-iteration data
// (~16 ms of CPU in Node): made at import by segment.ts, words.ts and boundaries.ts, it ran in the engine
// worker's top level, before the worker could take its first message and start the dictionary's build. The
// segmenter is the same object a module-level constant was, so every segmentation is unchanged.

/** `new Intl.Segmenter(locales, options)`, made once, when the returned function is first called. */
export function lazySegmenter(locales: string | undefined, options: Intl.SegmenterOptions): () => Intl.Segmenter {
  let made: Intl.Segmenter | undefined;
  return () => (made ??= new Intl.Segmenter(locales, options));
}
