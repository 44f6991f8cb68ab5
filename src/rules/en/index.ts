// English rules, registered explicitly (one import a rule file).
import type { Rule } from '../../engine/rule';
import extraCharge from './extra-charge';
import flatNo from './flat-no';
import outOfScope from './out-of-scope';
import perContract from './per-contract';

export const englishRules: Rule[] = [outOfScope, flatNo, extraCharge, perContract];
