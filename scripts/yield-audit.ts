// Round 25: what each declared give-way (`yieldsTo`, resolved in src/engine/engine.ts giveWay) costs and saves on the
// development corpora. The engine runs once with every rule's yieldsTo stripped; the give-way is then replayed here,
// and each finding it would drop is sorted by what it would have done on the labels:
//   rescued — it meets a label no kept finding meets (the give-way loses that label),
//   doubled — it meets a label a kept finding meets already (harmless either way),
//   spared  — it meets no label (the give-way spares an unmatched finding).
// A give-way that rescues about as often as it spares is not a precedence but a guess.
//   npx tsx scripts/yield-audit.ts [FILE.jsonl …]   (default: docs/evaluation/**/*.jsonl, tests/corpus/*.jsonl)
import { readFileSync } from 'node:fs';
import { developmentCorpora } from './lib/corpora.mjs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../src/engine/engine';
import { sharedNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import type { Finding } from '../src/engine/types';
import { RULES } from '../src/rules';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');

const files = named.length ? named : developmentCorpora(root);

useNodeEnglishModel();
const yields = new Map(RULES.filter((r) => r.yieldsTo?.length).map((r) => [r.id, r.yieldsTo!]));
const engine = new Engine({ rules: RULES.map((r) => ({ ...r, yieldsTo: undefined })), tokenizer: await sharedNodeTokenizer() });

type Label = { category: string; quote: string };
const overlaps = (a: { start: number; end: number }, s: number, e: number) => a.start < e && a.end > s;
const tally = new Map<string, { rescued: number; doubled: number; spared: number }>();
const rescuedCases: string[] = [];
const sparedCases: string[] = [];

for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { expect: labels, ...draft } = JSON.parse(line) as { expect: Label[]; body: string; id: string };
    const all = engine.analyze(draft as never).filter((f) => f.field === 'body');
    // The give-way as the engine resolves it: dropped when a listed rule reports an overlapping range.
    const dropped = new Map<Finding, string>();
    for (const f of all) {
      const over = yields.get(f.ruleId);
      const by = over && all.find((g) => over.includes(g.ruleId) && overlaps(g, f.start, f.end));
      if (by) dropped.set(f, by.ruleId);
    }
    const kept = all.filter((f) => !dropped.has(f));
    for (const [f, by] of dropped) {
      const key = `${f.ruleId} (${f.category}) → ${by}`;
      const t = tally.get(key) ?? { rescued: 0, doubled: 0, spared: 0 };
      tally.set(key, t);
      const met = labels.filter((l) => {
        const s = draft.body.indexOf(l.quote);
        return s >= 0 && l.category === f.category && overlaps(f, s, s + l.quote.length);
      });
      const where = `${relative(root, file)} ${draft.id} ${key}: «${draft.body.slice(f.start, f.end).replace(/\n/g, '⏎').slice(0, 90)}»`;
      if (met.length === 0) {
        t.spared++;
        sparedCases.push(labels.length ? where : `${where} (clean draft)`);
      }
      else if (met.every((l) => {
        const s = draft.body.indexOf(l.quote);
        return kept.some((g) => g.category === l.category && overlaps(g, s, s + l.quote.length));
      })) t.doubled++;
      else {
        t.rescued++;
        rescuedCases.push(where);
      }
    }
  }
}

console.log('give-way (rule → the rule it yields to)                                   rescued doubled spared');
for (const [k, t] of [...tally].sort((a, b) => b[1].rescued - a[1].rescued || b[1].spared - a[1].spared)) {
  console.log(`${k.padEnd(76)} ${String(t.rescued).padStart(6)} ${String(t.doubled).padStart(7)} ${String(t.spared).padStart(6)}`);
}
if (verbose) {
  console.log(`\nlabels a give-way loses (${rescuedCases.length}):\n  ${rescuedCases.join('\n  ')}`);
  console.log(`\nunmatched findings a give-way spares (${sparedCases.length}):\n  ${sparedCases.sort().join('\n  ')}`);
}
