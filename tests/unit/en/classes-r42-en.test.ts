// Round 42: the English classes of classes-r42-en-cases.ts, each a whole mail read by every rule.
import { classTables, newsTable, type Class, type Flagged } from '../ja/refusal-honorific-table';
import * as R from './classes-r42-en-cases';

const refusal = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'blunt-refusal', flagged, clean });
const pressure = (name: string, flagged: Flagged[], clean: Flagged[]): Class =>
  ({ name, category: 'pressure', context: { recipient: 'prospect', firstContact: false, now: '2027-02-16' }, flagged, clean });

classTables([
  newsTable('r42 en a new value with its old one after "in place of"', R.OLD_VALUE_FLAGGED, R.OLD_VALUE_CLEAN),
  newsTable('r42 en prices revised from a point in time', R.REVISED_FLAGGED, R.REVISED_CLEAN),
  newsTable('r42 en the goods dearer by a share from a point in time', R.DEARER_FLAGGED, R.DEARER_CLEAN),
  newsTable('r42 en a measure against the value agreed; less than their order', R.AGREED_FLAGGED, R.AGREED_CLEAN),
  newsTable('r42 en a closure of weeks with no purpose named', R.CLOSURE_FLAGGED, R.CLOSURE_CLEAN),
  newsTable('r42 en making or handling goods stopped', R.STOPPED_FLAGGED, R.STOPPED_CLEAN),
  newsTable('r42 en a named person no longer with us', R.LEFT_FLAGGED, R.LEFT_CLEAN),
  refusal('r42 en a refusal by an unknown verb after "don\'t"; not a clause describing a noun', R.REFUSAL_FLAGGED, R.REFUSAL_CLEAN),
  pressure('r42 en a deadline\'s condition split by the parse; the goods going to another buyer', R.PRESSURE_FLAGGED, R.PRESSURE_CLEAN),
]);
