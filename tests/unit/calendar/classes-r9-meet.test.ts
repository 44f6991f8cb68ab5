// Classes of round 9 (issue 11): each with our own wordings and the near misses that must stay clean.
import { describe } from 'vitest';
import { run } from './case-table';

// 2026-07-27 is a Monday; 8/1–2 is a weekend; 8/11 (Tue) is Mountain Day; 8/13–16 is the Obon closure;
// 2026-07-20 is Marine Day; 2026-07-18/19 a weekend.
const now = '2026-07-27';

describe('the end of a Japanese or day-first range is a date too', () => {
  run([
    { now: '2026-07-01', body: '7月16日〜20日のいずれかでお打ち合わせをお願いできますでしょうか。', expect: [['meeting-on-holiday', '7月16日〜20日']] },
    { now: '2026-04-20', body: '5/3〜5/5のどこかでお伺いできればと存じます。', expect: [['meeting-on-holiday', '5/3〜5/5']] },
    { now: '2026-04-20', body: '5月1日から5日までの間で、ご訪問の日程をいただけますでしょうか。', expect: [['meeting-on-holiday', '5月1日から5日']] },
    { now: '2026-07-01', body: '７月１６日～２０日のどこかで貴社にお伺いしたく存じます。', expect: [['meeting-on-holiday', '７月１６日～２０日']] },
    { now: '2026-04-20', body: 'Could we visit you any day between 1 and 6 May?', expect: [['meeting-on-holiday', '1 and 6 May']] },
    { now: '2026-04-20', body: 'We could hold the workshop on 4–8 May.', expect: [['meeting-on-holiday', '4–8 May']] },
    // A range that starts or ends on a weekend offers that day; one across a weekend is ordinary.
    { now: '2026-07-01', body: '7月17日〜19日でお打ち合わせいただけますか。', expect: [['meeting-on-weekend', '7月17日〜19日']], fixed: '7月17日' },
    { now: '2026-07-01', body: 'We could visit your office any day from July 15 to July 18.', expect: [['meeting-on-weekend', 'July 15 to July 18']] },
    { now: '2026-12-01', body: '5月11日〜5月15日の間でご訪問のご都合はいかがでしょうか。', expect: [['meeting-on-weekend', '5月11日〜5月15日']] },
    // Near misses: working days only, a closure notice, a closure named, a delivery window, a fraction.
    { now: '2026-07-01', body: '7月15日〜17日のいずれかでお打ち合わせをお願いできますでしょうか。', expect: [] },
    { now: '2026-07-01', body: '7月16日〜21日のうち、ご都合のよい平日にお打ち合わせをお願いできますか。', expect: [['meeting-on-holiday', '7月16日〜21日']] },
    { now: '2026-07-01', body: '7月13日〜14日でお打ち合わせいただけますか。', expect: [] },
    { now: '2026-04-20', body: '弊社は5月2日から5月6日まで休業いたします。', expect: [] },
    { now: '2026-04-20', body: '5月3日〜5日は休業のため、6日以降でお打ち合わせをお願いいたします。', expect: [] },
    { now: '2026-04-20', body: '5/3〜5/5の間に納品いたします。', expect: [] },
    { now: '2026-04-20', body: 'お打ち合わせでは、コストを1/2に削減する案をご説明いたします。', expect: [] },
    { now: '2026-04-20', body: 'Could we meet between 12 and 14 May?', expect: [] },
  ]);
});

describe('not times: measures, phone numbers, part numbers, versions', () => {
  run([
    { now, body: '7月29日（水）の打ち合わせでは、室温18〜22℃での試験結果をご説明いたします。', expect: [] },
    { now, body: 'At the meeting on Wednesday, July 29 we will show results at 20–25°C.', expect: [] },
    { now, body: '打ち合わせのご連絡は03-1234-5678までお願いいたします。', expect: [] },
    { now, body: 'Please call me at 03-1234-5678 to arrange the meeting.', expect: [] },
    { now, body: 'To set up the call, reach me on +81 3-5555-0199.', expect: [] },
    { now, body: '打ち合わせではバージョン2.10の変更点と部品番号7-19をご説明します。', expect: [] },
    { now, body: 'In the call we will go through v2.10 and the 10-20% discount.', expect: [] },
    { now, body: '打ち合わせでは保管温度5〜8度の条件をご確認ください。', expect: [] },
    // Near misses: real times in the same sentences stay times.
    { now, body: 'Could we meet on Wednesday, July 29 at 7:00 to go through the 20–25°C results?', expect: [['outside-business-hours', 'Wednesday, July 29 at 7:00']] },
    { now, body: '7月29日（水）19時から、18〜22℃での試験結果についてお打ち合わせできますでしょうか。', expect: [['outside-business-hours', '7月29日（水）19時']] },
  ]);
});

