// Round 29 (issues 9/10): a conditional offer of other dates or other options is an alternative for the reader, not a
// loss (「ご都合が合わない場合は、ほかの候補日をお送りいたします」, r28 aq-014); their slot going to other customers
// after the same condition stays pressure (他のお客様にご案内いたします, ほかの案件に回します).
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();
const RULE = 'ja.pressure.conditional-loss';

function flagged(body: string, recipient: 'client' | 'prospect'): boolean {
  return engine.analyze({ subject: '', body, kind: 'email', context: { recipient, firstContact: false, now: '2027-03-08' } }).some((f) => f.ruleId === RULE);
}

const CLEAN = [
  'ご都合が合わない場合は、ほかの候補日をお送りいたします。',
  'ご都合が合わない場合は、ほかの候補日をお送りいたしますので、お気軽にお申し付けください。',
  '上記の日程でご都合が悪い場合は、他の日程をご提案いたします。',
  'ご都合がつかない場合は、ほかの日時で改めて調整させていただきます。',
  'もし難しいようでしたら、他の候補をいくつかお送りします。',
  'ご都合が悪ければ、ほかの日をご提案しますね。',
  '上記でご都合がつかない場合には、他の候補日時をお知らせいたします。',
  'ご都合が合わなければ、ほかの時間帯もご用意できます。',
  'この日程で難しい場合、他の方法（オンライン会議など）もご提案できます。',
  'ご希望に沿わない場合は、他のプランもご案内いたします。',
  '3月17日がご都合悪い場合は、ほかの日程で再調整いたしますので、お知らせください。',
  'ご予定が合わない場合は、他の候補日を改めてお送りさせていただきます。',
  'If the time does not suit you / ご都合が合わない場合は、ほかの候補日をお送りいたします。',
  'ご都合が合わない場合、ほかの担当者の日程も確認いたします。',
  'ご都合がつかないようでしたら、ほかの週でも調整可能です。',
];

const PRESSURE = [
  'ご判断が来月になる場合は、ほかの案件に回させていただきます。',
  'ご決定が遅れますと、他の方にお譲りすることになります。',
  'ご返事が遅れる場合は、他の企業様に枠をお回しします。',
];

describe('a conditional offer of other dates is an alternative, not a loss', () => {
  it.each(CLEAN.map((b) => [b] as const))('clean: %s', (body) => {
    expect(flagged(`中川様\n\nお世話になっております。\n${body}\nよろしくお願いいたします。`, 'prospect')).toBe(false);
    expect(flagged(`中川様\n\nお世話になっております。\n${body}\nよろしくお願いいたします。`, 'client')).toBe(false);
  });
  it.each(PRESSURE.map((b) => [b] as const))('pressure: %s', (body) => {
    expect(flagged(`中川様\n\nお世話になっております。\n${body}\nよろしくお願いいたします。`, 'prospect')).toBe(true);
  });
});
