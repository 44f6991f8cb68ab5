// Keigo direction read from the tokens: respect language (尊敬語) for one's own side and humble language
// (謙譲語) for the client's acts, with the rewrite that keeps the verb's ending. The rules report what these
// functions find; the dictionary's own examples (dictionaries/ja/keigo.json) run through them too.
import type { Sentence, Token } from '../../../engine/types';
import {
  endingEnd, frameStem, HUMBLE_OF_RESPECT, isPassiveOrRespectSuffix, oNiNaruStart, ownSideSubject, respectVerbOf,
  RESPECT_OF_HUMBLE, swapVerb, type VerbRef,
} from './keigo';
import { KEIGO, SALUTATION } from './dictionaries';
import { inQuotes, quotedRanges } from './text';
import { matchAll } from '../../../engine/match-all';

type Text = Pick<Sentence, 'text' | 'tokens' | 'start'>;

export interface KeigoHit {
  /** Absolute offsets of the verb with its ending. */
  start: number;
  end: number;
  written: string;
  fixes: string[];
  /** The keigo.json verb recognised (おっしゃる, ご覧になる, 申す, 拝見); absent for any other お〜になる. */
  base?: string;
}

/** 弊社の部長がおっしゃいました / 私がご説明になります: respect language whose subject is our own side. */
export function respectForOwnSide(s: Text): KeigoHit[] {
  const out: KeigoHit[] = [];
  const tokens = s.tokens;
  if (!tokens) return out;
  const quotes = quotedRanges(s.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const sareru = ownPersonSareru(s, tokens, i);
    if (sareru) {
      if (!inQuotes(quotes, sareru.start - s.start, sareru.end - s.start)) out.push(sareru);
      i = sareru.next - 1;
      continue;
    }
    const respect = respectVerbOf(t, tokens[i + 1]);
    let from = i;
    let humble: VerbRef[] | undefined;
    let prefix = '';
    let base = respect?.base;
    if (respect) humble = HUMBLE_OF_RESPECT.get(respect.base);
    else {
      from = oNiNaruStart(tokens, i);
      if (from < 0) continue;
      const stem = frameStem(tokens, from, i);
      humble = HUMBLE_OF_RESPECT.get(`${stem}になる`);
      base = humble ? `${stem}になる` : undefined;
      // Any other お〜になる / ご〜になる becomes お〜いたす / ご〜いたす.
      if (!humble) {
        humble = [{ base: 'いたす', cType: '五段・サ行' }];
        prefix = stem;
      }
    }
    if (!humble) continue;
    const start = tokens[from]!.start;
    // 西村様にいらっしゃっていただける / ご覧になっていただく: the favour makes the one with に the actor — the client.
    if (/^[てで]$/.test(tokens[i + 1]?.surface ?? '') && FAVOUR_BASES.has(tokens[i + 2]?.base ?? '')) continue;
    if (!ownSideSubject(s.text.slice(0, start - s.start))) continue;
    if (inQuotes(quotes, start - s.start, t.end - s.start)) continue;
    // The form to copy: of the れる/られる when one follows (おっしゃられた), else of the verb itself.
    const formToken = isPassiveOrRespectSuffix(tokens[i + 1]) ? tokens[i + 1]! : t;
    const after = formToken === t ? i + 1 : i + 2;
    const end = endingEnd(tokens, after);
    // ご利用になる皆様 / いらっしゃるお客様: a verb that modifies a noun belongs to that noun, not to our subject.
    // Round 48 (h7hb-024): not a plan's noun (お越しになる予定です, ご説明になる見込みです): the verb is still our subject's.
    if (formToken.cForm === '基本形' && end === after && tokens[end]?.pos === '名詞' && !PLAN_NOUNS.test(tokens[end]!.surface)) continue;
    const ending = tokens.slice(after, end).map((x) => x.surface).join('');
    const fixes = fitting(humble, respect?.base, tokens[from - 1], s.text.slice(0, start - s.start))
      .map((h) => swapVerb(h, formToken, tokens[after]))
      .filter((x): x is string => x !== undefined)
      .map((v) => prefix + v + ending);
    if (fixes.length === 0) continue;
    const endOffset = tokens[end - 1]!.end;
    const written = s.text.slice(start - s.start, endOffset - s.start);
    out.push({ start, end: endOffset, written, fixes, base });
    i = end - 1;
  }
  return out;
}

