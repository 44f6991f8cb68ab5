// Round 10 (ja-a): pressure and cold outreach on prospects, class by class, in wordings of our own (never a
// corpus's): peers said to have decided or to be moving, a statement of scarcity beside a hurried demand, a
// time window the seller set on an incentive (a bare 今月 / 年内, a seal or a signature as the decision, a
// discount or a price held as the reward), a cold mail that announces our call or awaits their callback, a
// question whether they read our own pitch, and a chase that announces another call. Each class has near
// misses that must stay clean: a case study, our own decision, a quote's validity, a date the client set, our
// own dated promise, an introduced mail, a reply to their enquiry, a call after a real meeting.
import { describe, expect, it } from 'vitest';
import { inCategory } from './refusal-honorific-table';

type Ctx = { recipient: 'prospect' | 'client'; firstContact: boolean; now: string };
const PROSPECT: Ctx = { recipient: 'prospect', firstContact: false, now: '2027-03-01' };
const FIRST: Ctx = { recipient: 'prospect', firstContact: true, now: '2027-03-01' };
const CLIENT: Ctx = { recipient: 'client', firstContact: false, now: '2027-03-01' };

/** A flagged text, optionally with the part a finding of the category must overlap. */
type Flagged = string | [text: string, quote: string];

interface Table {
  name: string;
  category: 'pressure' | 'cold-outreach';
  context: Ctx;
  flagged: Flagged[];
  clean: string[];
}

function tables(list: Table[]): void {
  describe.each(list)('$name', (t) => {
    it.each(t.flagged.map((f) => (typeof f === 'string' ? [f, ''] : f)))(`flags %s`, (text, quote) => {
      const found = inCategory(text, t.category, t.context);
      expect(found.length).toBeGreaterThan(0);
      if (quote) {
        const at = text.indexOf(quote);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(found.some((f) => f.start < at + quote.length && at < f.end)).toBe(true);
      }
    });
    it.each(t.clean)('leaves %s', (text) => {
      expect(inCategory(text, t.category, t.context)).toEqual([]);
    });
  });
}

