// The engine against labelled corpora: the shared sample (../shared/corpus, beside the clone) and our own
// drafts in tests/corpus/*.jsonl. Targets from issues 3 and 4: recall ≥ 0.9 in every category, and no clean
// draft raises a finding.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine';
import { sharedNodeTokenizer } from '../../src/engine/node-dictionary';
import { RULES } from '../../src/rules';
import { score, type CorpusCase, type Score } from './score';

const ROOT = join(__dirname, '../..');
const sources = [join(ROOT, '../shared/corpus'), join(ROOT, 'tests/corpus')]
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f)));

let engine: Engine;
beforeAll(async () => {
  engine = new Engine({ rules: RULES, tokenizer: await sharedNodeTokenizer() });
});

it('has corpora to score', () => {
  expect(sources.length).toBeGreaterThan(0);
});

describe.each(sources.map((f) => [relative(ROOT, f), f] as const))('%s', (_name, file) => {
  const cases: CorpusCase[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

  let s: Score;
  beforeAll(() => {
    s = score(cases, (c) => engine.analyze(c));
  });

  it('finds ≥ 90% of the expected problems in every category', () => {
    const low = Object.entries(s.perCategory).filter(([, v]) => v.hit / v.expected < 0.9);
    expect(low.map(([k, v]) => `${k} ${v.hit}/${v.expected}`), `missed:\n${s.misses.join('\n')}`).toEqual([]);
  });

  it('raises nothing on clean drafts', () => {
    expect(s.cleanFlagged).toEqual([]);
  });
});
