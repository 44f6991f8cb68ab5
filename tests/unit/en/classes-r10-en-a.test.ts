// Round 10 (en-a): refusals, pressure and bad news as classes, in wordings written for these tests and listed
// nowhere in the data or the corpora; beside each class the near misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2027-03-01' };
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2027-03-01' };
const D = 'Dear Mr. Kondo,\n\n';
const END = '\n\nBest regards,\nLena Fischer\nProject Manager';

// E3: the reader's request ruled late, said as a verdict ("came too late", "after the cut-off").
const RULED_LATE: Case[] = [
  ['blunt-refusal', C, D + 'Your request to switch the resin grade for the April lot came too late.' + END],
  ['blunt-refusal', C, 'Your change order arrived after the cut-off.'],
  ['blunt-refusal', C, D + 'Thank you for the revised label text.\nIt is too late to change the labels for this batch.' + END],
  ['blunt-refusal', C, 'Your claim was submitted too late to be processed.'],
  ['blunt-refusal', C, D + 'It’s too late for any changes to the June shipment; production has started.' + END],
  ['blunt-refusal', C, 'Your cancellation reached us past the deadline.'],
  ['blunt-refusal', C, D + 'We received your amendment on Friday. The amendment came in after the deadline, so the original quantities stand.' + END],
  ['blunt-refusal', C, 'your new delivery address was sent to us too late for this truck'],
  ['blunt-refusal', C, D + 'Regarding the extra pallet: you asked too late, the container is already sealed.' + END],
  // near misses: our own lateness apologised for, a cushioned verdict, a question, a courtesy, a request, goods
  ['', C, D + 'I am sorry that our reply came so late.' + END],
  ['', C, D + 'I’m afraid your request came too late for the March run, but we can include it in May.' + END],
  ['', C, D + 'Is it too late to add two units to the order?' + END],
  ['', C, D + 'It is never too late to contact us with questions.' + END],
  ['', C, D + 'Please send any changes by Friday so that they do not come too late for the March run.' + END],
  ['', C, D + 'If your changes arrive after the cut-off, we will include them in the next run.' + END],
];

// E3: the burden put on the reader ("your responsibility, not ours", "the buyer's responsibility").
const BLAME_SHIFTED: Case[] = [
  ['blunt-refusal', C, D + 'Translating the manuals into Japanese is your responsibility, not ours.' + END],
  ['blunt-refusal', C, 'Customs clearance is your responsibility.'],
  ['blunt-refusal', C, D + 'Thank you for your message.\nImport permits are the buyer’s responsibility.' + END],
  ['blunt-refusal', C, 'That is your problem, not ours.'],
  ['blunt-refusal', C, D + 'Any damage after unloading falls on your side.' + END],
  ['blunt-refusal', C, D + 'Responsibility for the cold chain after delivery lies with your logistics team.' + END],
  ['blunt-refusal', C, D + 'It is your job to check that the labels meet Japanese law.' + END],
  ['blunt-refusal', C, 'You are responsible for storing the resin below 25 °C after delivery.'],
  ['blunt-refusal', C, D + 'Re-testing after your own modification is entirely the customer’s responsibility.' + END],
  // near misses: our own responsibility, one agreed, a question, a reassurance, a list of roles, the reader's choice
  ['', C, D + 'It is our responsibility to make sure the parts arrive on time.' + END],
  ['', C, D + 'As agreed in the kickoff meeting, customs clearance remains your team’s responsibility, and we will send the documents a week ahead.' + END],
  ['', C, D + 'Could you let me know which person on your side is responsible for the installation?' + END],
  ['', C, D + 'Please do not worry: the repair is not your responsibility, and we will cover it in full.' + END],
  ['', C, D + 'The attached plan lists your responsibilities and ours for each phase.' + END],
  ['', C, D + 'The choice of colour is entirely up to you.' + END],
];

// E3: a second, separate refusal right after a first ("… also rejected by our finance department").
const SECOND_REFUSAL: Case[] = [
  ['blunt-refusal', C, D + 'The liability cap cannot be changed. Payment terms of 90 days are also rejected by our finance department.' + END],
  ['blunt-refusal', C, D + 'The penalty clause cannot be removed.\nA longer warranty is also not possible.' + END],
  ['blunt-refusal', C, D + 'Free freight is not available. Weekend deliveries are not offered either.' + END],
  ['blunt-refusal', C, D + 'Your discount request was declined by head office.' + END],
  ['blunt-refusal', C, D + 'The extended warranty was turned down by our management.' + END],
  // near misses: a cushioned pair, a refusal and its reason
  ['', C, D + 'I’m afraid the liability cap cannot be changed, and unfortunately longer payment terms are not possible either. Let me speak with my manager about other options.' + END],
];

