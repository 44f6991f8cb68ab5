// Round 29 (calendar, issues 9/10): classes round 28's unread sets still missed or misread, each written for this
// round in several wordings (ja, en, mixed; mail and invites; body, bullets, key–value lines) with near misses:
// - a closure period named in one clause and referred back to in the ask (その期間に, その間に, 期間中に, "during that
//   week", "then") is the period proposed (r28 aq-002);
// - our own promised date (a delivery, a report, a quote we send) is no meeting;
// - a weekday named as information (土曜日は工場が稼働しております, "our office is closed on Saturdays", 土曜日の立ち会い：
//   …難しい) is no weekend meeting (r28 ar-046, ar-009, as-002);
// - a night-time service or maintenance window in JST is no meeting outside business hours (r28 as-031);
// - a visit told by a plain verb of coming (いらっしゃいます, 参ります, 伺います, 行きます) on the 2026 substitute holiday
//   and national holidays in every date form (r28 ar-004).
import { describe } from 'vitest';
import { run } from './case-table';

const A = '2026-04-08';

describe('a closure period referred back to in the ask (その期間に, その間に, during that week, then)', () => {
  run([
    { now: A, body: "西村様\n\nちょうどゴールデンウィーク中はショールームを特別に開けておりますので、その期間にお立ち寄りいただくのはいかがでしょうか。", expect: [["meeting-on-holiday","その期間に"]] },
    { now: A, body: "西村様\n\nゴールデンウィーク中はショールームを開けております。その期間にお立ち寄りいただけませんでしょうか。", expect: [["meeting-on-holiday","その期間に"]] },
    { now: A, body: "西村様\n\nGW期間は弊社エンジニアが東京に滞在しておりますので、その間にお打ち合わせのお時間をいただけますでしょうか。", expect: [["meeting-on-holiday","その間に"]] },
    { now: '2026-07-01', body: "森様\n\nお盆は貴社のラインが停止すると伺っておりますので、その期間中に現地で点検に伺えればと存じます。", expect: [["meeting-on-holiday","その期間中に"]] },
    { now: '2026-11-20', body: "森様\n\n年末年始は私どもの社長が来日いたします。その間に一度ご挨拶に伺ってもよろしいでしょうか。", expect: [["meeting-on-holiday","その間に"]] },
    { now: A, body: "Dear Ms. Nishimura,\n\nOur showroom will stay open over Golden Week, so could you drop by during that week?\n\nBest regards", expect: [["meeting-on-holiday","over Golden Week"]] },
    { now: A, body: "Dear Ms. Nishimura,\n\nOur designer will be in Tokyo for Golden Week. Would you be available to meet her during that time?\n\nBest regards", expect: [["meeting-on-holiday","during that time"]] },
    { now: '2026-07-01', body: "Dear Mr. Mori,\n\nYour plant is quiet over Obon, so we would like to visit then to inspect the press line.\n\nBest regards", expect: [["meeting-on-holiday","over Obon"]] },
    { now: '2026-11-20', body: "Dear Mr. Mori,\n\nOur CEO is in Japan over the New Year holidays; could we call on you then?\n\nBest regards", expect: [["meeting-on-holiday","over the New Year holidays"]] },
    { now: A, body: "西村様\n\nゴールデンウィークは弊社ショールームを営業しております。期間中にご来場いただき、実物をご覧いただけますと幸いです。", expect: [["meeting-on-holiday","期間中に"]] },
    { now: '2026-07-01', body: "Mori-san,\n\nObon is when our engineers are free. Could we do the audit meeting during that period?\n\nBest regards", expect: [["meeting-on-holiday","during that period"]] },
    { now: A, body: "西村様\n\nGWは私が大阪におりますので、その期間にお打ち合わせをお願いできれば幸いです。\nIf that is difficult, please let me know.", expect: [["meeting-on-holiday","その期間に"]] },
    // Near misses: the period referred to for no meeting, before or after it, avoided, or with its own day.
    { now: A, body: "西村様\n\nゴールデンウィーク中は休業いたします。その期間にいただいたご注文は5月7日以降に順次発送いたします。", expect: [] },
    { now: A, body: "西村様\n\nゴールデンウィーク中は休業いたします。その間のお問い合わせはメールにてお願いいたします。", expect: [] },
    { now: A, body: "西村様\n\nゴールデンウィーク中は休業いたしますので、その前にお打ち合わせのお時間をいただけますでしょうか。", expect: [] },
    { now: A, body: "西村様\n\nゴールデンウィーク中は休業いたしますので、その期間を避けてお伺いできればと存じます。", expect: [] },
    { now: '2026-07-01', body: "森様\n\nお盆期間は休業となりますので、その期間以外でご都合のよい日をお知らせください。", expect: [] },
    { now: '2026-07-01', body: "森様\n\nお盆は休業いたします。その後、8月18日（火）にお伺いしてもよろしいでしょうか。", expect: [] },
    { now: A, body: "Dear Ms. Nishimura,\n\nOur office is closed during Golden Week. Could we meet after that?\n\nBest regards", expect: [] },
    { now: A, body: "Dear Ms. Nishimura,\n\nOur office is closed during Golden Week. During that week, please contact our hotline for urgent issues.\n\nBest regards", expect: [] },
    { now: A, body: "Dear Ms. Nishimura,\n\nWe will finish the drawings before Golden Week. Then could we meet on Thursday 7 May to review them?\n\nBest regards", expect: [] },
    { now: A, body: "Dear Ms. Nishimura,\n\nOur factory closes for Golden Week; the samples will ship then, so please expect them on 8 May.\n\nBest regards", expect: [] },
    { now: '2026-11-20', body: "Dear Mr. Mori,\n\nI hope you have a restful New Year holiday. We can talk then about next year's plan, after you are back on 5 January.\n\nBest regards", expect: [] },
    { now: '2026-07-01', body: "森様\n\nお盆の間は工場が止まりますので、その間に当社で金型の修理を進めておきます。", expect: [] },
    { now: '2026-07-01', body: "森様\n\nお盆明けにお伺いできればと存じます。その間、資料をご確認いただけますと幸いです。", expect: [] },
    { now: A, body: "西村様\n\n昨年のゴールデンウィークはショールームを開けており、その期間に多くのお客様にお越しいただきました。", expect: [] },
    { now: A, body: "西村様\n\nゴールデンウィーク中は休業いたします。その期間中の5月7日（木）以降でご都合はいかがでしょうか。", expect: [] },
    { now: A, body: "Dear Ms. Nishimura,\n\nGolden Week is busy for retailers, so could we hold the review call the week after instead?\n\nBest regards", expect: [] },
    { now: A, body: "Dear Ms. Nishimura,\n\nThe showroom is closed for Golden Week, and I will be back in the office then to prepare the quotation.\n\nBest regards", expect: [] },
    { now: A, body: "西村様\n\nゴールデンウィーク中も弊社のサポート窓口は稼働しております。その期間中もお気軽にお問い合わせください。", expect: [] },
  ]);
});

