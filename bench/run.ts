// `npm run bench`: one run, one table. Node figures (cold start, full analysis, re-analysis, the kuromoji
// floor, the textlint peer) and, when a build and Chromium exist, the in-browser figures. Timings are
// reported here and never asserted in tests. Options: --runs N (cold starts, default 5), --no-browser,
// --quick (full analysis on the 10 KB drafts only), --no-long-lines (skip the pathological single lines),
// --json FILE (also write every sample).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { COMPACT_DICTIONARY_FILE } from '../src/engine/compact-dictionary';
import { ensureCompactDictionary, kuromojiDictionaryDir } from '../src/engine/node-dictionary-file';
import { KUROMOJI_FILES } from '../src/engine/compact-dictionary-build';
import { browserFigures, type BrowserFigures } from './browser';
import {
  cliPeakMemory, coldStarts, stockIsQuadratic, englishWithoutDictionary, fullAnalysis, fullAnalysisCosts, loadTools, oneCharEdit, pasteParagraph, peerLint, randomEdits, rawTokenize,
  reanalysisCosts,
} from './node-bench';
import { ms, type Sample } from './stats';
import { Table, verdict } from './table';
import { createPeer } from './textlint-peer';
import { benchTexts, type BenchText } from './texts';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(opt('--runs') ?? 5);
/** --quick: full analysis, kuromoji and textlint on the 10 KB drafts only (edits still at 10 and 50 KB), for a loaded machine. */
const quick = args.includes('--quick');

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const startedLoad = load();
const started = new Date();
const texts = benchTexts();
const label = (t: BenchText) => `${t.mix} ${t.kb} KB (${t.chars} chars)`;
const rate = (t: BenchText, s: Sample) => `${Math.round(t.chars / s.median)} chars/ms`;
/**
 * The row under an edit row (whose median and p95 are wall clock): the process's CPU per edit, and the GC pauses
 * that fell inside edits with the wall clock less them. A wall p95 far above the CPU p95 is the machine's load;
 * a wall p95 that falls once GC pauses are taken out is the bench process's heap, not the engine (round 32's
 * "regression" was a mark-compact of a heap holding stock kuromoji and textlint).
 */
const cpuRow = (s: Sample, t: BenchText, target: string): string[] => s.cpu
  ? ['  the same, CPU per run (process.cpuUsage)', label(t), `${ms(s.cpu.median)} ms`, `${ms(s.cpu.p95)} ms`,
    `GC pauses inside: ${s.cpu.gcPauses} (${s.cpu.gcMajor} major), ${ms(s.cpu.gcMs)} ms; wall less GC p50 ${ms(s.cpu.wallLessGc.median)} p95 ${ms(s.cpu.wallLessGc.p95)} ms`, target]
  : ['  the same, CPU per run', label(t), '—', '—', 'not taken', ''];
const table = new Table(['measure', 'text', 'median', 'p95', 'figure', 'target', 'met?']);
const json: Record<string, unknown> = {};

const dictionaryBytes = statSync(ensureCompactDictionary()).size;
const kuromojiGz = KUROMOJI_FILES.reduce((n, f) => n + statSync(join(kuromojiDictionaryDir(), f)).size, 0);
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
table.row(['Japanese dictionary as loaded', COMPACT_DICTIONARY_FILE, mb(dictionaryBytes), '',
  `kuromoji as shipped: ${mb(kuromojiGz)} gzip, 100.3 MB unpacked (12 files); ours: 1 file, no gzip, read in place`, '']);

