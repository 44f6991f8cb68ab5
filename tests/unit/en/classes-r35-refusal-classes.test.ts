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
import { describe, expect, it } from 'vitest';
import { refusals, run, type RefusalCase } from './refusal-case-table';

const verdictOnTheAsk: RefusalCase[] = [
    {"subject": "", "body": "Dear Mr. Sato,\n\nOrder 5120 (SPF studs, 6 containers) will not make the June 26 vessel. New loading date is July 17.\nSplitting the order to put part of it on the June 26 vessel is not possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Splitting the order to put part of it on the June 26 vessel is not possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nOrder 300 will not make the May vessel. The new loading date is June 2.\nSplitting the order to send part of it by air is not possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Splitting the order to send part of it by air is not possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nSplitting the order into two shipments is not possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Splitting the order into two shipments is not possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your message.\nA discount on the second lot won't be possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "A discount on the second lot won't be possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your message.\nSame-day delivery is not something we can arrange.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Same-day delivery is not something we can arrange."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThe delivery moves to 14 July.\nShipping half of the lot early to meet your line start is not possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Shipping half of the lot early to meet your line start is not possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nChanging the label to add your part number won't be possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Changing the label to add your part number won't be possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nUsing the old tooling to make the 200 spare housings is not something we can do.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Using the old tooling to make the 200 spare housings is not something we can do."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nReopening the lot to check every unit again will not be possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Reopening the lot to check every unit again will not be possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nRerouting the container to reach Kobe before the holidays is not possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Rerouting the container to reach Kobe before the holidays is not possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nHolding the booth to give you more time isn't possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Holding the booth to give you more time isn't possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request.\nMoving the installation to the first week of May is not possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Moving the installation to the first week of May is not possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for asking.\nPrinting your logo on the first batch of 200 cartons will not be possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Printing your logo on the first batch of 200 cartons will not be possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your message.\nAdding a second training session in Osaka next month is not an option.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Adding a second training session in Osaka next month is not an option."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nA refund for the opened cartons will not be possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "A refund for the opened cartons will not be possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nDelivering to three separate sites on the same day is not feasible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Delivering to three separate sites on the same day is not feasible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThe vessel leaves Vancouver on July 17.\nLoading part of the order to catch the earlier sailing is not possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Loading part of the order to catch the earlier sailing is not possible."},
];

describe('r35 class 1: a verdict on the client\'s ask as a gerund or noun phrase is flagged on its own sentence', () => {
  run(verdictOnTheAsk);
  it.each(verdictOnTheAsk.map((c) => [c.refusal!, c] as const))('no refusal finding starts before «%s»', (_name, c) => {
    const at = c.body.indexOf(c.refusal!);
    const covering = refusals(c).filter((f) => f.start <= at + c.refusal!.length && f.end >= at);
    expect(covering.length).toBeGreaterThan(0);
    for (const f of covering) expect(f.start).toBeGreaterThanOrEqual(at);
  });
});

describe('r35 class 1 near misses: the gerund subject granted, eager, conditional, asked or cushioned', () => {
  run([
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nSplitting the order into two shipments is possible, and the second part leaves on May 20.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nChanging the filter to the finer mesh is not difficult, and we will send the parts today.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nShipping the order in one lot is not a problem for us.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nIf splitting the order to meet your line start is not possible, we will send the first half by air at our cost.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nIs splitting the order before the holidays not possible on your side?\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nInstalling the new firmware before the audit is not required; the current version is certified.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nMoving the meeting to reach the whole team before Friday was not easy, but it is now set for Thursday.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nChecking the lot to find the cause took longer than we hoped, and the report is attached.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nRerouting the container before the port closes is something we can arrange at no cost.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nAdding your logo to the cartons will not be a problem.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nHolding the booth to give you more time is no trouble at all.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nRepacking the pallets to fit your racks won't cost you anything.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nSplitting the order into two shipments is not possible, I'm afraid, but we can ship the first 200 units by air at our cost.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nUnfortunately, splitting the order to put part of it on the June 26 vessel is not possible, but we could send 40 boxes by air on June 20 if that helps.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nSending the samples to reach you before the trade fair is no problem; they leave today.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail.\nSwitching the cartons to recycled board before the summer is not necessary; the current board already meets the standard.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
  ]);
});

describe('r35 class 2: a sole way of ours answering a need the draft shows', () => {
  run([
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your kind words about the test reports.\nAbout translating the weekly reports into Japanese — we only report in English. No translators in our team.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "we only report in English."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThanks for your note about invoicing. Keystone HVAC Parts bills international accounts in US dollars only, and wire transfer is the accepted method of payment.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "bills international accounts in US dollars only"},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThanks for your note about invoicing. We bill international accounts in US dollars only.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "We bill international accounts in US dollars only."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail about the support desk. Support is in English only.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Support is in English only."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nRegarding Japanese-language support: support is in English only.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "support is in English only."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nAbout the Japanese manuals — we only publish in English.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "we only publish in English."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nRegarding invoices in yen: we only invoice in euros.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "we only invoice in euros."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your note about the invoices. We only invoice in Swiss francs.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "We only invoice in Swiss francs."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your message about payment. Nordvik Marine invoices all export customers in euros only.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "invoices all export customers in euros only"},
    {"subject": "", "body": "Dear Mr. Sato,\n\nAs for training in Japanese, we only train in English.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "we only train in English."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThanks for your email about shipping the spare parts. We only ship by sea.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "We only ship by sea."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your note about delivery. We deliver by sea freight only.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "We deliver by sea freight only."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nAbout the Japanese labels — we only print labels in English.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "we only print labels in English."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail about billing. We bill in US dollars only.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "We bill in US dollars only."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nRegarding the monthly reports in Japanese: we only write our reports in English.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "we only write our reports in English."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nYou asked whether the hotline could take calls in Japanese. The hotline is in English only.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "The hotline is in English only."},
  ]);
});

describe('r35 class 2 near misses: options described, figures, marketing, the client\'s own value, unprompted ways', () => {
  run([
    {"subject": "", "body": "Dear Mr. Sato,\n\nYou asked which languages the app supports. The app is available in English only for now.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your question about the options. The sensor comes in two housings only: steel and aluminium.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nOnly 2 fields need updating in the form.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for sending the signed order form.\nOnly two fields need updating: the delivery address for the Chiba site and the purchase order number.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nWe are the only platform that reports in Japanese and English.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThanks for your note about invoicing. We invoice in yen only, as you asked.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your note about the reports. We only report in English and Japanese, so both versions are attached.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail about the training. The trainer only speaks in Japanese, which suits your team.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your order. We only ship by sea.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nAbout the weekly reports — we only report on Fridays.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your kind words. We only report in English, and our team is glad the reports help.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThanks for the invoice. We paid it in US dollars only yesterday.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThanks for your note about invoicing. If you prefer, we can bill in yen only from April.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThanks for your note about invoicing. Do you bill international accounts in US dollars only?\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThanks for your note about invoicing. We only bill in US dollars, but we can show the yen amount on each invoice.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail about the support desk. Our support desk is the only one in the region with engineers on call.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your order. Our invoices are issued in euros only, as agreed in the contract.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
  ]);
});

describe('r35 class 3: their number against our reach, a charge told as contractual, a negated practice after their question', () => {
  run([
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for planning a boot-fitting weekend at your Sapporo store.\nWe cap demo boot loans at six pairs per retailer, so the sixteen pairs you asked for are more than we can send.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "so the sixteen pairs you asked for are more than we can send"},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your order of 500 units. The 500 units you asked for exceed what we can commit this quarter.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "The 500 units you asked for exceed what we can commit this quarter."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request for 40 engineers on site. That exceeds what we can commit.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "That exceeds what we can commit."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail. The twelve samples you requested are more than we can provide free of charge.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "The twelve samples you requested are more than we can provide free of charge."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request. Your order of 2,000 kg is above our monthly capacity.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Your order of 2,000 kg is above our monthly capacity."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request. The 60-day terms you proposed are beyond what we can accept.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "The 60-day terms you proposed are beyond what we can accept."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your forecast. The 30 pallets you need in March exceed our allocation for Japan.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "The 30 pallets you need in March exceed our allocation for Japan."},
    {"subject": "Re: Extra training day", "body": "Dear Ms. Kondo,\n\nSure, I got your mail about the extra training day for the night-shift nurses.\nExtra training days are charged at JPY 180,000, it's in the contract.\n\nBest,\nNoa", "refusal": "Extra training days are charged at JPY 180,000, it's in the contract."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for asking about a second training day. Extra training days are charged at JPY 180,000, that is in the agreement.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Extra training days are charged at JPY 180,000, that is in the agreement."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request for more site visits. Additional site visits are invoiced at EUR 950 each, it's in our terms.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Additional site visits are invoiced at EUR 950 each, it's in our terms."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for asking about rush orders. Rush orders are charged at USD 400, this is per the contract.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Rush orders are charged at USD 400, this is per the contract."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nYou asked if we can make one more DX-400 special for you because of your piping, but we don't make special version of old model.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "we don't make special version of old model"},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request for custom firmware. We don't do custom firmware.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "We don't do custom firmware."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your inquiry about two more DX-400 dyeing machines. We don't make special versions of old models.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "We don't make special versions of old models."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nYou asked whether we could translate the manual into Japanese, but we don't translate manuals for single orders.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "we don't translate manuals for single orders"},
    {"subject": "", "body": "Dear Mr. Sato,\n\nYou asked if we could hold the stock for you until June, but we don't hold stock for customers.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "we don't hold stock for customers"},
  ]);
});

describe('r35 class 3 near misses: praise, reassurance, conditions, questions, an alternative offered', () => {
  run([
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your order. The 500 units you asked for are more than we expected, which is great news.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your order. The 500 units you ordered are not more than we can ship this month, so all will leave on Friday.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request. If the sixteen pairs you asked for are more than we can send, I will call you first.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail. Are the sixteen pairs you asked for more than we can send?\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail. Your results exceed our expectations.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail. Our new line can produce more than we could last year.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail. Your order is above our minimum, so the free shipping applies.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your order. Your forecast of 2,000 kg is well within our monthly capacity.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail. The sixteen pairs you asked for are more than we can send, but we can lend you ten pairs from the Osaka stock.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request. Extra training days are charged at JPY 180,000, it's in the contract, and I would be glad to suggest a shorter online session instead.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for the training last week. It's in the contract that we review the results together in June.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nYou asked if we could send the report early. We don't expect any delay, so it will reach you on Friday.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nYou asked whether the price includes delivery. We don't charge for delivery within Japan.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail. We don't make special versions of old models, I'm afraid, but I will ask our engineers whether an adapter is possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nYou asked if we could check the old unit, and we don't mind at all: it will be done on Monday.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nYou asked if the 40 units fit in one container; they are more than we can fit in one, so we will book two at our cost.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
  ]);
});

describe('r35 class 4: false alarms — a hired firm\'s can\'t, nothing needed, a small task counted, eager negatives', () => {
  run([
    {"subject": "", "body": "Dear Mr. Sato,\n\nThe 50 sample receivers are packed and ready.\nOur freight forwarder can't get space on this Friday's flight from Billund, so the parcel will leave on Monday, 14 September. It will still arrive in Tokyo on 17 September, three days before the date you need it.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nOur bank can't process the transfer before the holiday, so the refund will reach you on 4 May.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nOur carrier cannot deliver to the island on Sundays, so the parts arrive on Monday morning.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nOur courier can't collect from your plant on Saturday; he will come on Monday at 9:00 instead.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nOur shipping line cannot load reefers at Busan this week, so the cargo goes via Kaohsiung and still arrives on time.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nOur customs broker could not file the papers on Friday because the system was down; the entry was made this morning.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nOur airline cannot take lithium batteries in the hold, so the spare packs travel by sea on the 12th.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThe MX-40 can be supplied with the 1.5 mm sound tube you asked about. No changes to the tooling are needed, and the acoustic response stays within the datasheet limits.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nNo changes to your drawings are required; the parts fit as they are.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nNo rework of the delivered housings is needed.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for sending the signed order form.\nOnly two fields need updating: the delivery address for the Chiba site and the purchase order number.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nOnly 3 items in the checklist need your signature.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nWe can't wait to show you the new line in Osaka.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nCan't we move the call to Thursday afternoon?\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nIf our forwarder cannot get space on Friday, we will send the parcel by courier at our cost.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
    {"subject": "", "body": "Dear Mr. Sato,\n\nNo additional approvals are required from your side.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": null},
  ]);
});

describe('r35 class 4 twins: the same words as our own no stay flagged', () => {
  run([
    {"subject": "", "body": "Dear Mr. Sato,\n\nCustoms clearance is the buyer's responsibility under FOB terms; our forwarder will not handle it for you.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "our forwarder will not handle it for you"},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request. We can't get space on this Friday's flight for your parcel, and we won't book a charter.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "We can't get space on this Friday's flight for your parcel, and we won't book a charter."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request. We cannot change the tooling for the 1.5 mm tube.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "We cannot change the tooling for the 1.5 mm tube."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request. Changes to the tooling are not possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Changes to the tooling are not possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request for a refund. Our bank transfer will not be made for opened cartons.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Our bank transfer will not be made for opened cartons."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request to ship on Sunday. We don't deliver on Sundays.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "We don't deliver on Sundays."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request. Our engineers cannot travel to Sapporo in June.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Our engineers cannot travel to Sapporo in June."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request. Our team can't support a second go-live weekend.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Our team can't support a second go-live weekend."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request. We won't update the two fields on the signed form.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "We won't update the two fields on the signed form."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail. Rework of the delivered housings is not something we do.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Rework of the delivered housings is not something we do."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request. Shipping by courier at our cost is not possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Shipping by courier at our cost is not possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request for a Saturday pickup. Our warehouse cannot release goods on Saturdays.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Our warehouse cannot release goods on Saturdays."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your request. A charter flight for the parcel won't be possible.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "A charter flight for the parcel won't be possible."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for asking about a refund. Refunds for opened cartons cannot be given.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "Refunds for opened cartons cannot be given."},
    {"subject": "", "body": "Dear Mr. Sato,\n\nThank you for your mail. We will not ship the parcel by courier.\n\nBest regards,\nAnna Berg\nKessler AG", "refusal": "We will not ship the parcel by courier."},
  ]);
});
