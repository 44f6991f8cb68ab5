// Issue 14, round 36: module tables built on first read (lazyTable) instead of at import. A table must build
// nothing when made, each value once when first read, and hand out that same value ever after (callers reset a
// global regex's lastIndex on it, and identity-keyed caches such as match-all's twins key on it).
import { describe, expect, it } from 'vitest';
import { lazyTable } from '../../../src/engine/lazy-table';
import { WORDS } from '../../../src/rules/any/calendar/lexicon';
import { REFUSAL } from '../../../src/rules/en/lib/refusal';

describe('lazyTable', () => {
  it('builds nothing when made, each value once on first read, the same value after', () => {
    const built: string[] = [];
    const table = lazyTable({ a: () => (built.push('a'), /a/g), b: () => (built.push('b'), [1, 2]) });
    expect(built).toEqual([]);
    const a = table.a;
    expect(built).toEqual(['a']);
    expect(table.a).toBe(a);
    expect(built).toEqual(['a']);
    expect(Object.keys(table)).toEqual(['a', 'b']);
    expect(table.b).toEqual([1, 2]);
    expect(built).toEqual(['a', 'b']);
  });

  it('keeps the calendar word groups and the refusal lists as they were: global unicode regexes, phrase lists', () => {
    expect(Object.keys(WORDS).length).toBeGreaterThan(40);
    for (const [group, re] of Object.entries(WORDS)) {
      expect(re, group).toBeInstanceOf(RegExp);
      expect(re.flags, group).toBe('giu');
      expect(WORDS[group as keyof typeof WORDS], group).toBe(re);
    }
    for (const [list, phrases] of Object.entries(REFUSAL)) {
      expect(Array.isArray(phrases) && phrases.length > 0, list).toBe(true);
      expect(REFUSAL[list as keyof typeof REFUSAL], list).toBe(phrases);
    }
  });
});
