// Offline: labelled corpora sentence by sentence, as the engine splits and tokenizes them, with each sentence's
// features (features.ts) and the categories whose labelled quotes overlap it: what experiment.ts learns from and
// measures on.
// Usage: npx tsx scripts/model/dump.ts OUT.jsonl [FILE...]   (default: every corpus in the repository)
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Engine } from '../../src/engine/engine';
import { defineRule } from '../../src/engine/rule';
import { sharedNodeTokenizer } from '../../src/engine/node-dictionary';
import { sentenceFeatures } from './features';
import type { Sentence } from '../../src/engine/types';

interface Labelled { id: string; body: string; context?: { recipient?: string }; kind?: string; expect: { category: string; quote: string; at?: number }[] }
export interface SentenceRecord { start: number; end: number; lang: string; f: string[]; y: string[] }
export interface DraftRecord { file: string; id: string; recipient: string; kind: string; clean: boolean; expect: Labelled['expect']; sentences: SentenceRecord[] }

/** The repository's labelled corpora: docs/evaluation and tests/corpus, sorted (the order training reads them). */
export function repositoryCorpora(): string[] {
  return execFileSync('sh', ['-c', "find docs/evaluation tests/corpus -name '*.jsonl' | LC_ALL=C sort"], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** Every draft of `files`, split into the engine's sentences (its own text only, quoted history left out). */
export async function sentenceRecords(files: readonly string[]): Promise<DraftRecord[]> {
  let seen: Sentence[] = [];
  const probe = defineRule({
    id: 'any.register.model-probe',
    lang: 'any',
    category: 'register',
    severity: 'info',
    audience: ['client', 'prospect', 'internal'],
    title: { en: 'probe', ja: 'probe' },
    rationale: { en: 'probe', ja: 'probe' },
    examples: { valid: [], invalid: [] },
    sentence(s) {
      seen.push(s);
    },
  });
  // trace: every sentence runs the probe afresh (no memo of an earlier draft's identical sentence).
  const engine = new Engine({ rules: [probe], tokenizer: await sharedNodeTokenizer(), trace: true });
  const out: DraftRecord[] = [];
  for (const file of files) {
    for (const raw of readFileSync(file, 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const { expect, ...draft } = JSON.parse(raw) as Labelled;
      seen = [];
      engine.analyze(draft as never);
      const spans = expect.map((e) => { const at = e.at ?? draft.body.indexOf(e.quote); return { c: e.category, s: at, e: at + e.quote.length }; }).filter((x) => x.s >= 0);
      out.push({
        file, id: String(draft.id), recipient: draft.context?.recipient ?? 'client', kind: draft.kind ?? 'email', clean: expect.length === 0, expect,
        sentences: seen.map((s) => ({ start: s.start, end: s.end, lang: s.lang, f: sentenceFeatures(s), y: [...new Set(spans.filter((x) => x.s < s.end && x.e > s.start).map((x) => x.c))] })),
      });
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, ...given] = process.argv.slice(2);
  if (!out) throw new Error('usage: dump.ts OUT.jsonl [FILE...]');
  const records = await sentenceRecords(given.length > 0 ? given : repositoryCorpora());
  writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`${records.length} drafts`);
}
