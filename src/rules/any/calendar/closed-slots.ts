// What meeting-on-holiday and meeting-on-weekend share: the day a proposed slot falls on for the client
// (a foreign time zone can move it), why that day is closed, and the move to the nearest working days,
// written in the writer's format. The `when` field of an invitation is checked the same way.
import { addDays, parseIsoDay, serial, weekday, type Day } from '../../../engine/analysis/dates-day';
import type { Report, RuleContext } from '../../../engine/rule';
import { closedReason, nearestWorkingDays, type ClosedReason } from './closed-days';
import { dayEn, dayJa, moveSuggestions, reasonEn, reasonJa, shortEn, shortJa } from './describe';
import { datesInSentence, meetingRanges, meetingSlots, type MeetingRange } from './meeting-dates';
import type { DateMention } from '../../../engine/analysis/dates';
import type { Suggestion } from '../../../engine/types';
import { renderDate } from './render';
import { restatementOf } from './restatement';
import { clientTime, hoursOf } from './slot-time';
import { timeLinesOf, withTimeBelow, type TimeLines } from './time-below';
import { betterWhens, parseWhen, whenClosedReason } from './when-field';
import { closurePeriods } from './closure-periods';
import { statedClosureReferences } from './stated-closures';
import { CLOSURES, inWindow } from './closed-days';

type Which = 'weekend' | 'named';

/** Right after a period, the meeting placed after the closure ends: "after your office reopens", 「休み明けの」, 営業再開後. */
const REOPENS_EN = /^,?\s?(?:after|once|when) (?:your|the|our) \w+(?: \w+)? (?:re-?opens?|is back)\b/i;
const REOPENS_JA = /^の?(?:休み明け|営業再開後)/;

const fits = (r: ClosedReason, which: Which) => (which === 'weekend' ? r.kind === 'weekend' : r.kind !== 'weekend');

function message(day: Day, r: ClosedReason): Pick<Report, 'message' | 'messageJa'> {
  const instead = r.kind === 'weekend' ? ['a weekday', '平日'] : ['a working day', '営業日'];
  return {
    message: `${dayEn(day)} is ${reasonEn(r)}. Propose ${instead[0]} instead.`,
    messageJa: `${dayJa(day)}は${reasonJa(r)}。${instead[1]}をご提案ください。`,
  };
}

/**
 * The rules that report closed slots (meeting-on-holiday, meeting-on-weekend) give way to the weekday rule: a slot whose
 * written weekday is not its date's is left to it — which day was meant is unclear, and a holiday or a weekend named
 * for one of the two days would guess. Declared (round 32) rather than only skipped in reportClosedSlots.
 */
export const CLOSED_SLOT_PRECEDENCE = { yieldsTo: ['any.calendar.weekday-mismatch'] };

