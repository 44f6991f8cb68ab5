// Pattern classes, not sentences: for each kind of flaw the English rules look for, several wordings of
// our own that must be caught, next to the look-alikes that must stay silent (good news phrased with a
// negation, the client's own schedule, questions, cushioned refusals with an alternative). Written for
// these tests; the categories raised must be exactly the expected ones ('' = no finding at all).
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';

const engine = new Engine({ rules: englishRules });
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2025-12-01' };
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2025-12-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2025-12-01' };

type Case = [expected: string, context: DraftContext, body: string];

const REFUSALS: Case[] = [
  // "isn't something we (can) do / offer / support"
  ['blunt-refusal', C, 'About holding spare parts at your site: that isn’t something we do for any customer.'],
  ['blunt-refusal', C, 'Overnight delivery to Hokkaido is not something that we can offer.'],
  ['blunt-refusal', C, "Custom firmware builds aren't something we support."],
  ['blunt-refusal', C, 'Weekend installation is not something we normally provide.'],
  ['', C, "Raising prices isn't something we do lightly, and we have held them for three years."],
  // "we don't / do not <verb> …"
  ['blunt-refusal', C, "We don't do consignment stock."],
  ['blunt-refusal', C, 'We do not offer payment terms longer than 60 days.'],
  ['blunt-refusal', C, "We don't make cables shorter than two metres."],
  ['blunt-refusal', C, 'We do not repair units that have been opened outside our service centres.'],
  ['blunt-refusal', C, "We don't ship to P.O. boxes."],
  ['blunt-refusal', C, "We don't keep stock in Japan; all orders ship from Singapore."],
  ['', C, "We don't expect any delay on the December order."],
  ['', C, 'We do not charge for shipping within Japan.'],
  ['', C, "We don't make any change to the recipe without your written approval."],
  ['', C, "We don't need anything else from you at this stage."],
  ['', C, 'We do not doubt that the new line will run smoothly.'],
  // "is not covered / included / supported / available" as the answer to a request
  ['blunt-refusal', C, 'Damage caused by a fall during installation is not covered by the warranty.'],
  ['blunt-refusal', C, "Worn brushes aren't covered under our standard warranty."],
  ['blunt-refusal', C, 'Operator error is not covered by the service agreement.'],
  ['blunt-refusal', C, 'On-site training is not included in your subscription.'],
  ['blunt-refusal', C, "That isn't supported on the older controllers."],
  ['blunt-refusal', C, 'This is not available for orders under 50 units.'],
  ['', C, 'The replacement is covered by the warranty, so there is no cost to you.'],
  ['', C, 'If the damage is not covered by the warranty, we will send you a quote before any work starts.'],
  ['', C, 'Installation is not included in this quotation; we can quote it separately if you wish.'],
  ['', C, 'Mr. Kimura is not available on Monday, so we suggest Tuesday.'],
  ['', C, 'The test report is not available yet; I will send it on Friday.'],
  ['', C, 'Is the cable not included in the box?'],
  ['blunt-refusal', C, 'Our warranty does not cover misuse.'],
  ['', C, "I'm sorry, but our warranty does not cover misuse."],
  ['', C, 'Shipping is not included in the unit price.'],
  ['', C, 'Travel costs are not covered by the project budget.'],
  ['', C, 'It is not available until next month.'],
  [
    '',
    C,
    "Unfortunately, water damage is not covered by the warranty, but we would be glad to repair the unit at cost and return it within a week.",
  ],
  // "we're not able to" / "we are unable to" without a cushion here or just before
  ['blunt-refusal', C, "We're not able to split the shipment across two addresses."],
  ['blunt-refusal', C, 'We are unable to accept the revised payment terms.'],
  ['', C, "Thank you for the request. I'm afraid we are unable to accept the revised terms, but let me see what we can do."],
  ['', C, 'We are no longer able to absorb the cost increase, and I am truly sorry to ask this of you.'],
  // a flat no, even with a cushion word alone
  ['blunt-refusal', C, 'Thank you for asking about an extension.\nUnfortunately not.'],
  ['blunt-refusal', C, 'Could we have the drawings? No.'],
  ['blunt-refusal', C, 'Thanks for the question.\nNo. We only ship complete pallets.'],
  ['blunt-refusal', C, "I'm afraid it's a hard no from our legal team."],
  ['blunt-refusal', C, 'The answer is no.'],
  ['blunt-refusal', C, 'Sadly, no.'],
  ['', C, "I'm afraid not, but we could ship half of the order this Friday and the rest next week."],
  ['', C, 'Unfortunately not. However, we could ship half of the order this Friday and the rest next week.'],
  ['', C, 'No problem, we will resend the invoice today.'],
  ['', C, 'No. 3 line will restart on Monday.'],
  ['', C, 'There is no charge for the replacement.'],
  ['', C, "For the update, we won't need remote access to your server."],
  ['', C, 'No, there is nothing extra to pay.'],
  ['', C, "Can't we ship it earlier?"],
  ['', C, 'The answer is no longer relevant, as the drawings were updated.'],
  ['', C, 'Will the update cost anything extra? No.'],
  ['', C, "We don't know the exact date yet, but will confirm it by Friday."],
  ['', C, "That isn't something we see often, so thank you for the photos."],
  // policy walls and other wordings of the same door
  ['blunt-refusal', C, 'Splitting invoices is against our company policy.'],
  ['blunt-refusal', C, 'It is our policy not to release source files.'],
  ['blunt-refusal', C, "That's not something we're able to do."],
  ['blunt-refusal', C, 'Returns are not accepted after 30 days.'],
  ['blunt-refusal', C, 'We must turn down your request for a longer trial.'],
  ['blunt-refusal', C, 'A further discount is out of the question.'],
  ['blunt-refusal', C, 'There is no way we can deliver by Monday.'],
  ['blunt-refusal', C, "We're not going to be able to match that price."],
  ['blunt-refusal', C, 'Not possible, sorry.'],
  ['', C, 'There is no way to tell from the photo, so could you send the serial number?'],
  ['', C, 'Visitors are not permitted to take photos in the clean room, so please leave cameras at reception.'],
  // a time limit with a threat is pressure, not a refusal
  ['', C, 'After Friday, the standard price will apply and we cannot guarantee the installation slot.'],
];

