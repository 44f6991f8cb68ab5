// Round 18 (r18-enref): English refusals read from the parse — our side declining an act or a thing the client
// wants, with no cushion and no alternative, whoever the sentence names as its subject:
// S  our side as the subject: "the undersigned", "management", our company's name (read from the signature:
//    src/engine/analysis/en-own-company.ts), a name after "note that" (the clause is split there), a dropped subject
//    ("Can't extend …", "Unable to waive …", "Not able to offer …").
// P  passives and things as subjects, we the implied agent: "… and will therefore not be provided", a parenthesis
//    between the scope and its refusal, goods that "cannot return to us".
// F  policy statements: a price held for no one of a class ("We can't keep legacy pricing for existing customers" —
//    our rule, not the news of the change), our own refusal after a scope sentence ("… is not included in the
//    contract. We will not do an extra day without charge."), fronted objects.
// Near misses share the words: specifications, third parties as news, cushioned refusals with an alternative,
// questions, conditions, "can't wait", "won't let you down", a cost spared ("we will not raise prices"), the
// client's own words quoted, a company that is not ours.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';
import { enUeda as plain } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-11-16' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-11-16' };

const SIGNATURE = 'Best regards,\nJohan Berg\nKey Account Manager Japan\nNordvalve Flow Systems AB\nGothenburg, Sweden | +46 31 720 44 18';
const mail = (body: string) => `Dear Mr. Nakamura,\n\nThank you for your message of Friday.\n\n${body}\n\n${SIGNATURE}`;

const S_OUR_SIDE: Case[] = [
  ['blunt-refusal', C, mail('The undersigned will not be available for a call this week owing to our board meeting.')],
  ['blunt-refusal', C, mail('The undersigned is unable to approve a further extension of the payment terms.')],
  ['blunt-refusal', C, mail('Management will not approve a second free audit.')],
  ['blunt-refusal', C, mail('Nordvalve will not extend the warranty beyond 24 months.')],
  ['blunt-refusal', C, mail('Nordvalve cannot offer a free replacement for valves damaged during installation.')],
  ['blunt-refusal', C, mail('Nordvalve does not provide on-site training outside Tokyo.')],
  ['blunt-refusal', C, mail('Please note that Nordvalve will not cover travel costs for the second visit.')],
  ['blunt-refusal', C, mail('Nordvalve Flow Systems will not accept returns of opened seal kits.')],
  ['blunt-refusal', C, mail('Kindly note that Nordvalve is not in a position to waive the minimum monthly fee of USD 2,500.')],
  ['blunt-refusal', C, plain('Kindly note that Sokopay is not in a position to waive the minimum order, as the same is a Board-approved tariff.')],
  ['blunt-refusal', C, mail("Can't extend the trial beyond 30 days.")],
  ['blunt-refusal', C, mail('Regarding the spare parts: Nordvalve will not hold stock in Japan.')],
  ['blunt-refusal', C, mail('The undersigned will not sign the revised NDA.')],
  ['blunt-refusal', C, mail('Unable to waive the fee for this order.')],
  ['blunt-refusal', C, mail('Not able to offer net 60 on this order.')],
  ['blunt-refusal', C, mail('Regarding the rush order: unable to ship before Friday.')],
  // Near misses.
  ['', C, mail('The undersigned will be available for a call on Thursday.')],
  ['', C, mail('Unfortunately Nordvalve cannot cover travel costs; however, we could offer a remote session instead.')],
  ['', C, mail('The carrier will not accept lithium batteries on this route.')],
  ['', C, mail('Please note that Yamato will not deliver on Sunday.')],
  ['', C, mail('Nordvalve cannot wait to meet your team in Osaka.')],
  ['', C, mail('If Nordvalve cannot ship by Friday, I will let you know at once.')],
  ['', C, mail('Can Nordvalve not ship the valves earlier?')],
  ['', C, mail('Your management will not approve the budget, as you mentioned.')],
  ['', C, mail('Unable to open the file you sent; could you resend it?')],
  ['', C, mail('Not able to join on Monday, sorry — could we do Tuesday instead?')],
  ['', C, plain('Sokopay will not accept the new terms, according to the press release.')],
  ['', I, 'Hi Ken,\n\nNordvalve will not extend the warranty.\n\nThanks,\nJohan\nNordvalve Flow Systems AB'],
];

