// Round 34 (news34): the four classes of bad news in classes-r34-news-cases.ts (a value of ours changed the way that
// hurts, a surcharge or fee added, a defect told as measurements, status words in a list of the client's items) and
// their near misses, each a whole mail read by every rule: a flagged mail must raise bad-news, a near miss none. The
// known misses (KNOWN_WRONG) are left out of the tables; the test below holds that each names a case of the file.
import { newsTables } from './news-class-tables';
import { classTables } from './refusal-honorific-table';
import * as R from './classes-r34-news-cases';

const { table, knownMisses } = newsTables(R.KNOWN_WRONG, {
  change: { flagged: R.CHANGE_FLAGGED, clean: R.CHANGE_CLEAN },
  surcharge: { flagged: R.SURCHARGE_FLAGGED, clean: R.SURCHARGE_CLEAN },
  defect: { flagged: R.DEFECT_FLAGGED, clean: R.DEFECT_CLEAN },
  status: { flagged: R.STATUS_FLAGGED, clean: R.STATUS_CLEAN },
});

classTables([
  table('r34 a value of ours changed the way that hurts', 'change'),
  table('r34 a surcharge or fee stated as an addition', 'surcharge'),
  table('r34 a defect told as measurements against a specification', 'defect'),
  table('r34 status words in a list of the client\'s items', 'status'),
]);

knownMisses('r34');
