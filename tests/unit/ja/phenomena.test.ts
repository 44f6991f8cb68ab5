// The phenomena open Japanese rule sets cover (double keigo, 尊敬語/謙譲語 confusion, です/ます vs だ/である
// mixing, blunt refusals) with their known false positives: quotations, headings, lists, signatures,
// internal mail. Also: what still works while kuromoji's dictionary is missing.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { DraftContext, Finding } from '../../../src/engine/types';
import { japaneseRules } from '../../../src/rules/ja';

let engine: Engine;
const bare = new Engine({ rules: japaneseRules, tokenizer: null });
beforeAll(async () => {
  engine = new Engine({ rules: japaneseRules, tokenizer: await sharedNodeTokenizer() });
});

const CLIENT: DraftContext = { recipient: 'client', firstContact: false, now: '2025-12-01' };
function check(body: string, context: DraftContext = CLIENT, e: Engine = engine): Array<[string, string]> {
  return e.analyze({ body, context }).map((f: Finding) => [f.ruleId, body.slice(f.start, f.end)]);
}
const ids = (body: string, context?: DraftContext) => check(body, context).map(([id]) => id);

describe('double keigo', () => {
  it.each([
    ['社長がおっしゃられたとおりです。', 'おっしゃられた'],
    ['ご覧になられましたか。', 'ご覧になられました'],
    ['何時ごろいらっしゃられますか。', 'いらっしゃられます'],
    ['先方がお見えになられました。', 'お見えになられました'],
    ['資料を拝見させていただきます。', '拝見させていただきます'],
    ['明日お伺いさせていただきたく存じます。', 'お伺いさせていただきたく'],
    ['お読みになられた感想をお聞かせください。', 'お読みになられた'],
  ])('%s → flags %s', (text, phrase) => {
    expect(check(text)).toContainEqual(['ja.honorific.double-keigo', phrase]);
  });
  it.each(['社長がおっしゃったとおりです。', '資料を拝見いたしました。', '部長に昇進なされたと伺いました。', '新しく会員になられる方へ'])(
    'leaves correct keigo alone: %s',
    (text) => expect(ids(text)).not.toContain('ja.honorific.double-keigo'),
  );
  it('rewrites the ending the writer chose', () => {
    const f = engine.analyze({ body: '部長がおっしゃられていた件です。', context: CLIENT }).find((x) => x.ruleId === 'ja.honorific.double-keigo')!;
    expect(f.suggestions[0]!.text).toBe('おっしゃって');
  });
});

describe('尊敬語 for one’s own side, 謙譲語 for the client', () => {
  it('flags respect language for our own people, not for the client', () => {
    expect(check('弊社の部長がおっしゃいました。')).toContainEqual(['ja.honorific.sonkeigo-for-own-side', 'おっしゃいました']);
    expect(check('私がいらっしゃいます。')).toContainEqual(['ja.honorific.sonkeigo-for-own-side', 'いらっしゃいます']);
    expect(ids('佐藤様がおっしゃいました。')).not.toContain('ja.honorific.sonkeigo-for-own-side');
    expect(ids('弊社の部長は、佐藤様がおっしゃった点を重視しております。')).not.toContain('ja.honorific.sonkeigo-for-own-side');
  });
  it('flags humble language for the client, not for ourselves', () => {
    expect(check('担当者に伺ってください。')).toContainEqual(['ja.honorific.kenjogo-for-client', '伺ってください']);
    expect(check('佐藤様が申しました。')).toContainEqual(['ja.honorific.kenjogo-for-client', '申しました']);
    expect(check('こちらでお待ちしてください。')).toContainEqual(['ja.honorific.kenjogo-for-client', 'お待ちしてください']);
    expect(ids('弊社の山田が申しておりました。')).not.toContain('ja.honorific.kenjogo-for-client');
    expect(ids('佐藤様にお伺いしたところ、問題ないとのことでした。')).not.toContain('ja.honorific.kenjogo-for-client');
    expect(ids('ご担当者様がおられましたらお知らせください。')).not.toContain('ja.honorific.kenjogo-for-client');
  });
});

describe('です/ます mixed with だ/である', () => {
  const mail = (line: string) => `佐藤様\n\nお世話になっております。\n${line}\n\nよろしくお願いいたします。`;
  it('flags a plain sentence among polite ones', () => {
    expect(check(mail('納期は来月末である。'))).toContainEqual(['ja.register.desumasu-dearu-mix', 'である']);
    expect(check(mail('結果は明日わかる。'))).toContainEqual(['ja.register.desumasu-dearu-mix', 'わかる']);
  });
  it.each([
    ['a quotation', mail('仕様書には「耐熱温度は180℃である」と記載されております。')],
    ['a quoted sentence with its own 。', mail('担当者は「問題ない。」と申しておりました。')],
    ['a heading', mail('■ 変更点は次のとおりである')],
    ['a list item', mail('・価格は据え置きとする。')],
    ['a numbered item', mail('1. 納期は3営業日短縮する。')],
    ['an aside in parentheses', mail('（参考：昨年の実績は120件である）')],
    ['だ inside the sentence', mail('この方法が最適だと考えております。')],
    ['a noun ending', mail('詳細は添付資料のとおり。')],
    ['internal mail', '佐藤さん\n\nお疲れさまです。\n納期は来月末である。'],
  ])('leaves %s alone', (_what, text) => {
    const context = text.startsWith('佐藤さん') ? { ...CLIENT, recipient: 'internal' as const } : CLIENT;
    expect(ids(text, context)).not.toContain('ja.register.desumasu-dearu-mix');
  });
});

