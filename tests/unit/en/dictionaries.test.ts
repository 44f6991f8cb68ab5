// The English phrase data and name lists are data, not code: this checks their shape (zod), that ids are
// unique, that every pattern compiles and every entry that needs one has a suggestion, and that the
// generated name lists are what scripts/build-names.mjs promises.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import badNews from '../../../dictionaries/en/bad-news.json';
import givenNames from '../../../dictionaries/en/japanese-given-names.json';
import surnames from '../../../dictionaries/en/japanese-surnames.json';
import exclusions from '../../../dictionaries/en/name-exclusions.json';
import outreach from '../../../dictionaries/en/outreach.json';
import pressure from '../../../dictionaries/en/pressure.json';
import refusal from '../../../dictionaries/en/refusal.json';
import register from '../../../dictionaries/en/register.json';
import { BadNewsDictionarySchema, japaneseConsiderate } from '../../../src/rules/en/lib/bad-news';
import { nameKey } from '../../../src/rules/en/lib/name-key';
import { OutreachDictionarySchema } from '../../../src/rules/en/lib/outreach';
import { PressureDictionarySchema } from '../../../src/rules/en/lib/pressure';
import { RefusalDictionarySchema } from '../../../src/rules/en/lib/refusal';
import { RegisterDictionarySchema } from '../../../src/rules/en/lib/register';

const DICTIONARIES = [
  ['refusal', refusal, RefusalDictionarySchema],
  ['register', register, RegisterDictionarySchema],
  ['outreach', outreach, OutreachDictionarySchema],
  ['pressure', pressure, PressureDictionarySchema],
  ['bad-news', badNews, BadNewsDictionarySchema],
] as const;

/** Every object with an id in a dictionary, wherever it sits. */
function entries(dict: object): Array<{ id: string; pattern?: string; caseSensitive?: boolean }> {
  return Object.values(dict).flatMap((v) => (Array.isArray(v) ? v.filter((x) => x && typeof x === 'object' && 'id' in x) : []));
}

describe.each(DICTIONARIES)('dictionaries/en/%s.json', (_name, dict, schema) => {
  it('matches its schema', () => {
    expect(() => schema().parse(dict)).not.toThrow();
  });

  it('has unique ids within each list and across its phrases', () => {
    for (const list of Object.values(dict).filter(Array.isArray)) {
      const ids = (list as Array<{ id: string }>).map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const patternIds = entries(dict).filter((e) => e.pattern).map((e) => e.id);
    expect(new Set(patternIds).size, 'a phrase id names one pattern').toBe(patternIds.length);
  });

  it('compiles every pattern, and no pattern matches the empty string', () => {
    for (const e of entries(dict).filter((x) => x.pattern)) {
      const re = new RegExp(e.pattern!, e.caseSensitive ? 'u' : 'iu');
      expect(re.test(''), e.id).toBe(false);
    }
  });

  it('offers suggestions in English with Japanese labels', () => {
    const templates = (dict as { suggestions?: Array<{ text: string; label: string; labelJa: string }> }).suggestions;
    if (!templates) return;
    expect(templates.length).toBeGreaterThan(0);
    for (const t of templates) {
      expect(t.text.trim().length).toBeGreaterThan(0);
      expect(t.labelJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});

describe('register entries', () => {
  it('each has a replacement and a reason in both languages', () => {
    for (const e of register.slang) {
      expect(e.replacements.length, e.id).toBeGreaterThan(0);
      expect(e.message.en.length, e.id).toBeGreaterThan(5);
      expect(e.message.ja, e.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      // A replacement is empty only for words that are removed outright.
      for (const r of e.replacements) if (!r.text) expect('remove' in e || e.pattern.startsWith(','), e.id).toBe(true);
    }
  });
});

describe('bad-news Japanese words', () => {
  it('each entry finds its words in its examples and not in its near misses', () => {
    for (const e of badNews.japanese) {
      for (const h of e.has) expect(japaneseConsiderate(h), `${e.id}: ${h}`).toBe(true);
      for (const h of e.hasNot) expect(japaneseConsiderate(h), `${e.id}: ${h}`).toBe(false);
    }
  });
});

describe('generated Japanese name lists', () => {
  const lists = [
    ['japanese-given-names.json', givenNames],
    ['japanese-surnames.json', surnames],
  ] as const;

  it.each(lists)('%s holds sorted, unique, normalised keys and says how many', (_file, list) => {
    expect(list.count).toBe(list.names.length);
    expect(new Set(list.names).size).toBe(list.names.length);
    expect([...list.names].sort()).toEqual(list.names);
    for (const n of list.names) expect(nameKey(n), n).toBe(n);
    expect(list.names.every((n) => /^[a-z]{3,}$/.test(n))).toBe(true);
  });

  it.each(lists)('%s stays small enough to ship', (file) => {
    const bytes = readFileSync(new URL(`../../../dictionaries/en/${file}`, import.meta.url)).length;
    expect(bytes).toBeLessThan(300 * 1024);
  });

  it('knows common names and sorts them by class', () => {
    const given = new Set(givenNames.names);
    const family = new Set(surnames.names);
    for (const n of ['takuya', 'kenji', 'naoki', 'ryo', 'yuki', 'shota', 'haruto', 'emi', 'hiroshi']) expect(given.has(nameKey(n)), n).toBe(true);
    for (const n of ['sato', 'suzuki', 'takahashi', 'tanaka', 'watanabe', 'yamamoto', 'ono', 'kuroda', 'nishikawa']) expect(family.has(nameKey(n)), n).toBe(true);
    expect(given.size).toBeGreaterThan(3000);
    expect(family.size).toBeGreaterThan(5000);
  });

  it('leaves out the excluded Western names and English words, and greeting words are never names', () => {
    const all = new Set([...givenNames.names, ...surnames.names]);
    for (const w of [...exclusions.westernNames, ...exclusions.chineseOrKoreanNames, ...exclusions.englishWords]) expect(all.has(nameKey(w)), w).toBe(false);
    for (const w of ['team', 'all', 'there', 'guys', 'everyone', 'folks', 'sir', 'madam', 'again', 'john', 'anna', 'maria']) expect(all.has(nameKey(w)), w).toBe(false);
  });
});
