// The shipped manifest: content scripts on the four mail hosts only (no localhost, no test hosts).
import { readManifest } from './lib/build.mjs';
import { assert } from './lib/expect.mjs';
import { test } from './lib/runner.mjs';

const MAIL = ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*', 'https://calendar.google.com/*'];

test('manifest: content scripts match only the real mail hosts', async (t) => {
  const manifest = readManifest(t.extensionDir);
  const matches = [...new Set(manifest.content_scripts.flatMap((c) => c.matches))].sort();
  assert.deepEqual(matches, [...MAIL].sort());
  const text = JSON.stringify(manifest);
  assert.ok(!/localhost|127\.0\.0\.1/.test(text), 'no local hosts in the manifest');
});
