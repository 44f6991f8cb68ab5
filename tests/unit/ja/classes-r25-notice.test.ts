// Round 25 (notice): Japanese and bilingual bad news sent bare, read as structure (/work/BRIEF25.md, issues 9 and 10).
// Wordings of our own:
// N  a sentence that ends on its noun (体言止め): 塩水噴霧試験で不合格。 出荷は第9週に変更。 — the noun asserts what a copula
//    would, once the clause has an argument (で, に, は, a label's colon); a noun phrase alone (担当者の変更について) is a title.
// A  a verdict or a day on an arrow: AQL 1.0 → 不合格（…）; a day moved later under a heading line naming the schedule
//    (1. 納期 / LED駆動基板 LD-40：5/12 → 6/2).
// M  several pieces of news in one notice: an additive も that adds a cost to the notice before it (講師の交通費もお客様負担と
//    なります), a remedy between two pieces of news (再塗装します) — every news sentence lies under one finding.
// B  bilingual: the same news in Japanese then English — whichever language offends is flagged, both are read.
// Near misses: a pass, a day brought forward, a meeting moved, a cost on our side, an apology or an offer anywhere in the
// mail, a title, a failure then a pass on its arrow.
import { describe, expect, it } from 'vitest';
import type { DraftContext, Finding } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';
import { jaMiura as ja } from '../mail-wrappers';

const engine = nodeEngine();

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2027-04-20' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2027-04-20' };
const both = (jaBody: string, enBody: string) => `${ja(jaBody)}\n\nDear Mr. Miura,\n\n${enBody}\n\nBest regards,\nSaeki`;

const findings = (body: string, context: DraftContext): Finding[] =>
  engine.analyze({ subject: 'ご連絡', body, context }).filter((f) => f.field === 'body' && f.category === 'bad-news');

/** [body, the parts of it that must each lie under a bad-news finding] */
type Flagged = [body: string, parts: string[]];

const N_NOMINAL: Flagged[] = [
  [ja('ロット2207：塩水噴霧試験で不合格。'), ['塩水噴霧試験で不合格']],
  [ja('検査の結果、第2ロットは耐圧試験で不合格。'), ['耐圧試験で不合格']],
  [ja('出荷は第9週に変更。'), ['出荷は第9週に変更']],
  [ja('納品は5月20日から6月3日に変更。'), ['納品は5月20日から6月3日に変更']],
  [ja('来月から単価を8%値上げ。'), ['単価を8%値上げ']],
  [ja('CP-12の在庫はゼロ。'), ['CP-12の在庫はゼロ']],
  [ja('CP-12は在庫ゼロ。入荷は8月予定。'), ['CP-12は在庫ゼロ']],
];

const A_ARROWS: Flagged[] = [
  [ja('第3ロット（8,000台）の第三者検査結果：\nAQL 1.0 → 不合格（はんだブリッジ 14件）\n再検査後の出荷：6月9日。'), ['AQL 1.0 → 不合格']],
  [ja('2点、回答します。\n\n1. 納期\nLED駆動基板 LD-40：5/12 → 6/2'), ['LED駆動基板 LD-40：5/12 → 6/2']],
  [ja('■ 出荷予定\nCP-12：5/10 → 5/28'), ['CP-12：5/10 → 5/28']],
  [ja('外観検査 → NG（キズ 3件）'), ['外観検査 → NG']],
];

const M_SEVERAL: Flagged[] = [
  [ja('来期から、オンサイト研修は1回 ¥150,000 の有料になります。講師の交通費もお客様負担となります。'),
    ['オンサイト研修は1回 ¥150,000 の有料になります', '講師の交通費もお客様負担となります']],
  [ja('4月ご注文分より、単価を5%改定いたします。送料もお客様のご負担となります。'), ['単価を5%改定いたします', '送料もお客様のご負担となります']],
  [ja('ロット2207：塩水噴霧試験で不合格。再塗装します。\n出荷は第9週に変更。'), ['塩水噴霧試験で不合格', '出荷は第9週に変更']],
];

const B_BILINGUAL: Flagged[] = [
  [both('出荷は第9週に変更。', 'Shipment moved to week 9.'), ['出荷は第9週に変更', 'Shipment moved to week 9.']],
  [both('ロット2207：塩水噴霧試験で不合格。再塗装します。', 'Batch 2207 failed the salt spray test. Re-coating now.'),
    ['塩水噴霧試験で不合格', 'Batch 2207 failed the salt spray test.']],
];

