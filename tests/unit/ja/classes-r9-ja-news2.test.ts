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
  {
    name: 'a no by denying our own responsibility (それは当社の責任ではありません)',
    category: 'blunt-refusal',
    flagged: [
      client('ご指摘の破損ですが、輸送中の事故によるもので、それは当社の責任ではありません。'),
      client('配送中の事故については、当方の責任ではないです。'),
      client('この件は弊社の落ち度ではございません。'),
    ],
    clean: [
      client('貴社の責任ではありませんので、ご安心ください。'),
      client('誠に恐縮ですが、それは当社の責任ではございません。'),
    ],
  },
  {
    name: 'a no stated as our practice with a humble verb of giving (お客様にはサンプルをお出ししていません)',
    category: 'blunt-refusal',
    recipient: 'prospect',
    flagged: [
      client('サンプル10種のご依頼ですが、ご契約前のお客様にはサンプルをお出ししていません。'),
      client('新規のお客様には試作品をお貸し出ししておりません。'),
      client('図面の元データはお渡ししていません。'),
    ],
    clean: [
      client('貴社にはまだお見積りをお出ししていません。'),
      client('見積書はまだお出ししていません。'),
      client('申し訳ございませんが、ご契約前のお客様にはサンプルをお出ししていません。'),
    ],
  },
  {
    name: 'an offer to a prospect only until a near date: …までしか出せません, a near time from which it is no longer made, a benefit kept for those who act by a date',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      client('先日のお見積り（総額1,260万円）ですが、この金額は明日までしか出せません。'),
      client('この単価は今月末までしかご提供できません。'),
      client('ご提示した価格は金曜日までしか維持できません。'),
      client('週明けにはこの条件は出せなくなりますので、ご了承ください。'),
      client('来週からはこの価格ではご提供できなくなります。'),
      client('今月15日までにお見積りをご依頼いただいた企業様に限り、保険料を初年度10%割り引いております。'),
      client('3月末までにお申し込みいただいたお客様に限り、初期費用を無料といたします。'),
      client('今週中にご契約いただいた方のみ、設置費用を値引きいたします。'),
    ],
    clean: [
      client('この金額は有効期限の3月31日までとなります。'),
      client('ご指定の納期までしか在庫を確保できません。'),
      client('週明けには担当者が戻りますので、改めてご連絡いたします。'),
      client('3月末までにお申し込みいただいたお客様には、4月中に納品いたします。'),
      client('ご指定の3月末までに納品できるよう、手配いたします。'),
    ],
  },
  {
    name: 'a measure of delivered goods outside its specification (硬度が規格の下限を下回っていました)',
    category: 'bad-news',
    flagged: [
      client('先週納品したOリングの一部で、硬度が規格の下限を下回っていました。'),
      client('3月出荷分のシャフトの一部で、外径が公差の上限を超えていました。'),
      client('納品済みの樹脂ペレットのうち2袋で、水分値が規格から外れておりました。'),
      client('前回ロットの一部で、引張強度が基準値を下回りました。'),
      client('先週納品したOリングの一部で、硬度が規格の下限を下回っていました。\n原因はまだ調査中なので、わかり次第報告書をお送りします。'),
    ],
    clean: [
      client('前回ロットの一部で、引張強度が基準値を下回りました。\n原因は熱処理炉の温度異常によるものです。'),
      client('先週納品したOリングは、すべて規格の範囲内でした。'),
      client('先週納品したOリングの硬度は、規格の下限を下回らないよう管理しております。'),
      client('出荷分の検査では、規格の下限を下回るものはございませんでした。'),
      client('申し訳ございません、先週納品したOリングの一部で、硬度が規格の下限を下回っていました。'),
    ],
  },
]);
