import { japaneseFacts, type Colloquial, type JaSentenceFacts } from '../../engine/analysis/ja';
import { finalPredicate } from '../../engine/analysis/ja-predicate';
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence, Token } from '../../engine/types';
import { suggestion } from './lib/suggest';
import { levelSlips, type LevelSlip, type SlipKind } from './lib/register-level';
import { spokenSlips, type SpokenKind } from './lib/spoken-openers';
import { inQuotes, isListOrHeading, listNumberBefore, isParenthetical } from './lib/text';

/**
 * Register judged per sentence, from its analysis: a sentence to a client whose main clause is a て-form
 * request (送って。), a plain question (来れる？ / いいの？ / 見積もりはどう？), or that carries spoken
 * contractions (〜てる, 〜ちゃう, 〜とく, 〜なきゃ, 〜んで), slang (めっちゃ, マジで) or elongation and wave
 * dashes (〜！, ですー) is casual, even in a one-line mail with nothing polite to mix with. Plain statements
 * (〜した。〜だ。) are ja.register.desumasu-dearu-mix; chatty endings with a listed phrase are
 * ja.register.casual-to-client: this rule gives way to both on the same words.
 */
export default defineRule({
  id: 'ja.register.plain-sentence',
  lang: 'ja',
  category: 'register',
  sentenceGroup: { group: 'ja.register', rank: 2 },
  severity: 'warning',
  requiresTokens: true,
  // A sentence may carry several slips of level (a contraction and a chatty particle): each is reported where
  // it is, so one applied suggestion leaves the others for their own findings.
  yieldsTo: ['ja.register.casual-to-client', 'ja.register.desumasu-dearu-mix', 'ja.honorific.ryokai-to-client'],
  title: { en: 'A sentence in spoken style to a client', ja: 'お客様への話し言葉の文' },
  rationale: {
    en: 'Each sentence to a Japanese buyer is expected in business register. A て-form request, a plain question, a spoken contraction, slang or a drawn-out ending reads as talk between friends, and a buyer takes it as a lack of respect even when the rest of the mail is polite.',
    ja: '取引先への文は一文ごとにビジネスの言葉遣いが求められます。「〜して。」のような依頼、常体の疑問、「〜てる」「〜ちゃう」などの縮約、俗語、語尾を伸ばす書き方は友人同士の話し方で、他が丁寧でも失礼な印象を与えます。',
  },
  examples: {
    valid: [
      // Round 35: じゃ inside a word is no contraction.
      { text: 'じゃがいもの出荷量は例年どおりです。' },
      { text: 'そうですね、来週で問題ございません。' },
      { text: '子どもがすねて困っております。' },
      { text: '資料をお送りください。' },
      { text: 'ご確認いただけますでしょうか。' },
      { text: '明日の会議にご出席いただけますか？' },
      { text: '見積もりはいかがでしょうか？' },
      { text: '10〜12時でお願いいたします。' },
      { text: '資料を送って。', context: { recipient: 'internal' } },
      { text: '「めっちゃ」という言葉は使いません。' },
      { text: '・確認して返送' },
      { text: 'ご確認のうえ、ご返送いただきたく。' },
      { text: '引き続きよろしくお願いいたします。' },
      { text: '現在、在庫を確認しております。' },
      { text: 'そうですね、来週であれば対応可能です。' },
      { text: '資料を追加でお送りしましょうか。' },
      { text: 'では、その案で進めましょう。' },
      { text: '詳細は添付資料のとおり。' },
      { text: '日時：5月7日 10:30' },
      { text: 'ご出張の際はお気をつけて。' },
      { text: '先方からは「今週中に送るね」と伺っております。' },
      { text: '新製品のご案内をお送りいたしました。' },
      { text: '在庫が少ないので、お早めにご注文ください。' },
      { text: '加工に2週間かかりますので。' },
      { text: '7月20日は祝日でございましたね。' },
      { text: 'それでよろしゅうございます。' },
      { text: '大切なのは、現場の声を聞くこと。' },
      { text: '来週の件、そのつもりで準備しております。' },
      { text: '納期を厳守すべく、工場と調整しております。' },
      { text: '良い年になりますように。' },
      { text: 'ご確認いただけますでしょうか？' },
      { text: 'はい、承知いたしました。' },
      { text: '昨日お送りした、見積書についてご連絡いたします。' },
      { text: '寒い日が続きますね。' },
      // Round 22: ね / よ / よね after です/ます are polite warmth; writers left them unlabelled 14 times of 18.
      { text: '仕様書の改訂版は来週お送りしますね。' },
      { text: '打ち合わせは15時からでしたよね？' },
      { text: 'その日程でいいですよ。' },
      { text: '最近、各社でPB化が進んでいますよね。' },
      { text: 'お会いできるのが楽しみです！' },
      { text: 'それでは、来週改めて確認しましょう。' },
    ],
    invalid: [
      // Round 35: じゃ for では after a noun, and the explanatory んですよね of talk closing a sentence.
      { text: '現場じゃよくある不具合ですので、ご安心ください。', flagged: 'じゃ', outputs: ['現場ではよくある不具合ですので、ご安心ください。'] },
      { text: '価格は据え置きでいけると思うんですよね。', flagged: 'んですよね', outputs: ['価格は据え置きでいけると思うのです。'] },
      // Round 24: the volitional with its う dropped.
      { text: '一回みんなで確認しよ。', flagged: 'しよ', outputs: ['一回みんなで確認しましょう。'] },
      { text: '図面を確認して。', flagged: '確認して', outputs: ['図面を確認してください。', '図面を確認していただけますでしょうか。'] },
      { text: '少々待ってて。', flagged: '待ってて', outputs: ['少々待っていてください。', '少々待っていていただけますでしょうか。'] },
      { text: '明日の会議、来れるの？', flagged: '来れるの？', outputs: ['明日の会議、来られますか？'] },
      { text: 'それでいいの？', flagged: 'いいの？', outputs: ['それでいいですか？'] },
      { text: '見積もりはどう？', flagged: 'どう？', outputs: ['見積もりはいかがでしょうか？'] },
      { text: '納期は来週？', flagged: '来週？', outputs: ['納期は来週でしょうか？'] },
      // Two slips of one sentence (送ん, なきゃ) are one finding whose fix writes both out.
      { text: '明日までに送んなきゃ。', flagged: '送んなきゃ', outputs: ['明日までに送らなければ。'] },
      { text: '書類を送っとくので、お待ちください。', flagged: 'とく', outputs: ['書類を送っておくので、お待ちください。'] },
      { text: '書類は読んどきますので、ご安心ください。', flagged: 'どき', outputs: ['書類は読んでおきますので、ご安心ください。'] },
      { text: 'ヤバい状況です。', flagged: 'ヤバい', outputs: ['大変な状況です。'] },
      { text: 'ぶっちゃけ、価格が高いです。', flagged: 'ぶっちゃけ', outputs: ['率直に申し上げると、価格が高いです。'] },
      { text: 'それって本当？', flagged: '本当？', outputs: ['それって本当でしょうか？'] },
      { text: 'マジでありがとうございます。', flagged: 'マジで', outputs: ['本当にありがとうございます。'] },
      { text: '助かりますー。', flagged: 'ー', outputs: ['助かります。'] },
      { text: 'そうすね、来週で問題ございません。', flagged: 'す', outputs: ['そうですね、来週で問題ございません。'] },
      { text: '新しいデザインは見やすいすね。', flagged: 'す', occurrence: 2, outputs: ['新しいデザインは見やすいですね。'] },
      { text: '来週で大丈夫ッス。', flagged: 'ッス', outputs: ['来週で大丈夫です。'] },
      { text: 'それで大丈夫っしょ。', flagged: 'っしょ', outputs: ['それで大丈夫でしょう。'] },
      { text: '承知しました〜', flagged: '〜', outputs: ['承知しました。'] },
      { text: '在庫がないんで、来週になります。', flagged: 'んで', outputs: ['在庫がないので、来週になります。'] },
      { text: '無事に届きました！！', flagged: '！！', outputs: ['無事に届きました。'] },
      { text: '不具合の原因は電源ユニットっぽいです。', flagged: 'っぽい', outputs: ['不具合の原因は電源ユニットのようです。'] },
      { text: '配送が少し遅れるみたいです。', flagged: 'みたい', outputs: ['配送が少し遅れるようです。'] },
      { text: '来週で大丈夫ですわ。', flagged: 'ですわ', outputs: ['来週で大丈夫です。'] },
      { text: '本当に助かりますなぁ。', flagged: '助かりますなぁ', outputs: ['本当に助かります。'] },
      { text: 'ぜひ一度オンラインでお話ししましょう！', flagged: 'ましょう！', outputs: ['ぜひ一度オンラインでお話ししませんか。'] },
      { text: '代替品は来週月曜に発送予定。', flagged: '予定', outputs: ['代替品は来週月曜に発送予定です。'] },
      { text: '加工に2週間かかるので。', flagged: 'かかるので', outputs: ['加工に2週間かかりますので。'] },
      { text: '予備の部品もあるから、必要ならお知らせください。', flagged: 'あるから', outputs: ['予備の部品もあるので、必要ならお知らせください。'] },
      { text: 'ほな、来週もよろしくお願いいたします。', flagged: 'ほな', outputs: ['それでは、来週もよろしくお願いいたします。'] },
      { text: '当日はよろしゅうお願いいたします。', flagged: 'よろしゅう', outputs: ['当日はよろしくお願いいたします。'] },
      { text: '工場長が来てはりました。', flagged: 'はり', outputs: ['工場長が来ていらっしゃいました。'] },
      { text: '木枠もその場で決めちゃえます。', flagged: 'ちゃえ', outputs: ['木枠もその場で決めてしまえます。'] },
      { text: '大阪に住んでたんで、土地勘があります。', flagged: 'でたんで', outputs: ['大阪に住んでいたので、土地勘があります。'] },
      { text: '詳細は別紙参照のこと。', flagged: '参照のこと', outputs: ['詳細は別紙ご参照ください。'] },
      { text: '検収書は月末までに提出すること。', flagged: '提出すること', outputs: ['検収書は月末までに提出してください。'] },
      { text: '至急回答されたし。', flagged: '回答されたし', outputs: ['至急ご回答ください。'] },
      { text: '在庫の有無を明日までに知らせよ。', flagged: '知らせよ', outputs: ['在庫の有無を明日までに知らせてください。'] },
      { text: '支払期日は厳守すべし。', flagged: '厳守すべし', outputs: ['支払期日はご厳守ください。'] },
      { text: '価格改定の件、ご了承を乞う。', flagged: 'ご了承を乞う', outputs: ['価格改定の件、ご了承をお願いいたします。'] },
      { text: '図面は今月末までに提出されたい。', flagged: '提出されたい', outputs: ['図面は今月末までにご提出ください。'] },
      { text: '他社からも引き合いが来ているので、そのつもりで。', flagged: 'で', occurrence: 2, outputs: ['他社からも引き合いが来ているので、そのつもりでお願いいたします。'] },
      { text: '明日の件、大丈夫ですかね？？', flagged: '？？', outputs: ['明日の件、大丈夫ですかね？'] },
      { text: 'そうなんですよー、弊社でも同じ課題がございました。', flagged: 'ー', outputs: ['そうなんですよ、弊社でも同じ課題がございました。'] },
      { text: 'うーん、その価格は難しいです。', flagged: 'うーん、', outputs: ['その価格は難しいです。'] },
      { text: 'じゃあ、また連絡します。', flagged: 'じゃあ', outputs: ['では、また連絡します。'] },
      { text: 'わかった、すぐ対応します。', flagged: 'わかった', outputs: ['わかりました、すぐ対応します。'] },
      { text: '納期は守れそう。', flagged: 'そう', outputs: ['納期は守れそうです。'] },
      { text: 'いつもお世話になってます。', flagged: 'なってます', outputs: ['いつもお世話になっています。'] },
      // Round 32: a plain reason clause and a bare close, no です/ます in the sentence.
      { text: '船の予約はもう取ったから大丈夫。', flagged: '取ったから大丈夫', outputs: ['船の予約はもう取りましたので大丈夫です。'] },
    ],
  },
  readsPrevious: true,
  // Round 34: the previous sentence is read only by isListOrHeading.
  previousKey: (s, previous) => (listNumberBefore(s, previous) ? 'n' : ''),
  sentence(s, ctx, previous) {
    if (!s.tokens || isListOrHeading(s, previous) || isParenthetical(s.text)) return;
    const f = ctx.facts.of(japaneseFacts, s);
    if (f.quotes.some(([a, b]) => a === 0 && b >= s.text.trim().length)) return;
    mainClause(s, f, ctx);
    for (const c of f.colloquial) marker(s, f, c, ctx);
    for (const slip of levelSlips(s, f)) reportSlip(s, slip, ctx);
    for (const slip of spokenSlips(s)) {
      if (!inQuotes(f.quotes, slip.start, slip.end)) reportSlip(s, slip, ctx);
    }
  },
});

