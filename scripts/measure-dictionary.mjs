#!/usr/bin/env node
// Measures where kuromoji's dictionary should live in Chrome (docs/architecture.md):
//   offscreen  the shipped build: offscreen document + dedicated Worker, loaded at install/startup;
//   worker     the alternative: the service worker loads the dictionary itself (fetch + DecompressionStream);
//   missing    the shipped build without its dictionary files (failure path, and the memory baseline).
// Reports load time, the extension renderer process's memory (RSS, and PSS/private from smaps_rollup), and
// whether the dictionary survives the service worker being stopped (as Chrome does after 30 s idle).
// Usage: npx wxt build && node scripts/measure-dictionary.mjs [runs]
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const RUNS = Number(process.argv[2] ?? 3);
const BUILD = resolve('.output/chrome-mv3');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Memory of the renderer process(es) that host extensions (service worker, offscreen document, its Worker). */
function extensionProcessMemory(userDataDir) {
  const out = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--extension-process') || !cmd.includes(userDataDir)) continue;
      const kb = (file, key) => Number(readFileSync(`/proc/${pid}/${file}`, 'utf8').match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
      const priv = kb('smaps_rollup', 'Private_Clean') + kb('smaps_rollup', 'Private_Dirty');
      out.push({ pid, rssMB: Math.round(kb('status', 'VmRSS') / 1024), pssMB: Math.round(kb('smaps_rollup', 'Pss') / 1024), privateMB: Math.round(priv / 1024) });
    } catch { /* process gone */ }
  }
  return out;
}

async function launch(extDir) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'nw-measure-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium', headless: true,
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const launchedAt = Date.now();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, userDataDir, launchedAt, id: new URL(worker.url()).host };
}

async function extensionPage(run) {
  const page = await run.context.newPage();
  await page.goto(`chrome-extension://${run.id}/manifest.json`);
  return page;
}

async function waitReady(page, limitMs = 20000) {
  const started = Date.now();
  for (;;) {
    const status = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'status' }));
    if (status?.japaneseReady || status?.dictionaryError || Date.now() - started > limitMs) return status;
    await sleep(50);
  }
}

async function stopServiceWorkers(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
}

async function measureOffscreen() {
  const run = await launch(BUILD);
  try {
    const page = await extensionPage(run);
    const status = await waitReady(page);
    const readyAfterLaunchMs = Date.now() - run.launchedAt;
    await sleep(1500); // let garbage from the load be collected
    const memory = extensionProcessMemory(run.userDataDir);
    await stopServiceWorkers(page);
    await sleep(300);
    const t = Date.now();
    const after = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'status' }));
    return { status, readyAfterLaunchMs, memory, afterWorkerStop: { japaneseReady: after?.japaneseReady, answeredMs: Date.now() - t } };
  } finally {
    await run.context.close();
    rmSync(run.userDataDir, { recursive: true, force: true });
  }
}

async function serviceWorkerVariant() {
  const dir = mkdtempSync(join(tmpdir(), 'nw-sw-variant-'));
  cpSync(BUILD, dir, { recursive: true });
  await build({ entryPoints: ['scripts/measure-sw-probe.ts'], bundle: true, format: 'iife', outfile: join(dir, 'probe.js'), logLevel: 'error' });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.background = { service_worker: 'probe.js' };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

async function measureServiceWorker(dir) {
  const run = await launch(dir);
  try {
    await sleep(1000);
    const before = extensionProcessMemory(run.userDataDir);
    const result = await run.worker.evaluate(() => self.loadDictionary());
    await sleep(1500);
    const memory = extensionProcessMemory(run.userDataDir);
    const page = await extensionPage(run);
    await stopServiceWorkers(page);
    await sleep(300);
    const survived = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return reg ? 'registration kept, state lost' : 'no registration';
    });
    return { ...result, before, memory, afterWorkerStop: survived };
  } finally {
    await run.context.close();
    rmSync(run.userDataDir, { recursive: true, force: true });
  }
}

async function measureMissing() {
  const dir = mkdtempSync(join(tmpdir(), 'nw-missing-'));
  cpSync(BUILD, dir, { recursive: true });
  rmSync(join(dir, 'dict'), { recursive: true });
  const run = await launch(dir);
  try {
    const page = await extensionPage(run);
    const status = await waitReady(page);
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({
      type: 'analyze', composeId: 'm', client: 'gmail', revision: 1, draft: { subject: '', body: 'No, that is out of scope.' },
    }));
    await sleep(1500);
    return { status, englishFindings: reply.findings.map((f) => f.ruleId), memory: extensionProcessMemory(run.userDataDir) };
  } finally {
    await run.context.close();
    rmSync(run.userDataDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

const swDir = await serviceWorkerVariant();
for (let i = 0; i < RUNS; i++) {
  console.log(JSON.stringify({ run: i + 1, offscreen: await measureOffscreen() }));
  console.log(JSON.stringify({ run: i + 1, serviceWorker: await measureServiceWorker(swDir) }));
}
console.log(JSON.stringify({ missingDictionary: await measureMissing() }));
rmSync(swDir, { recursive: true, force: true });
