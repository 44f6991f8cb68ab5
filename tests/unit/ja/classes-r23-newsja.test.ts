// Round 23 (newsja), Japanese bad news sent bare, in wordings of our own (never a corpus's): a part of a whole handed
// over (N本中M本, NのうちM, 全N中M, a status line 52万件中31万件 完了); a test, an inspection or an evaluation failed (a
// pass word denied by a prefix — 不合格, 基準未達 — or by its predicate — 目標値を満たしませんでした, 要求値に届きません
// でした —, NG as a test's result, a figure short of the bracketed target beside it); a team or a service reduced (減員,
// 縮小, 3名体制から2名体制), also when a reassurance follows the cut (品質への影響はございません, ご安心ください: no reason);
// a delay told only by the new day (新しい納期は…); stock counted as none on a label line. Near misses: the same news with
// an apology, a reason and an offer; good news (全数合格, 増員, 前倒し, 42本中42本); a planned instalment; people counted;
// a figure within its target; a policy or a condition; the client's own thing; a specification.
import { classTables } from './refusal-honorific-table';

const CLIENT = { recipient: 'client' as const, firstContact: false, now: '2026-11-20' };

classTables([
  {
    name: 'r23 Japanese bad news sent bare: a part, a failed test, a reduced team, a new day (no apology, reason or offer)',
    category: 'bad-news',
    context: CLIENT,
    flagged: [
      // A part of a whole handed over.
      ['第3回納品物をお送りします。\n今回は仕様書30本中18本の納品となります。残り12本は来月納品予定です。', '30本中18本'],
      ['翻訳は全120ページ中80ページまでの納品となります。', '120ページ中80ページ'],
      ['全10拠点中、導入が完了したのは6拠点のみです。', '6拠点'],
      ['今回の納品は、全5ファイル中3ファイルとなります。', '5ファイル中3ファイル'],
      ['移行状況をご報告します。\n\n顧客データ：40万件中 22万件 完了\n商品マスタ：900件中 900件 完了', '40万件中 22万件 完了'],
      // A test, an inspection or an evaluation failed.
      ['性能試験の結果、目標値（処理時間5秒以内）を満たしませんでした。', '満たしませんでした'],
      ['精度検証の結果、要求値に届きませんでした。', '届きませんでした'],
      ['出荷前検査で、50台中4台がNGとなりました。', 'NG'],
      ['サンプル12点のうち5点が基準未達でした。', '未達'],
      ['耐候性試験の判定はNGでした。', 'NG'],
      ['騒音測定の結果、65dBでした（基準60dB以下）。', '65dB'],
      ['UV測定の結果、SPF38でした（目標45+）。', 'SPF38'],
      ['出荷前検査の結果は以下のとおりです。\n・外観：合格\n・寸法：不合格', '不合格'],
      ['弊社の評価では、試作品は耐久目標を達成できませんでした。', '達成できませんでした'],
      ['今回の試験では、基準をクリアできませんでした。', 'クリアできませんでした'],
      // A team or a service reduced, a reassurance after it.
      ['4月より、常駐エンジニアを3名から2名に減員いたします。\n減員分はリモートで対応いたしますので、作業への影響はございません。', '3名から2名'],
      ['来月から保守要員を削減いたします。ご安心ください、対応品質は変わりません。', '削減'],
      ['4月より、貴社担当の保守チームを縮小いたします。', '縮小'],
      ['作業員を4名体制から3名体制に変更いたします。', '4名体制から3名体制'],
      ['貴社担当の営業は、来月から2名体制から1名体制となります。', '2名体制から1名体制'],
      // Only part of an act of ours, this time or from a date.
      ['今回は主要機能のみのリリースとなります。', 'のみ'],
      ['来月から保守対応は平日のみとなります。', '平日のみ'],
      ['塗装品質の評価では、光沢度が目標に及びませんでした。', '及びませんでした'],
      // A delay told by the new day only; stock none on a label line.
      ['新しい納期は8月5日となります。', '新しい納期'],
      ['変更後の出荷日は、9月上旬です。', '変更後の出荷日'],
      ['在庫状況です。\n20mlボトルの在庫：0です\n50mlボトルの在庫：800個', '在庫：0'],
    ],
    clean: [
      // The same news with an apology, a reason and an offer.
      '誠に申し訳ございません。検査の結果、ロットC-7は不合格となりました。原因を調査のうえ、改めてご説明に伺います。',
      '大変申し訳ございませんが、部材の入荷遅れにより、今回は仕様書30本中18本の納品となります。詳しくはお電話でご説明いたします。',
      // Good news.
      '検査の結果、全数合格でした。',
      '強度試験はすべて基準をクリアしました。',
      '性能試験の結果、目標値（処理時間5秒以内）をすべて満たしました。',
      '騒音測定の結果、55dBでした（基準60dB以下）。',
      '来月より、サポート体制を3名から5名に増員いたします。',
      '仕様書30本中30本を納品いたしました。',
      '来月から、サポート体制を強化いたします。',
      // A planned instalment, people counted, a progress report on track.
      'ご契約時の工程表のとおり、制御盤12台のうち第1回分の5台を本日出荷いたしました。',
      '現在80名中71名が提出済みです。',
      '現在、40万件中 22万件の移行が完了しており、予定どおり進んでおります。',
      // A policy, a condition, a kind of goods named, a specification, someone's report of a pass.
      '基準を満たしていない製品は出荷いたしません。',
      '目標を達成できなかった場合は、無償で再調整いたします。',
      '不合格品の取り扱いについてご説明いたします。',
      '合否判定基準：引張強度400MPa以上',
      '担当者から、試験に合格したと報告を受けております。',
      // A standing specification, the client's own order.
      '本製品は100V電源のみの対応となっております。',
      '今回はご指定いただいた色のみの生産となります。',
      // An order confirmed with its day, and a change the client asked for.
      'ご注文ありがとうございます。納期は7月20日となります。',
      'ご要望のとおり、常駐エンジニアを2名から1名に変更いたします。',
    ],
  },
]);
