import { japaneseFacts, type JaPredicate } from '../../engine/analysis/ja';
import { conjugate } from '../../engine/analysis/ja-conjugate';
import { defineRule } from '../../engine/rule';
import { jaWishNamed } from '../../engine/analysis/asked';
import type { Sentence, Token } from '../../engine/types';
import { REFUSALS, TOPIC_OF_PHRASE } from './lib/dictionaries';
import { hasCushion } from './lib/cushion';
import { BY_DESIGN, CLOSURE_SCOPE } from './lib/flat-refusal';
import { isNewsNotAnswer, shortageNotAsked } from './lib/request-context';
import { suggestion } from './lib/suggest';
import { isListOrHeading, leadingConjunctionLength } from './lib/text';

/** Verbs whose negation reports a state or a fact, not a decision not to act (ありません, わかりません). */
const NOT_ACTS = new Set([
  'ある', 'いる', 'おる', 'なる', 'わかる', '分かる', '存じる', '思う', '考える', '見える', '聞こえる', '要る', '足りる', 'かかる', '掛かる',
  '発生', '変わる', '間に合う', '届く', '問題', '限る', 'すぎる', '過ぎる', '違う', '異なる', '構う', 'いただける', 'くださる', '知る',
  '入る', '残る', '来る', '出る', '及ぶ', '出社', '出勤', '在席', '休む', '戻る', '帰る', '忘れる', '困る', '負ける', '生じる', '含む', '含まれる', '該当', '必要', '影響', '支障', '変更', '関係', '起きる', '起こる', '差し支える',
  // Round 29: | カドミウム | 検出せず |: a substance not found is a test result, nobody's act.
  '検出',
  // 避けられません / 否めません: something is unavoidable or undeniable, a judgement, not a no to the client.
  '避ける', '否める',
  // 出せるかもしれません / 遅れるかもしれません: a maybe (かもしれない), the writer's guess, never a no.
  'しれる', '知れる',
]);
/** A decision reported as taken: 採用しないことにしました / 見合わせることといたしました. */
const DECIDED = /^こと(?:に|と)(?:いたし|致し|し|なり)ました/;
/**
 * A no stated as our standing rule: 値引きには応じない方針です / 返品はお受けしないことになっております /
 * 個別見積もりはお出ししない決まりです — the policy noun after the negated act, then a copula or なる/する.
 */
const POLICY = /^(?:(?:方針|決まり|きまり|規定|規則|ルール|取り決め)(?:です|でございます|だ|[とに](?:なって|して)(?:おり|い)ます)|こと(?:と|に)(?:なって|して|させていただいて|いたして)(?:おり|い)ます)/;
/** 値上げはしません / 費用の追加はいたしません: what is denied is a cost or a trouble, good news for the client. */
const BURDEN = new RegExp(`(?:${REFUSALS.burdenTopics.join('|')})${TOPIC_OF_PHRASE}(?:は|も|を)`);
const REASSURING = new RegExp(`(?:${REFUSALS.reassuringTopics.join('|')})${TOPIC_OF_PHRASE}(?:は|も|が|を)`);
/**
 * 保管料は半年間いただきません / 出張費は請求いたしません: a charge (a noun of money: …料, …費, …代, …賃) we do not
 * take is good news, whatever the charge is called; the verb must be one of taking money (`chargeVerbs`).
 */
const CHARGE_TOPIC = /(?:料|費|代|賃|代金|料金)(?:は|も|を)[^、。]{0,12}$/;
const CHARGE_VERBS = new Set(REFUSALS.chargeVerbs);
/** Verbs of giving or handling something for the client, which take the humble お〜いたす (お送りいたします). */
const HUMBLE_O_VERBS = new Set([
  '送る', '届ける', '渡す', '貸す', '預かる', '待つ', '知らせる', '伝える', '答える', '受ける', '持つ', '出す', '返す', '見せる',
  '調べる', '作る', '探す', '分ける', '譲る', '売る', '配る', '書く', '取る', '引き取る', '受け取る', '招く', '迎える', '会う',
]);
/** Nouns that take お rather than ご (お取引, お約束, お電話). */
const O_NOUNS = /^(?:取引|取り引き|約束|電話|返事|届け|見積もり|見積り|見積|手伝い|引き受け|受け|支払い|預かり|渡し|送り|貸し出し|待ち|知らせ|答え)$/;

