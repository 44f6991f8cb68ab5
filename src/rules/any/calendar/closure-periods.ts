// A closure period proposed as a meeting's time with no day named: "Could we visit during Golden Week?",
// 「お盆期間中にお伺いしてもよろしいでしょうか」, "a call over the New Year break". The period is a slot of its own (a
// span of days the client is closed), read like a proposed date: it must be placed as the time of the act (during,
// over, in; 〜中に, 〜期間中に, 〜に), in a sentence that names the meeting and offers, asks or wishes for it — and not
// as the time of a closure told (our office is closed during Golden Week), not after or before it (お盆明け, after
// Obon), and not in the past.
import type { Annotator } from '../../../engine/analysis/facts';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';
import { QUOTED_LINE } from '../../../engine/analysis/quotes';
import { datesAnnotator } from '../../../engine/analysis/dates';
import { matchAll } from '../../../engine/match-all';
import { CLOSURES, type Closure } from './closed-days';
import { avoidedAfter, has, proposes, speaksOfPast } from './lexicon';

export interface PeriodSlot {
  closure: Closure;
  /** Offsets into the field of the words that place the act in the period ("during Golden Week", 「お盆期間中に」). */
  start: number;
  end: number;
  /** The period's own name as written (Golden Week, お盆), offsets into the field. */
  nameStart: number;
  nameEnd: number;
  lang: 'en' | 'ja';
  /** The meeting is named in the period's own clause ("could we visit during Golden Week"), not elsewhere in the sentence. */
  meetingInClause: boolean;
  /**
   * [start, end) refers back to the period named in an earlier clause or the sentence before (「ゴールデンウィーク中は
   * ショールームを開けております。その期間にお立ち寄り…」, "…in Tokyo for Golden Week. Could we meet during that time?").
   */
  refersBack?: true;
}

/** The English words that place an act in a period, right before its name. */
const EN_IN = /\b(?:during|over|in|throughout|within)\s(?:the\s)?$/i;
/** The Japanese words that place an act in a period, right after its name: 中に, 期間中に, の間に, に, で — after the
 * closure's own noun too (のお休み中に, 休みの間に, の休暇中に: round 34). */
const JA_IN = /^(?:期間)?(?:中|の間|の期間中?|の時期|の(?:どこか|いずれか|あたり))?(?:に|で|にでも|でも)(?![休])/;
/** The closure's own noun between its name and JA_IN: のお休み, 休み, の休暇, 休業. */
const JA_CLOSURE_NOUN = /^の?お?(?:休み|休暇|休業)/;
/** Words in the period's clause that make it the time of a closure, an absence or a break, not of an act offered. */
const CLOSED_IN_CLAUSE = /\b(?:clos(?:e|ed|es|ing|ure)|shut(?:s|ting)?(?: down)?|off|idle|away|out of (?:the )?office|on leave|vacation|break from)\b|休|不在|閉/i;
/** Where a clause ends. */
const CLAUSE_END = /[,;、。，；\n]/;

/**
 * Words that refer back to a period named before them as the time of the act: その期間(中)に, その間に, 同期間中に, a bare
 * 期間中に opening its clause, "during that week", "over that period". Not その期間を避けて or その期間以外 (the period
 * avoided), not その前/その後 (before or after it), not その間の (a noun's time: その間のお問い合わせ).
 */
const JA_REFER = /(?:(?:その|この|同)(?:期間|間|時期|週)(?:中)?|(?<=^|[、。\s])期間中)(?:に|で|なら|でしたら|であれば)(?![避外])/g;
const EN_REFER = /\b(?:during|over|in|throughout|within)\s(?:that|this|the same)\s(?:week|time|period|holiday|break|window|stretch)\b/gi;
/** A visit that the meeting words of the lexicon leave out: dropping by, coming to a showroom. */
const VISIT_WORD = /お立ち寄り|立ち寄|ご来場|ご来店|お越し|\b(?:drop|stop|swing|come) (?:by|over|in)\b/i;

interface Compiled {
  closure: Closure;
  en: RegExp | undefined;
  ja: RegExp | undefined;
}

let compiled: Compiled[] | undefined;

function periodNames(): Compiled[] {
  compiled ??= CLOSURES.filter((c) => c.period).map((c) => ({
    closure: c,
    en: c.period!.en.length ? new RegExp(`\\b(?:${c.period!.en.join('|')})\\b`, 'gi') : undefined,
    ja: c.period!.ja.length ? new RegExp(c.period!.ja.join('|'), 'g') : undefined,
  }));
  return compiled;
}

