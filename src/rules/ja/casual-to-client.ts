import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence, Token } from '../../engine/types';
import { casualPhrases } from './lib/casual';
import { intensifiersIn } from './lib/intensifiers';
import { casualEndingsIn } from './lib/casual-endings';
import { japaneseFacts } from '../../engine/analysis/ja';
import { naiDesu } from './lib/register-level';
import { finalPredicate } from '../../engine/analysis/ja-predicate';
import { suggestion } from './lib/suggest';
import { japaneseRuns, japaneseSpans, type JapaneseSpan } from './lib/japanese-spans';
import { isListOrHeading, listNumberBefore, quotedRanges } from './lib/text';
import { isAddressLine } from '../../engine/analysis/layout';
import salutationJson from '../../../dictionaries/ja/salutation.json';

/**
 * Sentence-final particles that make a plain sentence chatty (送るね, 大丈夫だよ), read from the particle's
 * shape rather than a list of sentences: one of よ ね な わ ぞ ぜ さ, alone or stacked (よね, わよ), and drawn
 * out as in speech (楽しかったなあ, 助かったなー, 良かったねえ, 大丈夫だよー). Not か or かな: a plain question
 * is ja.register.plain-sentence's.
 */
const CHATTY_PARTICLE = /^[よねなわぞぜさ]{1,2}[ぁあぇえぉおーっ〜～]{0,3}$/u;

/**
 * Casual forms to a client: 了解！, ありがとう or よろしく alone, 〜してね, 〜だよ, spoken contractions
 * (〜んじゃない, 〜しといて, 〜ちゃいました), emoji. Each one is
 * friendly among colleagues and presumptuous towards a buyer.
 */
