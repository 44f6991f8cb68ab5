import { Engine } from '../src/engine/engine.ts';
import { RULES } from '../src/rules/index.ts';
import { loadTools, draftOf } from './node-bench.ts';
import { benchTexts } from './texts.ts';
const tools = await loadTools();
const costs = new Map<string, number>();
const timed = (id: string, fn: any) => (...a: any[]) => { const t = performance.now(); try { fn(...a); } finally { costs.set(id, (costs.get(id) ?? 0) + performance.now() - t); } };
const rules = RULES.map((r) => ({ ...r, ...(r.sentence ? { sentence: timed(r.id, r.sentence.bind(r)) } : {}), ...(r.document ? { document: timed(r.id, r.document.bind(r)) } : {}) }));
for (const t of benchTexts().filter((x) => (x.kb === 0.5 || x.kb === 10) && x.mix !== 'mixed')) {
  for (let i = 0; i < 5; i++) new Engine({ rules, tokenizer: tools.tokenizer }).analyze(draftOf(t.text));
  costs.clear();
  const N = 20; const t0 = performance.now();
  for (let i = 0; i < N; i++) new Engine({ rules, tokenizer: tools.tokenizer }).analyze(draftOf(t.text));
  const total = (performance.now() - t0) / N;
  const tk0 = performance.now(); for (let i = 0; i < N; i++) tools.tokenizer.tokenize(t.text); const tok = (performance.now() - tk0) / N;
  const sum = [...costs.values()].reduce((a, b) => a + b, 0) / N;
  console.log(t.mix, t.kb, 'total', total.toFixed(2), 'rules', sum.toFixed(2), 'tokenize(all text)', tok.toFixed(2), [...costs].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${(v / N).toFixed(2)}`).join(', '));
}
