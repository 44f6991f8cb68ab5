// Round 17 (r17-en-news): English bad news in prose (/work/CLASSES-r17.md, en-news) — R a thing of ours retired or
// decommissioned whatever it is called, S a service stopped with "stop/cease" + what we give, and the near misses (a
// person retiring, old news, the reader's request, a condition, a pause with a return). Our own wordings in clearly
// different shapes. The categories raised must be exactly the expected ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';
import { enNakamura as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-10-19' };

// R: retired or decommissioned, passive or active, with no product noun from a list ("add-in", "plugin", "connector").
const R_RETIRED: Case[] = [
  ['bad-news', C, mail('The Tallgrass Excel add-in will be retired on December 1, 2026. From that date, workbooks using it will no longer refresh.')],
  ['bad-news', C, mail('The Outlook plugin will be retired on 1 December.')],
  ['bad-news', C, mail('Our Chrome extension will be decommissioned at the end of Q1.')],
  ['bad-news', C, mail('The SAP connector is being retired next month.')],
  ['bad-news', C, mail('We will retire the Salesforce integration widget on June 30.')],
  ['bad-news', C, mail('We are retiring the Excel add-in at the end of this year.')],
  ['bad-news', C, mail('The old barcode scanner app is to be decommissioned in March.')],
  ['bad-news', C, mail('Thank you for your continued business.\n\nThe v2 label templates are retired on 30 November; only the v3 templates can be used after that.\n\nThe order form is attached.')],
  ['bad-news', C, mail('Update on your tools:\n- The desktop uploader has been retired.\n- Please use the web uploader from now on.')],
  ['bad-news', C, mail('Please note that our Kawasaki test rig will be decommissioned in May. Trial runs will move to our Kobe centre.')],
  ['bad-news', C, mail('We’re going to retire the on-premise edition at the end of the 2027 fiscal year.')],
  ['bad-news', C, mail('The legacy FTP drop is being decommissioned next quarter.')],
  // Near misses: a person retiring, old news, the reader's request, a condition, the reader's equipment, the same with an
  // apology, a reason and an offer to call, quoted history, internal mail.
  ['', C, mail('Mr. Tanaka will retire at the end of March after 30 years with us.')],
  ['', C, mail('Our sales director, Ken Ito, will retire in June.')],
  ['', C, mail('I am retiring from the company in March.')],
  ['', C, mail('The add-in was retired in 2019 and replaced by Tallgrass Workbooks, which you already use.')],
  ['', C, mail('As you requested, the old Kyoto server will be decommissioned on 30 June.')],
  ['', C, mail('If the old portal is decommissioned, we will let you know well in advance.')],
  ['', C, mail('Your old scanners will be decommissioned by our engineers during the installation.')],
  ['', C, mail('I am sorry to tell you that the Excel add-in will be retired on December 1, because Microsoft is ending the API it uses. May I call you this week to walk you through the move to Workbooks?')],
  ['', C, mail('Thanks for the update.\n\nOn Mon, Oct 12, 2026, Support <support@tallgrass.io> wrote:\n> The Excel add-in will be retired on December 1.')],
  ['', { ...C, recipient: 'internal' }, 'Hi Ken,\n\nThe Excel add-in will be retired on December 1. Please update the wiki.\n\nThanks,\nLauren'],
  ['', C, mail('Please decommission the old unit before the new one arrives.')],
  ['', C, mail('The retired models are listed in the appendix for your reference.')],
  ['', C, mail('In the next release, the add-in will also support Excel for Mac.')],
];

// S: a service stopped, named by what we give ("stop supporting", "cease publishing"), with or without a date.
const S_STOPPED: Case[] = [
  ['bad-news', C, mail('We will stop supporting Windows 10 devices from October.')],
  ['bad-news', C, mail('We will stop offering weekend delivery from 1 April.')],
  ['bad-news', C, mail('Kaito Labs will cease publishing the monthly price index from June.')],
  ['bad-news', C, mail('We will stop making the 40 mm variant after the March batch.')],
  // Near misses: a pause with a return, the reader's own act, old news, an instruction.
  ['', C, mail('We will stop accepting orders from December 28 until January 5 for the year-end holidays.')],
  ['', C, mail('Our warehouse will stop shipping from December 27 and resume on January 6.')],
  ['', C, mail('You can stop supporting the old format once the new one is live.')],
  ['', C, mail('We stopped offering the free samples in 2022, as you know.')],
  ['', C, mail('Please stop sending the paper forms from April.')],
];

// W: something we provide stops working for the reader from a date ("will no longer refresh", "not work anymore").
const W_STOPS_WORKING: Case[] = [
  ['bad-news', C, mail('From that date, workbooks using it will no longer refresh.')],
  ['bad-news', C, mail('From January, the mobile app will no longer work on iOS 15.')],
  ['bad-news', C, mail('Starting 1 April, scheduled reports will no longer be emailed.')],
  ['bad-news', C, mail('After March the old links will not work anymore.')],
  ['bad-news', C, mail('From 1 July, you will no longer be able to log in to the old portal.')],
  ['bad-news', C, mail('The v1 tokens will no longer be valid after 31 January.')],
  ['bad-news', C, mail('Please note that from April paper invoices will no longer be sent.')],
  ['bad-news', C, mail('From October, paper invoices will no longer be sent.')],
  // Near misses: a fault or a bother that stops, a charge that stops, a person, a condition of a fix.
  ['', C, mail('From version 3.1, the add-in will no longer crash when opening large workbooks.')],
  ['', C, mail('From April, you will no longer need to re-enter your password every day.')],
  ['', C, mail('After the update, the warning will no longer appear.')],
  ['', C, mail('The surcharge will no longer be charged from May.')],
  ['', C, mail('This issue will no longer affect your orders.')],
  ['', C, mail('The old prices will no longer apply after the new contract starts.')],
  ['', C, mail('Once the fix is deployed, the sync will no longer fail at night.')],
  ['', C, mail('Please make sure the old links will no longer be used after March.')],
];

// D: a slipped date in prose, the new one after "now" ("promised for 10 July will now reach you around 25 July").
const D_SLIPPED: Case[] = [
  ['bad-news', C, mail('The delivery we promised for 10 July will now reach you around 25 July.')],
  ['bad-news', C, mail('Shipment of the pumps, planned for 4 May, is now scheduled for 18 May.')],
  ['bad-news', C, mail('The handover due on 12 September will now be on 2 October.')],
  // Near misses: a date brought forward.
  ['', C, mail('The installation planned for 20 April will now be done on 9 March.')],
  ['', C, mail('The December batch will now arrive on the 3rd instead of the 10th.')],
];

categoryTables([
  ['R a thing of ours retired or decommissioned', R_RETIRED],
  ['S a service stopped by what we give', S_STOPPED],
  ['W something we provide stops working from a date', W_STOPS_WORKING],
  ['D a slipped date in prose', D_SLIPPED],
]);