export default defineRule({
  id: 'ja.register.casual-to-client',
  // Also the Japanese run inside an English sentence ("Thanks for the drawings – 了解です!"): its phrases only.
  lang: 'any',
  category: 'register',
  sentenceGroup: { group: 'ja.register', rank: 1 },
  severity: 'warning',
  title: { en: 'Casual forms to a client', ja: 'お客様へのくだけた表現' },
  // A blunt refusal's rewrite (申し訳ございませんが、…いたしかねます) replaces the whole refusal in polite form,
  // so a casual word inside it (対応できないです, ムリっす) is the refusal's to fix, not a second finding.
  yieldsTo: ['ja.blunt-refusal.unsoftened-refusal', 'ja.blunt-refusal.negated-act'],
  rationale: {
    en: 'A Japanese buyer expects business register (です/ます, ございます) from a supplier. Chatty forms — 了解！, ありがとう, よろしく, 〜してね, 〜だよ, emoji — read as over-familiar and can cost trust, however warm they were meant to be.',
    ja: '取引先からのメールには、です・ます調や「ございます」などのビジネスの言葉遣いが期待されます。「了解！」「ありがとう」「よろしく」「〜してね」「〜だよ」や絵文字は、親しみのつもりでも馴れ馴れしく映り、信頼を損ないかねません。',
  },
  examples: {
    valid: [
      { text: 'いつもありがとうございます。' },
      { text: '引き続きよろしくお願いいたします。' },
      { text: '承知いたしました。' },
      { text: '「ありがとう」の一言が大切だと感じております。' },
      { text: 'いつもありがとう！', context: { recipient: 'internal' } },
      // Round 27: 超 as a prefix of a plain noun, or inside one word; the client's own words quoted.
      { text: '超音波検査の結果をお送りいたします。' },
      { text: '予算を超過いたしました。' },
      { text: '田中様から「超助かりました」とのお言葉をいただきました。' },
      { text: 'そうですね。' },
      { text: '事前にご了解をいただいております。' },
      { text: '了解しました。' },
      { text: '本件はいったん保留といたします。' },
      { text: '明日には届くのではないかと存じます。' },
      { text: '在庫が少ないです。' },
      { text: '来週のご都合は問題ないでしょうか。' },
      { text: 'NG品は弊社にて回収いたします。' },
      { text: '検査でNGとなった部品の数量をご報告いたします。' },
      { text: '画面のOKボタンを押してください。' },
      { text: '担当メンバーも全員入れ替わります。' },
      { text: '「これは使えるな」とおっしゃっていただき、大変うれしく存じます。' },
      { text: '貴社の求人を拝見し、急成長されていると思いご連絡いたしました。' },
      { text: 'ご確認をお願いいたします。取り急ぎ、ご報告まで。' },
      { text: '資料をお送りいたします。早めに。' },
      // Round 30: a headline of an event (a サ変 noun) is no feeling told with its copula dropped.
      { text: '新製品、発売！' },
      // Round 36 (fp36): the word inside the reader's company name is a name.
      { text: '株式会社サンクス・インテリア\n商品部 竹内様\n\nいつもお世話になっております。' },
    ],
    invalid: [
      {
        text: '修正図面を確かに受領いたしました。いつもありがとう！',
        flagged: 'ありがとう！',
        outputs: ['修正図面を確かに受領いたしました。いつもありがとうございます。'],
      },
      { text: '納期の件、了解です！', flagged: '了解です！', outputs: ['納期の件、承知いたしました。', '納期の件、かしこまりました。'] },
      {
        text: 'Hi Ms. Endo,\nThanks for the drawings – 了解です! I will check them today.',
        flagged: '了解です',
        outputs: [
          'Hi Ms. Endo,\nThanks for the drawings – 承知いたしました! I will check them today.',
          'Hi Ms. Endo,\nThanks for the drawings – かしこまりました! I will check them today.',
        ],
      },
      { text: 'では、よろしく！', flagged: 'よろしく！', outputs: ['では、よろしくお願いいたします。', 'では、引き続きよろしくお願い申し上げます。'] },
      { text: 'ライセンスは5本ってことで手配いたします。', flagged: 'ってこと', outputs: ['ライセンスは5本ということで手配いたします。'] },
      {
        text: '図面を確認してね。',
        flagged: 'てね',
        outputs: ['図面を確認してください。', '図面を確認していただけますと幸いです。'],
      },
      { text: '明日の会議は10時からだよ。', flagged: 'だよ', outputs: ['明日の会議は10時からです。'] },
      { text: '資料は明日送るね。', flagged: '送るね', outputs: ['資料は明日送ります。'] },
      { text: '懇親会は本当に楽しかったなあ。', flagged: '楽しかったなあ', outputs: ['懇親会は本当に楽しかったです。'] },
      { text: '来月お会いできるのが楽しみだなあ。', flagged: 'だなあ', outputs: ['来月お会いできるのが楽しみです。'] },
      { text: '次回の打合せは3月5日でいいよね？', flagged: 'いいよね', outputs: ['次回の打合せは3月5日でよろしいでしょうか？'] },
      { text: 'ご対応ありがとうございます😊', flagged: '😊', outputs: ['ご対応ありがとうございます。'] },
      { text: 'ちょっとお時間をいただけますか。', flagged: 'ちょっと', outputs: ['少々お時間をいただけますか。'] },
      { text: '前回の打ち合わせ、超助かりました。', flagged: '超', outputs: ['前回の打ち合わせ、大変助かりました。'] },
      { text: 'お見積り、マジで助かります。', flagged: 'マジで', outputs: ['お見積り、大変助かります。'] },
      { text: '明日には届くんじゃないかと思います。', flagged: 'んじゃないか', outputs: ['明日には届くのではないかと思います。'] },
      { text: 'お手数ですが、資料を確認しといてください。', flagged: 'しといて', outputs: ['お手数ですが、資料を確認しておいてください。'] },
      { text: '申し訳ございません、請求書の送付が遅れちゃいました。', flagged: 'ちゃいました', outputs: ['申し訳ございません、請求書の送付が遅れてしまいました。'] },
      { text: '前回の検査では異常はなかったです。', flagged: 'なかったです', outputs: ['前回の検査では異常はありませんでした。'] },
      { text: 'この書類は返送が要らないです。', flagged: '要らないです', outputs: ['この書類は返送が要りません。'] },
      // 「…が、NGでした。」 answering their request is a refusal too: ja.blunt-refusal.unsoftened-refusal (terse-fuka) reports it, and this rule yields.
      { text: '社内の審査はNGになりました。', flagged: 'NGになりました', outputs: ['社内の審査は承認が得られませんでした。'] },
      { text: 'この日程でOKです？', flagged: 'OKです', outputs: ['この日程でよろしいでしょうか？'] },
      { text: '御社の記事を拝見し、急成長中なんだなと思いご連絡いたしました。', flagged: '中なんだな', outputs: ['御社の記事を拝見し、急成長中なのだと思いご連絡いたしました。'] },
      { text: '添付のリストをご確認ください。はやめに。', flagged: 'はやめに。', outputs: ['添付のリストをご確認ください。'] },
      { text: '来週の打ち合わせ、楽しみ！', flagged: '楽しみ', outputs: ['来週の打ち合わせ、楽しみです！'] },
    ],
  },
  readsPrevious: true,
  // Round 34: the previous sentence is read by isListOrHeading and, for a clipped afterthought, by REQUEST_END alone.
  previousKey: (s, previous) => (listNumberBefore(s, previous) ? 'n' : '') + (previous !== undefined && REQUEST_END.test(previous.text) ? 'r' : ''),
  sentence(s, ctx, previous) {
    if (s.lang !== 'ja') {
      // A run ends where the English resumes, so a phrase that must close its sentence may close the run.
      for (const span of japaneseSpans(s)) phrases(s, ctx, span, false);
      return;
    }
    // Round 46 (ub-029): a list item or a heading is terse by design, so its forms are not judged (a plain ending is a note's);
    // a casual word in it (ちょっと, 笑, an emoji, マジで) is the same chat in a list as in prose.
    if (isListOrHeading(s, previous)) {
      const covered = phrases(s, ctx, { text: s.text, offset: 0, closed: true }, true);
      for (const h of intensifiersIn(s)) {
        reportUncovered(s, ctx, covered, h, h.entry.message, suggestion(h.entry.plain, `Use ${h.entry.plain}`, `「${h.entry.plain}」にする`));
      }
      return;
    }
    const covered = phrases(s, ctx, { text: s.text, offset: 0, closed: true }, true);
    // Hi Ueda-san, なるほどですね, that makes sense.: a Japanese run inside English prose, read as its own text.
    for (const span of japaneseRuns(s.text)) {
      const more = phrases(s, ctx, span, false, covered);
      covered.push(...more);
    }
    if (s.tokens) {
      for (const n of naiDesu(s, ctx.facts.of(japaneseFacts, s).quotes)) {
        covered.push([n.start, n.end]);
        ctx.report({
          start: s.start + n.start,
          end: s.start + n.end,
          message: 'ないです is spoken; in writing the negative is 〜ません / ありません.',
          messageJa: '「〜ないです」は話し言葉です。「〜ません」「ありません」と書きます。',
          suggestions: [suggestion(n.text, `Write ${n.text}`, `「${n.text}」にする`)],
        });
      }
    }
    // Round 27: 超助かりました, マジで, ガチで — an intensifier of speech read from kuromoji's tokens (lib/intensifiers.ts).
    for (const h of intensifiersIn(s)) {
      reportUncovered(s, ctx, covered, h, h.entry.message, suggestion(h.entry.plain, `Use ${h.entry.plain}`, `「${h.entry.plain}」にする`));
    }
    chattyEnding(s, ctx, covered);
    talkEnding(s, ctx, covered);
    chattyQuotedThought(s, ctx, covered);
    clippedAfterthought(s, ctx, covered, previous);
    droppedParticle(s, ctx, covered);
    plainGiving(s, ctx, covered);
    loanwordVerdict(s, ctx, covered);
    exclaimedState(s, ctx, covered);
  },
});

