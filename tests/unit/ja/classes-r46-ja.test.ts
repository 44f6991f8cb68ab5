// Round 46: the Japanese classes of classes-r46-ja-cases.ts, each a whole mail read by every rule.
import { classTables, newsTable, type Class, type Flagged } from './refusal-honorific-table';
import * as R from './classes-r46-ja-cases';

const refusal = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'blunt-refusal', flagged, clean });
const register = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'register', flagged, clean });

classTables([
  refusal('r46 ja an apology on a condition cushions no refusal after it', R.CONDITIONAL_APOLOGY_FLAGGED, R.CONDITIONAL_APOLOGY_CLEAN),
  refusal('r46 ja a change we choose not to make, in answer to their ask', R.CHANGE_DECLINED_FLAGGED, R.CHANGE_DECLINED_CLEAN),
  refusal('r46 ja a ceiling on what we give, in answer to their ask', R.CAP_FLAGGED, R.CAP_CLEAN),
  register('r46 ja chat register: a shade number, a list item, っぽい, てくれたら, でいい？', R.CHAT_REGISTER_FLAGGED, R.CHAT_REGISTER_CLEAN),
]);
classTables([newsTable('r46 ja a vessel rolled, and a value beside the one it replaces (今は)', R.ROLLED_JA_FLAGGED, R.ROLLED_JA_CLEAN)]);
classTables([refusal('r46 ja a consultation told as done is no promise to come back', R.CONSULTED_DONE_FLAGGED, R.CONSULT_PROMISED_CLEAN)]);
