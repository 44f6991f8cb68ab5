// The Node half of the benchmark: cold start in child processes, full analysis, re-analysis after edits,
// raw kuromoji (the floor) and textlint (the peer), all on the texts of bench/texts.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ensureBundle } from '../bin/cli-bundle.mjs';
import kuromoji from 'kuromoji';
import { Engine } from '../src/engine/engine';
import { kuromojiDictionaryDir, loadNodeTokenizer } from '../src/engine/node-dictionary';
import type { JapaneseTokenizer } from '../src/engine/tokenizer';
import type { DraftInput } from '../src/engine/types';
import type { Rule } from '../src/engine/rule';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { repeat, repeatAsync, summarize, withCpu, type Sample } from './stats';
import { createPeer } from './textlint-peer';
import { makeParagraph, rng, type BenchText, type Mix } from './texts';

// wink-nlp's English model: the extension's data file, read on the first English parse.
useNodeEnglishModel();

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface ColdStart {
  mode: 'ours' | 'stock' | 'baseline';
  ready: Sample;
  load: Sample;
  firstAnalysis: Sample;
  /** The first analysis of a 10 KB Japanese draft in that fresh process (nothing warm, JIT included; ours only). */
  firstFull: Sample | null;
  rssMB: Sample;
  heapUsedMB: number;
  arrayBuffersMB: number;
}

/**
 * Bundles bench/cold-start.ts for plain `node` (no tsx in the measured process) into node_modules/.cache,
 * where package resolution still finds kuromoji's dictionary.
 */
async function bundleColdStart(): Promise<string> {
  const out = join(ROOT, 'node_modules/.cache/nemawashi-bench/cold-start.mjs');
  mkdirSync(dirname(out), { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'bench/cold-start.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error',
    banner: { js: "import { createRequire as __nwRequire } from 'node:module'; const require = __nwRequire(import.meta.url);" },
  });
  return out;
}

export async function coldStarts(runs: number): Promise<ColdStart[]> {
  const script = await bundleColdStart();
  const out: ColdStart[] = [];
  for (const mode of ['ours', 'stock', 'baseline'] as const) {
    const results = Array.from({ length: runs }, () =>
      JSON.parse(execFileSync(process.execPath, ['--expose-gc', script, mode], { encoding: 'utf8' })) as Record<string, number>,
    );
    const col = (k: string) => results.map((r) => r[k]!);
    out.push({
      mode,
      ready: summarize(col('readyMs')),
      load: summarize(col('loadMs')),
      firstAnalysis: summarize(col('firstAnalysisMs')),
      firstFull: results[0]?.firstFullMs === undefined ? null : summarize(col('firstFullMs')),
      rssMB: summarize(col('rssMB')),
      heapUsedMB: summarize(col('heapUsedMB')).median,
      arrayBuffersMB: summarize(col('arrayBuffersMB')).median,
    });
  }
  return out;
}

export function draftOf(text: string): DraftInput {
  return { subject: 'お見積りの件 / Quotation', body: text, kind: 'email', context: { recipient: 'client', firstContact: false, now: '2025-12-01' } };
}

export interface Tools {
  tokenizer: JapaneseTokenizer;
  stock: { tokenize(text: string): unknown[] };
}

export async function loadTools(): Promise<Tools> {
  const tokenizer = await loadNodeTokenizer();
  const stock = await new Promise<Tools['stock']>((resolve, reject) =>
    kuromoji.builder({ dicPath: kuromojiDictionaryDir() }).build((err, t) => (err ? reject(err) : resolve(t))),
  );
  return { tokenizer, stock };
}

/** Full analysis of a draft nobody has seen: a new Engine (empty caches) each run, the dictionary shared. */
export function fullAnalysis(tools: Tools, t: BenchText): Sample {
  return repeat(() => new Engine({ rules: RULES, tokenizer: tools.tokenizer }).analyze(draftOf(t.text)), {
    warmup: 3, minRuns: t.kb >= 50 ? 5 : 15, budgetMs: 3000,
  });
}

/**
 * Whether stock kuromoji would take minutes on `t`: it is quadratic in the distance between two 、/。, and
 * the 50 KB English draft has none of either (52 s for one tokenize() on a quiet machine, 2026-11-23).
 */
export function stockIsQuadratic(t: BenchText): boolean {
  let run = 0;
  let longest = 0;
  for (const ch of t.text) {
    run = ch === '、' || ch === '。' ? 0 : run + 1;
    if (run > longest) longest = run;
  }
  return longest > 20000;
}