describe('a time that bounds another event is no slot', () => {
  run([
    { now, body: 'Could we call you on Wednesday, July 29, before your line starts at 7:00?', expect: [] },
    { now, body: 'Would a short call on Wednesday, July 29 work, after your plant closes at 6pm?', expect: [] },
    { now, body: 'Could we meet on Wednesday, July 29 — ideally once your shift ends at 7am?', expect: [] },
    { now, body: '7月29日（水）、8時の始業前に少しお電話でお話しできますでしょうか。', expect: [] },
    { now, body: '7月29日（水）、工場が19時に閉まる前にお伺いできればと存じます。', expect: [] },
    // Near misses: the time is the meeting's own.
    { now, body: 'Could we call you on Wednesday, July 29 at 7:00, before your line starts?', expect: [['outside-business-hours', 'Wednesday, July 29 at 7:00']] },
    { now, body: '7月29日（水）7時にお電話でお話しできますでしょうか。', expect: [['outside-business-hours', '7月29日（水）7時']] },
    { now, body: '7月29日（水）19時の打ち合わせの前に資料をお送りします。', expect: [] },
  ]);
});

describe('a dated-act word that only modifies a meeting noun leaves the sentence a meeting', () => {
  run([
    { now, body: '出荷前の確認会議を8月1日（土）に設定させていただけますか。', expect: [['meeting-on-weekend', '8月1日（土）']] },
    { now, body: '納品後の打ち合わせを8月1日（土）にお願いできますか。', expect: [['meeting-on-weekend', '8月1日（土）']] },
    { now, body: 'Could we set up the shipment review call for Saturday, August 1?', expect: [['meeting-on-weekend', 'Saturday, August 1']] },
    { now, body: 'Could we hold a delivery planning session on Friday, August 14?', expect: [['meeting-on-holiday', 'Friday, August 14']] },
    { now, body: 'Shall we do the invoice walkthrough on Saturday, August 1 at 10:00?', expect: [['meeting-on-weekend', 'Saturday, August 1']] },
    // Near misses: the act itself is dated.
    { now, body: '納品は8月14日（金）を予定しております。', expect: [] },
    { now, body: 'We will ship the parts on Friday, August 14.', expect: [] },
    { now, body: 'We will deliver the parts on Saturday, August 1 and hold a meeting the following week.', expect: [] },
    { now, body: 'The shipment meeting notes were sent on Saturday, August 1.', expect: [] },
    { now, body: 'Please send the delivery schedule by Friday, August 14.', expect: [] },
  ]);
});

describe('a timed event the reader is asked to attend is a meeting', () => {
  run([
    { now, body: 'The launch event starts at 10:00 on Saturday, August 1. Please join us!', expect: [['meeting-on-weekend', 'Saturday, August 1']] },
    { now, body: '8月14日（金）14時より新製品発表会を開催いたします。ぜひご出席ください。', expect: [['meeting-on-holiday', '8月14日（金）']] },
    { now, body: "We'd love to see you at the launch on Friday, August 14.", expect: [['meeting-on-holiday', 'Friday, August 14']] },
    { now, body: 'Please join us for the product launch party on Saturday, August 1 at 15:00.', expect: [['meeting-on-weekend', 'Saturday, August 1']] },
    { now, body: '8月1日（土）の発売記念イベントにぜひお越しください。', expect: [['meeting-on-weekend', '8月1日（土）']] },
    { now, body: '8月14日（金）15時からの新工場竣工式にご参加いただけますと幸いです。', expect: [['meeting-on-holiday', '8月14日（金）']] },
    // Near misses: the event announced, not the reader invited; a release date.
    { now, body: 'The launch event is on Saturday, August 1.', expect: [] },
    { now, body: '弊社の新工場竣工式を8月1日（土）に執り行います。', expect: [] },
    { now, body: 'Our office party is on Friday, August 14, so replies may be slow.', expect: [] },
    { now, body: '新製品は8月14日に発売いたします。', expect: [] },
    { now, body: 'Our new model launches on Friday, August 14.', expect: [] },
    { now, body: 'In the event of a delay, the shipment will leave on Saturday, August 1.', expect: [] },
  ]);
});

describe('a first meeting offered over a range of days still says who attends', () => {
  const p = { now: '2026-04-20', recipient: 'prospect' as const, firstContact: true };
  run([
    { ...p, body: 'お問い合わせいただきありがとうございます。5月11日〜15日のいずれかで、貴社にお伺いしてご説明できればと存じます。', expect: [['first-meeting-attendees', '5月11日〜15日のいずれかで、貴社にお伺いしてご説明できればと存じます。']] },
    { ...p, body: 'Thank you for your enquiry. We would be glad to visit you any day between 11 and 15 May to show the system.', expect: [['first-meeting-attendees', 'We would be glad to visit you any day between 11 and 15 May to show the system.']] },
    { ...p, body: 'Thank you for your enquiry. Could we meet at your office any day from May 11 to May 15?', expect: [['first-meeting-attendees', 'Could we meet at your office any day from May 11 to May 15?']] },
    // Near misses: who attends is said; a follow-up with a client already met.
    { ...p, body: 'お問い合わせいただきありがとうございます。5月11日〜15日のいずれかで、営業部長の森と私の2名で貴社にお伺いできればと存じます。', expect: [] },
    { ...p, body: 'Thank you for your enquiry. Our sales director, Mr. Mori, and I would be glad to visit you any day between 11 and 15 May.', expect: [] },
    { now: '2026-04-20', body: '前回のお打ち合わせの続きとして、5月11日〜15日のいずれかでお伺いできればと存じます。', expect: [] },
  ]);
});

