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
