// Round-9 classes of register and honorific, in wordings of our own (none copied from a corpus). Register: a
// plain verb closing on a formal noun with no です (…するつもり。 …届くはず。), the literary なし closing a
// sentence, なの closing a statement, a bare noun question with a particle of extent (いくらくらい？), a polite
// question asked with ？ and no か (〜ます？), and the slang ちょうだい / なるはや / あざす — each with the written
// near misses (labels, list items, quotes, polite forms, ちょうだいいたします) that must stay clean.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();
type Recipient = 'client' | 'prospect' | 'internal';
const findings = (body: string, recipient: Recipient = 'client'): Finding[] =>
  engine.analyze({ body, context: { recipient, firstContact: false, now: '2026-06-01' } });
const inMail = (line: string) => `佐藤様\n\nいつもお世話になっております。\n${line}\n\nよろしくお願いいたします。`;
const ofCategory = (body: string, category: string, recipient: Recipient = 'client') => findings(body, recipient).filter((f) => f.category === category);

/** [class, sentence, the words underlined, the first suggestion] */
const CASUAL: Array<[string, string, string, string]> = [
  ['formal noun つもり', '価格は据え置きにするつもり。', 'つもり', 'つもりです'],
  ['formal noun 予定', '来週お伺いする予定。', '予定', '予定です'],
  ['formal noun はず', '明日には届くはず。', 'はず', 'はずです'],
  ['formal noun 見込み', '在庫は月末には戻る見込み。', '見込み', '見込みです'],
  ['formal noun after a negative', '追加費用はかからない見込み。', '見込み', '見込みです'],
  ['なし closing', '検査結果は異常なし。', 'なし', 'ありません'],
  ['なし after a clause', '納品は予定通りで問題なし。', 'なし', 'ありません'],
  ['なし with an adverb', '仕様は特に変更なし。', 'なし', 'ありません'],
  ['なの', 'もう発送済みなの。', 'なの', 'です'],
  ['なのよ', '来週は工場が休みなのよ。', 'なのよ', 'です'],
  ['extent question くらい', '予算はいくらくらい？', 'いくらくらい？', 'いくらくらいでしょうか？'],
  ['extent question まで', '見積もりの有効期限はいつまで？', 'いつまで？', 'いつまででしょうか？'],
  ['extent question から', '搬入は明日から？', '明日から？', '明日からでしょうか？'],
  ['ます？', '明日は来られます？', '来られます？', '来られますか？'],
  ['ません？', '来週あたり、一度会いません？', '会いません？', '会いませんか？'],
  ['ました？', '図面は届きました？', '届きました？', '届きましたか？'],
  ['ちょうだい', '今日中に返事ちょうだい。', 'ちょうだい', 'いただけますでしょうか'],
  ['なるはや', 'なるはやで対応します。', 'なるはや', 'できるだけ早く'],
  ['あざす', 'いつもあざっす！', 'あざっす！', 'ありがとうございます。'],
];

const WRITTEN: Array<[string, string]> = [
  ['formal noun with です', '価格は据え置きとする予定です。'],
  ['formal noun with でございます', '来週お伺いする予定でございます。'],
  ['はずです', '明日には届くはずです。'],
  ['label line', '予定：未定'],
  ['list item なし', '・変更なし'],
  ['label なし', '変更点：なし'],
  ['line without 。', '特記事項なし'],
  ['quoted なし', '「異常なし」との報告を受けております。'],
  ['なし inside a reported clause', '本件、特に問題はなし、とのご回答をいただきました。'],
  ['polite question with か', '来週あたり、一度お会いできませんか？'],
  ['respectful question with か', '明日はお越しになれますか？'],
  ['でしょうか', '予算はいかほどでしょうか？'],
  ['extent question in polite form', '何時からでしょうか？'],
  ['ちょうだいいたしました', '貴重なご意見をちょうだいいたしました。'],
  ['ちょうだいしても', 'お時間をちょうだいしてもよろしいでしょうか。'],
  ['ちょうだいできますと', 'ご連絡をちょうだいできますと幸いです。'],
  ['のでしょうか', 'このまま進めてもよろしいのでしょうか。'],
  ['とおりです', 'なお、弊社の休業日は以下のとおりです。'],
  ['なるべく早く', 'なるべく早くご対応いたします。'],
  ['あざやか', 'あざやかな色合いに仕上がっております。'],
];

