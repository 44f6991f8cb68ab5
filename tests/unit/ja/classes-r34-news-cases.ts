// Round 34 (news34): bad news of four classes the round-33 unread drafts still missed, in wordings of our own (never a
// corpus's), each as a whole mail in Japanese, English or both; per class, the near misses that must stay clean. Read by
// classes-r34-news.test.ts.
//   1 a value of ours going from one amount to another, judged by the direction that hurts the client (a price, fee or
//     minimum up; a quantity, allocation, frequency or service down; a lead time longer), in any layout: two labelled
//     lines, a table row, "from X to Y", 「X円→Y円」, "will be revised to";
//   2 a surcharge or fee stated as an addition (「1着あたり120円を加算します」, "a $0.40/unit surcharge will apply");
//   3 a defect told as measurements against a specification (Ø22.94 mm against the drawing tolerance);
//   4 status words in a list or table of the client's items (欠品, 廃番, EOL, 販売終了, backordered, discontinued).
// Near misses: the good direction, a quote's validity, a lab result the client asked for, prices quoted for the first
// time, an option offered, the client's own change confirmed, and the same news with an apology, a reason and an offer.
import { lindEn as en, lindJa as ja, lindMixed as mx } from '../mail-wrappers';

export type R34Case = string | [text: string, part: string];

/** Class 1: a value of ours going from one amount to another, the way that hurts the client. */
export const CHANGE_FLAGGED: R34Case[] = [
  ja('2027年1月以降のご供給量を以下のとおり変更いたします。\n・現行：月間40トン\n・2027年1月以降：月間28トン'),
  ja('加工賃を下記のとおり改定いたします。\n・現行：1個あたり85円\n・4月出荷分以降：1個あたり97円'),
  ja('A-200の単価：1,200円→1,380円（5月出荷分より）'),
  ja('保守料金は、月額32,000円から月額38,500円に改定となります。'),
  ja('月間の受注上限を500台から350台に変更いたします。'),
  ja('標準納期を、従来の3週間から5週間に変更させていただきます。'),
  ja('新価格は下表のとおりです。\n| 品番 | 現行単価 | 新単価 |\n|---|---|---|\n| K-10 | 450円 | 520円 |\n| K-20 | 610円 | 700円 |'),
  ja('10月1日より、定期配送は週3回から週1回となります。'),
  ja('・旧価格：3,800円／箱\n・新価格：4,250円／箱\n7月1日受注分より適用となります。'),
  ja('最小発注数量が、100個から300個に変わります。'),
  ja('無償保証期間は、24か月から12か月に短縮いたします。'),
  ja('来期の割当数量：1,200本→800本'),
  ja('運賃は1便あたり18,000円に改定いたします（現行15,000円）。'),
  ja('・現行の納期：受注後10営業日\n・6月以降の納期：受注後20営業日'),
  mx('Lead time for the R-20: 4 weeks → 7 weeks from the June orders.'),
  mx('Unit price（4月以降）：USD 3.20 → USD 3.65'),
  en('Effective April 1, the unit price of the M8 bracket will be revised from $2.10 to $2.45.'),
  en('Your monthly allocation will be revised to 28 tonnes (currently 40 tonnes).'),
  en('Monthly volumes from next year:\n- Current: 40 t per month\n- From January 2027: 28 t per month'),
  en('Standard lead time goes from 6 to 10 weeks for all orders placed after May 1.'),
  en('New prices from July:\n| Item | Current price | New price |\n|---|---|---|\n| PX-4 | ¥1,200 | ¥1,450 |'),
  en('Unit price: USD 3.20 → USD 3.65 (orders from July).'),
  en('On-site maintenance visits will change from four a year to two a year.'),
  en('The minimum order quantity will be revised to 500 pcs, up from 200 pcs today.'),
  en('Handling fee per shipment: $45 (was $30).'),
  en('From next month we are reducing your weekly slot allocation from 12 to 8 pallets.'),
  en('The price per kilo moves from EUR 6.40 to EUR 7.10 with the October shipment.'),
  en('Free storage at our warehouse is cut from 30 days to 14 days as of 1 September.'),
  en('Annual support fee: JPY 480,000 → JPY 540,000'),
  en('Delivery windows will be reduced from daily to three times a week starting in August.'),
];

