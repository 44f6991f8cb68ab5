// Round 12 (r12-cal): the meeting classes J1, M1, M2, M3 and M4 of /work/CLASSES-r12.md, each with our own wordings
// that must be flagged and the near misses that must stay clean.
import { describe } from 'vitest';
import { run } from './case-table';

// 2026-09-01 is a Tuesday. 9/5, 9/12, 9/19 Saturdays; 9/6, 9/13, 9/20 Sundays; 9/21 (Mon) Respect for the Aged Day,
// 9/22 (Tue) national holiday, 9/23 (Wed) Autumnal Equinox Day; 9/24 (Thu) a working day; 10/12 (Mon) Sports Day.
const sep = '2026-09-01';

describe('J1: an event the seller has already arranged (a tour, demo, seminar, tasting, visit), announced on a closed day', () => {
  run([
    { now: sep, body: '9月5日（土）に弊社工場の見学会を予定しております。', expect: [['meeting-on-weekend', '9月5日（土）']], fixed: '9月4日（金）' },
    { now: sep, body: '新製品の実機デモを9月22日（火）に弊社ショールームにてご用意いたしました。', expect: [['meeting-on-holiday', '9月22日（火）']] },
    { now: sep, body: '9月21日（月）、弊社本社にて新製品セミナーを開催いたします。', expect: [['meeting-on-holiday', '9月21日（月）']] },
    { now: sep, body: '9月6日（日）14時より、弊社の試食会にご案内いたします。', expect: [['meeting-on-weekend', '9月6日（日）']] },
    { now: sep, body: '10月12日（月）に新ラインのお披露目会を開催いたします。', expect: [['meeting-on-holiday', '10月12日（月）']] },
    { now: sep, body: '9月12日（土）の午後、新しい試作品のテイスティングの場をご用意いたしました。', expect: [['meeting-on-weekend', '9月12日（土）']] },
    { now: sep, body: '9月22日に弊社工場見学会を開催いたします。', expect: [['meeting-on-holiday', '9月22日']] },
    { now: sep, body: '貴社の皆様向けに、9月13日（日）に工場見学ツアーを企画いたしました。', expect: [['meeting-on-weekend', '9月13日（日）']] },
    { now: sep, body: '新型機の試乗会を、9月23日（水）に弊社千葉営業所で実施予定です。', expect: [['meeting-on-holiday', '9月23日（水）']] },
    { now: sep, body: '9月19日（土）10時に貴社倉庫へお伺いする予定です。', expect: [['meeting-on-weekend', '9月19日（土）']] },
    { now: sep, body: '竣工前内覧会を9月20日（日）11時より設けました。', expect: [['meeting-on-weekend', '9月20日（日）']] },
    // The same in English: an event we arranged, stated.
    { now: sep, body: 'We have arranged a plant tour for your team on Saturday, September 5.', expect: [['meeting-on-weekend', 'Saturday, September 5']] },
    { now: sep, body: 'We are hosting a tasting at our Kobe showroom on Monday, September 21.', expect: [['meeting-on-holiday', 'Monday, September 21']] },
    // Near misses: they stay clean.
    { now: sep, body: 'As you requested, the plant tour is set for Saturday, September 5.', expect: [] },
    { now: sep, body: 'We will exhibit at the Tokyo Pack trade show on Saturday, September 5; our booth is in Hall 3.', expect: [] },
    { now: sep, body: '9月24日（木）に弊社工場の見学会を予定しております。', expect: [] },
    { now: sep, body: '貴社のご希望により、工場見学は9月5日（土）に予定しております。', expect: [] },
    { now: sep, body: 'ご要望どおり、9月5日（土）の工場見学を手配いたしました。', expect: [] },
    { now: sep, body: '9月5日（土）から開催される東京国際包装展に弊社も出展いたします。', expect: [] },
    { now: sep, body: '9月21日（月）〜23日（水）は休業とさせていただきます。', expect: [] },
    { now: sep, body: '弊社ブースでは新製品をご案内いたします。会期：2026年10月21日（水）〜24日（土）10:00〜17:00', expect: [] },
    { now: sep, body: '9月5日（土）に弊社工場の見学会を開催いたしました。', expect: [] },
  ]);
});

// 2026-04-20 is a Monday. 4/29 (Wed) Showa Day; Golden Week closure 4/29–5/5; 5/3–5/6 holidays; 5/7 (Thu), 5/8 (Fri) working days; 5/9 Saturday.
const apr = '2026-04-20';

