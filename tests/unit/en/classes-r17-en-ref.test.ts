// Round 17 (r17-en-ref): English refusals in our own wordings, and the shared "they asked" fact
// (src/engine/analysis/asked.ts, read through src/rules/any/lib/they-asked.ts).
// D1 our side declines the client's request with no cushion and no alternative or consult: "we'll pass on …",
//    "stands declined as per clause 7.2", "not possible under our carrier contract", "not in a position to",
//    "that won't be happening", "our policy doesn't allow", "falls outside what we offer", "we'd rather not",
//    "I'm afraid not" with nothing after it; near misses share the words (pass on your comments, can't wait,
//    conditions, questions, our own difficulty, a cushioned refusal with an alternative, a privacy promise).
// D2 the ask named as a topic or a cause ("Per your request to waive the fee: …", "As you requested X, …: …")
//    no longer reads as a decision confirmed together ("As you requested, we have moved the call").
// A1 the fact itself: their ask named in our sentence, or made in their quoted words, in English and Japanese.
// A2 a table of free slots told in answer to their enquiry in the quoted history informs (en.pressure.ultimatum).
import { describe, expect, it } from 'vitest';
import { analyzeEnglish } from '../../../src/engine/analysis/en';
import { enAskMade, enAskNamed, jaAskMade, jaAskNamed } from '../../../src/engine/analysis/asked';
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';
import { enUeda as mail, enOgawa as ofProspect } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-01' };
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-03-02' };

const D1_DECLINES: Case[] = [
  ['blunt-refusal', C, mail("Thank you for the proposal.\nWe'll have to pass on the extended warranty this year.")],
  ['blunt-refusal', C, mail('We will have to pass on your offer to co-host the seminar.')],
  ['blunt-refusal', C, mail("I think we'll pass on the joint press release.")],
  ['blunt-refusal', C, mail("Re the rush order: we'll pass.")],
  ['blunt-refusal', C, mail("We're going to pass on the trade-show booth this year.")],
  ['blunt-refusal', C, mail('Your request for a 15% discount stands declined as per clause 7.2.')],
  ['blunt-refusal', C, mail('Same-day delivery to Sapporo is not possible under our carrier contract.')],
  ['blunt-refusal', C, mail("We're not in a position to offer a second free training session.")],
  ['blunt-refusal', C, mail('Regarding the weekend installation, that won\'t be happening.')],
  ['blunt-refusal', C, mail('Our company policy does not permit refunds after delivery.')],
  ['blunt-refusal', C, mail('Weekend support falls outside what we offer under the standard plan.')],
  ['blunt-refusal', C, mail('We would rather not split the invoice into three.')],
  ['blunt-refusal', C, mail('Thanks for asking about a longer trial.\nI\'m afraid not.')],
  ['blunt-refusal', C, mail('A custom colour is not something we offer.')],
  ['', C, mail("We can't wait to see you in Osaka next month.")],
  ['', C, mail("We can't thank you enough for your support this year.")],
  ['', C, mail('If the parts are not in stock, we will let you know by Friday.')],
  ['', C, mail('Is it not possible to move the meeting to Thursday?')],
  ['', C, mail("I'm not in a position to judge the design yet; our engineer will review it tomorrow.")],
  ['', C, mail("I'm afraid we are not in a position to extend the payment terms to 90 days, but let me speak with my manager and see what we can do.")],
  ['', C, mail('Unfortunately, same-day delivery to Sapporo is not possible under our carrier contract; however, we could offer next-day delivery at no charge.')],
  ['', C, mail("We'd rather not keep you waiting, so I am sending the draft today.")],
  ['', C, mail("I'll pass on your comments to our engineering team.")],
  ['', C, mail('We will pass the savings on to you from April.')],
  ['', C, mail('Please pass on my thanks to Mr. Sato.')],
  ['', C, mail('We will pass on your request to our factory and reply by Friday.')],
  ['', C, mail('We passed on the offer last year.')],
  ['', C, mail('Our policy doesn\'t allow us to share your data with third parties.')],
  ['', C, mail('We never sell your details to anyone outside our group.')],
  ['', C, mail('Weekend installation is possible under our carrier contract.')],
  ['', C, mail('Nothing falls outside what we offer in the premium plan.')],
  ['', C, mail("> We'll have to pass on the extended warranty this year.\nNoted, thank you for letting us know.")],
  ['', I, mail("We'll pass on the joint press release.")],
];

const D2_ASK_AS_TOPIC: Case[] = [
  ['blunt-refusal', C, mail("Per your request to waive the setup fee: our policy doesn't allow it.")],
  ['blunt-refusal', C, mail("As you requested a discount on the spare parts, we have reviewed it: that won't be possible.")],
  ['blunt-refusal', C, mail('As per your request for weekend delivery: not possible.')],
  ['', C, mail('As you requested, we have moved the meeting to Thursday.')],
  ['', C, mail('As requested, we will not change the colour of the housing.')],
  ['', C, mail('Per your request, the invoice will not include the shipping cost.')],
];

describe('round 17, English declines and the ask named as a topic', () => {
  categoryTables([
    ['D1 our side declines with no cushion', D1_DECLINES],
    ['D2 the ask named as a topic or a cause', D2_ASK_AS_TOPIC],
  ]);
});

