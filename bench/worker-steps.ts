// What each step of the engine worker's start costs on its thread, in a fresh Node process (the order the
// worker takes them): the dictionary's views, the English model's JSON, wink-nlp's parser, the first
// analysis (cold code) with Japanese. Usage: node (bundled) worker-steps [order], order e.g. "dict,json,ja,wink".
import { readFileSync } from 'node:fs';
import { createEngine } from '../src/engine';
import { parseEnglishModel } from '../src/engine/analysis/en-model-file';
import { setEnglishModelSource, tokenize as parseEnglish } from '../src/engine/analysis/en-parse';
import { buildTokenizer } from '../src/engine/tokenizer';
import { compactDictionaryPath } from '../src/engine/node-dictionary-file';
import { englishModelPath } from '../src/engine/node-english-model-file';
import { DEFAULT_POLICY } from '../src/policy/schema';

const order = (process.argv[2] ?? 'dict,json,wink,ja').split(',');
const engine = createEngine(null);
const draft = { kind: 'email' as const, subject: 'お見積りの件', body: '佐藤様\n\nいつも大変お世話になっております。\n弊社の部長がおっしゃいましたとおり、来月から価格を見直します。', context: { recipient: 'client' as const } };
const out: Record<string, number> = {};
/** CPU time of each step (user + system, ms): the figure to compare two builds by on a loaded machine. */
const cpuOut: Record<string, number> = {};
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const dictBytes = readFileSync(compactDictionaryPath());
const jsonBytes = readFileSync(englishModelPath());
for (const step of order) {
  const t = performance.now();
  const c = cpu();
  if (step === 'dict') engine.setTokenizer(await buildTokenizer(async () => dictBytes.buffer.slice(dictBytes.byteOffset, dictBytes.byteOffset + dictBytes.byteLength)));
  if (step === 'json') {
    const data = parseEnglishModel(jsonBytes);
    let pending: typeof data | null = data;
    setEnglishModelSource(() => { const once = pending; pending = null; return once; });
  }
  if (step === 'wink') parseEnglish('Thank you.');
  if (step === 'warm') engine.analyzeWithStatus(draft, DEFAULT_POLICY);
  if (step === 'ja' || step === 'ja2') {
    const a = engine.analyzeWithStatus(draft, DEFAULT_POLICY);
    if (!a.findings.some((f) => f.ruleId.startsWith('ja.'))) throw new Error('no ja finding');
  }
  if (step === 'en') engine.analyzeWithStatus({ ...draft, body: draft.body + '\nThank you for your order, we will ship it soon.' }, DEFAULT_POLICY);
  out[step] = Math.round(performance.now() - t);
  cpuOut[`${step} cpu`] = Math.round(cpu() - c);
}
console.log(JSON.stringify({ ...out, ...cpuOut }));
