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
    if (!ownSideSubject(s.text.slice(0, start - s.start))) continue;
    if (inQuotes(quotes, start - s.start, t.end - s.start)) continue;
    // The form to copy: of the れる/られる when one follows (おっしゃられた), else of the verb itself.
    const formToken = isPassiveOrRespectSuffix(tokens[i + 1]) ? tokens[i + 1]! : t;
    const after = formToken === t ? i + 1 : i + 2;
    const end = endingEnd(tokens, after);
    // ご利用になる皆様 / いらっしゃるお客様: a verb that modifies a noun belongs to that noun, not to our subject.
    if (formToken.cForm === '基本形' && end === after && tokens[end]?.pos === '名詞') continue;
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

/** Who can be the person acting on our side: 私, 担当者, a title (部長), or a name kuromoji knows. */
const OWN_PEOPLE = new Set(['私', 'わたくし', '私ども', 'わたくしども', '私共', '当方', '者', '担当', '担当者', ...SALUTATION.titles]);

/**
 * 弊社の担当者が説明されます / 弊社の部長が対応されました: a サ変 act with the respect ending される, done by a
 * person of ours, is respect for our own side (説明いたします). A thing as the subject (弊社の製品が採用されました)
 * or an agent with に/によって is the passive, and stays.
 */
function ownPersonSareru(s: Text, tokens: readonly Token[], i: number): (KeigoHit & { next: number }) | undefined {
  const noun = tokens[i]!;
  const suru = tokens[i + 1];
  const reru = tokens[i + 2];
  if (noun.pos !== '名詞' || noun.pos1 !== 'サ変接続' || suru?.base !== 'する' || suru.surface !== 'さ') return undefined;
  if (!reru || reru.pos1 !== '接尾' || reru.base !== 'れる') return undefined;
  if (/^[おご御]/.test(tokens[i - 1]?.surface ?? '')) return undefined; // ご説明される: ja.honorific.o-go-on-own-side.
  let k = i - 1;
  while (k > 0 && !(tokens[k]!.pos === '助詞' && /^(?:が|は|も)$/.test(tokens[k]!.surface))) {
    const x = tokens[k]!;
    if (x.pos === '助詞' && /^(?:に|によって|から)$/.test(x.surface)) return undefined; // an agent: the passive.
    if (x.pos === '記号' && x.surface !== '、') return undefined;
    if (x.pos === '動詞' || x.pos === '助動詞') return undefined;
    k--;
  }
  const who = tokens[k - 1];
  if (k <= 0 || !who || !(OWN_PEOPLE.has(who.surface) || who.pos2 === '人名')) return undefined;
  if (!ownSideSubject(s.text.slice(0, noun.start - s.start))) return undefined;
  const end = endingEnd(tokens, i + 3);
  const itashi = swapVerb({ base: 'いたす', cType: '五段・サ行' }, reru, tokens[i + 3]);
  if (!itashi) return undefined;
  const ending = tokens.slice(i + 3, end).map((x) => x.surface).join('');
  const stop = tokens[end - 1]!.end;
  return { start: suru.start, end: stop, written: s.text.slice(suru.start - s.start, stop - s.start), fixes: [itashi + ending], next: end };
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

const CLIENT_SUBJECT = /(?:様|さま|先生)$/;

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

/** The humble verb itself as a conjugable reference: 拝見 + する is サ変. */
function humbleVerbRef(base: string, verb: Token): { base: string; cType: string } {
  return verb.base === 'する' ? { base: `${base}する`, cType: 'サ変・スル' } : { base: verb.base, cType: verb.cType };
}

/** True when the nearest subject before token i, in the same clause and outside a quotation, is a client person (佐藤様が). */
export function clientIsSubject(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1; k--) {
    const t = tokens[k]!;
    if (t.pos === '記号') return false;
    // 佐藤様がおっしゃるとおりだと申しております: a subject inside the quoted clause is not the speaker.
    if (t.pos === '助詞' && t.pos2 === '引用') return false;
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
    for (const m of text.matchAll(re)) out.push({ entry, start: m.index, end: m.index + m[0].length, written: m[0] });
  }
  return out;
}

const SASETE = KEIGO.humbleWithSaseteItadaku;
const SASETE_PATTERN = new RegExp(
  `(${SASETE.map((e) => e.pattern).join('|')})(?:さ)?せて(?:いただ|頂)(きました|きます|きまして|きたく|きたい|き|く|ければ|けますでしょうか|けますか|けませんでしょうか|けませんか)`,
  'g',
);

/** 拝見させていただく, お伺いさせていただく: a humble verb needs no させていただく on top. */
export function humbleSaseteItadakuIn(text: string) {
  const out: Array<{ entry: (typeof SASETE)[number]; start: number; end: number; written: string; fixes: string[] }> = [];
  for (const m of text.matchAll(SASETE_PATTERN)) {
    const entry = SASETE.find((e) => new RegExp(`^(?:${e.pattern})$`).test(m[1]!));
    if (!entry) continue;
    const ending = m[2]!;
    const fixes: string[] = [];
    if (ending.startsWith('き')) {
      const rest = ending.slice(1);
      fixes.push(entry.masu + rest);
      if (entry.alternative) fixes.push(entry.alternative + rest);
    } else if (ending === 'く') {
      fixes.push(entry.dict);
    } else if (ending === 'ければ') {
      fixes.push(`${entry.potential}れば`);
    } else {
      fixes.push(`${entry.te}もよろしいでしょうか`);
    }
    out.push({ entry, start: m.index, end: m.index + m[0].length, written: m[0], fixes });
  }
  return out;
}
