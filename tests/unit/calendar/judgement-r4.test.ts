// Which dates are meeting proposals, by class (issue 11, round 4): relative dates two weeks out, a day of
// the month with its weekday in the past, US month/day against day/month decided by the stated weekday,
// ranges of days offered, availability offered on a condition (でしたら), a meeting word near a date that is
// no offer (a deadline, a delivery, an absence, history), times given in other zones, and the first meeting
// of an introduced contact. Each class has near misses that stay clean. Every case is our own writing.
import { describe } from 'vitest';
import { run } from './case-table';

// 2026-11-09 is a Monday; 11/23 (Mon) is 勤労感謝の日, two weeks on.
describe('relative dates: the week after next, next week, the 23rd', () => {
  run([
    { now: '2026-11-09', body: '再来週月曜の14時にお伺いしてもよろしいでしょうか。', expect: [['meeting-on-holiday', '再来週月曜']] },
    { now: '2026-11-09', body: '再来週火曜の14時にお伺いしてもよろしいでしょうか。', expect: [] },
    { now: '2026-11-09', body: 'Could we meet on Monday the week after next at 10am?', expect: [['meeting-on-holiday', 'Monday the week after next']] },
    { now: '2026-11-09', body: 'Could we meet on Tuesday the week after next at 10am?', expect: [] },
    { now: '2026-11-16', body: 'Would next Monday at 3pm work for a call?', expect: [['meeting-on-holiday', 'next Monday']] },
    { now: '2026-11-16', body: 'Would next Tuesday at 3pm work for a call?', expect: [] },
    { now: '2026-11-16', body: '来週月曜の15時にお打ち合わせはいかがでしょうか。', expect: [['meeting-on-holiday', '来週月曜']] },
    { now: '2026-11-16', body: '来週水曜の15時にお打ち合わせはいかがでしょうか。', expect: [] },
    { now: '2026-11-16', body: 'Could we meet on the 23rd at 10am?', expect: [['meeting-on-holiday', 'the 23rd']] },
    { now: '2026-11-16', body: 'Could we meet on the 24th at 10am?', expect: [] },
  ]);
});

describe('availability offered on a condition (〜でしたら…可能です) is a proposal; a delivery is not', () => {
  run([
    {
      now: '2026-11-09',
      body: '安全研修の日程についてご連絡いたします。\n講師の予定を確認しましたところ、再来週の月曜日でしたら、10時から16時まで対応が可能です。',
      expect: [['meeting-on-holiday', '再来週の月曜日']],
    },
    {
      now: '2026-11-09',
      body: '安全研修の日程についてご連絡いたします。\n講師の予定を確認しましたところ、再来週の火曜日でしたら、10時から16時まで対応が可能です。',
      expect: [],
    },
    { now: '2026-11-09', body: '研修の件、再来週の月曜日でしたら講師の派遣が可能です。', expect: [['meeting-on-holiday', '再来週の月曜日']] },
    { now: '2026-11-09', body: '再来週の月曜日でしたら納品が可能です。', expect: [] },
    { now: '2026-11-09', body: '再来週の月曜日は対応不可能です。', expect: [] },
    { now: '2026-11-16', body: 'Our engineer is available next Monday from 10am to 4pm for the visit.', expect: [['meeting-on-holiday', 'next Monday']] },
    { now: '2026-11-16', body: 'Our engineer is available next Tuesday from 10am to 4pm for the visit.', expect: [] },
  ]);
});

// 2026-11-09: the 3rd of this month was a Tuesday; October 20 was a Tuesday too.
describe('past dates as history stay clean, a wrong weekday on a future day is still caught', () => {
  run([
    { now: '2026-11-09', body: '先月の20日にお打ち合わせした件につきまして、ご連絡いたします。', expect: [] },
    { now: '2026-11-09', body: '先月２０日（火）のお打ち合わせの件でご連絡いたしました。', expect: [] },
    { now: '2026-11-09', body: '先月20日（火）にお伺いした際はありがとうございました。', expect: [] },
    { now: '2026-11-09', body: '10月20日の会議でご説明した件について、見積書をお送りします。', expect: [] },
    { now: '2026-11-09', body: '先日3日（火）の会議でお話しした件につきまして、資料をお送りします。', expect: [] },
    { now: '2026-11-09', body: '去る3日（火）のご訪問の際はありがとうございました。', expect: [] },
    { now: '2026-11-09', body: 'On Tuesday the 3rd we met at your office; here is the summary.', expect: [] },
    { now: '2026-11-09', body: 'Following our meeting on Oct 20, I attach the proposal.', expect: [] },
    { now: '2026-11-25', body: 'Thank you for meeting us on Monday, November 23.', expect: [] },
    { now: '2026-11-25', body: '前回の打ち合わせ（11月23日）の議事録をお送りします。', expect: [] },
    // Neither the 3rd to come (Thu) nor the 3rd gone (Tue) is a Wednesday: the weekday is wrong.
    { now: '2026-11-09', body: '3日（水）にお打ち合わせをお願いできますでしょうか。', expect: [['weekday-mismatch', '3日（水）']] },
    { now: '2026-11-09', body: '来月3日（木）にお打ち合わせをお願いできますでしょうか。', expect: [] },
  ]);
});

