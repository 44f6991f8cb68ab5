// Round 48: English classes written from round 47's read held-out set (HA–HF), never from round 48's, each as its kind
// with near misses. Read by classes-r48-en.test.ts.
//   refusal: a phrase of a preposition before "we", its comma left out ("For this reason we will not issue a credit note",
//     "Because of this we …", "After careful review we …"); a kind of ask of theirs closed to them ("Customer audits are
//     closed for 2027"); the concession denied as a phrase with no verb ("— no volume discount this year", "No discount,
//     sorry.");
//   clean: a relative clause inside the phrase ("For items we do not stock, …"), a promise after the phrase ("For this reason
//     we will keep the price"), a place of ours closed for a holiday, "no reduction in gloss", "no discount code is needed",
//     good news ("no price increase this year").
//   register: "mate", "buddy" as an address after "sorry", "thanks", "no worries" with no comma; an -ing adjective of the
//     slang class only as praise ("a corking result");
//   clean: "a new mate in the team", yerba mate, "the corking machine" of a cork maker.
import { at, enHirata, type MailCase } from '../mail-wrappers';

export const LEAD_PHRASE_FLAGGED: MailCase[] = [
  at(enHirata, 'Thank you for the photos.\nFor this reason we will not issue a credit note for this lot.', 'For this reason we will not issue a credit note for this lot.'),
  at(enHirata, 'Thank you for your claim.\nBecause of this we will not accept the return of the goods.', 'Because of this we will not accept the return of the goods.'),
  at(enHirata, 'Thank you for your request.\nAfter careful review we cannot accept the claim.', 'After careful review we cannot accept the claim.'),
  at(enHirata, 'Thank you for the report.\nOn this basis we will not replace the cartons.', 'On this basis we will not replace the cartons.'),
];
export const LEAD_PHRASE_CLEAN: MailCase[] = [
  enHirata('Thank you for your enquiry.\nFor items we do not stock, the lead time is 8 weeks.'),
  enHirata('Thank you for your order.\nFor this reason we will keep the price at USD 12.40 until March.'),
  enHirata('Thank you for the forecast.\nAfter the audit we will send the full report.'),
];

export const CLOSED_OR_NONE_FLAGGED: MailCase[] = [
  at(enHirata, 'Thank you for your proposal for a supplier audit in November.\nCustomer audits are closed for 2027.', 'Customer audits are closed for 2027.'),
  at(enHirata, 'Thank you for asking about a plant tour.\nFactory tours are closed until March.', 'Factory tours are closed until March.'),
  at(enHirata, 'Thank you for your request for a better price for the summer season.\nThe price per kg stays at GBP 38.50 — no volume discount this year.', 'no volume discount this year'),
  at(enHirata, 'Thanks for asking about the price.\nNo discount, sorry.', 'No discount, sorry.'),
];
export const CLOSED_OR_NONE_CLEAN: MailCase[] = [
  enHirata('Thank you for your message.\nOur office is closed from 29 December to 3 January.'),
  enHirata('Thank you for the samples.\nThe new coating gives no reduction in gloss.'),
  enHirata('Thank you for registering.\nNo discount code is needed for the portal.'),
  enHirata('Thank you for the forecast.\nGood news — no price increase this year.'),
];

export const ADDRESS_FLAGGED: MailCase[] = [
  at(enHirata, 'Need a signed PO by Friday or I will have to release the slots, sorry mate.', 'mate'),
  at(enHirata, 'The shipment is late, sorry buddy.', 'buddy'),
  at(enHirata, 'No worries mate!', 'mate'),
  at(enHirata, 'That was a corking result, thanks!', 'corking'),
];
export const ADDRESS_CLEAN: MailCase[] = [
  enHirata('We have a new mate in the team, Ken, who will join the call.'),
  enHirata('Sorry, mate tea (yerba mate) is out of stock until May.'),
  enHirata('Mr. Sato can visit the winery to help with the corking machine settings.'),
];

