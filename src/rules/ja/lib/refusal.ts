// Refusals read from the shape of the predicate (kuromoji tokens) rather than from a list of phrases: a
// negated できる, a negated potential (伺えません, 送れません, 応じられません), or a negated verb of accepting
// or doing (受け付けておりません, 対応しておりません). Each comes with its softened form (…かねます), built
// from the verb itself so that a wording never seen before still gets a suggestion that reads right.
// Whether the clause is really a no to the client (a cushion, a question, a quotation) is the rule's call.
import type { Token } from '../../../engine/types';
import { emotiveNegative } from '../../../engine/analysis/ja';
import { masuStem } from '../../../engine/analysis/ja-conjugate';
import { KEIGO, REFUSALS } from './dictionaries';

export interface NegatedPredicate {
  /** Absolute offset where the rewrite starts (the verb, or できる). */
  start: number;
  /** Absolute offset just after the negation (ません / ない / ず). */
  end: number;
  /** The softened predicate for the end of a sentence or before ので/が (…かねます)… */
  polite: string;
  /** …and before ため/から (…かねる). */
  plain: string;
  /** We cannot (できません, 応じられません, 送れません), as against we do not (いたしません). */
  potential: boolean;
  /**
   * A standing policy over a サ変 noun no list holds (製造はしておりません): a no only when our side is the
   * topic (弊社では…), else a status report (連絡はしておりません).
   */
  needsOwnTopic?: boolean;
  /** 延長は、いたしません: a chosen "we will not" over any サ変 noun, a no only to what the client asked for. */
  needsRequest?: boolean;
}

const ACCEPTANCE = new Set(REFUSALS.acceptanceVerbs);
const PLAIN_ONLY = new Set(REFUSALS.plainOnlyVerbs);
const POTENTIAL_OF = new Set(REFUSALS.potentialOf);
const NOT_ABILITY = new Set(REFUSALS.notAbility);
const ACTION_NOUNS = new Set(REFUSALS.actionNouns);
const CLIENT_ACTIONS = new Set(KEIGO.clientActionNouns);

const E_TO_U: Record<string, string> = { え: 'う', け: 'く', げ: 'ぐ', せ: 'す', て: 'つ', ね: 'ぬ', べ: 'ぶ', め: 'む', れ: 'る' };
const E_TO_I: Record<string, string> = { え: 'い', け: 'き', げ: 'ぎ', せ: 'し', て: 'ち', ね: 'に', べ: 'び', め: 'み', れ: 'り' };

/** 伺える → 伺い (the ます stem of 伺う) when 伺える is the potential of a verb in `potentialOf`. */
function potentialStem(base: string): string | undefined {
  if (base.length < 3 || !base.endsWith('る')) return undefined;
  const e = base[base.length - 2]!;
  const u = E_TO_U[e];
  if (!u) return undefined;
  const stem = base.slice(0, -2);
  return POTENTIAL_OF.has(stem + u) ? stem + E_TO_I[e]! : undefined;
}

function isNegation(t: Token, prev: Token | undefined): boolean {
  if (t.pos !== '助動詞') return false;
  if (t.base === 'ない' || t.base === 'ぬ') return true;
  return t.base === 'ん' && prev?.base === 'ます';
}

const isVerb = (t: Token | undefined): t is Token => !!t && t.pos === '動詞';
const isNoun = (t: Token | undefined): t is Token => !!t && t.pos === '名詞';
const isDo = (t: Token) => t.base === 'する' || t.base === 'いたす' || t.base === '致す';

/**
 * The action noun before a する / いたす at index k (対応, 出荷), skipping one は / も / を; an お〜 verb stem
 * counts as its noun (お受けします: お + 受け + する).
 */
function actionNounBefore(tokens: readonly Token[], k: number): string | undefined {
  const j = actionNounIndex(tokens, k);
  const t = tokens[j];
  const prefix = tokens[j - 1]?.pos === '接頭詞' ? tokens[j - 1]!.surface : '';
  if (!t) return undefined;
  if (t.pos === '名詞') return t.surface;
  if (t.pos === '動詞' && t.cForm.startsWith('連用') && /^[おご御]$/.test(prefix)) return prefix + t.surface;
  return undefined;
}

/** The noun token itself before a する at index k (the same walk as actionNounBefore). */
function actionNounTokenBefore(tokens: readonly Token[], k: number): Token | undefined {
  const j = actionNounIndex(tokens, k);
  return isNoun(tokens[j]) ? tokens[j] : undefined;
}

