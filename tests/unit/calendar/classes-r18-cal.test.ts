// Round 18 (r18-cal): a slot's clock read as written — the zone after it (an abbreviation, "<city> time", a
// city alone in brackets, "in <place>", 「<place>の朝」, the hours mark "hrs"), British "half ten" — converted
// to Tokyo time before business hours are judged; the writer's own clock beside a Tokyo slot stays a restatement;
// and a count of days (週1日, 月に2日) is no day of the month. Our own wordings, and near misses that stay clean.
import { describe } from 'vitest';
import { run } from './case-table';

// 2026-11-02 is a Monday; Wednesday 18 November 2026. Europe and the US are on standard time: Lisbon UTC+0,
// London UTC+0, Rome UTC+1, Athens UTC+2, Nairobi UTC+3, Dubai UTC+4, Mumbai UTC+5:30, New York UTC−5,
// Bogotá UTC−5, Santiago UTC−3 (summer). Tokyo is UTC+9.
const nov = '2026-11-02';
const OUT = 'outside-business-hours';

describe('Z1: the zone written after a slot is converted to Tokyo time before hours are judged', () => {
  run([
    { now: nov, body: 'Could we have the update on Wednesday, 18 November, 09:30–10:30 Lisbon time?', expect: [[OUT, 'Wednesday, 18 November, 09:30–10:30 Lisbon time']] },
    { now: nov, body: 'When: Wednesday, 18 November 2026, 09:30–10:30 (WET)\nWhere: Teams', kind: 'meeting-invite', expect: [[OUT, 'Wednesday, 18 November 2026, 09:30–10:30 (WET)']] },
    { now: nov, body: 'I propose a video call:\nDate: Wednesday 18 November 2026\nHour: 17:00 hrs (Santiago time)\nPlatform: Teams', expect: [[OUT, '17:00 hrs (Santiago time)']] },
    { now: nov, body: 'Would Wednesday 18th at half ten UK time work for a quick Teams call?', expect: [[OUT, 'Wednesday 18th at half ten UK time']] },
    { now: nov, body: 'Could we call on Wednesday, November 18 at 3:00 PM ET?', expect: [[OUT, 'Wednesday, November 18 at 3:00 PM ET']] },
    { now: nov, body: 'Shall we meet online on 18 November at 14:00 EAT to go through the corridor figures?', expect: [[OUT, '18 November at 14:00 EAT']] },
    { now: nov, body: 'Could we set up a call on Wednesday 18 November, 13:00 EET?', expect: [[OUT, 'Wednesday 18 November, 13:00 EET']] },
    { now: nov, body: 'Would 18 November at 15:00 Dubai time be convenient for the review call?', expect: [[OUT, '18 November at 15:00 Dubai time']] },
    { now: nov, body: 'Can we do the demo on 18 November at 10:00 Bogota time?', expect: [[OUT, '18 November at 10:00 Bogota time']] },
    { now: nov, body: 'Could we have the kick-off call on 18 November at 11:00 in Italy?', expect: [[OUT, '18 November at 11:00 in Italy']] },
    { now: nov, body: 'Would 18 November at 2 pm (Johannesburg) suit your team for the call?', expect: [[OUT, '18 November at 2 pm (Johannesburg)']] },
    { now: nov, body: 'Could we call on 18 November at 15:00 Mumbai time to review the draft?', expect: [[OUT, '18 November at 15:00 Mumbai time']] },
    { now: nov, body: 'Could we have a call on 18 November at 5.30 p.m. East Africa Time?', expect: [[OUT, '18 November at 5.30 p.m. East Africa Time']] },
    { now: nov, body: '11月18日（水）、イタリアの朝11時からお電話でお打ち合わせできますでしょうか。', expect: [[OUT, '11月18日（水）、イタリアの朝11時']] },
    // Clean: in Tokyo's hours once converted, the writer's own clock beside a Tokyo slot, hours and halves that are no clocks.
    { now: nov, body: 'Could we have the update on Wednesday, 18 November, 08:00–09:00 Lisbon time (17:00–18:00 in Tokyo)?', expect: [] },
    { now: nov, body: 'Would Wednesday, 18 November at 16:00 JST work for you? I will join from Lisbon (07:00 WET).', expect: [] },
    { now: nov, body: 'Would Wednesday, 18 November at 16:00 JST work for you? I will join from Tel Aviv (09:00 IST).', expect: [] },
    { now: nov, body: 'Date: Wednesday, 18 November 2026\nTime: 10.00 a.m. – 11.30 a.m. Japan Standard Time (4.00 a.m. – 5.30 a.m. East Africa Time)', kind: 'meeting-invite', expect: [] },
    { now: nov, body: '日時：11月18日（水）15:00〜16:30\n日本時間15:00はイタリアの朝7:00にあたりますので、本社の担当も参加いたします。', kind: 'meeting-invite', expect: [] },
    { now: nov, body: 'Could we take half an hour on Wednesday 18 November at 10:00 JST?', expect: [] },
    { now: nov, body: 'Could we talk on 18 November at 09:00 GST (14:00 JST)?', expect: [] },
    { now: nov, body: 'We will be closed over Christmas time, so could we meet on 18 November at 10:00 JST?', expect: [] },
    { now: nov, body: 'Our line runs 24 hrs a day; could we call on 18 November at 10:00 JST?', expect: [] },
    { now: nov, body: 'Would Wednesday 18th at half two Tokyo time work for a quick call?', expect: [] },
  ]);
});

