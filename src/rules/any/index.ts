// Rules that read both languages (calendar), registered explicitly.
import type { Rule } from '../../engine/rule';

export const bilingualRules: Rule[] = [];
