// Round 43: the Japanese classes of classes-r43-ja-cases.ts, each a whole mail read by every rule.
import { classTables, newsTable, type Class, type Flagged } from './refusal-honorific-table';
import * as R from './classes-r43-ja-cases';

const honorific = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'honorific', flagged, clean });
const refusal = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'blunt-refusal', flagged, clean });

classTables([
  newsTable('r43 ja a delivery planned for one time said to come later', R.PLANNED_LATER_FLAGGED, R.PLANNED_LATER_CLEAN),
  newsTable('r43 ja a new price beside last year\'s, in a dollar named by its country', R.DOLLAR_FLAGGED, R.DOLLAR_CLEAN),
  newsTable('r43 ja a day moved at the client\'s own wish, accepted just before', R.THEIR_WISH_FLAGGED, R.THEIR_WISH_CLEAN),
  honorific('r43 ja a foreign colleague of ours honoured with 様 / さん', R.OWN_FOREIGN_FLAGGED, R.OWN_FOREIGN_CLEAN),
  newsTable('r43 ja figures that move against the client; a way of shipping ended', R.FIGURES_FLAGGED, R.FIGURES_CLEAN),
  refusal('r43 ja 不可 on a change refuses it', R.CHANGE_REFUSED_FLAGGED, R.CHANGE_REFUSED_CLEAN),
  refusal('r43 ja an enquiry named before our act denied', R.ENQUIRY_REFUSED_FLAGGED, []),
  newsTable('r43 ja a measurement outside its specification stays news', R.MEASURED_FLAGGED, []),
  honorific('r43 ja a learner\'s space between the client and a humble verb', R.SPACED_HUMBLE_FLAGGED, R.SPACED_HUMBLE_CLEAN),
  newsTable('r43 ja a price revised by a share; payment moved before the goods (after the held-out score)', R.REVISED_SHARE_FLAGGED, R.REVISED_SHARE_CLEAN),
]);