// 2026-10-01 is a Thursday; 2026-10-05 a Monday.
const oct = '2026-09-14';
const WDM = 'weekday-mismatch';

describe('Z2: a count of days a week or a month (週1日, 月に2日) is no day of the month', () => {
  run([
    { now: oct, body: '10月1日（水）14時からお打ち合わせをお願いできますでしょうか。', expect: [[WDM, '10月1日（水）']] },
    { now: oct, body: '2026年10月1日（水曜日）に貴社へお伺いいたします。', expect: [[WDM, '2026年10月1日（水曜日）']] },
    { now: oct, body: '10/1（水）の10時からはいかがでしょうか。', expect: [[WDM, '10/1（水）']] },
    { now: oct, body: '週明けの10月5日（火）10時からはいかがでしょうか。', expect: [[WDM, '10月5日（火）']] },
    { now: oct, body: '月初の10月1日（水）に定例会を開催したく存じます。', expect: [[WDM, '10月1日（水）']] },
    { now: oct, body: '週1回の定例会は10月7日（火）から始めたく存じます。', expect: [[WDM, '10月7日（火）']] },
    { now: oct, body: '週3日の常駐は10月8日（水）から開始いたします。', expect: [[WDM, '10月8日（水）']] },
    { now: oct, body: '月2回の定期訪問のうち、次回は10月2日（木）にお伺いいたします。', expect: [[WDM, '10月2日（木）']] },
    { now: oct, body: '年内最後の定例は12月1日（水）10時からとさせてください。', expect: [[WDM, '12月1日（水）']] },
    { now: oct, body: '次回のお打ち合わせは、10月15日（水）の14時からでいかがでしょうか。', expect: [[WDM, '10月15日（水）']] },
    { now: oct, body: '週次の報告会は10月6日（水）から毎週行います。', expect: [[WDM, '10月6日（水）']] },
    { now: oct, body: '月に一度の訪問として、10月9日（木）にお伺いできればと存じます。', expect: [[WDM, '10月9日（木）']] },
    // Clean: counts of days with the weekdays they fall on.
    { now: oct, body: '代わりに、週1日（水曜日）の常駐と、毎朝15分のオンライン朝会を組み合わせる形ではいかがでしょうか。', expect: [] },
    { now: oct, body: '週3日（月・水・金）の常駐でご対応いたします。', expect: [] },
    { now: oct, body: '月に2日（火曜日）ほど、貴社にお伺いする形ではいかがでしょうか。', expect: [] },
    { now: oct, body: '週2日（火・木）の出社をお願いしております。', expect: [] },
    { now: oct, body: '週5日（月〜金）稼働しております。', expect: [] },
    { now: oct, body: '週1日(水)のオンサイト支援をご提案いたします。', expect: [] },
    { now: oct, body: '年に3日（土曜日）は設備点検のため休業いたします。', expect: [] },
    { now: oct, body: '月に1日（金曜日）、定例の報告会を設けたく存じます。', expect: [] },
  ]);
});

// 2026-05-25 is a Monday; June 13 and 20, 2026 are Saturdays, June 14 a Sunday, June 15 a Monday.
const may = '2026-05-25';
const WE = 'meeting-on-weekend';

