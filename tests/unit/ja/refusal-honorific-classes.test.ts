// Japanese blunt refusals and honorific slips by linguistic class, each in several verbs and constructions
// written for this suite (not taken from any corpus), with the near misses of each class that must stay
// clean. A class is what the rules generalise from: a new wording of the class should be caught without
// a new phrase.
import { beforeAll, describe, expect, it } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { Finding } from '../../../src/engine/types';
import { RULES } from '../../../src/rules';

let engine: Engine;
beforeAll(async () => {
  engine = new Engine({ rules: RULES, tokenizer: await sharedNodeTokenizer() });
});
const analyze = (body: string): Finding[] => engine.analyze({ body, context: { recipient: 'client', firstContact: false, now: '2025-12-01' } });
const inCategory = (body: string, category: string) => analyze(body).filter((f) => f.category === category);

interface Class {
  name: string;
  category: 'blunt-refusal' | 'honorific';
  flagged: string[];
  clean: string[];
}

const CLASSES: Class[] = [
  {
    name: 'business shorthand: a no as a noun (不可, 対象外, NG) with no cushion',
    category: 'blunt-refusal',
    flagged: [
      'ご依頼の件、当該品種でのパッケージ変更は不可となります。', '現行プランでは対応不可です。', '土曜日は対応不可。',
      '試作品の貸し出しは受付不可となっております。', 'この仕様での製造は不可でございます。', 'こちらは保証対象外とさせていただいております。',
      '当該サービスは対象外とさせていただきます。', 'その日程はNGです。', '現地での設置作業はサポート対象外です。',
    ],
    clean: [
      '恐れ入りますが、こちらは保証対象外とさせていただいております。', '土曜日も対応可能です。', 'ご協力が不可欠です。',
      '範囲外の場合は別途お見積もりいたします。', 'NGワードの一覧をお送りします。',
    ],
  },
  {
    name: 'a refusal stated as our policy or rule (〜しておりません, 〜ない方針です, 〜ないことになっております)',
    category: 'blunt-refusal',
    flagged: [
      '弊社では3,000袋未満の製造はしておりません。', '当社では個人向けの販売はしておりません。', '弊社では海外への発送はいたしておりません。',
      '当社の方針で、個人向けの販売はしておりません。', '規定上、3,000個未満の製造はしておりません。', '弊社ではデータの削除代行はしない方針です。',
      '弊社では値引きには応じない方針でございます。', '個別の見積もりはお出ししない決まりになっております。', '原則として、返品はお受けしないことになっております。',
      '弊社ではサンプルを無償でお送りしないことになっています。', '弊社の規定によりお受けできません。',
    ],
    clean: [
      '弊社では価格の変更はしておりません。', '弊社では特に問題は確認しておりません。', '弊社ではその件について連絡はしておりません。',
      '弊社では土曜日も営業しております。', 'まだ発送はしておりません。', '弊社では値引きはしない方針ですが、数量に応じた特別価格をご提案できます。',
      '大変恐縮ですが、弊社では個人向けの販売はしておりません。',
    ],
  },
  {
    name: 'a negated potential with a reason but no cushion, whatever the topic (変更はできません)',
    category: 'blunt-refusal',
    flagged: [
      '金型の関係で、この変更はできません。', '仕様の変更はできません。', '価格の変更はできません。', '第12条の損害賠償上限の撤廃については、ご要望には応じられません。',
      '納期の変更には応じられません。', 'ご提案の条件はのめません。', 'ご提示の条件では合意できません。', 'その件についてはお答えできません。',
      '温度管理の観点から、冷凍品の混載はお受けできません。', 'その要求には従えません。', 'ご要望の機能は、現行バージョンでは実装できません。',
      '本件につきましては、弊社ではお力になれません。', '追加費用の負担はできません。',
    ],
    clean: [
      '価格は変更いたしません。', 'ご迷惑はおかけしません。', '本製品は防水仕様ではございません。', 'この機種は200Vには対応しておりません。',
      '本ソフトはMacではご利用いただけません。', '仕様は変更できませんが、代替品をご提案いたします。', '第3条（支払条件）の改定案をお送りします。',
    ],
  },
  {
    name: 'a decision not to (見合わせます, 却下, 差し控えさせていただきます, 予定しておりません) with no cushion',
    category: 'blunt-refusal',
    flagged: [
      'ご提案いただいた共同開発は、今回は見合わせます。', 'お誘いいただいた展示会への出展は見合わせさせていただきます。', 'その案は却下させていただきます。',
      'ご回答は差し控えさせていただきます。', 'この件についてのコメントは控えさせていただきます。', 'ご要望のカラー追加は、今のところ予定しておりません。',
      '今回の発注は見送らせていただきます。', '今回はお受けしないことにいたしました。', '懇親会へのご出席は遠慮させていただきます。',
    ],
    clean: [
      'ご提案いただいた共同開発は、今回は見合わせたく存じます。', '却下の理由をご説明いたします。', '値上げは予定しておりません。',
      'ご要望の件、来週の会議で検討を予定しております。', '誠に恐縮ながら、ご回答は差し控えさせていただきます。',
    ],
  },
  {
    name: 'a no as difficulty or impossibility (難しいです, 無理ですね, 都合がつきません) with no alternative',
    category: 'blunt-refusal',
    flagged: [
      'その条件では難しいです。', '今月中の納品は厳しいです。', 'それはちょっと無理ですね。', 'その日は都合がつきません。',
      'ご提示の日程は調整がつきません。', 'ご提示の金額では、お引き受けは困難です。', 'そのご依頼はお受けできない状況です。', '納期の前倒しは不可能です。',
      'ご要望の日程では、お伺いすることができない状況です。',
    ],
    clean: [
      'あいにくその日は都合がつきません。', '都合がつき次第、ご連絡いたします。', '操作が難しいので、弊社で初期設定を代行いたします。',
      '寒さが厳しいです。', '「土曜日は無理です」とのことでしたので、平日で調整いたします。', 'お電話がつながらず、ご連絡することができない状況です。',
      '会場内での撮影はご遠慮ください。',
    ],
  },
  {
    name: 'our own colleague honoured (弊社代表の山田様, 弊社担当の鈴木さん, 弊社の田中部長)',
    category: 'honorific',
    flagged: [
      '来週のお打ち合わせには、弊社代表の山田様も同席いたします。', '弊社社長のマイヤーズ様も、大変光栄だったと申しておりました。',
      '当社営業部長の佐藤様が伺います。', '弊社担当の鈴木さんが対応いたします。', '私どもの上司の中村様にも確認いたします。',
      '当日は弊社の田中部長が伺います。', '当社の山本社長よりご挨拶申し上げます。', '弊社営業部の田中課長からご連絡いたします。', '当社のジョンソン社長も参ります。',
    ],
    clean: [
      '弊社代表の山田も同席いたします。', '当日は弊社部長の田中が伺います。', '弊社の販売代理店様からご紹介いただきました。',
      '弊社のお客様からも好評をいただいております。', '貴社の田中部長にもよろしくお伝えください。', '弊社の田中が申しておりました。',
    ],
  },
  {
    name: 'the client’s person with さん (貴社の佐藤さん)',
    category: 'honorific',
    flagged: [
      '貴社の佐藤さんにもよろしくお伝えください。', '貴社営業部の田中くんから伺いました。', '御社の山本さんにご確認いただけますでしょうか。',
      '貴社購買部の鈴木さんから資料を頂戴しました。', '貴院の森田さんにもご説明いたします。', '貴社の佐藤 健一さんにお渡しください。',
      '貴社品質保証部の中村さんのご指摘を踏まえ、改善いたしました。', '貴社の高橋さんとお打ち合わせいたしました。',
    ],
    clean: [
      '貴社の佐藤様にもよろしくお伝えください。', '先日、A社の佐藤さんからご紹介いただきました。', '弊社の佐藤が伺います。',
      '貴社の皆さんにお配りください。',
    ],
  },
  {
    name: 'a group with 様 before 各位 (ご利用者様各位), or 各位 with 様',
    category: 'honorific',
    flagged: [
      'ご利用者様各位\n\nいつもご利用いただき、誠にありがとうございます。', '参加者様各位\n\n本日はありがとうございました。',
      '会員様各位\n\n平素よりご愛顧を賜り、誠にありがとうございます。', '株主様各位\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。',
      '関係者様各位\n\nお世話になっております。', '皆様各位\n\nお世話になっております。', '取引先各位様\n\nお世話になっております。',
      'お取引先様各位\n\n平素より格別のお引き立てを賜り、厚く御礼申し上げます。',
    ],
    clean: [
      'お客様各位\n\n平素より格別のお引き立てを賜り、厚く御礼申し上げます。', 'ご利用者各位\n\nいつもご利用いただき、誠にありがとうございます。',
      '関係者各位\n\nお世話になっております。', 'お取引先各位\n\n平素より格別のお引き立てを賜り、厚く御礼申し上げます。',
    ],
  },
  {
    name: 'a person in the address block with no 様 (a title or department, then a full name)',
    category: 'honorific',
    flagged: [
      '株式会社ヒラノ建設\n事務長 森田 和也\n\nいつもお世話になっております。', '医療法人 松風会 ひがし内科クリニック\n事務長 森田 和也\n\nいつもお世話になっております。',
      '株式会社ヒラノ建設\n法務部 青木 健一\n\nいつもお世話になっております。', '株式会社ヒラノ建設\n部長 Tanaka Kenji\n\nいつもお世話になっております。',
      '株式会社ミドリ製薬\n購買部 佐藤\n\nいつもお世話になっております。', '株式会社アオバ 営業部 佐藤さん\n\nいつもお世話になっております。',
      '株式会社ミナト\n品質部 Nakamura\n\nいつもお世話になっております。', '学校法人 青葉学園\n理事長 山本 一郎\n\nいつもお世話になっております。',
    ],
    clean: [
      '株式会社ヒラノ建設\n事務長 森田 和也様\n\nいつもお世話になっております。', '株式会社ヒラノ建設\n法務部 部長 青木様\n\nいつもお世話になっております。',
      '株式会社ヒラノ建設 総務部 御中\n\nいつもお世話になっております。', '株式会社ミナト\n品質部 Nakamura様\n\nいつもお世話になっております。',
    ],
  },
  {
    name: 'keigo in the wrong direction or stacked, in any verb',
    category: 'honorific',
    flagged: [
      '資料は拝見されましたでしょうか。', 'お送りした見本は頂戴されましたか。', '弊社の者が伺われます。', 'ご持参してください。',
      'しばらくお待ちしてください。', '弊社の部長がそうおっしゃっていました。', '弊社の担当者が資料をご用意なさいます。', 'お帰りになられましたか。',
      '会議にご出席になられますか。',
    ],
    clean: [
      '資料はご覧になりましたでしょうか。', '先日は見本を頂戴しました。', '弊社の者が伺います。', 'ご持参ください。',
      '弊社の部長がそう申しておりました。', '資料はお受け取りになりましたか。',
    ],
  },
];

