// Round 30 (news30, /work/BRIEF30.md): bad news whose wording carries no "news" word — a new price given only as a figure,
// a rise whose subject is the products, a minimum raised, a lead time lengthened, a warranty shortened, an allocation or a
// shipment cut to a share, a support window ended, a failed test followed by "we will ship as scheduled" — with no apology,
// reason or offer. Our own wordings (ja, en, mixed; body, bullet, table, subject), and the near misses that must stay
// clean: a quote answering their request, a favourable change, options offered after the notice, apology + reason + offer,
// the client's own change quoted back, an internal note, our spec sheet's figures, a current price told as it stands.
import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';
import { abcEn as en, abcJa as ja, abcMixed as mx } from '../mail-wrappers';

type Case = [expected: string, context: DraftContext, body: string];
const engine = nodeEngine();

const CLIENT: DraftContext = { recipient: 'client', firstContact: false, now: '2026-05-01' };
const INTERNAL: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-05-01' };

/** Bad news told as a figure or a plain change, no apology, reason or offer: each must be flagged as bad news. */
const POSITIVE: Case[] = [
  ["bad-news", CLIENT, ja("4月出荷のぶんから、ニトリルゴムN-70は1kgあたり2,850円になります。")],
  ["bad-news", CLIENT, ja("来月ご注文分より、本製品は1個あたり1,480円となります（現行1,320円）。")],
  ["bad-news", CLIENT, ja("本製品は10月出荷分から値上げとなります。")],
  ["bad-news", CLIENT, ja("次回ご注文分から、最小発注数量は500個となります（現行200個）。")],
  ["bad-news", CLIENT, ja("来月より、標準納期は受注後8週間となります（現行5週間）。")],
  ["bad-news", CLIENT, ja("保証期間は、4月出荷分より24か月から12か月に変更となります。")],
  ["bad-news", CLIENT, ja("6月出荷分は、ご注文数量の70%での出荷となります。")],
  ["bad-news", CLIENT, ja("旧バージョンのサポートは2027年3月末で終了します。")],
  ["bad-news", CLIENT, ja("ロット12は耐圧試験で基準値を下回りましたが、予定どおり出荷いたします。")],
  ["bad-news", CLIENT, ja("4月出荷分より、単価は下記のとおりとなります。\n・A-10：1,350円（現行1,200円）\n・A-20：2,480円（現行2,200円）")],
  ["bad-news", CLIENT, ja("本製品の価格は、5月ご注文分より1台あたり198,000円となります（現行178,000円）。")],
  ["bad-news", CLIENT, ja("来期のオペレーター1名あたり月額単価：412,000円（税別、現行385,000円）")],
  ["bad-news", CLIENT, ja("品番　現行単価　新単価\nA-10　1,200円　1,350円\nA-20　2,200円　2,480円")],
  ["bad-news", CLIENT, ja("10月以降のご注文は、最小ロット1,000個からの受付となります（現行300個）。")],
  ["bad-news", CLIENT, ja("BC-220　改定後単価：4,980円（現行 4,790円）")],
  ["bad-news", CLIENT, en("From April the unit price will be USD 14.20 (currently USD 12.90).")],
  ["bad-news", CLIENT, en("All manganese liners and cheek plates go up by 8.5% for orders placed from 1 March 2026.")],
  ["bad-news", CLIENT, en("The A-series calipers will cost more from the June shipment.")],
  ["bad-news", CLIENT, en("From July, standard lead time will be 14 weeks (currently 10 weeks).")],
  ["bad-news", CLIENT, en("Orders placed from May 1 will ship in 14 weeks instead of 10.")],
  ["bad-news", CLIENT, en("The warranty on new pumps will be 12 months from July 1, down from 24.")],
  ["bad-news", CLIENT, en("Your Q3 allocation will be 60% of your forecast.")],
  ["bad-news", CLIENT, en("Support for version 4.x ends on 31 March 2027.")],
  ["bad-news", CLIENT, en("Lot 14 failed the salt-spray test. We will ship it as scheduled.")],
  ["bad-news", CLIENT, en("New rates from April:\n- Tier 1 agents: +8.5%\n- Tier 2 agents: +6.0%")],
  ["bad-news", CLIENT, en("Each kit will be USD 38.50 from the October shipment (was USD 35.00).")],
  ["bad-news", CLIENT, en("Starting with the May invoice, the monthly fee is EUR 2,400 instead of EUR 2,100.")],
  ["bad-news", CLIENT, en("The 2027 price of the RA-90 will be ¥21,100, up from ¥19,500.")],
  ["bad-news", CLIENT, en("The A-series will cost 7% more from the June shipment.")],
  ["bad-news", CLIENT, mx("4月出荷分より、RA-90の単価は¥21,100になります（現行¥19,500）。")],
  ["bad-news", CLIENT, mx("2027年1月からの価格は以下のとおりです。\nRA-70：¥16,900 → ¥18,300\nRA-90：¥19,500 → ¥21,100")],
  // Round 48: a known miss until now — the currency written as a word (USD) in the cells makes the columns prices.
  ["bad-news", CLIENT, en("| Item | Current | From April |\n|---|---|---|\n| PX-10 | USD 4.20 | USD 4.65 |\n| PX-20 | USD 6.10 | USD 6.70 |")],
];