/** Our side named as the topic between the act and its する: 弊社では / 当社としては / 私どもでは. */
const OWN_SIDE = /^(?:弊社|当社|小社|弊店|当店|弊所|当方|私ども|私共|わたくしども)$/;

/**
 * Where the act of a する at index k stands: back over a comma and one は / も / を; over our side as the topic
 * (延長は、弊社ではしておりません) and a bracketed aside after the act (延長（30日→60日）は): the topic, not 弊社,
 * is what is not done.
 */
function actionNounIndex(tokens: readonly Token[], k: number): number {
  let j = k - 1;
  const comma = () => { if (tokens[j]?.pos === '記号' && /^[、，]$/.test(tokens[j]!.surface)) j--; };
  const topic = () => { if (tokens[j]?.pos === '助詞' && /^(?:は|も|を)$/.test(tokens[j]!.surface)) { j--; return true; } return false; };
  comma();
  const marked = topic();
  // 弊社では / 当社としては: skip our side and look for the act topicalised before it.
  if (marked && tokens[j]?.pos === '助詞' && /^(?:で|として)$/.test(tokens[j]!.surface) && OWN_SIDE.test(tokens[j - 1]?.surface ?? '')) {
    j -= 2;
    comma();
    if (!topic()) return -1;
    if (tokens[j]?.pos === '記号' && /^[）)]$/.test(tokens[j]!.surface)) {
      let d = j - 1;
      while (d >= 0 && d > j - 12 && !/^[（(]$/.test(tokens[d]!.surface)) d--;
      if (d < 0 || d <= j - 12) return -1;
      j = d - 1;
    }
  }
  return j;
}

function softened(stem: string): Pick<NegatedPredicate, 'polite' | 'plain'> {
  return { polite: `${stem}かねます`, plain: `${stem}かねる` };
}

/**
 * Every negated predicate in `tokens` whose verb makes it a no from our side. Past (できませんでした) and
 * questions (できませんか) are left out here: the negation must be the last word of its chain.
 */
export function negatedRefusals(tokens: readonly Token[]): NegatedPredicate[] {
  const out: NegatedPredicate[] = [];
  for (let n = 0; n < tokens.length; n++) {
    const neg = tokens[n]!;
    if (!isNegation(neg, tokens[n - 1])) continue;
    let last = n;
    // できないです: a polite ending after ない.
    if (tokens[last + 1]?.base === 'です' && neg.base === 'ない') last++;
    const after = tokens[last + 1];
    // できませんでした / できなかった: something that did not happen; できませんか: a request.
    if (after && (after.base === 'た' || after.base === 'です' || after.base === 'だ' || after.surface === 'か')) continue;
    if (neg.base === 'ない' && neg.cForm !== '基本形') continue;

    let k = n - 1;
    if (tokens[k]?.base === 'ます') k--;
    let aspect = false;
    // やってない / 扱ってないです: the spoken 〜てない drops the い of 〜ていない.
    const te = tokens[k];
    const contracted = te?.pos === '助詞' ? te.surface === 'て' || te.surface === 'で' : te?.base === 'てる' || te?.base === 'でる';
    if (neg.base === 'ない' && te && contracted) {
      aspect = true;
      k--;
    }
    if (!aspect && isVerb(tokens[k]) && tokens[k]!.pos1 === '非自立' && (tokens[k]!.base === 'おる' || tokens[k]!.base === 'いる')) {
      const te = tokens[k - 1];
      if (te?.pos === '助詞' && (te.surface === 'て' || te.surface === 'で')) {
        aspect = true;
        k -= 2;
      }
    }
    let potentialSuffix = false;
    if (isVerb(tokens[k]) && tokens[k]!.pos1 === '接尾' && tokens[k]!.base === 'られる') {
      potentialSuffix = true;
      k--;
    }
    const head = tokens[k];
    if (!isVerb(head) || head.pos1 === '接尾') continue;
    // 感謝せずにはいられません / 感謝の念に堪えません: a feeling strengthened, not a no.
    if (emotiveNegative(tokens, k, tokens.slice(k, last + 1))) continue;
    const found = classify(tokens, k, { aspect, potentialSuffix });
    if (found) {
      out.push({
        start: found.start ?? head.start, end: tokens[last]!.end, polite: found.polite, plain: found.plain,
        potential: !!found.potential, ...(found.needsOwnTopic ? { needsOwnTopic: true } : {}),
        ...(found.needsRequest ? { needsRequest: true } : {}),
      });
    }
  }
  return out;
}