const PRESSURE: Case[] = [
  // a reply or decision demanded on the seller's tight clock
  ['pressure', P, "Can you let me know today whether you'll take the call?"],
  ['pressure', P, 'Could you confirm by tomorrow whether you want to go ahead?'],
  ['pressure', P, 'Please let us know by end of day if you would like to proceed.'],
  ['pressure', P, 'Please sign the order form by Friday so that we can start.'],
  ['pressure', P, 'We would need your answer by tomorrow morning.'],
  // a recommendation to hurry, with or without the threatened loss
  ['pressure', P, "This price goes up on Monday, so I'd recommend signing this week."],
  ['pressure', P, "I'd recommend signing this week, as the price goes up on Monday."],
  ['pressure', P, 'I would strongly suggest placing the order before Friday.'],
  ['pressure', P, 'I encourage you to lock in this rate today.'],
  // a loss after a date
  ['pressure', P, 'After Friday, the standard price will apply and we cannot guarantee the installation slot.'],
  ['pressure', P, 'After this week, the launch discount will no longer be available.'],
  ['pressure', P, 'The discount will be lost if we do not receive the PO by the 20th.'],
  // scarcity
  ['pressure', P, 'Only two installation slots are left for January.'],
  ['pressure', P, 'We have just three units remaining at this price.'],
  ['pressure', P, 'There are only a few slots left in our Q1 schedule.'],
  ['pressure', P, 'Only 5 licences remain at the launch price.'],
  // more ways to hurry a buyer
  ['bad-news,pressure', P, 'Prices will rise in April, so now is the best time to order.'],
  ['pressure', P, 'Now is the perfect time to lock in your order.'],
  ['pressure', P, 'We can only hold this price until Friday.'],
  ['pressure', P, 'The launch promotion runs until Friday.'],
  ['pressure', P, 'We need to receive your purchase order by Friday to secure the slot.'],
  ['pressure', P, 'Other customers are also interested in these units.'],
  ['pressure', P, "Please don't wait too long."],
  ['pressure', P, 'Places are allocated on a first come, first served basis.'],
  ['pressure', P, 'I need an answer by Friday.'],
  ['', P, 'We can hold this price until the end of June for you.'],
  ['', P, 'We recommend ordering spare filters early, before the rainy season.'],
  ['', P, 'To meet your April launch, we would need to receive the purchase order by February 10.'],
  // clean: validity periods, the client's schedule, scheduling questions, our own deadlines
  ['', P, 'This quotation is valid for 30 days.'],
  ['', P, 'So that the units arrive before your line starts on April 6, we would ship them on March 20.'],
  ['', P, 'Please let me know by Friday which date suits you for the visit.'],
  ['', P, 'Please confirm by Friday whether you can attend the seminar.'],
  ['', P, 'Could you let me know today if the 10:00 slot still works for you?'],
  ['', P, 'I will let you know by tomorrow whether we can ship earlier.'],
  ['', P, 'Could you confirm today that the samples arrived safely?'],
  ['', P, 'Please let me know by tomorrow if you have any questions about the quote.'],
  ['', P, 'Could you let me know by Friday whether you would like us to include installation in the quote?'],
  ['', P, "Our engineers are busy in March, so I'd recommend booking the installation early if April suits you."],
  ['pressure', P, 'Let me know by end of day if you want to go ahead.'],
  ['pressure', P, 'I need a yes or no by tomorrow.'],
  ['', P, 'Please take your time; there is no need to decide this week.'],
  ['bad-news', P, 'Our list prices will go up on January 1, as announced last month.'],
  ['', P, 'The seminar has only 20 seats, so we will confirm your place by email.'],
  ['', C, "Can you let me know today whether you'll take the call?"],
];

