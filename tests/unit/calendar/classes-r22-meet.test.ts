// Round 22 (meet): classes named from set X's and W's calendar misses and false alarms, each with our own wordings
// in many shapes (the first twelve or more of each table) and the near misses that must stay as they are (after the
// comment). Weekdays and holidays checked with @holiday-jp/holiday_jp and Date: 6 May 2027 is a Thursday, 5 June 2027
// a Saturday; 9 June 2027 a Wednesday; 2 October 2027 a Saturday; 23 November 2027 (a Tuesday) is Labour
// Thanksgiving Day; 29 April 2027 (Thursday) is Showa Day.
import { describe } from 'vitest';
import { run } from './case-table';

const FMA = 'first-meeting-attendees';
const OBH = 'outside-business-hours';
const WKD = 'meeting-on-weekend';
const HOL = 'meeting-on-holiday';
const MIS = 'weekday-mismatch';

const apr = '2027-04-12';

describe('a numeric date with its year last is read day-first when its weekday fits only that reading, or when it is written with dots', () => {
  run([
    { now: apr, body: 'Could we meet on Thursday, 6.5.2027 at 10:00 JST?', expect: [] },
    { now: apr, body: 'Could we meet on Thursday 06.05.2027 at 10:00 JST?', expect: [] },
    { now: apr, body: 'Could we meet on Thursday, 6/5/2027 at 10:00 JST?', expect: [] },
    { now: apr, body: 'Would Thu, 6.5.2027, 14:00 JST suit you for the review?', expect: [] },
    { now: apr, body: 'Our engineers can visit your plant on Thursday 6-5-2027 in the morning.', expect: [] },
    { now: apr, body: 'The call is confirmed for Thursday, 06/05/2027, 9:30 JST.', expect: [] },
    { now: apr, body: 'Proposed date: Thursday, 6.5.2027, 10:00–11:00 JST', kind: 'meeting-invite', expect: [] },
    { now: apr, body: 'Would Friday, 7.5.2027 at 10:00 JST work for a call?', expect: [] },
    { now: apr, body: 'Could we meet on Tuesday, 11.5.2027 at 15:00 JST?', expect: [] },
    { now: apr, body: 'Could we hold the workshop on Wed 12.5.2027, 13:00 JST?', expect: [] },
    { now: apr, body: 'When / 日時: Thursday, 6.5.2027 / 2027年5月6日（木） 10:00 JST', kind: 'meeting-invite', expect: [] },
    { now: apr, body: 'I will be in Osaka on Monday 10.5.2027; could we meet at 14:00?', expect: [] },
    // Near misses: a weekday neither reading fits, and a dotted date that is a weekend day read day-first.
    { now: apr, body: 'Could we meet on Friday, 6.5.2027 at 10:00 JST?', expect: [[MIS, 'Friday, 6.5.2027']], fixed: 'Thursday, 6.5.2027' },
    { now: apr, body: 'Could we meet on Monday, 6.5.2027 at 10:00 JST?', expect: [[MIS, 'Monday, 6.5.2027']] },
    { now: apr, body: 'Could we meet on Wednesday 06.05.2027 at 10:00 JST?', expect: [[MIS, 'Wednesday 06.05.2027']] },
    { now: apr, body: 'Could we meet on 8.5.2027 at 10:00 JST?', expect: [[WKD, '8.5.2027']] },
    { now: apr, body: 'Could we meet on Saturday, 8.5.2027 at 10:00 JST?', expect: [[WKD, 'Saturday, 8.5.2027']] },
    { now: apr, body: 'Could we meet on Saturday, 6.5.2027 at 10:00 JST?', expect: [[WKD, 'Saturday, 6.5.2027']] },
    { now: apr, body: 'Could we meet on Wednesday, 5/11/2027 at 10:00 JST?', expect: [[MIS, 'Wednesday, 5/11/2027']] },
    { now: apr, body: 'Could we meet on 29.4.2027 at 10:00 JST?', expect: [[HOL, '29.4.2027']] },
  ]);
});

const mar = '2027-03-01';

