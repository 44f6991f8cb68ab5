// Round 37 (newsen37): English bad news of four kinds read by their facts (classes-r37-en-news-cases.ts), each a whole
// mail read by every rule: a flagged case must raise bad-news on the sentence that carries it, a near miss none.
import { classTables, newsTable as table } from '../ja/refusal-honorific-table';
import * as R from './classes-r37-en-news-cases';

classTables([
  table('r37 en the rest of an order sent later', R.REST_FLAGGED, R.REST_CLEAN),
  table('r37 en goods measured against their document', R.SPEC_FLAGGED, R.SPEC_CLEAN),
  table('r37 en what came free now charged', R.PAID_FLAGGED, R.PAID_CLEAN),
  table('r37 en figures, cuts and ends in new forms', R.MOVE_FLAGGED, R.MOVE_CLEAN),
]);
