// Round 20 (meet): classes named from set T's meeting misses and false alarms, each with our own wordings in many
// shapes (the first twelve of each table) and the near misses that must stay as they are (after the comment).
import { describe } from 'vitest';
import { run } from './case-table';

describe("a clock past midnight on the evening's count (24:00, 25時, 0:30, midnight JST), alone or beside a foreign zone", () => {
  run([
    { now: '2026-08-20', body: "9月3日（木）日本時間24:00より、Teamsにてお打ち合わせをお願いできませんでしょうか。", expect: [["outside-business-hours", "9月3日（木）日本時間24:00"]] },
    { now: '2026-09-25', body: "10月6日（火）の25時（日本時間）からWeb会議をお願いできればと存じます。", expect: [["outside-business-hours", "10月6日（火）の25時（日本時間）"]] },
    { now: '2026-09-25', body: "Could we hold the call on Tuesday, October 6 at 24:30 JST?", expect: [["outside-business-hours", "Tuesday, October 6 at 24:30 JST"]] },
    // Round 33: a slot given twice is flagged on its Tokyo half, the hour the client reads (both halves still move together).
    // Round 34: on both halves, the Tokyo one included (the r5 set labels the foreign half: r5mt-057).
    { now: '2026-09-25', body: "次回のお打ち合わせは、10月6日（火）ロンドン時間16:00（日本時間24:00）からでいかがでしょうか。", expect: [["outside-business-hours", "10月6日（火）ロンドン時間16:00（日本時間24:00）"]] },
    { now: '2026-09-25', body: "How about a video call on Wednesday, October 7, 17:00 CEST (00:00 JST on Thursday)?", expect: [["outside-business-hours", "Wednesday, October 7, 17:00 CEST (00:00 JST"]] },
    { now: '2026-09-25', body: "Would Thursday 8 October at 9:00 Pacific time (1:00 JST Friday) suit you?", expect: [["outside-business-hours", "Thursday 8 October at 9:00 Pacific time (1:00 JST"]] },
    { now: '2026-09-25', body: "10月8日（木）の日本時間26時〜27時で、オンラインのお打ち合わせはいかがでしょうか。", expect: [["outside-business-hours", "日本時間26時〜27時"]] },
    { now: '2026-09-25', body: "Could we talk on Monday, October 5 at midnight JST?", expect: [["outside-business-hours", "Monday, October 5 at midnight JST"]] },
    { now: '2026-09-25', body: "Let's have the call on October 8 at 0:30 JST, which is 17:30 in Frankfurt.", expect: [["outside-business-hours", "October 8 at 0:30 JST"]] },
    { now: '2026-09-25', body: "ご都合がよろしければ、10月9日（金）24時からオンラインでご説明させていただけますでしょうか。", expect: [["outside-business-hours", "10月9日（金）24時"]] },
    { now: '2026-09-25', body: "Would 23:00–24:30 JST on Tuesday, October 6 work for the review call?", expect: [["outside-business-hours", "23:00–24:30 JST on Tuesday, October 6"]] },
    { now: '2026-09-25', body: "10月6日（火）22時〜25時にシステム切替の立会いをお願いできますでしょうか。", expect: [["outside-business-hours", "10月6日（火）22時〜25時"]] },
    // Near misses.
    { now: '2026-09-25', body: "サポート窓口は24時間対応しております。お打ち合わせは10月6日（火）14時からでいかがでしょうか。", expect: [] },
    { now: '2026-09-25', body: "Could we have the call on Tuesday, October 6 at 17:00 JST (10:00 in Zurich)?", expect: [] },
    { now: '2026-09-25', body: "The system runs 24/7, and I would like to suggest a call on Tuesday, October 6 at 10:00 JST.", expect: [] },
    { now: '2026-09-25', body: "弊社ヘルプデスクは平日24:00まで受け付けております。", expect: [] },
    { now: '2026-09-25', body: "前回のお打ち合わせは深夜24時まで続きました。次回は10月6日（火）14時からお願いできますでしょうか。", expect: [] },
    { now: '2026-09-25', body: "Could we meet on Tuesday, October 6 at 10:00 CEST (17:00 JST)?", expect: [] },
    { now: '2026-09-25', body: "ご質問には24時間以内にご回答いたします。お打ち合わせは10月7日（水）10時からでいかがでしょうか。", expect: [] },
    { now: '2026-09-25', body: "The nightly batch finishes by 25:00 on the host clock; could we review the logs on a call on Wednesday, October 7 at 11:00 JST?", expect: [] },
  ]);
});

