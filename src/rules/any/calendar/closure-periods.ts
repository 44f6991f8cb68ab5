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
import { has, proposes, speaksOfPast } from './lexicon';

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
}

/** The English words that place an act in a period, right before its name. */
const EN_IN = /\b(?:during|over|in|throughout|within)\s(?:the\s)?$/i;
/** The Japanese words that place an act in a period, right after its name: 中に, 期間中に, の間に, に, で. */
const JA_IN = /^(?:期間)?(?:中|の間|の期間中?|の時期|の(?:どこか|いずれか|あたり))?(?:に|で|にでも|でも)(?![休])/;
/** Words in the period's clause that make it the time of a closure, an absence or a break, not of an act offered. */
const CLOSED_IN_CLAUSE = /\b(?:clos(?:e|ed|es|ing|ure)|shut(?:s|ting)?(?: down)?|off|idle|away|out of (?:the )?office|on leave|vacation|break from)\b|休|不在|閉/i;
/** Where a clause ends. */
const CLAUSE_END = /[,;、。，；\n]/;

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

/** The sentence wants the meeting: asks, offers or wishes (proposal and offer words, would like/love to). */
const WISH = /\b(?:would|'d)\s(?:(?:very|so)\s(?:much\s)?)?(?:like|love)\sto\b|\bhope\sto\b|たい|たく|ればと/i;

function wantsMeeting(text: string): boolean {
  return proposes(text) || has('offer', text) || WISH.test(text);
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
          const tail = JA_IN.exec(text.slice(nameEnd, nameEnd + 12));
          if (!tail) continue;
          end = nameEnd + tail[0].length;
        }
        const clause = clauseOf(text, start, end).replace(m[0], ' ');
        if (CLOSED_IN_CLAUSE.test(clause)) continue;
        spans.push({ closure, start, end, nameStart, nameEnd, lang, meetingInClause: has('meeting', clause) });
      }
    }
  }
  if (spans.length === 0) return NONE;
  return { spans, meeting: has('meeting', text) && !speaksOfPast(text), wanted: wantsMeeting(text) };
}

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

/** Every closure period proposed as a meeting's time in the field's own text (quoted history left out). */
// Each sentence's periods are kept by position from the field's last check (FactStore.ofSentences): a keystroke
// costs a pointer comparison per unchanged sentence, and only the few that name a period and a meeting are visited.
export function closurePeriods(ctx: RuleContext): PeriodSlot[] {
  const out: PeriodSlot[] = [];
  const own = ctx.own.length;
  const { values, kept } = ctx.facts.ofSentences(sentencePeriods, ctx.field, ctx.sentences, mayPropose);
  for (let n = 0; n < kept.length; n++) {
    const i = kept[n]!;
    const s = ctx.sentences[i]!;
    if (s.start >= own || QUOTED_LINE.test(ctx.lines[s.line]!.text)) continue;
    out.push(...periodsIn(s, values[i]!, i, ctx));
  }
  return out;
}
