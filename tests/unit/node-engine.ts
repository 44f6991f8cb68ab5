// The engine the Japanese and mixed class tests share: the real Engine over the given rules with the Node dictionary,
// built once per test file before its tests (the dictionary loads asynchronously, so it cannot be built at import).
import { beforeAll } from 'vitest';
import { Engine } from '../../src/engine/engine';
import { sharedNodeTokenizer } from '../../src/engine/node-dictionary';
import type { Rule } from '../../src/engine/rule';
import { RULES } from '../../src/rules';

/** Registers the engine's construction in a `beforeAll` of the calling file; analyze() is usable inside its tests. */
export function nodeEngine(rules: readonly Rule[] = RULES): Pick<Engine, 'analyze'> {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = new Engine({ rules, tokenizer: await sharedNodeTokenizer() });
  });
  return {
    analyze: (...args) => {
      if (!engine) throw new Error('nodeEngine: analyze() called outside a test (the dictionary is not loaded yet)');
      return engine.analyze(...args);
    },
  };
}
