// English rules, registered explicitly (one import a rule file).
import type { Rule } from '../../engine/rule';
import outOfScope from './out-of-scope';

export const englishRules: Rule[] = [outOfScope];
