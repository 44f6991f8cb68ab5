// Round 17 (r17-reg, Japanese): a plain-form sentence closed by a drawn-out or stacked final particle inside a
// polite mail (楽しかったなあ, 助かったなー, 楽しみだなあ, 良かったねえ, 大丈夫だよー, 送るわよ) — the particle
// read from its shape in ja.register.casual-to-client, not from a list of sentences. Near misses: the same
// words quoted or reported, in a bullet or a heading, in internal mail, and polite sentences that share them.
import { classTables } from './refusal-honorific-table';

const mail = (body: string) => `株式会社サンプル工業\n品質保証部 早瀬様\n\nいつも大変お世話になっております。\n${body}\n\n引き続きよろしくお願いいたします。`;

classTables([
  {
    name: 'r17-reg: a plain sentence ending on a drawn-out or stacked final particle',
    category: 'register',
    flagged: [
      [mail('先日の監査では大変お世話になりました。それにしても、懇親会は本当に楽しかったなあ。'), '楽しかったなあ'],
      [mail('ご紹介いただいた工場見学、とても勉強になったなー。'), 'なったなー'],
      [mail('来月の展示会でお会いできるのが楽しみだなあ。'), '楽しみだなあ'],
      [mail('試作品の評価が予定どおり終わって良かったねえ。'), '良かったねえ'],
      [mail('昨日お送りいただいた図面、本当に助かったなぁ。'), '助かったなぁ'],
      [mail('納期は来週で大丈夫だよー。'), '大丈夫だよー'],
      [mail('見積書は本日中に送るわよ。'), '送るわよ'],
      [mail('ご提案の配色、すごく素敵だなあと思った。'), '思った'],
      [mail('ご注文ありがとうございます。今回も大口で嬉しいなー。'), '嬉しいなー'],
      [mail('検査成績書を添付いたします。今回は全項目合格で一安心だねえ。'), '一安心だねえ'],
      [mail('いただいたお菓子、みんなで美味しくいただいたよー。'), 'いただいたよー'],
      [mail('貴社の新ラインの立ち上げ、本当に早かったなあ。'), '早かったなあ'],
    ],
    clean: [
      mail('先日の懇親会は本当に楽しかったです。'),
      mail('来月の展示会でお会いできるのを楽しみにしております。'),
      mail('田中様から「本当に楽しかったなあ」とのお言葉をいただき、社員一同喜んでおります。'),
      mail('工場長が「助かったなー」とおっしゃっていたと伺いました。'),
      mail('【懇親会アンケート】\n・楽しかったなあ（12名）\n・また参加したい（9名）'),
      mail('試作品の評価が予定どおり終わり、安心いたしました。'),
      mail('昨日お送りいただいた図面のおかげで、大変助かりました。'),
      mail('ご確認のほど、よろしくお願いいたします。'),
      mail('弊社の新しいキャッチコピーは「やっぱりこれだなあ」です。'),
    ],
  },
  {
    name: 'r17-reg: internal mail may talk so',
    category: 'register',
    recipient: 'internal',
    flagged: [],
    clean: ['山田さん\n\n昨日の懇親会、本当に楽しかったなあ。\n資料は明日送るわよ。'],
  },
]);
