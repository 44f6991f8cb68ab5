// Round 35 (refen35, issue 10): English and mixed blunt refusals that round 34's held-out sets (now development data,
// docs/evaluation/blind-2026-12-r34/ "What they still miss") showed missed or misplaced, generalised into four classes, each
// with near misses that must stay clean:
// 1. a verdict whose subject is the client's ask as a gerund or a noun phrase ("Splitting the order to put part of it on the
//    June 26 vessel is not possible": the tagger's noun reading of the gerund, an infinitive or "before" inside the subject) —
//    the finding on that sentence, not on the news before it;
// 2. a sole way of ours answering a need the draft shows ("About translating the weekly reports into Japanese — we only report in
//    English", "Thanks for your note about invoicing. Keystone … bills international accounts in US dollars only"): "only" before
//    our verb, words of one thing (invoicing ~ bills), a way that includes the client's own value grants it;
// 3. a limit stated against the client's number ("the sixteen pairs you asked for are more than we can send", "exceeds what we
//    can commit"), a charge pointed back to the contract ("…, it's in the contract"), a negated practice after their question
//    reported ("You asked if we can …, but we don't make special versions");
// 4. false alarms removed: a firm we hire that cannot ("Our freight forwarder can't get space"), nothing needed ("No changes to
//    the tooling are needed"), a small task counted ("Only two fields need updating"), eager negatives, questions, conditions —
//    with their refusing twins still flagged.
// Each case: [subject, body, quote] (a blunt-refusal finding must overlap the quote, and its suggestions keep the rest of
// the mail: refusal-quotes.ts keepsTheRest) or [subject, body, null] (no blunt-refusal finding at all).
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';
import { quotedRefusals, type QuotedRefusal } from '../refusal-quotes';

const mail = (b: string) => `Dear Mr. Sato,\n\n${b}\n\nBest regards,\nAnna Berg\nKessler AG`;
const { refusals, table } = quotedRefusals(nodeEngine(), { suggestions: true });
const name = (c: QuotedRefusal) => c[1].split('\n\n')[1]!.replace(/\n/g, ' ⏎ ');

const verdictOnTheAsk: QuotedRefusal[] = [
    ['', mail('Order 5120 (SPF studs, 6 containers) will not make the June 26 vessel. New loading date is July 17.\nSplitting the order to put part of it on the June 26 vessel is not possible.'), 'Splitting the order to put part of it on the June 26 vessel is not possible.'],
    ['', mail('Order 300 will not make the May vessel. The new loading date is June 2.\nSplitting the order to send part of it by air is not possible.'), 'Splitting the order to send part of it by air is not possible.'],
    ['', mail('Thank you for your mail.\nSplitting the order into two shipments is not possible.'), 'Splitting the order into two shipments is not possible.'],
    ['', mail('Thank you for your message.\nA discount on the second lot won\'t be possible.'), 'A discount on the second lot won\'t be possible.'],
    ['', mail('Thank you for your message.\nSame-day delivery is not something we can arrange.'), 'Same-day delivery is not something we can arrange.'],
    ['', mail('The delivery moves to 14 July.\nShipping half of the lot early to meet your line start is not possible.'), 'Shipping half of the lot early to meet your line start is not possible.'],
    ['', mail('Thank you for your mail.\nChanging the label to add your part number won\'t be possible.'), 'Changing the label to add your part number won\'t be possible.'],
    ['', mail('Thank you for your mail.\nUsing the old tooling to make the 200 spare housings is not something we can do.'), 'Using the old tooling to make the 200 spare housings is not something we can do.'],
    ['', mail('Thank you for your mail.\nReopening the lot to check every unit again will not be possible.'), 'Reopening the lot to check every unit again will not be possible.'],
    ['', mail('Thank you for your mail.\nRerouting the container to reach Kobe before the holidays is not possible.'), 'Rerouting the container to reach Kobe before the holidays is not possible.'],
    ['', mail('Thank you for your mail.\nHolding the booth to give you more time isn\'t possible.'), 'Holding the booth to give you more time isn\'t possible.'],
    ['', mail('Thank you for your request.\nMoving the installation to the first week of May is not possible.'), 'Moving the installation to the first week of May is not possible.'],
    ['', mail('Thank you for asking.\nPrinting your logo on the first batch of 200 cartons will not be possible.'), 'Printing your logo on the first batch of 200 cartons will not be possible.'],
    ['', mail('Thank you for your message.\nAdding a second training session in Osaka next month is not an option.'), 'Adding a second training session in Osaka next month is not an option.'],
    ['', mail('Thank you for your mail.\nA refund for the opened cartons will not be possible.'), 'A refund for the opened cartons will not be possible.'],
    ['', mail('Thank you for your mail.\nDelivering to three separate sites on the same day is not feasible.'), 'Delivering to three separate sites on the same day is not feasible.'],
    ['', mail('The vessel leaves Vancouver on July 17.\nLoading part of the order to catch the earlier sailing is not possible.'), 'Loading part of the order to catch the earlier sailing is not possible.'],
];

