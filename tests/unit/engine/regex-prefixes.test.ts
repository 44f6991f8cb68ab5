// src/engine/regex-prefixes.ts lets the phrase searches skip a pattern whose every match starts with text the
// sentence lacks: sound only if every match of a read pattern does start with one of its prefixes. These read crafted
// sources (what is read, what must stay unread), check every match of every dictionary pattern (English phrase
// lists, the Japanese casual forms) on the bench drafts and on development drafts, and compare the phrase searches
// with the same searches run pattern by pattern with no skipping.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchTexts } from '../../../bench/texts';
import { matchAll, plainText } from '../../../src/engine/match-all';
import { ListPrefixes, mayMatch, prefixesOf, SearchedText } from '../../../src/engine/regex-prefixes';
import { needsOf } from '../../../src/engine/regex-needs';
import { compilePhrases, findAll, findFirst, matchesAny, type Phrase } from '../../../src/rules/en/lib/phrases';
import { CASUAL } from '../../../src/rules/ja/lib/dictionaries';

const root = join(__dirname, '../../..');

describe('prefixesOf', () => {
  const read: Array<[RegExp, string[] | undefined]> = [
    [/\bgonna\b/giu, ['gonna']],
    [/\b(?:thx|Thnx|tks)\b/giu, ['thx', 'thnx', 'tks']],
    [/\bno\s+(?:biggie|sweat)\b/giu, ['no']],
    [/(?<=\p{L}\s)po(?=\s*[.!?,]|\s*$)/giu, ['po']],
    [/(?<!\b(?:you|hi)\s)\bguys\b/giu, ['guys']],
    [/^will\s+do\b/giu, ['will']],
    [/\bcongrats\b|\bcongratz\b/giu, ['congrats', 'congratz']],
    [/colou?r/gu, ['colo']],
    [/ab*c/gu, ['a']],
    [/ab+c/gu, ['ab']],
    [/ab{2}c/gu, ['ab']],
    [/ab{0,2}c/gu, ['a']],
    [/a\.b/gu, ['a.b']],
    [/(?<w>ok)ay/gu, ['ok']],
    [/(?:ok)+ay/gu, ['ok']],
    [/了解(?:です)?/gu, ['了解']],
    [/ＯＫ/giu, undefined], // fullwidth letters have cases
    [/café/giu, undefined], // a cased letter beyond ASCII under flag i: unread
    [/\d+ pcs/gu, undefined],
    [/[ab]c/gu, undefined],
    [/.x/gu, undefined],
    [/(?:ok)?ay/gu, undefined],
    [/a?b/gu, undefined],
    [/a*b/gu, undefined],
    [/a{0,1}b/gu, undefined],
    [/x|/gu, undefined],
    [/(?:)/gu, undefined],
    [/\bok|\s+no/gu, undefined],
    [/$|a/gu, undefined],
    [/(a)\1/gu, ['a']],
    [/\k<x>(?<x>a)/gu, undefined],
    [/\u0041/gu, undefined],
    [/\b/gu, undefined],
    [/(?=a)/gu, undefined],
    [/😀ok/gu, undefined],
  ];
  it('reads literal prefixes and gives up on what it cannot be sure of', () => {
    for (const [re, want] of read) {
      expect(prefixesOf(re)?.prefixes, String(re)).toEqual(want);
    }
  });
  it('lower-cases the prefixes of a caseless regex and keeps the others as written', () => {
    expect(prefixesOf(/\bASAP\b/giu)).toEqual({ caseless: true, prefixes: ['asap'] });
    expect(prefixesOf(/\bASAP\b/gu)).toEqual({ caseless: false, prefixes: ['ASAP'] });
  });
});

