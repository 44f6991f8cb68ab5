// Round 41 (newsja41): Japanese bad news of five kinds read by the shape of the sentence (classes-r41-ja-news-cases.ts), each
// a whole mail read by every rule: a flagged case must raise bad-news on its sentence, a near miss none.
import { classTables, newsTable as table } from './refusal-honorific-table';
import * as R from './classes-r41-ja-news-cases';

classTables([
  table('r41 ja a new contact from a point in time', R.CONTACT_FLAGGED, R.CONTACT_CLEAN),
  table('r41 ja goods or a mail of ours sent wrong', R.SENT_WRONG_FLAGGED, R.SENT_WRONG_CLEAN),
  table('r41 ja dealings on worse terms, payment sooner', R.TERMS_FLAGGED, R.TERMS_CLEAN),
  table('r41 ja less allotted than asked', R.ALLOTTED_FLAGGED, R.ALLOTTED_CLEAN),
  table('r41 ja a new price for a product named in brackets', R.PRICE_FLAGGED, R.PRICE_CLEAN),
]);
