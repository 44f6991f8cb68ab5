// Round 27 (calendar): whether a date is a proposed meeting, read by class — each class with cases the round's
// author wrote in several wordings (ja, en; mail and invites; body and lists) and clean near misses.
// - A time in the clock of a place the zone tables do not know ("20:00 Leipzig time", "19:00–20:30 in Celaya",
//   「グアダラハラ時間の前日19:00」) is another place's clock: not read as Tokyo's, and not judged (r26 ag1-043, ai-008);
//   Kyiv and リマ are spellings the runtime's IANA names lack (r26 ag2-029).
// - A bare number labelled by the noun before it ("benches 7–12", "sections 5-9") is no clock (r26 aj-069).
// - A date that opens a period in force ("orders placed from 1 January") or is the topic of the reader's request
//   (「…について、ご依頼をいただき」) is no slot (r26 ai-023, ag2-009).
// - Proposals the reading dropped: a gathering named noun + 会 (カッピング会), a coffee offered, a visit offered
//   after the reader's closure told as its reason (r26 ahj-042, ahe-033, ahe-037).
// - Clock and day phrasings: 17h, 15h00, 1500 hrs, 次の日曜日, 今度の土曜日.
import { describe, expect, it } from 'vitest';
import { analyzeDates } from '../../../src/engine/analysis/dates';
import { isoDay } from '../../../src/engine/analysis/dates-day';
import { run } from './case-table';

const slots = (text: string, now: string) => analyzeDates(text, now).slots;

describe('continental and military clocks', () => {
  it.each([
    ['Could we talk on Tuesday 12 May at 19h?', 19, 0],
    ['Tuesday 12 May, 15h00', 15, 0],
    ['Tuesday 12 May from 18h30', 18, 30],
    ['Tuesday 12 May at 1500 hrs JST', 15, 0],
    ['Tuesday 12 May, 0930h', 9, 30],
  ])('«%s» is %i:%i on 12 May', (text, h, min) => {
    const s = slots(text, '2026-05-01');
    expect(s.filter((x) => x.time).map((x) => x.time!.from)).toEqual([{ h, min }]);
    expect(s.filter((x) => x.date).map((x) => isoDay(x.date!.day))).toEqual(['2026-05-12']);
  });

  it.each(['Our desk answers within 4h on Tuesday 12 May.', 'a 2h workshop on Tuesday 12 May', '24h support from Tuesday 12 May', 'We tested 1500 units on Tuesday 12 May'])('«%s» has no clock', (text) => {
    expect(slots(text, '2026-05-01').filter((x) => x.time)).toEqual([]);
  });
});

describe('the coming weekday named without its week', () => {
  it.each([
    ['次の日曜日の14時に', '2026-05-10'],
    ['今度の土曜日に', '2026-05-02'],
    ['この金曜に', '2026-05-08'],
  ])('«%s» is %s (written Friday 1 May 2026)', (text, iso) => {
    const s = slots(text, '2026-05-01').filter((x) => x.date);
    expect(s.map((x) => isoDay(x.date!.day))).toEqual([iso]);
  });

  it('次の日 alone is still the day after, not a weekday', () => {
    expect(slots('5月12日に伺い、次の日に報告いたします', '2026-05-01').map((x) => x.date && isoDay(x.date.day))).toEqual(['2026-05-12', '2026-05-13']);
  });
});

describe('a bare number labelled by a noun is no clock', () => {
  it.each(['benches 7–12', 'sections 5-9 of the manual', 'Lines 3–4 retrofit', 'chapters 19 to 22'])('«%s»', (text) => {
    expect(slots(text, '2026-05-01').filter((x) => x.time)).toEqual([]);
  });
  it.each([['at 7–9 pm', 19], ['from 3 to 5 pm', 15], ['at 10', 10]])('«%s» stays a clock', (text, h) => {
    const s = slots('Tuesday 12 May ' + text, '2026-05-01');
    expect(s[0]?.time?.from.h).toBe(h);
  });
});

