// Round 30: pressure told as a validity cut short or as advice with a consequence, to a prospect (round 29's unread
// misses: "Our current buyers' enquiries are valid only till this Thursday, so early reply is highly appreciated", "My
// honest advice would be to get the order signed before 15 March — if not, the earliest realistic start is October").
// Our own wordings: a validity bounded by "only/just" to days (en-validity-cut.ts), in prose, a bullet and a table cell;
// advice to commit by a date with what follows if not; the same lines to an existing client, and near misses that share
// the words (a validity for an order size, a far date, a link or a pass, the client's own launch). Categories exactly.
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-03-02' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-03-02' };
const mail = (body: string) => `Dear Mr. Kato,\n\nThank you for your reply.\n${body}\n\nBest regards,\nAnna Berg`;

const VALIDITY_CUT: Case[] = [
  ['pressure', P, mail("Our current buyers' enquiries are valid only till this Thursday, so early reply is highly appreciated.")],
  ['pressure', P, mail("This quotation is valid only until this Friday, so an early reply would be highly appreciated.")],
  ['pressure', P, mail("Please note this price is valid just until tomorrow, so we kindly ask for your early reply.")],
  ['pressure', P, mail("Our quotation is valid for 3 days only, so please revert at the earliest.")],
  ['pressure', P, mail("The quote is valid only through Tuesday, so please come back to us as soon as possible.")],
  ['pressure', P, mail("This offer is valid 48 hours only.")],
  ['pressure', P, mail("The proposal is valid only until Monday.")],
  ['pressure', P, mail("Kindly note that the offer holds only till tomorrow evening.")],
  ['pressure', P, mail("The estimate is valid for five days only, after which we will need to re-quote.")],
  ['pressure', P, mail("Our prices are firm only until this weekend.")],
  ['pressure', P, mail("The allocation for your company stands only until Wednesday noon.")],
  ['pressure', P, mail("The quotation is only valid until the end of this week.")],
  ['pressure', P, mail("This special rate is valid for 24 hours only, please confirm quickly.")],
  ['pressure', P, mail("The booking of the test bench is valid just until Friday, so please let us know soon.")],
  ['pressure', P, mail("Offer valid only till Thu, early confirmation appreciated.")],
  ['pressure', P, mail("- Validity: our quote is valid only until this Friday")],
  ['pressure', P, mail("| Quotation validity | valid for 2 days only |")],
  ['pressure', P, mail("As discussed, the terms are valid only until tomorrow.")],
  ['pressure', P, mail("Please be aware the quote is valid only for the next 3 days.")],
  ['pressure', P, mail("The discounted quotation is only good until Friday, so a prompt reply is welcome.")],
  ['pressure', P, mail("The offer stands only until Wednesday, so a quick decision would be appreciated.")],
  ['pressure', P, mail("These rates hold only till end of this week, hence your prompt confirmation is appreciated.")],
  ['pressure', P, mail("The special price is valid only till Monday, so we look forward to your quick reply.")],
  ['pressure', P, mail("Kindly note the offer is valid only for 48 hours, so an early confirmation is highly appreciated.")],
  ['pressure', P, mail("This allocation is only valid until this Thursday, so please let us know soon.")],
  ['pressure', P, mail("Our offer expires this Friday, so early feedback would be very much appreciated.")],
  ['pressure', P, mail("Current stock prices are valid only until the 12th, so we would appreciate your early decision.")],
  ['pressure', P, mail("Please be informed that our offer is only valid till tomorrow noon, so early reply is appreciated.")],
  ['pressure', P, mail("The freight rate is valid only this week, so we hope to receive your order soon.")],
  ['pressure', P, mail("The price is firm only until this Thursday, so we would be grateful for a swift reply.")],
];

/** The same validity to an existing client: their relationship carries it (the rule is for prospects). */
const VALIDITY_CLIENT: Case[] = [
  ['', C, mail("Our current buyers' enquiries are valid only till this Thursday, so early reply is highly appreciated.")],
  ['', C, mail("This quotation is valid only until this Friday, so an early reply would be highly appreciated.")],
  ['', C, mail("Please note this price is valid just until tomorrow, so we kindly ask for your early reply.")],
  ['', C, mail("Our quotation is valid for 3 days only, so please revert at the earliest.")],
  ['', C, mail("The quote is valid only through Tuesday, so please come back to us as soon as possible.")],
  ['', C, mail("This offer is valid 48 hours only.")],
  ['', C, mail("The proposal is valid only until Monday.")],
  ['', C, mail("Kindly note that the offer holds only till tomorrow evening.")],
  ['', C, mail("The estimate is valid for five days only, after which we will need to re-quote.")],
  ['', C, mail("The allocation for your company stands only until Wednesday noon.")],
  ['', C, mail("The quotation is only valid until the end of this week.")],
];

const VALIDITY_NEAR: Case[] = [
  ['', P, mail("The quote is valid only in Japan and for delivery to your Osaka plant.")],
  ['', P, mail("This quotation is valid only until 31 December, so there is plenty of time.")],
  ['', P, mail("The quote is valid for 30 days only, but we can extend it on request.")],
  ['', P, mail("The download link is valid for 24 hours only, so please save the file.")],
  ['', P, mail("Your visitor pass is valid only on Friday, the day of the plant tour.")],
  ['', P, mail("The quote is valid until Friday, and we will gladly extend it if you need more time.")],
  ['', P, mail("The price applies only to the standard model, not to the custom version.")],
  ['', P, mail("The warranty is valid only when the unit is installed by our engineer.")],
  ['', P, mail("Just to confirm, the quote we sent on Monday is valid for 90 days.")],
  ['', P, mail("Our office is open only until noon on Friday, so replies may come on Monday.")],
  ['', P, mail("The sample is available only in 1 kg packs.")],
  ['', P, mail("The offer is not only valid for the pumps but also for the spare parts.")],
  ['', C, mail("As you asked, the quotation is valid only until this Thursday, the day of your internal review.")],
  ['', C, mail("To meet your 1 September launch, the price is valid only until Friday so that we can book the line for you.")],
  ['', P, mail("Registration for the seminar is open only until Friday.")],
  ['', P, mail("This quote is valid for 60 days; just let us know if you need it longer.")],
  ['', P, mail("The discount applies only to orders above 100 units, and it is valid for six months.")],
  ['', P, mail("The code is valid for 48 hours only.")],
  ['', P, mail("Just a quick note: the quotation is valid until 30 June.")],
];

