// Round 14 (r14-cal): the calendar classes of /work/CLASSES-r14.md, each with our own wordings that must be
// flagged and the near misses that must stay clean.
import { describe } from 'vitest';
import { run } from './case-table';

// 2027-01-13 / 2027-06-16 are Wednesdays, 01-14 / 06-17 Thursdays (no Japanese holiday on either). US daylight saving
// in 2027: from March 14 to November 7; Europe: March 28 to October 31; Sydney keeps AEDT (UTC+11) until April 4.
// Business hours 9:00–18:00 JST: a slot at 9:00 JST is just inside, 8:00 JST (or 18:00) just outside.
const jan = '2027-01-04';
const jun = '2027-06-07';
const OBH = 'outside-business-hours';

describe('M7: US/EU/AU zones use the offset in force on the date (winter and summer, just inside and just outside)', () => {
  run([
    // PT: UTC−8 in January (4pm = 9:00 JST), UTC−7 in June (4pm = 8:00 JST).
    { now: jan, body: 'Would Wednesday, January 13 at 3pm PT work for a short call?', expect: [[OBH, 'Wednesday, January 13 at 3pm PT']] },
    { now: jun, body: 'Daniel is based in San Francisco, so we were thinking of Wednesday, June 16 at 4pm PT over Zoom.', expect: [[OBH, 'Wednesday, June 16 at 4pm PT']] },
    { now: jun, body: 'How about a call on Wed 16 June, 4:00 PM PDT?', expect: [[OBH, 'Wed 16 June, 4:00 PM PDT']] },
    { now: jan, body: 'How about a call on Wed 13 January, 3:00 PM PST?', expect: [[OBH, 'Wed 13 January, 3:00 PM PST']] },
    { now: jun, body: 'If it suits you, Daniel and I could present the module on June 16 at 4pm Pacific time.', expect: [[OBH, 'June 16 at 4pm Pacific time']] },
    { now: jun, body: 'Shall we meet online on Wednesday, June 16 at 16:00 (UTC-7)?', expect: [[OBH, 'Wednesday, June 16 at 16:00 (UTC-7)']] },
    { now: jan, body: 'Shall we meet online on Wednesday, January 13 at 15:00 UTC-8?', expect: [[OBH, 'Wednesday, January 13 at 15:00 UTC-8']] },
    // The tentative past of a plan ("we were hoping", "I was going to suggest") offers the slot; it is no history.
    { now: jun, body: 'We were hoping to hold the call on Wednesday, June 16 at 4pm PT.', expect: [[OBH, 'Wednesday, June 16 at 4pm PT']] },
    { now: jun, body: 'I was going to suggest Wednesday, June 16 at 4pm PT for the demo.', expect: [[OBH, 'Wednesday, June 16 at 4pm PT']] },
    { now: jun, body: 'We were planning on a video call on Wednesday, June 16 at 4pm PT.', expect: [[OBH, 'Wednesday, June 16 at 4pm PT']] },
    // ET: UTC−5 / UTC−4.
    { now: jan, body: 'Our CTO is free on Wednesday, January 13 at 6pm ET if you would like to meet online.', expect: [[OBH, 'Wednesday, January 13 at 6pm ET']] },
    { now: jun, body: 'Our CTO is free on Wednesday, June 16 at 7pm Eastern if you would like to meet online.', expect: [[OBH, 'Wednesday, June 16 at 7pm Eastern']] },
    { now: jun, body: "We'd like to schedule the review call for Wednesday 16 June at 7pm New York time.", expect: [[OBH, 'Wednesday 16 June at 7pm New York time']] },
    // CT: UTC−6 / UTC−5. MT: UTC−7 / UTC−6.
    { now: jan, body: 'Can we set up the kickoff call for Jan 13 (Wed), 17:00 CT?', expect: [[OBH, 'Jan 13 (Wed), 17:00 CT']] },
    { now: jun, body: 'Can we set up the kickoff call for Jun 16 (Wed), 18:00 CDT?', expect: [[OBH, 'Jun 16 (Wed), 18:00 CDT']] },
    { now: jan, body: 'I propose the demo on Wednesday, January 13 at 4pm MT.', expect: [[OBH, 'Wednesday, January 13 at 4pm MT']] },
    { now: jun, body: 'I propose the demo on Wednesday, June 16 at 5pm MDT.', expect: [[OBH, 'Wednesday, June 16 at 5pm MDT']] },
    // CET: UTC+1 / UTC+2 (10:00 CET in January = 18:00 JST; 11:00 CEST in June = 18:00 JST). UK: UTC+0 / UTC+1.
    { now: jan, body: 'Could we meet on Thursday 14 January, 10:00 CET?', expect: [[OBH, 'Thursday 14 January, 10:00 CET']] },
    { now: jun, body: 'Could we meet on Thursday 17 June, 11:00 CEST?', expect: [[OBH, 'Thursday 17 June, 11:00 CEST']] },
    { now: jan, body: 'Is it ok for you to have meeting on 14 January Thursday 9:00 UK time?', expect: [[OBH, 'Thursday 9:00 UK time']] },
    { now: jun, body: 'Is it ok for you to have meeting on 17 June Thursday 10:00 UK time?', expect: [[OBH, 'Thursday 10:00 UK time']] },
    // Sydney: AEDT UTC+11 in January, AEST UTC+10 in June.
    { now: jan, body: 'Our engineer in Sydney can join a call on Thursday, 14 January at 10am AEDT.', expect: [[OBH, 'Thursday, 14 January at 10am AEDT']] },
    { now: jun, body: 'Our engineer in Sydney can join a call on Thursday, 17 June at 9am AEST.', expect: [[OBH, 'Thursday, 17 June at 9am AEST']] },
    // Either side of the switch: March 17 is PDT (8:00 JST), November 3 still PDT.
    { now: '2027-03-01', body: 'Could we meet on Wednesday, March 17 at 4pm PT?', expect: [[OBH, 'Wednesday, March 17 at 4pm PT']] },
    { now: '2027-10-25', body: 'Could we meet on Wednesday, November 3 at 4pm PT?', expect: [[OBH, 'Wednesday, November 3 at 4pm PT']] },
    // Near misses: just inside hours in the same zone and season.
    { now: jan, body: 'Would Wednesday, January 13 at 4pm PT work for a short call?', expect: [] },
    { now: jun, body: 'We were thinking of Wednesday, June 16 at 5pm PT for the demo.', expect: [] },
    { now: jan, body: 'Our CTO is free on Wednesday, January 13 at 7pm ET if you would like to meet online.', expect: [] },
    { now: jun, body: 'Our CTO is free on Wednesday, June 16 at 8pm Eastern if you would like to meet online.', expect: [] },
    { now: jan, body: "We'd like to schedule the review call for Wednesday 13 January at 7pm New York time.", expect: [] },
    { now: jan, body: 'Can we set up the kickoff call for Jan 13 (Wed), 18:00 CT?', expect: [] },
    { now: jun, body: 'Can we set up the kickoff call for Jun 16 (Wed), 19:00 CDT?', expect: [] },
    { now: jan, body: 'The demo could be held on Wednesday, January 13 at 5pm Mountain time.', expect: [] },
    { now: jun, body: 'I propose the demo on Wednesday, June 16 at 6pm MT.', expect: [] },
    { now: jan, body: 'Could we meet on Thursday 14 January, 9:00 CET?', expect: [] },
    { now: jun, body: 'Could we meet on Thursday 17 June, 10:00 CEST?', expect: [] },
    { now: jan, body: 'Is it ok for you to have meeting on 14 January Thursday 8:00 UK time?', expect: [] },
    { now: jun, body: 'Is it ok for you to have meeting on 17 June Thursday 9:00 UK time?', expect: [] },
    { now: jan, body: 'Our engineer in Sydney can join a call on Thursday, 14 January at 11am AEST.', expect: [] },
    { now: jun, body: 'Our engineer in Sydney can join a call on Thursday, 17 June at 10am AEST.', expect: [] },
    { now: jun, body: 'Shall we meet online on Wednesday, June 16 at 17:00 (UTC-7)?', expect: [] },
    { now: jan, body: 'Shall we meet online on Wednesday, January 13 at 16:00 UTC-8?', expect: [] },
    { now: jun, body: 'If it suits you, Daniel and I could present the module on June 16 at 5pm Pacific time.', expect: [] },
    { now: '2027-03-01', body: 'Could we meet on Wednesday, March 10 at 4pm PT?', expect: [] },
    { now: '2027-10-25', body: 'Could we meet on Tuesday, November 9 at 4pm PT?', expect: [] },
    // Near misses: the past told in the past, not a tentative plan.
    { now: jun, body: 'Last week we were thinking of Wednesday, June 16 at 4pm PT, but your team chose Friday.', expect: [] },
    { now: jun, body: 'The call was on Thursday, June 3 at 4pm PT.', expect: [] },
  ]);
});

