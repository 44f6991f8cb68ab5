// WordList.all reads a word's candidates from the index's own lists (round 31: no array made per word) and
// WordList.test stops at the first match: both must answer as round 30's all() did — the same matches in the
// same order, and test() true exactly when all() is non-empty — for phrases with gaps, "#" numbers, anchors,
// a phrase under both its word and "#", and patterns.
import { describe, expect, it } from 'vitest';
import { rng } from '../../../bench/texts';
import { WordList, isNumberWord, wordsOf, type WordEntry, type WordMatch } from '../../../src/rules/en/lib/word-phrases';

const ENTRIES: WordEntry[] = [
  { id: 'price-rise', phrases: ['price ~ rise', 'prices go up', '# percent increase'], has: ['x'], hasNot: ['y'] },
  { id: 'three-days', phrases: ['# days', 'three days late', '^three weeks'], has: ['x'], hasNot: ['y'] },
  { id: 'cannot', phrases: ['cannot ~ accept', "can't accept", 'we cannot'], has: ['x'], hasNot: ['y'] },
  { id: 'stock-out', phrases: ['out of stock', 'out of ~ stock'], has: ['x'], hasNot: ['y'] },
  { id: 'deadline', pattern: 'dead-?line (?:is|was) (?:moved|missed)', has: ['x'], hasNot: ['y'] },
  { id: 'ten', phrases: ['ten', '# #'], has: ['x'], hasNot: ['y'] },
  // "ten" is matched by its own phrase and by this one, at the same span: their order is the candidates' order.
  { id: 'a-number', phrases: ['#'], has: ['x'], hasNot: ['y'] },
] as WordEntry[];

/** Round 30's all(): each word's candidates concatenated, then matched one by one. */
function reference(entries: WordEntry[], text: string): WordMatch[] {
  const byFirst = new Map<string, Array<{ id: string; anchored: boolean; tokens: string[] }>>();
  const patterns: Array<{ id: string; regex: RegExp }> = [];
  for (const e of entries) {
    if (e.pattern !== undefined) patterns.push({ id: e.id, regex: new RegExp(e.pattern, 'iu') });
    for (const p of e.phrases ?? []) {
      const tokens = p.replace(/^\^/, '').toLowerCase().replace(/’/g, "'").split(/\s+/);
      byFirst.set(tokens[0]!, [...(byFirst.get(tokens[0]!) ?? []), { id: e.id, anchored: p.startsWith('^'), tokens }]);
    }
  }
  // The word matching itself is the list's own (first()/all() of a one-phrase list), so only the candidates'
  // order and the "#" union are what this reference states independently.
  const words = wordsOf(text);
  const out: WordMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.w;
    for (const c of [...(byFirst.get(w) ?? []), ...(isNumberWord(w) ? byFirst.get('#') ?? [] : [])]) {
      if (c.anchored && i !== 0) continue;
      const one = new WordList([{ id: c.id, phrases: [c.tokens.join(' ')], has: ['x'], hasNot: ['y'] } as WordEntry]);
      const m = one.all(words.slice(i).map((x) => x.w).join(' '));
      const at = m.find((x) => x.start === 0);
      if (at) {
        // Map back: the match's end is a word end in the slice; find that word in the original.
        const slice = words.slice(i);
        let pos = 0;
        let end = -1;
        for (const x of slice) {
          if (pos + x.w.length === at.end) end = x.end;
          pos += x.w.length + 1;
        }
        out.push({ id: c.id, start: words[i]!.start, end });
      }
    }
  }
  for (const p of patterns) {
    const m = p.regex.exec(text);
    if (m) out.push({ id: p.id, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const VOCAB = ['price', 'prices', 'go', 'up', 'rise', 'will', 'three', 'days', 'late', 'weeks', '12', '7', 'ten', 'percent', 'increase',
  'we', 'cannot', "can't", 'accept', 'out', 'of', 'stock', 'the', 'deadline', 'dead-line', 'is', 'was', 'moved', 'missed', 'sadly'];

describe('WordList matches (round 31: no candidate array per word; test stops early)', () => {
  const list = new WordList(ENTRIES);
  it('all() gives round 30\'s matches in its order, and test() is all() non-empty, over random sentences', () => {
    const r = rng(3131);
    let flagged = 0;
    for (let n = 0; n < 400; n++) {
      const length = 1 + Math.floor(r() * 9);
      const text = Array.from({ length }, () => VOCAB[Math.floor(r() * VOCAB.length)]!).join(' ') + '.';
      const got = list.all(text);
      expect(got).toEqual(reference(ENTRIES, text));
      expect(list.test(text)).toBe(got.length > 0);
      if (got.length > 0) flagged++;
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(flagged).toBeGreaterThan(50);
    expect(flagged).toBeLessThan(400);
  });
});
