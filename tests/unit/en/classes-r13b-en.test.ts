// Round 13b: the English classes L2, L4 and L5 of /work/CLASSES-r13b.md (from held-out set J), in our own wordings,
// each with near misses that share its words. The categories raised must be exactly the expected ('' = none).
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { categoryTables, type Case } from './category-table';
import { enKato as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-12-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-01' };

// L2: the end of production or sale of our product stated as a dated fact, with no apology, successor or offer to talk.
const L2_END_OF_PRODUCTION: Case[] = [
  ['bad-news', C, mail('The PX-20 pump will go out of production at the end of March 2027.')],
  ['bad-news', C, mail('Please note that the HX-3 controller will be discontinued effective 1 April 2027.')],
  ['bad-news', C, mail('The M-40 sensor reaches end of sale on 31 May 2027.')],
  ['bad-news', C, mail('We are sunsetting the Classic edition of our scheduler on 30 June.')],
  ['bad-news', C, mail('The Series 5 grinders are going out of production in September.')],
  ['bad-news', C, mail('The VT-300 will be taken out of production on 30 September 2027.')],
  ['bad-news', C, mail('Last time buy for the VT-300 is possible until 30 June 2027.')],
  ['', C, mail('I am very sorry to tell you that the VT-300 will go out of production on 30 September 2027. Its successor, the VT-350, fits the same flange, and I would like to visit you to explain the change.')],
  ['', C, mail('Thank you for telling us that your AX-5 model will go out of production in September. We will adjust our forecast.')],
  ['', C, mail('The VT-350 will go into production on 30 September 2027.')],
  ['', C, mail('The VT-300 is back in production from 30 September 2027.')],
  ['', C, mail('The line will be out of production for two days for maintenance.')],
  ['', I, 'The VT-300 will go out of production on 30 September 2027.'],
];

const casual = (body: string) => `Dear Mr. Mori,\n\n${body}\n\nKind regards,\nJosh Reed`;

// L4: casual verbs and idioms for asking for time or bringing people in, to a client or prospect.
const L4_CASUAL_IDIOMS: Case[] = [
  ['register', P, casual('I would love to grab 15 mins next week to show you the dashboard.')],
  ['register', P, casual('It would be worth grabbing 30 minutes with me before the tender closes.')],
  ['register', P, casual('Could we hop on a quick call on Thursday?')],
  ['register', C, casual('Just shoot me a note if the drawings are unclear.')],
  ['register', C, casual("I'll loop in my colleague Ms. Tan, who runs logistics.")],
  ['register', C, casual('Please loop us in when the samples arrive.')],
  ['register', C, casual("I'd love to pick your brain on the Kansai market when you have time.")],
  ['register', C, casual('I could swing by your office on Thursday afternoon.')],
  ['register', C, casual('Can we grab a quick call on Friday?')],
  ['register', C, casual('Could we grab 20 minutes on Monday to go through the samples?')],
  ['', C, casual('Could we have a 15-minute call next week?')],
  ['', C, casual('Please let me know if the drawings are unclear.')],
  ['', C, casual('I will copy in my colleague Ms. Tan, who runs logistics.')],
  ['', C, casual('There is a loop in the cable harness, which we will remove.')],
  ['', C, casual('Please pick your preferred date from the list.')],
  ['', C, casual('Please grab the handle firmly when lifting the unit.')],
  ['', I, 'Hi Ken, can we grab 15 mins tomorrow? I will loop in Sara.'],
];

categoryTables([
  ['L2 the end of production or sale stated as a dated fact', L2_END_OF_PRODUCTION],
  ['L4 casual verbs and idioms to a client', L4_CASUAL_IDIOMS],
]);

// L5: after a rule stated as a policy's or a thing's refusal, our refusal drawn from it ("So we will not …") is
// flagged itself: a blunt-refusal finding covers that sentence. Near misses: no refusal drawn, a cushioned one,
// a protective result, and a plain restatement after our own refusal (flagged once, at the first sentence).
const engine = new Engine({ rules: englishRules });
const refusalsIn = (body: string) =>
  engine.analyze({ body, context: C }).filter((f) => f.category === 'blunt-refusal').map((f) => body.slice(f.start, f.end));

const L5_REFUSAL_AFTER_RULE: Array<[string, string]> = [
  ['Regarding your request to install the machines on Saturday: our company policy does not allow technicians to work on weekends. So we will not do it on Saturday.', 'So we will not do it on Saturday.'],
  ['About your request for a weekend delivery: our insurance does not cover deliveries on Sundays. Therefore we cannot deliver on the 14th.', 'Therefore we cannot deliver on the 14th.'],
  ['Thank you for asking about extended payment terms. Our finance rules do not permit terms beyond 60 days. As a result, we will not be able to offer 90 days.', 'As a result, we will not be able to offer 90 days.'],
  ['Our contract does not include on-site training. So we won\'t provide it this time.', 'So we won\'t provide it this time.'],
  ['Regarding the discount you asked for: our pricing policy does not allow discounts on spare parts. That is why we cannot lower the price.', 'That is why we cannot lower the price.'],
  ['Regarding your request for a Sunday visit: our safety rules do not permit site work on Sundays. Thus we will not come on the 13th.', 'Thus we will not come on the 13th.'],
];
const L5_NEAR_MISSES: Array<[string, string]> = [
  ['Our company policy does not allow technicians to work on weekends. So we will do the installation on Monday 14 December instead.', 'So we will do the installation'],
  ['Our policy does not allow weekend work. So we will not disturb your staff until Monday.', 'So we will not disturb'],
  ['That won\'t be possible. Our finance team will not make exceptions.', 'Our finance team will not make exceptions.'],
  ['We cannot come on Saturday. So we will not be there on the 12th.', 'So we will not be there on the 12th.'],
];

describe('L5 the refusal drawn from a policy sentence', () => {
  it.each(L5_REFUSAL_AFTER_RULE)('flags the refusal: %s', (body, refusal) => {
    expect(refusalsIn(body).some((q) => q.includes(refusal) || refusal.includes(q))).toBe(true);
  });
  it.each(L5_NEAR_MISSES)('no finding on the second sentence: %s', (body, second) => {
    expect(refusalsIn(body).some((q) => q.includes(second) || second.includes(q))).toBe(false);
  });
  it('a cushioned refusal with an alternative after a cushioned policy raises nothing', () => {
    expect(refusalsIn("I'm afraid our company policy does not allow technicians to work on weekends. So, unfortunately, we will not be able to come on Saturday, but we could come on Monday morning instead.")).toEqual([]);
  });
});
