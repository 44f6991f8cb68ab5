// mayHaveCue: the word gate rules ask of every English sentence before parsing it. It must never miss a
// sentence whose words (or their base forms) start a cue phrase of the kinds asked, and must let through
// no sentence that has none of them.
import { describe, expect, it } from 'vitest';
import { mayHaveCue } from '../../../src/engine/analysis/en-acts';

describe('mayHaveCue', () => {
  it.each([
    ['We apologize for the delay.', 'apology'],
    ['We apologized for the delay.', 'apology'], // -ed
    ['Apologies for the late reply.', 'apology'],
    ['We REGRET to tell you.', 'apology'], // case
    ['We regretted it.', 'apology'], // -ed after a doubled consonant: regrett → regret
    ['I will keep trying.', 'persist'],
    ['I keep following up on this.', 'persist'],
  ] as const)('"%s" may hold a %s cue', (text, kind) => {
    expect(mayHaveCue(text, [kind])).toBe(true);
  });

  it.each([
    ['Please find the quotation attached.', 'apology'],
    ['The regiment arrived.', 'apology'], // a word that only begins like one
    ['Sorry', 'persist'], // a cue of another kind
    ['', 'apology'],
    ['御社のご提案をありがとうございます。', 'apology'],
  ] as const)('"%s" holds no %s cue', (text, kind) => {
    expect(mayHaveCue(text, [kind])).toBe(false);
  });

  it('reads curly apostrophes as straight ones and gates a clitic by the word before it', () => {
    expect(mayHaveCue('I’m sorry.', ['apology'])).toBe(true);
    expect(mayHaveCue('Sorry—we’re late.', ['apology'])).toBe(true);
  });

  it('asks every kind given', () => {
    expect(mayHaveCue('I will keep trying.', ['apology', 'persist'])).toBe(true);
    expect(mayHaveCue('I will keep trying.', ['apology'])).toBe(false);
  });
});