/**
 * A no in any verb: our own side's negated act — やりません, 取引しません, お受けしません, 送れません,
 * 採用しないことにしました — read from the sentence's analysis (the main predicate, negated, potential or
 * volitional, whose subject is us or unstated) with no cushion in the sentence or the one before. A
 * product's specification (本機は…対応しておりません) and a state (在庫がありません) are not refusals.
 * The suggestion keeps the verb and its object and turns it into …いたしかねます after a cushion.
 */
export default defineRule({
  id: 'ja.blunt-refusal.negated-act',
  lang: 'ja',
  category: 'blunt-refusal',
  severity: 'warning',
  requiresTokens: true,
  // Bad news that answers no request of the client's is left to ja.bad-news.blunt-bad-news (lib/request-context.ts).
  yieldsTo: ['ja.blunt-refusal.unsoftened-refusal', 'ja.pressure.early-pressure', 'ja.pressure.decision-pressure'],
  title: { en: 'A flat no in any verb', ja: '動詞を問わない断定的な断り' },
  rationale: {
    en: 'Whatever the verb, a supplier that writes "we do not / cannot / will not do it" closes the door on a Japanese buyer. The same content with a cushion (申し訳ございませんが) and …いたしかねます keeps the relationship while still saying no.',
    ja: 'どの動詞でも「〜しません」「〜できません」と言い切る断りは、お客様に門前払いの印象を与えます。「申し訳ございませんが」などのクッション言葉と「〜いたしかねます」で同じ内容を伝えれば、関係を保ちながらお断りできます。',
  },
  examples: {
    valid: [
      // Round 22: かもしれません is a guess (maybe), not a no.
      { text: 'サンプルは来月なら出せるかもしれません。' },
      { text: '申し訳ございませんが、そのようなカスタマイズはいたしかねます。' },
      { text: '本機は屋外ではご使用になれません。' },
      { text: '長年のお取引に感謝し、来年度の値上げは行わないことといたしました。' },
      { text: '現在、在庫はございません。' },
      { text: '追加料金は発生しません。' },
      { text: 'まだ確認できておりません。' },
      { text: '佐藤様は明日いらっしゃらないとのことです。' },
      { text: '大変恐縮ですが、当社は個人のお客様とは取引しておりません。' },
      { text: '何か問題はありませんか？' },
      { text: 'ご心配には及びません。' },
      { text: '明日は休みなので、出社しません。' },
      { text: '費用はかかりません。' },
      { text: '資料の共有はできかねます。' },
      { text: '日程の変更は差し支えございません。' },
      { text: 'そのようなカスタマイズはやりません。', context: { recipient: 'internal' } },
      // Negatives that strengthen a feeling (F4): not a no.
      { text: '皆様のご支援に、感謝の念に堪えません。' },
      { text: '貴社のますますのご発展を祈念してやみません。' },
      { text: '驚きを禁じ得ません。' },
      { text: '皆様には感謝してもしきれません。' },
      // A passive サ変 act: what will not happen, the consequence of news, not our no (round 21).
      { text: '2026年9月30日をもってサポートを終了します。以降はセキュリティパッチも提供されません。' },
    ],
    invalid: [
      {
        text: 'そのようなカスタマイズはやりません。',
        flagged: 'やりません',
        outputs: ['申し訳ございませんが、そのようなカスタマイズはいたしかねます。'],
      },
      {
        text: '当社は個人のお客様とは取引しません。',
        flagged: '取引しません',
        outputs: ['申し訳ございませんが、当社は個人のお客様とはお取引いたしかねます。'],
      },
      {
        text: 'なお、見積書は郵送しません。',
        flagged: '郵送しません',
        outputs: ['なお、申し訳ございませんが、見積書はご郵送いたしかねます。'],
      },
      {
        text: 'この条件では署名しないことにしました。',
        flagged: '署名しない',
        outputs: ['申し訳ございませんが、この条件ではご署名いたしかねます。'],
      },
      {
        text: '弊社では中古品は買い取りません。',
        flagged: '買い取りません',
        outputs: ['申し訳ございませんが、弊社では中古品は買い取りいたしかねます。'],
      },
    ],
  },
  readsPrevious: true,
  sentence(s, ctx, previous) {
    if (!s.tokens || isListOrHeading(s, previous)) return;
    const f = ctx.facts.of(japaneseFacts, s);
    if (f.question || f.acts.includes('apology')) return;
    if (hasCushion(s.text) || hasCushion(previous?.text)) return;
    if (f.agent && f.agent !== 'ours') return;
    const target = refusal(s, f.predicates);
    // (News is asked after the negated act is found: the sentence's `news` fact is read only when asked, ja.ts.)
    if (!target || isNewsNotAnswer(ctx, s, previous)) return;
    const { p, end, decided } = target;
    // 以降はセキュリティパッチも提供されません: a サ変 act in the passive (され, never a potential) with nobody acting tells what
    // will not happen — the consequence of news, a state — not our no, unless it answers a wish the reader named.
    if (p.noun && /^され/.test(p.text) && !jaWishNamed(s.text) && !jaWishNamed(previous?.text ?? '')) return;
    // 停止時間中は、ログインができません: a no scoped to a closure is ja.blunt-refusal.unsoftened-refusal's to judge
    // against the notice around it.
    // Round 26: 設計上、リアルタイムでの配信はできません: the thing's make as the reason describes it; a no only to a wish named.
    if (BY_DESIGN.test(s.text.slice(0, p.start)) && !jaWishNamed(s.text) && !jaWishNamed(previous?.text ?? '')) return;
    const scope = CLOSURE_SCOPE.exec(s.text);
    if (scope && scope.index < p.start) return;
    // 値上げはしません is good news; 変更は引き受けません still declines (a verb of accepting).
    // お預かりした図面は外部に開示しません: the client's things kept from outsiders is a promise.
    if (!p.potential && REFUSALS.assuranceMarkers.some((w) => s.text.slice(0, p.start).includes(w))) return;
    // 変更はできません refuses the change asked for: only a chosen no (変更はいたしません) reassures.
    if (REASSURING.test(s.text.slice(0, p.start)) && !p.potential && !REFUSALS.acceptanceVerbs.includes(p.head)) return;
    // 値上げは行わないことといたしました: a burden only we impose, declined by choice, is good news whatever
    // the verb — no client asks us to accept a price rise, so 行う here is not a verb of accepting their request.
    if (BURDEN.test(s.text.slice(0, p.start)) && !p.potential) return;
    if (!p.potential && (CHARGE_VERBS.has(p.head) || CHARGE_VERBS.has(p.noun ?? '')) && CHARGE_TOPIC.test(s.text.slice(0, p.start))) return;
    const start = nounStart(s, p);
    if (shortageNotAsked(ctx, s, previous, s.text.slice(0, end))) return;
    const polite = softened(s, p, start);
    if (!polite) return;
    const lead = leadingConjunctionLength(s.text);
    const cushion = '申し訳ございませんが、';
    const tailEnd = decided ? decided : end;
    ctx.report({
      start: s.start + start,
      end: s.start + end,
      message: `${s.text.slice(start, end)} says no flatly; decline with a cushion and …いたしかねます.`,
      messageJa: `「${s.text.slice(start, end)}」は断定的な断りです。クッション言葉と「〜いたしかねます」でお断りします。`,
      suggestions: [
        {
          ...suggestion(`${cushion}…${polite}`, `Decline softly: ${polite}`, `「${polite}」とやわらかく断る`),
          edits: [
            { start: s.start + lead, end: s.start + lead, text: cushion },
            { start: s.start + start, end: s.start + tailEnd, text: polite },
          ],
        },
      ],
    });
  },
});

