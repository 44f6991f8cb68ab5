// Which dates are meeting proposals, by class (issue 11, round 5): a visit told by a verb of movement with no
// meeting noun; a slot written in two zones, each time read in its own zone and judged once; the first
// meeting of a prospect who wrote to us first; a kick-off with an existing client; a weekday alone that
// resolves forward. Each class has near misses that stay clean. Every case is our own writing.
import { describe } from 'vitest';
import { run } from './case-table';

// 2027-07-26 is a Monday. 8/16 (Mon) is in the Obon closure (8/13–16); 8/18 (Wed) is a working day.
describe('a visit told by a verb of movement, with no meeting noun, is a meeting', () => {
  const now = '2027-07-26';
  run([
    { now, body: 'Our service engineer, Mr. Callum Reid, could come on Monday 16 August, arriving at 9:30.', expect: [['meeting-on-holiday', 'Monday 16 August']] },
    { now, body: 'Our service engineer, Mr. Callum Reid, could come on Wednesday 18 August, arriving at 9:30.', expect: [] },
    { now, body: 'I can be at your Kurashiki works on Monday 16 August at 10:00.', expect: [['meeting-on-holiday', 'Monday 16 August']] },
    { now, body: 'Our technician will arrive at your lab at 9:30 on Monday, August 16.', expect: [['meeting-on-holiday', 'Monday, August 16']] },
    { now, body: 'Ms. Tanaka and I could drop by on Monday, August 16.', expect: [['meeting-on-holiday', 'Monday, August 16']] },
    { now, body: 'Our team will be on site on Monday, August 16 from 9:00.', expect: [['meeting-on-holiday', 'Monday, August 16']] },
    { now, body: 'Could you come to our Yokohama office on Monday, August 16?', expect: [['meeting-on-holiday', 'Monday, August 16']] },
    { now, body: 'Our engineer can travel to your Nagoya plant on Monday, August 16.', expect: [['meeting-on-holiday', 'Monday, August 16']] },
    { now, body: '8月16日（月）10時に貴社へ参ります。', expect: [['meeting-on-holiday', '8月16日（月）']] },
    { now, body: '8月16日（月）の午後にお邪魔してもよろしいでしょうか。', expect: [['meeting-on-holiday', '8月16日（月）']] },
    { now, body: '8月16日（月）に弊社までお越しいただけますでしょうか。', expect: [['meeting-on-holiday', '8月16日（月）']] },
    { now, body: '8月16日（月）に担当の山田が貴社工場へ向かいます。', expect: [['meeting-on-holiday', '8月16日（月）']] },
    { now, body: '8月16日（月）に横浜の工場へ出向きます。', expect: [['meeting-on-holiday', '8月16日（月）']] },
    { now, body: 'Let me come over on Monday 16 August to check the line.', expect: [['meeting-on-holiday', 'Monday 16 August']] },
    { now, body: 'Our engineer, who installed the unit, can come on Monday 16 August.', expect: [['meeting-on-holiday', 'Monday 16 August']] },
    { now, body: 'We will be there at 10:00 on Monday 16 August.', expect: [['meeting-on-holiday', 'Monday 16 August']] },
    { now, body: '当日は弊社の山田が8月16日（月）に参ります。', expect: [['meeting-on-holiday', '8月16日（月）']] },
    { now, body: '8月16日（月）に弊社エンジニアが現地に向かいます。', expect: [['meeting-on-holiday', '8月16日（月）']] },
    { now, body: '8月18日（水）10時に貴社へ参ります。', expect: [] },
    // Goods that come or arrive are a delivery; a writer who comes back answers; a verb of movement used
    // for something else stays clean.
    { now, body: 'The shipment will arrive on Monday 16 August.', expect: [] },
    { now, body: 'The replacement parts come on Monday 16 August.', expect: [] },
    { now, body: 'Your order arrives on Monday, August 16.', expect: [] },
    { now, body: 'Our crew will arrive at the loading dock at 8:30 on Monday, August 16 to set up the demo unit at the booth.', expect: [] },
    { now, body: "I'll come back to you on Monday 16 August with the figures.", expect: [] },
    { now, body: 'The report will be in your inbox on Monday, August 16.', expect: [] },
    { now, body: '8月16日（月）に部品が届きます。', expect: [] },
    { now, body: '8月16日（月）から暑くなって参ります。', expect: [] },
    { now, body: '8月16日（月）に新製品を持って参る予定はございません。', expect: [] },
    { now, body: '8月16日（月）から解決に向かう見込みです。', expect: [] },
    { now, body: '8月16日（月）に荷物が参ります。', expect: [] },
    { now, body: '製品は8月16日（月）に貴社に向かいます。', expect: [] },
    { now, body: 'The new firmware, which fixes the bug, will come on Monday 16 August.', expect: [] },
  ]);
});

