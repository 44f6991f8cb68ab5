// Each entry of dictionaries/en/greetings.json carries mails that must show a casual greeting or sign-off
// and near misses that must not; the rule is run on both, alone.
import { describe, expect, it } from 'vitest';
import data from '../../../dictionaries/en/greetings.json';
import { Engine } from '../../../src/engine/engine';
import rule, { GreetingsDictionarySchema } from '../../../src/rules/en/greeting-and-sign-off';

const engine = new Engine({ rules: [rule] });
const flagged = (body: string) => engine.analyze({ body, context: { recipient: 'client', firstContact: false, now: '2025-12-01' } }).length > 0;
const dict = GreetingsDictionarySchema().parse(data);

describe('dictionaries/en/greetings.json', () => {
  for (const e of [...dict.greetings, ...dict.signOffs]) {
    it.each(e.has)(`${e.id}: flags %j`, (body) => expect(flagged(body)).toBe(true));
    it.each(e.hasNot)(`${e.id}: leaves %j`, (body) => expect(flagged(body)).toBe(false));
  }
  it('has short words only', () => {
    for (const e of [...dict.greetings, ...dict.signOffs]) for (const w of e.words) expect(w.length, w).toBeLessThanOrEqual(30);
  });
});
