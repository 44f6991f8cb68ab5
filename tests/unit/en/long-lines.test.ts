// Issue 15: the recipient display names, the salutation's "Hello, Kenji" comma and the emoticons were read by
// regular expressions that retried from every position of a long run (quadratic or worse on one line). They
// are now linear scans or patterns with no overlapping quantifiers (tests/unit/redos). These tests give each
// a pathological 100 KB single line and check that the answer is still right; timings go to the bench
// (bench/long-lines.ts), never here.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftInput, Finding } from '../../../src/engine/types';
import emojiRule from '../../../src/rules/en/emoji';
import salutationRule from '../../../src/rules/en/salutation';
import { japaneseSurnameOf, withoutAsides } from '../../../src/rules/en/lib/names';

const KB100 = 100 * 1024;
const fill = (unit: string, n = KB100) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const client = { recipient: 'client' as const, firstContact: false, now: '2026-02-02' };

const salutations = new Engine({ rules: [salutationRule] });
const emoticons = new Engine({ rules: [emojiRule] });
const quotes = (engine: Engine, draft: DraftInput): string[] =>
  engine.analyze(draft).map((f: Finding) => draft.body.slice(f.start, f.end));

describe('recipient display names of 100 KB', () => {
  it('an unclosed "(" or "<" run stays, and the name after it is still read', () => {
    expect(japaneseSurnameOf(fill('(') + ' Takuya Sato')).toEqual({ surname: 'Sato', given: 'Takuya' });
    expect(japaneseSurnameOf(fill('<') + ' SATO Takuya')).toEqual({ surname: 'Sato', given: 'Takuya' });
    expect(withoutAsides(fill('(', 10)).length).toBe(10);
  });

  it('a closed aside of any length is dropped, however many brackets it holds', () => {
    expect(japaneseSurnameOf(`Takuya Sato (${fill('(')})`)).toEqual({ surname: 'Sato', given: 'Takuya' });
    expect(japaneseSurnameOf(`"Sato, Takuya" <${fill('x')}@example.jp>`)?.surname).toBe('Sato');
  });

  it('reads short names exactly as the regular expression it replaces', () => {
    const old = (s: string) => s.replace(/<[^>]*>|\([^)]*\)|"/g, ' ');
    for (const s of ['Kenji (Sales) <k@example.jp> "Mori"', 'a (b (c) d) e', 'x < y > (z', '((a)', '<<a>', 'a) (b', '"Sato, Takuya"']) {
      expect(withoutAsides(s), s).toBe(old(s));
    }
  });

  it('titles, however many, are not names', () => {
    expect(japaneseSurnameOf(fill('Mr. ') + 'Takuya Sato')?.surname).toBe('Sato');
    expect(japaneseSurnameOf(fill('Mr. '))).toBeUndefined();
  });

  it('such a name beside "Hi Takuya," still gives the surname to suggest', () => {
    const body = 'Hi Takuya,\nThanks for the call.';
    const [finding] = salutations.analyze({ body, context: { ...client, recipientNames: [fill('(') + ' Takuya Sato'] } });
    expect(finding?.suggestions.map((s) => s.text)).toContain('Dear Sato-san');
  });
});

describe('salutation lines of 100 KB', () => {
  it('"Hi, Kenji" followed by 100 KB of spaces is still a greeting by given name', () => {
    expect(quotes(salutations, { body: 'Hi, Kenji' + fill(' ') + '\nThanks for the call.', context: client })).toEqual(['Hi, Kenji']);
  });

  it('"Hello, Sato" after 100 KB of spaces before the comma is still a bare surname', () => {
    expect(quotes(salutations, { body: 'Hello' + fill(' ') + ', Sato,\nThe quote is attached.', context: client })).toEqual([
      'Hello' + fill(' ') + ', Sato',
    ]);
  });

  it.each([
    ['"Mr. " repeated', 'Dear ' + fill('Mr. ')],
    ['capitals', 'Hi, ' + fill('A') + 'x'],
    ['capitalised surnames', 'Hi, ' + fill('Sato ')],
    ['commas', 'Hi' + fill(',')],
    ['a comma, a name and spaces, then more words', 'Hi, Kenji' + fill(' ') + 'x'],
    ['spaces, then "I"', 'Hello,' + fill(' ') + 'I am writing about the order.'],
  ])('%s: not an address, nothing flagged', (_name, line) => {
    expect(quotes(salutations, { body: line + '\nThanks.', context: client })).toEqual([]);
  });

  it('thousands of names joined by "and" are a list, not an address (and each would be looked up in the whole mail)', () => {
    expect(quotes(salutations, { body: 'Hi ' + fill('Kenji and ') + 'Yuki,\nThanks.', context: client })).toEqual([]);
    // A real address of several people is still read.
    expect(quotes(salutations, { body: 'Hi Kenji and Yuki,' + fill(' ') + '\nThanks.', context: client })).toEqual(['Hi Kenji and Yuki']);
  });
});

describe('emoticon lines of 100 KB', () => {
  it('an unclosed kaomoji face followed by spaces is nothing; a smiley at the end still is', () => {
    const body = 'Thanks (▽' + fill(' ') + 'x :)';
    expect(quotes(emoticons, { body, context: client })).toEqual([':)']);
  });

  it('a kaomoji face with 100 KB of spaces inside is still one face', () => {
    const body = 'Thanks (´' + fill(' ') + '▽`)';
    expect(quotes(emoticons, { body, context: client })).toEqual([body.slice('Thanks '.length)]);
  });

  it('a run of 50 000 emoji is one finding over the run', () => {
    const run = fill('😀');
    expect(quotes(emoticons, { body: 'Thanks ' + run, context: client })).toEqual([run]);
  });

  it('":-" repeated is no emoticon until a face closes it', () => {
    expect(quotes(emoticons, { body: 'Thanks ' + fill(':-'), context: client })).toEqual([]);
    expect(quotes(emoticons, { body: 'Thanks ' + fill(':-') + ':-)', context: client })).toEqual([':-)']);
  });

  it.each([
    ['commas', fill(',')],
    ['opening brackets and spaces', fill('( ')],
    ['capitals', fill('A')],
  ])('%s: nothing', (_name, line) => {
    expect(quotes(emoticons, { body: line, context: client })).toEqual([]);
  });
});