describe('our own promised date is no meeting (お送りします, we will send, the samples will reach you)', () => {
  run([
    { now: '2026-04-20', body: "田中様\n\nお見積書は5月6日（水）までにお送りいたします。", expect: [] },
    { now: '2026-04-20', body: "田中様\n\n5月6日（水）にお見積書をお送りいたします。", expect: [] },
    { now: '2026-04-20', body: "田中様\n\n試験報告書は5月4日（月）に提出いたします。", expect: [] },
    { now: '2026-04-20', body: "田中様\n\nサンプルは5月9日（土）に貴社へ到着する予定です。", expect: [] },
    { now: '2026-04-20', body: "田中様\n\n修正版の図面を5月3日（日）中にメールでお送りしますので、ご確認ください。", expect: [] },
    { now: '2026-04-20', body: "田中様\n\n10日までにお送りします。", expect: [] },
    { now: '2026-04-20', body: "Dear Mr. Tanaka,\n\nWe'll have the samples to you by 4 May.\n\nBest regards", expect: [] },
    { now: '2026-04-20', body: "Dear Mr. Tanaka,\n\nWe will send you the revised quotation on Wednesday 6 May.\n\nBest regards", expect: [] },
    { now: '2026-04-20', body: "Dear Mr. Tanaka,\n\nOur report will reach you on Saturday 9 May, ahead of your board review.\n\nBest regards", expect: [] },
    { now: '2026-04-20', body: "Dear Mr. Tanaka,\n\nYou will receive the test results from us on Sunday 10 May by email.\n\nBest regards", expect: [] },
    { now: '2026-04-20', body: "Dear Mr. Tanaka,\n\nI'll email the updated drawings on 5 May so you have them first thing on the 7th.\n\nBest regards", expect: [] },
    { now: '2026-04-20', body: "Dear Mr. Tanaka,\n\nThe final invoice will go out on 29 April.\n\nBest regards", expect: [] },
    { now: '2026-04-20', body: "田中様\n\n議事録は5月5日（火）に共有させていただきます。", expect: [] },
    { now: '2026-04-20', body: "Tanaka-san,\n\nWe'll get the proposal deck over to you by Sunday, May 10.\n\nThanks", expect: [] },
    { now: '2026-04-20', body: "田中様\n\n5月9日（土）発送分より新価格となります。", expect: [] },
    // Still meetings: a day offered for a meeting beside a promised document.
    { now: '2026-04-20', body: "田中様\n\n資料をお送りしたうえで、5月6日（水）にお打ち合わせをお願いできますでしょうか。", expect: [["meeting-on-holiday","5月6日（水）"]] },
    { now: '2026-04-20', body: "田中様\n\n5月6日（水）に報告書をお持ちしてご説明に伺います。", expect: [["meeting-on-holiday","5月6日（水）"]] },
    { now: '2026-04-20', body: "Dear Mr. Tanaka,\n\nWe will bring the samples to your office on Wednesday 6 May at 10:00; would that suit you?\n\nBest regards", expect: [["meeting-on-holiday","Wednesday 6 May"]] },
    { now: '2026-04-20', body: "田中様\n\n見積書をお送りするにあたり、5月9日（土）にお電話でご説明させていただけますでしょうか。", expect: [["meeting-on-weekend","5月9日（土）"]] },
  ]);
});

