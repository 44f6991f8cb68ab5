// The Japanese sentence analysis: from kuromoji (IPADIC) tokens, the predicates of a sentence (the main
// clause's and the subordinate ones), each one's politeness, voice, negation and mood; the sentence-final
// particles and spoken-style markers; who is the written subject (our side, the client, a third party, a
// thing); quoted and reported spans; and what the sentence does (request, refusal, offer, notice, apology,
// thanks, proposal). Rules read these facts through `ctx.facts.of(japaneseFacts, sentence)`: computed once per
// sentence text, owned by the Engine. Every offset is relative to the sentence's start.
import type { Sentence, Token } from '../types';
import type { Annotator } from './facts';
import {
  ABILITY_VERBS, CASUAL_FINAL_PARTICLES, CLIENT_SIDE, CLIENT_SUFFIXES, COLLOQUIAL_WORDS, CONTRACTED_AUXILIARIES, DIALECT_WORDS,
  HUMBLE_NOUNS, HUMBLE_VERBS, OUR_SIDE, RESPECTFUL_NOUNS, RESPECTFUL_VERBS, THING_HEADS, WEAK_RESPECT,
} from './ja-lexicon';
import { newsIn, type JaNews } from './ja-news';
import { quotedRanges, reportedSpans } from './ja-quotes';
import { matchAll } from '../match-all';

export type Politeness = 'plain' | 'polite' | 'respectful' | 'humble' | 'gozaimasu';
export type Side = 'ours' | 'client' | 'third' | 'thing';
export type SpeechAct = 'request' | 'refusal' | 'offer' | 'notice' | 'apology' | 'thanks' | 'proposal';
/** How a predicate's clause ends: the sentence, a conjunction (が/ので/て), a noun it modifies, a quotation. */
export type Ending = 'final' | 'te' | 'conjunctive' | 'attributive' | 'quotative';
/** The level of the sentence as written, read off its main predicate. */
export type Level = 'polite' | 'plain' | 'dearu' | 'te' | 'fragment';

export interface Span {
  start: number;
  end: number;
}

export interface JaPredicate extends Span {
  /** Indexes into `sentence.tokens`: [from, to). */
  from: number;
  to: number;
  text: string;
  /** The content word: the verb or adjective (dictionary form), or the noun before a copula or する. */
  head: string;
  /** The サ変 noun an する/できる/いたす belongs to (対応 in ご対応できません), with its prefix. */
  noun?: string;
  kind: 'verb' | 'adjective' | 'copula';
  politeness: Politeness[];
  negated: boolean;
  potential: boolean;
  volitional: boolean;
  causative: boolean;
  /** れる/られる: passive, respectful or potential, which only the subject tells apart. */
  passive: boolean;
  past: boolean;
  /** 〜ている / 〜ております: a state or an ongoing act. */
  progressive: boolean;
  desire: boolean;
  request: boolean;
  imperative: boolean;
  ending: Ending;
  /** The conjunction a hanging sentence ends on (〜ですが。 〜けど。). */
  trailing?: string;
  /** True for the main clause's predicate (the last one ending the sentence, outside quotes). */
  main: boolean;
  /** Inside 「」 or reported speech (〜と申しております): someone else's words. */
  quoted: boolean;
  /**
   * An idiomatic negative of emotion (感謝の念に堪えません, 願ってやみません, 残念でなりません, 感謝せずにはいられません,
   * 驚きを禁じ得ません, 感謝してもしきれません): it strengthens a feeling, so it is read as not negated.
   */
  emotive?: true;
}

export interface Subject extends Span {
  text: string;
  side: Side;
  /** The particle that marks it: が, は, も, では, としては, から. */
  particle: string;
}

export type ColloquialKind = 'contraction' | 'elongation' | 'wave-dash' | 'exclamation' | 'slang' | 'emoji' | 'casual-copula' | 'dialect';
export interface Colloquial extends Span {
  kind: ColloquialKind;
  /** A neutral replacement when one word stands for another (めっちゃ → 大変, ほな → それでは, 住んでたんで → 住んでいたので). */
  neutral?: string;
}

export interface JaSentenceFacts {
  predicates: JaPredicate[];
  main?: JaPredicate;
  level: Level;
  /** Sentence-final particles after the main predicate (ね, よ, か, の, かな). */
  finalParticles: Array<Span & { text: string }>;
  /** True when a final particle of friendly speech follows a plain or polite predicate (送るね, だよ). */
  casualParticle: boolean;
  question: boolean;
  colloquial: Colloquial[];
  subjects: Subject[];
  /** Whose act the main predicate is: the last subject before it, or what its keigo implies. */
  agent?: Side;
  /** 「…」『…』 and reported speech (…と申して, …とのこと). */
  quotes: Array<[number, number]>;
  acts: SpeechAct[];
  /** Bad news the sentence announces (a price rise, a slipped date, a cut supply, an end of sale…). */
  news?: JaNews;
}

const EMPTY: JaSentenceFacts = {
  predicates: [], level: 'fragment', finalParticles: [], casualParticle: false, question: false, colloquial: [], subjects: [],
  quotes: [], acts: [],
};

/** Verbs that follow て/で as auxiliaries and stay in the same predicate (送っております, ご覧いただく). */
const TE_AUXILIARIES = new Set([
  'いる', 'おる', 'ある', 'いらっしゃる', 'いただく', '頂く', 'いただける', '頂ける', 'くださる', '下さる', 'もらう', 'もらえる',
  'くれる', 'しまう', 'おく', 'みる', 'いく', 'くる', 'あげる', '差し上げる', '参る', 'ほしい', '欲しい', 'ござる', 'てる', 'とく',
]);
const CONJUNCTIVE = new Set(['が', 'けど', 'けれど', 'けれども', 'ので', 'から', 'ば', 'し', 'のに', 'ても', 'でも', 'たら', 'ながら', 'つつ', 'んで', 'て', 'で', 'と']);
const PUNCT = /^[。．.！!？?、，,\s〜～♪…・]+$/;
const QUESTION_MARK = /[？?]/;
const GODAN_E_ROW: Record<string, string> = { え: 'う', け: 'く', げ: 'ぐ', せ: 'す', て: 'つ', ね: 'ぬ', べ: 'ぶ', め: 'む', れ: 'る' };
/** Godan verbs whose potential (伺える, 承れる) is a tagged verb of its own: the ones business mail negates. */
const POTENTIAL_OF = new Set([
  '伺う', '行う', '扱う', '払う', '使う', '会う', '行く', '書く', '置く', '聞く', '引く', '出す', '返す', '渡す', '貸す', '回す', '直す',
  '話す', '探す', '増やす', '減らす', '延ばす', '待つ', '持つ', '送る', '作る', '取る', '守る', '参る', '承る', '入る', '売る', '配る',
  '頼む', '読む', '組む', '運ぶ', '選ぶ', '呼ぶ', '請け負う', '賄う', '出向く', '譲る', '沿う', '添う', '結ぶ', '伸ばす', '間に合う',
  '応える', '叶う', '用意', '動く', '届く', '乗る', '受け取る', '引き取る', '下げる', '従う', '向かう', '手伝う',
  // 条件はのめません: to accept terms.
  'のむ', '飲む', '呑む',
]);

