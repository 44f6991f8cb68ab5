// A meeting set of our own: proposals and notices as sellers write them, in Japanese, English and both,
// many of them clean. Each case states exactly which calendar findings it raises (rule, flagged phrase);
// the set as a whole is also scored (recall over the flagged cases, no clean case flagged).
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import type { DraftInput, Finding } from '../../../src/engine/types';
import { PolicySchema, type PolicyInput } from '../../../src/policy/schema';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();

interface Case {
  lang: 'ja' | 'en' | 'mixed';
  body: string;
  /** [rule name after any.calendar., flagged phrase], in order; empty for a clean draft. */
  expect: Array<[string, string]>;
  now?: string;
  kind?: 'email' | 'meeting-invite';
  recipient?: 'client' | 'prospect' | 'internal';
  policy?: PolicyInput;
  /** What replaces the flagged phrase of the first finding, per suggestion. */
  fixed?: string[];
  severity?: 'info' | 'warning' | 'error';
}

const CASES: Case[] = [
  // Japanese proposals with a problem.
  {
    lang: 'ja', now: '2026-01-05', body: '来週月曜日の14時にお打ち合わせをお願いできますでしょうか。',
    expect: [['meeting-on-holiday', '来週月曜日']],
    fixed: ['1月9日（金）', '1月13日（火）'],
  },
  { lang: 'ja', now: '2026-02-09', body: '明後日の午後2時に貴社へお伺いしてもよろしいでしょうか。', expect: [['meeting-on-holiday', '明後日']] },
  { lang: 'ja', now: '2026-03-16', body: '今週金曜の15:00〜16:00でオンライン会議はいかがでしょうか。', expect: [['meeting-on-holiday', '今週金曜']] },
  { lang: 'ja', body: '12月27日（土）10時にご訪問させていただけますでしょうか。', expect: [['meeting-on-weekend', '12月27日（土）']] },
  {
    lang: 'ja',
    body: 'お打ち合わせの候補日を以下にお送りいたします。\n・12月10日（水）14:00〜15:00\n・12月13日（土）10:00〜11:00\n・12月15日（月）16:00〜17:00\nご都合のよい日時をお知らせください。',
    expect: [['meeting-on-weekend', '12月13日（土）']],
  },
  {
    lang: 'ja', body: '1月15日（木）8時からお打ち合わせをお願いできますでしょうか。',
    expect: [['outside-business-hours', '1月15日（木）8時']],
    fixed: ['1月14日（水）17時', '1月15日（木）9時'],
  },
  { lang: 'ja', body: '2026年5月1日（金）10:00〜11:00に品質監査をお願いしたく存じます。', expect: [['meeting-on-holiday', '2026年5月1日（金）']] },
  { lang: 'ja', body: '8月14日（金）に工場見学をさせていただけないでしょうか。', expect: [['meeting-on-holiday', '8月14日（金）']] },
  // A kickoff with a prospect is a first meeting: it should also say who attends (with an existing client it
  // is one more meeting, unless the draft calls it the first: judgement-r5.test.ts).
  {
    lang: 'ja', recipient: 'prospect', body: '9月22日（火）の午後にキックオフを実施できればと考えております。',
    // Round 21: the first-meeting finding is underlined on its slot, here the same range as the holiday's; who
    // attends is a problem of its own (Rule.ownProblem), so both are kept.
    expect: [['first-meeting-attendees', '9月22日（火）'], ['meeting-on-holiday', '9月22日（火）']],
  },
  { lang: 'ja', body: '5月6日（水）にデモのお時間をいただけますでしょうか。', expect: [['meeting-on-holiday', '5月6日（水）']] },
  { lang: 'ja', body: '12月10日（木）15時に貴社へお伺いいたします。', expect: [['weekday-mismatch', '12月10日（木）']] },
  { lang: 'ja', body: '1月2日（金）に新年のご挨拶に伺えればと存じます。', expect: [['meeting-on-holiday', '1月2日（金）']] },
  {
    lang: 'ja', body: '日本時間の20時からWeb会議をお願いできますでしょうか。',
    expect: [['outside-business-hours', '日本時間の20時']], fixed: ['日本時間の13時', '日本時間の17時'],
  },
  { lang: 'ja', body: '明日の21時に少しお電話でお話しできますでしょうか。', expect: [['outside-business-hours', '明日の21時']] },
  {
    lang: 'ja', recipient: 'prospect',
    body: '初めてのお打ち合わせとなりますが、12月16日（火）14時に貴社へお伺いしてもよろしいでしょうか。',
    expect: [['first-meeting-attendees', '12月16日（火）14時']],
  },
  { lang: 'ja', body: '12月24日（水）7時半から朝食を兼ねたお打ち合わせはいかがでしょうか。', expect: [['outside-business-hours', '12月24日（水）7時半']] },
  { lang: 'ja', body: '１２月２０日（土）にご面談のお時間をいただけますと幸いです。', expect: [['meeting-on-weekend', '１２月２０日（土）']] },
  { lang: 'ja', body: '11月3日（火）に貴社へご説明に伺いたく存じます。', expect: [['meeting-on-holiday', '11月3日（火）']] },
  { lang: 'ja', body: 'ご面談ですが、12月12日（金）12:00〜13:00はいかがでしょうか。', expect: [['outside-business-hours', '12:00〜13:00']], severity: 'info' },
  { lang: 'ja', body: '再来週の土曜日にお伺いしてもよろしいでしょうか。', expect: [['meeting-on-weekend', '再来週の土曜日']] },

  // English proposals with a problem.
  { lang: 'en', now: '2026-01-05', body: 'Could we meet next Monday at 2pm?', expect: [['meeting-on-holiday', 'next Monday']] },
  { lang: 'en', body: 'Would Saturday, December 13 work for a quick call?', expect: [['meeting-on-weekend', 'Saturday, December 13']] },
  {
    lang: 'en', body: 'How about Thu 11 June 9am PT?',
    expect: [['outside-business-hours', 'Thu 11 June 9am PT']],
    fixed: ['Wed 10 June 5pm PT (Thu 9am JST)', 'Thu 11 June 5pm PT (Fri 9am JST)'],
  },
  { lang: 'en', body: 'Can we do the demo on Tuesday, March 10 at 4pm PT?', expect: [['outside-business-hours', 'Tuesday, March 10 at 4pm PT']] },
  {
    lang: 'en', body: "Let's schedule the kickoff for Friday, March 20 at 10am JST. Our project lead Ms. Chen will join me.",
    expect: [['meeting-on-holiday', 'Friday, March 20']],
  },
  { lang: 'en', body: "I'd like to propose an on-site audit on Monday, September 21.", expect: [['meeting-on-holiday', 'Monday, September 21']] },
  { lang: 'en', body: 'Could we talk at 6pm CET on Thursday, December 11?', expect: [['outside-business-hours', '6pm CET on Thursday, December 11']] },
  { lang: 'en', body: 'Please let me know if Monday, December 15 at 3pm ET works for a call.', expect: [['outside-business-hours', 'Monday, December 15 at 3pm ET']] },
  { lang: 'en', body: 'Our sales director and I would like to visit you on Wednesday, December 31.', expect: [['meeting-on-holiday', 'Wednesday, December 31']] },
  {
    lang: 'en', recipient: 'prospect', body: 'Could we set up an introductory call on Tuesday, December 16 at 10am JST?',
    expect: [['first-meeting-attendees', 'Tuesday, December 16 at 10am JST']],
  },
  {
    lang: 'en', body: 'Here are a few options for our meeting:\n- Mon 8 Dec, 10:00 JST\n- Sat 13 Dec, 11:00 JST\n- Tue 16 Dec, 15:00 JST',
    expect: [['meeting-on-weekend', 'Sat 13 Dec']],
  },
  { lang: 'en', body: 'Would Wednesday, February 11 be convenient for the project review meeting?', expect: [['meeting-on-holiday', 'Wednesday, February 11']] },
  { lang: 'en', body: 'Could we meet on Friday, December 5 at 12:30?', expect: [['outside-business-hours', '12:30']], severity: 'info' },
  { lang: 'en', body: 'Are you free for a call on Sunday, January 11?', expect: [['meeting-on-weekend', 'Sunday, January 11']] },
  {
    lang: 'en', body: 'We would be glad to host you for a product walkthrough on Tuesday, December 9 at 7pm JST.',
    expect: [['outside-business-hours', 'Tuesday, December 9 at 7pm JST']],
    fixed: ['Tuesday, December 9 at 5pm JST', 'Wednesday, December 10 at 9am JST'],
  },
  { lang: 'en', body: 'Shall we hold the workshop on Monday, May 4, 2026?', expect: [['meeting-on-holiday', 'Monday, May 4, 2026']] },

  // Both languages.
  {
    lang: 'mixed', kind: 'meeting-invite',
    body: '日時 / Date: 2026年2月23日（月）14:00〜15:00 / Monday, February 23, 2026, 2pm JST\n出席者 / Attendees: 弊社 営業部長 小林、Jane Doe\n\n品質監査のお打ち合わせをお願いいたします。',
    // One meeting written twice: flagged once, on the first half; the suggestion moves both halves.
    expect: [['meeting-on-holiday', '2026年2月23日（月）']],
  },
  { lang: 'mixed', body: 'Sato-san, could we have a quick Teams call 来週火曜日の19時?', expect: [['outside-business-hours', '来週火曜日の19時']] },
  { lang: 'mixed', body: 'デモの件、Thursday, January 1 at 10am JST はいかがでしょうか。', expect: [['meeting-on-holiday', 'Thursday, January 1']] },

  // Clean: closure notices, deadlines, history, regular meetings, good slots.
  { lang: 'ja', body: '誠に勝手ながら、12月29日（月）から1月4日（日）まで年末年始休業とさせていただきます。', expect: [] },
  { lang: 'ja', body: '弊社は8月13日から16日まで夏季休業をいただきます。', expect: [] },
  { lang: 'ja', body: '資料は12月12日（金）21時までにお送りいたします。', expect: [] },
  { lang: 'ja', body: 'ご返信は9日までにいただけますと幸いです。', expect: [] },
  { lang: 'en', body: 'Please send the signed contract by 9pm on Friday.', expect: [] },
  { lang: 'ja', body: 'いつもの定例会は毎週月曜日の8時半からで変わりありません。', expect: [] },
  { lang: 'en', body: 'Our weekly call stays at 8am JST on Mondays as usual.', expect: [] },
  { lang: 'ja', now: '2025-12-10', body: '先日12月6日（土）のお打ち合わせでは、ありがとうございました。', expect: [] },
  { lang: 'en', body: 'Thank you for meeting us on November 3.', expect: [] },
  { lang: 'en', body: '> Could we meet on Saturday, December 13 at 10am?\n\nThank you, that works for us.', expect: [] },
  { lang: 'ja', body: '12月16日（火）14時〜15時に貴社へお伺いしてもよろしいでしょうか。', expect: [] },
  { lang: 'en', body: 'Could we meet on Wednesday, December 10 at 2pm JST?', expect: [] },
  { lang: 'en', body: 'Would Tuesday, December 9 at 5pm PT (Wednesday 10am JST) work for a call?', expect: [] },
  { lang: 'ja', body: '来週火曜日の14時はいかがでしょうか。', expect: [] },
  { lang: 'en', body: 'The new model launches on Saturday, December 13.', expect: [] },
  { lang: 'ja', body: '納品は12月27日（土）を予定しております。', expect: [] },
  { lang: 'ja', body: '1月5日（月）〜1月9日（金）のいずれかで、ご面談のお時間をいただけますでしょうか。', expect: [] },
  { lang: 'ja', body: '月末にお伺いできればと存じます。', expect: [] },
  { lang: 'ja', body: '年明けにご挨拶に伺います。', expect: [] },
  { lang: 'en', body: 'Could we find time the week after next for a demo?', expect: [] },
  { lang: 'en', body: 'Our support desk is open from 9am to 9pm JST.', expect: [] },
  { lang: 'en', body: 'We met on Saturday, November 29 at the trade show.', expect: [] },
  { lang: 'ja', body: '12月11日（木）19時から懇親会を予定しております。ぜひご参加ください。', expect: [] },
  { lang: 'en', body: 'The system maintenance runs on Sunday, December 14 from 2am to 5am JST.', expect: [] },
  { lang: 'en', body: 'Could we have a call on Thursday, December 11 at 5pm PT (Friday 10am JST)?', expect: [] },
  { lang: 'ja', recipient: 'internal', body: '12月13日（土）の打ち合わせ、私も出ます。', expect: [] },
  { lang: 'ja', body: '1月8日（木）11:00〜11:30に新年のご挨拶に伺いたく存じます。', expect: [] },
  { lang: 'en', body: 'Would 10am SGT on Friday, December 12 suit you for a video call?', expect: [] },
  { lang: 'en', body: "I'm out of the office on Monday, January 12, so could we meet on Tuesday, January 13 at 10am?", expect: [] },
  { lang: 'ja', body: '明日10時にお電話いたします。', expect: [] },
  { lang: 'ja', body: '12月10日（水）午後2時にお伺いいたします。', expect: [] },
  { lang: 'mixed', body: '来週水曜日（12月10日）の15時に、オンラインでお打ち合わせをお願いできますでしょうか。', expect: [] },
  { lang: 'ja', body: '12月15日（月）の16:00-17:00 でいかがでしょうか。', expect: [] },
  { lang: 'en', body: 'Shall we say 9:30am JST on Monday, December 8?', expect: [] },
  { lang: 'en', body: 'Can we do the demo on Tuesday, November 10 at 4pm PT?', expect: [] },
  { lang: 'en', body: 'Dinner on Friday, December 12 at 7pm at a restaurant near your office?', expect: [] },
  { lang: 'ja', body: '見積書の有効期限は12月27日（土）です。', expect: [] },
  { lang: 'en', body: 'The invoice is due on Sunday, December 28.', expect: [] },
  { lang: 'mixed', body: 'Golden Week中（4月29日〜5月6日）は休業しております。5月7日（木）以降でご都合はいかがでしょうか。', expect: [] },

  // The organisation's policy: the writer's own zone, other business hours, a larger client.
  {
    lang: 'en', policy: { meetings: { writerTimeZone: 'America/Los_Angeles' } },
    body: 'Could we talk on Tuesday, December 9 at 9am?',
    expect: [['outside-business-hours', 'Tuesday, December 9 at 9am']],
    fixed: ['Monday, December 8 at 4pm (Tue 9am JST)', 'Tuesday, December 9 at 4pm (Wed 9am JST)'],
  },
  {
    lang: 'en', policy: { meetings: { writerTimeZone: 'America/Los_Angeles' } },
    body: 'Could we talk on Tuesday, December 9 at 5pm?', expect: [],
  },
  {
    lang: 'ja', policy: { meetings: { businessHours: { start: '10:00', end: '17:00' } } },
    body: '12月10日（水）9時半からお打ち合わせをお願いできますでしょうか。',
    expect: [['outside-business-hours', '12月10日（水）9時半']],
  },
  {
    lang: 'ja', recipient: 'prospect', policy: { meetings: { clientLarger: true } },
    body: '初回のご挨拶を兼ねて、12月16日（火）14時に貴社へお伺いできればと存じます。当日は担当の森がお伺いいたします。',
    expect: [['first-visit-senior', '初回のご挨拶を兼ねて、12月16日（火）14時に貴社へお伺いできればと存じます。']],
  },
  {
    lang: 'ja', recipient: 'prospect', policy: { meetings: { clientLarger: true } },
    body: '初回のご挨拶を兼ねて、12月16日（火）14時に貴社へお伺いできればと存じます。当日は営業部長の佐藤と担当の森がお伺いいたします。',
    expect: [],
  },
  // Proposals recognised from the sentence whatever the event: recurring slots offered, inspections,
  // trainings under a lead-in that offers dates, a site check, a confirming question after the slot.
  { lang: 'ja', body: '12月8日（月）から、毎朝8:30〜8:45で進捗確認の朝会を設定させていただけますでしょうか。', expect: [['outside-business-hours', '8:30〜8:45']] },
  { lang: 'ja', now: '2025-12-22', body: '1月の月次定例ですが、1月12日（月）10時から貴社にてお願いできますでしょうか。', expect: [['meeting-on-holiday', '1月12日（月）']] },
  { lang: 'ja', body: '年次点検を12月27日（土）10時から実施させていただきたく存じます。', expect: [['meeting-on-weekend', '12月27日（土）']] },
  { lang: 'ja', now: '2026-02-09', body: '明後日の15時頃にお電話を差し上げてもよろしいでしょうか。', expect: [['meeting-on-holiday', '明後日']] },
  {
    lang: 'ja', now: '2025-12-22',
    body: '新人研修の日程につきまして、下記の候補をご提案いたします。\n\n1. 1月13日（火）9:30〜17:00\n2. 1月17日（土）9:30〜17:00',
    expect: [['meeting-on-weekend', '1月17日（土）']],
  },
  { lang: 'ja', body: '改修工事に先立つ現地確認について、業務に差し支えないよう12月20日（土）9時からではいかがでしょうか。', expect: [['meeting-on-weekend', '12月20日（土）']] },
  { lang: 'ja', now: '2025-12-22', body: '1月2日（金）14時より、貴社にて納期調整のお打ち合わせをお願いできますでしょうか。', expect: [['meeting-on-holiday', '1月2日（金）']] },
  { lang: 'ja', now: '2026-04-24', body: '連休明けの5月6日（水）10時に、ご相談に伺えればと存じます。', expect: [['meeting-on-holiday', '5月6日（水）']] },
  { lang: 'ja', now: '2026-05-11', body: '月末の31日午後に、点検結果のご報告に伺えればと存じます。', expect: [['meeting-on-weekend', '月末の31日']] },
  {
    lang: 'mixed', body: 'Could we start a weekly sync on Wednesdays at 5:30 PM SGT?\n毎週水曜日 17:30（シンガポール時間）でいかがでしょうか。',
    expect: [['outside-business-hours', '5:30 PM SGT'], ['outside-business-hours', '17:30（シンガポール時間）']],
  },
  {
    // A weekly slot keeps its weekday; the Tokyo time goes beside the foreign one, minutes as written.
    lang: 'en', body: 'Could we move our weekly sync to Wednesdays at 5:30 PM SGT?',
    expect: [['outside-business-hours', '5:30 PM SGT']],
    fixed: ['12:00 PM SGT (1:00 PM JST)', '4:00 PM SGT (5:00 PM JST)'],
  },
  {
    lang: 'en', body: 'Would Tuesday, December 9, 3:00 PM – 4:00 PM (Pacific Time) work for the quarterly review?',
    expect: [['outside-business-hours', 'Tuesday, December 9, 3:00 PM – 4:00 PM (Pacific Time)']],
    fixed: [
      'Monday, December 8, 6:00 PM – 7:00 PM (Pacific Time) (Tue 11:00 AM JST)',
      'Tuesday, December 9, 4:00 PM – 5:00 PM (Pacific Time) (Wed 9:00 AM JST)',
    ],
  },
  { lang: 'en', now: '2026-01-05', body: 'How about Monday the 12th at 10am for a call to go over the audit findings?', expect: [['meeting-on-holiday', 'Monday the 12th']] },
  {
    lang: 'en', now: '2026-01-10', body: 'Our director and I could visit on the last day of this month to present the annual plan. Would the morning suit you?',
    expect: [['meeting-on-weekend', 'the last day of this month']],
  },
  { lang: 'en', body: 'Would Thursday, December 11 at 9:00 AM Pacific work for a call?', expect: [['outside-business-hours', 'Thursday, December 11 at 9:00 AM Pacific']] },
  {
    lang: 'en', now: '2025-12-22',
    body: 'Ms. Braun and I would be available on any of the following dates (Tokyo time):\n- Friday, January 9, 10:00–12:00\n- Monday, January 12, 14:00–16:00',
    expect: [['meeting-on-holiday', 'Monday, January 12']],
  },
  { lang: 'en', body: 'I could present the monthly figures on Saturday, December 13 at 10:00 at your office. Would that be convenient?', expect: [['meeting-on-weekend', 'Saturday, December 13']] },
  {
    lang: 'en', recipient: 'prospect', body: 'Thank you for your inquiry. Could we meet on Wednesday, December 10 at 10:00 at your Osaka office to hear your requirements?',
    expect: [['first-meeting-attendees', 'Wednesday, December 10 at 10:00']],
  },
  { lang: 'ja', body: '12月11日（木）11:30〜13:30でお打ち合わせはいかがでしょうか。', expect: [['outside-business-hours', '11:30〜13:30']], severity: 'info' },
  // The earliest start offered is a proposed time; evening words put a 時 time after noon.
  { lang: 'ja', body: '12月10日（水）18時以降でしたら、お打ち合わせのお時間をいただけますでしょうか。', expect: [['outside-business-hours', '12月10日（水）18時']] },
  { lang: 'en', body: 'Would any time after 6pm JST on Wednesday, December 10 work for a call?', expect: [['outside-business-hours', '6pm JST on Wednesday, December 10']] },
  { lang: 'ja', body: '明日の夜7時から、お電話で少しお話しできますでしょうか。', expect: [['outside-business-hours', '夜7時']], fixed: ['13時', '17時'] },
  { lang: 'en', body: 'Could we set up a call on the 13th (Saturday) at 10am?', expect: [['meeting-on-weekend', 'the 13th (Saturday)']] },
  { lang: 'ja', body: '1月の第2月曜日の14時に、新年のご挨拶に伺えればと存じます。', expect: [['meeting-on-holiday', '1月の第2月曜日']] },
  { lang: 'en', body: 'Could we meet on the second Monday of January at 10am?', expect: [['meeting-on-holiday', 'the second Monday of January']] },
  {
    lang: 'en', body: 'We could meet at 7:30 in the morning on Thursday, December 11 if that is easier.',
    expect: [['outside-business-hours', '7:30 in the morning on Thursday, December 11']],
    fixed: ['5:00pm on Wednesday, December 10', '9:00am on Thursday, December 11'],
  },

  // Near misses that stay clean: durations, 一時的, a kind of day, someone else's event as a deadline,
  // slots already agreed, deadlines beside the date, full-day sessions, closures spoken of.
  { lang: 'ja', body: '12月10日（水）15時から1時間ほど、オンラインでご説明させていただけますでしょうか。', expect: [] },
  { lang: 'en', body: 'As Saturday is not a working day for your team, could we visit on Monday, December 8 at 10:00 instead?', expect: [] },
  { lang: 'en', body: 'Support at weekends is not included in the current plan.', expect: [] },
  { lang: 'ja', body: '現在のプランでは夜間の対応は含まれておりませんが、一時的な切り替えもご用意しております。', expect: [] },
  { lang: 'ja', body: '貴社の取締役会（12月27日）に間に合うよう、お見積りを12月24日までにお送りいたします。', expect: [] },
  { lang: 'ja', body: 'いつもの月次定例は、引き続き第1月曜日の8時からでよろしいでしょうか。', expect: [] },
  { lang: 'en', body: 'Shall we keep our standing call at 7am JST on Mondays as usual?', expect: [] },
  { lang: 'ja', body: '納期は12月27日（土）でいかがでしょうか。', expect: [] },
  { lang: 'ja', body: '12月13日（土）の納品について、12月10日（水）14時にお打ち合わせをお願いできますでしょうか。', expect: [] },
  { lang: 'ja', body: '12月11日（木）9:30〜17:00の研修にご参加いただけますでしょうか。', expect: [] },
  { lang: 'mixed', now: '2026-04-20', body: 'Golden Week明けの5月7日（木）10時にご挨拶に伺えればと存じます。', expect: [] },
  { lang: 'ja', now: '2026-04-20', body: '5月4日（月）は祝日のため、5月7日（木）以降でお打ち合わせの日程をご相談させてください。', expect: [] },
  { lang: 'en', now: '2026-08-01', body: 'Our office is closed for Obon from August 13 to 16; could we meet on Monday, August 17 instead?', expect: [] },
  { lang: 'en', recipient: 'prospect', body: 'Does Tuesday work for a quick call?', expect: [] },
  { lang: 'ja', body: '12月10日（水）正午からランチミーティングはいかがでしょうか。', expect: [] },
  { lang: 'en', body: 'How about lunch at noon on Wednesday, December 10?', expect: [] },
  { lang: 'en', body: 'Please send the revised figures by 6pm JST on Wednesday, December 10.', expect: [] },
  { lang: 'ja', body: '受付は18時以降も承っております。', expect: [] },
  { lang: 'en', body: 'The meeting on Saturday, December 13 has been cancelled.', expect: [] },
  { lang: 'ja', body: '12月13日（土）に開催される弊社セミナーの資料をお送りいたします。', expect: [] },
];

