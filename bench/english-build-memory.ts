// The English parser's build in a fresh process over the loaded dictionary, as the engine worker does it
// (englishModelReader → parse → winkNLP): RSS and heap before it (after GC), right after it (no GC) and after GC,
// and its CPU. Bundle inside the tree (kuromoji stays external), then run with --expose-gc:
//   npx esbuild bench/english-build-memory.ts --bundle --platform=node --format=esm --external:kuromoji \
//     --outfile=node_modules/.cache/english-build-memory.mjs && node --expose-gc node_modules/.cache/english-build-memory.mjs
import { readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { createEngine } from '../src/engine';
import { setEnglishModelSource, tokenize as parseEnglish } from '../src/engine/analysis/en-parse';
import { ENGLISH_MODEL_FILE } from '../src/engine/analysis/en-model-file';
import { buildTokenizer } from '../src/engine/tokenizer';
import { compactDictionaryPath } from '../src/engine/node-dictionary-file';
import { englishModelPath } from '../src/engine/node-english-model-file';
import { englishModelReader } from '../src/extension/dictionary-loader';
const gc = (globalThis as { gc?: () => void }).gc!;
const mb = (n: number) => Math.round(n / 1e5) / 10;
const buf = (p: string) => { const b = readFileSync(p); return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer; };
const engine = createEngine(null);
engine.setTokenizer(await buildTokenizer(async () => buf(compactDictionaryPath())));
/** The model's bytes handed over as EngineHost does (in a function: nothing else keeps them once the parser took them). */
async function handOver(): Promise<void> {
  let pending: (() => ReturnType<Parameters<typeof setEnglishModelSource>[0]>) | null = await englishModelReader(async () => buf(englishModelPath()))();
  setEnglishModelSource(() => { const p = pending; pending = null; return p ? p() : null; });
}
await handOver();
gc(); gc();
const m0 = process.memoryUsage();
const cpu0 = process.cpuUsage();
parseEnglish('Thank you.');
const cpu1 = process.cpuUsage(cpu0);
const m1 = process.memoryUsage();
const peak = process.resourceUsage().maxRSS / 1024;
gc(); gc();
const m2 = process.memoryUsage();
/** Each V8 space's committed size after the GCs (MB): where a difference in RSS sits (the young generation grown by a burst, large objects). */
const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name.replace(/_space$/, ''), mb(s.physical_space_size)]));
console.log(JSON.stringify({ file: ENGLISH_MODEL_FILE, buildCpuMs: Math.round((cpu1.user + cpu1.system) / 1000), rssBefore: mb(m0.rss), rssAfter: mb(m1.rss), heapAfter: mb(m1.heapUsed), extAfter: mb(m1.arrayBuffers), peakRss: Math.round(peak * 1.048576 * 10) / 10, rssGc: mb(m2.rss), heapGc: mb(m2.heapUsed), extGc: mb(m2.arrayBuffers), heapBefore: mb(m0.heapUsed), extBefore: mb(m0.arrayBuffers), spaces }));