export const CHANGE_CLEAN: R34Case[] = [
  ja('5月出荷分より、A-200の単価を1,380円から1,200円に引き下げます。'),
  ja('標準納期を、従来の5週間から3週間に短縮いたします。'),
  ja('2027年1月以降のご供給量を以下のとおり変更いたします。\n・現行：月間28トン\n・2027年1月以降：月間40トン'),
  ja('A-200の単価：1,380円→1,200円（5月出荷分より）'),
  ja('月間の受注上限を350台から500台に引き上げます。'),
  ja('ご依頼のとおり、発注数量を500個から300個に変更いたしました。'),
  ja('ご依頼のお見積りは以下のとおりです。\n・A-200：1,200円\n・A-300：1,450円\n有効期限は発行日より60日間です。'),
  ja('誠に申し訳ございませんが、原材料価格の高騰により、A-200の単価を1,200円から1,380円に改定させていただきたく存じます。改めてご説明に伺いたく存じますので、ご都合をお聞かせいただけますでしょうか。'),
  ja('無償保証期間は、12か月から24か月に延長いたします。'),
  ja('10月1日より、定期配送は週1回から週3回となります。'),
  ja('・旧価格：4,250円／箱\n・新価格：3,800円／箱\n7月1日受注分より適用となります。'),
  ja('運賃は1便あたり15,000円に改定いたします（現行18,000円）。'),
  ja('本見積書の有効期限は、発行日から60日間です。'),
  mx('Lead time for the R-20: 7 weeks → 4 weeks from the June orders.'),
  mx('ご依頼のお見積りです。\n- R-20：USD 3.20／個（60日間有効）'),
  en('Effective April 1, the unit price of the M8 bracket will be revised from $2.45 to $2.10.'),
  en('Your monthly allocation will be revised to 40 tonnes (currently 28 tonnes).'),
  en('Monthly volumes from next year:\n- Current: 28 t per month\n- From January 2027: 40 t per month'),
  en('Standard lead time goes from 10 to 6 weeks for all orders placed after May 1.'),
  en('Please find our prices below.\n| Item | Unit price |\n|---|---|\n| PX-4 | ¥1,200 |\n| PX-5 | ¥1,450 |\nThis quotation is valid for 60 days.'),
  en('Unit price: USD 3.65 → USD 3.20 (orders from July).'),
  en('As you requested, we have changed your order from 500 to 300 units.'),
  en('The minimum order quantity will be lowered to 200 pcs, down from 500 pcs today.'),
  en('We are sorry to tell you that, because resin costs have risen sharply, the unit price will be revised from $2.10 to $2.45 from April 1. May I call you this week to explain the details?'),
  en('Our quotation is valid for 60 days from the date of issue.'),
  en('On-site maintenance visits will change from two a year to four a year.'),
  en('Free storage at our warehouse is extended from 14 days to 30 days as of 1 September.'),
  en('Our output rose from 1,200 to 1,500 tonnes last year, thanks to the new line.'),
  en('Could we discuss moving your allocation from 40 to 28 tonnes if your demand falls?'),
  en('Annual support fee: JPY 540,000 → JPY 480,000'),
];

