// Round-6 classes of register and pressure, in wordings of our own (none copied from a corpus): each sentence
// to a client is judged on its own level — a plain ending, a て-form request, a plain question, a chatty
// particle after です/ます, a spoken contraction, a hedge of speech (っぽい, みたい), ないです for ありません,
// a polite "let's", a topic sentence with its copula dropped, elongation, emoji — and the written near misses
// (quoted speech, headings, list items, labels, set closers, internal mail) stay clean. Pressure: a loss once a
// date passes beside scarcity, an offer that lapses as the reason for a bare "お早めに", and the time limit
// nearest the decision asked for.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();
type Recipient = 'client' | 'prospect' | 'internal';
const findings = (body: string, recipient: Recipient = 'client', firstContact = false): Finding[] =>
  engine.analyze({ body, context: { recipient, firstContact, now: '2026-06-01' } });
const ofCategory = (body: string, category: string, recipient: Recipient = 'client') =>
  findings(body, recipient, recipient === 'prospect').filter((f) => f.category === category);

/** Casual sentences to a client, one per line of a polite mail's body: each must raise `register`. */
const CASUAL: Array<[string, string]> = [
  // plain endings: non-past, past, negative, volitional
  ['plain non-past', '見積書は明日こちらから送る。'],
  ['plain past', '昨日の便で部品は出荷した。'],
  ['plain negative', '今回の修正で追加費用はかからない。'],
  ['plain copula', '原因は検査工程の設定ミスだ。'],
  ['plain volitional', 'では来週の会議で詰めよう。'],
  ['plain adjective', '今回の仕上がりはかなりいい。'],
  // て-form requests
  ['te request', '届いたら受領書にサインして。'],
  ['te request with ね', '金曜までに図面を戻してね。'],
  ['te-iru request', '担当が折り返すまで少し待ってて。'],
  // plain questions
  ['plain question の', '来週の立ち会い、来られるの？'],
  ['noun question', '納品場所は第二倉庫？'],
  ['どう question', '新しいパッケージ案はどう？'],
  ['plain verb question', 'サンプルはもう届いた？'],
  // sentence-final particles
  ['plain + よ', '検査結果は問題なかったよ。'],
  ['plain + かな', '来月の納品に間に合うかな。'],
  // Round 22: ね / よ / よね after です/ます are polite warmth (classes-r22-reg C); the chat particles of speech stay.
  ['polite + わ', 'その型番なら在庫がございますわ。'],
  ['polite + なぁ', '本当に助かりますなぁ。'],
  ['plain + ね', '改訂版は来週送るね。'],
  // spoken contractions
  ['〜てる', 'その件は営業部で確認してる。'],
  ['〜てます (い抜き)', '見積もりは今週中に出そうと思ってます。'],
  ['〜ちゃう', '発送が一日遅れちゃいました。'],
  ['〜なきゃ', '月末までに請求書を出さなきゃいけません。'],
  ['〜とく', '明日までに在庫を押さえとくので安心してください。'],
  ['〜んで', '部品が足りないんで、納品は来週になります。'],
  ['ら抜き', '明日の午後なら工場に来れますか？'],
  // ないです, hedges of speech
  ['noun + ないです', 'その色の在庫はもうないです。'],
  ['verb + ないです', '先方からはまだ連絡が来ないです。'],
  ['godan verb + ないです', 'この書類は返送が要らないです。'],
  ['なかったです', '前回の検査では異常はなかったです。'],
  ['っぽい', '不具合の原因は電源ユニットっぽいです。'],
  ['verb + っぽい', '配送が少し遅れるっぽいです。'],
  ['みたい', '先方の担当者が変わったみたいです。'],
  // polite "let's"
  ['ましょう！', '来週ぜひ一緒に現場を回りましょう！'],
  ['ましょう！', 'ぜひ一度一緒に現場を見ましょう！'],
  // a topic with its copula dropped
  ['dropped copula 予定', '代替品は来週月曜に発送予定。'],
  ['dropped copula 中', '原因は現在調査中。'],
  // elongation, wave dashes, exclamation runs, emoji, kaomoji
  ['elongation', '資料届きました、ありがとうございますー。'],
  ['wave dash', '来週お伺いします〜'],
  ['exclamation run', '無事に納品完了しました！！'],
  ['emoji', '新しいカタログをお送りします😊'],
  ['kaomoji', 'よろしくお願いいたします(^^)'],
  // colloquial words
  ['めっちゃ', '新しい治具のおかげでめっちゃ早くなりました。'],
  ['やっぱり', 'やっぱり来週の訪問は難しそうです。'],
  ['ちょっと', 'ちょっと資料を見ていただけますか。'],
  ['了解です', '日程変更の件、了解です！'],
  ['っす', '明日は10時に伺うっす。'],
  ['けど', '見積もりを出しましたけど、少し高めです。'],
];

