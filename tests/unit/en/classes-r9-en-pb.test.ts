// Pressure and bad news as classes (round 9), in wordings written for these tests and listed nowhere in
// the data or the corpora; beside each class the near misses that share its words and must stay clean.
// The categories raised must be exactly the expected ones.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { categoryTables, type Case } from './category-table';

/** A later mail to a prospect, a first mail to a prospect, a mail to a client. */
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-03-02' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-03-02' };
const D = 'Dear Mr. Tanabe,\n\n';
const END = '\n\nBest regards,\nMarta';

// A lapse phrase ("expires", "lapses", "runs out") as the last word of the text, with no date, no period and
// no newline after it, threw: the word after the cue was looked up at index -1. Every ending must be checked.
const LAPSE_ENDINGS = ['', '.', '\n', '!', ' ', '...'];
const LAPSE_BODIES = [
  D + 'Thank you for the meeting. This offer expires',
  D + 'The introductory price lapses',
  D + 'Please note that our discount will lapse',
  'The quote expires',
  'offer expires',
  'Our launch pricing runs out',
  D + 'The promotional rate ends',
  D + 'I am afraid the special terms expire',
];

describe('a lapse phrase at the very end of the text', () => {
  const engine = new Engine({ rules: englishRules });
  const cases = LAPSE_BODIES.flatMap((b) => LAPSE_ENDINGS.flatMap((e) => [P, C].map((c) => [b + e, c] as const)));
  it.each(cases)('%j is checked without throwing', (body, context) => {
    expect(() => engine.analyze({ body, context })).not.toThrow();
    expect(() => engine.analyze({ body, subject: body, context: { ...context, firstContact: true } })).not.toThrow();
  });
});

const LAPSE_DATED: Case[] = [
  ['pressure', P, D + 'The discount lapses on Friday'],
  ['pressure', P, D + 'Our special price expires this Thursday'],
  ['pressure', P, D + 'The launch offer expires tomorrow.'],
  // near misses: a client, and a standard validity
  ['', C, D + 'The discount lapses on Friday'],
  ['', P, D + 'This quote is valid for 30 days'],
];

// Part of an order stated against the whole, with the whole first or as what the part replaces, or as a
// share of the reader's order whatever the verb.
const PART_OF_ORDER: Case[] = [
  ['bad-news', C, D + 'Of the 500 cartons ordered, 320 will be dispatched next week.' + END],
  ['bad-news', C, D + 'Of your 2,000 pieces, 1,200 will leave the plant on Friday.' + END],
  ['bad-news', C, D + 'We will ship 450 units instead of the 800 you ordered.' + END],
  ['bad-news', C, D + 'We can only send 300 pieces rather than 500.' + END],
  ['bad-news', C, D + "This week's shipment will contain 70 percent of the ordered volume." + END],
  ['bad-news', C, D + 'Your next delivery will cover 55% of your order; the balance follows in May.' + END],
  // near misses: how delivered goods stand, more than ordered, a share of our customers, with an apology and a call
  ['', C, D + 'Of the 20 units you ordered last year, 18 are still running without faults.' + END],
  ['', C, D + 'We shipped 900 units instead of the 800 you ordered, at no extra cost.' + END],
  ['', C, D + 'Of the 12 plants in your group, 3 already use our sensors.' + END],
  ['', C, D + 'About 40 percent of our customers order online.' + END],
  ['', C, D + 'I am very sorry: of the 500 cartons ordered, 320 will be dispatched next week, because our coating line broke down. May I call you tomorrow?' + END],
];

// News the reader is told leaves them untouched, in the sentence or the next; the client's own words quoted.
const NOT_THEIR_NEWS: Case[] = [
  ['', C, D + 'A supplier of ours in Germany has moved its warehouse, which does not affect your orders.' + END],
  ['', C, D + 'Our carrier is changing its depot in Osaka; your deliveries will not be affected.' + END],
  ['', C, D + 'The factory in Shenzhen is relocating next month, which has no impact on your orders.' + END],
  ['', C, D + 'Our supplier in Germany has moved its warehouse to Hamburg. This does not affect your orders.' + END],
  ['', C, D + 'Our logistics partner is closing its Kobe depot in June.\nYour deliveries will not be affected.' + END],
  ['', C, D + 'As you wrote, "only 600 of the 1,000 units are needed in March."' + END],
  ['', C, D + 'You said the old portal closes in June, so we have planned the switch with your team.' + END],
  // the same news that does reach the reader stays news
  ['bad-news', C, D + 'Shipping of your order is delayed by two weeks, which will affect your production plan.' + END],
  ['bad-news', C, D + 'The Osaka warehouse will close in June, so your orders will ship from Chiba.' + END],
  ['bad-news', C, D + 'Our Kobe depot is closing in June.\nWe will send the new address soon.' + END],
  ['bad-news', C, D + 'The customer dashboard is being shut down next month.' + END],
  ['bad-news', C, D + 'Our webshop will close on June 30.' + END],
];

categoryTables([
  ['lapse phrase with its date at the end of the text', LAPSE_DATED],
  ['bad news: part of an order against the whole', PART_OF_ORDER],
  ['bad news: not the reader’s news', NOT_THEIR_NEWS],
]);
