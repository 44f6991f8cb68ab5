// The engine's public surface, the same in Node and in the extension.
export { Engine, type Analysis, type EngineOptions } from './engine';
export { defineRule, type Rule, type RuleContext, type Report, type RuleExample, type InvalidExample } from './rule';
export { buildTokenizer, DICTIONARY_FILES, type JapaneseTokenizer, type ReadDictionaryFile } from './tokenizer';
export * from './types';
import { RULES } from '../rules';
import { Engine } from './engine';
import type { JapaneseTokenizer } from './tokenizer';

/** An engine with every built-in rule. */
export function createEngine(tokenizer: JapaneseTokenizer | null = null): Engine {
  return new Engine({ rules: RULES, tokenizer });
}
