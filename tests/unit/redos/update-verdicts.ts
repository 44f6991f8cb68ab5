// Analyses every pattern that verdicts.json does not know yet and records recheck's verdict there (run with
// `npx tsx tests/unit/redos/update-verdicts.ts`); prints the vulnerable ones, which the test then judges
// against allowed-polynomial.json. The verdicts are recheck's own output, never written by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
import { allPatterns, type Pattern } from './patterns';

const file = join(import.meta.dirname, 'verdicts.json');
const verdicts: Record<string, { status: string; complexity: string | null }> = JSON.parse(readFileSync(file, 'utf8'));
const seen = new Set<string>();
const todo: Pattern[] = [];
for (const p of await allPatterns()) {
  const key = `${p.flags.replace(/[gyd]/g, '')}/${p.source}`;
  if (seen.has(key) || verdicts[key]) continue;
  seen.add(key);
  todo.push(p);
}
console.log(`${todo.length} patterns to analyse`);
for (const p of todo) {
  const flags = p.flags.replace(/[gyd]/g, '');
  const r = await check(p.source, flags, { timeout: 10_000 });
  const verdict = { status: r.status, complexity: r.status === 'unknown' ? null : r.complexity.summary };
  verdicts[`${flags}/${p.source}`] = verdict;
  if (r.status === 'vulnerable') console.log(`${verdict.complexity}\t${p.where}\t/${p.source.slice(0, 160)}/${p.flags}`);
}
writeFileSync(file, `{${Object.entries(verdicts).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}}\n`);
