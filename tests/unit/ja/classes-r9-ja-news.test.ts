// Round 9, Japanese refusals, bad news, pressure and cold outreach: classes in wordings of our own (different
// verbs, subjects, politeness levels and frames), each with near misses that must stay clean.
import { classTables, type Class } from './refusal-honorific-table';

const client = (lines: string) =>
  `株式会社ミズホ工業\n資材部 川村様\n\nいつもお世話になっております。\nサンコー精機の石原です。\n\n${lines}\n\nよろしくお願いいたします。\n\n--\nサンコー精機株式会社 営業部 石原健\nTEL 03-1234-5678`;

const refusals: Class[] = [
  {
    name: 'a thing\'s compatibility (XはYには対応しておりません) is a specification, whatever the thing is called; our side or a client\'s request in its place is a no',
    category: 'blunt-refusal',
    flagged: [
      client('弊社はA3用紙での印刷には対応しておりません。'),
      client('ご依頼のA3での印刷には対応しておりません。'),
      client('土曜日は夜間の作業には対応しておりません。'),
      client('土日の問い合わせ対応はしていません。'),
    ],
    clean: [
      client('KX-200はWindows 11には対応しておりません。'),
      client('当社のプリンターはA3用紙には対応しておりません。'),
      client('こちらのケーブルは急速充電に対応しておりません。'),
      client('スマートフォン版はオフラインでの利用に対応していません。'),
      client('このプランは海外への発送には対応しておりません。'),
      client('現行のファームウェアはIPv6に対応していません。'),
      client('標準パッケージはSSO連携には対応しておりませんが、オプションでご利用いただけます。'),
      client('本製品は防水には対応しておりません。'),
      client('この機種はWindows 7には対応していません。'),
    ],
  },
  {
    name: '…かねます without a cushion says "we cannot" even over a word that reassures elsewhere (変更, 費用)',
    category: 'blunt-refusal',
    flagged: [
      client('ロゴの変更はいたしかねます。'),
      client('追加費用の免除は致しかねます。'),
      client('納品日の変更は承りかねます。'),
    ],
    clean: [
      client('恐れ入りますが、あいにくロゴの変更はいたしかねます。'),
      client('仕様の変更はございません。'),
      client('費用の追加はいたしません。'),
      client('詳細は分かりかねますので、確認のうえご連絡いたします。'),
    ],
  },
  {
    name: 'a change of terms the client asked for, judged difficult (…は難しいと考えております / ご要望の件ですが、厳しいと思います)',
    category: 'blunt-refusal',
    flagged: [
      client('ご依頼の納期短縮は難しいと考えております。'),
      client('ご相談いただいた単価の見直しの件ですが、難しいと考えております。'),
      client('保守期間の延長のご要望については、厳しいと思います。'),
      client('ご依頼いただいた納期の前倒しにつきましては、難しいかと存じます。'),
    ],
    clean: [
      client('初期設定の件ですが、難しいと思いますので弊社で代行いたします。'),
      client('設定は難しいと思いますので、弊社で代行いたします。'),
      client('大変恐縮ですが、ご相談いただいた単価の見直しの件は、難しいと考えております。'),
      client('川村様のご依頼の件ですが、難しいかと思いましたが、なんとか間に合いました。'),
    ],
  },
];

classTables(refusals);

