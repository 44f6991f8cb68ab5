// The bench's Node half in its own order, in one process (the dictionary, stock kuromoji and the textlint peer
// resident; English without the dictionary; every full analysis; the floor's and the peer's runs), then its random
// edits: each row's wall-clock mean and p95 (as `npm run bench` reports them), the CPU per edit, the heap after a
// GC and the GCs during the row — to tell an engine's cost from the bench process's state. Round 32's bisect tool.
// Run: NODE_OPTIONS=--expose-gc npx tsx bench/edits-after-bench.ts  (LIGHT=1: no peer, no floor; NOFULL=1: no full
// analyses; ONLY=en,mixed: those rows)
import { loadTools, fullAnalysis, englishWithoutDictionary, randomEdits, rawTokenize, stockIsQuadratic, peerLint } from './node-bench';
import { createPeer } from './textlint-peer';
import { benchTexts } from './texts';
import { PerformanceObserver, constants } from 'node:perf_hooks';
const gc = { major: 0, minor: 0, majorMs: 0, minorMs: 0 };
new PerformanceObserver((l) => { for (const e of l.getEntries()) { const k = (e as { detail?: { kind?: number } }).detail?.kind; if (k === constants.NODE_PERFORMANCE_GC_MAJOR) { gc.major++; gc.majorMs += e.duration; } else { gc.minor++; gc.minorMs += e.duration; } } }).observe({ entryTypes: ['gc'] });
const heap = () => { (globalThis as { gc?: () => void }).gc?.(); return heap0(); };
const heap0 = () => (process.memoryUsage().heapUsed / 1e6).toFixed(0);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const texts = benchTexts();
const tools = await loadTools();
const LIGHT = process.env.LIGHT;
const peer = LIGHT ? null : await createPeer();
englishWithoutDictionary(texts.find((t) => t.mix === 'en' && t.kb === 2)!);
if (!process.env.NOFULL) for (const t of texts) {
  fullAnalysis(tools, t);
  if (peer) { if (!stockIsQuadratic(t)) rawTokenize((x) => tools.stock.tokenize(x), t); rawTokenize((x) => tools.tokenizer.tokenize(x), t); await peerLint(peer, t); }
}
await new Promise((r) => setTimeout(r, 10));
const out: string[] = [`heapStart ${heap()}`];
for (const t of texts.filter((x) => (x.kb === 10 || x.kb === 50) && (!process.env.ONLY || process.env.ONLY.split(',').includes(x.mix)))) {
  gc.major = gc.minor = gc.majorMs = gc.minorMs = 0;
  const c = cpu();
  const s = await randomEdits(tools, t);
  const n = s.runs.length + 5;
  await new Promise((r) => setTimeout(r, 100));
  const mean = s.runs.reduce((a, b) => a + b, 0) / s.runs.length;
  out.push(`${t.mix}${t.kb} mean ${mean.toFixed(2)} p95 ${s.p95.toFixed(2)} cpu/edit ${((cpu() - c) / n).toFixed(2)} cpu p95 ${s.cpu?.p95.toFixed(2)} n ${s.runs.length} heap ${heap()} gcMajor ${gc.major}/${gc.majorMs.toFixed(0)}ms minor ${gc.minor}/${gc.minorMs.toFixed(0)}ms`);
}
console.log(out.join(' | '));
process.exit(0);
