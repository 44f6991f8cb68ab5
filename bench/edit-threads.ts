// Round 47: what the slowest one-character edits are made of. The same seeded edits as the bench's edit rows (random
// positions of the bench draft, bench/edit-step.ts), run RUNS times, each time on a new Engine (its caches cold; the
// process's JIT warmer with each run). Per edit: the process's CPU (process.cpuUsage: every thread, as the bench's CPU
// rows and bench/edit-pairs.mjs read it), the main thread's own CPU (/proc/self/task/PID/schedstat, ns), the wall clock,
// and V8's GC pauses on the main thread inside it (perf_hooks 'gc' entries). Prints p50/p95/p99 of each per run, what the
// slowest tenth (by main-thread CPU) spends, and, between the last two runs, whether the same edits are the slowest
// (the correlation of their main-thread times, edit by edit: near 1 when an edit's own work makes it slow).
// Linux only (schedstat). Bundle it as bench/cpu-ab.ts says and run it with plain node (tsx's loader adds its own work):
//   npx esbuild bench/edit-threads.ts --bundle --platform=node --format=esm --outfile=/tmp/edit-threads.mjs
//   node /tmp/edit-threads.mjs ja|en|mixed [KB] [EDITS] [RUNS]
import { PerformanceObserver } from 'node:perf_hooks';
import { Engine } from '../src/engine/engine';
import { loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { rng } from './texts';
import { percentile as pct } from './stats';
import { benchText, cpu, draftOf, keysFor, mainMs } from './typing-session';

useNodeEnglishModel();
const [mix = 'ja', kb = '10', nArg = '300', runsArg = '3'] = process.argv.slice(2);
const tokenizer = await loadNodeTokenizer();
const base = benchText(mix, kb);
const keys = keysFor(mix);
const gcs: Array<{ start: number; ms: number }> = [];
new PerformanceObserver((l) => { for (const x of l.getEntries()) gcs.push({ start: x.startTime, ms: x.duration }); }).observe({ entryTypes: ['gc'] });
const three = (x: number[]) => `${pct(x, 50).toFixed(2)} / ${pct(x, 95).toFixed(2)} / ${pct(x, 99).toFixed(2)}`;
const mean = (x: number[], idx = x.map((_, i) => i)) => idx.reduce((p, i) => p + x[i]!, 0) / idx.length;
const mains: number[][] = [];
let where: string[] = [];
for (let run = 1; run <= Number(runsArg); run++) {
  const e = new Engine({ rules: RULES, tokenizer });
  e.analyze(draftOf(base));
  const r = rng(42);
  let text = base;
  const proc: number[] = []; const main: number[] = []; const wall: number[] = []; const spans: Array<[number, number]> = [];
  where = [];
  for (let i = 0; i < Number(nArg); i++) {
    const at = Math.floor(r() * text.length);
    text = text.slice(0, at) + keys[Math.floor(r() * keys.length)] + text.slice(at);
    where.push(text.slice(Math.max(0, at - 30), at + 20).replace(/\n/g, '⏎'));
    const m0 = mainMs(); const c0 = cpu(); const w0 = performance.now();
    e.analyze(draftOf(text));
    const w1 = performance.now();
    wall.push(w1 - w0); proc.push(cpu() - c0); main.push(mainMs() - m0); spans.push([w0, w1]);
  }
  await new Promise((res) => setTimeout(res, 20)); // the GC entries are delivered in a later task
  const gc = spans.map(([a, b]) => gcs.filter((g) => g.start >= a && g.start < b).reduce((p, g) => p + g.ms, 0));
  // The first 20 edits left out, as the bench does.
  const [P, M, W, G] = [proc, main, wall, gc].map((x) => x.slice(20)) as [number[], number[], number[], number[]];
  mains.push(M);
  const slow = M.map((v, i) => [v, i] as const).sort((p, q) => q[0] - p[0]).slice(0, Math.ceil(M.length / 10)).map(([, i]) => i);
  console.log(`${mix} ${kb} KB, run ${run} (new Engine), ${M.length} edits, p50 / p95 / p99 ms: process CPU ${three(P)} | main thread ${three(M)} | wall ${three(W)}`);
  console.log(`  slowest tenth by main thread: main ${mean(M, slow).toFixed(2)} ms (GC pauses ${mean(G, slow).toFixed(2)}), process ${mean(P, slow).toFixed(2)} | all edits: main ${mean(M).toFixed(2)} (GC ${mean(G).toFixed(2)}), process ${mean(P).toFixed(2)}`);
}
if (mains.length >= 2) {
  const [B, C] = mains.slice(-2) as [number[], number[]];
  const mb = mean(B), mc = mean(C);
  let sbc = 0, sbb = 0, scc = 0;
  for (let i = 0; i < B.length; i++) { sbc += (B[i]! - mb) * (C[i]! - mc); sbb += (B[i]! - mb) ** 2; scc += (C[i]! - mc) ** 2; }
  const top = (x: number[]) => x.map((v, i) => [v, i] as const).sort((p, q) => q[0] - p[0]).slice(0, Math.ceil(x.length / 10)).map(([, i]) => i);
  const tb = new Set(top(B));
  const tc = top(C);
  console.log(`last two runs, edit by edit (main thread): correlation ${(sbc / Math.sqrt(sbb * scc)).toFixed(2)}; slowest tenth of the last run also in the run's before: ${tc.filter((i) => tb.has(i)).length} of ${tc.length}`);
  for (const i of tc.slice(0, 6)) console.log(`  ${C[i]!.toFixed(2)} ms (run before ${B[i]!.toFixed(2)})  …${where[i + 20]}…`);
}