describe('M1: a date offered in the sentence after the one naming the meeting is the meeting\'s date', () => {
  run([
    { now: apr, body: 'I\'d like to set up a demo with your team. We could do May 4 or 5.', expect: [['meeting-on-holiday', 'May 4'], ['meeting-on-holiday', '5']] },
    { now: apr, body: 'We would love to show you the new line in person. Would May 5 work?', expect: [['meeting-on-holiday', 'May 5']] },
    { now: apr, body: 'Our CEO will be in Tokyo next month and would like to meet you. He is free on May 6.', expect: [['meeting-on-holiday', 'May 6']] },
    { now: apr, body: 'It would be great to walk your engineers through the prototype. Saturday, May 2 is open on our side.', expect: [['meeting-on-holiday', 'Saturday, May 2']] },
    { now: apr, body: 'It would be good to have a short check-in call about the spare parts. I could do Wednesday, May 6 at 10am.', expect: [['meeting-on-holiday', 'Wednesday, May 6']] },
    { now: apr, body: '一度お打ち合わせの機会をいただけますと幸いです。5月4日か5日はいかがでしょうか。', expect: [['meeting-on-holiday', '5月4日'], ['meeting-on-holiday', '5日']] },
    { now: apr, body: '新製品のご説明に伺いたく存じます。候補日は4月29日（水）午後です。', expect: [['meeting-on-holiday', '4月29日（水）']] },
    { now: apr, body: 'We would like to visit your Osaka office to discuss the renewal. May 5 or 6 works for us.', expect: [['meeting-on-holiday', 'May 5'], ['meeting-on-holiday', '6']] },
    { now: apr, body: 'Could we set up a review meeting with your quality team? We can do Saturday, May 9.', expect: [['meeting-on-weekend', 'Saturday, May 9']] },
    // Near misses: they stay clean.
    { now: apr, body: 'I\'d like to set up a demo with your team. The samples will ship on May 4.', expect: [] },
    { now: apr, body: 'I\'d like to set up a demo with your team. Our quote is valid until May 6.', expect: [] },
    { now: apr, body: 'I\'d like to set up a demo with your team. We could do May 7 or 8.', expect: [] },
    { now: apr, body: '一度お打ち合わせの機会をいただけますと幸いです。なお、見積書の有効期限は5月6日です。', expect: [] },
    { now: apr, body: 'お打ち合わせをお願いできればと存じます。資料は4月29日までにお送りいたします。', expect: [] },
  ]);
});

