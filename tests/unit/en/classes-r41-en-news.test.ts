// Round 41 (newsen41): English bad news of five kinds read by their frames (classes-r41-en-news-cases.ts), each a whole mail
// read by every rule: a flagged case must raise bad-news on the sentence that carries it, a near miss none.
import { classTables, newsTable as table } from '../ja/refusal-honorific-table';
import * as R from './classes-r41-en-news-cases';

classTables([
  table('r41 en goods or work not leaving or ready when due', R.MISSED_FLAGGED, R.MISSED_CLEAN),
  table('r41 en a date later than given, a service time longer', R.LATER_FLAGGED, R.LATER_CLEAN),
  table('r41 en a place or feature of ours closed for good', R.CLOSED_FLAGGED, R.CLOSED_CLEAN),
  table('r41 en a new requirement on orders from a time on', R.TERMS_FLAGGED, R.TERMS_CLEAN),
  table('r41 en a hyphenated participle before a noun', R.PARTICIPLE_FLAGGED, R.PARTICIPLE_CLEAN),
]);