// 2027-02-08 is a Monday; 2/17 is a Wednesday, 12/9 a Thursday.
describe('a slot in two zones: each time in its own zone, one finding per slot', () => {
  const now = '2027-02-08';
  run([
    { now, body: '日本時間2月17日（水）10:00〜11:00（米国太平洋時間 2月16日（火）17:00〜18:00）でいかがでしょうか。', expect: [] },
    {
      now, body: '日本時間2月17日（水）20:00〜21:00（米国太平洋時間 2月17日（水）3:00〜4:00）でいかがでしょうか。',
      expect: [['outside-business-hours', '2月17日（水）20:00〜21:00']],
    },
    { now, body: '日本時間2月17日10時（現地時間2月17日2時）にお打ち合わせはいかがでしょうか。', expect: [] },
    { now, body: 'Would Tokyo time 10:00 on Feb 17 (PT 17:00 Feb 16) work for the call?', expect: [] },
    { now, body: 'Would 10:00 JST / 2:00 CET on Feb 17 work for the call?', expect: [] },
    { now, body: 'Would 10:00 JST (02:00 CET) on Wednesday, February 17 work for the call?', expect: [] },
    { now, body: 'Could we meet at 6pm CET (2am JST) on Thursday, December 9?', expect: [['outside-business-hours', '2am JST) on Thursday, December 9']] },
    { now, body: 'Would 9am PT (2am JST) on Feb 17 work for the call?', expect: [['outside-business-hours', '2am JST) on Feb 17']] },
    { now, body: 'Would 5pm PT (10am JST) on Feb 17 work for the call?', expect: [] },
    // Two slots in one zone are two proposals: each is judged.
    { now, body: 'Would 5pm CET or 9am CET on Feb 17 work for the call?', expect: [['outside-business-hours', '5pm CET']] },
    { now, body: 'Could we talk at 6pm CET on Thursday, December 9?', expect: [['outside-business-hours', '6pm CET on Thursday, December 9']] },
  ]);
});

