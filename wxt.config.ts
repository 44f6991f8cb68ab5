import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The mail hosts Nemawashi reads compose windows on, and nothing else. */
export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Nemawashi',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the policy; offscreen: one Japanese dictionary per browser (Chrome only, see docs/architecture.md).
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    host_permissions: MAIL_HOSTS,
    web_accessible_resources: [],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'nemawashi@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
});
