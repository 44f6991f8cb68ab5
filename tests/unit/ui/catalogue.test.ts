// The interface's one catalogue: every key in every language, every key the UI asks for defined, and no
// user-visible text written straight into a component.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/engine/types';
import { CATALOGUES, UI_LANGS, fill, label, translator } from '../../../src/ui/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

const UI_FILES = [...files('src/ui', /\.tsx?$/), ...files('entrypoints', /\.tsx?$/)].filter((f) => !f.startsWith(join('src/ui/i18n')));

describe('the interface catalogue', () => {
  const en = CATALOGUES.en;

  for (const lang of UI_LANGS) {
    it(`${lang}: every surface has every key, non-empty, with the same placeholders as English`, () => {
      const cat = CATALOGUES[lang];
      expect(Object.keys(cat).sort()).toEqual(Object.keys(en).sort());
      for (const [surface, table] of Object.entries(en) as Array<[keyof typeof en, Record<string, string>]>) {
        const other = cat[surface] as Record<string, string>;
        expect(Object.keys(other).sort(), surface).toEqual(Object.keys(table).sort());
        for (const [key, text] of Object.entries(table)) {
          expect(other[key]!.trim(), `${surface}.${key}`).not.toBe('');
          expect(placeholders(other[key]!), `${surface}.${key}`).toEqual(placeholders(text));
        }
      }
    });
  }

  it('names every category and level once, in the shared table', () => {
    for (const lang of UI_LANGS) {
      for (const c of CATEGORIES) expect(label(lang, `category.${c}`)).toBeTruthy();
      for (const l of ['error', 'warning', 'info', 'off'] as const) expect(label(lang, `level.${l}`)).toBeTruthy();
    }
    const shared = Object.keys(en.shared);
    for (const [surface, table] of Object.entries(en)) {
      if (surface === 'shared') continue;
      for (const key of Object.keys(table)) expect(shared, `${surface}.${key} repeats a shared name`).not.toContain(key);
    }
  });

  it('fills placeholders, and a surface reads the shared names too', () => {
    expect(translator('en', 'card')('badgeTitle', { n: 3 })).toBe('Nemawashi: 3 to review in this draft');
    expect(translator('ja', 'card')('position', { n: 1, total: 2 })).toBe('2件中1件目');
    expect(translator('ja', 'popup')('category.pressure')).toBe(CATALOGUES.ja.shared['category.pressure']);
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('every key the UI asks for with t(…) exists', () => {
    const known = new Set(Object.values(en).flatMap((table) => Object.keys(table)));
    const missing: string[] = [];
    for (const file of UI_FILES) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([^']+)'/g)) if (!known.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      // Template keys (`category.${c}`) must name a prefix the catalogue has.
      for (const m of src.matchAll(/\b(?:t|label|sharedLabel)\(\s*(?:lang,\s*)?`([\w.-]+)\$\{/g)) {
        if (![...known].some((k) => k.startsWith(m[1]!))) missing.push(`${file}: ${m[1]}…`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('no component writes user-visible text itself', () => {
    const offences: string[] = [];
    for (const file of UI_FILES.filter((f) => f.endsWith('.tsx'))) {
      const src = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      // Text between tags with a letter or kana/kanji in it ("<span>Send</span>", "> Apply <").
      for (const m of src.matchAll(/>([^<>{}\n]*[A-Za-z\u3040-\u30ff\u4e00-\u9fff][^<>{}\n]*)</g)) {
        const text = m[1]!.trim();
        // What looks like code rather than words: generics, comparisons and conditionals ("a < b ? c : d").
        if (text && !/[=;(){}?&|]|^\w+$/.test(text)) offences.push(`${file}: >${text}<`);
        // A lone word is text when it is capitalised or Japanese ("<button>Apply</button>").
        else if (/^[A-Z\u3040-\u30ff\u4e00-\u9fff][A-Za-z\u3040-\u30ff\u4e00-\u9fff]+$/.test(text)) offences.push(`${file}: >${text}<`);
      }
      // Attributes people read or hear: title, aria-label, placeholder, alt, given as a literal.
      for (const m of src.matchAll(/\b(title|aria-label|placeholder|alt)=(["'])([^"']*[A-Za-z\u3040-\u30ff\u4e00-\u9fff][^"']*)\2/g)) {
        offences.push(`${file}: ${m[1]}="${m[3]}"`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('ships the extension description in both locales', () => {
    for (const lang of UI_LANGS) {
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
      expect(messages.extDescription.message.length).toBeGreaterThan(20);
    }
  });
});
