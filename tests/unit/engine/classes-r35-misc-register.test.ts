// Round 35 (misc35, issue 9/10: round 34's held-out misses 「僕の権限じゃどうにもならないんですよね」 and "Shit happens"): a
// spoken contraction inside an otherwise polite sentence to a client — じゃ for では after a noun (僕の権限じゃ, 弊社じゃ), the
// explanatory 〜んですよね of talk, 〜んで, 〜っすね, 〜ちゃいました — and English profanity or slang to a client: a word of
// WordNet's obscenity class (dictionaries/en/slang-class.json `vulgar`: "shit", "crap", "shitty"), "it sucks", "no biggie".
// Near misses: the polite equivalents, internal mail, words quoted, じゃ inside a word, the literal "sucks air", "prick test".
import { EN, JA, neg, pos, runClass, type MiscCase } from './classes-r35-misc-table';

const internal = (c: MiscCase): MiscCase => ({ ...c, recipient: 'internal' });

const ja: MiscCase[] = [
  pos(JA('本国の価格ポリシーがかなり厳しくて、僕の権限じゃどうにもならないんですよね。'), '僕の権限じゃどうにもならないんですよね'),
  pos(JA('価格は据え置きでいけると思うんですよね。'), 'いけると思うんですよね'),
  pos(JA('私の権限じゃ決められませんので、上司に確認いたします。'), '私の権限じゃ'),
  pos(JA('現場じゃよくある不具合ですので、ご安心ください。'), '現場じゃ'),
  pos(JA('在庫がないんで、来月の出荷になります。'), 'ないんで'),
  pos(JA('確認しましたが、問題なさそうっすね。'), 'っすね'),
  pos(JA('先ほど資料を送っちゃいました。'), '送っちゃいました'),
  pos(JA('納期はちょっと厳しいっすね。'), '厳しいっすね'),
  pos(JA('担当者が不在なんで、明日改めてご連絡いたします。'), 'なんで'),
  pos(JA('今回は在庫を全部使っちゃいましたので、次回入荷をお待ちください。'), '使っちゃいました'),
  pos(JA('この仕様だと、うちの工場じゃ作れないんですよね。'), 'うちの工場じゃ'),
  pos(JA('そこは前回もご説明したんですよね。'), 'ご説明したんですよね'),
  pos(JA('その件は営業部じゃ分かりかねますので、技術部からご連絡いたします。'), '営業部じゃ'),
  pos(JA('検査結果は問題なかったんですよね。'), '問題なかったんですよね'),
  pos(JA('来週までに見積もりを出しちゃいますね。'), '出しちゃいます'),
  // Near misses.
  neg(JA('本国の価格ポリシーが大変厳しく、私の権限では対応いたしかねます。')),
  neg(JA('在庫がございませんので、来月の出荷になります。')),
  neg(JA('先ほど資料をお送りいたしました。')),
  neg(JA('最近、各社でPB化が進んでいますよね。')),
  neg(JA('現場ではよくある不具合でございます。')),
  internal(neg(JA('僕の権限じゃどうにもならないんですよね。'))),
  neg(JA('西村様から「それじゃ困る」とのご指摘をいただきました。')),
  neg(JA('じゃがいもの出荷量は例年どおりです。')),
  neg(JA('価格は据え置きで問題ないと存じます。')),
  neg(JA('検査結果に問題はございませんでした。')),
  neg(JA('そうなんですね、承知いたしました。')),
  neg(JA('弊社では対応いたしかねますので、代理店をご紹介いたします。')),
  neg(JA('来週までにお見積もりをお送りいたします。')),
  neg(JA('この仕様ですと、弊社の工場では製造が難しい状況です。')),
  internal(neg(JA('在庫がないんで、来月の出荷になります。'))),
];

const en: MiscCase[] = [
  pos(EN('The list is attached. Shit happens, we will add these cases to regression.'), 'Shit happens'),
  pos(EN('Honestly, the old firmware was crap and we replaced it.'), 'crap'),
  pos(EN('Sorry for the shitty delay on our side.'), 'shitty'),
  pos(EN('I know it sucks, but the line is down until Friday.'), 'sucks'),
  pos(EN('No biggie, we will resend the invoice today.'), 'No biggie'),
  pos(EN('The new version sucks, we know, and a fix is coming.'), 'sucks'),
  pos(EN('That really sucks! We will replace the unit next week.'), 'sucks'),
  pos(EN('The forwarder made a crappy job of the labels, so we relabelled the pallets.'), 'crappy'),
  pos(EN('What the fuck happened with the customs papers is still unclear to us.'), 'fuck'),
  pos(EN('The courier lost the box again. Shit happens.'), 'Shit happens'),
  pos(EN('The late delivery was our fault, no big deal though, the parts ship today.'), 'no big deal'),
  pos(EN('The previous supplier sold you bullshit, and our coating fixes it.'), 'bullshit'),
  pos(EN('Sorry, the first batch was total crap; the second one is fine.'), 'crap'),
  pos(EN('Holy shit, the order volume doubled this month!'), 'shit'),
  pos(EN('Sorry, our forwarder fucked up the booking, we rebooked it today.'), 'fucked'),
  // Near misses.
  neg(EN('The list is attached. Such issues happen, and we will add these cases to regression.')),
  neg(EN('We ran the skin prick test on the samples.')),
  neg(EN('The pump sucks air into the chamber when the valve is open.')),
  internal(neg(EN('Shit happens, let us fix it.'))),
  neg(EN('One of your customers wrote "this sucks" in the survey; we are looking into it.')),
  neg(EN('The fan sucks in dust when the filter is missing.')),
  neg(EN('It is not a serious problem; we will resend the invoice today.')),
  neg(EN('The scrap rate fell to 2% after the change.')),
  neg(EN('We are sorry for the delay on our side.')),
  neg(EN('The first batch did not meet the specification; the second one does.')),
  neg(EN('The order volume doubled this month, thanks to your promotion.')),
  neg(EN('The courier lost the box; we have sent a replacement.')),
  neg(EN('Our engineers will crank up the line speed next week.')),
  neg(EN('The report on the shipment is attached.')),
  neg(EN('The previous coating was not suitable, and our new one fixes it.')),
];

runClass('r35 a spoken contraction in a polite sentence to a client (ja)', 'register', ja);
runClass('r35 profanity and slang to a client (en)', 'register', en);
