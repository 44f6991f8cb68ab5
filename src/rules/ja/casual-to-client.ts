import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence, Token } from '../../engine/types';
import { casualPhrases } from './lib/casual';
import { japaneseFacts } from '../../engine/analysis/ja';
import { naiDesu } from './lib/register-level';
import { finalPredicate } from '../../engine/analysis/ja-predicate';
import { suggestion } from './lib/suggest';
import { japaneseRuns, japaneseSpans, type JapaneseSpan } from './lib/japanese-spans';
import { isListOrHeading } from './lib/text';

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
      { text: '明日には届くんじゃないかと思います。', flagged: 'んじゃないか', outputs: ['明日には届くのではないかと思います。'] },
      { text: 'お手数ですが、資料を確認しといてください。', flagged: 'しといて', outputs: ['お手数ですが、資料を確認しておいてください。'] },
      { text: '申し訳ございません、請求書の送付が遅れちゃいました。', flagged: 'ちゃいました', outputs: ['申し訳ございません、請求書の送付が遅れてしまいました。'] },
      { text: '前回の検査では異常はなかったです。', flagged: 'なかったです', outputs: ['前回の検査では異常はありませんでした。'] },
      { text: 'この書類は返送が要らないです。', flagged: '要らないです', outputs: ['この書類は返送が要りません。'] },
      // 「…が、NGでした。」 answering their request is a refusal too: ja.blunt-refusal.unsoftened-refusal (terse-fuka) reports it, and this rule yields.
      { text: '社内の審査はNGになりました。', flagged: 'NGになりました', outputs: ['社内の審査は承認が得られませんでした。'] },
      { text: 'この日程でOKです？', flagged: 'OKです', outputs: ['この日程でよろしいでしょうか？'] },
    ],
  },
  readsPrevious: true,
  sentence(s, ctx, previous) {
    if (s.lang !== 'ja') {
      // A run ends where the English resumes, so a phrase that must close its sentence may close the run.
      for (const span of japaneseSpans(s)) phrases(s, ctx, span, false);
      return;
    }
    if (isListOrHeading(s, previous)) return;
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
    chattyEnding(s, ctx, covered);
    droppedParticle(s, ctx, covered);
    loanwordVerdict(s, ctx, covered);
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

/** After the verb only ます, て + ください, or the end of the sentence. */
function endsSentence(tokens: readonly Token[], k: number): boolean {
  const rest = tokens.slice(k).filter((t) => t.pos !== '記号');
  if (rest.length === 0) return true;
  if (rest[0]!.surface === 'て' && /^(?:ください|下さい)$/.test(rest[1]?.surface ?? '')) return rest.length === 2;
  return rest[0]!.surface === 'ます' && rest.length === 1;
}

/** Verbs that take their noun without a particle in written set phrases: 問題ありません, 御礼申し上げます. */
const BARE_OBJECT_VERBS = new Set([
  'する', 'ある', 'ござる', 'いる', 'おる', 'なる', 'できる', 'いたす', '致す', 'させる', 'される', 'なさる', '申し上げる', '差し上げる',
  'いただく', '頂く', 'いただける', '頂ける', '賜る', '願う', '存じる', 'くださる', '下さる', '申す', '参る', 'いう', '言う',
]);

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
      suggestions: [suggestion(n.surface + 'を' + v.surface, 'Write the particle', '助詞を補う')],
    });
    return;
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
