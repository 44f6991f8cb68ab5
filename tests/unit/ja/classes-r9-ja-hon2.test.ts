// Round-9 second-pass classes of honorific and register, in wordings of our own (none copied from a corpus):
// どなた (respectful, the client's people) with a humble おる/参る/申す; a subject inside a reported clause
// (〜様がご検討中とお聞きし) is not the one who hears; いっぱい after a period (今月いっぱい) is written Japanese;
// a sentence left hanging on a plain reason (〜かかるので。) and a plain から before a polite main clause are
// casual, while a plain ので before a polite main clause is ordinary writing. Internal mail stays clean.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();
type Recipient = 'client' | 'prospect' | 'internal';
const findings = (body: string, recipient: Recipient = 'client'): Finding[] =>
  engine.analyze({ body, context: { recipient, firstContact: false, now: '2026-06-01' } });
const inMail = (line: string) => `株式会社サンプル\n営業部 佐藤様\n\nいつもお世話になっております。\n${line}\n\nよろしくお願いいたします。`;
const flagged = (body: string, category: string, recipient: Recipient = 'client') =>
  findings(body, recipient).filter((f) => f.category === category).map((f) => body.slice(f.start, f.end));

/** [sentence, category, words underlined] */
const HITS: Array<[string, string, string]> = [
  ['当日は佐藤様のほかにどなたかおりますでしょうか。', 'honorific', 'おり'],
  ['説明会にはどなたかおりますか。', 'honorific', 'おり'],
  ['貴社からはどなたが参りますか。', 'honorific', '参ります'],
  ['その件はどなたが申しておりましたか。', 'honorific', '申して'],
  ['受付にどなたかおりませんでしょうか。', 'honorific', 'おり'],
  ['加工に最低2週間かかるので。', 'register', 'かかるので'],
  ['今回はお受けできかねます。人手が足りないので。', 'register', '足りないので'],
  ['在庫が残りわずかだから。', 'register', 'だから'],
  ['試作品もあるから、必要ならお知らせください。', 'register', 'あるから'],
  ['来週は工場が休みだから、再来週にお伺いします。', 'register', 'だから'],
  ['まだ在庫が残っているから、ご安心ください。', 'register', 'いるから'],
  ['念のため確認したいから、図面をお送りいただけますか。', 'register', 'したいから'],
];

/** Near misses that must raise nothing of the category. */
const CLEAN: Array<[string, string]> = [
  ['当日はどなたかいらっしゃいますでしょうか。', 'honorific'],
  ['どなたにお送りすればよろしいでしょうか。', 'honorific'],
  ['どなたかにお渡しすればよろしいでしょうか。', 'honorific'],
  ['取引先の今村様から、佐藤様が設備の更新をご検討中とお聞きし、ご連絡いたしました。', 'honorific'],
  ['山田様が来週ご来社になると伺っております。', 'honorific'],
  ['佐藤様がお見えになるとお聞きしました。', 'honorific'],
  ['無料枠は今月いっぱいで終了しますので、お早めにお申し込みください。', 'register'],
  ['この価格は年内いっぱい有効です。', 'register'],
  ['キャンペーンは3月いっぱいとなります。', 'register'],
  ['精いっぱい対応いたします。', 'register'],
  ['在庫が少ないので、お早めにご注文ください。', 'register'],
  ['製作に3週間かかるので、納期は来月になります。', 'register'],
  ['加工に2週間かかりますので。', 'register'],
  ['在庫がございますので、ご安心ください。', 'register'],
  ['10時から、会議室でお待ちしております。', 'register'],
  ['先方からは「在庫があるから大丈夫」と伺っております。', 'register'],
];

describe('round-9 second pass: honorific and register classes', () => {
  it.each(HITS)('%s → %s on %s', (line, category, words) => {
    expect(flagged(inMail(line), category).some((w) => w.includes(words))).toBe(true);
  });
  it.each(CLEAN)('%s stays clean of %s', (line, category) => {
    expect(flagged(inMail(line), category)).toEqual([]);
  });
  // A surname kuromoji reads as a place (中野, 品川, 浅草) on the address line after a department.
  it.each([
    ['株式会社ミナミ電機\n経理部 中野\n\nお世話になっております。', '中野'],
    ['株式会社ミナミ電機\n総務課 品川\n\nいつもご利用ありがとうございます。', '品川'],
    ['株式会社ミナミ電機\n購買部 浅草\n\nお世話になっております。', '浅草'],
  ])('address line %s → salutation-without-sama on %s', (body, name) => {
    expect(findings(body).filter((f) => f.ruleId === 'ja.honorific.salutation-without-sama').map((f) => body.slice(f.start, f.end))).toEqual([name]);
  });
  it.each([
    '株式会社ミナミ電機\n経理部 中野様\n\nお世話になっております。',
    '株式会社ミナミ電機\n経理部 部長\n\nお世話になっております。',
    '株式会社ミナミ電機\n大阪支店 御中\n\nお世話になっております。',
  ])('address line %s stays clean of salutation-without-sama', (body) => {
    expect(findings(body).filter((f) => f.ruleId === 'ja.honorific.salutation-without-sama')).toEqual([]);
  });
  it('internal mail is never flagged for these classes', () => {
    for (const [line] of HITS) expect(findings(`佐藤さん\n${line}`, 'internal')).toEqual([]);
  });
});