describe('a place the tables do not know is still another clock', () => {
  // Round 42: グアダラハラ is a known city now (dictionaries/calendar/world-cities.json); ケレタロ is still unknown.
  it.each(['20:00 Leipzig time', '19:00–20:30 in Celaya', 'ケレタロ時間の20:00'])('«%s» is elsewhere', (text) => {
    const s = slots('Tuesday 9 June ' + text, '2026-05-27').filter((x) => x.time);
    expect(s.map((x) => x.time!.zone?.kind)).toEqual(['elsewhere']);
  });
  it.each(['12:00 lunch time', '15:00 Tokyo time', '20:00 Monday'])('«%s» is not', (text) => {
    const s = slots('Tuesday 9 June at ' + text, '2026-05-27');
    expect(s.map((x) => x.time?.zone?.kind)).not.toContain('elsewhere');
  });
});

describe("times in another place's clock", () => {
  run([
    { now: "2026-07-01", kind: 'meeting-invite', body: "When: Thursday, 9 July 2026, 17:00–18:00 Kyiv time\nWhere: Teams\n\nDear Mr. Onodera,\nPlease find below the invitation for the sprint review.", expect: [["outside-business-hours","Thursday, 9 July 2026, 17:00–18:00 Kyiv time"]] },
    { now: "2026-07-01", body: "Dear Mr. Onodera,\nCould we have a call on Thursday, 9 July at 16:00 Lima time?\nBest regards", expect: [["outside-business-hours","Thursday, 9 July at 16:00 Lima time"]] },
    { now: "2027-01-25", kind: 'meeting-invite', body: "When: Wednesday, February 17, 2027, 10:00–11:30 JST (Tuesday, February 16, 19:00–20:30 in Celaya)\nWhere: your office\n\nDear Mr. Kato,\nWe would be grateful for the chance to review the 2027 volumes with you.", expect: [] },
    { now: "2026-05-27", kind: 'meeting-invite', body: "日時：2026年6月10日（水）10:00〜11:00（日本時間）\n場所：オンライン\n\n佐々木様\nいつもお世話になっております。\nご相談させていただければと存じます。\nなお、時差の都合で、玉城はリマ時間の前日20:00からの参加となります。", expect: [] },
    { now: "2026-05-27", kind: 'meeting-invite', body: "日時：2026年6月10日（水）10:00〜11:00（日本時間）\n\n佐々木様\nいつもお世話になっております。\nなお、弊社の技術部長はグアダラハラ時間の前日19:00から参加いたします。", expect: [] },
    { now: "2026-05-27", body: "Dear Ms. Ito,\nWould Tuesday, 9 June at 10:00 JST work for a call? That is 20:00 on Monday in Monterrey for our engineer.\nBest regards", expect: [] },
    { now: "2026-05-27", body: "Dear Ms. Ito,\nCould we meet by video on Tuesday, 9 June, 9:00 JST (Monday 8 June, 20:00 Leipzig time)?\nBest regards", expect: [] },
    { now: "2026-05-27", body: "Dear Ms. Ito,\nCould we have a short call on Tuesday 9 June at 6 p.m. Tokyo time?\nBest regards", expect: [["outside-business-hours","Tuesday 9 June at 6 p.m. Tokyo time"]] },
    { now: "2026-05-27", body: "Dear Ms. Ito,\nThe call is on Tuesday, 9 June at 10:00 JST, which is 21:00 Monday in Querétaro time for our plant manager.\nBest regards", expect: [] },
    { now: "2026-05-27", body: "Dear Ms. Ito,\nCould we have a call on Tuesday, 9 June at 14:00 Kyiv time?\nBest regards", expect: [["outside-business-hours","Tuesday, 9 June at 14:00 Kyiv time"]] },
    { now: "2026-05-27", body: "Dear Ms. Ito,\nCould we meet at lunch time on Tuesday, 9 June at 12:00?\nBest regards", expect: [] },
  ]);
});

