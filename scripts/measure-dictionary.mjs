#!/usr/bin/env node
// Measures where kuromoji's dictionary should live in Chrome (docs/architecture.md):
//   offscreen  the shipped build: offscreen document + dedicated Worker, loaded at install/startup;
//   worker     the alternative: the service worker loads the dictionary itself (fetch + DecompressionStream);
//   restart    the shipped build after a browser restart (onStartup loads the dictionary);
//   missing    the shipped build without its dictionary files (failure path, and the memory baseline).
// Reports load time, the extension renderer process's memory (RSS, and PSS/private from smaps_rollup), and
// whether the dictionary survives the service worker being stopped (as Chrome does after 30 s idle).
// Usage: npx wxt build && node scripts/measure-dictionary.mjs [runs]
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const RUNS = Number(process.argv[2] ?? 3);
// A private copy: a concurrent `wxt build` must not swap files under a running browser.
const BUILD = mkdtempSync(join(tmpdir(), 'nw-build-'));
cpSync(resolve('.output/chrome-mv3'), BUILD, { recursive: true });
process.on('exit', () => rmSync(BUILD, { recursive: true, force: true }));
if (!existsSync(join(BUILD, 'manifest.json')) || !existsSync(join(BUILD, 'dict'))) {
  console.error('No complete build in .output/chrome-mv3: run `npx wxt build` first.');
  process.exit(2);
}
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

/** Memory 1.5 s after the load, and 12 s after, once V8's memory reducer has collected the load's garbage. */
async function settledMemory(userDataDir) {
  await sleep(1500);
  const soon = extensionProcessMemory(userDataDir);
  await sleep(10500);
  return { soon, settled: extensionProcessMemory(userDataDir) };
}

async function launch(extDir, userDataDir = mkdtempSync(join(tmpdir(), 'nw-measure-'))) {
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

/**
 * Milliseconds from sendMessage to the reply for a ~600-character keigo draft, as a content script sees it
 * (service worker → offscreen document → Worker → back). Each edit changes one sentence, like typing does.
 */
async function analyzeRoundTrip(page) {
  return page.evaluate(async () => {
    const body = [
      '株式会社サンプル', '営業部 佐藤様', '', 'いつも大変お世話になっております。',
      '先日はお忙しいところ、打ち合わせのお時間をいただき誠にありがとうございました。',
      'ご依頼いただいた追加機能につきましては、今回の契約範囲では対応できません。',
      '代わりに、次期フェーズでのご提案を社内で検討のうえ、改めてご連絡いたします。',
      'Thank you again for your time, and please let me know if you have any questions.',
      '引き続きよろしくお願い申し上げます。',
    ].join('\n');
    const times = [];
    for (let i = 0; i < 40; i++) {
      const draft = { subject: 'お打ち合わせのお礼', body: body.replace('次期', `次期${'。'.repeat(i % 3)}`) + 'あ'.repeat(i) };
      const t = performance.now();
      await chrome.runtime.sendMessage({ type: 'analyze', composeId: 'bench', client: 'gmail', revision: i, draft });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const at = (q) => Math.round(times[Math.floor(q * (times.length - 1))] * 10) / 10;
    return { medianMs: at(0.5), p90Ms: at(0.9), chars: body.length };
  });
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
    const roundTrip = await analyzeRoundTrip(page);
    const memory = await settledMemory(run.userDataDir);
    await stopServiceWorkers(page);
    await sleep(300);
    const t = Date.now();
    const after = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'status' }));
    return { status, readyAfterLaunchMs, roundTrip, memory, afterWorkerStop: { japaneseReady: after?.japaneseReady, answeredMs: Date.now() - t } };
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
    const memory = await settledMemory(run.userDataDir);
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

/** A browser restart with the extension installed: how long after launch the analyzer is ready. */
async function measureRestart() {
  const first = await launch(BUILD);
  const page = await extensionPage(first);
  await waitReady(page);
  await first.context.close();
  const run = await launch(BUILD, first.userDataDir);
  try {
    const probe = await extensionPage(run);
    const status = await waitReady(probe);
    return { status, readyAfterLaunchMs: Date.now() - run.launchedAt };
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
console.log(JSON.stringify({ restart: await measureRestart() }));
console.log(JSON.stringify({ missingDictionary: await measureMissing() }));
rmSync(swDir, { recursive: true, force: true });
