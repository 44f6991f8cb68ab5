// Round 34 (refx34): an English blunt refusal in a shape that is not a verb of ours with a negated "can" — (1) a no in the
// passive or given as an institution's decision ("Your request was declined by our credit committee.", "The extension
// has not been approved."), (2) a verdict word as the answer to the client's point ("2) Split shipment: not possible.",
// "Re your point 3 — no.", "Not possible, sorry."), (3) a refusal in a fixed phrase or an indirect verb ("We'll have to
// decline.", "We are going to pass on this.", "That's a non-starter for us.", "We're not in a position to …") — each
// with near misses that must stay clean: the same words about a third party or the client's own decision, a question,
// "No problem", a yes, a list of what is included where "No" marks what nobody asked for, a product's specification, a
// cushioned no with an alternative or a promise to consult, good news in the same words ("We won't be raising prices"),
// "pass on" as "hand over", and a mail to a colleague. Written for this round without reading the evaluation sets.
// Each case: [subject, body, quote] (a blunt-refusal finding must overlap the quote) or [subject, body, null] (no
// blunt-refusal finding at all); a fourth element names the recipient when it is not the client.

const mail = (b: string) => `Dear Mr. Hamada,\n\n${b}\n\nBest regards,\nLaura Jensen\nSales Manager\nNordvik Components AS`;

export type Case = [subject: string, body: string, quote: string | null, recipient?: 'client' | 'internal'];

/** Class 1: a no in the passive or as an institution's decision, with no cushion and no way forward. */
export const DECIDED_EN_R34: Case[] = [
  ['Re: credit line', mail('Your request was declined by our credit committee.'), 'declined'],
  ['Re: delivery extension', mail('The extension has not been approved.'), 'has not been approved'],
  ['Re: revised terms', mail('This was rejected internally.'), 'rejected internally'],
  ['Re: 10% discount', mail('Your request for a 10% discount has been turned down by management.'), 'turned down'],
  ['Re: payment terms', mail('The change to 90-day payment terms was not approved by our finance team.'), 'not approved'],
  ['Re: exclusive distribution', mail('Our board has declined your proposal for exclusive distribution in Kansai.'), 'declined'],
  ['Re: extended credit', mail('Your application for extended credit was refused.'), 'was refused'],
  ['Re: price reduction', mail('Management has decided against the price reduction you asked for.'), 'decided against'],
  ['Re: free samples', mail('The request for 20 free samples was denied.'), 'was denied'],
  ['Re: custom colour', mail('Your proposal for a custom colour did not get approval from headquarters.'), 'did not get approval'],
  ['Re: split shipment', mail('The split shipment you requested has been vetoed by our logistics director.'), 'vetoed'],
  ['Re: contract draft', mail('Our legal team has rejected the revised liability clause.'), 'rejected'],
  ['Re: rebate', mail('Your rebate request was not accepted.'), 'was not accepted'],
  ['Re: volume discount', mail('The volume discount did not get through our pricing committee.'), 'did not get through'],
  ['Re: return of goods', mail('Your request to return the unused stock has been rejected.'), 'has been rejected'],
  ['Re: consignment stock', mail('Consignment stock at your Osaka warehouse was not signed off by our CFO.'), 'not signed off'],
];

