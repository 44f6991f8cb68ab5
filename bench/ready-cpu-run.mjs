// Runs bench/ready-cpu.ts N times (bundled with esbuild into node_modules/.cache) and prints the medians, with the load.
// Usage: node bench/ready-cpu-run.mjs [runs] [--prof DIR] (--prof: node --cpu-prof into DIR for each run).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { DICTIONARY_FILE, withoutDictionaryExamples } from '../src/build/dictionary-examples.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 7);
const prof = args.includes('--prof') ? args[args.indexOf('--prof') + 1] : undefined;
/** --raw: the dictionaries bundled as they are, examples and all (bench/cold-start.ts's bundle before round 36). */
const raw = args.includes('--raw');
/** --literal: JSON bundled as object literals (esbuild's json loader), not as JSON.parse('…'). */
const literal = args.includes('--literal');
/**
 * --as-extension (run through tsx: it imports the build's TypeScript): the rules' examples stripped and the output
 * made one-byte (non-ASCII escaped) as the extension's build does (src/build/strip-rule-examples.ts,
 * one-byte-source.ts): what the same code costs to start when bundled as the engine worker is.
 */
const asExtension = args.includes('--as-extension');
const extensionBuild = asExtension
  ? { ...(await import('../src/build/strip-rule-examples.ts')), ...(await import('../src/build/one-byte-source.ts')) }
  : undefined;
// Named after the tree, so that two trees sharing node_modules (a copy of main's beside this one) keep their own.
const out = join(ROOT, 'node_modules/.cache/nemawashi-bench', `ready-cpu-${ROOT.replace(/[^A-Za-z0-9]+/g, '-')}.mjs`);
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(ROOT, 'bench/ready-cpu.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error',
  banner: { js: "import { createRequire as __nwRequire } from 'node:module'; const require = __nwRequire(import.meta.url);" },
  plugins: [{
    name: 'json-as-cli',
    setup(b) {
      b.onLoad({ filter: /\.json$/ }, (a) => {
        const text = raw || !DICTIONARY_FILE.test(a.path) ? readFileSync(a.path, 'utf8') : withoutDictionaryExamples(readFileSync(a.path, 'utf8'));
        return literal ? { contents: text, loader: 'json' } : { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
      });
      if (extensionBuild) {
        b.onLoad({ filter: /[\\/]src[\\/]rules[\\/].+\.ts$/ }, (a) => {
          const code = readFileSync(a.path, 'utf8');
          return { contents: code.includes('defineRule') ? extensionBuild.withoutRuleExamples(code, a.path).code : code, loader: 'ts' };
        });
      }
    },
  }],
});
if (extensionBuild) writeFileSync(out, extensionBuild.oneByteSource(readFileSync(out, 'utf8')));
const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');
const before = load();
const rows = [];
for (let i = 0; i < runs; i++) {
  const flags = prof ? ['--cpu-prof', '--cpu-prof-dir', prof, '--cpu-prof-interval', '200'] : [];
  rows.push(JSON.parse(execFileSync(process.execPath, [...flags, out], { encoding: 'utf8' })));
}
const median = (k) => {
  const v = rows.map((r) => r[k]).sort((a, b) => a - b);
  return Math.round(v[Math.floor(v.length / 2)]);
};
const keys = ['importedCpu', 'loadCpu', 'engineCpu', 'readyCpu', 'readyWall', 'firstCpu'];
console.log(`${asExtension ? 'as the extension, ' : ''}${raw ? 'raw' : 'stripped'} ${literal ? 'literal' : 'JSON.parse'}: runs ${runs}, load ${before} → ${load()}`);
console.log(keys.map((k) => `${k} ${median(k)} ms [${Math.round(Math.min(...rows.map((r) => r[k])))}–${Math.round(Math.max(...rows.map((r) => r[k])))}]`).join('\n'));