/** Raw tokenize() of the whole text. Stock kuromoji is quadratic between 、/。, so slow cells run once. */
export function rawTokenize(tokenize: (s: string) => unknown, t: BenchText): Sample {
  const first = performance.now();
  tokenize(t.text);
  const once = performance.now() - first;
  if (once > 5000) return summarize([once]);
  return repeat(() => tokenize(t.text), { warmup: 1, minRuns: t.kb >= 50 ? 3 : 10, budgetMs: 3000 });
}

export async function peerLint(peer: Awaited<ReturnType<typeof createPeer>>, t: BenchText): Promise<Sample> {
  return repeatAsync(() => peer.lint(t.text), { warmup: 2, minRuns: t.kb >= 50 ? 3 : 5, budgetMs: 4000 });
}

/** Where to edit: the middle of a line of text near the middle of the draft, never at a line break. */
function middleOf(text: string): number {
  let at = Math.floor(text.length / 2);
  while (at < text.length && (text[at] === '\n' || text[at - 1] === '\n')) at++;
  return at;
}

/** What is typed in the middle, sentence ends included, so that the edited sentence stays a normal length. */
const TYPED: Record<Mix, string> = {
  ja: '先日はありがとうございました。引き続きよろしくお願いいたします。',
  en: 'Thank you for your patience. We will follow up shortly. ',
  mixed: 'ありがとうございます。Thank you for your patience. ',
};

/**
 * Re-analysis while typing: the engine has analysed the draft; each run types one more character in the
 * middle (so the edited sentence is always new to the caches) and analyses the whole draft again.
 */
export function oneCharEdit(tools: Tools, t: BenchText): Promise<Sample> {
  const engine = new Engine({ rules: RULES, tokenizer: tools.tokenizer });
  engine.analyze(draftOf(t.text));
  const at = middleOf(t.text);
  const chars = TYPED[t.mix];
  let typed = '';
  return withCpu(repeat(
    () => {
      typed += chars[typed.length % chars.length];
      engine.analyze(draftOf(t.text.slice(0, at) + typed + t.text.slice(at)));
    },
    { warmup: 5, minRuns: 200, maxRuns: 400, budgetMs: 3000, cpu: true },
  ));
}

/** Characters a typo or an insertion might add, per mix. */
const KEYS: Record<Mix, string> = {
  ja: 'あいうえおかきくけこのをにはがでした会社様弊御。、',
  en: 'etaoinshrdlu ,.',
  mixed: 'etaoinsあいうえおのをに会社 。,',
};

/**
 * Re-analysis while editing anywhere: the engine has analysed the draft; each run inserts one character at a
 * random position (seeded; never inside a surrogate pair) of the current text, so that the edited sentence
 * is new to the caches and edits land in every part of the draft, then analyses the whole draft again. The
 * sample carries each edit's CPU and the GC pauses inside edits beside the clock (Sample.cpu).
 */
export function randomEdits(tools: Tools, t: BenchText, seed = 42): Promise<Sample> {
  const engine = new Engine({ rules: RULES, tokenizer: tools.tokenizer });
  let text = t.text;
  engine.analyze(draftOf(text));
  const r = rng(seed);
  const keys = KEYS[t.mix];
  return withCpu(repeat(
    () => {
      let at = Math.floor(r() * (text.length + 1));
      const c = text.charCodeAt(at);
      if (c >= 0xdc00 && c <= 0xdfff) at++;
      text = text.slice(0, at) + keys[Math.floor(r() * keys.length)] + text.slice(at);
      engine.analyze(draftOf(text));
    },
    { warmup: 5, minRuns: t.kb >= 50 ? 100 : 200, maxRuns: 400, budgetMs: 4000, cpu: true },
  ));
}

/**
 * The CLI as a user runs it (`bin/nemawashi.mjs check FILE`): peak resident memory and wall time from
 * /usr/bin/time, or null where that tool is missing. `bundled` is the usual run, from the prebuilt bundle
 * (bin/cli-bundle.mjs; built first, so the build is not counted); `tsx` the same run from the sources through
 * tsx (NEMAWASHI_CLI_TSX=1), as every run was before the bundle and as the fallback still is.
 */