/** Nouns of a plan that a verb before them describes without being theirs: 予定, 見込み, つもり. */
const PLAN_NOUNS = /^(?:予定|見込み?|見通し|つもり|計画|方向)$/;

/** Who can be the person acting on our side: 私, 担当者, a title (部長), or a name kuromoji knows. */
const OWN_PEOPLE = new Set(['私', 'わたくし', '私ども', 'わたくしども', '私共', '当方', '者', '担当', '担当者', ...SALUTATION.titles]);

/**
 * 弊社の担当者が説明されます / 弊社の部長が対応されました / 弊社の田中が明日伺う前に本社に戻られます / 弊社社長が
 * 来られる予定です: an act with the respect ending れる/られる — a サ変 noun with される, or any verb's 未然形
 * with れる/られる — done by a person of ours, is respect for our own side (説明いたします, 戻ります). A thing as the
 * subject (弊社の製品が採用されました) or an agent (a person with に/から, or によって) is the passive, and stays.
 * Any other verb is read as respect only where the passive would not read: a non-past act, an object with を, a
 * noun it modifies, or a place it goes to (本社に戻られました); a past with none of these (私が言われました) is
 * the passive, and the ら of 一段 verbs after 私 is the potential (私が来られる日).
 */
function ownPersonSareru(s: Text, tokens: readonly Token[], i: number): (KeigoHit & { next: number }) | undefined {
  const first = tokens[i]!;
  let verb: Token;
  let reru: Token | undefined;
  let sahen = false;
  if (first.pos === '名詞' && first.pos1 === 'サ変接続' && tokens[i + 1]?.base === 'する' && tokens[i + 1]!.surface === 'さ') {
    verb = tokens[i + 1]!;
    reru = tokens[i + 2];
    sahen = true;
  } else if (first.pos === '動詞' && first.pos1 === '自立' && first.cForm.startsWith('未然') && !/^(?:する|できる)$/.test(first.base) && !RESPECT_OF_HUMBLE.has(first.base)) {
    // A humble verb with れる (伺われる, 申される) is humbleForClient's.
    verb = first;
    reru = tokens[i + 1];
  } else return undefined;
  if (!reru || reru.pos1 !== '接尾' || (reru.base !== 'れる' && reru.base !== 'られる')) return undefined;
  if (sahen && reru.base !== 'れる') return undefined;
  if (/^[おご御]/.test(tokens[i - 1]?.surface ?? '')) return undefined; // ご説明される: ja.honorific.o-go-on-own-side.
  const reruAt = tokens.indexOf(reru);
  let k = i - 1;
  let object = false;
  let place = false;
  while (k > 0 && !(tokens[k]!.pos === '助詞' && /^(?:が|は|も)$/.test(tokens[k]!.surface))) {
    const x = tokens[k]!;
    if (x.pos === '助詞' && x.surface === 'によって') return undefined;
    if (x.pos === '助詞' && /^(?:に|から)$/.test(x.surface)) {
      // An agent: the passive (上司に言われた, A社から表彰された); a company with に is where one goes (貴社に).
      if (personLike(tokens[k - 1]) || (x.surface === 'から' && /社$/.test(tokens[k - 1]?.surface ?? ''))) return undefined;
      if (x.surface === 'に') place = true;
    }
    if (x.pos === '助詞' && x.surface === 'へ') place = true;
    if (x.pos === '助詞' && x.surface === 'を') object = true;
    if (x.pos === '記号' && x.surface !== '、') return undefined;
    if (x.pos === '動詞' || x.pos === '助動詞') return undefined;
    k--;
  }
  const who = tokens[k - 1];
  if (k <= 0 || !who || !(OWN_PEOPLE.has(who.surface) || who.pos2 === '人名')) return undefined;
  if (!ownSideSubject(s.text.slice(0, first.start - s.start))) return undefined;
  const end = endingEnd(tokens, reruAt + 1);
  const endingTokens = tokens.slice(reruAt + 1, end);
  if (!sahen) {
    const past = endingTokens.some((x) => x.base === 'た');
    const attributive = tokens[end]?.pos === '名詞';
    if (past && !object && !place && !attributive) return undefined;
    // 私が来られる日 / 私が見られる範囲: after 私 the ら of 一段 and カ変 verbs reads as the potential.
    if ((/^(?:一段|カ変)/.test(verb.cType) || verb.base === '来る') && /^(?:私|わたくし|当方)$/.test(who.surface)) return undefined;
  }
  const plain = sahen ? { base: 'いたす', cType: '五段・サ行' } : (HUMBLE_OF_PLAIN[verb.base] ?? { base: verb.base, cType: verb.cType });
  const fixed = swapVerb(plain, reru, tokens[reruAt + 1]);
  if (!fixed) return undefined;
  const ending = endingTokens.map((x) => x.surface).join('');
  const from = sahen ? verb : first;
  const stop = tokens[end - 1]!.end;
  return { start: from.start, end: stop, written: s.text.slice(from.start - s.start, stop - s.start), fixes: [fixed + ending], next: end };
}