/** The near misses: a quote asked for, a favourable change, options, a full notice, the client's change, facts. */
const NEAR: Case[] = [
  ["", CLIENT, ja("ご依頼のお見積りです。4月出荷分から、1kgあたり2,850円でご提供可能です。")],
  ["", CLIENT, ja("4月出荷分から、N-70は1kgあたり2,650円となります（現行2,850円）。")],
  ["", CLIENT, ja("次回ご注文分から、最小発注数量は100個となります（現行500個）。")],
  ["", CLIENT, ja("来月より、標準納期は受注後4週間となります（現行6週間）。")],
  ["", CLIENT, ja("保証期間は、4月出荷分より12か月から24か月に延長いたします。")],
  ["", CLIENT, ja("製品仕様：定格電圧100V、質量2.5kg、標準価格12,000円。")],
  ["", CLIENT, ja("ご指定いただいた納品日（6月20日）で承りました。")],
  ["", CLIENT, ja("貴社のご要望どおり、発注数量を500個から300個に変更いたしました。")],
  ["", CLIENT, ja("誠に申し訳ございません。原材料価格の高騰により、4月出荷分から1kgあたり2,850円となります。改めてご説明に伺います。")],
  ["", INTERNAL, ja("4月出荷分から、N-70は1kgあたり2,850円になります。")],
  ["", CLIENT, ja("現在のご契約単価は1kgあたり2,650円です。")],
  ["", CLIENT, ja("前回のご注文では、1kgあたり2,650円でした。")],
  ["", CLIENT, ja("検査はすべて合格しましたので、予定どおり出荷いたします。")],
  ["", CLIENT, ja("来月より、サポート窓口の受付時間を平日9時〜20時に拡大いたします。")],
  ["", CLIENT, ja("お見積りのとおり、1台あたり198,000円でございます。")],
  ["", CLIENT, ja("品番　現行単価　新単価\nA-10　1,350円　1,200円\nA-20　2,480円　2,200円")],
  ["", CLIENT, ja("ご注文いただいた500個は、本日全数出荷いたしました。")],
  ["", CLIENT, ja("本製品の納期は、通常ご注文から3週間です。")],
  ["", CLIENT, en("As requested, here is our quote: from April the unit price would be USD 14.20 for 5,000 pcs.")],
  ["", CLIENT, en("From April the unit price will be USD 12.90, down from USD 14.20.")],
  ["", CLIENT, en("The minimum order quantity drops to 300 pcs per SKU from October.")],
  ["", CLIENT, en("The warranty will be extended to 36 months for all pumps shipped from July.")],
  ["", CLIENT, en("Datasheet: weight 2.4 kg, max pressure 16 bar, list price USD 420.")],
  ["", CLIENT, en("You asked to move delivery to 18 December; we have updated the order accordingly.")],
  ["", CLIENT, en("We are sorry to tell you that, because of higher energy costs, the unit price will be USD 14.20 from April. I would like to visit you next week to explain in person.")],
  ["", INTERNAL, en("From April the unit price for Yamada will be USD 14.20.")],
  ["", CLIENT, en("All lots passed the salt-spray test and will ship as scheduled.")],
  ["", CLIENT, en("Your current contract price is USD 12.90 per unit.")],
  ["", CLIENT, en("Support hours will be extended to 24/7 from April.")],
  ["", CLIENT, en("Your Q3 allocation is confirmed at 100% of your forecast.")],
  ["", CLIENT, en("Last year the price was USD 12.90.")],
  ["", CLIENT, en("We shipped all 1,000 units today, as ordered.")],
  ["", CLIENT, en("| Item | Current | From April |\n|---|---|---|\n| PX-10 | USD 4.65 | USD 4.20 |\n| PX-20 | USD 6.70 | USD 6.10 |")],
  ["", CLIENT, en("Standard lead time for the A-series is 6 weeks from order.")],
  ["", CLIENT, mx("ご依頼のお見積りです。\nRA-70：¥16,900\nRA-90：¥19,500")],
  // Round 42: a shorter lead time is no shortage (a time after a figure is no goods, en-news.ts lessThanOrdered).
  ["", CLIENT, en("Lead time will be 6 weeks instead of 8 from the May orders.")],
];

/**
 * Known misses of this branch, kept as expected failures (it.fails) so they are seen: the current value in the next
 * sentence (現行は8週間です), a minimum "now" read as a standing rule (a refusal), a Markdown table whose columns are
 * periods ("Current | From April": read since round 48), and a warehouse moved with its cost in a participle. (The shorter lead time the English
 * supply reader reported is read right since round 42.)
 */
const KNOWN_MISSES: Case[] = [
  ["bad-news", CLIENT, ja("7月1日ご注文分から、納期は受注後12週間となります。現行は8週間です。")],
  ["bad-news", CLIENT, en("The minimum order quantity for gasket kits is now 1,000 pcs per SKU.")],
  ["bad-news", CLIENT, en("From 1 June your orders will ship from our Rotterdam warehouse instead of Yokohama, adding about 5 weeks to transit.")],
];

describe('known misses (expected to fail until read)', () => {
  it.fails.each(KNOWN_MISSES)('[%s] %#', (expected, context, body) => {
    const findings = engine.analyze({ body, context });
    const got = [...new Set(findings.map((f) => f.category))].filter((c) => c !== 'calendar').sort().join(',');
    expect(got).toBe(expected);
  });
});

describe.each([
  ['bad news with no news word', POSITIVE],
  ['near misses that must stay clean', NEAR],
] as const)('%s', (_name, cases) => {
  it.each(cases)('[%s] %#', (expected, context, body) => {
    const findings = engine.analyze({ body, context });
    const got = [...new Set(findings.map((f) => f.category))].filter((c) => c !== 'calendar').sort().join(',');
    expect(got, `${body}\n${findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')}`).toBe(expected);
  });
});
