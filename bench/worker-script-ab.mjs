// The engine worker's own start, two builds side by side: each built engine-worker.js compiled (vm.Script) and
// its top level run in a fresh Node process with a stub worker scope, alternating A,B then B,A; CPU time (user +
// system) of each step, and the process's RSS after two full GCs. What a build's script costs before the worker can
// take its first message, apart from the browser's own work.
// Usage: node bench/worker-script-ab.mjs A/engine-worker.js B/engine-worker.js [pairs=10]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

if (process.argv[2] === '--one') {
  const file = process.argv[3];
  const src = readFileSync(file, 'utf8');
  globalThis.self = { addEventListener() {}, postMessage() {}, location: { href: 'chrome-extension://x/engine-worker.js' } };
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const c0 = cpu();
  const script = new vm.Script(src, { filename: file });
  const c1 = cpu();
  script.runInThisContext();
  const c2 = cpu();
  globalThis.gc(); globalThis.gc();
  process.stdout.write(JSON.stringify({ compile: c1 - c0, run: c2 - c1, total: c2 - c0, rss: process.memoryUsage().rss / 1e6 }));
} else {
  const [a, b, pairsArg] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: node bench/worker-script-ab.mjs A.js B.js [pairs]');
  const pairs = Number(pairsArg ?? 10);
  const runs = { A: [], B: [] };
  const one = (file) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, '--one', file], { encoding: 'utf8' }));
  for (let i = 0; i < pairs; i++) {
    for (const label of i % 2 === 0 ? ['A', 'B'] : ['B', 'A']) runs[label].push(one(label === 'A' ? a : b));
  }
  const med = (xs) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  for (const key of ['compile', 'run', 'total', 'rss']) {
    const xa = runs.A.map((r) => r[key]), xb = runs.B.map((r) => r[key]);
    console.log(`${key.padEnd(7)} A ${med(xa).toFixed(1)}  B ${med(xb).toFixed(1)}  B/A: median of pairs ${med(xa.map((x, i) => xb[i] / x)).toFixed(3)}, of medians ${(med(xb) / med(xa)).toFixed(3)}  (${pairs} pairs)`);
  }
}
