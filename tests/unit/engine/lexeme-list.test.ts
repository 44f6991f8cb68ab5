// wink's lexeme list kept as one string with offsets (src/engine/analysis/lexeme-list.ts): it must read exactly
// as the JSON array it replaces (list[i], length, push), and the lexeme index over it must answer as over the
// array — including texts with escapes, duplicates and words wink adds at run time.
import { describe, expect, it } from 'vitest';
import { fnv1a, lexemeListFromJson, lexemeStoreOf } from '../../../src/engine/analysis/lexeme-list';
import { compactLexemeHash } from '../../../src/engine/analysis/lexeme-index';

const TEXTS = ['$%^oov^%$', '\n', '\n\r', 'the', 'don’t', 'say "no"', 'back\\slash', '', 'a', 'The', 'the', 'naïve', '日本', '😀', 'it\'s', ','];

describe('the lexeme list as one string with offsets', () => {
  it('reads list[i], length and push as the parsed array does', () => {
    const json = JSON.stringify(TEXTS);
    const list = lexemeListFromJson(json);
    const array = JSON.parse(json) as string[];
    expect(list.length).toBe(array.length);
    for (let k = 0; k < array.length + 2; k += 1) expect(list[k], String(k)).toBe(array[k]);
    expect(list.push('nemawashi')).toBe(array.push('nemawashi'));
    expect(list.length).toBe(array.length);
    expect(list[array.length - 1]).toBe('nemawashi');
    expect(Array.from(list)).toEqual(array);
    expect(list['01' as never]).toBeUndefined();
    expect(list['-1' as never]).toBeUndefined();
    expect(3 in list).toBe(true);
    expect(99 in list).toBe(false);
  });

  it('reads the same from JSON written with every non-ASCII character escaped (the model file)', () => {
    const ascii = JSON.stringify(TEXTS).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(Array.from(lexemeListFromJson(ascii))).toEqual(TEXTS);
  });

  it('holds an empty list, and refuses what is not a JSON list of strings', () => {
    expect(lexemeListFromJson('[]').length).toBe(0);
    for (const bad of ['', '{}', '["a",1]', '["a" ,"b"]', '["a"', '["a\nb"]', '["a"]x', '[,]', '["a",]']) {
      expect(() => lexemeListFromJson(bad), JSON.stringify(bad)).toThrow('not a JSON list of strings');
    }
  });

  it('is read-only but for push', () => {
    const list = lexemeListFromJson('["a","b"]');
    expect(() => {
      list[0] = 'z';
    }).toThrow('read-only');
  });

  it('probes without strings: hash, equality and sameness as over the array', () => {
    const json = JSON.stringify(TEXTS);
    const compact = lexemeStoreOf(lexemeListFromJson(json));
    const plain = lexemeStoreOf(TEXTS);
    expect(compact.count).toBe(plain.count);
    for (let j = 0; j < TEXTS.length; j += 1) {
      expect(compact.hashAt(j), TEXTS[j]).toBe(fnv1a(TEXTS[j]!));
      for (let k = 0; k < TEXTS.length; k += 1) {
        expect(compact.same(j, k), `${j} ${k}`).toBe(plain.same(j, k));
        expect(compact.is(j, TEXTS[k]!), `${j} ${k}`).toBe(TEXTS[j] === TEXTS[k]);
      }
    }
  });

  it('gives the lexeme index the same answers as the array, duplicates to their last index', () => {
    const json = JSON.stringify(TEXTS);
    const overCompact = compactLexemeHash(lexemeListFromJson(json));
    const overArray = compactLexemeHash(JSON.parse(json) as string[]);
    for (const text of [...TEXTS, 'missing', 'th', 'thee', 'don\'t', 'constructor', '__proto__']) {
      expect(overCompact[text], text).toBe(overArray[text]);
    }
    expect(overCompact.the).toBe(TEXTS.lastIndexOf('the'));
  });
});
