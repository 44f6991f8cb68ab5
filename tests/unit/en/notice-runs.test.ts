// A notice written as several sentences in a row is one announcement: one bad-news finding spanning them,
// whose fix adds one apology and one offer. News resumed after other content is a notice of its own.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const engine = new Engine({ rules: englishRules });
const notices = (body: string) =>
  engine.analyze({ body, context: C }).filter((f) => f.category === 'bad-news').map((f) => body.slice(f.start, f.end));

// [body, the notice spans expected]
const RUNS: Array<[string, string[]]> = [
  ['The RX-2 sensor reaches end-of-life on 30 June 2027.\nNo security patches will be released after that date.',
    ['The RX-2 sensor reaches end-of-life on 30 June 2027.\nNo security patches will be released after that date.']],
  ['Our Osaka warehouse will close on May 31. From June, orders will ship from Kobe with a lead time of 9 days instead of 4.',
    ['Our Osaka warehouse will close on May 31. From June, orders will ship from Kobe with a lead time of 9 days instead of 4.']],
  ['Model TX-40 has been discontinued, effective immediately. Only 60 units remain in our Tokyo stock.',
    ['Model TX-40 has been discontinued, effective immediately. Only 60 units remain in our Tokyo stock.']],
  ['Our prices will increase by 8% from April 1.\nThe lead time for the valves is extended to 16 weeks.',
    ['Our prices will increase by 8% from April 1.\nThe lead time for the valves is extended to 16 weeks.']],
  ['Support for version 4 will end on March 31. Spare parts for the RX-2 will no longer be available after December.',
    ['Support for version 4 will end on March 31. Spare parts for the RX-2 will no longer be available after December.']],
  ['Batch 12 failed the final inspection and will be remade.\nWe are out of stock on the 5 mm gaskets until March.',
    ['Batch 12 failed the final inspection and will be remade.\nWe are out of stock on the 5 mm gaskets until March.']],
  // Separated by other content: two notices.
  ['Our prices will increase by 8% from April 1.\nThank you for the drawings you sent on Monday.\nBatch 12 failed the final inspection and will be remade.',
    ['Our prices will increase by 8% from April 1.', 'Batch 12 failed the final inspection and will be remade.']],
  // A notice followed by a plain instruction: the instruction is not part of it.
  ['Model TX-40 will be discontinued at the end of September.\nThe final order date is August 15.',
    ['Model TX-40 will be discontinued at the end of September.']],
  // Mitigated: none.
  ['Our prices will increase by 8% from April 1 because of the cost of resin.\nThe lead time is extended to 16 weeks.', []],
];

describe('a run of news sentences is one notice', () => {
  it.each(RUNS)('%s', (body, expected) => {
    expect(notices(body)).toEqual(expected);
  });
});
