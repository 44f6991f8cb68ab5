// How long the extension's own fetch of its data files takes in Chromium, away from the start's other work: an
// extension page, 8 s after launch, reads each file chunk by chunk (as dictionary-loader does) — the dictionary,
// the English model, both at once — and the dictionary gzipped (written beside it here, not shipped) through
// DecompressionStream, raw and gzipped in alternating order; four rounds, milliseconds by performance.now().
// Usage: npx tsx bench/fetch-probe.ts BUILD_DIR
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { harness } from './browser';

const [dirArg] = process.argv.slice(2);
const h = await harness();
const server = await h.startFixtureServer();
const dir = join(mkdtempSync(join(tmpdir(), 'nemawashi-fp-')), basename(dirArg!));
cpSync(dirArg!, dir, { recursive: true });
// The dictionary gzipped beside itself, to compare reading fewer bytes and inflating them (DecompressionStream).
const { gzipSync } = await import('node:zlib');
const { readFileSync, writeFileSync } = await import('node:fs');
// The build's dictionary, whatever its format version (ipadic-v4.nwd, ipadic-v5.nwd, …).
const DICT = readdirSync(join(dir, 'dict')).find((f) => /^ipadic-v\d+\.nwd$/.test(f))!;
writeFileSync(join(dir, 'dict', `${DICT}.gz`), gzipSync(readFileSync(join(dir, 'dict', DICT)), { level: 6 }));
const { context, extensionId } = await h.launchWithExtension({ extensionDir: dir, port: server.port });
const page = await context.newPage();
await page.goto(`chrome-extension://${extensionId}/manifest.json`);
await new Promise((r) => setTimeout(r, 8000));
for (let i = 0; i < 4; i++) {
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  const r = await page.evaluate(`(async () => {
    const read = async (path) => {
      const t = performance.now();
      const res = await fetch(path);
      const head = performance.now() - t;
      const reader = res.body.getReader();
      let n = 0, chunks = 0;
      for (let c = await reader.read(); !c.done; c = await reader.read()) { n += c.value.byteLength; chunks++; }
      return { path, head: Math.round(head), total: Math.round(performance.now() - t), bytes: n, chunks };
    };
    const gz = async () => {
      const t = performance.now();
      const res = await fetch('/dict/${DICT}.gz');
      const reader = res.body.pipeThrough(new DecompressionStream('gzip')).getReader();
      let n = 0;
      for (let c = await reader.read(); !c.done; c = await reader.read()) n += c.value.byteLength;
      return { path: 'gz', total: Math.round(performance.now() - t), bytes: n };
    };
    const order = ${i % 2} ? [gz, () => read('/dict/${DICT}')] : [() => read('/dict/${DICT}'), gz];
    const out = [];
    for (const f of order) out.push(await f());
    out.push(await read('/dict/wink-eng-lite-web.nwm'));
    const t = performance.now();
    const both = await Promise.all([read('/dict/${DICT}'), read('/dict/wink-eng-lite-web.nwm')]);
    out.push({ path: 'both at once', total: Math.round(performance.now() - t), each: both.map((r) => r.total) });
    return out;
})()`);
  console.log(JSON.stringify(r));
}
await context.close();
await server.close?.();
process.exit(0);
