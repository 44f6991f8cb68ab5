// Timing helpers: repeated runs, median and p95. Figures are reported, never asserted.
import { constants, performance, PerformanceObserver } from 'node:perf_hooks';

export interface Sample {
  /** Milliseconds, one per run. */
  runs: number[];
  median: number;
  p95: number;
  /** With `repeat(…, { cpu: true })`: the process's CPU per run and the GC pauses inside runs (see CpuSample). */
  cpu?: CpuSample;
}

/**
 * What a run's wall clock was made of, to tell the engine's cost from the process's state (round 32: a bench
 * row's "regression" was a mark-compact of a heap holding stock kuromoji and textlint). `runs` is
 * process.cpuUsage (user + system, every thread of the process: V8's GC helpers included) per run, so a run
 * that waited for the scheduler on a loaded machine reads its CPU, not its wait. `gc*` are V8's GC pauses
 * (PerformanceObserver 'gc' entries) that began inside a timed run; `wallLessGc` is each run's wall clock less
 * those pauses: what the code itself took, as far as the clock can tell.
 */
export interface CpuSample {
  runs: number[];
  median: number;
  p95: number;
  gcPauses: number;
  gcMajor: number;
  gcMs: number;
  wallLessGc: { median: number; p95: number };
}

/** Nearest-rank percentile of a sorted copy. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(runs: number[]): Sample {
  return { runs, median: percentile(runs, 50), p95: percentile(runs, 95) };
}

export interface RepeatOptions {
  /** Untimed runs first, so that the JIT has compiled the hot paths. */
  warmup?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Stop adding runs once this much time has been spent (after minRuns). */
  budgetMs?: number;
  /** Also take the process's CPU per run and its spans on the clock, for `withCpu` (a few µs a run). */
  cpu?: boolean;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** V8's GC pauses since the recorder started: start on the performance clock, duration, whether mark-compact. */
interface GcPause { start: number; ms: number; major: boolean }
let gcPauses: GcPause[] | undefined;
function recordGc(): void {
  if (gcPauses) return;
  gcPauses = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as { detail?: { kind?: number } }).detail?.kind;
      gcPauses!.push({ start: e.startTime, ms: e.duration, major: kind === constants.NODE_PERFORMANCE_GC_MAJOR });
    }
  }).observe({ entryTypes: ['gc'] });
}

/** Spans of the timed runs on the performance clock (`repeat` with cpu), kept until `withCpu` reads them. */
const SPANS = new WeakMap<Sample, { starts: number[]; cpu: number[] }>();

/**
 * Completes a sample taken with `repeat(…, { cpu: true })`: CPU per run and the GC pauses that began inside its
 * runs. Async because the observer's entries arrive after the synchronous runs (a macrotask later).
 */
export async function withCpu(sample: Sample): Promise<Sample> {
  const spans = SPANS.get(sample);
  if (!spans) return sample;
  await new Promise((r) => setTimeout(r, 50));
  const pauses = [...(gcPauses ?? [])].sort((a, b) => a.start - b.start);
  const lessGc: number[] = [];
  let count = 0;
  let major = 0;
  let gcMs = 0;
  let p = 0;
  for (let i = 0; i < spans.starts.length; i++) {
    const start = spans.starts[i]!;
    const end = start + sample.runs[i]!;
    while (p < pauses.length && pauses[p]!.start < start) p++;
    let inside = 0;
    for (let q = p; q < pauses.length && pauses[q]!.start < end; q++) {
      inside += pauses[q]!.ms;
      count++;
      if (pauses[q]!.major) major++;
    }
    gcMs += inside;
    lessGc.push(Math.max(0, sample.runs[i]! - inside));
  }
  const cpu = summarize(spans.cpu);
  const rest = summarize(lessGc);
  return { ...sample, cpu: { runs: cpu.runs, median: cpu.median, p95: cpu.p95, gcPauses: count, gcMajor: major, gcMs, wallLessGc: { median: rest.median, p95: rest.p95 } } };
}

/** Times `fn(i)` repeatedly; `fn` gets the run index so that each run can work on a new input. */
export function repeat(fn: (i: number) => unknown, opts: RepeatOptions = {}): Sample {
  const { warmup = 3, minRuns = 10, maxRuns = 200, budgetMs = 2000, cpu = false } = opts;
  if (cpu) recordGc();
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const runs: number[] = [];
  const starts: number[] = [];
  const cpus: number[] = [];
  const started = performance.now();
  for (let i = 0; i < maxRuns; i++) {
    const c = cpu ? cpuMs() : 0;
    const t = performance.now();
    fn(i);
    const done = performance.now();
    if (cpu) {
      cpus.push(cpuMs() - c);
      starts.push(t);
    }
    runs.push(done - t);
    if (i + 1 >= minRuns && performance.now() - started > budgetMs) break;
  }
  const sample = summarize(runs);
  if (cpu) SPANS.set(sample, { starts, cpu: cpus });
  return sample;
}

export async function repeatAsync(fn: (i: number) => Promise<unknown>, opts: RepeatOptions = {}): Promise<Sample> {
  const { warmup = 2, minRuns = 5, maxRuns = 50, budgetMs = 4000 } = opts;
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const runs: number[] = [];
  const started = performance.now();
  for (let i = 0; i < maxRuns; i++) {
    const t = performance.now();
    await fn(i);
    runs.push(performance.now() - t);
    if (i + 1 >= minRuns && performance.now() - started > budgetMs) break;
  }
  return summarize(runs);
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}
