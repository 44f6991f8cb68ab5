import { defineRule, type RuleContext } from '../../engine/rule';
import type { Slot } from '../../engine/analysis/dates';
import type { Sentence, Suggestion } from '../../engine/types';
import {
  draftNamesAttendees, isFirstMeeting, isVisit, proposalSentence,
} from './calendar/first-meeting';
import { meetingRanges, meetingSlots } from './calendar/meeting-dates';
import { lineHeadOf } from './calendar/slot-line';

const LABEL = {
  ja: { label: 'Say who will attend (put the names in place of 〇〇)', labelJa: '出席者を明記する（〇〇に氏名を入れてください）' },
  en: { label: 'Say who will attend (fill in [name] and [title])', labelJa: '出席者を明記する（[name]・[title]に氏名と役職を入れてください）' },
};

/** The proposal sentence with who attends appended; names are unknown, so placeholders mark them. */
function withAttendees(sentence: string, lang: 'ja' | 'en', visit: boolean): Suggestion[] {
  if (lang === 'ja') {
    const base = /[。！？!?]$/.test(sentence) ? sentence : `${sentence}。`;
    const ours = `当日は弊社より営業部長の〇〇と担当の〇〇が${visit ? 'お伺い' : '出席'}いたします。`;
    return [
      { text: base + ours, ...LABEL.ja },
      { text: `${base}${ours}貴社からご出席いただく方も、お知らせいただけますと幸いです。`, ...LABEL.ja, label: `${LABEL.ja.label}, and ask who attends for them`, labelJa: `${LABEL.ja.labelJa}・先方の出席者も伺う` },
    ];
  }
  const base = /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
  const ours = ' Attending from our side will be [name], our [title], and I.';
  return [
    { text: base + ours, ...LABEL.en },
    { text: `${base}${ours} Could you also let us know who will join from your side?`, label: `${LABEL.en.label}, and ask who attends for them`, labelJa: `${LABEL.en.labelJa}・先方の出席者も伺う` },
  ];
}

/**
 * Where to report: the sentence proposing the meeting; when the date stands apart from it in a labelled block
 * (「下記のとおり…」 then 日時：…), from the sentence through the date line, and who attends goes into the
 * block, right under the date they attend.
 */
interface Target { start: number; end: number; suggestions: Suggestion[] }

function target(ctx: RuleContext): Target | null {
  const visit = isVisit(ctx.text);
  const s = proposalSentence(ctx);
  // Round 48 (h7hd-006 of round 47's read set): the slot that says the most ("Tuesday 9 June at 14:00"), not the first
  // ("in early June", when the team is in Japan): the meeting is the one whose day and hour are proposed.
  const slots = meetingSlots(ctx);
  const best = mostSaid(slots.map((m) => m.slot));
  const slot = slots.find((m) => m.slot === best);
  const holdsSlot = (x: Sentence) => meetingSlots(ctx).some(({ sentence }) => sentence.start === x.start);
  const inBlock = !!slot && lineHeadOf(ctx.facts, ctx.lines[slot.sentence.line]!).labelled;
  // "I would like to set up a first meeting at your site. How about Wednesday, September 9 at 10:00?": the
  // proposal and the slot it offers right after it are one proposal; who attends goes after the slot.
  const next = s && slot && !inBlock && !holdsSlot(s) ? slotRightAfter(ctx, s, slot.sentence) : undefined;
  if (s && next) {
    const text = ctx.text.slice(s.start, next.end);
    return { start: s.start, end: next.end, suggestions: withAttendees(text, next.lang, isVisit(text) || visit) };
  }
  if (s && (!inBlock || holdsSlot(s))) return { start: s.start, end: s.end, suggestions: withAttendees(s.text, s.lang, isVisit(s.text) || visit) };
  if (!slot) return null;
  const line = ctx.lines[slot.sentence.line]!;
  const text = line.text.trimEnd();
  const lineStart = line.start + (text.length - text.trimStart().length);
  const lineEnd = line.start + text.length;
  const start = s ? Math.min(s.start, lineStart) : lineStart;
  const end = s ? Math.max(s.end, lineEnd) : lineEnd;
  const extra = slot.sentence.lang === 'ja' ? '\n弊社出席者：営業部長 〇〇、担当 〇〇' : '\nAttending from our side: [name], [title]; [name], [title]';
  const label = LABEL[slot.sentence.lang];
  return { start, end, suggestions: [{ text: ctx.text.slice(start, lineEnd) + extra + ctx.text.slice(lineEnd, end), ...label }] };
}

