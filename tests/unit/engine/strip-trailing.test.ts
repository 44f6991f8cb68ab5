import { describe, expect, it } from 'vitest';
import { isAddressTrailing, stripTrailing } from '../../../src/engine/words';
import { isAddressLine } from '../../../src/engine/analysis/layout';

describe('stripTrailing (the linear replacement for /[、:\\s]+$/)', () => {
  it('removes exactly the trailing run the predicate accepts', () => {
    expect(stripTrailing('株式会社サクラ商事、：  ', isAddressTrailing)).toBe('株式会社サクラ商事');
    expect(stripTrailing('営業部 佐藤様', isAddressTrailing)).toBe('営業部 佐藤様');
    expect(stripTrailing('、、、', isAddressTrailing)).toBe('');
    expect(stripTrailing('', isAddressTrailing)).toBe('');
    expect(stripTrailing('A、B、', isAddressTrailing)).toBe('A、B');
  });

  it('agrees with the regular expression it replaced on mixed inputs', () => {
    const samples = ['佐藤様、', '物流課：', 'ABC, ', '御中 \u3000', 'x:y:', '  、', 'なし'];
    for (const s of samples) expect(stripTrailing(s, isAddressTrailing)).toBe(s.replace(/[、,，：:\s]+$/, ''));
  });

  it('a line that is a long run of 、 after a name is not an address line (and is judged in one pass)', () => {
    expect(isAddressLine('株式会社サクラ商事' + '、'.repeat(50_000) + 'x')).toBe(false);
    expect(isAddressLine('株式会社サクラ商事' + '、'.repeat(50_000))).toBe(true);
  });
});