/**
 * The casual phrases of a span (the sentence, or a Japanese run of it), reported; their ranges. A
 * run's phrase takes no 。 of its own: the English sentence goes on with its own punctuation.
 */
function phrases(
  s: Sentence, ctx: RuleContext, span: JapaneseSpan, ownStop: boolean, already: Array<[number, number]> = [],
): Array<[number, number]> {
  const { text, offset } = span;
  const covered: Array<[number, number]> = [];
  for (const { entry: e, match: m, start, end, close: stop } of casualPhrases(text)) {
    if (already.some(([a, b]) => offset + start < b && a < offset + end)) continue;
    // Round 36 (fp36, gf-024): 「株式会社サンクス・インテリア」 — the word is part of a name of an organisation (the
    // reader's company in the address block): a company marker on its line-long sentence, or a name joined to it.
    if (partOfName(text, start, end, s.text)) continue;
    // Round 24: offerなので、: a run that goes on from an English word mid-sentence opens no sentence (its なので
    // follows the noun, as in writing).
    if (e.pattern.startsWith('^') && start === 0 && offset > 0 && /[A-Za-z0-9]$/.test(s.text.slice(0, offset))) continue;
    // A phrase that must close its sentence does not close a run the English goes on from (the よろしく campaign).
    if (e.end && !span.closed) continue;
    const close = ownStop ? stop : '';
    covered.push([offset + start, offset + end]);
    ctx.report({
      start: s.start + offset + start,
      end: s.start + offset + end,
      message: e.message.en,
      messageJa: e.message.ja,
      suggestions: e.suggestions.map((x) =>
        suggestion(x.text.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '') + close, x.label, x.labelJa),
      ),
    });
  }
  return covered;
}

/** Company markers of the address block (株式会社, 有限会社, ㈱, Inc): a name of an organisation is written with one. */
const COMPANY_MARKERS: readonly string[] = salutationJson.companyMarkers;
/** A name's parts joined by a middle dot (サンクス・インテリア), or the name's honorific or company word right after it. */
const NAME_JOINED_AFTER = /^(?:・[ァ-ヺー]|[\p{Script=Han}ァ-ヺー]{0,4}(?:様|御中|(?:株式|有限|合同)会社)|社(?![会内員長]))/u;
const NAME_JOINED_BEFORE = /(?:[ァ-ヺー]・|(?:株式|有限|合同)会社|[（(][株有][）)]|[㈱㈲])$/;

/**
 * The phrase at [start, end) of `text` is part of a name: joined to the name's other parts or its company word, or
 * inside a sentence that is all one address line naming an organisation (株式会社サンクス・インテリア).
 */