describe("numbers that are no clocks", () => {
  run([
    { now: "2026-09-25", kind: 'meeting-invite', body: "When: Thursday, 8 October 2026, 08:00–09:30 SAST (15:00–16:30 JST)\nWhere: Teams\n\nDear Sakamoto-san,\nWe'd like to go through:\n1. Q3 production versus plan for benches 7–12\n2. The open tickets\nKind regards", expect: [] },
    { now: "2026-09-25", kind: 'meeting-invite', body: "When: Thursday, 8 October 2026, 15:00–16:30 JST\nWhere: Teams\n\nDear Sakamoto-san,\nAgenda:\n- Review of sections 5-9 of the manual\n- Lines 3–4 retrofit\nKind regards", expect: [] },
    { now: "2026-09-25", body: "Dear Sakamoto-san,\nCould we meet on Thursday, 8 October at 15:00 to go through chapters 19–22 of the spec?\nKind regards", expect: [] },
    { now: "2026-09-25", body: "佐藤様\nいつもお世話になっております。\n10月8日（木）15時にお打ち合わせをお願いできますでしょうか。議題は仕様書の7〜12章です。\nよろしくお願いいたします。", expect: [] },
    { now: "2026-09-25", kind: 'meeting-invite', body: "日時：10月8日（木）15:00〜16:00\n\n佐藤様\n議題：\n1. 第3〜5ラインの改修\n2. 21〜23番の部品\nよろしくお願いいたします。", expect: [] },
    { now: "2026-09-25", body: "Dear Sakamoto-san,\nThe samples for lots 21-23 will ship next week. Could we meet on Thursday, 8 October at 15:00?\nKind regards", expect: [] },
    { now: "2026-09-25", kind: 'meeting-invite', body: "When: Thursday, 8 October 2026, 10:00–11:00 JST\n\nDear Sakamoto-san,\nWe will review items 3 to 8 of the punch list and rows 18-20 of the cost sheet.\nKind regards", expect: [] },
    { now: "2026-09-25", body: "Dear Sakamoto-san,\nWould Thursday 8 October, 7-8 pm JST work for a call?\nKind regards", expect: [["outside-business-hours","Thursday 8 October, 7-8 pm JST"]] },
  ]);
});

describe("dates that are no proposals: periods in force, the reader's request, closures, deadlines, deliveries", () => {
  run([
    { now: "2026-10-14", body: "Dear Mr. Ishida,\nWe would like to propose an adjustment of 7% for orders placed from 1 January 2027.\nWe would be grateful for the chance to visit your office in November to explain it.\nBest regards", expect: [] },
    { now: "2026-10-14", body: "Dear Mr. Ishida,\nWe propose that the new prices apply to shipments from 1 January 2027. I would be glad to explain them on a call at your convenience.\nBest regards", expect: [] },
    { now: "2026-10-14", body: "石田様\nいつもお世話になっております。\n2027年1月1日ご注文分より、価格を7%改定させていただきたく、ご相談申し上げます。\nご説明に伺えれば幸いです。", expect: [] },
    { now: "2026-10-14", body: "Dear Mr. Ishida,\nThe revised price list takes effect on 1 January 2027. Could we meet next week to walk you through it?\nBest regards", expect: [] },
    { now: "2026-10-14", body: "Dear Mr. Ishida,\nThis quotation is valid until Sunday, 1 November 2026. Please let me know if a call would help.\nBest regards", expect: [] },
    { now: "2026-12-01", body: "Dear Mr. Ishida,\nOur office will be closed on 1 January. We would be happy to meet on 6 January at 10:00.\nBest regards", expect: [] },
    { now: "2026-12-01", body: "石田様\nご注文は12月27日（日）までにいただけますと幸いです。お打ち合わせは12月15日（火）10時でいかがでしょうか。", expect: [] },
    { now: "2027-01-19", body: "高木様\n1月30日（土）の装置移設作業へのお立ち会いについて、ご依頼をいただき誠にありがとうございます。\nあいにく当日は伺うことが難しい状況でございます。\n代わりに、前日の1月29日（金）にお伺いして事前点検を行う形ではいかがでしょうか。", expect: [] },
    { now: "2027-01-19", body: "Dear Mr. Takagi,\nThank you for your request that we attend the relocation on Saturday, 30 January.\nUnfortunately our engineers are booked that day. Could we come on Friday, 29 January instead?\nBest regards", expect: [] },
    { now: "2026-04-20", body: "Dear Ms. Ono,\nThe parts will be delivered on Saturday, 2 May. Could we have a short call on Thursday, 7 May at 10:00 to check the installation?\nBest regards", expect: [] },
    { now: "2026-10-14", body: "Dear Mr. Ishida,\nFurther to our consultation, we would like to propose an adjustment of 7% for orders placed from 1 January 2027.\nBest regards", expect: [] },
    { now: "2026-03-10", body: "Dear Mr. Ishida,\nThe new terms will apply effective Sunday, 29 March. Could we discuss them on a call next week?\nBest regards", expect: [] },
    { now: "2026-12-01", body: "石田様\nお打ち合わせのご相談です。2027年1月1日ご注文分より、新価格を適用させていただきたく存じます。", expect: [] },
    { now: "2026-03-10", body: "Dear Mr. Ishida,\nWe would like to visit you from Sunday, 29 March. Would that suit you?\nBest regards", expect: [["meeting-on-weekend","Sunday, 29 March"]] },
    { now: "2027-01-19", body: "高木様\n2月6日（土）の定期点検の件で、ご相談をいただきありがとうございます。あいにく当日は伺えません。2月5日（金）10時はいかがでしょうか。", expect: [] },
    { now: "2027-01-19", body: "高木様\n2月6日（土）の定期点検について、ご相談させていただきたく存じます。当日10時に伺ってもよろしいでしょうか。", expect: [["meeting-on-weekend","当日"]] },
  ]);
});