const ADVICE: Case[] = [
  ['pressure', P, mail("My honest advice would be to get the order signed before 15 March — if not, the earliest realistic start is October.")],
  ['pressure', P, mail("My advice would be to place the order before the end of this month; otherwise the next slot is in November.")],
  ['pressure', P, mail("If I were you, I would confirm the PO by Friday, because after that the lead time goes to 16 weeks.")],
  ['pressure', P, mail("Frankly, I'd recommend signing this week — if you wait, the next installation window is not until spring.")],
  ['pressure', P, mail("Honestly, the safest thing is to lock in the order before 1 April; after that, we cannot promise delivery before autumn.")],
  ['pressure', P, mail("My recommendation is to get approval before the holidays, otherwise the start slips to February.")],
  ['pressure', P, mail("To be honest, I would get the contract signed by next Wednesday — if not, the project moves to Q4.")],
  ['pressure', P, mail("Speaking frankly, you should sign before 10 May, otherwise we lose the production slot for you.")],
  ['pressure', P, mail("I'd advise you to commit by the 20th; otherwise the earliest start we can offer is December.")],
  ['pressure', P, mail("A word of advice: if the order is not in by Monday, delivery will not be possible before Christmas.")],
  ['pressure', P, mail("My suggestion: order before the end of the week, or the price and the slot both go.")],
  ['pressure', P, mail("In your place I would sign before Friday, since the next free engineer is only available in September.")],
  ['pressure', P, mail("My honest recommendation is to finalise before 31 March, because after that the earliest realistic start is October.")],
  ['pressure', P, mail("I really recommend placing the order by tomorrow; if not, we will have to give the slot to another customer.")],
];

const ADVICE_NEAR: Case[] = [
  ['', C, mail("To meet your 1 September launch, we would need your order confirmation by 20 July.")],
  ['', C, mail("To keep your launch date of 1 September, my advice would be to confirm the order by 20 July; otherwise the boards cannot be ready in time.")],
  ['', C, mail("Since your line starts on 3 June, we would need the final drawings by 10 May.")],
  ['', C, mail("For your shutdown in August, please send the PO by 30 June so that the parts arrive on time.")],
  ['', P, mail("To meet your production start in April, we would need the order by February 10.")],
  ['', P, mail("If your plant opens in October as you mentioned, the order would need to reach us by early July.")],
  ['', P, mail("So that the samples arrive before your trial on 12 May, we would need your address by 28 April.")],
  ['', P, mail("My honest advice would be to test the sample on your own line first.")],
  ['', P, mail("My advice would be to start with a small trial lot before committing to the full volume.")],
  ['', P, mail("If I were you, I would ask your quality team to review the data sheet first.")],
  ['', P, mail("I'd recommend involving your maintenance team early, whenever you decide.")],
  ['', P, mail("Honestly, I would take the time to compare both models with your engineers.")],
  ['', P, mail("This quotation is valid for 90 days, so please take your time.")],
  ['', P, mail("Our quotation is valid until 31 December; please let us know if you need more time.")],
  ['', P, mail("The quote is valid for 30 days, and we can extend it if your approval takes longer.")],
  ['', P, mail("An early reply is appreciated but not necessary; please take the time you need.")],
  ['', P, mail("We would appreciate an early reply to the meeting invitation so that we can book the room.")],
  ['', P, mail("Please reply by Friday whether the 10:00 slot works for your team.")],
  ['', P, mail("We will send the revised quote by Thursday so that you can review it before your board meeting.")],
  ['', C, mail("As you asked, the quotation is valid until this Thursday, the day of your internal review.")],
  ['', C, mail("Your purchase order for the March lot is valid until Thursday, per your own procurement rules.")],
  ['', C, mail("Because you want delivery before Golden Week, we recommend ordering by 10 March.")],
  ['', P, mail("Our office will be closed from 28 December, so replies may take a little longer.")],
  ['', P, mail("The exhibition runs until this Thursday, and we would be glad to meet you there.")],
  ['', P, mail("We recommend the X5 model for your line.")],
  ['', P, mail("My advice: bring your own samples to the demonstration so that you can see the results on your material.")],
  ['', C, mail("Thank you for the order; the confirmation is valid until shipment and needs no further action.")],
  ['', P, mail("The free trial runs for 30 days, and you can extend it at any time.")],
  ['', P, mail("If your schedule changes, the start can move to October without any cost to you.")],
  ['', C, mail("To catch your 15 March start, the signed order would need to reach us by 1 March; if that is difficult, please tell us and we will look at other options.")],
];

categoryTables([
  ['V validity cut short', VALIDITY_CUT],
  ['V to a client', VALIDITY_CLIENT],
  ['V near misses', VALIDITY_NEAR],
  ['A advice with a consequence', ADVICE],
  ['A near misses', ADVICE_NEAR],
]);
