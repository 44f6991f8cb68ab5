// Debian's Chromium with the built extension loaded, the real mail hosts mapped to the fixture server.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { MAIL_HOSTS } from './server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';

/**
 * Starts Chromium with the extension. Headless unless `headless: false` (the demo with a display).
 * `devtoolsPort`: also listen for DevTools on a local port (the tests' network recorder; not for the demo,
 * where any local program could then drive the browser).
 * Returns the context, the extension's id, its service worker and the profile directory (whose
 * DevToolsActivePort file names that port).
 */
export async function launchWithExtension({ extensionDir, port, headless = true, locale = 'en-US', viewport = { width: 1280, height: 860 }, devtoolsPort = false }) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}. Install it with: ${INSTALL}`);
  const rules = MAIL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(',');
  const userDataDir = mkdtempSync(join(tmpdir(), 'nemawashi-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    locale,
    viewport,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale}`,
      // A second DevTools client (tests/e2e/lib/network-recorder.mjs) on a local port the OS picks.
      ...(devtoolsPort ? ['--remote-debugging-port=0'] : []),
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30000 });
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir };
}
