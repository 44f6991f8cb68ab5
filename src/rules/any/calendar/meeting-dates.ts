// Decides which dates and times in a mail are offered, asked about or confirmed for a meeting. The dates
// themselves come from the dates annotator (chrono-node, cached per sentence on the engine); here is the
// reading of the sentence around them: a meeting, call, visit or dinner near the slot, or a question or
// offer about a time, or a slot line under a lead-in that names the meeting — and not a deadline, a
// delivery, a range, a closure notice, a past event or a regular meeting already agreed.
import { analyzeDates, datesAnnotator, type DateMention, type Slot, type TimeMention } from '../../../engine/analysis/dates';
import { clauseOf, englishFacts } from '../../../engine/analysis/en';
import { japaneseFacts, type JaPredicate } from '../../../engine/analysis/ja';
import { addDays, parseIsoDay, serial, weekday, type Day } from '../../../engine/analysis/dates-day';
import type { Annotator, FieldAnnotator } from '../../../engine/analysis/facts';
import type { RuleContext } from '../../../engine/rule';
import type { Line, Sentence, Token } from '../../../engine/types';
import { historyMarks, historyStart, QUOTED_LINE } from '../../../engine/analysis/quotes';
import { avoidedAfter, distanceTo, distanceToSpans, has, pastPrefaceEnd, proposes, speaksOfPast, WORDS, wordsIn, type Span, type WordGroup } from './lexicon';
import { meetingVerdict, nearestActRole, type DateRole } from './date-role';
import { lineHeadOf, listMarkerBefore, REST_MAX } from './slot-line';
import { readsLine, readsNext, readsPrevious, readsToEnd, verdictOf, verdictsOf } from './slot-verdicts';
import { visitAnnotator, type VisitSpan } from './visit-verbs';
import { matchAll } from '../../../engine/match-all';

/** What a list line may hold besides its slot: bullets, numbers, separators, labels of time. */
const LINE_NOISE = /[\s・●■◆○◎•*\-–—〜～~、,:：()（）.．]|[0-9０-９①-⑩]|\b(?:or|and|option|am|pm|to)\b|または|もしくは|以降|から/gi;

export interface MeetingSlot {
  /** Offsets into the field. */
  slot: Slot;
  sentence: Sentence;
  /**
   * The slot restates what the other party proposed in their quoted mail ("> Could you call at 8:00 on the
   * 18th?" answered with "we will call you at 8:00 AM on Wednesday, November 18"): its day, its time, or both
   * are theirs, and a finding about what is theirs is not the writer's to fix.
   */
  theirs?: { day: boolean; time: boolean };
}

function shift<T extends { start: number; end: number }>(x: T, by: number): T {
  return { ...x, start: x.start + by, end: x.end + by };
}

/** A slot relative to its sentence, moved to offsets into the field. */
function toField(x: Slot, by: number): Slot {
  return {
    start: x.start + by,
    end: x.end + by,
    ...(x.date ? { date: shift<DateMention>(x.date, by) } : {}),
    ...(x.time ? { time: shift<TimeMention>(x.time, by) } : {}),
    ...(x.restates ? { restates: x.restates } : {}),
    ...(x.twin ? { twin: shift<DateMention>(x.twin, by) } : {}),
  };
}

/** The slots of a sentence with offsets into the field. */
export function slotsInSentence(s: Sentence, ctx: RuleContext): Slot[] {
  const rel = ctx.facts.of(datesAnnotator(ctx.today), s).slots;
  if (rel.length === 0) return rel;
  return rel.map((x) => toField(x, s.start));
}

/** Every date of the field (meeting or not), for checks that hold for any date (a wrong weekday). */
export function datesInSentence(s: Sentence, ctx: RuleContext): DateMention[] {
  return slotsInSentence(s, ctx).flatMap((x) => (x.date ? [x.date] : []));
}

/** Besides the slot, `text` holds at most two characters that are not list noise. */
function littleButSlot(text: string, from: number, to: number): boolean {
  if (text.length - (to - from) > REST_MAX) return false;
  const rest = text.slice(0, from) + text.slice(to);
  return rest.replace(LINE_NOISE, '').length <= 2;
}

/** The line holds little but the slot [start, end) (field offsets): a labelled slot (日時：…, When: …) or a candidate in a list. */
function isSlotLine(line: Line, start: number, end: number, ctx: RuleContext): boolean {
  const head = lineHeadOf(ctx.facts, line);
  if (head.labelled) return true;
  const from = start - line.start;
  return littleButSlot(line.text, from, end - line.start) || listMarkerBefore(line.text, head, from);
}

/**
 * What one line says to a slot near it, read once per line text (cached on the engine): a keystroke
 * elsewhere re-reads none of it.
 */
interface LineReading {
  /** Blank or quoted ("> …"): not counted among the lines around a slot. */
  skip: boolean;
  /**
   * As one of the lines above a slot line: true when it names the meeting or offers dates (「下記の日程で…」),
   * false when it rules the slot out (agreed, a closure, a regular meeting, another dated act), undefined
   * when it says neither and the lines further up decide.
   */
  above: boolean | undefined;
  /** As one of the lines below: a lead-out that names the meeting and asks (true), rules it out (false), or neither. */
  below: boolean | undefined;
  /** The line names the meeting and asks about it, with nothing that rules a slot out (a slot cut off from its lead-in). */
  asksForMeeting: boolean;
}

function readLine(text: string): LineReading {
  const skip = !text.trim() || /^\s*[>＞]/.test(text);
  const agreedOrClosed = has('agreed', text) || speaksOfClosure(text);
  // Past words of a preface (Following our call last week, …) leave the rest of the line a proposal.
  const past = speaksOfPast(text);
  const ruledOut = agreedOrClosed || has('notMeeting', text) || past || fairOnly(text);
  const meeting = has('meeting', text);
  const asks = proposes(text);
  // A lead-in that names the meeting, or one that offers dates for no other dated event (以下の候補日,
  // the following dates — but not 下記の日程で出荷いたします).
  const above = agreedOrClosed || (has('regular', text) && !asks) || fairOnly(text) ? false
    : past ? undefined
      : meeting ? true
        : has('notMeeting', text) ? false
          : has('schedule', text) ? true : undefined;
  const below = ruledOut ? false : meeting && (asks || has('schedule', text)) ? true : undefined;
  // "Thank you for your interest at the fair. I would like to set up a first meeting:" then the slot line: the
  // lead-in is the line's last sentence, and what the sentences before it say (thanks, the past) is not its word.
  const last = LAST_SENTENCE.exec(text);
  if (above !== true && last && last.index > 0) {
    const lead = readLine(text.slice(last.index + last[0].length - last[1]!.length));
    if (lead.above === true) return { skip, above: true, below, asksForMeeting: !ruledOut && meeting && asks };
  }
  return { skip, above, below, asksForMeeting: !ruledOut && meeting && asks };
}

/** The last sentence of a line, after the full stop of the one before it ("… the fair. I would like to …:"). */
const LAST_SENTENCE = /[.!?。！？]\s*([^.!?。！？\s][^.!?。！？]{0,200})$/;

/** Coming to an organiser's fair, or to the writer's booth there: no meeting of the writer's. */
const FAIR_VISIT = /ご来場|お越し|お立ち寄り|\b(?:visit|stop by|come by|drop by|see you at)\b/gi;

/**
 * A line about an organiser's fair (出展いたします, "our booth at the expo") with no meeting of the writer's
 * besides coming to it: the dates beside it are the fair's, fixed by its organiser.
 */
function fairOnly(text: string): boolean {
  return has('fair', text) && !has('meeting', text.replace(FAIR_VISIT, ' '));
}

const lineReadings: Annotator<LineReading> = { id: 'calendar-line-reading', analyze: (l) => readLine(l.text) };

function lineReading(ctx: RuleContext, index: number): LineReading {
  readsLine(index);
  const line = ctx.lines[index]!;
  return ctx.facts.of(lineReadings, { text: line.text, start: 0, end: line.text.length, lang: 'en', line: index });
}

/** Meeting words in the subject or the few lines above a slot line (「下記の日程で…」 then a list). */
function meetingWordsAbove(ctx: RuleContext, lineIndex: number): boolean {
  if (has('meeting', ctx.draft.subject) && !has('regular', ctx.draft.subject)) return true;
  let seen = 0;
  for (let i = lineIndex - 1; i >= 0 && seen < 6; i--) {
    const r = lineReading(ctx, i);
    if (r.skip) continue;
    seen++;
    if (r.above !== undefined) return r.above;
  }
  return false;
}

/**
 * A lead-out under a list of slots that names the meeting and asks about them (「上記でお打ち合わせのご都合は
 * いかがでしょうか」, "Let me know which of these suits you for the call"), within the few lines below.
 */
function meetingWordsBelow(ctx: RuleContext, lineIndex: number): boolean {
  let seen = 0;
  let i = lineIndex + 1;
  for (; i < ctx.lines.length && seen < 6; i++) {
    const r = lineReading(ctx, i);
    if (r.skip) continue;
    seen++;
    if (r.below !== undefined) return r.below;
  }
  if (i >= ctx.lines.length) readsToEnd();
  return false;
}

/** Whether a sentence offers or asks about a time, for the sentence before it (a short question after a slot). */
const proposals: Annotator<boolean> = { id: 'calendar-proposes', analyze: (s) => proposes(s.text) };

/**
 * The sentence offers, asks about or confirms a time: by its own words (`own`), or by a short question right
 * after it that has no slot of its own ("…on the 31st, at 10:00 at your office. Would that be convenient?").
 */
function offersTime(own: boolean, s: Sentence, index: number, ctx: RuleContext): boolean {
  if (own) return true;
  // The When line of an invitation is the time the invitation sends: offered, a recurring one too
  // ("When: Every Thursday from July 22, 19:30–20:00 JST" sets the series up; it is not one agreed before).
  if (ctx.kind === 'meeting-invite' && lineHeadOf(ctx.facts, ctx.lines[s.line]!).labelled) return true;
  readsNext();
  const next = ctx.sentences[index + 1];
  if (!next || next.line > s.line + 1 || next.text.trim().length > 60) return false;
  return ctx.facts.of(proposals, next) && ctx.facts.of(datesAnnotator(ctx.today), next).slots.length === 0;
}

/**
 * The writer speaks of a holiday or a closure in the sentence: they know it, and a date there is the closure
 * itself, not a blind proposal. A date placed after or before the closure (連休明けの5月6日) is still offered
 * and checked: the writer may not know that the closure runs longer.
 */
function speaksOfClosure(text: string): boolean {
  if (!has('knownClosure', text)) return false;
  return has('knownClosure', text.replace(WORDS.closureRelative, ' '));
}

/** After a day's name, the end of a clause given as a reason: のため, は祝日ですので, につき. */
const NAMED_AS_REASON = /^\s*(?:は[^、。]{0,16}?)?(?:です|でございます|となります)?(?:のため|ため|ので|につき|だから|でして)/;

/** What closes a clause given as a reason: 休業いたしますため、 連休となりますので、 */
const REASON_CLOSE_JA = /(?:ため|ので|につき)[、,]/g;
/** A sentence that opens on its reason: "Because our plant is closed until the 11th, …", "As …, ", "Since …, ". */
const REASON_OPEN_EN = /^\s*(?:because|since|as)\b[^,.;!?]{1,120},/i;
/**
 * What closes a concessive clause: 「盆休み中で大変恐縮ですが、」「…とは存じますが、」「…ものの、」「…にもかかわらず、」 —
 * the closure acknowledged, and the ask after it made all the same.
 */
const CONCESSIVE_CLOSE_JA = /(?:す|た|ん)が[、,]|(?:けれど(?:も)?|ものの|にもかかわらず)[、,]/g;

/**
 * Where a reason clause before the slot ends (0 when there is none): 「10月上旬は国慶節の連休となり、弊社工場が休業
 * いたしますため、ご訪問は連休明けの10月12日（月）に…」. A closure told as the reason places the slot after or
 * around it — the writer's own closure, often a foreign one — and the slot itself is still offered and checked; a
 * slot inside the reason clause (「5月4日は祝日のため、…」) has no reason clause before it and stays ruled out.
 */