describe.each(CLASSES)('$name', (c) => {
  it.each(c.flagged)(`flags %s as ${c.category}`, (text) => {
    expect(inCategory(text, c.category).length).toBeGreaterThan(0);
  });
  it.each(c.clean)('leaves %s', (text) => {
    expect(inCategory(text, c.category)).toEqual([]);
  });
});

describe('suggestions keep the verb and the content, and raise nothing new', () => {
  it.each([
    ['弊社では3,000袋未満の製造はしておりません。', 'あいにく、弊社では3,000袋未満の製造はいたしかねます。'],
    ['弊社では値引きには応じない方針でございます。', '申し訳ございませんが、弊社では値引きには応じかねます。'],
    ['原則として、返品はお受けしないことになっております。', '申し訳ございませんが、原則として、返品はお受けいたしかねます。'],
    ['その日は都合がつきません。', 'あいにく、その日は都合がつきかねます。'],
    ['その要求には従えません。', '申し訳ございませんが、その要求には従いかねます。'],
    ['ご要望の日程では、お伺いすることができない状況です。', 'ご要望の日程では、あいにくお伺いすることができかねる状況でございます。'],
    ['来週のお打ち合わせには、弊社代表の山田様も同席いたします。', '来週のお打ち合わせには、弊社代表の山田も同席いたします。'],
    ['当日は弊社の田中部長が伺います。', '当日は弊社部長の田中が伺います。'],
    ['ご利用者様各位\n\nいつもご利用いただき、誠にありがとうございます。', 'ご利用者各位\n\nいつもご利用いただき、誠にありがとうございます。'],
  ])('%s', (text, expected) => {
    const f = analyze(text).find((x) => x.category === 'blunt-refusal' || x.category === 'honorific')!;
    const out = applySuggestion(text, f, 0);
    expect(out).toBe(expected);
    const before = new Set(analyze(text).map((x) => x.ruleId));
    expect(analyze(out).filter((x) => !before.has(x.ruleId))).toEqual([]);
  });
});
