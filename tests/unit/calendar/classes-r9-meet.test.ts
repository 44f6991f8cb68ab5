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
