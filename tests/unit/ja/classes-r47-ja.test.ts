// Round 47: the Japanese classes of classes-r47-ja-cases.ts, each a whole mail read by every rule.
import { classTables, newsTable } from './refusal-honorific-table';
import * as R from './classes-r47-ja-cases';

classTables([newsTable('r47 ja part of what they asked for, told against it; a colleague taking them over', R.PART_OF_ASK_FLAGGED, R.PART_OF_ASK_CLEAN)]);
