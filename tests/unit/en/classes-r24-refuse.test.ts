// Round 24 (refuse): English "no"s to the client's ask in shapes the round's development set showed missed, written as
// our own wordings (not the corpus's): a verdict cell of a table ("| Escrow | Not offered |", "| Weekend desk | No |"), a
// bare participle of turning down after an item, the reader's own included ("Your liability cap — rejected"), a no then
// our side negated ("Saturday delivery: no, we can't"), the thing asked for charged in the present passive ("Replacement
// parts are invoiced at list price"), a cost put on the reader's purse ("is for your account", "on your side, not ours").
// All read in a reply (src/rules/en/lib/verdict.ts) from the parse (src/engine/analysis/en-verdict.ts). Near misses:
// grants, good news, our own cost, a change from a date (news), a first quote, a spec table, a cushion with a consult.
import { describe } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { refusalCases, type RefusalCase } from '../refusal-cases';
import { enArai as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-05' };
const engine = new Engine({ rules: englishRules });

type Case = RefusalCase;

const REFUSALS: Case[] = [
  ['Re: Questions on the quote', mail('Our answers:\n\n| Item | Answer |\n|---|---|\n| On-site installation | Not offered |\n| English manuals | Yes |'), 'On-site installation | Not offered'],
  ['Re: Support questions', mail('Please see below.\n\n| Topic | Reply |\n|---|---|\n| Weekend hotline | No |\n| Remote diagnosis | Yes |'), 'Weekend hotline | No'],
  ['Re: Contract comments', mail('Your proposed liability cap — rejected. We work with our standard cap for every client.'), 'Your proposed liability cap — rejected.'],
  ['Re: Payment term', mail('Thank you for your note.\n\nExtension of the payment term to 90 days: declined.'), 'declined'],
  ['Re: Second audit', mail('Your request for a second audit free of charge — denied.'), 'denied'],
  ['Re: Delivery options', mail('Thanks for the list. Express shipping at our cost: no, we can\'t. Standard lead time applies.'), "no, we can't"],
  ['Re: Night deliveries', mail('Deliveries after 22:00 — no, we won\'t.'), "no, we won't"],
  ['Re: Broken hinge', mail('Thank you for the photos.\n\nReplacement parts are invoiced at the current list price.'), 'Replacement parts are invoiced'],
  ['Re: Extra copies', mail('Extra copies of the certificate are charged at cost.'), 'are charged at cost'],
  ['Re: Training for new staff', mail('Training sessions are billed per day, travel on top.'), 'Training sessions are billed per day'],
  ['Re: Customs clearance', mail('The customs fees for the re-import are on your side, not ours.'), 'on your side, not ours'],
  ['Re: Warehouse storage', mail('Storage beyond the first 14 days is for your account.'), 'is for your account'],
  ['Re: Re-inspection', mail('The second inspection at your site is at your expense.'), 'is at your expense'],
  ['Re: Payment terms', mail('Thank you for your email.\n\nOur payment terms are 30 days for everyone.'), 'for everyone'],
  ['Re: Extended warranty', mail('Thank you for your email.\n\nDeclined.'), 'Declined.'],
  ['Re: Discount', mail('Re your request for a further discount — not this time.'), 'not this time'],
  ['Re: Penalty clause', mail('Thanks for the note. The answer from our legal side is negative.'), 'is negative'],
];

const NEAR: Case[] = [
  ['Re: Broken hinge', mail('Replacement parts are not charged while the warranty runs.')],
  ['Re: Samples', mail('Samples are free of charge, and we ship them tomorrow.')],
  ['Re: Order 5521', mail('Your order — confirmed. It ships on Friday.')],
  ['Re: Contract comments', mail('Your redlines — accepted, with one small change to clause 4.')],
  ['Re: Customs clearance', mail('The customs fees are on our side, not yours.')],
  ['Re: Weekend delivery', mail('Weekend delivery: no problem, we can do Saturday morning.')],
  ['Quotation Q-2211', mail('Please find our quotation attached. Shipping is charged at cost.')],
  ['Product sheet', mail('Key data:\n\n| Feature | Status |\n|---|---|\n| SAML login | Supported |\n| Audit log | Yes |')],
  ['Re: Extra copies', mail("I'm afraid extra copies are charged at cost, but I will ask my manager whether we can waive it for this order.")],
  ['Re: Payment terms', mail('Our payment terms are 30 days for everyone, and we are glad to offer 45 days on this first order.')],
  ['Re: Shop hours', mail('Thanks for asking about the holidays.\n\nClosed.\n\nWe reopen on 4 January.')],
  ['Re: Test results', mail('Thank you for waiting. The answer to the allergen test is not negative for gluten; the report follows.')],
  ['Re: Invoice question', mail('From next month, delivery to your Osaka warehouse is on your side.')],
  ['Re: Storage', mail('Storage beyond 14 days is billed at JPY 450 per pallet from 1 April.')],
  ['Re: Your question', mail('Did we charge you twice? No, we checked: it was charged once.')],
];

const run = (cases: Case[], refusal: boolean) => refusalCases(engine, C, cases, refusal);

describe('round 24: a no to their ask in a verdict cell, a bare participle, a charge or a cost put on them', () => {
  describe('refusals', () => run(REFUSALS, true));
  describe('near misses', () => run(NEAR, false));
});
