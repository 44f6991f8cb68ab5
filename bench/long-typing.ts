// Round 47: a long typing session. The bench's random one-character edits (bench/edit-step.ts) EDITS times on one Engine;
// per block of edits: the main thread's CPU per edit (p50 / p95, /proc/self/task/PID/schedstat), the process's (every
// thread: V8's concurrent marking and compilers count there), the GC pauses on the main thread, and the heap after a
// full GC at the block's end (--expose-gc) — what an Engine keeps as the text it has seen grows. Linux only.
//   npx esbuild bench/long-typing.ts --bundle --platform=node --format=esm --outfile=/tmp/long-typing.mjs
//   node --expose-gc /tmp/long-typing.mjs ja|en|mixed [KB] [EDITS] [BLOCK]
import { PerformanceObserver } from 'node:perf_hooks';
import { Engine } from '../src/engine/engine';
import { loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { rng } from './texts';
import { percentile as pct } from './stats';
import { benchText, cpu, draftOf, keysFor, mainMs } from './typing-session';

useNodeEnglishModel();
const [mix = 'ja', kb = '10', nArg = '3000', blockArg = '1000'] = process.argv.slice(2);
const tokenizer = await loadNodeTokenizer();
const base = benchText(mix, kb);
const keys = keysFor(mix);
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => { gc?.(); gc?.(); return process.memoryUsage().heapUsed / 1e6; };
const pauses: Array<{ start: number; ms: number }> = [];
new PerformanceObserver((l) => { for (const x of l.getEntries()) pauses.push({ start: x.startTime, ms: x.duration }); }).observe({ entryTypes: ['gc'] });
const engine = new Engine({ rules: RULES, tokenizer });
engine.analyze(draftOf(base));
const heap0 = heapMb();
const r = rng(42);
let text = base;
const block = Number(blockArg);
let main: number[] = []; let proc: number[] = []; let from = performance.now();
for (let i = 1; i <= Number(nArg); i++) {
  const at = Math.floor(r() * text.length);
  text = text.slice(0, at) + keys[Math.floor(r() * keys.length)] + text.slice(at);
  const m0 = mainMs(); const c0 = cpu();
  engine.analyze(draftOf(text));
  proc.push(cpu() - c0); main.push(mainMs() - m0);
  if (i % block === 0) {
    const to = performance.now();
    await new Promise((res) => setTimeout(res, 10));
    const gcMs = pauses.filter((p) => p.start >= from && p.start < to).reduce((a, p) => a + p.ms, 0);
    console.log(`${mix} ${kb} KB, edits ${i - block + 1}–${i}: main thread p50 ${pct(main, 50).toFixed(2)} p95 ${pct(main, 95).toFixed(2)} ms, process p50 ${pct(proc, 50).toFixed(2)} p95 ${pct(proc, 95).toFixed(2)} ms, GC pauses ${(gcMs / block).toFixed(2)} ms per edit; heap +${(heapMb() - heap0).toFixed(1)} MB`);
    main = []; proc = []; from = performance.now();
  }
}
