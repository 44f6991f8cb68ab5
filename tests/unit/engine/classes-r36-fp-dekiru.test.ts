// Round 36 (fp36, issue 9; round 35's gf-026): お・ご〜できる in its plain form modifying the noun after it — 「当日ご出席
// できない方がいらっしゃる場合は」「ご利用できる店舗」 — describes people or things in a relative clause (the use style guides
// accept); what lowers the client is the statement to them, ご利用できます / ご参加できません, which stays flagged (near misses).
import { clean, flag, runFpClass, type FpCase } from './classes-r36-fp-table';

const JA = (s: string) => `石黒様\n\nいつもお世話になっております。\n${s}\n\nよろしくお願いいたします。\n\n野中`;

const cases: FpCase[] = [
  clean(JA('当日ご出席できない方がいらっしゃる場合は、録画を後日お送りいたします。')),
  clean(JA('説明会にご参加できない方には、資料をお送りいたします。')),
  clean(JA('ご利用できる店舗の一覧を添付いたします。')),
  clean(JA('当日ご来場できない場合は、オンラインでもご覧いただけます。')),
  clean(JA('ご利用できない期間は、3月1日から3日までです。')),
  clean(JA('ご予約できる枠は、下記のとおりです。')),
  clean(JA('期限までにご返送できない場合は、お知らせいただけますと幸いです。')),
  clean(JA('ご使用できるカードの種類は、添付の一覧のとおりです。')),
  clean(JA('ご登録できないメールアドレスがございましたら、お知らせください。')),
  clean(JA('当日ご来社できない方のために、オンライン配信もご用意いたします。')),
  clean(JA('ご視聴できない場合は、担当までご連絡ください。')),
  clean(JA('ご宿泊できるホテルを、弊社で手配いたします。')),
  clean(JA('ご回答できない項目は、空欄のままで結構です。')),
  clean(JA('ご購入できる数量は、お一人様3点までとなっております。')),
  clean(JA('ご契約できるプランは2種類ございます。')),
  clean(JA('ご乗車できない方には、タクシーをご用意いたします。')),
  // Near misses: the statement to the client.
  flag(JA('このサービスは無料でご利用できます。'), 'ご利用できます'),
  flag(JA('新しい予約サイトは来月から全社員の方がご利用できます。'), 'ご利用できます'),
  flag(JA('当日はどなたでもご参加できます。'), 'ご参加できます'),
  flag(JA('会員登録をしていただくと、割引価格でご購入できます。'), 'ご購入できます'),
  flag(JA('申し訳ございませんが、この会場はご使用できません。'), 'ご使用できません'),
  flag(JA('こちらのフォームからご応募できます。'), 'ご応募できます'),
  flag(JA('来月からご予約できます。'), 'ご予約できます'),
  flag(JA('お申し込みは窓口でご申請できます。'), 'ご申請できます'),
  flag(JA('展示会には事前登録なしでご来場できます。'), 'ご来場できます'),
  flag(JA('本日からご登録できます。'), 'ご登録できます'),
  flag(JA('この資料は社内でご閲覧できます。'), 'ご閲覧できます'),
  flag(JA('明日からアプリでご視聴できます。'), 'ご視聴できます'),
  flag(JA('当日は皆様がご出席できました。'), 'ご出席できました'),
  flag(JA('ご契約者様は追加料金なしでご利用できる。'), 'ご利用できる'),
  flag(JA('残念ながら、今回はご参加できないです。'), 'ご参加できない'),
  flag(JA('こちらのカードはご利用できません。'), 'ご利用できません'),
];

runFpClass('r36 お・ご〜できる modifying a noun, not a statement to the client (ja honorific)', 'honorific', cases);