/** Polite or written near misses to a client: none may raise `register`. */
const POLITE: Array<[string, string]> = [
  ['quoted plain words', '先方からは「今週中に送る」と伺っております。'],
  ['quoted question', '「在庫はある？」とのお問い合わせをいただきました。'],
  ['heading', '■ 変更点の概要'],
  ['bracket heading', '【ご案内】新製品の発売について'],
  ['list item, noun ending', '・納期：3月5日\n・数量：200個'],
  ['list item, 体言止め', '・価格は据え置き\n・納期は2週間短縮'],
  ['label line', '日時：5月7日 10:30'],
  ['set closer 以上', '以上、よろしくお願いいたします。'],
  ['とおり ending', '詳細は添付資料のとおり。'],
  ['ご参考まで', 'ご参考まで。'],
  ['polite question', '来週の立ち会いにお越しいただけますでしょうか。'],
  ['polite past', '昨日の便で部品を出荷いたしました。'],
  ['polite negative', '今回の修正で追加費用はかかりません。'],
  ['そうですね filler', 'そうですね、来週であれば対応可能です。'],
  ['ましょうか offer', '資料を追加でお送りしましょうか。'],
  ['calm ましょう agreeing', 'では、その案で進めましょう。'],
  ['ないでしょうか', '来週のご都合は問題ないでしょうか。'],
  ['adjective ending in ない', '在庫が少ないです。'],
  ['お気をつけて', 'ご出張の際はお気をつけてお越しください。'],
  ['range wave dash', '10〜12時でお願いいたします。'],
  ['single ！ on a polite sentence', 'ご注文ありがとうございます！'],
  ['parenthetical aside', '（参考：昨年度の実績は120件である）'],
  ['plain form before ので', '在庫が足りないので、来週お届けいたします。'],
  ['だと思います', 'この方法が最適だと考えております。'],
];

describe('register per sentence: casual to a client', () => {
  it.each(CASUAL)('%s: %s', (_name, line) => {
    const body = `佐藤様\n\nいつもお世話になっております。\n${line}\n\nよろしくお願いいたします。`;
    expect(ofCategory(body, 'register').length).toBeGreaterThan(0);
  });
  it('has at least 40 casual sentences of many forms', () => {
    expect(CASUAL.length).toBeGreaterThanOrEqual(40);
  });
});

describe('register per sentence: polite and written near misses', () => {
  it.each(POLITE)('%s: %s', (_name, line) => {
    const body = `佐藤様\n\nいつもお世話になっております。\n${line}\n\nよろしくお願いいたします。`;
    expect(ofCategory(body, 'register')).toEqual([]);
  });
  it('has at least 20 near misses', () => {
    expect(POLITE.length).toBeGreaterThanOrEqual(20);
  });
  it.each([
    '明日こっちで在庫確認しとくね。',
    '原因は電源ユニットっぽいです。',
    'その色の在庫はもうないです。',
    '代替品は来週月曜に発送予定。',
    '次の定例で決めましょう！',
    '前回の検査では異常はなかったです。',
    '資料はもう送りましたよ。',
  ])('internal mail may talk as colleagues do: %s', (line) => {
    expect(ofCategory(`お疲れ様です。\n${line}`, 'register', 'internal')).toEqual([]);
  });
});

describe('register: the written form each slip gets', () => {
  it.each([
    ['その色の在庫はもうないです。', 'ないです', 'ありません'],
    ['この書類は返送が要らないです。', '要らないです', '要りません'],
    ['前回の検査では異常はなかったです。', 'なかったです', 'ありませんでした'],
    ['不具合の原因は電源ユニットっぽいです。', 'っぽい', 'のよう'],
    ['配送が少し遅れるみたいです。', 'みたい', 'よう'],
    // Round 21: the chatty particle is underlined with the ending it closes (ですわ), not alone.
    ['来週で大丈夫ですわ。', 'ですわ', 'です'],
    ['ぜひ一度オンラインでお話ししましょう！', 'ましょう！', 'ませんか。'],
    ['代替品は来週月曜に発送予定。', '予定', '予定です'],
  ])('%s: %s → %s', (line, flagged, text) => {
    const f = ofCategory(line, 'register').find((x) => line.slice(x.start, x.end) === flagged);
    expect(f?.suggestions[0]?.text).toBe(text);
  });
});

describe('pressure on a prospect: a loss once a date passes', () => {
  it.each([
    '工事枠は残り2件のみで、今月を過ぎますと年内の着工は難しくなります。',
    'この特別価格、来月からはご用意できないのでお早めに！',
    '3月からは通常料金に戻りますので、お早めに。',
    '展示会特価は残りわずかで、月末を過ぎますとご提供できなくなります。',
    '来週になると在庫が他のお客様に回りますので、早めにご決断いただけると助かります。',
    '初回限定の条件は今月末までのご契約が対象で、4月以降は定価に戻りますので、今週中にご判断いただければと存じます。',
  ])('flags %s', (line) => {
    expect(ofCategory(line, 'pressure', 'prospect').length).toBeGreaterThan(0);
  });
  it.each([
    '4月以降は新しい担当者がご対応いたします。',
    '来月からは新しい窓口でご対応いたしますので、ご安心ください。',
    '来月からは価格が上がりますので、ご検討の目安としてお知らせいたします。',
    '本見積の有効期限は発行日より30日間とさせていただきます。',
  ])('leaves %s', (line) => {
    expect(ofCategory(line, 'pressure', 'prospect')).toEqual([]);
  });
  it('underlines the time limit nearest the decision asked for', () => {
    const line = '今月末までのご契約で初期費用が無料となり、来月以降は通常料金に戻りますので、今週中にご判断いただければと存じます。';
    const f = ofCategory(line, 'pressure', 'prospect');
    // Round 23: the reason clause right before the hurry joins its finding (来月以降は…戻りますので、今週中に); the time
    // limit underlined is still the one nearest the decision, not 今月末.
    const spans = f.map((x) => line.slice(x.start, x.end));
    expect(spans.some((x) => x.endsWith('今週中に') && !x.includes('今月末'))).toBe(true);
  });
});