describe('a weekday named as information is no weekend meeting (稼働しております, closed on Saturdays)', () => {
  run([
    { now: '2026-06-08', body: "高野様\n\n・据付日：6月17日（水）で承知いたしました。\n・土曜日の立ち会い：誠に恐縮ですが、技術者の手配がつかず、ご対応が難しい状況です。代わりに6月19日（金）14:00からの立ち会いはいかがでしょうか。", expect: [] },
    { now: '2026-06-08', body: "高野様\n\n土曜日は工場が稼働しておりますので、平日にお伺いできればと存じます。6月17日（水）はいかがでしょうか。", expect: [] },
    { now: '2026-06-08', body: "Dear Mr. Takano,\n\nPlease note our office is closed on Saturdays. Could we meet on Friday 19 June instead?\n\nBest regards", expect: [] },
    { now: '2026-06-08', body: "Dear Mr. Takano,\n\nOur plant runs on Saturdays too, so the line will not need to stop for the visit on Wednesday 17 June.\n\nBest regards", expect: [] },
    { now: '2026-06-08', body: "高野様\n\n弊社は土日祝日が休業日となっております。ご連絡は平日にお願いいたします。", expect: [] },
    { now: '2026-06-08', body: "Dear Mr. Takano,\n\nOur support desk is staffed Monday to Saturday, 9:00–18:00 JST.\n\nBest regards", expect: [] },
    { now: '2026-06-08', body: "高野様\n\n土曜日の作業につきましては、安全上の理由からお受けできかねます。", expect: [] },
    { now: '2026-06-08', body: "高野様\n\n| 項目 | 回答 |\n| 土曜日の立ち会い | 対応不可 |\n| 平日の立ち会い | 6月19日（金）で調整可能 |", expect: [] },
    { now: '2026-06-08', body: "Dear Mr. Takano,\n\nSaturday inspection: unfortunately not possible, as our engineers are off at weekends. We can offer Friday 19 June at 14:00 instead.\n\nBest regards", expect: [] },
    { now: '2026-06-08', body: "高野様\n\n日曜日は定休日のため、出荷は月曜日となります。", expect: [] },
    { now: '2026-06-08', body: "Dear Mr. Takano,\n\nAs you know, our warehouse does not dispatch on Sundays.\n\nBest regards", expect: [] },
    { now: '2026-06-08', body: "高野様\n\n土曜日も営業しておりますので、急ぎのご注文にも対応可能です。", expect: [] },
    { now: '2026-06-08', body: "Hi Takano-san,\n\nJust so you know, we're open Saturdays until noon, if you need parts urgently.\n\nThanks", expect: [] },
    { now: '2026-06-08', body: "高野様\n\n土曜日のご訪問は難しい状況ですが、6月19日（金）であれば対応可能です。", expect: [] },
    { now: '2026-06-08', body: "Dear Mr. Takano,\n\nWe understand your team works on Saturdays; we will still plan the visit for Friday 19 June.\n\nBest regards", expect: [] },
    // Still weekend meetings: the day offered.
    { now: '2026-06-08', body: "高野様\n\n土曜日に工場へお伺いしてもよろしいでしょうか。", expect: [["meeting-on-weekend","土曜日"]] },
    { now: '2026-06-08', body: "Dear Mr. Takano,\n\nCould we visit your plant on Saturday 20 June at 10:00?\n\nBest regards", expect: [["meeting-on-weekend","Saturday 20 June"]] },
    { now: '2026-06-08', body: "高野様\n\n土曜日は工場が稼働しているとのことですので、6月20日（土）に立ち会いに伺えればと存じます。", expect: [["meeting-on-weekend","6月20日（土）"]] },
    { now: '2026-06-08', body: "Dear Mr. Takano,\n\nSince your line runs on Saturdays, could our engineer come on Saturday 20 June?\n\nBest regards", expect: [["meeting-on-weekend","Saturday 20 June"]] },
    { now: '2026-06-08', body: "高野様\n\n・立ち会い候補日：6月20日（土）10:00\n上記でご都合はいかがでしょうか。", expect: [["meeting-on-weekend","6月20日（土）"]] },
  ]);
});

