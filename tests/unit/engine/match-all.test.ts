// src/engine/match-all.ts replaces String.prototype.matchAll and /iu regexes on the hot paths for speed; the
// analysis must not change. These compare them with what they replace: matchAll on edge cases (empty matches,
// surrogates, a lastIndex left by test(), a body reusing the regex), and every English phrase pattern's /iu
// original against its twin on the bench drafts and on texts built to fold apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchTexts } from '../../../bench/texts';
import { caselessTwin, matchAll, plainText, twinOf } from '../../../src/engine/match-all';

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('matchAll', () => {
  const cases: Array<[RegExp, string]> = [
    [/a/g, 'banana'],
    [/(?:)/g, 'ab'],
    [/(?:)/gu, 'a😀b'],
    [/(?:)/g, 'a😀b'],
    [/x*/gu, '😀x😀'],
    [/\p{Extended_Pictographic}/gu, 'ok 😀 and ✨'],
    [/(\d+)(st|nd)?/g, '1st 22nd 3'],
    [/[ぁ-ゖ](?:ー)+/gu, 'すごーい ですー'],
    [/b/gy, 'bbab'],
  ];
  it('finds what String.prototype.matchAll finds', () => {
    for (const [re, text] of cases) expect(spans(matchAll(text, re)), `${re} on ${text}`).toEqual(spans(text.matchAll(re)));
  });
  it('starts at lastIndex and leaves it as it was, like the clone matchAll makes', () => {
    const re = /o/g;
    re.test('foo');
    expect(re.lastIndex).toBe(2);
    expect(spans(matchAll('foo boo', re))).toEqual(spans('foo boo'.matchAll(re)));
    expect(re.lastIndex).toBe(2);
  });
  it('lets the loop body use the same regex', () => {
    const re = /o/g;
    const seen: number[] = [];
    for (const m of matchAll('oo', re)) seen.push(m.index, Number(re.test('xo')));
    expect(seen).toEqual([0, 1, 1, 0]);
  });
  it('throws on a regex without the g flag, as matchAll does', () => {
    expect(() => matchAll('a', /a/)).toThrow(TypeError);
  });
});

describe('caselessTwin', () => {
  const patterns: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (k === 'pattern' && typeof x === 'string' ? patterns.push(x) : walk(x));
  };
  const dir = join(__dirname, '../../../dictionaries/en');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const texts = [
    ...benchTexts().filter((t) => t.mix !== 'ja' && t.kb <= 10).flatMap((t) => t.text.split(/(?<=[.!?\n])\s*/)),
    'Thx so much!! LOL, gonna send it ASAP.', 'THX — np, ttyl :)', 'Kenji-san, sounds good. Will do!',
  ];
  it('is made for most phrase patterns', () => {
    expect(patterns.length).toBeGreaterThan(100);
    expect(patterns.filter((p) => caselessTwin(new RegExp(p, 'giu'))).length).toBeGreaterThan(patterns.length * 0.8);
  });
  it('matches as the /iu original on texts where plainText holds', () => {
    let compared = 0;
    const differ: string[] = [];
    for (const p of patterns) {
      const re = new RegExp(p, 'giu');
      const twin = caselessTwin(re);
      if (!twin) continue;
      for (const t of texts) {
        if (!plainText(t)) continue;
        if (JSON.stringify(spans(matchAll(t, twin))) !== JSON.stringify(spans(t.matchAll(re)))) differ.push(`${p} on ${t}`);
        compared++;
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(10000);
  });
  it('is not used where the flags fold apart', () => {
    expect(/s/iu.test('ſ')).toBe(true);
    expect(caselessTwin(/s/giu)!.test('ſ')).toBe(false);
    expect(plainText('ſ')).toBe(false);
    expect(plainText('\u212a')).toBe(false);
    expect(plainText('a😀')).toBe(false);
    expect(plainText('Thanks — 了解です')).toBe(true);
  });
  it('is not made for Unicode syntax or cased letters beyond ASCII', () => {
    expect(caselessTwin(/\p{L}/giu)).toBeUndefined();
    expect(caselessTwin(/\u{1F600}/giu)).toBeUndefined();
    expect(caselessTwin(/café/giu)).toBeUndefined();
    expect(caselessTwin(/[!-ぁ]/giu)).toBeUndefined();
    expect(caselessTwin(/a/gi)).toBeUndefined();
    expect(caselessTwin(/了解|thanks/giu)?.flags).toBe('gi');
  });
});

describe('twinOf (the twin built on first use)', () => {
  it('is caselessTwin, built once per regex and kept', () => {
    const re = /了解|thanks/giu;
    const twin = twinOf(re);
    expect(twin?.source).toBe(caselessTwin(re)?.source);
    expect(twin?.flags).toBe('gi');
    expect(twinOf(re)).toBe(twin);
    expect(twinOf(/了解|thanks/giu)).not.toBe(twin);
  });

  it('is undefined, every time, where no twin matches alike', () => {
    const re = /\p{L}+/giu;
    expect(twinOf(re)).toBeUndefined();
    expect(twinOf(re)).toBeUndefined();
    expect(twinOf(/a/gi)).toBeUndefined();
  });
});