tables([
  {
    name: 'J1 social proof: peers said to have decided or to be moving',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      '近隣の工場さんはもうほとんど契約を決めちゃいましたよ。',
      '業界大手の3社がすでにこちらのプランに申し込んでいます。',
      '他の物流会社さんはもうだいたい決めてるみたいです。',
      '周りの病院さんはもう皆さん切り替えを終えてますね。',
      '同じ地域の販売店様の多くが、すでに弊社システムを採用されています。',
      '同業の印刷会社様2社がすでに導入を決められております。',
      '県内の同規模の企業様は、軒並みこちらのプランに移行済みでございます。',
      'ライバルの店舗さんも先月から使い始めてるらしいです。',
      '競合となる2社様は、先週ご発注を済ませていらっしゃいます。',
    ],
    clean: [
      '同業他社様の導入事例を添付いたしますので、ご参考になれば幸いです。',
      '弊社ではすでに導入を決めており、来月から稼働予定です。',
      '他社様での導入が決まった際の流れを資料にまとめました。',
      'おかげさまで多くの企業様にご利用いただいております。',
      '他社様もすでにご存じの内容かと存じますが、念のためご案内いたします。',
      '同業の企業様がどのように導入を決められたか、事例をご紹介いたします。',
    ],
  },
  {
    name: 'J1 scarcity stated beside a hurried demand keeps its own finding',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      ['実は同業の印刷会社様2社がすでに導入を決められており、残りの導入枠があと1社分しかございません。\n他社様に枠が埋まってしまう前に、早めのご決断をお願いいたします。', '残りの導入枠があと1社分しかございません'],
      ['今期の施工枠は残り2件となっております。\nお早めにご発注ください。', '今期の施工枠は残り2件となっております'],
      ['在庫はあと3台しかありません。\n今週中にご注文をお願いします。', '在庫はあと3台しかありません'],
      ['この特別価格でご用意できるのは、残り5セットのみでございます。\nご決断はお早めにお願い申し上げます。', '残り5セットのみでございます'],
    ],
    clean: [
      '在庫は十分にございます。\nご都合のよいときにご注文ください。',
      '残り2件の作業は、今週中に完了いたします。\nご確認をお願いいたします。',
      'あと2日ほどで納品できる見込みです。\nご確認のほど、よろしくお願いいたします。',
      'ご検討の間、在庫を1台確保しております。\nごゆっくりご検討ください。',
    ],
  },
  {
    name: 'J2 a time window the seller set on an incentive',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      '今月契約いただいた企業様に限り、成功報酬を30％から20％に割り引いております。',
      '年内にハンコもらえればこの値段でいけます。',
      '今月末までに決めていただけたら、設置費はこちらで持ちますよ。',
      'この週末までにサインをいただければ、2年目の利用料も据え置きにします。',
      '今期中の導入なら、ライセンス料を20％引きでご案内できます。',
      '今週契約してくれたら10%引きにしときます！',
      '本日お申し込みいただいたお客様には、初年度の保守費を無償といたします。',
      '今年度中に印鑑をいただけましたら、現行の単価のまま3年間ご提供いたします。',
      '今週ご発注の方限定で、送料を弊社で負担いたします。',
    ],
    clean: [
      '本見積の有効期限は発行日より30日間となっております。',
      'ご指定の3月15日までに納品できるよう、手配を進めております。',
      '4月以降のご発注分から新価格となりますので、ご承知おきください。',
      'まとめてご発注いただければ、単価を10%お値引きできます。',
      '年間契約の場合は、月額料金を15%割り引いております。',
      '今月ご案内した新製品は、従来品より20%軽くなっております。',
      '本日ご注文いただいた商品は、明日発送いたします。',
    ],
  },
  {
    name: 'J2 near miss: our own dated promise after the client’s schedule',
    category: 'pressure',
    context: PROSPECT,
    flagged: [],
    clean: [
      '長田様から、8月上旬の役員会でご判断いただけるとお聞きしましたので、7月末までに最終のお見積りと導入スケジュール案をお送りいたします。',
      '来月の経営会議でご判断されると伺いましたので、今週中に比較資料をお送りいたします。',
      '10月のご判断に向けて、9月末までに試算結果をご報告いたします。',
      '社内でご検討いただけるよう、明日までに最終版の提案書をお届けします。',
    ],
  },
  {
    name: 'J3 a cold mail that announces our call or awaits their callback',
    category: 'cold-outreach',
    context: FIRST,
    flagged: [
      '突然のご連絡失礼いたします。\n株式会社ミライ工業の佐藤と申します。\n弊社は溶接ロボットを製造しており、導入企業では作業時間を40％削減しております。\n来週改めてお電話させていただきます。',
      '突然のメールにて失礼いたします。\nABC株式会社の田中です。\n弊社は年間5000件の実績を持つ翻訳会社で、納期は最短24時間です。\nご連絡をお待ちしております。',
      '突然のご連絡失礼します。\n弊社は創業30年、取引先800社の実績がございます。\n折り返しのお電話をお待ちしております。',
      'はじめまして。\nグリーンテック株式会社の小野と申します。\n弊社のLED照明は電気代を最大60%削減します。\n明後日の午前中にご担当者様宛にお電話いたします。',
      '初めてメールを差し上げます。\nサンライズ保険の高木です。\n法人向けの団体保険で、保険料を平均2割下げた実績がございます。\n近いうちにご挨拶に伺います。',
      '突然のご連絡、失礼いたします。\nデータリンクの石井です。\n弊社のクラウド会計は導入社数1万社を超えております。\nご返信、心よりお待ち申し上げております。',
      'はじめてご連絡いたします。\nマルチ商事の岡です。\n業務用の食器洗浄機を扱っております。\n週明けにまた電話しますね。',
      '突然のご連絡失礼いたします。\nフューチャーHRの森と申します。\n弊社の研修は受講者満足度98%を誇ります。\n後日、担当者よりお電話を差し上げます。',
    ],
    clean: [
      'はじめまして。株式会社ヒビキ化成の三宅様よりご紹介をいただきました、ABCの田中です。\n弊社は年間5000件の実績を持つ翻訳会社です。\n来週お電話させていただきます。',
      '突然のご連絡失礼いたします。\n株式会社ABCの山田と申します。\n弊社は物流向けのロボットを提供しております。\nご関心がございましたら、資料をお送りいたしますので、お知らせいただけますと幸いです。',
      'このたびは資料をご請求いただき、誠にありがとうございます。\nご依頼の資料を添付いたします。\n明日、担当よりお電話にて補足のご説明をいたします。',
      '突然のご連絡失礼いたします。\n株式会社ABCの山田と申します。\n弊社は業務用の冷蔵庫を製造しております。\nご不要でしたら、お手数ですがその旨お知らせいただけますと幸いです。',
      '先日は展示会のブースにお立ち寄りいただき、ありがとうございました。\nお話しした件、来週改めてお電話いたします。',
    ],
  },
  {
    name: 'J3 a question whether they read our own pitch',
    category: 'cold-outreach',
    context: PROSPECT,
    flagged: [
      'お世話になっております。\nご提案資料はご覧いただけましたか？',
      'お世話になっております。\n先日お送りした資料はもうお読みになりましたか？',
      'お世話になっております。\n弊社サービスのご案内、お目通しいただけましたでしょうか。',
      'お世話になっております。\nカタログはもう見てもらえましたか？',
      'お世話になっております。\n前回のメールはお読みいただけましたでしょうか。',
      'お世話になっております。\n会社案内のパンフレット、ご確認いただけましたか。',
      'お世話になっております。\nお送りしたサンプル動画は見ていただけましたでしょうか？',
      'お世話になっております。\n弊社からのご提案、ご覧になりましたか？',
    ],
    clean: [
      'お世話になっております。\n資料はご覧いただけましたでしょうか。',
      'お世話になっております。\nご依頼の見積書はご確認いただけましたでしょうか。',
      '先日はお打ち合わせのお時間をいただき、ありがとうございました。\nご提案資料はご覧いただけましたでしょうか。',
      'お世話になっております。\nご提案資料を添付いたしますので、ご覧いただけますと幸いです。',
      'お世話になっております。\nお問い合わせいただいたカタログは届きましたでしょうか。',
    ],
  },
  {
    name: 'J3 a chase that announces another call or awaits the callback',
    category: 'cold-outreach',
    context: PROSPECT,
    flagged: [
      ['お世話になっております。\n何度かご連絡を差し上げておりますが、ご覧いただけていますでしょうか。\nお電話も何度かさせていただきました。\n明日改めてお電話いたします。', '明日改めてお電話いたします'],
      ['お世話になっております。\nこれまで2回ご案内をお送りしましたが、まだご返信をいただけておりません。\n折り返しのご連絡をお待ちしております。', '折り返しのご連絡をお待ちしております'],
      ['お世話になっております。\n先月からご案内をお送りしておりますが、お返事がございません。\n来週の火曜日にお電話を差し上げます。', '来週の火曜日にお電話を差し上げます'],
      ['お世話になっております。\n前回お送りしたご提案について、改めてお電話でご説明いたします。', '改めてお電話でご説明いたします'],
      ['お世話になっております。\n先週お送りしたご案内の件、近々またご連絡させていただきます。', '近々またご連絡させていただきます'],
      ['お世話になっております。\nお送りしたメールにご返信がなかったので、近くに寄った際にお伺いします。', 'お伺いします'],
      ['お世話になっております。\n再度のご案内となります。\nお電話でのご連絡をお待ちしております。', 'お電話でのご連絡をお待ちしております'],
      ['お世話になっております。\n以前ご案内した件ですが、まだお返事をいただいておりません。\nまたお電話しますね。', 'またお電話しますね'],
    ],
    clean: [
      'お世話になっております。\nお問い合わせいただいた件、明日お電話にてご説明いたします。',
      '先日はお打ち合わせのお時間をいただき、ありがとうございました。\nお話しした件、来週改めてお電話いたします。',
      'お世話になっております。\nお見積りをお送りいたします。ご不明な点がございましたら、お気軽にご連絡ください。',
      'お世話になっております。\nご依頼の資料を添付いたします。\n明日、補足のご説明のためお電話いたします。',
    ],
  },
]);