describe('blunt refusals and their known false positives', () => {
  it.each([
    ['弊社では対応できません。', '弊社では対応できません'],
    ['その条件はお受けできません。', 'その条件はお受けできません'],
    ['返品は受け付けません。', '返品は受け付けません'],
    ['値引きは不可です。', '値引きは不可です'],
    ['ご提案の件はお断りいたします。', 'ご提案の件はお断りいたします'],
    ['その価格では無理です。', 'その価格では無理です'],
  ])('%s', (text, phrase) => {
    expect(check(text)).toContainEqual(['ja.blunt-refusal.unsoftened-refusal', phrase]);
  });
  it.each([
    ['a cushion in the sentence', '恐れ入りますが、弊社では対応できません。'],
    ['a cushion in the sentence before', 'せっかくのお話ですのに、申し訳ございません。弊社では対応できません。'],
    ['a quotation', '「できません」とだけ返すのは避けるべきだと考えております。'],
    ['a heading', '■ 対応できません'],
    ['a list', '・休日の搬入は対応できません'],
    ['a question', '来週に変更することはできませんか。'],
    ['a past inability', '昨日はお電話に出ることができませんでした。'],
    ['a statement of fact', 'まだご入金が確認できません。'],
    ['a softened form', '誠に恐縮ですが、今回はお引き受けいたしかねます。'],
    ['a reassurance', 'ご迷惑はおかけしません。追加の費用も発生しません。'],
    ['a condition', '対応できない場合は、改めてご連絡いたします。'],
    ['internal mail', '休日は対応できません。'],
  ])('leaves %s alone', (what, text) => {
    const context = what === 'internal mail' ? { ...CLIENT, recipient: 'internal' as const } : CLIENT;
    expect(ids(text, context)).not.toContain('ja.blunt-refusal.unsoftened-refusal');
  });
});

describe('the address block', () => {
  it('reads 様 in the signature, さん in the body and さん to colleagues as fine', () => {
    const signed = '株式会社ABC\n購買部 佐藤様\n\nお世話になっております。\n弊社の田中さんからも伺っております。\n\nよろしくお願いいたします。\n\n株式会社XYZ 営業部\n山田 太郎';
    expect(ids(signed).filter((id) => id.includes('sama') || id.includes('onchu'))).toEqual([]);
    expect(ids('田中さん\n\nお疲れさまです。', { ...CLIENT, recipient: 'internal' })).toEqual([]);
  });
});

describe('without the Japanese dictionary', () => {
  it('phrase rules still work and token rules are skipped, not wrong', () => {
    const body = '株式会社ABC\n営業部 佐藤さん\n\nお世話になっております。\n御社の件、了解しました。\n弊社では対応できません。\n部長がおっしゃられた件です。\n納期は来月末である。';
    const found = check(body, CLIENT, bare).map(([id]) => id);
    expect(found).toEqual(
      expect.arrayContaining([
        'ja.honorific.salutation-without-sama',
        'ja.honorific.gosha-in-writing',
        'ja.honorific.ryokai-to-client',
        'ja.blunt-refusal.unsoftened-refusal',
        'ja.honorific.double-keigo',
      ]),
    );
    expect(found).not.toContain('ja.register.desumasu-dearu-mix');
    const status = bare.analyzeWithStatus({ body, context: CLIENT });
    expect(status.japaneseReady).toBe(false);
    expect(status.skippedRules).toContain('ja.register.desumasu-dearu-mix');
    expect(status.skippedRules).toContain('ja.honorific.sonkeigo-for-own-side');
  });
  it('the phrase fallback for double keigo keeps the ending', () => {
    const f = bare.analyze({ body: 'お越しになられました。', context: CLIENT }).find((x) => x.ruleId === 'ja.honorific.double-keigo')!;
    expect(f.suggestions[0]!.text).toBe('お越しになりました');
  });
});

describe('audience', () => {
  it('internal mail raises nothing from client etiquette', () => {
    const body = '北川さん\n\nお疲れさまです。\n了解です！明日は無理だ。値上げの件、御社に伝えておいてね。';
    expect(check(body, { ...CLIENT, recipient: 'internal' })).toEqual([]);
  });
  it('pressure applies to prospects and first contacts only', () => {
    const body = '本日中にご回答ください。';
    expect(ids(body, { ...CLIENT, recipient: 'prospect' })).toContain('ja.pressure.early-pressure');
    expect(ids(body, { ...CLIENT, firstContact: true })).toContain('ja.pressure.early-pressure');
    expect(ids(body)).not.toContain('ja.pressure.early-pressure');
  });
});