/** The humble verb for our own going, coming, being and saying (行かれます → 参ります); any other keeps its verb. */
const HUMBLE_OF_PLAIN: Record<string, VerbRef> = {
  行く: { base: '参る', cType: '五段・ラ行' },
  来る: { base: '参る', cType: '五段・ラ行' },
  いる: { base: 'おる', cType: '五段・ラ行' },
  言う: { base: '申す', cType: '五段・サ行' },
};

/** A person who can be a passive's agent before に/から: a name, a pronoun, 様/さん, a customer, a superior. */
function personLike(t: Token | undefined): boolean {
  if (!t) return false;
  return t.pos2 === '人名' || t.pos1 === '代名詞' || /(?:様|さま|さん|殿|者|先生|客|上司|部長|課長|社長|方)$/.test(t.surface);
}

/**
 * いらっしゃる is both "come/go" (参る) and "be" (おる): after 〜て it is only "be" (来ていらっしゃる → 来て
 * おる), and after a purpose (ご挨拶に, ご説明に) only "come" — ご挨拶におります would not read.
 */
function fitting(humble: VerbRef[], respectBase: string | undefined, previous: Token | undefined, before: string): VerbRef[] {
  if (respectBase !== 'いらっしゃる' || humble.length < 2) return humble;
  if (previous && previous.pos === '助詞' && (previous.surface === 'て' || previous.surface === 'で')) return humble.filter((h) => h.base === 'おる');
  if (/[ごお][^\s、。にをがは]{1,8}に$/.test(before)) return humble.filter((h) => h.base !== 'おる');
  return humble;
}

const CLIENT_SUBJECT = /(?:様|さま|先生|^どなた)$/;

/** The humble verb a token stands for: 申す, 参る, 伺う, いたす, いただく, or 拝見/拝読 + する. */
function humbleAt(tokens: readonly Token[], i: number): { base: string; verbIndex: number } | undefined {
  const t = tokens[i]!;
  if (t.pos === '動詞' && RESPECT_OF_HUMBLE.has(t.base)) return { base: t.base, verbIndex: i };
  // IPADIC reads おります as おりる (to get off) unless it follows て: 佐藤様はおりますか is the humble おる.
  if (t.pos === '動詞' && t.base === 'おりる' && t.surface === 'おり' && tokens[i + 1]?.base === 'ます' && tokens[i - 1]?.surface !== 'を') {
    return { base: 'おる', verbIndex: i };
  }
  const next = tokens[i + 1];
  if (t.pos === '名詞' && RESPECT_OF_HUMBLE.has(t.surface) && next?.pos === '動詞' && next.base === 'する') {
    return { base: t.surface, verbIndex: i + 1 };
  }
  return undefined;
}

