// Whole drafts through the real engine, written for this round's forms and wordings: proposals that must
// raise a calendar finding (any date form, any list marker, slots before their question, foreign zones that
// land at night in Tokyo) and clean near-misses that must raise none (closures in any wording, deliveries,
// deadlines, past events, business days next to holidays, 17:00–18:00 JST, foreign slots inside Tokyo
// hours, signatures and quoted history, periods such as 中旬), plus first meetings that name who attends.
// Now is Monday 1 December 2025.
import { describe, expect, it } from 'vitest';
import type { DraftInput } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();

const now = '2025-12-01';
const mail = (body: string, firstContact = false): DraftInput => ({
  subject: '', body, kind: 'email', context: { recipient: firstContact ? 'prospect' : 'client', firstContact, now },
});
const calendar = (d: DraftInput) =>
  engine.analyze(d).filter((f) => f.category === 'calendar').map((f) => `${f.ruleId.replace('any.calendar.', '')}: ${d.body.slice(f.start, f.end)}`);

/** [draft, a calendar finding expected]. */
const PROPOSALS_AND_NEAR_MISSES: Array<[string, boolean]> = [
  ['お打ち合わせの候補日です。\n① 12月13日（土）10:00〜11:00\n② 12月16日（火）14:00〜15:00', true],
  ['面談の日程ですが、十二月十三日（土）の午後はいかがでしょうか。', true],
  ['オンライン会議を１２月１３日（土）１５：００からお願いできますでしょうか。', true],
  ['Could we set up a Zoom call on Sat, Dec 13 at 10am JST?', true],
  ['For the Teams meeting, options:\n(a) Tue 12/9 3pm JST\n(b) Mon 1/12 10am JST', true],
  ['Proposed times for our call:\n- Monday, January 12, 10:00 JST\n- Tuesday, January 13, 10:00 JST', true],
  ['Would 7pm JST on Tuesday, December 9 work for a quick call?', true],
  ['Could we have the online meeting on Wed Dec 10, 3pm GMT+1?', true],
  ['ご訪問の日程ですが、令和8年1月12日（月）10時はいかがでしょうか。', true],
  ['Thanks for getting back to me. Would Saturday the 13th work instead for the call?', true],
  ['Shall we do the call at 6:30pm India time (IST) on Thursday, December 11?', true],
  ['お打ち合わせですが、12月13日【土】14時からでいかがでしょうか。', true],
  ['12月10日（火）のお打ち合わせはいかがでしょうか。', true],
  ['次回のお打ち合わせは、1. 12月13日（土）10時 2. 12月15日（月）10時 のいずれかでいかがでしょうか。', true],
  ['・12月14日（日）14:00〜15:00\n・12月15日（月）14:00〜15:00\n上記でお打ち合わせのご都合はいかがでしょうか。', true],
  ['Would 8pm Australia (AEST) on Tue, Dec 9 work for the Zoom?', true],
  ['懇親会の日程ですが、1月1日（木）はいかがでしょうか。', true],
  ['Could we meet on the 13th?', true],
  // Half past seven with no am/pm is 7:30 in the morning: before business hours either way.
  ['Could we do the call at half past seven on Wed Dec 10?', true],
  ['お打ち合わせは午後3時半からでいかがでしょうか。12月10日（水）です。', false],
  ['年末年始休業のお知らせ：12月27日（土）〜1月4日（日）は休業いたします。', false],
  ['誠に勝手ながら、12月29日（月）から1月3日（土）まで冬季休業とさせていただきます。', false],
  ['Our office will be closed from Dec 27 through Jan 4.', false],
  ['Please note we are closed on Monday, January 12 for Coming of Age Day.', false],
  ['The samples will be delivered on Saturday, December 13.', false],
  ['商品は12月13日（土）に発送いたします。', false],
  ['見積書は12月14日（日）までにご提出いただけますと幸いです。', false],
  ['Please send the signed contract by Sunday, December 14.', false],
  ['先日12月1日のお打ち合わせではありがとうございました。', false],
  ['Thanks again for the call on Saturday, November 29.', false],
  ['Could we meet on Friday, January 9 at 10:00 JST, or Tuesday, January 13?', false],
  ['1月9日（金）または1月13日（火）の10時からお打ち合わせはいかがでしょうか。', false],
  ['Would 17:00–18:00 JST on Wed Dec 10 work for the call?', false],
  ['How about 9am CET on Wednesday, December 10 for the Teams call?', false],
  // 4pm in Berlin is midnight in Tokyo.
  ['Would 4pm Berlin time on Tue Dec 9 suit you for the call?', true],
  ['Does 9:00 a.m. GMT+1 on Thu Dec 11 work for the online meeting?', false],
  ['Best regards,\nTom\n\nOn Sat, Dec 13, 2025 at 10:00 AM, Ueda wrote:\n> Let us meet on Sat Dec 13.', false],
  ['Dec 10 (Wed) 14:00 JST works for the Zoom call.', false],
  ['12月10日（水）14時からのお打ち合わせでお願いいたします。', false],
  ['Would Tue 12/9 at 2pm JST work for a call?', false],
  ['Could we meet on the 10th at 3pm JST?', false],
  ['お打ち合わせは今月中旬か来月上旬でいかがでしょうか。', false],
  ['Could we do the online meeting in mid-December or early next month?', false],
  ['十二月十日（水）の十四時からお打ち合わせはいかがでしょうか。', false],
  ['お打ち合わせは12月10日【水】14時からでいかがでしょうか。', false],
  ['お打ち合わせは１２月１０日（水）１４：００〜１５：００でいかがでしょうか。', false],
  ['The call is set for 2026-01-13 at 10:00 JST.', false],
  // Lunch hour: an info finding, by design.
  ['Let us have the call at noon JST on Wed Dec 10?', true],
  ['弊社は12月27日（土）から1月4日（日）まで年末年始のお休みをいただきます。', false],
  ['12月29日（月）〜1月3日（土）は弊社休業日となります。', false],
  ['なお、1月12日（月）は成人の日のため、弊社はお休みをいただいております。', false],
  ['We will be out of the office Dec 29 – Jan 3 and back on Monday, January 5.', false],
  ['Heads-up: our office is shut on Monday, January 12 (Coming of Age Day).', false],
  ['The office will reopen on Monday, January 5.', false],
  ['弊社の営業開始は1月5日（月）からとなります。', false],
  ['Your order will ship on Saturday, December 13 and arrive Monday, December 15.', false],
  ['納品は12月13日（土）を予定しております。', false],
  ['請求書の支払期日は12月31日（水）です。', false],
  ['Please return the signed NDA by Friday, December 26.', false],
  ['ご回答は12月14日（日）までにいただけますと幸いです。', false],
  ['The campaign ends on Sunday, December 14.', false],
  ['12月6日（土）の展示会では大変お世話になりました。', false],
  ['It was great seeing you at the expo on Saturday, November 29.', false],
  ['Thank you for taking the time to meet on Sunday.', false],
  ['Could we meet on Friday, January 9 or Tuesday, January 13 at 10am JST?', false],
  ['12月26日（金）か1月5日（月）の午前中はいかがでしょうか。', false],
  ['Would 17:00–18:00 JST on Thursday, December 11 work for the call?', false],
  ['How about 9am CET (5pm JST) on Tuesday, December 9 for the Zoom call?', false],
  ['Would 8am London time on Wed Dec 10 work? That is 5pm in Tokyo.', false],
  ['Does 10am Singapore time (SGT) on Dec 10 (Wed) suit you for the Teams meeting?', false],
  ['Would 7:30am India time (IST) on Thursday, December 11 work for the call?', false],
  ['Shall we do the call at 11am Australia (AEDT) on Tue Dec 9?', false],
  ['Best regards,\nKen Sato\nSales Manager | Tel: 03-1234-5678 | Dec 13, 2025', false],
  ['お打ち合わせの件、承知しました。\n\n-----Original Message-----\nFrom: Ueda\nSent: Saturday, December 13, 2025 10:00 AM\nSubject: 打ち合わせ', false],
  ['Thanks, see you then.\n\nOn Sat, Dec 13, 2025 at 10:00 AM Ueda <u@example.com> wrote:\n> Could we meet on Sunday, December 14?', false],
  ['Dec 10 (Wed) 2pm JST works for our Zoom call.', false],
  ['Could we set up the Teams call on Thu, Dec 11 at 2pm JST?', false],
  ['12月11日（木）14時からのオンライン会議、よろしくお願いいたします。', false],
  ['１２月１１日（木）１４：００〜１５：００でお打ち合わせはいかがでしょうか。', false],
  ['十二月十一日（木）の午後二時はいかがでしょうか。', false],
  ['令和7年12月11日（木）10時にご訪問させていただきたく存じます。', false],
  ['Would Tue 12/9 at 2pm JST work for a call?', false],
  ['Could we meet on the 10th at 3pm JST?', false],
  ['お打ち合わせは今月中旬か来月上旬でいかがでしょうか。', false],
  ['Could we do the online meeting in mid-December or early next month?', false],
  ['定例会議は毎週月曜日10時からです。', false],
  ['Our weekly call on Mondays at 8am JST stays as is.', false],
  ['The webinar recording from Saturday, November 29 is now available.', false],
  ['The price increase takes effect on January 1.', false],
  ['We close at 6pm JST every day.', false],
  ['Please call our support desk between 9am and 8pm JST.', false],
  ['The contract term starts on January 1, 2026.', false],
  ['懇親会は12月19日（金）18時30分からを予定しております。', false],
  ['Would you be free for dinner at 7pm on Thursday, December 11?', false],
  ['年明けは1月5日（月）から営業いたします。5日以降でお打ち合わせのご都合はいかがでしょうか。', false],
  ['Our team is off from Dec 27 to Jan 4; any day from Jan 5 works for the call.', false],
  ['年明け早々、1月2日（金）にご挨拶に伺えればと存じます。', true],
  ['Could we schedule the kickoff on Friday, January 2?', true],
  ['Would Saturday, December 13 work for the plant visit?', true],
  ['お打ち合わせの候補日をお送りします。\n1. 12月13日（土）10:00〜\n2. 12月16日（火）10:00〜', true],
  ['Options for the call:\n① Sat 12/13 10am JST\n② Tue 12/16 10am JST', true],
  ['Would 6pm Berlin time on Wed Dec 10 work for the call?', true],
  ['Would 9am Pacific on Thu Dec 11 work for the call?', true],
  ['Could we do the call at 8pm JST on Tuesday, December 9?', true],
  ['オンライン会議ですが、12月10日（水）20時からはいかがでしょうか。', true],
  ['面談の件、12月14日（日）14時でいかがでしょうか。', true],
  ['ご訪問は12月31日（水）10時でいかがでしょうか。', true],
  ['Can we hold the Teams meeting on Wednesday, December 11?', true],
  ['お打ち合わせは12月10日（木）14時でいかがでしょうか。', true],
  ['What about Thursday, December 10 at 2pm JST for the Zoom?', true],
  ['Also, could we do the demo on Sunday the 14th instead?', true],
  ['Thanks for your reply. How about Jan 12 (Mon) at 10:00 JST instead?', true],
  ['二十日（土）必着でお送りください。', false],
  ['十二月十三日（土）に発送いたします。', false],
  ['先月二十日（木）のお打ち合わせではありがとうございました。', false],
  ['Payment is due on the 13th.', false],
  ['We will ship on the 13th, and could we meet the week after?', false],
  ['The invoice was sent on the 3rd.', false],
  ['Delivery is planned for mid-December; could we have a call next week to review?', false],
  ['来月中旬に納品予定です。', false],
  ['弊社は12月下旬から年末年始休業に入ります。お打ち合わせは来月上旬でいかがでしょうか。', false],
  ['The office closes at half past five on Fridays.', false],
  ['Our support line is open until half past eight.', false],
  ['Closed: Sat 12/13 – Sun 12/14 (system maintenance).', false],
  ['【休業日】12月13日【土】・14日【日】', false],
  ['Could we meet on Friday, Dec 12 at 17:00 JST? The office is closed on the weekend.', false],
  // 10am GMT+1 is 18:00 in Tokyo, the end of the working day: flagged.
  ['Call at 10am GMT+1 on Wed Dec 10? That is 6pm in Tokyo... let me know.', true],
  ['Would 9:30am India time (IST) on Wed Dec 10 work for the call?', false],
  // 10am in Sydney in summer is 8am in Tokyo.
  ['Would 10am AEDT on Wed Dec 10 work for the call?', true],
  ['Would 2:00 p.m. JST+9 on Wed Dec 10 suit you for the Zoom?', false],
  ['Would 3.30pm JST on Wed Dec 10 work for the call?', false],
  ['How about Wed, Dec 10, half past two (JST) for the online meeting?', false],
  ['お打ち合わせは12月10日（水）午後3時半からでいかがでしょうか。', false],
  ['ご面談の候補日：\n(a) 12月10日（水）10:00〜11:00\n(b) 12月11日（木）15:00〜16:00', false],
  ['【候補日】\n・12/10（水）14:00〜\n・12/11（木）14:00〜\nご都合のよい日時をお知らせください。', false],
  ['Slots for the call:\n1. Wed 10 Dec, 10:00 JST\n2. Thu 11 Dec, 15:00 JST', false],
  ['Tue 12/9 or Wed 12/10, 2pm JST — which works better for the Zoom?', false],
  ['Is 2026-01-13 10:00 JST okay for the review call?', false],
  ['Kind regards,\nAnna\nSent on Saturday, December 13 from my phone', false],
  ['> On 12月13日(土) 10:00, 上田 wrote:\n> お打ち合わせは12月14日（日）でいかがでしょうか。\n\n承知しました。12月16日（火）でお願いします。', false],
  ['二十日（土）の14時にお打ち合わせはいかがでしょうか。', true],
  ['Could we meet on the 14th, at 2pm JST?', true],
  ['Would 3.30pm CET on Wed Dec 10 work for the call?', true],
  ['Would half past six JST on Wed Dec 10 work for the call?', true],
  ['ご面談の候補日：\n(a) 12月13日（土）10:00〜11:00\n(b) 12月11日（木）15:00〜16:00', true],
  ['【候補日】\n・12/14（日）14:00〜\n・12/11（木）14:00〜\nご都合のよい日時をお知らせください。', true],
  ['Slots for the call:\n1. Sat 13 Dec, 10:00 JST\n2. Thu 11 Dec, 15:00 JST', true],
  ['Would 9am Pacific time on Wed Dec 10 work for the call?', true],
  ['Could you confirm by the 13th whether the call is still needed?', false],
  ['Please let me know your availability for a call by the 14th.', false],
  ['We are closed on the 13th and 14th for inventory; any weekday after that works for the call.', false],
  ['Our Tokyo office will be closed for the holidays from the 27th.', false],
  ['Happy to schedule the call after the holidays; we are back on January 5.', false],
  ['The factory shuts down over Obon (Aug 13–16); could we visit on Aug 18?', false],
  ['年末は12月26日（金）まで営業しております。お打ち合わせはそれまででいかがでしょうか。', false],
  ['成人の日（1月12日）明けの1月13日（火）にお打ち合わせはいかがでしょうか。', false],
  ['Could we meet on Tuesday, January 13, the day after the holiday?', false],
  ['Would 4pm Singapore time (5pm JST) on Dec 10 work for the call?', false],
  // 9am in New York is 11pm in Tokyo: the writer noticed, the draft still proposes it.
  ['Would 9am Eastern on Tuesday, December 9 work? That is 11pm in Tokyo, so maybe not.', true],
];

