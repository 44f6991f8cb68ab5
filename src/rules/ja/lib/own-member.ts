// One's own colleague named with an honorific: an own-side word (弊社, 当社, 私ども) heading a noun phrase
// (nouns joined by の) that ends in a person's name followed by 様/さん/殿 or by a title (部長, 社長).
// Read from kuromoji's tokens: IPADIC tags surnames and given names (Japanese and katakana) as 人名, and
// 様/さん as 人名 suffixes, so the class needs no list of names.
import type { Token } from '../../../engine/types';
import { CLIENT_SIDE, OUR_SIDE } from '../../../engine/analysis/ja-lexicon';
import { KEIGO, SALUTATION } from './dictionaries';

export interface OwnMemberHonour {
  /** Absolute offsets: the whole phrase (弊社代表の山田様), and the name inside it. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  /** The title after the name (部長), when that is the honour; else a suffix (様, さん, 殿). */
  title?: string;
  suffix?: string;
}

const SUFFIXES = new Set(['様', 'さま', 'さん', '殿']);
/** Titles that honour by themselves (部長, 社長); 担当 or 代表 after a name is no honour. */
const TITLES = SALUTATION.titles.filter((t) => !SALUTATION.titlesTakingSama.includes(t)).sort((a, b) => b.length - a.length);
/** How far back (in tokens) the own-side word may head the phrase: 弊社 営業 部 の 田中. */
const REACH = 8;

function isName(t: Token | undefined): boolean {
  return !!t && t.pos === '名詞' && t.pos1 === '固有名詞' && t.pos2 === '人名';
}

/** The first token of the name that ends at index `last`: a family and a given name (森田 和也) are one. */
function nameStart(tokens: readonly Token[], last: number): number {
  let first = last;
  for (;;) {
    if (isName(tokens[first - 1])) first--;
    else if (tokens[first - 1]?.pos1 === '空白' && isName(tokens[first - 2])) first -= 2;
    else return first;
  }
}

/** The start of the word of `words` heading the noun phrase that ends just before index `k`, or -1. */
function phraseHead(tokens: readonly Token[], k: number, words: readonly string[]): number {
  for (let j = k - 1; j >= 0 && k - j <= REACH; j--) {
    const t = tokens[j]!;
    if (t.pos === '名詞' && words.includes(t.surface)) return j;
    // 貴院 / 御社 as 接頭詞 + noun.
    const p = tokens[j - 1];
    if (t.pos === '名詞' && p?.pos === '接頭詞' && words.includes(p.surface + t.surface)) return j - 1;
    if (!(t.pos === '名詞' || (t.pos === '助詞' && t.pos1 === '連体化'))) return -1;
  }
  return -1;
}

/** The client's company (貴社, 御社, 貴院…): a person under it is one of theirs. */
const CLIENT_COMPANY = CLIENT_SIDE.filter((w) => /^[貴御]/.test(w));
const CASUAL_SUFFIXES = new Set(['さん', 'くん', '君', 'ちゃん']);

/** 貴社の佐藤さん / 御社営業部の田中くん: the client's person with the suffix colleagues use. */
export function clientMemberCasual(tokens: readonly Token[]): Array<{ start: number; end: number; suffixStart: number }> {
  const out: Array<{ start: number; end: number; suffixStart: number }> = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isName(tokens[k - 1]) || !(t.pos === '名詞' && t.pos1 === '接尾' && CASUAL_SUFFIXES.has(t.surface))) continue;
    const first = nameStart(tokens, k - 1);
    const head = phraseHead(tokens, first, CLIENT_COMPANY);
    if (head >= 0) out.push({ start: tokens[head]!.start, end: t.end, suffixStart: t.start });
    // 吉村さんと日程を相談したい: a name heading its own phrase, no company before it — in a mail to the client, a
    // person the reader knows and honours (theirs, or named to them), where writing takes 様. A phrase headed by
    // another company (A社の佐藤さん) or by our side (弊社の田中さん: ja.honorific.honorific-for-own-member) is not this.
    else if (headsItsPhrase(tokens, first)) out.push({ start: tokens[first]!.start, end: t.end, suffixStart: t.start });
  }
  return out;
}

/** Nothing before the name joins it into a longer noun phrase (no noun, no の, no prefix). */
function headsItsPhrase(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return !before || !(before.pos === '名詞' || before.pos === '接頭詞' || (before.pos === '助詞' && before.pos1 === '連体化'));
}

/** 弊社の取引先の山田様 / 当社代理店の佐藤様: someone of our customers or partners, honoured rightly. */
const OUTSIDER = /(?:店|先|会社|パートナー|ユーザー)$/;
const isOutsider = (t: Token) => KEIGO.ourPatrons.some((w) => t.surface.includes(w)) || OUTSIDER.test(t.surface);

/** The start of the own-side word heading the noun phrase that ends just before index `k`, or -1. */
function ownSideHead(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= REACH; j--) {
    const t = tokens[j]!;
    if (t.pos === '名詞' && isOutsider(t)) return -1;
    // 私ども: the pronoun and its plural suffix.
    const word = t.surface + (tokens[j + 1]?.pos1 === '接尾' && /^(?:ども|共)$/.test(tokens[j + 1]!.surface) ? tokens[j + 1]!.surface : '');
    if (t.pos === '名詞' && OUR_SIDE.includes(word) && !/^(?:私|わたし|わたくし)$/.test(word)) return j;
    const joins = t.pos === '名詞' || (t.pos === '助詞' && t.pos1 === '連体化');
    if (!joins) return -1;
  }
  return -1;
}

/**
 * Round 43 (vb-037): a foreign colleague's name is a katakana word IPADIC does not know (弊社の社長のタデッセ様, 弊社代表の
 * ダウィット様): unknown (no reading), all katakana, right before 様 / さん / 殿, and no word of our customers or partners
 * (弊社のクライアント様).
 */
function isForeignName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const after = tokens[k + 1];
  return !!t && !!after && t.pos === '名詞' && !t.reading && /^[\p{Script=Katakana}ー・]{2,}$/u.test(t.surface) && after.pos1 === '接尾' &&
    SUFFIXES.has(after.surface) && !isOutsider(t);
}

export function ownMemberHonours(tokens: readonly Token[]): OwnMemberHonour[] {
  const out: OwnMemberHonour[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!isName(tokens[k - 1]) && !isForeignName(tokens, k - 1)) continue;
    const first = nameStart(tokens, k - 1);
    const t = tokens[k]!;
    let honour: { end: number; title?: string; suffix?: string } | undefined;
    if (t.pos === '名詞' && t.pos1 === '接尾' && SUFFIXES.has(t.surface)) honour = { end: t.end, suffix: t.surface };
    else if (t.pos === '名詞') {
      const title = TITLES.find((x) => x === t.surface);
      // 田中部長様 is ja.honorific.title-with-sama's: the title doubled with 様.
      const after = tokens[k + 1];
      const doubled = !!after && after.pos1 === '接尾' && SUFFIXES.has(after.surface);
      if (title && !doubled) honour = { end: t.end, title };
    }
    if (!honour) continue;
    const head = ownSideHead(tokens, first);
    if (head < 0) continue;
    out.push({ start: tokens[head]!.start, end: honour.end, nameStart: tokens[first]!.start, nameEnd: tokens[k - 1]!.end, ...(honour.title ? { title: honour.title } : {}), ...(honour.suffix ? { suffix: honour.suffix } : {}) });
  }
  return out;
}