describe('register round 9: casual classes to a client', () => {
  it.each(CASUAL)('%s: %s', (_name, line, flagged, fix) => {
    const body = inMail(line);
    const f = ofCategory(body, 'register');
    const hit = f.find((x) => body.slice(x.start, x.end) === flagged);
    expect(hit, JSON.stringify(f.map((x) => body.slice(x.start, x.end)))).toBeDefined();
    expect(hit!.suggestions[0]?.text).toBe(fix);
  });
  it.each(CASUAL)('one-line mail, %s: %s', (_name, line) => {
    expect(ofCategory(line, 'register').length).toBeGreaterThan(0);
  });
  it.each(CASUAL)('internal mail stays clean, %s: %s', (_name, line) => {
    expect(ofCategory(`お疲れ様です。\n${line}`, 'register', 'internal')).toEqual([]);
  });
});

describe('register round 9: written near misses', () => {
  it.each(WRITTEN)('%s: %s', (_name, line) => {
    expect(ofCategory(inMail(line), 'register')).toEqual([]);
  });
});

/**
 * Keigo direction, any verb: our own person's act with the respect ending れる/られる (行かれます, 戻られました,
 * 来られる, 書かれた, 見られます, 出席されます) is respect for our side; the humble 伺う inside the respect frame
 * お〜になる is wrong whoever acts. [sentence, words underlined, first suggestion]
 */
const KEIGO: Array<[string, string, string]> = [
  ['弊社の担当者が明日貴社に行かれます。', '行かれます', '参ります'],
  ['弊社の田中が本社に戻られました。', '戻られました', '戻りました'],
  ['弊社社長が来られる予定です。', '来られる', '参る'],
  ['弊社の鈴木が書かれた報告書を添付いたします。', '書かれた', '書いた'],
  ['当社の技術者が現場を見られます。', '見られます', '見ます'],
  ['弊社の担当が会議に出席されます。', 'されます', 'いたします'],
  ['弊社の佐藤が言われたとおり、来週お届けします。', '言われた', '申した'],
  ['佐藤様が弊社にお伺いになる予定です。', 'お伺いになる', 'お越しになる'],
  ['皆様が工場へお伺いになる際は、受付にお声がけください。', 'お伺いになる', 'お越しになる'],
  ['先日の件は、部長もお伺いになりましたか。', 'お伺いになりました', 'お聞きになりました'],
];

/** Passives, potentials and right keigo that must stay clean. */
const KEIGO_CLEAN: string[] = [
  '私が上司に言われました。',
  '弊社の田中がお客様に紹介されました。',
  '弊社の製品が高く評価されました。',
  '私が来られる日をお知らせいたします。',
  '私が見られる範囲で確認いたします。',
  '弊社の田中が頼まれました。',
  '佐藤様が来られる日程をご連絡ください。',
  '佐藤様が弊社にお越しになる予定です。',
  '弊社の田中が伺います。',
  '佐藤様から伺った内容をまとめました。',
  '弊社の技術者によって開発された新素材です。',
  '弊社の担当者が佐藤様から言われた件を確認いたします。',
  '弊社の田中が大変お世話になっております。',
];

describe('honorific round 9: keigo direction with any verb', () => {
  it.each(KEIGO)('%s', (line, flagged, fix) => {
    const body = inMail(line);
    const f = ofCategory(body, 'honorific');
    const hit = f.find((x) => body.slice(x.start, x.end) === flagged);
    expect(hit, JSON.stringify(f.map((x) => body.slice(x.start, x.end)))).toBeDefined();
    expect(hit!.suggestions[0]?.text).toBe(fix);
  });
  it.each(KEIGO_CLEAN)('leaves %s', (line) => {
    expect(ofCategory(inMail(line), 'honorific')).toEqual([]);
  });
});
