// Round 46: Japanese classes from the misses of UA–UF and XA–XG (read after their scores), each written as its kind with
// near misses. Read by classes-r46-ja.test.ts.
//   refusal: an apology on a condition (まちがいがあったらすみません) cushions no refusal after it; a change we choose not to
//     make (レシピの変更はしません) in answer to their ask; a ceiling on what we give, in a count or a measure (3種類までです,
//     500gまでしか出せません), in answer to their ask;
//   register: # before a shade's number opens no heading; casual words in a list item; 〜っぽい; 〜ますね and 〜ですよ to a client;
//   clean: a colour or texture with っぽい (白っぽく), an observation with ますね (重なってしまいますね), a deadline with まで.
import { at, jaAoba, type MailCase } from '../mail-wrappers';

export const CONDITIONAL_APOLOGY_FLAGGED: MailCase[] = [
  at(jaAoba, '日本語を勉強中ですので、まちがいがあったらすみません。\nタンの重量を1.2kg以上だけにすることはできません。', 'タンの重量を1.2kg以上だけにすることはできません'),
];
export const CONDITIONAL_APOLOGY_CLEAN: MailCase[] = [
  jaAoba('申し訳ございませんが、タンの重量を1.2kg以上に揃えることはいたしかねます。代わりに1.0kg以上の規格をご提案いたします。'),
];

export const CHANGE_DECLINED_FLAGGED: MailCase[] = [
  at(jaAoba, '＞日本向けに減塩タイプを作っていただけないでしょうか。\n\nご質問の「日本向けの減塩タイプ」の件ですが、レシピの変更はしません。', 'しません'),
  at(jaAoba, 'カートンラベルに管理番号を追加してほしいとのご依頼ですが、お客様ごとのラベル変更はいたしません。', 'いたしません'),
];
export const CHANGE_DECLINED_CLEAN: MailCase[] = [
  jaAoba('今回の値上げに伴う仕様の変更はいたしません。'),
  jaAoba('納期の変更はございません。'),
];

export const CAP_FLAGGED: MailCase[] = [
  at(jaAoba, 'ご依頼の処方サンプル10種類の件ですが、無料でお出しできるのは3種類までです。', '無料でお出しできるのは3種類までです'),
  at(jaAoba, 'サンプルを3kgほしいとのご依頼、拝見しました。\nサンプルは500gまでしか出せません。', 'サンプルは500gまでしか出せません'),
];
export const CAP_CLEAN: MailCase[] = [
  jaAoba('ご注文は10月15日までにお願いいたします。'),
  jaAoba('ご依頼の件、大変恐縮ですが、無料でお出しできるのは3種類までとさせていただいております。'),
];

export const CHAT_REGISTER_FLAGGED: MailCase[] = [
  at(jaAoba, '#03のコーラルは社内でも一番人気でした笑', '笑'),
  at(jaAoba, '打ち合わせ内容です。\n・チューブ色：マットホワイト（前回のツヤ有りは、正直ちょっとチープっぽかったので）', 'ちょっと'),
  at(jaAoba, '4月の歩留まりデータ、少々遅れるっぽいです。', 'っぽ'),
  at(jaAoba, '資料は今晩中に共有フォルダへ入れておきますね。', 'ますね'),
  at(jaAoba, '平日の夜でしたら22時まで対応できますよ。', 'ますよ'),
];
export const CHAT_REGISTER_CLEAN: MailCase[] = [
  jaAoba('表面が白っぽくなっているとのご連絡、ありがとうございました。'),
  jaAoba('ご指摘のとおり、3月16日は出荷検査と重なってしまいますね。'),
  jaAoba('資料は今晩中に共有フォルダへ入れておきます。'),
  jaAoba('・納期：5月末\n・数量：500個'),
];
