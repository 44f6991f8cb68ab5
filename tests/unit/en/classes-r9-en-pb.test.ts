// Pressure and bad news as classes (round 9), in wordings written for these tests and listed nowhere in
// the data or the corpora; beside each class the near misses that share its words and must stay clean.
// The categories raised must be exactly the expected ones.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { categoryTables, type Case } from './category-table';

/** A later mail to a prospect, a first mail to a prospect, a mail to a client. */
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-03-02' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-03-02' };
const D = 'Dear Mr. Tanabe,\n\n';
const END = '\n\nBest regards,\nMarta';

// A lapse phrase ("expires", "lapses", "runs out") as the last word of the text, with no date, no period and
// no newline after it, threw: the word after the cue was looked up at index -1. Every ending must be checked.
const LAPSE_ENDINGS = ['', '.', '\n', '!', ' ', '...'];
const LAPSE_BODIES = [
  D + 'Thank you for the meeting. This offer expires',
  D + 'The introductory price lapses',
  D + 'Please note that our discount will lapse',
  'The quote expires',
  'offer expires',
  'Our launch pricing runs out',
  D + 'The promotional rate ends',
  D + 'I am afraid the special terms expire',
];

describe('a lapse phrase at the very end of the text', () => {
  const engine = new Engine({ rules: englishRules });
  const cases = LAPSE_BODIES.flatMap((b) => LAPSE_ENDINGS.flatMap((e) => [P, C].map((c) => [b + e, c] as const)));
  it.each(cases)('%j is checked without throwing', (body, context) => {
    expect(() => engine.analyze({ body, context })).not.toThrow();
    expect(() => engine.analyze({ body, subject: body, context: { ...context, firstContact: true } })).not.toThrow();
  });
});

const LAPSE_DATED: Case[] = [
  ['pressure', P, D + 'The discount lapses on Friday'],
  ['pressure', P, D + 'Our special price expires this Thursday'],
  ['pressure', P, D + 'The launch offer expires tomorrow.'],
  // near misses: a client, and a standard validity
  ['', C, D + 'The discount lapses on Friday'],
  ['', P, D + 'This quote is valid for 30 days'],
];

categoryTables([
  ['lapse phrase with its date at the end of the text', LAPSE_DATED],
]);
