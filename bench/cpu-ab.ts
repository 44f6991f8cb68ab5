// CPU time (process.cpuUsage) of the engine on the bench texts, for comparing two commits on a loaded machine:
// bundle this file from each commit's sources (git archive COMMIT src bench dictionaries | tar -x -C DIR, then
// esbuild DIR/bench/cpu-ab.ts --bundle --platform=node --format=esm) and run the bundles alternately.
// Usage: node BUNDLE [ja|en|mixed]; FULL_ONLY=1 skips edits and pastes. Prints one JSON line.
import { Engine } from '../src/engine/engine';
import { loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { benchTexts, rng, makeParagraph } from './texts';

// wink-nlp's English model: the extension's data file, read on the first English parse.
useNodeEnglishModel();
const draftOf = (text: string) => ({ subject: 'お見積りの件 / Quotation', body: text, kind: 'email' as const, context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01' } });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const pct = (a: number[], p: number) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]!; };
const tokenizer = await loadNodeTokenizer();
const out: Record<string, string> = {};
const texts = benchTexts();
const only = process.argv[2];
{ // truly cold first analysis
  const t = texts.find((x) => x.mix === 'ja' && x.kb === 10)!;
  const c = cpu(); new Engine({ rules: RULES, tokenizer }).analyze(draftOf(t.text)); out['cold-first ja10'] = (cpu() - c).toFixed(0);
}
for (const t of texts.filter((x) => x.kb === 10 && (!only || x.mix === only))) {
  const full: number[] = [];
  for (let i = 0; i < 20; i++) { const c = cpu(); new Engine({ rules: RULES, tokenizer }).analyze(draftOf(t.text)); full.push(cpu() - c); }
  const tok: number[] = [];
  for (let i = 0; i < 12; i++) { const c = cpu(); tokenizer.tokenize(t.text); tok.push(cpu() - c); }
  out[`full ${t.mix}10`] = `${pct(full.slice(2), 50).toFixed(1)} (tok ${pct(tok.slice(2), 50).toFixed(1)})`;
}
if (!process.env.FULL_ONLY) for (const t of texts.filter((x) => (x.kb === 10 || x.kb === 50) && (!only || x.mix === only))) {
  const e = new Engine({ rules: RULES, tokenizer });
  let text = t.text; e.analyze(draftOf(text));
  const r = rng(42); const keys = t.mix === 'en' ? 'etaoinshrdlu ,.' : 'あいうえおかきくけこのをにはがでした会社様弊御。、';
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    let at = Math.floor(r() * (text.length + 1));
    const c0 = text.charCodeAt(at); if (c0 >= 0xdc00 && c0 <= 0xdfff) at++;
    text = text.slice(0, at) + keys[Math.floor(r() * keys.length)] + text.slice(at);
    const c = cpu(); e.analyze(draftOf(text)); times.push(cpu() - c);
  }
  const w = times.slice(10);
  const line = t.text.indexOf('\n', Math.floor(t.text.length / 2)) + 1;
  const used = new Set(t.text.split(/(?<=[。.])\s*/));
  const pe = new Engine({ rules: RULES, tokenizer }); pe.analyze(draftOf(t.text));
  const pastes: number[] = [];
  for (let i = 0; i < 40; i++) { const d = draftOf(t.text.slice(0, line) + makeParagraph(t.mix, 1000 + i, used) + '\n' + t.text.slice(line)); const c = cpu(); pe.analyze(d); pastes.push(cpu() - c); }
  out[`edit ${t.mix}${t.kb}`] = `p50 ${pct(w, 50).toFixed(2)} p95 ${pct(w, 95).toFixed(2)} | paste p50 ${pct(pastes, 50).toFixed(2)} p95 ${pct(pastes, 95).toFixed(2)}`;
}
console.log(JSON.stringify(out));
