// Pressure classes the round-5 development set showed in wordings of our own: an offer kept for those who
// decide by a date (…いただいた企業様のみ), now or never (今しかありません, 今決めないと), a decision named as the
// topic and hurried (ご決断はお早めに), advice to decide by a date (…のがベスト), the buyer's approval rushed or
// skipped (稟議はそれまでに必ず), and a dated ultimatum inside a chase of an unanswered pitch, which is pressure
// on their decision while the chase itself stays cold outreach. Near misses stay clean.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { japaneseRules } from '../../../src/rules/ja';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine(japaneseRules);
const all = (body: string, recipient: 'prospect' | 'client' = 'prospect'): Finding[] =>
  engine.analyze({ body, context: { recipient, firstContact: false, now: '2026-06-01' } });
const of = (body: string, category: string, recipient: 'prospect' | 'client' = 'prospect') =>
  all(body, recipient).filter((f) => f.category === category);

describe('pressure: an offer kept for those who decide in time', () => {
  it.each([
    'この特別価格は、今月中にお申し込みいただいたお客様のみです。',
    '初期設定費の免除は、3月末までにご発注いただいた会社様だけが対象となります。',
    '保守料の割引は、年内にご導入いただいた企業様限定です。',
    '優待レートは、今週中にご契約いただいた法人様のみの適用です。',
    '無償トレーニングの特典は、9月中にご購入いただいたお客様だけです。',
    'この条件は、月内にご注文いただいた事業者様に限ります。',
  ])('flags %s', (line) => {
    expect(of(line, 'pressure')).toHaveLength(1);
  });
  it.each([
    '先月ご導入いただいた企業様には、操作説明会のご案内をお送りしております。',
    '今月中にお申し込みいただいたお客様には、来週中に請求書をお送りいたします。',
    'この価格は、ご契約いただいた企業様のみに公開しております。',
  ])('leaves %s alone', (line) => {
    expect(of(line, 'pressure')).toEqual([]);
  });
});

describe('pressure: now or never', () => {
  it.each([
    '導入をお考えなら今しかありません。',
    'このお値段でご提供できるのは今しかございません。',
    '今ご契約いただかないと、この条件はご用意できません。',
    '今決めていただかないと、年内の納品は難しくなります。',
    '本日ご判断いただけなければ、次の枠は来年になります。',
    'ここで今ご発注いただかないと損ですよ。',
  ])('flags %s', (line) => {
    expect(of(line, 'pressure')).toHaveLength(1);
  });
  it.each([
    '今お電話してもよろしいでしょうか。',
    '今は決めていただかなくて結構です。',
    '今ご確認いただいている資料の補足をお送りします。',
    '今しがた資料をお送りしました。',
  ])('leaves %s alone', (line) => {
    expect(of(line, 'pressure')).toEqual([]);
  });
});

describe('pressure: a decision named first and hurried, or advised by a date', () => {
  it.each([
    'ご決断はお早めにお願いいたします。',
    'ご発注はなるべく早くお願いします。',
    'ご回答は早急にお願いいたします。',
    'ご返事は今週中にお願いします。',
    '今月中にご発注を決めていただくのがベストです。',
    '来週までにご判断いただくのが賢明かと存じます。',
    '年度内にご契約いただくのが一番です。',
  ])('flags %s', (line) => {
    expect(of(line, 'pressure')).toHaveLength(1);
  });
  it.each([
    'ご回答はお手すきの際にお願いいたします。',
    '納品はお早めにいたします。',
    'ご決断はごゆっくりで構いません。',
    '来週までに資料をお送りするのがベストかと存じます。',
  ])('leaves %s alone', (line) => {
    expect(of(line, 'pressure')).toEqual([]);
  });
});

describe('pressure: the buyer’s approval rushed or skipped', () => {
  it.each([
    '社内稟議はそれまでに必ず通してください。',
    '稟議は後回しで結構ですので、先にご注文ください。',
    '社内のご承認は後からで構いませんので、まずは仮契約をお願いします。',
    'ご稟議を急いで回していただけますでしょうか。',
    'ご決裁は今月中に必ずお願いいたします。',
    '社内手続きは省略していただいて、先に発注書だけお送りください。',
  ])('flags %s', (line) => {
    expect(of(line, 'pressure')).toHaveLength(1);
  });
  it.each([
    'ご稟議に必要な資料がございましたら、お申し付けください。',
    '稟議が通りましたら、ご連絡ください。',
    'ご稟議のご都合に合わせて、日程はいつでも調整いたします。',
    '社内稟議に必要な資料を本日お送りいたします。',
    'ご決裁をお急ぎいただけますと幸いです。',
  ])('leaves %s alone', (line) => {
    expect(of(line, 'pressure')).toEqual([]);
  });
  it('the same words to an existing client are not pressure on a prospect', () => {
    expect(of('社内稟議はそれまでに必ず通してください。', 'pressure', 'client')).toEqual([]);
  });
});

describe('a dated ultimatum inside a chase is pressure; the chase stays cold outreach', () => {
  const chase = 'ご返信がないので、もう一度お送りしました。\n';
  it.each([
    '今週中にお返事ください。',
    '金曜までにご回答がなければ、確保した枠は他社様にお回しします。',
    '明日中にご返答をお願いします。',
  ])('%s', (line) => {
    const fs = all(chase + line);
    expect(fs.filter((f) => f.category === 'cold-outreach')).toHaveLength(1);
    expect(fs.filter((f) => f.category === 'pressure')).toHaveLength(1);
  });
  it('an undated push for a reply stays with the chase', () => {
    const fs = all(chase + 'ご返答がない場合は改めてお電話いたします。');
    expect(fs.filter((f) => f.category === 'pressure')).toEqual([]);
    expect(fs.filter((f) => f.category === 'cold-outreach')).toHaveLength(2);
  });
});
