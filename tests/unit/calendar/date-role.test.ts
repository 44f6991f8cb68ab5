// "Is this date a proposed meeting?" as one typed reader (dateRolesOf, meeting-dates.ts + date-role.ts): each date of
// a sentence gets the role the sentence's structure gives it — proposal, undecided (the line and the lines around
// decide), or what rules it out (deadline, delivery, validity, closure, period, past, the client's own event, a
// fallback, the reader's own choice, a restatement, a day declined or cancelled, a meeting agreed, a schedule).
// Round 28 (issues 9/10): cases in ja and en, with the near misses that must keep their role.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import { dateRolesOf } from '../../../src/rules/any/calendar/meeting-dates';
import { meetingVerdict, roleOfActWord, type DateRole } from '../../../src/rules/any/calendar/date-role';

let tokenizer: JapaneseTokenizer | undefined;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

const NOW = '2026-04-20';

/** Each date of the sentence as [its text, its role when a time is offered]. */
function roles(text: string): Array<[string, DateRole]> {
  const tokens = /[ぁ-んァ-ヶ一-龯]/.test(text) ? tokenizer!.tokenize(text) : undefined;
  return dateRolesOf(text, NOW, tokens).map((r) => [r.text, r.offered]);
}

type Row = [string, Array<[string, DateRole]>];

const TABLE: Record<string, Row[]> = {
  proposal: [
    ['Could we meet on Tuesday 12 May at 10:00?', [['Tuesday 12 May at 10:00', 'proposal']]],
    ['5月12日（火）14時にお伺いしてもよろしいでしょうか。', [['5月12日（火）14時', 'proposal']]],
    ['She has proposed Sunday 10 May for the workshop; does that suit you?', [['Sunday 10 May', 'proposal']]],
    ['Our technical director has suggested Wednesday 29 April for the site visit.', [['Wednesday 29 April', 'proposal']]],
    ['部長より、5月3日（日）にお打ち合わせはいかがかとのことです。', [['5月3日（日）', 'proposal']]],
    ['上司の佐々木から、4月29日（水）の午後でお打ち合わせはどうかと提案がありました。', [['4月29日（水）', 'proposal']]],
    ['部長より、5月3日（日）に伺えないかとのことでした。', [['5月3日（日）', 'proposal']]],
    ['山田より、5月4日にお打ち合わせをお願いできないかと申しております。', [['5月4日', 'proposal']]],
    ['The demo starts at 10:00 on Monday 4 May.', [['10:00 on Monday 4 May', 'proposal']]],
  ],
  undecided: [
    ['5月12日（火）はいかがでしょうか。', [['5月12日（火）', 'undecided']]],
    ['Kenji has proposed Saturday 9 May for the review.', [['Saturday 9 May', 'undecided']]],
  ],
  deadline: [
    ['Please reply by Friday 8 May.', [['Friday 8 May', 'deadline']]],
    ['回答期限は5月8日（金）です。', [['5月8日（金）', 'deadline']]],
    ['5月4日（月）までに最終版の提案書をお送りいたします。', [['5月4日（月）', 'deadline']]],
  ],
  delivery: [
    ['We will ship the units on Monday 11 May.', [['Monday 11 May', 'delivery']]],
    ['5月11日（月）に出荷いたします。', [['5月11日（月）', 'delivery']]],
    ['We can ship by Friday 8 May.', [['Friday 8 May', 'delivery']]],
  ],
  validity: [
    ['This quotation is valid until 29 May.', [['29 May', 'validity']]],
    ['The new prices apply from 1 June.', [['1 June', 'validity']]],
  ],
  closure: [
    ['Our office is closed on 4 May.', [['4 May', 'closure']]],
    ['5月4日は祝日のため休業いたします。', [['5月4日', 'closure']]],
  ],
  period: [['I will be in Japan from 12 to 16 May.', [['12', 'period'], ['16 May', 'period']]]],
  past: [
    ['Thank you for meeting us last week on 14 April.', [['last week', 'past'], ['14 April', 'past']]],
    ['先週4月14日にお打ち合わせをいたしました。', [['先週', 'past'], ['4月14日', 'past']]],
    ['先日、4月29日（水）にお打ち合わせを行いました。', [['4月29日（水）', 'past']]],
  ],
  'client-event': [
    ['Since your steering committee meets on 19 May, could we talk on 21 May?', [['19 May', 'client-event'], ['21 May', 'proposal']]],
    ['7月20日（月・祝）は貴社の取締役会と伺っております。', [['7月20日（月・祝）', 'client-event']]],
    ['We will have the report ready in time for your board meeting on Monday 20 July.', [['Monday 20 July', 'client-event']]],
    ['6月26日（金）は御社の株主総会と伺っております。', [['6月26日（金）', 'client-event']]],
    ['6月26日（金）に貴社の会議室でお打ち合わせはいかがでしょうか。', [['6月26日（金）', 'proposal']]],
  ],
  fallback: [
    ['雨天の場合は5月17日（日）に延期いたします。', [['5月17日（日）', 'fallback']]],
    ['If it rains, we will move it to Saturday 16 May.', [['Saturday 16 May', 'fallback']]],
  ],
  theirs: [
    ['Thank you for your proposal of 6 May for a meeting.', [['6 May', 'theirs']]],
    ['ご指定いただいた5月13日（水）に伺います。', [['5月13日（水）', 'theirs']]],
  ],
  restated: [['For our team in Portland that is 5pm on Tuesday.', [['5pm on Tuesday', 'restated']]]],
  declined: [['We would rather not meet on Sunday 10 May, so could we do Monday 11 May?', [['Sunday 10 May', 'declined'], ['Monday 11 May', 'proposal']]]],
  cancelled: [
    ['Unfortunately we have to cancel the dinner on 14 May.', [['14 May', 'cancelled']]],
    ['5月14日の試飲会は中止いたします。', [['5月14日', 'cancelled']]],
  ],
};

