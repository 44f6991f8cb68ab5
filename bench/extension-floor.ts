// What of the extension process's memory is ours: Chromium's floor for the same shape (an empty MV3 extension
// with a service worker, an offscreen document and an idle Worker: bench/floor-extension/) against builds of
// Nemawashi, each measured as bench/browser.ts does (the extension renderer's /proc, 1.5 s after it settled, the
// probe page closed), in cold browsers taking turns.
// Usage: tsx bench/extension-floor.ts BUILD_DIR [BUILD_DIR…] [--rounds N]
//   A build is measured as it is (settled = Japanese ready or a dictionary error) and, with --no-dict, also
//   without its Japanese dictionary.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPACT_DICTIONARY_FILE } from '../src/engine/compact-dictionary';
import { extensionProcessMemory, harness } from './browser';
import { summarize } from './stats';

const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;
const noDict = args.includes('--no-dict');
const builds = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
const floor = join(dirname(fileURLToPath(import.meta.url)), 'floor-extension');
const variants: Array<{ label: string; dir: string; dropDict: boolean }> = [{ label: 'empty MV3 extension (floor)', dir: floor, dropDict: false }];
for (const b of builds) {
  variants.push({ label: `${b}`, dir: resolve(b), dropDict: false });
  if (noDict) variants.push({ label: `${b} without its dictionary`, dir: resolve(b), dropDict: true });
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const h = await harness();
const server = await h.startFixtureServer();
const results = new Map<string, Array<{ rss: number; pss: number; priv: number }>>();
try {
  for (let r = 0; r < rounds; r++) {
    for (const v of variants) {
      const copy = join(mkdtempSync(join(tmpdir(), 'nemawashi-floor-')), basename(v.dir));
      cpSync(v.dir, copy, { recursive: true });
      if (v.dropDict) rmSync(join(copy, 'dict', COMPACT_DICTIONARY_FILE), { force: true });
      const { context, extensionId } = await h.launchWithExtension({ extensionDir: copy, port: server.port });
      try {
        const probe = await context.newPage();
        await probe.goto(`chrome-extension://${extensionId}/manifest.json`);
        for (let i = 0; ; i++) {
          const s = await probe.evaluate(() => {
            const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ japaneseReady: boolean; dictionaryError: string | null } | null> } } }).chrome.runtime;
            return runtime.sendMessage({ type: 'status' }).catch(() => null);
          });
          if (s && (s.japaneseReady || s.dictionaryError)) break;
          if (i > 3000) throw new Error(`${v.label}: never settled`);
          await sleep(20);
        }
        await probe.close();
        await sleep(1500);
        const m = extensionProcessMemory(copy);
        if (m) (results.get(v.label) ?? results.set(v.label, []).get(v.label)!).push({ rss: m.rssMB, pss: m.pssMB, priv: m.privateMB });
        console.error(r, v.label, JSON.stringify(m));
      } finally {
        await context.close();
        rmSync(dirname(copy), { recursive: true, force: true });
      }
    }
  }
} finally {
  await server.close();
}
const med = (xs: number[]) => summarize(xs).median;
const span = (xs: number[]) => `${Math.min(...xs)}–${Math.max(...xs)}`;
for (const [label, xs] of results) {
  console.log(`${label}: RSS ${med(xs.map((x) => x.rss))} MB [${span(xs.map((x) => x.rss))}], PSS ${med(xs.map((x) => x.pss))} [${span(xs.map((x) => x.pss))}], private ${med(xs.map((x) => x.priv))} [${span(xs.map((x) => x.priv))}] (${xs.length} runs)`);
}
