// re2js for the engine worker, loaded on first use. Only an organisation's `pattern` rules compile with it,
// and a default policy has none, yet in the worker's one script re2js (150 KB) was compiled and its class
// statics and tables built at import (~15 ms CPU in Node) before the worker could answer. The worker's build
// resolves `re2js` to this module (src/build/re2js-on-demand.ts): the package itself is a second script
// (entrypoints/re2js.ts → RE2JS_SCRIPT), read with the worker's synchronous importScripts the first time a
// pattern is compiled, so `checkPattern` stays synchronous. The options page and Node import the package.
import type { RE2JS as RE2JSClass } from 're2js';

/** The second script's file, beside engine-worker.js (a relative URL: importScripts resolves it there). */
export const RE2JS_SCRIPT = 're2js.js';

declare const importScripts: ((...urls: string[]) => void) | undefined;

let loaded: typeof RE2JSClass | null = null;

function re2js(): typeof RE2JSClass {
  if (loaded) return loaded;
  if (typeof importScripts !== 'function') throw new Error('re2js: no importScripts outside a worker');
  importScripts(RE2JS_SCRIPT);
  const found = (globalThis as { RE2JS?: typeof RE2JSClass }).RE2JS;
  if (typeof found?.compile !== 'function') throw new Error(`re2js: ${RE2JS_SCRIPT} did not define RE2JS`);
  loaded = found;
  return loaded;
}

/** What src/policy/pattern.ts reads of the class: its compile and the flag it passes. */
export const RE2JS = {
  compile: (pattern: string, flags?: number): RE2JSClass => re2js().compile(pattern, flags),
  get CASE_INSENSITIVE(): number {
    return re2js().CASE_INSENSITIVE;
  },
};
