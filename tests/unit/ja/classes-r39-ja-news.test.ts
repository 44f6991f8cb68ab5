// Round 39 (newsja39): Japanese bad news of three kinds read by their cues and grammar (classes-r39-ja-news-cases.ts),
// each a whole mail read by every rule: a flagged case must raise bad-news on its sentence, a near miss none.
import { classTables, newsTable as table } from './refusal-honorific-table';
import * as R from './classes-r39-ja-news-cases';

classTables([
  table('r39 ja a line or service of ours stopped for a stretch', R.STOP_FLAGGED, R.STOP_CLEAN),
  table('r39 ja a problem found or existing, goods unlike the sample', R.QUALITY_FLAGGED, R.QUALITY_CLEAN),
  table('r39 ja an item left out; the client’s change, a third party restored', R.LEFT_OUT_FLAGGED, R.LEFT_OUT_CLEAN),
]);