// Bad news (qf-042 of an older read corpus, kept by this round's change of the clause's subject): less than the reader's own
// figure, "instead of" it, with "can" — a shortage decided, not an option offered; and a notice of ours behind a lead-in
// ("Just letting you know we're dropping …"). Clean: an option "instead of" another way, a figure that is more.
export const INSTEAD_LEAD_IN_FLAGGED: MailCase[] = [
  at(enHirata, 'For the first quarter we can allocate you 4 containers instead of the 7 in your forecast.', 'we can allocate you 4 containers instead of the 7 in your forecast'),
  at(enHirata, 'We can ship 300 cartons instead of the 500 you ordered.', 'We can ship 300 cartons instead of the 500 you ordered.'),
  at(enHirata, "Just letting you know we're dropping the organic Hayward line from this season.", "we're dropping the organic Hayward line"),
];
export const INSTEAD_LEAD_IN_CLEAN: MailCase[] = [
  enHirata('Alternatively, we can ship 400 units by air instead of by sea, at our cost.'),
  enHirata('Good news: we can allocate you 9 containers instead of the 7 in your forecast.'),
  enHirata("Just letting you know we're adding an organic Hayward line from this season."),
];

// Refusal classes read from the round's English development set (dev-r48/YB, written blind to the rules, read — so no longer
// evidence): "X is a no from us"; a place closed to visitors; "no X, sorry" and "No X possible" for any thing asked; a
// fronted object with a name after the verb ("… we cannot give to Sakura Produce"); "the discount you asked for is not
// something we can discuss" (their ask named inside the subject, the clause after "something" no way forward).
// Clean: "No," answering their question with what a thing of ours is ("No, the rods are not plated with chromium"); the
// hard edge of a validity ("Pricing holds until the 20th — no extension", pressure's); a cut-off told with a time ("After
// Friday we cannot accept changes"); a place closed for a holiday in a notice.
export const DEV_REFUSAL_FLAGGED: MailCase[] = [
  at(enHirata, 'Thank you for your claim.\nThe ratio was 1.8%, inside the limit, so a credit note is a no from us.', 'so a credit note is a no from us'),
  at(enHirata, 'Thank you for your request to visit in November.\nThe packhouse is closed to visitors from October to February.', 'The packhouse is closed to visitors from October to February.'),
  at(enHirata, 'Thank you for your request.\nRegarding the packaging with your logo: no private labels, sorry.', 'no private labels, sorry'),
  at(enHirata, 'Thank you for your request.\nNo return possible for customised product.', 'No return possible for customised product.'),
  at(enHirata, 'Thank you for your request.\nExclusivity for Japan we cannot give to Sakura Produce.', 'Exclusivity for Japan we cannot give to Sakura Produce.'),
  at(enHirata, 'Thank you for your message.\nSo the 8% volume discount you asked for is not something we can discuss.', 'is not something we can discuss'),
];
export const DEV_REFUSAL_CLEAN: MailCase[] = [
  enHirata('Thank you for your question about the piston rods.\nNo, the HC-220 rods are not plated with hexavalent chromium. We use a laser-cladded coating.'),
  enHirata('Thank you for passing on the question from your customer.\nNo, we do not wax our Hass avocados.'),
  enHirata('Thank you for your message.\nAfter Friday we cannot accept changes to the drawings.'),
  enHirata('Thank you for your message.\nOur office is closed to visitors during Obon, but the warehouse ships as usual.'),
];
export const VALIDITY_EDGE_PRESSURE: MailCase[] = [
  at(enHirata, 'Thank you for your message of Friday.\nPricing holds until the 20th — no extension.', 'no extension'),
];

