#!/usr/bin/env node
// `npm start`: build the extension, open Chromium with it loaded on a local copy of a Gmail compose window
// holding a sample draft (served as mail.google.com, like the end-to-end tests), and show the findings.
// With a display the browser stays open for you to try it (close it or press Ctrl+C to stop); without one
// ($DISPLAY unset) it runs headless, saves a screenshot of the card and prints where.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

// A fresh machine: Chromium (and CJK fonts) come from Debian, as `npm test` does it. Done before any build or
// import of the browser harness: as root it installs them, otherwise it stops with the exact command.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';
if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0) {
    console.log(`Chromium is missing at ${CHROMIUM}: installing it (${INSTALL})…`);
    const r = spawnSync('sh', ['-c', INSTALL], { stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(CHROMIUM)) {
      console.error(`Installing Chromium failed. Run it yourself:\n  sh -c '${INSTALL}'`);
      process.exit(1);
    }
  } else {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it with:\n  sudo sh -c '${INSTALL}'\nthen run npm start again (or set CHROMIUM_PATH to a Chromium you have).`);
    process.exit(1);
  }
}

const { launchWithExtension } = await import('../tests/e2e/lib/browser.mjs');
const { buildExtension, ROOT } = await import('../tests/e2e/lib/build.mjs');
const { waitFor } = await import('../tests/e2e/lib/expect.mjs');
const { allHighlighted, highlights, hoverFinding } = await import('../tests/e2e/lib/mail.mjs');
const { startFixtureServer } = await import('../tests/e2e/lib/server.mjs');

const DEMO_URL = 'https://mail.google.com/mail/u/0/?demo=1#inbox';
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

console.log('Building the extension (npx wxt build)…');
const extensionDir = buildExtension({ quiet: true });
const server = await startFixtureServer();
let browser;
try {
  browser = await launchWithExtension({ extensionDir, port: server.port, headless, viewport: headless ? { width: 1280, height: 860 } : null });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(DEMO_URL, { waitUntil: 'domcontentloaded' });
  console.log(`Chromium ${headless ? '(headless, no $DISPLAY)' : ''} opened ${DEMO_URL} with Nemawashi loaded (extension ${browser.extensionId}).`);
  const flagged = await waitFor(async () => {
    const all = allHighlighted(await highlights(page));
    return all.length >= 2 && all;
  }, 'the sample draft’s findings', { timeoutMs: 60000 });
  console.log(`Findings in the sample draft: ${flagged.map((f) => `“${f}”`).join(', ')}`);
  if (headless) {
    await hoverFinding(page, flagged[0]);
    const dir = join(ROOT, '.output');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'nemawashi-demo.png');
    await page.screenshot({ path });
    console.log(`Screenshot of the card: ${path}`);
  } else {
    console.log('Hover an underlined phrase to see its card; edit the draft to see it checked as you type.');
    console.log('Close the browser window (or press Ctrl+C) to stop.');
    await new Promise((resolve) => {
      browser.context.on('close', resolve);
      process.on('SIGINT', resolve);
    });
  }
} finally {
  await browser?.context.close().catch(() => undefined);
  await server.close();
}
