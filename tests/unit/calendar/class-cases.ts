// The harness the calendar class files of rounds 32–33 share (classes-r32-cal.test.ts, classes-r33-cal.test.ts): a
// case is a draft, its "now" and the one calendar finding it must raise (quoted), or none for a near miss; each group
// is a describe with one test per case, named by its body, and the cases a round left as they were run as expected
// failures ("known miss: …"), so that a fix shows.
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';

export interface ClassCase {
  now: string;
  body: string;
  /** The quote of the calendar finding the case must raise (one), absent for a near miss with no calendar finding. */
  quote?: string;
  kind?: 'email' | 'meeting-invite';
}

/** A case that must raise one calendar finding, on `quote`. */
export const pos = (now: string, body: string, quote: string, kind?: ClassCase['kind']): ClassCase => ({ now, body, quote, ...(kind ? { kind } : {}) });
/** A near miss: no calendar finding. */
export const neg = (now: string, body: string, kind?: ClassCase['kind']): ClassCase => ({ now, body, ...(kind ? { kind } : {}) });

export type ClassGroup = readonly [name: string, cases: ClassCase[]];

/**
 * One describe per group; each case raises exactly the one calendar finding it quotes, or none. Cases for which
 * `known` is true run as expected failures.
 */
export function calendarClassGroups(groups: ReadonlyArray<ClassGroup>, known: (c: ClassCase) => boolean = () => false): void {
  const engine = nodeEngine();
  const quotes = (c: ClassCase): string[] =>
    engine
      .analyze({ subject: '', body: c.body, kind: c.kind ?? 'email', context: { recipient: 'client', firstContact: false, now: c.now } })
      .filter((f) => f.category === 'calendar')
      .map((f) => c.body.slice(f.start, f.end));
  const table = (cases: ClassCase[]) => cases.map((c) => [c.body.replace(/\n/g, ' ⏎ '), c] as const);
  const check = (_n: string, c: ClassCase) => {
    expect(quotes(c)).toEqual(c.quote ? [c.quote] : []);
  };
  for (const [name, cases] of groups) {
    describe(name, () => {
      const missed = cases.filter(known);
      it.each(table(cases.filter((c) => !known(c))))('%s', check);
      if (missed.length) it.fails.each(table(missed))('known miss: %s', check);
    });
  }
}
