// Round 24: dates given by reference to another date of the same mail (同日, 当日, その日, 翌日, 前日, 翌週の火曜,
// "that day", "the same day", "the day after", "the next day", "the Monday after", "the following Tuesday"),
// counted from the date they refer to — and near misses where the reference names no new day (当日は…伺います),
// gives way to the date written after it (翌日の7月21日), or where the day is no meeting's (a delivery, a deadline).
// One meeting written twice (in two languages) is reported once.
import { describe } from 'vitest';
import { run } from './case-table';

// 2026: 7/20 (Mon) Marine Day, 8/11 (Tue) Mountain Day, 9/21–23 (Mon–Wed) holidays, 10/12 (Mon) Sports Day,
// 11/3 (Tue) Culture Day, 11/23 (Mon) Labour Thanksgiving Day; 12/29–1/3 the year-end closure.
const now = '2026-07-01';

describe('a reference to another date of the mail is counted from that date', () => {
  run([
    { now, body: '弊社の社長が7月20日（月）に来日いたします。\n当日の午後、貴社へご挨拶に伺ってもよろしいでしょうか。', expect: [['meeting-on-holiday', '当日']] },
    { now, body: '新システムは9月22日（火）に稼働予定です。\n同日15時より、貴社にて操作のご説明をさせていただけますでしょうか。', expect: [['meeting-on-holiday', '同日']] },
    { now, body: '機械の据付は11月2日（月）に完了する見込みです。\n翌日の10時から、試運転の立ち会いをお願いできますでしょうか。', expect: [['meeting-on-holiday', '翌日']] },
    { now, body: '8月4日（火）の定例会ですが、翌週の火曜に変更させていただけますでしょうか。', expect: [['meeting-on-holiday', '翌週の火曜']] },
    { now, body: '展示会は10月13日（火）から始まりますので、その前日に貴社へお伺いできればと存じます。', expect: [['meeting-on-holiday', 'その前日']] },
    { now: '2026-06-25', body: '来月20日（月）は弊社の技術者が東京におりますので、その日の14時にお打ち合わせはいかがでしょうか。', expect: [['meeting-on-holiday', '来月20日（月）は弊社の技術者が東京におりますので、その日']] },
    { now, body: 'Our CEO lands in Tokyo on Monday, October 12. Could we visit your office that day at 3pm?', expect: [['meeting-on-holiday', 'that day']] },
    { now, body: 'The trade show in Osaka ends on Sunday, November 22. We could come to your plant the day after, around 10:00.', expect: [['meeting-on-holiday', 'the day after']] },
    { now, body: 'We are at the expo in Makuhari through Friday, September 18, so how about a demo at your office the Monday after, at 10am?', expect: [['meeting-on-holiday', 'the Monday after']] },
    { now, body: 'Our engineer finishes the installation on Friday, August 7. Would the following Tuesday work for the acceptance meeting?', expect: [['meeting-on-holiday', 'the following Tuesday']] },
    { now, body: 'Mr. Weber arrives in Japan on Sunday, November 22. Could we meet at your head office the next day at 11:00?', expect: [['meeting-on-holiday', 'the next day']] },
    { now, body: 'The audit ends on Friday, July 10. Could we review the results with you the day after at 10:00?', expect: [['meeting-on-weekend', 'the day after']] },
    { now, body: '令和8年９月２２日（火）に新版をリリースいたします。\n同日１４時より、貴社にて変更点をご説明させていただけますでしょうか。', expect: [['meeting-on-holiday', '同日']] },
    { now: '2026-12-14', body: 'CFOが12月30日（水）まで東京に滞在しておりますので、同日10時から貴社にお伺いできれば幸いです。', expect: [['meeting-on-holiday', '12月30日（水）まで東京に滞在しておりますので、同日']], fixed: '12月30日（水）まで東京に滞在しておりますので、12月28日（月）' },
    { now, body: 'As Monday, July 13 suits your team, we proposed the day before the holiday; an afternoon slot on the same day is also fine for us.', expect: [] },
    { now: '2026-12-14', kind: 'meeting-invite', body: '日時：12/30（水）11:00〜11:45\n\nDear Ms. Takano, could we go through the results with you on Wednesday, December 30, 11:00 JST?', expect: [['meeting-on-holiday', '12/30（水）']] },
  ]);
});

describe('near misses: the reference names no new day, gives way to a date, or is no meeting', () => {
  run([
    { now, kind: 'meeting-invite', body: '日時：7月21日（火）14:00〜15:00\n当日は弊社の田中と李が伺います。', expect: [] },
    { now, body: '9月15日（火）14:00にお打ち合わせをお願いできますでしょうか。\n9月19日から23日までは連休となります。\n当日は資料をお持ちいたします。', expect: [] },
    { now, body: '7月20日（月）は海の日のため、翌日の7月21日（火）にお伺いできればと存じます。', expect: [] },
    { now, body: '海の日の翌日となる7月21日（火）10:00から、工場見学をお願いできますでしょうか。', expect: [] },
    { now, body: '納品は11月2日（月）です。資料は前日までにお送りいたします。', expect: [] },
    { now, body: 'Our CEO lands in Tokyo on Monday, October 12. Could we visit you the day after, Tuesday, October 13, at 3pm?', expect: [] },
    { now, body: 'The expo ends on Friday, September 25. How about a demo at your office the Tuesday after, at 10am?', expect: [] },
    { now, body: 'We ship the parts on Friday, November 20, and they reach your warehouse the day after.', expect: [] },
    { now, body: 'The inspection is on Thursday, November 19. We will send the report the following Monday.', expect: [] },
    { now, body: '8月4日（火）の定例会ですが、翌週の月曜に変更させていただけますでしょうか。', expect: [] },
    { now, body: 'The plant is closed on Monday, October 12 for the holiday. We could visit the day after the holiday, at 10:00.', expect: [] },
    { now, body: '弊社工場は8月13日から16日まで休業いたします。\n休業明けの8月17日（月）10時にお伺いし、当日は品質課長も同行いたします。', expect: [] },
  ]);
});
