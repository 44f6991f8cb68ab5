// Round 45: the English classes of classes-r45-en-cases.ts, each a whole mail read by every rule.
import { classTables, newsTable, type Class, type Flagged } from '../ja/refusal-honorific-table';
import * as R from './classes-r45-en-cases';

const refusal = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'blunt-refusal', flagged, clean });
const pressure = (name: string, flagged: Flagged[], clean: Flagged[]): Class =>
  ({ name, category: 'pressure', context: { recipient: 'prospect', firstContact: false, now: '2026-06-08' }, flagged, clean });

classTables([
  refusal('r45 en a grant to no one is a refusal, their things kept from outsiders a promise', R.NO_ONE_GRANTED_FLAGGED, R.KEPT_FROM_OUTSIDERS_CLEAN),
  pressure('r45 en their reply wanted by a date, a thing held for them against it', R.REPLY_HELD_FLAGGED, R.REPLY_HELD_CLEAN),
  newsTable('r45 en a measured value set against the document\'s', R.AGAINST_DOCUMENT_FLAGGED, R.AGAINST_DOCUMENT_CLEAN),
  newsTable('r45 en the two dates a change marker joins, a week before them', R.MARKED_DATES_FLAGGED, R.EARLIER_DAY_CLEAN),
  newsTable('r45 en the value before and the value now, told in two sentences', R.TOLD_PAIR_FLAGGED, R.TOLD_PAIR_CLEAN),
]);
