// Round 37 (round 36's review): every English register finding whose suggestion removes a chat word — a vocative or a
// closing tag ("…, mate."), a stock quip inside a sentence, an intensifier that goes ("bloody"), a chat
// greeting opening a sentence — covers the words written (the spec: "the flagged phrase itself"), never the comma or space before
// them or the next word's first letter; the removal of those marks, or the capital of the next word, is an edit of the
// suggestion's own beyond the span. Before (13994fc4) these spans began on ", " or " " ("…, mate", " bloody").
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import { nodeEngine } from '../node-engine';
import { enNishimuraBrooks as mail } from '../mail-wrappers';

const engine = nodeEngine();

const cases: Array<[sentence: string, flagged: string, after: string]> = [
  ['Your order ships today, mate.', 'mate', 'Your order ships today.'],
  ['The samples arrived, buddy, and they look fine.', 'buddy', 'The samples arrived, and they look fine.'],
  ['That price is bloody good for this volume.', 'bloody', 'That price is good for this volume.'],
  ['Your order ships today, lol.', 'lol', 'Your order ships today.'],
  ['Cheers, mate, the drawings arrived.', 'Cheers, mate', 'Thank you, the drawings arrived.'],
];

describe('a removed chat word is flagged as written; the marks around it go by an edit beyond the span', () => {
  it.each(cases)('%s', (sentence, flagged, after) => {
    const body = mail(sentence);
    const found = engine
      .analyze({ subject: '', body, kind: 'email', context: { recipient: 'client', firstContact: false, now: '2026-07-08' } })
      .filter((f) => f.category === 'register');
    expect(found.map((f) => body.slice(f.start, f.end))).toEqual([flagged]);
    expect(applySuggestion(body, found[0]!, 0)).toBe(mail(after));
  });
});
