// Round 23 (mendnews, English): bad news sent bare as figures — (1) a frequency cut against the earlier one whose count
// drops its period ("twice a month instead of four times"); (2) a status line whose label says what was done and whose
// value is a part of the whole ("Invoices issued: 58 of 240 clients"); (3) a count of faults as a label line ("Errors:
// 14"); (4) a service window cut with the old one in brackets ("staffed 9:00–15:00 on weekdays only (currently
// 8:00–20:00)"); (5) a scope cut against the plan in brackets ("3 lines will be converted (earlier plan: 5 lines)"). Our own
// wordings; near misses: the whole done, the reader's own progress, a plain label, a zero of faults, good news.
import { describe } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };

const mail = (body: string) => `Dear Ms. Sato,\n\nThank you for your message.\n\n${body}\n\nKind regards,\nMark Hill`;

const NEWS: Case[] = [
  ['bad-news', C, mail('From April, our technician will visit your site twice a month instead of four times.')],
  ['bad-news', C, mail('Our trainer will come to your office once a quarter instead of three times.')],
  ['bad-news', C, mail('Next year our auditors will inspect your warehouse once per year instead of twice.')],
  ['bad-news', C, mail('Status of the run:\n\nInvoices issued: 58 of 240 clients')],
  ['bad-news', C, mail('Records migrated: 22,000 of 40,000 records')],
  ['bad-news', C, mail('Units shipped: 3 of 5 units')],
  ['bad-news', C, mail('Results of the batch:\n\nErrors: 14 (mostly address fields)')],
  ['bad-news', C, mail('Rejected: 6 (wrong tax codes)')],
  ['bad-news', C, mail('Customer master data: 3 years will be converted (earlier plan: 5 years)')],
  ['bad-news', C, mail('We will deliver 4 dashboards in phase 1 (plan: 7).')],
  ['bad-news', C, mail('Our hotline will be staffed 9:00–15:00 on weekdays only (currently 8:00–20:00).')],
  ['bad-news,blunt-refusal', C, mail('Repairs at your site will be offered in the Kanto area only (currently 12 prefectures).')],
  ['bad-news,blunt-refusal', C, mail('On-site support will be offered on Tuesdays only (currently 5 days a week).')],
];

const NEAR_MISSES: Case[] = [
  ['', C, mail('From April, our technician will visit your site four times a month instead of twice.')],
  ['', C, mail('Invoices issued: 240 of 240 clients')],
  ['', C, mail('Forms returned by your team: 58 of 240')],
  ['', C, mail('Errors: 0')],
  ['', C, mail('Passed: 234 of 240 checks were completed ahead of time.')],
  ['', C, mail('Participants: 12 of 40')],
  ['', C, mail('Customer master data: 5 years will be converted (earlier plan: 3 years)')],
  ['', C, mail('Our hotline is staffed 9:00–18:00 on weekdays (currently 8 agents).')],
  ['', C, mail('Warnings: 0 (all files passed)')],
  ['', C, mail('Our technician visits your site once a month, as in the contract.')],
];

describe('round 23 mendnews classes (English)', () => {
  categoryTables([
    ['figures of bad news sent bare', NEWS],
    ['near misses of figure news', NEAR_MISSES],
  ]);
});
