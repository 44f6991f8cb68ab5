// Round 13 (ja), classes K2, K3 (ja), K4, F3 (ja), F4, F5, F6 (ja) in wordings of our own (never a corpus's):
// K2 Japanese business phrases inside an English mail, judged as Japanese: 了解しました, ご苦労様, 御社,
//    なるほどですね (honorific) and 了解です (register); near misses: 承知いたしました, かしこまりました, 貴社,
//    よろしくお願いいたします, internal mail.
// K3 scarcity of capacity tied to a near deadline for a prospect's decision; near misses: capacity with the timing
//    left to them or their share secured, a deadline of the client's own.
// K4 clipped casual copulas (っす, ッス, そうすね, いいすか, じゃないすか, っしょ, でしょ); near misses: です/ます,
//    〜ですね, すね as a word, quoted history, internal mail.
// F3 an inability that is the reason for an announced change inside an apologising notice is neither bad news
//    told bluntly nor a refusal; still flagged: the same stated flatly, or in reply to the client's request.
// F4 idiomatic negatives of emotion (感謝の念に堪えません, 〜てやみません, 〜ずにはいられません) are no refusal;
//    still flagged: 対応できません, お受けできません.
// F5 a reasoned …かねます with an apology or an alternative in the next sentences is cushioned; still flagged:
//    the reason alone, できません/無理です, …かねます with nothing around it.
// F6 the client's own ceremony or deadline restated is no pressure; still flagged: a deadline on their decision.
import { classTables } from './refusal-honorific-table';

const INTERNAL = { recipient: 'internal', firstContact: false, now: '2026-06-01' } as const;
const PROSPECT = { recipient: 'prospect', firstContact: false, now: '2026-06-01' } as const;