describe("a closure told as the reason places the slot after it: a holiday after it is still checked (moved and substitute holidays, 2026–2027)", () => {
  run([
    { now: '2026-10-01', body: "国慶節の連休で弊社工場が休業いたしますため、連休明けの10月12日（月）にお伺いできればと存じます。", expect: [["meeting-on-holiday", "10月12日（月）"]] },
    { now: '2027-01-20', body: "旧正月で弊社が休業となりますので、休み明けの2月23日（火）にお打ち合わせをお願いできますでしょうか。", expect: [["meeting-on-holiday", "2月23日（火）"]] },
    { now: '2027-01-20', body: "Because our plant is closed for Chinese New Year until February 19, could we meet on Tuesday, February 23?", expect: [["meeting-on-holiday", "Tuesday, February 23"]] },
    { now: '2026-12-10', body: "Since our office is closed over Christmas, could we have the kick-off call on Monday, January 11?", expect: [["meeting-on-holiday", "Monday, January 11"]] },
    { now: '2026-07-20', body: "弊社は夏季休暇をいただきますので、8月11日（火）にお伺いしたく存じます。", expect: [["meeting-on-holiday", "8月11日（火）"]] },
    { now: '2026-04-10', body: "As Golden Week is a holiday for us too, we propose the review meeting on Wednesday, May 6.", expect: [["meeting-on-holiday", "Wednesday, May 6"]] },
    { now: '2026-09-01', body: "敬老の日の週は弊社の決算作業で立て込むため、9月22日（火）にお打ち合わせをお願いできますでしょうか。", expect: [["meeting-on-holiday", "9月22日（火）"]] },
    { now: '2026-12-10', body: "年末年始は弊社も休業いたしますので、年明けの1月11日（月）にお伺いしたく存じます。", expect: [["meeting-on-holiday", "1月11日（月）"]] },
    { now: '2027-02-20', body: "Since we are closed for our own holidays until March 19, could we visit you on Monday, March 22?", expect: [["meeting-on-holiday", "Monday, March 22"]] },
    { now: '2026-04-10', body: "ゴールデンウィーク中は弊社も休みとなりますため、連休明けの5月6日（水）にお伺いできればと存じます。", expect: [["meeting-on-holiday", "5月6日（水）"]] },
    { now: '2027-09-01', body: "Because our team is on vacation in the first week of October, we would like to hold the meeting on Monday, October 11, 2027.", expect: [["meeting-on-holiday", "Monday, October 11, 2027"]] },
    { now: '2026-09-20', body: "10月上旬は弊社の休業期間にあたるため、10月12日（月）の14時からお打ち合わせをお願いできますでしょうか。", expect: [["meeting-on-holiday", "10月12日（月）"]] },
    // Near misses.
    { now: '2026-10-01', body: "10月12日（月）は祝日のため、翌13日（火）にお伺いできればと存じます。", expect: [] },
    { now: '2026-10-01', body: "Because October 12 is a public holiday in Japan, could we meet on Tuesday, October 13?", expect: [] },
    { now: '2026-10-01', body: "国慶節の連休で弊社工場が休業いたしますため、連休明けの10月13日（火）にお伺いできればと存じます。", expect: [] },
    { now: '2026-07-20', body: "弊社は8月13日から16日まで夏季休業をいただきます。", expect: [] },
    { now: '2026-12-10', body: "Since our office is closed over Christmas, could we have the call on Tuesday, January 12, 2027?", expect: [] },
    { now: '2026-12-10', body: "年末年始は12月29日から1月3日まで休業いたしますので、ご了承ください。", expect: [] },
    { now: '2026-10-20', body: "As 3 November is Culture Day, our office will be closed that day.", expect: [] },
    { now: '2026-04-10', body: "5月4日（月）は祝日のため、翌日以降でお打ち合わせの日程をご相談させてください。", expect: [] },
    { now: '2026-10-13', body: "ラインが停止している祝日に点検を実施してほしいとのご依頼を承りましたので、11月3日（火）9時に、技術部の西と私で貴社工場へお伺いいたします。", expect: [] },
  ]);
});

