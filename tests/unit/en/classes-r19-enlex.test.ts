// Round 19 (r19-enlex): English bad news whose word classes come from WordNet (dictionaries/en/lexicon-news.json,
// built by scripts/build-en-lexicon.mjs), not from the instances: an EVENT of ours (any gathering, show, fair,
// competition, course…) called off, ended or put off; a thing of ours (a service, a site, a scheme, a product) ENDED
// by a verb of ending ("retire", "sunset", "wind down", "decommission", "lapse", "abolish", "axe"); an event CANCELLED
// by any verb of calling off ("scrap", "scrub", "shelve", "mothball"); an event POSTPONED with no new date. Wordings
// of our own, with vocabulary none of the round's instances use. The categories raised must be exactly the expected.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-05-11' };

const mail = (body: string) => `Dear Ms. Fujita,\n\n${body}\n\nKind regards,\nDaniel Hart`;

// EV: an event of ours (a noun of WordNet's gatherings, shows, contests, courses) that will not take place or is called off.
const EV_EVENT_OFF: Case[] = [
  ['bad-news', C, mail('The Kobe partner gala on 20 June will not take place.')],
  ['bad-news', C, mail('Our autumn trade exposition in Fukuoka won\'t go ahead.')],
  ['bad-news', C, mail('The dealer hackathon planned for July is not going to happen.')],
  ['bad-news', C, mail('Please note that the customer banquet on 3 October will not be held.')],
  ['bad-news', C, mail('The Sendai open-house festival has been scrapped.')],
  ['bad-news', C, mail('We have called off the installer tournament in Sapporo.')],
  ['bad-news', C, mail('The spring colloquium for distributors has been axed.')],
  ['bad-news', C, mail('We are scrubbing the press junket to our Dutch plant.')],
  ['bad-news', C, mail('The regional convention in Hiroshima is cancelled.')],
  ['bad-news', C, mail('Our user congress in Yokohama will not proceed this year.')],
  ['bad-news', C, mail('The product premiere in Ginza has been shelved indefinitely.')],
  ['bad-news', C, mail('The certification clinic on 14 August will not be running.')],
  ['bad-news', C, mail('The anniversary reception for our partners has been mothballed.')],
  ['bad-news', C, mail('Next month\'s roundtable with your engineers will not go ahead.')],
  // Near misses: our event that will go ahead, a client's event, a past event as history, a moved event, a conditional,
  // a question, an apology with a reason and an offer to meet, the event noun modifying another noun.
  ['', C, mail('The Kobe partner gala on 20 June will take place as planned.')],
  ['', C, mail('Thank you for telling us that your trade exposition will not go ahead.')],
  ['', C, mail('The 2019 banquet did not take place because of the typhoon, so this year is the first since then.')],
  ['', C, mail('The colloquium will not take place in Osaka but online instead.')],
  ['', C, mail('If the tournament does not go ahead, we will refund every entry fee.')],
  ['', C, mail('Will the convention in Hiroshima go ahead?')],
  ['', C, mail('I am very sorry: the Kobe gala will not take place because our venue flooded. May I call you tomorrow to explain?')],
  ['', C, mail('The festival brochures will not be printed until Monday.')],
  ['', C, mail('We hope your congress in Yokohama goes ahead as planned; our team will be there.')],
];

