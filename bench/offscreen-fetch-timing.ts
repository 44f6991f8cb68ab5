// When the offscreen document's dictionary fetch starts and ends, two builds in alternating cold browsers: ms from
// the document's own request, on DevTools' network clock (tests/e2e/lib/network-recorder.mjs; Resource Timing
// lists nothing for chrome-extension: URLs): what the HTML's preload moves (the request's start, ahead of the
// page's module script and of the English model's fetch) and whether the end moves with it; then the analyzer's
// own spawn → ready clock (EngineHost's dictionaryLoadMs).
// Usage: npx tsx bench/offscreen-fetch-timing.ts DIR_A DIR_B [rounds=6]   (rounds alternate A,B then B,A)
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { harness, sleep, until } from './browser';

const { startNetworkRecorder } = (await import(pathToFileURL(join(import.meta.dirname, '../tests/e2e/lib/network-recorder.mjs')).href)) as {
  startNetworkRecorder(o: { userDataDir: string }): Promise<{ requests: Array<{ url: string; targetUrl: string; documentUrl: string; sentAt?: number; sentWallMs?: number; finishedAt?: number | null }>; close(): void }>;
};

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: tsx bench/offscreen-fetch-timing.ts DIR_A DIR_B [rounds]');
const rounds = Number(roundsArg ?? 6);
const h = await harness();
const server = await h.startFixtureServer();
const dirs = [a, b].map((d, i) => {
  const copy = join(mkdtempSync(join(tmpdir(), `nemawashi-oft-${i}-`)), basename(d));
  cpSync(d, copy, { recursive: true });
  return copy;
});
const out: Record<string, Array<Record<string, number | null>>> = { A: [], B: [] };
for (let i = 0; i < rounds; i++) {
  for (const label of i % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
    const dir = dirs[label === 'A' ? 0 : 1]!;
    const launched = Date.now();
    const { context, extensionId, userDataDir } = await (h.launchWithExtension as unknown as (o: object) => Promise<{ context: import('playwright-core').BrowserContext; extensionId: string; userDataDir: string }>)({ extensionDir: dir, port: server.port, devtoolsPort: true });
    try {
      const network = await startNetworkRecorder({ userDataDir });
      // Seconds on DevTools' clock → ms from the offscreen document's own request.
      const timing = await until(async () => {
        const doc = network.requests.find((r) => r.url.endsWith('/offscreen.html'));
        const inDoc = network.requests.filter((r) => r.targetUrl.endsWith('/offscreen.html') || r.documentUrl.endsWith('/offscreen.html'));
        const dict = inDoc.filter((r) => /\/dict\/[^/]+\.nwd$/.test(r.url));
        const model = inDoc.find((r) => /\/dict\/[^/]+\.nwm$/.test(r.url));
        const script = inDoc.find((r) => /\/chunks\/offscreen-[^/]+\.js$/.test(r.url));
        if (!doc?.sentAt || !dict[0]?.finishedAt || !model?.finishedAt) return null;
        const ms = (t: number | null | undefined) => (t ? Math.round((t - doc.sentAt!) * 1000) : null);
        // Round 40: the offscreen document's request on the launch clock (wall time), so that the rows above add up to
        // launch → ready: launch → the document, the document → the dictionary's last byte, that byte → ready.
        return { launchToDoc: doc.sentWallMs ? Math.round(doc.sentWallMs - launched) : null, dictRequests: dict.length, dictStart: ms(dict[0].sentAt), dictEnd: ms(dict[0].finishedAt), modelStart: ms(model.sentAt), modelEnd: ms(model.finishedAt), scriptStart: ms(script?.sentAt) };
      }, 'the dictionary fetched', 90000, 50);
      network.close();
      const probe = await context.newPage();
      await probe.goto(`chrome-extension://${extensionId}/manifest.json`);
      const status = await until(() => probe.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ japaneseReady: boolean; dictionaryLoadMs: number | null } | null> } } }).chrome.runtime.sendMessage({ type: 'status' }).catch(() => null)).then((s) => (s?.japaneseReady ? s : null)), 'ready', 60000);
      const row = { ...timing, spawnToReady: status.dictionaryLoadMs, launchToReadySeen: Date.now() - launched };
      out[label]!.push(row);
      console.log(label, i, JSON.stringify(row));
    } finally {
      await context.close();
    }
    await sleep(500);
  }
}
const med = (xs: number[]) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
for (const key of ['launchToDoc', 'launchToReadySeen', 'scriptStart', 'dictStart', 'dictEnd', 'modelStart', 'modelEnd', 'spawnToReady', 'dictRequests']) {
  const xa = out.A!.map((r) => Number(r[key])), xb = out.B!.map((r) => Number(r[key]));
  const ratios = xa.map((x, k) => xb[k]! / x);
  console.log(`${key.padEnd(14)} A ${med(xa)}  B ${med(xb)}  B/A median of pairs ${med(ratios).toFixed(3)} [${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}]`);
}
await server.close?.();
process.exit(0);
