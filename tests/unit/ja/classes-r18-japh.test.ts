// Round 18 (japh), Japanese pressure and honorifics (/work/CLASSES.md, japh), in wordings of our own (never a corpus's).
// T1 terms that worsen when the prospect is late: their decision not made by a date (〜までに…ない場合は / なければ) or
//    the date passing (〜を過ぎると / 〜以降は / 〜からは), then the usual price back, an offer no longer usable, or a rise
//    with a hurry in the sentence or the next. Near misses: a quote's validity, a client-set deadline, a rise told with
//    no hurry, terms kept after the date, a change that is no price, an existing client.
// H1 the client named wrongly: 貴社 mistyped (貴司, 貴者), the second-person pronoun (あなた, あなたの学校), a person
//    heading their own phrase with さん in a client mail. Near misses: a given name 貴司 with 様, 記者, a quoted slogan,
//    another company's person, our own (bare) name, internal mail, 皆さん, a company with さん.
// O1 御中 not needed: a company or department line with a bilingual person line under it (森本様 / Mr. Morimoto).
import { classTables } from './refusal-honorific-table';
import { jaTanaka as mail } from '../mail-wrappers';

const PROSPECT = { recipient: 'prospect', firstContact: false, now: '2026-07-01' } as const;

classTables([
  {
    name: 'T1: terms that worsen if the prospect is late',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      ['9月10日までにサインしない場合は、通常の780円になります。', '通常の780円'],
      '10月15日までにご契約いただけない場合は、通常価格の12万円に戻ります。',
      '今週金曜日までにお申し込みがない場合、導入費は正規料金でのご請求となります。',
      '本日中にご発注いただけなければ、定価でのご提供となります。',
      '月末を過ぎますと、こちらのクーポンはご利用いただけません。',
      '11月以降のお申し込みは、キャンペーン割引の対象外となります。',
      '来月からは、この特別価格は適用されません。',
      '12月1日を過ぎると、特典は無効となります。',
      '来週を過ぎると、このプランは月額5万円に戻ります。',
      '年明けからはモニター価格でのご提供ができません。',
      '6月30日までにご注文いただけない場合、送料無料の特典は使えなくなります。',
      ['現在の単価は7月末まで据え置きで、8月以降は上がります。ご検討されるなら早めにご連絡ください。', '8月以降は上がります'],
      '来年1月からは料金が値上がりします。ご検討中でしたら、早めにお申し込みください。',
      '9月以降は価格が上がります。急ぎご発注をお願いいたします。',
    ],
    clean: [
      'お見積りの有効期限は発行日より30日です。',
      '有効期限を過ぎますと、価格が変更となる場合がございます。',
      '誠に申し訳ございませんが、原材料高騰のため、8月以降は価格が上がります。',
      '8月以降は価格が上がります。ご不明な点がございましたら、お気軽にご連絡ください。',
      '来月からは新しい料金プランもお選びいただけます。',
      'ご希望の納期に間に合わせるため、5月20日までにご発注いただけない場合は、通常の納期となります。',
      '10月以降は、サポート窓口の受付時間が変わります。',
      '今月末を過ぎても、この特別価格でご提供いたします。',
      '来月からは通常業務に戻ります。',
      '年明けからは新しい担当者がご案内いたします。',
    ],
  },
  {
    name: 'T1: the same terms to an existing client are a notice, not pressure',
    category: 'pressure',
    context: { recipient: 'client', firstContact: false, now: '2026-07-01' },
    flagged: [],
    clean: [
      '月末を過ぎますと、こちらのクーポンはご利用いただけません。',
      '8月以降は価格が上がります。ご検討されるなら早めにご連絡ください。',
    ],
  },
  {
    name: 'H1: the client named wrongly (貴社 mistyped, あなた, さん)',
    category: 'honorific',
    flagged: [
      ['コンパイル済みのデータは、今週中に貴司のサーバーへアップロードいたします。', '貴司'],
      '資料は貴司の共有フォルダに保存いたしました。',
      '見積書を貴司宛てにお送りしました。',
      ['貴者の工場で試験を行います。', '貴者'],
      [mail('あなたの会社でもきっとお役に立てます。'), 'あなたの会社'],
      ['はじめまして。あなたの学校でもきっと効果があると思います。', 'あなたの学校'],
      'あなた方のご要望を伺いたく存じます。',
      'あなたにぜひご紹介したい製品がございます。',
      ['当日は中村さんにもご同席いただけますか。', '中村さん'],
      '小林さんからいただいた図面を確認しました。',
      '斎藤さんにもよろしくお伝えください。',
      '次回は高橋さんと森さんにもご参加いただきたく存じます。',
      ['株式会社カワセ乳業 製造課 御中\n\nいつもお世話になっております。\n吉岡さんと日程を調整したいので、ご都合をお知らせください。', '吉岡さん'],
    ],
    clean: [
      '営業部の山田貴司様にご連絡いたしました。',
      '記者会見は来週です。',
      '「あなたの街の工務店」というキャッチコピーを拝見しました。',
      '先日、A社の佐藤さんからご紹介いただきました。',
      '貴社の佐藤様にもよろしくお伝えください。',
      '担当の田中から連絡いたします。',
      '皆さんにもよろしくお伝えください。',
      'ほかの塾さんからも問い合わせがあります。',
      '貴社のサーバーへアップロードいたします。',
    ],
  },
  {
    name: 'H1: internal mail names colleagues as it likes',
    category: 'honorific',
    recipient: 'internal',
    flagged: [],
    clean: ['吉村さんと日程を相談したいです。', 'あなたの意見を聞かせてください。', '中村さんにも同席してもらいます。'],
  },
  {
    name: 'O1: a company or department line addressed as such still needs 御中',
    category: 'honorific',
    flagged: [
      ['株式会社カエデ乳業 製造技術課\n\nいつもお世話になっております。', '株式会社カエデ乳業 製造技術課'],
      '株式会社ミナト 物流部\n\nいつもお世話になっております。\nPlease find the schedule below.',
      'ヤマセ工業株式会社 品質保証部\n\nお世話になっております。',
      'アオバ化成株式会社\n購買課\n\nいつもお世話になっております。',
      'コダマ電機株式会社 設計部\n\nThank you for your order. ご注文ありがとうございます。',
      '株式会社ヒカリ精機 生産管理課\n\nいつもお世話になっております。\n日時 / Date: 2026年8月19日（水）14:00',
      '株式会社ナギサ物産 経理部\n\nいつもお世話になっております。',
      '北斗資源株式会社 技術部\n\nいつもお世話になっております。',
      'シラユキ食品株式会社 工務課\n\nお世話になっております。',
      '株式会社ハヤテ運輸 配車センター\n\nいつもお世話になっております。',
      '株式会社ミズホ樹脂 開発部\n\nいつもお世話になっております。',
      '東雲ケミカル株式会社 調達部\n\nいつもお世話になっております。',
    ],
    clean: [
      'アカネ資源株式会社 機械部\n森本様、西田様 / Mr. Morimoto, Mr. Nishida\n\nいつもお世話になっております。',
      'カスガ鉱業株式会社 津久見事業所\n設備課 原田様 / Mr. Harada\n\nいつもお世話になっております。',
      '株式会社ミナセ電機 生産本部\n佐久間様 / Mr. Sakuma\n\nThank you for the approval.',
      '株式会社ヒカリ精機 生産管理課\n大野様／Ms. Ono\n\nいつもお世話になっております。',
      'ヤマセ工業株式会社 品質保証部\n部長 石川様 / Mr. Ishikawa\n\nお世話になっております。',
      '株式会社オトワ化学 物流課 御中\n\nいつもお世話になっております。',
      '株式会社オトワ化学\n物流課 西田様\n\nいつもお世話になっております。',
      '株式会社ナギサ物産 経理部\n青木様、松本様 / Mr. Aoki, Ms. Matsumoto\n\nいつもお世話になっております。',
    ],
  },
]);
