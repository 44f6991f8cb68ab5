// Which proposals were missed or wrongly read (issue 11, round 6), by class. Every case is our own wording,
// in other verbs and constructions than the development set's; each class has its near misses that stay clean.
import { describe } from 'vitest';
import { run } from './case-table';

// 2026-07-27 is a Monday; 8/1–2 is a weekend; 8/11 (Tue) is Mountain Day; 8/13–16 is the Obon closure.
const now = '2026-07-27';

describe('a period (a week, a month) is not a day: never judged as the holiday inside it', () => {
  run([
    { now: '2026-10-26', body: 'Could we meet next week?', expect: [] },
    { now: '2026-10-26', body: 'I would like to visit you next week to present our offer.', expect: [] },
    { now: '2026-12-01', body: 'Could we meet at the end of the month?', expect: [] },
    { now: '2026-12-01', body: 'Our director will be in Japan at the end of the month, and we would like to visit you then.', expect: [] },
    { now: '2026-04-20', body: 'Please give me a meeting next week.', expect: [] },
    { now: '2026-07-27', body: 'We would like to visit you in the middle of next month.', expect: [] },
    // A real day inside the period is still judged.
    { now: '2026-12-01', body: 'We will be in Japan at the end of the month and would like to visit you on Tuesday, December 29, at 11:00.', expect: [['meeting-on-holiday', 'Tuesday, December 29']] },
    { now: '2026-10-26', body: 'Could we meet next week, on Tuesday, November 3 at 10:00?', expect: [['meeting-on-holiday', 'Tuesday, November 3']] },
    { now: '2026-12-01', body: 'Could we meet on the last day of this month?', expect: [['meeting-on-holiday', 'the last day of this month']] },
  ]);
});

describe('a weekday alone lives in the week named beside it', () => {
  run([
    // 2026-08-04 is a Tuesday: "next week" is 8/10–14, so Tuesday is the 11th (Mountain Day), Thursday the 13th (Obon).
    { now: '2026-08-04', body: 'We would like to visit you next week. Would Tuesday afternoon suit you?', expect: [['meeting-on-holiday', 'Tuesday afternoon']] },
    { now: '2026-08-04', body: 'Could we meet next week, perhaps on Thursday at 10:00?', expect: [['meeting-on-holiday', 'Thursday']] },
    { now: '2026-08-04', body: '来週お伺いしたく存じます。火曜日の午後はいかがでしょうか。', expect: [['meeting-on-holiday', '火曜日']] },
    // Written on a Tuesday (2027-02-09): Thursday alone would be the 11th (a holiday), but next week's is the 18th.
    { now: '2027-02-09', body: 'Our manager and I would like to visit you next week. Would Wednesday or Thursday afternoon suit you?', expect: [] },
    { now: '2027-02-09', body: '来週ご挨拶に伺いたく存じます。水曜日か木曜日の午後はいかがでしょうか。', expect: [] },
    { now: '2027-02-09', body: 'Could we have a call next week, say Thursday at 10:00?', expect: [] },
    // A weekday with its own word (this Thursday), or no week named, keeps its own reading.
    { now: '2027-02-09', body: 'Could we meet this Thursday at 10:00?', expect: [['meeting-on-holiday', 'this Thursday']] },
    { now: '2027-02-09', body: 'Could we meet on Thursday at 10:00?', expect: [['meeting-on-holiday', 'Thursday']] },
    { now: '2027-02-09', body: 'We shipped the parts last week. Could we meet on Thursday at 10:00?', expect: [['meeting-on-holiday', 'Thursday']] },
  ]);
});

