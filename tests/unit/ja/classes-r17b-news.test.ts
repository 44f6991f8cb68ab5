// Round 17b (news): an event, visit, demo, training or workshop we organised, cancelled with no new date, apology
// or offer, is blunt bad news in either language; a move to a named date, a cancellation carrying an apology and
// a reason and an offer, one the client made, a public notice that apologises, internal mail, quoted history and
// "cancel" as a feature word stay clean.
import { classTables } from './refusal-honorific-table';

classTables([
  {
    name: 'N1: our event cancelled with nothing offered',
    category: 'bad-news',
    flagged: [
      '11月20日に予定していた工場見学会は中止となりました。',
      '来週の製品説明会は開催を取りやめます。',
      '3月5日の導入研修は中止します。',
      '予定しておりました現地デモは見送ります。',
      '12月の技術セミナーは中止いたします。',
      '名古屋での展示会出展は取りやめとなりました。',
      'The product workshop on 12 March is cancelled.',
      'Our plant tour next Tuesday has been called off.',
      'We have cancelled the customer seminar in Osaka.',
      'We have decided to cancel the dealer training on 8 May.',
      'The factory visit scheduled for next week is cancelled.',
      '4月の勉強会は中止とさせていただきます。',
    ],
    clean: [
      '誠に申し訳ございませんが、講師の急病により11月20日の工場見学会は中止となりました。代替日程を改めてご提案いたします。',
      '申し訳ございませんが、3月5日の導入研修は3月12日（木）に延期させていただきます。',
      'ご連絡いただいたとおり、貴社のご都合で来週の打ち合わせは中止となりました。',
      // The client's request for something of an event, turned down: a refusal (the refusal rules'), not news.
      '展示会用の大判パネル10枚を明後日までに、とのご依頼ですが、今回は見送らせていただきます。',
      '【お知らせ】台風接近のため、本日の市民公開講座は中止となりました。ご来場予定の皆様には大変ご迷惑をおかけし、申し訳ございません。',
      'We are very sorry, but because our trainer is ill the 12 March workshop is cancelled; we would be glad to offer you two alternative dates next week.',
      'Apologies — the on-site demo is moved to 21 July at the same time.',
      'As you requested, your team\'s visit on Friday is cancelled.',
      'Cancel anytime from your account page.',
    ],
  },
]);
