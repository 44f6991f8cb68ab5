// What the slowest edits spend their time on: random one-character edits (as bench/edit-step.ts), every rule hook
// timed per edit; prints, for the slowest tenth of edits and for all, the mean ms per hook (rule id and hook),
// and the rest (the engine: parse, tokenize, caches). Run: npx tsx bench/tail-edits.ts ja|en|mixed KB [EDITS] [paste]
import { Engine } from '../src/engine/engine';
import { loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import type { Rule } from '../src/engine/rule';
import { benchTexts, makeParagraph, rng } from './texts';

useNodeEnglishModel();
const [mix = 'ja', kbArg = '10', nArg = '400', mode = 'edit'] = process.argv.slice(2);
const tokenizer = await loadNodeTokenizer();
const draftOf = (text: string) => ({ subject: 'お見積りの件 / Quotation', body: text, kind: 'email' as const, context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01' } });
let costs = new Map<string, number>();
const timed = <A extends unknown[]>(id: string, fn: (...a: A) => void) => (...a: A) => {
  const t = performance.now();
  try { fn(...a); } finally { costs.set(id, (costs.get(id) ?? 0) + performance.now() - t); }
};
const rules = RULES.map((r) => ({
  ...r,
  ...(r.sentence ? { sentence: timed(`${r.id} sentence`, r.sentence.bind(r)) } : {}),
  ...(r.document ? { document: timed(`${r.id} document`, r.document.bind(r)) } : {}),
  ...((r as { line?: unknown }).line ? { line: timed(`${r.id} line`, (r as unknown as { line: (...a: unknown[]) => void }).line.bind(r)) } : {}),
})) as Rule[];
const base = benchTexts().find((x) => x.mix === mix && x.kb === Number(kbArg))!.text;
const e = new Engine({ rules, tokenizer });
e.analyze(draftOf(base));
const r = rng(42);
const keys = mix === 'en' ? 'etaoinshrdlu ,.' : 'あいうえおかきくけこのをにはがでした会社様弊御。、';
const line = base.indexOf('\n', Math.floor(base.length / 2)) + 1;
const used = new Set(base.split(/(?<=[。.])\s*/));
let text = base;
const runs: Array<{ ms: number; costs: Map<string, number> }> = [];
for (let i = 0; i < Number(nArg); i++) {
  let next: string;
  if (mode === 'paste') next = base.slice(0, line) + makeParagraph(mix as 'ja', 1000 + i, used) + '\n' + base.slice(line);
  else {
    const at = Math.floor(r() * text.length);
    text = text.slice(0, at) + keys[Math.floor(r() * keys.length)] + text.slice(at);
    next = text;
  }
  costs = new Map();
  const t = performance.now();
  e.analyze(draftOf(next));
  runs.push({ ms: performance.now() - t, costs });
}
const warm = runs.slice(20).sort((a, b) => a.ms - b.ms);
const tail = warm.slice(Math.floor(warm.length * 0.9));
const summary = (xs: typeof warm) => {
  const m = new Map<string, number>();
  let total = 0;
  for (const x of xs) { total += x.ms; for (const [k, v] of x.costs) m.set(k, (m.get(k) ?? 0) + v); }
  const hooks = [...m.values()].reduce((a, b) => a + b, 0);
  return { total: total / xs.length, rest: (total - hooks) / xs.length, hooks: [...m].map(([k, v]) => [k, v / xs.length] as const).sort((a, b) => b[1] - a[1]) };
};
for (const [name, xs] of [['slowest tenth', tail], ['all', warm]] as const) {
  const s = summary(xs);
  console.log(`${mix} ${kbArg} KB ${mode}, ${name} (${xs.length}): mean ${s.total.toFixed(2)} ms, engine rest ${s.rest.toFixed(2)} ms`);
  for (const [k, v] of s.hooks.slice(0, 18)) console.log(`  ${v.toFixed(3)}  ${k}`);
}
