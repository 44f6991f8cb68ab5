// Round 26 (analysis/cold-pitch.ts): a cold pitch as a mail-level fact from its parts — who we are, what we are worth,
// a meeting asked — with no introduction and no prior contact; and a chase of an unanswered pitch. Our own mails, split
// into sentences by hand (the rule reads the engine's sentences), in long formal English, casual English and Japanese,
// and near misses: a named mutual contact, a reply to their enquiry, a modest ask on their interest, a thank-you for a referral.
import { describe, expect, it } from 'vitest';
import { coldPitchOf, pitchParts } from '../../../src/engine/analysis/cold-pitch';

const pitch = (sentences: string[]) => coldPitchOf(sentences.map(pitchParts));

const COLD: Array<[string, string[]]> = [
  ['long formal, no keyword of a pitch', [
    'I do hope you will forgive an unsolicited note; having spent a number of years advising component makers on sub-tier visibility, I felt it would be remiss of me not to write.',
    'Harrowgate Supply Chain Advisory conducts structured audits of second- and third-tier suppliers.',
    'I would very much welcome forty-five minutes with you and your procurement leadership in early March.',
  ]],
  ['a public hook, the firm, a visit', [
    'I write to you having read your remarks in the Nikkei last month, a subject on which my firm has spent the better part of three years advising European producers.',
    'I shall be in Tokyo next week and would be delighted to call on you on Tuesday at 10:00, if that might be convenient.',
  ]],
  ['casual, a demo', [
    "I'm Ji-won from PayLattice, a Singapore payment company.",
    "I'm sure we can reduce your checkout drop-off with our one-click API.",
    'Would you have 30 minutes for a video call next week?',
  ]],
  ['a company described as the subject', [
    'Kessler is the technology leader for 5-axis machining.',
    'Our lines cut cycle time by 20%.',
    'Could we meet at your Takaoka plant in October?',
  ]],
  ['Japanese, formal', [
    '突然のご連絡失礼いたします。株式会社ノルドテックの佐藤と申します。',
    '弊社は製造業向けの在庫最適化で300社以上の導入実績がございます。',
    '一度30分ほどオンラインでお打ち合わせのお時間をいただけますでしょうか。',
  ]],
  ['Japanese, our product introduced (紹介 given by us is no introduction)', [
    '突然のご連絡失礼いたします。株式会社ノルドテックの佐藤と申します。弊社の在庫最適化サービスをご紹介させていただきたく、ご連絡いたしました。',
    '弊社は300社以上の導入実績がございます。ご興味をお持ちいただけると確信しております。',
    '来週、30分ほどお打ち合わせのお時間をいただけますでしょうか。',
  ]],
  ['Japanese, one paragraph', [
    '当社はコスト削減の支援を得意としており、ぜひ一度ご訪問させていただきたく存じます。',
  ]],
];