const SLIP_MESSAGES: Record<SlipKind | SpokenKind, { en: string; ja: string }> = {
  interjection: {
    en: 'An interjection of speech (うん、 あ、 えっと、 なるほど、 じゃあ、) opens the sentence as if across a desk; a letter to a client starts with the point.',
    ja: '「うん、」「あ、」「えっと、」「なるほど、」「じゃあ、」のような話し言葉の感動詞・接続詞で文を始めるのは会話の書き方です。お客様への文は用件から書きます。',
  },
  'plain-clause': {
    en: 'A plain clause spliced before a polite one (わかった、すぐ対応します) is speech; to a client the first clause is polite too.',
    ja: '「わかった、すぐ対応します」のように常体の文を読点でつなぐのは話し言葉です。お客様には前の文も丁寧語で書きます。',
  },
  'bare-ending': {
    en: 'A sentence closed on a bare word (楽しみ！ 守れそう。) drops the です of writing; end it with です to a client.',
    ja: '「楽しみ！」「守れそう。」のように語だけで文を終えるのは話し言葉です。お客様への文は「です」で結びます。',
  },
  'chatty-particle': {
    en: 'A particle of conversation (ですわ, ますなぁ, a plain 〜だよ) is how people talk face to face; a letter to a client ends on です/ます.',
    ja: '「〜ですわ」「〜ますなぁ」や常体の「〜だよ」は話し言葉です。お客様への文は「です・ます」で結びます。',
  },
  'hedge-suffix': {
    en: 'っぽい / みたい are spoken hedges; write のようです to a client.',
    ja: '「〜っぽい」「〜みたい」は話し言葉です。お客様には「〜のようです」と書きます。',
  },
  lets: {
    en: '〜しましょう！ presses the client to agree; offer it as a question (〜しませんか).',
    ja: '「〜しましょう！」はお客様に同意を迫る言い方です。「〜しませんか」とお伺いします。',
  },
  'short-volitional': {
    en: 'A clipped "let\'s" (確認しよ, 話そ, 行こっか) is chat between friends; to a client write 〜しましょう, or ask (〜いただけますでしょうか).',
    ja: '「確認しよ」「話そ」「行こっか」のような言い切りの誘いは友人同士の話し言葉です。お客様には「〜しましょう」と書くか、「〜いただけますでしょうか」とお願いします。',
  },
  nashi: {
    en: 'なし closing a sentence is memo or checklist style; write ありません to a client.',
    ja: '文末の「なし」はメモや点検表の書き方です。お客様には「ありません」と書きます。',
  },
  'bare-polite-question': {
    en: 'A question with ？ but no か (〜ます？) is spoken; in a letter to a client a question ends in か.',
    ja: '「〜ます？」のように「か」のない疑問は話し言葉です。お客様への文は「〜ますか」と尋ねます。',
  },
  'na-no': {
    en: 'なの at the end of a statement is conversation; write です to a client.',
    ja: '文末の「なの」は話し言葉です。お客様には「です」と書きます。',
  },
  'plain-reason': {
    en: 'A sentence left hanging on a plain reason (…かかるので。) or a plain から before a polite request (…あるから、) is how people talk; to a client write かかりますので。 or あるので、.',
    ja: '「…かかるので。」のように常体の理由で終わる文や、「…あるから、」のような常体の「から」は話し言葉です。お客様には「かかりますので。」「あるので、」と書きます。',
  },
  'memo-directive': {
    en: 'An instruction closed by こと (…参照のこと。 …提出すること。) is the style of a notice or a memo; ask a client with ください.',
    ja: '「…参照のこと。」「…提出すること。」のような「こと」止めの指示は通達やメモの書き方です。お客様には「ください」でお願いします。',
  },
  'classical-order': {
    en: 'An order in the style of an official notice or an old memo (回答されたし, 厳守すべし, 知らせよ, ご了承を乞う, そのつもりで。) commands the client; ask with ください or お願いいたします.',
    ja: '「回答されたし」「厳守すべし」「知らせよ」「ご了承を乞う」「そのつもりで。」のような通達・古い文書調の命令は、お客様に命じる言い方です。「ください」「お願いいたします」でお願いします。',
  },
  'dropped-copula': {
    en: 'A sentence ending on a noun (…予定。) is memo shorthand; end it with です to a client.',
    ja: '「…予定。」のような体言止めはメモの書き方です。お客様への文は「です」で結びます。',
  },
};

