// Register judged per sentence: casual sentences in many wordings are flagged (by one of the register
// rules), polite ones and near misses stay clean. One-line mails with nothing to "mix" with included.
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();
const register = (body: string, recipient: 'client' | 'prospect' | 'internal' = 'client') =>
  engine.analyze({ body, context: { recipient, now: '2025-12-01' } }).filter((f) => f.category === 'register');

describe('casual sentences to a client are flagged', () => {
  it.each([
    // て-form requests
    '資料を送って。', '見積もりを確認して。', 'ちょっと待ってて。', '明日までに返事して。', '図面、チェックしてね。', '早めに決めて！',
    // plain questions
    '明日の会議、来れるの？', 'それでいいの？', '見積もりはどう？', '納期は来週？', '資料、届いた？', 'サンプルはもう見た？', '在庫ある？',
    // final particles
    '資料は明日送るね。', '大丈夫だよ。', '届いたかな？', 'それじゃん。',
    // contractions
    '書類を送っとくので、お待ちください。', 'もう送っちゃった。', '明日までに送んなきゃ。', '在庫がないんで、来週になります。', '了解っす。',
    // slang, elongation, wave dash
    'ヤバい状況です。', 'マジでありがとうございます。', 'めっちゃ助かります。', 'ぶっちゃけ、価格が高いです。', '助かりますー。', '承知しました〜', '送付しますね〜',
    '無事に届きました！！',
    // a bare よろしく closing any sentence, the spoken quotative, musing aloud, ね/よ on an adjective
    '来年もよろしく！', '資料の件、よろしくです。', '緊急時のみ対応です。よろしくね。', 'ライセンスは5本ってことで手配しておきます。',
    '性能改善がメインって感じです。', '担当が変わるっていう話を伺いました。', '来月にでも伺おうかなと思っております。', '送ろうかな、と考えております。',
    '次回は3月5日でいいよね？', 'その方が早いっすね。', 'これでいいよ。', '確認お願い！', 'とりあえず見積書を送ります。', '日程の変更は全然大丈夫です。', '明日は難しいかも。', '少し遅れるかもね。',
  ])('%s', (text) => {
    expect(register(text).length, JSON.stringify(register(text))).toBeGreaterThan(0);
  });
  it('to a prospect too', () => expect(register('資料を送って。', 'prospect').length).toBeGreaterThan(0));
});

describe('polite sentences and near misses stay clean', () => {
  it.each([
    '資料をお送りください。', 'ご確認いただけますでしょうか。', '明日の会議にご出席いただけますか？', '見積もりはいかがでしょうか？',
    '10〜12時でお願いいたします。', '9:00〜17:00にお電話ください。', '「めっちゃ」という表現は避けております。', 'ご確認のうえ、ご返送いただきたく。',
    '引き続きよろしくお願いいたします。', '現在、在庫を確認しております。', '新製品のご案内をお送りいたしました。', 'そうですね、その案で進めましょう。',
    'ご多忙のところ恐れ入りますが、ご確認をお願いいたします。', '納期は来週でしょうか？', '何かご不明な点はございますか？', 'マジックテープ付きのケースです。',
    'お手数ですが、ご返信いただけますと幸いです。', 'ご検討のほど、よろしくお願い申し上げます。', '取り急ぎご連絡まで。', '以上、よろしくお願いいたします。',
    '先日はありがとうございました。', '弊社の山田が伺います。', '・確認して返送', '【ご確認ください】',
    // でも opening a polite sentence; te-forms that look like the quotative; かな inside a word; ®
    'でも、その日は空いております。', '実際に使って感じたことをお伝えいたします。', '資料を持っていきます。', 'かなりお待たせいたしました。',
    '真っすぐお進みください。', 'よろしくご検討ください。', 'お見積もりのお願い', '取り急ぎご連絡いたします。', '明日は難しいかもしれません。', '弊社製品Nemawashi®をご紹介いたします。', '次回は3月5日でよろしいでしょうか？',
  ])('%s', (text) => {
    expect(register(text)).toEqual([]);
  });
  it('internal mail may be casual', () => {
    for (const t of ['資料を送って。', 'それでいいの？', 'めっちゃ助かります。']) expect(register(t, 'internal')).toEqual([]);
  });
});

// Round 4: casual words inside an otherwise polite sentence — ら抜き (来れますか), って as a topic marker,
// 〜っぽいです, いい感じ, よろです, kaomoji — and the polite look-alikes that must stay clean.
describe('casual words inside a polite sentence', () => {
  it.each([
    '明日来れますか？',
    'その日は出れません。',
    'ちなみに納期っていつですか？',
    '明日は無理っぽいです。',
    '間に合わないっぽいです。',
    '資料拝見しました。いい感じですね。',
    'よろです。',
    'ありがとうございます(^^)',
  ])('flags %s', (line) => {
    expect(register(`いつもお世話になっております。\n${line}\nよろしくお願いいたします。`).length).toBeGreaterThan(0);
  });
  it.each([
    '出来ればご連絡ください。',
    '明日10時に来られますでしょうか。',
    '資料を持っていつでもお伺いいたします。',
    '安っぽい印象にならないよう配慮いたしました。',
    '（株）山田商事様より資料をいただきました。',
    '(1)概要をご確認ください。',
  ])('leaves %s alone', (line) => {
    expect(register(`いつもお世話になっております。\n${line}\nよろしくお願いいたします。`)).toEqual([]);
  });
});