/**
 * A humble verb with the respect ending れる/られる (拝見される, 申される) is always wrong; a plain humble
 * verb is wrong when the client is its subject (佐藤様が申して).
 */
export function humbleForClient(s: Text): KeigoHit[] {
  const out: KeigoHit[] = [];
  const tokens = s.tokens;
  if (!tokens) return out;
  const quotes = quotedRanges(s.text);
  for (let i = 0; i < tokens.length; i++) {
    const framed = humbleInRespectFrame(s, tokens, i);
    if (framed) {
      if (!inQuotes(quotes, framed.start - s.start, framed.end - s.start)) out.push(framed);
      i = framed.next - 1;
      continue;
    }
    const h = humbleAt(tokens, i);
    if (!h) continue;
    // 〜ていただく after another verb is a request for a favour, not the humble いただく (食べる).
    if (h.base === 'いただく' && tokens[i - 1]?.pos === '助詞') continue;
    const verb = tokens[h.verbIndex]!;
    const withReru = isPassiveOrRespectSuffix(tokens[h.verbIndex + 1]);
    // おられる is accepted by many writers (and by the 文化庁's guidance) as respect language: leave it.
    if (withReru && h.base === 'おる') continue;
    if (!withReru && !clientIsSubject(tokens, i)) continue;
    // Only the humble verbs of speaking, going and seeing are swapped without reru; いたす/いただく are too common.
    if (!withReru && !['申す', '参る', '拝見', '拝読', 'おる'].includes(h.base)) continue;
    const formToken = withReru ? tokens[h.verbIndex + 1]! : verb;
    const after = withReru ? h.verbIndex + 2 : h.verbIndex + 1;
    const end = endingEnd(tokens, after);
    const respect = RESPECT_OF_HUMBLE.get(h.base);
    if (!respect) continue;
    // 弊社の担当が伺われます: our own side, so the fix is the humble verb alone (伺います), not respect language.
    const ours = withReru && ownSideSubject(s.text.slice(0, tokens[i]!.start - s.start));
    const swapped = ours
      ? swapVerb(humbleVerbRef(h.base, verb), formToken, tokens[after])
      : swapVerb(respect, formToken, tokens[after]);
    if (!swapped) continue;
    const ending = tokens.slice(after, end).map((x) => x.surface).join('');
    const start = tokens[i]!.start - s.start;
    const stop = tokens[end - 1]!.end - s.start;
    if (!inQuotes(quotes, start, stop)) {
      out.push({ start: s.start + start, end: s.start + stop, written: s.text.slice(start, stop), fixes: [swapped + ending], base: h.base });
    }
    i = end - 1;
  }
  return out;
}

/**
 * お伺いになる / お伺いになりました: the humble 伺う put inside the respect frame お〜になる is wrong whoever acts —
 * the client's visit is お越しになる (弊社にお越しになる), their hearing お聞きになる.
 */
function humbleInRespectFrame(s: Text, tokens: readonly Token[], i: number): (KeigoHit & { next: number }) | undefined {
  const o = tokens[i]!;
  const v = tokens[i + 1];
  const ni = tokens[i + 2];
  const naru = tokens[i + 3];
  if ((o.surface !== 'お' && o.surface !== '御') || v?.surface !== '伺い' || ni?.surface !== 'に' || naru?.base !== 'なる') return undefined;
  const end = endingEnd(tokens, i + 4);
  const ending = tokens.slice(i + 4, end).map((x) => x.surface).join('');
  // A place before it (弊社に, 工場へ) makes it a visit; otherwise hearing.
  const visit = tokens.slice(Math.max(0, i - 6), i).some((x) => x.pos === '助詞' && (x.surface === 'へ' || x.surface === 'に'));
  const come = swapVerb({ base: 'お越しになる', cType: '五段・ラ行' }, naru, tokens[i + 4]);
  const hear = swapVerb({ base: 'お聞きになる', cType: '五段・ラ行' }, naru, tokens[i + 4]);
  const fixes = (visit ? [come, hear] : [hear, come]).filter((x): x is string => !!x).map((x) => x + ending);
  if (!fixes.length) return undefined;
  const stop = tokens[end - 1]!.end;
  return { start: o.start, end: stop, written: s.text.slice(o.start - s.start, stop - s.start), fixes, base: '伺う', next: end };
}