console.error('cold starts (child processes)…');
const cold = await coldStarts(runs);
json.coldStart = cold;
for (const c of cold) {
  const who = c.mode === 'ours' ? 'Nemawashi engine + rules' : c.mode === 'stock' ? 'kuromoji as shipped' : 'engine, no dictionary';
  if (c.mode !== 'baseline') {
    table.row([`Node cold start: Japanese analyzer ready (${who})`, 'from process start', `${ms(c.ready.median)} ms`, `${ms(c.ready.p95)} ms`,
      `dictionary load ${ms(c.load.median)} ms`, c.mode === 'ours' ? 'load ≤ 500 ms' : '']);
  }
  if (c.firstFull) {
    table.row(['  first-ever full analysis in that process (truly cold, JIT too)', 'ja 10 KB', `${ms(c.firstFull.median)} ms`, `${ms(c.firstFull.p95)} ms`,
      'a new process, a new Engine: nothing warm', '']);
  }
  table.row([`Node resident memory after ready (${who})`, 'RSS after GC', `${c.rssMB.median} MB`, `${c.rssMB.p95} MB`,
    `heap ${c.heapUsedMB} MB, buffers ${c.arrayBuffersMB} MB`, c.mode === 'ours' ? '≤ 150 MB' : '']);
}
{
  const dir = mkdtempSync(join(os.tmpdir(), 'nemawashi-cli-'));
  const file = join(dir, 'draft.txt');
  writeFileSync(file, texts.find((t) => t.mix === 'ja' && t.kb === 10)!.text);
  const cli = await cliPeakMemory(file);
  rmSync(dir, { recursive: true, force: true });
  json.cli = cli;
  table.row(['Node CLI `nemawashi check` (prebuilt bundle): peak RSS', 'ja 10 KB file', cli ? `${cli.peakMB} MB` : '—', '',
    cli ? `whole run ${cli.seconds} s wall; from the sources through tsx ${cli.tsxPeakMB} MB, ${cli.tsxSeconds} s` : 'not measured: no /usr/bin/time', '≤ 150 MB']);
}
const base = cold.find((c) => c.mode === 'baseline')!;
table.row(['English findings without a dictionary (first analysis, cold process)', 'startup sample', `${ms(base.firstAnalysis.median)} ms`,
  `${ms(base.firstAnalysis.p95)} ms`, '', '≤ 50 ms']);

console.error('loading the dictionary and the textlint peer…');
const tools = await loadTools();
const peer = await createPeer();

const en2 = texts.find((t) => t.mix === 'en' && t.kb === 2)!;
const noDict = englishWithoutDictionary(en2);
table.row(['English findings without a dictionary (warm)', label(en2), `${ms(noDict.median)} ms`, `${ms(noDict.p95)} ms`, rate(en2, noDict), '≤ 50 ms']);

const analysis: Record<string, Sample> = {};
for (const t of texts.filter((x) => !quick || x.kb === 10)) {
  console.error(`full analysis, floor and peer: ${label(t)}…`);
  const full = fullAnalysis(tools, t);
  // Skipped where it would take minutes (quadratic); reported as not run.
  const stock = stockIsQuadratic(t) ? null : rawTokenize((s) => tools.stock.tokenize(s), t);
  const compact = rawTokenize((s) => tools.tokenizer.tokenize(s), t);
  const lint = await peerLint(peer, t);
  analysis[label(t)] = full;
  json[label(t)] = { full, stock, compact, lint };
  table.row(['full analysis, cold (a new Engine each run)', label(t), `${ms(full.median)} ms`, `${ms(full.p95)} ms`, rate(t, full), '']);
  if (stock) {
    table.row(['  vs stock kuromoji tokenize() of the same text', label(t), `${ms(stock.median)} ms`, `${ms(stock.p95)} ms`,
      `${rate(t, stock)}${stock.runs.length === 1 ? ' (1 run)' : ''}; analysis = ${(stock.median / full.median).toFixed(2)} × kuromoji`, '≥ 1 ×']);
  } else {
    table.row(['  vs stock kuromoji tokenize() of the same text', label(t), 'not run', '',
      'no 、/。 in 50 KB: stock kuromoji is quadratic there (52 s once, quiet machine)', '≥ 1 ×']);
  }
  table.row(['  our compact tokenizer alone', label(t), `${ms(compact.median)} ms`, `${ms(compact.p95)} ms`, rate(t, compact), '']);
  table.row(['  peer: textlint preset-japanese + no-mix', label(t), `${ms(lint.median)} ms`, `${ms(lint.p95)} ms`,
    `${rate(t, lint)}; analysis = ${(lint.median / full.median).toFixed(1)} × peer`, '≥ 10 ×']);
  if (t.kb === 10) {
    const costs = fullAnalysisCosts(tools, t);
    json[`full costs ${label(t)}`] = costs;
    const top = costs.rules.slice(0, 3).map((r) => `${r.id} ${ms(r.msPerAnalysis)}`).join('; ');
    const all = costs.rules.reduce((n, r) => n + r.msPerAnalysis, 0);
    table.row(['  where a full analysis goes (means)', label(t), `${ms(costs.totalMs)} ms`, '',
      `engine incl. tokenizing ${ms(costs.engineMs)} ms; ${costs.rules.length} rules ${ms(all)} ms, most: ${top}`, '']);
  }
}