describe('a night-time service or maintenance window in JST is no meeting (02:00–06:00 JST, 深夜2時から6時まで)', () => {
  run([
    { now: '2026-09-21', body: "Dear Mr. Fujimoto,\n\nI'm afraid we would not be able to staff Japanese-speaking agents between 02:00 and 06:00 JST from October, as our bilingual team is fully committed to daytime queues.\n\nBest regards", expect: [] },
    { now: '2026-09-21', body: "Dear Mr. Fujimoto,\n\nScheduled maintenance will take place on Sunday 4 October from 02:00 to 06:00 JST; the portal will be unavailable during that window.\n\nBest regards", expect: [] },
    { now: '2026-09-21', body: "藤本様\n\n10月4日（日）深夜2時から6時まで、システムメンテナンスのためサービスを停止いたします。", expect: [] },
    { now: '2026-09-21', body: "藤本様\n\nサーバーの定期保守は毎月第1日曜日の午前2時〜午前5時（日本時間）に実施しております。", expect: [] },
    { now: '2026-09-21', body: "Dear Mr. Fujimoto,\n\nOur night-shift team covers 22:00–06:00 JST, Monday to Friday.\n\nBest regards", expect: [] },
    { now: '2026-09-21', body: "藤本様\n\n夜間のサポート窓口は22時から翌朝6時まで日本語で対応いたします。", expect: [] },
    { now: '2026-09-21', body: "Dear Mr. Fujimoto,\n\nThe data migration will run overnight, 23:00–04:00 JST on 10 October, so your users will see no downtime during business hours.\n\nBest regards", expect: [] },
    { now: '2026-09-21', body: "藤本様\n\n切り替え作業は10月10日（土）の深夜0時〜3時を予定しております。作業中はシステムをご利用いただけません。", expect: [] },
    { now: '2026-09-21', body: "Dear Mr. Fujimoto,\n\nWe could offer Japanese night coverage from 02:00 to 06:00 JST starting January 12.\n\nBest regards", expect: [] },
    { now: '2026-09-21', body: "Dear Mr. Fujimoto,\n\nBackups run daily at 03:00 JST and take about an hour.\n\nBest regards", expect: [] },
    { now: '2026-09-21', body: "藤本様\n\nバッチ処理は毎晩2:00（日本時間）に開始いたします。", expect: [] },
    // Still outside business hours: a meeting offered at night.
    { now: '2026-09-21', body: "Dear Mr. Fujimoto,\n\nCould we have a call at 02:00 JST on Tuesday 29 September?\n\nBest regards", expect: [["outside-business-hours","02:00 JST on Tuesday 29 September"]] },
    { now: '2026-09-21', body: "藤本様\n\n9月29日（火）の深夜2時からお打ち合わせをお願いできますでしょうか。", expect: [["outside-business-hours","深夜2時"]] },
    { now: '2026-09-21', body: "Dear Mr. Fujimoto,\n\nWould a video call at 22:00 JST on Wednesday 30 September work for you?\n\nBest regards", expect: [["outside-business-hours","22:00 JST on Wednesday 30 September"]] },
  ]);
});

