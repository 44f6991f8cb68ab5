// Round 36 (fp36, issue 9: clean drafts flagged): the table runner the classes-r36-fp-* tests share. A case is a whole
// draft body (its kind, recipient and day when they matter) and the quote a finding of the class's category must
// overlap — or no quote: a near miss that must raise no finding of that category at all.
import { describe, it } from 'vitest';
import { expectQuoted } from '../calendar/class-cases';
import { nodeEngine } from '../node-engine';
import type { Finding } from '../../../src/engine/types';

export interface FpCase {
  body: string;
  quote?: string;
  kind?: 'email' | 'meeting-invite';
  now?: string;
  subject?: string;
}

/** Must stay flagged: a finding of the category overlaps `quote`. */
export const flag = (body: string, quote: string, more: Partial<FpCase> = {}): FpCase => ({ body, quote, ...more });
/** Must stay clean of the category. */
export const clean = (body: string, more: Partial<FpCase> = {}): FpCase => ({ body, ...more });

export function runFpClass(name: string, category: Finding['category'], cases: FpCase[], defaultNow = '2026-07-08'): void {
  const engine = nodeEngine();
  describe(name, () => {
    it.each(cases.map((c) => [`${c.quote ? 'flag' : 'clean'} ${c.body.replace(/\n/g, ' ⏎ ').slice(0, 140)}`, c] as const))('%s', (_n, c) => {
      const found = engine
        .analyze({ subject: c.subject ?? '', body: c.body, kind: c.kind ?? 'email', context: { recipient: 'client', firstContact: false, now: c.now ?? defaultNow } })
        .filter((f) => f.category === category);
      expectQuoted(c.body, found, c.quote);
    });
  });
}