function partOfName(text: string, start: number, end: number, sentence: string): boolean {
  if (NAME_JOINED_AFTER.test(text.slice(end, end + 10)) || NAME_JOINED_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return true;
  const line = sentence.trim();
  return !line.includes('\n') && isAddressLine(line) && COMPANY_MARKERS.some((m) => line.includes(m));
}

/**
 * After the verb only ます in any of its forms (ます, ました, ません, ませんでした), て + ください, or the end of the
 * sentence — or of its first clause, cut by a comma (図面届きました、確認します).
 */
function endsSentence(tokens: readonly Token[], k: number): boolean {
  const comma = tokens.findIndex((t, i) => i >= k && t.pos === '記号' && t.surface === '、');
  const rest = tokens.slice(k, comma >= 0 ? comma : undefined).filter((t) => t.pos !== '記号');
  if (rest.length === 0) return comma < 0;
  if (rest[0]!.surface === 'て' && /^(?:ください|下さい)$/.test(rest[1]?.surface ?? '')) return rest.length === 2 && comma < 0;
  if (rest[0]!.base !== 'ます') return false;
  return rest.slice(1).every((t) => t.pos === '助動詞' && /^(?:た|ん|です)$/.test(t.base));
}

/** Verbs that take their noun without a particle in written set phrases: 問題ありません, 御礼申し上げます. */
const BARE_OBJECT_VERBS = new Set([
  'する', 'ある', 'ござる', 'いる', 'おる', 'なる', 'できる', 'いたす', '致す', 'させる', 'される', 'なさる', '申し上げる', '差し上げる',
  'いただく', '頂く', 'いただける', '頂ける', '賜る', '願う', '存じる', 'くださる', '下さる', '申す', '参る', 'いう', '言う',
]);

/** Verbs of going and coming take their place with に (工場行きます → 工場に行きます). */
const MOTION_VERBS = new Set(['行く', 'いく', '来る', 'くる', '参る', 'まいる', '伺う', 'うかがう', '戻る', '帰る', '向かう', '寄る', '出る', '入る', '着く', '出向く', '訪れる']);
/**
 * Intransitive verbs a mail says of things (図面届きました → 図面が届きました, 日程決まりました → 日程が決まりました):
 * their noun is the subject, so the particle written back is が, not を. The closed class of 自動詞 of arrival, change,
 * start and end, and state that business mail uses; any other verb keeps を (資料送ります → 資料を送ります).
 */
const INTRANSITIVE_VERBS = new Set([
  '届く', '決まる', '変わる', '始まる', '終わる', '間に合う', '揃う', 'そろう', '遅れる', '空く', '見つかる', '上がる', '下がる',
  '増える', '減る', '直る', '壊れる', '止まる', '続く', '進む', '残る', '集まる', '固まる', 'まとまる', '完了', '終了', '開始',
  '仕上がる', 'できる', '出来る', '通る', '落ちる', '切れる', '外れる', '起きる', '動く', '治る', '足りる',
]);
const particleFor = (verb: string) => (MOTION_VERBS.has(verb) ? 'に' : INTRANSITIVE_VERBS.has(verb) ? 'が' : 'を');

/** Quantifiers that float after their noun (the closed class of all/part/each), not objects of the verb. */
const FLOATING_QUANTIFIERS = new Set(['全員', '全部', '全て', '全数', '全量', '全額', '全品', '一同', '各自', '各位', '両方', '双方', '大半', '半分', '半数', '一部', '大部分', '皆', '皆様', '皆さん']);

/**
 * 添付見てください / 工場行きます / 資料送ります: a case particle (を, に, へ) dropped between a noun and its
 * verb, as in speech. A noun under お / ご (ご迷惑おかけします) or a humble set phrase (御礼申し上げます,
 * 問題ございません) is written Japanese.
 */
function droppedParticle(s: Sentence, ctx: RuleContext, covered: Array<[number, number]>): void {
  const tokens = s.tokens;
  if (!tokens) return;
  for (let k = 1; k < tokens.length; k++) {
    const v = tokens[k]!;
    const n = tokens[k - 1]!;
    if (v.pos !== '動詞' || v.pos1 !== '自立' || BARE_OBJECT_VERBS.has(v.base)) continue;
    if (n.pos !== '名詞' || (n.pos1 !== '一般' && n.pos1 !== 'サ変接続')) continue;
    // メンバーも全員入れ替わります / 在庫を全部出荷します: a quantifier floating after its noun's particle.
    if (FLOATING_QUANTIFIERS.has(n.surface)) continue;
    if (tokens[k - 2]?.pos === '接頭詞' || tokens[k - 2]?.pos === '名詞') continue;
    // The noun must end a word of its own (not 取り扱い-like compounds read apart): kanji or katakana.
    if (!/^[\p{Script=Han}\p{Script=Katakana}ー]+$/u.test(n.surface)) continue;
    // Only the sentence's own predicate (見てください, 行きます): a verb mid-clause (全数まとめて出荷) is often an
    // adverbial noun's, written so.
    if (!endsSentence(tokens, k + 1)) continue;
    const start = n.start;
    const end = v.end;
    if (covered.some(([a, b]) => s.start + a < end && s.start + b > start)) continue;
    ctx.report({
      start,
      end,
      message: 'A particle dropped between a noun and its verb (添付見てください) is how people talk; write it out to a client.',
      messageJa: '「添付見てください」のように助詞を省くのは話し言葉です。お客様には助詞を補って書きます。',
      suggestions: [suggestion(n.surface + particleFor(v.base) + v.surface, 'Write the particle', '助詞を補う')],
    });
    return;
  }
}

/**
 * Round 29: 明日来るって / 本当かい？ / いつだっけ / いくらなの？ / まあいいや / お互い様さ / 聞いてみたら？: an ending of
 * talk closing the sentence, read from its final tokens (lib/casual-endings.ts, dictionaries/ja/casual-endings.json),
 * whatever closes the line — 。, ？, a line break or nothing, as chat and transcripts leave it.
 */
function talkEnding(s: Sentence, ctx: RuleContext, covered: Array<[number, number]>): void {
  for (const h of casualEndingsIn(s)) {
    reportUncovered(s, ctx, covered, h, h.entry.message,
      suggestion(h.polite, h.polite ? `Write ${h.polite}` : 'Remove it', h.polite ? `「${h.polite}」にする` : '削除する'));
  }
}

/**
 * Round 30: 来週の打ち合わせ、楽しみ！ / 結果は残念！ / 今回の件、本当に心配〜: a feeling or a state told of a topic with the
 * copula dropped and an exclamation — a noun of state (a na-adjective's stem, or a noun with kana okurigana such as
 * 楽しみ) closing the line after a topic (a comma or は), then ！ or 〜. Read from the tokens, so a headline of an event
 * (新製品、発売！ — a サ変 noun) or a bare heading stays. Written to a client, the copula comes back (楽しみです！).
 */
function exclaimedState(s: Sentence, ctx: RuleContext, covered: Array<[number, number]>): void {
  const tokens = s.tokens;
  if (!tokens) return;
  let i = tokens.length - 1;
  let exclaimed = false;
  while (i >= 0 && (tokens[i]!.pos === '記号' || /^\s+$/.test(tokens[i]!.surface))) {
    if (/[！!〜～]/.test(tokens[i]!.surface)) exclaimed = true;
    i--;
  }
  const n = tokens[i];
  if (!exclaimed || !n || i < 2 || n.pos !== '名詞') return;
  const state = n.pos1 === '形容動詞語幹' || (n.pos1 === '一般' && /^\p{Script=Han}+\p{Script=Hiragana}+$/u.test(n.surface));
  if (!state) return;
  // The topic before it: a comma or は right before the noun (an adverb such as 本当に or すごく may stand between).
  let k = i - 1;
  while (k > 0 && (tokens[k]!.pos === '副詞' || (tokens[k]!.pos === '形容詞' && tokens[k]!.cForm.startsWith('連用')))) k--;
  const t = tokens[k]!;
  if (!(t.surface === '、' || t.surface === '，' || (t.pos === '助詞' && t.surface === 'は'))) return;
  if (quotedRanges(s.text).some(([a, b]) => n.start - s.start >= a && n.end - s.start <= b)) return;
  reportUncovered(s, ctx, covered, { start: n.start, end: n.end },
    { en: 'A feeling told with the copula dropped and an exclamation (楽しみ！) is chat; to a client write it out (楽しみです).', ja: '「楽しみ！」のように「です」を省いて感嘆符で言い切るのは話し言葉です。お客様には「楽しみです」と書きます。' },
    suggestion(`${n.surface}です`, `Write ${n.surface}です`, `「${n.surface}です」にする`));
}

/** Reports `h` (offsets into the field) unless an earlier finding of this rule in the sentence overlaps it; then it is covered. */
function reportUncovered(
  s: Sentence, ctx: RuleContext, covered: Array<[number, number]>, h: { start: number; end: number },
  message: { en: string; ja: string }, fix: ReturnType<typeof suggestion>,
): void {
  if (covered.some(([a, b]) => s.start + a < h.end && s.start + b > h.start)) return;
  covered.push([h.start - s.start, h.end - s.start]);
  ctx.report({ start: h.start, end: h.end, message: message.en, messageJa: message.ja, suggestions: [fix] });
}

/**
 * Round 42: the everyday verbs of giving and doing, where a client is owed their respectful or humble forms — 来てくれて
 * (→ 来てくださって), 訳してもらえれば (→ 訳していただければ), 確認くらいはやります (→ いたします). Read from the tokens:
 * くれる / もらえる after て as an auxiliary (非自立), もらう before たい, and やる as a verb of its own (自立; not やり取り,
 * a noun). The rewrite keeps the conjugation: the stem before て / た / ます / ば swapped for the polite verb's.
 */
const POLITE_STEM: Record<string, Record<string, string>> = {
  くれる: { くれ: 'くださ', くれる: 'くださる', くれれ: 'くだされ' },
  もらえる: { もらえ: 'いただけ', もらえる: 'いただける', もらえれ: 'いただけれ' },
  もらう: { もらい: 'いただき' },
  やる: { やり: 'いたし', やっ: 'いたし', やる: 'いたす', やれ: 'いたせ', やら: 'いたさ' },
};

function plainGiving(s: Sentence, ctx: RuleContext, covered: Array<[number, number]>): void {
  const tokens = s.tokens;
  if (!tokens) return;
  const quotes = quotedRanges(s.text);
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== '動詞' || !(t.base in POLITE_STEM)) continue;
    const prev = tokens[k - 1]!;
    const next = tokens[k + 1];
    const auxiliary = t.pos1 === '非自立' && (prev.surface === 'て' || prev.surface === 'で');
    if (t.base === 'やる' ? t.pos1 !== '自立' : !auxiliary) continue;
    if (t.base === 'もらう' && next?.base !== 'たい') continue;
    // もらえる only asking the reader: a condition (訳してもらえれば) or a question (もらえますか); said of a third party
    // (弊社の技術者に確認してもらえるよう手配いたします, 先方にも了承してもらえました) it is written Japanese.
    if (t.base === 'もらえる' && !(t.surface === 'もらえれ' || tokens.slice(k + 1, k + 5).some((x) => x.surface === 'か'))) continue;
    if (quotes.some(([a, b]) => t.start - s.start >= a && t.end - s.start <= b)) continue;
    let stem = POLITE_STEM[t.base]![t.surface];
    // くれ before て / た is くださっ (来てくださって), before ます くださ-い (くださいます).
    if (t.base === 'くれる' && t.surface === 'くれ') stem = next?.surface === 'ます' ? 'ください' : next && /^[てた]$/.test(next.surface) ? 'くださっ' : undefined;
    if (!stem) continue;
    reportUncovered(s, ctx, covered, t, {
      en: `${t.base} is everyday Japanese; to a client use its ${t.base === 'やる' ? 'humble form (いたす)' : 'respectful form (くださる / いただく)'}.`,
      ja: `「${t.base}」は日常の言葉です。お客様には「${t.base === 'やる' ? 'いたす' : t.base === 'くれる' ? 'くださる' : 'いただく'}」を使います。`,
    }, suggestion(stem, `Use ${stem}`, `「${stem}」にする`));
  }
}