describe('a month named with no day in it (end of April, early May) is a period, not a slot on Golden Week', () => {
  run([
    { now: mar, body: 'Would a visit at the end of April / 4月末 be possible?', expect: [] },
    { now: mar, body: 'Would a call at the end of April work for you?', expect: [] },
    { now: mar, body: 'Could we meet in early May, once your budget is set?', expect: [] },
    { now: mar, body: 'We would like to visit you in late April / 4月下旬 if convenient.', expect: [] },
    { now: mar, body: 'Could we have the review towards the end of April?', expect: [] },
    { now: mar, body: 'Is a meeting around the start of May possible for your team?', expect: [] },
    { now: mar, body: 'Our CEO will be in Tokyo end of April. Would you have time for a meeting?', expect: [] },
    { now: mar, body: 'How about a call mid-May?', expect: [] },
    { now: mar, body: 'Could we meet during the first half of May?', expect: [] },
    { now: mar, body: 'Would the end of April or the beginning of May suit you for the audit?', expect: [] },
    { now: mar, body: 'I would like to visit your plant end of April / early May.', expect: [] },
    { now: mar, body: 'Could we schedule the kickoff in April?', expect: [] },
    // Near misses: a named day inside Golden Week is still one.
    { now: mar, body: 'Could we meet on April 29 at 10:00?', expect: [[HOL, 'April 29']] },
    { now: mar, body: 'Would a visit on May 4 / 5月4日 be possible?', expect: [[HOL, 'May 4']] },
    { now: mar, body: 'Could we meet on Monday, May 3 at 14:00?', expect: [[HOL, 'Monday, May 3']] },
    { now: mar, body: '4月29日（木）にお伺いしてもよろしいでしょうか。', expect: [[HOL, '4月29日（木）']] },
    { now: mar, body: 'Would 5月5日 at 10:00 work for the call?', expect: [[HOL, '5月5日']] },
    { now: mar, body: 'Could we have the call on April 30 at 10:00?', expect: [[HOL, 'April 30']] },
    { now: mar, body: 'Could we meet on Saturday, May 1 at 10:00?', expect: [[HOL, 'Saturday, May 1']] },
    { now: mar, body: 'Could we meet on May 6 at 10:00?', expect: [] },
  ]);
});

const may = '2027-05-24';

describe('a city in brackets after a time\'s zone or region (4:00 PM Atlantic (Halifax)) is its clock', () => {
  run([
    { now: may, body: 'Could we have the call on Wednesday, June 9 at 4:00 PM Atlantic (Halifax)?', expect: [[OBH, 'Wednesday, June 9 at 4:00 PM Atlantic (Halifax)']] },
    { now: may, body: 'Could we have the call on Wednesday, June 9 at 4:00 PM Eastern (Toronto)?', expect: [[OBH, 'Wednesday, June 9 at 4:00 PM Eastern (Toronto)']] },
    { now: may, body: 'Could we have the call on Wednesday, June 9 at 9:00 AM Central (Winnipeg)?', expect: [[OBH, 'Wednesday, June 9 at 9:00 AM Central (Winnipeg)']] },
    { now: may, body: 'Could we have the call on Wednesday, June 9 at 4:00 PM Pacific (Vancouver)?', expect: [[OBH, 'Wednesday, June 9 at 4:00 PM Pacific (Vancouver)']] },
    { now: may, body: 'Could we have the call on Wednesday, June 9 at 10:00 (Halifax)?', expect: [[OBH, 'Wednesday, June 9 at 10:00 (Halifax)']] },
    { now: may, body: 'Could we talk on Wednesday, June 9 at 16:00 CET (Warsaw)?', expect: [[OBH, 'Wednesday, June 9 at 16:00 CET (Warsaw)']] },
    { now: may, body: 'Could we have the call on Wednesday, June 9 at 4:00 PM AT (Halifax)?', expect: [[OBH, 'Wednesday, June 9 at 4:00 PM AT (Halifax)']] },
    { now: may, body: 'Would Wednesday, June 9 at 3 pm Atlantic work for the demo?', expect: [[OBH, 'Wednesday, June 9 at 3 pm Atlantic']] },
    { now: may, body: 'Could we have the call on Wednesday, June 9 at 2:00 PM (Lisbon)?', expect: [[OBH, 'Wednesday, June 9 at 2:00 PM (Lisbon)']] },
    { now: may, body: 'Could we have the call on Wednesday, June 9 at 11:00 Mountain (Edmonton)?', expect: [[OBH, 'Wednesday, June 9 at 11:00 Mountain (Edmonton)']] },
    { now: may, body: 'Could we have the call on Wednesday, June 9 at 4:30 PM (Santiago)?', expect: [[OBH, 'Wednesday, June 9 at 4:30 PM (Santiago)']] },
    { now: may, body: 'Could we talk on Wednesday, June 9 at 13:00 (Nairobi time)?', expect: [[OBH, 'Wednesday, June 9 at 13:00 (Nairobi time)']] },
    // Near misses: the same clocks at hours that are Tokyo's day, a bracket that is no city, a city of Japan.
    { now: may, body: 'Could we have the call on Tuesday, June 8 at 9:30 PM Atlantic (Halifax)?', expect: [] },
    { now: may, body: 'Could we have the call on Tuesday, June 8 at 9:00 PM Eastern (Toronto)?', expect: [] },
    { now: may, body: 'Could we talk on Wednesday, June 9 at 9:00 (Tokyo)?', expect: [] },
    { now: may, body: 'Could we meet on Wednesday, June 9 at 10:00 (Monday is a holiday here)?', expect: [] },
    { now: may, body: 'Could we meet on Wednesday, June 9 at 10:00 at our office (Osaka)?', expect: [] },
    { now: may, body: 'Could we talk on Wednesday, June 9 at 8:00 CET (Warsaw)?', expect: [] },
    { now: may, body: 'Could we meet on Wednesday, June 9 at 10:00 (Room Atlantic)?', expect: [] },
    { now: may, body: 'Could we meet on Wednesday, June 9 at 10:00 (June 8 in Halifax)?', expect: [] },
  ]);
});

