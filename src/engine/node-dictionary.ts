// Node only: the tokenizer over the compact dictionary file (node-dictionary-file.ts), for the CLI, tests and
// benchmarks. Never bundled.
import { readCompactDictionary } from './compact-dictionary';
import { ensureCompactDictionary, readCompactDictionaryFile } from './node-dictionary-file';
import { tokenizerFromDictionary, type JapaneseTokenizer } from './tokenizer';

export { kuromojiDictionaryDir } from './node-dictionary-file';

/** Reads the compact dictionary (building it first if missing or stale) and returns a tokenizer over it. */
export async function loadNodeTokenizer(path?: string): Promise<JapaneseTokenizer> {
  return tokenizerFromDictionary(readCompactDictionary(readCompactDictionaryFile(path ?? ensureCompactDictionary())));
}

let shared: Promise<JapaneseTokenizer> | undefined;
/** One tokenizer per process: the dictionary is large, load it once. */
export function sharedNodeTokenizer(): Promise<JapaneseTokenizer> {
  shared ??= loadNodeTokenizer();
  return shared;
}