describe('J3 a cold pitch that opens on the reader’s problem', () => {
  it.each([
    ['初めてご連絡いたします。タレントリンク株式会社の森です。\n採用でお困りではありませんか？\n弊社は登録者数8万人のデータベースを保有しており、最短10日での採用が可能です。\nご興味がございましたら、ご返信ください。', '弊社は登録者数8万人のデータベースを保有しており、最短10日での採用が可能です'],
    ['はじめまして。ロジテックの原です。\n配送コストにお悩みではないでしょうか。\n弊社の配車システムは、導入企業の燃料費を平均12%削減しております。', '弊社の配車システムは、導入企業の燃料費を平均12%削減しております'],
  ])('covers the claims after the question: %s', (text, quote) => {
    const found = inCategory(text, 'cold-outreach', FIRST);
    const at = text.indexOf(quote);
    expect(found.some((f) => f.start < at + quote.length && at < f.end)).toBe(true);
  });
});

describe('the same sentences to an existing client are not pressure', () => {
  it.each([
    '他の物流会社さんはもうだいたい決めてるみたいです。',
    '今月契約いただいた企業様に限り、成功報酬を30％から20％に割り引いております。',
  ])('%s', (text) => {
    expect(inCategory(text, 'pressure', CLIENT)).toEqual([]);
  });
});
