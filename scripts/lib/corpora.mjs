// The development corpora the measuring scripts read (guard-ledger, category-confusions, yield-audit): every
// docs/evaluation/**/*.jsonl and tests/corpus/*.jsonl, in a stable order, as paths under `root`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The .jsonl files under dir, sorted; into subfolders when deep. */
export function jsonlFiles(dir, deep) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (deep) out.push(...jsonlFiles(path, deep));
    } else if (name.endsWith('.jsonl')) out.push(path);
  }
  return out;
}

/** Every development corpus under root. */
export function developmentCorpora(root) {
  return [...jsonlFiles(join(root, 'docs/evaluation'), true), ...jsonlFiles(join(root, 'tests/corpus'), false)];
}
