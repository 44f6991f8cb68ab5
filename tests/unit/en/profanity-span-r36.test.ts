// Round 36 (hyg36, round 35's review): the English profanity finding (en.register.casual, WordNet's obscenity class) at
// the start of a sentence covers what was written — "Shit happens", "Holy crap" — and never the first letter of the
// word after it, which its suggestion capitalises by an edit of its own beyond the span ("Shit happens, we will …" →
// "We will …"). On main (ebf0f391) the span ended on that letter ("Shit happens, w").
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import { nodeEngine } from '../node-engine';
import { enNishimuraBrooks as mail } from '../mail-wrappers';

const engine = nodeEngine();

const cases: Array<[sentence: string, flagged: string, after: string]> = [
  ['The list is attached. Shit happens, we will add these cases to regression.', 'Shit happens', 'The list is attached. We will add these cases to regression.'],
  ['Holy crap, the order volume doubled this month!', 'Holy crap', 'The order volume doubled this month!'],
  ['Shit, the pallet fell over in the warehouse.', 'Shit', 'The pallet fell over in the warehouse.'],
  ['Crap, we sent the wrong drawing yesterday.', 'Crap', 'We sent the wrong drawing yesterday.'],
  ['Thanks for your patience. Shit happens: the courier lost the box.', 'Shit happens', 'Thanks for your patience. The courier lost the box.'],
];

describe('the profanity finding covers the words written, not the next word', () => {
  it.each(cases)('%s', (sentence, flagged, after) => {
    const body = mail(sentence);
    const found = engine
      .analyze({ subject: '', body, kind: 'email', context: { recipient: 'client', firstContact: false, now: '2026-07-08' } })
      .filter((f) => f.category === 'register' && /profanity/.test(f.message));
    expect(found.map((f) => body.slice(f.start, f.end))).toEqual([flagged]);
    expect(applySuggestion(body, found[0]!, 0)).toBe(mail(after));
  });
});
