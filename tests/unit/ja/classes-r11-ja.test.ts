// Round 11 (ja): two classes on prospects, in wordings of our own (never a corpus's): a bare urging request
// with 今すぐ (今すぐどうぞ, 今すぐお試しください), and, in a chase of an unanswered pitch, our next call or
// visit announced with the noun marked by も / は instead of を (お電話も差し上げます). Each has near misses that
// must stay clean: our own act done now, 今すぐ negated or waived, an open invitation, a call left to them.
import { classTables } from './refusal-honorific-table';

const PROSPECT = { recipient: 'prospect', firstContact: false, now: '2027-03-01' } as const;
const CLIENT = { recipient: 'client', firstContact: false, now: '2027-03-01' } as const;

const CHASE = '先月ご案内した在庫管理ツールの件、まだご返信をいただけておりませんので、改めてご連絡いたしました。\n';

classTables([
  {
    name: 'urging request with 今すぐ to a prospect',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      ['お申し込みは下記のフォームから今すぐどうぞ。', '今すぐ'],
      ['今すぐお試しください！', '今すぐ'],
      ['詳細は今すぐこちらをクリックしてください。', '今すぐ'],
      ['今すぐにでもご登録をお願いいたします。', '今すぐにでも'],
      ['無料デモを今すぐご体験ください。', '今すぐ'],
      ['専用窓口まで今すぐお問い合わせを！', '今すぐ'],
      ['今すぐご連絡いただけますか。', '今すぐ'],
      ['機能の一覧をお送りしました。\nアカウントの作成は今すぐどうぞ。', '今すぐ'],
    ],
    clean: [
      '今すぐお送りいたします。',
      '今すぐご判断いただく必要はございませんので、ごゆっくりご検討ください。',
      '今すぐにとは申しませんが、一度ご検討いただけますと幸いです。',
      '必要でしたら今すぐ手配いたしますので、お知らせください。',
      'ご質問はいつでもどうぞ。',
    ],
  },
  {
    name: 'our next call announced with も / は in a chase',
    category: 'cold-outreach',
    context: PROSPECT,
    flagged: [
      [`${CHASE}今週中にお電話も差し上げます。`, 'お電話も差し上げます'],
      [`${CHASE}来週あらためてお電話もさせていただきます。`, 'お電話もさせていただきます'],
      [`${CHASE}明日またお電話はいたしますので、よろしくお願いします。`, 'お電話はいたします'],
      [`${CHASE}週明けに電話もしますね。`, '電話もします'],
      [`${CHASE}来週改めてお電話も差し上げたいと存じます。`, 'お電話も差し上げたい'],
      [`${CHASE}近日中に面談もさせていただきます。`, '面談もさせていただきます'],
    ],
    clean: [
      [`${CHASE}ご不明な点がございましたら、お電話もお受けしております。`, 'お電話もお受けしております'],
      [`${CHASE}ご希望があれば、お電話もいたします。`, 'お電話もいたします'],
      '先日はお電話もいただき、ありがとうございました。\n来週のお打ち合わせでは、詳しくご説明いたします。',
      [`${CHASE}資料も改めてお送りいたします。`, '資料も改めてお送りいたします'],
    ],
  },
  {
    name: 'a call with も to a client in a live project stays clean',
    category: 'cold-outreach',
    context: CLIENT,
    flagged: [],
    clean: ['明日の打ち合わせの前に、お電話も差し上げます。', '納品後に担当者からお電話もいたします。', 'ご依頼の件、来週お電話もさせていただきます。'],
  },
]);
