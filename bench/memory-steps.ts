// Where the engine worker's memory goes, step by step, in a fresh Node process (the worker's order): after
// each step a full GC, then heap used, external/array buffers and RSS (MB). Bundle, then run with --expose-gc:
//   npx esbuild bench/memory-steps.ts --bundle --platform=node --format=esm --outfile=/tmp/memory-steps.mjs \
//     --external:kuromoji && node --expose-gc /tmp/memory-steps.mjs [steps] [snapshot-path]
// Steps (comma-separated, default "dict,json,wink,ja,en"): the dictionary's views, the English model's JSON
// handed to the parser, wink-nlp's parser built, a Japanese and an English analysis. With a snapshot path,
// a heap snapshot is written after the last step.
import { readFileSync } from 'node:fs';
import { writeHeapSnapshot } from 'node:v8';
import { createEngine } from '../src/engine';
import { parseEnglishModel } from '../src/engine/analysis/en-model-file';
import { setEnglishModelSource, tokenize as parseEnglish } from '../src/engine/analysis/en-parse';
import { buildTokenizer } from '../src/engine/tokenizer';
import { compactDictionaryPath } from '../src/engine/node-dictionary-file';
import { englishModelPath } from '../src/engine/node-english-model-file';
import { DEFAULT_POLICY } from '../src/policy/schema';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const steps = (process.argv[2] ?? 'dict,json,wink,ja,en').split(',');
const mb = (n: number) => Math.round(n / 1e5) / 10;
function report(step: string): void {
  gc!();
  gc!();
  const m = process.memoryUsage();
  console.log(`${step.padEnd(6)} heap ${mb(m.heapUsed)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)} rss ${mb(m.rss)}`);
}
const engine = createEngine(null);
const draft = { kind: 'email' as const, subject: 'お見積りの件', body: '佐藤様\n\nいつも大変お世話になっております。\n弊社の部長がおっしゃいましたとおり、来月から価格を見直します。', context: { recipient: 'client' as const } };
/** The file as one ArrayBuffer of its own, as a fetch gives it (in a function: nothing else keeps the bytes). */
function fileBuffer(path: string): ArrayBuffer {
  const bytes = readFileSync(path);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
async function loadDictionary(): Promise<void> {
  engine.setTokenizer(await buildTokenizer(async () => fileBuffer(compactDictionaryPath())));
}
function handEnglishModel(): void {
  const data = parseEnglishModel(fileBuffer(englishModelPath()));
  let pending: typeof data | null = data;
  setEnglishModelSource(() => { const once = pending; pending = null; return once; });
}
report('start');
for (const step of steps) {
  if (step === 'dict') await loadDictionary();
  if (step === 'json') handEnglishModel();
  if (step === 'wink') parseEnglish('Thank you.');
  if (step === 'ja') engine.analyzeWithStatus(draft, DEFAULT_POLICY);
  if (step === 'en') engine.analyzeWithStatus({ ...draft, body: 'Dear Mr. Sato,\n\nThank you for your order, we will ship it soon. Unfortunately the price goes up next month.' }, DEFAULT_POLICY);
  report(step);
}
if (process.argv[3]) writeHeapSnapshot(process.argv[3]);
