import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/rules/en/lib/name-key';
import { isJapaneseGivenName, isJapaneseSurname, japaneseSurnameOf } from '../../../src/rules/en/lib/names';

describe('nameKey', () => {
  it.each([
    ['Ohno', 'Ono'],
    ['Oono', 'Ono'],
    ['Ōno', 'Ono'],
    ['Yuuki', 'Yuki'],
    ['Yūki', 'Yuki'],
    ['Shouta', 'Shota'],
    ['Satou', 'Sato'],
    ['Homma', 'Honma'],
    ["Shin'ichi", 'Shinichi'],
    ['Kohno', 'Kono'],
  ])('%s and %s are one name', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('keeps distinct names apart', () => {
    expect(nameKey('Kenji')).not.toBe(nameKey('Kenta'));
    expect(nameKey('Ohashi')).toBe('ohashi'); // O-ha-shi: the h is a consonant here
  });
});

describe('name lookup', () => {
  it('recognises spellings of Japanese names', () => {
    expect(isJapaneseSurname('Satou')).toBe(true);
    expect(isJapaneseSurname('SATO')).toBe(true);
    expect(isJapaneseGivenName('Yūki')).toBe(true);
    expect(isJapaneseGivenName('Shouta')).toBe(true);
  });

  it('does not take Western names or words for Japanese ones', () => {
    for (const w of ['John', 'Anna', 'Maria', 'Team', 'There', 'Mike', "O'Brien", 'Kai', 'Remi', 'Sarah', 'Emma', 'David']) {
      expect(isJapaneseGivenName(w) || isJapaneseSurname(w), w).toBe(false);
    }
  });
});

describe('japaneseSurnameOf', () => {
  it.each([
    ['Sato Takuya', 'Sato'],
    ['Takuya Sato', 'Sato'],
    ['SATO Takuya', 'Sato'],
    ['Takuya SATO', 'Sato'],
    ['Sato, Takuya', 'Sato'],
    ['Mr. Takuya Sato', 'Sato'],
    ['Sato-san', 'Sato'],
    ['Anna Suzuki', 'Suzuki'],
  ])('%s → %s', (display, surname) => {
    expect(japaneseSurnameOf(display)?.surname).toBe(surname);
  });

  it('returns nothing for non-Japanese names', () => {
    expect(japaneseSurnameOf('John Smith')).toBeUndefined();
    expect(japaneseSurnameOf('Ken Walker')).toBeUndefined();
  });
});