describe('a bilingual date line moves every written form of its day in one suggestion', () => {
  run([
    { now: may, kind: 'meeting-invite', body: 'When / 日時: Wednesday, June 9 / 2027年6月9日（水） 7:00 JST\nWhere: Google Meet', expect: [[OBH, 'Wednesday, June 9 / 2027年6月9日（水） 7:00 JST']], fixed: 'Tuesday, June 8 / 2027年6月8日（火） 17:00 JST' },
    { now: may, kind: 'meeting-invite', body: 'When / 日時: Wednesday, June 9, 2027 / 2027年6月9日（水） 16:30 (giờ Việt Nam)\nWhere: Google Meet', expect: [[OBH, 'Wednesday, June 9, 2027 / 2027年6月9日（水） 16:30 (giờ Việt Nam)']], fixed: 'Wednesday, June 9, 2027 / 2027年6月9日（水） 15:00 (giờ Việt Nam) (Wed 5:00pm JST)' },
    { now: may, kind: 'meeting-invite', body: '日時 / When: 2027年6月9日（水） / Wednesday, June 9, 7:00 JST', expect: [[OBH, '2027年6月9日（水） / Wednesday, June 9, 7:00 JST']], fixed: '2027年6月8日（火） / Tuesday, June 8, 17:00 JST' },
    { now: may, body: 'Could we talk on Wednesday, June 9 / 6月9日（水） at 7:00 JST?', expect: [[OBH, 'Wednesday, June 9 / 6月9日（水） at 7:00 JST']], fixed: 'Tuesday, June 8 / 6月8日（火） at 17:00 JST' },
    { now: may, body: 'Could we talk on Wed, June 9 / 6月9日（水） 19:00 JST?', expect: [[OBH, 'Wed, June 9 / 6月9日（水） 19:00 JST']], fixed: 'Wed, June 9 / 6月9日（水） 17:00 JST' },
    { now: may, kind: 'meeting-invite', body: 'Date / 日程: Thursday, June 10 / 6月10日（木） 6:30 JST', expect: [[OBH, 'Thursday, June 10 / 6月10日（木） 6:30 JST']], fixed: 'Wednesday, June 9 / 6月9日（水） 17:00 JST' },
    { now: may, kind: 'meeting-invite', body: 'When / 日時: Friday, June 11 / 2027年6月11日（金） 20:00 JST', expect: [[OBH, 'Friday, June 11 / 2027年6月11日（金） 20:00 JST']], fixed: 'Friday, June 11 / 2027年6月11日（金） 17:00 JST' },
    { now: may, kind: 'meeting-invite', body: 'When / 日時: Tuesday, June 8 / 2027年6月8日（火） 8:00 JST', expect: [[OBH, 'Tuesday, June 8 / 2027年6月8日（火） 8:00 JST']], fixed: 'Monday, June 7 / 2027年6月7日（月） 17:00 JST' },
    { now: may, kind: 'meeting-invite', body: 'When / 日時: Saturday, June 12 / 2027年6月12日（土） 10:00 JST', expect: [[WKD, 'Saturday, June 12']] },
    { now: may, kind: 'meeting-invite', body: '日時 / When: 2027年6月12日（土）10:00 JST / Saturday, June 12, 10:00 JST', expect: [[WKD, '2027年6月12日（土）']], fixed: '2027年6月11日（金）10:00 JST / Friday, June 11' },
    { now: may, kind: 'meeting-invite', body: 'When / 日時: Wednesday, June 9 / 2027年6月9日（水） 12:00–13:00 JST', expect: [[OBH, '12:00–13:00 JST']], fixed: '11:00–12:00 JST' },
    { now: may, kind: 'meeting-invite', body: 'When / 日時: Monday, June 14 / 2027年6月14日（月） 18:30 JST', expect: [[OBH, 'Monday, June 14 / 2027年6月14日（月） 18:30 JST']], fixed: 'Monday, June 14 / 2027年6月14日（月） 17:00 JST' },
    // Near misses: the same lines at working hours, on working days.
    { now: may, kind: 'meeting-invite', body: 'When / 日時: Wednesday, June 9 / 2027年6月9日（水） 10:00 JST\nWhere: Google Meet', expect: [] },
    { now: may, kind: 'meeting-invite', body: '日時 / When: 2027年6月9日（水） / Wednesday, June 9, 14:00 JST', expect: [] },
    { now: may, body: 'Could we talk on Wednesday, June 9 / 6月9日（水） at 15:00 JST?', expect: [] },
    { now: may, kind: 'meeting-invite', body: 'When / 日時: Friday, June 11 / 2027年6月11日（金） 16:00 JST', expect: [] },
    { now: may, kind: 'meeting-invite', body: 'Date / 日程: Thursday, June 10 / 6月10日（木） 9:30 JST', expect: [] },
    { now: may, kind: 'meeting-invite', body: '日時 / When: 2027年6月11日（金）10:00 JST / Friday, June 11, 10:00 JST', expect: [] },
    { now: may, kind: 'meeting-invite', body: 'When / 日時: Monday, June 7 / 2027年6月7日（月） 13:00 JST', expect: [] },
    { now: may, kind: 'meeting-invite', body: 'When / 日時: Tuesday, June 8 / 2027年6月8日（火） 11:00 JST', expect: [] },
  ]);
});