describe('r35 class 1: a verdict on the client\'s ask as a gerund or noun phrase is flagged on its own sentence', () => {
  table(verdictOnTheAsk, [], name);
  it.each(verdictOnTheAsk.map((c) => [c[2]!, c] as const))('no refusal finding starts before «%s»', (quote, [subject, body]) => {
    const at = body.indexOf(quote);
    const covering = refusals(subject, body).filter((f) => f.start <= at + quote.length && f.end >= at);
    expect(covering.length).toBeGreaterThan(0);
    for (const f of covering) expect(f.start).toBeGreaterThanOrEqual(at);
  });
});

describe('r35 class 1 near misses: the gerund subject granted, eager, conditional, asked or cushioned', () => {
  table([], [
    ['', mail('Thank you for your mail.\nSplitting the order into two shipments is possible, and the second part leaves on May 20.'), null],
    ['', mail('Thank you for your mail.\nChanging the filter to the finer mesh is not difficult, and we will send the parts today.'), null],
    ['', mail('Thank you for your mail.\nShipping the order in one lot is not a problem for us.'), null],
    ['', mail('Thank you for your mail.\nIf splitting the order to meet your line start is not possible, we will send the first half by air at our cost.'), null],
    ['', mail('Thank you for your mail.\nIs splitting the order before the holidays not possible on your side?'), null],
    ['', mail('Thank you for your mail.\nInstalling the new firmware before the audit is not required; the current version is certified.'), null],
    ['', mail('Thank you for your mail.\nMoving the meeting to reach the whole team before Friday was not easy, but it is now set for Thursday.'), null],
    ['', mail('Thank you for your mail.\nChecking the lot to find the cause took longer than we hoped, and the report is attached.'), null],
    ['', mail('Thank you for your mail.\nRerouting the container before the port closes is something we can arrange at no cost.'), null],
    ['', mail('Thank you for your mail.\nAdding your logo to the cartons will not be a problem.'), null],
    ['', mail('Thank you for your mail.\nHolding the booth to give you more time is no trouble at all.'), null],
    ['', mail('Thank you for your mail.\nRepacking the pallets to fit your racks won\'t cost you anything.'), null],
    ['', mail('Thank you for your mail.\nSplitting the order into two shipments is not possible, I\'m afraid, but we can ship the first 200 units by air at our cost.'), null],
    ['', mail('Thank you for your mail.\nUnfortunately, splitting the order to put part of it on the June 26 vessel is not possible, but we could send 40 boxes by air on June 20 if that helps.'), null],
    ['', mail('Thank you for your mail.\nSending the samples to reach you before the trade fair is no problem; they leave today.'), null],
    ['', mail('Thank you for your mail.\nSwitching the cartons to recycled board before the summer is not necessary; the current board already meets the standard.'), null],
  ], name);
});

