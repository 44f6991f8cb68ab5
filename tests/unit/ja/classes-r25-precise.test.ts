// Round 25 (precise): which act a Japanese sentence performs toward the client decides its category, and a second act in
// the same sentence is reported beside the first instead of giving way to it (/work/ENG-PRECISE.txt).
// - A verdict line whose item is a concession to the client (無償交換, 延長, 短縮, 値引き, a cost borne by our side: 当社負担)
//   is a no to an ask even in a notice that names none — the no the English half of a bilingual mail says ("Air freight
//   at our cost: no.") — so it is blunt-refusal and never a piece of bad news (lib/verdict-line.ts concessionItem).
// - A scarce thing pressed in the sentence of a chase (今月の導入枠はあと2社のみですので、早めにご連絡ください) is pressure on the
//   decision beside the chase (cold-outreach): the pressure finding is an act of its own (Report.ownAct), not a finding
//   that gives way to the chase by overlap. A chase with a bare hurry stays the chase's alone.
// Our own wordings, in different shapes; then the near misses that must stay clean of the category.
import { classTables } from './refusal-honorific-table';

const CLIENT = { recipient: 'client' as const, firstContact: false, now: '2026-11-20' };
const PROSPECT = { recipient: 'prospect' as const, firstContact: false, now: '2026-11-20' };
const notice = (lines: string) => `小川様\n\nお世話になっております。\n\n${lines}`;
const chase = (lead: string, push: string) => `坂本様\n\n${lead}\n${push}`;

