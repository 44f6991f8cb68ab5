// Round 24 (regcold): register, honorifics and cold outreach, in wordings of our own (never a corpus's).
// - A habitual closing (Cheers, Talk soon, Saludos, Take care, Viele Grüße) is register only in a mail that is
//   casual elsewhere too (a casual or given-name greeting, chat words, emoji, doubled marks); under a formal mail
//   it is the writer's accent. A marked closing (Cheers mate, Cheers!) is flagged alone.
// - "Hi Kenji" is honorific unless the client's own words in the quoted history offer the given name.
// - 御中 on a person's name; a bare name in a list of addressees; an invitation's attendee line is no address.
// - The clipped volitional (確認しよ, 話そ, 行こっか) and chat spellings of OK / 了解 (おk, okです, おけ, りょ).
// - A follow-up of what the reader asked for is no chase of a pitch; a bare imperative meeting ask to a stranger
//   stays an ask under a condition of interest, the modest conditional ask is clean.
import { classTables } from './refusal-honorific-table';

const NOW = '2026-12-01';
const CLIENT = { recipient: 'client' as const, firstContact: false, now: NOW };
const PROSPECT = { recipient: 'prospect' as const, firstContact: false, now: NOW };
const FIRST = { recipient: 'prospect' as const, firstContact: true, now: NOW };

const ja = (body: string) => `株式会社青葉製作所\n購買部 佐藤様\n\nいつもお世話になっております。\nノルドケムの山本です。\n\n${body}\n\nよろしくお願いいたします。`;

