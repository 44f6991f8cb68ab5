// Round 24 (refuse): Japanese "no"s to the client's ask in shapes the round's development set showed missed, in our own
// wordings: a verdict line (・日曜配送 → 不可, ・キャンセル：不可) under a lead that answers their question or request (ご質問の
// 件、以下のとおり回答いたします / お問い合わせの件につき、弊社の取り扱いは以下のとおりです) — a lead naming 条件 or 取り扱い is
// no spec sheet's heading (src/rules/ja/lib/verdict-line.ts answerLead); and a fact that closes the ask given as the reason
// of "there is none" (確定価格ですので、変更はありません: src/rules/ja/lib/flat-refusal.ts CLOSED_BY_FACT, needsAsk).
// Near misses: a cost on the client as the price of one option on a menu they pick from (dr-020's shape), "no change"
// told of our own accord, grants only, a spec sheet, a first quote's terms, a fixed price accepted.
import { describe } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';
import { refusalCases, type RefusalCase } from '../refusal-cases';
import { jaAoba as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-05' };
const engine = nodeEngine();

type Case = RefusalCase;

const REFUSALS: Case[] = [
  ['Re: 配送条件について', mail('ご質問の配送条件について、以下のとおり回答いたします。\n\n・日曜配送 → 不可\n・時間指定 → 可能'), '日曜配送 → 不可'],
  ['Re: ご注文の変更', mail('お問い合わせの件につき、弊社の取り扱いは以下のとおりです。\n\n・キャンセル：不可\n・数量変更：前日まで可'), 'キャンセル：不可'],
  ['Re: お支払条件', mail('ご依頼の支払条件について回答いたします。\n\n・支払サイトの延長：対応不可\n・分割払い：可能'), '支払サイトの延長：対応不可'],
  ['Re: 取扱説明書', mail('ご質問について回答いたします。\n\n1. 英語版マニュアル：対応不可\n2. 操作説明会：可能（半日）'), '英語版マニュアル：対応不可'],
  ['Re: 返品について', mail('お問い合わせいただいた件、弊社の取り扱いは以下のとおりです。\n\n・返金：不可\n・交換：初期不良のみ'), '返金：不可'],
  ['Re: 値下げのお願い', mail('値下げのご依頼について、お答えします。\n本契約の料金は確定済みですので、値下げはありません。'), '値下げはありません'],
  ['Re: お見積りの件', mail('ご相談の件ですが、今回の価格は最終価格のため、調整はございません。'), '調整はございません'],
  ['Re: 仕様変更のご相談', mail('仕様変更のご要望ですが、図面は確定しておりますので、変更はいたしません。'), '変更はいたしません'],
  ['Re: 納期のご相談', mail('前倒しのご依頼の件、納期は決定済みのため、前倒しはございません。'), '前倒しはございません'],
  ['Re: 単価のご相談', mail('ご相談いただいた単価の件、単価は固定となっておりますので、値引きはございません。'), '値引きはございません'],
  ['Re: 送料について', mail('ご質問の件、送料は全国一律ですので、割引はありません。'), '割引はありません'],
  ['Re: サンプル無償提供のご依頼', mail('サンプルは有償です。価格表を添付いたします。'), 'サンプルは有償です'],
  ['Re: 値引きのご相談', mail('値引きのご依頼ですが、今回の見積りは最終価格です。'), '今回の見積りは最終価格です'],
  ['Re: 共同開発のご提案', mail('ご提案いただいた件、社内で検討しましたが、結論としてはNoです。'), 'Noです'],
  ['Re: 追加のお願い', mail('ご要望の項目について、以下に回答いたします。\n\n・土曜日の立会い ⇒ 対応不可\n・報告書の和訳 ⇒ 可能'), '土曜日の立会い ⇒ 対応不可'],
];

const NEAR: Case[] = [
  ['特急便のお見積り', mail('ご依頼いただいた配送方法のお見積りです。\n\n・通常便：¥4,800（5〜7日）\n・特急便：¥25,000（2日）　※特急料金はお客様ご負担となります\n\nどちらがよろしいかお知らせください。')],
  ['Re: 設置のご相談', mail('ご相談の設置方法について、二案ご用意しました。\n\n・A案：¥120,000（設置込み）\n・B案：¥98,000　※設置費用はお客様ご負担となります\n\nご検討のほどよろしくお願いいたします。')],
  ['お見積書送付のご案内', mail('お見積書をお送りいたします。価格は確定しておりますので、今後変更はありません。ご安心ください。')],
  ['Re: 納期確認', mail('納期に変更はありません。予定通り来週月曜日に出荷いたします。')],
  ['製品仕様のご案内', mail('■ 仕様\n・防水：不可\n・耐熱：200℃まで\n・重量：1.2kg')],
  ['Re: 配送条件について', mail('ご質問の配送条件について、以下のとおり回答いたします。\n\n・日曜配送 → 可能\n・時間指定 → 可能')],
  ['Re: 値下げのお願い', mail('ご依頼の件、確定価格にて承りました。発注書をお待ちしております。')],
  ['見積書送付のご案内', mail('お見積書をお送りいたします。価格は確定価格です。')],
  ['Re: サンプルについて', mail('サンプルは無償でお送りいたします。明日発送いたします。')],
  ['Re: ご注文の件', mail('ご注文品の型番は No.123 です。明日出荷いたします。')],
  ['Re: 単価のご相談', mail('ご相談の件、単価は確定しておりますが、数量が500個を超える場合は値引きが可能です。')],
];

const run = (cases: Case[], refusal: boolean) => refusalCases(engine, C, cases, refusal);

describe('round 24: a verdict line under an answer lead, a no concluded from a closed fact', () => {
  describe('refusals', () => run(REFUSALS, true));
  describe('near misses', () => run(NEAR, false));
});
