import { describe, expect, it } from 'vitest';
import { placeEdits } from '../../../src/ui/compose/apply';

// Where a suggestion's edits go in the draft as it is now: the checked offsets, moved by the typing done
// elsewhere since the check, and only while the text they span is still the text that was checked.
describe('placeEdits', () => {
  const checked = 'なお、見積書は郵送しません。以上です。';
  const finding = { start: 7, end: 13 };
  const edits = [
    { start: 3, end: 3, text: '申し訳ございませんが、' },
    { start: 7, end: 13, text: 'ご郵送いたしかねます' },
  ];

  it('keeps the offsets when nothing moved', () => {
    expect(placeEdits(checked, checked, finding, edits, 0)).toEqual(edits);
  });

  it('moves every edit by as much as the finding moved (text typed before it)', () => {
    const now = `佐藤様\n${checked}`;
    expect(placeEdits(now, checked, finding, edits, 4)).toEqual([
      { start: 7, end: 7, text: '申し訳ございませんが、' },
      { start: 11, end: 17, text: 'ご郵送いたしかねます' },
    ]);
  });

  it('refuses when the text between the edits was typed into since the check', () => {
    const now = checked.replace('見積書', '請求書');
    expect(placeEdits(now, checked, finding, edits, 0)).toBeNull();
  });

  it('refuses an edit that falls outside the text', () => {
    expect(placeEdits(checked, checked, finding, [{ start: 7, end: 99, text: 'x' }], 0)).toBeNull();
    expect(placeEdits(checked, checked, finding, edits, -5)).toBeNull();
  });
});