describe('the role a sentence gives each of its dates', () => {
  for (const [role, rows] of Object.entries(TABLE)) {
    describe(role, () => {
      it.each(rows)('«%s»', (text, expected) => {
        expect(roles(text)).toEqual(expected);
      });
    });
  }
});

describe('a regular meeting, a public event: the role depends on whether a time is offered', () => {
  it('a regular meeting stated is agreed; offered, a proposal', () => {
    const [r] = dateRolesOf('Our regular meeting is every Tuesday at 9:00.', NOW);
    expect([r!.offered, r!.unoffered]).toEqual(['proposal', 'agreed']);
  });
  it('a booth at a fair announced is a schedule', () => {
    const [r] = dateRolesOf('Our booth at the expo is open on 20 May.', NOW);
    expect(r!.unoffered).toBe('schedule');
  });
});

describe('a word that tells when an event starts is the meeting\'s time when attendance is asked in sight', () => {
  it.each([
    ['新製品説明会は5月5日（火）14時からの開始となりますが、ご参加いただけますでしょうか。', 'other-act', 'proposal'],
    ['勉強会は5月10日（日）13時開始を予定しております。', 'other-act', 'proposal'],
    // No meeting named in the sentence: attended, the time is left to the ask in sight (isMeetingSlot) to decide.
    ['5月4日（月）10時開始です。', 'other-act', 'undecided'],
  ])('«%s»: stated %s, attended %s', (text, stated, attended) => {
    const tokens = tokenizer!.tokenize(text);
    const [r] = dateRolesOf(text, NOW, tokens);
    expect(r!.unoffered).toBe(stated);
    expect(r!.attended ?? r!.offered).toBe(attended);
  });
  it('a start of another act (受付, 運用) keeps its role whatever is asked', () => {
    const text = '受付は5月4日（月）10時開始です。';
    const [r] = dateRolesOf(text, NOW, tokenizer!.tokenize(text));
    expect(r!.offered).not.toBe('proposal');
    expect(r!.attended ?? r!.offered).not.toBe('proposal');
  });
});

describe('the role of a dated act by its word', () => {
  it.each([
    ['納品', 'delivery'], ['shipment', 'delivery'], ['arrival', 'delivery'],
    ['有効期限', 'validity'], ['effective', 'validity'],
    ['締め切り', 'deadline'], ['due', 'deadline'], ['ご回答', 'deadline'], ['invoice', 'deadline'],
    ['システム', 'other-act'], ['launch', 'other-act'],
  ] as const)('%s is %s', (word, role) => {
    expect(roleOfActWord(word)).toBe(role);
  });
});

describe('meetingVerdict: whether a date is a meeting\'s is read off its one role', () => {
  it('is yes for a proposal, open while undecided, and no for every role that rules the date out', () => {
    const out: DateRole[] = ['deadline', 'delivery', 'validity', 'closure', 'period', 'past', 'client-event', 'fallback', 'theirs', 'restated', 'declined', 'cancelled', 'agreed', 'schedule', 'other-act'];
    expect(meetingVerdict('proposal')).toBe(true);
    expect(meetingVerdict('undecided')).toBeUndefined();
    for (const r of out) expect(meetingVerdict(r)).toBe(false);
  });
});
