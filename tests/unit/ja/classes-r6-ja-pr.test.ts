// Round 6, issue 9: pressure on a prospect's decision, in wordings of our own, class by class (scarcity, a
// lapsing price or condition, a promotion's cut-off, a short-fuse reply demanded, a loss if they decide later,
// silence booked as a decision, advice that waiting costs, peers said to have decided, a decision asked again,
// an ultimatum or last offer, textbook Japanese of a non-native seller). Each class has near misses that must
// stay clean: a date the client set, a logistics cut-off with its reason, something held with no clock, our own
// schedule, a case study. The same sentences to an existing client or to a colleague are not pressure
// (spec/findings.md: `pressure` applies to prospects).
import { describe, expect, it } from 'vitest';
import { classTables, inCategory } from './refusal-honorific-table';

classTables([
  {
    name: 'scarcity: what is left, counted',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      '在庫が残り少なくなってまいりましたので、ご注文はお早めにお願いいたします。',
      '今期の導入枠は、あと2社分しか空いておりません。',
      '本セミナーのお席は、残すところ数席となっております。',
      '現在、在庫は残り10台のみとなっております。',
      '今月の施工可能件数は、残り3件となっております。',
      '展示機の在庫はあと1台のみでございます。',
      '本年度の受け入れ枠も、あと数社様で締め切りとなります。',
      'ご用意できる台数が限られておりますため、お早めのご決定をおすすめいたします。',
      '先着5社様のみのご案内となります。',
    ],
    clean: [
      '作業も残りわずかとなりました。',
      '在庫は十分にございますので、ご安心ください。',
      '在庫は潤沢にございますので、いつでもご注文いただけます。',
      '残り3件の作業は、今週中に完了いたします。',
      'あと2日ほどで納品できる見込みです。',
      'ご検討の間、在庫を1台確保しておきますので、ごゆっくりご検討ください。',
    ],
  },
  {
    name: 'a lapsing price or condition',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      '4月1日以降は定価でのご提供となります。',
      '来期からは正規価格でのご案内となります。',
      '10月以降は通常単価に戻りますので、ご承知おきください。',
      'この価格でご提供できるのは今週いっぱいです。',
      'この金額でお出しできるのは今月末までとなります。',
      '今月中のご契約に限り、導入費用を半額とさせていただきます。',
      '値上げ前の今のうちに、ご発注いただくのがお得です。',
      'この条件、来月からは出せないのでお早めに！',
      'この単価は4月以降ご提供できなくなります。',
      'この条件は、来月からはお出しできません。',
    ],
    clean: [
      '通常価格は10万円です。',
      '4月以降の通常価格は別紙のとおりです。',
      'ご提供できるのは土日を除く平日のみです。',
      '来月からは土曜日の配送ができません。',
      'この条件は、来月からも変わりません。',
      '本見積の有効期限は発行日より30日間です。',
      '今回のお見積りは、前回より5%お安くなっております。',
    ],
  },
  {
    name: 'a loss if their decision comes later',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      'ご決定が来月にずれ込みますと、納期のお約束ができなくなります。',
      '来週以降のご発注ですと、この単価は維持できません。',
      'ご判断が年明けになりますと、年内のお引き渡しは難しくなります。',
      'お申し込みが来月になりますと、この割引は適用できかねます。',
      'ご契約が年明け以降になる場合、現在の条件はお約束いたしかねます。',
      '月曜までにお返事がなければ、この在庫は別のお客様にお回しします。',
    ],
    clean: [
      '納期が遅れる場合は、事前にご連絡いたします。',
      'ご決定が来月になる場合は、改めてお見積りをお送りいたします。',
      'もし導入時期が年明け以降になる場合も、問題なく対応いたします。',
      '工場の夏季休業のため、8月10日以降のご注文は8月20日以降の出荷となります。',
    ],
  },
  {
    name: 'a promotion cut off',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      'キャンペーンは今週金曜日で締め切らせていただきます。',
      '導入支援キャンペーンの受付は、明日で終了いたします。',
      '無料トライアルのご提供は6月末で打ち切りとなります。',
      '新春セールは1月15日をもって終了いたします。',
      'モニター募集は今週末で締め切ります。',
      '特別プランのお申し込みの締め切りは、今月20日です。',
    ],
    clean: [
      'キャンペーンは先月で終了いたしました。',
      '展示会は3月5日で終了いたします。',
      '受付は17時で終了いたします。',
      'キャンペーンの概要を添付いたしました。',
    ],
  },
  {
    name: 'a decision asked before a change, or rewarded for coming by a date',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      '来月から価格が改定されますので、それまでにご決断いただければと存じます。',
      '値上げ前にご発注をお願いいたします。',
      '改定前にご注文いただけますでしょうか。',
      '値上がり前に、ぜひご契約をご検討ください。',
      '本日ご成約いただければ、特別に10%お引きいたします。',
      '明日までにご発注いただけましたら、送料を無料にいたします。',
      '本日中にお申し込みいただければ、初年度の保守費用を半額にさせていただきます。',
    ],
    clean: [
      'それまでに弊社で資料をご用意いたします。',
      '改定前の価格表を添付いたします。',
      '値上げ前の価格表は、お手元の資料をご参照ください。',
      '本日ご注文いただければ、明日お届けいたします。',
      'ご契約いただけましたら、初期費用を5万円お引きいたします。',
    ],
  },
  {
    name: 'a short-fuse reply demanded',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      '明日の正午までにお返事をいただけますでしょうか。',
      '至急ご決断をお願いいたします。',
      '今週中にご発注の可否をお知らせください。',
      '恐れ入りますが、本日17時までにご契約の意思をお聞かせください。',
      '明朝までにご判断いただきたく、よろしくお願いいたします。',
      'できれば今日中にお返事いただけないでしょうか。',
      '今週金曜日までに、導入されるかどうかご連絡ください。',
    ],
    clean: [
      '本日中にお見積りをお送りいたします。',
      '貴社からご指定いただいた3月15日までに、ご提案書を提出いたします。',
      'ご希望の納期に間に合わせるため、5月20日までにご発注いただけますと幸いです。',
      '貴社の入札の締切は3月10日と伺っております。',
      '弊社内での稟議は今週中に完了する予定です。',
    ],
  },
  {
    name: 'an ultimatum: our withdrawal if they do not decide',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      'ご返答がない場合は、他社様にご案内させていただきます。',
      '金曜日までにご連絡がなければ、確保している枠を解放いたします。',
      '期日までにご契約いただけない場合、今回のお見積りは無効となります。',
      '今週中にご決断いただけないようでしたら、このお話はなかったことにさせてください。',
      'これ以上はお待ちできませんので、本日中にご判断ください。',
    ],
    clean: [
      'お返事がない場合でも、こちらから催促することはございませんのでご安心ください。',
      'もし日程のご都合が合わなければ、別の日程をご提案いたします。',
      'お返事はいつでも構いません。',
    ],
  },
  {
    name: 'silence booked as their decision',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      '特にご連絡がなければ、この内容で発注手続きを進めさせていただきます。',
      '明日までにご返信がない場合は、ご了承いただいたものとして手配を進めます。',
      'ご返事がなければ、Aプランでお申し込みいただいたものとみなします。',
      'ご連絡がない場合は、ご注文確定とさせていただきます。',
      '異論がなければ、来週月曜日に契約書をお送りして正式にご契約とさせていただきます。',
      '特段のご異議がない場合は、ご発注いただいたものとして手配を進めさせていただきます。',
    ],
    clean: [
      '特にご連絡がなければ、当日は10時に受付でお待ちしております。',
      '特にご不明点がなければ、ご返信は不要です。',
      'ご異論がなければ、議事録はこの内容で確定とさせていただきます。',
    ],
  },
  {
    name: 'advice that waiting costs them',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      '早めのご決断をお勧めいたします。',
      '今決めないと損ですよ。',
      '今ご契約いただくのが一番お得です。',
      'ご導入は早ければ早いほどよいかと存じます。',
      '今のうちにご決断いただいたほうが、貴社のためかと存じます。',
      '導入を先延ばしにされるのは得策ではございません。',
      '様子見をされている間にも、競合との差は広がってしまいます。',
      '導入を後回しにされるのは、もったいないと存じます。',
      'ご決断が遅れるほど、導入効果も薄れてしまいます。',
      '一日でも早いご決断が、貴社の利益につながります。',
    ],
    clean: [
      'ご予算の都合で導入を先延ばしにされる場合も、お気軽にご相談ください。',
      '様子を見ていただいても問題ございません。',
      '貴社のご都合のよい時期にご検討いただければ幸いです。',
      'お急ぎでなければ、来月以降のご判断でも問題ございません。',
      '一日でも早い復旧に努めてまいります。',
    ],
  },
  {
    name: 'peers said to have decided already',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      '他社様はすでに導入済みです。',
      '同業の大手各社様は、既に弊社システムへの切り替えを終えられています。',
      '競合のA社様も先月ご契約されました。',
      '業界で導入されていないのは、もう貴社くらいです。',
      '同業他社様のほとんどが、既にクラウドへ移行されています。',
      '競合各社様は軒並み導入を済ませておられます。',
    ],
    clean: [
      '他社様の導入事例を添付いたします。',
      '既に300社以上の企業様にご導入いただいております。',
      '他社様との比較検討も歓迎いたします。',
      '同業他社様の事例をまとめた資料をお送りいたします。',
    ],
  },
  {
    name: 'a decision asked again, or impatiently',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      '再三のお願いで恐縮ですが、ご決断をお願いいたします。',
      '何度もお伺いしておりますが、ご契約いただけるかどうかお返事をください。',
      'そろそろご決断いただけませんでしょうか。',
      'いつまでにご決定いただけるのか、お教えください。',
      'そろそろご発注いただけますでしょうか。',
    ],
    clean: [
      'ご判断はお急ぎいただかなくて大丈夫です。',
      'お急ぎでしたら、お電話でもご注文を承ります。',
      '何度もお時間をいただき、ありがとうございました。',
      'そろそろ寒くなってまいりましたので、ご自愛ください。',
    ],
  },
  {
    name: 'an offer called the last one, now or never',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      'これが最後のご提案となります。',
      'こちらが弊社としての最後のご提示となります。',
      'この条件でご提供できるのは、今回が最後です。',
      'この価格でのご提供は、これが最後のチャンスです。',
      'ご決断いただくなら、今しかございません。',
    ],
    clean: [
      '最後に、ご質問があればお気軽にどうぞ。',
      '最後のページに料金表を記載しております。',
      '最後のご提案資料を添付いたします。',
      '今後ともよろしくお願いいたします。',
    ],
  },
  {
    name: 'a sell-out forecast',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      '人気商品のため、すぐに売り切れてしまう可能性がございます。',
      '完売が予想されますので、ご注文はお早めに。',
      '例年、この時期は枠が埋まってしまうことが多いです。',
      '年末にかけて満席になる見込みです。',
    ],
    clean: [
      '申し訳ございませんが、当該商品は現在品切れとなっております。',
      'おかげさまで、先月の説明会は満席となりました。',
      '在庫がなくなってしまう心配はございません。',
    ],
  },
  {
    name: 'now named as the time, or little time left',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      '今が導入のベストタイミングです。',
      '決めるなら今です。',
      '今が買い時です。',
      'ご検討の時間はあまりございません。',
      'ご判断の猶予はもうほとんどありません。',
    ],
    clean: [
      '今がちょうど桜の見頃です。',
      '導入のタイミングは貴社のご都合に合わせます。',
      'ご検討のお時間は十分にお取りください。',
      'ご判断の時間が必要でしたら、お気軽にお申し付けください。',
    ],
  },
  {
    name: 'a decision awaited by a date, or asked for soon with the verb unsaid',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      '明日の朝までにご返答をお待ちしております。',
      '本日中のご回答をお待ちしております。',
      'ご契約はお早めに。',
      'ご発注は至急！',
      '今週中にご決断いただく必要がございます。',
      '明後日までにご発注いただかなければなりません。',
    ],
    clean: [
      'お返事をお待ちしております。',
      '来週のお打ち合わせを楽しみにお待ちしております。',
      '資料はお早めにお送りいたします。',
      '補助金の申請期限は3月末ですので、ご参考までにお知らせいたします。',
    ],
  },
  {
    name: 'textbook Japanese of a non-native seller',
    category: 'pressure',
    recipient: 'prospect',
    flagged: [
      'この値段は金曜日までだけです。',
      '明日までに返事をしてください。',
      '今週中に契約してください。',
      '決定を急いでください。',
      'この機会を逃さないでください。',
      '早く決めたほうがいいです。',
    ],
    clean: [
      '質問があれば、いつでも連絡してください。',
      '資料を読んでから、考えてください。',
      '年末年始の出荷締切は12月26日となっておりますので、ご承知おきください。',
    ],
  },
]);

