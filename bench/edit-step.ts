// One build's side of bench/edit-pairs.mjs: bundle this file from each commit's sources (as bench/cpu-ab.ts
// says) and the runner imports both bundles into one process. `stepper` gives a function that makes the next
// edit of a seeded sequence (the same for every build) and returns its CPU time in ms: one-character edits
// at random positions, pasted paragraphs (as `npm run bench`), or TOGGLE (the draft and a one-character
// variant at one of 40 places in turn, so that every sentence is cached: the work in proportion to the draft),
// or FULL (a truly cold full analysis of the draft: a new Engine each step, its caches empty).
import { Engine } from '../src/engine/engine';
import { loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { benchTexts, makeParagraph, rng } from './texts';

useNodeEnglishModel();
const tokenizer = await loadNodeTokenizer();
const draftOf = (text: string) => ({ subject: 'お見積りの件 / Quotation', body: text, kind: 'email' as const, context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01' } });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

export type StepMode = 'edit' | 'paste' | 'toggle' | 'full';

export function stepper(mix: 'ja' | 'en' | 'mixed', kb: number, mode: StepMode): () => number {
  const base = benchTexts().find((x) => x.mix === mix && x.kb === kb)!.text;
  const engine = new Engine({ rules: RULES, tokenizer });
  engine.analyze(draftOf(base));
  const r = rng(42);
  const keys = mix === 'en' ? 'etaoinshrdlu ,.' : 'あいうえおかきくけこのをにはがでした会社様弊御。、';
  const line = base.indexOf('\n', Math.floor(base.length / 2)) + 1;
  const used = new Set(base.split(/(?<=[。.])\s*/));
  const places = Array.from({ length: 40 }, () => Math.floor(r() * base.length));
  let text = base;
  let i = 0;
  return () => {
    i++;
    let next: string;
    if (mode === 'toggle') next = i % 2 ? base.slice(0, places[i % 40]) + keys[0] + base.slice(places[i % 40]) : base;
    else if (mode === 'paste') next = base.slice(0, line) + makeParagraph(mix, 1000 + i, used) + '\n' + base.slice(line);
    else {
      const at = Math.floor(r() * text.length);
      text = text.slice(0, at) + keys[Math.floor(r() * keys.length)] + text.slice(at);
      next = text;
    }
    const c = cpu();
    if (mode === 'full') new Engine({ rules: RULES, tokenizer }).analyze(draftOf(base));
    else engine.analyze(draftOf(next));
    return cpu() - c;
  };
}
