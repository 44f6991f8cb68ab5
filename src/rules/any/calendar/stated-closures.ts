// A closure the mail states by its dates (「貴社は12月30日から1月4日まで年末年始のお休みと伺っております」, "Your plant is
// closed from 12 to 16 August") and a later place in the mail that refers back to it by a noun as the time of a
// meeting: a day of it (そのお休みの最終日, 休業の初日, "the last day of that break", "the second day of the shutdown") or
// the whole of it (そのお休み中に, "during the shutdown"). The period is the range the date parser read in the mail —
// not a list of closures (Golden Week, Obon: closure-periods.ts) — so a company's own dates count (1月4日まで) and any
// noun of time off refers back to it.
import type { Annotator } from '../../../engine/analysis/facts';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';
import { QUOTED_LINE } from '../../../engine/analysis/quotes';
import { JA_ANAPHOR, EN_ANAPHOR } from '../../../engine/analysis/dates-anaphora';
import { addDays, serial, type Day } from '../../../engine/analysis/dates-day';
import { matchAll } from '../../../engine/match-all';
import { avoidedAfter, has, proposes, speaksOfPast } from './lexicon';
import { datesInSentence } from './meeting-dates';

/** A range of days the mail states as closed, by its own dates. */
export interface StatedClosure {
  from: Day;
  to: Day;
}

/** A reference to a stated closure as a meeting's time: offsets into the field. */
export interface ClosureReference {
  start: number;
  end: number;
  closure: StatedClosure;
  /** The day of the closure named (最終日 → its last day); absent for the whole period (そのお休み中に, during the break). */
  day?: Day;
  lang: 'ja' | 'en';
  /** The reference rewritten to the time after the closure (そのお休み明け, "after that break"). */
  after: string;
}


/** The nouns that name a time off (its head). */
const JA_NOUN = '(?:お休み|休み|休業|休暇|連休|停止|休止|休館)(?:期間|日)?';
const EN_NOUN = '(?:break|closure|shutdown|shut-down|holidays?|stoppage|vacation|time off)';

/**
 * Japanese: [その/この/同] + noun + の最終日 / 初日 / N日目 / うち一日, or 中 / の間 / 期間中, as the
 * time of an act (に, で, なら, のみ, の午後 …) — not まで/までに (a deadline), 明け (after it), 中の (a noun's time).
 */
const JA_REF = new RegExp(
  `((?:その|この|同)?${JA_NOUN})` +
    // 休業初日, 休暇最終日: the day of it compounded with the noun, without の (a compound's own day, not 休業日).
    `(?:の(最終日|初日|最初の日|最後の日|[一二三四五1-5１-５]日目|うち(?:の)?(?:一日|1日|どこか|いずれか))|(最終日|初日|[二三四五2-5２-５]日目)|中|の間|期間中)` +
    `(?=に|で|の(?:午前|午後|朝|夕方)|なら|でしたら|であれば|のみ|だけ|は|[、。：:]|$)`,
  'g',
);

/** English: the first / last / final / Nth day of + the/that/your + noun, or during/over/throughout + the/that/your + noun. */
const EN_REF = new RegExp(
  `\\bthe\\s(first|last|final|second|third|fourth|fifth)\\sday\\sof\\s(?:the|that|this|your|their|our)\\s(?:[a-z-]+\\s)?${EN_NOUN}\\b` +
    // "during our closure" is our own closure told (urgent faults can still be reported during our closure), not a time put to them.
    `|\\b(?:during|over|throughout|in)\\s(?:the|that|this|your|their)\\s(?:[a-z-]+\\s)?${EN_NOUN}\\b`,
  'gi',
);

/** Before an English reference: a deadline or a time outside the closure ("by the last day", "before the break"). */
const EN_BOUND_BEFORE = /\b(?:by|before|until|till|after|since)\s$/i;
const ORDINAL: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4, 初: 0, 最: 0, 一: 0, 二: 1, 三: 2, 四: 3, 五: 4 };

/** The day of a closure the word names; undefined for the whole period or a day left open (うち一日). */
function dayOf(word: string | undefined, c: StatedClosure): Day | undefined {
  if (!word || /うち/.test(word)) return undefined;
  if (/^(?:last|final|最終日|最後の日)$/i.test(word)) return c.to;
  const digit = /^[1-5１-５]/.exec(word)?.[0];
  const n = digit ? Number(digit.normalize('NFKC')) - 1 : ORDINAL[word.toLowerCase()] ?? ORDINAL[word.charAt(0)] ?? 0;
  const day = addDays(c.from, n);
  return serial(day) <= serial(c.to) ? day : undefined;
}

