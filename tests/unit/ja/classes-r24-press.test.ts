// Round 24 (press): Japanese and mixed pressure on a prospect, in wordings of our own written before the code: a date
// with its weekday in brackets before the time limit on their answer (12月10日（木）までには); a hurry sharpened into a
// nearer limit (お早めに、というより今週中に); ASAP and English decision words in a Japanese sentence; what was theirs
// sent on to another party as the loss after a condition (順番待ちの企業様へ, 次のclient様に, 別の案件に); the time
// after a limit as a topic (※それ以降は…他のお客様の案件に振り替えます), and a ※ note in a list item that says a whole
// sentence; another buyer's inquiry (inquiry, RFQ) as the reason for a near commitment; the longer they wait the more
// they lose (〜ほど); a same-day or next-day cut-off in a heading. Near misses: our own act by a
// date, the client's own schedule, a meeting date asked, a holiday notice, a reassurance, a list item that names a
// topic, internal mail.
import { classTables } from './refusal-honorific-table';

const PROSPECT = { recipient: 'prospect' as const, firstContact: false, now: '2026-09-01' };
const INTERNAL = { recipient: 'internal' as const, firstContact: false, now: '2026-09-01' };

classTables([
  {
    name: 'r24 press: a condition on their act tied to a near time, a loss or another buyer after it',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      '12月10日（木）までにはご回答をお願いいたします。',
      'ご発注は10月2日（金）正午までにお願いいたします。',
      'ご決断はなるべく早く、というより明日までにお願いします。',
      'ASAPでご返事いただけると助かります。',
      '明日までにreplyがない場合は、在庫を次のお客様へお回しいたします。',
      '期限を過ぎますと、順番待ちの企業様へ枠をご案内いたします。',
      '9月末日を過ぎた場合、ラインは別の案件に割り当てさせていただきます。',
      '・回答期限：10月5日（月）\n　※期限を過ぎた場合、部材の確保はお約束できかねます。',
      '・ご発注期限：11月20日（金）まで ※それ以降は、設置チームを他のお客様の案件に振り替えます。',
      '他社様からもinquiryをいただいておりますので、今週中に内金のお振込みをお願いいたします。',
      'ほかのメーカー様からもRFQが来ておりますので、明後日までにご発注をお願いします。',
      '今週中にdecisionをいただけない場合、技術者は他のclient様の案件にassignいたします。',
      ['ご判断を先延ばしにされるほど、生産枠は他のお客様で埋まってしまいます。', '先延ばし'],
      '【明日17時締切】特別価格でのお申し込みについて',
    ],
    clean: [
      '年末年始は休業いたします。それ以降は通常どおり営業いたします。',
      'お見積りは12月4日（金）までにお送りいたします。',
      '3月5日（木）までにご都合のよい日時をお知らせください。',
      'それ以降のお問い合わせは、担当の山田までお願いいたします。',
      'ご指定の3月末納期に間に合わせるため、2月10日（水）までにご発注いただけますと幸いです。',
      '・納期：ご発注後約4週間',
      'ASAPで対応いたします。',
      '期限を過ぎた場合でも、在庫は確保しておりますのでご安心ください。',
      '次回のお打ち合わせは、他の案件の進捗を見て調整いたします。',
      '他社様からのお問い合わせも多い製品ですが、ご検討はどうぞごゆっくりお進めください。',
      // A reference: other companies' use, received with thanks (a near miss still flagged on main).
      '他社様でも導入いただいております。',
      'ご検討が長引くほど、よりよいご提案ができる可能性がございます。',
      '導入が早いほど効果が大きくなります。',
    ],
  },
  {
    name: 'r24 press: the same pushes in internal mail',
    category: 'pressure',
    context: INTERNAL,
    flagged: [],
    clean: ['明日までにreplyがない場合は、次のclient様にinventoryをreleaseします。', '12月10日（木）までにはご回答をお願いいたします。'],
  },
]);
