// Keigo direction as a class, in verbs no list names: the humble お・ご〜する for an act whose written subject
// is the client (山田様がお持ちした, ご担当者様がご確認した, 山田様がご持参いたします) and respect language
// for our own side's acts (弊社の部長がお話しになりました); a title with 様 (部長様, 課長殿); られる stacked on a
// respectful verb (お越しになられる). Near misses stay clean: the same humble verb for our act, or for an act
// done to the client (山田様にお送りした), and a title with the name after it (部長 山田様).
import { describe, expect, it } from 'vitest';
import { japaneseRules } from '../../../src/rules/ja';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine(japaneseRules);
const mail = (lines: string) => `株式会社ミズホ工業\n資材部 山田様\n\nいつもお世話になっております。\n\n${lines}\n\nよろしくお願いいたします。`;
const honorific = (body: string) =>
  engine.analyze({ body, context: { recipient: 'client', firstContact: false, now: '2025-12-01' } })
    .filter((f) => f.category === 'honorific').map((f) => [f.ruleId, body.slice(f.start, f.end)]);

describe('keigo in the wrong direction, in any verb', () => {
  it.each([
    ['山田様がお持ちした資料を確認しました。', 'ja.honorific.kenjogo-for-client', 'お持ちした'],
    ['山田様が先日お話しした件です。', 'ja.honorific.kenjogo-for-client', 'お話しした'],
    ['資料は山田様がご持参いたしますか。', 'ja.honorific.kenjogo-for-client', 'ご持参いたします'],
    ['ご担当者様がご確認した内容で問題ございません。', 'ja.honorific.kenjogo-for-client', 'ご確認した'],
    ['弊社の部長がお話しになりました。', 'ja.honorific.sonkeigo-for-own-side', 'お話しになりました'],
    ['社長はお越しになられますか。', 'ja.honorific.double-keigo', 'お越しになられます'],
    ['部長がお見えになられました。', 'ja.honorific.double-keigo', 'お見えになられました'],
    ['社長様にもよろしくお伝えください。', 'ja.honorific.title-with-sama', '社長様'],
    ['当日は弊社の担当者が説明されます。', 'ja.honorific.sonkeigo-for-own-side', 'されます'],
    ['弊社の部長が対応されました。', 'ja.honorific.sonkeigo-for-own-side', 'されました'],
    ['当日は私が同行されます。', 'ja.honorific.sonkeigo-for-own-side', 'されます'],
    ['山田様はおりますか。', 'ja.honorific.kenjogo-for-client', 'おります'],
  ])('flags %s', (line, rule, phrase) => {
    expect(honorific(mail(line))).toEqual([[rule, phrase]]);
  });

  it.each([
    ['私がご案内いたします。'],
    ['山田様にお送りした資料をご確認ください。'],
    ['弊社の田中が資料をお持ちします。'],
    ['山田様がお持ちになった資料を拝見しました。'],
    ['部長の山田様にもよろしくお伝えください。'],
    ['ご担当者様のお名前をお知らせください。'],
    ['弊社の田中が大変お世話になっております。'],
    ['弊社の製品が業界誌で紹介されました。'],
    ['弊社の部長が山田様に紹介されました。'],
    ['弊社の担当者がA社から表彰されました。'],
    ['山田様が説明されました。'],
    ['弊社の田中は本日おります。'],
  ])('leaves %s alone', (line) => {
    expect(honorific(mail(line))).toEqual([]);
  });

  it('a title with 様 in the address line', () => {
    const body = '株式会社ミズホ工業\n資材部長様\n\nいつもお世話になっております。';
    expect(honorific(body)).toEqual([['ja.honorific.title-with-sama', '部長様']]);
  });
});
