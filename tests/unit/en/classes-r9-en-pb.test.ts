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

// Pressure on a prospect, by class: regret foretold in an idiom, capacity tied to a call to act, advice to
// commit now, a price that rises from a near date, an offer's expiry, peers already signed, an answer demanded
// with a loss as the alternative, ultimatums; then the near misses (a client's own date, a quote's validity,
// "no rush", a reference customer, a capacity as a figure, the reader's own act in the past).
const PRESSURE_REGRET: Case[] = [
  ["pressure", P, D + "If you pass on this, you'll kick yourself when your competitors are already running it." + END],
  ["pressure", P, D + "Honestly, you'd regret not locking this in now." + END],
  ["pressure", P, D + "You will be sorry if you miss this window." + END],
  ["pressure", P, D + "Don't be the team that waited too long and paid double." + END],
  ["pressure", P, D + "I would hate for you to miss out on this price." + END],
  ["pressure", P, D + "You don't want to be left behind when the rest of the industry moves." + END],
];
const PRESSURE_CAPACITY: Case[] = [
  ["pressure", P, D + "We only have two onboarding slots left this quarter — grab one while you can." + END],
  ["pressure", P, D + "There are just three implementation slots open for April, so I'd book a call this week." + END],
  ["pressure", P, D + "Our team can take on only one more client this quarter, so an early call would secure it for you." + END],
  ["pressure", P, D + "Capacity for Q2 is nearly full; I suggest we schedule a call tomorrow to reserve your place." + END],
  ["pressure", P, D + "Only a handful of pilot places remain, so please book your kickoff call soon." + END],
];
const PRESSURE_BEST_TO_COMMIT_NOW: Case[] = [
  ["pressure", P, D + "It would be best for you to commit now." + END],
  ["pressure", P, D + "The best option for your team is to sign this week." + END],
  ["pressure", P, D + "My advice is to place the order today." + END],
  ["pressure", P, D + "I strongly recommend you confirm before Friday." + END],
  ["pressure", P, D + "It really makes sense to decide now rather than later." + END],
  ["pressure", P, D + "Frankly, your best move is to lock in the contract this month." + END],
];
const PRESSURE_PRICE_RISE_AFTER_NEAR_DATE: Case[] = [
  ["pressure", P, D + "Prices go up by 8% on March 15, so ordering before then saves you money." + END],
  ["pressure", P, D + "After March 31 the unit price will increase to ¥5,200." + END],
  ["pressure", P, D + "From next month, the licence fee rises to $1,200 per seat." + END],
  ["pressure", P, D + "The current rate is only available until the end of this week; after that it goes up." + END],
  ["pressure", P, D + "Our list prices are increasing on April 1, so now is the time to buy." + END],
];
const PRESSURE_OFFER_EXPIRY: Case[] = [
  ["pressure", P, D + "This offer expires on Friday." + END],
  ["pressure", P, D + "The 15% discount ends March 10." + END],
  ["pressure", P, D + "Our launch pricing is valid until this Friday only." + END],
  ["pressure", P, D + "This special deal will be withdrawn at the end of the week." + END],
  ["pressure", P, D + "The introductory rate closes on the 20th." + END],
];
const PRESSURE_PEERS: Case[] = [
  ["pressure", P, D + "Three of your competitors have already signed up." + END],
  ["pressure", P, D + "Most companies in your sector have already made the switch, so you don't want to fall behind." + END],
  ["pressure", P, D + "Two other manufacturers in Aichi signed last week, and the rest are following." + END],
  ["pressure", P, D + "Your peers at Nakamura Steel already committed last month." + END],
  ["pressure", P, D + "Several firms in Osaka are already on board, so you'd be wise not to wait." + END],
];
const PRESSURE_ANSWER_BY_TOMORROW_OR_RELEASE: Case[] = [
  ["pressure", P, D + "We need your answer by tomorrow or we release the slot." + END],
  ["pressure", P, D + "Please confirm by Thursday, otherwise we will give the slot to another customer." + END],
  ["pressure", P, D + "If we don't hear from you by Monday, the reserved units will go to the next buyer." + END],
  ["pressure", P, D + "Let me know by end of day, or the allocation will be released." + END],
  ["pressure", P, D + "Without your go-ahead by Wednesday, we cannot guarantee the price." + END],
];
const PRESSURE_ULTIMATUMS: Case[] = [
  ["pressure", P, D + "Sign by Friday or the deal is off." + END],
  ["pressure", P, D + "This is our final offer; take it or leave it." + END],
  ["pressure", P, D + "If you can't decide this week, we'll have to move on to other partners." + END],
  ["pressure", P, D + "Either you confirm today or we withdraw the proposal." + END],
];
const PRESSURE_NEAR_MISSES: Case[] = [
  ["", P, D + "As you asked, we'll deliver by Friday." + END],
  ["", P, D + "As requested, the samples will arrive by March 10." + END],
  ["", P, D + "This quote is valid for 30 days." + END],
  ["", P, D + "The quotation remains valid for 60 days from the date of issue." + END],
  ["", P, D + "There is no rush; please take your time reviewing the proposal." + END],
  ["", P, D + "Whenever suits you, we would be happy to arrange a call." + END],
  ["", P, D + "Please reply whenever it suits your team." + END],
  ["", C, D + "Could you let us know by Friday which delivery date works for your warehouse?" + END],
  ["", C, D + "We need the final drawings by Monday to keep the production schedule you set." + END],
  ["", P, D + "To meet your launch in June, we would need the purchase order by April 10." + END],
  ["", P, D + "Many of our clients in Japan use this module for inspection." + END],
  ["", P, D + "We have capacity to start onboarding in April if that suits you." + END],
  ["", P, D + "Please let us know if you have any questions." + END],
  ["", P, D + "I recommend the X5 model for your line." + END],
  ["", P, D + "Our prices are listed in the attached catalogue." + END],
  ["", P, D + "If you decide to move forward later in the year, we will be glad to help." + END],
  ["", P, D + "We would be grateful for your thoughts when you have had a chance to review." + END],
  ["", P, D + "The webinar is limited to 30 people, and registration is open until May 1." + END],
  ["", P, D + "Many of our clients in Japan have already ordered the X5." + END],
  ["", P, D + "Your competitors already use manual inspection, which is slow." + END],
  ["", P, D + "Several companies already asked us about the API." + END],
  ["", P, D + "If other firms have already signed, please tell me and I will check the terms." + END],
  ["", P, D + "Our partners in Osaka are already on board with the pilot you proposed." + END],
  ["pressure", P, D + "Most manufacturers in your region have already committed to the new standard with us." + END],
  ["pressure", P, D + "Half of the plants in Aichi are already on board." + END],
  ["", P, D + "Your team has already signed the NDA, thank you." + END],
  ["", P, D + "Only two of our engineers speak Japanese, so replies may take a day." + END],
  ["", P, D + "We have just three models available in stainless steel." + END],
  ["pressure", P, D + "We have just three demo units available for March, so please reserve one soon." + END],
  ["", P, D + "The workshop has only 20 seats, and the agenda is attached." + END],
  ["pressure", P, D + "Either you sign by Friday or we release the allocation to another buyer." + END],
  ["", P, D + "Either you or your colleague can join the call on Tuesday." + END],
  ["pressure", P, D + "From April 1, the subscription rises to ¥90,000 a month." + END],
  ["", P, D + "From April 1, the subscription includes two extra users." + END],
  ["pressure", P, D + "You will kick yourself if this slot goes to someone else." + END],
  ["", P, D + "I kicked myself for missing your talk at the expo." + END],
  ["", P, D + "You don't want to leave your umbrella behind at the booth." + END],
  ["pressure", P, D + "Places are limited, so please register by Friday." + END],
  ["pressure", P, D + "Seats are limited to the first 20 buyers, so please confirm by Friday." + END],
  ["", P, D + "The site tour is limited to 12 visitors, and sign-up is open until June 3." + END],
];