export async function cliPeakMemory(file: string): Promise<{ peakMB: number; seconds: number; tsxPeakMB: number; tsxSeconds: number } | null> {
  await ensureBundle();
  const run = (env: NodeJS.ProcessEnv) => {
    const r = spawnSync('/usr/bin/time', ['-f', 'NWTIME %M %e', process.execPath, join(ROOT, 'bin/nemawashi.mjs'), 'check', file], { encoding: 'utf8', env: { ...process.env, ...env } });
    const m = String(r.stderr ?? '').match(/NWTIME (\d+) ([\d.]+)/);
    return m ? { peakMB: Math.round(Number(m[1]) / 1024), seconds: Number(m[2]) } : null;
  };
  const bundled = run({});
  const tsx = run({ NEMAWASHI_CLI_TSX: '1' });
  return bundled && tsx ? { ...bundled, tsxPeakMB: tsx.peakMB, tsxSeconds: tsx.seconds } : null;
}

/** Re-analysis after pasting a new paragraph (3–4 sentences never seen before) at a line break near the middle. */
export function pasteParagraph(tools: Tools, t: BenchText): Promise<Sample> {
  const engine = new Engine({ rules: RULES, tokenizer: tools.tokenizer });
  engine.analyze(draftOf(t.text));
  const line = t.text.indexOf('\n', Math.floor(t.text.length / 2)) + 1;
  const used = new Set(t.text.split(/(?<=[。.])\s*/));
  return withCpu(repeat(
    (i) => engine.analyze(draftOf(t.text.slice(0, line) + makeParagraph(t.mix, 1000 + i, used) + '\n' + t.text.slice(line))),
    { warmup: 3, minRuns: 30, maxRuns: 200, budgetMs: 3000, cpu: true },
  ));
}

/** English findings with no dictionary at all: the first analysis of a fresh engine without kuromoji. */
export function englishWithoutDictionary(t: BenchText): Sample {
  return repeat(() => new Engine({ rules: RULES, tokenizer: null }).analyze(draftOf(t.text)), { warmup: 0, minRuns: 20, budgetMs: 1500 });
}

/** A copy of the rules whose hooks add their time to `costs` (by rule id). */
function instrument(costs: Map<string, number>): Rule[] {
  const timed = <A extends unknown[]>(id: string, fn: (...a: A) => void) => (...a: A) => {
    const t = performance.now();
    try {
      fn(...a);
    } finally {
      costs.set(id, (costs.get(id) ?? 0) + performance.now() - t);
    }
  };
  return RULES.map((r) => ({
    ...r,
    ...(r.sentence ? { sentence: timed(r.id, r.sentence.bind(r)) } : {}),
    ...(r.document ? { document: timed(r.id, r.document.bind(r)) } : {}),
  }));
}

export interface RuleCost {
  id: string;
  msPerAnalysis: number;
}

/** Where the time of a one-character re-analysis goes: each rule's hooks, and the engine itself (the rest). */
export function reanalysisCosts(tools: Tools, t: BenchText, edits = 150): { rules: RuleCost[]; engineMs: number; totalMs: number } {
  const costs = new Map<string, number>();
  const engine = new Engine({ rules: instrument(costs), tokenizer: tools.tokenizer });
  engine.analyze(draftOf(t.text));
  costs.clear();
  const at = middleOf(t.text);
  const chars = TYPED[t.mix];
  let typed = '';
  const started = performance.now();
  for (let i = 0; i < edits; i++) {
    typed += chars[typed.length % chars.length];
    engine.analyze(draftOf(t.text.slice(0, at) + typed + t.text.slice(at)));
  }
  const totalMs = (performance.now() - started) / edits;
  const rules = [...costs].map(([id, ms]) => ({ id, msPerAnalysis: ms / edits })).sort((a, b) => b.msPerAnalysis - a.msPerAnalysis);
  return { rules, engineMs: totalMs - rules.reduce((n, r) => n + r.msPerAnalysis, 0), totalMs };
}

/** Where a full analysis goes: each rule's hooks (mean per analysis) and the engine itself (the rest). */
export function fullAnalysisCosts(tools: Tools, t: BenchText, runs = 20): { rules: RuleCost[]; engineMs: number; totalMs: number } {
  const costs = new Map<string, number>();
  const rules = instrument(costs);
  for (let i = 0; i < 3; i++) new Engine({ rules, tokenizer: tools.tokenizer }).analyze(draftOf(t.text));
  costs.clear();
  const started = performance.now();
  for (let i = 0; i < runs; i++) new Engine({ rules, tokenizer: tools.tokenizer }).analyze(draftOf(t.text));
  const totalMs = (performance.now() - started) / runs;
  const list = [...costs].map(([id, ms]) => ({ id, msPerAnalysis: ms / runs })).sort((a, b) => b.msPerAnalysis - a.msPerAnalysis);
  return { rules: list, engineMs: totalMs - list.reduce((n, r) => n + r.msPerAnalysis, 0), totalMs };
}