describe('dates and times in more phrasings: part of the day, time before date, table cells, minus signs, zones by place', () => {
  run([
    { now, body: 'Mr. Huang is free on Friday, August 14 in the afternoon, if a meeting at your office suits you.', expect: [['meeting-on-holiday', 'Friday, August 14']] },
    { now, body: 'Could we visit you on August 13 in the morning?', expect: [['meeting-on-holiday', 'August 13']] },
    { now, body: 'Our engineer could join a call at 7:00 am Tokyo time on Wednesday, July 29.', expect: [['outside-business-hours', '7:00 am Tokyo time on Wednesday, July 29']] },
    { now, body: 'We propose to meet at 10:00, Saturday, August 1.', expect: [['meeting-on-weekend', 'Saturday, August 1']] },
    { now, body: 'We could visit your plant on these dates:\n| Tuesday, August 11 | 10:00–12:00 |\n| Wednesday, August 19 | 13:00–15:00 |', expect: [['meeting-on-holiday', 'Tuesday, August 11']] },
    { now, body: 'Could we review the logs with your engineers on Wednesday, July 29 at 14:00 (UTC−4)?', expect: [['outside-business-hours', 'Wednesday, July 29 at 14:00 (UTC−4)']] },
    { now, body: 'Would 9:00 São Paulo time on Wednesday, July 29 work for a call?', expect: [['outside-business-hours', '9:00 São Paulo time on Wednesday, July 29']] },
    { now, body: '7月29日（水）9:00（ベトナム時間）にWeb会議をお願いできますでしょうか。', expect: [] },
    { now, body: '7月29日（水）9:00（メキシコ時間）にお電話でお話しできればと存じます。', expect: [['outside-business-hours', '7月29日（水）9:00（メキシコ時間）']] },
    // Near misses: a duration, the business hours of a desk, a zone-like word that names no place.
    { now, body: '営業時間は7月29日（水）9時から18時までです。', expect: [] },
    { now, body: 'Lunch time on Wednesday, July 29 is 12:00 to 13:00 at the canteen.', expect: [] },
    { now, body: 'Please send the report by 9pm Tokyo time on Wednesday, July 29.', expect: [] },
  ]);
});

describe('an event moved to a day is that event\'s slot, whatever its noun', () => {
  run([
    { now, body: 'Could we postpone the audit to Friday, August 14?', expect: [['meeting-on-holiday', 'Friday, August 14']] },
    { now, body: 'May we move the line trial to Saturday, August 1?', expect: [['meeting-on-weekend', 'Saturday, August 1']] },
    { now, body: 'We would like to push the inspection back to August 13.', expect: [['meeting-on-holiday', 'August 13']] },
    { now, body: 'Would it be possible to reschedule the commissioning for Tuesday, August 11?', expect: [['meeting-on-holiday', 'Tuesday, August 11']] },
    { now, body: '試運転を8月14日（金）に変更させていただけないでしょうか。', expect: [['meeting-on-holiday', '8月14日（金）']] },
    { now, body: '立ち上げ作業を8月1日（土）へ延期させていただけますでしょうか。', expect: [['meeting-on-weekend', '8月1日（土）']] },
    // Near misses: a delivery moved, a relocation, a deadline changed, a good day.
    { now, body: 'Could we move the delivery to Friday, August 14?', expect: [] },
    { now, body: 'We are moving to our new office on Friday, August 14.', expect: [] },
    { now, body: '納期を8月14日（金）に変更いたします。', expect: [] },
    { now, body: 'Could we postpone the audit to Tuesday, August 18?', expect: [] },
  ]);
});

describe('a time offered without a meeting noun: availability, a joint session, someone sent, an invitation to our office', () => {
  run([
    { now, body: 'Our plant manager can join a call at 7:30 am JST on Thursday, July 30, before his flight.', expect: [['outside-business-hours', '7:30 am JST on Thursday, July 30']] },
    { now, body: 'We would like to go through the test results with your team on Friday, August 14 at 10:00.', expect: [['meeting-on-holiday', 'Friday, August 14']] },
    { now, body: 'Shall we check the prototype together with you on Saturday, August 1 at 10:00?', expect: [['meeting-on-weekend', 'Saturday, August 1']] },
    { now, body: 'I can walk your engineers through the new firmware on August 14 at 3pm.', expect: [['meeting-on-holiday', 'August 14']] },
    { now, body: 'We would like to send Mr. Ito to your office on Friday, August 14 at 10:00.', expect: [['meeting-on-holiday', 'Friday, August 14']] },
    { now, body: 'Can I send our engineer to your plant on Saturday, August 1?', expect: [['meeting-on-weekend', 'Saturday, August 1']] },
    { now, body: 'We would like to invite you and your team to our year-end review on Monday, December 28 at 14:00.', expect: [] },
    { now, body: 'We would like to invite you to our Shinagawa office on Tuesday, August 11 at 14:00.', expect: [['meeting-on-holiday', 'Tuesday, August 11']] },
    // Near misses: goods sent, a deadline with the reader's team, a good day.
    { now, body: 'We will send the samples to your office on Friday, August 14.', expect: [] },
    { now, body: 'Please review the logs with your engineers by Friday, August 14.', expect: [] },
    { now, body: 'We will send Mr. Ito to your office on Tuesday, August 18 at 10:00.', expect: [] },
  ]);
});