describe('a visit told with a plain verb of coming on a holiday, in every date form (2026-05-06 振替休日)', () => {
  run([
    { now: '2026-04-20', body: "石田様\n\n弊社のサービス技術者シュナイダーが5月6日（水）の10時にそちらへいらっしゃいます。\n作業時間は約4時間を予定しております。", expect: [["meeting-on-holiday","5月6日（水）"]] },
    { now: '2026-04-20', body: "石田様\n\n弊社の技術者が5月6日（水）10時に貴社へ参ります。", expect: [["meeting-on-holiday","5月6日（水）"]] },
    { now: '2026-04-20', body: "石田様\n\n5月6日（水）10時に担当者が貴社へ伺います。", expect: [["meeting-on-holiday","5月6日（水）"]] },
    { now: '2026-04-20', body: "Dear Mr. Ishida,\n\nOur service engineer will come to your plant on 6 May at 10:00.\n\nBest regards", expect: [["meeting-on-holiday","6 May"]] },
    { now: '2026-04-20', body: "Dear Mr. Ishida,\n\nCould we meet on 2026-05-06 at 14:00?\n\nBest regards", expect: [["meeting-on-holiday","2026-05-06"]] },
    { now: '2026-04-20', body: "石田様\n\n2026/5/6 14:00からお打ち合わせはいかがでしょうか。", expect: [["meeting-on-holiday","2026/5/6"]] },
    { now: '2026-04-20', body: "石田様\n\n5/6（水）の午後にお伺いしてもよろしいでしょうか。", expect: [["meeting-on-holiday","5/6（水）"]] },
    { now: '2026-04-20', body: "Dear Mr. Ishida,\n\nWould Wednesday, May 6th at 10am work for a call?\n\nBest regards", expect: [["meeting-on-holiday","Wednesday, May 6th"]] },
    { now: '2026-09-01', body: "石田様\n\n9月22日（火）にお打ち合わせをお願いできますでしょうか。", expect: [["meeting-on-holiday","9月22日（火）"]] },
    { now: '2027-03-01', body: "石田様\n\n3月22日（月）の14時にお伺いしてもよろしいでしょうか。", expect: [["meeting-on-holiday","3月22日（月）"]] },
    { now: '2027-03-01', body: "Dear Mr. Ishida,\n\nCould we visit on Monday 22 March 2027?\n\nBest regards", expect: [["meeting-on-holiday","Monday 22 March 2027"]] },
    { now: '2026-10-01', body: "石田様\n\n令和8年11月3日（火）にご訪問させていただけますでしょうか。", expect: [["meeting-on-holiday","令和8年11月3日（火）"]] },
    { now: '2027-01-04', body: "Dear Mr. Ishida,\n\nCould we hold the kickoff call on Jan 11 at 10:00 JST?\n\nBest regards", expect: [["meeting-on-holiday","Jan 11"]] },
    { now: '2027-02-01', body: "石田様\n\n2月23日（火）10時からのお打ち合わせはいかがでしょうか。", expect: [["meeting-on-holiday","2月23日（火）"]] },
    // Near misses: the day after the holiday, the holiday told, our own delivery, a plain arrival of goods.
    { now: '2026-04-20', body: "石田様\n\n5月7日（木）の10時にそちらへ伺います。", expect: [] },
    { now: '2026-04-20', body: "石田様\n\n5月6日（水）までは振替休日のため休業いたします。5月7日（木）以降でご都合をお知らせください。", expect: [] },
    { now: '2026-04-20', body: "石田様\n\n部品は5月6日（水）に貴社へ届く予定です。", expect: [] },
    { now: '2026-04-20', body: "Dear Mr. Ishida,\n\nThe replacement parts will arrive at your plant on 6 May.\n\nBest regards", expect: [] },
    { now: '2026-04-20', body: "石田様\n\n5月6日（水）は振替休日ですので、翌7日（木）10時にお伺いいたします。", expect: [] },
  ]);
});