const feb = '2026-02-16';

describe('attendees named with the writer (with Daniel Tan (our CEO) and me; Daniel is back in Japan) are attendees', () => {
  const p = { recipient: 'prospect' as const };
  run([
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nHow about a quick 20-min call on Wed 25 Feb, 10:00 JST with Daniel Tan (our CEO) and me?', expect: [] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nCould we have a first call on Wednesday, 25 February at 10:00 JST with me and our CTO?', expect: [] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nCould we have a first call on Wednesday, 25 February at 10:00 JST with our CTO and me?', expect: [] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nPriya Nair (our head of sales) and I would like to visit you on Wednesday, 25 February at 10:00 for an introductory meeting.', expect: [] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nDaniel is back in Japan next week and I would like to book 30 minutes with you. Would Wednesday, 25 February at 10:00 JST work?', expect: [] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nMarta will be in Tokyo next week, and we would like to visit you on Wednesday, 25 February at 10:00 for a first meeting.', expect: [] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nCould we have a first call on Wednesday, 25 February at 10:00 JST with Anna Berg (our Japan lead) and me?', expect: [] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nWould Wednesday, 25 February at 10:00 JST work for a first call with me and Daniel?', expect: [] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nJonas Weber and I will be glad to visit you on Wednesday, 25 February at 14:00 for an introductory meeting.', expect: [] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nWe can offer a first demo at our Osaka office on Wednesday, 25 February, 13:00–14:00 JST. Demo engineers: Tsai Ming-Hao and Chang Ya-Ting.', expect: [] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nKenji Ota is also going to be in Osaka that week; could we have a first meeting on Wednesday, 25 February at 10:00?', expect: [] },
    { ...p, now: feb, kind: 'meeting-invite', body: '初回のお打ち合わせを下記のとおりお願いできますでしょうか。\n日時：2月25日（水）10:00〜11:00\n弊社：林 于萱、蔡 明豪', expect: [] },
    // Near misses: no one named, the writer's own name, the reader's side only.
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nI would like to propose an introductory meeting on Wednesday, 25 February at 10:00 JST.', expect: [[FMA, 'Wednesday, 25 February at 10:00 JST']] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nMy name is Ivy Huang, and I coordinate visits. We would like to visit you for a first meeting on Wednesday, 25 February at 10:00.', expect: [[FMA, 'Wednesday, 25 February at 10:00']] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nCould we have an introductory call with you and your team on Wednesday, 25 February at 10:00 JST?', expect: [[FMA, 'Wednesday, 25 February at 10:00 JST']] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nCould we have an introductory call on Wednesday, 25 February at 10:00 JST? Tuesday and I both work fine.', expect: [[FMA, 'Wednesday, 25 February at 10:00 JST']] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nThe fair is in Tokyo next week. Could we have a first meeting on Wednesday, 25 February at 10:00?', expect: [[FMA, 'Wednesday, 25 February at 10:00']] },
    { ...p, now: feb, body: 'Dear Mr. Sato,\n\nThis is Ivy Huang and I would like to propose a first meeting on Wednesday, 25 February at 10:00 JST.', expect: [[FMA, 'Wednesday, 25 February at 10:00 JST']] },
    { ...p, now: feb, kind: 'meeting-invite', body: '初回のお打ち合わせを下記のとおりお願いできますでしょうか。\n日時：2月25日（水）10:00〜11:00\n場所：貴社', expect: [[FMA, '初回のお打ち合わせを下記のとおりお願いできますでしょうか。\n日時：2月25日（水）10:00〜11:00']] },
    { ...p, now: feb, kind: 'meeting-invite', body: '貴社の次回作について、初回のお打ち合わせを2月25日（水）11:00〜12:00にお願いできますでしょうか。', expect: [[FMA, '2月25日（水）11:00〜12:00']] },
  ]);
});

