// A visit proposed with a verb of movement and no meeting noun ("our engineer could come on Monday", "I can
// be at your plant", 貴社に参ります, お邪魔いたします, 弊社までお越しいただけますか): where in a sentence
// someone goes to meet the other side. Read from the parse, not from phrases: English verbs by lemma with a
// person as their subject (a shipment that arrives is a delivery, parts that come are goods), Japanese verbs
// by dictionary form from the kuromoji tokens (参る as a verb of its own, not the auxiliary of 寒くなって参りました).
// Which verbs, and what each needs around it: dictionaries/calendar/visit-verbs.json.
import { z } from 'zod';
import data from '../../../../dictionaries/calendar/visit-verbs.json';
import { tokenize, type EnToken } from '../../../engine/analysis/en-parse';
import type { Annotator } from '../../../engine/analysis/facts';
import type { Sentence, Token } from '../../../engine/types';
import { bundled, onDemand } from '../../bundled';

const EnEntry = onDemand(() => z.object({
  id: z.string(),
  verbs: z.array(z.string()),
  particles: z.array(z.string()).optional(),
  notParticles: z.array(z.string()).optional(),
  place: z.array(z.string()).optional(),
  /** The verb sends someone (send Mr. Ito, dispatch our engineer): a person as its object, the place after it. */
  personObject: z.boolean().optional(),
}));
const JaEntry = onDemand(() => z.object({
  id: z.string(),
  verbs: z.array(z.string()).optional(),
  nouns: z.array(z.string()).optional(),
  independent: z.boolean().optional(),
  goal: z.boolean().optional(),
  personSubject: z.boolean().optional(),
  prefixed: z.boolean().optional(),
  nounWith: z.object({ noun: z.string(), verbs: z.array(z.string()) }).optional(),
  onSite: z.boolean().optional(),
}));
const Schema = onDemand(() => z.object({
  persons: z.object({ en: z.array(z.string()) }),
  premises: z.object({ ja: z.array(z.string()) }),
  personsJa: z.object({ ja: z.array(z.string()) }),
  onSitePremises: z.object({ ja: z.array(z.string()) }),
  onSiteWork: z.object({ ja: z.array(z.string()) }),
  en: z.array(EnEntry()),
  ja: z.array(JaEntry()),
}));
const lists = bundled('calendar/visit-verbs', Schema, data);
export type VisitEntry = z.infer<ReturnType<typeof EnEntry>> | z.infer<ReturnType<typeof JaEntry>>;