classTables([
  {
    name: 'r24 regcold: a habitual closing in a mail that is casual elsewhere',
    category: 'register',
    context: CLIENT,
    flagged: [
      ['Hi Kenji,\n\nThe revised drawings are attached.\n\nCheers,\nTom', 'Cheers,'],
      ['Hey Ms. Ota,\n\nThe revised drawings are attached.\n\nTalk soon,\nAnna', 'Talk soon,'],
      ['Dear Mr. Sato,\n\nGonna send the revised drawings tomorrow.\n\nCheers,\nTom', 'Cheers,'],
      ['Dear Mr. Sato,\n\nThe revised drawings are attached 👍\n\nTake care,\nAnna', 'Take care,'],
      ['Dear Mr. Sato,\n\nThe revised drawings are attached, btw the stamp is on page 2.\n\nSpeak soon,\nAnna', 'Speak soon,'],
      ['Dear Mr. Sato,\n\nThe drawings are finally done!!\n\nCheers,\nTom', 'Cheers,'],
      ['Dear Mr. Sato,\n\nThe drawings are attached :)\n\nSaludos,\nDiego', 'Saludos,'],
      ['Hi Yuki,\n\nThe pallets left Rotterdam today.\n\nViele Grüße,\nJonas', 'Viele Grüße,'],
      ['Dear Mr. Sato,\n\nThe pallets left Rotterdam today.\n\nCheers mate,\nTom', 'Cheers mate,'],
      ['Dear Mr. Sato,\n\nThe pallets left Rotterdam today.\n\nCheers!\nTom', 'Cheers!'],
      ['Dear Mr. Sato,\n\nThe pallets left Rotterdam today.\n\nCheers heaps,\nTom', 'Cheers heaps,'],
      ['Dear Mr. Sato,\n\nThe pallets left Rotterdam today.\n\nxx Emily', 'xx'],
      ['Morning Daisuke,\n\nThe pallets left Rotterdam today.\n\nCheers,\nTom', 'Cheers,'],
    ],
    clean: [
      'Dear Mr. Fujii,\n\nThe inspection of lot 26-114 is complete and the report is attached.\n\nCheers,\nOliver',
      'Dear Ms. Kato,\n\nWe will cover the reshipping cost this time. The tracking number follows tomorrow.\n\nSaludos,\nDiego',
      'Dear Mr. Ueda,\n\nThank you for the questions on the call. The proposal for the next meeting is attached.\n\nTalk soon,\nDan',
      'Dear Ms. Mori,\n\nThe certificates for your audit are attached.\n\nTake care,\nAnna',
      'Dear Mr. Sato,\n\nThe pallets left Rotterdam today.\n\nViele Grüße,\nJonas',
      'Dear Mr. Sato,\n\nThe pallets left Rotterdam today.\n\nSaludos cordiales,\nDiego',
      'Dear Mr. Sato,\n\nCheers to a great year together, and thank you for your support.\n\nBest regards,\nTom',
      ['Hi Tom,\n\nThe pallets left today.\n\nCheers,\nKen', 'Cheers,'],
    ],
  },
  {
    name: 'r24 regcold: a given name the client offered in the thread',
    category: 'honorific',
    context: CLIENT,
    flagged: [
      'Hi Kenji,\n\nThe revised timeline is attached.\n\nBest regards,\nOlu',
      'Hi Kenji,\n\nThe revised timeline is attached.\n\nBest regards,\nOlu\n\nOn Mon, Mar 9, 2026 at 6:12 PM Kenji Murata wrote:\n> Dear Olu,\n> Could you send the revised timeline?\n> Kenji Murata',
      'Hi Kenji,\n\nThe revised timeline is attached.\n\nBest regards,\nOlu\n\n> Hi Kenji,\n> the timeline will follow.\n> Olu',
      'Hello Haruto,\n\nThe revised timeline is attached.\n\nBest regards,\nOlu',
      'Hi Daisuke,\n\nPlease find the quotation attached.\n\nKind regards,\nAnna\n\n-----Original Message-----\nFrom: Daisuke Ito\nPlease send the quotation.\nDaisuke Ito',
      'Yuki,\n\nThe samples shipped today.\n\nBest regards,\nTom',
      'Dear Mr. Takuya,\n\nThe samples shipped today.\n\nBest regards,\nTom',
      'Hi Shota,\n\nThe samples shipped today.\n\nBest regards,\nTom\n\nOn Tue, Shota Ono wrote:\n> Thanks, please call our office if anything changes.',
      'Hey Ryota,\n\nThe samples shipped today.\n\nBest regards,\nTom',
      'Hi Masato,\n\nThe samples shipped today.\n\nBest regards,\nTom',
      'Hi Naoki,\n\nThe samples shipped today.\n\nBest regards,\nTom',
      'Hi Kenta,\n\nThe samples shipped today.\n\nBest regards,\nTom',
      // Signed with the given name only: no offer (writers still label it).
      'Hi Ryota,\n\nThe extra accounts are billed at the standard rate.\n\nBest regards,\nPaul\n\n-----Original Message-----\nFrom: Ryota Inoue\nCould you provide 20 extra accounts?\nRyota',
    ],
    clean: [
      'Hi Kenji,\n\nNoted, Kenji it is from now on! The revised timeline is attached.\n\nBest regards,\nOlu\n\nOn Mon, Mar 9, 2026 at 6:12 PM Kenji Murata wrote:\n> Olu,\n> Please call me Kenji. Could you send the revised timeline?\n> Kenji',
      'Hi Tomo,\n\nThe updated deck is attached.\n\nBest regards,\nPriya\n\n> Priyaさん\n> あと、メールでは「Tomo」で大丈夫ですよ。\n> 大森 智也',
      'Hi Haruto,\n\nThe quotation is attached.\n\nKind regards,\nAnna\n\n-----Original Message-----\nFrom: Haruto Ito\nAnna, please just call me "Haruto". Could you send the quotation?\nBest,\nHaruto',
      'Hi Daisuke,\n\nThe quotation is attached.\n\nKind regards,\nAnna\n\n> Anna,\n> I\'m Daisuke to everyone here, so call me Daisuke. The quotation please?\n> D. Ito',
      'Dear Mr. Sato,\n\nThe samples shipped today.\n\nBest regards,\nTom',
      'Dear Sato-san,\n\nThe samples shipped today.\n\nBest regards,\nTom',
      'Hi Tom,\n\nThe samples shipped today.\n\nBest regards,\nKen',
    ],
  },
  {
    name: 'r24 regcold: 御中 on a person, a bare name among the addressees (ja)',
    category: 'honorific',
    context: CLIENT,
    flagged: [
      ['株式会社ハヤセ商事\n経理部 森 御中\n\nいつもお世話になっております。', '森 御中'],
      ['株式会社ハヤセ商事\n経理部 林御中\n\nいつもお世話になっております。', '林御中'],
      ['株式会社ハヤセ商事\n営業部 佐々木 御中\n\nいつもお世話になっております。', '佐々木 御中'],
      ['株式会社ハヤセ商事 御中\n購買課 田中 御中\n\nいつもお世話になっております。', '田中 御中'],
      ['山田 御中\n\nいつもお世話になっております。', '山田 御中'],
      ['株式会社ミドリ製薬\n品質保証部 高橋 御中\n\n平素より大変お世話になっております。', '高橋 御中'],
      ['タカミ物流株式会社\n岡田様、小池\n\nお世話になっております。', '小池'],
      ['タカミ物流\n岡田様、小池\n\nお世話になっております。', '小池'],
      ['株式会社ミナト\n購買部 田中様、鈴木\n\nお世話になっております。', '鈴木'],
      ['株式会社ミナト\n田中様、鈴木様、佐藤\n\nお世話になっております。', '佐藤'],
      ['株式会社ミナト\n購買部 佐藤さん\n\nお世話になっております。', '佐藤さん'],
      ['株式会社ミナト\n購買部 佐藤\n\nお世話になっております。', '佐藤'],
    ],
    clean: [
      '株式会社ハヤセ商事\n経理部 御中\n\nいつもお世話になっております。',
      '森永製菓株式会社 御中\n\nいつもお世話になっております。',
      '株式会社ハヤセ商事 御中\n\nいつもお世話になっております。',
      '株式会社ミナト\n田中様、鈴木様\n\nお世話になっております。',
      'タカミ物流株式会社\n岡田様\n\nお世話になっております。サイゴン・デブワークスのグエンです。',
      '日時：11月19日（木）10:00〜11:00\n出席者：トウホク重機 桜井様\n　　　　ケスラー日本法人 ブラント、フォークト\n\n株式会社トウホク重機\n品質保証部 桜井様\n\nいつもお世話になっております。',
      '株式会社ミナト\n購買部 田中様\n\nお世話になっております。',
      '中野区役所 御中\n\nいつもお世話になっております。',
    ],
  },
  {
    name: 'r24 regcold: the clipped volitional and chat spellings of OK / 了解 (ja)',
    category: 'register',
    context: CLIENT,
    flagged: [
      [ja('仕様の件、一回みんなで確認しよ。'), '確認しよ'],
      [ja('来週また話そ！'), '話そ'],
      [ja('じゃあ明日行こっか。'), '行こっか'],
      [ja('この件は後でまとめて見よ。'), '見よ'],
      [ja('今回はこの条件で進めよ。'), '進めよ'],
      [ja('次回分の240本、おkです！'), 'おkです'],
      [ja('その日程でokです。'), 'okです'],
      [ja('見積もりの件、おけです！'), 'おけです'],
      [ja('納期の件、りょです！'), 'りょです'],
      [ja('日程変更、りょーかいです〜'), 'りょーかいです'],
      [ja('その件、了解です！'), '了解です'],
      [ja('資料の件、オッケーです！'), 'オッケーです'],
    ],
    clean: [
      ja('それでは、来週改めて確認しましょう。'),
      ja('資料を確認しようと存じます。'),
      ja('準備しておけば問題ございません。'),
      ja('本社における方針をご説明いたします。'),
      ja('旅行代理店の件ですが、来週ご説明いたします。'),
      ja('料金は別途お見積もりいたします。'),
      ja('画面のOKボタンを押してください。'),
      ja('Bookingの件でご連絡いたしました。'),
      ja('ご提案したプランはlimited timeのofferなので、ご検討いただけますと幸いです。'),
    ],
  },
  {
    name: 'r24 regcold: a pushy chase of an unanswered pitch; a stranger told to book a meeting',
    category: 'cold-outreach',
    context: PROSPECT,
    flagged: [
      'Dear Mr. Ishii,\n\nFollowing up again on my emails of 3, 9 and 12 February about our LED lighting.\n\nBest regards,\nGreg',
      'Dear Mr. Ishii,\n\nJust bumping this to the top of your inbox: did you get my proposal on LED lighting?\n\nBest regards,\nGreg',
      'Dear Mr. Ishii,\n\nThis is my third email about our LED retrofit offer.\n\nBest regards,\nGreg',
      "Dear Mr. Ishii,\n\nI sent over our brochure two weeks ago and haven't heard back.\n\nBest regards,\nGreg",
      '株式会社光和印刷\n工務部 藤井様\n\nお世話になっております。\n先月から2度ほどご案内をお送りしておりますが、まだお返事をいただけておりません。',
      '株式会社光和印刷\n工務部 藤井様\n\nお世話になっております。\n先日ご案内いたしました印刷機の件、ご覧いただけましたでしょうか。',
      ['株式会社光和印刷\n工務部 ご担当者様\n\nはじめまして。\nグローバル・フレイトの佐伯と申します。\n弊社の混載便は輸出物流コストを平均25%削減してまいりました。\nご興味がございましたら、下記URLから30分のオンライン面談をご予約ください。', 'ご予約ください'],
      ['株式会社光和印刷\n工務部 ご担当者様\n\n突然のご連絡失礼いたします。\nクラウド会計のフィンテック社の松本と申します。\nご関心があれば、来週オンラインでご説明させてください。', 'ご説明させてください'],
      ['株式会社光和印刷\n工務部 ご担当者様\n\nはじめまして。\nセキュアネットの中島と申します。\n弊社は工場のセキュリティ診断を提供しております。\nご興味がおありでしたら、来週ご訪問の日程をお知らせください。', 'お知らせください'],
      'Dear Mr. Ishii,\n\nResending in case my last email got buried in your inbox.\n\nBest regards,\nGreg',
      'Dear Mr. Ishii,\n\nCircling back on my note about the LED retrofit — any thoughts on my proposal?\n\nBest regards,\nGreg',
      'Dear Mr. Ishii,\n\nI have tried to reach you several times about our LED offer.\n\nBest regards,\nGreg',
    ],
    clean: [
      'Dear Mr. Ishii,\n\nFollowing up again on my emails of 3, 9 and 12 February regarding the LED retrofit quote you requested.\n\nBest regards,\nGreg',
      'Dear Mr. Ishii,\n\nI am following up once more on the samples you asked for at the fair.\n\nBest regards,\nGreg',
      'Hi Mr. Ishii,\n\nGood to catch up at the lighting fair last week. Following up on the LED panels.\n\nBest regards,\nGreg',
      'Dear Mr. Ishii,\n\nFollowing up on our call, the quotation is attached.\n\nBest regards,\nGreg',
      '株式会社光和印刷\n工務部 藤井様\n\nお世話になっております。\n何度もご連絡を差し上げて恐縮ですが、ご依頼いただいたデジタル印刷機のお見積りの件、いかがでしょうか。',
      '株式会社光和印刷\n工務部 藤井様\n\nお世話になっております。\nお問い合わせいただきました件、改めてご連絡いたしました。資料はお手元に届いておりますでしょうか。',
      ['株式会社光和印刷\n工務部 ご担当者様\n\nはじめまして。\nグローバル・フレイトの佐伯と申します。\n株式会社ミナトフーズの岡田様よりご紹介をいただき、ご連絡いたしました。\nもしご関心をお持ちいただけるようでしたら、一度30分ほどオンラインでお話を伺えれば幸いです。', 'お話を伺えれば幸いです'],
      ['株式会社光和印刷\n工務部 ご担当者様\n\nはじめまして。\nグローバル・フレイトの佐伯と申します。\nご不明な点がございましたら、お気軽にお問い合わせください。', 'お問い合わせください'],
    ],
  },
]);

// The first contacts of the last class are judged as first contacts.
classTables([
  {
    name: 'r24 regcold: first contact, a bare imperative meeting ask under a condition of interest',
    category: 'cold-outreach',
    context: FIRST,
    flagged: [
      ['株式会社光和印刷\n工務部 ご担当者様\n\nはじめまして。\nグローバル・フレイトの佐伯と申します。\n弊社の混載便は輸出物流コストを平均25%削減してまいりました。\nご興味がございましたら、下記URLから30分のオンライン面談をご予約ください。', 'ご予約ください'],
    ],
    clean: [
      '株式会社光和印刷\n工務部 ご担当者様\n\nはじめまして。\nグローバル・フレイトの佐伯と申します。\nご興味がございましたら、詳しい資料をお送りしますのでお知らせください。',
      '株式会社光和印刷\n工務部 ご担当者様\n\nはじめまして。\nグローバル・フレイトの佐伯と申します。\nご不明な点がございましたら、お気軽にお電話ください。',
    ],
  },
]);