describe('a weekday in general (a habit, a state, a day excluded or turned down) is no slot', () => {
  run([
    { now: may, body: '店頭では土曜日と日曜日に試飲会を行っております。', expect: [] },
    { now: may, body: '弊社は日曜日は休業しておりますので、ご連絡は月曜日以降となります。', expect: [] },
    { now: may, body: '弊社ショールームは土曜日も営業しております。', expect: [] },
    { now: may, body: '日曜日は工場のメンテナンスを行っております。', expect: [] },
    { now: may, body: '来週の打ち合わせですが、日曜日を除けばいつでも大丈夫です。', expect: [] },
    { now: may, body: '土曜日を除いて、ご都合のよい日にお伺いいたします。', expect: [] },
    { now: may, body: '土曜日の説明会ですが、無理です。', expect: [] },
    { now: may, body: '土曜日の訪問の件ですが、弊社としては不可となります。', expect: [] },
    { now: may, body: 'We can meet any day next week except Saturday.', expect: [] },
    { now: may, body: 'Any weekday works for the call, apart from Sunday of course.', expect: [] },
    { now: may, body: '弊社エンジニアは毎週土曜日に工場で点検を行っております。', expect: [] },
    { now: may, body: '土曜日も倉庫は稼働しておりますので、出荷は問題ございません。', expect: [] },
    // Near misses: a weekday offered, planned or thought of for a meeting.
    { now: may, body: '土曜日にお伺いいたします。', expect: [[WKD, '土曜日']] },
    { now: may, body: '土曜日の訪問を予定しております。', expect: [[WKD, '土曜日']] },
    { now: may, body: '次回のお打ち合わせは、土曜日を考えております。', expect: [[WKD, '土曜日']] },
    { now: may, body: '土曜日にお伺いできればと考えております。', expect: [[WKD, '土曜日']] },
    { now: may, body: '来週の土曜日にお打ち合わせをお願いしております。', expect: [[WKD, '来週の土曜日']] },
    { now: may, body: 'Could we meet on Saturday at 10:00?', expect: [[WKD, 'Saturday']] },
    { now: may, body: '土曜日の説明会ですが、10時からでいかがでしょうか。', expect: [[WKD, '土曜日']] },
    { now: may, body: '日曜日の午後にお時間をいただけますでしょうか。', expect: [[WKD, '日曜日']] },
  ]);
});

const sep = '2027-09-14';