for (const t of texts.filter((x) => x.kb === 10 || x.kb === 50)) {
  console.error(`random edits: ${label(t)}…`);
  const random = await randomEdits(tools, t);
  json[`random edits ${label(t)}`] = random;
  const editTarget = t.kb === 10 ? 'p95 ≤ 2 ms' : 'p95 ≤ 5 ms';
  table.row(['re-analysis after a one-character edit at a random position', label(t), `${ms(random.median)} ms`, `${ms(random.p95)} ms`,
    `${random.runs.length} edits anywhere in the draft (wall clock)`, editTarget]);
  table.row(cpuRow(random, t, editTarget));
  const paste = await pasteParagraph(tools, t);
  json[`paste ${label(t)}`] = paste;
  table.row(['re-analysis after pasting a paragraph', label(t), `${ms(paste.median)} ms`, `${ms(paste.p95)} ms`, `${paste.runs.length} pastes (wall clock)`, 'p95 ≤ 5 ms']);
  table.row(cpuRow(paste, t, 'p95 ≤ 5 ms'));
}

for (const t of texts.filter((x) => x.kb === 10)) {
  console.error(`re-analysis: ${label(t)}…`);
  const edit = await oneCharEdit(tools, t);
  json[`edit ${label(t)}`] = { edit };
  table.row(['  (typing at one spot in the middle, for comparison)', label(t), `${ms(edit.median)} ms`, `${ms(edit.p95)} ms`, `${edit.runs.length} edits (wall clock)`, '']);
  table.row(cpuRow(edit, t, ''));
  // Where a keystroke's re-analysis goes: the costliest rules (mean per analysis) and the engine around them.
  const costs = reanalysisCosts(tools, t);
  json[`costs ${label(t)}`] = costs;
  const top = costs.rules.slice(0, 3).map((r) => `${r.id} ${ms(r.msPerAnalysis)}`).join('; ');
  table.row(['  where a one-character re-analysis goes (means)', label(t), `${ms(costs.totalMs)} ms`, '',
    `engine ${ms(costs.engineMs)} ms; rules: ${top}`, '']);
}

for (const row of (await import('./pattern-rules')).patternRuleRows()) table.row(row); // admin: custom pattern rules stay linear

// Any text in linear time (issue 15): one pathological line, 10 KB and 100 KB, through the whole engine, each
// in its own capped child process. The 100 KB figure should be about ten times the 10 KB one, never a hundred.
if (!args.includes('--no-long-lines')) {
  console.error('long single lines…');
  const { measureLongLines, formatMs } = await import('./long-lines');
  const cap = 60;
  const rows = measureLongLines([10, 100], cap);
  json.longLines = rows;
  for (const unit of [...new Set(rows.map((r) => r.unit))]) {
    const [small, big] = [10, 100].map((kb) => rows.find((r) => r.unit === unit && r.kb === kb)!);
    table.row([`one line of ${unit}: 10 KB → 100 KB`, 'pathological line', formatMs(big!.ms, cap, big!.failed), '',
      `10 KB ${formatMs(small!.ms, cap, small!.failed)}`, 'linear']);
  }
}

let browser: BrowserFigures | { skipped: string };
if (args.includes('--no-browser')) browser = { skipped: 'not measured: --no-browser' };
else {
  console.error('Chromium…');
  browser = await browserFigures().catch((e: Error) => ({ skipped: `not measured: ${e.message}` }));
}
json.browser = browser;
if ('skipped' in browser) {
  table.row(['in Chromium (extension start → analyzer ready, keystroke handler, pause → highlights)', '', '—', '—', browser.skipped, '']);
} else {
  for (const r of browser.rows) table.row(r);
}

const cpus = os.cpus();
console.log(`# Nemawashi benchmark — ${started.toISOString()}`);
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ` +
  `${os.type()} ${os.release()}, Node ${process.version}; load average at start ${startedLoad}, at end ${load()}`);
console.log(`rules: ${(await import('../src/rules')).RULES.length} registered; cold starts: ${runs} child processes each\n`);
console.log(table.toString());
console.log('\n"met?" judges this run: wall-clock figures on a loaded machine are slower than on a quiet one, ratios within the run are not.');
const jsonFile = opt('--json');
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ started, load: { start: startedLoad, end: load() }, ...json }, null, 2));
