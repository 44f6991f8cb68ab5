// Round 25 (refuse): Japanese "no"s that round 24's readers RECOGNISED but a guard stopped in a context the development
// drafts did not have (/work/BRIEF25.md). Our own wordings, in different shapes:
// - M: 例外は設けておりません after their matter named as 〜の件ですが, or in a reply (Re:), with or without a contract clause
//   cited after it — the citation gives a reason, no cushion (src/rules/ja/unsoftened-refusal.ts ruleClosed).
// - V: a bare verdict of no (：不可, → NG) on a concession the reader would ask of us — a cost we would bear (当社負担), a
//   free, refunded or earlier act — in a notice that names no ask: nobody announces a concession refused as news
//   (src/rules/ja/lib/verdict-line.ts concessionDenied).
// Near misses: exceptions reported as findings, a cushioned no, a terms table under its heading, a concession granted, a
// verdict on something no one would ask for, a no-exceptions promise in our favour of the client.
import { describe } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';
import { refusalCases, type RefusalCase } from '../refusal-cases';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-05' };
const engine = nodeEngine();
const mail = (body: string) => `株式会社青葉製作所\n購買部 佐藤様\n\nいつもお世話になっております。\n東邦精機の山本です。\n\n${body}\n\n東邦精機株式会社\n山本 健`;

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

const NEAR: Case[] = [
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
  describe('near misses', () => run(NEAR, false));
});
