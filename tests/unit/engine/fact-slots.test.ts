// A sentence the parser placed carries the facts the engine's FactStore handed out for its text (FactSlots,
// shared by every copy placed from the same parsed sentence), so that an unchanged sentence's facts are read
// without a look-up by text. These are the same facts, from the same store: another store, the store after
// clear(), or a copy of the sentence with another text never reads them.
import { describe, expect, it } from 'vitest';
import { activeStore, analysingWith, FactStore, type Annotator } from '../../../src/engine/analysis/facts';
import { FieldParser } from '../../../src/engine/parse';
import type { Sentence } from '../../../src/engine/types';

function counting(id: string): Annotator<{ text: string; n: number }> & { calls: string[] } {
  const calls: string[] = [];
  return { id, calls, analyze: (s: Sentence) => (calls.push(s.text), { text: s.text, n: calls.length }) };
}

const DRAFT = 'Dear Mr. Sato,\nThank you for your mail. We can ship on Friday.\nBest regards,\nAnna';

describe('facts kept with parsed sentences', () => {
  it('an unchanged sentence, moved by an edit above it, is served its facts without analysing it again', () => {
    const parser = new FieldParser();
    const store = new FactStore();
    const a = counting('a');
    const before = parser.parse(DRAFT).sentences;
    const first = before.map((s) => store.of(a, s));
    expect(a.calls).toEqual(before.map((s) => s.text));
    const after = parser.parse(`Hello.\n${DRAFT}`).sentences;
    const again = after.slice(1).map((s) => store.of(a, s));
    // The same objects: read back, not recomputed; only the new sentence is analysed.
    again.forEach((f, i) => expect(f).toBe(first[i]));
    expect(store.of(a, after[0]!)).toEqual({ text: 'Hello.', n: before.length + 1 });
    expect(a.calls).toEqual([...before.map((s) => s.text), 'Hello.']);
  });

  it('each annotator has its own facts for the same sentence', () => {
    const parser = new FieldParser();
    const store = new FactStore();
    const a = counting('a');
    const b = counting('b');
    const [s] = parser.parse(DRAFT).sentences;
    expect(store.of(a, s!)).not.toBe(store.of(b, s!));
    expect(store.of(a, s!)).toBe(store.of(a, s!));
    expect([a.calls.length, b.calls.length]).toEqual([1, 1]);
  });

  it('another store, or the same store after clear(), works the facts out afresh', () => {
    const parser = new FieldParser();
    const one = new FactStore();
    const two = new FactStore();
    const a = counting('a');
    const [s] = parser.parse(DRAFT).sentences;
    const fromOne = one.of(a, s!);
    const fromTwo = two.of(a, s!);
    expect(fromTwo).not.toBe(fromOne);
    expect(a.calls).toHaveLength(2);
    // The first store reads its own again, not the second's.
    expect(one.of(a, s!)).toBe(fromOne);
    expect(a.calls).toHaveLength(2);
    one.clear();
    expect(one.of(a, s!)).not.toBe(fromOne);
    expect(a.calls).toHaveLength(3);
  });

  it('a copy of a sentence with another text is not served the facts of the original text', () => {
    const parser = new FieldParser();
    const store = new FactStore();
    const a = counting('a');
    const [s] = parser.parse(DRAFT).sentences;
    store.of(a, s!);
    const copy = { ...s!, text: 'Dear Ms. Ito,' };
    expect(store.of(a, copy)).toEqual({ text: 'Dear Ms. Ito,', n: 2 });
  });
});

describe('the store analysis helpers memoise in', () => {
  it("is the analysing Engine's store inside its analysis, and outside any a new empty one per call (no module-level memo)", () => {
    const store = new FactStore();
    analysingWith(store, () => {
      expect(activeStore()).toBe(store);
      expect(activeStore()).toBe(store);
    });
    const outside = activeStore();
    outside.memo<string, number>('probe').set('kept?', 1);
    expect(activeStore()).not.toBe(outside);
    expect(activeStore().memo<string, number>('probe').size).toBe(0);
    expect(activeStore()).not.toBe(store);
  });
});
