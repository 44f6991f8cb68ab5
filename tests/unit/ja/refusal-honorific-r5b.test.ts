// Second pass over Japanese blunt refusals and honorific slips, by linguistic class, in cases written for this
// suite (not taken from any corpus), each with near misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { type Class, analyze, classTables, inCategory } from './refusal-honorific-table';

const CLASSES: Class[] = [
  {
    name: 'a word that is blunt in itself (無理, ムリ), even after a cushion',
    category: 'blunt-refusal',
    flagged: [
      '申し訳ないけど、その納期は無理です。', 'すみませんが、土曜の搬入はムリです。', '来週の立ち会いはムリっす。',
      '恐縮ですが、この単価では無理でございます。', 'その数量を今月中に揃えるのは無理です。', '試作の前倒しは無理だ。',
    ],
    clean: ['ご無理のない範囲でご検討ください。', 'ムリのない計画を立てましょう。', 'どうかご無理なさらないでください。'],
  },
  {
    name: 'not eligible: 〜の対象にはなりません / 範囲となりません',
    category: 'blunt-refusal',
    flagged: [
      '今回の破損は保証の対象にはなりません。', '輸送中の傷は補償の対象となりません。', 'このご注文は割引の対象にはなりません。',
      '延長分は返金の対象になりません。', '出張修理は保証の範囲にはなりません。', 'キャンペーン前のご注文は今回の特典の対象にはなりません。',
    ],
    clean: ['こちらも保証の対象になります。', 'どの製品が補償の対象になりますか？', '恐れ入りますが、今回の破損は保証の対象にはなりません。'],
  },
  {
    name: 'an explicit "no" verb is never a promise about outsiders (外部の方の…はお断りしております)',
    category: 'blunt-refusal',
    flagged: [
      '外部の方の工場見学はお断りしております。', '第三者による検品の立ち会いはお断りしております。', '社外の方の撮影はお断りいたします。',
      '外部業者の持ち込みはお断りしています。', '他社への図面の転送依頼はお断りしております。', '外部からの直接のご注文は辞退いたします。',
    ],
    clean: [
      'お預かりした図面は外部に開示しておりません。', 'お客様の情報を第三者に提供しておりません。', '大変恐縮ですが、外部の方の工場見学はお断りしております。',
    ],
  },
  {
    name: 'a chosen "we will not" over what the client asked for (ご相談の延長は、いたしません)',
    category: 'blunt-refusal',
    flagged: [
      'ご相談のあった支払期日の延長は、いたしません。', 'ご要望の仕様変更はいたしません。', 'ご依頼の再検査は実施しません。',
      'ご提案の共同開発は検討しません。', 'ご希望の分割納品はいたしません。', 'ご相談の保守期間の延長はしません。',
    ],
    clean: ['価格の改定はいたしません。', '仕様の変更はいたしません。', '申し訳ございませんが、ご要望の仕様変更はいたしかねます。'],
  },
  {
    name: '…かねます with ご理解ください (a demand, not a cushion)',
    category: 'blunt-refusal',
    flagged: [
      'これ以上の値引きは応じかねますので、ご理解ください。', '納期の再短縮はいたしかねますので、ご理解ください。',
      '返品はお受けいたしかねます。ご理解ください。', '追加の無償修理は対応いたしかねます。ご了承ください。',
      'それ以上の前倒しはできかねますので、ご理解ください。', '仕様の追加はお引き受けいたしかねますので、ご理解ください。',
    ],
    clean: [
      'これ以上の値引きは応じかねますので、何卒ご理解のほどお願い申し上げます。',
      'ご理解いただきたいのですが、納期の再短縮はいたしかねます。',
      'ご理解ください、というのは失礼にあたる場合があります。',
    ],
  },
  {
    name: 'a concession denied as not existing (無償交換はありません)',
    category: 'blunt-refusal',
    flagged: [
      '旧版からの無償アップデートはありません。', '年間契約の割引もございません。', '初期不良以外の補償はないです。',
      '既存会員への特典はありません。', '追加分の値引きはございません。', '大口のお客様への優遇もありません。',
    ],
    clean: ['無料期間中は費用の請求はありません。', '無償交換の件は問題ありませんか？', '申し訳ございませんが、年間契約の割引はございません。'],
  },
  {
    name: 'お世話様 / ご苦労様: greetings said to peers or subordinates',
    category: 'honorific',
    flagged: [
      'お世話様です。山田です。', 'お世話さまです。先日の件でご連絡しました。', '先週はお世話様でした。',
      '毎度お世話様でございます。', '遅くまでご苦労様でした。', 'いつもお世話様です。',
    ],
    clean: ['いつもお世話になっております。', '先日は大変お世話になりました。', '「お世話様」は目上の方には使いません。'],
  },
];

