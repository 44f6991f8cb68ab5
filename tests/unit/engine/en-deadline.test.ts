// The deadline fact (src/engine/analysis/en-deadline.ts): the word that sets a date, what it says of the date, and
// whether the date is one said before. Read by rules/en/lib/pressure.ts.
import { describe, expect, it } from 'vitest';
import { deadlinesIn } from '../../../src/engine/analysis/en-deadline';

const words = (text: string) => (text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? []);
const senses = (text: string, bareThat = false) =>
  deadlinesIn(words(text), { bareThat }).map((d) => `${d.sense}${d.anaphor ? '*' : ''}`).join(' ');

describe('the deadline fact', () => {
  it.each([
    ['Please sign by Friday.', 'by'],
    ['Reply no later than the 15th.', 'by'],
    ['Orders placed before the end of next week qualify.', 'by'],
    ['The price holds until March 31.', 'until'],
    ['We can hold the rebate through June 30.', 'until'],
    ['If we do not have it until tomorrow, the slot goes.', 'until'],
    ['The price goes up on March 1.', 'at'],
    ['From July 1 list pricing applies.', 'from'],
    ['As of 1 May the rate is 12% higher.', 'from'],
    ['Please decide within 48 hours.', 'within'],
    ['Please decide within this week.', 'within'],
    ['Approved only for agreements countersigned by that date.', 'by*'],
    ['We can keep it until then.', 'until*'],
    ['Confirm this week; after that date we cannot hold it.', 'from*'],
    ['Our offer stands until Friday and we release it after that.', 'until'],
  ])('%s → %s', (text, expected) => expect(senses(text)).toBe(expected));

  it('reads a bare "after that" as a date said back only when asked', () => {
    expect(senses('After that, pricing goes back to list.')).toBe('');
    expect(senses('After that, pricing goes back to list.', true)).toBe('from*');
  });

  it.each([
    'Please sign by email.',
    'We met on the train.',
    'Sent by courier from our Osaka warehouse.',
    'Until we hear from you, we will keep the file open.',
    'Within our team, nobody has used it.',
    'Made by hand in the same factory.',
  ])('no deadline in "%s"', (text) => expect(senses(text, true)).toBe(''));
});