export function reportClosedSlots(ctx: RuleContext, which: Which): void {
  const today = parseIsoDay(ctx.today);
  const hours = hoursOf(ctx);
  if (ctx.field === 'when') {
    const w = parseWhen(ctx.text, hours);
    const closed = w && whenClosedReason(w, hours);
    if (!w || !closed || !fits(closed.reason, which)) return;
    ctx.report({
      start: 0,
      end: ctx.text.length,
      ...message(closed.day, closed.reason),
      suggestions: betterWhens(w, hours, today, 'day').map((text) => ({ text, label: `Move to ${text}`, labelJa: `${text} に変更` })),
    });
    return;
  }
  // Start: and End: lines of one invitation block name one meeting's day twice, on lines that follow each other:
  // it is reported once. The line each day was last reported on.
  const reportedOn = new Map<number, number>();
  const slots = meetingSlots(ctx);
  // The labelled time lines, indexed once for the whole walk (withTimeBelow).
  let timeLines: TimeLines | undefined;
  for (const entry of slots) {
    const { slot, sentence, theirs } = entry;
    const m = slot.date;
    // The day the other party proposed in their quoted mail, restated to confirm it: theirs, not the writer's.
    if (!m || theirs?.day) continue;
    if (m.vague) {
      // Round 34: "a call in the first week of January. … Jan 2 or Jan 3 would be ideal": days of the period offered
      // elsewhere in the mail narrow it and are judged themselves; "in the first week of January after your office
      // reopens" places the meeting after the closure the week opens in.
      const inSpan = (d: Day) => Boolean(m.span) && serial(d) >= serial(m.span!.from) && serial(d) <= serial(m.span!.to);
      // (a range of days offered in it too: 「ラインが止まる連休中に据付を…5月3日〜5日のいずれかで」, r9 r9mt-023)
      const narrowed = slots.some(({ slot: o }) => o.date && !o.date.vague && inSpan(o.date.day)) || meetingRanges(ctx).some((r) => inSpan(r.from.day));
      if (m.span && which === 'named' && !narrowed && !REOPENS_EN.test(ctx.text.slice(m.end, m.end + 40)) && !REOPENS_JA.test(ctx.text.slice(m.end, m.end + 8))) reportClosedPeriod(ctx, m, m.span, today);
      continue;
    }
    // A wrong weekday: which day was meant is unclear (CLOSED_SLOT_PRECEDENCE gives the slot to the weekday rule).
    if (m.statedWeekday !== undefined && m.statedWeekday !== weekday(m.day)) continue;
    // The client's day: 5pm PT on a Sunday is Monday morning in Tokyo.
    const timed = withTimeBelow(ctx, (timeLines ??= timeLinesOf(slots)), entry);
    const ct = clientTime(timed, ctx, hours);
    // 「金曜日24時」, "Friday 25:00": a clock past midnight written on the evening's count is that evening's night —
    // the hours rule judges it; the day stays the one written.
    const day = ct && !(timed.time!.from.h >= 24 && !ct.foreign) ? ct.start.day : m.day;
    const reason = closedReason(day);
    if (!reason || !fits(reason, which)) continue;
    const seenLine = reportedOn.get(serial(day));
    reportedOn.set(serial(day), sentence.line);
    if (seenLine !== undefined && sentence.line - seenLine === 1) continue;
    const shift = serial(m.day) - serial(day);
    // 「12月30日（水）まで滞在しますので、同日10時から…」: the day is written in the sentence, and referred to; both are
    // shown, the reference rewritten.
    const start = m.from && m.anaphor?.kind === 'day' && m.anaphor.days === 0 ? m.start + m.from.start : m.start;
    const lead = ctx.text.slice(start, m.start);
    ctx.report({
      start,
      end: m.end,
      ...message(day, reason),
      suggestions: withRestatedDate(moveSuggestions(nearestWorkingDays(day, today), (d) => lead + renderDate(m, addDays(d, shift))), m, restatementOf(slot, sentence, ctx)?.date, day, ctx),
    });
  }
}

/**
 * A period offered for a meeting (正月三が日, 年末最終週, "the week of Obon", "mid-August") that is mostly closed: it takes
 * in a whole closure window (Obon, Golden Week, the year-end), or more than half of its weekdays are holidays or closure
 * days. A period that only touches one ("the end of April", 12月下旬) stays a choice the reader can make.
 */
/** The days of a week. */
const WEEK = 7;