/** Class 2: a surcharge or a fee stated as an addition. */
export const SURCHARGE_FLAGGED: R34Case[] = [
  ja('次回発注分から、1着あたり120円を加算します。'),
  ja('4月出荷分より、燃料サーチャージとして1ケースあたり80円を加算させていただきます。'),
  ja('7月以降のご注文には、梱包費として1回につき1,500円を別途頂戴いたします。'),
  ja('今後、50個未満のご注文には小口手数料800円が加わります。'),
  ja('来月から、保管料として1パレットあたり月額2,000円を追加で請求いたします。'),
  ja('請求書発行手数料（1通300円）を、10月分から申し受けます。'),
  ja('次回納品分より、エネルギーサーチャージ3%を上乗せいたします。'),
  ja('今回のご注文から、特急対応費として一律5,000円が加算されます。'),
  ja('11月出荷分以降、1kgあたり15円の原料調整費をご請求いたします。'),
  ja('・対象：全品番\n・追加費用：1個あたり12円\n・適用開始：2027年1月受注分'),
  mx('From the March shipment, a surcharge of JPY 40 per unit will be added.'),
  en('A $0.40/unit surcharge will apply from March.'),
  en('From the next order, we will add ¥120 per garment.'),
  en('Starting with June shipments, a fuel surcharge of 4% will be added to every invoice.'),
  en('Orders under 50 units will carry a $25 handling fee from October 1.'),
  en('We will begin charging a pallet storage fee of €12 per pallet per week from next month.'),
  en('An energy surcharge of ¥80 per case applies to all deliveries from April.'),
  en('Please note that a $150 setup fee will be added to each custom order going forward.'),
  en('Effective immediately, expedited shipping incurs an extra charge of $60 per box.'),
  en('Invoices from 1 July will include a packaging charge of USD 1.20 per carton.'),
  en('There will be an additional $0.25 per kg on all resin orders from Q3.'),
];

export const SURCHARGE_CLEAN: R34Case[] = [
  ja('次回発注分から、1着あたり120円を値引きいたします。'),
  ja('4月出荷分より、燃料サーチャージ（1ケースあたり80円）を廃止いたします。'),
  ja('ご依頼のとおり、名入れ加工（1着あたり120円）を追加したお見積りをお送りします。'),
  ja('オプションで防水加工（1着あたり120円）も承っております。'),
  ja('お見積り：本体12,000円、設置費3,000円（税別）。有効期限は発行日より60日です。'),
  ja('大変申し訳ございませんが、燃料価格の高騰のため、4月出荷分より1ケースあたり80円のサーチャージを加算させていただきます。近日中にご説明に伺いたく存じます。'),
  ja('今回に限り、特急対応費5,000円は弊社にて負担いたします。'),
  ja('小口手数料800円は、今後は頂戴しないことといたしました。'),
  ja('ご希望があれば、1回1,500円で梱包を承ります。'),
  ja('先月の請求書に、保管料2,000円が二重に計上されておりました。差額は次回請求で相殺いたします。'),
  mx('From the March shipment, the surcharge of JPY 40 per unit will be removed.'),
  en('From the next order, we will deduct ¥120 per garment.'),
  en('The $0.40/unit surcharge will no longer apply from March.'),
  en('If you would like gift wrapping, it is available for $2 per item.'),
  en('Our quote: unit price $4.20, tooling $1,500 one-off. Valid for 60 days.'),
  en('As you requested, we have added express shipping ($60) to your order.'),
  en('We are sorry, but because diesel prices have risen sharply, a fuel surcharge of 4% will be added from June. Could I call you on Thursday to talk it through?'),
  en('We will waive the $25 handling fee on your next order.'),
  en('Free shipping now applies to all orders over $500.'),
  en('Your invoice total is $4,320, including the agreed $150 setup fee.'),
  en('Would an extra charge of $60 per box for expedited shipping be acceptable to you?'),
];

