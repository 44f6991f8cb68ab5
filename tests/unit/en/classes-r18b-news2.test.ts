// Round 18b (r18-news2): English bad news (/work/CLASSES2.md, news2) — N news inside the complement clause of a notice
// frame ("Please note that …", "This is to inform you that …"); M a service closed open-endedly, merged into another place
// or taken off the roadmap; P something made paid, a rate card that reflects a rise, a lead time going from one span to a
// longer one, a start put off "until" a date. Our own wordings in different shapes; near misses keep the sentence's
// mitigation, a bounded closure, the reader's own act or a change for the better. The categories raised must be exactly
// the expected ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';
import { enHoshino as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-11-20' };

const N_NOTICE_FRAME: Case[] = [
  ['bad-news', C, mail('Please note that the Japanese-language hotline will be closed from 1 May 2027.')],
  ['bad-news', C, mail('Please note that as of 1 January 2027 we will end support for Version 6.')],
  ['bad-news', C, mail('Kindly be advised that from March we will stop offering weekend delivery.')],
  ['bad-news', C, mail('This is to inform you that the Osaka repair centre will be closed from 1 April 2027.')],
  ['bad-news', C, mail('We wish to advise that support for the R200 series will end on 31 March.')],
  ['bad-news', C, mail('Please be informed that the HX valve will be discontinued in September.')],
  ['bad-news', C, mail('We would like to inform you that the monthly calibration visit will be withdrawn from July.')],
  ['bad-news', C, mail('Please note that our Nagoya depot will be consolidated into the Tokyo warehouse from 1 June 2027.')],
  ['bad-news', C, mail('Please be advised that, from 1 July, same-day pickup from Kansai will be withdrawn for all orders.')],
  ['bad-news', C, mail('Please be advised that, from 1 July 2027, same-day pickup will be withdrawn; parcels will leave on the next truck following acceptance.')],
  ['', C, mail('Following the fire at our Kobe plant, same-day pickup will be withdrawn from 1 July.')],
  // Near misses: the same with an apology, a reason or an offer to meet; a holiday closure; good news; the reader's act.
  ['', C, mail('Please note that, because our supplier has closed, support for Version 6 will end on 31 March.')],
  ['', C, mail('I am very sorry to tell you this. Please note that the Japanese-language hotline will be closed from 1 May 2027. May I visit you next week to explain?')],
  ['', C, mail('Please note that our office will be closed from 29 December to 4 January for the New Year holidays.')],
  ['', C, mail('Please note that the new portal will open on 1 April.')],
  ['', C, mail('Please note that your order has shipped today.')],
  ['', C, mail('Please note that prices for 2027 stay the same as this year.')],
];

const M_SERVICE_GONE: Case[] = [
  ['bad-news', C, mail('The Japanese-speaking partner support line will be closed from 1 May 2027.')],
  ['bad-news', C, mail('Our Fukuoka service desk will be closed as of 1 October 2027.')],
  ['bad-news', C, mail('Our Tokyo customer service desk will be consolidated into our Singapore hub from 1 February 2027, and enquiries will be handled in English from that date.')],
  ['bad-news', C, mail('The Osaka support desk will be merged with our Seoul team from March.')],
  ['bad-news', C, mail('From 1 July, same-day collection from Haneda will be withdrawn.')],
  ['bad-news', C, mail('The Japanese localisation planned for version 8.2 was removed from the roadmap.')],
  ['bad-news', C, mail('We have dropped the offline mode from the 2027 roadmap.')],
  // Near misses: a bounded closure, a closure for the holidays, a merge of orders, a move for the better, old news.
  ['', C, mail('Our support line will be closed from 29 December 2026 to 4 January 2027.')],
  ['', C, mail('The warehouse will be closed from 1 May 2027 and reopens on 6 May.')],
  ['', C, mail('We will consolidate your two orders into one shipment.')],
  ['', C, mail('The offline mode has been added to the 2027 roadmap.')],
  ['', C, mail('Our office is closed on 3 May for the national holiday.')],
];

const P_PAID_RISE_SLIP: Case[] = [
  ['bad-news', C, mail('Starting October 1, the LINE integration is going to be a paid add-on at ¥30,000/month.')],
  ['bad-news', C, mail('Remote support will become chargeable from April.')],
  ['bad-news', C, mail('From next year the training portal will be a paid option.')],
  ['bad-news', C, mail('The 2027 rate card, enclosed, reflects an average increase of 11% across all lanes.')],
  ['bad-news', C, mail('Our new price list reflects an increase of 6% on all cartridges.')],
  ['bad-news', C, mail('Lead time for the AX pumps goes from 6 to 14 weeks.')],
  ['bad-news', C, mail('The lead time moves from 4 to 10 weeks for all resin grades.')],
  ['bad-news', C, mail('The rig for well AP-4 won\'t mobilize until October 12th.')],
  ['bad-news', C, mail('The crew will not deploy until 3 February.')],
  // Near misses: a price list, the reader's option, a cause named, a shorter lead time, a start on time.
  ['', C, mail('Our paid plan costs ¥5,000 per month.')],
  ['', C, mail('You can buy a paid add-on for reporting at any time.')],
  ['', C, mail('The lead time goes from 14 to 6 weeks.')],
  ['', C, mail('The rig will mobilize on October 12th as planned.')],
  ['', C, mail('The price reflects a 20% rise in energy costs.')],
];

categoryTables([
  ['N news in the complement of a notice frame', N_NOTICE_FRAME],
  ['M a service closed, merged or taken off the roadmap', M_SERVICE_GONE],
  ['P made paid, a rate card rise, a longer lead time, a start put off', P_PAID_RISE_SLIP],
]);