const APOLOGY = /申し訳|すみません|すいません|失礼(?:いた)?しました|お詫び|おわび|詫び|ご迷惑をおかけ|陳謝|ご容赦/;
const THANKS = /ありがと|感謝|御礼|お礼|謝意/;
const REQUEST_WORDS = /お願い(?:いた|致)?します|お願い申し上げ|お願いできれば|お願いできます|お願いいたしたく|いただけますか|いただけますでしょうか|いただけませんか|いただければ|いただきたく|いただけると|くださいますよう|てもよろしいでしょうか|てもよろしいですか|いただけますと|と幸いです|ば幸いです/;
const PROPOSAL_WORDS = /いかがでしょうか|いかがですか|どうでしょうか|ご提案|ではいかが|てはいかが|ませんか/;
const REFUSAL_WORDS = /見送(?:ら|り|る)|お断り|辞退|無理|不可|いたしかね|致しかね|できかね|出来かね|応じかね|承りかね|お受けしかね/;

export const japaneseFacts: Annotator<JaSentenceFacts> = {
  id: 'ja.sentence',
  analyze(sentence: Sentence): JaSentenceFacts {
    if (sentence.lang !== 'ja') return EMPTY;
    return analyzeJapanese(sentence.text, sentence.tokens, sentence.start);
  },
};

/** The facts of one sentence from its text and tokens (offsets in `tokens` are `offset` + relative). */
export function analyzeJapanese(text: string, tokens: readonly Token[] | undefined, offset = 0): JaSentenceFacts {
  const quotes = [...quotedRanges(text), ...reportedSpans(text)].sort((a, b) => a[0] - b[0]);
  const colloquial = colloquialMarkers(text, tokens, offset);
  if (!tokens || tokens.length === 0) return { ...EMPTY, quotes, colloquial };
  const rel = (t: Token) => t.start - offset;
  const predicates = findPredicates(text, tokens, offset, quotes);
  const main = [...predicates].reverse().find((p) => (p.ending === 'final' || p.ending === 'te') && !p.quoted);
  if (main) main.main = true;

  const finalParticles: JaSentenceFacts['finalParticles'] = [];
  let question = QUESTION_MARK.test(text.slice(-3));
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.pos === '記号' || PUNCT.test(t.surface)) continue;
    const particle = (t.pos === '助詞' && (t.pos1.includes('終助詞') || t.surface === 'かな' || t.surface === 'っけ')) ||
      (t.pos === '助動詞' && t.base === 'じゃん');
    if (!particle) break;
    finalParticles.unshift({ start: rel(t), end: rel(t) + t.surface.length, text: t.surface });
    if (t.surface === 'か' || t.surface === 'かな' || t.surface === 'かしら' || t.surface === 'っけ') question = true;
  }
  // か + な is one particle of wondering (届いたかな).
  for (let k = 0; k + 1 < finalParticles.length; k++) {
    const [a, b] = [finalParticles[k]!, finalParticles[k + 1]!];
    if (a.text === 'か' && b.text === 'な' && a.end === b.start) finalParticles.splice(k, 2, { start: a.start, end: b.end, text: 'かな' });
  }
  const casualParticle = finalParticles.some((p) => CASUAL_FINAL_PARTICLES.has(p.text)) &&
    !(main && main.politeness.includes('polite') && finalParticles.every((p) => p.text === 'ね' || p.text === 'よ' || p.text === 'よね'));

  const subjects = findSubjects(tokens, offset);
  const agent = main ? agentOf(main, subjects, quotes) : undefined;
  const level = levelOf(main, text);
  const acts = speechActs(text, main, agent, question);
  return new SentenceFacts(
    { predicates, main, level, finalParticles, casualParticle, question, colloquial, subjects, agent, quotes, acts },
    () => newsIn(text, tokens, offset, predicates, subjects, question),
  );
}

/**
 * The facts of a sentence with tokens, whose `news` is read when a rule first asks for it (then kept): most
 * sentences of a draft are never asked (the news rules read it for their candidates only, or stop at the draft's
 * apology), and reading it was the largest single part of the Japanese facts (newsIn: ~40 cue readers over the
 * sentence). newsIn reads only what it is given here — the sentence's text, its tokens and offset as they were when
 * the facts were made (a moved sentence's tokens are a new array: parse.ts), and the predicates and subjects, which
 * nothing changes once made — so the answer is the one computing it at once gave. A class with the accessor on its
 * prototype keeps one hidden class (an accessor in an object literal puts it in V8's dictionary mode, parse.ts).
 */
class SentenceFacts implements JaSentenceFacts {
  predicates: JaPredicate[];
  main?: JaPredicate;
  level: Level;
  finalParticles: Array<Span & { text: string }>;
  casualParticle: boolean;
  question: boolean;
  colloquial: Colloquial[];
  subjects: Subject[];
  agent?: Side;
  quotes: Array<[number, number]>;
  acts: SpeechAct[];
  private readNews: (() => JaNews | undefined) | undefined;
  private newsRead: JaNews | undefined;

  constructor(f: Omit<JaSentenceFacts, 'news'>, readNews: () => JaNews | undefined) {
    this.predicates = f.predicates;
    this.main = f.main;
    this.level = f.level;
    this.finalParticles = f.finalParticles;
    this.casualParticle = f.casualParticle;
    this.question = f.question;
    this.colloquial = f.colloquial;
    this.subjects = f.subjects;
    this.agent = f.agent;
    this.quotes = f.quotes;
    this.acts = f.acts;
    this.readNews = readNews;
    this.newsRead = undefined;
  }

  get news(): JaNews | undefined {
    if (this.readNews) {
      this.newsRead = this.readNews();
      this.readNews = undefined;
    }
    return this.newsRead;
  }
}

function isPrefix(t: Token | undefined): boolean {
  return !!t && t.pos === '接頭詞' && (t.surface === 'お' || t.surface === 'ご' || t.surface === '御');
}

