#!/usr/bin/env node
// Builds the compact Japanese dictionary (src/engine/compact-dictionary.ts) from node_modules/kuromoji/dict
// into node_modules/.cache/nemawashi, unless a current one is there. Run by `npm install` (postinstall); the
// WXT build and Node's loader also build it on demand, so this only moves the ~2–7 s out of the first use.
import { statSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { ensureCompactDictionary } = await import('../src/engine/node-dictionary-file.ts');
const started = performance.now();
const path = ensureCompactDictionary();
console.log(`Japanese dictionary: ${path} (${(statSync(path).size / 2 ** 20).toFixed(1)} MiB, ${Math.round(performance.now() - started)} ms)`);
