// Where the engine worker's time goes on the way to ready in cold Chromium: the worker thread's CPU over time
// (bench/thread-cpu.ts, every 4 ms) against the load clock, so that its busy and idle stretches show — idle time
// before ready is a wait on something else (the page's fetch of the dictionary, the script's load).
// Usage: npx tsx bench/worker-timeline.ts BUILD_DIR [runs=1]
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { coldBrowser, harness } from './browser';
import { sampleThreadCpu } from './thread-cpu';

const [dirArg, runsArg] = process.argv.slice(2);
if (!dirArg) throw new Error('usage: tsx bench/worker-timeline.ts BUILD_DIR [runs]');
const h = await harness();
const server = await h.startFixtureServer();
const dir = join(mkdtempSync(join(tmpdir(), 'nemawashi-tl-')), basename(dirArg));
cpSync(dirArg, dir, { recursive: true });
try {
  for (let r = 0; r < Number(runsArg ?? 1); r++) {
    const cpu = sampleThreadCpu(dir);
    const launched = Date.now();
    const run = await coldBrowser(h, dir, server.port, false);
    const samples = cpu.stop();
    await run.context.close();
    const ready = launched + run.launchToReady;
    const start = samples.find((s) => s.worker > 0);
    if (!start) { console.log('no worker thread seen'); continue; }
    // The worker's CPU in 50 ms slices from its first sample to the first finding.
    const end = run.firstFinding ? launched + run.firstFinding.fromLaunchMs : ready + 500;
    const slices: string[] = [];
    for (let t = start.at; t < end + 50; t += 50) {
      const a = samples.filter((s) => s.at <= t).at(-1)!, b = samples.filter((s) => s.at <= t + 50).at(-1)!;
      slices.push(`${String(t - start.at).padStart(5)} ms: worker ${(b.worker - a.worker).toFixed(0).padStart(3)}  main ${(b.main - a.main).toFixed(0).padStart(3)}  total ${(b.total - a.total).toFixed(0).padStart(3)}${t <= ready && ready < t + 50 ? '  ← ready' : ''}${t <= end && end < t + 50 ? '  ← first finding' : ''}`);
    }
    console.log(`run ${r}: launch → ready ${run.launchToReady} ms, worker load ${run.dictionaryLoadMs} ms, first worker sample → ready ${ready - start.at} ms`);
    console.log(slices.join('\n'));
  }
} finally {
  await server.close?.();
  process.exit(0);
}
