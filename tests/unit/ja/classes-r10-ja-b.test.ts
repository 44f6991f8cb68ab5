// Round-10 classes of honorific, register, blunt-refusal and bad-news, in wordings of our own (none copied
// from a corpus): each class with positives in different verbs, structures and positions, and near misses
// that must stay clean of the category.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();
type Recipient = 'client' | 'prospect' | 'internal';
const findings = (body: string, recipient: Recipient = 'client'): Finding[] =>
  engine.analyze({ body, context: { recipient, firstContact: false, now: '2026-06-01' } });
/** A line inside a short client mail; a line with \n is a whole body already. */
const inMail = (line: string) =>
  line.includes('\n') ? line : `株式会社サンプル\n営業部 佐藤様\n\nいつもお世話になっております。\n${line}\n\nよろしくお願いいたします。`;
const flagged = (body: string, category: string, recipient: Recipient = 'client') =>
  findings(body, recipient).filter((f) => f.category === category).map((f) => body.slice(f.start, f.end));

/** [line, words that a finding of the category must overlap] */
type Hit = [string, string];

function classTable(name: string, category: string, hits: Hit[], clean: string[]) {
  describe(`${name} (${category})`, () => {
    it.each(hits)('%s → flagged on %s', (line, words) => {
      const body = inMail(line);
      const at = body.indexOf(words);
      expect(at).toBeGreaterThanOrEqual(0);
      const got = findings(body).filter((f) => f.category === category);
      expect(got.some((f) => f.start < at + words.length && at < f.end), JSON.stringify(got.map((f) => body.slice(f.start, f.end)))).toBe(true);
    });
    it.each(clean.map((c) => [c]))('%s stays clean', (line) => {
      expect(flagged(inMail(line), category)).toEqual([]);
    });
  });
}

// J4: a humble verb for the reader's act inside their favour or a respect form (humble + ていただく, ご + 拝見,
// お伺いいただく, 拝見なさる); our own act asked as a permission with させていただく is the accepted form.
classTable('humble verb inside the reader\'s favour', 'honorific', [
  ['資料をご拝見いただき、ありがとうございます。', 'ご拝見'],
  ['先日お送りしたカタログはご拝読いただけましたでしょうか。', 'ご拝読'],
  ['当日は会場で試作品を拝見していただければと存じます。', '拝見していただけれ'],
  ['お手数ですが、添付の仕様書を拝読していただけますか。', '拝読していただけ'],
  ['ご不明点は受付で係の者に伺っていただければご案内いたします。', '伺っていただけれ'],
  ['来週、弊社工場へ参っていただくことは可能でしょうか。', '参っていただく'],
  ['弊社までお伺いいただく際は、正門をご利用ください。', 'お伺い'],
  ['展示会では弊社ブースへお伺いくださり、ありがとうございました。', 'お伺い'],
  ['詳細は添付の資料をご拝見ください。', 'ご拝見'],
  ['図面は拝見なさいましたか。', '拝見なさい'],
  ['先日のセミナーを拝聴してくださったとのこと、ありがとうございます。', '拝聴してくださ'],
  ['新しい窓口については、すでに存じておられるかと思いますが、改めてご案内いたします。', '存じておられる'],
  ['この仕様変更は、ご担当の方も存じていらっしゃいますか。', '存じていらっしゃい'],
  ['株式会社サンプル\n営業部 佐藤様\n\nお世話になっております。\n新製品の件でございますが、当日は北村からご説明申し上げます。\n佐藤様には、ぜひ会場にて新型機を拝見していただきたく存じます。\n\n以上、よろしくお願いいたします。', '拝見していただき'],
], [
  '資料をご覧いただき、ありがとうございます。',
  '当日は会場で試作品をご覧いただければと存じます。',
  '来週、弊社工場へお越しいただくことは可能でしょうか。',
  '当日は、振動データを拝見させていただければ幸いです。',
  '近日中にご説明に伺わせていただければ幸いです。',
  '明日お電話にて、ご希望を伺わせていただけますでしょうか。',
  '一度、組立ラインを拝見させていただけないでしょうか。',
  '資料を拝見して、改めてご連絡いたします。',
  '弊社の技術者に図面を拝見してもらいます。',
  'ご覧になっていただけますか。',
  '明日、弊社の田中が伺ってまいります。',
  'すでにご存じかと存じますが、改めてご案内いたします。',
  'その件は私も存じております。',
]);