describe('G2: "between 10:00 and 12:00" is one range; a time restated in brackets for another place is no slot', () => {
  run([
    // Clean: one range within hours, however it is placed in the sentence.
    { now: jun, body: 'Our technician, Mr. Daiki Sasaki, will visit the store tomorrow, Tuesday 8 June, between 10:00 and 12:00 to replace the two units.', expect: [] },
    { now: jun, body: 'Could we meet on Wednesday 9 June between 10am and 11:30am?', expect: [] },
    { now: jun, body: 'Our engineer can come between 13:00 and 15:00 on Thursday, June 10.', expect: [] },
    { now: jun, body: 'The inspection team will arrive at your plant on June 10 (Thu) between 9:30 and 11:00.', expect: [] },
    { now: jun, body: 'We would be glad to hold the workshop on Thursday 10 June between 2 pm and 4 pm, if that suits you.', expect: [] },
    // Clean: the writer's own clock restated in brackets beside the Tokyo slot.
    { now: jun, body: 'I would like to propose an online meeting on Wednesday, 16 June, at 10:00 Tokyo time (it is 22:00 on Tuesday in São Paulo, no problem for us).', expect: [] },
    { now: jun, body: "Could we talk on Wednesday, 16 June at 10:00 JST (that's 9:00 pm on Tuesday in New York)?", expect: [] },
    { now: jun, body: 'How about Thursday, June 17 at 11:00 JST (it will be 4:00 in London)?', expect: [] },
    { now: jun, body: 'May I suggest a call on Friday 18 June at 9:30 Tokyo time (i.e. 2:30 in Frankfurt)?', expect: [] },
    { now: jun, body: 'Would Thursday, June 17 at 15:00 JST suit you (which is 23:00 on Wednesday for us)?', expect: [] },
    { now: jun, body: "Could we talk on Wednesday, 16 June at 10:00 JST (that's 18:00 on Tuesday for our team)?", expect: [] },
    // Still flagged: a range outside hours or over lunch, the Tokyo slot itself outside hours, a second slot offered.
    { now: jun, body: 'Could we meet on Wednesday 9 June between 5pm and 7pm?', expect: [[OBH, 'Wednesday 9 June between 5pm and 7pm']], fixed: 'Wednesday 9 June between 4pm and 6pm' },
    { now: jun, body: 'Our engineer can come between 7:00 and 8:30 on Thursday, June 10.', expect: [[OBH, '7:00 and 8:30 on Thursday, June 10']] },
    { now: jun, body: 'The call could be on Thursday 10 June between 11:00 and 13:00.', expect: [[OBH, '11:00 and 13:00']] },
    { now: jun, body: "Could we talk on Wednesday, 16 June at 19:00 JST (that's 7:00 on Wednesday in São Paulo)?", expect: [[OBH, 'Wednesday, 16 June at 19:00 JST']] },
    { now: jun, body: 'How about Thursday, June 17 at 10:00 JST (it is 22:00 in São Paulo), or else Friday, June 18 at 19:00 JST?', expect: [[OBH, 'Friday, June 18 at 19:00 JST']] },
  ]);
});

