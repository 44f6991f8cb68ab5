// Round 28 (tone): pressure, register and honorific gaps round 27's unread sets showed, read as classes
// (/work/BRIEF28.md). Our own wordings, in different shapes, with near misses that must stay clean:
// - P: advice to commit by a date tied to a rise of our own prices ("I'd advise confirming the scope before 31 March, as
//   our day rates rise by 6% from 1 April", 4月より価格改定のため、3月中のご発注をお勧めいたします): a decision word as the
//   gerund of advice, and our price named with its rise (analysis/press-shape.ts enPriceRise, jaPriceRise). Clean: the
//   same rise told with a reason and an apology and nothing asked; a date the client set; our own promised date.
// - R: trouble told in slang to a client ("Bit of a nightmare on our end", "a right mess", "a bit hectic", "gone
//   pear-shaped"), read from the noun's place in the parse (analysis/en-trouble-slang.ts); the same nouns literal stay clean.
// - C: a cold first mail with no pitch word — a researched opener, a counted feat under our company's name ("Harcourt
//   Whitley has carried out … for eleven LNG carriers"), and a span of their time wished for ("I should welcome twenty
//   minutes with you and your design team") (analysis/en-outreach.ts ownCompanyFeat, timeWished). Clean: introduced by a
//   named contact, a reply to their enquiry, an existing client, the sudden message owned and the ask on their interest.
// - H: a respect verb with our own person as its subject, the person named in katakana or Latin letters (弊社CEOの
//   ロバート・ブラウンが…いらっしゃいます); the client's person with 尊敬語 stays clean; ヤツ inside a katakana name is no やつ.
import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';
import { abcJaShort as ja } from '../mail-wrappers';

type Case = [expected: string, context: DraftContext, body: string];
const engine = nodeEngine();

const PROSPECT: DraftContext = { recipient: 'prospect', firstContact: false, now: '2027-03-01' };
const CLIENT: DraftContext = { recipient: 'client', firstContact: false, now: '2026-11-04' };
const en = (body: string) => `Dear Mr. Sato,\n\nThank you for your interest in our services.\n${body}\n\nBest regards,\nJohn Smith`;

const P_PRICE_RISE: Case[] = [
  ['pressure', PROSPECT, en('I would strongly advise confirming the scope before 31 March, as our day rates rise by 6% from 1 April.')],
  ['pressure', PROSPECT, en("I'd recommend placing the order before the end of March, since our prices increase from April.")],
  ['pressure', PROSPECT, en('We would advise ordering before 31 March, as there will be a price increase from April.')],
  ['pressure', PROSPECT, en('I would suggest signing the agreement by 25 March, because our fees rise by 5% in April.')],
  ['pressure', PROSPECT, ja('4月より価格改定のため、3月中のご発注をお勧めいたします。')],
  ['pressure', PROSPECT, ja('来月から単価が上がりますので、今月中のご契約をおすすめします。')],
  ['', PROSPECT, en('We regret to inform you that, due to higher raw material costs, our rates will rise by 6% from 1 April. We apologise for the inconvenience.')],
  ['', PROSPECT, en('Unfortunately, owing to higher energy costs, our prices will increase by 4% from 1 April.')],
  ['', PROSPECT, en('As you asked, please confirm the scope by 31 March so that we can meet your board\'s timetable.')],
  ['', PROSPECT, en('We will deliver the final report by 31 March.')],
  ['', PROSPECT, en('So that your team has a full week to review it, we will send the final proposal by Thursday 17 September.')],
  ['', PROSPECT, en('We recommend the X5 model for your line, as it handles higher loads.')],
  ['', PROSPECT, ja('誠に恐縮ながら、原材料費高騰のため、4月1日より価格を改定させていただくこととなりました。')],
  ['', PROSPECT, ja('最終のご提案書は9月17日（木）までにお送りいたします。')],
];

const R_TROUBLE_SLANG: Case[] = [
  ['register', CLIENT, en('Bit of a nightmare on our end at the moment, to be honest.')],
  ['register', CLIENT, en("It's been a right mess on our side this week.")],
  ['register', CLIENT, en('Things are a bit of a shambles here at the moment.')],
  ['register', CLIENT, en("It's all gone pear-shaped with the supplier.")],
  ['register', CLIENT, en('Honestly, the schedule is a total nightmare right now.')],
  ['register', CLIENT, en('The logistics side is a bit of a headache at the moment.')],
  ['register', CLIENT, en("It's a bit hectic on our end, so bear with us.")],
  ['register', CLIENT, en('The project went south after the audit.')],
  ['', CLIENT, en('The nightmare scenario in your risk register is covered by clause 4.')],
  ['', CLIENT, en('The software handles a mess of legacy formats without any trouble.')],
  ['', CLIENT, en('Our test rig simulates a disaster-recovery scenario for the data centre.')],
  ['', CLIENT, en('A bit of extra time would help us complete the checks properly.')],
  ['', CLIENT, en('Our engineers will travel south to Kyushu next week.')],
  ['', CLIENT, en('We are facing capacity constraints at the moment, and I apologise for the delay.')],
];