function reportSlip(s: Sentence, given: { kind: SlipKind | SpokenKind; start: number; end: number; text: string }, ctx: RuleContext): void {
  const slip = given.kind === 'chatty-particle' ? withPredicate(s, given, ctx.facts.of(japaneseFacts, s).colloquial) : given;
  const m = SLIP_MESSAGES[slip.kind];
  ctx.report({
    start: s.start + slip.start,
    end: s.start + slip.end,
    message: m.en,
    messageJa: m.ja,
    suggestions: [suggestion(slip.text, slip.text ? `Write ${slip.text}` : 'Remove it', slip.text ? `「${slip.text}」にする` : '削除する')],
  });
}

/**
 * 送りますね / 大丈夫ですよね: the chatty particle underlined with the predicate it closes, so the finding shows the
 * sentence's ending (送りますね) rather than a lone ね, and its fix rewrites the ending whole (送ります).
 */
function withPredicate<T extends { start: number; end: number; text: string }>(s: Sentence, slip: T, spoken: readonly Colloquial[]): T {
  const chain = finalPredicate(s.tokens!).chain;
  const first = chain[0];
  if (!first || first.start - s.start >= slip.start || chain[chain.length - 1]!.end - s.start !== slip.start) return slip;
  // A contraction inside the ending (なっちゃいますね) has its own finding and fix: the ね keeps to itself.
  const start = first.start - s.start;
  if (spoken.some((c) => c.end > start && c.start < slip.start)) return slip;
  return { ...slip, start, text: s.text.slice(start, slip.start) + slip.text };
}

