import { describe, expect, it } from 'vitest';
import { applySuggestion, suggestionEdits } from '../../../src/engine/apply';

const finding = (start: number, end: number, s: { text: string; edits?: { start: number; end: number; text: string }[] }) => ({
  start, end, suggestions: [{ label: 'fix', ...s }],
});

describe('applying a suggestion', () => {
  it('replaces exactly the finding range when there are no edits', () => {
    expect(applySuggestion('abc御社def', finding(3, 5, { text: '貴社' }))).toBe('abc貴社def');
  });

  it('applies a cushion inserted where the replaced phrase starts, in reading order', () => {
    const f = finding(0, 5, {
      text: '申し訳ございませんが、…いたしかねます',
      edits: [{ start: 0, end: 0, text: '申し訳ございませんが、' }, { start: 0, end: 5, text: 'いたしかねます' }],
    });
    expect(applySuggestion('できません。', f)).toBe('申し訳ございませんが、いたしかねます。');
  });

  it('applies edits given in any order, leaving the text between them untouched', () => {
    const f = finding(6, 9, { text: '…', edits: [{ start: 6, end: 9, text: 'ccc' }, { start: 0, end: 1, text: 'A' }] });
    expect(applySuggestion('a-----bbb--', f)).toBe('A-----ccc--');
  });

  it('refuses overlapping edits', () => {
    expect(() => suggestionEdits({ start: 0, end: 4 }, { text: '', label: '', edits: [{ start: 0, end: 3, text: 'x' }, { start: 2, end: 4, text: 'y' }] })).toThrow(/overlap/);
  });
});