export const DECIDED_EN_CLEAN_R34: Case[] = [
  ['Re: credit line', mail('Good news: your request was approved by our credit committee.'), null],
  ['Re: delivery extension', mail('The extension has been approved; the new date is 14 June.'), null],
  ['Re: our proposal', mail('I understand your board declined our proposal. Thank you for considering it.'), null],
  ['Re: our proposal', mail('Thank you for letting us know that our quotation was not approved on your side.'), null],
  ['Re: customs', mail('The broker told us the port authority rejected the forwarder\'s filing; they re-filed it this morning and the goods leave on Monday.'), null],
  ['Re: delivery extension', mail('Was the extension approved by your finance team?'), null],
  ['Re: credit line', mail('I am very sorry, but our credit committee could not approve the higher limit this quarter. As an alternative, we can offer 45-day terms on the next order, and I will discuss the limit again with my manager in July.'), null],
  ['Re: quality', mail('Last year\'s first samples were rejected internally for colour; the new batch passed every test.'), null],
  ['Re: credit line', mail('Your request was declined by our credit committee.'), null, 'internal'],
  ['Re: price list', mail('Our new price list was approved by management and is attached.'), null],
  ['Re: patent', mail('Our competitor\'s patent application was refused by the JPO, so the design is free to use.'), null],
  ['Re: your budget', mail('I was sorry to hear your budget for the upgrade was not approved this year.'), null],
  ['Re: payment terms', mail('If the 60-day terms are not approved by your purchasing team, please let me know and we will find another way.'), null],
  ['Re: free samples', mail('The 20 free samples you requested were approved and will ship on Friday.'), null],
  ['Re: contract draft', mail('Our legal team has accepted the revised liability clause without changes.'), null],
  ['Re: audit', mail('None of your lots were rejected in our incoming inspection this month.'), null],
];

/** Class 2: a verdict word as the answer to the client's point, in a list, a quoted reply or a sentence. */
export const VERDICT_EN_R34: Case[] = [
  ['Re: your requests', mail('Our answers to your points:\n1) Earlier delivery: yes, from 3 June.\n2) Split shipment: not possible.'), 'not possible'],
  ['Re: your requests', mail('Re your point 3 — no.'), 'no'],
  ['Re: weekend delivery', mail('Weekend delivery? Not possible, sorry.'), 'Not possible, sorry.'],
  ['Re: your requests', mail('Answers below.\nFree delivery: No.\nNew price list: attached.'), 'No.'],
  ['Re: discount', mail('As for the further discount — not possible.'), 'not possible'],
  ['Re: lead time', mail('> Could you shorten the lead time to two weeks?\nNot possible.'), 'Not possible.'],
  ['Re: your requests', mail('1. Rush order: not feasible.\n2. Catalogue in Japanese: attached.'), 'not feasible'],
  ['Re: net-90 terms', mail('Your request for net-90 terms: rejected.'), 'rejected'],
  ['Re: custom packaging', mail('Custom packaging is impossible for us.'), 'impossible'],
  ['Re: price', mail('On the price, the answer is no.'), 'the answer is no'],
  ['Re: exclusivity', mail('Exclusivity for all of Japan is out of the question.'), 'out of the question'],
  ['Re: your requests', mail('Point 2 (extra samples): declined.'), 'declined'],
  ['Re: your points', mail('Regarding your third point, that won\'t be possible.'), 'won\'t be possible'],
  ['Re: your requests', mail('| Request | Answer |\n|---|---|\n| Extra colour | Not possible |\n| Price list in yen | Attached |'), 'Not possible'],
  ['Re: penalty clause', mail('The penalty clause: not acceptable to us.'), 'not acceptable'],
  ['Re: your requests', mail('- Free installation: no\n- Training: included'), 'no'],
];

export const VERDICT_EN_CLEAN_R34: Case[] = [
  ['Re: split shipment', mail('Would split shipment be not possible on your side?'), null],
  ['Re: delivery', mail('No problem, we can ship on Friday.'), null],
  ['Re: results', mail('It is not possible to be happier with how the trial went.'), null],
  ['Re: scope', mail('What the package includes:\n- Installation: Yes\n- Training: Yes\n- Extended warranty: No (not requested)'), null],
  ['Re: meeting', mail('Not possible for us on Monday, I\'m afraid; would Tuesday at 10:00 work instead?'), null],
  ['Re: weekend delivery', mail('Your carrier told us weekend delivery is not possible in your area.'), null],
  ['Re: split shipment', mail('You mentioned that split shipment is not possible on your side; understood, we will ship in one lot.'), null],
  ['Re: specifications', mail('Specifications:\n- Dishwasher safe: No\n- Oven safe: Yes, up to 220 °C'), null],
  ['Re: your requests', mail('Our answers to your points:\n1) Earlier delivery: yes, from 3 June.\n2) Split shipment: possible.'), null],
  ['Re: lead time', mail('With the new line, a two-week lead time is no longer impossible.'), null],
  ['Re: questions', mail('Is a split shipment not possible, or just expensive?'), null],
  ['Re: your requests', mail('Split shipment: not possible.'), null, 'internal'],
  ['Re: price', mail('On the price, the answer is yes: we will hold it for 2027.'), null],
  ['Re: weekend delivery', mail('Weekend delivery is not possible, I\'m sorry; we can deliver on Friday evening instead.'), null],
  ['Re: delay', mail('Sorry for the late reply.'), null],
  ['Re: penalty clause', mail('The penalty clause is acceptable to us as drafted.'), null],
];