const jc = (body: string) => `株式会社ヤマブキ食品\n中島様\n\nいつも大変お世話になっております。\n${body}\n\n何卒よろしくお願いいたします。\nPBL 鈴木`;
const H_OWN_RESPECT: Case[] = [
  ['honorific', CLIENT, jc('来月、弊社CEOのロバート・ブラウンが来日し、貴社へご挨拶にいらっしゃいます。')],
  ['honorific', CLIENT, jc('弊社社長のJohn Smithが来週貴社にいらっしゃいます。')],
  ['honorific', CLIENT, jc('当日は弊社代表のマイケル・グラントがご説明なさいます。')],
  ['', CLIENT, jc('来月、弊社CEOのロバート・ブラウンが来日し、貴社へご挨拶に伺います。')],
  ['', CLIENT, jc('貴社営業部のマイケル様がお越しになる際は、受付にお声がけください。')],
  ['', CLIENT, jc('貴社の中島部長がいらっしゃる日に、弊社の田中が伺います。')],
  ['', CLIENT, '有限会社ヤツシロ時計工房\n八代 様\n\nお世話になっております。\nご依頼の見積書を添付いたします。\n\n何卒よろしくお願いいたします。'],
];

const STRANGER: DraftContext = { recipient: 'prospect', firstContact: true, now: '2026-08-26' };
const cold = (body: string) => `Dear Mr. Onodera,\n\n${body}\n\nKind regards,\nOliver Bramley\nAssociate Director\nHarcourt Whitley Engineering Ltd`;
const C_COLD_NO_PITCH_WORD: Case[] = [
  ['cold-outreach', STRANGER, cold("I read Sanko Shipbuilding's announcement of the new LNG carrier programme with great interest.\nHarcourt Whitley has carried out hull-vibration and fatigue studies for eleven LNG carriers at yards in Korea and Europe since 2019.\nI should very much welcome twenty minutes with you and your design team.")],
  ['cold-outreach', STRANGER, cold('I read about your new plant in Kumamoto with great interest.\nHarcourt Whitley has supplied cooling systems to 40 plants in Europe since 2012.\nWould you have thirty minutes for a call with me in September?')],
  ['cold-outreach', STRANGER, cold('Your recent interview in Nikkan Kogyo about automation caught my attention.\nHarcourt Whitley has carried out vibration surveys at 60 factories in Asia.\nI should be glad to have fifteen minutes with your production team next week.')],
  ['', STRANGER, cold('Ms. Naomi Tsuda at Seiwa Instruments kindly suggested I write to you.\nHarcourt Whitley has supplied cooling systems to 40 plants in Europe since 2012.\nWould you have thirty minutes for a call in September?')],
  ['', STRANGER, cold('Thank you for your enquiry about vibration studies at the Tokyo Marine Expo.\nHarcourt Whitley has carried out fatigue studies for eleven LNG carriers since 2019.\nWould a short call next week be useful?')],
  ['', { ...STRANGER, recipient: 'client', firstContact: false }, cold('Thank you for the meeting on Tuesday.\nAs discussed, Harcourt Whitley has carried out fatigue studies for eleven LNG carriers since 2019.\nCould we meet again in September to review the plan?')],
  ['', STRANGER, cold('Please forgive this sudden message from someone you have not yet met.\nHarcourt Whitley has carried out fatigue studies for eleven LNG carriers since 2019.\nIf it would be of interest, may I send you a short capability statement?')],
];

describe.each([
  ['P advice tied to our price rise', P_PRICE_RISE],
  ['R trouble told in slang', R_TROUBLE_SLANG],
  ['C a cold first mail with no pitch word', C_COLD_NO_PITCH_WORD],
  ['H respect verbs for our own person', H_OWN_RESPECT],
] as const)('%s', (_name, cases) => {
  it.each(cases)('[%s] %#', (expected, context, body) => {
    const findings = engine.analyze({ body, context });
    const got = [...new Set(findings.map((f) => f.category))].filter((c) => c !== 'calendar').sort().join(',');
    expect(got, `${body}\n${findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')}`).toBe(expected);
  });
});