classTables([
  {
    name: 'K2: a Japanese phrase of the wrong direction inside an English mail',
    category: 'honorific',
    flagged: [
      ['Dear Mr. Aoki,\nThank you for the updated forecast. 了解しました。We will plan production accordingly.', '了解しました'],
      ['Hi Ms. Kaneda,\nNoted – 了解いたしました, we will revise the invoice today.', '了解いたしました'],
      ['Dear Ms. Ueno,\nThanks for confirming the new address (了承しました). The next shipment will go there.', '了承しました'],
      ['Dear Mr. Baba,\nご苦労様でした. Thank you for hosting the audit yesterday.', 'ご苦労様でした'],
      ['Dear Mr. Mori,\nThank you for the long meeting yesterday – 遅くまでご苦労さまです!', 'ご苦労さまです'],
      ['Dear Ms. Imai,\nThank you for the samples. 御社の工場でのテスト結果を楽しみにしております。', '御社'],
      ['Dear Mr. Endo,\nWe would like to print the 御社 name on the outer carton.', '御社'],
      ['Dear Mr. Goto,\nThank you for explaining the approval flow. なるほどですね。We will prepare the documents in that order.', 'なるほどですね'],
      ['Hello Mr. Hino,\nなるほどです, that explains the delay at customs.', 'なるほどです'],
    ],
    clean: [
      'Dear Mr. Aoki,\nThank you for the updated forecast. 承知いたしました。We will plan production accordingly.',
      'Dear Ms. Imai,\nかしこまりました. 貴社の工場でのテスト結果を楽しみにしております。',
      'Dear Mr. Goto,\nいつもお世話になっております。Thank you for explaining the approval flow.',
      'Dear Mr. Endo,\nWe look forward to the meeting. よろしくお願いいたします。',
      'Dear Mr. Ota,\nOur new catalogue features the なるほど series of kitchen tools.',
    ],
  },
  {
    name: 'K2: the same phrases in an internal English mail',
    category: 'honorific',
    context: INTERNAL,
    flagged: [],
    clean: ['Hi Ken,\n了解しました – I will send the revised quote to Midori today.', 'Hi Ken,\nなるほどですね, that explains the delay.'],
  },
  {
    name: 'K2: a casual Japanese phrase inside an English mail',
    category: 'register',
    flagged: [
      ['Dear Ms. Sato,\nThanks for the quick reply, 了解です! We will send the file today.', '了解です'],
      ['Hi Mr. Kudo,\nNoted the new meeting room, 了解です. See you on Monday.', '了解です'],
      ['Dear Mr. Noda,\nThe drawings arrived this morning – ありがとう! We will check them today.', 'ありがとう'],
      ['Dear Ms. Oka,\nWe will ship the parts on Friday. よろしく!', 'よろしく'],
    ],
    clean: [
      'Dear Ms. Sato,\nThanks for the quick reply, 承知いたしました. We will send the file today.',
      'Dear Mr. Noda,\nThe drawings arrived this morning – ありがとうございます. We will check them today.',
      'Dear Ms. Oka,\nWe saw the よろしく campaign in your stores last week.',
    ],
  },
  {
    name: 'K2: the casual phrase in an internal English mail',
    category: 'register',
    context: INTERNAL,
    flagged: [],
    clean: ['Hi Ken,\nThanks, 了解です! I will call Midori tomorrow.'],
  },
  {
    name: 'K4: clipped casual copulas to a client',
    category: 'register',
    flagged: [
      ['そうすね、その日程で問題ございません。', 'そうすね'],
      ['その件は来週で大丈夫ッス。', 'ッス'],
      ['お見積りの件、ちょっと厳しいっすね。', 'っすね'],
      ['仕様変更は今回で最後っすか？', 'っすか'],
      ['納期はもう少し早められないすか。', 'ないすか'],
      ['それは前回お伝えした内容じゃないすか。', 'じゃないすか'],
      ['明日には届くっしょ。', 'っしょ'],
      ['図面はもう確認されたでしょ？', 'でしょ'],
      ['新しいカタログ、かなり見やすいすね。', 'いすね'],
      ['ご提案の件、了解っす。', '了解っす'],
    ],
    clean: [
      'そうですね、その日程で問題ございません。',
      'お見積りの件、少々厳しい状況でございます。',
      '明日には届くかと存じます。',
      '真っすぐお進みいただき、二つ目の角を右に曲がってください。',
      'すね当てのサンプルをお送りいたします。',
      'ご確認ありがとうございます。\n\n> そうすね、来週で大丈夫っす。',
    ],
  },
  {
    name: 'K4: clipped copulas in internal mail',
    category: 'register',
    context: INTERNAL,
    flagged: [],
    clean: ['そうすね、来週で大丈夫っす。', '明日には届くっしょ。', 'それは厳しいすね。', '来週で大丈夫ッス。'],
  },
  {
    name: 'K3: scarcity of capacity tied to a near deadline on a prospect',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      '今期は導入枠が残り2社のため、今週中にお返事いただけないとお約束できかねます。',
      'パイロット導入の枠は残り2つです。先着順となりますので、お早めにお申し込みください。',
      '今四半期に受け入れられるのは3社までとなっておりますので、金曜日までにご回答いただけますでしょうか。',
      '6月の実施枠は残り1日となっております。\n明日中にお申し込みいただけましたら、その日程で確保いたします。',
      '今期の受付枠は残り1社分です。来週水曜日までにご決定いただければ確保いたします。',
      '初期導入のサポート枠は先着3社様限りとなっておりますので、今月末までにお申し込みください。',
      '年内の設置枠はあと2件しか空いておりませんので、本日中にご判断ください。',
      '今月お受けできる新規案件は残りわずかです。週内にお返事をいただけない場合は、他社様を優先させていただきます。',
    ],
    clean: [
      '今期の導入支援は残り2社分となっておりますが、ご検討はどうぞ貴社のご都合に合わせてお進めください。',
      '在庫には限りがございますが、追加生産も可能ですので、どうぞお急ぎにならず、社内でご検討ください。',
      '本品は数量限定となっておりますが、貴社の試作に必要な量は確保しておりますので、ご安心ください。',
      '急ぎのご判断は不要ですので、ごゆっくりご検討ください。',
      '貴社ご希望の3月末の稼働に間に合わせるため、2月20日までにご発注いただければ確実に手配できます。',
    ],
  },
  {
    name: 'F3: an inability that is the reason for a change, in an apologising notice',
    category: 'bad-news',
    flagged: [
      ['現行価格の維持が困難となりました。4月出荷分より5%値上げします。', '現行価格の維持が困難となりました'],
      ['これ以上現行の料金を据え置くことができません。7月より保守料金を改定します。', 'これ以上現行の料金を据え置くことができません'],
      ['当初の納期を守ることができなくなりました。新しい納期は6月10日です。', '当初の納期を守ることができなくなりました'],
      ['6月納品分から、現行の単価は維持できません。', '現行の単価は維持できません'],
    ],
    clean: [
      '原材料価格の高騰が続き、これ以上現行価格を維持することが難しく、誠に恐縮ながら4月1日より価格を改定させていただきます。\nご理解賜りますようお願い申し上げます。',
      '大変申し訳ございませんが、物流費の上昇により現行価格の維持が困難となり、4月出荷分より5%値上げさせていただきます。',
      '誠に申し訳ございません。人件費の上昇により、これ以上現行の料金を据え置くことができなくなりました。\n7月より保守料金を改定させていただきます。',
      '心苦しいお知らせとなり恐縮ですが、円安の影響で従来の価格を維持できない状況となりました。5月分より単価を見直させていただきます。',
      '大変申し訳ございませんが、部材の調達が困難となり、当初の納期を守ることができなくなりました。新しい納期は6月10日でございます。',
      '誠に恐縮ではございますが、運賃の値上げ分をこれ以上弊社で吸収することができず、送料を改定させていただくこととなりました。',
      '誠に申し訳ございませんが、為替の変動が大きく、現行価格での提供を続けることが困難となりました。',
      'ご迷惑をおかけし申し訳ございません。原料相場の上昇が続いており、現行の単価を維持することができなくなりました。',
    ],
  },
  {
    name: 'F3: the inability is no refusal inside the apologising notice',
    category: 'blunt-refusal',
    flagged: [
      ['価格据え置きのご要望ですが、現行価格の維持はできません。', '現行価格の維持はできません'],
      ['ご依頼の件ですが、現行の単価を据え置くことはできません。', '据え置くことはできません'],
      ['単価据え置きのご相談につきましては、弊社では対応できません。', '弊社では対応できません'],
      ['旧価格での追加発注のご依頼は、お受けできません。', 'お受けできません'],
      ['年度末まで単価を据え置いてほしいとのご相談について、社内で検討いたしました。\n現行単価の維持はできません。', '現行単価の維持はできません'],
    ],
    clean: [
      '原材料価格の高騰が続き、これ以上現行価格を維持することが難しく、誠に恐縮ながら4月1日より価格を改定させていただきます。',
      '大変申し訳ございませんが、物流費の上昇により現行価格の維持が困難となり、4月出荷分より5%値上げさせていただきます。',
      '誠に申し訳ございません。人件費の上昇により、これ以上現行の料金を据え置くことができなくなりました。\n7月より保守料金を改定させていただきます。',
      '心苦しいお知らせとなり恐縮ですが、円安の影響で従来の価格を維持できない状況となりました。',
      '誠に恐縮ではございますが、運賃の値上げ分をこれ以上弊社で吸収することができず、送料を改定させていただくこととなりました。',
      '大変申し訳ございませんが、部材の調達が困難となり、当初の納期を守ることができなくなりました。',
      'ご迷惑をおかけし申し訳ございません。原料相場の上昇が続いており、現行の単価を維持することができなくなりました。',
      '誠に申し訳ございませんが、為替の変動が大きく、現行価格での提供を続けることが困難となりました。',
    ],
  },
  {
    name: 'F4: idiomatic negatives of emotion',
    category: 'blunt-refusal',
    flagged: [
      ['今回のご依頼には対応できません。', '対応できません'],
      ['そのご要望はお受けできません。', 'お受けできません'],
      ['短納期での製作はできません。', 'できません'],
      ['週末の立ち会いには伺えません。', '伺えません'],
    ],
    clean: [
      '皆様の温かいご支援に、感謝の念に堪えません。',
      '創業五十周年を迎えられましたこと、慶賀に堪えない次第でございます。',
      '貴社のますますのご発展を祈念してやみません。',
      '新工場の成功を心より願ってやみません。',
      '皆様のお力添えなくしては成し得なかったと思えてなりません。',
      '長年のご厚情に、感謝せずにはいられません。',
      '迅速なご対応には、驚きを禁じ得ません。',
      '皆様には、感謝してもしきれません。',
      'お礼の申し上げようもございません。',
      '今回の受賞は嬉しくてたまりません。',
    ],
  },
  {
    name: 'F5: a reasoned …かねます cushioned by the sentences after it',
    category: 'blunt-refusal',
    flagged: [
      ['印刷機の段取り上、300枚での別版印刷はお引き受けいたしかねる状況でございます。\nよろしくお願いいたします。', 'お引き受けいたしかねる'],
      ['今月中の追加生産はお引き受けいたしかねます。\nご期待に沿えず申し訳ございません。', 'お引き受けいたしかねます'],
      ['設備の都合上、0.1mm単位の加工はできません。\nご期待に沿えず申し訳ございません。', 'できません'],
      ['その日程での納品は無理です。\n代わりに翌週であれば対応可能です。', '無理です'],
      ['ご指定の日程での納品はいたしかねます。', 'いたしかねます'],
    ],
    clean: [
      '印刷機の段取り上、300枚での別版印刷はお引き受けいたしかねる状況でございます。\nご期待に沿えず、大変申し訳ございません。',
      '倉庫の人員配置の都合上、日曜日の出荷は承りかねます。\n代わりに、土曜日の午前であれば出荷が可能です。',
      '金型の保守点検のため、今月中の追加生産はお受けいたしかねる状況でございます。\n来月第1週であれば対応可能ですので、ご検討いただけますと幸いです。',
      '弊社の品質管理規定上、開封済み製品の返品はお引き受けいたしかねます。\nせっかくご相談いただいたにもかかわらず、申し訳ございません。',
      'ラインが満稼働となっており、2月中の納品はいたしかねる状況でございます。\nご要望に沿えず心苦しい限りですが、何卒ご容赦ください。',
      '講師の日程の都合上、土曜日の開催は承りかねます。\n平日の午後であれば、喜んで伺います。',
      '設備の仕様上、0.1mm単位の加工はいたしかねます。\n0.5mm単位でしたら承ることができます。',
      '輸送会社の集荷体制により、当日出荷はお受けいたしかねます。\n大変申し訳ございません。\n翌日出荷でよろしければ手配いたします。',
    ],
  },
  {
    name: "F6: the client's own ceremony or deadline restated",
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      '今週金曜日までにご発注いただけない場合、この価格はお約束できかねます。',
      '今月中にご決断いただければ、導入費用を半額にいたします。',
      'キャンペーンは今週末で終了いたしますので、お早めにご判断ください。',
      '明日までにご回答をお願いいたします。',
    ],
    clean: [
      '貴社の竣工式が3月20日とのことですので、15日までに納品いたします。',
      '創立記念式典が5月10日と伺いましたので、記念品は5月1日までにお届けいたします。',
      '貴社の展示会が9月3日から開催されると伺っておりますので、パネルは8月末までに納品できるよう手配いたします。',
      '新店舗のオープンが4月1日とのことですので、3月25日までに什器の設置を完了いたします。',
      '株主総会が6月下旬とのことですので、資料の初稿は6月10日までにお送りいたします。',
      '貴社の予算申請の締め切りが今月20日と伺いましたので、お見積りは15日までにお送りいたします。',
      '工場の稼働開始が7月1日とのことですので、それに間に合うよう6月中旬に据付を行います。',
      '貴社の決算発表が2月14日とのことですので、翻訳は2月10日までに納品いたします。',
      '貴社の竣工式（3月20日）に間に合わせるには、3月5日までにご発注いただく必要がございます。',
    ],
  },
]);