classTables([
  {
    name: 'r25 a verdict line on a concession to the client, in a notice with no ask named: a refusal',
    category: 'blunt-refusal',
    context: CLIENT,
    flagged: [
      [notice('航空便への切替（当社負担）：不可。'), '航空便への切替'],
      [notice('・不良品の無償交換：不可'), '無償交換'],
      [notice('納期の短縮 → NG'), '納期の短縮'],
      [notice('保証期間の延長：不可。'), '保証期間の延長'],
      [notice('送料の当社負担：対応不可'), '送料の当社負担'],
      [notice('追加分の値引き：不可'), '追加分の値引き'],
      [notice('請求書の再発行：不可です。'), '請求書の再発行'],
      [notice('支払期日の延長 ー 不可'), '支払期日の延長'],
      [notice('特別価格の適用：見送り'), '特別価格の適用'],
      [notice('出荷の前倒し：無理です。'), '出荷の前倒し'],
      [notice('弊社負担での再検査：不可。'), '弊社負担での再検査'],
      [notice('違約金の免除：不可'), '違約金の免除'],
      [notice('出荷は来週になります。\n納品時の立会い（弊社の費用）：不可。'), '納品時の立会い'],
    ],
    clean: [
      // Granted; cushioned; with what we will do instead; a concession under a terms heading; a product's property;
      // the grant said in a sentence.
      notice('無償交換：可'),
      notice('航空便への切替（当社負担）：可能です。'),
      notice('恐れ入りますが、納期の短縮：不可となります。'),
      notice('大変申し訳ございませんが、送料の当社負担：不可となります。'),
      notice('保証期間の延長：不可（ただし有償での延長は可能です）'),
      notice('■ 保証条件\n無償交換：不可'),
      notice('■ お取り扱い条件\n・返品：不可\n・代引き：可'),
      notice('【仕様】\n重量：12kg\n屋外設置：不可'),
    ],
  },
  {
    name: 'r25 the same verdict line is no piece of bad news',
    category: 'bad-news',
    context: CLIENT,
    flagged: [
      [notice('来月より、単価は1,200円から1,450円となります。\n\n航空便への切替（当社負担）：不可。'), '1,450円'],
      [notice('ご注文品の出荷は、6月10日から7月24日に変更となります。\n航空便への切替（当社負担）：不可。'), '7月24日'],
    ],
    clean: [
      [notice('航空便への切替（当社負担）：不可。'), '航空便への切替'],
      [notice('・不良品の無償交換：不可'), '無償交換'],
      [notice('保証期間の延長：不可。'), '保証期間の延長'],
      [notice('送料の当社負担：対応不可'), '送料の当社負担'],
      [notice('追加分の値引き：不可'), '追加分の値引き'],
      [notice('支払期日の延長 ー 不可'), '支払期日の延長'],
      [notice('弊社負担での再検査：不可。'), '弊社負担での再検査'],
      [notice('違約金の免除：不可'), '違約金の免除'],
    ],
  },
  {
    name: 'r25 a scarce thing pressed in the sentence of a chase: pressure beside the chase',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      [chase('お世話になっております。先週お送りしたご提案書、ご覧いただけましたでしょうか。', '今月の導入枠はあと2社のみですので、早めにご連絡ください。'), 'あと2社'],
      [chase('お世話になっております。先日のメール、ご確認いただけましたか。', '今期の無料トライアルは残り3社分となっておりますので、お早めにご返信ください。'), '残り3社'],
      [chase('何度かご連絡しておりますが、その後いかがでしょうか。', 'デモ機はあと1台のみですので、至急ご連絡をお願いいたします。'), 'あと1台'],
      [chase('先週もお送りしましたが、ご覧いただけましたでしょうか。', '説明会の席は残り5席ですので、早急にお申し込みください。'), '残り5席'],
      [chase('以前お送りしたメールはご確認いただけましたか。', '4月導入の枠は残り2社となっておりますので、お早めにご判断ください。'), '残り2社'],
      [chase('お電話も差し上げましたが、ご不在でしたのでメールいたしました。', '特別価格での提供は先着10社限定ですので、早めにお返事をください。'), '先着10社'],
      [chase('先月からご連絡しておりますが、その後ご検討いただけましたでしょうか。', '今年度の支援枠があと1枠だけですので、急ぎご連絡ください。'), 'あと1枠'],
      [chase('再度のご連絡失礼いたします。先日のご提案の件、ご覧いただけましたか。', '在庫が残りわずかですので、お早めにご注文ください。'), '残りわずか'],
      [chase('メールをお送りしておりますが、お返事をいただけておりません。', '工場見学の枠は残り2組のみとなりましたので、早めにご連絡いただけますか。'), '残り2組'],
      [chase('先週お送りした資料はご覧いただけましたでしょうか。', '導入支援は3社限定ですので、至急ご返答ください。'), '3社限定'],
      [chase('何度もすみません。先日のメールはご確認いただけましたか。', '年内納品の枠は残り1社分ですので、早めにご決断ください。'), '残り1社'],
      [chase('お世話になっております。前回のメール、ご覧いただけましたでしょうか。', '今回の価格でご提供できるのはあと3台のみですので、お早めにご連絡ください。'), 'あと3台'],
    ],
    clean: [
      // A chase with a bare hurry, a threat to call, a count that is no scarcity, our own schedule, the timing left to
      // them, a polite wish.
      chase('お世話になっております。先週お送りしたご提案書、ご覧いただけましたでしょうか。', 'お忙しいところ恐縮ですが、早めにご連絡ください。'),
      chase('お世話になっております。先日のメール、ご確認いただけましたか。', 'ご返答がない場合は、改めてお電話いたします。'),
      chase('何度かご連絡しておりますが、その後いかがでしょうか。', '至急ご連絡をお願いいたします。'),
      chase('先週もお送りしましたが、ご覧いただけましたでしょうか。', '資料は全部で3点ございますので、お早めにご確認ください。'),
      chase('以前お送りしたメールはご確認いただけましたか。', '担当が2名おりますので、早めにご連絡ください。'),
      chase('お電話も差し上げましたが、ご不在でしたのでメールいたしました。', '来週は出張が多いため、早めにお返事をいただけますと幸いです。'),
      chase('再度のご連絡失礼いたします。先日のご提案の件、ご覧いただけましたか。', 'お手すきの際にご確認いただけますと幸いです。'),
      chase('先日のご提案、ご検討いただけましたでしょうか。', '弊社の担当者は2名おりますので、ご都合のよい時にご連絡ください。'),
      chase('先週お送りしたご提案書、ご覧いただけましたでしょうか。', '今月の導入枠はあと2社のみとなっておりますが、ご検討はどうぞ貴社のご都合に合わせてお進めください。'),
    ],
  },
]);
