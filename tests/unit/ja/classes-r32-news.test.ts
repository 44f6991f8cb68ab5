// Round 32 (news32): the four classes of bad news in classes-r32-news-cases.ts (a cut as two figures, an end with a
// period as its end, a problem of ours as a fact, a date moved from the one confirmed) and their near misses, each a
// whole mail read by every rule: a flagged mail must raise bad-news, a near miss none. The known misses (KNOWN_WRONG)
// are left out of the tables; the test below holds that each names a case of the file.
import { describe, expect, it } from 'vitest';
import { classTables } from './refusal-honorific-table';
import * as R from './classes-r32-news-cases';

const CLIENT = { recipient: 'client' as const, firstContact: false, now: '2026-06-01' };
const text = (c: R.R32Case) => (typeof c === 'string' ? c : c[0]);
const known = (cls: string, side: 'flagged' | 'clean') => (c: R.R32Case) =>
  !R.KNOWN_WRONG.some(([k, s, part]) => k === cls && s === side && text(c).includes(part));
const table = (name: string, cls: string, flagged: R.R32Case[], clean: R.R32Case[]) =>
  ({ name, category: 'bad-news' as const, context: CLIENT, flagged: flagged.filter(known(cls, 'flagged')), clean: clean.filter(known(cls, 'clean')) });

classTables([
  table('r32 a cut given as two figures', 'figures', R.FIGURES_FLAGGED, R.FIGURES_CLEAN),
  table('r32 an end with a period as its end', 'ends', R.ENDS_FLAGGED, R.ENDS_CLEAN),
  table('r32 a problem of ours stated as a fact', 'problem', R.PROBLEM_FLAGGED, R.PROBLEM_CLEAN),
  table('r32 a date moved from the one confirmed', 'moved', R.MOVED_FLAGGED, R.MOVED_CLEAN),
]);

describe('r32 known misses', () => {
  const lists: Record<string, Record<'flagged' | 'clean', R.R32Case[]>> = {
    figures: { flagged: R.FIGURES_FLAGGED, clean: R.FIGURES_CLEAN },
    ends: { flagged: R.ENDS_FLAGGED, clean: R.ENDS_CLEAN },
    problem: { flagged: R.PROBLEM_FLAGGED, clean: R.PROBLEM_CLEAN },
    moved: { flagged: R.MOVED_FLAGGED, clean: R.MOVED_CLEAN },
  };
  it.each(R.KNOWN_WRONG.map((k) => [...k]))('%s %s names one case: %s', (cls, side, part) => {
    expect(lists[cls]![side as 'flagged' | 'clean'].filter((c) => text(c).includes(part))).toHaveLength(1);
  });
});
