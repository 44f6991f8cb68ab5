// Round 21 (r21-japress), Japanese pressure in wordings of our own (never a corpus's): a condition on the prospect's
// decision not coming, or on their waiting, with a loss for them after it (〜ないと／〜ない場合／〜なければ／
// お待ちいただくと／この日を過ぎると … できなくなります／間に合いません／他社様に回します／来年になります), and a benefit or
// slot held only for those who act by a date (…までにお返事をいただいた会社様のみ), or a closing with the next round far
// off. Near misses: the client's own deadline, a neutral schedule fact, our own internal deadline, an apology,
// conditions on logistics or weather, concessions (〜場合でも), a loss in the past (…なければ実現できませんでした),
// the same drafts to a client already in business, and internal mail.
import { classTables } from './refusal-honorific-table';

const NOW = '2026-05-01';
const PROSPECT = { recipient: 'prospect' as const, firstContact: false, now: NOW };

classTables([
  {
    name: 'r21 pressure: a condition on their decision or their waiting, with a loss for them after it',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      '社内稟議を待っていると、導入が繁忙期に間に合わなくなるかと存じます。',
      '来週まで結論をお待ちいただくと、枠は他のお客様にお譲りすることになります。',
      'ご契約が年明けになったら、補助金の申請に間に合いません。',
      'このまま検討を続けられると、競合他社に先を越されてしまうと思います。',
      'ご返事が遅くなると、次の入荷は半年後になってしまいます。',
      '導入を見送られると、来期のコスト削減効果を失うことになります。',
      '役員会の承認を待っていては、キャンペーン価格は適用できなくなります。',
      '早めにお申し込みいただかなければ、ご希望の台数はご用意できないかもしれません。',
      '今期中にお決めにならないと、御社だけ旧システムのまま取り残されてしまいます。',
      '来月の経営会議までお待ちになると、据付工事の職人さんが押さえられなくなります。',
      '採用のご判断が秋以降になった場合、今年度の補助金は使えなくなってしまいます。',
      '今週中に正式なご回答をいただけないと、試作ラインは別の会社に回すことになります。',
      '見積書のご承認が遅れますと、4月の価格改定後の単価でのご案内となります。',
      '月末までに注文書が届かない場合、次回の生産は来年の春になります。',
      '来週の会議でお決めいただけなかったら、この仕様での製作はお約束いたしかねます。',
      '御社のご判断を待っている間に、他社さんで枠が埋まってしまうかもしれません。\n今月中に決めないと、来年まで順番が回ってこないと思います。',
    ],
    clean: [
      'ご指定の3月末納期に間に合わせるため、2月10日までにご発注いただけますと幸いです。',
      'ご発注が5月20日以降になった場合、ご希望の納期には間に合いませんので、その際はご相談させてください。',
      '雨天の場合は延期いたします。',
      '万が一部品の入荷が遅れた場合は、速やかにご連絡いたします。',
      '弊社の手配が遅れた場合は、送料は弊社にて負担いたします。',
      'ご都合が悪い場合は、別の日程をご提案いたします。',
      'ご検討に時間がかかる場合でも、価格は据え置きいたしますのでご安心ください。',
      '事前にご予約いただけない場合でも、当日受付いたします。',
      'お見積りの有効期限を過ぎた場合は、改めてお見積りをお送りいたします。',
      'ご決定が来月になる場合は、改めて日程をご相談させてください。',
      '納期に間に合わず、大変申し訳ございません。',
      '皆様のご協力がなければ、この短期間での立ち上げは実現できませんでした。',
      'ご不明な点がなければ、このまま手配を進めさせていただきます。',
    ],
  },
  {
    name: 'r21 pressure: a slot or benefit only for those who act by a date; a closing with the next round far off',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      '優先枠は、11月30日までにお申し込みいただいた企業様のみご用意いたします。',
      '12月10日までにご内示をいただいた場合のみ、年内の納品枠をお取りいたします。',
      '年内納品をお約束できるのは、今月20日までにご発注いただいた分だけです。',
      '期日を過ぎますと、お申し込みはお受けできなくなります。',
      '受付は3月31日をもって終了し、以降のお申し込みは次年度の扱いとなります。',
      'ご回答が期限を過ぎた場合、お取り置きは自動的に解除させていただきます。',
      '設置工事の日程は、今週金曜日までにご連絡をいただいたお客様に限り確保いたします。',
      '導入支援の無償枠は、10月末日までにご契約いただいた法人様だけが対象となります。',
      '先行価格でのご提供は、5日（火）正午までに正式なお返事をくださった会社様に限らせていただきます。',
      'モニター募集は今月15日で締め切ります。\nこの日を過ぎますと、次回のご案内は来年の秋になります。',
      'エントリーは9月末日で締め切り、それ以降は通常価格でのご案内となります。',
      'この日を過ぎると、今回のお見積り条件はご提示できなくなります。',
    ],
    clean: [
      '3月末までにご発注いただいた分は、現行価格でお届けいたします。',
      'ご注文いただいたお客様のみ、会員ページをご利用いただけます。',
      'ご質問の申込締切ですが、6月12日（金）17時となっております。',
      '弊社では社内の締め切りを10日に設定しております。',
      'ご発注いただいた分は、3月10日に出荷いたします。',
      '見積書の有効期限は発行日から30日間です。',
      '締切を過ぎてもお受けいたしますので、ご都合のよいときにお申し込みください。',
      '工場の停電のため、8月10日の出荷はできなくなりました。',
      '年末年始の出荷締切は12月26日となっておりますので、ご承知おきください。',
    ],
  },
  {
    name: 'r21 pressure: the same conditions to a client already in business, and in internal mail',
    category: 'pressure',
    context: { recipient: 'client' as const, firstContact: false, now: NOW },
    flagged: [],
    clean: [
      '今月中にご発注いただけない場合、秋の棚替えには間に合いませんので、ご注意ください。',
      '役員会の承認を待っていては、キャンペーン価格は適用できなくなります。',
      'この枠は金曜日までにお返事をいただいた会社様のみ確保いたします。',
    ],
  },
  {
    name: 'r21 pressure: internal mail',
    category: 'pressure',
    context: { recipient: 'internal' as const, firstContact: false, now: NOW },
    flagged: [],
    clean: [
      '今月中に決めないと、A社の案件は遅れてしまうので、部長の承認をお願いします。',
      '青葉製作所さんから金曜日までに発注書が来ない場合、ラインの枠は他社に回すことになります。',
    ],
  },
]);
