// Round 22 (r22-jaref): Japanese refusals that answer an ask the thread implies but the mail does not name. Wordings of
// our own, written before the code, each class read from its structure:
// V1 a verdict of no on an item (返品：不可, 分納 → 不可, 見学：受入不可, 返品：無理です) in a mail that reads as a REPLY:
//    a reply subject (Re: / RE: / 返信), quoted history, their matter named (〜の件, お問い合わせ, ご注文), or an answer
//    sheet (several items each given a verdict). One act per line: the verdict is a refusal, not our bad news.
//    Near misses: verdicts that grant, a cushioned lead, a spec or care table, a quote's terms to a prospect with
//    nothing asked, the same line in their quoted history, internal mail.
// V2 a policy that refuses: our standing practice negated (例外は設けておりません, 個別の変更は行っておりません,
//    特例は認めておりません) in a paragraph that answers their wish. Near misses: the same words with nothing asked, or
//    after a cushion; a past fact (値上げは一度も行っておりません).
// V3 a product's specification or plan answering a QUESTION, followed by regret and an alternative (お力になれず恐縮
//    ですが、…をお送りすることも可能です): informed, cushioned — clean.
import { describe, expect, it } from 'vitest';
import { mail, found, overlapping, type Draft } from './reply-mail';

const V1_FLAGGED: [Draft, string][] = [
  [mail('お問い合わせの件、下記のとおりです。\n・返品：不可\n・交換：対応可', 'Re: 返品のご相談'), '返品：不可'],
  [mail('不具合の件、社内で確認しました。\n無償対応：不可'), '無償対応：不可'],
  [mail('1. 加工図面のご提出 → 不可\n2. 検査成績書の添付 → 対応可\n3. 2回に分けての分納 → 不可\n4. 梱包の変更 → 対応可、追加費用なし', 'Re: 追加のお願い'), '2回に分けての分納 → 不可'],
  [mail('・航空便：対応不可\n・船便：6月10日出港の便で手配します', 'RE: 出荷方法について'), '航空便：対応不可'],
  [mail('・工場ご見学（6月）：受入不可\n・オンラインでのご説明：可能', 'Re: 6月のご訪問'), '工場ご見学（6月）：受入不可'],
  [mail('ご注文No.4471の状況をご報告します。\n\n■印刷：完了\n■箔押し：進行中\n■分納：不可'), '■分納：不可'],
  [mail('お問い合わせの件、下記のとおりです。\n・未開封分（1,200個）の返品：無理です。\n・追加の緩衝材：次回出荷より同梱いたします。'), '返品：無理です'],
  [mail('・ラベルのスレ（24本）→ 返品：不可\n・破損（3本）→ 交換いたします', '返信：破損品について'), '返品：不可'],
  [mail('・社長の対面出席 → 不可。\n・オンライン参加 → 可能です。', 'Re: 定例会議'), '社長の対面出席 → 不可'],
  [mail('> 納期を1週間早めていただけますでしょうか。\n\n納期の前倒し：不可です'), '納期の前倒し：不可です'],
  [mail('ご相談いただいた条件について\n・支払サイト120日 ⇒ 不可\n・送料の当社負担 ⇒ 可'), '支払サイト120日 ⇒ 不可'],
  [mail('・見積有効期限の延長：NGです\n・数量の変更：OKです', 'Re: お見積りの件'), '見積有効期限の延長：NGです'],
  [mail('・保証の延長 → 不可となります\n・部品の先行手配 → 承ります', 'Re: ご相談'), '保証の延長 → 不可となります'],
  [mail('・ラベルの変更：OKです\n・サンプルの追加はちょっと無理です。', 'Re: 追加のお願い'), 'サンプルの追加はちょっと無理です'],
  [mail('・納品日の変更は承ります。\n・送料の免除はできません。', 'RE: 納品について'), '送料の免除はできません'],
  [mail('先日ご依頼いただいた件、回答をまとめました。\n1. 新色の追加 → 対応可\n2. 容量の変更 → 今回は見送りです'), '容量の変更 → 今回は見送りです'],
];

const V1_CLEAN: Draft[] = [
  mail('ご要望の件、以下のとおり回答いたします。\n・分納：可\n・梱包の変更 → 対応可、追加費用なし', 'Re: ご要望'),
  mail('ご要望の件、以下のとおり回答いたします。大変申し訳ございませんが、一部はご期待に沿えません。\n・返品：不可\n・交換：対応可', 'Re: ご要望'),
  mail('■ 本製品の仕様\n・防水：×\n・防塵：○\n・連続使用：8時間'),
  mail('■ お手入れ方法\n・水洗い：不可\n・陰干し：可'),
  { subject: 'お見積りのご案内', to: 'prospect', first: true, body: '株式会社ほくと\n購買部 三浦様\n\n初めてご連絡いたします。佐伯と申します。\nお見積りをお送りします。\n\n■お見積り条件\n・支払条件：月末締め翌月末払い\n・有効期限：発行日より30日\n・返品：不可\n\nよろしくお願いいたします。' },
  mail('ご返信ありがとうございます。\n\n> ・返品：不可\n> ・交換：対応可\n\n承知いたしました。交換でお願いいたします。', 'Re: 返品のご相談'),
  { subject: 'Re: 返品の件', to: 'internal', body: '田中さん\n\n岡本様の件、回答まとめました。\n・返品：不可\n・交換：対応可\n\nよろしく。' },
  mail('■印刷：完了\n■箔押し：進行中\n■出荷：6月10日予定', 'ご注文No.4471 進捗'),
  mail('恐れ入りますが、返品はお受けいたしかねます。代わりに、良品との交換をご提案いたします。', 'Re: 返品のご相談'),
  mail('年末年始の出荷についてご案内いたします。\n・12月29日から1月4日までは出荷できません。', '年末年始の出荷について'),
  mail('・サンプルは来月なら出せるかもしれません。\n・ラベルの変更は承ります。', 'Re: 追加のお願い'),
];