const QUESTION_TAIL = /^[？?]+/;

/** The main clause: a て-form request, or a plain question. */
function mainClause(s: Sentence, f: JaSentenceFacts, ctx: RuleContext): void {
  const m = f.main;
  const rel = (x: number) => s.start + x;
  if (m && f.level === 'te' && !m.quoted && f.finalParticles.every((p) => p.text === 'ね' || p.text === 'よ') && !farewellWish(s, m.from)) {
    // 確認して → 確認してください; 待ってて (contracted 待っていて) → 待っていてください.
    const written = s.text.slice(m.start, m.end);
    const stem = written.endsWith('てて') ? `${written.slice(0, -1)}いて` : written.endsWith('でて') ? `${written.slice(0, -1)}いて` : written;
    const start = teStart(s, m.from);
    const head = s.text.slice(start, m.start);
    const particles = f.finalParticles.length ? f.finalParticles[f.finalParticles.length - 1]!.end : m.end;
    const end = Math.max(m.end, particles);
    const close = /[。．！!]/.test(s.text.slice(end)) ? '' : '。';
    const tail = s.text.slice(end).replace(/^[！!〜～]+/, '');
    const cut = s.text.length - tail.length;
    ctx.report({
      start: rel(start),
      end: rel(m.end),
      message: 'A て-form on its own is how friends ask; to a client, ask with ください or いただけますでしょうか.',
      messageJa: '「〜して。」は親しい間柄の頼み方です。お客様には「〜してください」「〜していただけますでしょうか」とお願いします。',
      suggestions: [
        { ...suggestion(`${head}${stem}ください`, 'Ask with ください', '「ください」でお願いする'), edits: edits(s, start, cut, `${head}${stem}ください${close}`) },
        { ...suggestion(`${head}${stem}いただけますでしょうか`, 'Ask with いただけますでしょうか', '「いただけますでしょうか」でお願いする'),
          edits: edits(s, start, cut, `${head}${stem}いただけますでしょうか${close}`) },
      ],
    });
    return;
  }
  if (!f.question) return;
  const qm = QUESTION_TAIL.exec(s.text.slice(s.text.trimEnd().length - 1)) ? s.text.trimEnd().length - 1 : -1;
  if (qm < 0) return;
  if (m && !m.quoted && (f.level === 'plain' || f.level === 'dearu') && m.ending === 'final') {
    // 来れる？ → 来られますか？; いいの？ → いいですか？
    const p = finalPredicate(s.tokens!);
    // Round 46 (y6yb-027): 納品は来週の木曜でいい？ — the copula's で with いい asks leave as friends do: でよろしいでしょうか.
    const leave = m.kind === 'copula' && CONSENT.test(m.text) && m.end === qm;
    if (leave) {
      const start = m.start + m.text.lastIndexOf('で');
      ctx.report({
        start: rel(start),
        end: rel(qm + 1),
        ...PLAIN_QUESTION,
        suggestions: [suggestion('でよろしいでしょうか？', 'Ask with でよろしいでしょうか', '「でよろしいでしょうか」と尋ねる')],
      });
      return;
    }
    if (!p.polite || p.start === undefined || p.end === undefined) return;
    const start = p.start - s.start;
    // 来れる？ is ら抜き as well as plain: the polite question restores ら (来られますか), or it stays casual.
    const polite = p.polite.replace(RA_NUKI, '$1られ$2');
    ctx.report({
      start: rel(start),
      end: rel(qm + 1),
      ...PLAIN_QUESTION,
      suggestions: [suggestion(`${polite}か？`, `Ask with ${polite}か`, `「${polite}か」と尋ねる`)],
    });
    return;
  }
  if (!m && f.level === 'fragment' && f.finalParticles.length === 0) {
    // 見積もりはどう？ → いかがでしょうか？; 納期は来週？ → 来週でしょうか？
    const last = lastWord(s.tokens!, s.start, qm);
    if (!last) return;
    const word = s.text.slice(last.start, qm);
    const polite = word === 'どう' ? 'いかがでしょうか' : `${word}でしょうか`;
    ctx.report({
      start: rel(last.start),
      end: rel(qm + 1),
      message: 'A bare word with ？ is how friends ask; ask a client with でしょうか.',
      messageJa: '語だけの「？」は親しい間柄の聞き方です。お客様には「〜でしょうか」と尋ねます。',
      suggestions: [suggestion(`${polite}？`, `Ask with ${polite}`, `「${polite}」と尋ねる`)],
    });
  }
}

