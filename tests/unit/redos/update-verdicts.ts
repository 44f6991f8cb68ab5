// Analyses every pattern that verdicts.json does not know yet and records recheck's verdict there (run with
// `npx tsx tests/unit/redos/update-verdicts.ts`); prints the vulnerable ones, which the test then judges
// against allowed-polynomial.json. The verdicts are recheck's own output, never written by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { literalPatterns, runtimePatterns, type Pattern } from './patterns';

const file = join(import.meta.dirname, 'verdicts.json');
const verdicts: Record<string, { status: string; complexity: string | null }> = JSON.parse(readFileSync(file, 'utf8'));
const tokenizer = await sharedNodeTokenizer();
const runtime = await runtimePatterns(async () => {
  const { RULES } = await import('../../../src/rules');
  const { Engine } = await import('../../../src/engine/engine');
  const engine = new Engine({ rules: RULES, tokenizer });
  for (const r of RULES) {
    for (const ex of [...r.examples.valid, ...r.examples.invalid]) {
      engine.analyze({ subject: ex.subject ?? '', body: ex.text, ...(ex.kind ? { kind: ex.kind } : {}), context: ex.context ?? { recipient: 'client', firstContact: false, now: '2025-12-01' } });
    }
  }
});
const seen = new Set<string>();
const todo: Pattern[] = [];
for (const p of [...literalPatterns(), ...runtime]) {
  const key = `${p.flags.replace(/[gyd]/g, '')}/${p.source}`;
  if (seen.has(key) || verdicts[key]) continue;
  seen.add(key);
  todo.push(p);
}
console.log(`${todo.length} patterns to analyse`);
for (const p of todo) {
  const flags = p.flags.replace(/[gyd]/g, '');
  // The salutation rule's per-name pattern differs per draft: the test analyses it live every time.
  if (p.where === 'runtime' && p.source.includes("(\\p{Lu}[\\p{L}'’]+)")) continue;
  const r = await check(p.source, flags, { timeout: 10_000 });
  const verdict = { status: r.status, complexity: r.status === 'unknown' ? null : r.complexity.summary };
  verdicts[`${flags}/${p.source}`] = verdict;
  if (r.status === 'vulnerable') console.log(`${verdict.complexity}\t${p.where}\t/${p.source.slice(0, 160)}/${p.flags}`);
}
writeFileSync(file, `{${Object.entries(verdicts).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}}\n`);