/** The clause of `text` around [from, to). */
function clauseOf(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
  return text.slice(start, end);
}

/** The sentence wants the meeting: asks, offers or wishes (proposal and offer words, would like/love to, 〜たい). */
function wantsMeeting(text: string): boolean {
  return proposes(text) || has('offer', text) || has('wishTo', text) || has('wishJa', text);
}

/**
 * Whether one of the few sentences after `index` in the same paragraph asks about the time (no slot of its own):
 * "…would very much like to meet you then. … Could you let me know which day would suit you?".
 */
function askedAfter(ctx: RuleContext, index: number): boolean {
  const s = ctx.sentences[index]!;
  for (let i = index + 1; i < ctx.sentences.length && i <= index + 3; i++) {
    const next = ctx.sentences[i]!;
    if (next.line > s.line + 3) return false;
    if (proposes(next.text) && ctx.facts.of(datesAnnotator(ctx.today), next).slots.length === 0) return true;
  }
  return false;
}

/** A period named in a sentence as the time of an act: a PeriodSlot with offsets relative to the sentence. */
type PeriodSpan = PeriodSlot;

/** What one sentence says alone: the periods placed as an act's time, and whether it names a meeting it wants. */
interface SentencePeriods {
  spans: PeriodSpan[];
  /** The meeting is named and not told as past. */
  meeting: boolean;
  /** The sentence asks, offers or wishes for it. */
  wanted: boolean;
}

const NONE: SentencePeriods = { spans: [], meeting: false, wanted: false };

function readPeriods(text: string): SentencePeriods {
  const spans: PeriodSpan[] = [];
  for (const { closure, en, ja } of periodNames()) {
    for (const [re, lang] of [[en, 'en'], [ja, 'ja']] as const) {
      if (!re) continue;
      re.lastIndex = 0;
      for (const m of matchAll(text, re)) {
        const nameStart = m.index;
        const nameEnd = m.index + m[0].length;
        let start = nameStart;
        let end = nameEnd;
        if (lang === 'en') {
          const lead = EN_IN.exec(text.slice(Math.max(0, nameStart - 20), nameStart));
          if (!lead) continue;
          start = nameStart - lead[0].length;
        } else {
          const noun = JA_CLOSURE_NOUN.exec(text.slice(nameEnd, nameEnd + 6))?.[0].length ?? 0;
          const tail = JA_IN.exec(text.slice(nameEnd + noun, nameEnd + noun + 12));
          if (!tail) continue;
          end = nameEnd + noun + tail[0].length;
          // Round 43 (ye-055): 連休中に届かないよう — the period as the time to keep clear of (a purpose negated).
          if (avoidedAfter(text.slice(end - 1, end + 15))) continue;
        }
        // The period's words themselves (お盆休みの間に) tell no closure: only the rest of its clause may.
        const clause = clauseOf(text, start, end).replace(text.slice(start, end), ' ');
        if (CLOSED_IN_CLAUSE.test(clause)) continue;
        const meetingInClause = has('meeting', clause);
        // 「お盆休みの間にご検討いただき、休み明けにお打ち合わせを」: the meeting of another clause placed after the closure.
        if (!meetingInClause && has('closureRelative', text.slice(end))) continue;
        spans.push({ closure, start, end, nameStart, nameEnd, lang, meetingInClause });
      }
    }
  }
  if (spans.length === 0) {
    // 「ゴールデンウィーク中はショールームを開けておりますので、その期間にお立ち寄り…」: the period named as a topic, the ask
    // placed in it by a word that refers back.
    const named = periodNamed(text);
    if (named) {
      for (const r of referencesIn(text, named.nameEnd)) spans.push({ closure: named.closure, start: r.start, end: r.end, nameStart: named.nameStart, nameEnd: named.nameEnd, lang: named.lang, meetingInClause: true, refersBack: true });
    }
  }
  if (spans.length === 0) return NONE;
  return { spans, meeting: (has('meeting', text) || VISIT_WORD.test(text)) && !speaksOfPast(text), wanted: wantsMeeting(text) };
}

/** The first closure period named anywhere in `text` (in any position: a topic, a subject, the time of an act). */
function periodNamed(text: string): { closure: Closure; nameStart: number; nameEnd: number; lang: 'en' | 'ja' } | undefined {
  let best: { closure: Closure; nameStart: number; nameEnd: number; lang: 'en' | 'ja' } | undefined;
  for (const { closure, en, ja } of periodNames()) {
    for (const [re, lang] of [[en, 'en'], [ja, 'ja']] as const) {
      if (!re) continue;
      re.lastIndex = 0;
      const m = matchAll(text, re)[0];
      if (m && (!best || m.index < best.nameStart)) best = { closure, nameStart: m.index, nameEnd: m.index + m[0].length, lang };
    }
  }
  return best;
}

