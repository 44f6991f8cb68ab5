// Round 42: the Japanese classes of classes-r42-ja-cases.ts, each a whole mail read by every rule.
import { classTables, newsTable, type Class, type Flagged } from './refusal-honorific-table';
import * as R from './classes-r42-ja-cases';

const table = (name: string, category: Class['category'], flagged: Flagged[], clean: Flagged[]): Class => ({ name, category, flagged, clean });

classTables([
  newsTable('r42 ja less than a quantity of reference', R.BELOW_FLAGGED, R.BELOW_CLEAN),
  newsTable('r42 ja a person of ours who has left', R.LEFT_FLAGGED, R.LEFT_CLEAN),
  newsTable('r42 ja goods dearer from a point in time, a unit price set anew', R.DEARER_FLAGGED, R.DEARER_CLEAN),
  newsTable('r42 ja making or selling stopped from a point to come', R.STOPPED_FLAGGED, R.STOPPED_CLEAN),
  table('r42 ja our act denied by ことはありません; a limit as the reason of a no in a reply', 'blunt-refusal', R.REFUSAL_FLAGGED, R.REFUSAL_CLEAN),
  table('r42 ja the everyday verbs of giving and doing to a client', 'register', R.GIVING_FLAGGED, R.GIVING_CLEAN),
]);