/** 本 / 当 / 同 as a prefix (本製品, 当アプリ, 同モデル): the document pointing at a thing it names (not 当社: one noun token). */
function isDeictic(t: Token | undefined): boolean {
  return !!t && t.pos === '接頭詞' && /^[本当同]$/.test(t.surface);
}

/** お送り / ご連絡 / ご + 確認: a noun with the honorific prefix. */
function prefixedNoun(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  if (!t || t.pos !== '名詞') return undefined;
  if (isPrefix(tokens[i - 1])) return tokens[i - 1]!.surface + t.surface;
  if (/^[おご御]/.test(t.surface) && t.surface.length > 1 && t.pos1 !== '固有名詞') return t.surface;
  return undefined;
}

function startsPredicate(t: Token): boolean {
  return t.pos === '動詞' || t.pos === '形容詞' || (t.pos === '助動詞' && /^(?:だ|です|である|っす|ござる)$/.test(t.base));
}

function continues(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  if (t.pos === '助動詞') return true;
  if (t.pos === '動詞' && (t.pos1 === '非自立' || t.pos1 === '接尾')) return true;
  if (t.pos === '形容詞' && (t.pos1 === '非自立' || t.base === 'ない')) return true;
  // お受けできかねます / 送りできる: できる right after a verb's 連用形.
  if (t.pos === '動詞' && (t.base === 'できる' || t.base === '出来る') && prev?.pos === '動詞' && prev.cForm.startsWith('連用')) return true;
  // て/で joining an auxiliary verb (送っております, お越しいただく, 見てほしい).
  if (t.pos === '助詞' && (t.surface === 'て' || t.surface === 'で') && t.pos1 === '接続助詞') {
    const next = tokens[k + 1];
    // 思ってます / やってません: the い of ている dropped before ます (い抜き) — still the verb's predicate, progressive.
    return !!next && (((next.pos === '動詞' || next.pos === '形容詞') && TE_AUXILIARIES.has(next.base)) ||
      (next.pos === '助動詞' && next.base === 'ます' && prev?.pos === '動詞'));
  }
  if (t.pos === '動詞' && TE_AUXILIARIES.has(t.base) && prev && (prev.surface === 'て' || prev.surface === 'で')) return true;
  // 〜のです / 〜んです: the explanatory の joins the copula after it.
  if (t.pos === '名詞' && t.pos1 === '非自立' && (t.surface === 'ん' || t.surface === 'の')) {
    const next = tokens[k + 1];
    return !!next && next.pos === '助動詞' && (next.base === 'です' || next.base === 'だ');
  }
  return false;
}

/**
 * Round 45: IPADIC tags ない after a particle as the negative auxiliary at times (遅れは|ない|です, 在庫が|ない|です); with no
 * verb before it, it is the adjective ない ("there is none"), and a predicate of its own. The tokens are copied only when
 * such a ない stands in the sentence.
 */
const COPULA_BEFORE = /^(?:で|じゃ|では)$/;
const COPULA_PARTICLE = /^(?:では|じゃ)$/;
function withNoneAdjective(tokens: readonly Token[]): readonly Token[] {
  // Not the copula's negation (2回ではなく, 問題でもない, 必要じゃない): で / じゃ before the particle.
  const misread = (t: Token, k: number) => t.pos === '助動詞' && t.base === 'ない' && tokens[k - 1]?.pos === '助詞' && tokens[k - 1]!.pos1 !== '接続助詞' &&
    !COPULA_BEFORE.test(tokens[k - 2]?.surface ?? '') && !COPULA_PARTICLE.test(tokens[k - 1]!.surface);
  if (!tokens.some(misread)) return tokens;
  return tokens.map((t, k) => (misread(t, k) ? { ...t, pos: '形容詞', pos1: '自立' } : t));
}

function findPredicates(text: string, given: readonly Token[], offset: number, quotes: Array<[number, number]>): JaPredicate[] {
  const tokens = withNoneAdjective(given);
  const out: JaPredicate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!startsPredicate(t)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && continues(tokens, j)) j++;
    // A final て/で with nothing after it but punctuation or a particle: the te-form ending (送って。送ってね).
    const rest = (from: number) => tokens.slice(from).every((x) => x.pos === '記号' || PUNCT.test(x.surface) || (x.pos === '助詞' && x.pos1.includes('終助詞')));
    const lastTok = tokens[j - 1]!;
    // 待ってて: the te-form of the contracted てる ends the sentence.
    let te = (lastTok.base === 'てる' || lastTok.base === 'でる') && lastTok.cForm === '連用形' && rest(j);
    const after = tokens[j];
    if (after && after.pos === '助詞' && after.pos1 === '接続助詞' && (after.surface === 'て' || after.surface === 'で')) {
      if (!te && rest(j + 1)) {
        te = true;
        j++;
      }
    }
    const p = describe(text, tokens, i, j, offset, te, quotes);
    // 〜ですが。 / 〜けど。: a sentence left hanging on its conjunction still ends on this predicate.
    if (p.ending === 'conjunctive' && tokens.slice(j + 1).every((x) => x.pos === '記号' || PUNCT.test(x.surface) || x.pos1.includes('終助詞'))) {
      p.ending = 'final';
      p.trailing = tokens[j]!.surface;
    }
    out.push(p);
    i = j;
  }
  return out;
}

// Module constants, not literals in the functions: these are asked of every token of every predicate or sentence,
// and a regex literal is a new object each time it is evaluated.
/** お/ご + these make a humble verb (お送りします, ご連絡いたします, お受けできかねます). */
const LIGHT_ACT = /^(?:する|できる|出来る|いたす|致す|申し上げる)$/;
/** The negative auxiliaries. */
const NEGATIVE_AUXILIARY = /^(?:ない|ん|ぬ|まい)$/;
/** すね/すよね/すよ/すか: っす with its っ dropped (clippedCopula). */
const CLIPPED_COPULA = /^す(?:ね|よね|よ|か)$/;
/** ッス / っス / ッす / っす: the casual copula in katakana or hiragana, which IPADIC reads as a noun. */
const SMALL_TSU_SU = /^[ッっ][スす]$/;
/** The comma marks a predicate may end on (endingAfter). */
const COMMA = /^[、，,]$/;

