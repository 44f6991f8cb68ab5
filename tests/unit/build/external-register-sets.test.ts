// The external register sets' builder (scripts/build-external-register-sets.mjs) and the linguistic classes its
// report groups misses by (scripts/lib/ja-casual-classes.mjs): the CSV reader keeps quoted commas, and the classes
// tell a contraction or a final particle from a verb that merely ends in the same kana.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/build-external-register-sets.mjs';
import { clearlyCasual, segmentClasses, sentences } from '../../../scripts/lib/ja-casual-classes.mjs';

const ROOT = join(__dirname, '../../..');
const classes = (text: string): Promise<string[]> => segmentClasses(text, ROOT);

describe('parseCsv', () => {
  it('keeps commas and doubled quotes inside quoted fields, and CRLF line ends', () => {
    expect(parseCsv('本文,Level\r\n"4,900メートル、""白鯨""",2\r\nはい,3\n')).toEqual([
      ['本文', 'Level'],
      ['4,900メートル、"白鯨"', '2'],
      ['はい', '3'],
    ]);
  });
});

describe('sentences', () => {
  it('splits after 。！？ and at line breaks', () => {
    expect(sentences('やあ、ジョージだよ。元気？\nまたね')).toEqual(['やあ、ジョージだよ。', '元気？', 'またね']);
  });
});

describe('segmentClasses', () => {
  it.each([
    ['本当にいいね。', ['particle']],
    ['もう知ってる？', ['contraction']],
    ['そう思うんだけど。', ['contraction']],
    ['料金を教えて。', ['request']],
    ['早くしろ。', ['request']],
    ['やあ、ジョージだよ。', ['slang', 'particle']],
    ['私も同じだ。', ['plain']],
    ['聞いたことがない。', ['plain']],
  ])('%s → %j', async (text, want) => {
    expect(await classes(text)).toEqual(want);
  });

  it('does not take a verb ending in てる or a past tense in んだ for a contraction', async () => {
    expect(await classes('ごみを捨てる。')).toEqual(['plain']);
    expect(await classes('その本を読んだ。')).toEqual(['plain']);
  });

  it('finds no casual class in a polite sentence, even with a final particle or ください', async () => {
    expect(await classes('本当にいいですね。')).toEqual([]);
    expect(await classes('料金を教えてください。')).toEqual([]);
  });

  it('counts plain-form endings only when no sentence shows a stronger class', async () => {
    expect(await classes('私も同じだ。本当にいいね。')).toEqual(['particle']);
    expect(clearlyCasual(['plain'])).toBe(false);
    expect(clearlyCasual(['particle'])).toBe(true);
  });
});