/**
 * Where the finding is underlined: the slot proposed for the meeting (its date and time, "Wednesday, March 10,
 * 2027, 15:00–16:00 JST", or the range of days offered), which is what the client reads attendees against —
 * the one in the proposal sentence if it holds one, else the first proposed, and then from that slot through the
 * proposal that refers to it ("Proposed: Wednesday, March 10 … ⏎ … If the time above is convenient, we would be
 * glad to visit"), as a slot line under its lead-in was already. Who attends still goes where `target` put it:
 * the suggestion becomes an edit of that span. With no slot, the proposal itself is underlined.
 */
function onProposedSlot(ctx: RuleContext, t: Target): Target {
  const proposal = { start: t.start, end: t.end };
  const own = meetingSlots(ctx).filter((m) => !m.theirs).map(({ slot }) => slot);
  const inside = mostSaid(own.filter((slot) => slot.start >= proposal.start && slot.end <= proposal.end));
  const range = meetingRanges(ctx)[0];
  const at = inside ?? mostSaid(own) ?? (range ? { start: range.from.start, end: range.to.end } : undefined);
  if (!at) return t;
  // The slot in the one proposal sentence is underlined alone; a proposal and the slot sentence after it
  // ("…a first meeting at your site. How about Wednesday, September 9 at 10:00?") stay one span.
  const sentences = ctx.sentences.filter((x) => x.start >= t.start && x.start < t.end).length;
  if (inside) return sentences === 1 ? onSlot(t, at) : t;
  if (at.start >= t.start && at.end <= t.end) return t;
  return { ...t, start: Math.min(at.start, t.start), end: Math.max(at.end, t.end), suggestions: asEdits(t) };
}

/**
 * The slot that says the most: a day and an hour over a day alone over a vague period ("in October … on Thursday,
 * October 8, at 11:00" is the 8th at 11:00); the first of equals.
 */
function mostSaid(slots: readonly Slot[]): Slot | undefined {
  // (A day alone and an hour alone on lines of their own say as much: the first of them, the date line, stands.)
  const said = (x: Slot) => (x.time ? 2 : 0) + (x.date ? (x.date.vague ? 1 : 2) : 0);
  return slots.reduce<Slot | undefined>((best, x) => (!best || said(x) > said(best) ? x : best), undefined);
}

/** The slot inside the proposal underlined; the proposal rewritten as before, by an edit of its span. */
function onSlot(t: Target, at: { start: number; end: number }): Target {
  return { start: at.start, end: at.end, suggestions: asEdits(t) };
}

function asEdits(t: Target): Suggestion[] {
  return t.suggestions.map((x) => ({ ...x, edits: [{ start: t.start, end: t.end, text: x.text }] }));
}

/** The sentence holding the slot when it is one of the two right after the proposal `s`, on the same paragraph. */
function slotRightAfter(ctx: RuleContext, s: Sentence, slotSentence: Sentence): Sentence | undefined {
  const i = ctx.sentences.findIndex((x) => x.start === s.start);
  const j = ctx.sentences.findIndex((x) => x.start === slotSentence.start);
  if (i < 0 || j <= i || j - i > 2) return undefined;
  const between = ctx.text.slice(s.end, slotSentence.start);
  return /\n\s*\n/.test(between) ? undefined : slotSentence;
}

