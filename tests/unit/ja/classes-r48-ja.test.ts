// Round 48: the Japanese classes of classes-r48-ja-cases.ts, each a whole mail read by every rule.
import { classTables, newsTable } from './refusal-honorific-table';
import * as R from './classes-r48-ja-cases';

classTables([newsTable('r48 ja goods cut on an arrow under a lead of quantity; a table headed by a day, rows of figures only', R.QUANTITY_TABLE_FLAGGED, R.QUANTITY_TABLE_CLEAN)]);
classTables([{ name: 'r48 ja とこ and もん for ところ and もの', category: 'register', flagged: R.CONTRACTION_FLAGGED, clean: R.CONTRACTION_CLEAN }]);
classTables([{ name: 'r48 ja a negative in its conditional form before いけない says must', category: 'blunt-refusal', flagged: [], clean: R.OBLIGATION_CLEAN }]);
classTables([{ name: 'r48 ja respect language for our own person before a plan\'s noun', category: 'honorific', flagged: R.PLAN_HONORIFIC_FLAGGED, clean: R.PLAN_HONORIFIC_CLEAN }]);
classTables([newsTable('r48 ja bad news of the development set (read)', R.DEV_NEWS_FLAGGED, R.DEV_NEWS_CLEAN)]);