describe('a day with a part of the day asked about (の午前中はいかがでしょうか, Friday afternoon) is a time asked about', () => {
  run([
    { now: sep, body: 'つきましては、10月2日（土）の午前中はいかがでしょうか。', expect: [[WKD, '10月2日（土）']] },
    { now: sep, body: '10月2日（土）の午後はご都合いかがでしょうか。', expect: [[WKD, '10月2日（土）']] },
    { now: sep, body: '弊社としては10月2日（土）の午前中を考えております。', expect: [[WKD, '10月2日（土）']] },
    { now: sep, body: '10月3日（日）の夕方はいかがでしょうか。', expect: [[WKD, '10月3日（日）']] },
    { now: sep, body: 'Would Saturday, October 2 in the morning work for you?', expect: [[WKD, 'Saturday, October 2']] },
    { now: sep, body: 'How about Saturday, October 2 in the afternoon?', expect: [[WKD, 'Saturday, October 2']] },
    { now: sep, body: 'Would October 2 (Sat) in the afternoon be possible?', expect: [[WKD, 'October 2 (Sat)']] },
    { now: sep, body: '10月11日（月）の午前中はいかがでしょうか。', expect: [[HOL, '10月11日（月）']] },
    { now: sep, body: 'How about Monday, October 11 in the morning?', expect: [[HOL, 'Monday, October 11']] },
    { now: sep, body: '次の土曜日の午前中はいかがでしょうか。', expect: [[WKD, '次の土曜日']] },
    { now: sep, body: '10月2日（土）午前中でいかがでしょうか。', expect: [[WKD, '10月2日（土）']] },
    { now: sep, body: 'Could Sunday, October 3 in the afternoon work?', expect: [[WKD, 'Sunday, October 3']] },
    // Near misses: working days with a part of the day, and a part of the day told about a delivery.
    { now: sep, body: 'つきましては、10月1日（金）の午前中はいかがでしょうか。', expect: [] },
    { now: sep, body: 'How about Friday, October 1 in the morning?', expect: [] },
    { now: sep, body: '10月2日（土）の午前中に出荷いたします。', expect: [] },
    { now: sep, body: 'The parts will arrive on Saturday, October 2 in the morning.', expect: [] },
    { now: sep, body: '10月4日（月）の午後はいかがでしょうか。', expect: [] },
    { now: sep, body: '10月2日（土）の午前中は倉庫が閉まっております。', expect: [] },
    { now: sep, body: 'Would Thursday, September 30 in the afternoon work for you?', expect: [] },
    { now: sep, body: '納品は10月2日（土）の午前中を予定しております。', expect: [] },
    { now: sep, body: '土曜日着は対応いたしかねますが、10月1日（金）の午前着でよろしければ手配できます。', expect: [] },
  ]);
});

const jan = '2027-01-25';

describe('the lead-in of a slot line is its line\'s last sentence (thanks or the past before it do not rule the slot out)', () => {
  const p = { recipient: 'prospect' as const };
  const letter = (lead: string, slot: string) => `Dear Mr. Kato,\n\n${lead}\nDate: ${slot}\nPlace: online (Zoom)\n\nBest regards,\nRafael`;
  const flag = (lead: string, slot: string) => [[FMA, `${lead.slice(lead.lastIndexOf('. ') + 2)}\nDate: ${slot}`]] as Array<[string, string]>;
  const cases = [
    'Thank you for your interest at the fair. I would like to set up a first meeting:',
    'Thank you for your interest. I would like to set up a first meeting:',
    'It was good to meet you at the fair. I would like to set up a first meeting:',
    'Thank you for visiting our booth. I would like to set up a first meeting:',
    'Thanks again for stopping by. I would like to propose an introductory meeting:',
    'We met briefly in Osaka last year. I would like to propose an introductory meeting:',
    'Thank you for your reply. I would like to set up a first meeting as follows:',
    'Your colleague gave me your name. I would like to propose an introductory call:',
    'I enjoyed our short chat. I would like to set up a first meeting:',
    'Thank you for your quick answer yesterday. I would like to propose a first meeting:',
    'We exhibited at the fair in Osaka. I would like to propose an introductory meeting:',
    'You asked about the probes. I would like to set up a first meeting:',
  ];
  run([
    ...cases.map((lead) => ({ ...p, now: jan, body: letter(lead, 'Tuesday, 9 February 2027, 14:00–14:45 JST'), expect: flag(lead, 'Tuesday, 9 February 2027, 14:00–14:45 JST') })),
    // Near misses: the last sentence names no meeting, or the line is about a past meeting, or attendees are named.
    { ...p, now: jan, body: letter('I would like to set up a first meeting. Thank you for your interest.', 'Tuesday, 9 February 2027, 14:00–14:45 JST'), expect: [] },
    { ...p, now: jan, body: letter('We met at the fair. Our delivery is planned as follows:', 'Tuesday, 9 February 2027'), expect: [] },
    { ...p, now: jan, body: letter('Thank you for your order. The shipment leaves as follows:', 'Tuesday, 9 February 2027'), expect: [] },
    { ...p, now: jan, body: letter('Thank you for your interest. Our price list is valid until:', 'Tuesday, 9 February 2027'), expect: [] },
    { ...p, now: jan, body: letter('Thank you for your interest. Jonas Weber and I would like to set up a first meeting:', 'Tuesday, 9 February 2027, 14:00–14:45 JST'), expect: [] },
    { ...p, now: jan, body: letter('Thank you. Our office is closed on:', 'Thursday, 11 February 2027'), expect: [] },
    { ...p, now: jan, body: letter('Thank you for the meeting. It took place on:', 'Tuesday, 9 February 2027'), expect: [] },
    { ...p, now: jan, body: letter('Thank you for your interest. The invoice is due on:', 'Tuesday, 9 February 2027'), expect: [] },
  ]);
});

