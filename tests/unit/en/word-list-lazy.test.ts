// A WordList (the outreach and pressure data's phrase lists) is compiled on its first search, not when built at
// import: what it finds is the same, and a malformed phrase is still refused, at that first search.
import { describe, expect, it } from 'vitest';
import { WordList } from '../../../src/rules/en/lib/word-phrases';

const entry = (id: string, more: { phrases?: string[]; pattern?: string }) => ({ id, has: [], hasNot: [], ...more });
const entries = [
  entry('ask', { phrases: ['could you ~ reply', '^just checking'] }),
  entry('count', { phrases: ['# days'] }),
  entry('rx', { pattern: '\\bASAP\\b' }),
];

describe('WordList', () => {
  it('builds nothing until searched, then its index once', () => {
    const list = new WordList(entries);
    const index = () => (list as unknown as { index: unknown }).index;
    expect(index()).toBeUndefined();
    expect(list.all('Could you please kindly reply within 3 days, ASAP?').map((m) => m.id)).toEqual(['ask', 'count', 'rx']);
    const built = index();
    expect(built).toBeDefined();
    expect(list.first('just checking in')?.id).toBe('ask');
    expect(list.first('we are just checking')).toBeUndefined();
    expect(list.test('No rush at all.')).toBe(false);
    expect(index()).toBe(built);
  });

  it('refuses a phrase that starts with a gap, at the first search', () => {
    const list = new WordList([entry('bad', { phrases: ['~ reply'] })]);
    expect(list.entries).toHaveLength(1);
    expect(() => list.all('reply')).toThrow('bad: "~ reply" must start with a word or #');
  });
});