/** Class 3: a defect told as measurements against a specification. */
export const DEFECT_FLAGGED: R34Case[] = [
  en('Our inspection of lot 2207 found 340 parts with an undersized bore: Ø22.94 mm against the drawing tolerance of Ø23.00 +0.02/-0.00.'),
  en('120 of the 800 castings shipped on 3 May measured a wall thickness of 2.6 mm; the specification is 3.0 ±0.2 mm.'),
  en('Coating thickness on the last shipment averaged 18 µm, below the 25 µm minimum in your specification.'),
  en('The hardness of lot B-14 came out at 52 HRC against a specification of 58–62 HRC.'),
  en('Moisture content of the delivered pellets: 0.35% (specification max 0.20%).'),
  en('We found 60 boards in the May delivery with a solder height of 0.8 mm, above the 0.5 mm limit.'),
  en('The tensile strength of the shipped wire was 410 MPa, short of the 450 MPa required by the drawing.'),
  en('Lot 55 results:\n- Measured flatness: 0.12 mm\n- Drawing tolerance: 0.05 mm\n- Parts affected: 220'),
  mx('Lot 2207 (shipped 12 May): bore Ø22.94 mm vs. tolerance Ø23.00 +0.02/0, 340 pcs.'),
  ja('出荷済みロット2207のうち340個で、内径がΦ22.94mmと図面公差（Φ23.00 +0.02/0）を下回っていました。'),
  ja('5月3日出荷分の鋳物120個で、肉厚が2.6mm（規格3.0±0.2mm）でした。'),
  ja('前回納品分の塗膜厚は平均18µmで、仕様の下限25µmを下回っておりました。'),
  ja('ロットB-14の硬度は52HRCで、規格値58〜62HRCを外れていました。'),
  ja('納入済みペレットの水分値：0.35%（規格上限0.20%）'),
  ja('5月納品分のうち60枚で、はんだ高さが0.8mmと上限0.5mmを超えていました。'),
  ja('納入した線材の引張強さは410MPaで、図面指示の450MPaに届いておりませんでした。'),
];

export const DEFECT_CLEAN: R34Case[] = [
  en('As you requested, here are the viscosity results for lot 2207: 1,240 mPa·s at 20°C (specification 1,100–1,300 mPa·s).'),
  en('All 800 castings measured a wall thickness of 2.9–3.1 mm, within the 3.0 ±0.2 mm specification.'),
  en('Attached is the test report you asked for: hardness 60 HRC (specification 58–62 HRC).'),
  en('The bore diameter on all parts was Ø23.01 mm, within the drawing tolerance.'),
  en('Our specification for the coating is 25 µm minimum; could you confirm this matches your drawing?'),
  en('The tolerance on the drawing is Ø23.00 +0.02/-0.00; please let us know if it should be wider.'),
  en('We are sorry: 340 parts of lot 2207 have an undersized bore (Ø22.94 mm against Ø23.00 +0.02/-0.00) because a worn reamer was not replaced in time. May I visit you on Tuesday to go through our corrective actions?'),
  en('Moisture content of the delivered pellets: 0.12% (specification max 0.20%).'),
  ja('ご依頼いただいた粘度測定の結果をお知らせいたします。ロット2207：1,240mPa·s（20℃、規格1,100〜1,300mPa·s）。'),
  ja('全数の内径がΦ23.00〜23.01mmで、図面公差内でした。'),
  ja('ご依頼の試験成績書を添付いたします。硬度は60HRC（規格58〜62HRC）でした。'),
  ja('水分値は0.12%で、規格上限0.20%以内に収まっております。'),
  ja('図面の公差はΦ23.00 +0.02/0と理解しておりますが、相違ございませんでしょうか。'),
  ja('誠に申し訳ございません。ロット2207のうち340個で内径がΦ22.94mmと公差を下回っておりました。リーマーの摩耗が原因です。対策のご説明に伺いたく存じます。'),
  ja('納入済みペレットの水分値：0.12%（規格上限0.20%）'),
  ja('ご質問の引張強さは、ミルシートでは465MPa（規格450MPa以上）でした。'),
];

