// Node only: the compact dictionary file (compact-dictionary.ts), built from node_modules/kuromoji/dict when
// missing or stale and kept in node_modules/.cache/nemawashi. The WXT build copies this same file into the
// extension; the CLI, tests and benchmarks read it. Never bundled. No kuromoji code is loaded here, so the
// WXT config can import it.
import { existsSync, mkdirSync, openSync, readFileSync, readSync, closeSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { COMPACT_DICTIONARY_FILE, FORMAT_VERSION, MAGIC, SECTIONS, type DictionaryMeta } from './compact-dictionary';
import { buildCompactDictionary, KUROMOJI_FILES } from './compact-dictionary-build';

export function kuromojiDictionaryDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/** Where Node keeps the built file: node_modules/.cache/nemawashi (NEMAWASHI_DICTIONARY_CACHE overrides). */
export function compactDictionaryPath(): string {
  const dir = process.env.NEMAWASHI_DICTIONARY_CACHE ?? join(kuromojiDictionaryDir(), '..', '..', '.cache', 'nemawashi');
  return join(dir, COMPACT_DICTIONARY_FILE);
}

/** Names the source: kuromoji's version and each file's size. A file built from other sources is rebuilt. */
export function sourceKey(dir = kuromojiDictionaryDir()): string {
  const version = (JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8')) as { version: string }).version;
  return `kuromoji@${version} ${KUROMOJI_FILES.map((f) => `${f}:${statSync(join(dir, f)).size}`).join(' ')}`;
}

/** The compact dictionary's bytes built from kuromoji's files (about 2 s; deterministic). */
export function buildFromKuromoji(dir = kuromojiDictionaryDir()): Uint8Array {
  return buildCompactDictionary((name) => new Uint8Array(gunzipSync(readFileSync(join(dir, name)))), sourceKey(dir));
}

/** Whether the file at `path` is this format, built from the current sources (reads its header and meta only). */
function isCurrent(path: string, key: string): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const size = statSync(path).size;
    const head = Buffer.alloc(Math.min(size, 16 + 8 * SECTIONS.length));
    readSync(fd, head, 0, head.length, 0);
    if (head.length < 16 + 8 * SECTIONS.length || head.toString('latin1', 0, 8) !== MAGIC) return false;
    if (head.readUInt32LE(8) !== FORMAT_VERSION || head.readUInt32LE(12) !== SECTIONS.length) return false;
    const metaEntry = 16 + 8 * SECTIONS.findIndex(([name]) => name === 'meta');
    const metaAt = head.readUInt32LE(metaEntry);
    const meta = Buffer.alloc(head.readUInt32LE(metaEntry + 4));
    if (metaAt + meta.length > size) return false;
    readSync(fd, meta, 0, meta.length, metaAt);
    return (JSON.parse(meta.toString('utf8')) as DictionaryMeta).source === key;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/**
 * The path of a current compact dictionary, building it first when missing or stale. Written to a temporary
 * name and renamed, so concurrent processes (vitest workers) never read a half-written file.
 */
export function ensureCompactDictionary(path = compactDictionaryPath()): string {
  const key = sourceKey();
  if (isCurrent(path, key)) return path;
  const bytes = buildFromKuromoji();
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
  return path;
}

/** The built file's bytes as one ArrayBuffer of its own (views into it are zero-copy). */
export function readCompactDictionaryFile(path = ensureCompactDictionary()): ArrayBuffer {
  const buffer = readFileSync(path);
  const whole = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  return (whole ? buffer.buffer : buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength)) as ArrayBuffer;
}
