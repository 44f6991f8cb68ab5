import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { EXTENSION_PAGES_CSP, MAIL_HOSTS } from './src/extension/hosts';
import { MANAGED_SCHEMA, MANAGED_SCHEMA_FILE } from './src/extension/managed-schema';
import { COMPACT_DICTIONARY_FILE } from './src/engine/compact-dictionary';
import { ensureCompactDictionary } from './src/engine/node-dictionary-file';
import { ENGLISH_MODEL_FILE } from './src/engine/analysis/en-model-file';
import { ensureEnglishModelFile } from './src/engine/node-english-model-file';
import { noRawHtml } from './src/build/no-raw-html';
import { stripDictionaryExamples, stripRuleExamples } from './src/build/strip-rule-examples';
import { oneByteWorkerSource } from './src/build/one-byte-source';
import { jsonDataModules } from './src/build/json-data-modules';
import { re2jsOnDemand } from './src/build/re2js-on-demand';

export { MAIL_HOSTS };

/** The engine worker's output file (worker-protocol.ts's ENGINE_WORKER_PATH; tests/unit/build checks they agree). */
export const WORKER_SCRIPT = 'engine-worker.js';

/**
 * The Japanese dictionary: kuromoji's IPADIC built into its in-memory layout (one file, ~31 MB, no gzip),
 * at build time from node_modules rather than committed; the same file Node's CLI reads.
 */
function japaneseDictionary(): { absoluteSrc: string; relativeDest: string } {
  return { absoluteSrc: ensureCompactDictionary(), relativeDest: `dict/${COMPACT_DICTIONARY_FILE}` };
}

/**
 * wink-nlp's English model as a data file (~3.6 MB of JSON, src/engine/analysis/en-model.ts) fetched by the
 * engine, instead of code inside every script that imports the engine: Mozilla's add-on linter does not parse
 * a script over 5 MB, and the engine's scripts were 48 KB under it. The same file Node's CLI reads.
 */
function englishModel(): { absoluteSrc: string; relativeDest: string } {
  return { absoluteSrc: ensureEnglishModelFile(), relativeDest: `dict/${ENGLISH_MODEL_FILE}` };
}

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  // `wxt/browser` is Mozilla's webextension-polyfill (the stack's choice) rather than the bare chrome/browser
  // global WXT gives by default since 0.20; see docs/architecture.md, "Decision: webextension-polyfill".
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [
      preact(), noRawHtml(), stripRuleExamples(), stripDictionaryExamples(),
      // Dependencies' tables as JSON.parse('…'), not top-level object literals (src/build/json-data-modules.ts).
      jsonDataModules(),
      // The worker's source held as one byte per character in the extension process (~2 MB less heap).
      oneByteWorkerSource((fileName) => fileName === WORKER_SCRIPT),
      // re2js out of the worker's script, read on the first organisation `pattern` rule (src/policy/re2js-on-demand.ts).
      re2jsOnDemand((id) => /[\\/]entrypoints[\\/]engine-worker\.ts$/.test(id), resolve('src/policy/re2js-on-demand.ts')),
    ],
  }),
  hooks: {
    // Typed paths for browser.runtime.getURL.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(`dict/${COMPACT_DICTIONARY_FILE}`, `dict/${ENGLISH_MODEL_FILE}`, MANAGED_SCHEMA_FILE);
    },
    'build:publicAssets': (wxt, files) => {
      files.push(japaneseDictionary(), englishModel());
      if (wxt.config.browser !== 'firefox') {
        files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: JSON.stringify(MANAGED_SCHEMA, null, 2) });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Nemawashi',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the policy; offscreen: one Japanese dictionary per browser (Chrome only, see docs/architecture.md).
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    // No host_permissions: the extension fetches nothing from the mail hosts, and the content scripts'
    // `matches` are what lets them run there (see docs/architecture.md, "Privacy and permissions").
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // Nothing is exposed to web pages: the dictionary is read only by the extension's own pages.
    web_accessible_resources: [],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'nemawashi@example.org',
              // 140 (the ESR of June 2025; older releases are out of support): the first to read the data
              // consent key below. The engine's Intl.Segmenter needs only 125.
              strict_min_version: '140.0',
              // Firefox's built-in data consent: nothing leaves the browser, so nothing is collected.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data consent key from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { storage: { managed_schema: MANAGED_SCHEMA_FILE } }),
  }),
});
