// Round 30 (verdict30): the table the refusal class tests share. A case is a draft and the text a blunt-refusal finding
// must cover (`refusal`), or null when the draft must raise no blunt-refusal finding at all. Every blunt-refusal
// finding's suggestions, applied, must change only the finding's span (the seller's other words kept) and keep the
// seller's `keep` words in the rewrite (refusal-quotes.ts keepsTheRest).
import { expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';
import { keepsTheRest } from '../refusal-quotes';

const engine = nodeEngine();

export interface RefusalCase {
  body: string;
  subject?: string;
  /** Text inside a blunt-refusal finding's span; null: no blunt-refusal finding. */
  refusal: string | null;
  /** Words of the seller's that every suggestion must keep. */
  keep?: string;
}

export function refusals(c: Pick<RefusalCase, 'body' | 'subject'>): Finding[] {
  return engine
    .analyze({ subject: c.subject ?? '', body: c.body, kind: 'email', context: { recipient: 'client', firstContact: false, now: '2026-05-01' } })
    .filter((f) => f.category === 'blunt-refusal');
}

/** One test per case, named by its body. */
export function run(cases: RefusalCase[]) {
  it.each(cases.map((c) => [c.body.replace(/\n/g, ' ⏎ ').slice(0, 160), c] as const))('%s', (_name, c) => {
    const found = refusals(c);
    if (c.refusal === null) {
      expect(found.map((f) => [f.ruleId, c.body.slice(f.start, f.end)])).toEqual([]);
      return;
    }
    const hit = c.body.indexOf(c.refusal);
    expect(hit, 'the case names text of its body').toBeGreaterThanOrEqual(0);
    const covering = found.filter((f) => f.start <= hit + c.refusal!.length && f.end >= hit);
    expect(covering.map((f) => c.body.slice(f.start, f.end)), JSON.stringify(found.map((f) => [f.ruleId, c.body.slice(f.start, f.end)]))).not.toEqual([]);
    for (const f of covering) keepsTheRest(c.body, f, c.keep);
  });
}
