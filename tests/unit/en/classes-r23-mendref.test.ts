// Round 23 mend (mendref, English), our own wordings: (1) a release named as the scope ("in the current version", "in
// this release", "in version 3") makes what a product does or lacks its specification, not a rule of our trade nor a
// verdict on an ask — while the same shapes without an edition (a rule kept for a class of buyer, a model withheld)
// stay refusals; (2) a price or a term as a label and "no <concession>" after its separator, in a reply ("Unit price: no
// further discount", "But price for 2027: no change from what I sent") — a bare "no change" only set against what was
// granted before it ("But …"), since "Price for 2027: no change" alone may be the good news of no rise; (3) a rule named
// as our principle for all customers. Exact categories ('' = none).
import { describe } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';
import { enOkada as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };

const EDITION_SPECS: Case[] = [
  ['', C, mail('In the current version (v8.2), Kaarya Payroll supports one bonus payment per bonus month only.')],
  ['', C, mail('CSV output for internet banking is not available in the current version.')],
  ['', C, mail('In release 4.1, the gateway accepts card payments only.')],
  ['', C, mail('Multi-currency invoices are not available in this release.')],
  ['', C, mail('In version 3, Lumen Scheduler handles one time zone per site only.')],
  ['', C, mail('Batch export is not available in the current firmware.')],
  ['', C, mail('In the present edition, the atlas covers Kanto only.')],
  ['', C, mail('Offline mode is not available in this version (v2.4).')],
];

const RULES_KEPT: Case[] = [
  ['blunt-refusal', C, mail('We only ship full pallets.')],
  ['blunt-refusal', C, mail('Custom colours are not available on these models.')],
  ['blunt-refusal', C, mail('Weekend delivery is not available for orders under 10 kg.')],
  ['blunt-refusal', C, mail('Express shipping is reserved for our Platinum accounts.')],
  ['blunt-refusal', C, mail('That is our principle for all customers.')],
  ['blunt-refusal', C, mail('These are our guidelines for every distributor.')],
];

const PRICE_LABEL_NO: Case[] = [
  ['blunt-refusal', C, mail('Unit price: no further discount.')],
  ['blunt-refusal', C, mail('But price for 2027: no change from what I sent.')],
  ['blunt-refusal', C, mail('However, delivery fee: no change.')],
  ['blunt-refusal', C, mail('Freight cost: no reduction.')],
  ['blunt-refusal', C, mail('Annual licence fee: no discount.')],
  ['blunt-refusal', C, mail('But the 2027 rate: no change from our quote.')],
  ['blunt-refusal', C, mail('Licence fee: no adjustment.')],
  ['blunt-refusal', C, mail('Shipping charge: no rebate.')],
];

const PRICE_LABEL_NEAR_MISSES: Case[] = [
  ['', C, mail('Price for 2027: no change.')],
  ['', C, mail('Payment terms: no change.')],
  ['', C, mail('Delivery date: no change, the trucks leave on 3 March.')],
  ['', C, mail('Unit price: no further discount, but we can offer free freight.')],
  ['', C, mail('Price for 2027: no change, I am happy to say.')],
  ['', C, 'Dear Mr. Okada,\n\nHere is a summary of the 2027 terms you asked about.\n\nPrice for 2027: no change.\n\nKind regards,\nAnna Weber'],
];

describe('round 23 mendref classes (English)', () => {
  categoryTables([
    ['an edition named as the scope: a specification', EDITION_SPECS],
    ['rules kept with no edition named', RULES_KEPT],
    ['a price label with no concession after it, in a reply', PRICE_LABEL_NO],
    ['near misses of the price label', PRICE_LABEL_NEAR_MISSES],
  ]);
});
