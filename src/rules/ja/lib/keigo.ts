// Token helpers for keigo rules: which verbs are 尊敬語 or 謙譲語, the お〜になる pattern, and the rewrite of
// a verb chain into another verb while keeping the writer's ending (ました / た / て / ます).
import type { Token } from '../../../engine/types';
import { conjugate, type VerbForm } from '../../../engine/analysis/ja-conjugate';
import { KEIGO, SALUTATION } from './dictionaries';
import { alternation } from './text';
import { matchAll } from '../../../engine/match-all';

export interface VerbRef {
  base: string;
  cType: string;
}

/** The respect verbs of keigo.json that are one verb (おっしゃる), not an お〜になる frame (ご覧になる). */
const RESPECT_BASES = new Set(KEIGO.respectVerbs.map((r) => r.base).filter((b) => !b.endsWith('になる')));

/** なさる is tagged as なす (五段・サ行) by IPADIC in なさられる; the surface tells them apart. */
export function respectVerbOf(t: Token, next?: Token): VerbRef | undefined {
  if (t.pos !== '動詞') return undefined;
  if (RESPECT_BASES.has(t.base)) return { base: t.base, cType: t.base === '召し上がる' ? '五段・ラ行' : '五段・ラ行特殊' };
  // なされる (なす + れる) is itself standard respect language; only なさ + られる is doubled.
  if (t.base === 'なす' && t.surface === 'なさ' && next?.base === 'られる') return { base: 'なさる', cType: '五段・ラ行特殊' };
  return undefined;
}

export function isPassiveOrRespectSuffix(t: Token | undefined): boolean {
  return !!t && t.pos === '動詞' && t.pos1 === '接尾' && (t.base === 'れる' || t.base === 'られる');
}

/** お世話になる / ご迷惑になる: set phrases with になる, not respect language. */
const NOT_RESPECT_FRAMES = new Set(KEIGO.notRespectFrames);

/**
 * For なる at index i in an お〜になる / ご〜になる frame (お越しになる, ご覧になる, ご説明になる): the index
 * of the token where the frame starts (the お/ご), or -1. The stem must not hold 様 (お客様になる is not keigo).
 */
export function oNiNaruStart(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.pos !== '動詞' || t.base !== 'なる') return -1;
  const ni = tokens[i - 1];
  if (!ni || ni.surface !== 'に' || ni.pos !== '助詞') return -1;
  // Round 37 (fp37): 焙煎は貴社にてお願いすることになります — 〜ことになる / 〜ものになる: a formal noun before に closes a
  // whole clause (お願いする), whose verb is in its plain form; the frame is "it comes to be that …", no お〜になる.
  if (tokens[i - 2]?.pos1 === '非自立') return -1;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    const x = tokens[k]!;
    if (/様|さま/.test(x.surface)) return -1;
    const starts = (x.pos === '接頭詞' && /^[おご御]$/.test(x.surface)) || (/^[おご御]/.test(x.surface) && x.surface.length > 1);
    if (starts) return NOT_RESPECT_FRAMES.has(frameStem(tokens, k, i)) || !verbStem(tokens[i - 2]!) ? -1 : k;
    if (x.pos !== '名詞' && x.pos !== '動詞') return -1;
  }
  return -1;
}

/**
 * The stem of a respectful お〜になる is a verb's 連用形 (お帰り, お越し, お見え: it ends in kana) or a サ変 noun
 * (ご利用, ご説明); ご覧 is the one noun of its own. お隣になる ("came to be next to") or お手本になる is a noun
 * with its prefix becoming something: no respect for anyone.
 */
function verbStem(stem: Token): boolean {
  return /[ぁ-ゖ]$/.test(stem.surface) || stem.pos1 === 'サ変接続' || /覧$/.test(stem.surface);
}

/** The text of the お/ご stem of an お〜になる frame: お越し, ご説明. */
export function frameStem(tokens: readonly Token[], from: number, naru: number): string {
  return tokens.slice(from, naru - 1).map((t) => t.surface).join('');
}

/** The form a replacement verb must take where `t` stood, given the token that follows it. */
export function formAt(t: Token, next: Token | undefined): VerbForm {
  if (t.cForm.startsWith('未然')) return '未然形';
  if (t.cForm.startsWith('連用')) {
    // た and て attach to the 音便 stem (おっしゃった, 申した), ます to the plain 連用形 (おっしゃいました).
    if (next && (next.base === 'た' || next.surface === 'て' || next.surface === 'で')) return '連用タ接続';
    return '連用形';
  }
  return '基本形';
}

/**
 * The tokens that finish a verb's ending after index `from` (ます, た, ん, ない, て): kept verbatim
 * after the replaced verb. Returns the index after the last one.
 */
export function endingEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (t.pos === '助動詞' || (t.pos === '助詞' && t.pos1 === '接続助詞' && (t.surface === 'て' || t.surface === 'で'))) k++;
    else break;
  }
  return k;
}

