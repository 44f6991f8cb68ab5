// Japanese rules, registered explicitly (one import a rule file).
import type { Rule } from '../../engine/rule';
import goshaInWriting from './gosha-in-writing';
import ryokaiToClient from './ryokai-to-client';

export const japaneseRules: Rule[] = [goshaInWriting, ryokaiToClient];
