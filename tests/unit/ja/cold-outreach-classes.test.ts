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

const HEAD = '株式会社ミズホ工業\n営業部 ご担当者様\n\n';
const FOLLOW = '株式会社ミズホ工業\n営業部 ご担当者様\n\nお世話になっております。サンコー精機の石原です。\n';

describe('a first pitch that asks for time, a visit or a call, in other shapes', () => {
  it.each([
    '突然のご連絡失礼いたします。\nサンコー精機の石原と申します。\n弊社は製造業向けに在庫管理システムを提供しております。\n一度、15分ほどお話を聞いていただけないでしょうか。',
    '初めてご連絡いたします。\n弊社のクラウド会計は導入企業の経理工数を平均40%削減しております。\n来週あたり、少しお時間を頂戴できれば幸いです。',
    '突然のメールにて失礼いたします。\n御社の物流コスト削減について、情報交換をさせていただきたくご連絡しました。\nご都合をお聞かせください。',
    'はじめまして。\n貴社の採用課題について、ヒアリングさせていただけませんか。',
    '突然のご連絡失礼いたします。\nご挨拶がてら、貴社へお邪魔させていただければと存じます。',
    '初めてご連絡差し上げます。\n同業の事例紹介をさせていただきたく、オンラインで30分ほどいかがでしょうか。',
    '突然のご連絡失礼いたします。\n弊社はSNS運用代行を行っております。\nぜひ一度お話しできればと思います。',
    '初めてご連絡いたします。\n人手不足でお困りではありませんか。\n弊社のRPAで解決できます。\nお電話でご説明させてください。',
    '突然のご連絡失礼いたします。\n貴社のWebサイトを拝見し、ご連絡いたしました。\n弊社のSEO支援で問い合わせ数を3倍にした実績がございます。\nご面談の機会をいただけませんか。',
  ])('flags %s', (body) => {
    expect(cold(HEAD + body, true)).toHaveLength(1);
  });

  it('an opener to a prospect is a first contact even when the context does not say so', () => {
    expect(cold(HEAD + 'はじめまして。\n貴社の採用課題について、ヒアリングさせていただけませんか。', false)).toHaveLength(1);
  });

  it.each([
    '突然のご連絡失礼いたします。\n株式会社ヒビキ化成の三宅様からご紹介いただき、ご連絡いたしました。\n一度お時間をいただけますでしょうか。',
    'このたびはお問い合わせいただき、ありがとうございます。\nご説明のため、お打ち合わせのお時間をいただけますでしょうか。',
    '突然のご連絡失礼いたします。\nサンコー精機の石原と申します。\n今後ともよろしくお願いいたします。',
    '突然のご連絡失礼いたします。\n弊社は物流向けのロボットを提供しております。\nご関心がございましたら、資料をお送りいたしますので、お知らせいただけますと幸いです。',
  ])('leaves %s alone', (body) => {
    expect(cold(HEAD + body, true)).toEqual([]);
  });
});

describe('chasing an unanswered pitch: every push for a reply in the chase', () => {
  const chase = (body: string, subject = '') =>
    engine.analyze({ body: FOLLOW + body, subject, context: { recipient: 'prospect', firstContact: false, now: '2025-12-01' } })
      .filter((f) => f.category === 'cold-outreach').map((f) => (FOLLOW + body).slice(f.start, f.end));
  it.each([
    ['先週、先々週とご案内をお送りしておりますが、まだお返事をいただけておりません。\n本メールをご覧になりましたら、至急ご返信ください。', 2],
    ['以前お送りしたご提案、ご覧いただけましたか？\nご返答がない場合は、改めてお電話いたします。', 2],
    ['先日ご案内したサービスの件、ご確認いただけましたでしょうか。\n今週中にご回答をお願いいたします。', 2],
    ['重ねてのご連絡失礼いたします。\n先日お送りした資料について、ご意向をお聞かせいただけますでしょうか。', 1],
    ['何度もご連絡して恐縮ですが、ご返答をお待ちしております。', 1],
    ['先月ご提案いたしましたプランについて、その後いかがでしょうか。\nお手数ですが、ご返信いただけますと幸いです。', 2],
    ['ご返信がまだのようでしたので、再度ご連絡いたしました。', 1],
  ] as const)('flags %s', (body, n) => {
    expect(chase(body)).toHaveLength(n);
  });

  it('a subject that says 再送 makes the reply request part of a chase', () => {
    expect(chase('サービスのご案内をお送りいたします。\n至急ご返信ください。', '【再送】サービスのご案内')).toHaveLength(1);
  });

  it.each([
    'お見積りの件、ご確認いただけましたでしょうか。',
    'ご依頼の資料をお送りいたします。\nご不明な点がございましたら、ご連絡ください。',
    '先日はお時間をいただき、ありがとうございました。\nご検討のほど、よろしくお願いいたします。',
    'ご返信がない場合は、こちらからお電話いたします。',
    '先日ご案内した件、ご確認いただけましたでしょうか。\nご関心をお持ちいただけるようでしたら、いつでもお気軽にお知らせください。',
  ])('leaves the reply requests of %s alone', (body) => {
    expect(chase(body).filter((q) => !/ご確認いただけましたでしょうか/.test(q))).toEqual([]);
  });
});
