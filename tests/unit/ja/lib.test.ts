// The analysis helpers behind the Japanese rules: conjugation, the sentence-final predicate, the mail layout.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { splitLines } from '../../../src/engine/segment';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import { conjugate } from '../../../src/engine/analysis/ja-conjugate';
import { mailLayout } from '../../../src/engine/analysis/layout';
import { finalPredicate } from '../../../src/engine/analysis/ja-predicate';
import { clauseStart, isHeadingOrListItem, quotedRanges } from '../../../src/rules/ja/lib/text';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

describe('conjugate', () => {
  it.each([
    ['おっしゃる', '五段・ラ行特殊', '連用形', 'おっしゃい'],
    ['おっしゃる', '五段・ラ行特殊', '連用タ接続', 'おっしゃっ'],
    ['なる', '五段・ラ行', '連用形', 'なり'],
    ['申す', '五段・サ行', '連用形', '申し'],
    ['伺う', '五段・ワ行促音便', '連用タ接続', '伺っ'],
    ['書く', '五段・カ行イ音便', '連用タ接続', '書い'],
    ['読む', '五段・マ行', '未然形', '読ま'],
    ['できる', '一段', '連用形', 'でき'],
    ['確認する', 'サ変・スル', '連用形', '確認し'],
    ['来る', 'カ変・来ル', '連用形', '来'],
  ] as const)('%s (%s) %s → %s', (base, type, form, out) => {
    expect(conjugate(base, type, form)).toBe(out);
  });
  it('returns undefined for a type it does not know', () => expect(conjugate('だ', '特殊・ダ', '連用形')).toBeUndefined());
});

describe('finalPredicate', () => {
  const p = (text: string) => finalPredicate(tokenizer.tokenize(text));
  it.each([
    ['資料をお送りします。', 'polite'],
    ['ご確認ください。', 'polite'],
    ['在庫がございます。', 'polite'],
    ['平均12分短縮できる見込みだ。', 'dearu'],
    ['本件は弊社の責任である。', 'dearu'],
    ['昨日発送した。', 'plain'],
    ['問題ない。', 'plain'],
    ['詳細は添付のとおり。', 'none'],
    ['早速ご対応いただきたく。', 'none'],
    ['「本製品は防水である」', 'dearu'],
  ] as const)('%s is %s', (text, style) => {
    expect(p(text).style).toBe(style);
  });
  it('marks a predicate inside a closing quote as quoted', () => expect(p('「本製品は防水である」').quoted).toBe(true));
  it.each([
    ['見込みだ。', 'です'],
    ['責任である。', 'です'],
    ['発送した。', 'しました'],
    ['問題はない。', 'ありません'],
    ['わかるだろう。', 'でしょう'],
    ['ご相談したい。', 'したく存じます'],
    ['高かった。', '高かったです'],
    ['思う。', '思います'],
    ['来ない。', '来ません'],
  ] as const)('the polite form of %s ends in %s', (text, polite) => {
    expect(p(text).polite).toBe(polite);
  });
  it('keeps sentence-final particles apart', () => {
    const r = p('明日送るね。');
    expect(r.particles.map((t) => t.surface)).toEqual(['ね']);
    expect(r.style).toBe('plain');
  });
});

describe('mailLayout', () => {
  it('finds the address block, the body, the closing and the signature', () => {
    const text = '株式会社ABC\n営業部 佐藤様\n\nお世話になっております。\n資料をお送りします。\n\nよろしくお願いいたします。\n\n株式会社XYZ 山田';
    const layout = mailLayout(splitLines(text));
    expect(layout.salutation.map((l) => l.text)).toEqual(['株式会社ABC', '営業部 佐藤様']);
    expect(layout.bodyStart).toBe(3);
    expect(layout.closing).toBe(6);
    expect(layout.signatureStart).toBe(7);
  });
  it('skips invitation headers and an English salutation before the address', () => {
    const text = '日時：2026年2月10日（火）14:00\n場所：貴社 会議室\n\n田中様\nいつもお世話になっております。';
    expect(mailLayout(splitLines(text)).salutation.map((l) => l.text)).toEqual(['田中様']);
    expect(mailLayout(splitLines('Dear Sato-san,\n\nお世話になっております。')).salutation).toEqual([]);
  });
  it('does not take the first sentence for an address', () => {
    expect(mailLayout(splitLines('お世話になっております。\n株式会社ABC 山田です。')).salutation).toEqual([]);
    expect(mailLayout(splitLines('お世話になっております\n山田です')).salutation).toEqual([]);
  });
});

describe('text helpers', () => {
  it('finds quoted ranges, including an unclosed quote', () => {
    expect(quotedRanges('彼は「できません」と言った')).toEqual([[2, 9]]);
    expect(quotedRanges('「できません')).toEqual([[0, 6]]);
  });
  it('starts a clause after a comma that follows a particle, not after a list comma', () => {
    const t = '延長は、いずれの機種につきましてもできません';
    expect(t.slice(clauseStart(t, t.indexOf('できません')))).toBe('いずれの機種につきましてもできません');
    const list = 'A社、B社、C社はできません';
    expect(clauseStart(list, list.indexOf('できません'))).toBe(0);
  });
  it('recognises headings and list items', () => {
    for (const t of ['【ご案内】', '■ 概要', '・土日は休業', '1. 納期', '（1）価格', '※ 税別']) expect(isHeadingOrListItem(t), t).toBe(true);
    for (const t of ['お世話になっております。', '1月より価格を改定します。']) expect(isHeadingOrListItem(t), t).toBe(false);
  });
});
