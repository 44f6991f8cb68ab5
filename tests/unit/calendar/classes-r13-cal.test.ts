// Round 13 (r13-cal): the meeting class K5 of /work/CLASSES-r13.md — a relative day with its date in brackets on
// a weekend or holiday, proposed by the seller — and past words elsewhere in a sentence that proposes a new date,
// each with our own wordings that must be flagged and the near misses that must stay clean.
import { describe } from 'vitest';
import { run } from './case-table';

// 2026-11-09 is a Monday. 11/14 and 11/21 Saturdays, 11/15 and 11/22 Sundays; 11/23 (Mon) Labour Thanksgiving Day;
// 11/12 (Thu), 11/13 (Fri), 11/20 (Fri) working days.
const nov = '2026-11-09';

describe('K5: a relative day with its date in brackets (今週土曜日（11月14日）, this Saturday (14 Nov)), proposed on a closed day', () => {
  run([
    { now: nov, body: '今週土曜日（11月14日）に貴社工場へ伺えればと考えております。', expect: [['meeting-on-weekend', '今週土曜日（11月14日）']], fixed: '金曜日（11月13日）' },
    { now: nov, body: '来週の日曜（11/22）に現地で作業させていただければ幸いです。', expect: [['meeting-on-weekend', '来週の日曜（11/22）']], fixed: '金曜（11/20）' },
    { now: nov, body: '今週日曜日（11月15日）の10時から、弊社技術者2名で設備の点検に伺えればと存じます。', expect: [['meeting-on-weekend', '今週日曜日（11月15日）']] },
    { now: nov, body: '来週月曜日（11月23日）に、御社ラインにて据付工事を実施させていただければと存じます。', expect: [['meeting-on-holiday', '来週月曜日（11月23日）']] },
    { now: nov, body: '来週土曜日（11月21日）の午前中に、弊社サービス班でメンテナンス作業を行わせていただければ幸いです。', expect: [['meeting-on-weekend', '来週土曜日（11月21日）']] },
    { now: nov, body: '今週の土曜、11月14日に一度お打ち合わせの機会をいただけますでしょうか。', expect: [['meeting-on-weekend', '今週の土曜、11月14日']] },
    { now: nov, body: 'We would like to visit your plant this Saturday (14 Nov) to check the press line.', expect: [['meeting-on-weekend', 'this Saturday (14 Nov)']], fixed: 'Friday (13 Nov)' },
    { now: nov, body: 'Could we have a short call next Sunday (Nov 22) at 10am to go over the results?', expect: [['meeting-on-weekend', 'next Sunday (Nov 22)']] },
    { now: nov, body: 'Our two engineers could come to your site this Saturday (11/14) to replace the controller.', expect: [['meeting-on-weekend', 'this Saturday (11/14)']] },
    { now: nov, body: 'I\'d like to come by your office next Monday (23 Nov) to walk you through the new layout.', expect: [['meeting-on-holiday', 'next Monday (23 Nov)']] },
    // A bracketed date that disagrees with its weekday is the writer's slip, reported once as such.
    { now: nov, body: '今週土曜日（11月15日）に伺えればと存じます。', expect: [['weekday-mismatch', '今週土曜日（11月15日）']] },
    // Near misses: they stay clean.
    { now: nov, body: '今週木曜日（11月12日）に貴社工場へ伺えればと考えております。', expect: [] },
    { now: nov, body: 'We would like to visit your plant this Friday (13 Nov) to check the press line.', expect: [] },
    { now: nov, body: 'ご依頼のとおり、今週土曜日（11月14日）に伺います。', expect: [] },
    { now: nov, body: '貴社のご希望により、来週の日曜（11/22）に現地で作業させていただきます。', expect: [] },
    { now: nov, body: 'As you requested, our engineers will come to your site this Saturday (14 Nov).', expect: [] },
    { now: nov, body: 'いつもどおり、今週土曜日（11月14日）に定期点検に伺います。', expect: [] },
    { now: nov, body: '今週土曜日（11月14日）は弊社も休業日のため、週明けにお打ち合わせをお願いいたします。', expect: [] },
    { now: nov, body: '弊社工場では今週土曜日（11月14日）に設備の入れ替え作業をいたします。', expect: [] },
    { now: nov, body: '今週土曜日（11月14日）までに見積書をお送りいたします。', expect: [] },
  ]);
});

