#!/usr/bin/env node
// Builds the compact Japanese dictionary (src/engine/compact-dictionary.ts) from node_modules/kuromoji/dict
// into node_modules/.cache/nemawashi, unless a current one is there, and wink-nlp's English model file
// (src/engine/analysis/en-model.ts) beside it. Run by `npm install` (postinstall); the
// WXT build and Node's loader also build it on demand, so this only moves the ~2–7 s out of the first use.
import { statSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { ensureCompactDictionary } = await import('../src/engine/node-dictionary-file.ts');
const { ensureEnglishModelFile } = await import('../src/engine/node-english-model-file.ts');
const started = performance.now();
const path = ensureCompactDictionary();
console.log(`Japanese dictionary: ${path} (${(statSync(path).size / 2 ** 20).toFixed(1)} MiB, ${Math.round(performance.now() - started)} ms)`);
const english = ensureEnglishModelFile();
console.log(`English model: ${english} (${(statSync(english).size / 2 ** 20).toFixed(1)} MiB)`);
