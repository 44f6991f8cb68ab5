// Round 21 (r21-enref): which act owns an English sentence (src/engine/analysis/en-sentence-act.ts), and refusals by a
// limit. Our own wordings, written before the code, in shapes and words the instances do not use.
// - S: a specification (a thing's capability stated with what it does not do) is no refusal; the same limit said in
//   answer to the reader's request is one.
// - D: a thing of ours ended for good ("is finished and won't be replaced") is news, not a refusal of the reader.
// - L: a limit of ours stated as the whole answer to their ask or counter-offer (a value and a WordNet noun of limit,
//   "the best we can do", a cost declared fixed/final, our term for every customer) or our term kept ("we stay at 60
//   days") is a refusal; a price or a spec said of its own accord, the client's own limit, a cushioned limit are not.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-04' };

const SIGNATURE = 'Best regards,\nJohan Berg\nKey Account Manager Japan\nHalcyon Systems AB';
const mail = (body: string) => `Dear Mr. Nakamura,\n\n${body}\n\n${SIGNATURE}`;

const S_SPECIFICATION: Case[] = [
  // Answering their request: a refusal.
  ['blunt-refusal', C, mail('Regarding your request for LIN support: the current release does not analyse LIN traffic.')],
  ['blunt-refusal', C, mail('Your request to add FlexRay decoding: the sensor does not support it in this version.')],
  ['blunt-refusal', C, mail('Regarding your wish for PDF export: the tool does not offer that in this release.')],
  ['blunt-refusal', C, mail('On your request for weekend support: our helpdesk is not staffed on weekends.')],
  ['blunt-refusal', C, mail('You asked for a Japanese manual: the manual is not translated in this version.')],
  ['blunt-refusal', C, mail('Thank you for your request for SAML login.\nThe platform does not support SAML.')],
  ['blunt-refusal', C, mail('Regarding your request for Modbus support: Modbus is not supported in the current release.')],
  ['blunt-refusal', C, mail('Thank you for your request to add a CO2 channel.\nThe logger does not measure CO2.')],
  ['blunt-refusal', C, mail('Regarding your request for a Korean keyboard layout: the terminal does not offer one.')],
  ['blunt-refusal', C, mail('About your request for barcode printing: the label module does not print barcodes.')],
  ['blunt-refusal', C, mail('Your request for a dark theme: the dashboard does not provide it.')],
  ['blunt-refusal', C, mail('Thank you for your request for offline mode.\nThe app does not work without a connection.')],
  // Specifications said of their own accord, or answering a question with a way forward: clean.
  ['', C, mail('The current release of the sensor supports CAN and CAN FD only; LIN and FlexRay traffic is not analysed in this version.')],
  ['', C, mail('The X200 scanner reads 1D and 2D codes; colour images are not stored.')],
  ['', C, mail('Version 4.2 handles up to 64 channels; higher channel counts are not supported yet.')],
  ['', C, mail('The gateway logs Modbus and OPC UA only; proprietary protocols are not decoded in this release.')],
  ['', C, mail('The coating withstands 300 °C; it is not rated for continuous contact with acids.')],
  ['', C, mail('The app runs on iOS and Android; desktop browsers are not supported at the moment.')],
  ['', C, mail('Our sensor measures temperature and humidity only; it does not measure CO2.')],
  ['', C, mail('The firmware covers the EU and US bands; the Japanese 920 MHz band is not included in this build.')],
  ['', C, mail('Thank you for your question about bus coverage.\nThe current release supports CAN only; LIN traffic is not analysed in this version. Ethernet support is planned for Q3, and our engineer would be glad to walk your team through a workaround on a call.')],
  ['', C, mail('The dashboard exports CSV and XLSX; PDF export is not available in version 3.')],
  // Still refusals: a verdict on an act, a benefit withheld.
  ['blunt-refusal', C, mail('Thanks for the updated forecast.\n\nSplitting the August order into 10 t lots isn\'t something we can do — the freight eats the whole margin below 20 t.')],
  ['blunt-refusal', C, mail('Thank you for the photos.\nDamage from a fall during installation is not covered by the warranty.')],
];

