// English rules, registered explicitly (one import a rule file).
import type { Rule } from '../../engine/rule';
import casual from './casual';
import emoji from './emoji';
import exclamations from './exclamations';
import extraCharge from './extra-charge';
import flatNo from './flat-no';
import outOfScope from './out-of-scope';
import perContract from './per-contract';
import salutation from './salutation';

export const englishRules: Rule[] = [outOfScope, flatNo, extraCharge, perContract, salutation, casual, emoji, exclamations];