const P_PASSIVE_THINGS: Case[] = [
  ['blunt-refusal', C, plain('Please note that additional training is not included in the Statement of Work (SoW ref. APS-HP-2025-014, Section 4.2) and will therefore not be provided under the current engagement.')],
  ['blunt-refusal', C, plain('Additional training is not included in the Statement of Work and will therefore not be provided under the current engagement.')],
  ['blunt-refusal', C, plain('Custom labels are outside the agreed scope (see Annex B) and will also not be produced for this order.')],
  ['blunt-refusal', C, plain('Received your RMA request for the 3 reels.\n\nOpened reels cannot return to us, and the parts were bought in Sept 2025.')],
  ['blunt-refusal', C, plain('Used cartridges cannot come back to our warehouse.')],
  ['blunt-refusal', C, plain('Opened bags of resin can not go back to our plant.')],
  ['blunt-refusal', C, plain('Demo units will not return to us for credit.')],
  ['blunt-refusal', C, plain('A refund will not be issued for opened reels.')],
  ['blunt-refusal', C, plain("The warranty won't be extended beyond 24 months.")],
  ['blunt-refusal', C, plain('Free samples will not be provided for this project.')],
  ['blunt-refusal', C, plain('A second site visit is not possible this quarter.')],
  ['blunt-refusal', C, plain('Your request for weekend support cannot be accepted.')],
  // Near misses.
  ['', C, plain('The X200 does not support 400 V.')],
  ['', C, plain('The X200 will not run on 400 V without the transformer kit.')],
  ['', C, plain('Opened reels can return to us within 30 days.')],
  ['', C, plain('If the reels cannot return to us, we will scrap them locally.')],
  ['', C, plain('The price will not return to the old level.')],
  ['', C, plain('Nothing will be charged for the replacement.')],
  ['', C, plain('Returned goods will not be charged any handling fee.')],
  ['', C, plain('Please note that the firmware is not compatible with the older controller.')],
  ['', C, plain('Kindly note that the office will not be open on 3 May.')],
  ['', C, plain('The refund will not take long.')],
];

const F_POLICY: Case[] = [
  ['bad-news,blunt-refusal', C, plain('Starting this renewal, the Japan data residency option is part of the Enterprise tier only. For Minamida Logistics this means the annual fee goes from ¥4.8M to ¥6.9M.\n\nWe can\'t keep legacy pricing for existing customers.\n\nThe renewal quote is attached.')],
  ['blunt-refusal', C, plain("We can't keep legacy pricing for existing customers.")],
  ['blunt-refusal', C, plain('We are no longer able to hold the 2025 price for returning customers.')],
  ['blunt-refusal', C, plain('We do not hold stock for individual customers.')],
  ['blunt-refusal', C, plain('The training of the 12 new nurses in January is not included in the service contract. We will not do an extra training day without charge. A training day costs 180 000 JPY plus travel.')],
  ['blunt-refusal', C, plain('Translation of the manuals is not covered by the maintenance agreement. We cannot do it for free.')],
  ['blunt-refusal', C, plain('We will not do an extra training day without charge.')],
  ['blunt-refusal', C, plain("60 days we don't do for new customers.")],
  ['blunt-refusal', C, plain("Extra training days we don't give for free.")],
  ['blunt-refusal', C, plain('Thanks for asking.\nWe are not going to match that price.')],
  ['blunt-refusal', C, plain('Our policy does not allow refunds on opened items.')],
  ['blunt-refusal', C, plain("We won't waive the setup fee for new accounts.")],
  // Near misses.
  ['', C, plain('We will not raise prices this year.')],
  ['', C, plain("We won't charge you for the second visit.")],
  ['', C, plain("We won't let you down.")],
  ['', C, plain("We can't wait to see you in Osaka.")],
  ['', C, plain('You wrote: "we cannot accept the new terms". Thank you for being so clear; we will revise the draft.')],
  ['', C, plain('Unfortunately we are not able to extend the warranty; however, we could offer a discounted service plan.')],
  ['', C, plain('Is 60 days something we cannot do for new customers?')],
  ['', C, plain('The e-learning for VX-200 is free and available in Japanese.')],
  ['', C, plain('As agreed in the meeting, we will not change the colour of the housing.')],
];

categoryTables([
  ['r18 S our side as the subject', S_OUR_SIDE],
  ['r18 P passives and things, we the agent', P_PASSIVE_THINGS],
  ['r18 F policy statements', F_POLICY],
]);