/** The humble verb itself as a conjugable reference: 拝見 + する is サ変. */
function humbleVerbRef(base: string, verb: Token): { base: string; cType: string } {
  return verb.base === 'する' ? { base: `${base}する`, cType: 'サ変・スル' } : { base: verb.base, cType: verb.cType };
}

/** True when the nearest subject before token i, in the same clause and outside a quotation, is a client person (佐藤様が). */
export function clientIsSubject(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1; k--) {
    const t = tokens[k]!;
    // Round 43 (ta2-048): 山本様が 申したとおり — a learner's space between the words is no boundary of the clause.
    if (t.pos === '記号' && t.pos1 === '空白') continue;
    if (t.pos === '記号') return false;
    // 佐藤様がおっしゃるとおりだと申しております: a subject inside the quoted clause is not the speaker.
    if (t.pos === '助詞' && t.pos2 === '引用') return false;
    // 富田様がご検討中とお聞きし: a と right before the verb closes a reported clause (kuromoji does not always
    // tag it 引用), so the subject inside it is not the one who hears.
    if (t.pos === '助詞' && t.surface === 'と' && k === i - 1) return false;
    // どなたかおりますか / どなたが申しますか: どなた is itself respectful, so it names the client's people.
    if (t.surface === 'どなた' && /^(?:か|が|は|も|でも)$/.test(tokens[k + 1]?.surface ?? '') && !/^[にへをとのから]/.test(tokens[k + 2]?.surface ?? '')) return true;
    // 山田様がお持ちになった資料を拝見しました: a predicate in between ends the clause the subject belongs to.
    if (t.pos === '助動詞' || (t.pos === '動詞' && t.pos1 !== '接尾')) return false;
    if (t.pos === '助詞' && /^(?:が|は|も)$/.test(t.surface)) return CLIENT_SUBJECT.test(tokens[k - 1]!.surface);
  }
  return false;
}

const HUMBLE_REQUESTS = KEIGO.humbleRequests.map((r) => ({ entry: r, re: new RegExp(r.pattern, 'g') }));

/** 担当者に伺ってください / 拝見してください: a humble verb in a request, so the client's own act. */
export function humbleRequestsIn(text: string) {
  const out: Array<{ entry: (typeof KEIGO.humbleRequests)[number]; start: number; end: number; written: string }> = [];
  for (const { entry, re } of HUMBLE_REQUESTS) {
    for (const m of matchAll(text, re)) out.push({ entry, start: m.index, end: m.index + m[0].length, written: m[0] });
  }
  return out;
}

const SASETE = KEIGO.humbleWithSaseteItadaku;
const SASETE_PATTERN = new RegExp(
  `(${SASETE.map((e) => e.pattern).join('|')})(?:さ)?せて(?:いただ|頂)(きました|きます|きまして|きたく|きたい|き|く)`,
  'g',
);

/**
 * 拝見させていただきました, お伺いさせていただきます: a humble verb needs no させていただく on top when we simply
 * state our own act. Asked as a permission (拝見させていただければ, 伺わせていただけますでしょうか,
 * お伺いさせていただけないでしょうか) the causative is the reader's leave, the accepted business form: not matched.
 */
