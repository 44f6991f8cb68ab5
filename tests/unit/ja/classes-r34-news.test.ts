// Round 34 (news34): the four classes of bad news in classes-r34-news-cases.ts (a value of ours changed the way that
// hurts, a surcharge or fee added, a defect told as measurements, status words in a list of the client's items) and
// their near misses, each a whole mail read by every rule: a flagged mail must raise bad-news, a near miss none. The
// known misses (KNOWN_WRONG) are left out of the tables; the test below holds that each names a case of the file.
import { describe, expect, it } from 'vitest';
import { classTables } from './refusal-honorific-table';
import * as R from './classes-r34-news-cases';

const CLIENT = { recipient: 'client' as const, firstContact: false, now: '2026-06-01' };
const text = (c: R.R34Case) => (typeof c === 'string' ? c : c[0]);
const known = (cls: string, side: 'flagged' | 'clean') => (c: R.R34Case) =>
  !R.KNOWN_WRONG.some(([k, s, part]) => k === cls && s === side && text(c).includes(part));
const table = (name: string, cls: string, flagged: R.R34Case[], clean: R.R34Case[]) =>
  ({ name, category: 'bad-news' as const, context: CLIENT, flagged: flagged.filter(known(cls, 'flagged')), clean: clean.filter(known(cls, 'clean')) });

classTables([
  table('r34 a value of ours changed the way that hurts', 'change', R.CHANGE_FLAGGED, R.CHANGE_CLEAN),
  table('r34 a surcharge or fee stated as an addition', 'surcharge', R.SURCHARGE_FLAGGED, R.SURCHARGE_CLEAN),
  table('r34 a defect told as measurements against a specification', 'defect', R.DEFECT_FLAGGED, R.DEFECT_CLEAN),
  table('r34 status words in a list of the client\'s items', 'status', R.STATUS_FLAGGED, R.STATUS_CLEAN),
]);

describe('r34 known misses', () => {
  const lists: Record<string, Record<'flagged' | 'clean', R.R34Case[]>> = {
    change: { flagged: R.CHANGE_FLAGGED, clean: R.CHANGE_CLEAN },
    surcharge: { flagged: R.SURCHARGE_FLAGGED, clean: R.SURCHARGE_CLEAN },
    defect: { flagged: R.DEFECT_FLAGGED, clean: R.DEFECT_CLEAN },
    status: { flagged: R.STATUS_FLAGGED, clean: R.STATUS_CLEAN },
  };
  it.each(R.KNOWN_WRONG.map((k) => [...k]))('%s %s names one case: %s', (cls, side, part) => {
    expect(lists[cls]![side as 'flagged' | 'clean'].filter((c) => text(c).includes(part))).toHaveLength(1);
  });
});
