import { describe, expect, it } from 'vitest';
import { CARD_MESSAGES, cardTranslator } from '../../../src/ui/card/messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('compose UI strings', () => {
  it('has every key in English and Japanese, non-empty, with the same placeholders', () => {
    const en = CARD_MESSAGES.en;
    const ja = CARD_MESSAGES.ja;
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(en[key].trim(), key).not.toBe('');
      expect(ja[key].trim(), key).not.toBe('');
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills counts in both languages', () => {
    expect(cardTranslator('en')('badgeTitle', { n: 3 })).toBe('Nemawashi: 3 to review in this draft');
    expect(cardTranslator('ja')('position', { n: 1, total: 2 })).toBe('2件中1件目');
  });
});
