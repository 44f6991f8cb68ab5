// The harness the calendar class files of rounds 31–35 share (classes-r3{1..4}-*, and through
// engine/classes-r35-misc-table.ts the round-35 misc classes of every category): a case is a draft, its "now" and the
// one finding it must raise (quoted), or none for a near miss; each group is a describe with one test per case, named by
// its body, and the cases a round left as they were run as expected failures ("known miss: …"), so that a fix shows.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine';
import type { Finding } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';

export interface ClassCase {
  now: string;
  body: string;
  /** The quote of the finding the case must raise (one), absent for a near miss with no finding of the category. */
  quote?: string;
  kind?: 'email' | 'meeting-invite';
  /** To a client unless said. */
  recipient?: 'client' | 'internal';
}

/** The findings of a category (or of the rules `ruleIds` names) a case raises. */
export function findingsOf(engine: Pick<Engine, 'analyze'>, c: ClassCase, category: Finding['category'], ruleIds?: RegExp): Finding[] {
  return engine
    .analyze({ subject: '', body: c.body, kind: c.kind ?? 'email', context: { recipient: c.recipient ?? 'client', firstContact: false, now: c.now } })
    .filter((f) => (ruleIds ? ruleIds.test(f.ruleId) : f.category === category));
}

/**
 * The assertion the class tables of rounds 35–36 share: with a quote, some finding overlaps it (else the test shows what
 * was found instead); without one, nothing is found.
 */
export function expectQuoted(body: string, found: readonly Finding[], quote?: string): void {
  const quoted = found.map((f) => body.slice(f.start, f.end));
  if (!quote) {
    expect(quoted).toEqual([]);
    return;
  }
  const at = body.indexOf(quote);
  expect(at).toBeGreaterThanOrEqual(0);
  const hit = found.some((f) => f.start < at + quote.length && f.end > at);
  expect(hit ? quote : quoted).toEqual(quote);
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
  const quotes = (c: ClassCase): string[] => findingsOf(engine, c, 'calendar').map((f) => c.body.slice(f.start, f.end));
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
