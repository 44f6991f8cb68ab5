// One refusal, one finding: a flat "no" followed by a sentence that says no again (the policy behind it, a
// second negation) is flagged at its first sentence only. A refusal after other content is flagged again.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const engine = new Engine({ rules: englishRules });
const refusals = (body: string) =>
  engine.analyze({ body, context: C }).filter((f) => f.category === 'blunt-refusal').map((f) => body.slice(f.start, f.end));

const CASES: Array<[string, string[]]> = [
  ["We can't extend the warranty to five years. Our legal team will not approve longer terms.", ["We can't extend the warranty to five years."]],
  ['We will not lower the unit price. Our distributors would not accept it.', ['We will not lower the unit price.']],
  ['We are unable to ship on Sunday. Our drivers do not work weekends.', ['We are unable to ship on Sunday.']],
  ["That won't be possible. We don't make exceptions to our payment terms.", ["That won't be possible."]],
  ['We cannot send the source files. Our licence does not allow it.', ['We cannot send the source files.']],
  ['We have decided not to renew the agreement. We will not reconsider.', ['We have decided not to renew the agreement.']],
  // Other content between: two refusals.
  ["We can't extend the warranty to five years.\nThe samples left Osaka this morning.\nWe will not lower the unit price.",
    ["We can't extend the warranty to five years.", 'We will not lower the unit price.']],
  // A cushioned refusal followed by its reason: nothing.
  ["I'm afraid we cannot extend the warranty to five years. Our legal team will not approve longer terms.", []],
  // A refusal after a notice (whose negation is news, not an answer): flagged.
  ['Calibration is no longer included in the service plan from April.\nWe are unable to visit on Saturday.',
    ['We are unable to visit on Saturday.']],
  // A flat no after a sentence that is no refusal: flagged.
  ['Thank you for the drawings. We will not lower the unit price.', ['We will not lower the unit price.']],
];

describe('a refusal restated is one finding', () => {
  it.each(CASES)('%s', (body, expected) => {
    expect(refusals(body)).toEqual(expected);
  });
});