/**
 * The words of `text` that refer back to a period named before them (in the sentence, from `from` on) as the time of a
 * meeting in their own clause: relative to `text`, with the clause's meeting named.
 */
function referencesIn(text: string, from: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const re of [JA_REFER, EN_REFER]) {
    re.lastIndex = 0;
    for (const m of matchAll(text, re)) {
      if (m.index < from) continue;
      const clause = clauseOf(text, m.index, m.index + m[0].length).replace(m[0], ' ');
      if (CLOSED_IN_CLAUSE.test(clause) || !(has('meeting', clause) || VISIT_WORD.test(clause))) continue;
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** What a sentence that names no period of its own refers back to (その期間に…): read once per sentence text. */
const sentenceReferences: Annotator<Array<{ start: number; end: number }>> = { id: 'calendar-closure-references', analyze: (s) => (periodNamed(s.text) ? [] : referencesIn(s.text, 0)) };
const refersBack = (refs: ReadonlyArray<{ start: number; end: number }>): boolean => refs.length > 0;

/** Read once per sentence text (cached on the engine): a keystroke elsewhere reads none of it again. */
const sentencePeriods: Annotator<SentencePeriods> = { id: 'calendar-closure-periods', analyze: (s) => readPeriods(s.text) };

/** A sentence whose periods may be a meeting's: one that names a period as an act's time and the meeting. */
const mayPropose = (read: SentencePeriods): boolean => read.spans.length > 0 && read.meeting;

/** The period slots of one sentence (offsets into the field), `read` its periods. */
function periodsIn(s: Sentence, read: SentencePeriods, index: number, ctx: RuleContext): PeriodSlot[] {
  if (!mayPropose(read)) return [];
  // The meeting wanted in the sentence, or asked about in the few sentences after it.
  if (!read.wanted && !askedAfter(ctx, index)) return [];
  return read.spans.map((x) => ({ ...x, start: s.start + x.start, end: s.start + x.end, nameStart: s.start + x.nameStart, nameEnd: s.start + x.nameEnd }));
}

/**
 * The period the sentence before `index` names (same paragraph, on its line or the line above), referred back to by
 * `s` (「…GW中はショールームを開けております。その期間にお立ち寄りいただけませんか。」).
 */
function referredFromBefore(s: Sentence, refs: ReadonlyArray<{ start: number; end: number }>, index: number, ctx: RuleContext): PeriodSlot[] {
  if (refs.length === 0 || index === 0) return [];
  const prev = ctx.sentences[index - 1]!;
  if (prev.line < s.line - 1 || speaksOfPast(s.text) || speaksOfPast(prev.text)) return [];
  const named = periodNamed(prev.text);
  if (!named || !(wantsMeeting(s.text) || askedAfter(ctx, index))) return [];
  return refs.map((r) => ({ closure: named.closure, start: s.start + r.start, end: s.start + r.end, nameStart: prev.start + named.nameStart, nameEnd: prev.start + named.nameEnd, lang: named.lang, meetingInClause: true, refersBack: true as const }));
}

/** Every closure period proposed as a meeting's time in the field's own text (quoted history left out). */
// Each sentence's periods are kept by position from the field's last check (FactStore.ofSentences): a keystroke
// costs a pointer comparison per unchanged sentence, and only the few that name a period and a meeting are visited.
export function closurePeriods(ctx: RuleContext): PeriodSlot[] {
  const out: PeriodSlot[] = [];
  const own = ctx.own.length;
  // Sentences that name a period and a meeting, and those that refer back to one (その期間に…), in text order.
  const periods = ctx.facts.ofSentences(sentencePeriods, ctx.field, ctx.sentences, mayPropose);
  const refs = ctx.facts.ofSentences(sentenceReferences, ctx.field, ctx.sentences, refersBack);
  const visit = periods.kept.length && refs.kept.length
    ? [...new Set([...periods.kept, ...refs.kept])].sort((a, b) => a - b)
    : periods.kept.length ? periods.kept : refs.kept;
  for (const i of visit) {
    const s = ctx.sentences[i]!;
    if (s.start >= own || QUOTED_LINE.test(ctx.lines[s.line]!.text)) continue;
    out.push(...periodsIn(s, periods.values[i]!, i, ctx), ...referredFromBefore(s, refs.values[i]!, i, ctx));
  }
  return out;
}