// E3: a refusal in a second predicate of one subject ("… was made at headquarters and cannot be changed").
const COORDINATED_REFUSAL: Case[] = [
  ['blunt-refusal', C, D + 'The price list was approved by our board and will not be revised.' + END],
  ['blunt-refusal', C, 'The schedule is fixed and cannot be moved.'],
  ['blunt-refusal', C, D + 'Thank you for the comments.\nThe layout was signed off last week and can’t be altered now.' + END],
  ['blunt-refusal', C, D + 'These terms come from our parent company and are not negotiable.' + END],
  // near misses: harm or a charge spared, a reassurance, a report
  ['', C, D + 'The parts were packed carefully and will not be damaged in transit.' + END],
  ['', C, D + 'The order was confirmed on Monday and will not be changed without your approval.' + END],
  ['', C, D + 'The repair was done under warranty and will not be charged.' + END],
  ['', C, D + 'I am sorry to report that the pallet was damaged in our warehouse and will not be delivered this week. May I call you to discuss a replacement?' + END],
];

// E3: what the reader asked for, denied by an adjective ("the setup you proposed is unsupported").
const ADJECTIVE_DENIAL: Case[] = [
  ['blunt-refusal', C, D + 'The setup you proposed is unsupported.' + END],
  ['blunt-refusal', C, 'Your requested delivery window is unavailable.'],
  ['blunt-refusal', C, D + 'Regarding the rebate: that is unacceptable.' + END],
  ['blunt-refusal', C, D + 'The payment schedule you suggested is simply unworkable for us.' + END],
  // near misses: a notice about our product, a person's diary, a wait with its end
  ['', C, D + 'Mr. Sato is unavailable on Monday, so we suggest Tuesday.' + END],
  ['', C, D + 'The results you asked for are unavailable until Friday, when the lab reopens.' + END],
  ['', C, D + 'I was unavailable last week, so thank you for your patience.' + END],
];

// E1: social proof and FOMO on a prospect (peers already committed, late movers left behind).
const SOCIAL_PROOF: Case[] = [
  ['pressure', P, D + 'Two of your competitors in the machine-tool sector have already signed.' + END],
  ['pressure', P, D + 'Most of the large distributors in Osaka have already switched to our platform.' + END],
  ['pressure', P, 'Everyone else in the industry is moving to cloud billing, and the late adopters will be left behind.'],
  ['pressure', P, D + 'Thank you for the call on Tuesday.\nCompanies that wait will fall behind those who act now.' + END],
  ['pressure', P, D + 'Many of your peers have already placed their orders for the autumn season.' + END],
  ['pressure', P, D + 'Three firms in Nagoya have recently switched to our billing platform.' + END],
  ['pressure', P, D + 'I would not want to see Maruyama Seiki fall further behind.' + END],
  ['pressure', P, D + 'Please don’t let Hanada Logistics be the last in the region to make the change.' + END],
  ['pressure', P, 'Your competitors are not standing still.'],
  ['pressure', P, D + 'The stragglers will struggle to catch up once the rule changes.' + END],
  ['pressure', P, 'The market is moving fast, and firms that hesitate get left behind.'],
  ['pressure', P, D + 'Your biggest rival already uses our sensors on all three lines.' + END],
  ['pressure', P, D + 'Two of your peers in Hokkaido booked the remaining installation slots on Monday.' + END],
  ['pressure', P, D + 'three of the five biggest hospitals in kansai already signed the contract with us' + END],
  // near misses: a reference offered, the reader's own signature, our own signature, schedule words
  ['', P, D + 'Two of our customers in the auto-parts sector would be happy to share their experience with you.' + END],
  ['', P, D + 'Thank you, your team has already signed the NDA.' + END],
  ['', P, D + 'We have already signed the contract on our side and sent it to you.' + END],
  ['', P, D + 'So that your project does not fall behind schedule, we will ship the samples a week early.' + END],
  ['', P, D + 'One box of samples was left behind at your reception; I will collect it tomorrow.' + END],
  ['', P, D + 'We were the last to leave the booth on Friday.' + END],
  ['', P, D + 'This will be the last shipment before the holidays.' + END],
  ['', P, D + 'If your line falls behind, our engineers can help.' + END],
  ['', P, D + 'Please let me know if I can help your team catch up on the backlog.' + END],
  ['', P, D + 'Many of our clients have already switched to the new model.' + END],
  ['', P, D + 'Several companies in your region visited our booth last year.' + END],
  ['', P, D + 'Your competitors in Europe mostly already use the ISO method.' + END],
  ['', P, D + 'Three of your competitors in the region ordered samples last spring.' + END],
];