function run(c: Case): Finding[] {
  const draft: DraftInput = {
    subject: '', body: c.body, kind: c.kind ?? 'email',
    context: { recipient: c.recipient ?? 'client', firstContact: false, now: c.now ?? '2025-12-01' },
  };
  return engine.analyze(draft, PolicySchema.parse(c.policy ?? {})).filter((f) => f.category === 'calendar');
}

const named = CASES.map((c, i) => [`${c.lang} ${i}: ${c.body.slice(0, 50).replace(/\n/g, ' ')}`, c] as const);

describe('the meeting set', () => {
  it('has at least 60 proposals and notices, many of them clean, in ja, en and both', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(25);
    for (const lang of ['ja', 'en', 'mixed'] as const) expect(CASES.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(3);
  });

  it.each(named)('%s', (_name, c) => {
    const found = run(c);
    expect(found.map((f) => [f.ruleId.replace('any.calendar.', ''), c.body.slice(f.start, f.end)])).toEqual(c.expect);
    for (const f of found) {
      expect(f.messageJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(f.suggestions.length).toBeGreaterThan(0);
    }
    if (c.severity) expect(found[0]!.severity).toBe(c.severity);
    if (c.fixed) {
      const f = found[0]!;
      const texts = f.suggestions.map((_, i) => applySuggestion(c.body, f, i));
      const expected = c.fixed.map((x) => c.body.slice(0, f.start) + x + c.body.slice(f.end));
      expect(texts).toEqual(expected);
      // Applying a suggestion leaves no calendar finding of the same rule on the moved slot.
      for (const t of texts) {
        const again = run({ ...c, body: t }).filter((g) => g.ruleId === f.ruleId);
        expect(again, `after «${t}»`).toEqual([]);
      }
    }
  });
});