describe("proposals on closed days, bound to their date", () => {
  run([
    // A range of days opened by "from" is days offered (not a period in force): it spans 11 February, a holiday.
    { now: "2027-01-25", body: "Dear Ms. Okada,\nI would like to stop by your plant. Any afternoon from Wednesday, February 10 to Friday, February 12 would work on my side.\nKind regards", expect: [["meeting-on-holiday","Wednesday, February 10 to Friday, February 12"]] },
    { now: "2026-12-14", body: "飯田様\nお世話になっております。\nケニアから新ロットのサンプルが届きます。\n1月2日（土）11時から、カッピング会をしたいです。\n場所は弊社の横浜事務所です。", expect: [["meeting-on-holiday","1月2日（土）"]] },
    { now: "2026-12-14", body: "飯田様\nお世話になっております。\n1月3日（日）14時から、弊社で試飲会を開きたいと考えております。ぜひお越しください。", expect: [["meeting-on-holiday","1月3日（日）"]] },
    { now: "2026-06-01", body: "飯田様\n新製品の説明会を6月13日（土）10時から開催したく存じます。ご参加いただけますでしょうか。", expect: [["meeting-on-weekend","6月13日（土）"]] },
    { now: "2026-09-09", body: "Dear Ms. Ishikawa,\nI will be in Tokyo from this Saturday, and I would be so happy to offer you a coffee at my hotel in Ginza this Sunday afternoon.\nWarm regards", expect: [["meeting-on-weekend","this Sunday afternoon"]] },
    { now: "2026-09-09", body: "Dear Ms. Ishikawa,\nI'll be in Tokyo next week. Could I take you to lunch this Sunday?\nWarm regards", expect: [["meeting-on-weekend","this Sunday"]] },
    { now: "2026-12-01", body: "Dear Mr. Okamoto,\nAs your line is stopped over the holidays, our technician Mr. Kraus can come on Dec 30 from 9:00 to 17:00. Please confirm by 10 December.\nBest regards", expect: [["meeting-on-holiday","Dec 30"]] },
    { now: "2026-12-01", body: "Dear Mr. Okamoto,\nOur engineer can visit your plant on December 31 to do the inspection. Please confirm by 10 December.\nBest regards", expect: [["meeting-on-holiday","December 31"]] },
    { now: "2026-05-01", body: "Dear Ms. Ito,\nCould we have a call on Tuesday 12 May at 19h?\nBest regards", expect: [["outside-business-hours","Tuesday 12 May at 19h"]] },
    { now: "2026-05-01", body: "Dear Ms. Ito,\nCould we have a call on Tuesday 12 May at 1900 hrs JST?\nBest regards", expect: [["outside-business-hours","Tuesday 12 May at 1900 hrs JST"]] },
    { now: "2026-05-01", body: "Dear Ms. Ito,\nWould Weds 13 May at 19:00 suit you for a call?\nBest regards", expect: [["outside-business-hours","13 May at 19:00"]] },
    { now: "2026-05-01", body: "伊藤様\n次の日曜日の14時に、お打ち合わせをお願いできますでしょうか。", expect: [["meeting-on-weekend","次の日曜日"]] },
    { now: "2026-12-10", body: "伊藤様\n年明け2日の10時にご挨拶に伺いたく存じます。", expect: [["meeting-on-holiday","2日"]] },
    { now: "2026-05-01", body: "Dear Ms. Ito,\nWe would like to propose a meeting at your office.\nWhen: Sunday, 10 May, 10:00–11:00\nBest regards", expect: [["meeting-on-weekend","Sunday, 10 May"]] },
    { now: "2026-05-01", body: "伊藤様\n下記の候補日でお打ち合わせをお願いできますでしょうか。\n①5月9日（土）10:00〜\n②5月12日（火）14:00〜\nよろしくお願いいたします。", expect: [["meeting-on-weekend","5月9日（土）"]] },
    { now: "2026-12-14", body: "飯田様\n新商品のテイスティング会を12月27日（日）14時から開きたく、ご案内申し上げます。ご参加いただけますでしょうか。", expect: [["meeting-on-weekend","12月27日（日）"]] },
    { now: "2026-12-14", body: "飯田様\n展示会は12月19日（土）まで開催されます。弊社ブースへのお立ち寄りをお待ちしております。", expect: [] },
    { now: "2026-12-01", body: "岡本様\n年末年始は貴社ラインが停止されますので、12月30日（水）9時から弊社技術者が点検に伺えます。ご確認をお願いいたします。", expect: [["meeting-on-holiday","12月30日（水）"]] },
    { now: "2026-12-01", body: "Dear Mr. Okamoto,\nAs you asked for the inspection over the holidays, our technician will come on Dec 30 from 9:00 to 17:00.\nBest regards", expect: [] },
    { now: "2026-12-01", body: "Dear Mr. Okamoto,\nAs our office is closed over the holidays, could we meet on Wednesday, 6 January at 10:00?\nBest regards", expect: [] },
  ]);
});