const NEAR_MISSES: Array<[DraftContext, string]> = [
  // N: a pass, a day brought forward, a title, a cost on our side.
  [C, ja('ロット2207：塩水噴霧試験で合格。')],
  [C, ja('納品は5月20日から5月3日に変更。')],
  [C, ja('担当者の変更について')],
  [C, ja('出荷は第3週に前倒し。')],
  [C, ja('値上げは中止。')],
  [C, ja('価格は据え置き。')],
  [C, ja('ご依頼のとおり、出荷は第9週に変更。')],
  [C, ja('不良はゼロ。')],
  [C, ja('在庫は十分。')],
  [C, ja('Price revision / 価格改定（10月1日受注分より）:')],
  [C, ja('大変申し訳ございません。ロット2207は塩水噴霧試験で不合格。再塗装いたします。')],
  // A: a pass on the arrow, a day earlier, a meeting moved, a failure then a pass.
  [C, ja('第三者検査結果：\nAQL 1.0 → 合格')],
  [C, ja('1. 納期\nLED駆動基板 LD-40：6/2 → 5/12')],
  [C, ja('1. お打ち合わせ\n候補日：5/12 → 6/2')],
  [C, ja('初回検査：不合格 → 再検査で合格')],
  [C, ja('1. 納期\nLED駆動基板 LD-40：5/12 → 6/2\n\n遅れの原因は部材の入荷遅れです。改めてご説明に伺います。')],
  [C, ja('■ 出荷予定\nCP-12：5/10 → 5/28\n\nご迷惑をおかけし、誠に申し訳ございません。')],
  [C, ja('外観検査 → OK')],
  [I, '山田さん\n\nAQL 1.0 → 不合格（はんだブリッジ 14件）\n再検査後の出荷：6月9日。\n\n佐伯'],
  // M: a cost on our side, a term as it stands, the news with an apology and an offer.
  [C, ja('講師の交通費も弊社負担となります。')],
  [C, ja('オンライン研修は今まで通り無料です。講師の交通費も弊社にて負担いたします。')],
  [C, ja('来期から、オンサイト研修は有料になります。講師の交通費もお客様負担となります。ご迷惑をおかけし申し訳ございません。近日中にご説明に伺います。')],
  [C, ja('ロット2207：塩水噴霧試験で不合格。再塗装します。\n出荷は第9週に変更。\nご迷惑をおかけし、大変申し訳ございません。')],
  [C, ja('送料も従来どおり無料となります。')],
  [C, ja('4月ご注文分より、単価を5%値下げいたします。送料も弊社負担となります。')],
  [C, ja('検査の結果、第2ロットは耐圧試験で合格。来週出荷いたします。')],
  [I, '山田さん\n\n来期から、オンサイト研修は有料になります。講師の交通費もお客様負担となります。\n\n佐伯'],
  // B: the same news with its apology in the other language.
  [C, both('出荷は第9週に変更。', 'We are very sorry for the delay. May I call you tomorrow to explain?')],
  [C, both('大変申し訳ございません。出荷は第9週に変更となります。', 'Shipment moved to week 9.')],
  [C, both('出荷は第9週に前倒し。', 'Shipment brought forward to week 9.')],
  [C, both('ロット2207：塩水噴霧試験で合格。', 'Batch 2207 passed the salt spray test.')],
  [C, both('改めてお電話でご説明いたします。', 'Shipment moved to week 9.')],
  [C, both('第三者検査結果：AQL 1.0 → 合格', 'Inspection passed (AQL 1.0).')],
  [C, both('出荷は予定どおり第9週です。', 'Shipment stays in week 9 as planned.')],
  [C, both('ご依頼のとおり、出荷は第9週に変更いたしました。', 'As you asked, we moved the shipment to week 9.')],
];

describe.each([
  ['N a sentence that ends on its noun', N_NOMINAL],
  ['A a verdict or a day on an arrow', A_ARROWS],
  ['M several pieces of news in one notice', M_SEVERAL],
  ['B bilingual notices', B_BILINGUAL],
] as const)('%s', (_name, cases) => {
  it.each(cases)('%#', (body, parts) => {
    const fs = findings(body, C);
    for (const part of parts) {
      const at = body.indexOf(part);
      expect(at, part).toBeGreaterThanOrEqual(0);
      expect(fs.some((f) => f.start < at + part.length && at < f.end), `${part}\n${fs.map((f) => `«${body.slice(f.start, f.end)}»`).join('\n')}`).toBe(true);
    }
  });
});

describe('news sentences one remedy apart are one card', () => {
  it('不合格。再塗装します。出荷は…変更。: one finding', () => {
    expect(findings(ja('ロット2207：塩水噴霧試験で不合格。再塗装します。\n出荷は第9週に変更。'), C)).toHaveLength(1);
  });
});

describe('near misses raise no bad news', () => {
  it.each(NEAR_MISSES)('%#', (context, body) => {
    const fs = findings(body, context);
    expect(fs.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`)).toEqual([]);
  });
});