const WARM: Array<[string, string[]]> = [
  ['a named mutual contact who suggested we write', [
    "Mr. Shimizu of Daiei Bearing was kind enough to suggest that I write to you.",
    'My firm has spent three years advising bearing makers on supplier audits.',
    'I would be glad to call on you at your convenience.',
  ]],
  ['a reply to their enquiry', [
    'Thank you for your enquiry about our vibration sensors at the Nagoya trade show.',
    'My name is Clara Smith of Brightline; our sensors have helped mills reduce unplanned stops.',
    'Would a short online demo next week be useful?',
  ]],
  ['a thank-you for a referral', [
    'Thank you for introducing us to Ms. Ito; we are grateful for the referral.',
    'My name is Ken Abe of Lumen Energy; we help plants reduce energy use.',
    'We would love to meet her next week.',
  ]],
  ['a modest ask on their interest', [
    'My name is Tom Reed of Aquaflow; we make membranes that help plants save water.',
    'If it would be of interest, could I send you a short brochure, and perhaps arrange a call later?',
  ]],
  ['a pitch with no ask', [
    'We are a Berlin startup that has built a scheduling engine for CNC shops.',
    'Our white paper on spindle utilisation is attached.',
  ]],
  ['an ask with no pitch', [
    'I hope you are well.',
    'Could we meet at your office on Thursday to review the trial results?',
  ]],
  ['Japanese, an introduction by a named contact', [
    '山田商事の鈴木様よりご紹介いただき、ご連絡いたしました。株式会社ノルドテックの佐藤と申します。',
    '弊社は在庫最適化で多数の実績がございます。',
    '一度お打ち合わせのお時間をいただけますでしょうか。',
  ]],
  ['Japanese, after their enquiry', [
    'このたびはお問い合わせいただき、誠にありがとうございます。株式会社ノルドテックの佐藤と申します。',
    '弊社は在庫最適化で多数の実績がございます。',
    'オンラインでデモをご覧いただけますでしょうか。',
  ]],
  ['Japanese, introduced by a named contact, ご紹介をいただきました', [
    'はじめてご連絡を差し上げます。株式会社ノルドテックの佐藤と申します。',
    '東和商事の中川様より、在庫の見直しをご検討中と伺い、ご紹介をいただきました。',
    '弊社は在庫最適化で多数の実績がございます。一度お打ち合わせのお時間をいただけますでしょうか。',
  ]],
  ['Japanese, introduced: 中川様からのご紹介で', [
    '中川様からのご紹介でご連絡いたしました。株式会社ノルドテックの佐藤と申します。',
    '弊社は在庫最適化の支援で実績がございます。ご説明のお時間をいただけますと幸いです。',
  ]],
  ['Japanese, an ask on the condition of their interest (もしご関心をお持ちいただけるようでしたら)', [
    '株式会社ノルドテックの佐藤と申します。弊社は在庫最適化の支援で多数の実績がございます。',
    'もしご関心をお持ちいただけるようでしたら、短いオンラインでのご説明の機会をいただけますと幸いです。',
  ]],
  ['Japanese, a modest ask', [
    '株式会社ノルドテックの佐藤と申します。弊社は在庫最適化の支援を行っております。',
    'ご興味がございましたら、オンラインでのご説明のお時間をいただけますでしょうか。',
  ]],
];

describe('cold-pitch: first mails that pitch cold', () => {
  it.each(COLD)('%s', (_name, sentences) => {
    const found = pitch(sentences);
    expect(found, JSON.stringify(sentences.map(pitchParts))).toBeDefined();
    expect(found!.to).toBeGreaterThanOrEqual(found!.from);
  });
});

describe('cold-pitch: warm or modest mails stay clean', () => {
  it.each(WARM)('%s', (_name, sentences) => {
    expect(pitch(sentences), JSON.stringify(sentences.map(pitchParts))).toBeUndefined();
  });
});

const CHASES = [
  'I already send our catalogue and price list 3 times but still not receive your reply.',
  "This is my third email and still I don't have answer from you.",
  "Circling back again since I haven't heard back on my last two emails.",
  'We have written several times but have not had any response from you yet.',
  '先週お送りしたメールについて、まだお返事がないので再度ご連絡いたします。',
  '3回目のご連絡になりますが、まだご返信をいただけておりません。',
];
const NOT_CHASES = [
  'Sorry we have not replied yet; our answer will follow tomorrow.',
  'No rush at all if you have not had time to look at it yet.',
  'Thank you for your reply last week.',
  'I have not yet received the drawings from our factory.',
  'まだ社内で検討中ですので、お返事はもう少々お待ちください。',
];

describe('cold-pitch: chasing an unanswered pitch', () => {
  it.each(CHASES)('%s', (text) => expect(pitchParts(text).chase).toBe(true));
  it.each(NOT_CHASES)('not a chase: %s', (text) => expect(pitchParts(text).chase).toBe(false));
});

// Round 27: JA_MODEST's list folded into JA_IF_INTERESTED; each of its old phrases still makes a meeting ask modest.
describe('a modest ask on the stranger’s interest (the old JA_MODEST phrases)', () => {
  it.each([
    'ご興味がございましたら、オンラインで30分ほどご説明のお時間をいただけますでしょうか。',
    'ご関心がございましたら、デモのお時間をいただけますと幸いです。',
    'ご興味をお持ちいただけましたら、お打ち合わせのお時間をいただけますでしょうか。',
    'もしご興味をお持ちの場合は、ご説明のお時間をいただけますと幸いです。',
    'ご関心をお持ちでしたら、面談のお時間をいただけますでしょうか。',
  ])('%s asks nothing of a stranger', (text) => {
    expect(pitchParts(text).ask).toBe(false);
    expect(pitchParts(text.replace(/^[^、]+、/, '')).ask).toBe(true);
  });
});
