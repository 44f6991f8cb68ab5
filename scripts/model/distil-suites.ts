// Round 39: the unit suites' drafts as a labelled corpus, labelled by the rules (which the suites hold right), so the
// learned reader sees the house's near misses — a reassurance, a price that falls, the client's own term ending —
// as the clean sentences they are. Input: the drafts the suites gave an Engine (captured by a vitest setup file in
// the experiment's worktree, one JSON line per call: { file, input }). Output: corpus lines with `at` on each label.
//   npx tsx scripts/model/distil-suites.ts OUT CAPTURE.jsonl...   → OUT-train.jsonl and OUT-held.jsonl: the drafts of one
// test file in five (by a hash of its path) are held out, to measure whether the near misses learned carry over.
import { readFileSync, writeFileSync } from 'node:fs';
import { Engine } from '../../src/engine/engine';
import { sharedNodeTokenizer } from '../../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../../src/engine/node-english-model';
import { RULES } from '../../src/rules';
import { repositoryCorpora } from './dump';

const [out, ...captures] = process.argv.slice(2);
if (!out || captures.length === 0) throw new Error('usage: distil-suites.ts OUT.jsonl CAPTURE.jsonl...');
useNodeEnglishModel();
// The rules alone: the learned readers never label their own training data.
const rules = RULES.filter((r) => !r.id.endsWith('.learned'));
const engine = new Engine({ rules, tokenizer: await sharedNodeTokenizer() });
const known = new Set<string>();
for (const f of repositoryCorpora()) for (const l of readFileSync(f, 'utf8').split('\n')) if (l.trim()) known.add(JSON.parse(l).body);

const seen = new Set<string>();
const lines: Record<'train' | 'held', string[]> = { train: [], held: [] };
const held = (file: string) => [...file].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 5 === 0;
let n = 0, skipped = 0;
for (const c of captures) for (const raw of readFileSync(c, 'utf8').split('\n')) {
  if (!raw.trim()) continue;
  let rec: { file: string; input: { body?: unknown; context?: { recipient?: string }; kind?: string } };
  try { rec = JSON.parse(raw); } catch { skipped++; continue; }
  const input = rec.input;
  if (typeof input?.body !== 'string' || input.body.length === 0 || input.body.length > 20000 || known.has(input.body)) { skipped++; continue; }
  const key = JSON.stringify([input.body, input.context?.recipient ?? 'client', input.kind ?? 'email']);
  if (seen.has(key)) continue;
  seen.add(key);
  let findings;
  try { findings = engine.analyze(input as never); } catch { skipped++; continue; }
  const body = input.body;
  const expect = findings.filter((f) => (f.field ?? 'body') === 'body' && f.end > f.start)
    .map((f) => ({ category: f.category, quote: body.slice(f.start, f.end), at: f.start, rule: f.ruleId }));
  const suite = rec.file.replace(/^.*\/tests\//, 'tests/');
  lines[held(suite) ? 'held' : 'train'].push(JSON.stringify({ ...input, id: `suite-${++n}`, suite, expect }));
}
for (const k of ['train', 'held'] as const) writeFileSync(`${out}-${k}.jsonl`, lines[k].join('\n') + '\n');
console.log(`${n} drafts, ${lines.held.length} held out (${skipped} skipped: not a string body, too long, or already in a corpus)`);
