// Round 37 (newsja37): Japanese bad news of four classes read by their shape (classes-r37-newsja-cases.ts) — a figure that
// moves against the client, a date later or unknown, less than the order, a result outside the client's terms — each a
// whole mail read by every rule: a flagged case must raise bad-news on the sentence that carries it, a near miss none.
import { classTables, newsTable as table } from '../ja/refusal-honorific-table';
import * as R from './classes-r37-newsja-cases';

classTables([
  table('r37 ja a figure that moves against the client', R.FIGURE_FLAGGED, R.FIGURE_CLEAN),
  table('r37 ja a date later or not yet known', R.LATER_FLAGGED, R.LATER_CLEAN),
  table('r37 ja less than the order, or none', R.SHORT_FLAGGED, R.SHORT_CLEAN),
  table('r37 ja a result outside the client\'s terms', R.SPEC_FLAGGED, R.SPEC_CLEAN),
]);