// 2026-02-20. 10 March 2026 is a Tuesday, 3 October a Saturday; 3 May (Sun) is 憲法記念日.
describe('month/day or day/month: the stated weekday decides', () => {
  run([
    { now: '2026-02-20', body: 'Could we do a call on Tue 3/10 at 10am JST?', expect: [] },
    { now: '2026-02-20', body: 'Could we meet on Tue 10/3 at 10am?', expect: [] },
    { now: '2026-02-20', body: 'Could we meet on 10/3 (Tue) at 10am?', expect: [] },
    { now: '2026-02-20', body: 'Could we meet on Wed 10/3 at 10am?', expect: [['weekday-mismatch', 'Wed 10/3']] },
    { now: '2026-02-20', body: 'Could we meet on Sat 3/10 at 10am?', expect: [['meeting-on-weekend', 'Sat 3/10']], fixed: 'Fri 2/10' },
    { now: '2026-02-20', body: 'Could we meet on Sun 3/5 at 10am?', expect: [['meeting-on-holiday', 'Sun 3/5']] },
    { now: '2026-02-20', body: 'Could we do a call on Tue 3/9 at 10am JST?', expect: [['weekday-mismatch', 'Tue 3/9']] },
    { now: '2027-02-20', body: 'Could we do a call on Tue 3/9 at 10am JST?', expect: [] },
    { now: '2026-02-20', body: 'Could we meet on Mon 11/5 at 10am?', expect: [] },
    { now: '2026-02-20', body: 'Could we meet on Thu 5/11 at 10am?', expect: [] },
  ]);
});

describe('a range of days offered for a meeting takes in no holiday or closure', () => {
  run([
    {
      now: '2026-12-01', body: '12月28日（月）〜30日（水）のいずれかでお打ち合わせのお時間をいただけますと幸いです。',
      expect: [['meeting-on-holiday', '12月28日（月）〜30日（水）']], fixed: '12月28日（月）',
    },
    { now: '2026-12-01', body: '12月21日（月）〜23日（水）のいずれかでお打ち合わせのお時間をいただけますと幸いです。', expect: [] },
    { now: '2026-12-01', body: '5月1日〜5月8日の間でご訪問のご都合はいかがでしょうか。', expect: [['meeting-on-holiday', '5月1日〜5月8日']], fixed: '5月6日〜5月7日' },
    { now: '2025-12-01', body: '5月11日〜5月15日の間でご訪問のご都合はいかがでしょうか。', expect: [] },
    { now: '2026-12-01', body: '研修は2月9日〜2月13日の5日間で実施したく存じます。', expect: [['meeting-on-holiday', '2月9日〜2月13日']] },
    { now: '2026-12-01', body: '研修は2月15日〜2月19日の5日間で実施したく存じます。', expect: [] },
    { now: '2026-12-01', body: '12月28日〜30日のいずれかで納品いたします。', expect: [] },
    { now: '2026-12-01', body: '弊社は12月28日（月）〜1月4日（月）まで休業いたします。', expect: [] },
    { now: '2026-12-01', body: '工事期間は12月28日〜30日です。お打ち合わせは別途ご相談させてください。', expect: [] },
    { now: '2026-12-01', body: '12月28日〜30日は担当者が不在のため、お打ち合わせは1月5日以降でお願いします。', expect: [] },
    { now: '2026-12-01', body: '12月28日〜30日は担当者が休暇のため、お打ち合わせは年明けにお願いします。', expect: [] },
    { now: '2026-12-01', body: 'Our team is off from Dec 27 to Jan 4; any day from Jan 5 works for the call.', expect: [] },
  ]);
});

