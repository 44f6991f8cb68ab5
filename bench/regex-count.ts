// Counts the regular expressions one truly cold full analysis runs (a new Engine, the draft's caches empty): every
// RegExp.prototype.exec call (test, match, replace, split and matchAll all go through it) and the distinct RegExp
// objects it ran on, per pattern source; prints the total and the patterns with the most runs / objects.
// Bundle it like cpu-ab.ts. Usage: node BUNDLE ja|en|mixed [KB] [TOP]
import { Engine } from '../src/engine/engine';
import { loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { benchTexts } from './texts';

useNodeEnglishModel();
const mix = process.argv[2] ?? 'en';
const kb = Number(process.argv[3] ?? 10);
const top = Number(process.argv[4] ?? 30);
const draftOf = (text: string) => ({ subject: 'お見積りの件 / Quotation', body: text, kind: 'email' as const, context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01' } });
const tokenizer = await loadNodeTokenizer();
const t = benchTexts().find((x) => x.mix === mix && x.kb === kb)!;
for (let i = 0; i < 2; i++) new Engine({ rules: RULES, tokenizer }).analyze(draftOf(t.text));
const runs = new Map<string, number>();
const objects = new Map<string, number>();
const seen = new WeakSet<RegExp>();
const where = new Map<string, Set<string>>();
// The caller of the first few objects of each pattern (run with --enable-source-maps on a bundle with --sourcemap).
const callerOf = () => (new Error().stack ?? '').split('\n').slice(3).find((l) => !l.includes('regex-count') && !l.includes('<anonymous>') && !l.includes('String.') && !l.includes('RegExp.') && !l.includes('Symbol.'))?.trim().split('/src/').pop() ?? '?';
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (this: RegExp, s: string) {
  const k = `/${this.source}/${this.flags}`;
  runs.set(k, (runs.get(k) ?? 0) + 1);
  if (!seen.has(this)) {
    seen.add(this); objects.set(k, (objects.get(k) ?? 0) + 1);
    const w = where.get(k) ?? new Set(); where.set(k, w);
    if (w.size < 3 && objects.get(k)! < 50) w.add(callerOf());
  }
  return exec.call(this, s);
};
new Engine({ rules: RULES, tokenizer }).analyze(draftOf(t.text));
RegExp.prototype.exec = exec;
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
console.log(`${mix}${kb}: ${sum(objects)} RegExp objects run, ${sum(runs)} runs, ${runs.size} patterns`);
const cut = (k: string) => (k.length > 110 ? k.slice(0, 107) + '…' : k);
console.log('-- most objects'); for (const [k, n] of [...objects].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(n).padStart(7)} obj ${String(runs.get(k)).padStart(7)} runs  ${cut(k)}\n          ${[...where.get(k) ?? []].join(' | ')}`);
console.log('-- most runs'); for (const [k, n] of [...runs].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(n).padStart(7)} runs ${String(objects.get(k)).padStart(6)} obj  ${cut(k)}\n          ${[...where.get(k) ?? []].join(' | ')}`);
