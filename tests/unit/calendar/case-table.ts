// The table the calendar class tests share: a draft, the calendar findings it must raise (rule and quoted
// text, in order; [] = none), and where it matters the first suggestion's text, which applied must leave
// no finding of the same rule behind.
import { expect, it } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import type { Finding } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();

export type Expect = Array<[string, string]>;
export interface Case {
  now: string;
  body: string;
  expect: Expect;
  recipient?: 'client' | 'prospect';
  firstContact?: boolean;
  kind?: 'email' | 'meeting-invite';
  subject?: string;
  /** The text of the first finding's first suggestion, where it matters. */
  fixed?: string;
}

function calendar(c: Case): Finding[] {
  return engine
    .analyze({ subject: c.subject ?? '', body: c.body, kind: c.kind ?? 'email', context: { recipient: c.recipient ?? 'client', firstContact: c.firstContact ?? false, now: c.now } })
    .filter((f) => f.category === 'calendar');
}

/** One test per case, named by its body. */
export function run(cases: Case[]) {
  it.each(cases.map((c) => [c.body.replace(/\n/g, ' ⏎ '), c] as const))('%s', (_name, c) => {
    const found = calendar(c);
    expect(found.map((f) => [f.ruleId.replace('any.calendar.', ''), c.body.slice(f.start, f.end)])).toEqual(c.expect);
    if (c.fixed !== undefined) expect(found[0]!.suggestions[0]!.text).toBe(c.fixed);
    // Applied, the first suggestion raises no calendar finding of the same rule on the same place.
    if (found[0]?.suggestions[0] && c.fixed !== undefined) {
      const after = applySuggestion(c.body, found[0], 0);
      expect(calendar({ ...c, body: after }).filter((f) => f.ruleId === found[0]!.ruleId)).toEqual([]);
    }
  });
}