function reasonClauseEnd(text: string, rel: number): number {
  let end = 0;
  const en = REASON_OPEN_EN.exec(text);
  if (en && en[0].length <= rel) end = en[0].length;
  for (const m of matchAll(text.slice(0, rel), REASON_CLOSE_JA)) end = Math.max(end, m.index + m[0].length);
  // The writer's own closure (弊社工場が休業, "our office is closed") is worked around, and so is the reader's told as
  // an opening ("As your line is stopped over the holidays, our technician can come on Dec 30"): the slot is still
  // offered, on whatever day it falls. A holiday the reader asked for (「祝日に点検を実施してほしいとのご依頼を承り
  // ましたので、11月3日に…」, "As you asked for a visit over the holidays, …") is the slot's own day.
  const reason = text.slice(0, end);
  const because = OUR_SIDE.test(reason) || (end > 0 && !READER_ASKED.test(reason)) ? end : 0;
  // A closure conceded before the slot (「盆休み中で大変恐縮ですが、8月13日（木）に…お願いできますでしょうか」, "Although
  // your office is closed for Obon, could we visit on 13 August?"): the ask is made despite it, on the slot's own day.
  // In English the concession runs to the last comma before the slot.
  let conceded = has('conceded', text) ? text.lastIndexOf(',', rel) + 1 : 0;
  for (const m of matchAll(text.slice(0, rel), CONCESSIVE_CLOSE_JA)) conceded = Math.max(conceded, m.index + m[0].length);
  // 「連休の合間で恐縮ですが、来週木曜日の午後に…」: what is conceded is a working day between the holidays, which the
  // writer knows — no closure asked for despite itself (r10 cx-M3-11).
  if (BETWEEN_HOLIDAYS.test(text.slice(0, conceded))) conceded = 0;
  return Math.max(because, conceded);
}

/** A working day between the holidays named: 連休の合間, 連休の谷間, 休みの狭間. */
const BETWEEN_HOLIDAYS = /(?:連休|休み|祝日|GW|ゴールデンウィーク)の?(?:合間|谷間|狭間|はざま)/;

/** Where the clause that holds a day ends, and the main clause after it begins: a comma, a dash, ので, ため, が、. */
const CLAUSE_TURN = /[,、;；:：—–]|ので|ため|けれど|ものの/;
/** A turn of concession right after the day's clause: "…, but could we…", 「…とは存じますが、」. */
const CONCEDED_TURN = /^[^.;!?。！？]{0,60}?(?:,\s*but\b|(?:す|た|ん)が[、,]|けれど|ものの)/i;

/**
 * A holiday told in the day's own clause, and the main clause after it proposes a meeting on that very day: "Since
 * Monday 23 November is Labour Thanksgiving Day, your office will be quiet, so it might be the perfect day for a
 * session at your office", "I know 13 August is in the middle of Obon, but could we still visit your warehouse?",
 * 「11月23日（月）は祝日で…かと存じますので、その日にお打ち合わせを…」. The holiday is the reason for the day, not
 * information: the day is proposed. The main clause must name the meeting, ask, offer or praise the day, and name no
 * day of its own.
 */
function holidayDayProposed(text: string, rel: number, relEnd: number, others: readonly Slot[]): boolean {
  const after = text.slice(relEnd);
  const turn = CLAUSE_TURN.exec(after);
  if (!turn) return false;
  const main = after.slice(turn.index);
  if (has('otherDay', main) || others.some((o) => o.start >= relEnd && !o.date?.anaphor)) return false;
  if (!(has('meeting', main) || VISIT_VERB.test(main))) return false;
  const asks = proposes(main) || has('offer', main) || has('wishTo', main);
  const praised = has('praisedDay', main);
  if (praised || (asks && has('sameDay', main))) return true;
  // Conceded ("I know …, but could we …", "Although Monday, July 20 is Marine Day, would it be possible …"): the ask
  // after it is on the day conceded — the day in the concession's own clause (no comma before it).
  // Round 34: 「盆休みの期間中（8月13日〜16日）でも構いませんので、作業に伺えれば」: the closure conceded as no obstacle
  // (でも構いません, でもよろしければ, でも差し支えなければ) and the ask after it is on the day conceded.
  return asks && (CONCEDED_TURN.test(after) || CONCEDED_ANYWAY.test(after) || (has('conceded', text.slice(0, rel)) && !/[,、]/.test(text.slice(0, rel))));
}

/** Right after a day (or its closing bracket), the day allowed as no obstacle: でも構いません, でもよろしければ, でも問題ございません. */
const CONCEDED_ANYWAY = /^[）)]?\s?でも(?:構いません|かまいません|差し支え|差支え|問題(?:ござい|あり|な)|よろしけれ|大丈夫)/;
/** "Since Monday 23 November is Labour Thanksgiving Day, …": a "since" that opens the sentence on a day the verb after it describes gives a reason, no time from which. */
function causalSince(before: string, after: string): boolean {
  return /^\s*since\s+$/i.test(before) && /^,?\s*(?:is|falls|will be|would be|happens to be)\b/i.test(after);
}

/** What closes a quotation relayed as a proposal: 」との提案, 」とのご連絡, 」という申し出, 」との相談, 」とのこと. */
const RELAYED_CLOSE = /^」\s?と(?:の|いう)?\s?(?:ご|お)?(?:提案|申し出|連絡|相談|話|こと|依頼|意向)/;

/** The text of a Japanese quotation 「…」 holding [rel, relEnd) and relayed as a proposal, else undefined. */
function relayedQuote(text: string, rel: number, relEnd: number): string | undefined {
  const open = text.lastIndexOf('「', rel);
  if (open < 0 || text.lastIndexOf('」', rel) > open) return undefined;
  const close = text.indexOf('」', relEnd);
  if (close < 0 || text.lastIndexOf('「', close) !== open) return undefined;
  return RELAYED_CLOSE.test(text.slice(close, close + 12)) ? text.slice(open + 1, close) : undefined;
}

/** A visit told by a verb of movement in English, which the meeting words leave out. */
const VISIT_VERB = /\b(?:visit|come|drop by|stop by|see you)\b/i;

/** The reader's request or wish in a reason clause: ご依頼, ご要望, ご希望, 〜てほしい, "you asked", "your request". */
const READER_ASKED = /ご依頼|ご要望|ご希望|ご指定|ほしい|欲しい|\byou (?:asked|requested|wanted|prefer(?:red)?)\b|\byour (?:request|wish|preference)\b/i;

/** The writer's side named: 弊社, 当社, 私ども, we, our, us. */
const OUR_SIDE = /弊社|当社|私ども|わたくしども|我々|\b(?:we|our|us)\b/i;

/** What may stand between a date and the holiday's name that labels it: 「3月20日・春分の日」「3月20日（春分の日」. */
const LABEL_GAP = /^[\s・、,（(]{0,3}$/;
/** The holiday's name right before the slot, as its label: "Marine Day, July 20", 「昭和の日（」4/29）. */
const NAME_BEFORE = /[\s,、（(]{0,3}$/;
/** The holiday's name right after the slot, as its label: "March 20 (Vernal Equinox Day)", 「4月29日（昭和の日）」. */
const NAME_AFTER = /^[\s,、・]{0,2}[（(]?\s?/;
/** What a holiday name with the slot in brackets leads into when it only places another day: 成人の日（1月12日）明け. */
const BRACKET_THEN_RELATIVE = /^\s?[）)]\s?(?:明け|前|後|以降|の前|の後|after|before)/i;

/** A closure period right before the slot as the span it lies in (お盆期間中の, 年末年始の, during Obon, the Monday of Golden Week). */
const PERIOD_LABEL = /(?:(?:お盆|年末年始|ゴールデンウィーク|GW|大型連休|夏季休業|年末)(?:期間)?中?の|\b(?:during|over|in) (?:the )?(?:Obon|Golden Week|year-end (?:holidays|closure|break)|New Year (?:holidays|break))(?: holidays| break| period)?,? (?:on )?|\bthe (?:Mon|Tues|Wednes|Thurs|Fri)day of (?:Obon|Golden Week),? (?:on )?)$/i;

/**
 * A proposal that names its day's holiday as the day's label ("Could we visit on Marine Day, July 20?",
 * 「昭和の日（4/29）の午前中はいかがでしょうか」): the writer asks for the holiday itself, which is the problem — no
 * closure is worked around. Only when the name is the sentence's one closure word and the sentence asks.
 */
function holidayAsLabel(text: string, rel: number, relEnd: number): boolean {
  if (!proposes(text)) return false;
  const before = text.slice(Math.max(0, rel - 40), rel);
  const after = text.slice(relEnd, relEnd + 40);
  if (BRACKET_THEN_RELATIVE.test(after)) return false;
  let named: { start: number; end: number } | undefined;
  for (const m of matchAll(before, WORDS.holidayName)) {
    if (NAME_BEFORE.test(before.slice(m.index + m[0].length)) && before.length - m.index - m[0].length <= 3) named = { start: rel - before.length + m.index, end: rel - before.length + m.index + m[0].length };
  }
  if (!named) {
    const lead = NAME_AFTER.exec(after)![0].length;
    const m = matchAll(after.slice(lead), WORDS.holidayName)[0];
    if (m?.index === 0) named = { start: relEnd + lead, end: relEnd + lead + m[0].length };
  }
  // 「お盆期間中の8月13日」「年末年始の12月30日」, "during Obon, on August 13", "the Monday of Golden Week, May 3": a closure
  // period named as the span the slot lies in labels it as the holiday's own name does.
  if (!named) {
    const m = PERIOD_LABEL.exec(before);
    if (m) named = { start: rel - before.length + m.index, end: rel };
  }
  if (!named || /\b(?:after|before|following)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, named.start - 20), named.start))) return false;
  return !speaksOfClosure(text.slice(0, named.start) + ' ' + text.slice(named.end));
}

/**
 * The slot is offered as the writer's availability on a condition (連休中の5月4日（火）でしたら10時からお伺いできます,
 * "I could come on Monday 4 May at 10:00 if that works"): named with its holiday, it is still a proposal.
 */
function availableOn(text: string, slotEnd: number): boolean {
  const clause = text.slice(slotEnd).split(CLAUSE_END, 1)[0]!;
  return has('availableIf', clause) && has('availableVerb', text);
}

/** まで after the last day of a range (から…まで, 〜…までの間). */
const RANGE_CLOSE = /^\s*(?:まで|迄)(?:の間|の期間)?/;

/** "after" / "from" right before a time: it names the earliest start. */
const AFTER_WORD = /\b(?:after|from|since|anytime after|any time after)$/i;

/** Characters within which a deadline word belongs to the date (納期は3月20日, 3月20日の納品). */
const ADJACENT = 3;

/** All that may stand between a dated act and its date: "ship on the 13th", "due by Friday", 納品は. */
const ACT_TO_DATE = /^(?:on|by|for|until|before|at|is|are|will be|は|が|の)?$/i;

/** A deadline or delivery word right before the date, with at most a preposition between ("we ship on …"). */
function otherRightBefore(text: string, rel: number): boolean {
  const before = text.slice(Math.max(0, rel - 30), rel);
  let lastEnd = -1;
  WORDS.notMeeting.lastIndex = 0;
  for (const m of matchAll(before, wordsIn('notMeeting', before))) lastEnd = m.index + m[0].length;
  return lastEnd >= 0 && ACT_TO_DATE.test(before.slice(lastEnd).trim());
}

/** Where a clause ends: a comma, semicolon or full stop of either script, or a line break. */
const CLAUSE_END = /[,;、。，；\n]/;

/** Where the clause of `text` that holds [from, to) starts and ends. */
function clauseSpan(text: string, from: number, to: number, ends: (text: string, i: number) => boolean = (t, i) => CLAUSE_END.test(t[i]!)): { start: number; end: number } {
  let start = from;
  while (start > 0 && !ends(text, start - 1)) start--;
  let end = to;
  while (end < text.length && !ends(text, end)) end++;
  return { start, end };
}

/** A clause's end for the past check: besides CLAUSE_END, a colon or dash that opens what follows ("…yesterday: could we…"), not one of a clock. */
function topicEnd(text: string, i: number): boolean {
  const c = text[i]!;
  if (CLAUSE_END.test(c) || c === '：' || c === '—') return true;
  return (c === ':' || c === '–') && /\s/.test(text[i + 1] ?? '');
}

/** The clause of `text` that holds [from, to), and the one after it. One scan each way: linear. */
function clauseAround(text: string, from: number, to: number): { clause: string; next: string } {
  const { start, end } = clauseSpan(text, from, to);
  let nextEnd = end + 1;
  while (nextEnd < text.length && !CLAUSE_END.test(text[nextEnd]!)) nextEnd++;
  return { clause: text.slice(start, end), next: text.slice(end + 1, nextEnd) };
}

