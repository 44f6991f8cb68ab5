// What any.calendar.first-meeting-attendees needs to know about a draft: is it a first meeting, does it
// say who attends, and which sentence proposes the meeting. Word lists: dictionaries/calendar/first-meeting.json.
import { z } from 'zod';
import data from '../../../../dictionaries/calendar/first-meeting.json';
import type { Annotator } from '../../../engine/analysis/facts';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';
import { has as hasWord } from './lexicon';
import { meetingRanges, meetingSlots } from './meeting-dates';
import { bundled, onDemand } from '../../bundled';
import { matchAll, plainText, twinOf } from '../../../engine/match-all';

const Group = onDemand(() => z.object({ ja: z.array(z.string()), en: z.array(z.string()) }));
const FirstMeetingSchema = onDemand(() => z.object({
    firstMeeting: Group(),
    kickoff: Group(),
    seasonalGreeting: Group(),
    followUp: Group(),
    earlierContact: Group(),
    unanswered: Group(),
    introduced: Group(),
    inquired: Group(),
    attendees: Group(),
    attendeesByName: z.object({ en: z.array(z.string()) }),
    visit: Group(),
    senior: Group(),
    proposal: z.object({
      jaMeeting: z.array(z.string()),
      jaRequest: z.array(z.string()),
      enMeeting: z.array(z.string()),
      enRequest: z.array(z.string()),
    }),
  }));
const lists = bundled('calendar/first-meeting', FirstMeetingSchema, data);

function compile(sources: string[], flags = 'iu'): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);
}
const both = (g: z.infer<ReturnType<typeof Group>>) => [...g.ja, ...g.en];

const FIRST = compile(both(lists.firstMeeting));
const KICKOFF = compile(both(lists.kickoff));
const SEASONAL = compile(both(lists.seasonalGreeting), 'giu');
const FOLLOW_UP = compile(both(lists.followUp));
const EARLIER_CONTACT = compile(both(lists.earlierContact));
const UNANSWERED = compile(both(lists.unanswered));
const INTRODUCED = compile(both(lists.introduced));
const INQUIRED = compile(both(lists.inquired));
const ATTENDEES = compile(both(lists.attendees));
/** Case-sensitive: these rely on capitalised names (Mr. Arai). */
const ATTENDEES_BY_NAME = compile(lists.attendeesByName.en, 'u');
const VISIT = compile(both(lists.visit));
const SENIOR = compile(both(lists.senior));
const JA_MEETING = compile(lists.proposal.jaMeeting);
const JA_REQUEST = compile(lists.proposal.jaRequest);
const EN_MEETING = compile(lists.proposal.enMeeting);
const EN_REQUEST = compile(lists.proposal.enRequest);

const GROUPS: Record<string, RegExp> = {
  firstMeeting: FIRST, kickoff: KICKOFF, seasonalGreeting: SEASONAL, followUp: FOLLOW_UP, earlierContact: EARLIER_CONTACT, unanswered: UNANSWERED,
  introduced: INTRODUCED, inquired: INQUIRED, attendees: ATTENDEES, attendeesByName: ATTENDEES_BY_NAME, visit: VISIT, senior: SENIOR,
};

/**
 * Whether a word group of first-meeting.json finds `text`, as the rule reads it (proposal: a meeting word and a request
 * word together, in either language): for the groups' own examples (tests/unit/calendar/lexicon-examples.test.ts).
 */
