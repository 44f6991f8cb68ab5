// Round 34 (calendar, clock34): the cases of classes-r34-clock-cases.ts — numbers read as clock times only where the
// text is about time, day words and dates that only mention a day, and a bare day of the month in a meeting ask. Each
// case raises exactly the one calendar finding it quotes, or none.
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';
import { clockFalseAlarms, clockPositives, mentionNearMisses, mentionPositives, ordinalNearMisses, ordinalPositives, type ClassCase } from './classes-r34-clock-cases';

const engine = nodeEngine();

function quotes(c: ClassCase): string[] {
  return engine
    .analyze({ subject: '', body: c.body, kind: c.kind ?? 'email', context: { recipient: 'client', firstContact: false, now: c.now } })
    .filter((f) => f.category === 'calendar')
    .map((f) => c.body.slice(f.start, f.end));
}

const table = (cases: ClassCase[]) => cases.map((c) => [`${c.now} ${c.body.replace(/\n/g, ' ⏎ ')}`, c] as const);

const groups = [
  ['a number that is no clock', clockFalseAlarms],
  ['clock times that stay flagged', clockPositives],
  ['day words and dates only mentioned', mentionNearMisses],
  ['dates proposed, and wrong weekdays', mentionPositives],
  ['a bare day of the month asked for', ordinalPositives],
  ['bare days that stay clean', ordinalNearMisses],
] as const;

for (const [name, cases] of groups) {
  describe(name, () => {
    it.each(table(cases))('%s', (_n, c) => {
      expect(quotes(c)).toEqual(c.quote ? [c.quote] : []);
    });
  });
}