// J5: a favour asked with the plain benefactive (〜てもらえると助かります, 〜てくれると, 〜てもらっていいですか,
// 〜てくれませんか) and colloquial words of praise or difficulty (バッチリ, キツい, コスパ).
classTable('plain benefactive request and slang words', 'register', [
  ['念のため、事前に管理会社さんへ確認してもらえると助かります。', 'てもらえると'],
  ['来週までに修正版を送ってもらえたら嬉しいです。', 'てもらえたら'],
  ['変更点を教えてくれると助かります。', 'てくれると'],
  ['返送用の伝票を同封してもらえればありがたいです。', 'てもらえれば'],
  ['株式会社サンプル\n佐藤様\n\nお世話になっております。\n搬入の件、承知いたしました。\n当日の立ち会いをお願いしてもらえると大変助かります。', 'てもらえると'],
  ['打ち合わせを15時に変えてもらってもいいですか。', 'てもらっても'],
  ['支払いサイトを60日にしてくれませんか。', 'てくれません'],
  ['仕上がりの精度はバッチリです！', 'バッチリ'],
  ['その納期はかなりキツいです。', 'キツい'],
  ['このプランはコスパが高いと評判です。', 'コスパ'],
], [
  '念のため、事前に管理会社様へご確認いただけますと助かります。',
  '来週までに修正版をお送りいただけましたら幸いです。',
  '弊社の技術者に確認してもらえるよう手配いたします。',
  '先方にも了承してもらえました。',
  '担当者に見てもらってから回答いたします。',
  '仕上がりの精度は十分に確保しております。',
  'ボルトはきつく締めております。',
]);

// J6: a no stated as the absence of a plan or of any consideration (〜する予定はありません, 〜を考えておりません,
// 〜は検討しておりません, 今後も予定はございません) or as a standing practice with 一切; no plan to do what would
// hurt the client (値上げ, 取引の停止, 追加費用の請求) is good news.
classTable('a no stated as no plan or no consideration', 'blunt-refusal', [
  ['ご依頼のデータ移行ツールを作る予定はありません。', '作る予定はありません'],
  ['旧型機の修理受付を再開する計画はございません。', '再開する計画はございません'],
  ['現時点では、海外拠点への出荷を考えておりません。', '考えておりません'],
  ['多言語版の制作は検討しておりません。', '検討しておりません'],
  ['株式会社サンプル\n佐藤様\n\nお世話になっております。\nお問い合わせの件、今期の開発には含めておりません。\n今後も予定はございません。\n\n以上です。', '今後も予定はございません'],
  ['貴社向けの個別仕様を用意するつもりはありません。', 'つもりはありません'],
  ['分納の延長は予定しておりません。', '予定しておりません'],
  ['他社品との組み合わせでの保証は、一切しておりません。', '一切しておりません'],
], [
  '御社との取引を停止する予定はございません。',
  '今後もサポートを終了する予定はございません。',
  '追加費用をご請求する予定はございません。',
  '来月は出張の予定はありません。',
  '特に問題とは考えておりません。',
  '今後も変更の予定はございません。',
  '誠に恐縮ながら、現時点で追加開発の予定はございませんが、代替案をご提案できればと存じます。',
]);

// J7: a shortage stated flatly — the part of an order left out under a negated potential (1,000個のうち200個は
// 出荷できません), stock run out (在庫がなくなりました, 在庫なくなっちゃいました) — and a price rise whose only
// neighbouring ため explains a refusal beside it, not the rise.
classTable('a shortage or a rise with no apology, reason or offer', 'bad-news', [
  ['ご発注の2,000枚のうち、300枚は今回お届けできません。', '300枚'],
  ['ご注文いただいた40台のうち、6台は今月ご用意できません。', '6台'],
  ['ご注文の木製トレーMサイズは、先月末で在庫がなくなりました。', '在庫がなくなりました'],
  ['株式会社サンプル\n佐藤様\n\nお世話になってます！\n追加のご注文ありがとうございます。\nただ、青のマグカップは昨日で在庫なくなっちゃいました。', '在庫なくなっちゃいました'],
  ['株式会社サンプル\n佐藤様\n\nお世話になっております。\n清掃サービスの料金を、7月より月額8万円から9万6千円に改定します。\n今回の改定は全店共通のため、個別のご相談はお受けしておりません。\n\n以上です。', '月額8万円から9万6千円'],
], [
  'ご注文の300個はすべて出荷できます。',
  '在庫がなくなる前にご注文ください。',
  '在庫がなくなった場合は、改めてご連絡いたします。',
  '株式会社サンプル\n佐藤様\n\nお世話になっております。\n清掃サービスの料金を、7月より月額8万円から9万6千円に改定いたします。\n人件費の上昇により、やむを得ず改定するものです。\n\n以上です。',
  'ご注文の2,000枚のうち、300枚は検品のため翌日の出荷となります。大変申し訳ございません。',
  // The client's own word followed, and a possibility raised, announce nothing.
  '山田様がおっしゃったとおり、搬入は翌週に延期いたします。',
  '原料の動向次第では、来年度に単価の見直しをお願いする可能性がございます。',
]);
