// Round 47: a long typing session. The bench's random one-character edits (bench/edit-step.ts) EDITS times on one Engine;
// per block of edits: the main thread's CPU per edit (p50 / p95, /proc/self/task/PID/schedstat), the process's (every
// thread: V8's concurrent marking and compilers count there), the GC pauses on the main thread, and the heap after a
// full GC at the block's end (--expose-gc) — what an Engine keeps as the text it has seen grows. Linux only.
//   npx esbuild bench/long-typing.ts --bundle --platform=node --format=esm --outfile=/tmp/long-typing.mjs
//   node --expose-gc /tmp/long-typing.mjs ja|en|mixed [KB] [EDITS] [BLOCK]
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { Engine } from '../src/engine/engine';
import { loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { benchTexts, rng } from './texts';

useNodeEnglishModel();
const [mix = 'ja', kb = '10', nArg = '3000', blockArg = '1000'] = process.argv.slice(2);
const tokenizer = await loadNodeTokenizer();
const draftOf = (text: string) => ({ subject: 'お見積りの件 / Quotation', body: text, kind: 'email' as const, context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01' } });
const base = benchTexts().find((x) => x.mix === mix && x.kb === Number(kb))!.text;
const keys = mix === 'en' ? 'etaoinshrdlu ,.' : 'あいうえおかきくけこのをにはがでした会社様弊御。、';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const mainMs = () => Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => { gc?.(); gc?.(); return process.memoryUsage().heapUsed / 1e6; };
const pauses: Array<{ start: number; ms: number }> = [];
new PerformanceObserver((l) => { for (const x of l.getEntries()) pauses.push({ start: x.startTime, ms: x.duration }); }).observe({ entryTypes: ['gc'] });
const pct = (x: number[], p: number) => { const s = [...x].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]!; };
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
