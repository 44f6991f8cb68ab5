#!/usr/bin/env node
// Round 25: which labels does the engine miss although it flags the very sentence under ANOTHER category, and
// which does it miss while a finding of the right category sits elsewhere in the same draft (a hand-over that
// fired on the wrong sentence)? Runs `node bin/nemawashi.mjs check --jsonl` once over every development corpus
// (docs/evaluation/**/*.jsonl, tests/corpus/*.jsonl) and prints counts per pair, then each case.
//   node scripts/category-confusions.mjs [--quiet] [--save OUT.json] [FILE.jsonl …]
// --save writes every draft's findings (key "corpus-path#id") to compare two versions of the engine.
// A label is met as the scorer meets it (../shared/spec/findings.md): a body finding of its category overlapping
// the quote's first occurrence.
import { readFileSync, writeFileSync } from 'node:fs';
import { developmentCorpora } from './lib/corpora.mjs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const saveAt = args.indexOf('--save');
const savePath = saveAt >= 0 ? args[saveAt + 1] : undefined;
const named = args.filter((a, i) => !a.startsWith('--') && (saveAt < 0 || i !== saveAt + 1));

const files = named.length ? named : developmentCorpora(root);

// One run over all drafts (the dictionary loads once); ids are made unique by the corpus's path.
const cases = [];
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line);
    cases.push({ ...c, file: relative(root, file), key: `${relative(root, file)}#${c.id}` });
  }
}
const input = cases.map(({ expect, file, key, ...draft }) => JSON.stringify({ ...draft, id: key })).join('\n') + '\n';
const run = spawnSync('node', [join(root, 'bin/nemawashi.mjs'), 'check', '--jsonl', '-'], {
  cwd: root, input, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024,
});
if (run.status !== 0) {
  console.error(`nemawashi failed (exit ${run.status}): ${(run.stderr || '').slice(-2000)}`);
  process.exit(1);
}
const findingsOf = new Map();
for (const line of run.stdout.split('\n')) if (line.trim()) {
  const o = JSON.parse(line);
  findingsOf.set(o.id, o.findings);
}

if (savePath) writeFileSync(savePath, JSON.stringify(Object.fromEntries(findingsOf)));

const overlaps = (f, s, e) => f.start < e && f.end > s;
const pairs = new Map(); // "label category → finding rule" → count
const elsewhere = new Map(); // "label category → same-category rule elsewhere" → count
const lines = { other: [], elsewhere: [], silent: [] };
let labels = 0, missed = 0;
const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

for (const c of cases) {
  const body = (findingsOf.get(c.key) ?? []).filter((f) => (f.field ?? 'body') === 'body');
  for (const label of c.expect ?? []) {
    labels++;
    const s = c.body.indexOf(label.quote);
    const e = s + label.quote.length;
    if (s >= 0 && body.some((f) => f.category === label.category && overlaps(f, s, e))) continue;
    missed++;
    const where = `${c.file} ${c.id} ${label.category}: «${label.quote.replace(/\n/g, '⏎').slice(0, 110)}»`;
    const others = s < 0 ? [] : body.filter((f) => f.category !== label.category && overlaps(f, s, e));
    const same = body.filter((f) => f.category === label.category);
    for (const rule of new Set(others.map((f) => f.ruleId))) bump(pairs, `${label.category} → ${rule}`);
    for (const rule of new Set(same.map((f) => f.ruleId))) bump(elsewhere, `${label.category} → ${rule}`);
    const quoteOf = (f) => `${f.ruleId} «${c.body.slice(f.start, f.end).replace(/\n/g, '⏎').slice(0, 70)}»`;
    if (others.length) lines.other.push(`${where}\n      flagged as: ${[...new Set(others.map(quoteOf))].join('; ')}`);
    if (same.length) lines.elsewhere.push(`${where}\n      same category elsewhere: ${[...new Set(same.map(quoteOf))].join('; ')}`);
    if (!others.length && !same.length) lines.silent.push(where);
  }
}

const table = (title, map) => {
  console.log(`\n${title}`);
  const rows = [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!rows.length) console.log('  (none)');
  for (const [k, n] of rows) console.log(`  ${String(n).padStart(3)}  ${k}`);
};
console.log(`${files.length} corpora, ${cases.length} drafts, ${labels} labels, ${missed} missed: ` +
  `${lines.other.length} flagged under another category, ${lines.elsewhere.length} with the category elsewhere in the draft, ` +
  `${lines.silent.length} silent`);
table('missed label → finding of another category on its quote (label category → rule):', pairs);
table('missed label → same-category finding on another sentence of the draft (label category → rule):', elsewhere);
if (!quiet) {
  console.log(`\nflagged under another category (${lines.other.length}):\n  ${lines.other.join('\n  ')}`);
  console.log(`\nsame category elsewhere (${lines.elsewhere.length}):\n  ${lines.elsewhere.join('\n  ')}`);
}