/**
 * お気をつけて / お体に気をつけて: a set wish on parting, not a request — 気をつける with 気 as its object
 * (お気 with the prefix the reader's own things take).
 */
function farewellWish(s: Sentence, from: number): boolean {
  const tokens = s.tokens!;
  const v = tokens[from]!;
  return /^(?:つける|付ける)$/.test(v.base) && tokens[from - 1]?.surface === 'を' && /^お?気$/.test(tokens[from - 2]?.surface ?? '');
}

/** What both readings of a plain question say (来れる？, 木曜でいい？). */
const PLAIN_QUESTION = {
  message: 'A plain question is how friends ask; ask a client with です/ます and か.',
  messageJa: '常体の疑問は親しい間柄の聞き方です。お客様には「〜ますか」「〜でしょうか」と尋ねます。',
};

/** で + いい / よい / 良い: leave asked for (木曜でいい？). */
const CONSENT = /で(?:いい|よい|良い)$/;

/** ら抜き in a polite verb (来れます, 見れません): 来/見/寝/着/出 + れ + ます, not 出来れ. */
const RA_NUKI = /(?<!出)(来|見|寝|着|出)れ(ま)/;

/** Where a て-form request starts: the サ変 noun before する (確認して) or the verb itself. */
function teStart(s: Sentence, from: number): number {
  const tokens = s.tokens!;
  const t = tokens[from]!;
  const before = tokens[from - 1];
  if (t.base === 'する' && before && before.pos === '名詞' && before.pos1 === 'サ変接続') return before.start - s.start;
  return t.start - s.start;
}