describe('r35 class 2: a sole way of ours answering a need the draft shows', () => {
  table([
    ['', mail('Thank you for your kind words about the test reports.\nAbout translating the weekly reports into Japanese — we only report in English. No translators in our team.'), 'we only report in English.'],
    ['', mail('Thanks for your note about invoicing. Keystone HVAC Parts bills international accounts in US dollars only, and wire transfer is the accepted method of payment.'), 'bills international accounts in US dollars only'],
    ['', mail('Thanks for your note about invoicing. We bill international accounts in US dollars only.'), 'We bill international accounts in US dollars only.'],
    ['', mail('Thank you for your mail about the support desk. Support is in English only.'), 'Support is in English only.'],
    ['', mail('Regarding Japanese-language support: support is in English only.'), 'support is in English only.'],
    ['', mail('About the Japanese manuals — we only publish in English.'), 'we only publish in English.'],
    ['', mail('Regarding invoices in yen: we only invoice in euros.'), 'we only invoice in euros.'],
    ['', mail('Thank you for your note about the invoices. We only invoice in Swiss francs.'), 'We only invoice in Swiss francs.'],
    ['', mail('Thank you for your message about payment. Nordvik Marine invoices all export customers in euros only.'), 'invoices all export customers in euros only'],
    ['', mail('As for training in Japanese, we only train in English.'), 'we only train in English.'],
    ['', mail('Thanks for your email about shipping the spare parts. We only ship by sea.'), 'We only ship by sea.'],
    ['', mail('Thank you for your note about delivery. We deliver by sea freight only.'), 'We deliver by sea freight only.'],
    ['', mail('About the Japanese labels — we only print labels in English.'), 'we only print labels in English.'],
    ['', mail('Thank you for your mail about billing. We bill in US dollars only.'), 'We bill in US dollars only.'],
    ['', mail('Regarding the monthly reports in Japanese: we only write our reports in English.'), 'we only write our reports in English.'],
    ['', mail('You asked whether the hotline could take calls in Japanese. The hotline is in English only.'), 'The hotline is in English only.'],
  ], [], name);
});

describe('r35 class 2 near misses: options described, figures, marketing, the client\'s own value, unprompted ways', () => {
  table([], [
    ['', mail('You asked which languages the app supports. The app is available in English only for now.'), null],
    ['', mail('Thank you for your question about the options. The sensor comes in two housings only: steel and aluminium.'), null],
    ['', mail('Only 2 fields need updating in the form.'), null],
    ['', mail('Thank you for sending the signed order form.\nOnly two fields need updating: the delivery address for the Chiba site and the purchase order number.'), null],
    ['', mail('We are the only platform that reports in Japanese and English.'), null],
    ['', mail('Thanks for your note about invoicing. We invoice in yen only, as you asked.'), null],
    ['', mail('Thank you for your note about the reports. We only report in English and Japanese, so both versions are attached.'), null],
    ['', mail('Thank you for your mail about the training. The trainer only speaks in Japanese, which suits your team.'), null],
    ['', mail('Thank you for your order. We only ship by sea.'), null],
    ['', mail('About the weekly reports — we only report on Fridays.'), null],
    ['', mail('Thank you for your kind words. We only report in English, and our team is glad the reports help.'), null],
    ['', mail('Thanks for the invoice. We paid it in US dollars only yesterday.'), null],
    ['', mail('Thanks for your note about invoicing. If you prefer, we can bill in yen only from April.'), null],
    ['', mail('Thanks for your note about invoicing. Do you bill international accounts in US dollars only?'), null],
    ['', mail('Thanks for your note about invoicing. We only bill in US dollars, but we can show the yen amount on each invoice.'), null],
    ['', mail('Thank you for your mail about the support desk. Our support desk is the only one in the region with engineers on call.'), null],
    ['', mail('Thank you for your order. Our invoices are issued in euros only, as agreed in the contract.'), null],
  ], name);
});

