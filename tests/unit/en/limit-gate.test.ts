// Round 27: status-quo parses a sentence for its limit only when mayStateLimit lets it (a figure alone no longer does).
// The gate must be a necessary condition: every sentence in which limitClause, keptStance or stanceKept finds something
// passes it — the rule's own examples, the limit dictionary's, and paraphrases in other inflections — and it turns away
// plain sentences with a figure that nobody would read as a limit.
import { describe, expect, it } from 'vitest';
import limitData from '../../../dictionaries/en/limit-class.json';
import { analyzeEnglish } from '../../../src/engine/analysis/en';
import { keptStance, limitClause, mayStateLimit, stanceKept } from '../../../src/engine/analysis/en-limit';
import statusQuo from '../../../src/rules/en/status-quo';

const found = (text: string) => {
  const f = analyzeEnglish(text);
  return limitClause(f) ?? keptStance(f) ?? stanceKept(f);
};
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== '');

const OWN = [
  'Nope, 10% is our floor.', '$45 is our bottom line.', '5% is the best we can do.', '¥1,200 is the lowest we could go.',
  'The price is fixed for this year.', 'Our offer is final.', 'Our terms are 30 days for all accounts.', 'We stay at 60 days.',
  'We remain at net 45.', 'We are keeping 30 days.', 'Our position has not changed.', 'Our decisions stand.',
  'Our earlier replies remain the same.', 'We stand by our decision.', 'The maxima are 3% and 5%.', 'Our boundaries are 12 weeks.',
  'Thirty days is our upper limit.', 'Our limits are 20 units.', 'The caps are 8%.', '8% is our ceiling, I am afraid.',
  'Net 60 is non-negotiable for us.', 'Our rate is firm at 4%.', 'The fee is frozen at $300.',
];

describe('mayStateLimit', () => {
  const examples = [
    ...(statusQuo.examples?.invalid ?? []).map((e) => e.text),
    ...(statusQuo.examples?.valid ?? []).map((e) => e.text),
    ...Object.values(limitData.examples).flat(),
    ...OWN,
  ].flatMap(sentencesOf);

  it('lets through every sentence in which a limit, a kept term or a kept stance is read', () => {
    let read = 0;
    for (const s of examples) {
      if (found(s) === undefined) continue;
      read++;
      expect(mayStateLimit(s), s).toBe(true);
    }
    expect(read).toBeGreaterThan(15);
  });

  it('turns away sentences with a figure and no word a limit needs', () => {
    for (const s of ['The test results show that all 185 samples met the agreed tolerances.', 'We shipped 40 units on 3 May.', 'Please find attached invoice 2041.']) {
      expect(found(s)).toBeUndefined();
      expect(mayStateLimit(s)).toBe(false);
    }
  });
});
