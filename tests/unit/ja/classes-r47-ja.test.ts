// Round 47: the Japanese classes of classes-r47-ja-cases.ts, each a whole mail read by every rule.
import { classTables, newsTable, type Class, type Flagged } from './refusal-honorific-table';
import * as R from './classes-r47-ja-cases';

classTables([newsTable('r47 ja part of what they asked for, told against it; a colleague taking them over', R.PART_OF_ASK_FLAGGED, R.PART_OF_ASK_CLEAN)]);
classTables([newsTable('r47 ja one of ours leaving the client\'s project; the invoicing currency changed', R.LEAVES_PROJECT_FLAGGED, R.LEAVES_PROJECT_CLEAN)]);
const register = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'register', flagged, clean });
classTables([register('r47 ja うち for our company, 自分 for I', R.OUR_SIDE_CASUAL_FLAGGED, R.OUR_SIDE_CASUAL_CLEAN)]);
