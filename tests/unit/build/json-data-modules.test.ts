// Dependencies' data tables are rewritten as JSON.parse('…') in the extension's build (src/build/
// json-data-modules.ts). The rewritten module must export exactly what the original does — the same keys, values
// and order, and no prototype where the original has none (the lemmatizer looks words up by key) — and the build
// must refuse a module JSON would change.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { jsonDataModule, jsonDataModules, JSON_DATA_MODULES } from '../../../src/build/json-data-modules';

const require = createRequire(import.meta.url);

/** Runs a CommonJS module's code and returns its exports. */
function run(code: string): unknown {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}

describe('jsonDataModule', () => {
  it.each(JSON_DATA_MODULES)('%s: the rewritten module exports the same data', (name) => {
    const original = require(name) as Record<string, unknown>;
    const rewritten = run(jsonDataModule(original, name)) as Record<string, unknown>;
    expect(rewritten).toStrictEqual(original);
    expect(Object.getPrototypeOf(rewritten)).toBe(Object.getPrototypeOf(original));
    expect(Object.keys(rewritten)).toEqual(Object.keys(original));
  });

  it('keeps an object without prototype so: an inherited name is no entry', () => {
    const table = Object.assign(Object.create(null) as Record<string, string>, { geese: 'goose' });
    const rewritten = run(jsonDataModule(table, 'table')) as Record<string, unknown>;
    expect(rewritten.geese).toBe('goose');
    expect(rewritten.constructor).toBeUndefined();
    expect((run(jsonDataModule({ a: 1 }, 'plain')) as { constructor: unknown }).constructor).toBe(Object);
  });

  it('refuses what JSON would change', () => {
    expect(() => jsonDataModule({ when: new Date(0) }, 'dates')).toThrow(/not plain data/);
    expect(() => jsonDataModule({ f: () => 1 }, 'functions')).toThrow(/not plain data/);
    expect(() => jsonDataModule({ gone: undefined }, 'undefined')).toThrow(/not plain data/);
    expect(() => jsonDataModule({ n: NaN }, 'nan')).toThrow(/not plain data/);
    expect(() => jsonDataModule([1, 2], 'array')).toThrow(/not an object/);
  });

  it('keeps characters beyond ASCII (the holidays are named in Japanese)', () => {
    const rewritten = run(jsonDataModule({ '2026-01-01': { name: '元日', quote: 'a "b" \\ c\u2028' } }, 'names'));
    expect(rewritten).toEqual({ '2026-01-01': { name: '元日', quote: 'a "b" \\ c\u2028' } });
  });
});

describe('jsonDataModules (the Vite plugin)', () => {
  const transform = (id: string) => {
    const hook = jsonDataModules().transform as (code: string, id: string) => { code: string } | null;
    return hook('', id);
  };

  it('rewrites the listed modules only, found under node_modules', () => {
    const path = require.resolve('@holiday-jp/holiday_jp/lib/holidays.js');
    const out = transform(path);
    expect(out?.code).toMatch(/^"use strict";\nmodule\.exports = JSON\.parse\(/);
    expect(run(out!.code)).toStrictEqual(require(path));
    expect(transform(require.resolve('@holiday-jp/holiday_jp/lib/holiday_jp.js'))).toBeNull();
    expect(transform('/work/src/holidays.js')).toBeNull();
  });
});