// A second set of wordings for every class above, written after the fixes (different verbs, numbers, registers).
const SECOND_WORDINGS: Case[] = [
  ["pressure", P, D + "Trust me, you'll be kicking yourselves in six months if you let this go." + END],
  ["pressure", P, D + "We've only got one installation slot left in May, so let's get a call in the diary this week." + END],
  ["pressure", P, D + "Your biggest competitor already signed with us last week." + END],
  ["pressure", P, D + "Beginning next quarter, the per-user price goes up to €45." + END],
  ["pressure", P, D + "Please let us have your decision by tomorrow, or we will release the reserved capacity." + END],
  ["pressure", P, D + "The offer lapses at the end of this week." + END],
  ["", P, D + "As agreed with your purchasing team, we will ship the samples by Friday." + END],
  ["", P, D + "Our quotation stays valid for 90 days." + END],
  ["", P, D + "There is no need to decide quickly; whenever suits you is fine." + END],
  ["", C, D + "Could you confirm by Thursday so that we can keep your production slot as planned?" + END],
  ["bad-news", C, D + "Only 3,000 of the 5,000 bottles can be filled this month." + END],
  ["bad-news", C, D + "We are closing our Yokohama showroom on March 31." + END],
  ["bad-news", C, D + "Delivery of your order moves from 10 April to 2 May." + END],
  ["bad-news", C, D + "From July, the price per drum rises from $310 to $355." + END],
  ["bad-news", C, D + "Roughly one in ten of the filters we sent last week leaks at the seal." + END],
  ["", C, D + "We are sorry that only 3,000 of the 5,000 bottles can be filled this month, due to a glass shortage; may I visit next week to discuss the plan?" + END],
  ["", C, D + "From July, the price per drum drops from $355 to $310." + END],
  ["", C, D + "Our new model, the K-500, launches in July." + END],
  ["", C, D + "A competitor of ours has closed its Osaka branch, which has no impact on you." + END],
  ["", C, D + "Every unit passes a leak test before shipment." + END],
  ["", C, D + "Two of the five engineers will support your launch in Osaka." + END],
  ["", C, D + "Only 2 of the 5 engineers on our team speak Japanese." + END],
];

categoryTables([
  ['lapse phrase with its date at the end of the text', LAPSE_DATED],
  ['bad news: part of an order against the whole', PART_OF_ORDER],
  ['bad news: not the reader’s news', NOT_THEIR_NEWS],
  ['pressure: regret', PRESSURE_REGRET],
  ['pressure: capacity', PRESSURE_CAPACITY],
  ['pressure: best to commit now', PRESSURE_BEST_TO_COMMIT_NOW],
  ['pressure: price rise after near date', PRESSURE_PRICE_RISE_AFTER_NEAR_DATE],
  ['pressure: offer expiry', PRESSURE_OFFER_EXPIRY],
  ['pressure: peers', PRESSURE_PEERS],
  ['pressure: answer by tomorrow or release', PRESSURE_ANSWER_BY_TOMORROW_OR_RELEASE],
  ['pressure: ultimatums', PRESSURE_ULTIMATUMS],
  ['pressure: near misses', PRESSURE_NEAR_MISSES],
  ['second wordings, pressure and bad news', SECOND_WORDINGS],
]);
