// The extension process's highest RSS from its start to 1.5 s after the Japanese analyzer is ready (the kernel's
// own high-water mark, /proc/PID/status VmHWM: no sampling can miss a moment), beside its RSS then: whether the
// way to ready (the dictionary's arrival, the tokenizer's build) goes above what is left after it. Two builds,
// cold browsers alternated A,B then B,A. Usage: npx tsx bench/load-peak.ts DIR_A DIR_B [rounds=3]
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { extensionPids, harness, sleep, until } from './browser';

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: tsx bench/load-peak.ts DIR_A DIR_B [rounds]');
const rounds = Number(roundsArg ?? 3);
const h = await harness();
const server = await h.startFixtureServer();
const dirs = [a, b].map((d, i) => {
  const copy = join(mkdtempSync(join(tmpdir(), `nemawashi-lp-${i}-`)), basename(d));
  cpSync(d, copy, { recursive: true });
  return copy;
});
const kb = (pid: string, key: string) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
for (let i = 0; i < rounds; i++) {
  for (const label of i % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
    const dir = dirs[label === 'A' ? 0 : 1]!;
    const { context, extensionId } = await h.launchWithExtension({ extensionDir: dir, port: server.port });
    try {
      const probe = await context.newPage();
      await probe.goto(`chrome-extension://${extensionId}/manifest.json`);
      await until(() => probe.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ japaneseReady: boolean } | null> } } }).chrome.runtime.sendMessage({ type: 'status' }).catch(() => null)).then((s) => !!s?.japaneseReady), 'ready', 90000);
      // Whether the page's fetch of a packaged file is a byte stream (dictionary-loader then reads it into its
      // own buffer, no chunk between) and whether it announces a length.
      const body = await probe.evaluate(async () => {
        const response = await fetch('/dict/wink-eng-lite-web.nwm');
        let byob = true;
        try {
          response.body!.getReader({ mode: 'byob' }).releaseLock();
        } catch {
          byob = false;
        }
        await response.body?.cancel().catch(() => undefined);
        return { byob, contentLength: response.headers.get('content-length') };
      });
      await probe.close();
      await sleep(1500);
      // The renderer with the largest RSS is the offscreen document's (it holds the dictionary and the Worker).
      const rows = (extensionPids(dir) ?? []).map((pid) => ({ rssMB: Math.round(kb(pid, 'VmRSS') / 1024), peakMB: Math.round(kb(pid, 'VmHWM') / 1024) }));
      const top = rows.sort((x, y) => y.rssMB - x.rssMB)[0];
      console.log(label, i, JSON.stringify({ ...top, body }));
    } finally {
      await context.close();
    }
    await sleep(500);
  }
}
await server.close?.();
process.exit(0);
