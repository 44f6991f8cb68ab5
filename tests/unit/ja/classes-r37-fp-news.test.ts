// Round 37 (fp37, issues 9 and 10: clean drafts flagged): Japanese — 〜ことになる after a humble verb is no お〜になる, ご〜できない
// reported with とのこと passes on the client's words, and a shortage said with a cushion and followed by what we will do for the
// rest is told completely. Near misses: our own side in お〜になる, ご〜できません said to the client, no cushion or no remedy.
import { clean, flag, runFpClass, type FpCase } from '../engine/classes-r36-fp-table';

// 3 clean, 3 near misses that must stay flagged.
const cases: FpCase[] = [
  clean("株式会社ルミエ\n商品開発部 桑原様\n\nお世話になっております。\nメゾン・オーブラックの佐伯です。\n\n追加サンプルのご依頼、承知いたしました。\n誠に恐れ入りますが、現在の在庫では今回は1ロット分のみのご用意となります。\n残りの2ロット分は来月上旬に入荷予定でございますので、入荷次第すぐにお送りいたします。\n\nよろしくお願いいたします。"),
  clean("株式会社ルミエ\n商品開発部 桑原様\n\nお世話になっております。\nメゾン・オーブラックの佐伯です。\n\n追加サンプルのご依頼、承知いたしました。\nあいにくですが、今回は300本のうち200本のみのご用意となります。\n残りの100本は5月中旬に改めてお届けいたします。\n\nよろしくお願いいたします。"),
  clean("株式会社ルミエ\n商品開発部 桑原様\n\nお世話になっております。\nメゾン・オーブラックの佐伯です。\n\n追加サンプルのご依頼、承知いたしました。\n恐縮ながら、今月は50ケースのみの出荷となります。\n不足分の30ケースは翌月第1週にお送りいたします。\n\nよろしくお願いいたします。"),
  flag("株式会社ルミエ\n商品開発部 桑原様\n\nお世話になっております。\nメゾン・オーブラックの佐伯です。\n\n追加サンプルのご依頼、承知いたしました。\n恐れ入りますが、今回は1ロット分のみのご用意となります。\n\nよろしくお願いいたします。", "今回は1ロット分のみのご用意となります"),
  flag("株式会社ルミエ\n商品開発部 桑原様\n\nお世話になっております。\nメゾン・オーブラックの佐伯です。\n\n追加サンプルのご依頼、承知いたしました。\n今回は1ロット分のみのご用意となります。\n残りの2ロット分は来月お送りいたします。\n\nよろしくお願いいたします。", "今回は1ロット分のみのご用意となります"),
  flag("株式会社ルミエ\n商品開発部 桑原様\n\nお世話になっております。\nメゾン・オーブラックの佐伯です。\n\n追加サンプルのご依頼、承知いたしました。\n今回は300本のうち200本のみのご用意となります。\n\nよろしくお願いいたします。", "今回は300本のうち200本のみのご用意となります"),
];

runFpClass("r37 fp37 Japanese shortage told with a cushion and a remedy", "bad-news", cases, "2026-04-14");
