#!/usr/bin/env node
// The guard ledger (round 25): which guards stop candidates inside labelled quotes (likely wrong: a miss) as often as
// in clean drafts (right). Runs every corpus under docs/evaluation/**.jsonl and tests/corpus/*.jsonl through
// `bin/nemawashi.mjs check --jsonl - --trace` (one process), and prints per rule × guard how many suppressed candidates
//   wrong     — overlap a labelled quote of the rule's category that no finding of that category hits (a miss),
//   hit       — overlap a labelled quote of the category that is hit anyway (another finding took it),
//   right     — lie in a clean draft (no labels at all),
//   elsewhere — lie elsewhere in a labelled draft,
// sorted by wrong. Usage (from the project root):
//   node scripts/guard-ledger.mjs [--top N] [--only SUBSTRING] [--examples RULE-SUBSTRING:GUARD] [--save FILE] [--load FILE]
// --examples prints the sentences of that guard's wrong and right suppressions; --save/--load keep the CLI's output
// (it takes minutes) so that several questions can be asked of one run.
import { readFileSync, writeFileSync } from 'node:fs';
import { developmentCorpora } from './lib/corpora.mjs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const top = Number(opt('--top') ?? 40);
const only = opt('--only');
const examples = opt('--examples');

const files = developmentCorpora('.').filter((f) => !only || f.includes(only));
const cases = new Map();
const input = [];
files.forEach((file, fi) => {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { expect = [], ...draft } = JSON.parse(line);
    const id = `${fi}\t${draft.id}`;
    cases.set(id, { file, draft, expect });
    input.push(JSON.stringify({ ...draft, id }));
  }
});

let output;
if (opt('--load')) output = readFileSync(opt('--load'), 'utf8');
else {
  const run = spawnSync('node', ['bin/nemawashi.mjs', 'check', '--jsonl', '-', '--trace'], {
    input: input.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024,
  });
  if (run.status !== 0) {
    console.error(run.stderr.slice(-2000));
    process.exit(1);
  }
  output = run.stdout;
  if (opt('--save')) writeFileSync(opt('--save'), output);
}

const rows = new Map();
const shown = [];
for (const line of output.split('\n')) {
  if (!line.trim()) continue;
  const { id, findings, suppressed = [] } = JSON.parse(line);
  const c = cases.get(id);
  if (!c) continue;
  const body = c.draft.body ?? '';
  const quotes = c.expect.map((e) => {
    const s = body.indexOf(e.quote);
    return { category: e.category, s, e: s + e.quote.length, quote: e.quote };
  });
  const seen = new Set();
  for (const x of suppressed) {
    const key = `${x.ruleId}|${x.guard}|${x.field}|${x.start}|${x.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const category = x.ruleId.split('.')[1];
    let kind = 'elsewhere';
    const inside = x.field === 'body' ? quotes.filter((q) => q.category === category && q.s >= 0 && x.start < q.e && x.end > q.s) : [];
    if (c.expect.length === 0) kind = 'right';
    else if (inside.length) {
      const hit = inside.every((q) => findings.some((f) => (f.field ?? 'body') === 'body' && f.category === category && f.start < q.e && f.end > q.s));
      kind = hit ? 'hit' : 'wrong';
    }
    const name = `${x.ruleId} ${x.guard}`;
    const row = rows.get(name) ?? { name, wrong: 0, hit: 0, right: 0, elsewhere: 0 };
    row[kind]++;
    rows.set(name, row);
    if (examples) {
      const [rule, guard] = examples.split(':');
      if (x.ruleId.includes(rule) && x.guard === guard && (kind === 'wrong' || kind === 'right')) {
        const text = x.field === 'subject' ? c.draft.subject ?? '' : body;
        shown.push(`${kind.padEnd(5)} ${c.file.replace('docs/evaluation/', '')} ${c.draft.id}: «${text.slice(x.start, x.end).replace(/\n/g, '⏎')}»`);
      }
    }
  }
}

const sorted = [...rows.values()].sort((a, b) => b.wrong - a.wrong || a.right - b.right || a.name.localeCompare(b.name));
console.log(`${files.length} corpora, ${cases.size} drafts`);
console.log('wrong   hit right elsewhere  rule guard');
for (const r of sorted.slice(0, top)) {
  console.log(`${String(r.wrong).padStart(5)} ${String(r.hit).padStart(5)} ${String(r.right).padStart(5)} ${String(r.elsewhere).padStart(9)}  ${r.name}`);
}
if (examples) console.log('\n' + shown.join('\n'));
