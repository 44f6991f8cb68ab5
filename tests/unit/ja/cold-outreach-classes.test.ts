// Cold outreach as a class, in wordings of our own. A first mail to a stranger that asks for a meeting or a
// call in any words (お時間ください, 折り返しお電話ください, 御社に伺いたく存じます) after a problem question
// and an offering, with no introduction; and chasing a silent prospect in any words (a count of one's own
// contacts, a reply insisted on: その旨だけでも, 必ず, ひとことでも). Near misses stay clean: the same pitch
// with an introduction, an enquiry they made, an open invitation (ございましたら…お電話ください), a second
// meeting's minutes, a 必ず about an order form.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { Finding } from '../../../src/engine/types';
import { japaneseRules } from '../../../src/rules/ja';

let engine: Engine;
beforeAll(async () => {
  engine = new Engine({ rules: japaneseRules, tokenizer: await sharedNodeTokenizer() });
});
const cold = (body: string, firstContact: boolean): Finding[] =>
  engine.analyze({ body, context: { recipient: 'prospect', firstContact, now: '2025-12-01' } }).filter((f) => f.category === 'cold-outreach');
const lastLine = (body: string) => body.trim().split('\n').pop()!.replace(/。$/, '');

describe('a pitch to a stranger that asks for a meeting in any words', () => {
  it.each([
    '株式会社ミドリ製作所\n総務部 ご担当者様\n\n貴社では、紙の請求書処理に時間がかかっていませんか。\n弊社のクラウド請求サービスなら、処理時間を半分にできます。\n来週、30分だけお時間ください。',
    '株式会社アオイ物産\n人事部 御中\n\n採用管理ツール「リクルートワン」のご案内です。\n資料をお送りしますので、折り返しお電話ください。',
    '株式会社タカギ精工\n製造部 ご担当者様\n\n工場の電気代、下げたいと思いませんか。\n弊社の省エネ診断で平均15%の削減実績があります。\n一度御社に伺いたく存じます。',
    '株式会社ハヤシ商事\n経理部 ご担当者様\n\n経費精算の手間を減らしませんか。\n当社の精算アプリなら月額500円から使えます。\nご都合のよい日時に、ご説明に上がらせてください。',
  ])('flags the ask in %s', (body) => {
    const f = cold(body, true);
    expect(f.map((x) => body.slice(x.start, x.end))).toEqual([lastLine(body)]);
  });

  it.each([
    '株式会社ミドリ製作所\n総務部 ご担当者様\n\n突然のご連絡失礼いたします。\n弊社はクラウド請求サービスを提供しております。\nご関心がございましたら、資料をお送りいたしますのでお知らせください。',
    '株式会社アオイ物産\n人事部 御中\n\n株式会社ヒビキの三宅様よりご紹介いただき、ご連絡いたしました。\n一度お時間をいただけますでしょうか。',
    '株式会社タカギ精工\n製造部 ご担当者様\n\n弊社の省エネ診断サービスのご案内です。\nご不明な点がございましたら、お気軽にお電話ください。',
    '株式会社ハヤシ商事\n経理部 ご担当者様\n\nこのたびは資料請求をいただき、ありがとうございます。\nご都合のよい日時に、ご説明に伺えれば幸いです。',
  ])('leaves %s alone', (body) => {
    expect(cold(body, true)).toEqual([]);
  });
});

describe('chasing a silent prospect in any words', () => {
  it.each([
    '先月ご案内した件について、まだお返事をいただけておりません。',
    'これまで3回ほどメールをお送りしておりますが、いかがでしょうか。',
    '何度かご連絡しておりますが、いまだお返事がありません。',
    'ご返信が一度もございませんので、再度ご連絡いたしました。',
    '物流システムのご提案の件、今回で4回目のご連絡となります。',
    'ご不要であれば、その旨だけでもご返信いただけますか。',
    'お手数ですが、可否だけでも必ずご回答ください。',
    '先月お送りしたご提案書について、ひとことでもお返事をいただけますでしょうか。',
  ])('flags %s', (line) => {
    expect(cold(line, false)).toHaveLength(1);
  });

  it.each([
    'ご不明な点がございましたら、いつでもご連絡ください。',
    'ご関心をお持ちいただけましたら、お知らせいただけますと幸いです。',
    '第2回目のお打ち合わせの議事録をお送りいたします。',
    'ご注文の際は、必ず品番をご記入ください。',
    'ご返信いただく必要はございません。',
    '資料は2回に分けてお送りします。',
    'ご連絡をいただき、ありがとうございました。',
  ])('leaves %s alone', (line) => {
    expect(cold(line, false)).toEqual([]);
  });

  it('leaves a client alone: a chase is about prospects', () => {
    const body = 'ご提案の件、今回で3回目のご連絡となります。';
    expect(engine.analyze({ body, context: { recipient: 'client', firstContact: false, now: '2025-12-01' } }).filter((f) => f.category === 'cold-outreach')).toEqual([]);
  });
});
