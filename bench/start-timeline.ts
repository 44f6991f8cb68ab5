// Where the time to the first Japanese finding at browser start goes, stage by stage, in cold Chromium (round 46).
// The builds must carry marks: `git apply bench/start-timeline-marks.patch` (src/extension/marks.ts and one line at
// each stage: the service worker's start and its createDocument, the offscreen document's script and its Worker's
// spawn and files, the Worker's script run, init, tokenizer and each analysis, the content script's start, the
// compose found and each check), `npx wxt build`, copy .output/chrome-mv3, then `git checkout -- . && rm
// src/extension/marks.ts`. Each build is launched as bench/browser.ts's coldBrowser does (without its status probe),
// a Japanese compose opened at once (WATCH_FIRST_FINDING), and every context's marks read afterwards over a second
// DevTools connection (globalThis.__nmwMarks in the service worker, the offscreen document and its Worker; the
// content script's as console lines), all on one wall clock: ms from launch, per run and as medians. The builds
// alternate A,B then B,A. The marks cost nothing measurable, but compare marked builds only with marked builds.
// Usage: npx tsx bench/start-timeline.ts DIR_A [DIR_B] [rounds=3]
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
// @ts-expect-error ws has no types here (as tests/e2e/lib/network-recorder.mjs, plain JS)
import WebSocket from 'ws';
import { GMAIL_URL, harness, sleep, WATCH_FIRST_FINDING } from './browser';

const args = process.argv.slice(2);
const rounds = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 3;
const h = await harness();
const server = await h.startFixtureServer();
const dirs = args.map((d, i) => {
  const copy = join(mkdtempSync(join(tmpdir(), `nemawashi-stl-${i}-`)), basename(d));
  cpSync(d, copy, { recursive: true });
  return copy;
});

async function cdpMarks(userDataDir: string): Promise<Array<[string, number, string]>> {
  const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const { webSocketDebuggerUrl } = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json() as { webSocketDebuggerUrl: string };
  const socket = new WebSocket(webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  let nextId = 0;
  const pending = new Map<number, (r: unknown) => void>();
  const send = (method: string, params: object = {}, sessionId?: string) => {
    const id = ++nextId;
    socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise<any>((resolve) => pending.set(id, resolve));
  };
  const sessions: Array<{ sessionId: string; url: string; type: string }> = [];
  socket.on('message', (data: unknown) => {
    const m = JSON.parse(String(data));
    if (m.id !== undefined) { pending.get(m.id)?.(m.result ?? m.error); pending.delete(m.id); return; }
    if (m.method === 'Target.attachedToTarget') {
      sessions.push({ sessionId: m.params.sessionId, url: m.params.targetInfo.url, type: m.params.targetInfo.type });
      void send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }, m.params.sessionId);
    }
  });
  await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true });
  await sleep(400);
  const out: Array<[string, number, string]> = [];
  for (const s of sessions) {
    if (!s.url.startsWith('chrome-extension://')) continue;
    const r = await Promise.race([send('Runtime.evaluate', { expression: 'JSON.stringify(globalThis.__nmwMarks ?? [])', returnByValue: true }, s.sessionId), sleep(2000).then(() => null)]);
    const marks = JSON.parse(r?.result?.value ?? '[]') as Array<[string, number]>;
    for (const [n, t] of marks) out.push([n, t, s.type]);
  }
  socket.close();
  return out;
}

const rows: Record<number, Array<Record<string, number>>> = {};
try {
  for (let r = 0; r < rounds; r++) {
    const order = dirs.map((_, i) => i);
    if (r % 2 === 1) order.reverse();
    for (const i of order) {
      const dir = dirs[i]!;
      const launched = Date.now();
      const { context, userDataDir } = await (h.launchWithExtension as unknown as (o: object) => Promise<{ context: import('playwright-core').BrowserContext; userDataDir: string }>)({ extensionDir: dir, port: server.port, devtoolsPort: true });
      const seen = Date.now();
      const tab = await context.newPage();
      const cs: Array<[string, number]> = [];
      let navStart = 0;
      tab.on('console', (msg) => {
        const m = /^nmw-mark (\S+) ([\d.]+) ([\d.]+)/.exec(msg.text());
        if (m) { cs.push([m[1]!, Number(m[2])]); navStart = Number(m[3]); }
      });
      await tab.goto(GMAIL_URL, { waitUntil: 'domcontentloaded' });
      const found = await Promise.race([tab.evaluate(WATCH_FIRST_FINDING) as Promise<{ page: number; wall: number }>, sleep(60000).then(() => null)]);
      const nav = await tab.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return { o: performance.timeOrigin, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, resp: n.responseEnd }; });
      await sleep(300);
      const marks = await cdpMarks(userDataDir);
      await context.close();
      const all: Array<[string, number]> = [['launched', launched], ['sw-seen', seen], ['page:nav', navStart], ['page:response', nav.o + nav.resp], ['page:dcl', nav.o + nav.dcl], ['page:load', nav.o + nav.load], ...cs.map(([n, t]) => [n, t] as [string, number]),
        ...marks.map(([n, t, type]) => [n === 'origin' ? `${type}:origin` : n, t] as [string, number]), ['page:painted', found ? found.wall : NaN]];
      all.sort((x, y) => x[1] - y[1]);
      const row: Record<string, number> = {};
      for (const [n, t] of all) if (!(n in row)) row[n] = Math.round(t - launched);
      row['FIRST(page)'] = found ? Math.round(found.page) : NaN;
      (rows[i] ??= []).push(row);
      console.log(`build ${i} round ${r}: first finding ${row['FIRST(page)']} ms from page nav`);
      console.log(all.map(([n, t]) => `  ${String(Math.round(t - launched)).padStart(6)}  ${n}`).join('\n'));
    }
  }
} finally {
  await server.close();
}
const med = (xs: number[]) => { const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b); const m = s.length >> 1; return s.length ? (s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) : NaN; };
const names = [...new Set(Object.values(rows).flatMap((rs) => rs.flatMap((r) => Object.keys(r))))];
names.sort((x, y) => med(rows[0]!.map((r) => r[x] ?? NaN)) - med(rows[0]!.map((r) => r[y] ?? NaN)));
console.log('median ms from launch: ' + dirs.map((_, i) => `build ${i}`).join(' | '));
for (const n of names) console.log(`  ${n.padEnd(28)} ${dirs.map((_, i) => String(med(rows[i]!.map((r) => r[n] ?? NaN))).padStart(7)).join(' ')}`);
process.exit(0);