/** The ranges of closed days a sentence states: a date, then the end of its range, with a closure word in the sentence. */
function closuresIn(s: Sentence, ctx: RuleContext): Array<StatedClosure & { end: number }> {
  // Words that make a range of days a closure (a time off, shut, stopped), in the range's own sentence (closedWord).
  if (!has('closedWord', s.text)) return [];
  const dates = datesInSentence(s, ctx);
  const out: Array<StatedClosure & { end: number }> = [];
  for (let k = 0; k + 1 < dates.length; k++) {
    const a = dates[k]!;
    const b = dates[k + 1]!;
    if (a.vague || b.vague || !b.rangeEnd || serial(b.day) < serial(a.day) || serial(b.day) - serial(a.day) > 31) continue;
    out.push({ from: a.day, to: b.day, end: b.end });
  }
  return out;
}

interface RawRef { start: number; end: number; word?: string; lang: 'ja' | 'en'; after: string }

/** The references to a time off in one sentence's text (offsets relative to it). */
function referencesIn(text: string): RawRef[] {
  const out: RawRef[] = [];
  JA_REF.lastIndex = 0;
  for (const m of matchAll(text, JA_REF)) {
    // Round 43 (ye-055): 連休中に届かないよう — the closure named as the time to keep clear of.
    if (avoidedAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    // The noun as written (その休み, 休業期間), the brackets and the day of it left out: its time after is 〜明け.
    out.push({ start: m.index, end: m.index + m[0].length, word: m[2] ?? m[3], lang: 'ja', after: `${m[1]}明け` });
  }
  EN_REF.lastIndex = 0;
  for (const m of matchAll(text, EN_REF)) {
    if (EN_BOUND_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const phrase = m[0].replace(/^(?:the\s\S+\sday\sof|during|over|throughout|in)\s/i, '');
    out.push({ start: m.index, end: m.index + m[0].length, word: m[1], lang: 'en', after: m[1] ? `the first working day after ${phrase}` : `after ${phrase}` });
  }
  return out.sort((a, b) => a.start - b.start);
}

const referenceFacts: Annotator<RawRef[]> = { id: 'calendar-closure-noun-references', analyze: (s) => referencesIn(s.text) };

/** A wish or a question of the writer's: would like to, hope to, could, can, 〜たい, 〜ればと, 〜ませんか, 〜でしょうか. */
const wishes = (text: string) => has('wishTo', text) || has('canAsk', text) || has('wishJa', text) || has('askJa', text);

/** The sentence names a meeting and asks, offers or wishes for it, and tells no past. */
function meetingWanted(text: string): boolean {
  // A visit the meeting words leave out (dropping by, coming in, time asked for) counts too (visitWord).
  return (has('meeting', text) || has('visitWord', text)) && (proposes(text) || has('offer', text) || wishes(text)) && !speaksOfPast(text);
}

/** The next sentence of the paragraph places a meeting on "that day" (つきましては、その日の午後に…お時間を…). */
function meetingThatDay(ctx: RuleContext, index: number): boolean {
  const s = ctx.sentences[index]!;
  const next = ctx.sentences[index + 1];
  if (!next || next.line > s.line + 1) return false;
  return Boolean(JA_ANAPHOR.exec(next.text) ?? EN_ANAPHOR.exec(next.text)) && meetingWanted(next.text);
}

/**
 * The closure stated last before a reference ending at `end` of sentence `index`: in that sentence before its end
 * (冬季休業（12月29日〜1月4日）の最終日 holds its own range), else in the few sentences above.
 */
function statedBefore(ctx: RuleContext, index: number, end: number): StatedClosure | undefined {
  for (let j = index; j >= 0 && j >= index - 4; j--) {
    const s = ctx.sentences[j]!;
    const stated = closuresIn(s, ctx).filter((c) => j < index || c.end - s.start <= end);
    if (stated.length) return stated[stated.length - 1];
  }
  return undefined;
}

/** Every reference to a closure the mail states, placed as the time of a meeting asked for (body text, quoted lines left out). */
export function statedClosureReferences(ctx: RuleContext): ClosureReference[] {
  const out: ClosureReference[] = [];
  const refs = ctx.facts.ofSentences(referenceFacts, ctx.field, ctx.sentences, (r) => r.length > 0);
  if (refs.kept.length === 0) return out;
  const own = ctx.own.length;
  for (const i of refs.kept) {
    const s = ctx.sentences[i]!;
    if (s.start >= own || QUOTED_LINE.test(ctx.lines[s.line]!.text)) continue;
    if (!meetingWanted(s.text) && !meetingThatDay(ctx, i)) continue;
    for (const r of refs.values[i]!) {
      const closure = statedBefore(ctx, i, r.end);
      if (closure) out.push({ start: s.start + r.start, end: s.start + r.end, closure, day: dayOf(r.word, closure), lang: r.lang, after: r.after });
    }
  }
  return out;
}
