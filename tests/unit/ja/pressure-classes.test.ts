// Pressure on a prospect's decision as a class, in wordings of our own: a decision or an answer asked for
// under a time limit however the date is written (来週月曜までに, 今週中に, 12月15日までに, 早めに), and an
// offer that lapses (以降は…ご提供できません, 過ぎますと…できなくなります, 今だけ). Near misses stay clean:
// the client's own schedule, a quote's validity, our own promise of a date, an invitation on a condition,
// a price held.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { japaneseRules } from '../../../src/rules/ja';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine(japaneseRules);
const all = (body: string, recipient: 'prospect' | 'client' = 'prospect'): Finding[] =>
  engine.analyze({ body, context: { recipient, firstContact: false, now: '2025-12-01' } });
const pressure = (body: string, recipient: 'prospect' | 'client' = 'prospect') => all(body, recipient).filter((f) => f.category === 'pressure');

describe('pressure on a prospect, in any wording', () => {
  it.each([
    '来週月曜までにイエスかノーかのご回答をお願いします。',
    '今週中にご発注いただけますようお願いいたします。',
    '12月15日までに導入のご判断をお願いいたします。',
    '貴社だけ取り残されるのはもったいないと思いますので、早めにご決断ください。',
    'それ以降は本条件でのご提供はできませんので、ご承知おきください。',
    '今月末を過ぎますと、この特別価格ではご提供できなくなります。',
    'この割引価格は今だけですので、ご検討ください。',
  ])('flags %s', (line) => {
    expect(pressure(line)).toHaveLength(1);
  });

  it.each([
    'お見積りの有効期限は発行日から30日間です。',
    'ご希望の納期に間に合わせるため、5月20日までにご発注いただけますと幸いです。',
    '本日中にお見積りをお送りいたします。',
    '来週月曜までに資料をお送りいたします。',
    'お早めにご連絡いただければ、ご希望の日程で調整いたします。',
    'ご都合のよいときにご回答いただけますと幸いです。',
    '今月末までにお打ち合わせの日程をご連絡いたします。',
    '価格は来期も据え置きといたします。',
    'キャンペーン終了後も、通常価格でご提供いたします。',
  ])('leaves %s alone', (line) => {
    expect(pressure(line)).toEqual([]);
  });

  it('an existing client may be given a date to answer by', () => {
    expect(pressure('来週月曜までにご回答をお願いします。', 'client')).toEqual([]);
  });

  it('a lapsing offer is pressure, not also a refusal', () => {
    const fs = all('それ以降は本条件でのご提供はできませんので、ご承知おきください。');
    expect(fs.map((f) => f.category)).toEqual(['pressure']);
  });
});

