// Issue 10's criterion "full analysis of a 10 KB English draft is no slower than when the issue was filed"
// (21a9d8e, the parent of wink-nlp's arrival 61543f1): the bench's full-analysis row, run the same way on
// both trees from one text file. Bundled with esbuild and run with plain `node` (no tsx in the measured
// process); the same file, less the English model line, runs on the old tree. Modes:
//   cold FILE — a fresh process: the dictionary loaded, then the first full analysis this process ever runs
//               (a new Engine; the English model, JIT, lazy tables all included), then a second one;
//   warm FILE — the bench row (node-bench.ts fullAnalysis): stock kuromoji loaded beside ours as loadTools
//               does, 3 untimed runs, then ≥ 15 runs of a new Engine each within 3 s.
// Prints one JSON line: wall clock and process CPU (user + system) per timed analysis. How (round 34):
//   git worktree add ../old21 21a9d8e && cp -a node_modules ../old21/   (21a9d8e reads kuromoji's own .dat.gz)
//   grep -v useNodeEnglishModel bench/issue10-ab.ts > ../old21/bench/issue10-ab.ts
//   for each tree: npx esbuild bench/issue10-ab.ts --bundle --platform=node --format=esm \
//     --outfile=node_modules/.cache/issue10-ab.mjs --banner:js="import { createRequire as __nwRequire } from 'node:module'; const require = __nwRequire(import.meta.url);"
//   the text: benchTexts()' en 10 KB draft written to a file; then, alternating trees, several times each:
//   nice node node_modules/.cache/issue10-ab.mjs cold|warm FILE
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import kuromoji from 'kuromoji';
import { Engine } from '../src/engine/engine';
import { kuromojiDictionaryDir, loadNodeTokenizer } from '../src/engine/node-dictionary';
import type { DraftInput } from '../src/engine/types';
import { RULES } from '../src/rules';
import { useNodeEnglishModel } from '../src/engine/node-english-model';

useNodeEnglishModel();

const [mode, file] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const draftOf = (body: string): DraftInput =>
  ({ subject: 'お見積りの件 / Quotation', body, kind: 'email', context: { recipient: 'client', firstContact: false, now: '2025-12-01' } });
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1]!;

const tokenizer = await loadNodeTokenizer();
const once = () => {
  const c = cpuMs();
  const t = performance.now();
  const findings = new Engine({ rules: RULES, tokenizer }).analyze(draftOf(text));
  return { wall: performance.now() - t, cpu: cpuMs() - c, findings: (findings as unknown[]).length };
};

if (mode === 'cold') {
  const first = once();
  const second = once();
  process.stdout.write(JSON.stringify({ mode, first, second }) + '\n');
} else {
  await new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath: kuromojiDictionaryDir() }).build((err, t) => (err ? reject(err) : resolve(t))),
  );
  for (let i = 0; i < 3; i++) once();
  const runs: { wall: number; cpu: number }[] = [];
  const started = performance.now();
  for (let i = 0; i < 200; i++) {
    runs.push(once());
    if (i + 1 >= 15 && performance.now() - started > 3000) break;
  }
  process.stdout.write(JSON.stringify({ mode, n: runs.length, wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), runs: runs.map((r) => Math.round(r.wall * 10) / 10) }) + '\n');
}