/** 送るね / 行くよ: a plain predicate softened with a particle is how friends talk. */
function chattyEnding(s: Sentence, ctx: RuleContext, covered: Array<[number, number]>): void {
  if (!s.tokens) return;
  const p = finalPredicate(s.tokens);
  if (p.quoted || p.particles.length === 0 || !p.particles.every((t) => CHATTY_PARTICLE.test(t.surface))) return;
  // でいい reads as だ + an adjective (dearu) to the predicate reader: the adjective decides.
  if (p.style !== 'plain' && p.style !== 'dearu') return;
  const rewrite = p.start !== undefined && p.polite ? { start: p.start, polite: p.polite } : adjectiveAfterCopula(s, p.chain);
  if (!rewrite) return;
  const { start, polite } = rewrite;
  const end = p.particles[p.particles.length - 1]!.end;
  if (covered.some(([a, b]) => s.start + a < end && s.start + b > start)) return;
  ctx.report({
    start,
    end,
    message: 'A plain form with ね/よ is how friends talk; write to a client in です/ます.',
    messageJa: '常体に「ね」「よ」を付けるのは親しい間柄の話し方です。お客様にはです・ます調で書きます。',
    suggestions: [suggestion(polite, `Use ${polite}`, `「${polite}」にする`)],
  });
}

