// Round 46: Japanese classes from the misses of UA–UF and XA–XG (read after their scores), each written as its kind with
// near misses. Read by classes-r46-ja.test.ts.
//   refusal: an apology on a condition (まちがいがあったらすみません) cushions no refusal after it; a change we choose not to
//     make (レシピの変更はしません) in answer to their ask; a ceiling on what we give, in a count or a measure (3種類までです,
//     500gまでしか出せません), in answer to their ask;
//   register: # before a shade's number opens no heading; casual words in a list item; 〜っぽい; a favour asked with
//     〜てくれたら; leave asked with 〜でいい？;
//   clean: a colour or texture with っぽい (白っぽく), the same asked politely, a deadline with まで.
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
  at(jaAoba, '10月30日まで教えてくれたら、空輸の便に入れることができます。', 'てくれたら'),
  at(jaAoba, '納品は来週の木曜でいい？', 'でいい？'),
];
export const CHAT_REGISTER_CLEAN: MailCase[] = [
  jaAoba('表面が白っぽくなっているとのご連絡、ありがとうございました。'),
  jaAoba('10月30日までにお知らせいただければ、空輸の便に手配いたします。'),
  jaAoba('納品は来週の木曜でよろしいでしょうか？'),
  jaAoba('・納期：5月末\n・数量：500個'),
];

// Round 46 (YA, read): a vessel rolled (ロールされ, ロールオーバー) is a delay; a value told with 今は beside it is the one it replaces.
export const ROLLED_JA_FLAGGED: MailCase[] = [
  at(jaAoba, '6月積みの電気銅500トンですが、サンアントニオ港で本船がロールされました。', 'ロールされました'),
  at(jaAoba, '予定していた本船に積めず、次の便にロールオーバーになりました。', 'ロールオーバー'),
  at(jaAoba, '2026年秋の出荷から、最小注文数は1品種あたり2,500球になります（今は1,000球）。', '2,500球'),
  // Round 46 (h6hf-034, read after the end score): a month of loading is a date, not a count (8月積み → 10月積み).
  at(jaAoba, 'ご注文のSMP 40トンの出荷は、8月積みから10月積みに変わりました。', '10月積み'),
];
export const ROLLED_JA_CLEAN: MailCase[] = [
  jaAoba('ロールケーキのサンプルを本日発送いたしました。'),
  jaAoba('2026年秋の出荷から、最小注文数は1品種あたり500球になります（今は1,000球）。'),
  jaAoba('ご注文のSMP 40トンの出荷は、10月積みから8月積みに早まりました。'),
  jaAoba('ご注文のSMP 40トンの出荷は、10月積みから8月積みに変わりました。'),
];

// Round 46 (gb-011): a consultation told as done (社内で検討いたしました) is the ground of the no that follows, no promise to come back.
export const CONSULTED_DONE_FLAGGED: MailCase[] = [
  at(jaAoba, '先日ご依頼いただいた支払サイトの延長について、社内で検討いたしました。\n支払条件は現行の月末締め翌月末払いのままとし、変更はいたしません。', '変更はいたしません'),
];
export const CONSULT_PROMISED_CLEAN: MailCase[] = [
  jaAoba('先日ご依頼いただいた支払サイトの延長について、社内で検討いたします。\n現時点では、支払条件は現行の月末締め翌月末払いのままとし、変更はいたしません。'),
];
