// One build's side of bench/edit-ab-run.mjs: bundle this file from each commit's sources (as cpu-ab.ts) and the
// runner imports both bundles into ONE process and alternates them, so that the load of a shared machine falls
// on both alike. Exports `edits(mix, kb, n)`: a new Engine analyses the bench draft, then `n` one-character
// edits at seeded random positions (the same sequence for every build), each timed in CPU (process.cpuUsage),
// and the bytes allocated per edit (heap growth over a stretch of edits with no GC in it: run with --expose-gc
// and a young generation big enough, e.g. --max-semi-space-size=128).
import { Engine } from '../src/engine/engine';
import { loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { benchTexts, makeParagraph, rng } from './texts';

useNodeEnglishModel();
const tokenizer = await loadNodeTokenizer();
const draftOf = (text: string) => ({ subject: 'お見積りの件 / Quotation', body: text, kind: 'email' as const, context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01' } });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const texts = benchTexts();

export interface EditRun { cpu: number[]; allocPerEdit: number; gcs: number }

export function edits(mix: 'ja' | 'en' | 'mixed', kb: number, n: number, seed = 42): EditRun {
  const t = texts.find((x) => x.mix === mix && x.kb === kb)!;
  const e = new Engine({ rules: RULES, tokenizer });
  let text = t.text;
  e.analyze(draftOf(text));
  const r = rng(seed);
  const keys = mix === 'en' ? 'etaoinshrdlu ,.' : 'あいうえおかきくけこのをにはがでした会社様弊御。、';
  const next = () => {
    let at = Math.floor(r() * (text.length + 1));
    const c0 = text.charCodeAt(at); if (c0 >= 0xdc00 && c0 <= 0xdfff) at++;
    text = text.slice(0, at) + keys[Math.floor(r() * keys.length)] + text.slice(at);
    return draftOf(text);
  };
  for (let i = 0; i < 10; i++) e.analyze(next());
  const times: number[] = [];
  for (let i = 0; i < n; i++) { const d = next(); const c = cpu(); e.analyze(d); times.push(cpu() - c); }
  // Allocation: heap growth over 40 edits after a full GC (drafts made beforehand, outside the measure).
  const gc = (globalThis as { gc?: () => void }).gc;
  let allocPerEdit = NaN;
  let gcs = 0;
  if (gc) {
    const drafts = Array.from({ length: 40 }, next);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (const d of drafts) e.analyze(d);
    const after = process.memoryUsage().heapUsed;
    allocPerEdit = (after - before) / drafts.length;
    // A scavenge in the stretch would hide what it freed: the heap then shrinks, or grows by less than it should.
    if (after < before) gcs = 1;
  }
  return { cpu: times, allocPerEdit, gcs };
}

/** CPU of `n` tokenize() calls of the whole draft, and of `n` full analyses by a new Engine each (truly cold caches). */
export function whole(mix: 'ja' | 'en' | 'mixed', kb: number, n: number): { tokenize: number[]; full: number[] } {
  const t = texts.find((x) => x.mix === mix && x.kb === kb)!;
  const tokenize: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < n; i++) { const c = cpu(); tokenizer.tokenize(t.text, 0); tokenize.push(cpu() - c); }
  for (let i = 0; i < n; i++) { const c = cpu(); new Engine({ rules: RULES, tokenizer }).analyze(draftOf(t.text)); full.push(cpu() - c); }
  return { tokenize, full };
}

/**
 * Pasting a paragraph, as `npm run bench` does (bench/node-bench.ts pasteParagraph): an Engine that has analysed
 * the draft; each run inserts a paragraph never seen before at the line break nearest the middle, and analyses.
 */
export function pastes(mix: 'ja' | 'en' | 'mixed', kb: number, n: number): EditRun {
  const t = texts.find((x) => x.mix === mix && x.kb === kb)!;
  const e = new Engine({ rules: RULES, tokenizer });
  e.analyze(draftOf(t.text));
  const line = t.text.indexOf('\n', Math.floor(t.text.length / 2)) + 1;
  const used = new Set(t.text.split(/(?<=[。.])\s*/));
  const at = (i: number) => draftOf(t.text.slice(0, line) + makeParagraph(mix, 1000 + i, used) + '\n' + t.text.slice(line));
  for (let i = 0; i < 3; i++) e.analyze(at(i));
  const times: number[] = [];
  for (let i = 3; i < n + 3; i++) { const d = at(i); const c = cpu(); e.analyze(d); times.push(cpu() - c); }
  return { cpu: times, allocPerEdit: NaN, gcs: 0 };
}