describe('pressure is judged on prospects', () => {
  it.each([
    '本日中にご回答ください。',
    '今期の導入枠は、あと2社分しか空いておりません。',
    '他社様はすでに導入済みです。',
    '異論がなければ、来週月曜日に契約書をお送りして正式にご契約とさせていただきます。',
  ])('leaves %s to an existing client and to a colleague', (text) => {
    expect(inCategory(text, 'pressure', 'client')).toEqual([]);
    expect(inCategory(text, 'pressure', 'internal')).toEqual([]);
  });

  it('reports a statement that presses and the demand beside it as one push', () => {
    const body = '他社様はすでに導入済みです。ぜひご契約をお願いいたします。';
    const found = inCategory(body, 'pressure', 'prospect');
    expect(found).toHaveLength(1);
    expect(body.slice(found[0]!.start, found[0]!.end)).toBe('他社様はすでに導入済みです。ぜひご契約をお願いいたします');
  });

  // Round 10: a demand the older wording reads on its own keeps its finding, and the statement beside it keeps
  // its own (joined, the statement's finding gave way to the demand's and the scarcity lost its underline).
  it('keeps the statement underlined when the older wording reads the demand', () => {
    const body = '国内在庫が残り2台となっております。\n明日中にご決断ください。';
    const found = inCategory(body, 'pressure', 'prospect');
    expect(found.map((f) => [f.ruleId, body.slice(f.start, f.end)])).toEqual([
      ['ja.pressure.decision-pressure', '国内在庫が残り2台となっております'],
      ['ja.pressure.early-pressure', '明日中に'],
    ]);
  });

  it('underlines both a statement and a time limit set on their decision beside it', () => {
    const body = '実は、今期の導入枠があと1社分しか空いておりません。今週中に発注書を発行いただけない場合、導入は来年度となりますので、ご承知おきください。';
    const found = inCategory(body, 'pressure', 'prospect');
    const covers = (q: string) => found.some((f) => f.start < body.indexOf(q) + q.length && body.indexOf(q) < f.end);
    expect(covers('あと1社分しか空いておりません')).toBe(true);
    expect(covers('今週中に発注書を発行いただけない場合')).toBe(true);
  });

  it('leaves a neighbour with our own dated act apart', () => {
    const body = '他社様はすでに導入済みです。本日中にお見積りをお送りいたします。';
    const found = inCategory(body, 'pressure', 'prospect');
    expect(found.map((f) => body.slice(f.start, f.end))).toEqual(['他社様はすでに導入済みです']);
  });

  it('keeps a statement apart from a sentence in another paragraph', () => {
    const body = '国内在庫が残り2台となっております。\n\n明日中にご決断ください。';
    expect(inCategory(body, 'pressure', 'prospect')).toHaveLength(2);
  });

  it.each(['この条件は、来月からはお出しできません。', '来週以降のご発注ですと、この単価は維持できません。'])(
    'reads %s as pressure, not also as a refusal',
    (text) => {
      expect(inCategory(text, 'pressure', 'prospect')).toHaveLength(1);
      expect(inCategory(text, 'blunt-refusal', 'prospect')).toEqual([]);
    },
  );

  it('reports one finding for a stretch two rules read (the older wording keeps it)', () => {
    const found = inCategory('モニター枠は残り3社となっておりますので、お早めにお申し込みください。', 'pressure', 'prospect');
    expect(found.map((f) => f.ruleId)).toEqual(['ja.pressure.early-pressure']);
  });
});