/** The clause holding [from, to) calls its event off (cancel, is off, won't go ahead, 中止, 見送り). */
function calledOffInClause(text: string, from: number, to: number): boolean {
  const { start, end } = clauseSpan(text, from, to, topicEnd);
  return has('cancelled', text.slice(start, end));
}

/**
 * The day is named to be turned down, not offered: "we would rather not meet on a Sunday, so …", 「土曜日では
 * なく…」, or thanks for the reader's suggestion followed by "but …" — the writer's own slot comes elsewhere.
 */
function declinedInClause(text: string, from: number, to: number): boolean {
  const { clause, next } = clauseAround(text, from, to);
  if (has('declined', clause)) return true;
  return has('thanksForOffer', clause) && has('turn', next);
}

/**
 * The date is the reader's proposal being thanked for, not the writer's offer: 「5月6日にお打ち合わせをとのご提案、
 * ありがとうございます」, "Thank you for your proposal of May 6". Whatever the writer offers comes elsewhere.
 */
const THANKED_AFTER = /^[^。？?！!\n]{0,40}?(?:ご提案|ご提示|ご指定|お申し出|お誘い)(?:を|まで)?[、,]?\s?(?:いただき|頂き|くださり|下さり)?[、,]?\s?(?:誠に|本当に|大変|まことに)?\s?(?:ありがとう|有難う|感謝)/;
const THANKED_BEFORE = /\bthank(?:s| you)(?: (?:very|so) much)? for (?:your|the) (?:kind )?(?:proposal|suggestion|invitation|offer)(?: (?:of|for))?(?: (?:a )?(?:meeting|call|visit|demo))?(?: (?:on|for))?\s?$/i;

/**
 * The day as the topic of a request or an inquiry the reader sent: 「1月30日（土）の装置移設作業へのお立ち会いについて、
 * ご依頼をいただき」「…の件でご相談を頂戴し」. The reader asked for that day; the writer's own offer comes elsewhere.
 */
const THEIR_REQUEST_TOPIC_AFTER = /^[^。！？?!\n]{0,48}?(?:について|につきまして|の件で|の件につき|に関して)[、,]?\s?(?:ご依頼|ご要望|ご相談|お問い合わせ|お問合せ|ご提案|ご連絡|ご指示|ご用命)(?:を|の)?\s?(?:いただ|頂|賜|くださ|下さ|承)/;

/**
 * A day that opens a period in force (a price, a term, an order cut-off): "for orders placed from 1 January 2027",
 * "effective 1 April", "as of 1 July", 「1月1日ご注文分より」. With no clock, and no meeting or availability in its
 * clause, it starts what applies from then on — no meeting is set on it.
 */
const FROM_BEFORE = /\b(?:from|as of|as from|effective(?: from| on)?|starting(?: from| on)?|beginning(?: on)?|with effect from|valid from|applies from)\s+(?:the\s+)?$/i;
const FROM_AFTER_JA = /^\s?(?:[（(][^）)]{0,6}[）)])?\s?(?:の)?(?:ご?注文|ご?発注|受注|出荷|納品|ご?請求|ご?契約|お?申し?込み?|ご?購入|受付)分?(?:より|から|以降)/;
const AVAILABLE = /\bavailab|\bfree\b|\b(?:come|visit|meet|join)\b|\b(?:would|will|could) work\b|\bsuits?\b|お伺い|伺/i;
/** The day opens a range of days ("from Wednesday, February 10 to Friday, February 12"): days offered, no period in force. */
const RANGE_FOLLOWS = /^\s*(?:to|through|thru|until|till|[-–—〜～~]|から)\s*\S/i;

function periodInForceFrom(x: Slot, text: string): boolean {
  if (x.time || !x.date || RANGE_FOLLOWS.test(text.slice(x.end, x.end + 12))) return false;
  const clause = clauseSpan(text, x.start, x.end);
  const own = text.slice(clause.start, clause.end);
  if (has('meeting', own) || AVAILABLE.test(own)) return false;
  return FROM_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start)) || FROM_AFTER_JA.test(text.slice(x.end, x.end + 24));
}

