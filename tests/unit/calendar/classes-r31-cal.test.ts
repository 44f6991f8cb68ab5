// Round 31 (calendar, issues 9/10): the named-day cases of classes-r31-cases.ts — a meeting proposed on a day named by
// a holiday, a closure period or a day relative to one is flagged on that name; the near misses stay clean.
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';
import { findingsOf } from './class-cases';
import { namedDays, type NamedCase } from './classes-r31-cases';

const engine = nodeEngine();
const DAY_RULES = /meeting-on-holiday|meeting-on-weekend|weekday-mismatch/;

/** The quotes of the day findings (holiday, weekend, weekday) a case raises. */
export function dayFindings(c: NamedCase): string[] {
  return findingsOf(engine, c, 'calendar', DAY_RULES).map((f) => c.body.slice(f.start, f.end));
}

describe('a meeting on a day named by a holiday, a closure period or a day relative to one', () => {
  it.each(namedDays.map((c) => [c.body.replace(/\n/g, ' ⏎ '), c] as const))('%s', (_name, c) => {
    expect(dayFindings(c)).toEqual(c.quote ? [c.quote] : []);
  });
});
