// Round 26: the two shape rules (any/pressure-shape, any/cold-pitch) over whole mails through the real engine and every
// rule: the class caught in wordings the older readers miss, the near misses left clean of that category, and the
// recipient and first-contact guards. Only the category under test is asserted (a mail may raise others).
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';
import type { DraftContext } from '../../../src/engine/types';

const engine = nodeEngine();
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-06-22' };
const FIRST: DraftContext = { recipient: 'prospect', firstContact: true, now: '2026-02-10' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-06-22' };

const en = (body: string) => `Dear Mr. Kawaguchi,\n\nThank you for the meeting last week.\n${body}\n\nBest regards,\nOren Levi`;
const ja = (body: string) => `株式会社ミナト\n西村様\n\nお世話になっております。ヴィスワQAラボのカシアです。\n${body}\n\nよろしくお願いいたします。`;
const categories = (body: string, context: DraftContext) => new Set(engine.analyze({ body, context }).map((f) => f.category));

type Row = [string, DraftContext, string, boolean];

const ROWS: Row[] = [
  ['pressure', P, en('Please reply until tomorrow so I can close this.'), true],
  ['pressure', P, en('I know you mentioned the internal approval cycle, but honestly the pilot is low-risk and we can sort paperwork after kickoff.'), true],
  ['pressure', P, en('Two other distributors in Kansai have asked for the same allocation.'), true],
  ['pressure', P, ja('稟議は後でも大丈夫です。まず仮契約にサインをお願いします。'), true],
  ['pressure', P, ja('他のゲーム会社さんからも、9月のテスト枠について問い合わせが来ています。'), true],
  ['pressure', C, en('Please reply until tomorrow so I can close this.'), false],
  ['pressure', P, en('Our engineers have slots open any day next week, so just pick what suits you.'), false],
  ['pressure', P, en('The quote is valid until 30 June, as usual.'), false],
  ['pressure', P, en('As you asked, we will need the signed order by 10 July to ship before your plant shutdown.'), false],
  ['pressure', P, ja('お見積りの有効期限は7月31日までとなっております。'), false],
  ['cold-outreach', FIRST, 'Dear Mr. Hosokawa,\n\nI do hope you will forgive an unsolicited note; having spent a number of years advising component makers on sub-tier visibility, I felt it would be remiss of me not to write.\nHarrowgate Supply Chain Advisory conducts structured audits of second- and third-tier suppliers.\nI would very much welcome forty-five minutes with you in early March.\n\nWith kind regards,\nTunde Adeyemi-Cole', true],
  ['cold-outreach', FIRST, 'Dear Mr. Fujimoto,\n\nMr. Hiroshi Shimizu of Daiei Bearing was kind enough to suggest that I write to you.\nOur firm has spent three years advising bearing makers on supplier audits.\nI would be glad to call on you at your convenience.\n\nWith kind regards,\nTunde Adeyemi-Cole', false],
  ['cold-outreach', P, 'Dear Mr. Nakagawa,\n\nI already send our catalogue and price list 3 times (Dec 4, Dec 18, Jan 12) but still not receive your reply. Please kindly check and answer me.\n\nSomchai', true],
  ['cold-outreach', C, 'Dear Mr. Nakagawa,\n\nThank you for your reply last week; the revised price list is attached.\n\nSomchai', false],
];

describe('round 26 shape rules over whole mails', () => {
  it.each(ROWS)('%s (%#)', (category, context, body, expected) => {
    expect(categories(body, context).has(category as never), body).toBe(expected);
  });
});