// E2: an incentive the seller limits in time ("only this month", "decide quickly").
const TIMED_INCENTIVE: Case[] = [
  ['pressure', P, D + 'Only this month we give 25% discount for new customers in Japan, so better to decide quickly!' + END],
  ['pressure', P, D + 'This week only, we include free installation with every order.' + END],
  ['pressure', P, 'The special price is valid only this week, please decide quickly.'],
  ['pressure', P, D + 'Better you decide fast, because this price is only for this month.' + END],
  ['pressure', P, D + 'Our launch offer of two free months ends this Friday.' + END],
  ['pressure', P, D + 'If you sign this month, we waive the setup fee.' + END],
  ['pressure', P, D + 'Discount 20% only for orders until 30 March, after that normal price.' + END],
  ['pressure', P, D + 'For contracts signed before March 15 we add a second year of support at no cost.' + END],
  ['pressure', P, D + 'If we get your signed order by Thursday, we can add the training free of charge.' + END],
  ['pressure', P, D + 'This month only, we are dropping the delivery charge for first orders.' + END],
  // near misses: a quote's validity, the client's own date, a standing discount, time given
  ['', P, D + 'This quotation is valid for 30 days.' + END],
  ['', P, D + 'The 5% volume discount applies to every order above 500 units.' + END],
  ['', P, D + 'Please take your time; the discount applies whenever you decide to order.' + END],
  ['', P, D + 'Our office is closed this week only, so replies may be slower.' + END],
  ['', P, D + 'We will decide quickly on the sample request.' + END],
  ['', P, D + 'To meet your production start in April, we would need the order by February 10.' + END],
  ['', P, D + 'Orders received by Friday ship the same week.' + END],
  ['', P, D + 'As you asked, we will hold the 10% discount until your board meets on 20 March.' + END],
];

// E6: a unit price changed with figures, said flatly (any currency written before the amount).
const PRICE_FIGURES: Case[] = [
  ['bad-news', C, D + 'Unit price for the BX cartridges goes to A$16.40 (from A$13.90) from your next order.' + END],
  ['bad-news', C, D + 'From April 1, the unit price of the M4 sensor will be ¥3,400 instead of ¥2,900.' + END],
  ['bad-news', C, 'The price per kg rises from €4.10 to €4.75 with the next shipment.'],
  ['bad-news', C, D + 'New price: US$18.50 per unit (was US$15.80), effective with May orders.' + END],
  ['bad-news', C, D + 'Starting next month, each cartridge costs $42 (previously $36).' + END],
  ['bad-news', C, D + 'Note the per-unit price is now CHF 9.80, up from CHF 8.60.' + END],
  ['bad-news', C, D + 'Thank you for your order of 400 units.\nFrom the next order the unit price will be £7.40 rather than £6.20.' + END],
  ['bad-news', C, D + 'The HX valve will cost NZ$58 per piece (currently NZ$49) from July.' + END],
  ['bad-news', C, D + 'Our rate per pallet becomes C$96, up from C$84, for shipments after June 1.' + END],
  ['bad-news', C, D + 'Each license will be billed at SGD 540 instead of SGD 480 from the next renewal.' + END],
  // near misses: the same with apology, reason and an offer; a price going down; one confirmed as agreed
  ['', C, D + 'We are very sorry: because of higher steel costs, the unit price will rise from ¥2,900 to ¥3,400 from April 1. I would be glad to visit you to explain.' + END],
  ['', C, D + 'Good news: the unit price drops from A$14.20 to A$11.90 from your next order.' + END],
  ['', C, D + 'As agreed in our meeting, the unit price stays at A$11.90 for the next order.' + END],
  ['', C, D + 'Good news: from May the HK$ price per reel drops to HK$310 (from HK$355).' + END],
];

// A courtesy offer of help in a prospect's mail is no pressure, whatever "missing" it mentions.
const COURTESY: Case[] = [
  ['', P, D + 'If any form is missing or unsigned, please do not hesitate to tell me; I can bring the originals to your office.' + END],
  ['', P, D + 'Should a page be missing, please don’t hesitate to let us know.' + END],
  ['', P, D + 'If you miss any of the files, do not hesitate to ask me.' + END],
  ['', P, D + 'Please feel free to contact me if anything is missing from the pack.' + END],
];

categoryTables([
  ['E3 request ruled late', RULED_LATE],
  ['E3 burden shifted to the reader', BLAME_SHIFTED],
  ['E3 a second refusal after a first', SECOND_REFUSAL],
  ['E3 a refusal in a second predicate', COORDINATED_REFUSAL],
  ['E3 a request denied by an adjective', ADJECTIVE_DENIAL],
  ['E1 social proof and FOMO', SOCIAL_PROOF],
  ['E2 seller-timed incentive', TIMED_INCENTIVE],
  ['E6 price figures stated flatly', PRICE_FIGURES],
  ['courtesy offers of help', COURTESY],
]);

// E3: each of two separate refusals in a row is its own finding; a restatement of one refusal is not.
describe('E3 a second refusal after a first is reported on its own', () => {
  const engine = new Engine({ rules: englishRules });
  const refusals = (body: string) => engine.analyze({ body, context: C }).filter((f) => f.category === 'blunt-refusal').length;
  it.each([
    [2, D + 'The liability cap cannot be changed. Payment terms of 90 days are also rejected by our finance department.' + END],
    [2, D + 'The penalty clause cannot be removed.\nA longer warranty is also not possible.' + END],
    [2, D + 'Free freight is not available. Weekend deliveries are not offered either.' + END],
    [2, D + 'We cannot lower the price. Installation at night is refused by our works council as well.' + END],
    // near misses: the same refusal restated by who decided it, or by the policy behind it
    [1, D + 'That won’t be possible. Our finance team will not make exceptions.' + END],
    [1, D + 'We cannot extend the warranty. That is not something we do for any customer.' + END],
  ])('%i refusal(s): %s', (count, body) => {
    expect(refusals(body)).toBe(count);
  });
});