/** Class 4: status words in a list or table of the client's items. */
export const STATUS_FLAGGED: R34Case[] = [
  ja('ご注文品の在庫状況は以下のとおりです。\n・A-100：在庫あり\n・A-200：欠品\n・A-300：廃番'),
  ja('ご照会の件、下表のとおりです。\n| 品番 | 状況 |\n|---|---|\n| K-10 | 出荷可 |\n| K-20 | 廃番 |'),
  ja('ご照会の品番について\n・TX-40　販売終了\n・TX-50　通常出荷'),
  ja('ご注文の部品の状況です。\nR-12：EOL\nR-14：在庫あり'),
  ja('・B-3：生産終了\n・B-4：在庫あり'),
  ja('ご注文明細\n1. 青キャップ50mm　出荷済\n2. 赤キャップ50mm　欠品'),
  ja('見積依頼いただいた品目の状況です。\n・M-1　在庫あり\n・M-2　入荷未定'),
  ja('| 品番 | 数量 | 状況 |\n|---|---|---|\n| Q-5 | 100 | 出荷済 |\n| Q-6 | 40 | 欠品中 |'),
  mx('Status of your order:\n- PX-4: 出荷済\n- PX-5: 廃番'),
  en('Status of your open items:\n- PX-4: in stock\n- PX-5: backordered\n- PX-6: discontinued'),
  en('Here is the status you asked about.\n| Part | Status |\n|---|---|\n| R-12 | EOL |\n| R-14 | Available |'),
  en('Your order lines:\n1. Blue cap 50 mm – shipped\n2. Red cap 50 mm – out of stock'),
  en('Item 4471: discontinued\nItem 4472: in stock'),
  en('Order 88120\n- SKU 220-A: shipped 4 May\n- SKU 220-B: backordered'),
  en('Availability of the parts on your list:\n- Model X200: end of sale\n- Model X300: available'),
  en('| SKU | Qty | Status |\n|---|---|---|\n| 7710 | 50 | Shipped |\n| 7711 | 20 | Backordered |'),
];

export const STATUS_CLEAN: R34Case[] = [
  ja('ご注文品の在庫状況は以下のとおりです。\n・A-100：在庫あり\n・A-200：在庫あり'),
  ja('| 品番 | 状況 |\n|---|---|\n| K-10 | 出荷済 |\n| K-20 | 出荷済 |'),
  ja('貴社で廃番となった品番の一覧をお送りいただけますでしょうか。'),
  ja('万一欠品が生じた際は、速やかにご連絡いたします。'),
  ja('大変申し訳ございません。ご注文品のうち下記が欠品となっております。\n・A-200：欠品\n仕入先の生産遅延によるものです。代替品のご提案に伺いたく存じます。'),
  ja('ご注文明細\n1. 青キャップ50mm　出荷済\n2. 赤キャップ50mm　出荷済'),
  ja('EOL品の保守方針を添付いたしますので、ご参照ください。'),
  ja('・M-1　在庫あり\n・M-2　在庫あり（5月10日出荷予定）'),
  en('Status of your open items:\n- PX-4: in stock\n- PX-5: shipped'),
  en('Could you send us the list of discontinued items on your side?'),
  en('Our end-of-life policy is attached for reference.'),
  en('We are sorry: PX-5 is backordered because our supplier had a fire at its plant. May I call you tomorrow to discuss an alternative?\n- PX-4: in stock\n- PX-5: backordered'),
  en('Order 88120\n- SKU 220-A: shipped 4 May\n- SKU 220-B: shipped 6 May'),
  en('| SKU | Qty | Status |\n|---|---|---|\n| 7710 | 50 | Shipped |\n| 7711 | 20 | Shipped |'),
  en('If an item is backordered, we will let you know within a day.'),
  en('Your list of discontinued parts arrived; thank you, we will update our records.'),
];

/** Cases that stay wrong on this branch: [class, side, a part naming one case]; each is said why in the commit. */
export const KNOWN_WRONG: ReadonlyArray<readonly [cls: string, side: 'flagged' | 'clean', part: string]> = [
  // The measured value and the tolerance on lines of their own: each line is read alone, and neither holds both.
  ['defect', 'flagged', '- Measured flatness: 0.12 mm\n- Drawing tolerance: 0.05 mm'],
];
