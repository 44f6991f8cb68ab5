// Round 33 (clean33, issue 9): clean drafts a refusal reader flags, owned this round by limits33en and left alone here
// (BRIEF33: "for a false alarm of those, write the case into a class file marked as a known miss"). A writer who holds
// back a QUICK answer until they have checked ("I would rather not give you a quick answer before checking: …", r32's
// unread df-044) defers the answer and promises it; nothing is refused. The flagged wordings are it.fails (known misses:
// this file fails once a refusal reader stops flagging them, so flip them to it then); the others stay clean on main
// (b8366eb) and must stay so.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { englishRules } from '../../../src/rules/en';

const engine = new Engine({ rules: englishRules });
const mail = (s: string) => `Dear Ms. Nishimura,\n\nThank you for the proposal for a 5 L bag-in-box format.\n\n${s}\n\nBest regards,\nSophie Tremblay`;
const categories = (s: string) => [...new Set(engine.analyze({ body: mail(s), context: { recipient: 'client', firstContact: false, now: '2026-10-27' } }).map((f) => f.category))].join(',');

describe('r33 a quick answer held back until checked is no refusal', () => {
  // Known misses (limits33en's): flagged as a flat no on main and on this branch.
  it.fails.each([
    'I would rather not give you a quick answer before checking: our filling line and our box supplier both need to confirm. Let me discuss it with our production manager and come back to you by Friday, October 30 with a clear answer.',
    'We would rather not reply in haste before our box supplier confirms the format.',
  ])('known miss: %s', (s) => {
    expect(categories(s)).toBe('');
  });
  it.each([
    'I would prefer not to answer too quickly before checking with our filling line.',
    "I'd rather not give you an answer off the top of my head; let me check with our plant first.",
    'I do not want to give you a hasty answer before our production manager has looked at it.',
    'I would rather not promise anything before checking with our filling line; I will come back to you by Friday.',
  ])('stays clean: %s', (s) => {
    expect(categories(s)).toBe('');
  });
});