describe('the meeting told again in another place as its day before or after (リマは前日の夜8時となります)', () => {
  const WHEN = "日時：2026年9月24日（木）10:00〜11:30\n場所：オンライン（Zoom）\n\n上田様\n\n";
  run([
    { now: '2026-09-01', kind: 'meeting-invite', body: WHEN + "なお、リマは前日の夜8時となりますが、ご本人の希望により上記時間としております。", expect: [] },
    { now: '2026-09-01', kind: 'meeting-invite', body: WHEN + "ロンドンでは前日の深夜2時となりますが、担当者は参加可能です。", expect: [] },
    { now: '2026-09-01', kind: 'meeting-invite', body: WHEN + "サンパウロ側は前日の22時です。", expect: [] },
    { now: '2026-09-01', body: "上田様\n\n9月24日（木）10:00からお打ち合わせをお願いできますでしょうか。シカゴは前日の20時となります。", expect: [] },
    { now: '2026-09-01', body: "上田様\n\n9月24日（木）10:00からお打ち合わせをお願いできますでしょうか。前日の20時に事前確認のお電話をさせていただけますか。", expect: [["meeting-on-holiday","前日"],["outside-business-hours","前日の20時"]] },
    { now: '2026-09-01', body: "上田様\n\n9月24日（木）の夜8時からオンラインでお打ち合わせをお願いできますでしょうか。", expect: [["outside-business-hours","夜8時"]] },
  ]);
});

