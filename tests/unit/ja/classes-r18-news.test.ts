// Round 18 (r18-news): Japanese bad news — G something we planned or promised to provide that we can no longer provide
// (〜できなくなりました on a verb of providing: 用意, 手配, 派遣, 出荷, 持参), and its near misses (a "no longer" denied as a
// reassurance, a condition, what became possible, the client's own act); H "only X" (〜のみの対応) as a narrowing
// announced with a start or a time (news) against the same words as a standing specification (〜となっており, clean).
import { classTables } from './refusal-honorific-table';
import { jaYamada as mail } from '../mail-wrappers';

classTables([
  {
    name: 'G: what we planned to provide can no longer be provided',
    category: 'bad-news',
    flagged: [
      mail('研修で使用する予定でした新型SP-400の実機は、今回はご用意できなくなりました。'),
      mail('デモ用にお持ちする予定だった試作機は、ご用意できなくなりました。'),
      mail('当日は講師を派遣できなくなりました。'),
      mail('お約束しておりました通訳は、手配できなくなりました。'),
      mail('ご案内していた記念品は、準備できなくなりました。'),
      mail('今週予定していた残りの20台は出荷できなくなりました。'),
      mail('展示会でお見せする予定のサンプルは、持参できなくなりました。'),
      mail('次回の点検には技術者を派遣できなくなります。'),
      mail('ご注文いただいたカタログの紙版は、今後ご用意できなくなります。'),
      mail('先日お伝えした代替機は、手配できなくなってしまいました。'),
      mail('見学会で配布予定だった資料は、準備ができなくなりました。'),
      mail('11月分の追加ロットは出荷できなくなりました。'),
    ],
    clean: [
      mail('ご用意できなくなることはございませんので、ご安心ください。'),
      mail('在庫が不足した場合、ご用意できなくなる可能性がございます。'),
      mail('実機は予定どおりご用意できました。'),
      mail('試作機をご用意できましたので、当日お持ちいたします。'),
      mail('講師の派遣について、ご都合のよい日程をお知らせください。'),
      mail('誠に申し訳ございませんが、部品の入荷遅れにより実機はご用意できなくなりました。改めてお伺いしてご説明させていただきたく存じます。'),
      mail('出荷できなくなる心配はございません。'),
      mail('手配できなくなった場合は、すぐにご連絡いたします。'),
    ],
  },
  {
    name: 'H: "only X" as a narrowing announced, against the same words as a specification',
    category: 'bad-news',
    flagged: [
      mail('今後はメールのみでの受付となります。'),
      mail('来月より、土日の配送は関東のみの対応となります。'),
      mail('4月以降は平日のみの対応となっております。'),
      mail('現在、お問い合わせはメールのみでの受付となっております。'),
      mail('次回から、修理は本社工場のみでの対応となります。'),
      mail('当面の間、電話のみの受付とさせていただきます。'),
    ],
    clean: [
      mail('標準構成のHT-9000は300mmウェハーのみの対応となっており、200mmでご使用の場合は変換キットHK-20が必要です。'),
      mail('新モデルはUSB-C接続のみの対応となっております。'),
      mail('本製品は100V電源のみの対応となっております。'),
      mail('こちらの保守プランはオンサイトのみの対応となっております。'),
      mail('ご不明な点はメールのみでも承ります。'),
      mail('本ソフトはWindowsのみの対応となっておりますので、Macでご利用の場合はご相談ください。'),
      mail('このキャンペーンは法人のお客様のみの受付となっております。'),
      mail('試験装置は日本語と英語のみの対応となっております。'),
    ],
  },
]);