describe('Z3: the reason clause before a slot (…が多いため、 / Since …,) is not the slot\'s act', () => {
  run([
    { now: may, body: '平日は工事車両の出入りが多いため、6月13日（土）の午前10時からでいかがでしょうか。', expect: [[WE, '6月13日（土）']] },
    { now: may, body: '平日は出荷作業で構内が混み合うため、6月13日（土）10時からお伺いしてもよろしいでしょうか。', expect: [[WE, '6月13日（土）']] },
    { now: may, body: '平日は納品の対応で手が離せないので、6月20日（土）の14時にお打ち合わせをお願いできますでしょうか。', expect: [[WE, '6月20日（土）']] },
    { now: may, body: '弊社の工事チームが平日は別の現場におりますため、6月14日（日）10時からお伺いできますでしょうか。', expect: [[WE, '6月14日（日）']] },
    { now: may, body: '平日は出荷のピークにあたるため、6月13日（土）の午後にお打ち合わせはいかがでしょうか。', expect: [[WE, '6月13日（土）']] },
    { now: may, body: '平日は搬入で構内が混雑しますので、6月13日（土）10時にお伺いしたく存じます。', expect: [[WE, '6月13日（土）']] },
    { now: may, body: '平日は請求処理で立て込むため、6月20日（土）10時にお電話でお話しできますでしょうか。', expect: [[WE, '6月20日（土）']] },
    { now: may, body: 'Since deliveries block your dock on weekdays, could we visit on Saturday, June 13 at 10:00?', expect: [[WE, 'Saturday, June 13']] },
    { now: may, body: 'As our shipping team is busy during the week, would Saturday, June 20 at 14:00 work for a call?', expect: [[WE, 'Saturday, June 20']] },
    { now: may, body: 'Because the installation crew is on site all week, could we meet on Sunday, June 14 at 11:00?', expect: [[WE, 'Sunday, June 14']] },
    { now: may, body: 'Since the system maintenance runs on weekdays, could we have the call on Saturday, June 20 at 10:00?', expect: [[WE, 'Saturday, June 20']] },
    { now: may, body: 'As deliveries arrive every weekday morning, may we visit your plant on Saturday, June 13 at 10:00?', expect: [[WE, 'Saturday, June 13']] },
    // Clean: the slot's own act is a delivery or a deadline, a weekday slot, an agreed installation.
    { now: may, body: '平日は構内が混み合うため、6月13日（土）に納品いたします。', expect: [] },
    { now: may, body: 'Since the line is busy on weekdays, we will ship the parts on Saturday, June 13.', expect: [] },
    { now: may, body: '工事の都合上、6月13日（土）に資材を搬入いたします。', expect: [] },
    { now: may, body: '平日は工事車両の出入りが多いため、6月15日（月）10時からでいかがでしょうか。', expect: [] },
    { now: may, body: 'Since deliveries block the dock on weekdays, the shipment will arrive on Saturday, June 13.', expect: [] },
    { now: may, body: '在庫確保のため、6月13日（土）までにご発注をお願いいたします。', expect: [] },
    { now: may, body: 'As agreed, the installation will take place on Saturday, June 13.', expect: [] },
    { now: may, body: '平日は混雑するため、納品は6月13日（土）とさせていただきます。', expect: [] },
  ]);
});

// 2026-10-14 is a Wednesday: Saturday 17 and 24 and 31 October, Sunday 18 and 25 October and 1 November; Tuesday
// 3 November is Culture Day and Monday 23 November Labour Thanksgiving Day.
const oct14 = '2026-10-14';
const HOL = 'meeting-on-holiday';

describe('Z4: a weekday then a bare number ("Wednesday 21") is that day of the month, not 21:00', () => {
  run([
    { now: oct14, body: 'Could we meet on Saturday 24 at 10:00?', expect: [[WE, 'Saturday 24']] },
    { now: oct14, body: 'Would Sunday 25 work for a short call with your team?', expect: [[WE, 'Sunday 25']] },
    { now: oct14, body: 'If next Tuesday does not suit you, Saturday 17 at the same time would also work for us.', expect: [[WE, 'Saturday 17']] },
    { now: oct14, body: 'Could we visit your plant on Tuesday 3 at 14:00?', expect: [[HOL, 'Tuesday 3']] },
    { now: oct14, body: 'Would Monday 23 at 10:00 JST suit you for the review?', expect: [[HOL, 'Monday 23']] },
    { now: oct14, body: 'Shall we have the review call on Saturday 31, at 11:00?', expect: [[WE, 'Saturday 31']] },
    { now: oct14, body: 'We could come by on Sat 24 at 10:00 for the line audit.', expect: [[WE, 'Sat 24']] },
    { now: oct14, body: 'Could we meet on Sunday 1 at 15:00?', expect: [[WE, 'Sunday 1']] },
    { now: oct14, body: 'Could we do the call on Wednesday 21 at 20:00 JST?', expect: [[OUT, 'Wednesday 21 at 20:00 JST']] },
    { now: oct14, body: 'How about Saturday 7 for the visit to your plant?', expect: [[WE, 'Saturday 7']] },
    { now: oct14, body: 'Could we book Thursday 22 at 7:00 JST for the call?', expect: [[OUT, 'Thursday 22 at 7:00 JST']] },
    { now: oct14, body: 'Would Sat, 17 work for the on-site check?', expect: [[WE, 'Sat, 17']] },
    // Clean: working days in hours, and a day at "the same time" as the slot before it.
    { now: oct14, body: 'When: next Tuesday, 20 October 2026, 10:00–11:00 JST\n\nIf next Tuesday does not suit you, Wednesday 21 or Thursday 22 October at the same time would also work for us.', kind: 'meeting-invite', expect: [] },
    { now: oct14, body: 'Could we meet on Wednesday 21 at 10:00 JST?', expect: [] },
    { now: oct14, body: 'Would Thursday 22 or Friday 23 at 14:00 suit you?', expect: [] },
    { now: oct14, body: 'Tuesday 20 October at 10:00 JST, or Wednesday 21 at the same time, would suit us.', expect: [] },
    { now: oct14, body: 'Could we talk on Friday 23 at 11:00 JST?', expect: [] },
    { now: oct14, body: 'Monday 19 at 9:30 JST works for our engineers; shall we meet then?', expect: [] },
    { now: oct14, body: 'Would Tuesday 27 at 15:00 JST be convenient for the demo?', expect: [] },
    { now: oct14, body: 'Could we visit on Thursday 29 in the afternoon?', expect: [] },
  ]);
});

