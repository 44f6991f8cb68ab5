// The compact dictionary file: deterministic from kuromoji's files, small, and refused with a clear error when
// it is not this format (a stale or damaged file must not tokenize garbage).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, readCompactDictionary, SECTIONS } from '../../../src/engine/compact-dictionary';
import { buildFromKuromoji, ensureCompactDictionary, readCompactDictionaryFile, sourceKey } from '../../../src/engine/node-dictionary-file';

describe('compact dictionary file', () => {
  it('is built byte for byte the same again from the same kuromoji files', () => {
    const cached = new Uint8Array(readFileSync(ensureCompactDictionary()));
    const fresh = buildFromKuromoji();
    expect(fresh.length).toBe(cached.length);
    expect(Buffer.compare(Buffer.from(fresh), Buffer.from(cached))).toBe(0);
  }, 120_000);

  it('is far smaller than kuromoji unpacked (100 MB) and records its source', () => {
    const dict = readCompactDictionary(readCompactDictionaryFile());
    expect(dict.byteLength).toBeLessThan(34 * 2 ** 20);
    expect(dict.meta.source).toBe(sourceKey());
    expect(dict.tuples.length).toBeGreaterThan(600);
    // No section keeps kuromoji's zero padding: each ends in data, give or take the readers' 16-byte margin.
    for (const name of ['records', 'unk', 'unkPos', 'base'] as const) {
      const bytes = new Uint8Array(dict[name].buffer, dict[name].byteOffset, dict[name].byteLength);
      let zeros = 0;
      for (let i = bytes.length - 1; i >= 0 && bytes[i] === 0; i--) zeros++;
      expect(zeros, name).toBeLessThanOrEqual(16);
    }
  });

  it('refuses another format, another version and a truncated file, saying which', () => {
    const good = readCompactDictionaryFile();
    const copy = () => good.slice(0);
    const bad = copy();
    new Uint8Array(bad)[0] = 0x58;
    expect(() => readCompactDictionary(bad)).toThrow(/bad magic/);
    const old = copy();
    new DataView(old).setUint32(8, FORMAT_VERSION + 1, true);
    expect(() => readCompactDictionary(old)).toThrow(new RegExp(`format ${FORMAT_VERSION + 1}, expected ${FORMAT_VERSION}`));
    expect(() => readCompactDictionary(good.slice(0, good.byteLength - 1000))).toThrow(/section \w+ is out of bounds \(truncated file\?\)/);
    expect(() => readCompactDictionary(good.slice(0, 8))).toThrow(/bad magic/);
    expect(SECTIONS.length).toBeGreaterThan(10);
  });
});