function describe(
  text: string, tokens: readonly Token[], from: number, to: number, offset: number, te: boolean, quotes: Array<[number, number]>,
): JaPredicate {
  const chain = tokens.slice(from, to);
  const first = chain[0]!;
  const start = first.start - offset;
  const end = chain[chain.length - 1]!.end - offset;
  const before = tokens[from - 1];
  const kind: JaPredicate['kind'] = first.pos === '助動詞' ? 'copula' : first.pos === '形容詞' ? 'adjective' : 'verb';
  // The noun a light verb (する, できる, いたす, copula) carries: 対応 in ご対応できません, 見込み in 見込みだ.
  let noun: string | undefined;
  if (before && before.pos === '名詞') noun = prefixedNoun(tokens, from - 1) ?? before.surface;
  const lightVerb = /^(?:する|できる|出来る|いたす|致す|申し上げる|願う|なる)$/.test(first.base);
  const head = kind === 'copula' || (lightVerb && noun) ? (noun ?? first.base) : first.base;

  // What the chain's tokens say, read in one pass (this runs for every predicate of every new sentence: one loop
  // and no closure or argument array per question, where each question used to walk the chain again).
  let masu = false, desu = false, da = false, ta = false, gozaru = false, kudasaru = false, hoshii = false, tai = false;
  let humbleVerb = false, respectfulVerb = false, negatedForm = false, potentialVerb = false;
  let rareru = false, causative = false, commanded = false, given = false, volitionalAux = false, progressive = false;
  for (let k = 0; k < chain.length; k++) {
    const t = chain[k]!;
    const b = t.base;
    switch (b) {
      case 'ます': masu = true; break;
      case 'です': desu = true; break;
      case 'だ': da = true; break;
      case 'た': ta = true; break;
      case 'ござる': gozaru = true; break;
      case 'くださる': case '下さる': kudasaru = true; break;
      case 'ほしい': case '欲しい': hoshii = true; break;
      case 'たい': tai = true; break;
      case 'いただける': case 'もらえる': given = true; break;
    }
    // 謙譲語: a humble verb anywhere in the chain (いたす, 申し上げる, いただく, おる, 伺う).
    if (HUMBLE_VERBS.has(b)) humbleVerb = true;
    if (RESPECTFUL_VERBS.has(b) && !WEAK_RESPECT.has(b)) respectfulVerb = true;
    // 〜かねる says "cannot" (対応いたしかねます): a negative potential in form and meaning.
    // A negative in its conditional form (送らなければ, 送んなきゃ) says "must", not "not".
    if (!t.cForm.startsWith('仮定') && ((t.pos === '助動詞' && NEGATIVE_AUXILIARY.test(b)) || (t.pos === '形容詞' && b === 'ない' && t !== first)) ||
      (b === 'かねる' && t.pos1 === '非自立')) negatedForm = true;
    // 承れません: IPADIC reads a potential it lacks as the 仮定形 of the 五段 verb before ます.
    if (ABILITY_VERBS.has(b) || isPotentialVerb(t) || (t.pos === '動詞' && t.cForm === '仮定形' && chain[k + 1]?.base === 'ます')) potentialVerb = true;
    if (t.pos === '動詞' && t.pos1 === '接尾') {
      if (b === 'れる' || b === 'られる') rareru = true;
      if (b === 'せる' || b === 'させる') causative = true;
    }
    if (t.cForm.startsWith('命令')) commanded = true;
    if (t.pos === '助動詞' && (b === 'う' || b === 'よう')) volitionalAux = true;
    // 〜ている / 〜ております, and (い抜き) やってません, 送ってます.
    if (k > 0) {
      const prev = chain[k - 1]!;
      if (((b === 'いる' || b === 'おる' || b === 'てる' || b === 'いらっしゃる') && (prev.surface === 'て' || prev.surface === 'で' || b === 'てる')) ||
        (b === 'ます' && (prev.surface === 'て' || prev.surface === 'で') && prev.pos === '助詞')) progressive = true;
    }
  }

  const politeness = new Set<Politeness>();
  if (masu || desu || gozaru || kudasaru) politeness.add('polite');
  if (gozaru) politeness.add('gozaimasu');

  const prefixed = before ? (isPrefix(before) || !!prefixedNoun(tokens, from - 1)) : false;
  const honourNoun = noun ?? '';
  if (humbleVerb) politeness.add('humble');
  // お送りします / ご連絡いたします / お受けできかねます: お・ご + a verb's stem or a noun + する (できる, いたす).
  if (prefixed && chain.some((t) => LIGHT_ACT.test(t.base))) politeness.add('humble');
  if (HUMBLE_NOUNS.has(honourNoun)) politeness.add('humble');
  // 尊敬語: a respectful verb (おっしゃる, いらっしゃる, なさる, くださる), お/ご + noun + になる or ください,
  // ご覧になる.
  if (respectfulVerb) politeness.add('respectful');
  if (first.base === 'なる' && before?.surface === 'に' && before.pos === '助詞') {
    const stem = tokens[from - 2];
    const stemText = prefixedNoun(tokens, from - 2);
    // お世話になる / ご厄介になる are set phrases of the speaker's gratitude, not respect for a subject.
    const setPhrase = !!stemText && /^(?:お世話|ご厄介|お陰|おかげ|お役|ご縁)$/.test(stemText);
    // The stem of お〜になる is a verb's 連用形 (お帰り, お越し, お見え) or a サ変 noun (ご利用): お隣になる
    // ("came to be next to") or お手本になる is a plain noun with its prefix.
    const verbStem = !!stem && (/[ぁ-ゖ]$/.test(stem.surface) || stem.pos1 === 'サ変接続');
    if (stem && (stemText || RESPECTFUL_NOUNS.has(stem.surface)) && (verbStem || RESPECTFUL_NOUNS.has(stemText ?? stem.surface)) && !setPhrase && !/様|さま/.test(stem.surface)) politeness.add('respectful');
  }
  if (RESPECTFUL_NOUNS.has(honourNoun)) politeness.add('respectful');
  if (!politeness.has('polite')) politeness.add('plain');

  const negated = negatedForm;
  // 感謝の念に堪えません / 願ってやみません / 感謝せずにはいられません: a negative that intensifies a feeling.
  const emotive = negated && emotiveNegative(tokens, from, chain);
  const last = chain[chain.length - 1]!;
  const request = kudasaru && commanded || hoshii || te ||
    (/^(?:いただける|頂ける|もらえる|くれる)$/.test(last.base) || given);
  const imperative = last.cForm.startsWith('命令') && !kudasaru;
  const quoted = quotes.some(([a, b]) => start >= a && end <= b);
  // Round 44: noun and emotive set after the literal, not spread inside it: a spread between an object literal's
  // properties sends the rest of them down V8's slow path (1.6 µs an object against 0.1 µs, measured alone).
  const predicate: JaPredicate = {
    from, to, start, end, text: text.slice(start, end), head, kind,
    politeness: [...politeness],
    negated: negated && !emotive,
    potential: !emotive && (potentialVerb || (rareru && negated)),
    volitional: volitionalAux && !(desu || da),
    causative,
    passive: rareru,
    past: ta,
    progressive,
    desire: tai || hoshii,
    request,
    imperative,
    ending: te ? 'te' : endingAfter(tokens, to),
    main: false,
    quoted,
  };
  if (noun) predicate.noun = noun;
  if (emotive) predicate.emotive = emotive;
  return predicate;
}