// Round 45: what every match holds anywhere (regex-needs.ts), the second test before a pattern is run.
describe('needsOf', () => {
  const read: Array<[RegExp, string[] | undefined]> = [
    [/\bgonna\b/giu, ['gonna']],
    [/\ba\s+ballpark(?:\s+(?:figure|estimate))?\b/giu, ['ballpark']],
    [/\ba\s+(?:ripper|beaut|corker)\b/giu, ['ripper', 'beaut', 'corker']],
    [/\b(?!such\b|well\b)[a-z]{2,12}\s{1,3}as\s+a\s+pound(?!\s*\w)/giu, ['pound']],
    [/^(?:just\s+)?(?:quick\s+|small\s+)?heads?[-\s]?up\b/giu, ['head']],
    [/\b(?:an?\s+(?:real\s+|true\s+)?)?game[-\s]?changers?\b/giu, ['changer']],
    [/(?<=\b(?:we|you)\s)r(?=\s+[a-z])/giu, ['r']],
    [/\bthx\b|\bcheers,?\s+mate\b/giu, ['thx', 'cheers']],
    [/colou?r/gu, ['colo']],
    [/ab+c/gu, ['ab']],
    [/ab{0,2}cd/gu, ['cd']],
    [/(?:ok)+ay/gu, ['ok']],
    [/(?:ok)?ay/gu, ['ay']],
    [/\bASAP\b/gu, ['ASAP']],
    [/了解(?:です)?/gu, ['了解']],
    [/a\0b/g, ['a']], // a tie: the first item kept
    [new RegExp('a\\01', 'g'), undefined], // an octal escape outside u mode
    [/[ab]c?/gu, undefined],
    [/x|\d+/gu, undefined],
    [/(?:)/gu, undefined],
    [/café/giu, undefined],
    [/(?<word>[a-z]{1,14}in)['’](?![\p{L}])/giu, ['in']],
    [/\p{L}+ing\b/giu, ['ing']],
    [/\u0041b/gu, ['b']],
    [/😀ok/gu, undefined], // a run with a surrogate pair is not read
  ];
  it('reads the texts a match must hold and gives up on what it cannot be sure of', () => {
    for (const [re, want] of read) expect(needsOf(re)?.anyOf, String(re)).toEqual(want);
  });
});

/** Every `pattern` string of the English dictionaries, with its flags as compilePhrases gives them. */
function englishPatterns(): RegExp[] {
  const out: RegExp[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.pattern === 'string') {
        try {
          out.push(new RegExp(o.pattern, o.caseSensitive ? 'gu' : 'giu'));
        } catch { /* not a phrase pattern */ }
      }
      for (const x of Object.values(o)) walk(x);
    }
  };
  const dir = join(root, 'dictionaries/en');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return out;
}

/** Sentences to search: the bench drafts, development drafts (subjects and bodies), and texts made to hit the lists. */
function texts(): string[] {
  const out = benchTexts().filter((t) => t.kb <= 10).flatMap((t) => t.text.split(/(?<=[.!?。！？\n])\s*/));
  const dev = ['tests/corpus/clean-mails.jsonl', ...readdirSync(join(root, 'docs/evaluation/blind-2026-12-r27')).filter((f) => f.endsWith('.jsonl')).map((f) => `docs/evaluation/blind-2026-12-r27/${f}`)];
  for (const f of dev) {
    let lines: string[] = [];
    try {
      lines = readFileSync(join(root, f), 'utf8').split('\n').filter(Boolean).slice(0, 300);
    } catch { continue; }
    for (const line of lines) {
      const d = JSON.parse(line) as { subject?: string; body?: string; text?: string };
      for (const t of [d.subject, d.body, d.text]) if (typeof t === 'string') out.push(...t.split(/(?<=[.!?。！？\n])\s*/));
    }
  }
  out.push('Thx so much!! LOL, gonna send it ASAP.', 'THX — np, ttyl :)', 'Kenji-san, sounds good. Will do!', 'Yeah, no biggie, cheers for that.',
    'Congrats on the launch, guys!', 'We were gutted, tbh.', 'oh well, whatever.', 'OKです！', '了解です！', 'いいっすね〜', 'マジで助かる！', 'ſorry, ASAP', 'OK \u212aenji');
  return out.filter((t) => t.length > 0);
}

