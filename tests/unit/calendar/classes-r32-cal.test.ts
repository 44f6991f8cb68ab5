// Round 32 (calendar, issues 9/10): the cases of classes-r32-cases.ts — a deadline date is no meeting slot, a time in
// a zone named in Japanese or by an accented city is converted to Tokyo time, a day named by its place in a closure
// or a run of holidays is the day itself. Each case raises exactly the one calendar finding it quotes, or none.
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';
import { deadlines, runDays, zones, type ClassCase } from './classes-r32-cases';

const engine = nodeEngine();

function quotes(c: ClassCase): string[] {
  return engine
    .analyze({ subject: '', body: c.body, kind: c.kind ?? 'email', context: { recipient: 'client', firstContact: false, now: c.now } })
    .filter((f) => f.category === 'calendar')
    .map((f) => c.body.slice(f.start, f.end));
}

const table = (cases: ClassCase[]) => cases.map((c) => [c.body.replace(/\n/g, ' ⏎ '), c] as const);

for (const [name, cases] of [['a deadline is no slot', deadlines], ['zones by any name', zones], ['days by their place in a closure or a run', runDays]] as const) {
  describe(name, () => {
    it.each(table(cases))('%s', (_n, c) => {
      expect(quotes(c)).toEqual(c.quote ? [c.quote] : []);
    });
  });
}