describe('r35 class 3: their number against our reach, a charge told as contractual, a negated practice after their question', () => {
  table([
    ['', mail('Thank you for planning a boot-fitting weekend at your Sapporo store.\nWe cap demo boot loans at six pairs per retailer, so the sixteen pairs you asked for are more than we can send.'), 'so the sixteen pairs you asked for are more than we can send'],
    ['', mail('Thank you for your order of 500 units. The 500 units you asked for exceed what we can commit this quarter.'), 'The 500 units you asked for exceed what we can commit this quarter.'],
    ['', mail('Thank you for your request for 40 engineers on site. That exceeds what we can commit.'), 'That exceeds what we can commit.'],
    ['', mail('Thank you for your mail. The twelve samples you requested are more than we can provide free of charge.'), 'The twelve samples you requested are more than we can provide free of charge.'],
    ['', mail('Thank you for your request. Your order of 2,000 kg is above our monthly capacity.'), 'Your order of 2,000 kg is above our monthly capacity.'],
    ['', mail('Thank you for your request. The 60-day terms you proposed are beyond what we can accept.'), 'The 60-day terms you proposed are beyond what we can accept.'],
    ['', mail('Thank you for your forecast. The 30 pallets you need in March exceed our allocation for Japan.'), 'The 30 pallets you need in March exceed our allocation for Japan.'],
    ['Re: Extra training day', 'Dear Ms. Kondo,\n\nSure, I got your mail about the extra training day for the night-shift nurses.\nExtra training days are charged at JPY 180,000, it\'s in the contract.\n\nBest,\nNoa', 'Extra training days are charged at JPY 180,000, it\'s in the contract.'],
    ['', mail('Thank you for asking about a second training day. Extra training days are charged at JPY 180,000, that is in the agreement.'), 'Extra training days are charged at JPY 180,000, that is in the agreement.'],
    ['', mail('Thank you for your request for more site visits. Additional site visits are invoiced at EUR 950 each, it\'s in our terms.'), 'Additional site visits are invoiced at EUR 950 each, it\'s in our terms.'],
    ['', mail('Thank you for asking about rush orders. Rush orders are charged at USD 400, this is per the contract.'), 'Rush orders are charged at USD 400, this is per the contract.'],
    ['', mail('You asked if we can make one more DX-400 special for you because of your piping, but we don\'t make special version of old model.'), 'we don\'t make special version of old model'],
    ['', mail('Thank you for your request for custom firmware. We don\'t do custom firmware.'), 'We don\'t do custom firmware.'],
    ['', mail('Thank you for your inquiry about two more DX-400 dyeing machines. We don\'t make special versions of old models.'), 'We don\'t make special versions of old models.'],
    ['', mail('You asked whether we could translate the manual into Japanese, but we don\'t translate manuals for single orders.'), 'we don\'t translate manuals for single orders'],
    ['', mail('You asked if we could hold the stock for you until June, but we don\'t hold stock for customers.'), 'we don\'t hold stock for customers'],
  ], [], name);
});

describe('r35 class 3 near misses: praise, reassurance, conditions, questions, an alternative offered', () => {
  table([], [
    ['', mail('Thank you for your order. The 500 units you asked for are more than we expected, which is great news.'), null],
    ['', mail('Thank you for your order. The 500 units you ordered are not more than we can ship this month, so all will leave on Friday.'), null],
    ['', mail('Thank you for your request. If the sixteen pairs you asked for are more than we can send, I will call you first.'), null],
    ['', mail('Thank you for your mail. Are the sixteen pairs you asked for more than we can send?'), null],
    ['', mail('Thank you for your mail. Your results exceed our expectations.'), null],
    ['', mail('Thank you for your mail. Our new line can produce more than we could last year.'), null],
    ['', mail('Thank you for your mail. Your order is above our minimum, so the free shipping applies.'), null],
    ['', mail('Thank you for your order. Your forecast of 2,000 kg is well within our monthly capacity.'), null],
    ['', mail('Thank you for your mail. The sixteen pairs you asked for are more than we can send, but we can lend you ten pairs from the Osaka stock.'), null],
    ['', mail('Thank you for your request. Extra training days are charged at JPY 180,000, it\'s in the contract, and I would be glad to suggest a shorter online session instead.'), null],
    ['', mail('Thank you for the training last week. It\'s in the contract that we review the results together in June.'), null],
    ['', mail('You asked if we could send the report early. We don\'t expect any delay, so it will reach you on Friday.'), null],
    ['', mail('You asked whether the price includes delivery. We don\'t charge for delivery within Japan.'), null],
    ['', mail('Thank you for your mail. We don\'t make special versions of old models, I\'m afraid, but I will ask our engineers whether an adapter is possible.'), null],
    ['', mail('You asked if we could check the old unit, and we don\'t mind at all: it will be done on Monday.'), null],
    ['', mail('You asked if the 40 units fit in one container; they are more than we can fit in one, so we will book two at our cost.'), null],
  ], name);
});