/** Particles of extent or range a bare noun question may end on (いくらくらい？ 何時から？ 明日まで？). */
const EXTENT_PARTICLES = new Set(['くらい', 'ぐらい', 'ほど', 'まで', 'から', 'だけ', 'ごろ', '頃']);

/** The word before the question mark: a noun (来週), a noun with a particle of extent, or どう. */
function lastWord(tokens: readonly Token[], offset: number, qm: number): { start: number } | undefined {
  let particle = false;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.start - offset >= qm) continue;
    // 予算はいくらくらい？ / 集合は何時から？: a noun with a particle of extent asks as bare as the noun.
    if (!particle && t.pos === '助詞' && EXTENT_PARTICLES.has(t.surface)) {
      particle = true;
      continue;
    }
    if (t.pos === '名詞' || (!particle && t.surface === 'どう')) return { start: t.start - offset };
    return undefined;
  }
  return undefined;
}

/** Replaces start..cut of the sentence (relative offsets) as one edit. */
function edits(s: Sentence, start: number, cut: number, text: string) {
  return [{ start: s.start + start, end: s.start + cut, text }];
}

/** The neutral form of a contraction, from its token (送っとく → 送っておく, 見てる → 見ている). */
function uncontract(written: string): string | undefined {
  const swaps: Array<[RegExp, string]> = [
    [/^ちゃ/, 'てしま'], [/^じゃ(?=[うっい])/, 'でしま'], [/^と(?=[くきいけこ])/, 'てお'], [/^ど(?=[くきいけこ])/, 'でお'],
    [/^て(?=[るたまなれ]|$)/, 'てい'], [/^で(?=[るたまなれ]|$)/, 'でい'], [/^んで$/, 'ので'], [/^じゃ$/, 'では'],
    [/^なきゃ$/, 'なければ'], [/^なくちゃ$/, 'なくては'],
  ];
  for (const [re, to] of swaps) if (re.test(written)) return written.replace(re, to);
  return undefined;
}