describe('more wordings of each class: promised dates, weekdays told, night windows, holidays in other forms', () => {
  run([
    // Our own promised date.
    { now: '2026-04-20', body: "田中様\n\n改訂版のお見積りは、5月6日（水）中にメールにてご送付いたします。", expect: [] },
    { now: '2026-04-20', body: "田中様\n\n・報告書送付：5月4日（月）\n・サンプル発送：5月9日（土）", expect: [] },
    { now: '2026-04-20', body: "Dear Mr. Tanaka,\n\n| Item | Date |\n| Test report sent | Mon 4 May |\n| Samples shipped | Sat 9 May |\n\nBest regards", expect: [] },
    { now: '2026-04-20', body: "Dear Mr. Tanaka,\n\nExpect our quotation in your inbox on Tuesday 5 May.\n\nBest regards", expect: [] },
    { now: '2026-04-20', body: "Hi Tanaka-san, we'll send over the contract draft on Sunday 10 May / 5月10日（日）に契約書案をお送りします。", expect: [] },
    { now: '2026-04-20', body: "田中様\n\n検査成績書は5月3日（日）までにご用意いたします。", expect: [] },
    { now: '2026-04-20', body: "Dear Mr. Tanaka,\n\nThe signed NDA will be returned to you by Saturday 9 May.\n\nBest regards", expect: [] },
    { now: '2026-04-20', body: "田中様\n\n5月6日（水）に請求書を発行いたします。", expect: [] },
    { now: '2026-04-20', body: "田中様\n\n5月9日（土）に貴社工場へお伺いし、サンプルをお渡しいたします。", expect: [["meeting-on-weekend","5月9日（土）"]] },
    { now: '2026-04-20', body: "Dear Mr. Tanaka,\n\nAfter we send the quotation, could we discuss it on a call on Sunday 10 May?\n\nBest regards", expect: [["meeting-on-weekend","Sunday 10 May"]] },
    { now: '2026-04-20', body: "田中様\n\n5月6日（水）までに資料をお送りし、その上で5月6日（水）の午後にお打ち合わせできればと存じます。", expect: [["meeting-on-holiday","5月6日（水）"]] },
    // A weekday told.
    { now: '2026-06-08', body: "高野様\n\n弊社工場は日曜日も稼働しておりますので、出荷への影響はございません。", expect: [] },
    { now: '2026-06-08', body: "Dear Mr. Takano,\n\nOur helpdesk is closed on Sundays and public holidays.\n\nBest regards", expect: [] },
    { now: '2026-06-08', body: "高野様\n\n・土曜日の出荷：対応不可\n・平日の出荷：当日16時まで受付", expect: [] },
    { now: '2026-06-08', body: "Dear Mr. Takano,\n\nSunday visit: not possible, sorry. Monday 15 June works for us.\n\nBest regards", expect: [] },
    { now: '2026-06-08', body: "高野様\n\n日曜日の現地作業：安全管理者が不在のため、お受けいたしかねます。", expect: [] },
    { now: '2026-06-08', body: "Dear Mr. Takano,\n\nSaturday deliveries are not available in your area.\n\nBest regards", expect: [] },
    { now: '2026-06-08', body: "高野様\n\n日曜日の立ち会い：可能です。6月21日（日）10時でいかがでしょうか。", expect: [["meeting-on-weekend","日曜日"],["meeting-on-weekend","6月21日（日）"]] },
    { now: '2026-06-08', body: "Dear Mr. Takano,\n\nSaturday visit: possible. Could we come on Saturday 20 June at 10:00?\n\nBest regards", expect: [["meeting-on-weekend","Saturday"],["meeting-on-weekend","Saturday 20 June"]] },
    { now: '2026-06-08', body: "高野様\n\n土曜日の立ち会いは難しいでしょうか。", expect: [["meeting-on-weekend","土曜日"]] },
    // A night window.
    { now: '2026-09-21', body: "藤本様\n\n・作業日時：10月10日（土）深夜1時〜4時\n・作業内容：サーバー移行\n・影響：作業中はシステム停止", expect: [] },
    { now: '2026-09-21', body: "Dear Mr. Fujimoto,\n\nMaintenance window: 01:00–05:00 JST, Sunday 11 October. No action is needed on your side.\n\nBest regards", expect: [] },
    { now: '2026-09-21', body: "藤本様\n\n夜中の2時から4時まではデータのバックアップを行っております。", expect: [] },
    { now: '2026-09-21', body: "Dear Mr. Fujimoto,\n\nThe cut-over is planned for 00:30 to 03:30 JST on 17 October.\n\nBest regards", expect: [] },
    { now: '2026-09-21', body: "藤本様\n\n深夜11時からお電話でお話しできますでしょうか。", expect: [["outside-business-hours","深夜11時"]] },
    { now: '2026-09-21', body: "Dear Mr. Fujimoto,\n\nCould we have a quick call from 01:00 to 02:00 JST on Tuesday 29 September?\n\nBest regards", expect: [["outside-business-hours","01:00 to 02:00 JST on Tuesday 29 September"]] },
    // Holidays in other forms.
    { now: '2026-04-20', body: "石田様\n\n令和8年5月6日（水）14時よりお打ち合わせをお願いできますでしょうか。", expect: [["meeting-on-holiday","令和8年5月6日（水）"]] },
    { now: '2026-04-20', body: "Dear Mr. Ishida,\n\nCould we meet on Wed, 6 May 2026 at 10:00 JST?\n\nBest regards", expect: [["meeting-on-holiday","Wed, 6 May 2026"]] },
    { now: '2026-04-20', body: "石田様\n\n5月6日(水) 10:00〜 お打ち合わせ（貴社会議室）\n上記でご都合はいかがでしょうか。", expect: [["meeting-on-holiday","5月6日(水)"]] },
    { now: '2026-04-20', kind: 'meeting-invite', subject: "定例会議", body: "日時：2026年5月6日（水）10:00〜11:00\n場所：オンライン", expect: [["meeting-on-holiday","2026年5月6日（水）"]] },
    { now: '2026-04-20', body: "石田様\n\n連休明けの5月7日（木）10時にお伺いいたします。", expect: [] },
  ]);
});