interface Shape {
  /** 〜ておりません / 〜ていない: a state, not a single act. */
  aspect: boolean;
  /** 〜られません after a 一段 verb: a potential. */
  potentialSuffix: boolean;
}

type Found = Pick<NegatedPredicate, 'polite' | 'plain'> & {
  start?: number; potential?: boolean; needsOwnTopic?: boolean; needsRequest?: boolean;
};

function classify(tokens: readonly Token[], k: number, shape: Shape): Found | undefined {
  const head = tokens[k]!;
  const prev = tokens[k - 1];
  // できません: after a noun it becomes いたしかねます (対応いたしかねます); after a particle or こと, できかねます.
  if (head.base === 'できる' || head.base === '出来る') {
    if (shape.aspect) return undefined; // 確認できておりません: a status report.
    if (isNoun(prev) && prev.surface !== 'こと') {
      if (CLIENT_ACTIONS.has(prev.surface) && /^[ごお]/.test(tokens[k - 2]?.surface ?? '')) return undefined; // ご利用できません
      return { polite: 'いたしかねます', plain: 'いたしかねる', potential: true };
    }
    return { polite: 'できかねます', plain: 'できかねる', potential: true };
  }
  // 応じられません / 受けられません: 〜られる after a 一段 verb is its potential.
  if (shape.potentialSuffix) {
    if (shape.aspect || NOT_ABILITY.has(head.base)) return undefined;
    if (head.cType.startsWith('カ変')) return { ...softened('伺い'), start: head.start, potential: true };
    if (!head.cType.startsWith('一段')) return undefined;
    const stem = masuStem(head.base, head.cType);
    return stem ? { ...softened(stem), potential: true } : undefined;
  }
  // 弊社ではやっておりません / やってないです: a standing policy; the plain やりません is ja.blunt-refusal.negated-act's.
  if (head.base === 'やる') return shape.aspect ? { polite: 'いたしかねます', plain: 'いたしかねる' } : undefined;
  // IPADIC reads 弊社ではやって as で + はやる (to be in fashion): the は is the topic particle.
  if (head.base === 'はやる' && prev?.surface === 'で' && shape.aspect) {
    return { polite: 'いたしかねます', plain: 'いたしかねる', start: head.start + 1 };
  }
  // 受け付けておりません / 承っておりません: a standing policy of not doing it.
  if (ACCEPTANCE.has(head.base) || (PLAIN_ONLY.has(head.base) && !shape.aspect)) {
    const stem = masuStem(head.base, head.cType);
    return stem ? softened(stem) : undefined;
  }
  // 対応しません / お受けしておりません / 出荷はしておりません.
  if (isDo(head)) {
    const noun = actionNounBefore(tokens, k);
    if (!noun) return undefined;
    const accepted = ACTION_NOUNS.has(noun) || ACTION_NOUNS.has(noun.replace(/^[おご御]/, '')) || ACCEPTANCE.has(`${noun}する`);
    if (accepted) return { polite: 'いたしかねます', plain: 'いたしかねる' };
    // 弊社では3,000袋未満の製造はしておりません: any act our side states it does not do, as a standing policy.
    if (shape.aspect && actionNounTokenBefore(tokens, k)?.pos1 === 'サ変接続') {
      return { polite: 'いたしかねます', plain: 'いたしかねる', needsOwnTopic: true };
    }
    // 延長はいたしません / 値引きはしません: a chosen no over any act — a no when the client asked for it.
    if (!shape.aspect && actionNounTokenBefore(tokens, k)?.pos1 === 'サ変接続') {
      return { polite: 'いたしかねます', plain: 'いたしかねる', needsRequest: true };
    }
    return undefined;
  }
  // 沿えません: a potential IPADIC lacks comes out as the 五段 verb's imperative (命令ｅ), which never takes
  // ます or ない — so the form itself says "potential", whatever the verb.
  if (head.cType.startsWith('五段') && head.cForm.startsWith('命令')) {
    if (shape.aspect) return undefined;
    const stem = masuStem(head.base, head.cType);
    return stem ? { ...softened(stem), potential: true } : undefined;
  }
  // 伺えません / 送れません: the potential of a verb of acting or going.
  if (head.cType.startsWith('一段')) {
    if (shape.aspect) return undefined;
    const stem = potentialStem(head.base);
    return stem ? { ...softened(stem), potential: true } : undefined;
  }
  return undefined;
}
