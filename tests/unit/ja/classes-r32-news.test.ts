// Round 32 (news32): the four classes of bad news in classes-r32-news-cases.ts (a cut as two figures, an end with a
// period as its end, a problem of ours as a fact, a date moved from the one confirmed) and their near misses, each a
// whole mail read by every rule: a flagged mail must raise bad-news, a near miss none. The known misses (KNOWN_WRONG)
// are left out of the tables; the test below holds that each names a case of the file.
import { newsTables } from './news-class-tables';
import { classTables } from './refusal-honorific-table';
import * as R from './classes-r32-news-cases';

const { table, knownMisses } = newsTables(R.KNOWN_WRONG, {
  figures: { flagged: R.FIGURES_FLAGGED, clean: R.FIGURES_CLEAN },
  ends: { flagged: R.ENDS_FLAGGED, clean: R.ENDS_CLEAN },
  problem: { flagged: R.PROBLEM_FLAGGED, clean: R.PROBLEM_CLEAN },
  moved: { flagged: R.MOVED_FLAGGED, clean: R.MOVED_CLEAN },
});

classTables([
  table('r32 a cut given as two figures', 'figures'),
  table('r32 an end with a period as its end', 'ends'),
  table('r32 a problem of ours stated as a fact', 'problem'),
  table('r32 a date moved from the one confirmed', 'moved'),
]);

knownMisses('r32');