/**
 * The idiomatic negatives of emotion, read from the tokens around a negated chain: 〜に堪えない (感謝の念に,
 * 慶賀に), 〜てやまない, 〜てならない / 〜てたまらない, 〜ずにはいられない / 〜ないではいられない, 〜を禁じ得ない,
 * 〜てもしきれない (V-ても V-きれない). None of them refuses or denies an act.
 */
export function emotiveNegative(tokens: readonly Token[], from: number, chain: readonly Token[]): boolean {
  const first = chain[0]!;
  const before = tokens[from - 1];
  const te = !!before && before.pos === '助詞' && before.pos1 === '接続助詞' && (before.surface === 'て' || before.surface === 'で');
  if (/^(?:堪える|たえる|耐える)$/.test(first.base) && before?.surface === 'に' && !chain.some((t) => t.pos1 === '接尾')) return true;
  if (te && /^(?:やむ|止む|なる|たまる|堪る)$/.test(first.base)) return true;
  // せずにはいられ (IPADIC: ず に はいら れ) / しないではいられ (ない で は いら れ).
  if (first.base === 'はいる' && before?.surface === 'に' && tokens[from - 2]?.base === 'ぬ') return true;
  if (first.base === 'いる' && before?.surface === 'は' && /^[にで]$/.test(tokens[from - 2]?.surface ?? '') && /^(?:ぬ|ない)$/.test(tokens[from - 3]?.base ?? '')) return true;
  if (/^(?:禁じる|禁ずる)$/.test(first.base) && /^(?:得る|える)$/.test(chain[1]?.base ?? '')) return true;
  // 感謝してもしきれません / 悔やんでも悔やみきれません: however much one does it, it is never enough.
  if (chain.some((t) => t.base === 'きれる' && t.pos1 === '非自立') && before?.surface === 'も' && /^[てで]$/.test(tokens[from - 2]?.surface ?? '')) return true;
  return false;
}

/** A 一段 verb that is the potential of a listed 五段 verb (伺える ← 伺う, 行ける ← 行く). */
function isPotentialVerb(t: Token): boolean {
  if (t.pos !== '動詞' || !t.cType.startsWith('一段') || !t.base.endsWith('る') || t.base.length < 2) return false;
  const e = t.base[t.base.length - 2]!;
  const u = GODAN_E_ROW[e];
  if (!u) return false;
  return POTENTIAL_OF.has(t.base.slice(0, -2) + u);
}

function endingAfter(tokens: readonly Token[], to: number): Ending {
  const next = tokens[to];
  if (next && (next.pos1 === '読点' || COMMA.test(next.surface))) return 'conjunctive';
  if (!next || next.pos === '記号' || PUNCT.test(next.surface)) return 'final';
  if (next.pos === '助詞') {
    if (next.pos1.includes('終助詞')) return 'final';
    if (next.pos1 === '接続助詞' || CONJUNCTIVE.has(next.surface)) {
      if (next.surface === 'と' && next.pos1 !== '接続助詞') return 'quotative';
      return 'conjunctive';
    }
    if (next.pos1 === '格助詞' && (next.surface === 'と' || next.surface === 'って')) return 'quotative';
    return 'attributive';
  }
  if (next.pos === '助動詞' && next.base === 'じゃん') return 'final';
  return 'attributive';
}

const SUBJECT_PARTICLES = new Set(['が', 'は', 'も', 'では', 'としては', 'から', 'にて', 'より']);

/** Noun phrases marked as subject or topic, and whose side they are on. */
function findSubjects(tokens: readonly Token[], offset: number): Subject[] {
  const out: Subject[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const p = tokens[k]!;
    const toshite = p.surface === 'と' && tokens[k + 1]?.surface === 'し' && tokens[k + 2]?.surface === 'て' && tokens[k + 3]?.surface === 'は';
    if (p.pos !== '助詞' || (!SUBJECT_PARTICLES.has(p.surface) && !toshite)) continue;
    // から / より / にて only after an own-side or client word (弊社から, 貴社より); が/は/も after any noun.
    let s = k - 1;
    let particle = toshite ? 'としては' : p.surface;
    // 弊社では / 弊社でも: で + は is one particle here.
    if ((particle === 'は' || particle === 'も') && (tokens[s]!.surface === 'で' || tokens[s]!.surface === 'として') && tokens[s]!.pos === '助詞') {
      particle = tokens[s]!.surface + particle;
      s--;
    }
    const endAt = s + 1;
    if (s < 0 || (tokens[s]!.pos !== '名詞' && !isPrefix(tokens[s]))) continue;
    // Back over nouns, prefixes and の between nouns (弊社の営業部長の石田).
    while (s > 0) {
      const b = tokens[s - 1]!;
      if (b.pos === '名詞' || isPrefix(b) || isDeictic(b)) s--;
      else if (b.surface === 'の' && b.pos === '助詞' && s - 2 >= 0 && tokens[s - 2]!.pos === '名詞') s -= 2;
      else break;
      if (endAt - s > 8) break;
    }
    const text = tokens.slice(s, endAt).map((t) => t.surface).join('');
    const side = sideOf(text, tokens.slice(s, endAt));
    if (!side) continue;
    if ((particle === 'から' || particle === 'より' || particle === 'にて') && side !== 'ours' && side !== 'client') continue;
    out.push({ start: tokens[s]!.start - offset, end: tokens[endAt - 1]!.end - offset, text, side, particle });
  }
  return out;
}

/** Round 35: another party named by its trade (運送会社, 通関業者, 部品メーカー, 税関): neither side of the mail. */
const THIRD_HEAD = /(?:会社|業者|メーカー|銀行|税関|当局|先方|フォワーダー|仕入れ?先)$/;

