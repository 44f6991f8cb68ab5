// Round 27 (decline): Japanese refusals by our side's negated state and bad news as damage found on the goods, which round
// 26's unread sets showed missed (/work/BRIEF27.md). Our own wordings, in different shapes:
// - T: a reply's table whose last cell is a whole predicate of no (| 残留溶媒の追加試験 | 対応しておりません |, | 小口配送 |
//   受け付けておりません |, | 土曜日の納品 | 行っておりません |): the cell is read as a sentence of its own, when the mail names
//   a wish of theirs (ご要望, ご依頼) above it (src/rules/ja/unsoftened-refusal.ts lastCellRefusals).
// - P: what we do not provide, as a denied existence (英語版のマニュアルはご用意がございません, 小分け品はお取り扱いがございません):
//   a no to their ask in sight — the subject of a reply naming it, or a table under it (dictionaries/ja/refusals.json
//   no-provision, needsAsk).
// - D: damage found on our goods, told as what exists on them now (20袋のうち3袋に水濡れがあります, 天板の一部にキズがございます):
//   dictionaries/ja/news.json goods-damage, read by ja-news.ts with the place it is on.
// Near misses: a table answering only their questions, a spec table in a notice, a parking note in an invitation, a
// packing promise, damage as a condition or a policy, damage apologised for with a reason and an offer.
import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';
import { refusalCases, type RefusalCase } from '../refusal-cases';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-05' };
const engine = nodeEngine();
const mail = (body: string) => `株式会社青葉製作所\n購買部 佐藤様\n\nいつもお世話になっております。\n東邦精機の山本です。\n\n${body}\n\n何卒よろしくお願いいたします。\n\n東邦精機株式会社\n山本 健`;
const table = (head: string, rows: [string, string][]) =>
  `| ${head} | 回答 |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}`;

const TABLE_NO: RefusalCase[] = [
  ['Re: ヒアルロン酸に関するご要望', mail(`ご依頼いただきました件につきまして、下記のとおりご回答申し上げます。\n\n${table('ご依頼事項', [['成分分析書のご提出', '対応いたします'], ['残留溶媒の追加試験', '対応しておりません']])}`), '対応しておりません'],
  ['Re: ご要望について', mail(`下記のとおりご回答いたします。\n\n${table('ご要望', [['英文の成績書', '対応いたします'], ['小口配送', '受け付けておりません']])}`), '受け付けておりません'],
  ['Re: ご依頼事項', mail(`ご依頼いただいた件、社内で確認いたしました。\n\n${table('ご依頼', [['土曜日の納品', '行っておりません'], ['請求書の分割', '対応いたします']])}`), '行っておりません'],
  ['Re: ご依頼の件', mail(table('ご依頼事項', [['英語版マニュアル', 'ご用意がございません'], ['見積書の再発行', '対応いたします']])), 'ご用意がございません'],
];

const PROVISION_NO: RefusalCase[] = [
  ['Re: 英語版マニュアルのご依頼', mail('英語版のマニュアルはご用意がございません。'), 'ご用意がございません'],
  ['Re: 小分け販売のご依頼', mail('5kg未満の小分け品はお取り扱いがございません。'), 'お取り扱いがございません'],
];

const CLEAN: RefusalCase[] = [
  ['Re: 製品仕様に関するご質問', mail(`ご質問の件、下記のとおりです。\n\n${table('項目', [['Bluetooth接続', '対応しておりません'], ['防水', 'IP67']])}`)],
  ['新製品のご案内', mail(`新製品の仕様は下記のとおりです。\n\n${table('項目', [['Bluetooth', '対応しておりません'], ['重量', '120g']])}`)],
  ['打ち合わせのご案内', mail('来週の打ち合わせの詳細をお送りします。\nなお、駐車場のご用意はございませんので、公共交通機関をご利用ください。')],
  ['Re: 英語版マニュアルのご依頼', mail('大変申し訳ございませんが、英語版のマニュアルはご用意がございません。代わりに図解の手順書をお送りいたします。')],
  // r18 pja2-062's shape: their question answered, the no as an aside (なお) — informs.
  ['Re: 防炎加工についてのお問い合わせ', mail('防炎性能についてお問い合わせいただき、ありがとうございます。\n弊社の生地は防炎加工済みのタイプのみの展開となっております。\nなお、未加工の生地はご用意がございませんので、あらかじめご了承くださいませ。')],
];

describe('T a table cell that says no to their wish', () => refusalCases(engine, C, TABLE_NO, true));
describe('P what we do not provide, to their ask', () => refusalCases(engine, C, PROVISION_NO, true));
describe('near misses', () => refusalCases(engine, C, CLEAN, false));

type NewsCase = [subject: string, body: string, news: boolean];
const DAMAGE: NewsCase[] = [
  ['コンテナ到着のご連絡', mail('コンテナは昨日横浜に到着しました。\nただし、60kg×20袋のうち3袋に水濡れがあります。\n通関後、倉庫へお届けします。'), true],
  ['納品について', mail('先週納品したダイニングテーブルの天板の一部にキズがございます。'), true],
  ['出荷について', mail('納品した部品のうち12個にサビがございます。'), true],
  ['出荷について', mail('前回出荷分のテーブルの一部に、水染みがあります。'), true],
  ['梱包について', mail('傷をつけないよう、丁寧に梱包いたしました。'), false],
  ['納品について', mail('水濡れや汚れがございましたら、お知らせください。'), false],
  ['保証について', mail('輸送中の割れは保証の対象外です。'), false],
  ['新素材のご案内', mail('新しい天板は汚れが付きにくい素材です。'), false],
  ['コンテナ到着のご連絡', mail('大変申し訳ございません。船内の結露により、20袋のうち3袋に水濡れがございます。近日中にお伺いしてご説明いたします。'), false],
];

describe('D damage found on our goods', () => {
  it.each(DAMAGE)('%s %#', (subject, body, news) => {
    const findings = engine.analyze({ subject, body, context: C });
    const detail = `${body}\n${findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')}`;
    expect(findings.some((f) => f.category === 'bad-news'), detail).toBe(news);
  });
});