describe("slots offered after a paragraph break under the sentence that names the meeting ('Jan 2 or Jan 3 would be ideal for us')", () => {
  run([
    { now: '2026-12-10', body: "We would like to have a short kick-off call in early January.\n\nJan 2 or Jan 3 would be ideal for us.", expect: [["meeting-on-holiday", "Jan 2"], ["meeting-on-holiday", "Jan 3"]] },
    { now: '2026-12-10', body: "I'd like to set up a short call to go over the forecast.\n\nMon, Jan 11 would work best for us.", expect: [["meeting-on-holiday", "Mon, Jan 11"]] },
    { now: '2026-12-10', body: "Could we have a short review meeting after the holidays?\n\nEither Jan 4 or Jan 11 would be fine for us.", expect: [["meeting-on-holiday", "Jan 11"]] },
    { now: '2026-12-10', body: "We would love to visit your Nagoya plant in the new year.\n\nJan. 2, Jan. 5 or Jan. 6 would be perfect for us.", expect: [["meeting-on-holiday", "Jan. 2"]] },
    { now: '2026-12-10', body: "年明けに一度お打ち合わせをお願いしたく存じます。\n\n1月2日か1月4日でしたら、弊社は都合がつきます。", expect: [["meeting-on-holiday", "1月2日"]] },
    { now: '2026-09-01', body: "I'd like to set up a quick call about the pricing.\n\nSept 21 or Sept 24 would suit us best.", expect: [["meeting-on-holiday", "Sept 21"]] },
    { now: '2026-10-15', body: "We would like to arrange a short call with your team.\n\nTue, Nov 3 or Wed, Nov 4, any time between 10:00 and 12:00 JST, would be ideal for us.", expect: [["meeting-on-holiday", "Tue, Nov 3"]] },
    { now: '2026-07-20', body: "Could we visit you in the second week of August?\n\nAug 11 or Aug 12 would be ideal for us.", expect: [["meeting-on-holiday", "Aug 11"]] },
    { now: '2026-04-01', body: "We would like to hold the annual review meeting in late April.\n\nApr 28 or Apr 29 would be best for us.", expect: [["meeting-on-holiday", "Apr 29"]] },
    { now: '2026-11-01', body: "I would like to have a call with you to discuss the audit results.\n\nThe 23rd of November would be ideal for us.", expect: [["meeting-on-holiday", "23rd of November"]] },
    { now: '2026-09-01', body: "お打ち合わせの日程についてご相談させてください。\n\n9月21日（月）または9月24日（木）ですと、弊社は対応可能です。", expect: [["meeting-on-holiday", "9月21日（月）"]] },
    { now: '2027-01-15', body: "We would like to meet you in Tokyo next month.\n\nFeb 11 or Feb 12 would work for us.", expect: [["meeting-on-holiday", "Feb 11"]] },
    // Near misses.
    { now: '2026-12-10', body: "We would like to have a short kick-off call in early January.\n\nJan 5 or Jan 6 would be ideal for us.", expect: [] },
    { now: '2026-12-10', body: "Thank you for the call last week.\n\nJan 2 would be ideal for the delivery.", expect: [] },
    { now: '2026-12-10', body: "We would like to have a short kick-off call in early January.\n\nOur office is closed from Dec 29 to Jan 3.", expect: [] },
    { now: '2026-12-10', body: "We will ship the order in the new year.\n\nJan 2 or Jan 3 would be ideal for us.", expect: [] },
    { now: '2026-12-10', body: "We would like to hold the meeting in mid-January.\n\nThe invoice is due on Jan 11.", expect: [] },
    { now: '2026-10-15', body: "I'd like to set up a call about the pricing.\n\nNov 3 is a holiday in Japan, so Nov 4 or Nov 5 would suit us best.", expect: [] },
    { now: '2027-01-20', body: "We held our kick-off call on Jan 4.\n\nJan 11 was a holiday, so we moved the review.", expect: [] },
    { now: '2026-12-10', body: "Thank you for your email.\n\nJan 2 or Jan 3 would be ideal for us.", expect: [] },
  ]);
});

