// The extension's build and the CLI's bundle drop the dictionaries' examples (`has`/`hasNot` of an entry) and
// `$comment`s (src/build/dictionary-examples.mjs). These tests hold the cut to exactly those keys on every file;
// that the checks read none of them is shown by the corpora through the CLI, whose bundle is cut the same way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_FILE, withoutDictionaryExamples } from '../../../src/build/dictionary-examples.mjs';

const ROOT = join(__dirname, '../../../dictionaries');
function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : path.endsWith('.json') ? [path] : [];
  });
}

/** `data` without what the cut drops, computed independently: a walk that deletes from a deep copy. */
function expected(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(expected);
  if (!data || typeof data !== 'object') return data;
  const entry = typeof (data as { id?: unknown }).id === 'string';
  return Object.fromEntries(Object.entries(data)
    .filter(([k]) => k !== '$comment' && !(entry && (k === 'has' || k === 'hasNot')))
    .map(([k, v]) => [k, expected(v)]));
}

describe('withoutDictionaryExamples', () => {
  it("drops an entry's has/hasNot and every $comment, and keeps a has that is not an entry's", () => {
    const source = JSON.stringify({
      $comment: 'for people',
      entries: [{ id: 'a', phrases: ['x'], has: ['x y'], hasNot: ['z'], $comment: 'n' }],
      words: { has: ['kept: no id here'] },
    });
    expect(JSON.parse(withoutDictionaryExamples(source))).toEqual({
      entries: [{ id: 'a', phrases: ['x'] }],
      words: { has: ['kept: no id here'] },
    });
  });

  it('keeps everything else of every dictionary, key order included, and drops its examples', () => {
    let dropped = 0;
    for (const path of jsonFiles(ROOT)) {
      expect(DICTIONARY_FILE.test(path), relative(ROOT, path)).toBe(true);
      const text = readFileSync(path, 'utf8');
      const out = withoutDictionaryExamples(text);
      expect(out, relative(ROOT, path)).toBe(JSON.stringify(expected(JSON.parse(text))));
      dropped += text.length - out.length;
    }
    // The recognising entries carry examples (tests/unit/dictionaries/examples.test.ts): something was cut.
    expect(dropped).toBeGreaterThan(50_000);
  });
});
