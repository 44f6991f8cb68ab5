// Round 12 (ja), classes J2, J3, J5, J6 in wordings of our own (never a corpus's):
// J2 a meeting pushed on a stranger in plain or learner Japanese (a volitional, a direct availability question,
//    a request with a near time), with near misses: a reply to their enquiry, a named introduction, internal mail.
// J3 a schedule moved later stated as a neutral change (…から…に変更になります, ずれ込みます, スライドします,
//    遅くなります), with near misses: an apology, a reason and a call, the client's own change, a date moved earlier,
//    a meeting room changed.
// J5 a closure's consequence (休業期間中のご注文は…以降の出荷となります) is no bad news; a delivery late for
//    another reason stays flagged.
// J6 今すぐ / 本日中 negated or waived is the opposite of pressure; a real deadline on a prospect stays flagged.
import { describe, expect, it } from 'vitest';
import { classTables, inCategory } from './refusal-honorific-table';

const COLD = { recipient: 'prospect', firstContact: true, now: '2026-06-01' } as const;
const INTERNAL = { recipient: 'internal', firstContact: false, now: '2026-06-01' } as const;
const PROSPECT = { recipient: 'prospect', firstContact: false, now: '2026-06-01' } as const;

const OPEN = 'はじめまして。ネクサス物流の田島と申します。\n';
const PITCH = '弊社は倉庫の在庫をクラウドで管理するサービスを提供しています。\n';