/**
 * 急成長中なんだなと思いご連絡しました / 面白いなと感じ / 大変だろうなと思いまして / 使えるじゃんと思い: a clause
 * quoted with と whose own ending is chat's (a plain form with な, よ, ね, よな, なあ, or じゃん), inside a sentence
 * to a client. The particle before と is what makes the inner clause speech; written, the thought ends plainly
 * (急成長されていると思い) or politely. A quote in 「」 or words of theirs reported with respect (便利だねと
 * おっしゃっていただき) are someone else's speech, and a polite inner clause (便利ですねと) is written already.
 */
function chattyQuotedThought(s: Sentence, ctx: RuleContext, covered: Array<[number, number]>): void {
  const tokens = s.tokens;
  if (!tokens) return;
  const quotes = quotedRanges(s.text);
  for (let k = 1; k < tokens.length - 1; k++) {
    const to = tokens[k]!;
    if (to.surface !== 'と' || to.pos !== '助詞') continue;
    // The chatty ending right before と: particles (な, よね, なあ) or じゃん.
    let p = k;
    while (p > 0 && isChattyEnding(tokens[p - 1]!)) p--;
    if (p === k || p === 0) continue;
    // The inner predicate before it: auxiliaries (だ, た, う, ん + だ) back to their head word.
    let h = p;
    while (h > 0 && (tokens[h - 1]!.pos === '助動詞' || (tokens[h - 1]!.pos1 === '非自立' && /^[んの]$/.test(tokens[h - 1]!.surface)))) h--;
    const inner = tokens.slice(h, p);
    if (inner.some((t) => t.base === 'です' || t.base === 'ます')) continue;
    if (h > 0 && h === p && !/^(?:動詞|形容詞)$/.test(tokens[h - 1]!.pos)) continue;
    const head = h > 0 && /^(?:動詞|形容詞|名詞|副詞)$/.test(tokens[h - 1]!.pos) ? h - 1 : h;
    if (head === p) continue;
    // A verb must take the quote (と思い, と感じ, と社内で話し), within the clause.
    const after = s.text.slice(to.end - s.start);
    if (!/^[^。、！？!?]{0,6}?(?:思|感|考|存|気づ|気付|実感|反省|痛感|確信|納得|話|申|判断)/.test(after)) continue;
    // Their words reported with respect: 便利だねとおっしゃっていただき / とお声がけいただき.
    if (/^[^。、]{0,8}?(?:おっしゃ|仰|いただ|頂|くださ|下さ|言われ|お声)/.test(after)) continue;
    const start = tokens[head]!.start;
    const end = tokens[p]!.start > start ? tokens[k - 1]!.end : to.start;
    if (quotes.some(([a, b]) => start - s.start >= a && end - s.start <= b)) continue;
    if (covered.some(([a, b]) => s.start + a < end && s.start + b > start)) continue;
    const plain = tokens.slice(head, p).map((t, i, all) => (t.surface === 'ん' && all[i + 1]?.base === 'だ' ? 'の' : t.surface)).join('');
    covered.push([start - s.start, end - s.start]);
    ctx.report({
      start,
      end,
      message: 'A thought quoted with a chatty ending (〜なんだなと思い, 〜だよなと) is speech; written to a client, the quoted clause ends plainly (〜と思い).',
      messageJa: '「〜なんだなと思い」「〜だよなと」のように、引用の中の文末に「な」「よ」「ね」を付けるのは話し言葉です。お客様には「〜と思い」のように書きます。',
      suggestions: [suggestion(plain, `Drop the particle: ${plain}`, `「${plain}」にする`)],
    });
    return;
  }
}
function isChattyEnding(t: Token): boolean {
  return (t.pos === '助詞' && t.pos1 === '終助詞' && CHATTY_PARTICLE.test(t.surface)) || t.surface === 'じゃん';
}

