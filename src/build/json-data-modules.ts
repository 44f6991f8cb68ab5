// A few dependencies ship their tables as JavaScript object literals: @holiday-jp/holiday_jp's holidays.js (173 KB,
// one object per day since 1970) and wink-eng-lite-web-model's lemmatizer exceptions (wn-*-exceptions.js, 222 KB of
// `const word="word",…` and `exceptions.word=…`). In the engine worker they are top-level code: V8 parses them in
// full and runs thousands of stores before the worker can answer, though only a calendar check or an English
// lemma reads them. Written as `JSON.parse('…')` the same data is a string literal for the parser (a fast scan)
// and one native call to build (V8's advice for data over ~10 KB; Vite does the same for .json imports). The build
// evaluates each module in Node and writes its value back as JSON, after checking that the JSON round trip keeps it
// exactly (plain data only), and keeps an object without prototype so (the lemmatizer looks words up by key:
// "constructor" must stay undefined).
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';

/** The data modules rewritten, as paths under node_modules. */
export const JSON_DATA_MODULES: readonly string[] = [
  '@holiday-jp/holiday_jp/lib/holidays.js',
  'wink-eng-lite-web-model/dist/wn-adjective-exceptions.js',
  'wink-eng-lite-web-model/dist/wn-noun-exceptions.js',
  'wink-eng-lite-web-model/dist/wn-verb-exceptions.js',
];

/** A CommonJS module exporting `value` through JSON.parse; throws when JSON cannot carry `value` unchanged. */
export function jsonDataModule(value: unknown, name: string): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${name}: not an object of data`);
  const withoutPrototype = Object.getPrototypeOf(value) === null;
  const json = JSON.stringify(value);
  const back: unknown = JSON.parse(json);
  if (withoutPrototype) Object.setPrototypeOf(back, null);
  if (!isDeepStrictEqual(back, value)) throw new Error(`${name}: its value does not survive JSON (not plain data)`);
  const parsed = `JSON.parse(${JSON.stringify(json)})`;
  return `"use strict";\nmodule.exports = ${withoutPrototype ? `Object.setPrototypeOf(${parsed}, null)` : parsed};\n`;
}

const normalise = (path: string) => path.replace(/\\/g, '/');

/** Rewrites JSON_DATA_MODULES in production bundles (`vite build`), before the CommonJS plugin reads them. */
export function jsonDataModules(modules: readonly string[] = JSON_DATA_MODULES): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'nemawashi:json-data-modules',
    apply: 'build',
    enforce: 'pre',
    transform(_code, id) {
      const path = normalise(id.split('?')[0] ?? id);
      const module = modules.find((m) => path.endsWith(`/node_modules/${m}`));
      if (!module) return null;
      return { code: jsonDataModule(require(path) as unknown, module), map: null };
    },
  };
}
