import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MAIL_HOSTS } from './src/extension/hosts';
import { MANAGED_SCHEMA, MANAGED_SCHEMA_FILE } from './src/extension/managed-schema';

export { MAIL_HOSTS };

/** kuromoji's IPADIC files (17.8 MB gzipped), copied into the build rather than committed. */
function kuromojiDictionary(): Array<{ absoluteSrc: string; relativeDest: string }> {
  const dir = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.dat.gz'))
    .map((name) => ({ absoluteSrc: join(dir, name), relativeDest: `dict/${name}` }));
}

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Typed paths for browser.runtime.getURL.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(...kuromojiDictionary().map((f) => f.relativeDest), MANAGED_SCHEMA_FILE);
    },
    'build:publicAssets': (wxt, files) => {
      files.push(...kuromojiDictionary());
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
    host_permissions: MAIL_HOSTS,
    // Nothing is exposed to web pages: the dictionary is read only by the extension's own pages.
    web_accessible_resources: [],
    ...(browser === 'firefox'
      ? // 125: the engine segments sentences and words with Intl.Segmenter, which Firefox ships from 125.
        { browser_specific_settings: { gecko: { id: 'nemawashi@example.org', strict_min_version: '125.0' } } }
      : { storage: { managed_schema: MANAGED_SCHEMA_FILE } }),
  }),
});