function sideOf(text: string, phrase: readonly Token[]): Side | undefined {
  const last = phrase[phrase.length - 1]!;
  // Round 35: the honorific is a suffix of its own (田中 + 様, 貴社 + 様), never the end of a word (仕様, 模様, 有様).
  if (CLIENT_SUFFIXES.includes(last.surface) || CLIENT_SIDE.some((x) => text.includes(x))) return 'client';
  if (text.endsWith('さん') || text.endsWith('氏')) return 'third';
  if (OUR_SIDE.some((x) => text.startsWith(x) || text.includes(x + 'の'))) return 'ours';
  if (THING_HEADS.some((x) => text.endsWith(x))) return 'thing';
  if (THIRD_HEAD.test(text)) return 'third';
  // Round 26: 本ドローン / 当アプリ / 同ユニット: the document's deixis (本, 当, 同) before a name in katakana or Latin letters
  // points at the product the mail is about, whatever it is called — a thing, not a person or a side.
  if (isDeictic(phrase[0]) && phrase.length >= 2 && /^[\p{Script=Katakana}ー・A-Za-zＡ-Ｚａ-ｚ0-9０-９\-]+$/u.test(last.surface)) return 'thing';
  // A person's name with no honorific is one of our own (one never writes a client's name bare).
  if (last.pos1 === '固有名詞' && last.pos2 === '人名') return 'ours';
  if (last.pos1 === '固有名詞' && last.pos2 === '組織') return 'third';
  if (last.pos1 === '代名詞') return undefined;
  return undefined;
}

/** A word in Latin letters alone (COA, SDS, DHL): IPADIC's unknown-word reading makes it an organisation, rightly or not. */
const LATIN_WORD = /^[A-Za-zＡ-Ｚａ-ｚ]+$/;

function agentOf(main: JaPredicate, subjects: Subject[], quotes: Array<[number, number]>): Side | undefined {
  let found: Subject | undefined;
  for (const s of subjects) {
    if (s.end > main.start) break;
    if (quotes.some(([a, b]) => s.start >= a && s.end <= b)) continue;
    found = s;
  }
  // Round 35: COAは…発行しており、貴社様式への変更はいたしません — IPADIC reads any unknown Latin word (COA, SDS, OEM) as an
  // organisation; before our humble verb such a topic is the thing we handle, and the humble verb tells who acts.
  const humble = main.politeness.includes('humble') && !main.request;
  if (found && !(humble && found.side === 'third' && LATIN_WORD.test(found.text))) return found.side;
  if (humble) return 'ours';
  if (main.politeness.includes('respectful') && !main.request) return 'client';
  return undefined;
}

function levelOf(main: JaPredicate | undefined, text: string): Level {
  if (!main) return 'fragment';
  if (main.politeness.includes('polite')) return 'polite';
  if (main.ending === 'te') {
    // 〜ていただきたく / 〜まして: elliptical polite endings, not a te-form request.
    return /(?:まして|でして|いただき(?:たく)?|くださいまして)[。．]?$/.test(text.trim()) ? 'fragment' : 'te';
  }
  if (main.kind === 'copula') return 'dearu';
  return 'plain';
}

function speechActs(text: string, main: JaPredicate | undefined, agent: Side | undefined, question: boolean): SpeechAct[] {
  const acts = new Set<SpeechAct>();
  if (APOLOGY.test(text)) acts.add('apology');
  if (THANKS.test(text)) acts.add('thanks');
  if (main?.request || REQUEST_WORDS.test(text)) acts.add('request');
  if (PROPOSAL_WORDS.test(text) || (main && main.volitional && question)) acts.add('proposal');
  const ourAct = agent === 'ours' || agent === undefined;
  if (main && ourAct && !main.quoted) {
    if (main.negated && !main.past && !question && main.potential) acts.add('refusal');
  }
  if (REFUSAL_WORDS.test(text) && ourAct && !question) acts.add('refusal');
  if (main && ourAct && !main.quoted && !acts.has('refusal') && !main.negated && !main.past && main.politeness.includes('humble') &&
    !main.request && !acts.has('request') && !question && !main.progressive) acts.add('offer');
  if (acts.size === 0 && main && !question && !main.request) acts.add('notice');
  return [...acts];
}

/** すね/すか/すよ read as a noun (or すねる) right after an adjective, ない/たい, そう or a な-adjective, closing the sentence. */
function clippedCopula(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // そうすね、: before 、 IPADIC reads すね as the 連用形 of すねる ("to sulk").
  if (!(t.pos === '名詞' || (t.pos === '動詞' && t.base === 'すねる')) || !CLIPPED_COPULA.test(t.surface)) return false;
  const prev = tokens[k - 1];
  if (!prev) return false;
  const next = tokens[k + 1];
  if (next && !(next.pos === '記号' || PUNCT.test(next.surface) || (next.pos === '助詞' && next.pos1.includes('終助詞')))) return false;
  return (prev.pos === '形容詞' && prev.cForm === '基本形') || (prev.pos === '助動詞' && /^(?:ない|たい)$/.test(prev.base) && prev.cForm === '基本形') ||
    (prev.pos === '副詞' && prev.surface === 'そう') || (prev.pos === '名詞' && prev.pos1 === '形容動詞語幹');
}

interface SpokenRun {
  /** Token range [from, to). */
  from: number;
  to: number;
  kind: 'dialect' | 'contraction';
  neutral: string;
}

/** The ending of 〜はる (Kansai respect) by its conjugation: after て it is いらっしゃる, after a stem it is れる. */
const HARU: Record<string, [afterTe: string, afterStem: string]> = {
  基本形: ['いらっしゃる', 'れる'], 連用形: ['いらっしゃい', 'れ'], 連用タ接続: ['いらっしゃっ', 'れ'], 未然形: ['いらっしゃら', 'れ'], 仮定形: ['いらっしゃれ', 'れれ'],
};
/** The Kansai copula や by its conjugation: や → です, やっ(た) → でし(た), やろ(う) → でしょ(う). */
const YA_COPULA: Record<string, string> = { 基本形: 'です', 連用タ接続: 'でし', 未然ウ接続: 'でしょ' };
/** DIALECT_WORDS by base form, then part of speech: looked up for every token, so without a key string built per token. */
const DIALECT_BY_BASE = new Map<string, Map<string, string>>();
for (const w of DIALECT_WORDS) {
  let byPos = DIALECT_BY_BASE.get(w.base);
  if (!byPos) DIALECT_BY_BASE.set(w.base, (byPos = new Map()));
  byPos.set(w.pos, w.neutral);
}

/**
 * Kansai speech read from IPADIC's tags, with its standard form: the respect auxiliary はる (来てはります →
 * 来ていらっしゃいます, 行かはります → 行かれます), the negative へん (できへん), the copula や with its tag
 * particles (大丈夫やで, 休みやねん, せやから), やん, the reason particle さかい, an adjective in its ゴザイ form with
 * no ございます after it (よろしゅうお願いします: Kansai for よろしく; よろしゅうございます is standard), and the
 * words of DIALECT_WORDS (ほな, おおきに, ほんま).
 */
