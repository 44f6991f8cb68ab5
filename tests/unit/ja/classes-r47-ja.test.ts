// Round 47: the Japanese classes of classes-r47-ja-cases.ts, each a whole mail read by every rule.
import { classTables, newsTable, type Class, type Flagged } from './refusal-honorific-table';
import * as R from './classes-r47-ja-cases';

classTables([newsTable('r47 ja part of what they asked for, told against it; a colleague taking them over', R.PART_OF_ASK_FLAGGED, R.PART_OF_ASK_CLEAN)]);
classTables([newsTable('r47 ja one of ours leaving the client\'s project; the invoicing currency changed', R.LEAVES_PROJECT_FLAGGED, R.LEAVES_PROJECT_CLEAN)]);
const register = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'register', flagged, clean });
classTables([register('r47 ja うち for our company, 自分 for I', R.OUR_SIDE_CASUAL_FLAGGED, R.OUR_SIDE_CASUAL_CLEAN)]);
classTables([register('r47 ja a noun\'s reason left hanging on な', R.NOUN_REASON_FLAGGED, R.NOUN_REASON_CLEAN)]);
classTables([newsTable('r47 ja goods short of what the client specified', R.SHORT_OF_SPEC_FLAGGED, R.SHORT_OF_SPEC_CLEAN)]);
classTables([newsTable('r47 ja part of a whole put to a later time', R.PART_LATER_FLAGGED, R.PART_LATER_CLEAN)]);
classTables([newsTable('r47 ja (after the end score) the event named again before a later month; none this season', R.AFTER_END_FLAGGED, R.AFTER_END_CLEAN)]);