describe('r35 class 4: false alarms — a hired firm\'s can\'t, nothing needed, a small task counted, eager negatives', () => {
  table([], [
    ['', mail('The 50 sample receivers are packed and ready.\nOur freight forwarder can\'t get space on this Friday\'s flight from Billund, so the parcel will leave on Monday, 14 September. It will still arrive in Tokyo on 17 September, three days before the date you need it.'), null],
    ['', mail('Our bank can\'t process the transfer before the holiday, so the refund will reach you on 4 May.'), null],
    ['', mail('Our carrier cannot deliver to the island on Sundays, so the parts arrive on Monday morning.'), null],
    ['', mail('Our courier can\'t collect from your plant on Saturday; he will come on Monday at 9:00 instead.'), null],
    ['', mail('Our shipping line cannot load reefers at Busan this week, so the cargo goes via Kaohsiung and still arrives on time.'), null],
    ['', mail('Our customs broker could not file the papers on Friday because the system was down; the entry was made this morning.'), null],
    ['', mail('Our airline cannot take lithium batteries in the hold, so the spare packs travel by sea on the 12th.'), null],
    ['', mail('The MX-40 can be supplied with the 1.5 mm sound tube you asked about. No changes to the tooling are needed, and the acoustic response stays within the datasheet limits.'), null],
    ['', mail('No changes to your drawings are required; the parts fit as they are.'), null],
    ['', mail('No rework of the delivered housings is needed.'), null],
    ['', mail('Thank you for sending the signed order form.\nOnly two fields need updating: the delivery address for the Chiba site and the purchase order number.'), null],
    ['', mail('Only 3 items in the checklist need your signature.'), null],
    ['', mail('We can\'t wait to show you the new line in Osaka.'), null],
    ['', mail('Can\'t we move the call to Thursday afternoon?'), null],
    ['', mail('If our forwarder cannot get space on Friday, we will send the parcel by courier at our cost.'), null],
    ['', mail('No additional approvals are required from your side.'), null],
  ], name);
});

describe('r35 class 4 twins: the same words as our own no stay flagged', () => {
  table([
    ['', mail('Customs clearance is the buyer\'s responsibility under FOB terms; our forwarder will not handle it for you.'), 'our forwarder will not handle it for you'],
    ['', mail('Thank you for your request. We can\'t get space on this Friday\'s flight for your parcel, and we won\'t book a charter.'), 'We can\'t get space on this Friday\'s flight for your parcel, and we won\'t book a charter.'],
    ['', mail('Thank you for your request. We cannot change the tooling for the 1.5 mm tube.'), 'We cannot change the tooling for the 1.5 mm tube.'],
    ['', mail('Thank you for your request. Changes to the tooling are not possible.'), 'Changes to the tooling are not possible.'],
    ['', mail('Thank you for your request for a refund. Our bank transfer will not be made for opened cartons.'), 'Our bank transfer will not be made for opened cartons.'],
    ['', mail('Thank you for your request to ship on Sunday. We don\'t deliver on Sundays.'), 'We don\'t deliver on Sundays.'],
    ['', mail('Thank you for your request. Our engineers cannot travel to Sapporo in June.'), 'Our engineers cannot travel to Sapporo in June.'],
    ['', mail('Thank you for your request. Our team can\'t support a second go-live weekend.'), 'Our team can\'t support a second go-live weekend.'],
    ['', mail('Thank you for your request. We won\'t update the two fields on the signed form.'), 'We won\'t update the two fields on the signed form.'],
    ['', mail('Thank you for your mail. Rework of the delivered housings is not something we do.'), 'Rework of the delivered housings is not something we do.'],
    ['', mail('Thank you for your request. Shipping by courier at our cost is not possible.'), 'Shipping by courier at our cost is not possible.'],
    ['', mail('Thank you for your request for a Saturday pickup. Our warehouse cannot release goods on Saturdays.'), 'Our warehouse cannot release goods on Saturdays.'],
    ['', mail('Thank you for your request. A charter flight for the parcel won\'t be possible.'), 'A charter flight for the parcel won\'t be possible.'],
    ['', mail('Thank you for asking about a refund. Refunds for opened cartons cannot be given.'), 'Refunds for opened cartons cannot be given.'],
    ['', mail('Thank you for your mail. We will not ship the parcel by courier.'), 'We will not ship the parcel by courier.'],
  ], [], name);
});