describe('Past words elsewhere in a sentence that proposes a new date do not clear it', () => {
  run([
    { now: '2026-11-10', body: '先日納入した溶接ロボットセルのティーチング調整ですが、今週土曜日（11月14日）の9時から作業に伺えればと考えております。', expect: [['meeting-on-weekend', '今週土曜日（11月14日）']] },
    { now: nov, body: '先月導入いただいた設備の点検ですが、11月14日（土）に伺えればと考えております。', expect: [['meeting-on-weekend', '11月14日（土）']] },
    { now: nov, body: '昨年設置した空調機の件で、来週月曜日（11月23日）にお伺いできればと存じます。', expect: [['meeting-on-holiday', '来週月曜日（11月23日）']] },
    { now: nov, body: '前回ご指摘いただいた点を踏まえ、11月21日（土）に改めてご説明に伺えればと存じます。', expect: [['meeting-on-weekend', '11月21日（土）']] },
    { now: nov, body: 'Thanks for your time yesterday; could our engineer visit your plant next Sunday (22 Nov)?', expect: [['meeting-on-weekend', 'next Sunday (22 Nov)']] },
    { now: nov, body: 'The unit we installed last month needs a firmware update, so could we visit your plant on Saturday, November 14?', expect: [['meeting-on-weekend', 'Saturday, November 14']] },
    { now: nov, body: 'Following up on the issue your team raised yesterday: could we have a call on Sunday, November 15?', expect: [['meeting-on-weekend', 'Sunday, November 15']] },
    { now: nov, body: '先週お送りした資料について、11月23日（月）にオンライン会議でご説明できればと存じます。', expect: [['meeting-on-holiday', '11月23日（月）']] },
    // Near misses: the date itself is the past event's.
    { now: nov, body: '11月7日（土）に伺った際の件ですが、来週火曜日（11月17日）にご報告に伺えればと存じます。', expect: [] },
    { now: nov, body: '先日11月7日（土）にお打ち合わせした件ですが、来週木曜日にご報告に伺えればと存じます。', expect: [] },
    { now: nov, body: '前回11月8日（日）に伺った際にご指摘いただいた点について、ご報告いたします。', expect: [] },
    { now: nov, body: 'Thank you for meeting us on Saturday, November 7; could we follow up on Thursday, November 12?', expect: [] },
    { now: nov, body: '先日はお打ち合わせのお時間をいただき、ありがとうございました。', expect: [] },
  ]);
});

// 2026-10-01 is a Thursday; 10/12 (Mon) Sports Day; 10/13 (Tue), 10/15 (Thu) working days. 2027-02-23 (Tue) is the
// Emperor's Birthday.
describe('Calendar readings from the misses and false alarms of the writers\' files and earlier meeting sets', () => {
  run([
    // A plain wish (〜したいと考えております / 思います) offers the slot as much as 〜できればと存じます.
    { now: '2026-07-30', body: '減速機の定期点検につきまして、8月14日（金）10時より、弊社エンジニアと私の2名でお伺いしたいと考えております。', expect: [['meeting-on-holiday', '8月14日（金）']] },
    { now: '2026-12-17', body: '今後の出荷計画について、12月30日（水）の14時にお伺いしてご説明したいと思います。', expect: [['meeting-on-holiday', '12月30日（水）']] },
    { now: '2027-05-06', body: '5月16日（日）の10時から、オンラインで30分ほどお話しできませんか。', expect: [['meeting-on-weekend', '5月16日（日）']] },
    // An event we arranged, announced in the past tense after a past word, is still to come.
    { now: '2027-04-05', body: '先日お話ししたろ過装置の稼働現場をご覧いただけるよう、2027年4月17日（土）10時から弊社千葉工場の見学をご用意いたしました。', expect: [['meeting-on-weekend', '2027年4月17日（土）']] },
    // A wrong weekday on a date proposed after a past word is checked against the coming date, not last year's.
    { now: '2027-05-20', body: '先日ご相談いただいた立会いにつきまして、6月10日（水）13時30分から貴社工場へお伺いできればと存じます。', expect: [['weekday-mismatch', '6月10日（水）']] },
    // A preface about an earlier call leaves the next sentence's slot a proposal, and the meeting no first one.
    { now: '2027-04-15', body: 'Following our call last week, I\'d like to set up a demo with your operations team. We could do May 4 or 5.', recipient: 'prospect', expect: [['meeting-on-holiday', 'May 4'], ['meeting-on-holiday', '5']] },
    // Near misses: they stay clean.
    // The writer's stay is not days offered; the slot is named on its own.
    { now: '2026-10-01', body: 'I will be in Japan from October 12 to 16, and we would be glad to visit your plant. Would Tuesday, October 13 at 13:00 be convenient?', expect: [] },
    { now: '2026-10-01', body: 'We are visiting Tokyo from October 10 to 14 and would like to see you. Could we meet on Tuesday, October 13?', expect: [] },
    { now: '2026-10-01', body: '弊社社長が10月10日〜14日に来日いたします。10月13日（火）にご挨拶に伺えればと存じます。', expect: [] },
    // The same slot said again for the writer's own place.
    { now: '2027-02-08', body: 'May I propose Wednesday, February 24, 2027, from 10:00 to 11:00 JST? For us in São Paulo it will be Tuesday, February 23, from 22:00 to 23:00.', expect: [] },
    // The client's own event, given as the reason for our date.
    { now: '2026-06-15', body: 'Since your steering committee meets on July 9, we will keep the demo environment open for your team until then.', recipient: 'prospect', expect: [] },
    { now: '2026-06-15', body: 'As your opening ceremony is on Sunday, June 21, we will finish the demo installation by Friday, June 19.', expect: [] },
  ]);
});