const V2_FLAGGED: [Draft, string][] = [
  [mail('お支払サイトを120日に延長したいとのご依頼について回答いたします。\n弊社の支払条件は全てのお取引先様で月末締め翌月末払いに統一しており、例外は設けておりません。\n請求書は従来どおり月末にお送りします。'), '例外は設けておりません'],
  [mail('お支払いサイトを90日に延長されたいとのご要望について、本社経理に確認いたしました。\n弊社のお支払い条件は、全てのお客様共通で「月末締め翌月末払い」となっており、個別の変更は行っておりません。'), '個別の変更は行っておりません'],
  [mail('最低発注数量を下げてほしいとのご要望ですが、特例は認めておりません。'), '特例は認めておりません'],
  [mail('値引きのご相談の件、社内で検討しました。\n定価からの値引きは一切しておりません。'), '値引きは一切しておりません'],
  [mail('キャンセル料を免除してほしいとのご依頼ですが、弊社ではどのお客様にも例外を設けていません。'), '例外を設けていません'],
  [mail('ご相談いただいたお値引きの件ですが、今年度の価格は全国一律で決まっています。個別の変更はしません。'), '個別の変更はしません'],
  [mail('納期延長のご要望について社内で確認しました。\n規定により、特例扱いは一切認めておりません。'), '認めておりません'],
];

const V2_CLEAN: Draft[] = [
  mail('弊社の支払条件は全てのお取引先様で月末締め翌月末払いに統一しております。\n請求書は月末にお送りします。'),
  mail('昨年から値上げは一度も行っておりません。'),
  mail('お支払サイト延長のご依頼につきまして、誠に恐れ入りますが、弊社では例外は設けておりません。何卒ご理解のほどお願い申し上げます。'),
  mail('ご依頼の件、承知いたしました。なお、個別の変更による追加費用は発生いたしません。'),
];

const V3_CLEAN: Draft[] = [
  mail('先日お問い合わせいただきました小児用サイズの件、ご回答が遅くなり申し訳ございません。\n本製品は日本では成人用のみの承認となっており、小児の適応はございません。3Frの小児用サイズは現時点で申請の予定もございません。\nお力になれず恐縮ですが、他社製品の情報をまとめてお送りすることも可能です。'),
  mail('お問い合わせいただいた通信方式の件です。\n本機はPROFINETとEtherNet/IPに対応しており、EtherCATには対応しておりません。\nご期待に沿えず申し訳ございませんが、変換ゲートウェイのご紹介は可能です。'),
  mail('ご質問の件ですが、本製品はEtherCATには対応しておりません。'),
  mail('ご質問いただいた測定項目について、回答いたします。\npHの測定には対応しておりません。\n\npHのデータが必要な場合は、他社製センサーのデータを取り込んで表示することが可能です。', 'Re: 測定項目について'),
  mail('お問い合わせいただいた2点について、回答いたします。\n\n1. オフライン入力\n　現行版では、オフラインでの入力には対応しておりません。秋リリース予定の次期版で対応する予定です。'),
  mail('容器のご質問についてお答えいたします。\n今回の処方はチューブ容器専用となっております。ポンプ容器には対応しておりません。\n\nポンプタイプをご希望の場合は、別処方のサンプルをお送りすることも可能です。'),
];

describe('V1: a verdict of no in a mail that reads as a reply is a refusal', () => {
  it.each(V1_FLAGGED)('flags %j', (d, part) => {
    expect(overlapping(found(d, 'blunt-refusal'), d, part).length).toBeGreaterThan(0);
    expect(overlapping(found(d, 'bad-news'), d, part)).toEqual([]);
  });
  it.each(V1_CLEAN)('leaves %j', (d) => {
    expect(found(d, 'blunt-refusal')).toEqual([]);
  });
});

describe('V2: a policy of no exceptions, answering their wish, is a refusal', () => {
  it.each(V2_FLAGGED)('flags %j', (d, part) => {
    expect(overlapping(found(d, 'blunt-refusal'), d, part).length).toBeGreaterThan(0);
  });
  it.each(V2_CLEAN)('leaves %j', (d) => {
    expect(found(d, 'blunt-refusal')).toEqual([]);
  });
});

describe('V3: a specification answering a question, with regret and an alternative, is clean', () => {
  it.each(V3_CLEAN)('leaves %j', (d) => {
    expect(found(d, 'blunt-refusal')).toEqual([]);
  });
});
