// Round 20 (r20-hon, Japanese honorifics), in wordings of our own written before the code: the spoken form of
// address for any kind of organisation used in writing (御行, 御庫, 御校, 御院, 御会, 御省, 御庁, 御組合,
// 御法人…: in mail they are 貴行, 貴庫, 貴校…), read only where the word stands as the organisation's name.
import { classTables } from './refusal-honorific-table';

const mail = (body: string) => `株式会社ほくと銀行\n法人営業部 三浦様\n\nいつもお世話になっております。\n${body}\n\n引き続きよろしくお願いいたします。`;

classTables([
  {
    name: 'r20-hon: the spoken 御〜 of an organisation in writing',
    category: 'honorific',
    flagged: [
      [mail('御行のご担当者様に先日ご説明した内容を資料にまとめました。'), '御行'],
      [mail('御行におかれましては、ますますご清栄のこととお喜び申し上げます。'), '御行'],
      [mail('今回の提案は御行の勘定系刷新に合わせたものです。'), '御行'],
      [mail('御庫の営業店向けに端末をご用意いたします。'), '御庫'],
      [mail('御校の生徒様向けに体験授業を企画しております。'), '御校'],
      [mail('御院で導入されている電子カルテとの連携が可能です。'), '御院'],
      [mail('御会の会員企業様向けのセミナーを開催いたします。'), '御会'],
      [mail('御省のご方針に沿った形でご提案いたします。'), '御省'],
      [mail('御庁への納入実績がございます。'), '御庁'],
      [mail('御組合の皆様にご案内をお送りいたします。'), '御組合'],
      [mail('御法人のご担当者様にお伺いしたく存じます。'), '御法人'],
      [mail('御財団の助成事業について資料をお送りいたします。'), '御財団'],
      [mail('御協会主催の展示会に出展いたします。'), '御協会'],
    ],
    clean: [
      mail('貴行のご担当者様にもよろしくお伝えください。'),
      mail('本日の御会計は後日まとめてご請求いたします。'),
      mail('京都御所の見学ツアーをご案内いたします。'),
      mail('御行儀の良いお子様ばかりで驚きました。'),
      mail('貴校の生徒様向けに体験授業を企画しております。'),
      mail('御院号の由来について伺いました。'),
      mail('面接では「御行を志望した理由は」と話すのが一般的です。'),
      mail('貴庫の営業店向けに端末をご用意いたします。'),
      mail('御園座での公演にご招待いただき、ありがとうございました。'),
    ],
  },
]);