describe('Z5: a day the reader proposed, told with their honorific act after it (ご提案いただいた), is theirs', () => {
  run([
    { now: oct14, body: '10月17日（土）10時からのお打ち合わせをご提案いたします。', expect: [[WE, '10月17日（土）']] },
    { now: oct14, body: '弊社より、10月17日（土）の午後にお伺いすることをご提案させていただきます。', expect: [[WE, '10月17日（土）']] },
    { now: oct14, body: 'ご提案いただいた件につきまして、10月17日（土）10時からお伺いできますでしょうか。', expect: [[WE, '10月17日（土）']] },
    { now: oct14, body: '10月24日（土）14時から、貴社にてご説明させていただけますでしょうか。', expect: [[WE, '10月24日（土）']] },
    { now: oct14, body: '新プランのご提案のため、10月18日（日）10時にお伺いしてもよろしいでしょうか。', expect: [[WE, '10月18日（日）']] },
    { now: oct14, body: '10月25日（日）の午前中に、お電話でご提案内容をご説明できればと存じます。', expect: [[WE, '10月25日（日）']] },
    { now: oct14, body: '10月31日（土）の10時から、オンラインでお打ち合わせはいかがでしょうか。', expect: [[WE, '10月31日（土）']] },
    { now: oct14, body: 'ご希望に沿えるよう、10月17日（土）の10時からお伺いしたく存じます。', expect: [[WE, '10月17日（土）']] },
    { now: oct14, body: '10月17日（土）に貴社工場を見学させていただけないでしょうか。お打ち合わせも併せてお願いできれば幸いです。', expect: [[WE, '10月17日（土）']] },
    { now: oct14, body: '次回のお打ち合わせは10月24日（土）13時からでいかがでしょうか。', expect: [[WE, '10月24日（土）']] },
    { now: oct14, body: '10月18日（日）10時より、新製品のデモをご覧いただければと存じます。', expect: [[WE, '10月18日（日）']] },
    { now: oct14, body: 'ご指定の件、承知いたしました。つきましては10月31日（土）10時にお伺いいたします。', expect: [[WE, '10月31日（土）']] },
    // Clean: the reader's own proposal, turned down or answered.
    { now: oct14, body: 'せっかく土曜日の操業停止に合わせてご提案いただいたにもかかわらず、あいにく10月17日は弊社サービスエンジニアの手配がつかず、お伺いすることが難しい状況でございます。', expect: [] },
    { now: oct14, body: '10月17日（土）でご指定いただいた立ち会いですが、弊社としては平日でお願いできればと存じます。', expect: [] },
    { now: oct14, body: '土曜日の10時からとご提案いただいた件、誠にありがとうございます。', expect: [] },
    { now: oct14, body: '10月18日（日）にご依頼いただいた点検につきましては、平日に変更させていただけますと幸いです。', expect: [] },
    { now: oct14, body: '10月17日（土）の午前中にお申し出いただいた見学は、あいにく対応が難しい状況です。', expect: [] },
    { now: oct14, body: '土曜日に工場を開けてご提案くださった件、誠にありがとうございます。', expect: [] },
    { now: oct14, body: '10月24日（土）にご提示いただいた日程は、弊社都合により難しく存じます。', expect: [] },
    { now: oct14, body: '日曜日の点検をご希望いただいた件、社内で調整しております。', expect: [] },
  ]);
});