const BAD_NEWS: Case[] = [
  // a later date in place of the promised one
  ['bad-news', C, 'Your order PO 7731 (800 valves) will now ship on February 12 instead of January 20.'],
  ['bad-news', C, 'The 400 units will ship on June 24 instead of June 3.'],
  ['bad-news', C, 'Delivery of the pumps is now scheduled for March 10 rather than February 14.'],
  ['bad-news', C, 'Your shipment has been rescheduled to the week of May 18.'],
  ['bad-news', C, 'The new ship date for your order is April 8.'],
  ['', C, 'Good news: your order will now ship on December 3 instead of December 10.'],
  ['', C, 'We can ship by air instead of by sea if you prefer.'],
  ['', C, 'The shipment will arrive at your Kobe warehouse on Tuesday, December 16.'],
  ['', C, 'Your order will now ship from our new Osaka warehouse.'],
  ['', C, 'The shipment is now scheduled for December 12, as planned.'],
  ['', C, 'The revised delivery schedule is attached.'],
  ['bad-news', C, 'Your order will now ship on January 23.'],
  ['bad-news', C, 'Lead times for the X5 have increased to 16 weeks.'],
  ['bad-news', C, 'Your order cannot be shipped until next month.'],
  ['bad-news', C, 'The ETA for your containers has slipped to March 3.'],
  ['', C, 'Lead times for the X5 have fallen to four weeks.'],
  // allocation and partial supply
  ['bad-news', C, 'For Q2, your allocation of grade B resin will be limited to 60% of your forecast volume.'],
  ['bad-news', C, 'From January to March, we will ship only 70% of your ordered volume.'],
  ['bad-news', C, 'We can allocate only half of the quantity you requested for Q2.'],
  ['bad-news', C, 'Weekly deliveries will be capped at 500 units until further notice.'],
  ['', C, 'Your allocation for Q1 is confirmed at 100% of your forecast.'],
  ['', C, 'The seminar is limited to 20 participants.'],
  // change of contact
  ['bad-news', C, 'Starting January, your account will be handled by Mark Ellis in our Singapore office.'],
  ['bad-news', C, 'From April, your orders will be managed by our distributor in Osaka.'],
  ['', C, 'Your account will continue to be handled by Ms. Chen and her team.'],
  ['', C, 'From April, your orders will be handled by our new Kobe warehouse, which is closer to your plant.'],
  ['bad-news', C, 'Your account will be handled by Ms. Chen from April.'],
  ['bad-news', C, 'Ms. Chen will take over from me at the end of March.'],
  ['bad-news', C, 'Please contact Mr. Lee for all future inquiries.'],
  ['', C, 'Please send all future invoices to our Osaka office.'],
  // recalls and quality
  ['bad-news', C, 'The sensors from lot 2207 are being recalled and must not be installed.'],
  ['bad-news', C, 'Batch 12 of the adhesive has been recalled.'],
  ['bad-news', C, 'Units with serial numbers below 4000 must not be used until further notice.'],
  ['', C, 'As you may recall, the meeting starts at 10:00.'],
  ['', C, 'The adhesive must not be used below 5°C.'],
  ['bad-news', C, 'We found a wiring defect in the units shipped on May 2.'],
  ['bad-news', C, 'We have identified a calibration problem with the March batch.'],
  ['bad-news', C, 'The wrong parts were shipped to your Nagoya plant.'],
  ['bad-news', C, 'Some units from lot 7 may overheat under heavy load.'],
  ['', C, 'We found no issues during the final inspection.'],
  ['', C, 'We have identified a possible improvement to the layout.'],
  // discontinuation and price increases in other words
  ['bad-news', C, 'Production of the KX-9 will end in March.'],
  ['bad-news', C, 'A fuel surcharge of 4% will be added to all invoices from May.'],
  ['bad-news', C, 'We will introduce a currency surcharge from April.'],
  ['', C, 'The fuel surcharge has been removed from January.'],
  ['', C, 'No surcharge applies to orders above 100 units.'],
  ['bad-news', C, 'Our service rates will be adjusted by 5% from July.'],
  ['bad-news', C, 'The minimum order quantity will increase to 500 units.'],
  ['bad-news', C, 'We have had to cancel your order for the blue housings.'],
  ['bad-news', C, 'The installation project has been cancelled.'],
  ['', C, 'As requested, your order for the blue housings has been cancelled.'],
  ['', C, 'Thank you for letting us know that the project has been cancelled.'],
  ['', C, 'Production of the KX-9 will continue until at least 2030.'],
  ['', C, 'We found a few issues in your drawings; could you check page 3?'],
  ['', C, 'Prices have been revised downward for 2026.'],
  ['', C, 'Please contact me directly for all future orders.'],
];