const nov = '2027-11-12';

describe('a review, a briefing or a check-in is a meeting; 一時 before a noun is no clock', () => {
  run([
    { now: nov, body: 'Would Tue 23rd work for the build review?', expect: [[HOL, 'Tue 23rd']] },
    { now: nov, body: 'Would Tuesday, November 23 work for the design review?', expect: [[HOL, 'Tuesday, November 23']] },
    { now: nov, body: 'Could we hold the quarterly review on November 23?', expect: [[HOL, 'November 23']] },
    { now: nov, body: 'Would November 23 suit you for a short briefing?', expect: [[HOL, 'November 23']] },
    { now: nov, body: 'Could we have a debriefing on Tuesday, November 23?', expect: [[HOL, 'Tuesday, November 23']] },
    { now: nov, body: 'How about a check-in on Tuesday, November 23?', expect: [[HOL, 'Tuesday, November 23']] },
    { now: nov, body: 'Would Tuesday the 23rd work for a consultation with your engineers?', expect: [[HOL, 'Tuesday the 23rd']] },
    { now: nov, body: 'Shall we do the project review on Nov 23?', expect: [[HOL, 'Nov 23']] },
    { now: nov, body: 'Could we schedule the status review for Saturday, November 20?', expect: [[WKD, 'Saturday, November 20']] },
    { now: nov, body: 'Would Saturday, November 20 work for the price review?', expect: [[WKD, 'Saturday, November 20']] },
    { now: nov, body: 'Could we hold the contract review on Sunday, November 21?', expect: [[WKD, 'Sunday, November 21']] },
    { now: nov, body: 'How about a quick huddle on Sunday, November 21?', expect: [[WKD, 'Sunday, November 21']] },
    // Near misses: a review of documents sent or due, a working day, and 一時 as "temporary".
    { now: nov, body: 'Please send the drawings by November 23 for review.', expect: [] },
    { now: nov, body: 'Would Wednesday, November 24 work for the build review?', expect: [] },
    { now: nov, body: 'The review report is due on November 23.', expect: [] },
    { now: nov, body: '代替案（既存機の一時増強など）のご説明のため、11月24日（水）14:00に貴社へお伺いできればと存じます。', expect: [] },
    { now: nov, body: '一時保管の件について、11月24日（水）10時にお電話でご説明いたします。', expect: [] },
    { now: nov, body: '一時的に在庫が不足しておりますため、11月24日（水）14時にお電話でご説明いたします。', expect: [] },
    { now: nov, body: '一時停止中のラインについて、11月24日（水）15時からご説明に伺います。', expect: [] },
    { now: nov, body: 'We will ship on Saturday, November 20 after the final review.', expect: [] },
  ]);
});

// 14 July 2027 is a Wednesday; Europe is on summer time (Paris, Berlin UTC+2, London UTC+1), São Paulo is UTC−3,
// New York UTC−4, Singapore UTC+8: 10:00 in Paris is 17:00 in Tokyo.
const jul = '2027-06-21';