describe("clock phrasings in proposals", () => {
  run([
    { now: "2026-05-01", body: "Dear Ms. Ito,\nCould we have a call on Tuesday 12 May at 15h00?\nBest regards", expect: [] },
    { now: "2026-05-01", body: "Dear Ms. Ito,\nCould we have a call on Tuesday 12 May at 1000 hrs JST?\nBest regards", expect: [] },
    { now: "2026-05-01", body: "Dear Ms. Ito,\nOur support desk answers within 4h. Could we have a 2h workshop on Tuesday 12 May at 10:00?\nBest regards", expect: [] },
    { now: "2026-05-01", body: "Dear Ms. Ito,\nCould we have the review on Tuesday 12 May from 18h30 to 19h30?\nBest regards", expect: [["outside-business-hours","18h30 to 19h30"]] },
    { now: "2026-05-01", body: "伊藤様\n次の日曜日は弊社休業日となります。お打ち合わせは5月12日（火）10時でいかがでしょうか。", expect: [] },
    { now: "2026-05-01", body: "伊藤様\n今度の土曜日の10時に御社へ伺ってもよろしいでしょうか。", expect: [["meeting-on-holiday","今度の土曜日"]] },
    { now: "2026-05-01", body: "伊藤様\n次の日に改めてご連絡いたします。5月12日（火）10時にお打ち合わせをお願いできますでしょうか。", expect: [] },
  ]);
});