function marker(s: Sentence, f: JaSentenceFacts, c: Colloquial, ctx: RuleContext): void {
  if (inQuotes(f.quotes, c.start, c.end)) return;
  const written = s.text.slice(c.start, c.end);
  let start = c.start;
  let end = c.end;
  const rel = (x: number) => s.start + x;
  let replacement: string | undefined;
  let message = 'Spoken style reads as over-familiar to a client.';
  let messageJa = '話し言葉はお客様には馴れ馴れしく映ります。';
  switch (c.kind) {
    case 'slang':
      replacement = c.neutral;
      message = `${written} is slang; write ${c.neutral} to a client.`;
      messageJa = `「${written}」は俗語です。お客様には「${c.neutral}」と書きます。`;
      break;
    case 'contraction': {
      // 送ん (未然特殊) → 送ら: the stem before ない; the rest of the contraction stays for its own finding.
      const t = s.tokens!.find((x) => x.start - s.start === c.start);
      // なってます / 見てました: the い dropped from ている, underlined over the verb and its ます (なっています).
      const iNuki = t && /^[てで]$/.test(written) && t.pos1 === '接続助詞' ? iNukiSpan(s, t) : undefined;
      if (iNuki) {
        start = iNuki.start;
        end = iNuki.end;
        replacement = iNuki.text;
      } else if (c.neutral !== undefined) replacement = c.neutral;
      else if (t?.cForm === '未然特殊') replacement = `${t.base.slice(0, -1)}${conjugateA(t)}`;
      else replacement = uncontract(written);
      message = `${written} is a spoken contraction; write it out in full to a client.`;
      messageJa = `「${written}」は話し言葉の縮約です。お客様には省略せずに書きます。`;
      break;
    }
    case 'dialect':
      replacement = c.neutral;
      message = `${written} is dialect (Kansai speech); in a written mail to a client write standard Japanese: ${c.neutral}.`;
      messageJa = `「${written}」は方言（関西弁など）です。お客様へのメールでは標準語で「${c.neutral}」と書きます。`;
      break;
    case 'casual-copula':
      // 大丈夫っしょ → でしょう; っす, ッス and the clipped す of そうすね → です.
      replacement = written === 'っしょ' ? 'でしょう' : 'です';
      message = `${written} is a casual copula; write ${replacement} to a client.`;
      messageJa = `「${written}」はくだけた言い方です。お客様には「${replacement}」と書きます。`;
      break;
    case 'elongation':
    case 'wave-dash':
    case 'exclamation': {
      const after = s.text.slice(c.end);
      replacement = /^[。．！!？?、，,]/.test(after) ? '' : '。';
      // ？？ / ？！ asks: one ？ keeps the question.
      if (c.kind === 'exclamation') replacement = /[？?]/.test(written) ? '？' : '。';
      message = 'Drawn-out endings and wave dashes (ですー, 〜！) belong to chat; end with 。 to a client.';
      messageJa = '語尾を伸ばす書き方や「〜」「！！」はチャットの文体です。お客様への文は「。」で結びます。';
      break;
    }
    default:
      return;
  }
  if (replacement === undefined) return;
  ctx.report({
    start: rel(start),
    end: rel(end),
    message,
    messageJa,
    suggestions: [suggestion(replacement, replacement ? `Write ${replacement}` : 'Remove it', replacement ? `「${replacement}」にする` : '削除する')],
  });
}

/** The verb before a contracted て/で and the ます forms after it (なってます → なっています), sentence-relative. */
function iNukiSpan(s: Sentence, te: Token): { start: number; end: number; text: string } | undefined {
  const tokens = s.tokens!;
  const k = tokens.indexOf(te);
  const verb = tokens[k - 1];
  if (!verb || verb.pos !== '動詞') return undefined;
  let j = k + 1;
  while (j < tokens.length && tokens[j]!.pos === '助動詞' && (j === k + 1 ? tokens[j]!.base === 'ます' : /^(?:た|ん|です)$/.test(tokens[j]!.base))) j++;
  if (j === k + 1) return undefined;
  const start = verb.start - s.start;
  const end = tokens[j - 1]!.end - s.start;
  return { start, end, text: `${verb.surface}${te.surface}い${s.text.slice(te.end - s.start, end)}` };
}

/** The 未然形 ending of a 五段 verb (送る → ら), for 送んない → 送らない. */
function conjugateA(t: Token): string {
  const row: Record<string, string> = { る: 'ら', く: 'か', ぐ: 'が', す: 'さ', つ: 'た', ぬ: 'な', ぶ: 'ば', む: 'ま', う: 'わ' };
  return row[t.base.slice(-1)] ?? '';
}
