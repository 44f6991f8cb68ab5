#!/usr/bin/env node
// Screenshots of the popup and the options page with the built extension loaded in headless Chromium.
// Usage: npx wxt build && node scripts/screenshot.mjs   → docs/screenshots/*.png
// The popup is opened as a tab: it shows the findings of the tab it runs in, so the script first sends
// analyze requests from that same tab, exactly as a content script would.
import { chromium } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// A private copy: a concurrent `wxt build` must not swap files under a running browser.
const BUILD = mkdtempSync(join(tmpdir(), 'nw-build-'));
cpSync(resolve('.output/chrome-mv3'), BUILD, { recursive: true });
process.on('exit', () => rmSync(BUILD, { recursive: true, force: true }));
const OUT = resolve('docs/screenshots');
mkdirSync(OUT, { recursive: true });

const DRAFTS = [
  {
    composeId: 'gmail-1', client: 'gmail',
    draft: {
      subject: 'Re: お見積りの件',
      body: '株式会社サンプル\n佐藤様\n\nご連絡ありがとうございます。了解しました。\n御社のご要望ですが、今回の契約範囲では対応できません。\n\nAlso, no, that is out of scope for this phase.\n',
    },
  },
  { composeId: 'outlook-1', client: 'outlook', draft: { subject: 'Meeting notes', body: 'Dear Sato-san,\n\nThank you for your time today.\n' } },
];

async function launch(extDir, locale = 'en-US') {
  const userDataDir = mkdtempSync(join(tmpdir(), 'nw-shot-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium', headless: true, locale, deviceScaleFactor: 2,
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--lang=${locale}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return { context, id, close: async () => { await context.close(); rmSync(userDataDir, { recursive: true, force: true }); } };
}

async function waitForDictionary(page) {
  for (let i = 0; i < 100; i++) {
    const s = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'status' }));
    if (s?.japaneseReady || s?.dictionaryError) return s;
    await page.waitForTimeout(100);
  }
}

async function setPolicy(page, policy) {
  await page.evaluate((p) => chrome.storage.sync.set({ policy: p }), policy);
}

async function popupShot(run, name, { withDrafts = true, policy, waitReady = true } = {}) {
  const page = await run.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${run.id}/popup.html`);
  if (policy) await setPolicy(page, policy);
  if (waitReady) await waitForDictionary(page);
  if (withDrafts) {
    for (const d of DRAFTS) await page.evaluate((d) => chrome.runtime.sendMessage({ type: 'analyze', revision: 1, ...d }), d);
  }
  await page.reload();
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  console.log(`docs/screenshots/${name}.png`);
  await page.close();
}

/** A viewport-sized shot (what a person sees first), or of one section when `section` is given. */
async function optionsShot(run, name, act, section) {
  const page = await run.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${run.id}/options.html`);
  await page.waitForTimeout(400);
  if (act) await act(page);
  if (section) await page.locator(section).screenshot({ path: join(OUT, `${name}.png`) });
  else await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
  await page.close();
}

const run = await launch(BUILD);
try {
  await popupShot(run, 'popup-empty', { withDrafts: false });
  await popupShot(run, 'popup-findings-en');
  await popupShot(run, 'popup-findings-ja', { policy: { uiLanguage: 'ja' } });
  const page = await run.context.newPage();
  await page.goto(`chrome-extension://${run.id}/popup.html`);
  await setPolicy(page, { uiLanguage: 'en' });
  await page.close();
  await optionsShot(run, 'options-en');
  await optionsShot(run, 'options-custom-rule-en', async (p) => {
    await p.locator('[data-testid="add-rule"]').click();
    const rule = p.locator('[data-testid="custom-rule-0"]');
    await rule.locator('input').nth(2).fill('Do not promise delivery dates by mail.');
    await rule.locator('textarea').fill('guarantee delivery\n納期を保証');
  }, 'section:has([data-testid="add-rule"])');
  await optionsShot(run, 'options-import-error', async (p) => {
    await p.locator('[data-testid="import-text"]').fill('{"internalDomains": ["example.co.jp", "not a domain"]}');
    await p.locator('[data-testid="import-apply"]').click();
    await p.waitForTimeout(200);
    await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  });
  const ja = await run.context.newPage();
  await ja.goto(`chrome-extension://${run.id}/popup.html`);
  await setPolicy(ja, { uiLanguage: 'ja' });
  await ja.close();
  await optionsShot(run, 'options-ja');
} finally {
  await run.close();
}

// The failure path: the same build without its dictionary files.
const broken = mkdtempSync(join(tmpdir(), 'nw-nodict-'));
cpSync(BUILD, broken, { recursive: true });
rmSync(join(broken, 'dict'), { recursive: true });
const brokenRun = await launch(broken);
try {
  await popupShot(brokenRun, 'popup-dictionary-failed');
} finally {
  await brokenRun.close();
  rmSync(broken, { recursive: true, force: true });
}
