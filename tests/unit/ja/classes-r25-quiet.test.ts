// Round 25 (quiet): to a prospect, whether what we sent arrived SAFELY (無事) — 「サンプルは無事お手元に届いておりますでしょうか」 —
// is care for the shipment, asked once, not the chase that asks whether they got or read our pitch at all
// (src/rules/ja/pushy-follow-up.ts SAFE_ARRIVAL). Positives: the same question without 無事, with their silence named,
// or with our count of mails, stays a chase. Also a legal notice under the signature (本メールを削除のうえ) raises nothing.
// And a no in its softened form (…かねます) given as the reason (ため / ので) for the way forward the same sentence offers —
// 「これ以下の容量では測定精度の保証ができかねますため、2μL以上でのご使用をお願いしております」 — is a cushioned answer; the same
// no as the reason for asking them to accept it (ので、ご理解ください / ご了承ください) stays flagged
// (src/rules/ja/unsoftened-refusal.ts reasonForWayForward).
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();
const mail = (body: string, tail = '') => `株式会社ハナダ菓子舗\n商品企画部 藤本様\n\nお世話になっております。\nメゾン・パッケージングのデュボワでございます。\n\n${body}\n\nよろしくお願いいたします。\n\nクレール・デュボワ${tail}`;
const prospect = (subject: string, body: string) => engine.analyze({ subject, body, context: { recipient: 'prospect', firstContact: false, now: '2026-11-25' } });
const chases = (body: string) => prospect('サンプルの件', body).filter((f) => f.ruleId === 'ja.cold-outreach.pushy-follow-up');

const CLEAN = [
  mail('10月末にお送りしたサンプルは、無事お手元に届いておりますでしょうか。\nご評価は年明け以降でもまったく問題ございません。'),
  mail('先週お送りした試作品は、無事に届いておりますでしょうか。'),
  mail('先日発送した試作品、無事に届きましたでしょうか。'),
  mail('お送りした見本帳が無事届いているか、念のため確認させていただければと存じます。'),
  mail('先週お送りしたご提案書につきまして、無事にお手元に届いておりますでしょうか。').replace('ご提案書', '試作パウチ'),
  mail('昨日発送した色見本は無事にお手元に届いていますでしょうか。お時間のあるときにご覧いただければ幸いです。'),
  mail('先月お送りした新素材のサンプル、無事お受け取りいただけましたでしょうか。'),
  mail('先日お送りした部品一式は、無事届いておりますでしょうか。ご不明な点がございましたらお気軽にお知らせください。'),
  mail('再生紙のサンプルをお送りいたしました。', '\n\n本メールには機密情報が含まれている場合がございます。誤って受信された場合は、お手数ですが本メールを削除のうえ、送信者までご連絡ください。無断での転載・複製はできません。'),
];

const CHASES = [
  mail('前回のメール、届いていますか？'),
  mail('先々週から新素材のご案内を3度お送りしていますが、届いておりますでしょうか。'),
  mail('8月末にお送りしたメールは届いていますでしょうか、お返事がまだいただけていないので、もう一度ご連絡させていただきました。'),
  mail('先日お送りしたご提案書はご覧いただけましたでしょうか。'),
  mail('先週お送りしたご提案書につきまして、無事にお手元に届いておりますでしょうか。'),
];

describe('round 25 (quiet): a safe-arrival question to a prospect is care, not a chase', () => {
  it.each(CLEAN)('clean %#', (body) => expect(chases(body).map((f) => body.slice(f.start, f.end))).toEqual([]));
  it.each(CHASES)('chase %#', (body) => expect(chases(body).length).toBeGreaterThan(0));
  it('a legal notice under the signature raises nothing', () => {
    const body = CLEAN.find((b) => b.includes('本メールには'))!;
    const notice = body.indexOf('本メールには');
    expect(prospect('サンプル', body).filter((f) => f.end > notice)).toEqual([]);
  });
});

const client = (body: string) => engine.analyze({ subject: 'Re: ご質問について', body: mail(body), context: { recipient: 'client', firstContact: false, now: '2026-05-20' } })
  .filter((f) => f.category === 'blunt-refusal');

const WAY_FORWARD = [
  'これ以下の容量では測定精度の保証ができかねますため、2μL以上でのご使用をお願いしております。',
  '40℃を超える環境では性能の保証がいたしかねますので、空調の効いた屋内での設置をおすすめしております。',
  '屋外での長期使用は品質の保証ができかねるため、屋外用のモデルをご提案しております。',
  '小ロットでは色の再現性をお約束しかねますため、500枚以上でのご発注をおすすめいたします。',
  '旧バージョンでの動作は確認できかねますので、最新版へのアップデートをお願いしております。',
  '結露がある場所では精度を保証いたしかねるため、乾燥した場所でのご使用をお願いいたします。',
  'この濃度では安定性を保証しかねますので、10%以下に希釈してのご使用を推奨しております。',
  '手洗い以外の洗浄方法では耐久性の保証ができかねますため、中性洗剤での手洗いをお願いしております。',
];
const ACCEPT_IT = [
  'これ以上の短縮はできかねますので、ご理解ください。',
  '値引きは対応いたしかねますので、ご了承ください。',
  '土曜日の納品はできかねますので、あしからずご了承ください。',
  'ご注文後のキャンセルはお受けできかねますので、ご了承ください。',
];

describe('round 25 (quiet): a softened no given as the reason for the way forward is an answer', () => {
  it.each(WAY_FORWARD)('clean %s', (body) => expect(client(body).map((f) => f.ruleId)).toEqual([]));
  it.each(ACCEPT_IT)('flagged %s', (body) => expect(client(body).length).toBeGreaterThan(0));
});