function dialectAt(tokens: readonly Token[], k: number): SpokenRun | undefined {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const one = (neutral: string): SpokenRun => ({ from: k, to: k + 1, kind: 'dialect', neutral });
  const word = DIALECT_BY_BASE.get(t.base)?.get(t.pos);
  if (word !== undefined) {
    // おおきにありがとうございます: the thanks is already said.
    if (t.base === 'おおきに' && next?.surface.startsWith('ありがと')) return one('誠に');
    return one(word);
  }
  if (t.pos === '動詞' && t.pos1 === '非自立' && t.base === 'はる' && prev) {
    const forms = HARU[t.cForm];
    if (!forms) return undefined;
    const afterTe = prev.pos === '助詞' && (prev.surface === 'て' || prev.surface === 'で');
    // 行かはる (未然形); 見はる (一段, whose 未然形 IPADIC reads as 連用形).
    const stem = prev.pos === '動詞' && (prev.cForm === '未然形' || (prev.cType.startsWith('一段') && prev.cForm === '連用形'));
    if (!afterTe && !stem) return undefined;
    // 見はる → 見られる: an 一段 stem takes られる where a 五段 one takes れる (行かれる).
    return one(afterTe ? forms[0] : `${prev.cType.startsWith('一段') ? 'ら' : ''}${forms[1]}`);
  }
  if (t.pos === '助動詞' && t.base === 'へん') return one('ない');
  // あかん (IPADIC: あく + ん) and the spoken negative ん after a verb (知らん, わからん): not the ん of ません, nor
  // the literary volitional of 〜せんとする.
  if (t.pos === '助動詞' && t.base === 'ん' && prev?.pos === '動詞' && prev.cForm === '未然形' && next?.surface !== 'と') {
    if (prev.surface === 'あか' && prev.base === 'あく') return { from: k - 1, to: k + 1, kind: 'dialect', neutral: '難しい' };
    return { from: k, to: k + 1, kind: 'contraction', neutral: 'ない' };
  }
  // ちゃいます (違います): the verb itself, not the contraction ちゃう of 〜てしまう, which is 非自立.
  if (t.pos === '動詞' && t.pos1 === '自立' && t.base === 'ちゃう') return one(`違${t.surface.slice(2)}`);
  if (t.pos === '助動詞' && t.base === 'やん') return one('ではありませんか');
  if (t.pos === '助詞' && t.pos1 === '接続助詞' && t.base === 'さかい') return one('ので');
  if (t.pos === '助動詞' && t.cType === '特殊・ヤ') {
    const form = YA_COPULA[t.cForm];
    if (!form) return undefined;
    // せや (そうだ): the する-form IPADIC reads before it belongs to the word.
    const from = prev && prev.surface === 'せ' && prev.base === 'する' ? k - 1 : k;
    // 大丈夫やで / 休みやねん: the tag particle after the copula goes with it.
    const to = next && next.pos === '助詞' && next.pos1 === '終助詞' && /^(?:で|ねん|わ|な)$/.test(next.surface) ? k + 2 : k + 1;
    return { from, to, kind: 'dialect', neutral: (from < k ? 'そう' : '') + form };
  }
  if (t.pos === '形容詞' && t.cForm === '連用ゴザイ接続' && t.base.endsWith('い')) {
    if (next && (next.base === 'ござる' || next.base === '存じる' || next.base === '御座る')) return undefined;
    return one(`${t.base.slice(0, -1)}く`);
  }
  return undefined;
}

/**
 * Contractions of speech that IPADIC splits into more than one token: ちゃ/じゃ before an auxiliary verb
 * (決めちゃえます → 決めてしまえます, 行っちゃいけない → 行ってはいけない), the い of ていた dropped (住んでた →
 * 住んでいた), with the reason んで that IPADIC misreads as たん + で (住んでたんで → 住んでいたので), and the
 * western 〜とる/〜どる (出しとります → 出しております).
 */
function contractionAt(tokens: readonly Token[], k: number): SpokenRun | undefined {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!next) return undefined;
  const te = t.pos === '助詞' && t.pos1 === '接続助詞';
  if (te && (t.surface === 'ちゃ' || t.surface === 'じゃ') && next.pos === '動詞' && next.pos1 === '非自立') {
    const voiced = t.surface === 'じゃ';
    const neutral = next.base === 'いける' ? `${voiced ? 'では' : 'ては'}${next.surface}` : `${voiced ? 'でしま' : 'てしま'}${next.surface}`;
    return { from: k, to: k + 2, kind: 'contraction', neutral };
  }
  if (te && (t.surface === 'て' || t.surface === 'で')) {
    if (next.pos === '助動詞' && next.base === 'た') return { from: k, to: k + 2, kind: 'contraction', neutral: `${t.surface}いた` };
    if (next.surface === 'たん' && next.pos === '名詞' && tokens[k + 2]?.surface === 'で' && tokens[k + 2]?.pos === '助詞') {
      return { from: k, to: k + 3, kind: 'contraction', neutral: `${t.surface}いたので` };
    }
  }
  if (t.pos === '動詞' && t.pos1 === '非自立' && (t.base === 'とる' || t.base === 'どる') && tokens[k - 1]?.pos === '動詞') {
    return { from: k, to: k + 1, kind: 'contraction', neutral: `${t.base === 'どる' ? 'で' : 'て'}お${t.surface.slice(1)}` };
  }
  return undefined;
}

