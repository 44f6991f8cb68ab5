// A driver for `node --cpu-prof`: random one-character edits to the 10 KB bench draft, as bench/cpu-ab.ts makes
// them, many times over, so that the profile is the keystroke's. Bundle it like cpu-ab.ts.
// Usage: node --cpu-prof BUNDLE ja|en|mixed [KB] [EDITS]  (PASTE=1: pasted paragraphs; TOGGLE=1: see below)
import { Engine } from '../src/engine/engine';
import { loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { benchTexts, makeParagraph, rng } from './texts';

useNodeEnglishModel();
const mix = process.argv[2] ?? 'ja';
const kb = Number(process.argv[3] ?? 10);
const edits = Number(process.argv[4] ?? 1500);
const draftOf = (text: string) => ({ subject: 'お見積りの件 / Quotation', body: text, kind: 'email' as const, context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01' } });
const tokenizer = await loadNodeTokenizer();
const t = benchTexts().find((x) => x.mix === mix && x.kb === kb)!;
const e = new Engine({ rules: RULES, tokenizer });
let text = t.text;
e.analyze(draftOf(text));
const r = rng(42);
const keys = mix === 'en' ? 'etaoinshrdlu ,.' : 'あいうえおかきくけこのをにはがでした会社様弊御。、';
// PASTE=1: a paragraph never seen before pasted at the line break nearest the middle, `edits` times (as the bench).
if (process.env.PASTE) {
  const line = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
  const used = new Set(text.split(/(?<=[。.])\s*/));
  const pasted = (i: number) => draftOf(text.slice(0, line) + makeParagraph(mix as 'ja' | 'en' | 'mixed', 1000 + i, used) + '\n' + text.slice(line));
  console.error(`loop starts at ${performance.now().toFixed(0)} ms`);
  const start = process.cpuUsage();
  for (let i = 0; i < edits; i++) e.analyze(pasted(i));
  const u = process.cpuUsage(start);
  console.log(`${mix}${kb} paste: ${((u.user + u.system) / 1000 / edits).toFixed(3)} ms per paste (mean CPU)`);
  process.exit(0);
}
// TOGGLE=1: the draft alternates between itself and itself with one character at one of 40 fixed places; once
// each has been seen every sentence is in the caches, so what is left is the work in proportion to the draft.
if (process.env.TOGGLE) {
  const places = Array.from({ length: 40 }, () => Math.floor(r() * text.length));
  const variants = places.map((at) => text.slice(0, at) + keys[0] + text.slice(at));
  for (const v of variants) { e.analyze(draftOf(v)); e.analyze(draftOf(text)); }
  console.error(`loop starts at ${performance.now().toFixed(0)} ms`);
  const start = process.cpuUsage();
  for (let i = 0; i < edits; i++) e.analyze(draftOf(i % 2 ? text : variants[Math.floor(r() * variants.length)]!));
  const u = process.cpuUsage(start);
  console.log(`${mix}${kb} toggle: ${((u.user + u.system) / 1000 / edits).toFixed(3)} ms per analysis (mean CPU)`);
  process.exit(0);
}
console.error(`loop starts at ${performance.now().toFixed(0)} ms`);
const start = process.cpuUsage();
for (let i = 0; i < edits; i++) {
  let at = Math.floor(r() * (text.length + 1));
  const c0 = text.charCodeAt(at); if (c0 >= 0xdc00 && c0 <= 0xdfff) at++;
  text = text.slice(0, at) + keys[Math.floor(r() * keys.length)] + text.slice(at);
  e.analyze(draftOf(text));
}
const u = process.cpuUsage(start);
console.log(`${mix}${kb}: ${((u.user + u.system) / 1000 / edits).toFixed(3)} ms per edit (mean CPU)`);
