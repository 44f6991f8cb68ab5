// Round 12 (false alarms): classes of clean mails the calendar rules misread, in our own wordings, each with
// the rule's real target beside it, which must still be flagged.
import { describe } from 'vitest';
import { run } from './case-table';

// 2026-12-01 is a Tuesday; 12/5 is a Saturday.
const now = '2026-12-01';

describe('a number written with thousands separators ("from 50,000 to 20,000 shots") is no clock', () => {
  run([
    { now, body: 'Corrective actions: we replaced the die and shortened the inspection interval from 50,000 to 20,000 shots.', expect: [] },
    { now, body: 'During the audit visit we will review the counter readings from 10,000 to 12,000 cycles.', expect: [] },
    { now, body: 'At the meeting we will show how the defect rate fell from 3,000 to 1,200 ppm.', expect: [] },
    { now, body: 'After the visit, the press was set from 60,000 to 20,000 strokes between die changes.', expect: [] },
    { now, body: 'For the review meeting, the sample size is 2,000 to 3,000 units per lot.', expect: [] },
    { now, body: 'In the call we can go through why the batch size moved from 4,000 to 6,000 kg.', expect: [] },
    // The rule's target: a meeting time outside business hours.
    { now, body: 'Could we hold the review meeting on Thursday, December 3 from 7 to 8 pm?', expect: [['outside-business-hours', 'Thursday, December 3 from 7 to 8 pm']] },
    { now, body: 'Could we have the call at 21:00 JST on Thursday, December 3?', expect: [['outside-business-hours', '21:00 JST on Thursday, December 3']] },
    { now, body: 'Would 6:30 am on Thursday, December 3 work for the inspection visit?', expect: [['outside-business-hours', '6:30 am on Thursday, December 3']] },
  ]);
});

describe('a weekend day named to be turned down (cannot, かねる, あいにく) or as the reader\'s own ask is not offered', () => {
  run([
    { now, body: '研修について、ラインを止めずに済むよう土曜日に実施できないかとのご相談をいただき、ありがとうございます。', expect: [] },
    { now, body: 'あいにく研修担当のエンジニアが土曜日は別のお客様の立ち上げ作業に入っております。', expect: [] },
    { now, body: '誠に恐縮ではございますが、土曜日の実施はお受けいたしかねる状況でございます。', expect: [] },
    { now, body: '誠に申し訳ございませんが、12月5日（土）のご訪問はお受けいたしかねます。', expect: [] },
    { now, body: 'Unfortunately we cannot hold the training on Saturday, December 5.', expect: [] },
    { now, body: "I'm afraid our engineers are unable to visit your plant on Saturday, December 5.", expect: [] },
    { now, body: "Thank you for asking; sadly we can't run the audit on Sunday, December 6.", expect: [] },
    // The rule's target: a weekend day offered, or a negation that is no refusal of the day.
    { now, body: '12月5日（土）にお打ち合わせをお願いできますでしょうか。', expect: [['meeting-on-weekend', '12月5日（土）']] },
    { now, body: 'Could we visit your plant on Saturday, December 5?', expect: [['meeting-on-weekend', 'Saturday, December 5']] },
    { now, body: "We can't wait to visit your plant on Saturday, December 5.", expect: [['meeting-on-weekend', 'Saturday, December 5']] },
    { now, body: "If Monday doesn't work for you, we could come on Saturday, December 5.", expect: [['meeting-on-weekend', 'Saturday, December 5']] },
  ]);
});

// 2027-01-14 is a Thursday; 3/10 is a Wednesday.
const heard = '2027-01-14';

describe('伺う as hearing from a client\'s person (今井様より伺った3月10日の…) is no visit', () => {
  run([
    { now: heard, recipient: 'prospect', body: '今井様より伺った3月10日の展示会初日に間に合わせるためには、2月6日までにデザインを確定いただく必要がございますので、念のためお知らせいたします。', expect: [] },
    { now: heard, recipient: 'prospect', body: '小林様より伺った3月10日の展示会に間に合わせるためには、2月6日までに原稿を確定いただく必要がございます。', expect: [] },
    { now: heard, recipient: 'prospect', body: '今井様から伺った3月15日の新店舗オープンに間に合わせるためには、2月20日までに仕様をご確定いただく必要がございます。', expect: [] },
    { now: heard, recipient: 'prospect', body: '森様より伺った4月1日の稼働開始に間に合わせるには、3月10日までに図面をご承認いただく必要がございます。', expect: [] },
    { now: heard, recipient: 'prospect', body: '山田様から伺いました3月10日の株主総会に間に合うよう、2月末までに原稿をご確認いただけますと幸いです。', expect: [] },
    { now: heard, recipient: 'prospect', body: '高橋様よりも伺っている3月10日の内覧に間に合うよう、2月中に色見本をお届けいたします。', expect: [] },
    { now: heard, recipient: 'prospect', body: '今井様より伺った3月10日の展示会初日までに、ブースの施工を完了いたします。', expect: [] },
    { now: heard, recipient: 'prospect', body: '3月10日（水）14時に貴社へ伺いたく存じますが、ご都合はいかがでしょうか。', expect: [['first-meeting-attendees', '3月10日（水）14時']] },
    { now: heard, recipient: 'prospect', body: '弊社田中より、3月10日（水）14時に伺います。', expect: [['first-meeting-attendees', '3月10日（水）14時']] },
    { now: heard, recipient: 'prospect', body: '3月10日（水）14時に、貴社へご挨拶に伺えれば幸いです。', expect: [['first-meeting-attendees', '3月10日（水）14時']] },
  ]);
});

// 2026-09-07 is a Monday; 2026-10-21 a Wednesday, 10/24 a Saturday.
const fair = '2026-09-07';

describe('a range\'s last day written alone with the daily hours after it (10月21日（水）〜24日（土）10:00〜17:00) is in the first day\'s month', () => {
  run([
    { now: fair, body: '会期：2026年10月21日（水）〜24日（土）10:00〜17:00（主催者発表）', expect: [] },
    { now: fair, body: '会期は10月21日（水）〜24日（土）10:00〜17:00です。', expect: [] },
    { now: fair, body: '展示会は2026年11月10日（火）〜13日（金）9:30〜17:00に開催されます。', expect: [] },
    { now: fair, body: 'セミナー期間：9月28日（月）〜30日（水）13:00〜16:00', expect: [] },
    { now: fair, body: '会期：2026年10月29日（木）〜11月1日（日）10:00〜18:00', expect: [] },
    { now: fair, body: 'Fair dates: 2026年12月1日（火）〜4日（金）10:00〜17:00', expect: [] },
    { now: fair, body: '研修は2026年10月5日（月）〜8日（木）9:00〜12:00に実施いたします。', expect: [] },
    { now: fair, body: '会期：2026年10月21日（水）〜24日（土）10:00〜17:00（主催者発表）\nご来場の際は、ぜひ弊社ブースにもお立ち寄りください。', expect: [] },
    { now: fair, body: '10月21日（水）〜24日（土）10:00〜17:00のいずれかで、貴社へ伺えればと存じます。', expect: [['meeting-on-weekend', '10月21日（水）〜24日（土）']] },
    { now: fair, body: '会期：2026年10月21日（水）〜24日（金）10:00〜17:00', expect: [['weekday-mismatch', '24日（金）']] },
    { now: fair, body: '会期は10月21日（木）〜24日（土）10:00〜17:00です。', expect: [['weekday-mismatch', '10月21日（木）']] },
    { now: fair, body: '会期：2026年10月21日（水）〜24日（日）10:00〜17:00', expect: [['weekday-mismatch', '24日（日）']] },
  ]);
});