// 2026-06-22 is a Monday.
describe('the first meeting of a prospect who came to us first says who attends', () => {
  const base = { now: '2026-06-22', recipient: 'prospect' as const, firstContact: true };
  const ask = 'よろしければ、7月1日（水）の15時から、貴社にお伺いしてご説明させていただけませんでしょうか。';
  run([
    { ...base, body: `このたびは勤怠管理システムについてお問い合わせいただき、誠にありがとうございます。\n${ask}`, expect: [['first-meeting-attendees', '7月1日（水）の15時']] },
    { ...base, body: `資料請求をいただきありがとうございました。\n${ask}`, expect: [['first-meeting-attendees', '7月1日（水）の15時']] },
    { ...base, body: `先日はウェブサイトからご相談くださり、ありがとうございます。\n${ask}`, expect: [['first-meeting-attendees', '7月1日（水）の15時']] },
    {
      ...base, body: 'Thank you for your enquiry about our scheduling software.\nWould Wednesday, July 1 at 3pm at your office work for a first demo?',
      expect: [['first-meeting-attendees', 'Wednesday, July 1 at 3pm']],
    },
    {
      ...base, body: 'Thanks for reaching out through our website.\nCould I visit you on Wednesday, July 1 at 3pm to walk you through the product?',
      expect: [['first-meeting-attendees', 'Wednesday, July 1 at 3pm']],
    },
    // A cold approach that fixes the day and the hour proposes a first meeting too (spec/findings.md: "a
    // first meeting proposed for a date and time that doesn't say who attends"; second pass, see
    // judgement-r5b.test.ts), and so does one that only asks the reader to inquire.
    { ...base, body: `突然のご連絡失礼いたします。弊社は勤怠管理システムを提供しております。\n${ask}`, expect: [['first-meeting-attendees', '7月1日（水）の15時']] },
    { ...base, body: `ご不明な点がございましたら、お気軽にお問い合わせいただきますようお願いいたします。\n${ask}`, expect: [['first-meeting-attendees', '7月1日（水）の15時']] },
    // Near misses: attendees named; no named date.
    { ...base, body: `このたびはお問い合わせいただき、誠にありがとうございます。\n${ask}\n弊社からは営業担当の私と、エンジニアの古川の2名でお伺いいたします。`, expect: [] },
    { ...base, body: 'このたびはお問い合わせいただき、誠にありがとうございます。\nご都合のよい日時をお知らせいただけますと幸いです。', expect: [] },
    {
      ...base, body: 'Thank you for your enquiry.\nCould I visit you on Wednesday, July 1 at 3pm? Our solutions engineer, Ms. Aya Mori, will join me.',
      expect: [],
    },
  ]);
});

// 2026-12-03 is a Thursday. 2026-12-08 is the next Tuesday; 12/1 the one before.
describe('judgement calls: a kick-off with an existing client; a weekday alone resolves forward', () => {
  run([
    // A kick-off with an existing client (firstContact false) is no first meeting unless the draft says so.
    { now: '2026-12-03', recipient: 'client', body: 'Could we hold the project kick-off call on Tuesday, December 8 at 10am JST?', expect: [] },
    { now: '2026-12-03', recipient: 'client', body: '新システム導入のキックオフ会議を12月8日（火）10時にお願いできますでしょうか。', expect: [] },
    {
      now: '2026-12-03', recipient: 'client',
      body: 'For this new line of business, this will be our first meeting with your team: could we hold the kick-off call on Tuesday, December 8 at 10am JST?',
      expect: [['first-meeting-attendees', 'Tuesday, December 8 at 10am JST']],
    },
    {
      now: '2026-12-03', recipient: 'client',
      body: '初回のキックオフ会議を12月8日（火）10時にお願いできますでしょうか。',
      expect: [['first-meeting-attendees', '12月8日（火）10時']],
    },
    // "Tuesday" written on a Thursday is next Tuesday: 12/8, a working day; "Monday" is 12/7, and a
    // Saturday alone is the coming one, a weekend.
    { now: '2026-12-03', body: 'Could we meet on Tuesday at 10am?', expect: [] },
    { now: '2026-12-03', body: '火曜日の14時にお伺いしてもよろしいでしょうか。', expect: [] },
    { now: '2026-12-03', body: 'Could we meet on Saturday at 10am?', expect: [['meeting-on-weekend', 'Saturday']] },
    { now: '2026-12-03', body: '土曜日の14時にお伺いしてもよろしいでしょうか。', expect: [['meeting-on-weekend', '土曜日']] },
    // 2027-03-18 is a Thursday; the next Monday, 3/22, follows 春分の日 on a Sunday (3/21): a substitute holiday.
    { now: '2027-03-18', body: 'Could we have the call on Monday at 10am?', expect: [['meeting-on-holiday', 'Monday']] },
    { now: '2027-03-18', body: '月曜日の10時にお電話でお打ち合わせできますでしょうか。', expect: [['meeting-on-holiday', '月曜日']] },
  ]);
});