describe('first meetings: who attends, and what is not a first meeting', () => {
  const p = { now, recipient: 'prospect' as const };
  run([
    { ...p, body: 'It was good to meet you at the fair. I would like to set up a first meeting at your site. How about Tuesday, August 4 at 10:00?', expect: [['first-meeting-attendees', 'I would like to set up a first meeting at your site. How about Tuesday, August 4 at 10:00?']] },
    { ...p, body: 'We would welcome the chance to hold an introductory meeting on Tuesday, August 4 at 10:00.', expect: [['first-meeting-attendees', 'Tuesday, August 4 at 10:00']] },
    { ...p, body: '初回のお打ち合わせを8月4日（火）10時にお願いできますでしょうか。サンプルもお持ちいたします。', expect: [['first-meeting-attendees', '8月4日（火）10時']] },
    { ...p, body: 'I would like to propose a first meeting on Tuesday, August 4 at 10:00. I will bring samples of both formats.', expect: [['first-meeting-attendees', 'Tuesday, August 4 at 10:00']] },
    // Who attends is said: by the writer who guides or comes, by a colleague brought along.
    { ...p, body: 'ショールームへのご来場について、8月4日（火）10時でしたら私がご案内いたします。', expect: [] },
    { ...p, body: 'I would like to propose a first meeting on Tuesday, August 4 at 10:00. I will bring our chief engineer, Mr. Ota.', expect: [] },
    // 初回 of an order, a lot or a shipment is no first meeting.
    { ...p, body: '初回ロットは8月4日（火）10時に出荷いたします。', expect: [] },
    { ...p, body: '初回ご注文分の打ち合わせを8月4日（火）10時に行う予定です。当日は営業の佐藤が伺います。', expect: [] },
    // A chase of unanswered mails is a cold approach, left to the cold-outreach rules.
    { ...p, body: 'I wrote twice in July without a reply. I will come by your office on Tuesday, August 4 at 10:00.', expect: [] },
    { ...p, body: 'I have not heard back since my last message. Could we meet on Tuesday, August 4 at 10:00?', expect: [] },
    { ...p, body: '先月お送りしたメールにお返事をいただけておりませんので、8月4日（火）10時に改めてお伺いいたします。', expect: [] },
  ]);
});

describe('an invitation\'s When line is offered, a recurring series it sets up too', () => {
  run([
    { now, kind: 'meeting-invite', body: 'When: Every Thursday from July 30, 2026, 19:00–19:30 JST\nWhere: Zoom\n\nThis recurring call will keep both teams aligned.', expect: [['outside-business-hours', 'July 30, 2026, 19:00–19:30 JST']] },
    { now, kind: 'meeting-invite', body: 'When: Every Thursday from July 30, 2026, 10:00–10:30 JST\nWhere: Zoom', expect: [] },
    { now, body: '定例のお打ち合わせは、これまでどおり毎週木曜日の19時からです。', expect: [] },
  ]);
});

describe('a bare number that counts something is no clock', () => {
  run([
    { now, body: 'The allocation for your plant is confirmed at 18 tonnes per month, and we can discuss it at the meeting.', expect: [] },
    { now, body: 'We could meet your team at 22 sites in total over the year.', expect: [] },
    { now, body: 'ご都合のよい日時を2〜3お知らせいただけますでしょうか。', expect: [] },
    { now, body: 'お打ち合わせには弊社から3名で伺います。候補日を2、3いただけますと幸いです。', expect: [] },
    { now, body: 'Shall we meet at 22 percent of the budget?', expect: [] },
    { now, body: 'Could we meet at 7 units per line?', expect: [] },
    // Near misses: a clock with its mark, or a bare hour with nothing counted after it, stays a time.
    { now, body: 'Could we have a call at 7pm on Wednesday, July 29?', expect: [['outside-business-hours', '7pm on Wednesday, July 29']] },
    { now, body: 'お打ち合わせを7月29日（水）の20時からお願いできますでしょうか。', expect: [['outside-business-hours', '7月29日（水）の20時']] },
    { now, body: 'Could we meet at 7 on Wednesday, July 29?', expect: [['outside-business-hours', '7 on Wednesday, July 29']] },
  ]);
});