// 2026-11-09: 11/23 (Mon) is a public holiday.
describe('a meeting word near a date that is no offer', () => {
  run([
    { now: '2026-11-09', body: 'お打ち合わせの資料は11月23日までにお送りいたします。', expect: [] },
    { now: '2026-11-09', body: '会議でご説明した見積書の有効期限は11月23日です。', expect: [] },
    { now: '2026-11-09', body: '打ち合わせで決まった納品日は11月23日です。', expect: [] },
    { now: '2026-11-09', body: 'Please send the meeting minutes by Monday, November 23.', expect: [] },
    { now: '2026-11-09', body: 'The delivery discussed in our meeting is scheduled for November 23.', expect: [] },
    { now: '2026-11-09', body: "Our office is closed on November 23 for Labor Thanksgiving Day; let's schedule the call after that.", expect: [] },
    { now: '2026-12-01', body: "I'm off on Monday, December 7, so could we meet on Tuesday, December 8?", expect: [] },
    // The client's absence is no notice of ours: a visit proposed for the day they are away is still checked.
    { now: '2027-04-20', body: 'オフィスに皆様が出社されない5月4日（火）に、機器の入れ替えに伺ってもよろしいでしょうか。', expect: [['meeting-on-holiday', '5月4日（火）']] },
    { now: '2027-04-20', body: 'Could our engineers visit on Tuesday, May 4 while your staff are off?', expect: [['meeting-on-holiday', 'Tuesday, May 4']] },
    { now: '2026-11-09', body: 'お打ち合わせは11月23日（月）14時からでいかがでしょうか。', expect: [['meeting-on-holiday', '11月23日（月）']] },
    { now: '2026-11-09', body: 'Could we hold the meeting on Monday, November 23 at 2pm?', expect: [['meeting-on-holiday', 'Monday, November 23']] },
  ]);
});

// Tuesday 24 November 2026; Japan has no daylight saving, the US and Europe are on winter time.
describe('times in other zones, converted to Tokyo', () => {
  run([
    { now: '2026-11-16', body: 'Could we have a call on Tuesday, November 24 at 5pm PT?', expect: [] },
    { now: '2026-11-16', body: 'Could we have a call on Tuesday, November 24 at 9am ET?', expect: [['outside-business-hours', 'Tuesday, November 24 at 9am ET']] },
    { now: '2026-11-16', body: 'Could we have a call on Tuesday, November 24 at 8pm ET?', expect: [] },
    { now: '2026-11-16', body: 'Could we have a call on Tuesday, November 24 at 2pm CET?', expect: [['outside-business-hours', 'Tuesday, November 24 at 2pm CET']] },
    { now: '2026-11-16', body: 'Could we have a call on Tuesday, November 24 at 8am CET?', expect: [] },
    { now: '2026-11-16', body: 'Could we have a call on Tuesday, November 24 at 9am GMT?', expect: [['outside-business-hours', 'Tuesday, November 24 at 9am GMT']] },
    { now: '2026-11-16', body: 'Could we have a call on Tuesday, November 24 at 1am GMT?', expect: [] },
    { now: '2026-11-16', body: 'Could we have a call on Tuesday, November 24 at 7am SGT?', expect: [['outside-business-hours', 'Tuesday, November 24 at 7am SGT']] },
    { now: '2026-11-16', body: 'Could we have a call on Tuesday, November 24 at 3pm SGT?', expect: [] },
    { now: '2026-11-16', body: 'Would 9am your time on Tuesday, November 24 work for a call?', expect: [] },
    { now: '2026-11-16', body: 'Would 8pm your time on Tuesday, November 24 work for a call?', expect: [['outside-business-hours', '8pm your time on Tuesday, November 24']] },
  ]);
});

describe('the first meeting of an introduced contact says who attends', () => {
  const intro = 'Dear Mr. Yoshimura,\n\nMs. Oda of Nagase Industries kindly introduced me to you.\n';
  run([
    {
      now: '2027-10-27', recipient: 'prospect', firstContact: true,
      body: `${intro}We would be glad to visit you on Wednesday, November 10 at 10:00 to hear about your plans.`,
      expect: [['first-meeting-attendees', 'Wednesday, November 10 at 10:00']],
    },
    {
      now: '2027-10-27', recipient: 'prospect', firstContact: true,
      body: `${intro}Our sales director, Mr. Mori, and I would be glad to visit you on Wednesday, November 10 at 10:00.`,
      expect: [],
    },
    {
      now: '2027-10-27', recipient: 'prospect', firstContact: true,
      body: '小田様よりご紹介をいただきました。\n11月10日（水）10時に貴社へお伺いできればと存じます。',
      expect: [['first-meeting-attendees', '11月10日（水）10時']],
    },
    {
      now: '2027-10-27', recipient: 'prospect', firstContact: true,
      body: '小田様よりご紹介をいただきました。\n11月10日（水）10時に、営業部長の森と私の2名で貴社へお伺いできればと存じます。',
      expect: [],
    },
    {
      now: '2026-06-25', recipient: 'prospect',
      body: 'As discussed, we would like to set up an introductory meeting on Wednesday, July 8 at 2pm JST.',
      expect: [['first-meeting-attendees', 'Wednesday, July 8 at 2pm JST']],
    },
    { now: '2026-06-25', recipient: 'prospect', body: 'As discussed, we would like to set up a follow-up call on Wednesday, July 8 at 2pm JST.', expect: [] },
  ]);
});
