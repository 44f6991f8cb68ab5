// Round 17 (r17-pairs), Japanese: bad news given as a before/after pair of values (/work/CLASSES-r17.md, r17-pairs),
// in wordings of our own — arrow rows with a currency (20フィート：USD 650 → USD 890), two labelled values on one line
// (当初納期：6月20日／変更後納期：7月15日, ご注文数：5,000個 → 出荷数：3,200個) or on two lines, table rows under old and
// new (or ordered and shipped) columns with pipes or wide spaces, dates as well as prices, and arrow days under a
// lead that names the schedule. The finding covers the rows: a lead with its table is one finding over both. Near
// misses: a better value (price down, earlier day), a plan's table, a quotation's line items, a version change, a
// target/actual report, a delivery split as agreed, the same notice with an apology.
import { describe, expect, it } from 'vitest';
import { classTables, inCategory } from './refusal-honorific-table';
import { jaTanaka as mail } from '../mail-wrappers';

classTables([
  {
    name: 'P-ja: a later, higher or smaller value beside the old one, with no apology, reason or offer',
    category: 'bad-news',
    flagged: [
      [mail('来月からの海上運賃は以下の通りです。\n20フィート：USD 650 → USD 890\n40フィート：USD 1,100 → USD 1,480'), '20フィート：USD 650 → USD 890'],
      [mail('ご注文品の納期についてご連絡いたします。\n当初納期：6月20日／変更後納期：7月15日'), '当初納期：6月20日／変更後納期：7月15日'],
      [mail('今回の出荷数量です。\nご注文数：5,000個 → 出荷数：3,200個'), 'ご注文数：5,000個 → 出荷数：3,200個'],
      [mail('HX-300の単価についてご連絡いたします。\n旧単価：1,200円　新単価：1,450円'), '旧単価：1,200円　新単価：1,450円'],
      [mail('PO-5531の納期です。\n当初納期：6月20日\n変更後納期：7月15日'), '変更後納期：7月15日'],
      [mail('予定納期：6/20、回答納期：7/15'), '予定納期：6/20、回答納期：7/15'],
      [mail('価格を下記の通り改定いたします。\n\n| 品番 | 変更前 | 変更後 |\n|---|---|---|\n| A-100 | 1,200円 | 1,450円 |\n| A-200 | 2,000円 | 2,380円 |'), '| A-100 | 1,200円 | 1,450円 |'],
      [mail('納期は以下の通り変更となります。\n\n品番      旧納期     新納期\nB-10      5月10日    6月5日\nB-20      5月15日    6月12日'), 'B-10      5月10日    6月5日'],
      [mail('| 品番 | 当初出荷日 | 変更後出荷日 |\n|---|---|---|\n| C-7 | 6月3日 | 6月24日 |'), '| C-7 | 6月3日 | 6月24日 |'],
      [mail('品番　　ご注文数　　出荷数\nD-1　　　500個　　　300個'), 'D-1　　　500個　　　300個'],
      [mail('PO-5531の出荷予定日を下記の通り変更いたします。\n・A-100：6/20 → 7/15\n・A-200：6/25 → 7/20'), '・A-100：6/20 → 7/15'],
      [mail('来期の保管料は以下のとおりです。\n・常温倉庫：EUR 12 → EUR 15（1パレットあたり）'), '常温倉庫：EUR 12 → EUR 15'],
      [mail('毎月の発注分の確保数です。\n確保数は次の通りです。\nご注文数量：1,000ケース／確保数量：600ケース'), 'ご注文数量：1,000ケース／確保数量：600ケース'],
      [mail('リードタイムについて。\n現行リードタイム：4週間 → 新リードタイム：9週間'), '現行リードタイム：4週間 → 新リードタイム：9週間'],
    ],
    clean: [
      mail('来月からの海上運賃は以下の通りです。\n20フィート：USD 890 → USD 650'),
      mail('納期を前倒しできる見込みとなりました。\n当初納期：7月15日／変更後納期：6月20日'),
      mail('当初納期：7月15日\n変更後納期：6月20日'),
      mail('HX-300の単価についてご連絡いたします。\n旧単価：1,450円　新単価：1,200円'),
      mail('先日お打ち合わせで合意いたしました通り、3回に分けてお届けいたします。\n第1回：6月10日　2,000個\n第2回：6月20日　2,000個\n第3回：6月30日　1,000個'),
      mail('先月の配送実績をご報告いたします。\n| 項目 | 目標 | 実績 |\n|---|---|---|\n| 定時配送率 | 95% | 97% |\n| 誤出荷件数 | 5件 | 2件 |'),
      mail('お打ち合わせで決定しました日程を下記にまとめました。\n工程        開始日     完了日\n設計        6月1日     6月20日\n製作        6月21日    7月31日'),
      mail('管理ソフトを更新いたしました。\nバージョン：2.3.1 → 2.4.0'),
      mail('お見積りは以下の通りです。\n| 品番 | 数量 | 単価 | 金額 |\n|---|---|---|---|\n| A-100 | 100個 | 1,200円 | 120,000円 |'),
      mail('単価を下記の通りお知らせいたします。\n\n| 品番 | 変更前 | 変更後 |\n|---|---|---|\n| A-100 | 1,450円 | 1,200円 |'),
      mail('誠に申し訳ございませんが、原材料高騰のため、来月から運賃を改定させていただきます。\n20フィート：USD 650 → USD 890\n改めてご説明に伺います。'),
      mail('品番　　ご注文数　　出荷数\nD-1　　　500個　　　500個'),
      mail('ご依頼のとおり、納期を変更いたしました。\n当初納期：6月20日／変更後納期：6月10日'),
    ],
  },
]);

describe('P-ja placement: a lead with its table is one finding over both', () => {
  it('spans the lead and the changed rows, and keeps the rows in the suggestion', () => {
    const text = mail('価格を下記の通り改定いたします。\n\n| 品番 | 変更前 | 変更後 |\n|---|---|---|\n| A-100 | 1,200円 | 1,450円 |\n| A-200 | 2,000円 | 2,380円 |');
    const found = inCategory(text, 'bad-news');
    expect(found).toHaveLength(1);
    const quoted = text.slice(found[0]!.start, found[0]!.end);
    expect(quoted.startsWith('価格を下記の通り改定いたします')).toBe(true);
    expect(quoted.endsWith('| A-200 | 2,000円 | 2,380円 |')).toBe(true);
    const after = found[0]!.suggestions[0]!.text;
    expect(after).toContain('| A-100 | 1,200円 | 1,450円 |');
    expect(after).toContain('ございますが、価格を下記の通り改定いたします');
  });
});