/** Our negated act: the main predicate, or a negated clause before ことにしました. */
function refusal(s: Sentence, predicates: JaPredicate[]): { p: JaPredicate; end: number; decided?: number } | undefined {
  for (const p of predicates) {
    if (p.quoted || !p.negated || p.past || p.progressive || p.request || p.desire) continue;
    if (NOT_ACTS.has(p.head) || (p.noun && NOT_ACTS.has(p.noun))) continue;
    // ログインできません / 確認できません: what the system or the facts allow, not a no to the client.
    if (REFUSALS.notRefusalBefore.some((w) => p.head.endsWith(w) || s.text.slice(0, p.start).endsWith(w))) continue;
    if (p.politeness.includes('respectful') || p.text.includes('かね')) continue;
    // 差し支えございません / 間違いございません: ござる says what there is or is not, never an act of ours.
    if (p.politeness.includes('gozaimasu')) continue;
    if (p.kind !== 'verb') continue;
    if (p.main && p.ending === 'final') return { p, end: p.end };
    if (p.ending === 'attributive') {
      const m = DECIDED.exec(s.text.slice(p.end)) ?? POLICY.exec(s.text.slice(p.end));
      // …しない方針ですが、数量に応じた特別価格をご提案できます: the no leads into what we can do instead.
      const rest = m ? s.text.slice(p.end + m[0].length) : '';
      if (m && /^が/.test(rest) && REFUSALS.effortAfterBut.some((w) => rest.includes(w))) continue;
      if (m) return { p, end: p.end, decided: p.end + m[0].length };
    }
  }
  return undefined;
}

