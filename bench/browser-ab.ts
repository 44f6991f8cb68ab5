// Two extension builds side by side in cold Chromium, alternating, for a before → after on a shared machine:
// the extension process's memory 1.5 s after the Japanese analyzer is ready, the engine worker's load clock
// and browser launch → ready (bench/browser.ts's coldBrowser). Builds are given as directories (e.g. a copy of
// main's tree built with `npx wxt build`, and this tree's .output/chrome-mv3).
// Beside the clocks, the CPU time of the extension process's threads by the moment the first Japanese finding is
// painted (bench/thread-cpu.ts, sampled every 4 ms): the engine worker's own, and the whole process's — what a
// build spends on the way to that finding, which a loaded machine does not move as it moves the clocks.
// After the 1.5 s reading, the highest RSS of the next 6 s (sampled every 100 ms: whatever the build does at
// idle shows there), then an English compose opened in a new tab: compose → its first English finding painted
// (the English parser's build, if it waits for an English draft, is paid there) and the highest RSS meanwhile.
// Rounds alternate the order (A,B then B,A) so that neither build always runs second.
// Usage: tsx bench/browser-ab.ts DIR_A DIR_B [rounds]
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { coldBrowser, extensionProcessMemory, GMAIL_URL, harness, sleep } from './browser';
import { summarize } from './stats';
import { sampleAt, sampleThreadCpu } from './thread-cpu';

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: tsx bench/browser-ab.ts DIR_A DIR_B [rounds]');
const rounds = Number(roundsArg ?? 3);
const h = await harness();
const server = await h.startFixtureServer();
// Private copies: the process is found by its extension directory on the command line.
const dirs = [a, b].map((d, i) => {
  const copy = join(mkdtempSync(join(tmpdir(), `nemawashi-ab-${i}-`)), basename(d));
  cpSync(d, copy, { recursive: true });
  return copy;
});
/** In-page: open an English compose, resolve with ms from the compose call to the frame its finding is painted. */
const WATCH_ENGLISH_FINDING = `new Promise((resolve) => {
  const text = "out of scope";
  function painted() {
    for (const [, h] of CSS.highlights) for (const r of h) if (r.toString().includes(text)) return true;
    return false;
  }
  let started = 0;
  function compose() {
    if (!window.fakeGmail || !document.querySelector('nemawashi-ui')) return requestAnimationFrame(compose);
    started = performance.now();
    window.fakeGmail.compose({ to: [{ name: 'Kenji Sato', email: 'kenji.sato@sakura-trading.co.jp' }], subject: 'Your request',
      html: "Hi Kenji,<div><br></div><div>No, that's out of scope.</div>", signature: false });
    requestAnimationFrame(frame);
  }
  function frame() {
    if (painted()) resolve(performance.now() - started);
    else requestAnimationFrame(frame);
  }
  compose();
})`;

/** The highest RSS of the extension process over `ms`, read every 100 ms (and what `during` resolves to). */
async function peakRss<T>(dir: string, ms: number, during?: Promise<T>): Promise<{ peak: number; value: T | undefined }> {
  let peak = 0;
  let value: T | undefined;
  let done = !during;
  void during?.then((v) => { value = v; done = true; }, () => { done = true; });
  const until = Date.now() + ms;
  while (Date.now() < until || !done) {
    peak = Math.max(peak, extensionProcessMemory(dir)?.rssMB ?? 0);
    await sleep(100);
  }
  return { peak, value };
}

async function englishAfter(context: BrowserContext, dir: string) {
  const idle = await peakRss(dir, 6000);
  const tab = await context.newPage();
  // The engine worker's CPU from the English tab's opening to its finding painted (the page's load included):
  // the English parser's build shows here when it waits for an English draft, at any load.
  const cpu = sampleThreadCpu(dir);
  let painted = 0;
  const finding = tab.goto(GMAIL_URL, { waitUntil: 'domcontentloaded' })
    .then(() => Promise.race([tab.evaluate(WATCH_ENGLISH_FINDING) as Promise<number>, sleep(60000).then(() => null)]))
    .then((ms) => { painted = Date.now(); return ms; });
  const english = await peakRss(dir, 2000, finding);
  const samples = cpu.stop();
  const from = samples[0] ?? null;
  const to = painted ? sampleAt(samples, painted) : null;
  return { idlePeak: idle.peak, englishMs: english.value == null ? null : Math.round(english.value), englishPeak: english.peak,
    englishWorkerCpu: from && to ? Math.round(to.worker - from.worker) : null };
}

