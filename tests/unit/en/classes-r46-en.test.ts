// Round 46: the English classes of classes-r46-en-cases.ts, each a whole mail read by every rule.
import { classTables, newsTable, type Class, type Flagged } from '../ja/refusal-honorific-table';
import * as R from './classes-r46-en-cases';

const refusal = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'blunt-refusal', flagged, clean });

classTables([
  refusal('r46 en a bare answer word keeps the no flat beside an apology', R.ANSWER_NO_FLAGGED, R.ANSWER_NO_CLEAN),
  refusal('r46 en "even if" concedes: the no holds either way', R.EVEN_IF_FLAGGED, R.EVEN_IF_CLEAN),
  refusal('r46 en a concession said not to exist, in answer to their ask', R.NONE_GIVEN_FLAGGED, R.NONE_GIVEN_CLEAN),
]);
classTables([
  newsTable('r46 en goods rolled to a later carrier, a price beside what it was', R.ROLLED_FLAGGED, R.ROLLED_CLEAN),
  { name: 'r46 en chat from many Englishes', category: 'register', flagged: R.CHAT_FLAGGED, clean: R.CHAT_CLEAN },
]);