describe('pressure as a class: scarcity, a reward for deciding by a date, an offer period, others deciding, loss', () => {
  it.each([
    // Scarcity.
    '残りわずかとなっておりますので、お早めにご検討ください。',
    '先着5社様限定のご案内です。',
    '在庫限りとなりますので、ご了承ください。',
    'ご好評につき、残りの枠もわずかとなってまいりました。',
    '募集は定員に達し次第締め切らせていただきます。',
    'お申し込みは先着順となっております。',
    // A benefit for deciding by a date, in any wording and politeness.
    '今月中のご契約で、初期費用を無料にいたします。',
    '12月20日までにご発注いただければ、10%お値引きいたします。',
    '今週末までにお申し込みの方に限り、導入支援を無償で提供いたします。',
    '月末までのご成約で、3か月分の利用料が無料になります。',
    '今週中にお申込みいただいた企業様には、初年度の保守費用をサービスいたします。',
    '年内にご契約いただけますと、導入費用を半額とさせていただきます。',
    '11月30日までのお申し込みに限り、20%オフでご提供いたします。',
    // The decision demanded now.
    '今ご決断いただければ、特別価格でご案内できます。',
    'その場でご決定いただければ特別価格でご提供します。',
    '本日中にご決断いただけますでしょうか。',
    '本日中にご判断いただかないと、この価格は保証できません。',
    // An offer period with an end.
    'キャンペーン期間は今月末までとなっております。',
    '本キャンペーンの受付は12月25日までです。',
    '特別割引の適用は今月末のご発注分までとなります。',
    // Other companies deciding.
    '同業他社様も続々と導入を決められています。',
    '競合他社様もすでにご採用を決められました。',
    '他社様からもお問い合わせが相次いでおり、早い者勝ちとなります。',
    // Loss.
    '今を逃すと、次回の募集は未定です。',
    'この機会を逃しますと、同じ条件でのご提供は難しくなります。',
    'この条件は今回限りとさせていただきます。',
    '次回の募集時期は未定でございます。',
    'このお値段でご提供できるのは今回が最後です。',
    // Plain and elliptic wordings.
    '今月中に契約してもらえれば、初期費用はタダにします。',
    '月内にご導入いただければ、初月の利用料はいただきません。',
    '本日ご契約の場合に限り、特別価格が適用されます。',
    '他のお客様もこの枠を狙っておられます。',
    'セールは明日で終了となります。',
    'ぜひ今週中にご決断を。',
  ])('flags %s', (line) => {
    expect(pressure(line)).toHaveLength(1);
  });

  it.each([
    'ご希望の日程に合わせて調整いたします。',
    'お見積りの有効期限は発行日より30日間です。',
    '誠に恐縮ながら、4月1日より価格改定を予定しております。ご理解のほどお願い申し上げます。',
    '新価格は4月1日より適用となります。誠に申し訳ございませんが、ご理解を賜りますようお願い申し上げます。',
    '3月末までにご発注いただいた分は、現行価格でお届けいたします。',
    '貴社のご予定に合わせて、来月中旬までにご回答いただければ幸いです。',
    '来月末までに導入をご判断いただければ、4月からの稼働に間に合います。',
    '在庫は十分にございますので、ご安心ください。',
    'キャンペーンの詳細は添付資料をご覧ください。',
    'キャンペーンの内容をまとめた資料をお送りいたします。',
    '他社様の導入事例をご紹介いたします。',
    '今回のご契約では、初期費用は無料です。',
    'ご契約いただいたお客様には、無料で操作研修を実施しております。',
    '次回のお打ち合わせは来週を予定しております。',
    '残りの作業は今週中に完了いたします。',
    '今月中にご契約いただく必要はございませんので、ごゆっくりご検討ください。',
    '来週までにご回答いただく必要はございません。',
    'ご契約いただいた後、今月中に初期設定を無料で実施いたします。',
    '4月より新価格となりますが、3月末までのご注文は現行価格で承ります。恐れ入りますが、ご了承ください。',
    '他社様との比較資料もご用意しております。',
    'ご発注いただければ、最短3日で納品いたします。',
    'キャンペーンは先月で終了いたしました。',
  ])('leaves %s alone', (line) => {
    expect(pressure(line)).toEqual([]);
  });

  it('a fee waived is pressure when tied to a date, never a refusal', () => {
    expect(all('月内にご導入いただければ、初月の利用料はいただきません。').map((f) => f.category)).toEqual(['pressure']);
  });

  it('the same offer to an existing client is information', () => {
    expect(pressure('今月中のご契約で、初期費用を無料にいたします。', 'client')).toEqual([]);
  });
});

