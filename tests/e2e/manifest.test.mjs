// The shipped manifest against a reviewed list: every permission, host, match pattern and security key is
// here on purpose, so any addition fails until someone reviews it and edits this file (see the privacy
// section of docs/architecture.md for why each one is needed).
import { readManifest } from './lib/build.mjs';
import { assert } from './lib/expect.mjs';
import { test } from './lib/runner.mjs';

/** Content scripts run on the mail and calendar clients only (no localhost, no test hosts). */
const MATCHES = ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*', 'https://calendar.google.com/*'];
/** storage: the policy and the popup's findings; offscreen: the engine's document (Chrome). */
const PERMISSIONS = ['offscreen', 'storage'];
/** Every top-level key the Chrome build may have; a new one (externally_connectable, sandbox…) needs a review. */
const KEYS = [
  'action', 'background', 'content_scripts', 'content_security_policy', 'default_locale', 'description', 'icons',
  'manifest_version', 'name', 'options_ui', 'permissions', 'storage', 'version', 'web_accessible_resources',
];

/** "a 'x'; b 'y' 'z'" → { a: ["'x'"], b: ["'y'", "'z'"] } */
function directives(policy) {
  return Object.fromEntries(
    policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]),
  );
}

test('manifest: permissions, hosts and match patterns are exactly the reviewed ones', async (t) => {
  const manifest = readManifest(t.extensionDir);
  assert.deepEqual(Object.keys(manifest).sort(), [...KEYS].sort(), 'top-level keys');
  assert.deepEqual([...manifest.permissions].sort(), PERMISSIONS, 'permissions');
  // The content scripts' matches are what lets them run; the extension fetches nothing from these hosts.
  assert.equal(manifest.host_permissions, undefined, 'no host permissions');
  assert.equal(manifest.optional_permissions, undefined, 'no optional permissions');
  assert.equal(manifest.optional_host_permissions, undefined, 'no optional host permissions');
  const matches = [...new Set(manifest.content_scripts.flatMap((c) => [...c.matches, ...(c.include_globs ?? [])]))].sort();
  assert.deepEqual(matches, [...MATCHES].sort(), 'content script matches');
  assert.ok(manifest.content_scripts.every((c) => !c.all_frames && !c.match_about_blank && !c.world), 'content scripts in top frames, isolated world');
  assert.deepEqual(manifest.web_accessible_resources, [], 'nothing exposed to web pages');
  assert.ok(!/localhost|127\.0\.0\.1/.test(JSON.stringify(manifest)), 'no local hosts in the manifest');
});

test('manifest: the extension pages’ content security policy allows no remote code or connection', async (t) => {
  const { content_security_policy: csp } = readManifest(t.extensionDir);
  assert.deepEqual(Object.keys(csp), ['extension_pages'], 'only the extension pages’ policy (no sandbox)');
  const d = directives(csp.extension_pages);
  // Every kind of load falls back to, or is limited to, the extension itself.
  assert.deepEqual(d['default-src'], ["'self'"]);
  for (const name of ['script-src', 'connect-src', 'worker-src', 'style-src', 'img-src', 'font-src']) {
    assert.deepEqual(d[name], ["'self'"], `${name} is the extension only`);
  }
  assert.deepEqual(d['object-src'], ["'none'"]);
  assert.deepEqual(d['base-uri'], ["'none'"]);
  assert.deepEqual(d['form-action'], ["'none'"]);
  // No directive names a server, a scheme or an escape hatch.
  for (const [name, sources] of Object.entries(d)) {
    for (const s of sources) assert.ok(["'self'", "'none'"].includes(s), `${name} allows only 'self' or 'none', not ${s}`);
  }
});
