// The softened form of a no of ours, kept in the writer's verb: where the refused act starts (its サ変 noun, its humble
// お + stem) and its …いたしかねます / …かねます form (ご対応いたしかねます, お送りいたしかねます, 従いかねます). Shared by the
// rules that decline in any verb (negated-act, refused-for-want), so both rewrite the same act the same way.
import type { JaPredicate } from '../../../engine/analysis/ja';
import { conjugate } from '../../../engine/analysis/ja-conjugate';
import type { Sentence, Token } from '../../../engine/types';
import { REFUSALS } from './dictionaries';

/** Verbs whose negation reports a state or a fact, not a decision not to act (ありません, わかりません). */
export const NOT_ACTS = new Set([
  'ある', 'いる', 'おる', 'なる', 'わかる', '分かる', '存じる', '思う', '考える', '見える', '聞こえる', '要る', '足りる', 'かかる', '掛かる',
  '発生', '変わる', '間に合う', '届く', '問題', '限る', 'すぎる', '過ぎる', '違う', '異なる', '構う', 'かまう', 'いただける', 'くださる', '知る',
  '入る', '残る', '来る', '出る', '及ぶ', '出社', '出勤', '在席', '休む', '戻る', '帰る', '忘れる', '困る', '負ける', '生じる', '含む', '含まれる', '該当', '必要', '影響', '支障', '変更', '関係', '起きる', '起こる', '差し支える',
  // Round 29: | カドミウム | 検出せず |: a substance not found is a test result, nobody's act.
  '検出',
  // 避けられません / 否めません: something is unavoidable or undeniable, a judgement, not a no to the client.
  '避ける', '否める',
  // 出せるかもしれません / 遅れるかもしれません: a maybe (かもしれない), the writer's guess, never a no.
  'しれる', '知れる',
  // Round 31: 使用しておりません / 適合しておりません / 決まっておりません / いただいておりません: our practice, a fit, a plan
  // not yet made, a charge not taken — none a no to an ask.
  '使用', '適合', '適する', '決まる', 'いただく',
  // Round 31: 屋外用途にはおすすめしません: advice on the client's use, not a no to their ask.
  'おすすめ', 'お勧め', 'お薦め', 'すすめる', '勧める', '薦める',
]);

/** Verbs of giving or handling something for the client, which take the humble お〜いたす (お送りいたします). */
const HUMBLE_O_VERBS = new Set([
  '送る', '届ける', '渡す', '貸す', '預かる', '待つ', '知らせる', '伝える', '答える', '受ける', '持つ', '出す', '返す', '見せる',
  '調べる', '作る', '探す', '分ける', '譲る', '売る', '配る', '書く', '取る', '引き取る', '受け取る', '招く', '迎える', '会う',
]);
/** Nouns that take お rather than ご (お取引, お約束, お電話). */
const O_NOUNS = /^(?:取引|取り引き|約束|電話|返事|届け|見積もり|見積り|見積|手伝い|引き受け|受け|支払い|預かり|渡し|送り|貸し出し|待ち|知らせ|答え)$/;

/** Where the refused act starts: its サ変 noun (取引 in 取引しません), else the verb. */
export function nounStart(s: Sentence, p: JaPredicate): number {
  const tokens = s.tokens!;
  const before = tokens[p.from - 1];
  // Round 31: お受けできません read with 受け in the predicate: the humble お before it belongs to the act.
  if (before && before.pos === '接頭詞' && /^[おご御]$/.test(before.surface) && tokens[p.from]?.pos === '動詞') return before.start - s.start;
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
export function softened(s: Sentence, p: JaPredicate, start: number): string | undefined {
  const tokens = s.tokens!;
  const first = tokens[p.from]!;
  const written = s.text.slice(start, p.start);
  // お受けできません: the humble お + a verb's stem is the act; it takes いたしかねる as it stands (お受けいたしかねます).
  if (/^[おご御]$/.test(written) && first.pos === '動詞' && first.cForm.startsWith('連用')) return `${written}${first.surface}いたしかねます`;
  if (written) {
    // A noun with する/できる/いたす: keep the noun, add the honorific prefix our own act takes toward the client.
    if (!/^(?:する|できる|出来る|いたす|致す)$/.test(first.base)) return undefined;
    if (/^[おご御]/.test(written) || /^[ァ-ヺ]/.test(written) || /^[再未非]/.test(written)) return `${written}いたしかねます`;
    return `${O_NOUNS.test(written) ? 'お' : 'ご'}${written}いたしかねます`;
  }
  // できません with nothing before it is "we can't (do it)": いたしかねます, never *おできいたしかねます.
  if (/^(?:やる|する|いたす|できる|出来る)$/.test(first.base)) return 'いたしかねます';
  // Round 35: 受け付けられない / 認められない — the potential made by られる keeps its verb (受け付ける, 認める); only a verb
  // that is itself a potential (送れる) goes back to its 五段 verb.
  const byRareru = /^(?:られる|れる)$/.test(tokens[p.from + 1]?.base ?? '');
  const verb = p.potential && !byRareru ? godanOf(first) : { base: first.base, cType: first.cType };
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