/** A first meeting that does not say who attends from our side. */
export default defineRule({
  id: 'any.calendar.first-meeting-attendees',
  lang: 'any',
  category: 'calendar',
  severity: 'warning',
  // Who attends is its own question: on a slot that also falls on a holiday, both findings are shown.
  ownProblem: true,
  title: { en: 'First meeting without attendees', ja: '出席者が書かれていない初回の打ち合わせ' },
  rationale: {
    en: 'Before a first meeting a Japanese client wants to know who is coming and at what level, so that they can send counterparts of matching rank and prepare. An invitation that names no one leaves them guessing, or sends a manager to meet a junior.',
    ja: '初回の打ち合わせでは、先方は役職の釣り合う出席者をそろえて準備するため、誰がどの立場で来るのかを事前に知りたいと考えます。出席者を書かない案内は、先方に推測させることになります。',
  },
  examples: {
    valid: [
      {
        // Our representative and the writer, the subject of the visit: who attends is said.
        text: 'つきましては、1月20日（火）14時に弊社の日本代表 黄と私で貴社へご説明に伺いたく存じます。',
        context: { recipient: 'prospect', firstContact: true },
      },
      {
        text: '導入に向けた初回のお打ち合わせを、下記のとおりお願いできますでしょうか。\n当日は弊社より営業部長の高橋と担当の松本がお伺いいたします。\n\n日時：2026年2月10日（火）14:00〜15:00',
        kind: 'meeting-invite',
        context: { recipient: 'prospect' },
      },
      {
        text: 'I would like to propose an introductory meeting on Tuesday, February 10, 2026, at 2 p.m. My colleague Ms. Aya Mori, our technical lead, will join me.',
      },
      {
        // Our member named with も and a verb of being there (おります): who attends is said.
        text: '初回のお打ち合わせを、2026年2月10日（火）14時からお願いできますでしょうか。当日は弊社営業部長の高橋もおりますので、事例をご説明いたします。',
        kind: 'meeting-invite',
        context: { recipient: 'prospect' },
      },
      {
        // A colleague named beside the writer, in the slot's own sentence.
        text: 'How about a quick 20-min call on Wed 25 Feb, 10:00 JST with Daniel Tan (our CEO) and me?',
        context: { recipient: 'prospect', now: '2026-02-16' },
      },
      {
        text: '日時：2026年2月10日（火）14:00〜15:00\n場所：貴社 会議室\n\n定例のお打ち合わせをお願いいたします。',
        kind: 'meeting-invite',
      },
    ],
    invalid: [
      {
        // A meeting at the writer's booth at a fair is a first meeting too.
        text: 'We will exhibit at the fair in January and would like to meet you at our booth (Hall 5, booth 5-22) on Thursday, January 22, 2026, at 11:00 for a first discussion.',
        context: { recipient: 'prospect' },
        // The slot of the proposal is underlined (the day and hour, not the month of the fair); who attends follows the proposal.
        flagged: 'Thursday, January 22, 2026, at 11:00',
        outputs: [
          'We will exhibit at the fair in January and would like to meet you at our booth (Hall 5, booth 5-22) on Thursday, January 22, 2026, at 11:00 for a first discussion. Attending from our side will be [name], our [title], and I.',
          'We will exhibit at the fair in January and would like to meet you at our booth (Hall 5, booth 5-22) on Thursday, January 22, 2026, at 11:00 for a first discussion. Attending from our side will be [name], our [title], and I. Could you also let us know who will join from your side?',
        ],
      },
      {
        text: '導入に向けた初回のお打ち合わせを、下記のとおりお願いできますでしょうか。\n\n日時：2026年2月10日（火）14:00〜15:00\n場所：貴社 本社',
        kind: 'meeting-invite',
        context: { recipient: 'prospect' },
        flagged: '導入に向けた初回のお打ち合わせを、下記のとおりお願いできますでしょうか。\n\n日時：2026年2月10日（火）14:00〜15:00',
        outputs: [
          '導入に向けた初回のお打ち合わせを、下記のとおりお願いできますでしょうか。\n\n日時：2026年2月10日（火）14:00〜15:00\n弊社出席者：営業部長 〇〇、担当 〇〇\n場所：貴社 本社',
        ],
      },
      {
        text: '導入に向けた初回のお打ち合わせを、2026年2月10日（火）14時からお願いできますでしょうか。',
        kind: 'meeting-invite',
        context: { recipient: 'prospect' },
        flagged: '2026年2月10日（火）14時',
        outputs: [
          '導入に向けた初回のお打ち合わせを、2026年2月10日（火）14時からお願いできますでしょうか。当日は弊社より営業部長の〇〇と担当の〇〇が出席いたします。',
          '導入に向けた初回のお打ち合わせを、2026年2月10日（火）14時からお願いできますでしょうか。当日は弊社より営業部長の〇〇と担当の〇〇が出席いたします。貴社からご出席いただく方も、お知らせいただけますと幸いです。',
        ],
      },
      {
        text: 'I would like to propose an introductory meeting on Tuesday, February 10, 2026, at 2 p.m.',
        context: { recipient: 'prospect' },
        flagged: 'Tuesday, February 10, 2026, at 2 p.m.',
        outputs: [
          'I would like to propose an introductory meeting on Tuesday, February 10, 2026, at 2 p.m. Attending from our side will be [name], our [title], and I.',
          'I would like to propose an introductory meeting on Tuesday, February 10, 2026, at 2 p.m. Attending from our side will be [name], our [title], and I. Could you also let us know who will join from your side?',
        ],
      },
      {
        // The slot in a header above the letter, the proposal below referring to it: underlined from the slot
        // through that proposal; who attends is added to the proposal.
        text: 'Proposed: Wednesday, March 10, 2027, 15:00–16:00 JST\n\nDear Mr. Nakagawa,\n\nIf the time above is convenient, we would be glad to visit you for an introductory meeting.',
        kind: 'meeting-invite',
        context: { recipient: 'prospect', firstContact: true, now: '2027-02-22' },
        flagged: 'Wednesday, March 10, 2027, 15:00–16:00 JST\n\nDear Mr. Nakagawa,\n\nIf the time above is convenient, we would be glad to visit you for an introductory meeting.',
        outputs: [
          'Proposed: Wednesday, March 10, 2027, 15:00–16:00 JST\n\nDear Mr. Nakagawa,\n\nIf the time above is convenient, we would be glad to visit you for an introductory meeting. Attending from our side will be [name], our [title], and I.',
          'Proposed: Wednesday, March 10, 2027, 15:00–16:00 JST\n\nDear Mr. Nakagawa,\n\nIf the time above is convenient, we would be glad to visit you for an introductory meeting. Attending from our side will be [name], our [title], and I. Could you also let us know who will join from your side?',
        ],
      },
    ],
  },
  document(ctx) {
    if (!isFirstMeeting(ctx) || draftNamesAttendees(ctx)) return;
    // A mail that only asks when they are free is not yet a plan; it needs a date to be one.
    // A range of days offered (「5月11日〜15日のいずれかで」) is a date too.
    if (ctx.kind === 'email' && meetingSlots(ctx).length === 0 && meetingRanges(ctx).length === 0) return;
    const t = target(ctx);
    if (!t) return;
    ctx.report({
      ...onProposedSlot(ctx, t),
      message: 'This first meeting does not say who will attend. Name who is coming from your side and their roles, so that the client can send counterparts of matching rank.',
      messageJa: '初回の打ち合わせですが、出席者が書かれていません。先方が役職の釣り合う出席者をそろえられるよう、弊社の出席者と役職を明記しましょう。',
    });
  },
});
