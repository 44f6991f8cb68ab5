// Round 30: reports, for the whole tree, where the data contract does not hold (scripts/lib/contract-audit.mjs: phrase
// lists and long patterns in dictionaries/ without examples, phrase lists, rewording tables and long regular
// expressions as constants in src/rules and src/engine/analysis) and where precedence is not declared
// (scripts/lib/precedence-audit.ts: a rule that needs the others on, a rule silenced by switching another off).
// tests/unit/dictionaries/contract-audit.test.ts holds the counts to tests/unit/dictionaries/contract-ratchet.json.
//   npx tsx scripts/audit-contract.ts [--verbose] [--static] [--write-ratchet]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../src/engine/engine';
import { sharedNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { auditTree } from './lib/contract-audit.mjs';
import { auditPrecedence } from './lib/precedence-audit';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RATCHET = join(root, 'tests/unit/dictionaries/contract-ratchet.json');
const verbose = process.argv.includes('--verbose');

const found: Record<string, string[]> = auditTree(root);
if (!process.argv.includes('--static')) {
  useNodeEnglishModel();
  const engine = new Engine({ rules: RULES, tokenizer: await sharedNodeTokenizer() });
  const p = auditPrecedence(engine, RULES);
  found.precedenceAlone = p.alone;
  found.precedenceSilenced = p.silenced;
  console.log(`(precedence: ${p.runs} analyses of ${RULES.length} rules' invalid examples)`);
}

const ratchet = JSON.parse(readFileSync(RATCHET, 'utf8')) as { counts: Record<string, number> };
for (const [kind, list] of Object.entries(found)) {
  const was = ratchet.counts[kind];
  console.log(`${kind.padEnd(20)} ${String(list.length).padStart(5)}${was === undefined ? '' : `  (ratchet ${was})`}`);
  if (verbose) for (const f of list) console.log(`  ${f}`);
}
if (process.argv.includes('--write-ratchet')) {
  const counts = { ...ratchet.counts, ...Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.length])) };
  writeFileSync(RATCHET, `${JSON.stringify({ ...ratchet, counts }, null, 1)}\n`);
  console.log(`wrote ${RATCHET}`);
}
