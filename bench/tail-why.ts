// Round 47: which edits are the slowest, and what each did: random one-character edits (as bench/tail-edits.ts), with
// the engine's work counters (Engine.work: lines split, sentences tokenized or worded, facts computed; memoized) and the
// main thread's GC pauses inside each edit (perf_hooks 'gc' entries, as kind:ms). Prints p50/p90/p95/p99 (wall), the
// GC per edit in the slowest tenth against all, and the slowest edits with the character, where it went and the
// counters. Run: npx tsx bench/tail-why.ts ja|en|mixed KB [EDITS] [SHOW]
import { Engine } from '../src/engine/engine';
import { loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { benchTexts, rng } from './texts';
import { PerformanceObserver } from 'node:perf_hooks';

const gcs: Array<{ start: number; ms: number; kind: number }> = [];
new PerformanceObserver((l) => { for (const x of l.getEntries()) gcs.push({ start: x.startTime, ms: x.duration, kind: (x as unknown as { detail: { kind: number } }).detail?.kind }); }).observe({ entryTypes: ['gc'] });

useNodeEnglishModel();
const [mix = 'ja', kbArg = '10', nArg = '400', showArg = '20'] = process.argv.slice(2);
const tokenizer = await loadNodeTokenizer();
const draftOf = (text: string) => ({ subject: 'お見積りの件 / Quotation', body: text, kind: 'email' as const, context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01' } });
const base = benchTexts().find((x) => x.mix === mix && x.kb === Number(kbArg))!.text;
const e = new Engine({ rules: RULES, tokenizer });
e.analyze(draftOf(base));
const r = rng(42);
const keys = mix === 'en' ? 'etaoinshrdlu ,.' : 'あいうえおかきくけこのをにはがでした会社様弊御。、';
let text = base;
const runs: Array<{ t0: number; gc?: string; ms: number; at: number; ch: string; ctx: string; work: Record<string, number> }> = [];
for (let i = 0; i < Number(nArg); i++) {
  const at = Math.floor(r() * text.length);
  const ch = keys[Math.floor(r() * keys.length)]!;
  text = text.slice(0, at) + ch + text.slice(at);
  const w0 = { ...e.work, memo: e.memoized } as Record<string, number>;
  const t = performance.now();
  e.analyze(draftOf(text));
  const ms = performance.now() - t;
  const w1 = { ...e.work, memo: e.memoized } as Record<string, number>;
  const work: Record<string, number> = {};
  for (const k of Object.keys(w1)) if (w1[k]! - (w0[k] ?? 0)) work[k] = w1[k]! - (w0[k] ?? 0);
  runs.push({ t0: t, ms, at, ch, ctx: text.slice(Math.max(0, at - 25), at + 25).replace(/\n/g, '⏎'), work });
}
await new Promise((r) => setTimeout(r, 50));
for (const x of runs) { const g = gcs.filter((g) => g.start >= x.t0 && g.start < x.t0 + x.ms); if (g.length) x.gc = g.map((g) => `${g.kind}:${g.ms.toFixed(1)}`).join(','); }
const warm = runs.slice(20);
const gcIn = (xs: typeof warm) => xs.reduce((a, x) => a + (x.gc ? x.gc.split(',').reduce((b, y) => b + Number(y.split(':')[1]), 0) : 0), 0) / xs.length;
const sorted = [...warm].sort((a, b) => a.ms - b.ms);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)]!.ms.toFixed(2);
console.log(`${mix} ${kbArg} KB × ${warm.length}: p50 ${pct(50)} p90 ${pct(90)} p95 ${pct(95)} p99 ${pct(99)} ms (wall); GC ms per edit: slowest tenth ${gcIn(sorted.slice(Math.floor(sorted.length * 0.9))).toFixed(2)}, all ${gcIn(warm).toFixed(2)}`);
for (const x of sorted.slice(-Number(showArg)).reverse()) console.log(x.ms.toFixed(2).padStart(7), x.gc ?? '-', JSON.stringify(x.ch), x.at, JSON.stringify(x.work), x.ctx);
