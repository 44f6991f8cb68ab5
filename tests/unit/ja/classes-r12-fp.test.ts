// Round 12 (false alarms): classes of clean mails the Japanese rules misread, in wordings of our own, each with
// the rule's real target beside it, which must still be flagged.
import { classTables } from './refusal-honorific-table';

const CLIENT = { recipient: 'client', firstContact: false, now: '2027-03-01' } as const;
const FIRST = { recipient: 'prospect', firstContact: true, now: '2027-03-01' } as const;

const PROSPECT = { recipient: 'prospect', firstContact: false, now: '2027-03-01' } as const;

/** A first mail to a prospect around the sentence of a case, asking for a greeting visit. */
const firstMail = (text: string) =>
  `株式会社タチバナ物産\n人材開発部 部長 橘様\n\nはじめてご連絡を差し上げます。\nラーンアップ株式会社の青木と申します。\n\n${text}\n` +
  'ご迷惑でなければ、一度ご挨拶の機会をいただけないでしょうか。日程は橘様のご都合に合わせて調整いたします。\n\n何卒よろしくお願い申し上げます。';

/** A mail to a prospect around the sentences of a case. */
const mail = (text: string) =>
  `株式会社イズモ運輸\n経営企画室 三上様\n\nお世話になっております。\nロジスティクス・ラボの植田でございます。\n\n${text}\n\n引き続きよろしくお願い申し上げます。`;

/** A bilingual first mail whose only introduction, if any, is the English line put between its halves. */
const bilingual = (english: string) =>
  `株式会社サンワ工業\n生産本部 岡野様\nDear Mr. Okano,\n\n初めてご連絡を差し上げます。Vibrasense JapanのAnders Olsenと申します。\n${english}\n` +
  '弊社は振動監視システムを提供しております。\nご関心がございましたら、ご説明に伺えれば幸いです。\n\n何卒よろしくお願い申し上げます。';

classTables([
  {
    // kuromoji cuts お話し into お話 + し(する); a くださる / いただく right after the し is the respectful frame.
    name: 'お話しくださる / お話しいただく: the respectful お〜くださる, not the humble お〜する',
    category: 'honorific',
    context: CLIENT,
    flagged: [
      ['柴田様がお話しした内容を確認いたしました。', 'お話しした'],
      ['柴田様がご説明した資料を拝見しました。', 'ご説明した'],
      ['柴田様がお話ししてくださった件、承知いたしました。', 'お話しして'],
    ],
    clean: [
      '柴田様がお話しくださったプレス部品のバリ検査についても、類似の事例を2件掲載しております。',
      '先日、工場長がお話しくださった改善の取り組みに、大変感銘を受けました。',
      'お打ち合わせで柴田様がお話しくださいました課題について、対策案をまとめました。',
      '柴田様がお話し下さった内容をもとに、お見積りを作成いたしました。',
      '柴田様よりお話しいただいた件、社内で検討いたしました。',
      '貴社の皆様がお話しくださった現場の声を、設計に反映いたします。',
    ],
  },
  {
    name: 'a bilingual first mail whose introduction is written in its English half',
    category: 'cold-outreach',
    context: FIRST,
    flagged: [
      bilingual('I found your company on LinkedIn and wanted to reach out.'),
      bilingual('Our sensors are used by many press shops in Europe.'),
      bilingual('I am writing to introduce our company.'),
    ],
    clean: [
      bilingual('Mr. Kenji Morikawa at Tokai Press kindly introduced us, mentioning your new stamping line.'),
      bilingual('Ms. Tanaka of Hokuto Steel suggested I contact you and kindly introduced me.'),
      bilingual('I am writing at the kind introduction of Mr. Ito at Daiwa Logistics.'),
      bilingual('Mr. Sato, our mutual friend at Kansai Bearings, introduced me to your team.'),
      bilingual('Following the introduction from Mr. Mori at Chubu Electric, I am writing to you.'),
      bilingual('Mr. Ueda of Nishi Plastics was kind enough to give me an introduction through his office.'),
    ],
  },
  {
    // 届いておりますでしょうか about what the reader asked for (ご依頼いただいた…, even a sentence later) is service.
    name: 'a question whether what the reader asked for arrived or was read',
    category: 'cold-outreach',
    context: PROSPECT,
    flagged: [
      mail('先週お送りしたご提案書につきまして、無事にお手元に届いておりますでしょうか。'),
      mail('先月ご案内した弊社サービスの資料はご覧いただけましたでしょうか。\nご希望の日時をお知らせいただければ、ご説明に伺います。'),
      mail('先日お送りしたカタログ、ご覧いただけましたか？\nご要望に合わせてカスタマイズも可能です。'),
    ],
    clean: [
      mail('先週お送りした倉庫レイアウト改善のご提案書につきまして、無事にお手元に届いておりますでしょうか。\nご依頼いただいた際にお話しのあった、第2倉庫の動線についても補足資料を作成いたしましたので、あわせてお送りいたします。'),
      mail('先日お送りしたお見積書は、無事に届いておりますでしょうか。\nご請求いただいたサンプルも、本日発送いたしました。'),
      mail('ご依頼いただいた資料を先週お送りしましたが、お手元に届いておりますでしょうか。'),
      mail('お問い合わせいただいた件について、先日ご案内をお送りいたしました。届いておりますでしょうか。'),
      mail('先月お送りしたカタログはご覧いただけましたでしょうか。\nご要望をいただいていた英語版も完成いたしましたので、添付いたします。'),
      mail('先週お送りしたご提案書は、届いておりますでしょうか。\nご相談いただいた在庫管理の件も、あわせて資料にまとめております。'),
    ],
  },
  {
    // 東都工業大学の宮内教授から、…とお聞きし: a title honours by itself, as 様 does; our own 部長 introduces no one.
    name: 'an introducer named by a title (教授, 先生, 社長) as where we heard of them',
    category: 'cold-outreach',
    context: FIRST,
    flagged: [
      firstMail('弊社は社内研修のデジタル化を支援しております。'),
      firstMail('貴社のウェブサイトを拝見し、ご連絡いたしました。'),
      firstMail('弊社部長より、貴社の取り組みについてご説明させていただきたく存じます。'),
      firstMail('弊社の営業部長より、橘様が研修の外部委託をご検討中と伺いました。'),
    ],
    clean: [
      firstMail('東都工業大学の宮内教授から、橘様が社内研修のデジタル化に取り組まれているとお聞きし、ご連絡いたしました。'),
      firstMail('北陸技術研究会の山本先生より、貴社が新工場の立ち上げを準備されていると伺い、ご連絡いたしました。'),
      firstMail('お取引先の三和商事の佐藤社長から、橘様が物流改善をご検討中と伺いました。'),
      firstMail('中部大学の森博士より、貴社が検査工程の自動化を進めておられるとお聞きしました。'),
      firstMail('日本包装協会の田中会長から、ご連絡先をお教えいただきました。'),
      firstMail('東西精機の小川部長より、橘様が研修の外部委託をご検討中と伺いました。'),
    ],
  },
]);
