// Round 16 (r16-en-ref): the English refusal classes of /work/CLASSES-r16.md in our own wordings (different verbs,
// subjects, passives, lists, labels, learner English, short and long), each with near misses that share its words.
// R1 the client's request called impossible with no "we" ("… is not possible", "not an option", "no way to");
// R2 our side's constraint said as a property of us ("do not work for our engineering team", "not how we work");
// R3 rules and lists: a grant denied after a label ("- Orders below MOQ: not accepted") or in a coordinated passive
//    ("… are fixed at 14 days and are not extended"), an exclusion heading a list with its consequence;
// R4 a Japanese refusal after an English lead-in in one sentence ("… you asked for: 値引きはできません。"): the
//    sentence is split where the script changes, so the Japanese rules read the Japanese clause.
// The categories raised must be exactly the expected ('' = none).
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { segment } from '../../../src/engine/segment';
import type { DraftContext } from '../../../src/engine/types';
import { RULES } from '../../../src/rules';
import { categoryTables, type Case } from './category-table';
import { enKato as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-01' };

const R1_IMPOSSIBLE: Case[] = [
  ['blunt-refusal', C, mail('Thanks for asking about an earlier slot. That is not feasible on our side.')],
  ['blunt-refusal', C, mail('Regarding the courier, express shipping is not an option for this order.')],
  ['blunt-refusal', C, mail('Changes to the drawings after the design freeze are out of the question.')],
  ['blunt-refusal', C, mail('Thank you for the list of extra features. This cannot be done within the current release.')],
  ['blunt-refusal', C, mail('Re the rush order: not doable, sorry.')],
  ['blunt-refusal', C, mail('There is no way to deliver the parts by Friday.')],
  ['blunt-refusal', C, mail("About the custom packaging: that won't be possible.")],
  ['blunt-refusal', C, mail('Adding a third colour at this stage is impossible.')],
  ['blunt-refusal', C, mail('Thank you for the request for a 90-day trial. A trial of that length is not something that can be arranged.')],
  ['blunt-refusal', C, mail("A refund for the unused months isn't possible under any circumstances.")],
  ['blunt-refusal', C, mail('Your request to change the supplier of the resin cannot be accommodated.')],
  ['blunt-refusal', C, mail('Early access to the beta is not available for your account.')],
  ['blunt-refusal', C, mail('Your request for 90 days payment, this is not acceptable.')],
  ['blunt-refusal', C, mail("Same-day delivery to Sapporo simply can't happen.")],
  ['blunt-refusal', C, mail('Thank you for the new schedule. The deadline of 15 May is not achievable.')],
  ['blunt-refusal', C, mail('Management has decided against the price reduction.')],
  ['', C, mail('This will not happen again, and we have added a second inspection.')],
  ['', C, mail('The new price is acceptable for us, thank you.')],
  ['', C, mail('If the delay is not acceptable for your team, please let us know.')],
  ['', C, mail("I'm afraid a partial delivery is not possible, but we could ship the first 20 pieces by air at our cost next week.")],
  ['', C, mail('You mentioned that a partial delivery is not possible on your side, so we will ship everything on 3 May.')],
  ['', C, mail('Your team told us that a second audit is not possible this year, so we have planned for one visit.')],
  ['', C, mail('Is express shipping not an option for you?')],
  ['', C, mail('There is no need to send the samples back.')],
  ['', C, mail('Nothing is impossible for our team — we will be glad to help.')],
  ['', C, mail('It is no problem at all to change the date.')],
  ['', I, mail('There is no way to deliver the parts by Friday.')],
];

const R2_PROPERTY_OF_US: Case[] = [
  ['blunt-refusal', C, mail('Mornings in Japan do not work for our engineering team.')],
  ['blunt-refusal', C, mail('Thank you for the proposed dates. Weekday evenings in Tokyo don’t work for our support engineers.')],
  ['blunt-refusal', C, mail("A Sunday start doesn't suit us at all.")],
  ['blunt-refusal', C, mail("Our team doesn't do on-site work.")],
  ['blunt-refusal', C, mail('Weekends are not something we support.')],
  ['blunt-refusal', C, mail("We're not set up for deliveries to individual stores.")],
  ['blunt-refusal', C, mail("That's not how we work.")],
  ['blunt-refusal', C, mail("Our engineers don't travel outside Europe.")],
  ['blunt-refusal', C, mail('Custom integrations are not something our product team takes on.')],
  ['blunt-refusal', C, mail('Our factory does not handle orders under 50 units.')],
  ['blunt-refusal', C, mail("We don't really do Japanese-language support.")],
  ['blunt-refusal', C, mail("Our warehouse isn't equipped for cold-chain storage.")],
  ['blunt-refusal', C, mail('Payment by cheque is not something we accept.')],
  ['', C, mail('The sensor does not support Bluetooth.')],
  ['', C, mail('Mornings in Japan work well for our engineering team.')],
  ['', C, mail('If mornings do not work for your team, we can meet in the afternoon.')],
  ['', C, mail('Do mornings not work for your team?')],
  ['', C, mail('Our team is happy to do the on-site work on 12 May.')],
  ['', C, mail("I'm afraid mornings in Japan do not work for our engineering team, but we could offer 4 pm JST on any weekday.")],
  ['', I, mail('Mornings in Japan do not work for our engineering team.')],
];

const R3_RULES_AND_LISTS: Case[] = [
  ['blunt-refusal', C, mail('Trial periods are fixed at 14 days and are not extended.')],
  ['blunt-refusal', C, mail('Discounts are capped at 5% and are never combined with other offers.')],
  ['blunt-refusal', C, mail('Thank you for your email. Deposits are collected at signing and are not refunded.')],
  ['blunt-refusal', C, mail('Our terms are:\n- Orders below MOQ: not accepted\n- Payment: 30 days net')],
  ['blunt-refusal', C, mail('Returns: not accepted after 14 days.')],
  ['blunt-refusal', C, mail('Rush orders — not accepted.')],
  ['blunt-refusal', C, mail('Conditions for the pilot:\n1) Extra user licences: not granted\n2) Duration: 30 days')],
  ['blunt-refusal', C, mail('Price changes mid-term: not possible.')],
  ['blunt-refusal', C, mail('Payment terms beyond 60 days: not negotiable.')],
  ['blunt-refusal', C, mail('Further to your question, please note the following are not included in the audit scope:\n\n- Your subsidiaries in Vietnam and Thailand\n- IT general controls\n\nAny findings in these areas will not be reported.')],
  ['blunt-refusal', C, mail('Orders placed after 3 pm go out the next business day, with no exceptions.')],
  ['blunt-refusal', C, mail('Delivery dates are confirmed only after payment is received and cannot be moved afterwards.')],
  ['blunt-refusal', C, mail('About delivering to your Kyushu site: our delivery area is Kanto and Kansai. Anything outside those regions is ex-works.')],
  ['blunt-refusal', C, mail('Deliveries outside Tokyo are at your own cost.')],
  ['blunt-refusal', C, mail("Any travel beyond Osaka is at the customer's expense.")],
  ['blunt-refusal', C, mail('Night-time monitoring is not covered by your service level. Alerts in those hours will sit in the queue until the morning shift.')],
  ['', C, mail('Night-time monitoring is included in your service level. Alerts in those hours will wait until the on-call engineer confirms them.')],
  ['', C, mail('Prices are ex-works Osaka, valid for 30 days.')],
  ['', C, mail('Shipping outside Japan is at our cost this year.')],
  ['', C, mail('Travel outside Tokyo is included in the fee.')],
  ['', C, mail('Our terms are:\n- Minimum order: 100 units\n- Payment: 30 days net\n- Delivery: 2 weeks')],
  ['', C, mail('Features of the new model:\n- Bluetooth: not supported\n- Wi-Fi: 2.4 GHz')],
  ['', C, mail('Status of your requests:\n- Credit note: not approved yet\n- Replacement: shipped on 2 May')],
  ['', C, mail('Trial periods are 14 days, and I would be glad to ask my manager about an extension for you.')],
  ['', C, mail('Your data is encrypted and is never shared with third parties.')],
  ['', C, mail('Please find our quotation attached. Note that the following are not included in the quotation:\n- installation\n- training\nWe would be glad to quote them separately if you wish.')],
  ['', C, mail('Is a refund not possible at all?')],
  ['', I, mail('Our terms are:\n- Orders below MOQ: not accepted\n- Payment: 30 days net')],
];

describe('round 16, English refusals: impossibility, our constraint, rules and lists', () => {
  categoryTables([
    ['R1 the request called impossible without "we"', R1_IMPOSSIBLE],
    ['R2 our constraint as a property of us', R2_PROPERTY_OF_US],
    ['R3 rules and lists', R3_RULES_AND_LISTS],
  ]);
});

// R4: a Japanese refusal after an English lead-in, in an English or mixed mail. Every rule runs (the Japanese ones
// need the tokenizer); the English lead-ins are long enough that the whole sentence would read as English.
const R4_FLAGGED = [
  'Regarding the additional discount you asked for on the spring order: 値引きはできません。 The allocation is small this year.',
  'About the delivery date that you proposed in your last email — 納期の変更はできません。',
  'On your request for free samples for the new line at your plant: サンプルの無償提供は行っておりません。',
  'Thank you very much for the proposal to split the order into two shipments; 今回はお受けできません。',
  'For the express option you mentioned on the phone yesterday, 特急対応は無理です。',
  'Re the price you suggested for the second year of the contract: それは不可能です。',
  'Concerning the extra visit to your Osaka warehouse next month: 追加訪問には対応していません。',
  'About the Saturday delivery to your stores in the Kansai region: 土曜日の配送は行いません。',
  'On the payment terms that your finance team asked us to change: 支払条件の変更は受けられないです。',
  'As for the weekend support during your migration over the holidays: 週末のサポートは対応不可です。',
  'Your question about a longer trial period for the new software: 試用期間の延長はしておりません。',
  'Thanks for the note about returning the unused filters from the last order: 返品はお受けしません。',
];
const R4_CLEAN = [
  'Regarding the additional discount you asked for on the spring order: 誠に恐れ入りますが、値引きはいたしかねます。',
  'You wrote 「値引きはできません」 in your last mail, so we will keep the current price for the spring order.',
  'Regarding the delivery date that you asked about in your last email: 納期は予定どおりです。',
  'About the question your team sent us after the meeting last week: 問題ございません。',
  'Concerning the samples for the new line at your plant in Nagoya: 来週お送りいたします。',
  'Regarding the installation of the new line at your plant next month: 設置は弊社で対応いたします。',
];

describe('round 16, R4: a Japanese refusal inside an English sentence', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = new Engine({ rules: RULES, tokenizer: await sharedNodeTokenizer() });
  });
  const refusals = (text: string, context: DraftContext = C) =>
    engine.analyze({ body: mail(text), context }).filter((f) => f.category === 'blunt-refusal');
  it.each(R4_FLAGGED)('flagged: %s', (text) => {
    const found = refusals(text);
    expect(found.length).toBeGreaterThan(0);
    // The finding covers the Japanese clause.
    const body = mail(text);
    const clause = body.search(/[\u3040-\u30ff\u3400-\u9fff]/);
    expect(found.some((f) => f.start <= clause && clause < f.end)).toBe(true);
  });
  it.each(R4_CLEAN)('clean: %s', (text) => {
    expect(refusals(text)).toEqual([]);
  });
  it('stays clean to an internal recipient', () => {
    expect(refusals(R4_FLAGGED[0]!, I)).toEqual([]);
  });
  it('splits the lead-in from the Japanese clause, each with its language and its offsets', () => {
    const text = 'Concerning the additional discount you asked for on the spring order: 値引きはできません。 We ship in April.';
    const parts = segment(text).sentences.map((s) => [s.lang, s.text, text.slice(s.start, s.end)]);
    expect(parts).toEqual([
      ['en', 'Concerning the additional discount you asked for on the spring order:', 'Concerning the additional discount you asked for on the spring order:'],
      ['ja', '値引きはできません。', '値引きはできません。'],
      ['en', 'We ship in April.', 'We ship in April.'],
    ]);
    // A quoted Japanese phrase, a label with Japanese in it and a name followed by Japanese stay one sentence.
    for (const one of ['You wrote 「値引きはできません」 and we understand.', '場所 / Where: オンライン（Teams）', 'Ms. Linda Parkに変わります']) {
      expect(segment(one).sentences.map((s) => s.text)).toEqual([one]);
    }
  });
});