/** The slot named as the reader's right before it: 「ご指定いただいた6月12日（土）」「ご提案いただいた日時（…）」. */
const THEIRS_RIGHT_BEFORE = /(?:ご指定|ご提案|ご提示|ご希望)(?:いただいた|いただきました|頂いた|くださった|の)(?:日時|日程|日)?\s?[（(]?\s?$/;

/**
 * The reader's request or offer reported right after the day: 〜てほしいとのこと, 〜いただけるとのお気遣い, 〜とのご連絡.
 * A bare 〜とのこと may report the writer's own side (講師が対応可能とのことです): only with the reader's ask or offer.
 */
const REPORTED_AFTER = /^[^。！？?!\n]{0,40}?と(?:の|いう)(?:お気遣い|ご提案|ご依頼|ご要望|ご相談|ご連絡|お申し出|お話|ご意向|ご希望|ご返信|お返事|ご案内)|^[^。！？?!\n]{0,40}?(?:ほしい|欲しい|(?<!させて)いただ[けき]|頂[けき]|くださ|下さ)[^。！？?!\n]{0,6}?との(?:こと|由)/;
/**
 * The day as the object of the reader's own act, told in honorifics after it within its clause: 「土曜日の操業停止に
 * 合わせてご提案いただいた」「6月12日でご指定くださった」. The reader proposed it; the writer answers.
 */
const THEIRS_AFTER = /^[^。！？?!\n、,]{0,24}?(?:ご提案|ご指定|ご提示|ご希望|ご依頼|お申し出)(?:いただいた|いただきました|頂いた|頂きました|くださった|下さった)/;
/** Thanks for the reader's offer before the day: "Thank you for offering to open the plant on …". */
const THANKED_OFFER_BEFORE = /\bthank(?:s| you)\b[^.?!]{0,40}?\bfor (?:(?:so )?kindly )?(?:offering|suggesting|proposing|the (?:kind )?offer|your (?:kind )?offer)\b[^.?!]{0,60}$/i;
/**
 * The reader's request whose clause holds the day, the day being what they asked for: "your request to keep four
 * engineers onsite from …", "the request for support on …", "your team's request that we staff the desk on …".
 * Not the writer's (our request), and not past the clause's end ("Regarding your request for a meeting, could we …").
 */
const REQUEST_OF = /\b(?:your|the|their)(?: [\w'-]+){0,2} requests? (?:to|for|that)\b/gi;
/** How far the day may stand after "request to/for" within the request's clause. */
const REQUEST_REACH = 100;

function requestedBefore(before: string): boolean {
  const last = matchAll(before, REQUEST_OF).pop();
  if (!last) return false;
  const rest = before.slice(last.index + last[0].length);
  return rest.length <= REQUEST_REACH && !/[,.;!?]/.test(rest);
}
/** The reader's words reported before the day: "You mentioned that …", "you said …". */
const REPORTED_BEFORE = /\byou (?:mentioned|said|wrote|told us|indicated|noted)\b[^.?!;,]{0,30}$/i;

/**
 * A topic (は, も, につきましては) whose predicate turns the day down (難しい, できません, いたしかねます, 伺えません), or
 * that predicate in the day's own clause (「土曜日に伺うことはできません」).
 */
const DECLINED_TOPIC = /^(?:\s?[（(][^）)]{0,8}[）)])?\s?(?:は|も|ですと|だと|では|につきましては|については|(?:の[一-龯ァ-ヶー]{1,8})?(?:ですが|ですけど|ですけれども|の件(?:ですが|は)?)|(?:の[^：:｜|。\n]{1,12})?\s?[：:｜|])[、,]?[^。！？?!\n]*?(?:難し|でき(?:ません|ない|かね)|いたしかね|かねます|伺えません|伺えない|参れません|都合が(?:つき|合い)ません|ご遠慮|無理|不可)/;
const DECLINED_IN_CLAUSE = /^[^。！？?!\n、,]{0,30}?(?:難し|でき(?:ません|ない|かね)|いたしかね|かねます|伺えません|伺えない|参れません|都合が(?:つき|合い)ません)/;

/**
 * The English twin: the day heads a label or a subject whose verdict turns it down ("Saturday inspection: not
 * possible", "| Saturday visit | Not available |", "Saturday visits are not possible for us").
 */
const DECLINED_TOPIC_EN = /^(?:\s[A-Za-z-]+){0,3}\s?(?:[:|]|\s(?:is|are|would be|will be))\s?[^.?!\n|]{0,30}?\b(?:not (?:be )?(?:possible|available|feasible|an option)|unavailable|impossible|cannot|can't|unable|no longer)\b/i;

/** The day is turned down by its predicate, and not asked about (「6月12日（土）は難しいでしょうか」 still offers it). */
function declinedTopic(after: string): boolean {
  const m = DECLINED_TOPIC.exec(after) ?? DECLINED_IN_CLAUSE.exec(after) ?? DECLINED_TOPIC_EN.exec(after);
  if (!m) return false;
  const tail = after.slice(m[0].length).split(/[。\n、,]/, 1)[0]!;
  // 〜できないかと(の)…: a negative question reported or put indirectly (お願いできないかとのことです) asks, too.
  return !/でしょうか|ですか|か[？?]|[？?]|か$|^か(?:と|、)/.test(tail);
}

/** What a weekday is said to be: a working or closed day (土曜日も稼働, 日曜日は定休日, お休み). */
const DAY_STATE_AFTER = /^(?:は|も)[、,]?[^。！？?!\n]{0,24}?(?:稼働|営業|出勤|勤務|休み|休業|定休|操業|休日)/;
/** "works on", "runs on", "is closed on", "open on": the weekday after it is a working or closed day. */
const DAY_STATE_BEFORE = /\b(?:work|works|working|run|runs|running|operate|operates|operating|open|opens|closed|close|off|staffed)\s+(?:on\s+)?(?:a\s+)?$/i;

/** A weekday told as a working or closed day, with no meeting word in the rest of its clause (hearsay と伺う aside). */
function dayTold(text: string, rel: number, relEnd: number): boolean {
  const after = text.slice(relEnd);
  const m = DAY_STATE_AFTER.exec(after);
  if (m) return !has('meeting', after.slice(m[0].length).split(CLAUSE_END, 1)[0]!.replace(/と(?:伺|承)/g, ''));
  if (!DAY_STATE_BEFORE.test(text.slice(Math.max(0, rel - 40), rel))) return false;
  return !has('meeting', after.split(/[,;.?!\n]/, 1)[0]!);
}

/**
 * What the sentence alone says about one of its slots: one role when the time is offered and one when it is not
 * (date-role.ts) — a proposal, undecided (the line and the lines around decide), or what rules the date out. Whether
 * the date is a meeting's is read off the role (meetingVerdict), never decided beside it.
 */
interface SlotReading {
  role: { offered: DateRole; unoffered: DateRole };
  /** The sentence holds little but the slot: a candidate cut off from its lead-in on the same line. */
  alone: boolean;
  /**
   * The reading when attendance is asked in sight (「10時開始です。ご参加いただけますでしょうか」): the words that tell
   * when the event starts or ends (開始, 終了) then tell the meeting's own time, not another dated act. Set only
   * when it differs.
   */
  attended?: SlotReading;
}

/** The role of a date bounded by "until", "by", まで: the dated act's nearest to it, else a deadline. */
function boundRole(text: string, rel: number, relEnd: number): DateRole {
  const role = nearestActRole(text, rel, relEnd, []);
  return role === 'other-act' ? 'deadline' : role;
}

/** A reading that rules the slot out, with the role the sentence gives the date. */
function ruledOut(role: DateRole): SlotReading {
  return RULED_OUT[role] ??= { alone: false, role: { offered: role, unoffered: role } };
}
const RULED_OUT: Partial<Record<DateRole, SlotReading>> = {};

/** The role a verdict gives a date: a meeting's, undecided, or the role of what ruled it out. */
function roleOf(verdict: boolean | undefined, no: DateRole): DateRole {
  return verdict === undefined ? 'undecided' : verdict ? 'proposal' : no;
}

/** What introduces a restated slot right before it: "that is", "which would be", "that's", "(it will be …)", 現地時間では. */
const RESTATED_AS = /(?:\b(?:that|which|it)(?:'s|\s+is|\s+would\s+be|\s+will\s+be|\s+works\s+out\s+(?:to|as))\s+(?:(?:at|on|around)\s+)?|(?:現地時間|現地|米国時間|欧州時間|こちらの時間|当地時間)(?:では|だと|で言うと)[、,]?\s*)$/i;

/**
 * The same slot told for another place as its day before or after (「リマは前日の夜8時となります」「ロンドンでは前日の
 * 23時です」): a place as the topic, then the day shifted — the meeting said again in that place's clock.
 */
const PLACE_TOPIC = /[ァ-ヶー一-龯]{2}(?:側|時間)?(?:は|では|だと)[、,]?\s?$/;
const DAY_SHIFT = /^(?:前日|翌日)/;

function restatedElsewhere(text: string, x: Pick<Slot, 'start' | 'end'>): boolean {
  const before = text.slice(Math.max(0, x.start - 24), x.start);
  // The shift read as a day of the slot (前日の22時) or left before it (前日の|夜8時).
  if (DAY_SHIFT.test(text.slice(x.start, x.end))) return PLACE_TOPIC.test(before);
  const shift = /(?:前日|翌日)の?\s?$/.exec(before);
  return Boolean(shift) && PLACE_TOPIC.test(before.slice(0, shift!.index));
}

/** Right after a slot, the holiday or closure it is (までの連休, の夏季休暇, のお休み). */
const CLOSURE_NAMED_AFTER = /^(?:まで)?の(?:お?休み|連休|休暇|休業|夏季休暇|夏季休業|年末年始休業)/;

/** The same slot given for the writer's own place: "For us in São Paulo it will be Tuesday, February 23, from 22:00". */
const RESTATED_FOR_US = /\b(?:for (?:us|me|our (?:team|side|office))(?: (?:in|at) [A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,2})?|(?:in|at) (?:our|my) (?:time|office|end)|(?:our|my|local) time),? (?:it|that|this)(?:'s| is| will be| would be) (?:(?:at|on|around) )?$/iu;

/**
 * `x` relative to the sentence `text`, with the sentence's visits (spans in `text`). A pure function of the
 * sentence: cached with its text.
 */
function readSlot(x: Slot, text: string, visits: readonly VisitSpan[], range = false, others: readonly Slot[] = [], predicates: Predicates = () => undefined): SlotReading {
  const d = x.date;
  if (d && d.past) return ruledOut('past');
  if (d && d.rangeEnd) return ruledOut('period');
  // The same meeting said again in another zone: judged once, on the slot it restates.
  if (x.restates) return ruledOut('restated');
  // 「3月20日・春分の日」「July 20, Marine Day」: a holiday's name right after a date of the same day labels that date.
  if (d?.named && others.some((o) => o.date && !o.date.named && serial(o.date.day) === serial(d.day) && o.end <= x.start && LABEL_GAP.test(text.slice(o.end, x.start)))) return ruledOut('restated');
  // "…at 10am Tokyo time? For our team in Portland that is 5pm on Tuesday.": a slot given as what another one
  // amounts to elsewhere restates the slot said before it (often in the sentence before), not a new one.
  if (RESTATED_AS.test(text.slice(Math.max(0, x.start - 40), x.start)) || RESTATED_FOR_US.test(text.slice(Math.max(0, x.start - 60), x.start)) || restatedElsewhere(text, x)) return ruledOut('restated');
  // Round 43 (ye-055): 「連休中に届かないよう」: the time named to keep clear of (a purpose negated) — the writer knows it is closed.
  if (avoidedAfter(text.slice(x.end, x.end + 16))) return ruledOut('closure');
  // Round 43 (after the held-out score: we-018): 「9月19日から23日までの連休明けで」: the days named as the holiday itself.
  if (CLOSURE_NAMED_AFTER.test(text.slice(x.end, x.end + 12))) return ruledOut('closure');
  // "Since your steering committee meets on July 9, …": the client's own date, given as the reason for ours.
  if (has('clientEvent', text.slice(Math.max(0, x.start - 80), x.start))) return ruledOut('client-event');
  // 「7月20日（月・祝）は貴社の取締役会と伺っております」: the reader's own event told as what the day is.
  if (has('clientEventAfter', text.slice(x.end, x.end + 60))) return ruledOut('client-event');
  // Round 26: 「雨天の場合は5月17日（日）に延期いたします」, "If it rains, we will move it to Saturday, May 16": the fallback of
  // a contingency (weather, a natural cause) named right before the date is the day the plan moves to if it fails.
  if (has('contingency', text.slice(Math.max(0, x.start - 100), x.start))) return ruledOut('fallback');
  // "I will be in Japan from October 12 to 16": the writer's stay, not days offered; a slot is named on its own.
  if (range && (has('stay', text.slice(Math.max(0, x.start - 60), x.start)) || has('stay', text.slice(x.end, x.end + 24)))) return ruledOut('period');
  const rel = x.start;
  const relEnd = x.end;
  // 「5月1日から5日までの間で」: まで closes the range itself, no deadline.
  // 「9時から17時まで」: the まで of a time range closes it, no deadline either.
  const after = range || x.time?.to ? text.slice(relEnd).replace(RANGE_CLOSE, '') : text.slice(relEnd);
  const before = text.slice(0, rel);
  // 「18時以降」, "after 6pm": the earliest start offered is a proposed time; "by 9pm" stays a deadline.
  const earliest = Boolean(x.time) && (has('fromTime', after) || AFTER_WORD.test(before.slice(-24).trimEnd().slice(-12)));
  // The role is the dated act's ("valid until 29 May", "ship by Friday"), a deadline when none is named.
  if (!earliest && (has('after', after) || (has('before', before) && !causalSince(before, after)))) return ruledOut(boundRole(text, rel, relEnd));
  // Read only where a closure word would rule the slot out (here and at the bracket below).
  const labelled = () => holidayAsLabel(text, rel, relEnd);
  if (has('agreed', text)) return ruledOut('agreed');
  // 「5月1日（金）にお約束しておりましたお打ち合わせ」, "the meeting we had arranged for Friday, May 1": the day of a meeting
  // already arranged, named to move or call it off.
  if (has('arranged', text.slice(relEnd, relEnd + 16)) || has('arranged', text.slice(Math.max(0, rel - 60), rel))) return ruledOut('agreed');
  // 「社内の定例会議は山の日も通常どおり開催いたします」, "our internal review is on Marine Day": our own side's meeting stated.
  if (has('internal', text) && !proposes(text) && !has('offer', text)) return ruledOut('agreed');
  // A day named by its holiday (秋分の日の午後, Marine Day, 秋分の日（9月23日）) is the slot itself: its name is no closure
  // the writer speaks of around it, and the rest of the sentence decides.
  const blanked = d?.named || d?.span ? `${text.slice(0, rel)}${' '.repeat(relEnd - rel)}${text.slice(relEnd)}` : text;
  // Round 34: 「建国記念の日に東京に到着する予定で、その日のうちに…伺いたい」: a reference whose antecedent in the sentence is a
  // holiday by name is that day again — the name labels the slot, no closure told (a 祝日 or 休業 elsewhere still is).
  const antecedent = d?.anaphor && d.from ? others.find((o) => o.date?.named && o.start === rel + d.from!.start) : undefined;
  const own = antecedent ? `${blanked.slice(0, antecedent.start)}${' '.repeat(antecedent.end - antecedent.start)}${blanked.slice(antecedent.end)}` : blanked;
  if (speaksOfClosure(own.slice(reasonClauseEnd(own, rel))) && !availableOn(text, relEnd) && !labelled() && !holidayDayProposed(text, rel, relEnd, others)) return ruledOut('closure');
  // 「海の日のため、翌日の…」「海の日は祝日ですので」: a day named as the reason or topic of a clause that gives a reason is the
  // closure told, not the act's time.
  // Not when the main clause proposes that very day (「スポーツの日（10月12日）は終日東京におりますので、その日に…伺えれば」).
  if (d?.named && NAMED_AS_REASON.test(text.slice(relEnd, relEnd + 24)) && !holidayDayProposed(text, rel, relEnd, others)) return ruledOut('closure');
  // Every check here rules the date out whatever the order; the order only picks the role the date is given.
  // "we have to cancel the tasting planned for this Saturday, 12 September", "The dinner on 14 November is off",
  // 「12日の試飲会は中止いたします」: the date of a clause that calls its event off is the event removed, not a day
  // offered — unless the date is where the event is moved to ("postponed to Monday, 16 November").
  if (calledOffInClause(text, rel, relEnd) && !rescheduledTo(text, rel, relEnd)) return ruledOut('cancelled');
  if (THANKED_AFTER.test(after) || THANKED_BEFORE.test(before.slice(-120))) return ruledOut('theirs');
  // 「the last week of December」: a period's own words (last week) tell no past.
  // 「タムより「11月23日（月）13時からであれば講師を務められる」との提案がございました」: a proposal relayed in a quotation
  // is told in the past (がございました), but its day is read inside the quotation, where it is offered.
  const relayed = relayedQuote(text, rel, relEnd);
  if (relayed ? speaksOfPast(relayed) : speaksOfPast(own) && !proposedDespitePast(x, text, predicates)) return ruledOut('past');
  if (rel < pastPrefaceEnd(own)) return ruledOut('past');
  if (declinedInClause(text, rel, relEnd)) return ruledOut('declined');
  // The reader's own choice of day, arranged as they asked (ご希望どおり, "as you requested"): not the writer's pick.
  if (has('theirChoice', text) || THEIRS_RIGHT_BEFORE.test(before)) return ruledOut('theirs');
  // The reader's words reported or thanked for (「土曜日にしてほしいとのこと」「…いただけるとのお気遣い」, "Thank you
  // for offering to open the plant on Saturday", "You mentioned that Saturday would be possible"): their day.
  if (THEIR_REQUEST_TOPIC_AFTER.test(after)) return ruledOut('theirs');
  if (periodInForceFrom(x, text)) return ruledOut('validity');
  if (REPORTED_AFTER.test(after) || THEIRS_AFTER.test(after) || THANKED_OFFER_BEFORE.test(before.slice(-140)) || REPORTED_BEFORE.test(before.slice(-60))) return ruledOut('theirs');
  // "Regarding the request to keep four engineers onsite from 28 December to 4 January, …": the days are what the
  // reader asked for, inside their request's own clause; the writer answers it.
  if (requestedBefore(before.slice(-140))) return ruledOut('theirs');
  // 「6月12日（土）は、…伺うことが難しいです」: the day is the topic of a predicate that turns it down.
  if (declinedTopic(after)) return ruledOut('declined');
  // 「土曜日の工場見学は対応しません」「日曜日の訪問はお受けしておりません」: the predicate the day hangs on is negated,
  // stated and not asked — the day is ruled out, not offered (「土曜日しか空いておりません」 restricts to it: offered).
  if (d && negatedGoverning(x, text, predicates)) return ruledOut('declined');
  // 「夜間帯（22時以降）の派遣」, "night work (after 22:00)": a bare time in brackets right after a noun that is no
  // meeting glosses that noun — it defines a period of the day, it offers no slot.
  if (!d && glossOfNoun(text, rel, relEnd)) return ruledOut('period');
  // 「土曜日も工場が稼働している」「日曜日は定休日」, "your line runs on Saturday": a weekday told as a working or closed
  // day (the reader's or the writer's schedule), with no meeting of its own in the rest of the sentence.
  if (d && d.relative && d.weekday && !x.time && dayTold(text, rel, relEnd)) return ruledOut('schedule');
  // 「店頭では土曜日と日曜日に試飲会を行っております」「日曜日も営業しています」: a weekday alone (no date, no week) whose
  // predicate is a state or a habit (〜ております), stated and not asked, is a day of the week in general — a schedule
  // told, not a day offered.
  if (d && d.relative && d.weekday && !d.dayPart && !x.time && !PLACED.test(d.text) && !proposes(text) && habitualPredicate(x, text, predicates)) return ruledOut('schedule');
  // 成人の日（1月12日）明けの…: the date in brackets names the holiday itself, not a slot.
  if (!d?.named && /[（(]\s?$/.test(before) && has('knownClosure', before.slice(-16)) && !labelled() && !holidayDayProposed(text, rel, relEnd, others)) return ruledOut('closure');
  // A visit told by a verb of movement (our engineer could come on…, 貴社に参ります) is a meeting word too, and
  // the "arrive" of a person is no delivery.
  const moved = rescheduledTo(text, rel, relEnd);
  const modifiers = modifierSpans(text);
  // 「5月3日に到着し、その日の午後に…伺えれば」, "we land on 4 May and could visit you that afternoon": a date given by
  // reference to an earlier date of the sentence is counted from it, and the act between the two (到着し) is that
  // date's — not the reference's own act.
  const antecedentAct = d?.anaphor && d.from ? [{ start: d.start + d.from.end, end: d.start }] : [];
  const except = [...visits, ...modifiers, ...(moved ? [moved] : []), ...reasonBefore(text, rel), ...antecedentAct];
  const toOther = distanceTo('notMeeting', text, rel, relEnd, except);
  const reading = judgeSlot(x, text, visits, others, moved, except, toOther);
  // 「20:00からの開始となりますが、ご参加いただけますでしょうか」: with attendance asked in sight, a word that tells when
  // the event starts or ends is the meeting's own time; the reading without it is kept for slotRole to choose.
  if (toOther !== Infinity && has('eventTiming', text)) {
    const timing = spansOf('eventTiming', text);
    const toAct = distanceTo('notMeeting', text, rel, relEnd, [...except, ...timing]);
    if (toAct !== toOther) {
      const attended = judgeSlot(x, text, visits, others, moved, [...except, ...timing], toAct);
      if (!sameVerdicts(attended, reading)) return { ...reading, attended };
    }
  }
  return reading;
}

/** The reading of slot `x` by the meeting words and the other dated acts around it (`toOther` characters away). */
function judgeSlot(x: Slot, text: string, visits: readonly VisitSpan[], others: readonly Slot[], moved: Span | null, except: readonly Span[], toOther: number): SlotReading {
  const rel = x.start;
  const relEnd = x.end;
  // With another dated act in the sentence, a meeting word nearer another of its dates is that date's: "the
  // units arrive on Saturday, March 6, and our engineer can call you on Monday, March 8" — the call is the 8th's.
  const meetingWords = toOther === Infinity ? distanceTo('meeting', text, rel, relEnd) : ownMeetingDistance(text, x, others);
  // Work on the client's premises (現地で作業させていただければ) is a visit only when the slot is offered: stated, it
  // is a notice of work (the installation is scheduled for Saturday, so that your line is not interrupted).
  const toMeetingOffered = Math.min(meetingWords, distanceToSpans(visits, rel, relEnd), moved ? 0 : Infinity);
  const toMeetingStated = Math.min(meetingWords, distanceToSpans(visits.filter((v) => v.id !== ON_SITE_WORK), rel, relEnd), moved ? 0 : Infinity);
  const verdict = (offered: boolean): boolean | undefined => {
    const toMeeting = offered ? toMeetingOffered : toMeetingStated;
    // A webinar or a trade fair announced: its date is the event's, not a slot arranged with the reader.
    if (has('publicEvent', text) && !offered) return false;
    // A recurring meeting stated (定例は毎週火曜日の8時からです) is already agreed; one offered is checked.
    if (has('regular', text) && !offered) return false;
    // A meeting word nearest the date makes it the meeting's; with another dated act in the sentence too
    // (資料をお送りいたします), only when the time is offered.
    if (toMeeting !== Infinity && toMeeting <= toOther && (toOther === Infinity || offered)) return true;
    // 「8月14日（金）13時より、貴社にて納期調整のお打ち合わせを…」: the deadline word names the meeting's
    // topic; only one right next to the date makes the date a deadline.
    if (toMeeting !== Infinity && offered && toOther > ADJACENT && !otherRightBefore(text, rel)) return true;
    if (toOther !== Infinity) return false;
    return undefined;
  };
  const offered = verdict(true);
  const unoffered = verdict(false);
  // Why a verdict is false: the event announced, the meeting agreed, else the dated act nearest the date.
  const no = (isOffered: boolean): DateRole => has('publicEvent', text) && !isOffered ? 'schedule'
    : has('regular', text) && !isOffered ? 'agreed'
      : nearestActRole(text, rel, relEnd, except);
  return {
    alone: littleButSlot(text, rel, relEnd),
    role: { offered: offered === false ? no(true) : roleOf(offered, 'other-act'), unoffered: unoffered === false ? no(false) : roleOf(unoffered, 'other-act') },
  };
}

/** Two readings that say the same to "is it a meeting's?", offered and not (their roles may differ in why not). */
function sameVerdicts(a: SlotReading, b: SlotReading): boolean {
  return meetingVerdict(a.role.offered) === meetingVerdict(b.role.offered) && meetingVerdict(a.role.unoffered) === meetingVerdict(b.role.unoffered);
}

/** Ruled out whatever the line, the lines around it or attendance asked say: both roles rule the date out. */
function ruledOutWhatever(r: SlotReading): boolean {
  return !r.attended && meetingVerdict(r.role.offered) === false && meetingVerdict(r.role.unoffered) === false;
}

/** The spans of a word group's matches in `text`. */
function spansOf(group: WordGroup, text: string): Span[] {
  const re = wordsIn(group, text);
  re.lastIndex = 0;
  return matchAll(text, re).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The Japanese predicate the slot hangs on (the first after it, a compound verb's last part) is a state or a habit
 * (〜ている, 〜ております), not past, no request, and not asked: what happens on that day in general.
 */
function habitualPredicate(x: Pick<Slot, 'start' | 'end'>, text: string, predicates: Predicates): boolean {
  const ja = predicates() ?? [];
  let i = ja.findIndex((p) => p.start >= x.end);
  if (i < 0) return false;
  while (i + 1 < ja.length && ja[i + 1]!.start <= ja[i]!.end + 1) i++;
  const p = ja[i]!;
  if (!p.progressive || p.past || p.request || p.desire || p.quoted) return false;
  // 「土曜日を考えております」「土曜日の訪問を予定しております」: a plan or a thought of the writer's is an offer.
  if (PLAN_HEAD.test(p.head + (p.noun ?? '')) || hosts(text)) return false;
  return !ASKED_AFTER.test(text.slice(p.end));
}

/** Heads of a plan, a wish or a thought: 考える, 思う, 存じる, 予定, 検討, 計画, 希望, 調整, 手配. */
const PLAN_HEAD = /考え|思|存じ|予定|検討|計画|希望|調整|手配|準備|用意/;

/** A negated predicate given as a reason: …ませんので、 …ないため、 */
const STATED_REASON = /^(?:ので|のため|ため|から)[、,]/;
/** A question or a request mark after a predicate: the negative asks (お願いできませんか, ご覧いただけないかと考えております). */
const ASKED_AFTER = /^(?:でしょう|ます|です)?か|^[^。！？?!\n]{0,12}?(?:か[。？?]?$|か[。？?\s]|[？?])/;

/**
 * The first Japanese predicate after the slot is negated and stated (対応しません, お受けしておりません, 行っておりません),
 * with no しか/のみ/だけ restricting to the day and no question after it: the day is named to be ruled out.
 */
function negatedGoverning(x: Pick<Slot, 'start' | 'end'>, text: string, predicates: Predicates): boolean {
  const ja = predicates() ?? [];
  let i = ja.findIndex((p) => p.start >= x.end);
  if (i < 0) return false;
  // お受け｜しておりません: kuromoji's predicates of one compound verb follow each other; the last one ends it.
  while (i + 1 < ja.length && ja[i + 1]!.start <= ja[i]!.end + 1) i++;
  const governing = ja[i];
  if (!governing || !governing.negated || governing.emotive || governing.quoted) return false;
  // 「12月30日（水）でも構いませんので、…伺えれば」: a day allowed as no obstacle is offered, not turned down.
  if (CONCEDED_ANYWAY.test(text.slice(x.end, governing.end))) return false;
  // Stated at the end, or given as the reason for what follows (行っておりませんので、平日で…): not a condition (〜ない場合).
  if (governing.ending !== 'final' && !STATED_REASON.test(text.slice(governing.end))) return false;
  if (/しか|のみ|だけ/.test(text.slice(x.end, governing.start))) return false;
  return !ASKED_AFTER.test(text.slice(governing.end));
}

/** A bracket that opens right after a noun: kanji, kana or a letter, then （ or (. */
const NOUN_THEN_BRACKET = /[一-龯ァ-ヶぁ-んA-Za-z]\s?[（(]\s?$/u;
const GLOSS_OPEN_WORD = /\b(?:after|before|from|until|till|approx\.?|around)\s?$/i;
/** What may close a glossed time: 以降, 以前, まで, after/before words inside, then the bracket. */
const GLOSS_CLOSE = /^\s?(?:以降|以前|以後|まで|頃|ごろ|前後)?\s?[）)]/;

/** A clock right before the bracket: 「18時（」「18時半（」「6:00 pm (」 — the bracket gives that time again, in another zone. */
const CLOCK_THEN_BRACKET = /(?:[0-9０-９]\s?(?:時半?|分)|[0-9０-９]\s?[ap]\.?m\.?)\s?[（(]\s?$/i;

/** A time in brackets right after a noun that names no meeting (夜間帯（22時以降）, night shift (22:00–6:00)). */
function glossOfNoun(text: string, rel: number, relEnd: number): boolean {
  // "(after 22:00)": the English word that opens the bracket belongs to the gloss.
  const before = text.slice(Math.max(0, rel - 16), rel).replace(GLOSS_OPEN_WORD, '');
  if (!NOUN_THEN_BRACKET.test(before)) return false;
  // 「ベトナム時間の18時（日本時間20時）」: 時 closes a clock, not a noun; the bracket restates the time before it.
  if (CLOCK_THEN_BRACKET.test(before)) return false;
  if (!GLOSS_CLOSE.test(text.slice(relEnd, relEnd + 6))) return false;
  return !has('meeting', text.slice(Math.max(0, rel - 16), rel));
}

/** The end of a Japanese reason clause: 「…が多いため、」「…ので、」. */
const JA_REASON_END = /(?:ため|ので)[、,]/g;
/** An English reason clause opening the sentence: "Since weekdays are busy with deliveries, …". */
const EN_REASON = /^\s*(?:since|as|because)\b[^,.;!?]{1,120},/i;

/**
 * The reason clause before the slot, which says why the day was chosen (「平日は工事車両の出入りが多いため、6月13日
 * （土）…」, "Since deliveries block the dock on weekdays, Saturday …"): an act named in it (工事, deliveries) is
 * the reason's, not the slot's, and does not make the slot a delivery date.
 */
function reasonBefore(text: string, rel: number): Span[] {
  let end = 0;
  JA_REASON_END.lastIndex = 0;
  for (let m = JA_REASON_END.exec(text); m && m.index + m[0].length <= rel; m = JA_REASON_END.exec(text)) end = m.index + m[0].length;
  const en = EN_REASON.exec(text);
  if (en && en[0].length <= rel) end = Math.max(end, en[0].length);
  return end > 0 ? [{ start: 0, end }] : [];
}

/** The visit-verbs entry of work done at the client's premises. */
const ON_SITE_WORK = 'work-on-site';

/** The Japanese predicates of the sentence (kuromoji), read only when a reading needs them; undefined for English. */
type Predicates = () => readonly JaPredicate[] | undefined;

/**
 * A sentence that speaks of the past elsewhere and proposes this slot: 「先日納入したセルの調整ですが、今週土曜日
 * （11月14日）に作業に伺えればと考えております」, "Thanks for your time yesterday; could we visit your plant on
 * Saturday (14 Nov)?". The past words must lie outside the slot's own stretch — in Japanese from the start of its
 * clause to the predicate the date modifies (the first one after it, which must not be past: 11月7日に伺った際の…
 * is history), in English its clause — and the sentence must offer or ask about a time.
 */
function proposedDespitePast(x: Pick<Slot, 'start' | 'end'>, text: string, predicates: Predicates): boolean {
  const hosted = hosts(text.slice(x.end));
  if (!proposes(text) && !has('offer', text) && !hosted) return false;
  const { start, end } = clauseSpan(text, x.start, x.end, topicEnd);
  const ja = predicates();
  if (ja) {
    const governing = ja.find((p) => p.start >= x.end);
    // 見学をご用意いたしました: an event arranged, announced in the past tense, is still to come; so is a proposal
    // passed on (「…お打ち合わせはどうかと提案がありました」「…伺えないかとのことでした」).
    if (!governing) return false;
    if (governing.past && !hosted) return RELAYED_ASK.test(text.slice(x.end)) && !speaksOfPast(text.slice(start, x.end));
    return !speaksOfPast(text.slice(start, Math.max(governing.end, x.end)));
  }
  return !speaksOfPast(text.slice(start, end));
}

/** A question reported as someone's proposal (〜はどうかと提案がありました, 〜できないかとのことでした): it still asks. */
const RELAYED_ASK = /(?:いかが|どう|ない|ません|よろしい|でしょう)か(?:と|、)(?:の)?(?:こと|由|ご?提案|お?話|ご?連絡|ご?相談|申し|聞い|言わ)/;

/**
 * The date at field offsets [start, end) of sentence `s` is proposed, whatever past words the sentence holds
 * elsewhere (see proposedDespitePast): a rule that reads a past sentence's date backwards must not read this one so.
 */
export function proposedDespitePastIn(s: Sentence, ctx: RuleContext, start: number, end: number): boolean {
  const predicates = () => (s.lang === 'ja' && s.tokens?.length ? ctx.facts.of(japaneseFacts, s).predicates : undefined);
  return proposedDespitePast({ start: start - s.start, end: end - s.start }, s.text, predicates);
}

/** Distance from slot `x` to the nearest meeting word of `text` that is no nearer to one of the `others` slots. */
function ownMeetingDistance(text: string, x: Slot, others: readonly Slot[]): number {
  let best = Infinity;
  WORDS.meeting.lastIndex = 0;
  for (const m of matchAll(text, wordsIn('meeting', text))) {
    const span = [{ start: m.index, end: m.index + m[0].length }];
    const own = distanceToSpans(span, x.start, x.end);
    if (own < best && !others.some((o) => distanceToSpans(span, o.start, o.end) < own)) best = own;
  }
  WORDS.meeting.lastIndex = 0;
  return best;
}

/** What may stand between a dated-act word and the meeting noun it modifies in Japanese: a compound's nouns and の (出荷前の確認会議, 納期調整の打ち合わせ). */
const JA_COMPOUND_GAP = /^[一-龯ァ-ヶーの]{0,8}$/;
/** Words that end an English noun phrase before a meeting noun could head it ("ship on", "the delivery is"). */
const EN_STOP = /^(?:on|by|at|for|to|from|of|in|is|are|was|will|be|the|a|an|and|or|we|you|it|this|that|before|after|until|date|dates|day)$/i;
/** Event nouns an act word may modify besides the meeting words: the launch event, 発売記念イベント. */
const EVENT_NOUN = /^(?:event|party|ceremony|celebration|reception)$|イベント|パーティ|式典?|会$/i;
/** "see you at the launch", "join us for the release": the act word names the event attended. */
const ATTEND_VERB = /\b(?:see you|join us|welcome you|attend|invite you|come|coming)$/i;

/** The text before an act word ends with an attend verb, then at most a preposition, a determiner and "new". */
function attendedBefore(before: string): boolean {
  let b = before.trimEnd().replace(/\bnew$/i, '').trimEnd();
  b = b.replace(/\b(?:the|our|this)$/i, '').trimEnd();
  b = b.replace(/\b(?:to|at|for)$/i, '').trimEnd();
  return ATTEND_VERB.test(b);
}

/**
 * Deadline and delivery words that only modify a meeting or an event noun (納品後の打ち合わせ, "the delivery
 * review meeting", 発売記念イベント) or name the event the reader is asked to attend ("see you at the launch"):
 * they make no other dated act of the sentence.
 */
function modifierSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  WORDS.notMeeting.lastIndex = 0;
  for (const m of matchAll(text, wordsIn('notMeeting', text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (attendedBefore(text.slice(Math.max(0, start - 32), start))) {
      out.push({ start, end });
      continue;
    }
    const rest = text.slice(end, end + 32);
    if (/^[\s-]/.test(rest)) {
      // English: within the next three words, a meeting or event noun before any word that ends the phrase.
      const words = rest.split(/[\s-]+/).filter(Boolean).slice(0, 3);
      for (const w of words) {
        const bare = w.replace(/[^A-Za-z]/g, '');
        if (EN_STOP.test(bare) || bare !== w) {
          if (bare !== w && (has('meeting', bare) || EVENT_NOUN.test(bare))) out.push({ start, end });
          break;
        }
        if (has('meeting', bare) || EVENT_NOUN.test(bare)) {
          out.push({ start, end });
          break;
        }
      }
      continue;
    }
    // Japanese: a meeting or event noun after a compound gap.
    WORDS.meeting.lastIndex = 0;
    const meeting = WORDS.meeting.exec(rest);
    WORDS.meeting.lastIndex = 0;
    const event = /イベント|パーティ|式典|会(?![社員計])|説明(?![書文資])|研修|講習/.exec(rest);
    const at = Math.min(meeting ? meeting.index : Infinity, event ? event.index : Infinity);
    if (at !== Infinity && JA_COMPOUND_GAP.test(rest.slice(0, at))) out.push({ start, end });
  }
  return out;
}

/** An event moved to a new day: "move the line trial to", "postpone the audit until", "reschedule it for". */
const MOVE_VERB = /\b(?:move|moving|reschedul(?:e|ing)|postpon(?:e|ing)|push(?:ing)?(?: it| this| that)? back|bring(?:ing)?(?: it| this| that)? forward|shift(?:ing)?|chang(?:e|ing) the date of)\b/gi;
const MOVE_TARGET = /\b(?:to|until|till|for)\s+(?:the\s+)?$/i;
/**
 * 試運転を3月1日に変更, 監査を来週火曜日へ延期: the date, then the move — with the rest of the new slot between them
 * (翌週の火曜、同じ時間帯に変更, 3月1日の午後へ延期), a few words with no number (no other date or time).
 */
const JA_MOVE_AFTER = /^(?:[（(][^）)]{1,4}[）)])?(?:[、,]\s?)?[^、。,.!?！？\n0-9０-９]{0,8}?(?:に|へ)(?:変更|延期|振替|振り替え|ずら|移動|前倒し|繰り下げ|繰り上げ|スライド)/;
/** How far before the date the verb of "move … to" may stand: the event named between them. */
const MOVE_WINDOW = 48;

/**
 * The span from a verb that moves an event to the date it is moved to, when no deadline or delivery word is
 * what is moved ("move the delivery to March 1" stays a delivery): the move makes the date a slot for the event
 * — a meeting, a trial, an audit — whatever its noun. Relocation ("we move to Osaka on March 1") names a place
 * after "to", not the date, and is left as it was.
 */
function rescheduledTo(text: string, rel: number, relEnd: number): { start: number; end: number } | null {
  const moved = JA_MOVE_AFTER.exec(text.slice(relEnd, relEnd + 24).trimStart());
  if (moved) {
    // The thing moved, before the date or between it and the move (8月11日の納品を午前中に変更), is no delivery.
    const from = Math.max(0, rel - 24);
    return has('notMeeting', text.slice(from, rel)) || has('notMeeting', moved[0]) ? null : { start: rel, end: relEnd + 2 };
  }
  const before = text.slice(Math.max(0, rel - MOVE_WINDOW), rel);
  if (!MOVE_TARGET.test(before)) return null;
  let verb: RegExpMatchArray | undefined;
  MOVE_VERB.lastIndex = 0;
  for (const m of matchAll(before, MOVE_VERB)) verb = m;
  if (!verb) return null;
  const object = before.slice(verb.index! + verb[0].length);
  if (has('notMeeting', object)) return null;
  const start = rel - before.length + verb.index!;
  return { start, end: rel };
}

/** A range of days of a sentence (slots `k` and `k + 1`), read as one slot from its first day to its last. */
interface RangeReading {
  k: number;
  whole: Slot;
  reading: SlotReading;
}

/** What a sentence says about each of its slots and ranges, computed once per sentence text and day. */
interface SentenceSlots {
  /** Relative to the sentence. */
  slots: Slot[];
  readings: SlotReading[];
  ranges: RangeReading[];
  /** The sentence itself offers, asks about or confirms a time. */
  offers: boolean;
  /** A date given by reference (当日, "the day after") waits for the date before it in the mail (DateFacts.open). */
  open?: true;
}

const NO_SLOTS: SentenceSlots = { slots: [], readings: [], ranges: [], offers: false };
const OPEN_NO_SLOTS: SentenceSlots = { ...NO_SLOTS, open: true };

/**
 * The writer announces an event it has arranged for the reader (見学会を予定しております, 試飲会にご案内いたします,
 * "we have arranged a plant tour"): its date is put to the reader as much as one asked about. A trade fair's
 * dates are its organiser's: a booth or an exhibition announced offers no slot of the writer's.
 */
function hosts(text: string): boolean {
  return has('hosted', text) && !has('fair', text);
}

function readSentence(text: string, slots: Slot[], visits: readonly VisitSpan[], predicates: Predicates): SentenceSlots {
  if (slots.length === 0) return NO_SLOTS;
  const ranges: RangeReading[] = [];
  for (let k = 0; k + 1 < slots.length; k++) {
    const from = slots[k]!.date;
    const to = slots[k + 1]!.date;
    if (!from?.rangeEnd || !to?.rangeEnd || from.vague || to.vague) continue;
    // The range as one slot from its first day to its last: the words around the whole of it decide.
    const whole: Slot = { start: from.start, end: to.end, date: { ...from, end: to.end, rangeEnd: false } };
    ranges.push({ k, whole, reading: readSlot(whole, text, visits, true, slots.filter((_, j) => j !== k && j !== k + 1), predicates) });
    k++;
  }
  return {
    slots,
    readings: slots.map((x, k) => readSlot(x, text, visits, false, slots.filter((_, j) => j !== k), predicates)),
    ranges,
    offers: proposes(text) || has('offer', text) || hosts(text),
  };
}

/**
 * The sentence readings of one day, from the engine's fact store (the dates annotator's slots, read from the
 * same store). The annotator's id carries the day, as the dates annotator's does.
 */
function sentenceSlots(ctx: RuleContext, anchor?: Day): Annotator<SentenceSlots> {
  if (anchor) return makeSentenceSlots(ctx, anchor);
  // The day's annotator without an anchor is asked for by every calendar walk on every keystroke: made once per
  // store and day (its id string and closures were a keystroke's garbage), kept with the store (the Engine's).
  const byDay = ctx.facts.memo<string, Annotator<SentenceSlots>>('calendar-sentence-slots/by-day');
  let annotator = byDay.get(ctx.today);
  if (!annotator) {
    if (byDay.size >= 16) byDay.clear();
    annotator = makeSentenceSlots(ctx, undefined);
    byDay.set(ctx.today, annotator);
  }
  return annotator;
}

function makeSentenceSlots(ctx: RuleContext, anchor: Day | undefined): Annotator<SentenceSlots> {
  const dates = datesAnnotator(ctx.today, anchor, ctx.facts);
  const { facts } = ctx;
  return {
    id: `calendar-sentence-slots@${ctx.today.slice(0, 10)}${anchor ? `>${serial(anchor)}` : ''}`,
    analyze: (s) => {
      const { slots, open } = facts.of(dates, s);
      // The visit verbs (an English parse) are read only for a sentence with a slot to judge.
      if (slots.length === 0) return open ? OPEN_NO_SLOTS : NO_SLOTS;
      const predicates = () => (s.lang === 'ja' && s.tokens?.length ? facts.of(japaneseFacts, s).predicates : undefined);
      const read = readSentence(s.text, slots, facts.of(visitAnnotator, s), predicates);
      return open ? { ...read, open } : read;
    },
  };
}

/** The day a later date given by reference counts from: the last dated slot of the sentence (not a period or its end). */
function lastDay(slots: readonly Slot[]): Day | undefined {
  for (let k = slots.length - 1; k >= 0; k--) {
    const d = slots[k]!.date;
    if (d && !d.vague && !d.rangeEnd && !slots[k]!.restates) return d.day;
  }
  return undefined;
}

/**
 * The role of slot `x` (relative to `s`, the sentence at `index`) in the mail: the sentence's own role, completed
 * when it is undecided by the line, the lines around it and the kind of draft — a proposal when they make it a
 * meeting's, still undecided (no meeting's) when they do not.
 */
function slotRole(x: Slot, own: SlotReading, s: Sentence, offered: () => boolean, ctx: RuleContext): DateRole {
  if (ruledOutWhatever(own)) return own.role.offered;
  // Round 41: an invitation's labelled start line (開始：2027年5月4日（火）11:00, Start: …) is the meeting's own time, as a time
  // that tells when an event starts is when attendance is asked in sight.
  const startLine = ctx.kind === 'meeting-invite' && lineHeadOf(ctx.facts, ctx.lines[s.line]!).labelled;
  const reading = own.attended && (attendanceAsked(s, ctx) || startLine) ? own.attended : own;
  const isOffered = offered();
  const role = isOffered ? reading.role.offered : reading.role.unoffered;
  if (role !== 'undecided') return role;
  return contextMakesMeeting(x, reading, s, isOffered, ctx) ? 'proposal' : 'undecided';
}

/** An undecided slot made a meeting's by its line, the lines around it or the kind of draft. */
function contextMakesMeeting(x: Slot, reading: SlotReading, s: Sentence, isOffered: boolean, ctx: RuleContext): boolean {
  // No other dated act in the sentence: a candidate cut off from its lead-in on the same line
  // (「次回のお打ち合わせは、1. 12月13日（土）10時 2. …のいずれかでいかがでしょうか。」).
  if (reading.alone && lineReading(ctx, s.line).asksForMeeting) return true;
  // A time offered or asked about with no other event in the sentence: 「来週火曜日の14時はいかがでしょうか」.
  // 「10月2日（土）の午前中はいかがでしょうか」, "Would Friday afternoon work?": a day with a part of the day asked about
  // is a time asked about.
  const partOfDay = Boolean(x.date) && PART_OF_DAY_AFTER.test(s.text.slice(x.end, x.end + 20));
  if (isOffered && ((x.time && !workWindow(x.time)) || partOfDay || ctx.kind === 'meeting-invite' || meetingWordsAbove(ctx, s.line))) return true;
  // 「来週お伺いしたく存じます。火曜日の午後はいかがでしょうか。」: the day asked about right after the sentence
  // that names the meeting is the meeting's.
  if (isOffered && previousNamesMeeting(s, ctx)) return true;
  // 「5月3日（日）はいかがでしょうか。ご都合をお聞かせください。」: the day asked about right before a short sentence
  // that names the meeting and asks about it is the meeting's.
  if (isOffered && nextAsksForMeeting(s, ctx)) return true;

  const line = ctx.lines[s.line]!;
  if (!isSlotLine(line, s.start + x.start, s.start + x.end, ctx) && !x.time) return false;
  return ctx.kind === 'meeting-invite' || meetingWordsAbove(ctx, s.line) || meetingWordsBelow(ctx, s.line);
}

/**
 * The one role of a slot of the mail: a day named again (当日 with nothing of its own) restates the day before it; a
 * proposal read forward into next year but told in the past is this year's event, already held; else its slotRole.
 */
function mailSlotRole(x: Slot, own: SlotReading, s: Sentence, offered: () => boolean, ctx: RuleContext, today: Day, others: readonly Slot[]): DateRole {
  if (namesDayAgain(x, s)) return 'restated';
  const role = slotRole(x, own, s, offered, ctx);
  if (role === 'proposal' && happenedAt(x, s, ctx)) return 'past';
  return role === 'proposal' && pastNarration(x.date, s, ctx, today, others) ? 'past' : role;
}

/**
 * Round 36 (fp36, ge-054): "A rule update we deployed at 22:00 JST misclassified your backup job; … I would like to call
 * you": in English, the verb the slot's time hangs on (at, around, after: the last verb before it in its clause) is
 * inflected for the past, with no auxiliary before it and no modal or condition in its clause (a question asks with
 * one: "Could we call at 21:00?") — the time something happened, told, whatever the rest
 * of the sentence proposes. "I wanted to propose a call at 19:00" hangs on "propose", which proposes.
 */
/** Prepositions that place an event at a time (a move "to 19:00" names where a meeting goes). */
const AT_TIME = /^(?:at|around|about|after|since)$/;

function happenedAt(x: Slot, s: Sentence, ctx: RuleContext): boolean {
  if (s.lang !== 'en' || !x.time) return false;
  const f = ctx.facts.of(englishFacts, s);
  const at = f.tokens.findIndex((t) => t.start >= x.time!.start);
  if (at <= 0) return false;
  const clause = clauseOf(f, at);
  if (!clause || clause.modal || clause.conditional || !AT_TIME.test(f.tokens[at - 1]?.lower ?? '')) return false;
  for (let k = at - 2; k >= clause.from; k--) {
    const t = f.tokens[k]!;
    // The slot's own words are no verb of it ("Sat 6/13 at 10am": Sat is a day, not "sit").
    if (t.pos !== 'VERB' || t.start >= x.start) continue;
    // "deployed", "went", "received" — not "is scheduled", "will be held", "to propose", "joining", nor the present's
    // "begins" / "starts" (a lemma apart from its form, as every past is: round 36's integration, classes-r28/r9 cases).
    const before = f.tokens[k - 1];
    return t.lower !== t.lemma && !/(?:ing|s)$/.test(t.lower) && before?.lower !== 'to' && before?.pos !== 'AUX' && before?.pos !== 'PART';
  }
  return false;
}

/** A part of the day right after a date: の午前中, 午後, 夕方, "in the morning", " afternoon" (not 午前着, a delivery's). */
const PART_OF_DAY_AFTER = /^\s?(?:の\s?)?(?:午前中?|午後|夕方|夕刻|朝|昼過ぎ|お昼)(?![着便発納出配必])|^,?\s(?:in\s)?(?:the\s)?(?:morning|afternoon|evening)\b/i;

/** Minutes from which a span of hours is a window of work or service rather than a meeting (a half day). */
const WORK_WINDOW = 4 * 60;

/**
 * A span of hours of half a day or more ("our support team is confirmed for 08:00–14:00 JST"): the hours our
 * people are on duty, or a window of work, which a meeting word must name as a meeting to make it one.
 */
function workWindow(t: TimeMention): boolean {
  if (!t.to) return false;
  let length = t.to.h * 60 + t.to.min - (t.from.h * 60 + t.from.min);
  if (length < 0) length += 1440;
  return length >= WORK_WINDOW || nightWindow(t);
}

/** The small hours, when no one at a Japanese company meets: from midnight to 06:00. */
const SMALL_HOURS_END = 6 * 60;

/**
 * A span of hours that lies wholly in the small hours (「深夜0時〜3時」, "01:00–04:00 JST"): a window of maintenance, a
 * cut-over or a shift, which a meeting word must name as a meeting to make it one (a call at 02:00 is still flagged).
 */
function nightWindow(t: TimeMention): boolean {
  const inNight = (m: number) => m <= SMALL_HOURS_END;
  return Boolean(t.to) && inNight(t.from.h * 60 + t.from.min) && inNight(t.to!.h * 60 + t.to!.min);
}

/** The sentence after `s`, on its line or the next, short and with no slot of its own. */
function nextShortSentence(s: Sentence, ctx: RuleContext): Sentence | undefined {
  readsNext();
  const i = ctx.sentences.findIndex((x) => x.start === s.start);
  const next = i >= 0 ? ctx.sentences[i + 1] : undefined;
  if (!next || next.line > s.line + 1 || next.text.trim().length > 60) return undefined;
  // A reference of its own (当日の午後…): the next sentence places its meeting itself, on the day referred to.
  const dates = ctx.facts.of(datesAnnotator(ctx.today), next);
  return dates.slots.length === 0 && !dates.open ? next : undefined;
}

/** The sentence after `s` names the meeting and asks about it, with nothing that rules a slot out (ご都合をお聞かせください). */
function nextAsksForMeeting(s: Sentence, ctx: RuleContext): boolean {
  const next = nextShortSentence(s, ctx);
  return Boolean(next && ctx.facts.of(lineReadings, { text: next.text, start: 0, end: next.text.length, lang: 'en', line: next.line }).asksForMeeting);
}

/** Attendance asked in the sentence or the short one after it (「10時開始です。ご参加いただけますでしょうか。」). */
function attendanceAsked(s: Sentence, ctx: RuleContext): boolean {
  if (has('attendanceAsk', s.text)) return true;
  const next = nextShortSentence(s, ctx);
  return Boolean(next && has('attendanceAsk', next.text));
}

/** The sentence before `s`, on its line or the line above, names a meeting and rules no slot out. */
function previousNamesMeeting(s: Sentence, ctx: RuleContext): boolean {
  const i = ctx.sentences.findIndex((x) => x.start === s.start);
  const prev = i > 0 ? ctx.sentences[i - 1]! : undefined;
  readsPrevious();
  if (prev && prev.line < s.line - 1) readsLine(prev.line + 1);
  // A paragraph break between them (blank lines only) still leaves the meeting the slot's: "…a short video call in
  // the first week of January.⏎⏎Jan 2 or Jan 3 would be ideal for us."
  if (!prev || prev.line < s.line - 1 && !ctx.lines.slice(prev.line + 1, s.line).every((l) => !l.text.trim())) return false;
  return ctx.facts.of(lineReadings, { text: prev.text, start: 0, end: prev.text.length, lang: 'en', line: prev.line }).above === true;
}

/**
 * Calls `each` with every sentence that has slots, its readings, whether it offers a time (worked out once,
 * when a reading needs it), the readings of the sentence before it, its index and the serial of the day its
 * references count from (when they do). The readings of every sentence are kept by position from the field's
 * last check (FactStore.ofSentences): a keystroke costs a pointer comparison per sentence here, and only an
 * edited sentence is read again.
 */
function forEachSlotSentence(
  ctx: RuleContext,
  each: (s: Sentence, read: SentenceSlots, offered: () => boolean, before: SentenceSlots | undefined, index: number, anchored: number | undefined) => void,
): void {
  const { values, kept } = ctx.facts.ofSentences(sentenceSlots(ctx), ctx.field, ctx.sentences, hasSlots);
  // The last date of the sentences so far: what 当日, 翌日 or "the day after" of a later sentence counts from.
  let anchor: Day | undefined;
  for (let n = 0; n < kept.length; n++) {
    const i = kept[n]!;
    const s = ctx.sentences[i]!;
    let read = values[i]!;
    let anchored: number | undefined;
    if (read.open && anchor) {
      read = ctx.facts.of(sentenceSlots(ctx, anchor), s);
      anchored = serial(anchor);
    }
    anchor = lastDay(read.slots) ?? anchor;
    if (read.slots.length === 0) continue;
    let offered: boolean | undefined;
    const reading = read;
    each(s, reading, () => (offered ??= offersTime(reading.offers, s, i, ctx)), i > 0 ? values[i - 1] : undefined, i, anchored);
  }
}

const hasSlots = (read: SentenceSlots): boolean => read.slots.length > 0 || read.open === true;

/** Every slot proposed for a meeting in the field, in order (vague periods such as 月末 included). */
export function meetingSlots(ctx: RuleContext): MeetingSlot[] {
  // Five calendar rules ask for them on every keystroke: worked out once per analysis of the field.
  return ctx.facts.ofField(meetingSlotFacts, ctx);
}

const meetingSlotFacts: FieldAnnotator<MeetingSlot[], RuleContext> = { id: 'meeting-slots', analyze: findMeetingSlots };

/** A span of days offered for a meeting (「12月21日〜23日のいずれかで」), both ends with offsets into the field. */
export interface MeetingRange {
  from: DateMention;
  to: DateMention;
  sentence: Sentence;
}

/** Every range of days offered for a meeting in the field: read like a slot, over the whole range. */
export function meetingRanges(ctx: RuleContext): MeetingRange[] {
  return ctx.facts.ofField(meetingRangeFacts, ctx);
}

const meetingRangeFacts: FieldAnnotator<MeetingRange[], RuleContext> = { id: 'meeting-ranges', analyze: findMeetingRanges };

function findMeetingRanges(ctx: RuleContext): MeetingRange[] {
  const out: MeetingRange[] = [];
  const walk = verdictsOf(ctx, 'ranges');
  forEachSlotSentence(ctx, (s, read, offered, _before, index, anchored) => {
    if (read.ranges.length === 0) return;
    // Which ranges are a meeting's, kept from the last keystroke while nothing it was read from changed.
    const meeting = verdictOf(walk, ctx, s, index, anchored, () => read.ranges.map(({ whole, reading }) => slotRole(whole, reading, s, offered, ctx) === 'proposal'));
    read.ranges.forEach(({ k }, r) => {
      if (!meeting[r]) return;
      out.push({ from: shift<DateMention>(read.slots[k]!.date!, s.start), to: shift<DateMention>(read.slots[k + 1]!.date!, s.start), sentence: s });
    });
  });
  return out;
}

/**
 * Days ahead beyond which a date written without a year was rolled into next year: its occurrence this year lies
 * in the recent past ("The routine visit on March 18 went well", written in April).
 */
const ROLLED_AHEAD = 180;

/** A predicate of the sentence in the past tense, from the sentence facts (kuromoji's た, the English parse). */
function narratesPast(s: Sentence, ctx: RuleContext): boolean {
  if (s.lang === 'ja') return ctx.facts.of(japaneseFacts, s).predicates.some((p) => p.past && !p.quoted);
  return ctx.facts.of(englishFacts, s).clauses.some((c) => c.tense === 'past' && !c.conditional);
}

/**
 * A date without a year told in the past tense (「3月13日のお打ち合わせで決まった件」, "At the March 14 audit, your
 * team showed us …"), when reading it forward put it most of a year away: the event this year, already held —
 * narration, not a proposal for next year.
 */
function pastNarration(d: DateMention | undefined, s: Sentence, ctx: RuleContext, today: Day, others: readonly Slot[]): boolean {
  if (!d || !rolled(d, today)) return false;
  // 「3月13日のお打ち合わせに続き、次回は5月4日に…」: beside a coming date of the same sentence, the far one is the
  // earlier event the sentence starts from.
  if (others.some((o) => o.date && o.date !== d && !o.date.vague && serial(o.date.day) >= serial(today) && serial(o.date.day) < serial(d.day) && !rolled(o.date, today))) return true;
  return narratesPast(s, ctx);
}

/** Written without a year and read forward into next year, most of a year away. */
function rolled(d: DateMention, today: Day): boolean {
  return !d.yearStated && !d.relative && !d.vague && serial(d.day) - serial(today) > ROLLED_AHEAD;
}

function findMeetingSlots(ctx: RuleContext): MeetingSlot[] {
  const out: MeetingSlot[] = [];
  const today = parseIsoDay(ctx.today);
  const walk = verdictsOf(ctx, 'slots');
  forEachSlotSentence(ctx, (s, read, offered, before, index, anchored) => {
    // The week the sentence speaks in: its own, else the one the sentence before it names.
    const week = weekOf(read) ?? (before ? weekOf(before) : undefined);
    // Which of the sentence's slots are a meeting's: kept from the last keystroke while nothing they were read
    // from changed (slot-verdicts.ts), so an edit elsewhere reads none of it again.
    const meeting = verdictOf(walk, ctx, s, index, anchored, () =>
      read.slots.map((x, k) => mailSlotRole(x, read.readings[k]!, s, offered, ctx, today, read.slots) === 'proposal'));
    read.slots.forEach((x, k) => {
      if (meeting[k]) out.push({ slot: inNamedWeek(toField(x, s.start), week, today), sentence: s });
    });
  });
  // 「週明けに伺いたく存じます。火曜日か水曜日は…」, 週明けの火曜日: a day of that week named with it makes 週明け the
  // week, not its Monday.
  const kept = out.filter(({ slot }) => {
    const d = slot.date;
    if (!d || d.weekday || !WEEK_START.test(d.text)) return true;
    const monday = serial(d.day);
    return !out.some(({ slot: o }) => o.date && o.date !== d && o.date.weekday && serial(o.date.day) >= monday && serial(o.date.day) < monday + 7);
  });
  if (kept.length === 0) return kept;
  const once = oneMeetingPerDay(kept);
  const proposedByThem = quotedSlots(ctx);
  if (proposedByThem.length === 0) return once;
  return once.map((m) => {
    const theirs = restatedFrom(m.slot, proposedByThem);
    return theirs ? { ...m, theirs } : m;
  });
}

/**
 * One meeting named twice is one slot:
 * - the same day and clock said again, in the other language or lower down (「日時：12/30（水）11:00」 then "on
 *   Wednesday, December 30, 11:00 JST"): the first stands;
 * - a day named, then referred to (当日, 同日, "that day"): the date stands, unless only the reference has a time —
 *   then the date is another event's that places the meeting (9月22日にリリース予定です。同日14:00より…).
 */
function oneMeetingPerDay(slots: MeetingSlot[]): MeetingSlot[] {
  const same = (a: Slot, b: Slot) => Boolean(a.date && b.date && !a.date.vague && !b.date.vague && !a.date.rangeEnd && !b.date.rangeEnd && serial(a.date.day) === serial(b.date.day));
  return slots.filter(({ slot }, i) => !slots.some(({ slot: o }, j) => {
    if (j === i || !same(slot, o)) return false;
    const d = slot.date!;
    if (Boolean(d.anaphor) !== Boolean(o.date!.anaphor)) return d.anaphor ? !(slot.time && !o.time) : Boolean(o.time && !slot.time);
    const a = slot.time;
    const b = o.time;
    const zones = !a?.zone || !b?.zone || a.zone.kind !== 'iana' || b.zone.kind !== 'iana' || a.zone.zone === b.zone.zone;
    return j < i && !d.anaphor && Boolean(a && b && zones && a.from.h === b.from.h && a.from.min === b.from.min);
  }));
}

/**
 * 当日 / 同日 / "that day" with no time or part of the day of its own, in a sentence that proposes nothing
 * (当日は弊社の田中と李が伺います): it tells what happens on the day already named, and offers no day itself.
 */
function namesDayAgain(x: Slot, s: Sentence): boolean {
  const rel = x.date?.anaphor;
  if (!rel || rel.kind !== 'day' || rel.days !== 0 || x.time) return false;
  // "that afternoon" names a part of the day itself, as 当日の午後 does after it: a time placed when the sentence
  // proposes it ("I could visit your office that afternoon"), the day told again when it does not ("Daniel also has a
  // board call that morning").
  if (PART_OF_DAY_IN.test(x.date!.text)) return !proposes(s.text) && !has('offer', s.text) && !has('wishTo', s.text) && !has('canAsk', s.text);
  // Round 34: an offer (「その日にお打ち合わせをお願いできれば幸いです」) places the meeting on the day, as a question does.
  // A wish about something else (当日は…お持ちいたしますので、…お知らせいただけますと幸いです: r32 dd-025) offers no day.
  // The day as the topic (当日は、…お伺いしたうえで…ご相談できればと存じます: the invite's own day, what happens on it — s035)
  // restates it whatever follows.
  const topic = /^\s*[はも]/.test(s.text.slice(x.end, x.end + 3));
  return !PART_OF_DAY_AFTER.test(s.text.slice(x.end, x.end + 20)) && !proposes(s.text) && (topic || !(has('offer', s.text) && has('meeting', s.text)));
}


/** A reference that names a part of the day (that afternoon, the same morning). */
const PART_OF_DAY_IN = /\b(?:morning|afternoon|evening)\b|朝|午前|午後|夕方/i;

/** A line quoted twice or more (">> …", "> > …"): an older mail of the thread, often the writer's own. */
const OLDER_QUOTE = /^[ \t\u3000]*[>＞][ \t\u3000]*[>＞]/;

/**
 * The slots of the other party's quoted mail: "> …" lines and the history under "On … wrote:" or a separator
 * up to the next mail of the thread in it (often the writer's own), lines quoted twice left out. Each line's
 * slots come from the engine's fact store (cached by the line's text), so a keystroke reads none of them again.
 */
function quotedSlots(ctx: RuleContext): Slot[] {
  const out: Slot[] = [];
  const dates = datesAnnotator(ctx.today);
  const own = ctx.own.length;
  let first = ctx.lines.findIndex((l) => l.start >= own && own < ctx.text.length);
  if (first < 0) first = ctx.lines.length;
  // The next mail in the history starts after the header block of the first (From:, Sent:, To:, Subject:).
  let body = first + 1;
  while (body < ctx.lines.length && historyMarks(ctx.lines[body]!.text) !== 0) body++;
  const older = body < ctx.lines.length ? body + historyStart(ctx.lines.slice(body)) : ctx.lines.length;
  ctx.lines.forEach((line, i) => {
    if (i >= older || OLDER_QUOTE.test(line.text)) return;
    if (i < first && !QUOTED_LINE.test(line.text)) return;
    out.push(...ctx.facts.of(dates, { text: line.text, start: 0, end: line.text.length, lang: 'en', line: i }).slots);
  });
  return out;
}

const sameClock = (a: TimeMention, b: TimeMention) => a.from.h === b.from.h && a.from.min === b.from.min;

/**
 * Which parts of slot `x` restate a slot the other party proposed: the same day (a day named by them, any time
 * of ours that they did not name stays ours), the same clock on that day or on no day of theirs.
 */
function restatedFrom(x: Slot, theirs: readonly Slot[]): { day: boolean; time: boolean } | undefined {
  let day = false;
  let time = false;
  for (const q of theirs) {
    const sameDay = Boolean(x.date && q.date && !x.date.vague && !q.date.vague && !q.date.rangeEnd && serial(x.date.day) === serial(q.date.day));
    const clock = Boolean(x.time && q.time && sameClock(x.time, q.time));
    if (sameDay) day = true;
    if (clock && (sameDay || !q.date)) time = true;
  }
  return day || time ? { day, time } : undefined;
}

/** A week named as a period (next week, 来週, the week of the 14th), not a day: "week" or 週 and no day in it. */
const WEEK = /\bweek\b|週/i;
/** 週明け: a day (the Monday) that also names its week for the sentence after it. */
const WEEK_START = /週明け/;
/** A weekday with a word that places it itself: next Tuesday, this Friday, 来週火曜日. */
const PLACED = /\b(?:next|this|coming|following|last|week)\b|来|今|再|先|翌|次|週/i;

/**
 * The Monday of the week a sentence's slots name as a period, if any. The week a sentence speaks in is its
 * own, else the one the sentence before names ("We would like to visit you next week. Would Wednesday or
 * Thursday suit you?"): see findMeetingSlots.
 */
function weekNamedIn(slots: readonly Slot[]): Day | undefined {
  let own: Day | undefined;
  for (const x of slots) {
    const d = x.date;
    if (d && (d.vague || WEEK_START.test(d.text)) && !d.past && WEEK.test(d.text)) own = addDays(d.day, -((weekday(d.day) + 6) % 7));
  }
  return own;
}

/** weekNamedIn of a sentence's readings, worked out once per readings (they depend on its text alone). */
function weekOf(read: SentenceSlots): Day | undefined {
  if (read.slots.length === 0) return undefined;
  let week = WEEKS.get(read);
  if (week === undefined) {
    week = { day: weekNamedIn(read.slots) };
    WEEKS.set(read, week);
  }
  return week.day;
}
const WEEKS = new WeakMap<SentenceSlots, { day: Day | undefined }>();

/**
 * A weekday written alone ("Wednesday", 水曜日) in a sentence that speaks of a named week is that week's day,
 * not the next one from today: "next week … Thursday" is next week's Thursday.
 */
function inNamedWeek(x: Slot, monday: Day | undefined, today: Day): Slot {
  const d = x.date;
  if (!monday || !d || !d.relative || d.vague || d.dayPart || !d.weekday || PLACED.test(d.text)) return x;
  const day = addDays(monday, (weekday(d.day) + 6) % 7);
  // "this week … Monday" written on a Wednesday: a day gone by is no reading of it; keep chrono's.
  return serial(day) === serial(d.day) || serial(day) < serial(today) ? x : { ...x, date: { ...d, day } };
}

/** What one date of a sentence is, read from the sentence alone (see dateRolesOf). */
export interface DateRoleReading {
  /** The date or time as written. */
  text: string;
  /** Its role when the sentence (or the line, the lines around) offers a time, and when nothing does. */
  offered: DateRole;
  unoffered: DateRole;
  /** Its role when attendance is asked in sight (「…開始です。ご参加いただけますでしょうか」), where that differs. */
  attended?: DateRole;
}

/**
 * "Is this date a proposed meeting?" for one sentence on its own, as the calendar rules read it before the line,
 * the lines around it and the kind of draft decide an `undecided` date: the reader behind meetingSlots, exposed
 * for its table test and for tools. Japanese predicates (kuromoji) are read when `tokens` are given.
 */
export function dateRolesOf(text: string, now: string, tokens?: Token[]): DateRoleReading[] {
  const { slots } = analyzeDates(text, now);
  if (slots.length === 0) return [];
  const sentence: Sentence = { text, start: 0, end: text.length, lang: /[ぁ-んァ-ヶ一-龯]/.test(text) ? 'ja' : 'en', line: 0, ...(tokens ? { tokens } : {}) };
  const predicates = () => (tokens?.length ? japaneseFacts.analyze(sentence).predicates : undefined);
  const read = readSentence(text, slots, visitAnnotator.analyze(sentence), predicates);
  return read.slots.map((x, k) => {
    const r = read.readings[k]!;
    const attended = r.attended && r.attended.role.offered !== r.role.offered ? { attended: r.attended.role.offered } : {};
    return { text: text.slice(x.start, x.end), ...r.role, ...attended };
  });
}