/** Class 3: a refusal in a fixed phrase or an indirect verb, with no alternative. */
export const PHRASE_EN_R34: Case[] = [
  ['Re: source code', mail('Handing over the source code is not something we will do.'), 'not something we will do'],
  ['Re: exclusivity', mail('We\'ll have to decline.'), 'We\'ll have to decline.'],
  ['Re: co-branding', mail('We are going to pass on this.'), 'pass on this'],
  ['Re: price', mail('We won\'t be moving on price.'), 'won\'t be moving on price'],
  ['Re: 90-day terms', mail('A 90-day payment term is a non-starter for us.'), 'non-starter'],
  ['Re: payment terms', mail('We\'re not in a position to extend the payment terms.'), 'not in a position'],
  ['Re: exclusivity', mail('We must decline your request for exclusivity.'), 'decline'],
  ['Re: co-branding', mail('We\'ll pass on the co-branding idea.'), 'pass on the co-branding idea'],
  ['Re: discount', mail('A further discount is off the table.'), 'off the table'],
  ['Re: split shipment', mail('We have decided not to proceed with the split shipment.'), 'decided not to proceed'],
  ['Re: weekend delivery', mail('We\'ll have to say no to the weekend delivery.'), 'say no'],
  ['Re: discount', mail('We cannot entertain a further discount.'), 'cannot entertain'],
  ['Re: terms', mail('Net 120 is a no-go for us.'), 'no-go'],
  ['Re: specification', mail('We are not prepared to change the specification.'), 'not prepared to change'],
  ['Re: minimum order', mail('We are unwilling to reduce the minimum order.'), 'unwilling'],
  ['Re: free samples', mail('We will be declining the request for free samples.'), 'declining'],
];

export const PHRASE_EN_CLEAN_R34: Case[] = [
  ['Re: your feedback', mail('We\'ll pass on your feedback to the design team.'), null],
  ['Re: your request', mail('We will pass your request on to our factory in Bergen today.'), null],
  ['Re: price', mail('We won\'t be raising prices this year.'), null],
  ['Re: payment terms', mail('We are in a position to extend the payment terms to 60 days.'), null],
  ['Re: our offer', mail('You have decided to pass on the offer; thank you for considering it.'), null],
  ['Re: order', mail('Would you be in a position to confirm the order by Friday?'), null],
  ['Re: delay', mail('Don\'t worry: charging you for the delay is not something we will do.'), null],
  ['Re: terms', mail('That is a non-issue for us; we can invoice in yen.'), null],
  ['Re: payment terms', mail('I am sorry, but we\'re not in a position to extend the terms this quarter; I will discuss it with my manager and come back with an offer next week.'), null],
  ['Re: payment terms', mail('We\'re not in a position to extend the terms this quarter, but I will discuss it with my manager and come back with an offer next week.'), null],
  ['Re: their decision', mail('I understand your board is not in a position to approve the budget this year.'), null],
  ['Re: invitation', mail('We\'ll have to decline.'), null, 'internal'],
  ['Re: supplier', mail('Our old supplier declined to quote, so we have moved production to our own plant.'), null],
  ['Re: price', mail('We are prepared to hold the price until March.'), null],
  ['Re: discount', mail('Is a further discount off the table for you?'), null],
  ['Re: terms', mail('If 90 days is a non-starter for you, 60 days would also work for us.'), null],
  ['Re: specification', mail('We are happy to change the specification as you asked.'), null],
];