describe("a first meeting at the writer's booth at a fair, that says nobody who attends", () => {
  run([
    { now: '2026-09-01', recipient: 'prospect', body: "We will exhibit at MEDICAL JAPAN Tokyo in October and would like to meet you at our booth (Hall 5, booth 5-22) on Thursday, October 8, at 11:00 for a first discussion.", expect: [["first-meeting-attendees", "Thursday, October 8, at 11:00"]] },
    { now: '2027-02-01', recipient: 'prospect', body: "We are showing our new line at FOODEX and would love to meet you at our stand (East Hall 4, stand 4-110) on Wednesday, March 10 at 14:00.", expect: [["first-meeting-attendees", "Wednesday, March 10 at 14:00"]] },
    { now: '2027-05-20', recipient: 'prospect', body: "Our company is exhibiting at Interphex Japan, and we would like to meet you at our booth on Thursday, July 1, 2027, at 10:30 for an introductory talk.", expect: [["first-meeting-attendees", "Thursday, July 1, 2027, at 10:30"]] },
    { now: '2026-09-01', recipient: 'prospect', body: "10月の展示会に出展いたしますので、10月8日（木）11時に弊社ブースにてお打ち合わせをお願いできますでしょうか。", expect: [["first-meeting-attendees", "10月8日（木）11時"]] },
    { now: '2026-11-01', recipient: 'prospect', body: "We will be at SEMICON Japan in December and would like to meet you at booth 3A-201 on Wednesday, December 16 at 15:00.", expect: [["first-meeting-attendees", "Wednesday, December 16 at 15:00"]] },
    { now: '2026-09-01', recipient: 'prospect', body: "We exhibit at the Tokyo Pack fair and would be happy to meet you at our booth on Tuesday, October 13 at 13:00.", expect: [["first-meeting-attendees", "Tuesday, October 13 at 13:00"]] },
    { now: '2026-10-01', recipient: 'prospect', body: "We'd like to meet you at our booth during JIMTOF on Thursday, November 5, 2026 at 11:00.", expect: [["first-meeting-attendees", "Thursday, November 5, 2026 at 11:00"]] },
    { now: '2026-10-01', recipient: 'prospect', body: "弊社はJIMTOF2026に出展いたします。つきましては、11月5日（木）14時に弊社ブースでお目にかかれればと存じます。", expect: [["first-meeting-attendees", "11月5日（木）14時"]] },
    { now: '2026-09-01', recipient: 'prospect', body: "We will exhibit at CEATEC and would be delighted to meet you for a first conversation at our booth on Wednesday, October 14 at 16:00.", expect: [["first-meeting-attendees", "Wednesday, October 14 at 16:00"]] },
    { now: '2027-02-01', recipient: 'prospect', body: "We are exhibiting at the Smart Energy Week and I would like to meet you at our booth on Thursday, March 18, 2027 at 10:00.", expect: [["first-meeting-attendees", "Thursday, March 18, 2027 at 10:00"]] },
    { now: '2027-03-01', recipient: 'prospect', body: "Our team will be at Medtec Japan next month, and we would like to meet you at our stand on Tuesday, April 13, 2027 at 11:30.", expect: [["first-meeting-attendees", "Tuesday, April 13, 2027 at 11:30"]] },
    { now: '2027-02-01', recipient: 'prospect', body: "Since we exhibit at the Battery Japan show, we would like to meet you at booth E-12 on Wednesday, March 3, 2027 at 13:00 for a first discussion.", expect: [["first-meeting-attendees", "Wednesday, March 3, 2027 at 13:00"]] },
    // Near misses.
    { now: '2026-09-01', recipient: 'prospect', body: "We will exhibit at MEDICAL JAPAN Tokyo in October (Hall 5, booth 5-22). We hope you can visit us there.", expect: [] },
    { now: '2026-09-01', recipient: 'prospect', body: "We would like to meet you at our booth on Thursday, October 8, at 11:00 for a first discussion. Our sales director Ms. Anna Roth and I will be there.", expect: [] },
    { now: '2026-09-01', recipient: 'prospect', body: "The fair runs from October 7 to 9 at Makuhari Messe.", expect: [] },
    { now: '2026-09-01', recipient: 'prospect', body: "10月の展示会に出展いたします。会期は10月7日（水）〜9日（金）です。", expect: [] },
    { now: '2026-09-01', recipient: 'prospect', body: "We will exhibit at MEDICAL JAPAN and would like to meet you at our booth on Thursday, October 8, at 11:00. Joining me will be our product manager, Mr. Felix Brandt.", expect: [] },
    { now: '2026-09-01', body: "We will exhibit at MEDICAL JAPAN and would like to meet you at our booth on Thursday, October 8 at 11:00 to catch up.", expect: [] },
    { now: '2026-09-01', recipient: 'prospect', body: "10月の展示会に出展いたしますので、10月8日（木）11時に弊社ブースにてお打ち合わせをお願いできますでしょうか。当日は営業部長の田中と私がご説明いたします。", expect: [] },
    { now: '2026-09-01', recipient: 'prospect', body: "We will exhibit at MEDICAL JAPAN Tokyo from October 7 to 9; our booth is in Hall 5.", expect: [] },
  ]);
});