const runs: Record<string, Array<{ idlePeak?: number; englishMs?: number | null; englishWorkerCpu?: number | null; englishPeak?: number; rss: number; pss: number; priv: number; load: number | null; ready: number; cpu: number | null; first: number | null; afterReady: number | null; workerCpu: number | null; workerCpuAtReady: number | null; processCpu: number | null }>> = { A: [], B: [] };
try {
  for (let r = 0; r < rounds; r++) {
    const pair = [['A', dirs[0]!], ['B', dirs[1]!]] as const;
    for (const [label, dir] of r % 2 === 0 ? pair : [pair[1], pair[0]]) {
      const cpu = sampleThreadCpu(dir);
      const launched = Date.now();
      const run = await coldBrowser(h, dir, server.port, false);
      const samples = cpu.stop();
      const after = await englishAfter(run.context, dir);
      await run.context.close();
      // coldBrowser's clock starts in the same millisecond as `launched`: the finding's wall time.
      const atReady = sampleAt(samples, launched + run.launchToReady);
      const atFirst = run.firstFinding ? sampleAt(samples, launched + run.firstFinding.fromLaunchMs) : null;
      if (run.memory) runs[label]!.push({ ...after, rss: run.memory.rssMB, pss: run.memory.pssMB, priv: run.memory.privateMB, load: run.dictionaryLoadMs, ready: run.launchToReady, cpu: run.cpuMsToReady, first: run.firstFinding ? Math.round(run.firstFinding.fromPageLoadMs) : null,
        afterReady: run.firstFinding ? run.firstFinding.fromLaunchMs - run.launchToReady : null,
        workerCpu: atFirst ? Math.round(atFirst.worker) : null, workerCpuAtReady: atReady ? Math.round(atReady.worker) : null, processCpu: atFirst ? Math.round(atFirst.total) : null });
      console.error(label, r, JSON.stringify(runs[label]!.at(-1)));
    }
  }
} finally {
  await server.close();
}
const med = (xs: number[]) => summarize(xs).median;
const span = (xs: number[]) => `[${Math.min(...xs)}–${Math.max(...xs)}]`;
for (const label of ['A', 'B']) {
  const xs = runs[label]!;
  console.log(`${label} (${label === 'A' ? a : b}): RSS ${med(xs.map((x) => x.rss))} MB ${span(xs.map((x) => x.rss))}, ` +
    `highest RSS 1.5–7.5 s after the first finding ${med(xs.map((x) => x.idlePeak ?? NaN))} MB ${span(xs.map((x) => x.idlePeak ?? NaN))}, ` +
    `English compose → its first finding ${med(xs.map((x) => x.englishMs ?? NaN))} ms ${span(xs.map((x) => x.englishMs ?? NaN))} (highest RSS then ${med(xs.map((x) => x.englishPeak ?? NaN))} MB ${span(xs.map((x) => x.englishPeak ?? NaN))}; ` +
    `engine worker CPU from its tab's opening to that finding ${med(xs.map((x) => x.englishWorkerCpu ?? NaN))} ms ${span(xs.map((x) => x.englishWorkerCpu ?? NaN))}), ` +
    `PSS ${med(xs.map((x) => x.pss))} MB, private ${med(xs.map((x) => x.priv))} MB; ` +
    `worker load → ready ${med(xs.map((x) => x.load ?? NaN))} ms ${span(xs.map((x) => x.load ?? NaN))}; launch → ready ${med(xs.map((x) => x.ready))} ms; ` +
    // CPU time is steadier than the clocks on a shared machine: what the extension process itself spent by then.
    `extension process CPU by ready ${med(xs.map((x) => x.cpu ?? NaN))} ms ${span(xs.map((x) => x.cpu ?? NaN))}; ` +
    // The compose opened in the tab that loads at browser start: page load → its first Japanese finding painted.
    `compose at browser start → first Japanese finding ${med(xs.map((x) => x.first ?? NaN))} ms ${span(xs.map((x) => x.first ?? NaN))}, ` +
    // What follows the analyzer's readiness (as the probe page saw it, polling every 20 ms): the recheck, the
    // analysis with Japanese and the paint; negative when the finding was painted before the probe saw ready.
    `analyzer ready → that finding ${med(xs.map((x) => x.afterReady ?? NaN))} ms ${span(xs.map((x) => x.afterReady ?? NaN))}; ` +
    // CPU by the frame that painted it: the engine worker thread's, and every thread's of the extension process.
    // (By the probe's "ready", which lags the worker's "settled" by up to a poll and a round trip.)
    `engine worker CPU by ready ${med(xs.map((x) => x.workerCpuAtReady ?? NaN))} ms ${span(xs.map((x) => x.workerCpuAtReady ?? NaN))}; ` +
    `CPU by that finding: engine worker ${med(xs.map((x) => x.workerCpu ?? NaN))} ms ${span(xs.map((x) => x.workerCpu ?? NaN))}, ` +
    `extension process ${med(xs.map((x) => x.processCpu ?? NaN))} ms ${span(xs.map((x) => x.processCpu ?? NaN))} (${xs.length} runs)`);
}