describe('M2: a first meeting whose attendees are given in labelled lines (From <company>:, Attendees:, 弊社出席者：) says who attends', () => {
  run([
    { now: apr, body: 'Dear Mr. Sato,\n\nThank you for your enquiry. We would like to propose a first meeting on Thursday, April 23 at 10:00 JST at your office.\n\nBest regards,\nJohn', recipient: 'prospect', firstContact: true, expect: [['first-meeting-attendees', 'Thursday, April 23 at 10:00 JST']] },
    { now: apr, body: 'Dear Mr. Sato,\n\nThank you for your enquiry. We would like to propose a first meeting on Thursday, April 23 at 10:00 JST at your office.\n\nLooking forward to it.\n\nBest regards,\nJohn', recipient: 'prospect', firstContact: true, expect: [['first-meeting-attendees', 'Thursday, April 23 at 10:00 JST']] },
    { now: apr, body: 'Dear Mr. Sato,\n\nThank you for your enquiry. We would like to propose a first meeting on Thursday, April 23 at 10:00 JST at your office.\n\nFrom Monday the new catalogue is online.\n\nBest regards,\nJohn', recipient: 'prospect', firstContact: true, expect: [['first-meeting-attendees', 'Thursday, April 23 at 10:00 JST']] },
    { now: apr, body: '佐藤様\n\nお問い合わせいただきありがとうございます。初回のお打ち合わせを4月23日（木）10時に貴社にてお願いできますでしょうか。\n\nよろしくお願いいたします。', recipient: 'prospect', firstContact: true, expect: [['first-meeting-attendees', '4月23日（木）10時']] },
    { now: apr, body: '佐藤様\n\nお問い合わせいただきありがとうございます。初回のお打ち合わせを4月23日（木）10時に貴社にてお願いできますでしょうか。\n\n資料は事前にお送りいたします。\n\nよろしくお願いいたします。', recipient: 'prospect', firstContact: true, expect: [['first-meeting-attendees', '4月23日（木）10時']] },
    // Near misses: they stay clean.
    { now: apr, body: 'Dear Mr. Sato,\n\nThank you for your enquiry. We would like to propose a first meeting on Thursday, April 23 at 10:00 JST at your office.\n\nFrom Acme Corp: John Smith (VP Sales), Jane Lee (Engineer)\n\nBest regards,\nJohn', recipient: 'prospect', firstContact: true, expect: [] },
    { now: apr, body: 'Dear Mr. Sato,\n\nThank you for your enquiry. We would like to propose a first meeting on Thursday, April 23 at 10:00 JST at your office.\n\nFrom Acme:\n- John Smith, VP Sales\n- Jane Lee, Engineer\n\nBest regards,\nJohn', recipient: 'prospect', firstContact: true, expect: [] },
    { now: apr, body: 'Dear Mr. Sato,\n\nThank you for your enquiry. We would like to propose a first meeting on Thursday, April 23 at 10:00 JST at your office.\n\nJoining from our side: John Smith (VP Sales)\nFrom your side: Mr. Sato and a member of your QA team\n\nBest regards,\nJohn', recipient: 'prospect', firstContact: true, expect: [] },
    { now: apr, body: 'Dear Mr. Sato,\n\nThank you for your enquiry. We would like to propose a first meeting on Thursday, April 23 at 10:00 JST at your office.\n\nAttendees:\n- John Smith, VP Sales\n- Jane Lee, Engineer\n\nBest regards,\nJohn', recipient: 'prospect', firstContact: true, expect: [] },
    { now: apr, body: 'Dear Mr. Sato,\n\nThank you for your enquiry. We would like to propose a first meeting on Thursday, April 23 at 10:00 JST at your office.\n\nSpeakers: John Smith (VP Sales), Jane Lee (Engineer)\n\nBest regards,\nJohn', recipient: 'prospect', firstContact: true, expect: [] },
    { now: apr, body: '佐藤様\n\nお問い合わせいただきありがとうございます。初回のお打ち合わせを4月23日（木）10時に貴社にてお願いできますでしょうか。\n\n弊社出席者：営業部長 田中、技術部 鈴木\n\nよろしくお願いいたします。', recipient: 'prospect', firstContact: true, expect: [] },
    { now: apr, body: '佐藤様\n\nお問い合わせいただきありがとうございます。初回のお打ち合わせを4月23日（木）10時に貴社にてお願いできますでしょうか。\n\n参加者：\n・営業部長 田中\n・技術部 鈴木\n\nよろしくお願いいたします。', recipient: 'prospect', firstContact: true, expect: [] },
    { now: apr, body: '佐藤様\n\nお問い合わせいただきありがとうございます。初回のお打ち合わせを4月23日（木）10時に貴社にてお願いできますでしょうか。\n\n同席者：技術部 鈴木\n\nよろしくお願いいたします。', recipient: 'prospect', firstContact: true, expect: [] },
  ]);
});

// Written on 2026-04-20: March 13 and 14 read forward would be 2027's Saturday and Sunday.

describe('M3: a past event told with a date without a year is narration, not rolled forward into next year', () => {
  run([
    { now: apr, body: 'Following our meeting on March 13, I would like to propose a follow-up call on Monday, May 4.', expect: [['meeting-on-holiday', 'Monday, May 4']] },
    { now: apr, body: 'Could we visit your plant on May 5?', expect: [['meeting-on-holiday', 'May 5']] },
    { now: apr, body: '3月13日のお打ち合わせに続き、次回は5月4日にお伺いしてもよろしいでしょうか。', expect: [['meeting-on-holiday', '5月4日']] },
    { now: apr, body: 'We would like to hold the next review meeting on Saturday, May 9.', expect: [['meeting-on-weekend', 'Saturday, May 9']] },
    { now: apr, body: '3月13日に伺った際のご指摘を踏まえ、5月4日（月）に改めてお打ち合わせをお願いできますでしょうか。', expect: [['meeting-on-holiday', '5月4日（月）']] },
    { now: apr, body: 'Could we meet on Sunday, March 14, 2027 to plan the next season?', expect: [['meeting-on-weekend', 'Sunday, March 14, 2027']] },
    // Near misses: they stay clean.
    { now: apr, body: 'At the March 14 audit, your team showed us the new clean room.', expect: [] },
    { now: apr, body: 'The demo we gave your engineers on March 14 raised a few questions, which I answer below.', expect: [] },
    { now: apr, body: '3月13日のお打ち合わせで決まった件について、ご報告いたします。', expect: [] },
    { now: apr, body: 'The routine visit on March 13 went well, and your team\'s feedback was very helpful.', expect: [] },
    { now: apr, body: '3月13日の訪問ではお世話になりました。', expect: [] },
    { now: apr, body: 'We presented the results to your board on March 13.', expect: [] },
    { now: apr, body: '3月14日に貴社を訪問した際、ライン停止の件を伺いました。', expect: [] },
    { now: apr, body: 'Mr. Tanaka showed us around the warehouse on March 14, and we have now finished our layout proposal.', expect: [] },
  ]);
});