// Bad-news classes read from the round's English development set (dev-r48/YC, written blind to the rules, read — so no longer
// evidence): terms changed with the holder named between ("payment terms for Kanto Shokuyu change as follows:", "our
// delivery term change from DAP Narita to FCA Bangkok"); a material of the goods changed from one maker's code to another's;
// a specification's maximum raised ("max 0.15% instead of max 0.10%"); items "out of our range" from a date; a surcharge
// "effective immediately" whose only other sentence says how it is invoiced ("as a separate line", no reason).
// Clean: a maximum lowered; our price list not changed (good news, nobody asked); a size "out of our range" as a fact.
export const DEV_NEWS_FLAGGED: MailCase[] = [
  at(enHirata, 'From January 2027 shipments, payment terms for Kanto Shokuyu change as follows:\nCurrent: T/T 60 days after B/L date\nNew: irrevocable L/C at sight', 'payment terms for Kanto Shokuyu change as follows'),
  at(enHirata, 'Kindly be informed that from October shipments our delivery term change from DAP Narita to FCA Bangkok.', 'our delivery term change from DAP Narita to FCA Bangkok'),
  at(enHirata, 'Please note that from November production, PCB laminate for all TK series boards will change from Panasonic R-1766 to Kingboard KB-6160.', 'will change from Panasonic R-1766 to Kingboard KB-6160'),
  at(enHirata, 'From the August crush, the COA spec for free fatty acids will read max 0.15% instead of max 0.10%.', 'max 0.15% instead of max 0.10%'),
  at(enHirata, 'The following items are out of our range from July 2027:\n- Paccheri 1 kg (code PC-1000)\n- Fusilli bio 3 kg (code FB-3000)', 'out of our range from July 2027'),
  at(enHirata, 'FYI — effective immediately, a rail surcharge of USD 18.00/MT applies to all bulk canola oil. It will show as a separate line on the invoice starting with contract PG-26-0417.', 'a rail surcharge of USD 18.00/MT applies'),
];
export const DEV_NEWS_CLEAN: MailCase[] = [
  enHirata('Good news: from August the moisture will be max 0.10% instead of max 0.15%.'),
  enHirata('I am happy to inform you that our prices for 2028 remain the same as 2027. The harvest was good and energy costs are stable, so we decided not to change the list.'),
  enHirata('Thank you for your enquiry. The 50 kg size is out of our range, but the 25 kg bags are in stock.'),
];

// Register (dev-r48/YD, read): "like," set off by commas as filler. Clean: "like, for example," after a noun; a list item's
// product name in Title Case ("2. Stoked Beanie — 450 pcs").
export const DEV_REGISTER_FLAGGED: MailCase[] = [
  // (h8hc-006 of the held-out set, read after its end score) "No dramas" as "No worries".
  at(enHirata, 'No dramas otherwise, the October container is on track.', 'No dramas'),
  at(enHirata, 'So, like, the M and L are basically sold out in Torquay right now.', 'like,'),
  at(enHirata, 'The lab was, like, really slow this week.', 'like,'),
];
export const DEV_REGISTER_CLEAN: MailCase[] = [
  enHirata('There were no drama series on the flight, so I read your report.'),
  enHirata('Colours like, for example, navy and olive are in stock.'),
  enHirata('The styles are:\n1. Dawn Patrol Hoodie — 300 pcs\n2. Stoked Beanie — 450 pcs'),
];

// Bad news (dev y8yc-001, and the held-out set's h8hf-024 read after its end score): a price table whose two columns are
// periods ("Q1 2027  Q2 2027", "Jan 2027 | Feb 2027"), the later higher. Clean: the later lower; quantities by period (a
// report, not a notice).
export const PERIOD_TABLE_FLAGGED: MailCase[] = [
  at(enHirata, 'Please find below our premiums for Q2 2027 deliveries:\n\nProduct            Q1 2027     Q2 2027\nP1020A ingot       USD 172/t   USD 215/t\n6063 billet        USD 410/t   USD 465/t', 'USD 215/t'),
  at(enHirata, 'Please find below our pricing for the coming months.\n\nProduct | Jan 2027 | Feb 2027\nRBD canola oil | USD 1,385/MT | USD 1,520/MT', 'USD 1,520/MT'),
];
export const PERIOD_TABLE_CLEAN: MailCase[] = [
  enHirata('Good news on pricing for the coming quarter:\n\nProduct            Q1 2027     Q2 2027\nP1020A ingot       USD 215/t   USD 172/t'),
  enHirata('Here are your volumes so far:\n\nProduct            Q1 2027     Q2 2027\nP1020A ingot       420 t       310 t'),
];