describe('G3: a first meeting that names who attends by role and name, as the subject of the visit', () => {
  run([
    // Clean: the attendees named with their roles (title before or after the name, in brackets, with "and I").
    { now: '2027-01-18', recipient: 'prospect', body: "Our sales director, Aaron Blake, and our solution architect, Nadia Petrova, would be glad to visit your Chiba office to go through the proposal. Would Thursday, January 28 at 15:00 suit you?", expect: [] },
    { now: '2027-01-18', recipient: 'prospect', body: "Our head of engineering, Ken Ward, would like to present the system at your office. Would Thursday, January 28 at 15:00 suit you?", expect: [] },
    { now: '2027-01-18', recipient: 'prospect', body: "Aaron Blake, our sales director, and I would be glad to visit your office. Would Thursday, January 28 at 15:00 suit you?", expect: [] },
    { now: '2027-01-18', recipient: 'prospect', body: "Aaron Blake (our sales director) would be glad to visit your office. Would Thursday, January 28 at 15:00 suit you?", expect: [] },
    { now: '2027-01-18', recipient: 'prospect', body: "Our technical lead, Dr. Maria Costa, will join the call together with me. Would Thursday, January 28 at 15:00 suit you?", expect: [] },
    { now: '2027-01-18', recipient: 'prospect', body: "My colleague Tom Baker and I can come to your plant on Thursday, January 28 at 15:00, if that suits you.", expect: [] },
    { now: '2027-01-18', recipient: 'prospect', body: "On Thursday, January 28 at 15:00, our CTO Priya Nair would like to present the platform to your team. Does that work?", expect: [] },
    { now: '2027-01-18', recipient: 'prospect', body: "Our field engineer, Lucas Moreau, could come to your plant on Thursday, January 28 at 15:00. Does that suit you?", expect: [] },
    { now: '2027-01-18', recipient: 'prospect', body: "初めてご連絡いたします。弊社からは、品質保証部の権と私の2名で伺います。1月28日（木）15時はいかがでしょうか。", expect: [] },
    // Still flagged: no one named, a named person who is not coming, a company or product named, the role alone.
    { now: '2027-01-18', recipient: 'prospect', body: "We would be glad to visit your Chiba office to go through the proposal. Would Thursday, January 28 at 15:00 suit you?", expect: [["first-meeting-attendees","We would be glad to visit your Chiba office to go through the proposal. Would Thursday, January 28 at 15:00 suit you?"]] },
    { now: '2027-01-18', recipient: 'prospect', body: "Our CEO, Aaron Blake, founded the company in 2010. Would Thursday, January 28 at 15:00 suit you for a first meeting?", expect: [["first-meeting-attendees","Our CEO, Aaron Blake, founded the company in 2010. Would Thursday, January 28 at 15:00 suit you for a first meeting?"]] },
    { now: '2027-01-18', recipient: 'prospect', body: "Our company, Stackwise Logistics, would be glad to visit your office. Would Thursday, January 28 at 15:00 suit you?", expect: [["first-meeting-attendees","Our company, Stackwise Logistics, would be glad to visit your office. Would Thursday, January 28 at 15:00 suit you?"]] },
    { now: '2027-01-18', recipient: 'prospect', body: "Our product, Stack Cloud, can meet your security needs. Would Thursday, January 28 at 15:00 suit you for a first meeting?", expect: [["first-meeting-attendees","Our product, Stack Cloud, can meet your security needs. Would Thursday, January 28 at 15:00 suit you for a first meeting?"]] },
    { now: '2027-01-18', recipient: 'prospect', body: "Please let our sales director know if Thursday, January 28 at 15:00 would suit you for a first visit.", expect: [["first-meeting-attendees","Thursday, January 28 at 15:00"]] },
  ]);
});