describe("who attends said as 「Xと私で」, a role then a spaced name, 'my colleague … and I', or the writer alone calling or demonstrating", () => {
  run([
    { now: '2026-06-01', recipient: 'prospect', firstContact: true, body: "つきましては、6月24日（水）14時に弊社の日本代表 黄と私で貴社へご説明に伺いたく存じます。", expect: [] },
    { now: '2026-06-01', recipient: 'prospect', firstContact: true, body: "6月24日（水）14時に、技術部長 Müllerと私でお伺いしたく存じます。", expect: [] },
    { now: '2026-06-01', recipient: 'prospect', firstContact: true, body: "6月24日（水）14時に、弊社代表の李と私の2名で貴社にお伺いできればと存じます。", expect: [] },
    { now: '2026-06-01', recipient: 'prospect', firstContact: true, body: "6月24日（水）14時に、品質保証部 課長 Schmidtと私でご挨拶に伺えればと存じます。", expect: [] },
    { now: '2026-09-28', recipient: 'prospect', firstContact: true, body: "My colleague Dr. Jens Feld (application engineering) and I are in Japan from 14 to 16 October. We propose a meeting at your Takaoka plant on 15 October at 10:00.", expect: [] },
    { now: '2026-09-28', recipient: 'prospect', firstContact: true, body: "Our head of R&D, Prof. Li Wei, and I would like to visit your plant on Thursday, October 15 at 10:00.", expect: [] },
    { now: '2026-03-12', recipient: 'prospect', firstContact: true, body: "I would be glad to give you a short live demonstration of the portal by video call. Would Tuesday 17 March or Thursday 19 March at 10:00 Japan time suit you?", expect: [] },
    { now: '2027-05-24', recipient: 'prospect', firstContact: true, body: "I will call you on Tuesday, 1 June at 10:00 to introduce our services.", expect: [] },
    { now: '2027-05-24', recipient: 'prospect', firstContact: true, body: "I'd be happy to walk you through the dashboard on a video call on Wednesday, June 2 at 10:00 JST.", expect: [] },
    { now: '2026-06-01', recipient: 'prospect', firstContact: true, body: "6月24日（水）14時に、営業担当 Kimと私がお伺いいたします。", expect: [] },
    { now: '2027-05-24', recipient: 'prospect', firstContact: true, body: "My manager, Ms. Sara Lind (Head of Sales Asia), and I would like to meet you at your office on Tuesday, June 8 at 14:00.", expect: [] },
    { now: '2026-06-01', recipient: 'prospect', firstContact: true, body: "6月24日（水）14時に、弊社社長 王と技術責任者 陳がご挨拶に伺いたく存じます。", expect: [] },
    // Near misses.
    { now: '2026-06-01', recipient: 'prospect', firstContact: true, body: "つきましては、6月24日（水）14時に貴社へご説明に伺いたく存じます。", expect: [["first-meeting-attendees", "6月24日（水）14時"]] },
    { now: '2026-09-28', recipient: 'prospect', firstContact: true, body: "We propose a meeting at your Takaoka plant on 15 October at 10:00.", expect: [["first-meeting-attendees", "15 October at 10:00"]] },
    { now: '2027-01-18', recipient: 'prospect', body: "I would like to visit your Osaka office on Tuesday 2 February 2027, 1:30 pm, for a first introduction.", expect: [["first-meeting-attendees", "Tuesday 2 February 2027, 1:30 pm"]] },
    { now: '2027-05-24', recipient: 'prospect', firstContact: true, body: "I would like to propose an introductory meeting on Tuesday, June 8 at 2 p.m.", expect: [["first-meeting-attendees", "Tuesday, June 8 at 2 p.m."]] },
    { now: '2026-06-01', recipient: 'prospect', firstContact: true, body: "6月24日（水）14時に、貴社の田中部長とお打ち合わせをさせていただきたく存じます。", expect: [["first-meeting-attendees", "6月24日（水）14時"]] },
    { now: '2026-09-28', recipient: 'prospect', firstContact: true, body: "We would like to visit your plant on Thursday, October 15 at 10:00 to introduce our company.", expect: [["first-meeting-attendees", "Thursday, October 15 at 10:00"]] },
    { now: '2026-09-28', recipient: 'prospect', firstContact: true, body: "Our company would be glad to present at your office on Thursday, October 15 at 10:00.", expect: [["first-meeting-attendees", "Thursday, October 15 at 10:00"]] },
    { now: '2026-06-01', recipient: 'prospect', firstContact: true, body: "初回のお打ち合わせを6月24日（水）14時からお願いできますでしょうか。", expect: [["first-meeting-attendees", "6月24日（水）14時"]] },
  ]);
});

