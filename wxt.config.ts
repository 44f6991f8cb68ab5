import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { EXTENSION_PAGES_CSP, MAIL_HOSTS } from './src/extension/hosts';
import { MANAGED_SCHEMA, MANAGED_SCHEMA_FILE } from './src/extension/managed-schema';
import { COMPACT_DICTIONARY_FILE } from './src/engine/compact-dictionary';
import { ensureCompactDictionary } from './src/engine/node-dictionary-file';
import { noRawHtml } from './src/build/no-raw-html';

export { MAIL_HOSTS };

/**
 * The Japanese dictionary: kuromoji's IPADIC built into its in-memory layout (one file, ~31 MB, no gzip),
 * at build time from node_modules rather than committed; the same file Node's CLI reads.
 */
function japaneseDictionary(): { absoluteSrc: string; relativeDest: string } {
  return { absoluteSrc: ensureCompactDictionary(), relativeDest: `dict/${COMPACT_DICTIONARY_FILE}` };
}

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({ plugins: [preact(), noRawHtml()] }),
  hooks: {
    // Typed paths for browser.runtime.getURL.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(`dict/${COMPACT_DICTIONARY_FILE}`, MANAGED_SCHEMA_FILE);
    },
    'build:publicAssets': (wxt, files) => {
      files.push(japaneseDictionary());
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
      ? // 125: the engine segments sentences and words with Intl.Segmenter, which Firefox ships from 125.
        {
          browser_specific_settings: {
            gecko: {
              id: 'nemawashi@example.org',
              strict_min_version: '125.0',
              // Firefox's built-in data consent: nothing leaves the browser, so nothing is collected.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { storage: { managed_schema: MANAGED_SCHEMA_FILE } }),
  }),
});
