// termNewValue (round 30): a term's new value read from its figures — the direction from the values and the term, not words.
import { describe, expect, it } from 'vitest';
import { termNewValue } from '../../../src/engine/analysis/ja-news-terms';

describe('termNewValue', () => {
  it.each([
    ['BC-220　改定後単価：4,980円（現行 4,790円）', 'price', 'term-beside-old'],
    ['月額単価：412,000円（税別、現行385,000円）', 'price', 'term-beside-old'],
    ['標準納期は受注後8週間となります（現行5週間）。', 'delay', 'term-beside-old'],
    ['最小発注数量は500個となります（現行200個）。', 'price', 'term-beside-old'],
    ['保証期間は12か月となります（現行24か月）。', 'discontinued', 'term-beside-old'],
    ['4月出荷のぶんから、N-70は1kgあたり2,850円になります。', 'price', 'term-new-price'],
    ['最小発注数量は100個となります（現行500個）。', 'price', 'figure-favourable'],
    ['標準納期は4週間となります（現行6週間）。', 'price', 'figure-favourable'],
  ])('%s → %s (%s)', (text, kind, source) => {
    expect(termNewValue(text)).toMatchObject({ kind, source });
  });

  it.each([
    'ご依頼のお見積りです。4月出荷分から、1kgあたり2,850円となります。',
    '現在のご契約単価は1kgあたり2,650円です。',
    'N-70は1kgあたり2,850円になります。',
    '本製品の納期は、通常ご注文から3週間です。',
    '作業人数は5名となります（現行3名）。',
  ])('no term news: %s', (text) => {
    expect(termNewValue(text)).toBeUndefined();
  });

  it('keeps its span inside the sentence and on whole characters', () => {
    const text = '来期のオペレーター1名あたり月額単価：412,000円（税別、現行385,000円）';
    const cue = termNewValue(text)!;
    expect(text.slice(cue.start, cue.end)).toBe(text);
  });
});
