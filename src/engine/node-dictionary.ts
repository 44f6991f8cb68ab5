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
    // One output chunk of the exact size (gzip's trailer holds it): no concatenation, no second copy.
    const raw = gunzipSync(gz, { chunkSize: Math.max(64 * 1024, gz.readUInt32LE(gz.length - 4)) });
    const whole = raw.byteOffset === 0 && raw.byteLength === raw.buffer.byteLength;
    return (whole ? raw.buffer : raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength)) as ArrayBuffer;
  });
}

let shared: Promise<JapaneseTokenizer> | undefined;
/** One tokenizer per process: the dictionary is large, load it once. */
export function sharedNodeTokenizer(): Promise<JapaneseTokenizer> {
  shared ??= loadNodeTokenizer();
  return shared;
}
