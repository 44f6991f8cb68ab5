// Module load of the engine worker's code in Node: bundles src/extension/engine-worker-main.ts with esbuild (as
// the extension's build does, one ES module) and times `import()` of that bundle in fresh processes.
// Usage: node bench/module-load.mjs [runs=9] [--cpu-prof DIR]  → median [min–max] ms of the import alone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 9);
const profDir = args.includes('--cpu-prof') ? args[args.indexOf('--cpu-prof') + 1] : undefined;
const dir = mkdtempSync(join(tmpdir(), 'nw-module-load-'));
const bundle = join(dir, 'worker.mjs');
await build({
  entryPoints: [join(root, 'src/extension/engine-worker-main.ts')],
  bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], outfile: bundle, logLevel: 'error',
  external: ['node:*'],
});
const driver = join(dir, 'driver.mjs');
writeFileSync(driver, `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(bundle).href)});
process.stdout.write(String(performance.now() - t));`);
const times = [];
for (let i = 0; i < runs; i++) {
  const flags = profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : [];
  times.push(Number(execFileSync(process.execPath, [...flags, driver], { encoding: 'utf8' })));
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`import of the worker bundle, ${runs} runs: median ${sorted[runs >> 1].toFixed(1)} ms [${sorted[0].toFixed(1)}–${sorted[runs - 1].toFixed(1)}]`);
