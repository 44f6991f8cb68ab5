// Round 23 (newsen): English bad news sent bare — a measure going down for the client, stock at zero with a later run, a
// check not passed — with no apology, reason or offer to meet (/work/BRIEF23.md). Read as structure: a frequency as a
// figure per year ("2 per year (until now 4 per year)", "once a quarter instead of once a month", en-news-rates.ts), a count
// of what we give the client made smaller by a verb of lessening or falling (WordNet's LESSEN and FALL verbs), what the
// client bears counted fewer as good news (WordNet's BURDEN nouns), stock said to be at zero or not held, goods unavailable
// for now, and a check (WordNet's CHECK nouns) or a requirement that a verb of passing (WordNet's PASS verbs) denies
// (en-news-checks.ts). Our own wordings first, in different shapes; then the near misses that must stay clean: the same
// news with an apology, a reason and an offer; good news; specs the client asked for; internal mail; figures that do not
// cost the client. The categories raised must be exactly the expected.
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';
import { enTanakaSan as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-06-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-06-01' };

// F: how often we do something for the client, fewer than before.
const F_FREQUENCY_CUT: Case[] = [
  ['bad-news', C, mail('From 2027 our service package changes as follows:\n- Preventive maintenance visits: 2 per year (until now 4 per year)\n- Remote diagnosis: included')],
  ['bad-news', C, mail('Calibration service: once per year (until now twice per year)')],
  ['bad-news', C, mail('From April, our engineer will visit you once a quarter instead of once a month.')],
  ['bad-news', C, mail('Your 2027 maintenance plan:\n- On-site inspections: twice a year (2026: four times a year)\n- Remote support: weekdays')],
  ['bad-news', C, mail('From January, the software updates will be delivered every six months instead of every three months.')],
  ['bad-news', C, mail('From next month, our sales engineer will call on you monthly instead of weekly.')],
  ['bad-news', C, mail('New support terms from April:\n- On-site support hours: 20 per month (previously 40 per month)')],
  ['bad-news', C, mail('Effective 1 July, technical training is reduced to one session per year.')],
  ['bad-news', C, mail('Remote audits are reduced to twice a year.')],
  // Near misses: more often than before; a frequency with no old value; a burden counted more often before.
  ['', C, mail('From 2027 our service package changes as follows:\n- Preventive maintenance visits: 4 per year (until now 2 per year)')],
  ['', C, mail('From April, our engineer will visit you once a month instead of once a quarter.')],
  ['', C, mail('The service contract covers:\n- Preventive maintenance visits: 2 per year\n- Hotline: weekdays 9:00-17:00')],
  ['', C, mail('Line stoppages: 1 per month (until now 3 per month).')],
  ['', C, mail('We reduced failures to once a year.')],
  ['', C, mail('The pump runs 8 hours per day instead of 16, which halves your energy cost.')],
  ['', C, mail('We will hold the weekly call every two weeks from now on, as you suggested.')],
];

// Q: a count of what we give the client made smaller, or a time we take made longer.
const Q_COUNT_CUT: Case[] = [
  ['bad-news', C, mail('We will assign two engineers to your project instead of four.')],
  ['bad-news', C, mail('From July, we will send one field engineer per visit instead of two.')],
  ['bad-news', C, mail('The number of training seats included in your licence goes down to 5 next year.')],
  ['bad-news', C, mail('The number of free on-site visits in your contract will be cut to one per year.')],
  ['bad-news', C, mail('Hotline hours will be shortened to 9:00–15:00 from May.')],
  ['bad-news', C, mail('Included spare parts kits: 1 per machine (before: 3 per machine)')],
  ['bad-news', C, mail('Response time for on-site repairs will be 72 hours (currently 24 hours).')],
  ['bad-news', C, mail('The training days included with each machine will drop from 5 to 2.')],
  // A reassurance after the cut does not make it considerate.
  ['bad-news', C, mail('We will reduce the number of inspection points on your parts from 12 to 8. Quality will not be affected.')],
  // Near misses: more of it; a burden made smaller; our own process; a time made shorter; the cut asked for, explained.
  ['', C, mail('From next year we will increase the number of training seats in your licence to 10.')],
  ['', C, mail('The response time for on-site repairs will be 24 hours (currently 72 hours).')],
  ['', C, mail('We reduced the noise level from 72 dB to 65 dB.')],
  ['', C, mail('The number of defects fell from 12 to 3 per month.')],
  ['', C, mail('The number of steps in the ordering process goes down to 3.')],
  ['', C, mail('Hotline hours will be extended to 8:00–20:00 from May.')],
  ['', C, mail('We will reduce the number of inspection points from 12 to 8, as you asked in the last meeting.')],
];

// R: a revised rate card for a year to come, with no figure.
const R_REVISED_PRICES: Case[] = [
  ['bad-news', C, mail('Attached is the updated rate card for 2027.')],
  // Near misses: the price list the reader asked for; one we sent before; a catalogue.
  ['', C, mail('Attached is the revised price list you asked for.')],
  ['', C, mail('Attached is our updated product catalogue for 2027.')],
];

// S: nothing of our goods in stock, or the goods unavailable for now, with or without the next run.
const S_STOCK_NONE: Case[] = [
  ['bad-news', C, mail('Stock of GX-3 portable detectors is currently zero. Next production run is week 38.')],
  ['bad-news', C, mail('Our inventory of the 40 mm couplings is at zero. The next batch is scheduled for October.')],
  ['bad-news', C, mail('We have no M8 nozzles in stock at the moment; the next run is planned for week 12.')],
  ['bad-news', C, mail('The HX seals are not in stock. Production is planned for week 12.')],
  ['bad-news', C, mail('The KX-40 gearbox is currently unavailable. The next batch will be produced in November.')],
  ['bad-news', C, mail('The stock of replacement filters is down to zero; the next shipment arrives in March.')],
  // Near misses: stock back; stock counted; a standing rule; the reader's stock; a spec; internal mail; the same, considerate.
  ['', C, mail('Good news: stock of the GX-3 detectors is back, with 120 units available from today.')],
  ['', C, mail('Stock of the GX-3 portable detectors is currently 240 units.')],
  ['', C, mail('The KBZ 600 is supplied with the SINUMERIK ONE control; other controls are offered for the KBZ 800.')],
  ['', C, mail('Mr. Sato is currently unavailable, so I will send you the drawings myself.')],
  ['', C, mail('The cartridges are not in stock at your Osaka warehouse yet, but ours has 40 units ready to ship today.')],
  ['bad-news', C, mail('We have no M8 nozzles in stock for your order.')],
  ['', I, 'Hi Ken,\n\nStock of GX-3 is zero; next production run is week 38. Please tell sales.\n\nThanks,\nJohn'],
  ['', C, mail('I am very sorry to tell you that stock of the GX-3 is currently zero, because our supplier had a fire in May. The next production run is week 38. Could I call you tomorrow to discuss a loan unit?')],
];

// T: a check of our goods not passed, or a requirement not met.
const T_CHECK_FAILED: Case[] = [
  ['bad-news', C, mail('The machine did not pass our final inspection on 5 November.')],
  ['bad-news', C, mail('The spindle did not clear the vibration test at our plant.')],
  ['bad-news', C, mail('Your unit failed the pressure test at our factory yesterday.')],
  ['bad-news', C, mail('The prototype failed to meet the target cycle time of 45 seconds.')],
  ['bad-news', C, mail('The leak test result for your valves: failed.')],
  ['bad-news', C, mail('The coating on the sample batch did not reach the required hardness.')],
  ['bad-news', C, mail('The pilot unit did not achieve the guaranteed output of 120 parts per hour during the acceptance test.')],
  // Near misses: passed; a failure denied; the reader's check asked about; a risk; our own sales target; explained and offered.
  ['', C, mail('The machine passed our final inspection on 5 November and will ship on Monday.')],
  ['', C, mail('No unit failed the pressure test.')],
  ['', C, mail('Could you let us know whether the units passed your incoming inspection?')],
  ['', C, mail('The unit did not only pass the test, it beat the target by 20%.')],
  ['', C, mail('We are sorry, but the machine did not pass our final inspection on 5 November because the spindle runout was 8 µm. We are replacing the bearing, and I would like to call you tomorrow to explain the new schedule.')],
];

categoryTables([
  ['F a frequency of our service cut', F_FREQUENCY_CUT],
  ['Q a count of what we give cut, a time we take lengthened', Q_COUNT_CUT],
  ['R a revised rate card for a year to come', R_REVISED_PRICES],
  ['S nothing in stock for now', S_STOCK_NONE],
  ['T a check not passed', T_CHECK_FAILED],
]);