const PERSONS = new Set(lists.persons.en);
const PREMISES = lists.premises.ja;
const PERSONS_JA = lists.personsJa.ja;
const ON_SITE = lists.onSitePremises.ja;
const ON_SITE_WORK = new Set(lists.onSiteWork.ja);
/** A noun run before で that names who does the act, not where: 弊社エンジニア2名で, 工事班で. */
const AGENT_END = /^(?:名|人|班|チーム|体制|エンジニア|スタッフ|担当者?)$/;
/** Our own premises: 弊社工場で作業いたします is no visit. */
const OWN_PREMISES = /弊社|当社|自社/;
/** Subjects that are people: the writer's side, the reader, a third person (never "it" or "they", which are as often goods). */
const PERSON_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'me', 'us']);
const TITLES = /^(?:mr|ms|mrs|dr|prof)\.?$/;
/** What may stand between a subject and its verb: "could", "will also", "can't", "would be able to". */
const VERB_GROUP = new Set(['AUX', 'PART', 'ADV']);
/** What a subject's noun phrase is made of, read back from the verb group. */
const NOUN_PHRASE = new Set(['PRON', 'NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'CCONJ']);

/** A span of a sentence (offsets relative to it) where someone moves to meet the other side. */
export interface VisitSpan {
  start: number;
  end: number;
  id: string;
}

/** The noun phrase that ends right before `at` (at exclusive), at most a few words. */
function phraseBefore(tokens: readonly EnToken[], at: number): EnToken[] {
  const out: EnToken[] = [];
  for (let k = at - 1; k >= 0 && out.length < 6; k--) {
    const t = tokens[k]!;
    if (!NOUN_PHRASE.has(t.pos) && !TITLES.test(t.lower)) break;
    out.unshift(t);
  }
  return out;
}

function isPerson(phrase: readonly EnToken[]): boolean {
  return phrase.some((t) => PERSON_PRONOUNS.has(t.lower) || TITLES.test(t.lower) || (t.pos === 'NOUN' && PERSONS.has(t.lemma)));
}

/**
 * Whether the verb at `i` has a person as its subject: the noun phrase before its verb group ("our engineer
 * could come"), or, across an appositive between commas, the one before that ("Our engineer, Mr. Reid, could
 * come"). A verb with no subject (an imperative, a participle) has none.
 */
function personSubject(tokens: readonly EnToken[], i: number): boolean {
  let k = i;
  while (k > 0 && VERB_GROUP.has(tokens[k - 1]!.pos)) k--;
  // "would be able to come": the "to" of the verb group.
  while (k > 0 && (VERB_GROUP.has(tokens[k - 1]!.pos) || tokens[k - 1]!.lower === 'to' || tokens[k - 1]!.lower === 'able')) k--;
  const own = phraseBefore(tokens, k);
  if (own.length) return isPerson(own);
  if (tokens[k - 1]?.text !== ',') return false;
  const apposition = phraseBefore(tokens, k - 1);
  if (isPerson(apposition)) return true;
  // "Our engineer, who installed the unit, can come": back to the comma that opens the aside (a few words).
  for (let c = k - 2; c >= Math.max(0, k - 14); c--) {
    if (tokens[c]!.text === ',') return isPerson(phraseBefore(tokens, c));
  }
  return false;
}

/** The words after token `i`, lower case, joined by single spaces (a bounded look-ahead). */
function wordsAfter(tokens: readonly EnToken[], i: number, n = 3): string {
  return tokens.slice(i + 1, i + 1 + n).map((t) => t.lower).join(' ');
}

/** The noun phrase right after `at` (inclusive), at most a few words: the object of a verb. */
function phraseAfter(tokens: readonly EnToken[], at: number): EnToken[] {
  const out: EnToken[] = [];
  for (let k = at; k < tokens.length && out.length < 6; k++) {
    const t = tokens[k]!;
    if (!NOUN_PHRASE.has(t.pos) && !TITLES.test(t.lower) && t.text !== '.') break;
    out.push(t);
  }
  return out;
}

/** "send Mr. Ito to your office", "dispatch our engineer over to your plant": someone sent to the reader. */
function sendsPerson(e: z.infer<ReturnType<typeof EnEntry>>, tokens: readonly EnToken[], i: number): boolean {
  const object = phraseAfter(tokens, i + 1);
  // "send you the samples": the reader is who receives, not who goes.
  if (object.length === 0 || object[0]!.lower === 'you' || !isPerson(object)) return false;
  const after = wordsAfter(tokens, i + object.length);
  return (e.place ?? []).some((p) => after === p || after.startsWith(`${p} `));
}

function enEntryAt(e: z.infer<ReturnType<typeof EnEntry>>, tokens: readonly EnToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  if (!e.verbs.includes(t.lemma)) return false;
  if (e.personObject) return sendsPerson(e, tokens, i);
  const next = tokens[i + 1]?.lower ?? '';
  if (e.particles && !e.particles.includes(next)) return false;
  if (e.notParticles?.includes(next)) return false;
  if (e.place) {
    const after = wordsAfter(tokens, i);
    if (!e.place.some((p) => after === p || after.startsWith(`${p} `))) return false;
  }
  return personSubject(tokens, i);
}

/** Visits in an English sentence, by entry (all entries when `only` is absent). */
export function englishVisits(text: string, only?: string): VisitSpan[] {
  const tokens = tokenize(text);
  const out: VisitSpan[] = [];
  tokens.forEach((t, i) => {
    for (const e of lists.en) {
      if (only && e.id !== only) continue;
      if (enEntryAt(e, tokens, i)) out.push({ start: t.start, end: t.end, id: e.id });
    }
  });
  return out;
}

const isPrefix = (t: Token | undefined) => !!t && t.pos === '接頭詞' && /^[おご御]$/.test(t.surface);

/**
 * A premises word with に/へ/まで within the few tokens before `i` (貴社に, 貴社の横浜工場へ, 弊社まで); the
 * honorific prefix of the verb itself (貴社へお持ちします) stands between them and is stepped over.
 */
function premisesGoal(tokens: readonly Token[], i: number): boolean {
  const verb = isPrefix(tokens[i - 1]) ? i - 1 : i;
  for (let k = verb - 1; k >= Math.max(1, verb - 3); k--) {
    const t = tokens[k]!;
    if (t.pos === '助詞' && /^(?:に|へ|まで)$/.test(t.surface)) {
      const noun = tokens[k - 1]!;
      return noun.pos === '名詞' && PREMISES.some((p) => noun.surface.endsWith(p));
    }
    if (t.pos !== '助詞' && t.pos !== '副詞') return false;
  }
  return false;
}

/**
 * The subject written before `i` (the noun before the nearest が/は) names no person: 荷物が参ります, 製品は貴社に
 * 向かいます. No subject written (the writer's own act) is a person's act.
 */
function thingSubject(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1; k--) {
    const t = tokens[k]!;
    if (t.pos === '記号' && /^[。！？!?]$/.test(t.surface)) return false;
    if (t.pos !== '助詞' || (t.surface !== 'が' && t.surface !== 'は')) continue;
    const noun = tokens[k - 1]!;
    if (noun.pos !== '名詞' || noun.pos1 === '副詞可能' || noun.pos1 === '数' || noun.pos1 === '接尾' && /^[日時月]$/.test(noun.surface)) return false;
    if (noun.pos2 === '人名' || PERSONS_JA.some((p) => noun.surface.endsWith(p))) return false;
    // 技術者シュナイダーが, 担当エンジニアのMüllerが: a name after the noun that says who (a title in apposition) is a person.
    for (let j = k - 2; j >= 0 && j >= k - 4 && tokens[j]!.pos === '名詞'; j--) {
      if (PERSONS_JA.some((p) => tokens[j]!.surface.endsWith(p))) return false;
    }
    return true;
  }
  return false;
}

const isSaNoun = (t: Token | undefined) => !!t && t.pos === '名詞' && t.pos1 === 'サ変接続';
const isClientPlace = (t: Token) => t.pos === '名詞' && ON_SITE.some((p) => t.surface.endsWith(p)) && !OWN_PREMISES.test(t.surface);

/**
 * The verb at `i` (する/させる/いたす/行う) does an act of ours at the client's premises: a サ変 noun before it (作業
 * させて, 入れ替え作業をさせて, 設置作業を行わせて), placed by a client premises noun — compounded with it (現地作業)
 * or in a noun run before で/にて earlier in the clause (貴社工場で, 御社ラインにて) — or, with no place written, a noun
 * of work done at the client's (onSiteWork: 作業, 工事, 据付). A place of ours (弊社工場で) makes it none, and the
 * client's own act (確認していただけますか) is no visit of ours.
 */
function onSiteAct(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.surface === 'を') k--;
  if (!isSaNoun(tokens[k]) && !ON_SITE_WORK.has(tokens[k]?.surface ?? '')) return false;
  // 確認していただけますか, 点検を行っていただけますか: the reader acts (させていただく is ours).
  if (tokens[i + 1]?.surface === 'て' && /^(?:いただく|いただける|くださる|もらう|もらえる)$/.test(tokens[i + 2]?.base ?? '')) return false;
  // The noun run that ends in the act's noun: 現地作業, 設置作業.
  let n = k;
  while (n > 0 && tokens[n - 1]!.pos === '名詞') n--;
  const own = tokens.slice(n, k + 1);
  if (own.some((x) => OWN_PREMISES.test(x.surface))) return false;
  if (own.some(isClientPlace)) return true;
  // 貴社工場で…: back through the clause to a で/にて after a noun run that names a place.
  for (let j = n - 1; j >= 1; j--) {
    const p = tokens[j]!;
    if (p.pos === '記号' || (p.pos === '助詞' && p.pos1 === '接続助詞')) break;
    if (p.pos !== '助詞' || (p.surface !== 'で' && p.surface !== 'にて')) continue;
    let m = j;
    while (m > 0 && tokens[m - 1]!.pos === '名詞') m--;
    const run = tokens.slice(m, j);
    if (run.length === 0 || AGENT_END.test(run[run.length - 1]!.surface)) continue;
    if (run.some((x) => OWN_PREMISES.test(x.surface))) return false;
    if (run.some(isClientPlace)) return true;
  }
  return own.some((x) => ON_SITE_WORK.has(x.surface));
}