describe('slash dates without a weekday and relative dates resolved against now', () => {
  run([
    { now, body: '8/14に貴社へお伺いしてもよろしいでしょうか。', expect: [['meeting-on-holiday', '8/14']] },
    { now, body: 'Could we meet on 8/14 at your office?', expect: [['meeting-on-holiday', '8/14']] },
    { now, body: '8/1のお打ち合わせは可能でしょうか。', expect: [['meeting-on-weekend', '8/1']] },
    { now: '2026-07-30', body: 'Could we meet the day after tomorrow at 10:00?', expect: [['meeting-on-weekend', 'the day after tomorrow']] },
    { now: '2026-08-09', body: '明後日の14時にお伺いしてもよろしいでしょうか。', expect: [['meeting-on-holiday', '明後日']] },
    { now: '2026-08-04', body: 'Could we meet next Tue at 10:00?', expect: [['meeting-on-holiday', 'next Tue']] },
    { now, body: '再来週の火曜日にお伺いしてもよろしいでしょうか。', expect: [['meeting-on-holiday', '再来週の火曜日']] },
    // Near misses: a fraction, a good day, a closure named, periods.
    { now, body: 'お打ち合わせでは、工数を1/3に減らす案をご説明します。', expect: [] },
    { now: '2026-07-28', body: 'Could we meet the day after tomorrow at 10:00?', expect: [] },
    { now, body: '8月11日は祝日ですので、8/12にお打ち合わせをお願いします。', expect: [] },
    { now: '2026-12-01', body: '年明けにお伺いできればと存じます。', expect: [] },
    { now: '2026-12-01', body: '月末にお伺いできればと存じます。', expect: [] },
  ]);
});

describe('a lunch or dinner named in the subject or a few lines away exempts its slot', () => {
  run([
    { now, body: 'Could we meet on Wednesday, July 29 at 12:00?\nWe could talk over lunch near your office.', expect: [] },
    { now, body: '7月29日（水）19時からいかがでしょうか。\n会食を兼ねてお話しできれば幸いです。', expect: [] },
    { now, body: '昼食：7月29日（水）\n12時から13時半まで、ご一緒できれば幸いです。', expect: [] },
    { now, body: 'Dinner with our CEO\n\nWould Wednesday, July 29 at 19:00 suit you?', expect: [] },
    // Near misses: the meal is history or quoted, or far from the slot.
    { now, body: 'Thank you for the dinner last week.\nCould we meet at your office on Wednesday, July 29 at 19:00?', expect: [['outside-business-hours', 'Wednesday, July 29 at 19:00']] },
    { now, body: 'Could we meet at your office on Wednesday, July 29 at 19:00?\n\n> Shall we have dinner some time?', expect: [['outside-business-hours', 'Wednesday, July 29 at 19:00']] },
    { now, body: 'Could we meet at your office on Wednesday, July 29 at 19:00?', expect: [['outside-business-hours', 'Wednesday, July 29 at 19:00']] },
  ]);
});

describe('a kick-off after a new contract is a first meeting only when it is the first', () => {
  run([
    { now, recipient: 'prospect', body: 'ご契約いただきありがとうございます。8月4日（火）10時より、キックオフミーティングをお願いできますでしょうか。', expect: [['first-meeting-attendees', '8月4日（火）10時']] },
    { now, body: 'Thank you for signing the contract. As this will be our first meeting, could we hold the kickoff on Tuesday, August 4 at 10:00?', expect: [['first-meeting-attendees', 'Tuesday, August 4 at 10:00']] },
    { now, firstContact: true, body: 'ご契約ありがとうございます。初めてのお打ち合わせとなりますので、8月4日（火）10時にキックオフをお願いできますでしょうか。', expect: [['first-meeting-attendees', '8月4日（火）10時']] },
    // Near misses: an existing client's kick-off or regular meeting.
    { now, body: 'ご契約いただきありがとうございます。8月4日（火）10時より、キックオフミーティングをお願いできますでしょうか。', expect: [] },
    { now, body: 'Thank you for signing. Could we hold the kickoff on Tuesday, August 4 at 10:00 with the same team as before?', expect: [] },
    { now, body: '定例のお打ち合わせを8月4日（火）10時にお願いいたします。', expect: [] },
  ]);
});
