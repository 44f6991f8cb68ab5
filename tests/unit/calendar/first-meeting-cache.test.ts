// The first-meeting rule's facts about each line are cached on the Engine that read the line (its fact
// store), not in the module: analysing the same draft again on one engine reads them back, and a new Engine
// works them out afresh (issue 15: a new Engine is truly cold).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FactStore, type Annotator } from '../../../src/engine/analysis/facts';
import { Engine } from '../../../src/engine/engine';
import { bilingualRules } from '../../../src/rules/any';

const DRAFT = {
  subject: 'Introductory call',
  body: 'Dear Mr. Sato,\n\nCould we have an introductory call on Tuesday, December 8 at 10am JST?\n\nBest regards,\nAnna',
  kind: 'email' as const,
  context: { recipient: 'prospect' as const, firstContact: false, now: '2026-11-20' },
};

afterEach(() => vi.restoreAllMocks());

describe('the first-meeting line facts', () => {
  it('live in the engine: computed once per engine, and again by a new engine', () => {
    const seen = new Set<Annotator<unknown>>();
    const of = FactStore.prototype.of;
    vi.spyOn(FactStore.prototype, 'of').mockImplementation(function (this: FactStore, annotator, sentence) {
      if (annotator.id === 'calendar-first-meeting-line') seen.add(annotator);
      return of.call(this, annotator, sentence);
    });
    const warm = new Engine({ rules: bilingualRules });
    const first = warm.analyze(DRAFT);
    expect(first.some((f) => f.ruleId === 'any.calendar.first-meeting-attendees')).toBe(true);
    expect(seen.size).toBe(1);
    const analyze = vi.spyOn([...seen][0]!, 'analyze');

    expect(warm.analyze(DRAFT)).toEqual(first);
    expect(analyze).not.toHaveBeenCalled();

    const cold = new Engine({ rules: bilingualRules });
    expect(cold.analyze(DRAFT)).toEqual(first);
    // Worked out again by the new engine: the subject, read first (round 25: the lines are read in order up to the
    // first that answers — here the subject already names the first meeting, so no line of the body is read).
    expect(analyze.mock.calls.map(([l]) => l.text)).toEqual([DRAFT.subject]);
  });
});