function closedPeriod(span: { from: Day; to: Day }): { day: Day; reason: ClosedReason; opens: boolean } | null {
  const days = Array.from({ length: serial(span.to) - serial(span.from) + 1 }, (_, i) => addDays(span.from, i));
  const weekdays = days.filter((d) => weekday(d) !== 0 && weekday(d) !== 6);
  const closed = days.map((d) => ({ d, reason: closedReason(d) })).filter((x) => x.reason && x.reason.kind !== 'weekend');
  if (closed.length === 0) return null;
  const monthDay = (d: Day) => `${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
  const whole = CLOSURES.some((c) => days.some((d) => monthDay(d) === c.from) && days.some((d) => monthDay(d) === c.to));
  const mostly = closed.filter((x) => weekday(x.d) !== 0 && weekday(x.d) !== 6).length * 2 > weekdays.length;
  // The first week of January or of May: a week that opens inside a closure window (the year end, Golden Week) is
  // closed for its first days and taken by the return for the rest; the week after it is the one to offer.
  const opensClosed = days.length <= WEEK && CLOSURES.some((c) => inWindow(span.from, c) && inWindow(closed[0]!.d, c));
  return whole || mostly || opensClosed ? { day: closed[0]!.d, reason: closed[0]!.reason!, opens: !whole && !mostly } : null;
}

function reportClosedPeriod(ctx: RuleContext, m: DateMention, span: { from: Day; to: Day }, today: Day): void {
  const closed = closedPeriod(span);
  if (!closed) return;
  // The first working day after the period's last closed day: the meeting moved past the closure.
  let next = span.to;
  for (let d = span.to; serial(d) >= serial(span.from); d = addDays(d, -1)) {
    if (closedReason(d) && closedReason(d)!.kind !== 'weekend') { next = d; break; }
  }
  const after = nearestWorkingDays(next, today).filter((d) => serial(d) > serial(next));
  const range = `${shortEn(span.from)} – ${shortEn(span.to)}`;
  const rangeJa = `${shortJa(span.from)}〜${shortJa(span.to)}`;
  ctx.report({
    start: m.start,
    end: m.end,
    message: closed.opens
      ? `${range} opens inside a closure in Japan: ${dayEn(closed.day)} is ${reasonEn(closed.reason)}, and the days after it are the first back at work. Propose the week after instead.`
      : `${range} is mostly closed in Japan: ${dayEn(closed.day)} is ${reasonEn(closed.reason)}. Propose working days instead.`,
    messageJa: closed.opens
      ? `${rangeJa}は休業期間から始まる週です。${dayJa(closed.day)}は${reasonJa(closed.reason)}。休み明け直後の日程は避け、翌週以降をご提案ください。`
      : `${rangeJa}は大半が休業日です。${dayJa(closed.day)}は${reasonJa(closed.reason)}。営業日をご提案ください。`,
    suggestions: after.map((d) => ({ text: renderDate(m, d), label: `Move to ${shortEn(d)}`, labelJa: `${shortJa(d)}に変更` })),
  });
}

/**
 * A slot written in two zones with a date on each half ("17:00 PT Saturday, Jan 17 (Sunday, Jan 18, 9:00 JST)"):
 * the other half's date moves by as many days, in the same suggestion, so the pair keeps naming one instant.
 */
function withRestatedDate(moves: Suggestion[], own: DateMention, other: DateMention | undefined, day: Day, ctx: RuleContext): Suggestion[] {
  if (!other || other.vague || other.end > own.start === other.start < own.end) return moves;
  return moves.map((s, i) => {
    const to = nearestWorkingDays(day, parseIsoDay(ctx.today))[i]!;
    const edit = { start: other.start, end: other.end, text: renderDate(other, addDays(to, serial(other.day) - serial(day))) };
    const edits = [{ start: own.start, end: own.end, text: s.text }, edit].sort((a, b) => a.start - b.start);
    const text = edits[0]!.text + ctx.text.slice(edits[0]!.end, edits[1]!.start) + edits[1]!.text;
    return { ...s, text, edits };
  });
}

/** The longest a range offered for a meeting is read day by day ("any day in the next two weeks"). */
const RANGE_DAYS = 31;

/**
 * The ranges of days offered for a meeting that can be read day by day: weekdays as written (a wrong weekday is
 * weekday-mismatch's), at least two days and at most RANGE_DAYS long, with each day of them.
 */
function offeredRanges(ctx: RuleContext): Array<{ r: MeetingRange; days: Day[] }> {
  const out: Array<{ r: MeetingRange; days: Day[] }> = [];
  for (const r of meetingRanges(ctx)) {
    if (r.from.statedWeekday !== undefined && r.from.statedWeekday !== weekday(r.from.day)) continue;
    if (r.to.statedWeekday !== undefined && r.to.statedWeekday !== weekday(r.to.day)) continue;
    const length = serial(r.to.day) - serial(r.from.day);
    if (length < 1 || length > RANGE_DAYS) continue;
    // A meeting moved from one day to another is judged on the day it moves to (お打ち合わせを…3月22日（月）へ変更).
    if (dateMoved(ctx, r)) {
      out.push({ r: { ...r, from: r.to }, days: [r.to.day] });
      continue;
    }
    out.push({ r, days: Array.from({ length: length + 1 }, (_, i) => addDays(r.from.day, i)) });
  }
  return out;
}

/** 「3月9日から3月23日へ変更」: the second date is where the first one goes. */
const MOVED_TO_JA = /^\s*(?:へ|に)(?:と)?(?:の)?\s*(?:変更|延期|延長|繰り?下げ|繰り?上げ|前倒し|後ろ倒し|移|変わ|ずれ|遅れ|なり)/;
/** "moved from May 10 to May 24", "postponed from 3 March to 17 March": a verb of moving before the range's "from". */
const MOVED_VERB_EN = /\b(?:mov|postpon|chang|shift|push|delay|reschedul|slip|bring|brought)\w{0,3}\b/i;
/** The text before a range ends in "from" with a verb of moving up to 40 characters before it, in the same sentence. */
function movedFromEn(before: string): boolean {
  const t = before.trimEnd();
  if (!/\bfrom$/i.test(t.slice(-5))) return false;
  let window = t.slice(Math.max(0, t.length - 4 - 40), t.length - 4);
  const stop = Math.max(window.lastIndexOf('.'), window.lastIndexOf('!'), window.lastIndexOf('?'), window.lastIndexOf('\n'));
  if (stop >= 0) window = window.slice(stop + 1);
  return MOVED_VERB_EN.test(window);
}

/**
 * Round 37 (fp37, hb-045): 「納入日を当初の3月9日から3月23日へ変更させていただきたく」, "the delivery moves from May 10 to May 24":
 * a date moved from one day to another names two days, not a span of days offered — nothing between them is proposed.
 * Only the day it moves to is offered.
 */
function dateMoved(ctx: RuleContext, r: MeetingRange): boolean {
  return MOVED_TO_JA.test(ctx.text.slice(r.to.end, r.to.end + 12)) || movedFromEn(ctx.text.slice(Math.max(0, r.from.start - 60), r.from.start));
}

/**
 * A range of days offered for a meeting that takes in a holiday or a closure: the client would have to say
 * which of the days are closed. Weekends inside a range are not flagged (a range across a weekend is
 * ordinary). The suggestion keeps the range to its longest run of working days, in the writer's format.
 */
export function reportClosedRanges(ctx: RuleContext): void {
  for (const { r, days } of offeredRanges(ctx)) {
    const closed = days.map((d) => ({ d, reason: closedReason(d) })).filter((x) => x.reason && x.reason.kind !== 'weekend');
    if (closed.length === 0) continue;
    const first = closed[0]!;
    const named = closed.length === 1 ? '' : ` and ${closed.length - 1} more closed day${closed.length > 2 ? 's' : ''}`;
    const namedJa = closed.length === 1 ? '' : `ほか${closed.length - 1}日`;
    ctx.report({
      start: r.from.start,
      end: r.to.end,
      message: `The days offered include ${dayEn(first.d)}${named}: ${reasonEn(first.reason!)}. Offer working days only.`,
      messageJa: `ご提案の期間に${dayJa(first.d)}${namedJa}が含まれます。${reasonJa(first.reason!)}。営業日のみをご提案ください。`,
      suggestions: rangeSuggestion(ctx, r, days),
    });
  }
}

/**
 * A range of days offered for a meeting that starts or ends on a weekend (「7月17日（金）〜19日（日）」, "any day
 * from July 15 to July 18"): its end is a day offered as much as its start, and offers a Saturday or Sunday. A
 * weekend inside the range stays ordinary; a range that takes in a holiday is meeting-on-holiday's.
 */
export function reportWeekendRangeEnds(ctx: RuleContext): void {
  for (const { r, days } of offeredRanges(ctx)) {
    if (days.some((d) => closedReason(d) && closedReason(d)!.kind !== 'weekend')) continue;
    const end = [r.from.day, r.to.day].find((d) => closedReason(d)?.kind === 'weekend');
    if (!end) continue;
    ctx.report({
      start: r.from.start,
      end: r.to.end,
      message: `The days offered ${end === r.from.day ? 'start' : 'end'} on ${dayEn(end)}, a weekend. Offer weekdays only.`,
      messageJa: `ご提案の期間の${end === r.from.day ? '初日' : '最終日'}${dayJa(end)}は週末です。平日のみをご提案ください。`,
      suggestions: rangeSuggestion(ctx, r, days),
    });
  }
}

/** The range cut to its longest run of working days (one day written alone), else nothing to offer. */
function rangeSuggestion(ctx: RuleContext, r: MeetingRange, days: Day[]) {
  let best: Day[] = [];
  let run: Day[] = [];
  for (const d of days) {
    run = closedReason(d) ? [] : [...run, d];
    if (run.length > best.length) best = run;
  }
  if (best.length === 0) return [];
  const a = best[0]!;
  const b = best[best.length - 1]!;
  const separator = ctx.text.slice(r.from.end, r.to.start);
  const text = best.length === 1 ? renderDate(r.from, a) : `${renderDate(r.from, a)}${separator}${renderDate(r.to, b)}`;
  const label = best.length === 1 ? shortEn(a) : `${shortEn(a)} – ${shortEn(b)}`;
  const labelJa = best.length === 1 ? shortJa(a) : `${shortJa(a)}〜${shortJa(b)}`;
  return [{ text, label: `Offer ${label} (working days)`, labelJa: `営業日の${labelJa}に変更` }];
}

/** How a period's name is placed after it, in Japanese: the name and 明け (お盆明けに, 年末年始明けに). */
const JA_AFTER = (name: string, placed: string) => `${name}明け${/で$/.test(placed) ? 'で' : 'に'}`;

/**
 * A closure period proposed as the meeting's time with no day named ("Could we visit during Golden Week?",
 * 「お盆期間中にお伺いしても」): the client is closed for most of it. The suggestion moves the meeting to after the
 * period (after Golden Week, お盆明けに). A period whose day is named in the same sentence is judged by that day.
 */
export function reportClosurePeriods(ctx: RuleContext): void {
  const periods = closurePeriods(ctx);
  if (periods.length === 0) return;
  const slots = meetingSlots(ctx);
  for (const p of periods) {
    // A day of the period named in the same sentence (お盆の時期で恐縮ですが、8月14日に…): that day is judged, not the period.
    const sentence = ctx.sentences.find((x) => x.start <= p.start && p.end <= x.end);
    const dated = slots.some(({ slot }) => slot.date && !slot.date.vague && inWindow(slot.date.day, p.closure) && sentence && sentence.start <= slot.start && slot.end <= sentence.end)
      || (sentence !== undefined && datesInSentence(sentence, ctx).some((d) => !d.vague && inWindow(d.day, p.closure)));
    if (dated) continue;
    // A meeting given its own day in the sentence, the period in another clause of it, is the time of something else: "Mr.
    // Morita could come on Friday, 7 August, … and our remote hotline will be staffed during Obon" (round 28 integration).
    if (!p.meetingInClause && sentence !== undefined && datesInSentence(sentence, ctx).some((d) => !d.vague)) continue;
    const name = ctx.text.slice(p.nameStart, p.nameEnd);
    const c = p.closure;
    const window = `${Number(c.from.slice(0, 2))}/${Number(c.from.slice(3))}–${Number(c.to.slice(0, 2))}/${Number(c.to.slice(3))}`;
    const windowJa = `${Number(c.from.slice(0, 2))}月${Number(c.from.slice(3))}日〜${Number(c.to.slice(0, 2))}月${Number(c.to.slice(3))}日`;
    const placed = ctx.text.slice(p.refersBack ? p.start : p.nameEnd, p.end);
    // Words that refer back (その期間に, during that week) give way to the period's own name after it.
    const text = p.lang === 'ja' || /[ぁ-んァ-ヶ一-龯]/.test(placed) ? JA_AFTER(p.lang === 'ja' ? name : c.name.ja, placed)
      : p.refersBack ? `after ${/^[A-Z]/.test(name) ? '' : 'the '}${name}`
        : `after ${ctx.text.slice(p.start, p.nameStart).replace(/^\S+\s/, '')}${name}`;
    ctx.report({
      start: p.start,
      end: p.end,
      message: `${c.name.en.charAt(0).toUpperCase()}${c.name.en.slice(1)} (${window}): ${c.why.en}. A meeting proposed then asks the client to come in on a closed day; propose days after it instead.`,
      messageJa: `${c.name.ja}（${windowJa}）は、${c.why.ja}。期間外の日程をご提案ください。`,
      suggestions: [{ text, label: `Propose after ${c.name.en}`, labelJa: `${c.name.ja}明けに変更` }],
    });
  }
}

/**
 * A closure the mail states by its dates, referred back to by a noun as a meeting's time (そのお休みの最終日に,
 * "during the shutdown"): flagged on the reference, with the time after the closure offered instead. A reference
 * that is also read as a meeting's slot (a date the parser read there) is left to that slot's finding.
 */
export function reportStatedClosureReferences(ctx: RuleContext): void {
  const refs = statedClosureReferences(ctx);
  if (refs.length === 0) return;
  const slots = meetingSlots(ctx);
  for (const r of refs) {
    if (slots.some(({ slot }) => slot.start < r.end && slot.end > r.start)) continue;
    const { from, to } = r.closure;
    const window = `${from.m}/${from.d}–${to.m}/${to.d}`;
    const windowJa = `${from.m}月${from.d}日〜${to.m}月${to.d}日`;
    const which = r.day ? { en: `${r.day.m}/${r.day.d}, a day of the closure`, ja: `${r.day.m}月${r.day.d}日はお休みの期間中` } : { en: 'the closure itself', ja: 'お休みの期間そのもの' };
    const placed = ctx.text.slice(r.start, r.end);
    ctx.report({
      start: r.start,
      end: r.end,
      message: `"${placed}" is ${which.en} this mail states (${window}). A meeting proposed then asks them to come in on a closed day; propose a day after it instead.`,
      messageJa: `「${placed}」は、メールに書かれたお休み（${windowJa}）の期間中です（${which.ja}）。休み明けの日程をご提案ください。`,
      suggestions: [{ text: r.after, label: 'Propose a day after the closure', labelJa: 'お休み明けに変更' }],
    });
  }
}
