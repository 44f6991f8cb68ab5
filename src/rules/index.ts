// The one registry of built-in rules. Each language keeps its own explicit list.
import type { Rule } from '../engine/rule';
import { bilingualRules } from './any';
import { englishRules } from './en';
import { japaneseRules } from './ja';

export const RULES: readonly Rule[] = [...japaneseRules, ...englishRules, ...bilingualRules];