/** Conjugates `verb` into the form `t` had (given what follows `t`), for a swap that keeps the ending. */
export function swapVerb(verb: VerbRef, t: Token, next: Token | undefined): string | undefined {
  const form = formAt(t, next);
  // 拝見する / ご覧になる: a noun plus a verb; conjugate the verb part.
  const m = /^(.*?)(する|なる|いたす)$/.exec(verb.base);
  if (m && verb.cType === 'サ変・スル') {
    const s = conjugate('する', 'サ変・スル', form);
    return s === undefined ? undefined : m[1] + (form === '基本形' ? 'する' : s);
  }
  return conjugate(verb.base, verb.cType, form);
}

/** A title, a department or a name after 弊社: kanji, katakana or Latin letters (営業部長, 石田, Keller). */
const NAME_PART = '[\\p{Script=Han}ァ-ヶーA-Za-zＡ-Ｚａ-ｚ]{1,12}';
/**
 * Own-side words that start a subject: 弊社の部長が / 私は / 当社担当も / 弊社営業部長の石田が / 弊社代表の
 * Kellerも — the own-side word, then at most a title and a name joined by の.
 */
const OWN_SUBJECT = new RegExp(
  `(?:${alternation(KEIGO.ownSide.filter((w) => !w.endsWith('の')))})(?:の?${NAME_PART})?(?:の${NAME_PART})?(?:が|は|も|では|としては)`,
  'gu',
);
/**
 * 担当の鈴木が / 部長の山本は: a role, の, then a name with no honorific is how a writer names their own staff
 * (the client's people take 様: 部長の山本様); the own-side word 弊社 need not be written.
 */
const OWN_STAFF = new RegExp(
  `(?:${alternation(SALUTATION.titles)}|上司|同僚|部下|営業)の${NAME_PART}(?:が|は|も)`,
  'gu',
);
/** 弊社の佐藤様 / 弊社の顧客: a client person or our customers under 弊社, not our own people. */
const NOT_OURS = new RegExp(`様|さま|殿|先生|${alternation(KEIGO.ourPatrons)}`);
/**
 * People on the client's side: a subject after ours hands the verb to them. A possessive one (中川様のご提案は
 * 興味深いと…) only names whose thing is spoken of, and one with a case particle (井上様とは長くお付き合いしたいと,
 * 西村様によろしくと, 西村様をご案内し) is whom our subject acts with or towards: the speaker is still ours (round 35).
 */
// Round 48 (h7hb-024's neighbour: 私が直接お客様にご説明になります): お客様 to whom we act (に, へ, と) is no subject either.
const TOWARDS = '(?:[のとにをへ]|から|より|まで)';
const CLIENT_PERSON = new RegExp(`(?:様|さま|さん|先生|殿)(?!${TOWARDS})|お客(?!様?${TOWARDS})|皆|各位|(?:貴社|御社)(?:が|は|も|では)`);

/**
 * Round 28: a full name in katakana or Latin letters read as one name part — its middle dot or the space between its
 * words becomes a letter of the same length (ロバート・ブラウン, Robert Brown), so 弊社CEOのロバート・ブラウンが is our
 * subject like 弊社部長の田中が. Offsets are kept (one character for one).
 */
function joinedNames(text: string): string {
  return text.replace(/(?<=[ァ-ヶー])[・･](?=[ァ-ヶー])/g, 'ー').replace(/(?<=[A-Za-z]) (?=[A-Za-z])/g, 'x');
}

/** True when the text before a verb makes one's own side its subject, with no client person in between. */
export function ownSideSubject(text: string): boolean {
  const before = joinedNames(text);
  let last: RegExpExecArray | undefined;
  for (const m of matchAll(before, OWN_SUBJECT)) last = m as RegExpExecArray;
  // 担当の佐藤さん: さん names a person of the client's (wrongly), not ours.
  for (const m of matchAll(before, OWN_STAFF)) if (!/さん|くん/.test(m[0]) && (!last || m.index > last.index)) last = m as RegExpExecArray;
  if (!last || NOT_OURS.test(last[0])) return false;
  // Round 44 (of-002): ご担当の方がいらっしゃれば — a role honoured by ご, or a person called の方, is the client's.
  if (/^[ごお御]$/.test(before[last.index - 1] ?? '') || /の方(?:が|は|も)$/.test(last[0])) return false;
  const between = before.slice(last.index + last[0].length);
  return !CLIENT_PERSON.test(between) && between.length <= 30;
}

export const HUMBLE_OF_RESPECT = new Map(KEIGO.respectVerbs.map((r) => [r.base, r.humble]));
export const RESPECT_OF_HUMBLE = new Map(KEIGO.humbleVerbs.map((h) => [h.base, h.respect]));
