import { Engine } from '../src/engine/engine.ts';
import { loadNodeTokenizer } from '../src/engine/node-dictionary.ts';
import { draftOf } from './node-bench.ts';
import { benchTexts } from './texts.ts';
const tokenizer = await loadNodeTokenizer();
const t = benchTexts().find((x) => x.mix === 'ja' && x.kb === 10)!;
const engine = new Engine({ rules: [], tokenizer });
engine.analyze(draftOf(t.text));
const at = Math.floor(t.text.length / 2); let typed = '';
const t0 = performance.now();
for (let i = 0; i < 3000; i++) { typed += 'あいう。'[typed.length % 4]; if (typed.length > 40) typed = ''; engine.analyze(draftOf(t.text.slice(0, at) + typed + t.text.slice(at))); }
console.log('mean', ((performance.now() - t0) / 3000).toFixed(3));