classTables([
  {
    name: 'J2: a meeting pushed on a stranger in plain or learner Japanese',
    category: 'cold-outreach',
    context: COLD,
    flagged: [
      [`${OPEN}${PITCH}来週、いつが空いていますか？`, 'いつが空いていますか'],
      [`${OPEN}${PITCH}今月の後半で、何曜日がいいですか。`, '何曜日がいいですか'],
      [`${OPEN}${PITCH}どの日なら都合がいいですか。`, 'どの日なら都合がいいですか'],
      [`${OPEN}${PITCH}一度、オンラインで説明したいです。`, 'オンラインで説明したいです'],
      [`${OPEN}${PITCH}明日、電話で話せますか。`, '電話で話せますか'],
      [`${OPEN}${PITCH}来週、御社で打ち合わせしましょう。`, '打ち合わせしましょう'],
      [`${OPEN}${PITCH}明日の午後に電話をください。`, '電話をください'],
      [`${OPEN}${PITCH}Zoomで紹介したいので、来週の空いている日を教えてください。`, 'Zoomで紹介したい'],
      [`${OPEN}${PITCH}デモの日程ですが、何日が大丈夫ですか。`, '何日が大丈夫ですか'],
    ],
    clean: [
      // A reply to the prospect's own enquiry.
      'お問い合わせいただき、ありがとうございます。ネクサス物流の田島でございます。\nよろしければ、来週オンラインでご説明する機会をいただけますと幸いです。',
      // An introduction by a named mutual contact, with a polite request for time.
      `${OPEN}株式会社ミドリ運輸の大野社長から、貴社で在庫管理の見直しをご検討中とお聞きし、ご連絡いたしました。\nご迷惑でなければ、一度ご挨拶の機会をいただけないでしょうか。`,
      `${OPEN}北都大学の森教授より、貴社のご担当者様をご紹介いただきました。\nご都合のよい折に、お時間を頂戴できますと幸いです。`,
      // Sending material only, no meeting asked.
      `${OPEN}${PITCH}ご関心がございましたら、資料をお送りいたしますので、お知らせいただけますと幸いです。`,
    ],
  },
  {
    name: 'J3: a schedule moved later, stated as a neutral change',
    category: 'bad-news',
    flagged: [
      ['新社屋の竣工は、10月15日から12月10日に変更になります。\nよろしくお願いいたします。', '10月15日から12月10日に変更になります'],
      ['基幹システムの本番稼働は、予定の4月から翌年1月にスライドします。', '4月から翌年1月にスライドします'],
      ['新商品の発売日は、2月3日から2月24日になります。', '2月3日から2月24日になります'],
      ['サイトの公開は、7月から第4四半期へと移ります。', '7月から第4四半期へと移ります'],
      ['金型の納期が遅くなります。新しい納期は9月2日です。', '納期が遅くなります'],
      ['ご要望いただいていた新機能のリリースは、来月末にずれ込みます。\n確定しましたらご連絡いたします。', 'リリースは、来月末にずれ込みます'],
      ['倉庫の改修工事の完了は、当初予定の6月末から8月末以降となる見込みです。', '完了は、当初予定の6月末から8月末以降となる'],
      ['お預かりしている測定器の修理は、ご返却が10月以降となります。', 'ご返却が10月以降となります'],
      ['ご注文の補修部品は、入荷時期が未定となっております。', '入荷時期が未定となっております'],
      ['新しい受発注システムの Go-live は、11月4日から1月12日に変更になります。', 'Go-live は、11月4日から1月12日に変更になります'],
    ],
    clean: [
      '大変申し訳ございませんが、新商品の発売日は、2月3日から2月24日に変更となります。',
      '部品メーカーの設備トラブルにより、出荷日は7月3日から7月17日に変更となります。明日お電話でご説明させていただけますでしょうか。',
      'ご依頼いただきましたとおり、設置工事を6月3日から6月17日に変更いたしました。',
      '陳列棚のお届け日が、4月24日から4月17日に早まります。',
      'お打ち合わせの会場が、3階の会議室Aから5階の第2会議室に変わります。',
    ],
  },
  {
    name: 'J5: a closure notice whose orders ship after it is no bad news',
    category: 'bad-news',
    flagged: [
      // Late for another reason, closure or not.
      ['弊社は12月29日から1月3日まで年末年始休業とさせていただきます。\nなお、11月にご注文いただいた制御盤は、1月下旬以降の出荷となります。', '1月下旬以降の出荷となります'],
      ['年末セール期間中のご注文は、通常より10日遅れての出荷となります。', '10日遅れての出荷となります'],
    ],
    clean: [
      '弊社は12月29日から1月3日まで年末年始休業とさせていただきます。\n期間中のご注文は、1月4日以降の出荷となります。',
      '誠に勝手ながら、5月1日から5月5日まで工場を休業いたします。\n休業期間中のご注文分は、5月6日以降の出荷となりますので、あらかじめご了承ください。',
      '棚卸しのため、3月30日・31日は出荷業務を休止いたします。\n休止期間中にいただいたご注文は、4月1日以降の出荷となります。',
      'システム更新のため、2月14日はWeb受注を停止いたします。\n当日いただいたご注文は、2月16日以降のお届けとなります。',
    ],
  },
  {
    name: 'J6: 今すぐ or 本日中 waived is no pressure',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      ['今すぐご決断ください。', '今すぐ'],
      ['本日中にご返答ください。', '本日中'],
      ['正式なご発注は今すぐでなくても構いませんが、仮押さえの継続だけは本日中にご返答ください。', '本日中'],
      ['今すぐお申し込みいただかないと、この条件はご用意できません。', '今すぐ'],
    ],
    clean: [
      '本日中のご返答でなくても問題ございませんので、社内でご確認のうえご連絡ください。',
      '今すぐにご導入をお決めいただかなくても、まずは現場の皆様にお試しいただければと存じます。',
      '今すぐ決めていただかなくても、問題ありません。',
      'アカウントは発行済みですので、今すぐご利用いただけます。',
      '今すぐのご判断は不要です。来期のご予算の際にご検討いただければ幸いです。',
      '急ぎませんので、ご都合のよいときにご返信ください。',
    ],
  },
]);

describe('J2 near miss: an internal mail asks a colleague when they are free', () => {
  it.each(['お疲れさまです。来週、提案の中身を詰めましょう。いつが空いてますか？', '打ち合わせは何曜日がいいか、明日までに返信してください。'])(
    'leaves %s',
    (text) => expect(inCategory(text, 'cold-outreach', INTERNAL)).toEqual([]),
  );
});