const L_LIMIT: Case[] = [
  ['blunt-refusal', C, mail('Re your request for 90-day payment terms — declined, we stay at 60 days.')],
  ['blunt-refusal,register', C, mail('Thanks for the counter-offer.\nNope, 10% is our floor on these volumes.')],
  ['blunt-refusal', C, mail('Thank you for your counter-proposal.\n8% is our ceiling for this order.')],
  ['blunt-refusal', C, mail('About the discount you asked for: 5% is the best we can do.')],
  ['blunt-refusal', C, mail('Re your request for a lower MOQ: 500 units is our minimum.')],
  ['blunt-refusal', C, mail('Thanks for coming back on price.\n¥1,200 per unit is our final price.')],
  ['blunt-refusal', C, mail('Regarding your request for 90 days: our terms are 30 days for all accounts.')],
  ['blunt-refusal', C, mail('Thank you for asking about a lower price.\nThe price is fixed for this year.')],
  ['blunt-refusal', C, mail('Your request for half pallets: we only ship full pallets.')],
  ['blunt-refusal', C, mail('Thanks for the counter.\n12% is our cap, full stop.')],
  ['blunt-refusal', C, mail('About your ask for net 90: no, we remain at net 45.')],
  ['blunt-refusal', C, mail('Regarding your counter-offer of $40: $45 is our bottom line.')],
  ['blunt-refusal', C, mail('Thanks for your counter-offer.\nNo, 3% is the maximum.')],
  ['blunt-refusal', C, mail('Thank you for your proposal to pay in 120 days.\nWe keep 60 days, as for every account.')],
  // Near misses: prices and specs of their own accord, the client's limit, cushioned limits, agreement.
  ['', C, mail('Our price for 1,000 units is $4.20 per unit.')],
  ['', C, mail('Your budget ceiling is ¥5 million, so we proposed the smaller package.')],
  ['', C, mail('The spindle\'s maximum speed is 12,000 rpm.')],
  ['', C, mail('The minimum operating temperature is -20 °C.')],
  ['', C, mail('Thanks for the counter-offer.\nI\'m afraid 10% is our floor at these volumes, but if you go to 1,200 cases we could include free freight.')],
  ['', C, mail('Our terms are 30 days, as in the contract; the invoice is attached.')],
  ['', C, mail('Prices are fixed until March 31 as agreed in the quote.')],
  ['', C, mail('Thank you for the counter-offer of 8%.\nThat works for us, and 8% is our final figure for the contract.')],
  ['', C, mail('The minimum order for the new colour is 200 units, as you suggested.')],
  ['', C, mail('Thanks for your order.\nThe price is fixed for this year, so you are protected from the rise in April.')],
  ['', C, mail('Thank you for your enquiry about gift boxes.\nAs with all our quotations, the prices are valid for 30 days from the date of issue.')],
];

categoryTables([
  ['S: a specification, and the same limit answering their request', S_SPECIFICATION],
  ['L: a limit of ours as the answer to their ask', L_LIMIT],
]);

// D: the refusal rules do not claim the end of a thing of ours (the notice's news side is en-news's); a no to their
// ask to keep it is a refusal.
const engine = new Engine({ rules: englishRules });
const refusals = (body: string) => engine.analyze({ body, context: C }).filter((f) => f.category === 'blunt-refusal').length;
const D_ENDED = [
  'Please find attached the confirmed price list.\n\nOne change: the Coonawarra Cabernet Sauvignon 2021 is finished and won\'t be replaced. Please remove it from the catalogue.',
  'The 2019 vintage is sold out and will not be restocked.',
  'The RX-40 valve has reached its end of life and will not be produced any more.',
  'The blue glaze has been discontinued and won\'t be replaced.',
  'The TX-40 is no longer manufactured and won\'t come back.',
  'The rosé is gone for this season and won\'t be bottled again.',
  'The 5 mm gasket has been phased out and will not be replaced by a new model.',
  'Our walnut finish is retired; we will not offer it in the new catalogue.',
  'The linen sofa cover is finished and will not be reordered.',
  'The 2020 Shiraz has run out and won\'t be bottled again.',
  'The M3 bracket is discontinued and will not return to the range.',
  'The old sample book is used up and will not be reprinted.',
];
const D_ASKED = [
  'You asked us to restock the 2019 vintage: we won\'t.',
  'Regarding your request to keep producing the RX-40: we will not continue it.',
  'Thank you for your request to extend the warranty.\nWe will not extend it beyond 24 months.',
  'Your request for a free replacement of the dented panel: it won\'t be replaced.',
  'About your wish to keep the discontinued colour: we will not make it again.',
  'Thank you for asking us to reprint the sample book.\nWe will not reprint it.',
  'Your request to restock the blue glaze has been rejected.',
  'Regarding your request to reorder the linen cover: we will not reorder it.',
];
describe('D: a thing of ours ended for good is not a refusal; their ask to keep it refused is', () => {
  it.each(D_ENDED)('no refusal: %s', (body) => expect(refusals(mail(body))).toBe(0));
  it.each(D_ASKED)('refusal: %s', (body) => expect(refusals(mail(body))).toBeGreaterThan(0));
});
