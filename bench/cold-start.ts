// Child process of the benchmark: one cold start, then memory after the analyzer is ready, as JSON on stdout.
// Bundled by bench/node-bench.ts and run with plain `node --expose-gc`, so that neither tsx nor the
// parent's heap is counted. Modes: `ours` (the engine with every shipped rule) and `stock` (kuromoji's own
// builder, as shipped), `baseline` (the engine without a dictionary).
import { performance } from 'node:perf_hooks';
import kuromoji from 'kuromoji';
import { createEngine } from '../src/engine/index';
import { Engine } from '../src/engine/engine';
import { kuromojiDictionaryDir, loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { makeDraft } from './texts';

// wink-nlp's English model: the extension's data file, read on the first English parse.
useNodeEnglishModel();

const SAMPLE = '株式会社ミナト精工\n営業部 佐藤様\n\nいつも大変お世話になっております。\nご依頼いただきましたお見積りを添付のとおりお送りいたします。';

function megabytes(n: number): number {
  return Math.round((n / 1048576) * 10) / 10;
}

async function settledMemory() {
  const gc = (globalThis as { gc?: () => void }).gc;
  // Two collections and a pause: what remains is live data, not garbage from the load.
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((r) => setTimeout(r, 50));
  }
  const m = process.memoryUsage();
  return { rssMB: megabytes(m.rss), heapUsedMB: megabytes(m.heapUsed), arrayBuffersMB: megabytes(m.arrayBuffers), externalMB: megabytes(m.external) };
}

/** Held until the memory is read: an analyzer nobody references would be collected and weigh nothing. */
const keep: unknown[] = [];

async function ours() {
  const loadStart = performance.now();
  const tokenizer = await loadNodeTokenizer();
  const engine = createEngine(tokenizer);
  const readyMs = performance.now();
  engine.analyze({ body: SAMPLE, context: { recipient: 'client', now: '2025-12-01' } });
  const firstAnalysisMs = performance.now() - readyMs;
  keep.push(engine);
  // Truly cold: the first Japanese 10 KB analysis this process ever runs, on an Engine of its own.
  const draft = makeDraft('ja', 10);
  const fullStart = performance.now();
  new Engine({ rules: RULES, tokenizer }).analyze({ subject: 'お見積りの件', body: draft, kind: 'email', context: { recipient: 'client', now: '2025-12-01' } });
  const firstFullMs = performance.now() - fullStart;
  return { readyMs, loadMs: readyMs - loadStart, firstAnalysisMs, firstFullMs };
}

/** The same process with the engine loaded and no dictionary: what the dictionary adds is the difference. */
async function baseline() {
  const engine = createEngine(null);
  const readyMs = performance.now();
  engine.analyze({ body: SAMPLE, context: { recipient: 'client', now: '2025-12-01' } });
  keep.push(engine);
  return { readyMs, loadMs: 0, firstAnalysisMs: performance.now() - readyMs };
}

async function stock() {
  const loadStart = performance.now();
  const tokenizer = await new Promise<{ tokenize(s: string): unknown[] }>((resolve, reject) =>
    kuromoji.builder({ dicPath: kuromojiDictionaryDir() }).build((err, t) => (err ? reject(err) : resolve(t))),
  );
  const readyMs = performance.now();
  tokenizer.tokenize(SAMPLE);
  keep.push(tokenizer);
  return { readyMs, loadMs: readyMs - loadStart, firstAnalysisMs: performance.now() - readyMs };
}

const mode = process.argv[2] ?? 'ours';
const timing = mode === 'stock' ? await stock() : mode === 'baseline' ? await baseline() : await ours();
const memory = await settledMemory();
process.stdout.write(JSON.stringify({ mode, ...timing, ...memory, live: keep.length }) + '\n');
