import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/engine/types';
import { CATEGORY_LABELS, LEVEL_LABELS } from '../../../src/ui/common/labels';
import { OPTIONS_MESSAGES } from '../../../src/ui/options/messages';
import { POPUP_MESSAGES } from '../../../src/ui/popup/messages';
import { readFileSync } from 'node:fs';

const TABLES = { popup: POPUP_MESSAGES, options: OPTIONS_MESSAGES, levels: LEVEL_LABELS, categories: CATEGORY_LABELS };

describe('popup and options strings', () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: every string exists, non-empty, in English and Japanese with the same placeholders`, () => {
      expect(Object.keys(table.ja).sort()).toEqual(Object.keys(table.en).sort());
      for (const [key, en] of Object.entries(table.en) as Array<[string, string]>) {
        const ja = (table.ja as Record<string, string>)[key]!;
        expect(en.trim(), key).not.toBe('');
        expect(ja.trim(), key).not.toBe('');
        const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(vars(ja), key).toEqual(vars(en));
      }
    });
  }

  it('names every category', () => {
    expect(Object.keys(CATEGORY_LABELS.en).sort()).toEqual([...CATEGORIES].sort());
  });

  it('ships the extension description in both locales', () => {
    for (const lang of ['en', 'ja']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
      expect(messages.extDescription.message.length).toBeGreaterThan(20);
    }
  });
});
