// Module load of the engine worker's code in Node: bundles src/extension/engine-worker-main.ts with esbuild (as
// the extension's build does, one ES module) and times `import()` of that bundle in fresh processes.
// Usage: node bench/module-load.mjs [runs=9] [--cpu-prof DIR] [--root TREE] [--keep-examples]
//   → median [min–max] ms of the import alone, wall and CPU. The dictionaries' examples are dropped as the
//   extension's build drops them (src/build/dictionary-examples.mjs) unless --keep-examples; --root measures
//   another checkout's sources (e.g. main's) with this script.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { DICTIONARY_FILE, withoutDictionaryExamples } from '../src/build/dictionary-examples.mjs';

const args = process.argv.slice(2);
const root = args.includes('--root') ? resolve(args[args.indexOf('--root') + 1]) : resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keepExamples = args.includes('--keep-examples');
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 9);
const profDir = args.includes('--cpu-prof') ? args[args.indexOf('--cpu-prof') + 1] : undefined;
const dir = mkdtempSync(join(tmpdir(), 'nw-module-load-'));
const bundle = join(dir, 'worker.mjs');
await build({
  entryPoints: [join(root, 'src/extension/engine-worker-main.ts')],
  bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], outfile: bundle, logLevel: 'error',
  external: ['node:*'],
  plugins: keepExamples ? [] : [{
    name: 'strip-dictionary-examples',
    setup(b) {
      b.onLoad({ filter: DICTIONARY_FILE }, (a) => ({ contents: withoutDictionaryExamples(readFileSync(a.path, 'utf8')), loader: 'json' }));
    },
  }],
});
const driver = join(dir, 'driver.mjs');
writeFileSync(driver, `const t = performance.now(); const c = process.cpuUsage(); await import(${JSON.stringify(pathToFileURL(bundle).href)});
const u = process.cpuUsage(c); process.stdout.write(JSON.stringify([performance.now() - t, (u.user + u.system) / 1000]));`);
const times = [];
const cpu = [];
for (let i = 0; i < runs; i++) {
  const flags = profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : [];
  const [wall, used] = JSON.parse(execFileSync(process.execPath, [...flags, driver], { encoding: 'utf8' }));
  times.push(wall);
  cpu.push(used);
}
const line = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `median ${sorted[runs >> 1].toFixed(1)} ms [${sorted[0].toFixed(1)}–${sorted[runs - 1].toFixed(1)}]`;
};
// CPU time (user + system, all threads: V8 compiles and collects garbage on helper threads too) is the steadier
// figure on a shared machine.
console.log(`import of the worker bundle, ${runs} runs: wall ${line(times)}; CPU ${line(cpu)}`);