export function firstMeetingGroupFinds(group: string, text: string): boolean {
  if (group === 'proposal') return (JA_MEETING.test(text) && JA_REQUEST.test(text)) || (EN_MEETING.test(text) && EN_REQUEST.test(text));
  const re = GROUPS[group];
  if (!re) throw new Error(`first-meeting: no reader for the group ${group}`);
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/**
 * What one line says, worked out once per line text: re-analysis while typing then costs a lookup a line.
 * Cached by line text in the engine's fact store, like every other fact: it belongs to the Engine that
 * analysed the line (a new Engine starts cold) and is bounded by the store's capacity. Three annotators, read
 * in the order isFirstMeeting needs them: most drafts are no first meeting, and the other two are then never
 * asked for (a keystroke runs their patterns on no line).
 */
interface FirstFacts {
  first: boolean;
  /** A kick-off: the first meeting only with someone new (see kickoffIsFirst). */
  kickoff: boolean;
}

interface HistoryFacts {
  followUp: boolean;
  /** An earlier exchange (as discussed): a follow-up unless the draft calls the meeting a first one. */
  earlierContact: boolean;
  /** Our earlier mails went unanswered: the draft chases a cold approach. */
  unanswered: boolean;
}

const lineFirst: Annotator<FirstFacts> = {
  id: 'calendar-first-meeting-line',
  analyze: ({ text }) => {
    // mentionsFirstMeeting(text) and mentionsFirstMeeting(text, true), the greetings taken out once.
    const { seasonal, first: firstRe, kickoff } = linePatterns(text);
    const own = text.replace(seasonal, '');
    const first = firstRe.test(own);
    return { first, kickoff: first || kickoff.test(own) };
  },
};

/**
 * SEASONAL, FIRST and KICKOFF as they read `text`: their twins without the u flag where those match alike (plainText,
 * twinOf). These three run on every new line of every draft, and V8's /iu takes 60–120× as long on their alternations
 * as /i does (bench drafts of 10 KB, English lines: FIRST 0.75 ms a draft against 0.006 ms).
 */
function linePatterns(text: string): { seasonal: RegExp; first: RegExp; kickoff: RegExp } {
  if (!plainText(text)) return { seasonal: SEASONAL, first: FIRST, kickoff: KICKOFF };
  return { seasonal: twinOf(SEASONAL) ?? SEASONAL, first: twinOf(FIRST) ?? FIRST, kickoff: twinOf(KICKOFF) ?? KICKOFF };
}

const lineHistory: Annotator<HistoryFacts> = {
  id: 'calendar-first-meeting-line-history',
  analyze: ({ text }) => ({ followUp: FOLLOW_UP.test(text), earlierContact: EARLIER_CONTACT.test(text), unanswered: UNANSWERED.test(text) }),
};

const lineAttendees: Annotator<boolean> = { id: 'calendar-first-meeting-line-attendees', analyze: ({ text }) => namesAttendees(text) };

/**
 * Whether `annotator`'s facts of the subject or of one of the body's own lines (quoted history left out) pass
 * `test`, read in that order up to the first that does. The lines are looked up as they are (the annotators here
 * read a line's text alone): a keystroke allocates no object and no array per line and annotator.
 */
function anyOwn<T>(ctx: RuleContext, annotator: Annotator<T>, test: (facts: T) => boolean): boolean {
  const subject = ctx.draft.subject;
  if (test(ctx.facts.of(annotator, { text: subject, start: 0, end: subject.length, lang: 'en', line: 0 }))) return true;
  const lines = ctx.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!/^\s*>/.test(l.text) && test(ctx.facts.of(annotator, l as unknown as Sentence))) return true;
  }
  return false;
}

export function mentionsFirstMeeting(text: string, kickoffIsFirst = false): boolean {
  const { seasonal, first, kickoff } = linePatterns(text);
  const own = text.replace(seasonal, '');
  return first.test(own) || (kickoffIsFirst && kickoff.test(own));
}

/**
 * A kick-off starts a project, not always a relationship. With a prospect, or in a first message, it is the
 * first meeting; with an existing client (firstContact false) a project kick-off is one more meeting with
 * people already met, and only the draft's own words (初回のキックオフ, our first meeting) make it a first one.
 */
function kickoffIsFirst(ctx: RuleContext): boolean {
  return ctx.recipient === 'prospect' || ctx.firstContact;
}

/**
 * The subject of a coming visit, meeting or presentation, up to its modal: "Our sales director, Aaron Blake, and
 * our solution architect, Nadia Petrova, would be glad to visit…", "Aaron Blake (our sales director) will come…".
 */
