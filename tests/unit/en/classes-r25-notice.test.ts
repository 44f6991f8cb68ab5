// Round 25 (notice): English bad news sent bare, read as structure (/work/BRIEF25.md, issues 9 and 10). Wordings of our own:
// M  a notice that tells several pieces of news (a failure, a remedy, a moved date; a delay and a cost moved to the client;
//    a status list): every news sentence lies under a bad-news finding, and news sentences one remedy apart are one card.
// S  news in status lines, arrows and attachments: a date moved written with ordinals ("28th October (earlier 21st
//    October)"), a revised rate card "attached for your reference" (the reader named in the frame owns no price), a role's
//    holder replaced ("your account manager is replaced by …"), a cost put on the reader "now", with an adverb after "is".
// R  a remedy after a failure is no apology: "we will re-ship" leaves the news bare; a reassurance that spares something
//    beside news about the reader's own order does not spare the news.
// Near misses: the same news with an apology, a reason or an offer to call; a date moved earlier; the reader's own quote;
// a manager who replaced a part; a term as it stands; a pass; internal mail; news that does not touch the reader.
import { describe, expect, it } from 'vitest';
import type { DraftContext, Finding } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-06-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-06-01' };
const mail = (body: string) => `Dear Mr. Tanaka,\n\n${body}\n\nBest regards,\nAnna Berg`;

const findings = (body: string, context: DraftContext): Finding[] =>
  engine.analyze({ subject: 'Update', body, context }).filter((f) => f.field === 'body' && f.category === 'bad-news');

/** [body, the parts of it that must each lie under a bad-news finding] */
type Flagged = [body: string, parts: string[]];

const M_SEVERAL: Flagged[] = [
  [mail('Shipment of PO 4471 is delayed to 20 May. From this order, air freight surcharges will be on your side.'),
    ['Shipment of PO 4471 is delayed to 20 May.', 'air freight surcharges will be on your side']],
  [mail('Batch 88 failed the leak test. We are reworking it now.\nDelivery moved to week 14.'), ['Batch 88 failed the leak test.', 'Delivery moved to week 14.']],
  [mail('Status of your order:\n- Calibration report: moved to 12th March (earlier 5th March)\n- Spare kits: 0 available until April'),
    ['Calibration report: moved to 12th March', 'Spare kits: 0 available until April']],
  [mail('Model K-20 will be discontinued in June. Your account manager will also be replaced by our shared desk from 1 July.'),
    ['Model K-20 will be discontinued in June.', 'Your account manager will also be replaced']],
];

const S_STATUS_LINES: Flagged[] = [
  [mail('Please find our response below.\n- Final test report: moved to 28th October (earlier 21st October)'), ['Final test report: moved to 28th October']],
  [mail('Go-live: moved to 22nd November (was 1st November).'), ['Go-live: moved to 22nd November']],
  [mail('Revised rate card effective 1st April 2027 is attached for your reference.'), ['Revised rate card effective 1st April 2027']],
  [mail('The updated price list, effective 1 July, is attached for your information.'), ['The updated price list']],
  [mail('From April, your dedicated account manager is replaced by our shared support team (support@example.com).'), ['your dedicated account manager is replaced']],
  [mail('Your sales representative will soon be reassigned.'), ['Your sales representative will soon be reassigned.']],
  [mail('Also FYI: return shipping on repairs is now on your side, effective this month.'), ['return shipping on repairs is now on your side']],
];

const R_REMEDY: Flagged[] = [
  [mail('Lot 12 did not pass our final inspection. We will re-ship from the next batch.'), ['Lot 12 did not pass our final inspection.']],
  [mail('A quick update on your March order: the 40 valves did not pass our pressure test, so they have been put on hold. The new ETA for your valves is 30 April.\nRest assured, this has no impact on the valves already installed at your plant.'),
    ['the 40 valves did not pass our pressure test', 'The new ETA for your valves is 30 April.']],
];

const NEAR_MISSES: Array<[DraftContext, string]> = [
  // The same news, with an apology, a reason, or an offer to call.
  [C, mail('We are very sorry: batch 88 failed the leak test. We are reworking it now.\nDelivery moved to week 14.')],
  [C, mail('Because our coating line was down for a week, delivery moved to week 14.')],
  [C, mail('Lot 12 did not pass our final inspection. We will re-ship from the next batch. May I call you tomorrow to explain?')],
  // A date moved earlier; the reader's own quote; a manager doing the replacing; terms as they stand; a pass.
  [C, mail('- Final test report: moved to 14th October (earlier 21st October)')],
  [C, mail('Your revised quote effective 1 April is attached for your reference.')],
  [C, mail('Our sales manager replaced the broken sample yesterday.')],
  [C, mail('Return shipping is always on your side, as in the contract.')],
  [C, mail('Lot 12 passed our final inspection. We will ship it on Monday.')],
  [C, mail('If your account manager is replaced, we will tell you first.')],
  // News that does not reach the reader; internal mail.
  [C, mail('Our supplier in Germany has moved its warehouse. This does not affect your orders.')],
  [I, 'Hi Ken,\n\nBatch 88 failed the leak test. We are reworking it now.\nDelivery moved to week 14.\n\nThanks,\nAnna'],
];

describe.each([
  ['M several pieces of news in one notice', M_SEVERAL],
  ['S status lines, arrows and attachments', S_STATUS_LINES],
  ['R a remedy is no apology', R_REMEDY],
] as const)('%s', (_name, cases) => {
  it.each(cases)('%#', (body, parts) => {
    const fs = findings(body, C);
    for (const part of parts) {
      const at = body.indexOf(part);
      expect(at, part).toBeGreaterThanOrEqual(0);
      expect(fs.some((f) => f.start < at + part.length && at < f.end), `${part}\n${fs.map((f) => `«${body.slice(f.start, f.end)}»`).join('\n')}`).toBe(true);
    }
  });
});

describe('news sentences one remedy apart are one card', () => {
  it('Batch 88 failed … reworking … moved: one finding', () => {
    const body = mail('Batch 88 failed the leak test. We are reworking it now.\nDelivery moved to week 14.');
    expect(findings(body, C)).toHaveLength(1);
  });
});

describe('near misses raise no bad news', () => {
  it.each(NEAR_MISSES)('%#', (context, body) => {
    const fs = findings(body, context);
    expect(fs.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`)).toEqual([]);
  });
});