export function humbleSaseteItadakuIn(text: string) {
  const out: Array<{ entry: (typeof SASETE)[number]; start: number; end: number; written: string; fixes: string[] }> = [];
  // SASETE_PATTERN holds せて: a text without it is not searched.
  if (text.includes('せて')) for (const m of matchAll(text, SASETE_PATTERN)) {
    const entry = SASETE.find((e) => new RegExp(`^(?:${e.pattern})$`).test(m[1]!));
    if (!entry) continue;
    const ending = m[2]!;
    const fixes: string[] = [];
    if (ending === 'く') {
      fixes.push(entry.dict);
    } else {
      const rest = ending.slice(1);
      fixes.push(entry.masu + rest);
      if (entry.alternative) fixes.push(entry.alternative + rest);
    }
    out.push({ entry, start: m.index, end: m.index + m[0].length, written: m[0], fixes });
  }
  return out;
}

/**
 * The favour verbs whose giver is the reader: 〜ていただく, 〜てくださる (and the potential いただける). 〜てもらう is
 * left out: 弊社の技術者に拝見してもらいます is our own staff's act, rightly humble.
 */
const FAVOUR_BASES = new Set(['いただく', '頂く', 'いただける', '頂ける', 'くださる', '下さる']);
/** Humble verbs whose respect form can carry the reader's favour (お〜いただく); いたす/おる/いただく are left out. */
const FAVOUR_HUMBLE = new Set(['申す', '参る', '伺う', '拝見', '拝読', '拝聴', '拝借', '拝受', '頂戴']);
/** The respect stem that takes いただく / くださる directly, where it is not the お〜になる stem. */
const FAVOUR_STEM_OF_RESPECT: Record<string, string> = { いらっしゃる: 'お越し', おっしゃる: 'おっしゃって' };

/** ご覧 for 拝見, お読み for 拝読, お越し for 参る; 伺う is お越し after a place (弊社へ), else お尋ね. */
function favourStem(base: string, before: readonly Token[]): string | undefined {
  if (base === '伺う') return visitsPlace(before) ? 'お越し' : 'お尋ね';
  const respect = RESPECT_OF_HUMBLE.get(base);
  if (!respect) return undefined;
  return FAVOUR_STEM_OF_RESPECT[respect.base] ?? (respect.base.endsWith('になる') ? respect.base.slice(0, -3) : undefined);
}

/** A place a visit goes to before the verb, in its clause: 弊社へ, 工場に, 会場まで. */
function visitsPlace(before: readonly Token[]): boolean {
  for (let k = before.length - 1; k >= Math.max(0, before.length - 6); k--) {
    const t = before[k]!;
    if (t.pos === '記号' || t.pos === '動詞' || t.pos === '助動詞') return false;
    if (t.pos === '助詞' && /^(?:へ|まで)$/.test(t.surface)) return true;
    if (t.pos === '助詞' && t.surface === 'に') return /(?:社|場|所|店|工場|本社|支社|事務所|ショールーム|オフィス|倉庫|ラボ|センター)$/.test(before[k - 1]?.surface ?? '');
  }
  return false;
}

/** 拝見 + ご覧, 拝読 + お読み: the humble nouns and the respect stem that replaces them before いただく. */
const HAI_NOUN = /[ごお御](拝見|拝読|拝聴|拝借|拝受)/g;

/**
 * The reader's act in a humble verb with a favour or respect form around it: 拝見していただければ (→ ご覧
 * いただければ), 伺っていただけますか, 参っていただく, ご拝見いただき / ご拝読ください (ご on a humble noun),
 * お伺いいただく (the client's visit: お越しいただく), 拝見なさいましたか (→ ご覧になりました). The favour
 * (いただく, くださる) or なさる makes the reader the one who acts, and a humble verb lowers them. Our own
 * acts asked as a permission (拝見させていただけますか) are causative, and stay.
 */