describe('pressure as a class: an offer held for a dated decision, a threat on their timing, a limit as a reason to hurry, other buyers, no time to hesitate', () => {
  it.each([
    // An offer held only for a decision by a date.
    'ただし、この条件は今週金曜日までのお申し込みに限らせていただきます。',
    '特別価格は12月20日までのご契約に限ります。',
    'この割引は月末までのご発注のみ有効です。',
    // A benefit tied to a meeting by a date.
    '今月中にお打ち合わせいただいた企業様に限り、通常30万円の診断を無料で実施いたします。',
    '来週までにデモにご参加いただいた方には、初期費用を半額にいたします。',
    // A withdrawal threatened on their timing.
    'ご決裁に年明けまでかかるようでしたら、今回のお話はなかったことにさせていただきます。',
    '今週中にご判断いただけない場合は、この枠を他のお客様にご案内いたします。',
    'ご稟議が来月以降になるようであれば、今回のお見積りは白紙とさせていただきます。',
    // A limit given as the reason to hurry.
    '枠には限りがございますので、お早めに面談の日程をお知らせください。',
    '在庫が少なくなってきておりますので、今週中にご注文ください。',
    // Other buyers after the same thing.
    'ほかにも同じ機械をご検討中の企業様がいらっしゃいます。',
    '他社様からも引き合いをいただいております。',
    // A race, and no time to hesitate.
    '正直なところ早い者勝ちですので、ご購入の意思がおありでしたら明日中にご連絡ください。',
    '迷っている時間はございません。',
    '様子を見ている余裕はないかと存じます。',
    // A reply about a purchase asked by a date.
    'ご購入をご希望でしたら、明日中にご連絡ください。',
  ])('flags %s', (line) => {
    expect(pressure(line)).toHaveLength(1);
  });

  it.each([
    '枠には限りがございますが、ご都合のよいときにご検討いただけますと幸いです。',
    '在庫は十分にございますので、ご都合のよいときにご注文ください。',
    '見積有効期限は発行日から30日間とさせていただきます。',
    'この条件は、貴社のご予定に合わせて来月末まで有効といたします。',
    'ご決裁に時間がかかる場合は、お見積りの有効期限を延長いたしますので、お知らせください。',
    'ご稟議が来月以降になるようでしたら、その時期に合わせてご説明に伺います。',
    'ほかにもご不明な点がございましたら、お気軽にお尋ねください。',
    'ほかにも導入事例がございますので、資料をお送りいたします。',
    'ご検討いただいている間も、サポートいたします。',
    'ご不明な点がございましたら、明日中にご連絡いただいても構いません。',
    '明日中にご連絡いたします。',
    '通常、ご発注から2週間で納品いたします。',
    'ご希望の納期に間に合わせるため、今週中にご発注いただけますと幸いです。',
  ])('leaves %s alone', (line) => {
    expect(pressure(line)).toEqual([]);
  });
});

describe('pressure: advice to decide soon, a limited count, and a date that serves their own plan', () => {
  it.each([
    '一日でも早いご決断をお願いいたします。',
    '一刻も早くご発注ください。',
    '早くご決断いただいたほうが、貴社のためかと存じます。',
    '限定10台のみのご用意となります。',
    '貴社のためには、今週中にご決断いただくのが最善です。',
  ])('flags %s', (line) => {
    expect(pressure(line)).toHaveLength(1);
  });

  it.each([
    'ご希望の3月納品のためには、1月末までにご注文いただく必要がございます。',
    '貴社の4月稼働のためには、今月中にご発注いただく必要がございます。',
    '早くお届けできるよう手配いたします。',
    'ご注文の品は、早ければ来週お届けできます。',
    '通常、ご発注から3週間で納品となります。',
    '来週の打ち合わせの候補日を、今週中にお知らせいただけますか。',
    'キャンペーンは3月末まで実施しております。',
  ])('leaves %s alone', (line) => {
    expect(pressure(line)).toEqual([]);
  });

  it('a limited count is scarcity, not a short supply', () => {
    expect(all('限定10台のみのご用意となります。').map((f) => f.category)).toEqual(['pressure']);
  });
});

describe('pressure: an offer that ends with a time limit, only this time, a withdrawal on their pace', () => {
  it.each([
    'この価格でご提供できるのは今月中だけです。',
    'お値引きは今回のみの特別対応です。',
    'ご回答が遅れるようでしたら、この在庫は他のお客様へご案内いたします。',
    'ご判断にお時間がかかる場合、今回の特別価格はお約束できかねます。',
  ])('flags %s', (line) => {
    expect(pressure(line)).toHaveLength(1);
  });

  it.each([
    '今回のみのお取引でも構いません。',
    'この価格は今月中のご注文に適用されます。',
    '作業は今週中だけで終わります。',
    'ご決裁が来期にずれ込むようでしたら、お見積りの有効期限を延長いたします。',
    'ご検討にお時間がかかる場合は、お気軽にご相談ください。',
  ])('leaves %s alone', (line) => {
    expect(pressure(line)).toEqual([]);
  });
});
