// A driver for `node --cpu-prof`: truly cold full analyses (a new Engine each run) of the 10 KB bench drafts, many
// times over, so that the profile is the full analysis's; with RULES=1 it prints each rule's hooks' mean time.
// Bundle it like cpu-ab.ts. Usage: node --cpu-prof BUNDLE ja|en|mixed [KB] [RUNS]
import { Engine } from '../src/engine/engine';
import type { Rule } from '../src/engine/rule';
import { loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { benchTexts } from './texts';

useNodeEnglishModel();
const mix = process.argv[2] ?? 'ja';
const kb = Number(process.argv[3] ?? 10);
const runs = Number(process.argv[4] ?? 60);
const draftOf = (text: string) => ({ subject: 'お見積りの件 / Quotation', body: text, kind: 'email' as const, context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01' } });
const tokenizer = await loadNodeTokenizer();
const t = benchTexts().find((x) => x.mix === mix && x.kb === kb)!;
const costs = new Map<string, number>();
const timed = <A extends unknown[]>(id: string, fn: (...a: A) => void) => (...a: A) => {
  const s = performance.now();
  try { fn(...a); } finally { costs.set(id, (costs.get(id) ?? 0) + performance.now() - s); }
};
const rules: readonly Rule[] = process.env.RULES ? RULES.map((r) => ({
  ...r,
  ...(r.sentence ? { sentence: timed(r.id, r.sentence.bind(r)) } : {}),
  ...(r.document ? { document: timed(r.id, r.document.bind(r)) } : {}),
})) : RULES;
for (let i = 0; i < 3; i++) new Engine({ rules, tokenizer }).analyze(draftOf(t.text));
costs.clear();
const start = process.cpuUsage();
for (let i = 0; i < runs; i++) new Engine({ rules, tokenizer }).analyze(draftOf(t.text));
const u = process.cpuUsage(start);
console.log(`${mix}${kb} full: ${((u.user + u.system) / 1000 / runs).toFixed(2)} ms per cold analysis (mean CPU)`);
if (process.env.RULES) for (const [id, ms] of [...costs].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${id} ${(ms / runs).toFixed(2)}`);