function jaEntryAt(e: z.infer<ReturnType<typeof JaEntry>>, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (e.nouns?.includes(t.surface) && t.pos === '名詞') return true;
  if (e.nounWith && t.pos === '名詞' && t.base === e.nounWith.noun && t.pos1 === 'サ変接続') {
    const next = tokens[i + 1];
    return !!next && next.pos === '動詞' && e.nounWith.verbs.includes(next.base);
  }
  if (!e.verbs?.includes(t.base) || t.pos !== '動詞') return false;
  if (e.independent && t.pos1 !== '自立') return false;
  if (e.prefixed && !isPrefix(tokens[i - 1])) return false;
  if (e.goal && !premisesGoal(tokens, i)) return false;
  if (e.onSite && !onSiteAct(tokens, i)) return false;
  return !(e.personSubject && thingSubject(tokens, i));
}

/** Visits in a Japanese sentence from its tokens (offsets relative to `offset`), by entry. */
export function japaneseVisits(tokens: readonly Token[], offset: number, only?: string): VisitSpan[] {
  const out: VisitSpan[] = [];
  tokens.forEach((t, i) => {
    for (const e of lists.ja) {
      if (only && e.id !== only) continue;
      if (jaEntryAt(e, tokens, i)) out.push({ start: t.start - offset, end: t.end - offset, id: e.id });
    }
  });
  return out;
}

/** Both readings of a sentence: mail mixes the languages, and an English clause may sit in a Japanese line. */
export const visitAnnotator: Annotator<VisitSpan[]> = {
  id: 'calendar-visit-verbs',
  analyze(s: Sentence): VisitSpan[] {
    const ja = s.tokens?.length ? japaneseVisits(s.tokens, s.start) : [];
    const en = /[A-Za-z]{3}/.test(s.text) ? englishVisits(s.text) : [];
    return [...ja, ...en];
  },
};
