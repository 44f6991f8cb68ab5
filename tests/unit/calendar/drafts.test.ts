// Whole drafts through the real engine and rule registry: which calendar findings each raises, on
// exactly which phrase, and what the text reads like after a suggestion. Clean drafts raise nothing.
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import type { DraftInput, Finding } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();

interface Case {
  name: string;
  draft: DraftInput;
  /** [rule name after any.calendar., flagged phrase] in order. */
  expect: Array<[string, string]>;
  /** Optional: the body after applying suggestion i of finding 0. */
  fixed?: string[];
}

const now = '2025-12-01';
const mail = (body: string, extra: Partial<DraftInput> = {}): DraftInput => ({
  subject: '', body, kind: 'email', context: { recipient: 'client', firstContact: false, now }, ...extra,
});
const invite = (body: string, recipient: 'client' | 'prospect' = 'client', subject = ''): DraftInput => ({
  subject, body, kind: 'meeting-invite', context: { recipient, firstContact: false, now },
});

const CASES: Case[] = [
  {
    name: 'ja mail: a meeting on Coming of Age Day',
    draft: mail('株式会社ミドリ電機\n購買部 岡本様\n\nいつもお世話になっております。\n次回のお打ち合わせですが、1月12日（月）の14時はいかがでしょうか。\n\nよろしくお願いいたします。'),
    expect: [['meeting-on-holiday', '1月12日（月）']],
    fixed: [
      '株式会社ミドリ電機\n購買部 岡本様\n\nいつもお世話になっております。\n次回のお打ち合わせですが、1月9日（金）の14時はいかがでしょうか。\n\nよろしくお願いいたします。',
      '株式会社ミドリ電機\n購買部 岡本様\n\nいつもお世話になっております。\n次回のお打ち合わせですが、1月13日（火）の14時はいかがでしょうか。\n\nよろしくお願いいたします。',
    ],
  },
  {
    name: 'ja mail: candidate slots in a list, one of them in Golden Week',
    draft: mail('お打ち合わせの候補日を下記にお送りいたします。\n・4月30日（木）10:00〜\n・5月7日（木）14:00〜\n・5月8日（金）14:00〜\nご都合のよい日時をお知らせください。'),
    expect: [['meeting-on-holiday', '4月30日（木）']],
  },
  {
    name: 'en mail: a plant visit on Respect for the Aged Day (Silver Week)',
    draft: mail('Dear Mr. Hori,\n\nWould Monday, September 21 work for a visit to your Kobe plant?\n\nBest regards,\nTom Reed'),
    expect: [['meeting-on-holiday', 'Monday, September 21']],
    fixed: [
      'Dear Mr. Hori,\n\nWould Friday, September 18 work for a visit to your Kobe plant?\n\nBest regards,\nTom Reed',
      'Dear Mr. Hori,\n\nWould Thursday, September 24 work for a visit to your Kobe plant?\n\nBest regards,\nTom Reed',
    ],
  },
  {
    name: 'en invite: year-end closure',
    draft: invite('Date: December 29, 2026\nTime: 10:00–11:00 JST\nPlace: your Osaka office\nAttendees: Ms. Kaori Ueda; Mark Oliver (Sales Director)\n\nDear Ms. Ueda,\nWe look forward to reviewing next year’s forecast with you.'),
    expect: [['meeting-on-holiday', 'December 29, 2026']],
  },
  {
    name: 'bilingual invite: one meeting on the Emperor’s Birthday written in both languages, flagged once and moved as one',
    draft: invite('日時 / When: 2026年2月23日（月）10:00〜11:00 / Monday, February 23, 2026\n出席者 / Attendees: 弊社 営業部長 小林、担当 Jane Doe\n\n株式会社ヒカリ製薬 品質保証部 原様\n品質監査の進め方について、お打ち合わせをお願いできれば幸いです。'),
    expect: [['meeting-on-holiday', '2026年2月23日（月）']],
    fixed: [
      '日時 / When: 2026年2月20日（金）10:00〜11:00 / Friday, February 20, 2026\n出席者 / Attendees: 弊社 営業部長 小林、担当 Jane Doe\n\n株式会社ヒカリ製薬 品質保証部 原様\n品質監査の進め方について、お打ち合わせをお願いできれば幸いです。',
      '日時 / When: 2026年2月24日（火）10:00〜11:00 / Tuesday, February 24, 2026\n出席者 / Attendees: 弊社 営業部長 小林、担当 Jane Doe\n\n株式会社ヒカリ製薬 品質保証部 原様\n品質監査の進め方について、お打ち合わせをお願いできれば幸いです。',
    ],
  },
  {
    name: 'ja mail: weekday does not match the date',
    draft: mail('12月10日（木）15時に貴社へお伺いいたします。'),
    expect: [['weekday-mismatch', '12月10日（木）']],
    fixed: ['12月10日（水）15時に貴社へお伺いいたします。', '12月11日（木）15時に貴社へお伺いいたします。'],
  },
  {
    name: 'en mail: a call proposed on a Saturday',
    draft: mail('Dear Ms. Sato,\nCould we set up a call on Saturday, January 10 to go through the test results?\nKind regards,\nAnna'),
    expect: [['meeting-on-weekend', 'Saturday, January 10']],
  },
  {
    name: 'ja mail: fullwidth digits keep their width in the suggestion',
    draft: mail('２月１１日（水）にお打ち合わせをお願いできますでしょうか。'),
    expect: [['meeting-on-holiday', '２月１１日（水）']],
    fixed: ['２月１０日（火）にお打ち合わせをお願いできますでしょうか。', '２月１２日（木）にお打ち合わせをお願いできますでしょうか。'],
  },
  {
    name: 'ja mail: Reiwa era date',
    draft: mail('令和8年3月20日（金）に貴社へお伺いしたく存じます。'),
    expect: [['meeting-on-holiday', '令和8年3月20日（金）']],
    fixed: ['令和8年3月19日（木）に貴社へお伺いしたく存じます。', '令和8年3月23日（月）に貴社へお伺いしたく存じます。'],
  },
  {
    name: 'ja mail: month/day with a slash',
    draft: mail('3/20（金）14時からのお打ち合わせでいかがでしょうか。'),
    expect: [['meeting-on-holiday', '3/20（金）']],
    fixed: ['3/19（木）14時からのお打ち合わせでいかがでしょうか。', '3/23（月）14時からのお打ち合わせでいかがでしょうか。'],
  },
  {
    name: 'en mail: day-first date on Constitution Memorial Day',
    draft: mail('Would 3 May 2026 be convenient for you to visit our showroom?'),
    expect: [['meeting-on-holiday', '3 May 2026']],
  },
  {
    name: 'year inference near the year end: 1月2日 means the coming January',
    draft: mail('1月2日（土）に新年のご挨拶に伺えればと存じます。', { context: { recipient: 'client', now: '2026-12-20' } }),
    expect: [['meeting-on-holiday', '1月2日（土）']],
    fixed: ['12月28日（月）に新年のご挨拶に伺えればと存じます。', '1月4日（月）に新年のご挨拶に伺えればと存じます。'],
  },
  {
    name: 'ja first visit by mail with a date and nobody named',
    draft: mail('株式会社アサヒ樹脂\n製造部 村田様\n\n初回のご挨拶を兼ねて、1月20日（火）14時に貴社へお伺いできればと存じます。\nご都合をお聞かせいただけますと幸いです。', { context: { recipient: 'prospect', now } }),
    expect: [['first-meeting-attendees', '1月20日（火）14時']],
  },
  {
    name: 'en first-meeting invite naming nobody: the date line is flagged when no sentence proposes it',
    draft: invite('Introductory meeting\nWhen: Tuesday, January 20, 2026, 14:00–15:00\nWhere: online (Teams)', 'prospect'),
    expect: [['first-meeting-attendees', 'Tuesday, January 20, 2026, 14:00–15:00']],
    fixed: ['Introductory meeting\nWhen: Tuesday, January 20, 2026, 14:00–15:00\nAttending from our side: [name], [title]; [name], [title]\nWhere: online (Teams)'],
  },
  {
    name: 'en mail: a polite past-tense proposal is still a proposal',
    draft: mail('I was wondering if we could meet on May 4.'),
    expect: [['meeting-on-holiday', 'May 4']],
  },
  // Clean drafts: nothing at all.
  { name: 'clean: thanks for a past meeting, in Japanese', draft: mail('5月1日のお打ち合わせでは大変お世話になりました。'), expect: [] },
  { name: 'clean: accepting the client’s own date', draft: mail('3月20日（金）のお打ち合わせの件、承知いたしました。'), expect: [] },
  { name: 'clean: a delivery date on a holiday', draft: mail('納期は5月1日（金）を予定しております。'), expect: [] },
  {
    name: 'clean: a year-end closure notice with a range',
    draft: mail('誠に勝手ながら、12月27日（土）から1月4日（日）まで年末年始休業とさせていただきます。'),
    expect: [],
  },
  { name: 'clean: thanks for a past meeting on a date that recurs on a holiday', draft: mail('Thank you for meeting us on November 3.'), expect: [] },
  {
    name: 'clean: shipping is nearer the date than the meeting',
    draft: mail('We will ship the samples on Monday, May 4 so that they arrive well before our meeting.'),
    expect: [],
  },
  {
    name: 'clean: the writer speaks of the closure and proposes the day after',
    draft: mail('Our office is closed from August 13 to August 16; could we meet on August 17 instead?'),
    expect: [],
  },
  {
    name: 'clean: an invite with a deadline inside it',
    draft: invite('日時：2026年3月19日（木）15:00〜16:00\n場所：貴社 会議室\n弊社出席者：営業部 課長 山口、担当 井上\n\n資料は3月20日（金）までにお送りいたします。'),
    expect: [],
  },
  {
    name: 'clean: internal mail about a holiday meeting',
    draft: { ...mail('3月20日（金）の打ち合わせ、私も同行します。'), context: { recipient: 'internal', now } },
    expect: [],
  },
  {
    name: 'clean: first meeting that names who attends',
    draft: mail('初回のご挨拶を兼ねて、1月20日（火）14時に貴社へお伺いできればと存じます。\n当日は弊社より代表の佐々木と、担当の森がお伺いいたします。', { context: { recipient: 'prospect', now } }),
    expect: [],
  },
  {
    name: 'clean: New Year greeting visit to a long-standing client',
    draft: invite('日時：2026年1月8日（木）11:00〜11:30\n場所：貴社 本社\n\n新年のご挨拶に伺いたく存じます。', 'client'),
    expect: [],
  },
  {
    name: 'clean: a seminar date range and a launch date',
    draft: mail('The new model launches on May 1, and the training runs from August 12 to August 18.'),
    expect: [],
  },
];

function calendar(draft: DraftInput): Finding[] {
  return engine.analyze(draft).filter((f) => f.category === 'calendar');
}

describe('calendar findings on whole drafts', () => {
  it('has at least 15 drafts of its own', () => expect(CASES.length).toBeGreaterThanOrEqual(15));

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const found = calendar(c.draft);
    expect(found.map((f) => [f.ruleId.replace('any.calendar.', ''), c.draft.body.slice(f.start, f.end)])).toEqual(c.expect);
    for (const f of found) {
      expect(f.messageJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(f.suggestions.length).toBeGreaterThan(0);
    }
    if (c.fixed) expect(found[0]!.suggestions.map((_, i) => applySuggestion(c.draft.body, found[0]!, i))).toEqual(c.fixed);
  });
});