/**
 * 添付のリストをご確認ください。はやめに / ご返信をお願いいたします。至急で。 / …。とりあえず。: a request clipped
 * short, its manner added after it as a sentence of its own — an adverb (とりあえず, ざっくり), or a word with に / で
 * (早めに, 至急で, 急ぎで, 今日中に) and no predicate. Spoken shorthand: to a client, the manner goes inside the
 * request (お早めにご確認いただけますと幸いです).
 */
function clippedAfterthought(s: Sentence, ctx: RuleContext, covered: Array<[number, number]>, previous: Sentence | undefined): void {
  const tokens = s.tokens?.filter((t) => t.pos !== '記号');
  if (!tokens?.length || tokens.length > 5 || !previous || !REQUEST_END.test(previous.text)) return;
  const last = tokens[tokens.length - 1]!;
  // できれば今日中に: "if possible" before the manner is part of it.
  const adverb = (t: Token) => t.pos === '副詞' || t.pos === '接頭詞' || (t.base === 'できる' && t.cForm === '仮定形') || (t.surface === 'ば' && t.pos === '助詞') || (t.pos === '名詞' && /^(?:形容動詞語幹|副詞可能|一般|接尾)$/.test(t.pos1)) ||
    (t.pos === '動詞' && t.cForm === '連用形');
  const shape =
    tokens.every((t) => t.pos === '副詞') ||
    (tokens.length >= 2 && /^[にで]$/.test(last.surface) && (last.pos === '助詞' || last.base === 'だ') && tokens.slice(0, -1).every(adverb)) ||
    (tokens.length >= 2 && last.pos === '形容詞' && /^連用/.test(last.cForm) && tokens.slice(0, -1).every((t) => t.pos === '副詞'));
  if (!shape || tokens.some((t) => FIXED_CLOSINGS.has(t.base))) return;
  const start = tokens[0]!.start;
  // The fragment goes with its own closing punctuation (はやめに。), so the request is left as it was.
  const close = /^[。．.！!]*/.exec(s.text.slice(last.end - s.start))![0];
  const end = last.end + close.length;
  if (covered.some(([a, b]) => s.start + a < end && s.start + b > start)) return;
  ctx.report({
    start,
    end,
    message: 'A request clipped short with its manner tacked on as a fragment (はやめに。至急で。) is spoken shorthand; to a client, put it inside the request (お早めにご確認いただけますと幸いです).',
    messageJa: '「はやめに。」「至急で。」のように、依頼の後に言葉だけを付け足すのは話し言葉の省略です。お客様には「お早めにご確認いただけますと幸いです」のように依頼の文の中に入れます。',
    suggestions: [suggestion('', 'Fold it into the request', '依頼の文に含める')],
  });
}
/** A sentence that asks: ください, お願いいたします, いただけますか. */
const REQUEST_END = /(?:ください|下さい|お願い(?:いたし|致し|し)?(?:ます|申し上げます)?|いただけ(?:ます|ません)(?:か|でしょうか)?|頂けますか)[。．.！!]?\s*$/;
/** Written closings that stand alone as a sentence (取り急ぎ。 is a set phrase, not a clipped request). */
const FIXED_CLOSINGS = new Set(['取り急ぎ', '以上', '敬具', 'まずは']);

