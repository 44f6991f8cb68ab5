// Round 6 (fix-a): a routine closure — an office, warehouse, desk or portal closed for the holidays, for
// stock-taking or a maintenance window, over a bounded period or from a day on — is a notice, not bad news.
// Near misses: a service shut down, a site closing for good, a plant closure that ends supply stay flagged.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };

const CLOSURES: Case[] = [
  ['', C, 'Our warehouse closes for the Golden Week holidays from April 29 to May 6.'],
  ['', C, 'Our factory shuts down for the Obon holidays from August 11 to August 16.'],
  ['', C, 'The customer portal will shut down on Saturday from 1:00 to 5:00 for scheduled maintenance.'],
  ['', C, 'Our support center closes over the New Year break and reopens on January 5.'],
  ['', C, 'Shipping stops from December 26 until January 4.'],
  ['', C, 'Our Osaka store will close on Monday for stocktaking.'],
  ['', C, 'Please note that our Yokohama depot closes from the 28th.'],
  ['', C, 'Our service desk will close at noon on December 24 and reopen on January 4.'],
  // Near misses: an end with no period, a closure said to be final, a closure that ends supply.
  ['bad-news', C, 'We will shut down our Kyoto repair center on August 31.'],
  ['bad-news', C, 'Our Osaka office will close permanently on March 31.'],
  ['bad-news', C, 'Our Sendai site closes for good from May 1.'],
  ['bad-news', C, 'Our Kobe plant will close in March and we will no longer supply the HX valve.'],
  ['bad-news', C, 'The cloud backup service will be shut down on June 30.'],
];

categoryTables([['a routine closure for a period is not bad news', CLOSURES]]);