/** Where the refused act starts: its サ変 noun (取引 in 取引しません), else the verb. */
function nounStart(s: Sentence, p: JaPredicate): number {
  const tokens = s.tokens!;
  const before = tokens[p.from - 1];
  // お受けしない: the humble お + a verb's stem is the act, as a noun would be.
  const prefix = tokens[p.from - 2];
  if (before && before.pos === '動詞' && before.cForm.startsWith('連用') && prefix && prefix.pos === '接頭詞' && /^[おご御]$/.test(prefix.surface)) {
    return prefix.start - s.start;
  }
  const honoured = !!prefix && prefix.pos === '接頭詞' && /^[おご御]$/.test(prefix.surface);
  if (before && before.pos === '名詞' && (before.pos1 === 'サ変接続' || /^[おご]/.test(before.surface) || honoured)) {
    const prefix = tokens[p.from - 2];
    const from = prefix && prefix.pos === '接頭詞' ? prefix : before;
    // 再発行: a prefix noun (再, 未) joins the noun.
    const pre = tokens[p.from - 2];
    if (pre && pre.pos === '接頭詞' && !/^[おご御]$/.test(pre.surface)) return pre.start - s.start;
    return from.start - s.start;
  }
  return p.start;
}

/** The softened form of the refused act: ご対応いたしかねます, お送りいたしかねます, いたしかねます. */
function softened(s: Sentence, p: JaPredicate, start: number): string | undefined {
  const tokens = s.tokens!;
  const first = tokens[p.from]!;
  const written = s.text.slice(start, p.start);
  if (written) {
    // A noun with する/できる/いたす: keep the noun, add the honorific prefix our own act takes toward the client.
    if (!/^(?:する|できる|出来る|いたす|致す)$/.test(first.base)) return undefined;
    if (/^[おご御]/.test(written) || /^[ァ-ヺ]/.test(written) || /^[再未非]/.test(written)) return `${written}いたしかねます`;
    return `${O_NOUNS.test(written) ? 'お' : 'ご'}${written}いたしかねます`;
  }
  // できません with nothing before it is "we can't (do it)": いたしかねます, never *おできいたしかねます.
  if (/^(?:やる|する|いたす|できる|出来る)$/.test(first.base)) return 'いたしかねます';
  const verb = p.potential ? godanOf(first) : { base: first.base, cType: first.cType };
  const stem = conjugate(verb.base, verb.cType, '連用形');
  if (!stem) return undefined;
  // A verb of accepting (応じる, 認める) or a Sino-Japanese one (応じ, 命じ) takes かねる itself: 応じかねます.
  if (REFUSALS.acceptanceVerbs.includes(verb.base) || /[じず]$/.test(stem)) return `${stem}かねます`;
  // A compound verb (買い取る) stays as it is; a simple verb of giving or handling something to the client
  // takes the humble お (お送りいたしかねます); any other takes かねる itself (従いかねます), since お〜いたす
  // needs someone the act is done for.
  if (/^[\p{Script=Han}]{2}/u.test(stem) || stem.length > 3) return `${stem}いたしかねます`;
  return HUMBLE_O_VERBS.has(verb.base) ? `お${stem}いたしかねます` : `${stem}かねます`;
}

/** The 五段 verb behind a potential (送れる → 送る), else the verb itself. */
function godanOf(t: Token): { base: string; cType: string } {
  const E: Record<string, [string, string]> = {
    え: ['う', 'ワ行促音便'], け: ['く', 'カ行イ音便'], せ: ['す', 'サ行'], て: ['つ', 'タ行'], べ: ['ぶ', 'バ行'], め: ['む', 'マ行'], れ: ['る', 'ラ行'],
  };
  if (t.cType.startsWith('一段') && t.base.length >= 2) {
    const e = E[t.base[t.base.length - 2]!];
    if (e) return { base: t.base.slice(0, -2) + e[0], cType: `五段・${e[1]}` };
  }
  return { base: t.base, cType: t.cType };
}
