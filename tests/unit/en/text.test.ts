import { describe, expect, it } from 'vitest';
import { casualWords, removal } from '../../../src/rules/en/lib/register';
import { cushionedRefusal } from '../../../src/rules/en/lib/refusal';
import { dropLeadingNo, lowerFirstWord, matchCase, withFullStop } from '../../../src/rules/en/lib/text';

describe('lowerFirstWord', () => {
  it.each([
    ['We do not sign templates.', 'we do not sign templates.'],
    ['Those seats are billed.', 'those seats are billed.'],
    ['Data migration is extra.', 'data migration is extra.'],
    ['I cannot attend.', 'I cannot attend.'],
    ['NDA templates are ours.', 'NDA templates are ours.'],
    ['Model TX-40 will be discontinued.', 'Model TX-40 will be discontinued.'],
    ['Linda Park will take over.', 'Linda Park will take over.'],
    ['Ms. Chen will take over.', 'Ms. Chen will take over.'],
    ['Between 9:00 and 10:00 we cannot take calls.', 'between 9:00 and 10:00 we cannot take calls.'],
    ['Damage from a fall is not covered.', 'damage from a fall is not covered.'],
  ])('%s → %s', (input, output) => {
    expect(lowerFirstWord(input)).toBe(output);
  });

  it('keeps names the caller knows', () => {
    expect(lowerFirstWord('Sato will join.', (w) => w === 'Sato')).toBe('Sato will join.');
  });
});

describe('small text helpers', () => {
  it('drops a bare leading no', () => {
    expect(dropLeadingNo("No, we can't.")).toBe("We can't.");
    expect(dropLeadingNo('No problem at all.')).toBe('No problem at all.');
  });

  it('adds a full stop only when missing', () => {
    expect(withFullStop('Thanks')).toBe('Thanks.');
    expect(withFullStop('Thanks!')).toBe('Thanks!');
  });

  it('capitalises replacements at a sentence start or for capitalised words only', () => {
    expect(matchCase('thank you', 'Thx', false)).toBe('Thank you');
    expect(matchCase('at your earliest convenience', 'ASAP', false)).toBe('at your earliest convenience');
    expect(matchCase('at your earliest convenience', 'ASAP', true)).toBe('At your earliest convenience');
  });

  it('removes a word with its space, or re-capitalises what follows it', () => {
    expect(removal('great lol.', 6, 'lol')).toEqual({ start: 5, end: 9, capital: '' });
    expect(removal('Haha, sure.', 0, 'Haha')).toEqual({ start: 0, end: 7, capital: 'S' });
  });
});

describe('casualWords', () => {
  const sentence = (text: string) => ({ text, start: 100, end: 100 + text.length, lang: 'en' as const, line: 0 });

  it('gives field offsets and keeps the longest of overlapping matches', () => {
    const words = casualWords(sentence('Cheers mate, see you tmrw'));
    expect(words.map((w) => [w.start, w.end])).toEqual([
      [100, 111],
      [121, 125],
    ]);
    expect(words[0]!.suggestions[0]!.text).toBe('Thank you');
  });

  it('does not see slang inside ordinary words', () => {
    expect(casualWords(sentence('The automated estimate was cheerful and thorough.'))).toEqual([]);
  });
});

describe('cushionedRefusal', () => {
  const cushion = (text: string, at: number) => cushionedRefusal(text, at).text;
  it.each([
    ['No, we cannot do that.', "I'm afraid we cannot do that."],
    ['Regarding your request: that isn’t something we do.', 'Regarding your request: I\'m afraid that isn’t something we do.'],
    ['For the Q3 order, we cannot split the shipment.', "For the Q3 order, I'm afraid we cannot split the shipment."],
    ['Thank you for asking, but we cannot split the shipment.', "Thank you for asking, but I'm afraid we cannot split the shipment."],
    ['Between 9:00–17:00 we cannot take calls.', "I'm afraid between 9:00–17:00 we cannot take calls."],
  ])('%s', (text, start) => {
    const at = text.search(/we cannot|that isn/);
    expect(cushion(text, at).startsWith(start), cushion(text, at)).toBe(true);
  });
});
