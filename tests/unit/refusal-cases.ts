// The runner round 24's English and Japanese refusal tables share: each case is a reply (subject, body) that must
// raise a blunt-refusal finding or none, and, when a quote is given, the finding must overlap it.
import { expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import type { DraftContext } from '../../src/engine/types';

export type RefusalCase = [subject: string, body: string, quote?: string];

/** One test per case: whether a blunt-refusal finding is raised, against `refusal`. */
export function refusalCases(engine: Pick<Engine, 'analyze'>, context: DraftContext, cases: RefusalCase[], refusal: boolean): void {
  it.each(cases)('%s %#', (subject, body, quote) => {
    const findings = engine.analyze({ subject, body, context });
    const ours = findings.filter((f) => f.category === 'blunt-refusal');
    const detail = `${body}\n${findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')}`;
    expect(ours.length > 0, detail).toBe(refusal);
    if (quote) {
      const at = body.indexOf(quote);
      expect(ours.some((f) => f.start < at + quote.length && at < f.end), detail).toBe(true);
    }
  });
}