const SUBJECT_THEN_ACT = /(?:^|[.!?]\s)([^.!?]{3,160}?)\s(?:would|will|can|could|shall)\s(?:(?:also|both|be (?:glad|happy|delighted|pleased|able) to|like to|love to)\s){0,2}(?:visit|meet|attend|join|come|present|demonstrate|see you|call on|stop by|walk you)\b/gu;
/** A person named in full: two capitalised words, neither a determiner ("Aaron Blake", "Nadia Petrova"). */
const FULL_NAME = /\b(?!(?:Our|My|The|We|I)\b)\p{Lu}\p{Ll}+ (?!(?:Our|My|The)\b)\p{Lu}[\p{Ll}'-]+\b/u;
/**
 * Their role told beside the name, as ours, ending in a word for a person's post: "our sales director", "my
 * colleague", "our head of engineering" (not "our company, Stackwise Logistics").
 */
const OUR = /\b(?:[Oo]ur|[Mm]y)\s/gu;
const ROLE_WORD = /^(?:colleague|manager|director|engineer|architect|CTO|CEO|COO|CFO|VP|president|founder|partner|lead|head|chief|officer|specialist|consultant|expert|analyst|technician|representative|advisor|adviser|scientist|designer|developer)s?$/;
/** "our"/"my" followed within four words by a word for a person's post (a word test, not one pattern: linear). */
function ourRole(subject: string): boolean {
  OUR.lastIndex = 0;
  for (const m of matchAll(subject, OUR)) {
    if (subject.slice(m.index + m[0].length).split(/[^\w-]+/, 4).some((w) => ROLE_WORD.test(w))) return true;
  }
  return false;
}

/**
 * Who attends told as the subject of the act: a colleague named in full with their role ("our sales director,
 * Aaron Blake, … would be glad to visit"), so the client knows who is coming and at what level.
 */
function namedSubjectAttends(text: string): boolean {
  SUBJECT_THEN_ACT.lastIndex = 0;
  for (const m of matchAll(text, SUBJECT_THEN_ACT)) {
    const subject = m[1]!;
    if (FULL_NAME.test(subject) && ourRole(subject)) return true;
  }
  return false;
}

export function namesAttendees(text: string): boolean {
  return ATTENDEES.test(text) || ATTENDEES_BY_NAME.test(text) || namedSubjectAttends(text) || namedBesideWriter(text) || rosterLine(text);
}

/** A capitalised name word ("Meier", "O'Neil", "Lopez-Vidal"), and a person: a title and a name ("Dr. Urs Meier", "Mr. Sato"), or two or three name words. */
const NAME = String.raw`\p{Lu}[\p{Ll}'-]+`;
const PERSON = String.raw`(?:(?:Mr|Ms|Mrs|Dr|Prof)\.? ${NAME}(?: ${NAME}){0,2}|${NAME}(?: ${NAME}){1,2})`;
/** The person's post or unit beside the name: "(Application Engineering)", ", our technical adviser,", "from our lab". */
const ROLE = String.raw`(?: ?\([^()\n]{1,40}\)|, (?:our|my) [^,.;\n]{1,40},?| from (?:our|my) [^,.;\n]{1,30}?)`;
/**
 * The person and the writer coordinated: "Dr. Urs Meier (Application Engineering) and myself", "myself and Ms. Keller".
 * Not "… and I": "My name is Ivy Huang, and I coordinate visits", "the Smart Energy Week and I would like" name the writer
 * or no one (the dictionary's "and I" pattern keeps its own exclusions).
 */
const BESIDE_WRITER = new RegExp(String.raw`${PERSON}${ROLE}?,? and (?:myself|me)\b|\b(?:myself|me) and ${PERSON}`, 'u');
/** Going with the writer, told with a post: "together with Mr. Jonas Berg (Product Manager)", "with Prof. Hans Vogel, our adviser". */
const GOES_WITH = String.raw`\b(?:together with|accompanied by|come with|coming with)`;
const WITH_ROLE = new RegExp(String.raw`${GOES_WITH} ${PERSON}${ROLE}|\bwith ${PERSON}, (?:our|my) `, 'u');

/**
 * Round 47 (h6hd-054, ud-003 of the older read corpora): a roster line — a side's name and a colon, then a person with their
 * post in brackets ("- Lipowa Furniture: Agnieszka Nowak (Export Manager), Kaori Okada (our agent in Japan)", "Quillmetric:
 * Megan Cho (Account Executive), …"): who attends, listed under the meeting's other lines.
 */
// The post starts with a capital or "our" / "my": "(link to follow)" after "Format: Google Meet" is no post.
// (The lead and the label cannot both take a space: one start, linear.)
// (Written with \u escapes: a String.raw template must stay Latin-1 for the one-byte bundle, src/build/one-byte-source.ts.)
const ROSTER_LINE = new RegExp(String.raw`^[ \t\-\u2022*\u30fb]{0,4}([^:\uff1a\s][^:\uff1a\n]{1,39})[:\uff1a] ?${PERSON} ?\((?:\p{Lu}|our |my )[^()\n]{1,40}\)`, 'u');
/** A label of the place, the time or the topic ("Venue: Hotel Okura (Main Lobby)"), not a side. */
const PLACE_OR_TIME = /^(?:date|time|when|where|venue|place|location|address|room)\b/i;
const FORMAT_OR_TOPIC = /^(?:platform|format|agenda|topic|subject|link|場所|日時|会場|議題)/i;
function rosterLine(text: string): boolean {
  const label = ROSTER_LINE.exec(text)?.[1];
  return label !== undefined && !PLACE_OR_TIME.test(label) && !FORMAT_OR_TOPIC.test(label);
}

/**
 * Round 31 (clean31): who attends told by a person named beside the writer or with their post — the names are there,
 * only not after a word of attending. A role that is the reader's ("Dr. Kato (your R&D head) and me") names theirs.
 */
function namedBesideWriter(text: string): boolean {
  const m = BESIDE_WRITER.exec(text) ?? WITH_ROLE.exec(text);
  return m !== null && !/\byour\b/i.test(m[0]);
}

/**
 * Whether the draft sets up a first meeting: one that says so (初回, introductory meeting) outside a
 * sentence about the past, or an invitation to someone met for the first time or to a prospect, unless
 * the draft reads as a follow-up (前回, 次回; "as discussed" only when it does not call the meeting a first one).
 */
export function isFirstMeeting(ctx: RuleContext): boolean {
  // An invitation to someone never met or to a prospect is a first meeting; so is a mail that proposes a
  // meeting on a named date to a prospect already in touch, or in a first mail that is no cold approach: one
  // written on someone's introduction or answering the prospect's own inquiry (the first message to them, but
  // they came to us). A cold mail is one when it fixes the day and the hour (来週火曜日の14時に伺います): a
  // plan the stranger is to attend; "does Tuesday work?" or 「一度お時間を」 is not yet one.
  const invite = ctx.kind === 'meeting-invite'
    ? ctx.firstContact || ctx.recipient === 'prospect'
    : ctx.recipient === 'prospect' && (!ctx.firstContact || solicited(ctx) ? proposesNamedDate(ctx) : proposesDayAndHour(ctx));
  const kickoff = kickoffIsFirst(ctx);
  const saidAnywhere = anyOwn(ctx, lineFirst, (f) => f.first || (kickoff && f.kickoff));
  if (!invite && !saidAnywhere) return false;
  if (anyOwn(ctx, lineHistory, (f) => f.followUp)) return false;
  // Chasing mails that got no answer is a cold approach, the cold-outreach rules' to judge.
  if (anyOwn(ctx, lineHistory, (f) => f.unanswered)) return false;
  if (!saidAnywhere && anyOwn(ctx, lineHistory, (f) => f.earlierContact)) return false;
  // Said in a sentence not about the past, or in one that asks for the meeting ("As discussed, we would
  // like to set up an introductory meeting": the past is the earlier talk, the meeting is to come).
  const said = saidAnywhere && (mentionsFirstMeeting(ctx.draft.subject, kickoff) ||
    ctx.sentences.some((s) => mentionsFirstMeeting(s.text, kickoff) && (!hasWord('past', s.text) || asksForMeeting(s))));
  return said || invite;
}

/**
 * A first mail that is no cold approach: written on someone's introduction, or answering the prospect's own
 * inquiry or request (お問い合わせいただき, "thank you for your enquiry"; the subject of a reply to it counts).
 */
function solicited(ctx: RuleContext): boolean {
  if (INQUIRED.test(ctx.draft.subject)) return true;
  return ctx.lines.some((l) => !/^\s*[>＞]/.test(l.text) && (INTRODUCED.test(l.text) || INQUIRED.test(l.text)));
}

function proposesNamedDate(ctx: RuleContext): boolean {
  // A range of named days offered (「5月11日〜15日のいずれかで」, "any day between 11 and 15 May") names the dates too.
  return meetingSlots(ctx).some(({ slot }) => slot.date !== undefined && !slot.date.relative && !slot.date.vague)
    || meetingRanges(ctx).some((r) => !r.from.relative);
}

/** A meeting slot with both a day (named or relative: 来週火曜日) and an hour. */
function proposesDayAndHour(ctx: RuleContext): boolean {
  return meetingSlots(ctx).some(({ slot }) => slot.date !== undefined && !slot.date.vague && slot.time !== undefined);
}

export function draftNamesAttendees(ctx: RuleContext): boolean {
  return anyOwn(ctx, lineAttendees, Boolean);
}

/** A sentence that asks for or announces a meeting: a meeting word and a request or plan. */
function asksForMeeting(s: Sentence): boolean {
  return s.lang === 'ja'
    ? JA_MEETING.test(s.text) && JA_REQUEST.test(s.text)
    : EN_MEETING.test(s.text) && EN_REQUEST.test(s.text);
}

/** A sentence that asks for or announces the meeting (not one about a past meeting). */
export function isProposal(s: Sentence): boolean {
  return !hasWord('past', s.text) && asksForMeeting(s);
}

/**
 * The sentence to flag: the proposal that names the first meeting, else the first proposal. A sentence
 * that asks for the meeting and calls it a first one is that proposal even with a word of the past in it
 * ("As discussed, we would like to set up an introductory meeting"): the past is the earlier talk.
 */
export function proposalSentence(ctx: RuleContext): Sentence | undefined {
  const proposals = ctx.sentences.filter(isProposal);
  const kickoff = kickoffIsFirst(ctx);
  return proposals.find((s) => mentionsFirstMeeting(s.text, kickoff))
    ?? ctx.sentences.find((s) => asksForMeeting(s) && mentionsFirstMeeting(s.text, kickoff))
    ?? proposals[0];
}

export function isVisit(text: string): boolean {
  return VISIT.test(text);
}

/**
 * A line without the people it addresses: in each run between separators, everything up to its last 様
 * (「佐藤部長様と弊社部長」 keeps 「と弊社部長」). One pass per run, where /[^\s、。,.]*様/g retried from every
 * position of a long run without 様.
 */
function withoutAddressees(text: string): string {
  return text.replace(/[^\s、。,.]+/g, (run) => {
    const i = run.lastIndexOf('様');
    return i < 0 ? run : run.slice(i + 1);
  });
}

/** The draft names a senior attending from our side (部長, director, head of…). */
export function draftNamesSenior(ctx: RuleContext): boolean {
  if (SENIOR.test(ctx.draft.subject)) return true;
  return ctx.lines.some((l) => !/^\s*[>＞]/.test(l.text) && SENIOR.test(withoutAddressees(l.text)));
}