// 2026-06-01 is a Monday. June: PT is UTC−7, ET UTC−4, CEST UTC+2, IST UTC+5:30, BST UTC+1, SGT UTC+8.
const jun = '2026-06-01';

describe('M4: the time zone stated once for the mail ("All times below are in PT") applies to every slot written without one', () => {
  run([
    { now: jun, body: 'All times below are in PT.\n- Tue 3pm\n- Wed 9am\nPlease let me know which works for the call.', expect: [['outside-business-hours', 'Tue 3pm'], ['outside-business-hours', 'Wed 9am']] },
    { now: jun, body: 'Times below are Pacific Time. For our call, could you do Tuesday, June 9 at 3pm?', expect: [['outside-business-hours', 'Tuesday, June 9 at 3pm']], fixed: 'Monday, June 8 at 5pm (Tue 9am JST)' },
    { now: jun, body: 'For the review call, all times are CET:\n- Tuesday, June 9, 09:00\n- Wednesday, June 10, 14:00', expect: [['outside-business-hours', 'Wednesday, June 10, 14:00']] },
    { now: jun, body: 'Time zone: Eastern Time (ET) for all options below\nOption A: Tuesday, June 9, 10:00 am\nOption B: Wednesday, June 10, 9:00 pm\nPlease tell me which option suits your team for the call.', expect: [['outside-business-hours', 'Tuesday, June 9, 10:00 am']] },
    { now: jun, body: 'レビュー会議の候補日時をお送りいたします。以下の時間はすべて米国太平洋時間（PT）です。\n・6月9日（火）14:00\n・6月10日（水）18:00', expect: [['outside-business-hours', '6月9日（火）14:00']] },
    { now: jun, body: 'お電話会議の候補をお送りします。時間はいずれも米国東部時間（ET）です。\n6月9日（火）9:00\n6月10日（水）21:00', expect: [['outside-business-hours', '6月9日（火）9:00']] },
    { now: jun, body: 'We propose the below slots for the review call. All timings mentioned are IST.\nTue, 9 Jun – 4:00 PM\nWed, 10 Jun – 10:30 AM', expect: [['outside-business-hours', 'Tue, 9 Jun – 4:00 PM']] },
    { now: jun, body: 'I have set aside the following times for a call (all in London time):\nTuesday 9 June, 3pm\nWednesday 10 June, 8am', expect: [['outside-business-hours', 'Tuesday 9 June, 3pm']] },
    // Near misses: they stay clean.
    { now: jun, body: 'All times below are in PT, which is the following morning in Tokyo:\n- Tuesday, June 9, 6:00 pm\n- Wednesday, June 10, 7:00 pm\nPlease pick whichever suits you best for the call.', expect: [] },
    { now: jun, body: 'For the review call, all times below are CEST:\n- Tuesday, June 9, 08:00\n- Wednesday, June 10, 09:30', expect: [] },
    { now: jun, body: 'For our next call, here are a few options. All times are JST:\n- Tue Jun 9, 10:00\n- Wed Jun 10, 14:30', expect: [] },
    { now: jun, body: 'キックオフ会議の候補日時をお送りいたします。時刻はすべてシンガポール時間（SGT）です。\n6月9日（火）10:00\n6月10日（水）14:00', expect: [] },
    { now: jun, body: 'For the call, I can do Tuesday, June 9 at 3pm.', expect: [] },
    { now: jun, body: 'Our support desk hours are 9am to 5pm PT. Could we have a call on Tuesday, June 9 at 3pm JST?', expect: [] },
  ]);
});
// Seen while scoring the writers' E1 drafts: a pickup (集荷) is a dated logistics act like a delivery, not a visit,
// even "at your … site".
const may = '2026-05-19';

describe('a pickup or 集荷 at the client\'s site is no meeting; a visit there still is', () => {
  run([
    { now: may, body: 'Could we visit your Kawasaki site on Saturday, May 23 to check the loading dock?', expect: [['meeting-on-weekend', 'Saturday, May 23']] },
    // Near misses: they stay clean.
    { now: may, body: 'On the Saturday pickup at your Kawasaki site: no can do. Our drivers are off at weekends.', expect: [] },
    { now: may, body: '5月23日（土）に貴社川崎倉庫で集荷いたします。', expect: [] },
    { now: may, body: 'Our driver will do the pickup at your Kawasaki site on Saturday, May 23, and our engineer can call you on Monday, May 25.', expect: [] },
  ]);
});