/** ん + です + よ + ね, then only closing marks: the explanatory ending of talk (ならないんですよね). */
function spokenExplanation(tokens: readonly Token[], k: number): boolean {
  const [n, desu, yo, ne] = [tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  if (!n || n.surface !== 'ん' || n.pos1 !== '非自立' || desu?.base !== 'です' || desu.surface !== 'です') return false;
  if (yo?.surface !== 'よ' || ne?.surface !== 'ね' || yo.pos !== '助詞' || ne.pos !== '助詞') return false;
  return tokens.slice(k + 4).every((t) => t.pos === '記号' || /^\s+$/.test(t.surface));
}

/** Spoken-style marks in a sentence: contractions, elongation, wave dashes, exclamation runs, slang, emoji, dialect. */
function colloquialMarkers(text: string, tokens: readonly Token[] | undefined, offset: number): Colloquial[] {
  const out: Colloquial[] = [];
  const quotes = quotedRanges(text);
  const inQuote = (a: number, b: number) => quotes.some(([s, e]) => a < e && b > s);
  const push = (c: Colloquial) => {
    if (!inQuote(c.start, c.end)) out.push(c);
  };
  if (tokens) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const s = t.start - offset;
      const e = t.end - offset;
      const spoken = dialectAt(tokens, k) ?? contractionAt(tokens, k);
      if (spoken) {
        push({ start: tokens[spoken.from]!.start - offset, end: tokens[spoken.to - 1]!.end - offset, kind: spoken.kind, neutral: spoken.neutral });
        k = spoken.to - 1;
      } else if (t.pos === '動詞' && CONTRACTED_AUXILIARIES.has(t.base)) push({ start: s, end: e, kind: 'contraction' });
      else if (t.cForm.includes('縮約') || t.cForm === '未然特殊') push({ start: s, end: e, kind: 'contraction' });
      else if (t.surface === 'んで' && t.pos === '助詞') push({ start: s, end: e, kind: 'contraction' });
      else if (t.pos === '助動詞' && (t.base === 'っす' || t.base === 'じゃん')) push({ start: s, end: e, kind: 'casual-copula' });
      // ッス / っス: the same copula in katakana, which IPADIC reads as a noun (大丈夫ッス).
      else if (SMALL_TSU_SU.test(t.surface) && k > 0) push({ start: s, end: e, kind: 'casual-copula' });
      // そうすね / 難しいすね / いいすか / じゃないすか: っす with its っ dropped, which IPADIC reads as a noun
      // すね/すか; only the す is the copula (→ です), after what です can follow.
      else if (clippedCopula(tokens, k)) push({ start: s, end: s + 1, kind: 'casual-copula' });
      else if (t.surface === 'じゃ' && tokens[k + 1]?.base === 'ない') push({ start: s, end: e, kind: 'contraction' });
      // Round 35: 僕の権限じゃ / 弊社じゃ対応できない: じゃ after a noun is では (the topic or the limit) contracted in speech.
      else if (t.surface === 'じゃ' && t.pos === '助詞' && t.pos1 === '副助詞' && tokens[k - 1]?.pos === '名詞') push({ start: s, end: e, kind: 'contraction', neutral: 'では' });
      // Round 35: どうにもならないんですよね: the explanatory ん of talk with です and よね closing the sentence is a
      // spoken aside (written, 〜のです); ますよね and のですね stay.
      else if (spokenExplanation(tokens, k)) {
        push({ start: s, end: tokens[k + 3]!.end - offset, kind: 'contraction', neutral: 'のです' });
        k += 3;
      }
      // 思ってます / 見てました: the い of ている dropped before ます (い抜き), a spoken contraction.
      else if ((t.surface === 'て' || t.surface === 'で') && t.pos1 === '接続助詞' && tokens[k + 1]?.base === 'ます') push({ start: s, end: e, kind: 'contraction' });
    }
  }
  // Elongation: a long-vowel mark or a small vowel after hiragana (すごーい, ですー, ありがとー, はーい).
  // Also before a comma (そうなんですよー、 そうでしたかー、).
  for (const m of matchAll(text, /[ぁ-ゖ](?:ー|ぁ|ぃ|ぅ|ぇ|ぉ)+(?=[ぁ-ゖ！!。？?〜～、，,\s]|$)/gu)) {
    if (/[ぁぃぅぇぉ]/.test(m[0][0]!)) continue;
    push({ start: m.index + 1, end: m.index + m[0].length, kind: 'elongation' });
  }
  // ありがとうございましたっ！ / 了解ですっ。: a small っ closing a word is a voice's catch, not a sound of the word.
  for (const m of matchAll(text, /(?<=[ぁ-ゖ])[っッ](?=[！!。〜～\s]|$)/gu)) push({ start: m.index, end: m.index + 1, kind: 'elongation' });
  // A wave dash that is not a range (10〜12時): after kana or before the end or ！.
  for (const m of matchAll(text, /[〜～]+/gu)) {
    const prev = text[m.index - 1] ?? '';
    const next = text[m.index + m[0].length] ?? '';
    if (/[0-9０-９]/.test(prev) || /[0-9０-９]/.test(next)) continue;
    if (/[ぁ-ゖァ-ヺー！!]/.test(prev) && (next === '' || /[！!。？?\s♪]/.test(next))) push({ start: m.index, end: m.index + m[0].length, kind: 'wave-dash' });
  }
  // Doubled marks (！！, ？？, ？！) are chat's emphasis; a letter uses one.
  for (const m of matchAll(text, /[！!]{2,}|[？?]{2,}|[？?][！!]|[！!][？?]/gu)) push({ start: m.index, end: m.index + m[0].length, kind: 'exclamation' });
  for (const m of matchAll(text, /\p{Extended_Pictographic}|[♪☆★]|[（(]笑[）)]|(?<=[ぁ-ゖ。！])[wｗ]+$/gu)) {
    push({ start: m.index, end: m.index + m[0].length, kind: 'emoji' });
  }
  for (const w of COLLOQUIAL_WORDS) {
    for (let i = text.indexOf(w.word); i >= 0; i = text.indexOf(w.word, i + w.word.length)) {
      // A word inside a longer one (マジック, ヤバ in ヤバい when ヤバい matched) is not this word.
      if (/^[ァ-ヺ]/.test(w.word) && /[ァ-ヺー]/.test(text[i + w.word.length] ?? '') && !/い$/.test(w.word)) continue;
      if (/^[ァ-ヺ]/.test(w.word) && /[ァ-ヺー]/.test(text[i - 1] ?? '')) continue;
      // A short kana word at the end of another (おけ in における, りょ in かりょう) is not this word.
      if (/^[ぁ-ゖ]{1,2}$/.test(w.word) && /[ぁ-ゖ]/.test(text[i - 1] ?? '')) continue;
      if (out.some((c) => c.kind === 'slang' && c.start <= i && i < c.end)) continue;
      // 出しとります: とりま inside a contraction or dialect word already read from the tokens is not this word.
      if (out.some((c) => (c.kind === 'contraction' || c.kind === 'dialect') && c.start < i + w.word.length && i < c.end)) continue;
      // 今月いっぱい / 年内いっぱい / 3月いっぱい: until the end of a period, written business Japanese (also 精いっぱい).
      if (w.word === 'いっぱい' && /(?:[月週日年内末度期精手]|今日|本日)$/.test(text.slice(Math.max(0, i - 3), i))) continue;
      push({ start: i, end: i + w.word.length, kind: 'slang', neutral: w.neutral });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
