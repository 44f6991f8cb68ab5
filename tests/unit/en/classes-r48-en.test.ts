// Round 48: the English classes of classes-r48-en-cases.ts, each a whole mail read by every rule.
import { classTables, newsTable } from '../ja/refusal-honorific-table';
import * as R from './classes-r48-en-cases';

classTables([{ name: 'r48 en a preposition\'s phrase before "we", its comma left out', category: 'blunt-refusal', flagged: R.LEAD_PHRASE_FLAGGED, clean: R.LEAD_PHRASE_CLEAN }]);
classTables([{ name: 'r48 en an ask closed to them; a concession denied as a phrase', category: 'blunt-refusal', flagged: R.CLOSED_OR_NONE_FLAGGED, clean: R.CLOSED_OR_NONE_CLEAN }]);
classTables([{ name: 'r48 en an address with no comma; an -ing slang adjective only as praise', category: 'register', flagged: R.ADDRESS_FLAGGED, clean: R.ADDRESS_CLEAN }]);
classTables([newsTable('r48 en less than the reader\'s figure "instead of" it; a notice behind a lead-in', R.INSTEAD_LEAD_IN_FLAGGED, R.INSTEAD_LEAD_IN_CLEAN)]);
classTables([{ name: 'r48 en refusals of the development set (read)', category: 'blunt-refusal', flagged: R.DEV_REFUSAL_FLAGGED, clean: [...R.DEV_REFUSAL_CLEAN, ...R.VALIDITY_EDGE_PRESSURE] }]);
classTables([{ name: 'r48 en the hard edge of a validity stays pressure', category: 'pressure', recipient: 'prospect', flagged: R.VALIDITY_EDGE_PRESSURE, clean: [] }]);
classTables([newsTable('r48 en bad news of the development set (read)', R.DEV_NEWS_FLAGGED, R.DEV_NEWS_CLEAN)]);
classTables([{ name: 'r48 en register of the development set (read)', category: 'register', flagged: R.DEV_REGISTER_FLAGGED, clean: R.DEV_REGISTER_CLEAN }]);
classTables([newsTable('r48 en a price table whose columns are two periods', R.PERIOD_TABLE_FLAGGED, R.PERIOD_TABLE_CLEAN)]);