describe("a duty window, a repair visit or the reader's own requested days: no meeting slot", () => {
  run([
    { now: '2027-05-17', body: "Our support team is confirmed for 08:00–14:00 JST on the drill day.", expect: [] },
    { now: '2027-05-17', body: "Two engineers will be on call from 7:00 to 19:00 JST during the cutover weekend.", expect: [] },
    { now: '2026-12-01', body: "Regarding the request to keep four engineers onsite in Osaka from 28 December to 4 January, we can offer two.", expect: [] },
    { now: '2026-12-20', body: "Regarding your request for onsite support on Saturday, January 9, we will send one engineer.", expect: [] },
    { now: '2026-05-18', body: "Our service engineer will be at your Hamamatsu plant tomorrow at 08:30 with a replacement spindle.", expect: [] },
    { now: '2027-04-20', body: "Our technician will come to your line on Saturday, May 1 to replace the worn bearings.", expect: [] },
    { now: '2027-02-20', body: "The migration window is 22:00–04:00 JST on Saturday, March 6, and our team will monitor it throughout.", expect: [] },
    { now: '2027-02-20', body: "Our helpdesk is staffed from 07:00 to 20:00 JST, Monday to Saturday.", expect: [] },
    { now: '2027-02-20', body: "As per your team's request, our engineers will be onsite on Sunday, March 7 from 06:00 to 12:00 for the switchover.", expect: [] },
    { now: '2026-12-01', body: "ご依頼のとおり、12月28日から1月4日まで技術者2名を常駐させます。", expect: [] },
    { now: '2027-08-01', body: "Our field engineer will arrive at your plant on Saturday, 14 August to repair the press.", expect: [] },
    { now: '2027-05-17', body: "The drill on Saturday, 29 May is as per your team's request, and our support team is confirmed for 08:00–14:00 JST.", expect: [] },
    // Near misses.
    { now: '2027-05-17', body: "Could we have a review meeting on Saturday, May 29 from 08:00 to 14:00 JST?", expect: [["meeting-on-weekend", "Saturday, May 29"], ["outside-business-hours", "Saturday, May 29 from 08:00 to 14:00 JST"]] },
    { now: '2027-05-17', body: "Our engineer could visit your plant on Saturday, May 29 to discuss the repair.", expect: [["meeting-on-weekend", "Saturday, May 29"]] },
    { now: '2026-10-01', body: "Regarding your request for a meeting, could we meet on Monday, October 12?", expect: [["meeting-on-holiday", "Monday, October 12"]] },
    { now: '2027-05-17', body: "Could we hold a workshop at your office from 08:00 to 14:00 JST on Tuesday, June 1?", expect: [["outside-business-hours", "08:00 to 14:00 JST on Tuesday, June 1"]] },
    { now: '2027-05-17', body: "Would 7:00–8:00 JST on Tuesday, June 1 work for a call?", expect: [["outside-business-hours", "7:00–8:00 JST on Tuesday, June 1"]] },
    { now: '2026-10-01', body: "We would like to visit you on Monday, October 12 to explain the repair plan.", expect: [["meeting-on-holiday", "Monday, October 12"]] },
    { now: '2027-05-17', body: "We would like to visit your plant at 07:30 on Tuesday, June 1 to meet your maintenance team.", expect: [["outside-business-hours", "07:30 on Tuesday, June 1"]] },
    { now: '2027-05-17', body: "Following your request for a call, would Saturday, June 5 at 10:00 suit you?", expect: [["meeting-on-weekend", "Saturday, June 5"]] },
  ]);
});
