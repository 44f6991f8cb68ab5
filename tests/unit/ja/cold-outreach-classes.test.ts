// Cold outreach as a class, in wordings of our own. A first mail to a stranger that asks for a meeting or a
// call in any words (お時間ください, 折り返しお電話ください, 御社に伺いたく存じます) after a problem question
// and an offering, with no introduction; and chasing a silent prospect in any words (a count of one's own
// contacts, a reply insisted on: その旨だけでも, 必ず, ひとことでも). Near misses stay clean: the same pitch
// with an introduction, an enquiry they made, an open invitation (ございましたら…お電話ください), a second
// meeting's minutes, a 必ず about an order form.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { japaneseRules } from '../../../src/rules/ja';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine(japaneseRules);
const cold = (body: string, firstContact: boolean): Finding[] =>
  engine.analyze({ body, context: { recipient: 'prospect', firstContact, now: '2025-12-01' } }).filter((f) => f.category === 'cold-outreach');
const lastLine = (body: string) => body.trim().split('\n').pop()!.replace(/。$/, '');

describe('a pitch to a stranger that asks for a meeting in any words', () => {
  it.each([
    '株式会社ミドリ製作所\n総務部 ご担当者様\n\n貴社では、紙の請求書処理に時間がかかっていませんか。\n弊社のクラウド請求サービスなら、処理時間を半分にできます。\n来週、30分だけお時間ください。',
    '株式会社アオイ物産\n人事部 御中\n\n採用管理ツール「リクルートワン」のご案内です。\n資料をお送りしますので、折り返しお電話ください。',
    '株式会社タカギ精工\n製造部 ご担当者様\n\n工場の電気代、下げたいと思いませんか。\n弊社の省エネ診断で平均15%の削減実績があります。\n一度御社に伺いたく存じます。',
    '株式会社ハヤシ商事\n経理部 ご担当者様\n\n経費精算の手間を減らしませんか。\n当社の精算アプリなら月額500円から使えます。\nご都合のよい日時に、ご説明に上がらせてください。',
  ])('flags the pitch through its ask in %s', (body) => {
    const f = cold(body, true);
    expect(f).toHaveLength(1);
    // The finding runs from the first line after the address to the ask, and its suggestion rewrites the ask.
    const flagged = body.slice(f[0]!.start, f[0]!.end);
    expect(flagged.startsWith(body.split('\n')[3]!.slice(0, 6))).toBe(true);
    expect(flagged.endsWith(lastLine(body))).toBe(true);
    expect(f[0]!.suggestions[0]!.edits?.map((e) => body.slice(e.start, e.end)).pop()).toEqual(lastLine(body));
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
    // The dated demand is a deadline on their decision (pressure, tests/unit/ja/pressure-r5b-classes.test.ts).
    ['先日ご案内したサービスの件、ご確認いただけましたでしょうか。\n今週中にご回答をお願いいたします。', 1],
    ['重ねてのご連絡失礼いたします。\n先日お送りした資料について、ご意向をお聞かせいただけますでしょうか。', 1],
    ['何度もご連絡して恐縮ですが、ご返答をお待ちしております。', 1],
    // Round 20: the open その後いかがでしょうか is the follow-up's courtesy; the reply asked for after it is the chase.
    ['先月ご提案いたしましたプランについて、その後いかがでしょうか。\nお手数ですが、ご返信いただけますと幸いです。', 1],
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

describe('a cold pitch as a class: the whole pitch is the finding, the ask is what the suggestion rewrites', () => {
  const pitch = (body: string, firstContact = true) => cold(HEAD + body, firstContact).map((f) => (HEAD + body).slice(f.start, f.end));
  it.each([
    // A meeting asked for in words with no sales keyword, with the noun under its honorific prefix.
    ['突然のお手紙にて失礼いたします。\n承継パートナーズの三島でございます。\n貴社の今後について、事業承継のお手伝いができないかと考え、筆を執りました。\n30分だけで結構ですので、直接お話をお聞きいただく機会を頂戴できないでしょうか。', '貴社の今後について'],
    ['はじめまして。\nグロース研修の佐藤と申します。\n若手社員の定着にお悩みではないでしょうか。\n弊社の研修は離職率を半分にしております。\n一度お話だけでも聞いていただけませんか。', '若手社員の定着に'],
    // A trial or an order asked for instead of a meeting.
    ['初めてご連絡いたします。\n弊社は図面の自動作成サービスを提供しております。\nぜひ無料トライアルをお試しください。', '弊社は図面の'],
    ['突然のメールにて失礼いたします。\n当社の勤怠アプリは月額300円からご利用いただけます。\nこの機会にぜひご導入をご検討ください。', '当社の勤怠アプリ'],
    // A pitch with no ask that opens on the reader's problem.
    ['はじめまして。\nミライ会計の石田と申します。\n経理の月次締めに時間がかかっていませんか。\n弊社のクラウド会計なら、締め作業を3日短縮できます。', '経理の月次締めに'],
    ['突然のご連絡失礼いたします。\n人手不足でお困りではありませんか。\n弊社の派遣サービスは即日対応が可能です。', '人手不足で'],
  ])('flags %s from its pitch', (body, startsWith) => {
    const f = pitch(body);
    expect(f).toHaveLength(1);
    expect(f[0]!.startsWith(startsWith)).toBe(true);
  });

  it.each([
    // The advised shape: a self-introduction that only offers material.
    '突然のご連絡失礼いたします。\n弊社は図面の自動作成サービスを提供しております。\nご関心がございましたら、資料をお送りいたしますのでお知らせください。',
    // An open invitation, not an ask.
    '突然のご連絡失礼いたします。\n弊社は勤怠アプリを提供しております。\nご不明な点がございましたら、いつでもお気軽にお電話ください。',
    // An introduction, a meeting they had, an enquiry of theirs, thanks for a visit.
    '株式会社ヒビキの三宅様からご紹介いただき、ご連絡いたしました。\n若手社員の定着にお悩みではないでしょうか。\n一度お話を聞いていただけませんか。',
    '先日は展示会のブースにお立ち寄りいただき、ありがとうございました。\nぜひ一度、貴社に伺ってご説明させてください。',
    'このたびは資料請求をいただき、ありがとうございます。\n無料トライアルもございますので、ぜひお試しください。',
    '先日はご来社いただき、誠にありがとうございました。\nお打ち合わせの議事録をお送りいたします。',
    // A question that is not about their problem.
    '突然のご連絡失礼いたします。\n弊社は勤怠アプリを提供しております。\n貴社のご担当者様はどなたになりますでしょうか。',
  ])('leaves %s alone', (body) => {
    expect(pitch(body)).toEqual([]);
  });

  it('the same pitch to an existing client is not cold', () => {
    const body = HEAD + '人手不足でお困りではありませんか。\n弊社の派遣サービスは即日対応が可能です。\n一度お打ち合わせのお時間をいただけますか。';
    expect(engine.analyze({ body, context: { recipient: 'client', firstContact: false, now: '2025-12-01' } }).filter((f) => f.category === 'cold-outreach')).toEqual([]);
  });
});

describe('a follow-up that chases in other words', () => {
  it.each([
    'まだご検討いただけていないようでしたので、改めてご連絡いたしました。',
    'ご返信がなかったので、念のため再度お送りします。',
    '先日メールをお送りしましたが、お返事がなかったので改めてご連絡しました。',
    '前回のメールが埋もれてしまっているかもしれませんので、再度ご連絡いたしました。',
    '先週お送りしたご案内、お目通しいただけましたでしょうか。',
    '念のため、先日のご案内を再送いたします。',
  ])('flags %s', (line) => {
    expect(cold(FOLLOW + line, false)).toHaveLength(1);
  });

  it.each([
    '先ほどのメールに添付が漏れておりましたので、資料を再送いたします。',
    'まだご確認いただけていない箇所があり、改めてご案内いたします。',
    'お問い合わせいただいた件、改めてご連絡いたします。',
    'ご検討いただけましたら、改めてご連絡いたします。',
    '先日はお打ち合わせのお時間をいただき、ありがとうございました。改めてご連絡いたします。',
  ])('leaves %s alone', (line) => {
    expect(cold(FOLLOW + line, false)).toEqual([]);
  });
});

describe('a cold ask in further shapes, and a real encounter that makes it warm', () => {
  const pitch = (body: string) => cold(HEAD + body, true);
  it.each([
    '初めてご連絡差し上げます。\n同業の製造業様で導入実績が100社以上ございます。\n来週のご都合はいかがでしょうか。',
    '突然のご連絡失礼いたします。\n貴社の求人広告を拝見しました。\n弊社なら採用コストを半減できます。\n一度オンラインでお話しさせてください。',
    'はじめまして。\n弊社は物流の効率化を支援しております。\nご説明の機会をいただけませんか。',
    'はじめまして。\n弊社はAI議事録サービスを提供しております。\nデモをご覧いただけませんか。',
  ])('flags %s', (body) => {
    expect(pitch(body)).toHaveLength(1);
  });

  it.each([
    'はじめまして。\n先月の展示会ではありがとうございました。\n改めてご挨拶に伺えればと存じます。',
    'はじめまして。\n弊社は物流の効率化を支援しております。\nこの機会にぜひご検討ください。',
    'はじめまして。\n弊社は物流の効率化を支援しております。\n導入事例をまとめた資料をお送りしてもよろしいでしょうか。',
  ])('leaves %s alone', (body) => {
    expect(pitch(body)).toEqual([]);
  });
});

describe('applying the suggestion to a pitch leaves a mail that raises nothing', () => {
  it.each([
    '突然のご連絡失礼いたします。\n人手不足でお困りではありませんか。\n弊社のRPAで解決できます。\nお電話でご説明させてください。',
    'はじめまして。\n経理の月次締めに時間がかかっていませんか。\n弊社のクラウド会計なら締め作業を3日短縮できます。',
    '初めてご連絡いたします。\n弊社は図面の自動作成サービスを提供しております。\nぜひ無料トライアルをお試しください。',
  ])('%s', (body) => {
    const text = HEAD + body;
    const [f] = cold(text, true);
    for (const sug of f!.suggestions) {
      let out = text;
      for (const e of [...sug.edits!].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      expect(cold(out, true), out).toEqual([]);
    }
  });
});

describe('more shapes of a cold ask and of a chase, with their near misses', () => {
  it.each([
    '初めてご連絡いたします。\n弊社は研修会社です。\n貴社の営業部門向けに、無料の体験講座をご用意しました。\nぜひご参加ください。',
    'はじめまして。\n私どもは地域密着の清掃会社です。\n貴社オフィスの清掃について、お見積りさせていただけないでしょうか。',
    'はじめまして。\n弊社は研修会社です。\nご導入をご検討いただけますでしょうか。',
  ])('flags the cold ask in %s', (body) => {
    expect(cold(HEAD + body, true)).toHaveLength(1);
  });

  it.each([
    'お世話になっております。\nお問い合わせの件、詳しくご説明したいので、来週お時間をいただけますか。',
    'はじめまして。\n弊社は研修会社です。\nご参加をご希望の場合は、お知らせください。',
    'はじめまして。\n弊社は研修会社です。\n導入時期はお決まりでしょうか。',
  ])('leaves %s alone', (body) => {
    expect(cold(HEAD + body, true)).toEqual([]);
  });

  it.each([
    '度々失礼いたします。先日お送りしたご提案の件、いかがでしたでしょうか。',
    'お返事をお待ちしておりますが、いかがでしょうか。',
    'ご多忙のところ恐縮ですが、先日のメールへのご返信をお願いいたします。',
    '念のため、再度ご案内をお送りいたします。',
    'お返事がまだのようですので、念のため確認させてください。',
  ])('flags the chase %s', (line) => {
    expect(cold(FOLLOW + line, false).length).toBeGreaterThan(0);
  });

  it.each([
    '先日のお打ち合わせでご提案した件、いかがでしょうか。',
    '訂正がございましたので、資料を再送いたします。',
    'ご返信をお待ちしております。',
    '先日お送りした資料について、ご不明な点があればご連絡ください。',
    '念のため、改めてご連絡先をお送りいたします。',
  ])('leaves %s alone', (line) => {
    expect(cold(FOLLOW + line, false)).toEqual([]);
  });
});
