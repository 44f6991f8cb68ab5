// Round 19 (r19-ennews2): English bad news told as a plain fact, read off the clause rather than off a verb of change —
// S1 a change of our contact or staff (a person leaves, is released or reassigned, takes a role of the reader's from a
// start; the reader's business handed to others); S2 partial fulfilment as quantities, shares and fractions (a counted
// remainder whose supply is negated, a part set against the whole ordered, a fraction supplied); S3 lead times, backorders
// and allocations stated anew; S4 goods placed under a recall, quarantine or hold, told as a status. Our own wordings in
// different shapes, written before the code; near misses keep a status quo, the writer's own plans, a question or a
// condition, goods let go, a follow-on consequence ("… rescheduled accordingly"), a refusal of the reader's ask (the
// refusal rules' finding, not news), a specification, or an apology, reason or offer to meet. Categories exactly ('' = none).
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { categoryTables, type Case } from './category-table';
import { enHoshino as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-11-20' };

const S1_CONTACT: Case[] = [
  ["bad-news", C, mail("Jess Tran will be your account manager from 1 March.")],
  ["bad-news", C, mail("Mr. Arjun Mehta, Delivery Lead for the ERP rollout, will be released from the project w.e.f. 30th April 2027.")],
  ["bad-news", C, mail("Kenji Mori is leaving the company at the end of this month.")],
  ["bad-news", C, mail("Your account moves to our Osaka team from April.")],
  ["bad-news", C, mail("From 1 July, Priya Nair takes over as your key account lead.")],
  ["bad-news", C, mail("Ms. Okafor has been reassigned to our Europe division, effective immediately.")],
  ["bad-news", C, mail("Tom Becker will no longer be handling your orders after 30 June.")],
  ["bad-news", C, mail("Going forward, your point of contact will be Dana Whitfield in our Singapore office.")],
  ["bad-news", C, mail("Helen Cho retires at the end of September.")],
  ["bad-news", C, mail("Sam Reyes has left Brightline as of last Friday.")],
  ["bad-news", C, mail("Your territory will be transferred to Marco Bianchi as of Q3.")],
  ["bad-news", C, mail("Ravi Shah steps down as your project lead on 1 June.")],
  ["bad-news", C, mail("Effective 2 May, Lena Vogel replaces Mr. Kim as your coordinator.")],
  ["bad-news", C, mail("Our field engineer Luis Ortega will be rotated off your site on 15 May.")],
  ["bad-news", C, mail("Your business will be looked after by the Manila desk from next quarter.")],
  ["", C, mail("Jess Tran has been your account manager since 2019.")],
  ["", C, mail("Jess Tran will remain your account manager.")],
  ["", C, mail("I am leaving the office early today, so I will reply tomorrow.")],
  ["", C, mail("Mr. Iyer will be joining the weekly call on 31 March.")],
  ["", C, mail("Kenji will be leaving for Osaka tomorrow to visit your plant.")],
  ["", C, mail("Could Jess join the meeting on 1 March?")],
  ["", C, mail("If Kenji leaves the project, Dana will cover his tasks.")],
  ["", C, mail("I'm very sorry to tell you that Ms. Chen is leaving the company; Mr. Park will take over.")],
  ["", C, mail("Jess Tran will be your account manager from 1 March, and she and I would like to visit you together to introduce her.")],
  ["", C, mail("Our new engineer Luis will join Ms. Tanaka on the visit.")],
  ["", C, mail("Dana Whitfield will be in Tokyo from 1 March to 5 March.")],
  ["", C, mail("The samples will be handed to our Osaka lab next week.")],
  ["", C, mail("Jess Tran will be your account manager from 1 March. She is looking forward to meeting you, and we would like to visit you together next week to introduce her.")],
  ["", C, mail("Ms. Park will be your guide during the factory tour.")],
];

const S2_PART: Case[] = [
  ["bad-news", C, mail("You will receive 1,100 kg of the 2,000 kg on your order.")],
  ["bad-news", C, mail("The remaining 900 kg will not be available this season.")],
  ["bad-news", C, mail("We can ship 60% of the PO.")],
  ["bad-news", C, mail("Only two of the five units are in stock.")],
  ["bad-news", C, mail("This week's truck carries 14 pallets against the 20 you ordered.")],
  ["bad-news", C, mail("We are able to fill roughly a third of the requested volume.")],
  ["bad-news", C, mail("Items 4 and 7 on PO 8812 will be short-shipped.")],
  ["bad-news", C, mail("The outstanding 30 drums will not ship.")],
  ["bad-news", C, mail("We will only be able to supply 250 of the 600 reels.")],
  ["bad-news", C, mail("Half of your order will go out on Friday; the balance is unavailable.")],
  ["bad-news", C, mail("Out of the 12 pallets you requested, we have 7.")],
  ["", C, mail("The first 1,100 kg of the 2,000 kg shipped last week and the remaining 900 kg follows on 3 March as planned.")],
  ["blunt-refusal", C, mail("Partial shipments are not an option; the full PO will ship together.")],
  ["blunt-refusal", C, mail("Orders below the minimum of 500 kg per grade will not be accepted.")],
  ["", C, mail("A-180 is available in two pack sizes only: 200 kg steel drums and 1,000 kg IBCs.")],
  ["", C, mail("60% of our customers order online.")],
  ["", C, mail("Two of the five engineers are certified for this work.")],
  ["", C, mail("The remaining 900 kg will ship on 3 March as scheduled.")],
  ["", C, mail("We can ship 100% of the PO next week.")],
  ["", C, mail("You will receive all 2,000 kg on your order on Friday.")],
  ["", C, mail("Three of the eight items in your claim have already been fixed.")],
  ["", C, mail("The remaining two points are covered in the attached notes.")],
  ["bad-news", C, mail("The balance of 400 units will not be produced this year.")],
  ["bad-news", C, mail("Only 40 of the 100 cartons will be loaded on Friday.")],
  ["", C, mail("Because the harvest came in at half the forecast, you will receive 1,100 kg of the 2,000 kg on your order.")],
];

const S3_LEAD: Case[] = [
  ["bad-news", C, mail("With immediate effect, lead times for the X-20 pumps are 20 weeks.")],
  ["bad-news", C, mail("The X-20 pumps are on backorder. Estimated ship date is week 31.")],
  ["bad-news", C, mail("Allocation for Q3 is set at 40 t.")],
  ["bad-news", C, mail("The PX valve is backordered until mid-August.")],
  ["bad-news", C, mail("As of today, standard delivery for all resin grades is 14 weeks ARO.")],
  ["bad-news", C, mail("New orders for the M8 bolts will be quoted at 18 weeks.")],
  ["bad-news", C, mail("Your Q4 allocation has been fixed at 60% of forecast.")],
  ["bad-news", C, mail("The motor is currently on back order with no confirmed date.")],
  ["bad-news", C, mail("From June, the quoted lead time on custom cables becomes 12 weeks.")],
  ["bad-news", C, mail("Deliveries of the B-200 are on allocation for the rest of the year.")],
  ["bad-news", C, mail("From July, supply of CR-7 is capped at 10 drums per month per customer.")],
  ["bad-news", C, mail("Effective 1 March, the delivery time for sensor heads is 9 months from order.")],
  ["bad-news", C, mail("Expected availability for the T9 housing is now Q2 2027.")],
  ["", C, mail("The standard lead time for the X-20 is 4 weeks.")],
  ["", C, mail("Lead time for the X-20 pumps is 6 weeks, as before.")],
  ["", C, mail("With immediate effect, lead times for the X-20 are back to 3 weeks.")],
  ["", C, mail("What is the current lead time for the X-20?")],
  ["", C, mail("The X-20 is in stock and ships within 2 days.")],
  ["", C, mail("If you order by Friday, the lead time is 3 weeks.")],
  ["", C, mail("Your allocation for Q3 is 40 t, the same as Q2.")],
  ["", C, mail("We have increased your Q3 allocation to 60 t.")],
  ["", C, mail("Open orders will be rescheduled accordingly and revised confirmations will follow.")],
  ["", C, mail("We are very sorry, but lead times for the X-20 pumps are now 20 weeks.")],
  ["", C, mail("With immediate effect, lead times for the X-20 pumps are 20 weeks, as our resin supplier has cut its output. Open orders will be rescheduled accordingly.")],
  ["bad-news", C, mail("With immediate effect, lead times for FS-60 are 20 weeks ex-works. Open orders will be rescheduled accordingly and revised confirmations will follow.")],
  ["", C, mail("Delivery for all resin grades is 14 weeks ARO.")],
];

const S4_STATUS: Case[] = [
  ["bad-news", C, mail("Lots 4471–4475 are subject to a voluntary recall.")],
  ["bad-news", C, mail("The X-20 pumps in your warehouse are under quarantine.")],
  ["bad-news", C, mail("Batch 2207 has been placed on hold pending investigation.")],
  ["bad-news", C, mail("Shipment SH-8812 is on quality hold.")],
  ["bad-news", C, mail("Lot 5530 has been blocked for release.")],
  ["bad-news", C, mail("The affected reels are being withdrawn from the market.")],
  ["bad-news", C, mail("Deliveries from line 3 are embargoed until the audit closes.")],
  ["bad-news", C, mail("Your last three deliveries fall under the recall announced today.")],
  ["bad-news", C, mail("The coil stock at your site has been put in quarantine.")],
  ["bad-news", C, mail("Lot 8820 is blocked pending lab results.")],
  ["bad-news", C, mail("Serial numbers 10200 to 10450 are included in a field safety corrective action.")],
  ["bad-news", C, mail("All cartons from the 12 May run are held at our warehouse pending a microbiology check.")],
  ["", C, mail("Lot 4471 has been released from quarantine and will ship on Monday.")],
  ["", C, mail("The hold on batch 2207 was lifted today.")],
  ["", C, mail("None of your lots are subject to the recall.")],
  ["", C, mail("Please hold the shipment until we confirm the dock.")],
  ["", C, mail("Lots 4471–4475 passed all tests and are released.")],
  ["", C, mail("Quarantine procedures at the port take two days.")],
  ["", C, mail("We put your order on hold as you requested.")],
  ["", C, mail("Your invoice is subject to 10% consumption tax.")],
  ["", C, mail("Lots 4471–4475 are subject to a voluntary recall because a seal may leak; I am very sorry and will call you today.")],
  ["", C, mail("I am very sorry to report that Lots 4471–4475 are subject to a voluntary recall. I will call you this afternoon to explain.")],
];

categoryTables([
  ['S1 a contact or staff change told as a fact', S1_CONTACT],
  ['S2 part of an order as quantities, shares, fractions', S2_PART],
  ['S3 lead times, backorders and allocations stated anew', S3_LEAD],
  ['S4 goods under a recall, quarantine or hold', S4_STATUS],
]);

describe('a follow-on after a notice is not a second notice', () => {
  it('flags the lead time, not "Open orders will be rescheduled accordingly"', () => {
    const body = mail('With immediate effect, lead times for FS-60 are 20 weeks ex-works. Open orders will be rescheduled accordingly and revised confirmations will follow.');
    const quoted = new Engine({ rules: englishRules }).analyze({ body, context: C }).map((f) => body.slice(f.start, f.end));
    expect(quoted).toEqual(['With immediate effect, lead times for FS-60 are 20 weeks ex-works.']);
  });
});