describe('prefixes of the dictionaries\' patterns', () => {
  const patterns = [...englishPatterns(), ...CASUAL.entries.map((e) => new RegExp(e.pattern, 'gu'))];
  const sample = texts();
  it('are read for most patterns', () => {
    expect(patterns.length).toBeGreaterThan(300);
    expect(patterns.filter((re) => needsOf(re)).length).toBeGreaterThan(patterns.length * 0.8);
    expect(patterns.filter((re) => prefixesOf(re)).length).toBeGreaterThan(patterns.length * 0.6);
  });
  it('start every match the pattern finds (so a text without them has none)', () => {
    const wrong: string[] = [];
    let matches = 0;
    for (const re of patterns) {
      const p = prefixesOf(re);
      if (!p) continue;
      for (const t of sample) {
        for (const m of matchAll(t, re)) {
          matches++;
          const from = p.caseless ? t.slice(m.index).toLowerCase() : t.slice(m.index);
          if (!p.prefixes.some((x) => from.startsWith(x))) wrong.push(`${re} at ${m.index} of ${t}`);
          if (!mayMatch(re, new SearchedText(t), !plainText(t))) wrong.push(`${re} ruled out of ${t}`);
        }
      }
    }
    for (const re of patterns) {
      const n = needsOf(re);
      if (!n) continue;
      for (const t of sample) {
        for (const m of matchAll(t, re)) {
          const got = n.caseless ? m[0].toLowerCase() : m[0];
          if (!n.anyOf.some((x) => got.includes(x))) wrong.push(`${re} matched ${m[0]} in ${t} without ${n.anyOf.join('|')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(matches).toBeGreaterThan(200);
  });
  it('are indexed by list (ListPrefixes) without ruling out a pattern that matches', () => {
    // The English patterns and the Japanese casual forms as two lists, as the phrase searches and casualPhrases hold them.
    const english = englishPatterns();
    const japanese = CASUAL.entries.map((e) => new RegExp(e.pattern, 'gu'));
    const wrong: string[] = [];
    let ruledOut = 0;
    for (const list of [english, japanese]) {
      const index = new ListPrefixes(list);
      for (const t of sample) {
        const marks = index.marks(new SearchedText(t), !plainText(t));
        list.forEach((re, k) => {
          if (marks[k] === 0) ruledOut++;
          if (marks[k] === 0 && matchAll(t, re).length > 0) wrong.push(`${re} ruled out of ${t}`);
          if (marks[k] !== Number(mayMatch(re, new SearchedText(t), !plainText(t)))) wrong.push(`${re} marked ${marks[k]} on ${t}, mayMatch says otherwise`);
        });
      }
    }
    expect(wrong).toEqual([]);
    expect(ruledOut).toBeGreaterThan(10000);
  });
});

describe('the phrase searches with patterns skipped', () => {
  const lists: Phrase[][] = [];
  const dir = join(root, 'dictionaries/en');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
    for (const v of Object.values(data)) {
      if (!Array.isArray(v) || !v.every((x) => x && typeof x === 'object' && typeof (x as { pattern?: unknown }).pattern === 'string' && typeof (x as { id?: unknown }).id === 'string')) continue;
      try {
        lists.push(compilePhrases(v as Array<{ id: string; pattern: string; caseSensitive?: boolean }>));
      } catch { /* not a phrase list */ }
    }
  }
  const sample = texts();
  /** findAll as it was: every pattern run. */
  const everyPattern = (phrases: readonly Phrase[], text: string) => phrases
    .flatMap((phrase) => [...text.matchAll(new RegExp(phrase.regex.source, phrase.regex.flags))].map((m) => ({ id: phrase.id, index: m.index, text: m[0] })))
    .sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  it('find what running every pattern finds', () => {
    expect(lists.length).toBeGreaterThan(10);
    const differ: string[] = [];
    let found = 0;
    for (const list of lists) {
      for (const t of sample) {
        const want = everyPattern(list, t);
        found += want.length;
        const got = findAll(list, t).map((m) => ({ id: m.phrase.id, index: m.index, text: m.text }));
        if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`findAll ${list[0]!.id}… on ${t}`);
        const first = findFirst(list, t);
        const firstWant = want.length === 0 ? undefined : list.map((p) => ({ p, m: new RegExp(p.regex.source, p.regex.flags.replace('g', '')).exec(t) }))
          .filter((x) => x.m).reduce((best, x) => (x.m!.index < best.m!.index ? x : best));
        if ((first?.phrase.id) !== firstWant?.p.id || first?.index !== firstWant?.m?.index) differ.push(`findFirst ${list[0]!.id}… on ${t}`);
        if (matchesAny(list, t) !== want.length > 0) differ.push(`matchesAny ${list[0]!.id}… on ${t}`);
      }
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(100);
  });
  it('read a changed sentence afresh, not the one searched before it', () => {
    const list = compilePhrases([{ id: 'gonna', pattern: String.raw`\bgonna\b` }]);
    // The searched text is kept between calls (one sentence, several lists): a kept one must not answer for another text.
    // Texts of one length, differing in one letter (as a keystroke makes them).
    expect(findAll(list, 'We are goona send it.')).toEqual([]);
    expect(findAll(list, 'We are gonna send it.').map((m) => m.text)).toEqual(['gonna']);
    expect(matchesAny(list, 'We are goona send it.')).toBe(false);
    expect(matchesAny(list, 'We are gonna send it.')).toBe(true);
    expect(findFirst(list, 'Goona do it.')).toBeUndefined();
    expect(findFirst(list, 'Gonna do it.')?.text).toBe('Gonna');
  });
});
