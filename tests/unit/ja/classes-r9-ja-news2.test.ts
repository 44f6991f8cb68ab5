// Round 9, second pass: Japanese bad news stated with figures (a new fee per unit, an order delivered short, a
// supply cut to a share of what it was), each class in wordings of our own with near misses that stay clean.
import { classTables } from './refusal-honorific-table';

const client = (lines: string) =>
  `株式会社ミズホ工業\n資材部 川村様\n\nいつもお世話になっております。\nサンコー精機の石原です。\n\n${lines}\n\nよろしくお願いいたします。\n\n--\nサンコー精機株式会社 営業部 石原健\nTEL 03-1234-5678`;

classTables([
  {
    name: 'a new fee per unit from a date, named by として or qualified by its amount (…円の特別料金を加算します)',
    category: 'bad-news',
    flagged: [
      client('4月受注分より、検査成績書の発行手数料として1部あたり2,000円を頂戴いたします。'),
      client('来月から、緊急出荷には手配料として1回あたり3,000円をいただきます。'),
      client('次回ご注文分から、小口配送に1件あたり500円の追加料金を加算いたします。'),
      client('7月出荷分より、北海道向けの発送に1ケースあたり300円の割増運賃を申し受けます。'),
    ],
    clean: [
      client('ご請求金額として1,500円を頂戴しました。'),
      client('発行手数料として1通あたり1,500円を頂戴しておりましたが、来月から無料といたします。'),
      client('誠に恐縮ですが、来月から、ミルシートの発行手数料として1通あたり1,500円を頂戴します。'),
      client('お見積り金額として120万円を頂戴します。'),
    ],
  },
  {
    name: 'an order delivered short: the ordered quantity in brackets after the item, a smaller one delivered',
    category: 'bad-news',
    flagged: [
      client('ご注文のボルトM8（5,000本）ですが、今回の出荷は3,200本となります。'),
      client('ご発注いただいたトナー（200箱）につきましては、今週の納品は120箱となります。'),
    ],
    clean: [
      client('ご注文のボルトM8（5,000本）ですが、今回の出荷は5,000本となります。'),
      client('ご注文のボルトM8（5,000本）ですが、大変申し訳ございません、今回の出荷は3,200本となります。'),
    ],
  },
  {
    name: 'a supply cut to a share of what it was (供給枠は前期の半分になります)',
    category: 'bad-news',
    flagged: [
      client('来期の出荷枠は、前年の6割となります。'),
      client('今月の割当数量は前月の半分になります。'),
      client('樹脂ペレットの供給量は、従来の半分にとどまります。'),
    ],
    clean: [
      client('新ラインの生産能力は前年の2割増しになります。'),
      client('リードタイムは従来の半分になります。'),
      client('作業時間は前回の半分になりました。'),
      client('供給枠は前期の半分でしたが、今期は前期並みに戻ります。'),
    ],
  },
]);