const badNews: Class[] = [
  {
    name: 'the old or current version of a service retired from a date (旧環境は6月末で停止します), with or without a word of migration',
    category: 'bad-news',
    flagged: [
      client('サービスは新プラットフォームへ移行します。旧環境は6月末で停止します。'),
      client('現行の会員サイトは来年3月末をもって停止いたします。'),
      client('旧バージョンの管理画面は9月30日で終了となります。'),
      client('旧工場での生産は6月末で終了し、新工場に移管いたします。'),
    ],
    clean: [
      client('現行サーバーは、12月30日のメンテナンスのため一時停止いたします。'),
      client('旧モデルの出荷を再開いたします。'),
      client('誠に申し訳ございませんが、システム更新に伴い、旧環境は6月末で停止いたします。ご不明な点は、お伺いしてご説明いたします。'),
      client('このたび新しい受発注システムをリリースいたしました。現行の画面もそのままご利用いただけます。'),
    ],
  },
  {
    name: 'a new charge from a date with its amount between the charge and its verb (料が月額5,000円発生します, 料を一律800円いただきます)',
    category: 'bad-news',
    flagged: [
      client('次回から配送料を一律800円いただきます。'),
      client('来月から基本料金に加えてサポート料が月額5,000円発生します。'),
      client('4月分より、保管料を1ケースあたり50円頂戴いたします。'),
      client('2027年1月のご注文分から、梱包料を1回300円申し受けます。'),
    ],
    clean: [
      client('送料を800円いただきましたので、領収書をお送りします。'),
      client('来月から送料は無料です。'),
      client('来月のご注文分から、送料を800円から500円に値下げいたします。'),
      client('今後、送料を800円いただくことはございません。'),
      client('来月から手数料が300円発生しないよう、まとめて発送いたします。'),
      client('誠に恐縮ですが、次回から配送料を一律800円いただきます。燃料費の高騰によるもので、詳しくはお伺いしてご説明いたします。'),
    ],
  },
];

classTables(badNews);

const prospect = (lines: string) =>
  `株式会社ミズホ工業\n資材部 川村様\n\n突然のご連絡失礼いたします。\nサンコー精機の石原と申します。\n\n${lines}\n\nよろしくお願いいたします。`;
const FIRST = { recipient: 'prospect' as const, firstContact: true, now: '2026-12-01' };

// Classes that already held at the start of round 9, pinned with wordings of our own so they keep holding.
classTables([
  {
    name: 'pressure on a prospect\'s decision: scarcity, peers deciding beside a demand, a price only for now, a cut-off, a same-day reply',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      prospect('今月の導入枠は残り3枠です。ご検討をお急ぎください。'),
      prospect('同業の大手3社もすでに採用を決定されています。貴社も早めにご判断いただくのが得策です。'),
      prospect('この価格でご提供できるのは今だけです。'),
      prospect('12月15日でキャンペーンは終了しますので、それまでにお申し込みください。'),
      prospect('ご注文は本日中にご返信ください。'),
      prospect('今週金曜日までにお返事がなければ、この枠は他社様にお回しします。'),
    ],
    clean: [
      prospect('ご指定いただいた12月20日の締切に間に合うよう、資料をお送りいたします。'),
      prospect('見積有効期限：発行日より30日'),
      prospect('貴社の稟議のご都合に合わせて、ご回答は来月でも構いません。'),
    ],
  },
  {
    name: 'a pitch to a stranger with no usual keyword: a problem question, an offering and a meeting asked for',
    category: 'cold-outreach',
    context: FIRST,
    flagged: [
      prospect('紙の帳票管理でお困りではありませんか。弊社のクラウドサービスなら、入力作業を半分に減らせます。一度15分ほどお時間をいただけないでしょうか。'),
      prospect('在庫の過不足にお悩みではございませんか。弊社では需要予測の仕組みをご用意しております。来週、ご挨拶に伺えればと存じます。'),
      prospect('弊社は物流倉庫向けの自動搬送装置を手掛けております。貴社の工場でもお役に立てると考えております。ぜひ一度お打ち合わせの機会をいただけますと幸いです。'),
    ],
    clean: [
      prospect('営業部の佐藤様よりご紹介いただき、ご連絡いたしました。弊社のクラウドサービスについて、一度ご説明の機会をいただけないでしょうか。'),
      prospect('お問い合わせいただき、ありがとうございます。ご質問の件、資料を添付いたします。ご都合のよい日にご説明に伺います。'),
    ],
  },
]);
