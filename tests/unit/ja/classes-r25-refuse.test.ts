// Round 25 (refuse): Japanese "no"s that round 24's readers RECOGNISED but a guard stopped in a context the development
// drafts did not have (/work/BRIEF25.md). Our own wordings, in different shapes:
// - M: 例外は設けておりません after their matter named as 〜の件ですが, or in a reply (Re:), with or without a contract clause
//   cited after it — the citation gives a reason, no cushion (src/rules/ja/unsoftened-refusal.ts ruleClosed).
// - V: a bare verdict of no (：不可, → NG) on a concession the reader would ask of us — a cost we would bear (当社負担), a
//   free, refunded or earlier act — in a notice that names no ask: nobody announces a concession refused as news
//   (src/rules/ja/lib/verdict-line.ts concessionDenied).
// - S: a term declared the same for every client (全てのお客様共通で / 同じ条件でお願いしております), their ask in sight (〜の件, Re:).
// - K: a stance of ours kept (方針は変わりません, 回答に変更はございません) on their matter (src/rules/ja/lib/flat-refusal.ts).
// - C: a cost put on the client written without ご or の (送料はお客様負担となります, 貴社負担でお願いします), in a reply
//   (dictionaries/ja/refusals.json cost-on-client).
// Near misses: exceptions reported as findings, a cushioned no, a terms table under its heading, a concession granted, a
// verdict on something no one would ask for, a no-exceptions promise in our favour of the client.
import { describe } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';
import { refusalCases, type RefusalCase } from '../refusal-cases';
import { jaAoba as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-05' };
const engine = nodeEngine();

type Case = RefusalCase;

const MATTER: Case[] = [
  ['Re: 年間契約の解約について', mail('年間契約の途中解約と返金の件ですが、例外は設けておりません。契約書 第12条 のとおりです。'), '例外は設けておりません'],
  ['保守契約について', mail('保守料の月割りの件ですが、例外は設けておりません。'), '例外は設けておりません'],
  ['お支払いについて', mail('支払サイト延長の件につきましては、特例は認めておりません。'), '特例は認めておりません'],
  ['Re: 最低発注数量', mail('最低発注数量は100個です。例外は設けておりません。'), '例外は設けておりません'],
  ['RE：検収期間', mail('検収期間は納品後10日以内となっております。例外は一切設けておりません。基本契約書 第8条のとおりです。'), '例外は一切設けておりません'],
  ['Re: キャンセル料', mail('キャンセル料の件は、例外を設けておりません。'), '例外を設けておりません'],
];

const CONCESSION: Case[] = [
  ['ロット2207について', mail('ロット2207は塩水噴霧試験で不合格となりました。\n出荷は第9週となります。\n航空便への切替（当社負担）：不可。'), '航空便への切替（当社負担）：不可'],
  ['納期について', mail('部材の入荷が遅れております。\n納期は3月10日となります。\n・納期の前倒し → 不可'), '納期の前倒し → 不可'],
  ['不具合品について', mail('ご指摘の不具合品を確認いたしました。\n・無償交換：NG\n・有償修理：対応可'), '無償交換：NG'],
  ['返品について', mail('返品の件、確認しました。\n送料の弊社負担：不可'), '送料の弊社負担：不可'],
  ['価格について', mail('4月より原材料費が上昇します。\n・旧価格の据え置き：不可'), '旧価格の据え置き：不可'],
  ['検査結果', mail('再検査の結果、基準を満たしませんでした。\n検査費用の当社持ち → 不可です。'), '検査費用の当社持ち → 不可です'],
];

const SAME_FOR_ALL: Case[] = [
  ['Re: お支払い条件', mail('お支払い条件の件、月末締め翌月末払いとなっております。全てのお客様に同じ条件でお願いしております。'), '全てのお客様に同じ条件でお願いしております'],
  ['Re: 支払方法', mail('お支払い条件は、全てのお客様共通で出荷前の送金です。'), '全てのお客様共通で出荷前の送金です'],
  ['納品方法について', mail('納品方法の件ですが、すべてのお取引先様で車上渡しに統一しております。'), 'すべてのお取引先様で車上渡しに統一しております'],
  ['Re: 最低ロット', mail('最低ロットは各お取引先様一律で500個となっております。'), '一律で500個となっております'],
];

const STANCE: Case[] = [
  ['Re: 再見積りのお願い', mail('再見積りの件、弊社の方針は変わりません。'), '弊社の方針は変わりません'],
  ['Re: Re: 返金のご相談', mail('前回の回答に変更はございません。'), '前回の回答に変更はございません'],
  ['Re: ご提案の件', mail('社内で再検討いたしましたが、結論は変わりません。'), '結論は変わりません'],
  ['不具合のご連絡の件', mail('ご連絡の件、弊社の判断に変わりはございません。'), '弊社の判断に変わりはございません'],
];

const COST: Case[] = [
  ['Re: サンプルの件', mail('サンプルの件は承知しました。送料はお客様負担となります。'), '送料はお客様負担となります'],
  ['Re: 再検査のお願い', mail('ご依頼の再検査ですが、往復の交通費は貴社負担でお願いします。'), '往復の交通費は貴社負担でお願いします'],
  ['Re: 部品交換', mail('交換部品は無償でお送りします。作業費は御社負担です。'), '作業費は御社負担です'],
];

const NEAR: Case[] = [
  // C: a cost on the client announced from a date (news), a cost on us, an item of a quote.
  ['送料改定のお知らせ', mail('4月1日より、送料はお客様負担となります。大変申し訳ございませんが、何卒ご理解のほどお願い申し上げます。')],
  ['Re: サンプルの件', mail('サンプルの件は承知しました。送料は弊社負担でお送りいたします。')],
  ['お見積り', mail('お見積りです。\n・本体：50万円\n・送料：お客様負担')],

  // S/K: a rule for all told of our own accord; a stance of quality; a rule for all with a grant; a stance kept with a cushion.
  ['支払条件のご案内', mail('弊社の支払条件は全てのお取引先様で統一しております。')],
  ['Re: お支払い条件', mail('お支払い条件の件、全てのお客様に同じ条件でお願いしておりますが、今回は特別に60日で承ります。')],
  ['品質について', mail('弊社の品質方針は変わりません。今後ともよろしくお願いいたします。')],
  ['Re: 再見積りのお願い', mail('再見積りの件、大変申し訳ございませんが、弊社の方針は変わりません。代わりに数量割引をご提案いたします。')],
  ['Re: 価格改定', mail('価格改定の件、全てのお客様に同じ改定率を適用しております。ご不明点はお気軽にお問い合わせください。大変恐縮ですが、何卒ご理解賜りますようお願い申し上げます。')],
  ['Re: ご提案の件', mail('社内で再検討いたしました結果、ご提案のとおり進めることといたしました。')],

  // M: exceptions found (reported), a cushioned no, a promise kept for every client, no matter named and no reply.
  ['監査結果', mail('監査の結果、例外事項はございませんでした。')],
  ['Re: 年間契約の解約について', mail('途中解約の件ですが、誠に恐れ入りますが、例外は設けかねます。代わりに、プランの変更でしたら承ります。')],
  ['Re: 品質管理', mail('全品検査の件ですが、出荷前に全数検査を実施しております。')],
  ['Re: 個人情報', mail('個人情報の件ですが、第三者への提供は一切行っておりません。')],
  ['Re: 保守契約', mail('保守料の件ですが、今年度は値上げはございません。')],
  ['Re: 支払条件', mail('支払条件の件ですが、ご要望のとおり60日に変更いたしました。')],
  ['Re: ご質問', mail('ご質問の件ですが、本製品は屋外での使用には対応しておりません。')],
  ['Re: 打合せ', mail('打合せの件ですが、来週の火曜日でいかがでしょうか。')],
  // V: a terms table under its heading, a concession granted, a verdict on no concession, cushioned before the list.
  ['お見積り', mail('■ お見積り条件\n・返品：不可\n・有効期限：30日')],
  ['不具合品について', mail('ご指摘の不具合品を確認いたしました。\n・無償交換：可\n・送料：弊社負担')],
  ['検査結果', mail('再検査の結果は以下のとおりです。\n・外観：合格\n・寸法：合格')],
  ['不具合品について', mail('大変申し訳ございませんが、以下の対応はいたしかねます。\n・無償交換：不可\n代わりに、有償修理を半額で承ります。')],
  ['製品仕様', mail('■ 仕様\n・水洗い：不可\n・乾燥機：不可')],
  ['Re: 納期', mail('納期の前倒しについて、ご要望のとおり対応いたします。\n・前倒し：可（3月3日着）')],
];

const run = (cases: Case[], refusal: boolean) => refusalCases(engine, C, cases, refusal);

describe('round 25: no exceptions after their matter or in a reply; a verdict of no on a concession', () => {
  describe('M a rule closed on their matter', () => run(MATTER, true));
  describe('V a concession given a bare verdict of no', () => run(CONCESSION, true));
  describe('S a term declared the same for every client, their ask in sight', () => run(SAME_FOR_ALL, true));
  describe('K a stance of ours kept on their matter', () => run(STANCE, true));
  describe('C a cost put on the client without ご (お客様負担となります, 貴社負担でお願いします)', () => run(COST, true));
  describe('near misses', () => run(NEAR, false));
});