export function humbleInClientFavour(s: Text): KeigoHit[] {
  const out: KeigoHit[] = [];
  const quotes = quotedRanges(s.text);
  const push = (start: number, end: number, fixes: string[], base: string) => {
    if (inQuotes(quotes, start, end)) return;
    if (out.some((h) => h.start - s.start < end && start < h.end - s.start)) return;
    out.push({ start: s.start + start, end: s.start + end, written: s.text.slice(start, end), fixes, base });
  };
  // ご拝見: a humble noun never takes ご. With a favour after it the act is the reader's; otherwise ours.
  for (const m of matchAll(s.text, HAI_NOUN)) {
    const rest = s.text.slice(m.index + m[0].length);
    const stem = favourStem(m[1]!, []);
    if (/^(?:いただ|頂|くださ|下さ)/.test(rest) && stem) push(m.index, m.index + m[0].length, [stem], m[1]!);
    else if (/^(?:いた|致|し|する|申し上げ)/.test(rest)) push(m.index, m.index + m[0].length, [m[1]!], m[1]!);
  }
  const tokens = s.tokens;
  if (!tokens) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // お伺いいただく / お伺いくださる: the client's visit or question in the humble 伺う.
    // (Compared as strings: this runs on every token of every sentence.)
    if ((t.surface === 'お' || t.surface === '御') && tokens[i + 1]?.surface === '伺い') {
      // Read on the text: kuromoji splits くださり oddly (くだ + さり).
      const after = s.text.slice(tokens[i + 1]!.end - s.start);
      if (/^(?:いただ|頂|くださ|下さ)/.test(after) && !/^(?:ください|下さい)/.test(after)) {
        push(t.start - s.start, tokens[i + 1]!.end - s.start, [favourStem('伺う', tokens.slice(0, i))!], '伺う');
      }
      continue;
    }
    const h = humbleAt(tokens, i);
    if (!h || !FAVOUR_HUMBLE.has(h.base)) continue;
    const te = tokens[h.verbIndex + 1];
    const favour = tokens[h.verbIndex + 2];
    const prefixed = /^[ごお御]$/.test(tokens[i - 1]?.surface ?? '') ? i - 1 : i;
    if (te && te.pos === '助詞' && (te.surface === 'て' || te.surface === 'で') && favour && FAVOUR_BASES.has(favour.base)) {
      // 〜てください is humbleRequestsIn's (伺ってください, 拝見してください).
      if (/^(?:ください|下さい)$/.test(favour.surface)) continue;
      const stem = favourStem(h.base, tokens.slice(0, prefixed));
      if (!stem) continue;
      push(tokens[prefixed]!.start - s.start, favour.end - s.start, [stem + favour.surface], h.base);
      i = h.verbIndex + 2;
    }
  }
  // 存じておられる / 存じていらっしゃる: the humble 存じる under a respect ending is the reader's knowing — ご存じ.
  for (let i = 0; i + 3 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== '動詞' || t.base !== '存じる' || tokens[i + 1]!.surface !== 'て') continue;
    const aux = tokens[i + 2]!;
    const form = aux.base === 'おる' && isPassiveOrRespectSuffix(tokens[i + 3]) ? tokens[i + 3]! : aux.base === 'いらっしゃる' ? aux : undefined;
    if (!form) continue;
    const at = tokens.indexOf(form);
    const swapped = swapVerb({ base: 'いらっしゃる', cType: '五段・ラ行特殊' }, form, tokens[at + 1]);
    if (!swapped) continue;
    push(t.start - s.start, form.end - s.start, [`ご存じで${swapped}`], '存じる');
  }
  // 拝見なさる: kuromoji reads 拝見 + なさる; the respect verb is ご覧になる.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const nasaru = tokens[i + 1]!;
    if (t.pos !== '名詞' || nasaru.base !== 'なさる' || !/^拝(?:見|読|聴|借|受)$/.test(t.surface)) continue;
    const respect = RESPECT_OF_HUMBLE.get(t.surface);
    if (!respect) continue;
    const swapped = swapVerb(respect, nasaru, tokens[i + 2]);
    if (!swapped) continue;
    push(t.start - s.start, nasaru.end - s.start, [swapped], t.surface);
  }
  return out;
}