/**
 * 3月5日でいいよね？ / 来週で大丈夫だよね: an adjective after the copula's で, which the predicate reader leaves
 * without a polite form. いい becomes よろしい, and a question asks with でしょうか.
 */
function adjectiveAfterCopula(s: Sentence, chain: readonly Token[]): { start: number; polite: string } | undefined {
  const a = chain[chain.length - 1];
  if (!a || a.pos !== '形容詞' || a.cForm !== '基本形' || chain[chain.length - 2]?.surface !== 'で') return undefined;
  const good = a.base === 'いい' || a.base === 'よい' || a.base === '良い';
  const asks = /[？?]\s*$/.test(s.text);
  const word = good ? 'よろしい' : a.surface;
  return { start: a.start, polite: asks ? `${word}でしょうか` : `${word}です` };
}

/** The English verdicts (and their katakana) that chat uses for yes and no; NFKC folds ＯＫ to OK. */
const VERDICT = /^(?:OK|NG|オッケー|オーケー|オッケ|ダメ|だめ)$/i;

/**
 * 上長にも確認しましたが、NGでした。 / この日程でOKです？ / 社内的にはOKになりました: an English verdict (or ダメ)
 * standing as the predicate — the noun with the copula or と/になる, ending a sentence or a clause of its own.
 * Read from the tokens, so the same word as a modifier or part of a name (NG品, OKボタン, OKストア様, NGとなった
 * 部品) stays: that is a term of the trade, while the verdict told to a client is chat's shorthand for
 * 承認が得られませんでした / 問題ございません.
 */
function loanwordVerdict(s: Sentence, ctx: RuleContext, covered: Array<[number, number]>): void {
  const tokens = s.tokens;
  if (!tokens) return;
  const facts = ctx.facts.of(japaneseFacts, s);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== '名詞' || t.pos1 === '固有名詞' || !VERDICT.test(t.surface.normalize('NFKC'))) continue;
    const next = tokens[k + 1];
    if (!next) continue;
    const copula = next.pos === '助動詞' && (next.base === 'です' || next.base === 'だ');
    const becomes = (next.surface === 'と' || next.surface === 'に') && tokens[k + 2]?.base === 'なる';
    if (!copula && !becomes) continue;
    const head = tokens[becomes ? k + 2 : k + 1]!.start - s.start;
    const p = facts.predicates.find((x) => x.start <= head && head < x.end);
    if (!p || p.quoted || p.ending === 'attributive' || p.ending === 'quotative') continue;
    const start = t.start;
    const end = s.start + p.end;
    if (covered.some(([a, b]) => s.start + a < end && s.start + b > start)) continue;
    const written = s.text.slice(start - s.start, end - s.start);
    const no = /^(?:NG|ダメ|だめ)$/i.test(t.surface.normalize('NFKC'));
    const past = /た$/.test(written);
    // OKですか？ → よろしいでしょうか？: the question's か stays where it is written.
    const asks = facts.question ? (/^か/.test(s.text.slice(end - s.start)) ? 'よろしいでしょう' : 'よろしいでしょうか') : '';
    const fix = no
      ? (past ? '承認が得られませんでした' : becomes ? '見送りとなりました' : '難しい状況です')
      : (asks || (becomes ? '了承をいただきました' : past ? '問題ございませんでした' : '問題ございません'));
    ctx.report({
      start,
      end,
      message: `${written} gives the verdict in chat's shorthand; to a client write it out (${fix}).`,
      messageJa: `「${written}」は話し言葉の略語です。お客様には「${fix}」のように書きます。`,
      suggestions: [suggestion(fix, `Write ${fix}`, `「${fix}」にする`)],
    });
    return;
  }
}