classTables(CLASSES);

describe('a reply answers the request its paragraph opened with', () => {
  it('flags a bare かねます two sentences after the request', () => {
    const body = 'ご依頼の納品前倒しの件、承知しました。\n弊社の工程上、今月20日が最短です。\nそれ以上の短縮はできかねます。';
    expect(inCategory(body, 'blunt-refusal').length).toBeGreaterThan(0);
  });
});

describe('missing 御中 gives way to a greeting that names a person', () => {
  it.each(['Hi Kenji,', 'Dear Mr Sato,', 'Hello Aiko,'])('leaves the department above %s', (greeting) => {
    const body = `株式会社サトウ工業\n経営企画部\n${greeting}\n\nいつもお世話になっております。`;
    expect(analyze(body).filter((f) => f.ruleId === 'ja.honorific.missing-onchu')).toEqual([]);
  });
  it('still flags a bare department with no greeting', () => {
    const body = '株式会社サトウ工業\n経営企画部\n\nいつもお世話になっております。';
    expect(analyze(body).filter((f) => f.ruleId === 'ja.honorific.missing-onchu').length).toBe(1);
  });
});

describe('the reader, addressed 様 in the address block, named さん in the body', () => {
  const mail = (line: string) => `株式会社ハヤセ工業\n調達部 森田様\n\nいつもお世話になっております。\n${line}`;
  it.each([
    '森田さんからご依頼いただいた件、承知いたしました。', '先日は森田さんにお時間をいただきました。', '森田さんのご都合をお知らせください。',
    '森田くんにもよろしくお伝えください。', '資料は森田さん宛てにお送りします。', '森田さんがおっしゃっていた件です。',
  ])('flags %s', (line) => {
    expect(analyze(mail(line)).filter((f) => f.ruleId === 'ja.honorific.client-member-with-san').length).toBe(1);
  });
  // Round 18 (japh): a bare 前田さん in a client mail is flagged too (さん where writing takes 様, whoever the person is);
  // another company's person (A社の前田さん) is the boundary kept here.
  it.each(['森田様からご依頼いただいた件です。', '弊社の山田さんが伺います。', 'A社の前田さんにもご紹介いただきました。'])('leaves %s', (line) => {
    expect(analyze(mail(line)).filter((f) => f.ruleId === 'ja.honorific.client-member-with-san')).toEqual([]);
  });
});

describe('respect for our own speaker stays a slip when a client is named only as an owner (中川様の…)', () => {
  it.each([
    '弊社の部長の遠藤も、村井様のご提案は面白いとおっしゃっていました。', '弊社の社長も、佐藤様の資料をご覧になりました。',
    '弊社の担当者が、高木様のお話を伺ったとおっしゃっています。', '弊社の課長も、西様の図面を拝見したとおっしゃっていました。',
    '弊社の技術者が、川口様の現場にいらっしゃいます。', '弊社の部長も、岡様のご意見はもっともだとおっしゃいました。',
  ])('flags %s', (text) => {
    expect(analyze(text).filter((f) => f.ruleId === 'ja.honorific.sonkeigo-for-own-side').length).toBeGreaterThan(0);
  });
  it.each([
    '弊社の田中が、佐藤様がおっしゃった件を確認いたします。', '弊社の部長も、中川様のご提案は興味深いと申しておりました。',
    '弊社の担当者は、桑原様がお越しになる日に同席いたします。',
  ])('leaves %s', (text) => {
    expect(analyze(text).filter((f) => f.ruleId === 'ja.honorific.sonkeigo-for-own-side')).toEqual([]);
  });
});
