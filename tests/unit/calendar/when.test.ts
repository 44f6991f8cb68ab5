// A meeting invitation's `when` field (WHEN_FORMAT): flagged from the editor's own date/time values, and
// fixed with the `when` text of the nearest good slot, which the calendar adapter writes back.
import { beforeAll, describe, expect, it } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import { Engine } from '../../../src/engine/engine';
import type { Finding } from '../../../src/engine/types';
import { WHEN_FORMAT } from '../../../src/engine/types';
import { PolicySchema, type PolicyInput } from '../../../src/policy/schema';
import { RULES } from '../../../src/rules';

let engine: Engine;
beforeAll(() => {
  engine = new Engine({ rules: RULES });
});

function check(when: string, policy: PolicyInput = {}, body = '来期の計画についてのお打ち合わせ'): Finding[] {
  return engine
    .analyze({ subject: '定例外のお打ち合わせ', body, kind: 'meeting-invite', when, context: { recipient: 'client', now: '2025-12-01' } }, PolicySchema.parse(policy))
    .filter((f) => f.field === 'when');
}

describe('the when field', () => {
  it.each([
    ['2026-05-04T14:00/2026-05-04T15:00 Asia/Tokyo', 'meeting-on-holiday', ['2026-04-28T14:00/2026-04-28T15:00 Asia/Tokyo', '2026-05-07T14:00/2026-05-07T15:00 Asia/Tokyo']],
    ['2026-01-17T10:00/2026-01-17T11:00 Asia/Tokyo', 'meeting-on-weekend', ['2026-01-16T10:00/2026-01-16T11:00 Asia/Tokyo', '2026-01-19T10:00/2026-01-19T11:00 Asia/Tokyo']],
    ['2026-08-14/2026-08-15', 'meeting-on-holiday', ['2026-08-12/2026-08-13', '2026-08-17/2026-08-18']],
    ['2026-01-15T19:00/2026-01-15T20:00 Asia/Tokyo', 'outside-business-hours', ['2026-01-15T17:00/2026-01-15T18:00 Asia/Tokyo', '2026-01-16T09:00/2026-01-16T10:00 Asia/Tokyo']],
    ['2026-01-15T09:00/2026-01-15T10:00 America/Los_Angeles', 'outside-business-hours', ['2026-01-14T18:00/2026-01-14T19:00 America/Los_Angeles', '2026-01-15T16:00/2026-01-15T17:00 America/Los_Angeles']],
  ])('%s: %s, fixed to the nearest good slots', (when, rule, fixes) => {
    const found = check(when);
    expect(found.map((f) => f.ruleId)).toEqual([`any.calendar.${rule}`]);
    const f = found[0]!;
    expect([f.start, f.end]).toEqual([0, when.length]);
    const fixed = f.suggestions.map((_, i) => applySuggestion(when, f, i));
    expect(fixed).toEqual(fixes);
    for (const t of fixed) {
      expect(t).toMatch(WHEN_FORMAT);
      expect(check(t)).toEqual([]);
    }
  });

  it.each([
    '2026-01-15T14:00/2026-01-15T15:00 Asia/Tokyo',
    '2026-01-15T17:00/2026-01-15T18:00 Asia/Tokyo',
    '2026-01-14T18:00/2026-01-14T19:00 America/Los_Angeles',
    '2026-01-15/2026-01-16',
    'not a when at all',
    '',
  ])('%s raises nothing', (when) => {
    expect(check(when)).toEqual([]);
  });

  it('lunch is info; the policy\'s business hours apply', () => {
    expect(check('2026-01-15T12:00/2026-01-15T13:00 Asia/Tokyo').map((f) => f.severity)).toEqual(['info']);
    expect(check('2026-01-15T09:00/2026-01-15T10:00 Asia/Tokyo', { meetings: { businessHours: { start: '10:00', end: '17:00' } } }).map((f) => f.ruleId))
      .toEqual(['any.calendar.outside-business-hours']);
  });

  it('a when without a zone is in the client\'s zone and stays without one', () => {
    const [f] = check('2026-01-15T19:00/2026-01-15T20:00');
    expect(f!.suggestions[0]!.text).toBe('2026-01-15T17:00/2026-01-15T18:00');
  });
});