const REGISTER: Case[] = [
  // English shorthand inside a Japanese sentence of a mixed mail
  ['register', C, '明日、発送します。届いたらASAPで評価結果を教えてください。'],
  ['register', C, 'サンプルを送りました。\nthx & よろしく！'],
  ['register', C, '資料を拝見しました。btw 来週の打ち合わせは10時からでよろしいでしょうか。'],
  ['register', C, '図面の確認pls！'],
  ['register', C, '了解ですwww 明日送ります。'],
  ['', C, '詳しくはwww.example.co.jpをご覧ください。'],
  ['', C, 'PDFで図面をお送りします。'],
  ['', C, 'USBメモリでデータをお送りします。'],
  ['', I, '届いたらASAPで評価結果を教えてください。thx!'],
  // a bare "Cheers" sign-off was not labelled; "cheers mate" is
  ['', C, 'Dear Ms. Okada,\n\nThe invoice is attached.\n\nCheers,\nTom'],
  ['register', C, 'Dear Ms. Okada,\n\nThe invoice is attached, cheers mate.\n\nTom'],
  ['register', C, 'Can u send the drawings? Pls use the new template, btw.'],
  ['register', C, "Cool, I'll send the drawings today."],
  ['register', C, 'Thanks, dude.'],
  ['register', C, 'Thanks buddy, see you on Monday.'],
  ['register', C, "That ain't a problem."],
  ['register', C, 'Talk soon, cya'],
  ['', C, 'Please keep the samples in a cool, dry place.'],
  ['', C, 'The buddy system is used on every night shift.'],
  ['register', C, 'ご確認の上、lmk！'],
  ['', C, 'OKです。FYIとして資料を添付いたします。'],
  ['', C, 'Uターンラッシュの影響で、配送に時間がかかる場合がございます。'],
];

const HONORIFIC: Case[] = [
  ['honorific', C, 'Dear Matsuda,\n\nThank you for the drawings.'],
  ['honorific', C, 'Dear Hirose,\n\nThank you for the drawings.'],
  ['honorific', C, 'Hello Daisuke,\n\nThank you for the drawings.'],
  ['honorific', C, 'Yo Kenta,\n\nThank you for the drawings.'],
  ['honorific', C, 'Yo Mr. Kondo,\n\nThank you for the drawings.'],
  ['honorific', C, 'Hello, Daisuke!\n\nThank you for the drawings.'],
  ['honorific', C, 'Hi, Tanaka.\n\nThank you for the drawings.'],
  ['', C, 'Hello, I am writing about the drawings.'],
  ['', C, 'Hi, Thanks for the drawings.'],
  ['', C, 'Hello, Mr. Sato,\n\nThank you for the drawings.'],
  ['honorific', C, 'Dear Mr. Takuya,\n\nThank you for the drawings.'],
  ['honorific', C, 'Dear Ms. Yumiko,\n\nThank you for the drawings.'],
  ['', C, 'Dear Mr. Kenji Sato,\n\nThank you for the drawings.'],
  ['honorific', C, 'Hi Kenji-kun,\n\nThank you for the drawings.'],
  ['honorific', C, 'Takahashi-chan,\n\nThank you for the drawings.'],
  ['', C, 'Dear Mr. Matsuda,\n\nThank you for the drawings.'],
  ['', C, 'Dear Matsuda-san,\n\nThank you for the drawings.'],
  ['', C, 'Hello John,\n\nThank you for the drawings.'],
];

describe.each([
  ['blunt refusals', REFUSALS],
  ['pressure', PRESSURE],
  ['bad news', BAD_NEWS],
  ['register', REGISTER],
  ['honorifics', HONORIFIC],
] as const)('%s', (_name, cases) => {
  it.each(cases)('[%s] %#', (expected, context, body) => {
    const findings = engine.analyze({ body, context });
    const got = [...new Set(findings.map((f) => f.category))].sort().join(',');
    expect(got, `${body}\n${findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')}`).toBe(
      expected.split(',').filter(Boolean).sort().join(','),
    );
  });
});
