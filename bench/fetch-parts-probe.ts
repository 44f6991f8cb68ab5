// Does the extension read its 22.6 MB dictionary faster as parts fetched at once than as one file? An extension
// page, 8 s after launch, reads the dictionary into one buffer of its length (as dictionary-loader does): as one
// file, and as 2 and 4 parts (written beside it here) fetched in parallel, each into its own range of the buffer.
// The variants rotate their order every round; milliseconds by performance.now(). Usage:
//   npx tsx bench/fetch-parts-probe.ts BUILD_DIR [rounds=6]
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { harness } from './browser';

const [dirArg, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 6);
const h = await harness();
const server = await h.startFixtureServer();
const dir = join(mkdtempSync(join(tmpdir(), 'nemawashi-fpp-')), basename(dirArg!));
cpSync(dirArg!, dir, { recursive: true });
// The build's dictionary, whatever its format version (ipadic-v4.nwd, ipadic-v5.nwd, …).
const DICT = readdirSync(join(dir, 'dict')).find((f) => /^ipadic-v\d+\.nwd$/.test(f))!;
const whole = readFileSync(join(dir, 'dict', DICT));
for (const n of [2, 4]) {
  const size = Math.ceil(whole.length / n);
  for (let i = 0; i < n; i++) writeFileSync(join(dir, 'dict', `p${n}.${i}`), whole.subarray(i * size, (i + 1) * size));
}
const sizes: Record<string, number> = { [`/dict/${DICT}`]: whole.length };
for (const n of [2, 4]) {
  const size = Math.ceil(whole.length / n);
  for (let i = 0; i < n; i++) sizes[`/dict/p${n}.${i}`] = whole.subarray(i * size, (i + 1) * size).length;
}
const { context, extensionId } = await h.launchWithExtension({ extensionDir: dir, port: server.port });
const page = await context.newPage();
await page.goto(`chrome-extension://${extensionId}/manifest.json`);
await new Promise((r) => setTimeout(r, 8000));
const variants = ['one', 'p2', 'p4'];
for (let i = 0; i < rounds; i++) {
  const order = variants.map((_, k) => variants[(k + i) % variants.length]!);
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  const r = await page.evaluate(`(async () => {
    const into = async (res, out, at) => {
      const reader = res.body.getReader();
      for (let c = await reader.read(); !c.done; c = await reader.read()) { out.set(c.value, at); at += c.value.byteLength; }
    };
    const read = async (paths) => {
      const t = performance.now();
      const responses = await Promise.all(paths.map((p) => fetch(p)));
      const lengths = paths.map((p) => sizes[p]);
      const out = new Uint8Array(lengths.reduce((a, b) => a + b, 0));
      let at = 0;
      await Promise.all(responses.map((r, k) => { const from = at; at += lengths[k]; return into(r, out, from); }));
      return Math.round(performance.now() - t);
    };
    const sizes = ${JSON.stringify(sizes)};
    const paths = { one: ['/dict/${DICT}'], p2: ['/dict/p2.0', '/dict/p2.1'], p4: [0, 1, 2, 3].map((k) => '/dict/p4.' + k) };
    const out = { length: (await fetch('/dict/${DICT}')).headers.get('content-length') };
    for (const v of ${JSON.stringify(order)}) out[v] = await read(paths[v]);
    return out;
  })()`);
  console.log(JSON.stringify({ round: i, ...(r as object) }));
}
await context.close();
await server.close?.();
process.exit(0);
