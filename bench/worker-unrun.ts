// What of the engine worker's code never runs before its first answer: the worker (runEngineWorker) in Node,
// given `init` and the first answer every compose gets (a Japanese draft while the dictionary is still loading:
// its fetch never settles here), with the English model file (MODEL=path). Bundle it unminified inside the tree
// and run it under V8's coverage, then read the coverage by source module (bench/worker-unrun-report.mjs):
//   npx esbuild bench/worker-unrun.ts --bundle --platform=node --format=esm --external:kuromoji \
//     --outfile=node_modules/.cache/worker-unrun.mjs
//   MODEL=node_modules/.cache/nemawashi/wink-eng-lite-web.nwm NODE_V8_COVERAGE=/tmp/unrun \
//     node node_modules/.cache/worker-unrun.mjs && node bench/worker-unrun-report.mjs node_modules/.cache/worker-unrun.mjs /tmp/unrun
import { readFileSync } from 'node:fs';
import { runEngineWorker } from '../src/extension/engine-worker-main';
const model = readFileSync(process.env.MODEL!);
globalThis.fetch = (async (url: string) => {
  if (String(url).endsWith('.nwm') || String(url).endsWith('.json')) return new Response(model, { headers: { 'content-length': String(model.length) } });
  return new Promise(() => {}); // the dictionary: still loading
}) as typeof fetch;
let listener: (e: { data: unknown }) => void = () => {};
const done = new Promise<void>((resolve) => {
  runEngineWorker({
    postMessage: (m) => { if ((m as { kind: string }).kind === 'analyzed' || (m as { kind: string }).kind === 'failed') { console.log(JSON.stringify(m).slice(0, 300)); resolve(); } },
    addEventListener: (_t, l) => { listener = l; },
  });
});
listener({ data: { kind: 'init', baseUrl: 'chrome-extension://x/' } });
const body = '佐藤様\n\nいつも大変お世話になっております。\n弊社の部長がおっしゃいましたとおり、来月から価格を見直します。';
listener({ data: { kind: 'analyze', id: 1, request: { type: 'analyze', composeId: 'c1', client: 'gmail', revision: 1, draft: { kind: 'email', subject: 'お見積りの件', body, context: { recipient: 'client' } } }, policy: (await import('../src/policy/schema')).DEFAULT_POLICY } });
await done;
process.exit(0);
