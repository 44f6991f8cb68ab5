// Timing helpers: repeated runs, median and p95. Figures are reported, never asserted.
import { performance } from 'node:perf_hooks';

export interface Sample {
  /** Milliseconds, one per run. */
  runs: number[];
  median: number;
  p95: number;
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
}

/** Times `fn(i)` repeatedly; `fn` gets the run index so that each run can work on a new input. */
export function repeat(fn: (i: number) => unknown, opts: RepeatOptions = {}): Sample {
  const { warmup = 3, minRuns = 10, maxRuns = 200, budgetMs = 2000 } = opts;
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const runs: number[] = [];
  const started = performance.now();
  for (let i = 0; i < maxRuns; i++) {
    const t = performance.now();
    fn(i);
    runs.push(performance.now() - t);
    if (i + 1 >= minRuns && performance.now() - started > budgetMs) break;
  }
  return summarize(runs);
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