const NAMED = [
  'As you requested, we have moved the meeting to Thursday.',
  'As requested, here is the updated availability.',
  'Regarding your request for a 10% discount, we will reply by Friday.',
  'Thank you for your enquiry about the X5 model.',
  'You asked us to hold the price until March.',
  "You'd suggested splitting the shipment into two lots.",
  'Per your request, the invoice is attached.',
  'Thanks for asking about weekend delivery.',
  'In response to your recent inquiry, here are the remaining slots.',
  'The changes you requested are in the attached drawing.',
  'Following your proposal to co-host the seminar, I spoke with our team.',
  'Your discount request has been reviewed.',
];
const NOT_NAMED = [
  'Please send your questions by Friday.',
  'Do you have any questions?',
  'If you want us to visit, we can come on Tuesday.',
  'I asked our factory about the lead time.',
  'We requested the samples from our supplier.',
  'The question is whether the parts arrive on time.',
  'Our proposal is attached.',
  'Feel free to ask if anything is unclear.',
  'We will answer any request within a day.',
  'Did you ask for the red version?',
];
const MADE = [
  '> Could you hold the current price until March?',
  '> Is it possible to split the shipment into two lots?',
  '> Would it be possible to move the installation to a weekend?',
  '> Please send us a quote for 500 units.',
  '> We would like to ask for a 10% discount on the spare parts.',
  '> We need the revised drawings by Friday.',
  '> Do you have any slots left in July?',
  '> Can your engineer visit our plant on Saturday?',
  '> We request an extension of the warranty to five years.',
  '> Kindly confirm whether you can deliver on the 12th.',
];
const NOT_MADE = [
  '> Thank you for the quote.',
  '> We received the samples yesterday.',
  '> Our team reviewed the drawings and they look fine.',
  '> If you want us to visit, we can come on Tuesday.',
  '> We requested the samples from our supplier last week.',
  '> The shipment arrived in good condition.',
  '> Best regards, Kenji Sato',
  '> I will be out of the office until Monday.',
];
const JA_NAMED = ['ご依頼の件、確認いたしました。', '先日ご要望いただいた納期の件です。', '価格を据え置きたいとのお話を伺いました。', 'お問い合わせいただいた件につきまして'];
const JA_NOT_NAMED = ['本日、見積書をお送りいたします。', '弊社の新製品をご紹介します。', '来週お伺いいたします。'];
const JA_MADE = ['＞納期を早めていただけますでしょうか。', '> 見積書をお送りください。', '＞分割納品は可能でしょうか？', '> 価格の据え置きをお願いいたします。'];
const JA_NOT_MADE = ['＞サンプルを受領しました。', '> 来週の会議はよろしくお願いいたします。ありがとうございました。', '＞本日は出張のため不在です。'];

describe('round 17, the "they asked" fact', () => {
  it.each(NAMED)('names their ask: %s', (text) => expect(enAskNamed(analyzeEnglish(text))).toBeDefined());
  it.each(NOT_NAMED)('names no ask: %s', (text) => expect(enAskNamed(analyzeEnglish(text))).toBeUndefined());
  it.each(MADE)('their words ask: %s', (text) => expect(enAskMade(text)).toBe(true));
  it.each(NOT_MADE)('their words ask nothing: %s', (text) => expect(enAskMade(text)).toBe(false));
  it.each(JA_NAMED)('names their ask (ja): %s', (text) => expect(jaAskNamed(text)).toBe(true));
  it.each(JA_NOT_NAMED)('names no ask (ja): %s', (text) => expect(jaAskNamed(text)).toBe(false));
  it.each(JA_MADE)('their words ask (ja): %s', (text) => expect(jaAskMade(text)).toBe(true));
  it.each(JA_NOT_MADE)('their words ask nothing (ja): %s', (text) => expect(jaAskMade(text)).toBe(false));
});

const TABLE = 'Onboarding availability:\n- July: fully booked\n- August: fully booked\n- September: one slot left';

const A2_TABLES: Case[] = [
  ['pressure', P, ofProspect(TABLE)],
  ['', P, ofProspect(`As requested, here is our schedule.\n${TABLE}`)],
  ['', P, ofProspect(`Thank you for your enquiry about onboarding dates.\n${TABLE}`)],
  ['', P, `${ofProspect(TABLE)}\n\nOn Mon, 2 Mar 2026 at 10:00, Ken Ogawa <ogawa@example.jp> wrote:\n> Do you have any onboarding slots left this summer?`],
  ['', P, `${ofProspect(TABLE)}\n\n-----Original Message-----\nFrom: Ken Ogawa\nSent: Monday, March 2, 2026\nSubject: Onboarding\n\nCould you tell us which months are still open for onboarding?`],
  ['pressure', P, `${ofProspect(TABLE)}\n\n-----Original Message-----\nFrom: Ken Ogawa\nSent: Monday, March 2, 2026\nSubject: Onboarding\n\nThank you for the demo last week.`],
];

describe('round 17, an availability table told in answer to their enquiry', () => {
  categoryTables([['A2 tables after their enquiry', A2_TABLES]]);
});