describe('a remote meeting\'s time with no zone is on the writer\'s clock when the mail tells where the writer is', () => {
  const letter = (ask: string, sign: string) => `Dear Mr. Ito,\n\n${ask}\n\nBest regards,\nClaire Martin\n${sign}`;
  run([
    { now: jul, kind: 'meeting-invite', body: 'Dear Mr. Ito,\n\nWe would like to hold the online workshop on the new firmware with your team.\n\nProposed date: Wed 14 July 2027, 10:00–12:00\nPlatform: Microsoft Teams\n\nBest regards,\nClaire Martin\nLyon, France', expect: [[OBH, 'Wed 14 July 2027, 10:00–12:00']] },
    { now: jul, body: letter('Could we have a video call on Wednesday, 14 July at 11:00?', 'Lyon, France'), expect: [[OBH, 'Wednesday, 14 July at 11:00']] },
    { now: jul, body: letter('Would Wednesday, 14 July at 14:00 work for a Zoom call?', 'Hamburg, Germany'), expect: [[OBH, 'Wednesday, 14 July at 14:00']] },
    { now: jul, body: letter('Could we have a Teams call on Wednesday, 14 July, 10:30–11:30?', 'Madrid | Spain'), expect: [[OBH, 'Wednesday, 14 July, 10:30–11:30']] },
    { now: jul, body: letter('How about an online meeting on Wednesday, 14 July at 9:00?', 'São Paulo, Brazil'), expect: [[OBH, 'Wednesday, 14 July at 9:00']] },
    { now: jul, body: letter('Could we do a video call on Wednesday, 14 July at 15:00?', 'London'), expect: [[OBH, 'Wednesday, 14 July at 15:00']] },
    { now: jul, body: letter('Would a web meeting on Wednesday, 14 July at 11:00 suit you?', 'Milan, Italy'), expect: [[OBH, 'Wednesday, 14 July at 11:00']] },
    { now: jul, body: letter('Could we hold the kickoff call on Wednesday, 14 July at 16:00?', 'Amsterdam, Netherlands'), expect: [[OBH, 'Wednesday, 14 July at 16:00']] },
    { now: jul, body: letter('Could we have a call on Wednesday, 14 July at 10:00?', 'New York, USA'), expect: [[OBH, 'Wednesday, 14 July at 10:00']] },
    { now: jul, body: letter('Could we have a remote session on Wednesday, 14 July at 13:00?', 'Stockholm, Sweden'), expect: [[OBH, 'Wednesday, 14 July at 13:00']] },
    { now: jul, body: letter('Would Wednesday, 14 July at 10:30–11:30 be possible for a video conference?', 'Vienna, Austria'), expect: [[OBH, 'Wednesday, 14 July at 10:30–11:30']] },
    { now: jul, body: letter('オンラインでのお打ち合わせを7月14日（水）11:00〜12:00にお願いできますでしょうか。', 'Paris, France'), expect: [[OBH, '7月14日（水）11:00〜12:00']] },
    // Near misses: the client's clock named, a visit in person, a writer in Japan too, a place whose clock is Tokyo's
    // working day at that hour, two places named.
    { now: jul, body: letter('Could we have a video call on Wednesday, 14 July at 10:00 JST?', 'Lyon, France'), expect: [] },
    { now: jul, body: letter('I will visit your plant on Wednesday, 14 July at 10:00.', 'Lyon, France'), expect: [] },
    { now: jul, body: letter('Could we have a video call on Wednesday, 14 July at 10:00?', 'Tokyo office / Paris HQ'), expect: [] },
    { now: jul, body: letter('Could we have a video call on Wednesday, 14 July at 10:00?', 'Singapore'), expect: [] },
    { now: jul, body: letter('Could we have a video call on Wednesday, 14 July at 10:00?', 'Offices in Paris and Singapore'), expect: [] },
    { now: jul, body: letter('Could we have a video call on Wednesday, 14 July at 9:00? Your time, of course.', 'Lyon, France'), expect: [] },
    { now: jul, body: letter('Could we have a video call on Wednesday, 14 July at 10:00?', 'Sales Director'), expect: [] },
    { now: jul, body: letter('Could we have a video call on Wednesday, 14 July at 10:00 Tokyo time?', 'Hamburg, Germany'), expect: [] },
    { now: jul, body: letter('We will ship the units on Wednesday, 14 July at 10:00.', 'Lyon, France'), expect: [] },
    { now: jul, body: letter('ご都合がよろしければ、7月14日（水）17:00〜17:30（中央ヨーロッパ時間 10:00〜10:30）に、オンラインでご説明させていただけますでしょうか。', 'Berlin, Germany'), expect: [] },
  ]);
});