/** First meetings with a prospect: [draft, a finding expected (nobody named)]. */
const FIRST_MEETINGS: Array<[string, boolean]> = [
  ['初めてのお打ち合わせとなりますが、12月10日（水）14時はいかがでしょうか。弊社からは営業部長の田中が同席いたします。', false],
  ['For our first meeting, would Wed Dec 10 at 2pm JST work? Joining from our side will be Ken Sato, our Sales Director.', false],
  ['For our first meeting, would Wed Dec 10 at 2pm JST work? I\'ll bring our CTO, Anna Berg.', false],
  ['初回のお打ち合わせですが、12月10日（水）14時はいかがでしょうか。当日は私と技術担当の山本の2名で伺います。', false],
  ['For our first meeting, would Wed Dec 10 at 2pm JST work?', true],
  ['初回のお打ち合わせですが、12月10日（水）14時はいかがでしょうか。', true],
  ['For our first meeting, would Wed Dec 10 at 2pm JST work? Our head of sales will be joining too.', false],
  ['For our first meeting, would Wed Dec 10 at 2pm JST work? On our side, Ken Sato (Sales) and I will attend.', false],
  ['初回のお打ち合わせですが、12月10日（水）14時はいかがでしょうか。弊社からは田中と鈴木の2名がお伺いします。', false],
  ['初回のお打ち合わせですが、12月10日（水）14時はいかがでしょうか。当日は私と営業部の田中で伺います。', false],
  ['For our first meeting, would Wed Dec 10 at 2pm JST work? Looking forward to it.', true],
];

describe('calendar: proposals in this round\'s forms are flagged, near-misses stay clean', () => {
  it('has both kinds, many of them', () => {
    expect(PROPOSALS_AND_NEAR_MISSES.filter(([, f]) => f).length).toBeGreaterThanOrEqual(30);
    expect(PROPOSALS_AND_NEAR_MISSES.filter(([, f]) => !f).length).toBeGreaterThanOrEqual(50);
  });
  it.each(PROPOSALS_AND_NEAR_MISSES)('%s → flagged: %s', (body, flagged) => {
    const found = calendar(mail(body));
    expect(found.length > 0, found.join(' | ')).toBe(flagged);
  });
  it.each(FIRST_MEETINGS)('first meeting: %s → flagged: %s', (body, flagged) => {
    const found = calendar(mail(body, true)).filter((f) => f.startsWith('first-meeting-attendees'));
    expect(found.length > 0, found.join(' | ')).toBe(flagged);
  });
});