// EN: a thing of ours ended by a verb of ending that WordNet lists beside "discontinue" / "terminate" / "abolish" / "recall".
const EN_ENDED: Case[] = [
  ['bad-news', C, mail('We\'re retiring the Outlook plug-in at the end of June.')],
  ['bad-news', C, mail('The webinar series is being wound down.')],
  ['bad-news', C, mail('Support for version 5 will be sunset in Q3.')],
  ['bad-news', C, mail('Our Nagoya depot is being decommissioned.')],
  ['bad-news', C, mail('The loyalty scheme lapses on 31 March.')],
  ['bad-news', C, mail('The bulk-order rebate will be abolished from 1 October.')],
  ['bad-news', C, mail('Our Kansai repair hub is to be phased out next spring.')],
  ['bad-news', C, mail('We are axing the weekend courier option from July.')],
  ['bad-news', C, mail('The legacy ordering portal will be terminated on 30 September.')],
  ['bad-news', C, mail('The free calibration programme is being scrapped at the end of the year.')],
  ['bad-news', C, mail('We will sunset the SMS alert service on 1 December.')],
  ['bad-news', C, mail('Our Sendai showroom will be shut down in August.')],
  ['bad-news', C, mail('From April, the extended warranty plan will be discontinued.')],
  // Near misses: a call or meeting ended, a deal closed, a person retiring, a product that supports something, old news,
  // the reader's own plan, an apology with a reason and an offer to meet, a question.
  ['', C, mail('We ended the call at 4 pm and will send the minutes today.')],
  ['', C, mail('We closed the deal with the Osaka distributor last week.')],
  ['', C, mail('Mr. Kimura retires at the end of June after thirty years with us.')],
  ['', C, mail('The new gateway supports version 5 of the protocol.')],
  ['', C, mail('The old ordering portal was decommissioned in 2019, as you may remember.')],
  ['', C, mail('Your trial plan lapses on 31 March unless you choose a subscription.')],
  ['', C, mail('I am sorry to tell you that the loyalty scheme lapses on 31 March, because our card partner is leaving Japan. May I visit you next week to explain the options?')],
  ['', C, mail('Will the SMS alert service be retired?')],
  ['', C, mail('We retired the paper order form back in 2021, so please keep using the portal as before.')],
];

// PP: an event of ours put off with no new date (WordNet's "postpone" / "delay" troponyms).
const PP_POSTPONED: Case[] = [
  ['bad-news', C, mail('The Osaka Industrial Fair on 12 March has been postponed until further notice.')],
  ['bad-news', C, mail('The partner summit is deferred indefinitely.')],
  ['bad-news', C, mail('We have put off the distributor exhibition.')],
  ['bad-news', C, mail('The product showcase in Nagoya has been postponed.')],
  ['bad-news', C, mail('Our spring symposium is being put on hold.')],
  ['bad-news', C, mail('The certification course for your technicians has been postponed.')],
  ['bad-news', C, mail('We are postponing the Tokyo expo until further notice.')],
  ['bad-news', C, mail('The innovation contest will be postponed indefinitely.')],
  ['bad-news', C, mail('The customer jamboree in Sapporo has been put on ice.')],
  ['bad-news', C, mail('Our user conference is postponed until next year at the earliest.')],
  ['bad-news', C, mail('The opening ceremony for the new line has been deferred.')],
  ['bad-news', C, mail('The factory tour on Friday is postponed.')],
  // Near misses: a move to a named date, the reader's request, a question, a past postponement told as background,
  // an apology with a reason and an offer, a condition, a meeting moved (an ordinary reschedule).
  ['', C, mail('The product showcase will be held on 14 June as planned.')],
  ['', C, mail('As you asked, we have postponed the factory tour to 2 July.')],
  ['', C, mail('Could we postpone the symposium by one week?')],
  ['', C, mail('Last year the expo was postponed twice, but this year it is running on schedule.')],
  ['', C, mail('I am very sorry, but the factory tour is postponed because the line is under repair. May I call you to find a new date?')],
  ['', C, mail('If the typhoon reaches Osaka, the fair may be postponed.')],
  ['', C, mail('The summit was never postponed; it goes ahead on 10 May.')],
  ['', C, mail('We moved the kickoff meeting to Thursday.')],
];

categoryTables([
  ['EV: an event of ours called off (WordNet event nouns)', EV_EVENT_OFF],
  ['EN: a thing of ours ended (WordNet verbs of ending)', EN_ENDED],
  ['PP: an event of ours postponed with no new date', PP_POSTPONED],
]);
