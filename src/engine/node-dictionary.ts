// Node only: reads kuromoji's IPADIC from node_modules (CLI, tests, benchmarks). Never bundled.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildTokenizer, type JapaneseTokenizer } from './tokenizer';

export function kuromojiDictionaryDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

export async function loadNodeTokenizer(dir = kuromojiDictionaryDir()): Promise<JapaneseTokenizer> {
  return buildTokenizer(async (name) => {
    const gz = await readFile(join(dir, name));
    const raw = gunzipSync(gz);
    return raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer;
  });
}

let shared: Promise<JapaneseTokenizer> | undefined;
/** One tokenizer per process: the dictionary is large, load it once. */
export function sharedNodeTokenizer(): Promise<JapaneseTokenizer> {
  shared ??= loadNodeTokenizer();
  return shared;
}
