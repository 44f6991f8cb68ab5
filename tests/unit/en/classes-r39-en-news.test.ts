// Round 39 (newsen39): English bad news of four kinds read by their facts (classes-r39-en-news-cases.ts), each a whole
// mail read by every rule: a flagged case must raise bad-news on the sentence that carries it, a near miss none.
import { classTables, newsTable as table } from '../ja/refusal-honorific-table';
import * as R from './classes-r39-en-news-cases';

classTables([
  table('r39 en a service or line of ours out of use', R.OUTAGE_FLAGGED, R.OUTAGE_CLEAN),
  table('r39 en goods unlike the approved reference', R.REFERENCE_FLAGGED, R.REFERENCE_CLEAN),
  table('r39 en a date put later, an order shipped short', R.LATER_FLAGGED, R.LATER_CLEAN),
  table('r39 en a contact leaving, a benefit ending, a price falling', R.MORE_FLAGGED, R.MORE_CLEAN),
]);