/** The three classes again in other wordings (a body of ours that did not approve, a verdict adjective, "said no"). */
export const MORE_EN_R34: Case[] = [
  ['Re: discount', mail('Our pricing committee has rejected the 8% discount.'), 'rejected'],
  ['Re: discount', mail('The 8% discount was turned down at our monthly review.'), 'turned down'],
  ['Re: terms', mail('Head office did not approve the 60-day terms.'), 'did not approve'],
  ['Re: terms', mail('The 60-day terms you proposed were not approved.'), 'not approved'],
  ['Re: warranty', mail('The warranty extension request has been denied by our quality department.'), 'denied'],
  ['Re: samples', mail('Free samples for all 12 stores: not approved.'), 'not approved'],
  ['Re: samples', mail('Management said no to the free samples.'), 'said no'],
  ['Re: samples', mail('Our CEO has refused the request for free samples.'), 'refused'],
  ['Re: rebate', mail('The rebate was rejected by finance.'), 'rejected'],
  ['Re: exclusivity', mail('Exclusivity was not granted.'), 'not granted'],
  ['Re: your points', mail('Point 1 (longer warranty): no.\nPoint 2 (training): yes, on 4 June.'), 'no.'],
  ['Re: your points', mail('Longer warranty — no.'), 'no.'],
  ['Re: your points', mail('As to the longer warranty: not doable.'), 'not doable'],
  ['Re: delivery', mail('Delivery by 3 May is simply not possible.'), 'not possible'],
  ['Re: your points', mail('Regarding the penalty clause: unacceptable.'), 'unacceptable'],
  ['Re: delivery', mail('Saturday delivery is not going to happen.'), 'not going to happen'],
  ['Re: price', mail('We will not be lowering the price.'), 'not be lowering'],
  ['Re: price', mail('We have to say no to the price reduction.'), 'say no'],
  ['Re: price', mail('We respectfully decline the price reduction.'), 'decline'],
  ['Re: price', mail('Reducing the price further is not something we are willing to do.'), 'not something we are willing'],
  ['Re: price', mail('The price is not up for discussion.'), 'not up for discussion'],
  ['Re: price', mail('We are not going to change the price.'), 'not going to change'],
];

export const MORE_EN_CLEAN_R34: Case[] = [
  ['Re: discount', mail('Our pricing committee has approved the 8% discount.'), null],
  ['Re: discount', mail('Your purchasing team rejected our offer last year; we hope the new one fits better.'), null],
  ['Re: terms', mail('Has head office approved the 60-day terms yet?'), null],
  ['Re: samples', mail('The samples were rejected by customs for missing labels; we have re-sent them with labels and they arrive on Friday.'), null],
  ['Re: your points', mail('Point 1 (longer warranty): yes.\nPoint 2 (training): yes, on 4 June.'), null],
  ['Re: delivery', mail('Delivery by 3 May is no problem.'), null],
  ['Re: price', mail('We will not be raising the price next year.'), null],
  ['Re: price', mail('We will pass on the savings to you from July.'), null],
  ['Re: price', mail('Your feedback on the price will be passed on to our director.'), null],
  ['Re: price', mail('The price stays where it is until 2028, as promised.'), null],
  ['Re: delivery', mail('Nothing is off the table; let us discuss on Monday.'), null],
  ['Re: results', mail('We could not be more pleased with the trial results.'), null],
  ['Re: quote', mail('Our quote covers:\n- Installation: yes\n- Commissioning: yes\n- Spare parts kit: no (optional, see price list)'), null],
  ['Re: invitation', mail('Unfortunately I must decline your kind invitation to dinner on the 12th, as I will be in Oslo; I would be delighted to join next time.'), null],
  ['Re: decline', mail('The decline in orders last quarter was due to the strike.'), null],
  ['Re: rejection rate', mail('The rejection rate fell to 0.2% this month.'), null],
];
